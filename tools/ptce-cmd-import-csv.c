/* ptce-cmd-import-csv.c: `ptce import-csv ACTORS.csv [--memberships M.csv] --output FILE`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Makes a ptce/1 file from the spreadsheets a coordinator keeps: a list of
 * actors and a list of memberships (docs/csv.md). Every row left out is
 * said on the standard error with its line and why. Only the public API of
 * libptce is used. */
#include "config.h"

#include "ptce-cli.h"

/* The maximum size of a CSV file read (the library refuses more anyway). */
#define MAX_CSV_BYTES (256u * 1024 * 1024)

static GBytes *
read_csv (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, &error);
  char *contents = NULL;
  gsize length = 0;

  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
      (guint64) g_file_info_get_size (info) > MAX_CSV_BYTES)
    {
      ptce_cli_print_errorf (_("%s: more than %u bytes, too large for a CSV table"), path,
                             MAX_CSV_BYTES);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      ptce_cli_print_error (error->message);
      return NULL;
    }
  return g_bytes_new_take (contents, length);
}

/* Prints each problem as "FILE:LINE: …"; returns their number. */
static guint
print_problems (const char      *path,
                PtceCsvImporter *importer)
{
  GListModel *problems = ptce_csv_importer_get_problems (importer);
  guint n = g_list_model_get_n_items (problems);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceCsvProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *text = ptce_csv_problem_to_string (problem);

      g_printerr ("%s:%u: %s\n", path, ptce_csv_problem_get_row (problem), text);
    }
  return n;
}

int
ptce_cmd_import_csv (int    argc,
                     char **argv)
{
  g_autofree char *memberships_arg = NULL, *output_arg = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "memberships", 'm', 0, G_OPTION_ARG_FILENAME, &memberships_arg,
      N_("The CSV list of memberships (pole, actor, roles, start, end)"), N_("M.csv") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_arg,
      N_("The ptce/1 file to write; required"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(PtceCsvImporter) importer = NULL;
  g_autoptr(PtceJsonWriter) writer = NULL;
  g_autoptr(GBytes) actors = NULL, memberships = NULL;
  g_autoptr(GError) error = NULL;
  guint n_problems = 0, n_actors, n_memberships = 0;
  gboolean saved;

  if (!ptce_cli_parse_options (C_("ptce import-csv", "ACTORS.csv"), entries,
                               _("Makes a ptce/1 file from a CSV list of actors (id, name, kind, SIREN, seat commune …) and a CSV list of memberships, as spreadsheets write them: commas or semicolons, UTF-8 with or without a byte order mark, columns named as `ptce export` names them or in French."),
                               _("Every row left out is said on the standard error, with its line and why; nothing is dropped silently.\n\nExit status: 0 when every row is imported, 1 when the file is written but some rows were left out, 2 when a table cannot be read or FILE cannot be written (nothing is written then)."),
                               &argc, &argv))
    return PTCE_EXIT_INVALID;
  if (ptce_cli_n_args (files) != 1)
    {
      ptce_cli_print_errorf (ptce_cli_n_args (files) == 0
                             ? _("import-csv: an ACTORS.csv file is needed (see “%s”)")
                             : _("import-csv: only one list of actors at a time (see “%s”)"),
                             "ptce import-csv --help");
      return PTCE_EXIT_INVALID;
    }
  if (output_arg == NULL || *output_arg == '\0')
    {
      ptce_cli_print_errorf (_("import-csv: --output FILE is needed (see “%s”)"),
                             "ptce import-csv --help");
      return PTCE_EXIT_INVALID;
    }
  actors = read_csv (files[0]);
  if (actors == NULL)
    return PTCE_EXIT_INVALID;
  if (memberships_arg != NULL && (memberships = read_csv (memberships_arg)) == NULL)
    return PTCE_EXIT_INVALID;

  dataset = ptce_dataset_new ();
  importer = ptce_csv_importer_new ();
  if (!ptce_csv_importer_read_actors (importer, dataset, actors, &error))
    {
      ptce_cli_print_errorf ("%s: %s", files[0], error->message);
      return PTCE_EXIT_INVALID;
    }
  n_actors = ptce_csv_importer_get_n_imported (importer);
  n_problems += print_problems (files[0], importer);
  if (memberships != NULL)
    {
      if (!ptce_csv_importer_read_memberships (importer, dataset, memberships, &error))
        {
          ptce_cli_print_errorf ("%s: %s", memberships_arg, error->message);
          return PTCE_EXIT_INVALID;
        }
      n_memberships = ptce_csv_importer_get_n_imported (importer);
      n_problems += print_problems (memberships_arg, importer);
    }

  writer = ptce_json_writer_new ();
  {
    /* TRANSLATORS: what ptce is doing, on the terminal: "writing FILE" */
    PtceCliProgress *progress = ptce_cli_progress_start_file (_("writing %s"), output_arg);

    saved = ptce_json_writer_save_file (writer, dataset, output_arg, &error);
    ptce_cli_progress_stop (progress);
  }
  if (!saved)
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  g_print (_("%s: %u actors, %u memberships, %u rows left out\n"), output_arg, n_actors,
           n_memberships, n_problems);
  return n_problems > 0 ? PTCE_EXIT_NEGATIVE : PTCE_EXIT_OK;
}
