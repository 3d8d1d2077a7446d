/* ptce-report-territory.c: the report of the poles of a territory
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Coverage and totals are computed here from the public model and
 * reference API; they are meant to give way to the observatory's
 * indicators (libptce/analysis/) once those exist. */
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

static void
count_members (PtceReportContext *ctx,
               PoleLine          *line,
               GHashTable        *all_members,
               GHashTable        *all_ess)
{
  g_autoptr(GListModel) members = ptce_pole_list_members_on (line->pole, ctx->when);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GListModel) cooperations = ptce_pole_list_cooperations_active_on (line->pole, ctx->when);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (members, i);
      PtceActor *actor = ptce_membership_get_actor (membership);

      if (!g_hash_table_add (seen, actor))
        continue;
      line->n_members++;
      g_hash_table_add (all_members, actor);
      if (ptce_actor_is_ess_enterprise (actor))
        {
          line->n_ess++;
          g_hash_table_add (all_ess, actor);
        }
    }
  line->n_cooperations = g_list_model_get_n_items (cooperations);
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The keys of @table, sorted (borrowed strings). */
static GPtrArray *
sorted_keys (GHashTable *table)
{
  GPtrArray *keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_codes);
  return keys;
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
  g_autoptr(GHashTable) covered = g_hash_table_new (g_str_hash, g_str_equal);       /* commune code → PtceCommune */
  g_autoptr(GHashTable) epci_poles = g_hash_table_new (g_str_hash, g_str_equal);    /* SIREN → count */
  g_autoptr(GHashTable) dep_poles = g_hash_table_new (g_str_hash, g_str_equal);     /* code → count */
  g_autoptr(GHashTable) all_members = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) all_ess = g_hash_table_new (NULL, NULL);
  g_autoptr(GListStore) commune_refs = g_list_store_new (G_TYPE_OBJECT);
  guint64 area_population = 0, covered_population = 0;
  guint n_cooperations = 0, n_met = 0, n_not_met = 0, n_undetermined = 0;
  g_autofree char *name = area_name (ctx, area, code, &area_population);
  GString *out = ctx->out;

  for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      PtceTerritory *territory = ptce_pole_get_territory (pole);
      g_autoptr(PtceResolvedTerritory) resolved = NULL;
      g_autoptr(GListModel) communes = NULL;
      g_autoptr(GHashTable) pole_epcis = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) pole_deps = g_hash_table_new (g_str_hash, g_str_equal);
      PoleLine *line;
      GHashTableIter iter;
      gpointer key;

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
          if (!g_hash_table_contains (covered, commune_code))
            {
              /* The geography owns its communes; keep them for this call. */
              g_list_store_append (commune_refs, commune);
              g_hash_table_insert (covered, (gpointer) commune_code, commune);
              covered_population += ptce_commune_get_population (commune);
            }
          if (ptce_commune_get_epci (commune) != NULL)
            g_hash_table_add (pole_epcis, (gpointer) ptce_commune_get_epci (commune));
          if (ptce_commune_get_departement (commune) != NULL)
            g_hash_table_add (pole_deps, (gpointer) ptce_commune_get_departement (commune));
        }
      if (area != PTCE_REPORT_AREA_ALL && g_hash_table_size (line->communes) == 0)
        {
          pole_line_free (line);
          continue;
        }
      g_hash_table_iter_init (&iter, pole_epcis);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_insert (epci_poles, key,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (epci_poles, key)) + 1));
      g_hash_table_iter_init (&iter, pole_deps);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_insert (dep_poles, key,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (dep_poles, key)) + 1));

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
      count_members (ctx, line, all_members, all_ess);
      n_cooperations += line->n_cooperations;
      g_ptr_array_add (lines, line);
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
      { _("Members (each counted once)"), g_hash_table_size (all_members) },
      { _("ESS enterprises among them"), g_hash_table_size (all_ess) },
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
      ptce_report_number_cell (ctx, g_hash_table_size (all_members));
      ptce_report_number_cell (ctx, g_hash_table_size (all_ess));
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
    g_autofree char *n_communes = ptce_report_format_number (g_hash_table_size (covered), 0, ctx->numbers);
    g_autofree char *population = ptce_report_format_number ((double) covered_population, 0, ctx->numbers);

    ptce_report_append_printf (out, _("The territories of the poles cover %s communes and %s inhabitants, each commune counted once however many poles cover it."),
                               n_communes, population);
    ptce_report_append_citation (ctx, ptce_geography_get_source (ctx->geography));
  }
  g_string_append (out, "</p>\n");
  {
    g_autoptr(GPtrArray) deps = sorted_keys (dep_poles);
    const char *headers[] = { _("Département"), _("Code"), _("#Poles"), _("#Population"), NULL };

    if (deps->len > 0)
      {
        ptce_report_open_table (ctx, _("Départements with a pole"), headers);
        for (guint i = 0; i < deps->len; i++)
          {
            g_autoptr(PtceDepartement) dep = ptce_geography_lookup_departement (ctx->geography, deps->pdata[i]);

            g_string_append (out, "<tr>");
            ptce_report_row_header (ctx, dep != NULL ? ptce_departement_get_name (dep) : deps->pdata[i]);
            ptce_report_cell (ctx, deps->pdata[i]);
            ptce_report_number_cell (ctx, GPOINTER_TO_UINT (g_hash_table_lookup (dep_poles, deps->pdata[i])));
            ptce_report_number_cell (ctx, dep != NULL ? (double) ptce_departement_get_population (dep) : 0);
            g_string_append (out, "</tr>\n");
          }
        ptce_report_close_table (ctx);
      }
  }
  {
    g_autoptr(GPtrArray) epcis = sorted_keys (epci_poles);
    const char *headers[] = { _("EPCI"), _("SIREN"), _("#Poles"), _("#Population"), NULL };

    if (epcis->len > 0)
      {
        ptce_report_open_table (ctx, _("EPCI with a pole"), headers);
        for (guint i = 0; i < epcis->len; i++)
          {
            g_autoptr(PtceEpci) epci = ptce_geography_lookup_epci (ctx->geography, epcis->pdata[i]);

            g_string_append (out, "<tr>");
            ptce_report_row_header (ctx, epci != NULL ? ptce_epci_get_name (epci) : epcis->pdata[i]);
            ptce_report_cell (ctx, epcis->pdata[i]);
            ptce_report_number_cell (ctx, GPOINTER_TO_UINT (g_hash_table_lookup (epci_poles, epcis->pdata[i])));
            ptce_report_number_cell (ctx, epci != NULL ? ptce_epci_get_population (epci) : 0);
            g_string_append (out, "</tr>\n");
          }
        ptce_report_close_table (ctx);
      }
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
