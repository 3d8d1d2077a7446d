/* ptce-cli-observatory.c: what `ptce stats`, `ptce coverage` and `ptce
 * export` share: output formats, levels, periods, the text of indicators and
 * areas.
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ptce-cli-observatory.h"


gboolean
ptce_cli_parse_format (const char   *text,
              OutputFormat *format)
{
  if (text == NULL || g_str_equal (text, "text"))
    *format = FORMAT_TEXT;
  else if (g_str_equal (text, "csv"))
    *format = FORMAT_CSV;
  else if (g_str_equal (text, "json"))
    *format = FORMAT_JSON;
  else
    {
      ptce_cli_print_errorf (_("--format “%s”: expected text, csv or json"), text);
      return FALSE;
    }
  return TRUE;
}

gboolean
ptce_cli_parse_level (const char    *text,
             PtceAreaLevel *level)
{
  const struct { const char *word; PtceAreaLevel level; } words[] = {
    { "commune", PTCE_AREA_LEVEL_COMMUNE },
    { "epci", PTCE_AREA_LEVEL_EPCI },
    { "departement", PTCE_AREA_LEVEL_DEPARTEMENT },
    { "region", PTCE_AREA_LEVEL_REGION },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (text, words[i].word))
      {
        *level = words[i].level;
        return TRUE;
      }
  ptce_cli_print_errorf (_("--by “%s”: expected commune, epci, departement or region"), text);
  return FALSE;
}

/* A date for statistics: a full date, or a year or a month for a period;
 * today when @text is NULL. */
PtceDate *
ptce_cli_parse_period (const char *text)
{
  g_autoptr(GError) error = NULL;
  PtceDate *date;

  if (text == NULL)
    return ptce_date_new_today ();
  date = ptce_date_new_from_iso8601 (text, &error);
  if (date == NULL)
    ptce_cli_print_errorf (_("--date “%s”: expected YYYY-MM-DD, YYYY-MM or YYYY"), text);
  return date;
}

GListModel *
ptce_cli_select_poles_by_ids (PtceDataset *dataset,
              char       **ids)
{
  GListStore *selected;

  if (ids == NULL || ids[0] == NULL)
    return g_object_ref (ptce_dataset_get_poles (dataset));
  selected = g_list_store_new (PTCE_TYPE_POLE);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      PtcePole *pole = ptce_dataset_lookup_pole (dataset, ids[i]);

      if (pole == NULL)
        {
          ptce_cli_print_errorf (_("--pole “%s”: no pole of that id in the file"), ids[i]);
          g_object_unref (selected);
          return NULL;
        }
      g_list_store_append (selected, pole);
    }
  return G_LIST_MODEL (selected);
}

void
ptce_cli_print_bytes (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  fwrite (data, 1, length, stdout);
}

char *
ptce_cli_percent_text (double share)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", share * 100);
  return g_strdup (buffer);
}

/* ------------------------------------------------------------------ */
/* Text                                                                */

void
ptce_cli_append_indicators_text (GString    *out,
                        GListModel *indicators)
{
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PtceIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *category = ptce_indicator_get_category (indicator);
      const char *unit = ptce_indicator_get_unit (indicator);
      g_autofree char *value = NULL;

      if (!ptce_indicator_get_has_value (indicator))
        continue;
      /* Empty categories of a distribution say nothing. */
      if (*category != '\0' && ptce_indicator_get_value (indicator) == 0)
        continue;
      if (g_str_equal (unit, "share"))
        {
          g_autofree char *pc = ptce_cli_percent_text (ptce_indicator_get_value (indicator));

          value = g_strdup_printf ("%s %%", pc);
        }
      else if (g_str_equal (unit, "category"))
        value = g_strdup (category);
      else
        value = ptce_indicator_dup_value_text (indicator);

      g_string_append_printf (out, "  %s", ptce_indicator_get_label (indicator));
      if (*category != '\0' && !g_str_equal (unit, "category"))
        g_string_append_printf (out, " [%s]", category);
      g_string_append_printf (out, C_("ptce stats", ": %s"), value);
      if (!g_str_equal (unit, "share") && !g_str_equal (unit, "category") &&
          !g_str_equal (unit, "count"))
        g_string_append_printf (out, " %s", unit);
      if (ptce_indicator_get_disagreement (indicator))
        g_string_append_printf (out, " %s", _("(sources disagree)"));
      if (ptce_indicator_get_sources (indicator)[0] != NULL)
        {
          g_autofree char *sources = g_strjoinv (", ",
                                                 (char **) ptce_indicator_get_sources (indicator));

          g_string_append_printf (out, "\n    %s %s", _("source:"), sources);
        }
      g_string_append_c (out, '\n');
    }
}

void
ptce_cli_append_area_text (GString         *out,
                  PtceAreaFigures *area)
{
  g_autofree char *pc = ptce_cli_percent_text (ptce_area_figures_get_population_share (area));

  g_string_append_printf (out, "  %s %s", ptce_area_figures_get_code (area),
                          ptce_area_figures_get_name (area));
  {
    g_autofree char *covered = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                                ptce_area_figures_get_population_covered (area));
    g_autofree char *population = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                                   ptce_area_figures_get_population (area));

    g_string_append_printf (out,
                            _(": %u poles, %u members, %u of %u communes covered, population %s of %s (%s %%)"),
                            ptce_area_figures_get_n_poles (area),
                            ptce_area_figures_get_n_members (area),
                            ptce_area_figures_get_n_communes_covered (area),
                            ptce_area_figures_get_n_communes (area),
                            covered, population, pc);
  }
  g_string_append_c (out, '\n');
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */

void
ptce_cli_add_indicators_json (JsonBuilder *builder,
                     GListModel  *indicators)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PtceIndicator) indicator = g_list_model_get_item (indicators, i);
      const char * const *sources = ptce_indicator_get_sources (indicator);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "subject");
      json_builder_add_string_value (builder, ptce_indicator_get_subject (indicator));
      json_builder_set_member_name (builder, "indicator");
      json_builder_add_string_value (builder, ptce_indicator_get_id (indicator));
      if (*ptce_indicator_get_category (indicator) != '\0')
        {
          json_builder_set_member_name (builder, "category");
          json_builder_add_string_value (builder, ptce_indicator_get_category (indicator));
        }
      json_builder_set_member_name (builder, "value");
      if (ptce_indicator_get_has_value (indicator))
        json_builder_add_double_value (builder, ptce_indicator_get_value (indicator));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "unit");
      json_builder_add_string_value (builder, ptce_indicator_get_unit (indicator));
      for (int k = 0; k < 2; k++)
        {
          PtceDate *date = k == 0 ? ptce_indicator_get_start (indicator)
                                  : ptce_indicator_get_end (indicator);
          g_autofree char *iso = date != NULL ? ptce_date_to_iso8601 (date) : NULL;

          if (iso == NULL)
            continue;
          json_builder_set_member_name (builder, k == 0 ? "start" : "end");
          json_builder_add_string_value (builder, iso);
        }
      json_builder_set_member_name (builder, "additive");
      json_builder_add_boolean_value (builder, ptce_indicator_get_additive (indicator));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, ptce_indicator_get_label (indicator));
      if (ptce_indicator_get_method (indicator) != NULL)
        {
          json_builder_set_member_name (builder, "method");
          json_builder_add_string_value (builder, ptce_indicator_get_method (indicator));
        }
      json_builder_set_member_name (builder, "sources");
      json_builder_begin_array (builder);
      for (guint s = 0; sources[s] != NULL; s++)
        json_builder_add_string_value (builder, sources[s]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "disagreement");
      json_builder_add_boolean_value (builder, ptce_indicator_get_disagreement (indicator));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
ptce_cli_add_area_json (JsonBuilder     *builder,
               PtceAreaFigures *area)
{
  const char * const levels[] = { "commune", "epci", "departement", "region", "nation" };

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "level");
  json_builder_add_string_value (builder, levels[ptce_area_figures_get_level (area)]);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, ptce_area_figures_get_code (area));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, ptce_area_figures_get_name (area));
  json_builder_set_member_name (builder, "population");
  json_builder_add_int_value (builder, (gint64) ptce_area_figures_get_population (area));
  json_builder_set_member_name (builder, "communes");
  json_builder_add_int_value (builder, ptce_area_figures_get_n_communes (area));
  json_builder_set_member_name (builder, "communes_covered");
  json_builder_add_int_value (builder, ptce_area_figures_get_n_communes_covered (area));
  json_builder_set_member_name (builder, "population_covered");
  json_builder_add_int_value (builder, (gint64) ptce_area_figures_get_population_covered (area));
  json_builder_set_member_name (builder, "population_share");
  json_builder_add_double_value (builder, ptce_area_figures_get_population_share (area));
  json_builder_set_member_name (builder, "poles");
  json_builder_add_int_value (builder, ptce_area_figures_get_n_poles (area));
  json_builder_set_member_name (builder, "members");
  json_builder_add_int_value (builder, ptce_area_figures_get_n_members (area));
  json_builder_end_object (builder);
}

void
ptce_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = json_to_string (root, TRUE);

  g_print ("%s\n", text);
}

/* Areas worth a line in `stats --by`: covered, or seating a member. */
GListModel *
ptce_cli_areas_with_poles (GListModel *areas)
{
  GListStore *kept = g_list_store_new (PTCE_TYPE_AREA_FIGURES);

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(PtceAreaFigures) area = g_list_model_get_item (areas, i);

      if (ptce_area_figures_is_covered (area) || ptce_area_figures_get_n_members (area) > 0)
        g_list_store_append (kept, area);
    }
  return G_LIST_MODEL (kept);
}

void
ptce_cli_output_areas (GListModel   *areas,
              OutputFormat  format)
{
  if (format == FORMAT_CSV)
    {
      g_autoptr(PtceCsvWriter) writer = ptce_observatory_areas_to_csv (areas);
      g_autoptr(GBytes) bytes = ptce_csv_writer_to_bytes (writer);

      ptce_cli_print_bytes (bytes);
    }
  else if (format == FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
        {
          g_autoptr(PtceAreaFigures) area = g_list_model_get_item (areas, i);

          ptce_cli_add_area_json (builder, area);
        }
      json_builder_end_array (builder);
      ptce_cli_print_json (builder);
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);

      for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
        {
          g_autoptr(PtceAreaFigures) area = g_list_model_get_item (areas, i);

          ptce_cli_append_area_text (out, area);
        }
      g_print ("%s", out->str);
    }
}
