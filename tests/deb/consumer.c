/* consumer.c: a C program built against the installed libptce-dev only,
 * with `pkg-config --cflags --libs libptce` (tools/deb-check.sh).
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <stdio.h>
#include <libptce/libptce.h>

int
main (int argc, char **argv)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *poles;

  if (argc != 2)
    return 2;
  dataset = ptce_json_reader_load_file (reader, argv[1], &error);
  if (dataset == NULL)
    {
      fprintf (stderr, "consumer: %s\n", error->message);
      return 1;
    }
  poles = ptce_dataset_get_poles (dataset);
  printf ("C: %u poles\n", g_list_model_get_n_items (poles));
  return g_list_model_get_n_items (poles) > 0 ? 0 : 1;
}
