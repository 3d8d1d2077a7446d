/* ptce-report-territory.c: the report of the poles of a territory
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The figures are the observatory's (PtceObservatory, libptce/analysis/),
 * so that the report and `ptce stats` / `ptce coverage` agree: the totals
 * of the poles with each member counted once (compute_totals), each
 * pole's members and cooperations (compute_pole), the population and
 * communes covered in the area, each commune once (roll_up at the area's
 * level, compute_coverage for the whole dataset), and the départements
 * and EPCI with a pole (roll_up). What is the report's own: which poles
 * are on the territory (a commune of theirs lies in it) and the population
 * of each pole's territory within the area. */
#include "config.h"

#include <string.h>

#include "ptce-report-private.h"
#include "ptce-commune.h"
#include "ptce-cooperation.h"
#include "ptce-departement.h"
#include "ptce-diagnosis.h"
#include "ptce-epci.h"
#include "ptce-i18n-private.h"
#include "ptce-membership.h"
#include "ptce-observatory.h"
#include "ptce-area-figures.h"
#include "ptce-indicator.h"
#include "ptce-region.h"
#include "ptce-resolved-territory.h"

typedef struct {
  PtcePole      *pole;        /* borrowed from the dataset */
  PtceDiagnosis *diagnosis;
  GHashTable    *communes;    /* codes of its communes in the area */
  guint64        population;  /* of those communes */
  guint          n_members;
  guint          n_ess;
  guint          n_cooperations;
} PoleLine;

static void
pole_line_free (PoleLine *line)
{
  g_clear_object (&line->diagnosis);
  g_clear_pointer (&line->communes, g_hash_table_unref);
  g_free (line);
}

static gboolean
commune_in_area (PtceCommune    *commune,
                 PtceReportArea  area,
                 const char     *code)
{
  switch (area)
    {
    case PTCE_REPORT_AREA_REGION:
      return g_strcmp0 (ptce_commune_get_region (commune), code) == 0;
    case PTCE_REPORT_AREA_DEPARTEMENT:
      return g_strcmp0 (ptce_commune_get_departement (commune), code) == 0;
    case PTCE_REPORT_AREA_EPCI:
      return g_strcmp0 (ptce_commune_get_epci (commune), code) == 0;
    case PTCE_REPORT_AREA_ALL:
    default:
      return TRUE;
    }
}

static char *
area_name (PtceReportContext *ctx,
           PtceReportArea     area,
           const char        *code,
           guint64           *population)
{
  *population = 0;
  switch (area)
    {
    case PTCE_REPORT_AREA_REGION:
      {
        g_autoptr(PtceRegion) region = ptce_geography_lookup_region (ctx->geography, code);

        *population = ptce_region_get_population (region);
        return g_strdup_printf (_("Région %s (%s)"), ptce_region_get_name (region), code);
      }
    case PTCE_REPORT_AREA_DEPARTEMENT:
      {
        g_autoptr(PtceDepartement) dep = ptce_geography_lookup_departement (ctx->geography, code);

        *population = ptce_departement_get_population (dep);
        return g_strdup_printf (_("Département %s (%s)"), ptce_departement_get_name (dep), code);
      }
    case PTCE_REPORT_AREA_EPCI:
      {
        g_autoptr(PtceEpci) epci = ptce_geography_lookup_epci (ctx->geography, code);

        *population = ptce_epci_get_population (epci);
        return g_strdup_printf (_("EPCI %s (%s)"), ptce_epci_get_name (epci), code);
      }
    case PTCE_REPORT_AREA_ALL:
    default:
      {
        const char *title = ptce_dataset_get_title (ctx->dataset);

        return g_strdup (title != NULL && *title != '\0' ? title : _("All the poles of the dataset"));
      }
    }
}

/* The value of the indicator @id (the one of no category: "" or NULL) in
 * @indicators, 0 when it has none. */
static double
indicator_value (GListModel *indicators,
                 const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PtceIndicator) indicator = g_list_model_get_item (indicators, i);

      const char *category = ptce_indicator_get_category (indicator);

      if (g_strcmp0 (ptce_indicator_get_id (indicator), id) == 0 &&
          (category == NULL || *category == '\0'))
        return ptce_indicator_get_has_value (indicator) ? ptce_indicator_get_value (indicator) : 0;
    }
  return 0;
}

static void
count_members (PtceReportContext *ctx,
               PtceObservatory   *observatory,
               PoleLine          *line)
{
  g_autoptr(GListModel) indicators = ptce_observatory_compute_pole (observatory, line->pole, ctx->when);

  line->n_members = (guint) indicator_value (indicators, "members_total");
  line->n_ess = (guint) indicator_value (indicators, "ess_members");
  line->n_cooperations = (guint) indicator_value (indicators, "cooperations_active");
}

/* The row of @code in a roll-up, or NULL (borrowed from @areas). */
static PtceAreaFigures *
find_area (GListModel *areas,
           const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(PtceAreaFigures) figures = g_list_model_get_item (areas, i);

      if (g_strcmp0 (ptce_area_figures_get_code (figures), code) == 0)
        return figures;   /* @areas keeps its reference */
    }
  return NULL;
}

/* Whether the département or EPCI @figures lies (at least partly) in the
 * area of the report. */
static gboolean
area_in_area (PtceReportContext *ctx,
              PtceAreaFigures   *figures,
              PtceReportArea     area,
              const char        *code)
{
  const char *own = ptce_area_figures_get_code (figures);

  if (area == PTCE_REPORT_AREA_ALL)
    return TRUE;
  if (ptce_area_figures_get_level (figures) == PTCE_AREA_LEVEL_DEPARTEMENT)
    {
      g_autoptr(PtceDepartement) dep = NULL;

      if (area == PTCE_REPORT_AREA_DEPARTEMENT)
        return g_strcmp0 (own, code) == 0;
      if (area != PTCE_REPORT_AREA_REGION)
        return FALSE;   /* an EPCI's report lists its own département(s) below */
      dep = ptce_geography_lookup_departement (ctx->geography, own);
      return dep != NULL && g_strcmp0 (ptce_departement_get_region (dep), code) == 0;
    }
  else
    {
      g_autoptr(PtceEpci) epci = NULL;
      const char * const *deps;

      if (area == PTCE_REPORT_AREA_EPCI)
        return g_strcmp0 (own, code) == 0;
      epci = ptce_geography_lookup_epci (ctx->geography, own);
      deps = epci != NULL ? ptce_epci_get_departements (epci) : NULL;
      for (guint i = 0; deps != NULL && deps[i] != NULL; i++)
        {
          g_autoptr(PtceDepartement) dep = NULL;

          if (area == PTCE_REPORT_AREA_DEPARTEMENT)
            {
              if (g_strcmp0 (deps[i], code) == 0)
                return TRUE;
              continue;
            }
          dep = ptce_geography_lookup_departement (ctx->geography, deps[i]);
          if (dep != NULL && g_strcmp0 (ptce_departement_get_region (dep), code) == 0)
            return TRUE;
        }
      return FALSE;
    }
}

/* A table of the départements or EPCI of @level that have a pole in the
 * area, from the observatory's roll-up. */
static void
append_areas_with_a_pole (PtceReportContext *ctx,
                          PtceObservatory   *observatory,
                          GListModel        *poles,
                          PtceAreaLevel      level,
                          PtceReportArea     area,
                          const char        *code,
                          const char        *caption,
                          const char * const *headers)
{
  g_autoptr(GListModel) areas = ptce_observatory_roll_up (observatory, poles, level, ctx->when);
  gboolean open = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(PtceAreaFigures) figures = g_list_model_get_item (areas, i);
      const char *name = ptce_area_figures_get_name (figures);

      if (ptce_area_figures_get_n_poles (figures) == 0 || !area_in_area (ctx, figures, area, code))
        continue;
      if (!open)
        {
          ptce_report_open_table (ctx, caption, headers);
          open = TRUE;
        }
      g_string_append (ctx->out, "<tr>");
      ptce_report_row_header (ctx, name != NULL && *name != '\0' ? name : ptce_area_figures_get_code (figures));
      ptce_report_cell (ctx, ptce_area_figures_get_code (figures));
      ptce_report_number_cell (ctx, ptce_area_figures_get_n_poles (figures));
      ptce_report_number_cell (ctx, (double) ptce_area_figures_get_population (figures));
      ptce_report_number_cell (ctx, (double) ptce_area_figures_get_population_covered (figures));
      g_string_append (ctx->out, "</tr>\n");
    }
  if (open)
    ptce_report_close_table (ctx);
}

gboolean
ptce_report_write_territory (PtceReportContext  *ctx,
                             PtceReportArea      area,
                             const char         *code,
                             GError            **error)
{
  GListModel *poles = ptce_dataset_get_poles (ctx->dataset);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) pole_line_free);
  g_autoptr(GPtrArray) unplaced = g_ptr_array_new ();
  g_autoptr(PtceObservatory) observatory = ptce_observatory_new (ctx->dataset);
  g_autoptr(GListStore) area_poles = g_list_store_new (PTCE_TYPE_POLE);
  g_autoptr(GListModel) totals = NULL;
  g_autoptr(GListModel) rolled = NULL;
  g_autoptr(PtceAreaFigures) nation = NULL;
  PtceAreaFigures *here = NULL;
  guint64 area_population = 0, covered_population = 0;
  guint n_communes_covered = 0, n_met = 0, n_not_met = 0, n_undetermined = 0;
  double n_members = 0, n_ess = 0, n_cooperations = 0;
  g_autofree char *name = area_name (ctx, area, code, &area_population);
  GString *out = ctx->out;

  ptce_observatory_set_geography (observatory, ctx->geography);

  for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      PtceTerritory *territory = ptce_pole_get_territory (pole);
      g_autoptr(PtceResolvedTerritory) resolved = NULL;
      g_autoptr(GListModel) communes = NULL;
      PoleLine *line;

      if (territory != NULL)
        {
          resolved = ptce_geography_resolve (ctx->geography, territory);
          communes = ptce_resolved_territory_list_communes (resolved);
        }
      if (communes == NULL || g_list_model_get_n_items (communes) == 0)
        {
          /* Nowhere on the map: part of the whole dataset only. */
          if (area == PTCE_REPORT_AREA_ALL)
            g_ptr_array_add (unplaced, pole);
          else
            continue;
        }

      line = g_new0 (PoleLine, 1);
      line->pole = pole;
      line->communes = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint c = 0; communes != NULL && c < g_list_model_get_n_items (communes); c++)
        {
          g_autoptr(PtceCommune) commune = g_list_model_get_item (communes, c);
          const char *commune_code = ptce_commune_get_code (commune);

          if (!commune_in_area (commune, area, code))
            continue;
          if (!g_hash_table_add (line->communes, (gpointer) commune_code))
            continue;
          line->population += ptce_commune_get_population (commune);
        }
      if (area != PTCE_REPORT_AREA_ALL && g_hash_table_size (line->communes) == 0)
        {
          pole_line_free (line);
          continue;
        }
      line->diagnosis = ptce_checker_check (ctx->checker, ctx->dataset, pole, ctx->when);
      switch (ptce_diagnosis_get_verdict (line->diagnosis, PTCE_FINDING_LEVEL_DEFINITION))
        {
        case PTCE_VERDICT_MET:
          n_met++;
          break;
        case PTCE_VERDICT_NOT_MET:
          n_not_met++;
          break;
        case PTCE_VERDICT_UNDETERMINED:
        default:
          n_undetermined++;
        }
      count_members (ctx, observatory, line);
      g_list_store_append (area_poles, pole);
      g_ptr_array_add (lines, line);
    }

  /* The totals, each member once, and the coverage, each commune once. */
  totals = ptce_observatory_compute_totals (observatory, G_LIST_MODEL (area_poles), ctx->when);
  n_members = indicator_value (totals, "members_total");
  n_ess = indicator_value (totals, "ess_members");
  n_cooperations = indicator_value (totals, "cooperations_active");
  switch (area)
    {
    case PTCE_REPORT_AREA_REGION:
    case PTCE_REPORT_AREA_DEPARTEMENT:
    case PTCE_REPORT_AREA_EPCI:
      rolled = ptce_observatory_roll_up (observatory, G_LIST_MODEL (area_poles),
                                         area == PTCE_REPORT_AREA_REGION ? PTCE_AREA_LEVEL_REGION
                                         : area == PTCE_REPORT_AREA_DEPARTEMENT ? PTCE_AREA_LEVEL_DEPARTEMENT
                                         : PTCE_AREA_LEVEL_EPCI,
                                         ctx->when);
      here = find_area (rolled, code);
      break;
    case PTCE_REPORT_AREA_ALL:
    default:
      nation = ptce_observatory_compute_coverage (observatory, G_LIST_MODEL (area_poles), ctx->when);
      here = nation;
      break;
    }
  if (here != NULL)
    {
      area_population = ptce_area_figures_get_population (here);
      covered_population = ptce_area_figures_get_population_covered (here);
      n_communes_covered = ptce_area_figures_get_n_communes_covered (here);
    }

  ctx->title = g_strdup_printf (_("%s — PTCE report as of %s"), name, ctx->when_text);

  g_string_append (out, "<header>\n<h1>");
  ptce_report_append_name (out, name);
  g_string_append (out, "</h1>\n<p class=\"meta\">");
  ptce_report_append_printf (out, _("Pôles territoriaux de coopération économique on the territory — report as of %s"),
                             ctx->when_text);
  g_string_append (out, "</p>\n</header>\n");

  /* Totals first: the headline figures of the territory. */
  g_string_append (out, "<section class=\"verdicts\" id=\"totals\">\n");
  ptce_report_heading (ctx, 2, NULL, _("In short"));
  g_string_append (out, "<dl>\n");
  {
    struct { const char *term; double value; } facts[] = {
      { _("Poles"), lines->len },
      { _("Poles that meet the definition of a PTCE"), n_met },
      { _("Members (each counted once)"), n_members },
      { _("ESS enterprises among them"), n_ess },
      { _("Cooperations active"), n_cooperations },
      { _("Population covered (each commune counted once)"), (double) covered_population },
    };

    for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
      {
        g_autofree char *value = ptce_report_format_number (facts[i].value, 0, ctx->numbers);

        g_string_append (out, "<dt>");
        ptce_report_append_text (out, facts[i].term);
        g_string_append (out, "</dt><dd>");
        g_string_append (out, value);
        if (i == G_N_ELEMENTS (facts) - 1 && area_population > 0)
          {
            g_autofree char *share = ptce_report_format_number (100.0 * covered_population / area_population, 1, ctx->numbers);
            g_autofree char *total = ptce_report_format_number ((double) area_population, 0, ctx->numbers);

            g_string_append (out, " ");
            ptce_report_append_printf (out, _("(%s %% of %s inhabitants)"), share, total);
          }
        g_string_append (out, "</dd>\n");
      }
  }
  g_string_append (out, "</dl>\n</section>\n");

  /* The poles. */
  g_string_append (out, "<section class=\"part\" id=\"poles\">\n");
  ptce_report_heading (ctx, 2, NULL, _("The poles"));
  if (lines->len == 0)
    {
      g_string_append (out, "<p>");
      ptce_report_append_text (out, _("No pole of the dataset is on this territory."));
      g_string_append (out, "</p>\n");
    }
  else
    {
      const char *headers[] = { _("Pole"), _("Definition (article 9 I)"), _("Eligibility (décret 2015-431)"),
                                _("Stage"), _("#Members"), _("#ESS enterprises"), _("#Cooperations"),
                                _("#Population of its territory here"), NULL };
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (double));
      g_autoptr(GString) alt = g_string_new (NULL);
      const char *series[] = { _("ESS enterprises"), _("other members") };

      ptce_report_open_table (ctx, _("Poles, verdicts and headline figures"), headers);
      for (guint i = 0; i < lines->len; i++)
        {
          PoleLine *line = lines->pdata[i];

          g_string_append (out, "<tr>");
          ptce_report_row_header (ctx, ptce_report_pole_name (line->pole));
          ptce_report_cell (ctx, ptce_report_verdict_label (ptce_diagnosis_get_verdict (line->diagnosis, PTCE_FINDING_LEVEL_DEFINITION)));
          ptce_report_cell (ctx, ptce_report_verdict_label (ptce_diagnosis_get_verdict (line->diagnosis, PTCE_FINDING_LEVEL_ELIGIBILITY)));
          ptce_report_cell (ctx, ptce_pole_exists_on (line->pole, ctx->when)
                            ? ptce_report_stage_label (ptce_pole_get_stage_on (line->pole, ctx->when))
                            : _("does not exist on that date"));
          ptce_report_number_cell (ctx, line->n_members);
          ptce_report_number_cell (ctx, line->n_ess);
          ptce_report_number_cell (ctx, line->n_cooperations);
          ptce_report_number_cell (ctx, (double) line->population);
          g_string_append (out, "</tr>\n");
        }
      g_string_append (out, "<tr>");
      ptce_report_row_header (ctx, _("Total (a member of several poles counted once)"));
      ptce_report_cell (ctx, "");
      ptce_report_cell (ctx, "");
      ptce_report_cell (ctx, "");
      ptce_report_number_cell (ctx, n_members);
      ptce_report_number_cell (ctx, n_ess);
      ptce_report_number_cell (ctx, n_cooperations);
      ptce_report_number_cell (ctx, (double) covered_population);
      g_string_append (out, "</tr>\n");
      ptce_report_close_table (ctx);

      g_string_append_printf (alt, _("Bar chart of the members of each pole on %s, ESS enterprises and other members:"),
                              ctx->when_text);
      for (guint i = 0; i < lines->len; i++)
        {
          PoleLine *line = lines->pdata[i];
          double v[2] = { line->n_ess, line->n_members - line->n_ess };

          g_ptr_array_add (labels, (gpointer) ptce_report_pole_name (line->pole));
          g_array_append_vals (values, v, 2);
          g_string_append_printf (alt, _(" %s %u (ESS %u);"), ptce_report_pole_name (line->pole),
                                  line->n_members, line->n_ess);
        }
      alt->str[alt->len - 1] = '.';
      {
        g_autoptr(GString) svg = g_string_new (NULL);
        g_autofree char *id = ptce_report_new_id (ctx, "chart-poles");
        PtceReportBarChart chart = {
          .id = id, .alt = alt->str, .n_rows = labels->len,
          .row_labels = (const char * const *) labels->pdata,
          .n_series = 2, .series_labels = series, .values = (double *) values->data,
          .integer = TRUE, .numbers = ctx->numbers,
        };

        ptce_report_heading (ctx, 3, NULL, _("Members by pole"));
        ptce_report_chart_bars (svg, &chart);
        ptce_report_append_figure (ctx, svg->str, alt->str);
      }

      {
        const char *verdict_rows[] = {
          ptce_report_verdict_label (PTCE_VERDICT_MET),
          ptce_report_verdict_label (PTCE_VERDICT_NOT_MET),
          ptce_report_verdict_label (PTCE_VERDICT_UNDETERMINED),
        };
        double verdict_values[] = { n_met, n_not_met, n_undetermined };
        const char *one[] = { _("Poles") };
        g_autoptr(GString) svg = g_string_new (NULL);
        g_autoptr(GString) valt = g_string_new (NULL);
        g_autofree char *id = ptce_report_new_id (ctx, "chart-verdicts");
        PtceReportBarChart chart = {
          .id = id, .n_rows = 3, .row_labels = verdict_rows, .n_series = 1,
          .series_labels = one, .values = verdict_values, .integer = TRUE, .numbers = ctx->numbers,
        };
        const char *vheaders[] = { _("Verdict"), _("#Poles"), NULL };

        g_string_append_printf (valt, _("Bar chart of the poles by verdict on the definition of a PTCE: %s %u; %s %u; %s %u."),
                                verdict_rows[0], n_met, verdict_rows[1], n_not_met, verdict_rows[2], n_undetermined);
        chart.alt = valt->str;
        ptce_report_heading (ctx, 3, NULL, _("Poles by verdict on the definition"));
        ptce_report_chart_bars (svg, &chart);
        ptce_report_append_figure (ctx, svg->str, valt->str);
        ptce_report_open_table (ctx, _("Poles by verdict on the definition"), vheaders);
        for (guint i = 0; i < 3; i++)
          {
            g_string_append (out, "<tr>");
            ptce_report_row_header (ctx, verdict_rows[i]);
            ptce_report_number_cell (ctx, verdict_values[i]);
            g_string_append (out, "</tr>\n");
          }
        ptce_report_close_table (ctx);
      }
    }
  if (unplaced->len > 0)
    {
      g_string_append (out, "<p>");
      ptce_report_append_text (out, _("Not placed on the map (no territory the reference geography resolves):"));
      for (guint i = 0; i < unplaced->len; i++)
        {
          g_string_append (out, i > 0 ? ", " : " ");
          ptce_report_append_name (out, ptce_report_pole_name (unplaced->pdata[i]));
        }
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</section>\n");

  /* Coverage. */
  g_string_append (out, "<section class=\"part\" id=\"coverage\">\n");
  ptce_report_heading (ctx, 2, NULL, _("Coverage"));
  g_string_append (out, "<p>");
  {
    g_autofree char *n_communes = ptce_report_format_number (n_communes_covered, 0, ctx->numbers);
    g_autofree char *population = ptce_report_format_number ((double) covered_population, 0, ctx->numbers);

    ptce_report_append_printf (out, _("The territories of the poles cover %s communes and %s inhabitants, each commune counted once however many poles cover it."),
                               n_communes, population);
    ptce_report_append_citation (ctx, ptce_geography_get_source (ctx->geography));
  }
  g_string_append (out, "</p>\n");
  {
    const char *headers[] = { _("Département"), _("Code"), _("#Poles"), _("#Population"),
                              _("#Population covered"), NULL };

    append_areas_with_a_pole (ctx, observatory, G_LIST_MODEL (area_poles), PTCE_AREA_LEVEL_DEPARTEMENT,
                              area, code, _("Départements with a pole"), headers);
  }
  {
    const char *headers[] = { _("EPCI"), _("SIREN"), _("#Poles"), _("#Population"),
                              _("#Population covered"), NULL };

    append_areas_with_a_pole (ctx, observatory, G_LIST_MODEL (area_poles), PTCE_AREA_LEVEL_EPCI,
                              area, code, _("EPCI with a pole"), headers);
  }
  g_string_append (out, "</section>\n");

  /* The diagnosis of each pole, in short. */
  if (lines->len > 0)
    {
      g_string_append (out, "<section class=\"part\" id=\"diagnoses\">\n");
      ptce_report_heading (ctx, 2, NULL, _("What is missing, pole by pole"));
      for (guint i = 0; i < lines->len; i++)
        {
          PoleLine *line = lines->pdata[i];
          g_auto(GStrv) missing = ptce_diagnosis_dup_missing_actions (line->diagnosis);

          g_string_append (out, "<h3>");
          ptce_report_append_name (out, ptce_report_pole_name (line->pole));
          g_string_append (out, "</h3>\n");
          ptce_report_append_verdicts (ctx, line->diagnosis, TRUE);
          if (missing[0] == NULL)
            {
              g_string_append (out, "<p>");
              ptce_report_append_text (out, _("Nothing is missing to be eligible to a State call."));
              g_string_append (out, "</p>\n");
              continue;
            }
          g_string_append (out, "<ul class=\"missing\">\n");
          for (guint m = 0; missing[m] != NULL; m++)
            {
              g_string_append (out, "<li>");
              ptce_report_append_text (out, missing[m]);
              g_string_append (out, "</li>\n");
            }
          g_string_append (out, "</ul>\n");
        }
      g_string_append (out, "</section>\n");
    }
  return TRUE;
}
