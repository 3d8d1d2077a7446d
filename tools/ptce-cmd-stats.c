/* ptce-cmd-stats.c: `ptce stats FILE [--pole ID …] [--by LEVEL] [--date D] [--format F]`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The indicators of each pole and of the set (docs/indicators.md), or with
 * --by, the roll-up of the poles to a level of the official geography. Only
 * the public API of libptce is used. */
#include "config.h"

#include <string.h>

#include "ptce-cli-observatory.h"

int
ptce_cmd_stats (int    argc,
                char **argv)
{
  g_autofree char *date_arg = NULL, *by_arg = NULL, *format_arg = NULL;
  g_auto(GStrv) pole_ids = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "pole", 'p', 0, G_OPTION_ARG_STRING_ARRAY, &pole_ids,
      N_("Only this pole (may be repeated)"), N_("ID") },
    { "by", 'b', 0, G_OPTION_ARG_STRING, &by_arg,
      N_("Roll the figures up to each commune, epci, departement or region"), N_("LEVEL") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_arg,
      N_("As of this date (YYYY-MM-DD), or over this year or month (YYYY, YYYY-MM), instead of today"),
      N_("DATE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_arg,
      N_("Write text (the default), csv or json"), N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(PtceDate) when = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(GListModel) poles = NULL;
  g_autoptr(PtceObservatory) observatory = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GListModel) totals = NULL;
  OutputFormat format;
  PtceAreaLevel level = PTCE_AREA_LEVEL_REGION;
  g_autofree char *when_text = NULL;

  if (!ptce_cli_parse_options (C_("ptce stats", "FILE"), entries,
                               _("Computes the indicators of each pole of a ptce/1 file and of all of them together (an actor in several poles counted once), as of a date or over a period, or with --by, rolls them up to the territories of the official geography. The indicators are defined in docs/indicators.md."),
                               _("Exit status: 0 when the figures are written, 2 when the usage or the input is invalid."),
                               &argc, &argv))
    return PTCE_EXIT_INVALID;
  if (ptce_cli_n_args (files) != 1)
    {
      ptce_cli_print_errorf (ptce_cli_n_args (files) == 0
                             ? _("stats: a FILE is needed (see “%s”)")
                             : _("stats: only one FILE at a time (see “%s”)"),
                             "ptce stats --help");
      return PTCE_EXIT_INVALID;
    }
  if (!ptce_cli_parse_format (format_arg, &format) ||
      (by_arg != NULL && !ptce_cli_parse_level (by_arg, &level)))
    return PTCE_EXIT_INVALID;
  when = ptce_cli_parse_period (date_arg);
  if (when == NULL)
    return PTCE_EXIT_INVALID;
  when_text = ptce_date_to_words (when);
  dataset = ptce_cli_load_dataset (files[0]);
  if (dataset == NULL)
    return PTCE_EXIT_INVALID;
  poles = ptce_cli_select_poles_by_ids (dataset, pole_ids);
  if (poles == NULL)
    return PTCE_EXIT_INVALID;
  observatory = ptce_observatory_new (dataset);

  if (by_arg != NULL)
    {
      g_autoptr(GListModel) areas = ptce_observatory_roll_up (observatory, poles, level, when);
      g_autoptr(GListModel) kept = ptce_cli_areas_with_poles (areas);

      if (format == FORMAT_TEXT)
        g_print (_("Poles of %s by %s, as of %s:\n"), files[0], by_arg, when_text);
      ptce_cli_output_areas (kept, format);
      return PTCE_EXIT_OK;
    }

  all = g_list_store_new (PTCE_TYPE_INDICATOR);
  totals = ptce_observatory_compute_totals (observatory, poles, when);
  if (format == FORMAT_TEXT)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      guint n = g_list_model_get_n_items (poles);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
          g_autoptr(GListModel) indicators = ptce_observatory_compute_pole (observatory, pole,
                                                                            when);

          g_string_append_printf (out, _("%s (%s), as of %s:"), ptce_pole_get_name (pole),
                                  ptce_pole_get_id (pole), when_text);
          g_string_append_c (out, '\n');
          ptce_cli_append_indicators_text (out, indicators);
          g_string_append_c (out, '\n');
        }
      g_string_append_printf (out, ngettext ("All %u pole together, as of %s (an actor in several poles counted once):",
                                             "All %u poles together, as of %s (an actor in several poles counted once):",
                                             n),
                              n, when_text);
      g_string_append_c (out, '\n');
      ptce_cli_append_indicators_text (out, totals);
      g_print ("%s", out->str);
      return PTCE_EXIT_OK;
    }

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
  for (guint k = 0; k < g_list_model_get_n_items (totals); k++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (totals, k);

      g_list_store_append (all, item);
    }
  if (format == FORMAT_CSV)
    {
      g_autoptr(PtceCsvWriter) writer = ptce_observatory_indicators_to_csv (G_LIST_MODEL (all));
      g_autoptr(GBytes) bytes = ptce_csv_writer_to_bytes (writer);

      ptce_cli_print_bytes (bytes);
    }
  else
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      ptce_cli_add_indicators_json (builder, G_LIST_MODEL (all));
      ptce_cli_print_json (builder);
    }
  return PTCE_EXIT_OK;
}

