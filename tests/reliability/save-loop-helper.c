/* save-loop-helper.c: saves a big dataset again and again, until killed
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: save-loop-helper TARGET N_ACTORS FIRST
 *
 * Saves generation FIRST, FIRST + 1… of the datasets of save-loop-common.h to
 * TARGET with ptce_json_writer_save_file(), and tells the test where it is
 * on standard output, one line each, flushed:
 *
 *   ready
 *   begin G
 *   end G MICROSECONDS     (the duration of that save, for the test to
 *                           spread its kills over a save)
 *
 * test-save-crash.c kills it with SIGKILL at varied moments. */
#include <stdio.h>
#include <stdlib.h>

#include "libptce.h"
#include "save-loop-common.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  PtceDataset *datasets[2] = { NULL, NULL };
  guint n_actors, first;

  if (argc != 4)
    {
      fprintf (stderr, "usage: %s TARGET N_ACTORS FIRST\n", argv[0]);
      return 2;
    }
  n_actors = (guint) g_ascii_strtoull (argv[2], NULL, 10);
  first = (guint) g_ascii_strtoull (argv[3], NULL, 10);

  for (guint g = 0; g < 2; g++)
    {
      g_autoptr(GBytes) json = save_loop_dataset_json (g, n_actors);
      g_autoptr(GError) error = NULL;

      datasets[g] = ptce_json_reader_load_bytes (reader, json, &error);
      if (datasets[g] == NULL)
        {
          fprintf (stderr, "save-loop-helper: %s\n", error->message);
          return 3;
        }
    }

  printf ("ready\n");
  fflush (stdout);

  for (guint g = first; ; g++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start;

      printf ("begin %u\n", g);
      fflush (stdout);
      start = g_get_monotonic_time ();
      if (!ptce_json_writer_save_file (writer, datasets[g % 2], argv[1], &error))
        {
          fprintf (stderr, "save-loop-helper: %s\n", error->message);
          return 3;
        }
      printf ("end %u %" G_GINT64_FORMAT "\n", g, g_get_monotonic_time () - start);
      fflush (stdout);
    }
}
