/* ptce-cmd-export.c: `ptce export FILE --format csv|jsonld [--what W] [--output OUT]`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The actors, memberships, cooperations or indicators of a ptce/1 file as
 * a CSV table (docs/csv.md, docs/indicators.md), or the dataset as JSON-LD
 * (docs/jsonld.md). OUT is written atomically. Only the public API of
 * libptce is used. */
#include "config.h"

#include <string.h>

#include "ptce-cli-observatory.h"

static PtceCsvWriter *
indicators_table (PtceDataset *dataset,
                  PtceDate    *when)
{
  g_autoptr(PtceObservatory) observatory = ptce_observatory_new (dataset);
  g_autoptr(GListStore) all = g_list_store_new (PTCE_TYPE_INDICATOR);
  g_autoptr(GListModel) totals = NULL;
  GListModel *poles = ptce_dataset_get_poles (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      g_autoptr(GListModel) indicators = ptce_observatory_compute_pole (observatory, pole, when);

      for (guint k = 0; k < g_list_model_get_n_items (indicators); k++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (indicators, k);

          g_list_store_append (all, item);
        }
    }
  totals = ptce_observatory_compute_totals (observatory, NULL, when);
  for (guint k = 0; k < g_list_model_get_n_items (totals); k++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (totals, k);

      g_list_store_append (all, item);
    }
  return ptce_observatory_indicators_to_csv (G_LIST_MODEL (all));
}

int
ptce_cmd_export (int    argc,
                 char **argv)
{
  g_autofree char *format_arg = NULL, *what_arg = NULL, *output_arg = NULL, *date_arg = NULL;
  g_autofree char *base_arg = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_arg,
      N_("csv or jsonld; required"), N_("FORMAT") },
    { "what", 'w', 0, G_OPTION_ARG_STRING, &what_arg,
      N_("For csv: actors (the default), memberships, cooperations or indicators"), N_("WHAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_arg,
      N_("Write to OUT instead of the standard output"), N_("OUT") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_arg,
      N_("For indicators: as of this date or over this year or month, instead of today"),
      N_("DATE") },
    { "base", 0, 0, G_OPTION_ARG_STRING, &base_arg,
      N_("For jsonld: the IRI node identifiers start with (default “urn:ptce:”)"), N_("IRI") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PtceCsvWriter) table = NULL;
  g_autoptr(GError) error = NULL;
  gboolean jsonld;

  if (!ptce_cli_parse_options (C_("ptce export", "FILE"), entries,
                               _("Exports the actors, memberships, cooperations or indicators of a ptce/1 file as a CSV table (RFC 4180, UTF-8, codes kept as text), or the dataset as JSON-LD with the W3C ORG, schema.org and ESSGlobal vocabularies."),
                               _("OUT is replaced only once the whole export is made: an error leaves an existing OUT as it was.\n\nExit status: 0 when the export is written, 2 when the usage or the input is invalid or OUT cannot be written."),
                               &argc, &argv))
    return PTCE_EXIT_INVALID;
  if (ptce_cli_n_args (files) != 1)
    {
      ptce_cli_print_errorf (ptce_cli_n_args (files) == 0
                             ? _("export: a FILE is needed (see “%s”)")
                             : _("export: only one FILE at a time (see “%s”)"),
                             "ptce export --help");
      return PTCE_EXIT_INVALID;
    }
  if (format_arg == NULL || (!g_str_equal (format_arg, "csv") && !g_str_equal (format_arg, "jsonld")))
    {
      ptce_cli_print_errorf (format_arg == NULL
                             ? _("export: --format csv or --format jsonld is needed (see “%s”)")
                             : _("export: unknown format (see “%s”)"),
                             "ptce export --help");
      return PTCE_EXIT_INVALID;
    }
  jsonld = g_str_equal (format_arg, "jsonld");
  if (what_arg != NULL && !g_str_equal (what_arg, "actors") &&
      !g_str_equal (what_arg, "memberships") && !g_str_equal (what_arg, "cooperations") &&
      !g_str_equal (what_arg, "indicators"))
    {
      ptce_cli_print_errorf (_("--what “%s”: expected actors, memberships, cooperations or indicators"),
                             what_arg);
      return PTCE_EXIT_INVALID;
    }
  if (jsonld && what_arg != NULL)
    {
      ptce_cli_print_error (_("export: --what is for csv; jsonld exports the whole dataset"));
      return PTCE_EXIT_INVALID;
    }

  dataset = ptce_cli_load_dataset (files[0]);
  if (dataset == NULL)
    return PTCE_EXIT_INVALID;

  if (jsonld)
    {
      g_autoptr(PtceJsonldWriter) writer = ptce_jsonld_writer_new ();

      ptce_jsonld_writer_set_base_iri (writer, base_arg);
      if (output_arg != NULL && !g_str_equal (output_arg, "-"))
        {
          /* TRANSLATORS: what ptce is doing, on the terminal: "writing FILE" */
          PtceCliProgress *progress = ptce_cli_progress_start_file (_("writing %s"), output_arg);
          gboolean saved = ptce_jsonld_writer_save_file (writer, dataset, output_arg, &error);

          ptce_cli_progress_stop (progress);
          if (!saved)
            {
              ptce_cli_print_error (error->message);
              return PTCE_EXIT_INVALID;
            }
          return PTCE_EXIT_OK;
        }
      bytes = ptce_jsonld_writer_save_bytes (writer, dataset, &error);
      if (bytes == NULL)
        {
          ptce_cli_print_error (error->message);
          return PTCE_EXIT_INVALID;
        }
    }
  else
    {
      if (what_arg == NULL || g_str_equal (what_arg, "actors"))
        table = ptce_csv_writer_new_for_actors (dataset);
      else if (g_str_equal (what_arg, "memberships"))
        table = ptce_csv_writer_new_for_memberships (dataset);
      else if (g_str_equal (what_arg, "cooperations"))
        table = ptce_csv_writer_new_for_cooperations (dataset);
      else
        {
          g_autoptr(PtceDate) when = ptce_cli_parse_period (date_arg);

          if (when == NULL)
            return PTCE_EXIT_INVALID;
          table = indicators_table (dataset, when);
        }
      bytes = ptce_csv_writer_to_bytes (table);
    }

  if (output_arg == NULL || g_str_equal (output_arg, "-"))
    {
      ptce_cli_print_bytes (bytes);
      return PTCE_EXIT_OK;
    }
  if (!ptce_csv_writer_save_file (table, output_arg, &error))
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  return PTCE_EXIT_OK;
}
