/* ptce-cli.c: what the subcommands of `ptce` share
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-cli.h"

void
ptce_cli_print_error (const char *message)
{
  g_return_if_fail (message != NULL);

  g_printerr ("ptce: %s\n", message);
}

PtceDataset *
ptce_cli_load_dataset (const char *path)
{
  g_autoptr(PtceJsonReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  PtceDataset *dataset;

  g_return_val_if_fail (path != NULL, NULL);

  reader = ptce_json_reader_new ();
  dataset = ptce_json_reader_load_file (reader, path, &error);
  if (dataset != NULL)
    return dataset;

  /* The message says where in the file and what; the file name says which
   * file, unless the reader already put it first. */
  display = g_filename_display_name (path);
  if (g_str_has_prefix (error->message, display) ||
      g_str_has_prefix (error->message, path))
    {
      ptce_cli_print_error (error->message);
    }
  else
    {
      /* TRANSLATORS: a file name, then what is wrong in it */
      g_autofree char *message = g_strdup_printf (C_("file name: error", "%s: %s"), display, error->message);

      ptce_cli_print_error (message);
    }
  return NULL;
}
