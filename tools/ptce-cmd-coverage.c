/* ptce-cmd-coverage.c: `ptce coverage FILE [--date D] [--by LEVEL] [--format F]`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The population the poles cover, its share of the national population,
 * and the territories with and without a pole. Only the public API of
 * libptce is used. */
#include "config.h"

#include <string.h>

#include "ptce-cli-observatory.h"

int
ptce_cmd_coverage (int    argc,
                   char **argv)
{
  g_autofree char *date_arg = NULL, *by_arg = NULL, *format_arg = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "by", 'b', 0, G_OPTION_ARG_STRING, &by_arg,
      N_("List each epci, departement or region (the default), covered or not"), N_("LEVEL") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_arg,
      N_("As of this date (YYYY-MM-DD; a year or month stands for its last day) instead of today"),
      N_("DATE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_arg,
      N_("Write text (the default), csv or json"), N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(PtceDate) when = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(PtceObservatory) observatory = NULL;
  g_autoptr(PtceAreaFigures) nation = NULL;
  g_autoptr(GListModel) areas = NULL;
  g_autoptr(GListStore) rows = NULL;
  OutputFormat format;
  PtceAreaLevel level = PTCE_AREA_LEVEL_REGION;
  g_autofree char *when_text = NULL;

  if (!ptce_cli_parse_options (C_("ptce coverage", "FILE"), entries,
                               _("Says which territories the poles of a ptce/1 file cover on a date: the communes and population covered, their share of the national population, and the EPCI, départements or régions with and without a pole."),
                               _("Exit status: 0 when the figures are written, 2 when the usage or the input is invalid."),
                               &argc, &argv))
    return PTCE_EXIT_INVALID;
  if (ptce_cli_n_args (files) != 1)
    {
      ptce_cli_print_errorf (ptce_cli_n_args (files) == 0
                             ? _("coverage: a FILE is needed (see “%s”)")
                             : _("coverage: only one FILE at a time (see “%s”)"),
                             "ptce coverage --help");
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
  observatory = ptce_observatory_new (dataset);
  nation = ptce_observatory_compute_coverage (observatory, NULL, when);
  areas = ptce_observatory_roll_up (observatory, NULL, level, when);

  if (format != FORMAT_TEXT)
    {
      rows = g_list_store_new (PTCE_TYPE_AREA_FIGURES);
      g_list_store_append (rows, nation);
      for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (areas, i);

          g_list_store_append (rows, item);
        }
      ptce_cli_output_areas (G_LIST_MODEL (rows), format);
      return PTCE_EXIT_OK;
    }

  {
    g_autoptr(GString) out = g_string_new (NULL);
    g_autofree char *pc = ptce_cli_percent_text (ptce_area_figures_get_population_share (nation));
    g_autoptr(GString) without = g_string_new (NULL);
    guint n_without = 0, n = g_list_model_get_n_items (areas);

    g_string_append_printf (out, _("Coverage by the poles of %s, as of %s:"), files[0], when_text);
    g_string_append_c (out, '\n');
    {
      g_autofree char *covered = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                                  ptce_area_figures_get_population_covered (nation));
      g_autofree char *population = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                                     ptce_area_figures_get_population (nation));

      g_string_append_printf (out,
                              _("%u poles cover %u communes, population %s of %s (%s %% of the national population)"),
                              ptce_area_figures_get_n_poles (nation),
                              ptce_area_figures_get_n_communes_covered (nation),
                              covered, population, pc);
    }
    g_string_append (out, "\n\n");
    g_string_append (out, _("With a pole:"));
    g_string_append_c (out, '\n');
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PtceAreaFigures) area = g_list_model_get_item (areas, i);

        if (ptce_area_figures_is_covered (area))
          ptce_cli_append_area_text (out, area);
        else
          {
            n_without++;
            g_string_append_printf (without, "  %s %s\n", ptce_area_figures_get_code (area),
                                    ptce_area_figures_get_name (area));
          }
      }
    g_string_append_c (out, '\n');
    g_string_append_printf (out, _("Without a pole (%u of %u):"), n_without, n);
    g_string_append_c (out, '\n');
    g_string_append (out, without->str);
    g_print ("%s", out->str);
  }
  return PTCE_EXIT_OK;
}
