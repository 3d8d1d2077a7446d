/* ptce-report-pole.c: the report of one pole
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-report-private.h"
#include "ptce-cooperation.h"
#include "ptce-diagnosis.h"
#include "ptce-enum-types.h"
#include "ptce-finding.h"
#include "ptce-i18n-private.h"
#include "ptce-membership.h"
#include "ptce-observation.h"
#include "ptce-resolved-territory.h"
#include "ptce-commune.h"
#include "ptce-epci.h"
#include "ptce-departement.h"

/* More communes than this are listed by count only, past the first ones. */
#define MAX_COMMUNES_LISTED 40

void
ptce_report_heading (PtceReportContext *ctx,
          int                level,
          const char        *id,
          const char        *text)
{
  if (id != NULL)
    g_string_append_printf (ctx->out, "<h%d id=\"%s\">", level, id);
  else
    g_string_append_printf (ctx->out, "<h%d>", level);
  ptce_report_append_text (ctx->out, text);
  g_string_append_printf (ctx->out, "</h%d>\n", level);
}

void
ptce_report_number_cell (PtceReportContext *ctx,
                    double             value)
{
  g_autofree char *text = ptce_report_format_number (value, 2, ctx->numbers);

  g_string_append (ctx->out, "<td class=\"num\">");
  g_string_append (ctx->out, text);
  g_string_append (ctx->out, "</td>");
}

void
ptce_report_cell (PtceReportContext *ctx,
             const char        *text)
{
  g_string_append (ctx->out, "<td>");
  ptce_report_append_text (ctx->out, text);
  g_string_append (ctx->out, "</td>");
}

void
ptce_report_row_header (PtceReportContext *ctx,
                   const char        *text)
{
  g_string_append (ctx->out, "<th scope=\"row\">");
  ptce_report_append_name (ctx->out, text);
  g_string_append (ctx->out, "</th>");
}

static void
append_fact (PtceReportContext *ctx,
             const char        *term,
             const char        *value)
{
  g_string_append (ctx->out, "<dt>");
  ptce_report_append_text (ctx->out, term);
  g_string_append (ctx->out, "</dt><dd>");
  ptce_report_append_name (ctx->out, value);
  g_string_append (ctx->out, "</dd>\n");
}

/* ------------------------------------------------------------------ */
/* Verdicts and diagnosis                                             */

void
ptce_report_append_verdicts (PtceReportContext *ctx,
                             PtceDiagnosis     *diagnosis,
                             gboolean           compact)
{
  const struct { const char *question; PtceFindingLevel level; } questions[] = {
    { N_("Meets the definition of a PTCE"), PTCE_FINDING_LEVEL_DEFINITION },
    { N_("Shown by the data without warning"), PTCE_FINDING_LEVEL_EVIDENCE },
    { N_("Eligible to a State call"), PTCE_FINDING_LEVEL_ELIGIBILITY },
  };

  g_string_append (ctx->out, compact ? "<dl class=\"verdict-list\">" : "<dl>");
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      PtceVerdict verdict = ptce_diagnosis_get_verdict (diagnosis, questions[i].level);

      g_string_append (ctx->out, "<dt>");
      ptce_report_append_text (ctx->out, _(questions[i].question));
      g_string_append_printf (ctx->out, "</dt><dd class=\"verdict verdict-%s\">",
                              verdict == PTCE_VERDICT_MET ? "met"
                              : verdict == PTCE_VERDICT_NOT_MET ? "not-met" : "undetermined");
      ptce_report_append_text (ctx->out, ptce_report_verdict_label (verdict));
      g_string_append (ctx->out, "</dd>\n");
    }
  g_string_append (ctx->out, "</dl>\n");
}

static void
append_finding (PtceReportContext *ctx,
                PtceFinding       *finding)
{
  PtceFindingStatus status = ptce_finding_get_status (finding);
  const char *remedy = ptce_finding_get_remedy (finding);
  const char *quote = ptce_finding_get_legal_quote (finding);
  g_autofree char *reference = ptce_finding_dup_reference (finding);
  const char *klass = status == PTCE_FINDING_STATUS_MET ? "met"
                      : status == PTCE_FINDING_STATUS_NOT_MET ? "not-met"
                      : status == PTCE_FINDING_STATUS_UNDETERMINED ? "undetermined" : "note";

  g_string_append_printf (ctx->out, "<article class=\"finding %s\" data-rule=\"", klass);
  ptce_report_append_text (ctx->out, ptce_finding_get_rule_id (finding));
  g_string_append (ctx->out, "\">\n<h4><span class=\"status\">");
  ptce_report_append_text (ctx->out, ptce_report_status_label (status));
  g_string_append (ctx->out, "</span> ");
  ptce_report_append_printf (ctx->out, C_("report: rule, title", "%s — %s"),
                             ptce_finding_get_rule_id (finding), ptce_finding_get_title (finding));
  g_string_append (ctx->out, "</h4>\n<p>");
  ptce_report_append_text (ctx->out, ptce_finding_get_message (finding));
  g_string_append (ctx->out, "</p>\n");
  if (remedy != NULL && *remedy != '\0' && status != PTCE_FINDING_STATUS_MET)
    {
      g_string_append (ctx->out, "<p><strong>");
      ptce_report_append_text (ctx->out, _("To do:"));
      g_string_append (ctx->out, "</strong> ");
      ptce_report_append_text (ctx->out, remedy);
      g_string_append (ctx->out, "</p>\n");
    }
  if (quote != NULL && *quote != '\0')
    {
      /* The law in its own words: French, whatever the report's language. */
      g_string_append (ctx->out, "<blockquote lang=\"fr\"><p>« ");
      ptce_report_append_text (ctx->out, quote);
      g_string_append (ctx->out, " »</p></blockquote>\n");
    }
  g_string_append (ctx->out, "<p class=\"ref\">");
  ptce_report_append_text (ctx->out, reference);
  g_string_append (ctx->out, "</p>\n</article>\n");
}

static void
append_diagnosis (PtceReportContext *ctx,
                  PtceDiagnosis     *diagnosis)
{
  static const PtceFindingLevel levels[] = {
    PTCE_FINDING_LEVEL_DEFINITION,
    PTCE_FINDING_LEVEL_ELIGIBILITY,
    PTCE_FINDING_LEVEL_EVIDENCE,
    PTCE_FINDING_LEVEL_INFORMATION,
  };
  GListModel *findings = ptce_diagnosis_get_findings (diagnosis);
  g_auto(GStrv) missing = ptce_diagnosis_dup_missing_actions (diagnosis);

  g_string_append (ctx->out, "<section class=\"part\" id=\"diagnosis\">\n");
  ptce_report_heading (ctx, 2, NULL, _("Diagnosis"));
  g_string_append (ctx->out, "<p>");
  ptce_report_append_printf (ctx->out, _("As of %s, against article 9 of loi n° 2014-856 and décret n° 2015-431 (rule set %s: %s)."),
                             ctx->when_text, ptce_diagnosis_get_ruleset_version (diagnosis),
                             ptce_diagnosis_get_legal_basis (diagnosis));
  g_string_append (ctx->out, "</p>\n");

  ptce_report_heading (ctx, 3, NULL, _("What is missing to be eligible to a State call"));
  if (missing[0] == NULL)
    {
      g_string_append (ctx->out, "<p>");
      ptce_report_append_text (ctx->out, _("Nothing is missing to be eligible to a State call."));
      g_string_append (ctx->out, "</p>\n");
    }
  else
    {
      g_string_append (ctx->out, "<ul class=\"missing\">\n");
      for (guint i = 0; missing[i] != NULL; i++)
        {
          g_string_append (ctx->out, "<li>");
          ptce_report_append_text (ctx->out, missing[i]);
          g_string_append (ctx->out, "</li>\n");
        }
      g_string_append (ctx->out, "</ul>\n");
    }

  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
        {
          g_autoptr(PtceFinding) finding = g_list_model_get_item (findings, i);

          if (ptce_finding_get_level (finding) != levels[l])
            continue;
          if (!any)
            ptce_report_heading (ctx, 3, NULL, ptce_report_level_heading (levels[l]));
          any = TRUE;
          append_finding (ctx, finding);
        }
    }
  g_string_append (ctx->out, "</section>\n");
}

/* ------------------------------------------------------------------ */
/* Identity                                                           */

static void
append_territory (PtceReportContext *ctx,
                  PtcePole          *pole)
{
  PtceTerritory *territory = ptce_pole_get_territory (pole);
  g_autoptr(PtceResolvedTerritory) resolved = NULL;
  g_autoptr(GListModel) communes = NULL;
  g_auto(GStrv) epcis = NULL;
  g_auto(GStrv) departements = NULL;
  guint n_communes;
  const char *geo_source = ptce_geography_get_source (ctx->geography);

  ptce_report_heading (ctx, 3, NULL, _("Territory"));
  if (territory == NULL)
    {
      g_string_append (ctx->out, "<p>");
      ptce_report_append_text (ctx->out, _("The dataset gives no territory for this pole."));
      g_string_append (ctx->out, "</p>\n");
      return;
    }

  resolved = ptce_geography_resolve (ctx->geography, territory);
  communes = ptce_resolved_territory_list_communes (resolved);
  epcis = ptce_resolved_territory_dup_epcis (resolved);
  departements = ptce_resolved_territory_dup_departements (resolved);
  n_communes = g_list_model_get_n_items (communes);

  g_string_append (ctx->out, "<dl class=\"facts\">\n");
  append_fact (ctx, _("Name"), ptce_territory_get_name (territory) != NULL
               ? ptce_territory_get_name (territory) : _("(no name)"));
  append_fact (ctx, _("Scale"), ptce_report_scale_label (ptce_territory_get_scale (territory)));
  {
    g_autofree char *n = ptce_report_format_number (n_communes, 0, ctx->numbers);

    append_fact (ctx, _("Communes"), n);
  }
  {
    g_autofree char *population = ptce_report_format_number ((double) ptce_resolved_territory_get_population (resolved),
                                                             0, ctx->numbers);

    g_string_append (ctx->out, "<dt>");
    ptce_report_append_text (ctx->out, _("Population"));
    g_string_append (ctx->out, "</dt><dd>");
    ptce_report_append_printf (ctx->out, _("%s inhabitants (COG %s)"), population,
                               ptce_resolved_territory_get_vintage (resolved));
    ptce_report_append_citation (ctx, geo_source);
    g_string_append (ctx->out, "</dd>\n");
  }
  g_string_append (ctx->out, "</dl>\n");

  if (epcis[0] != NULL)
    {
      const char *headers[] = { _("EPCI"), _("SIREN"), _("#Population"), NULL };

      ptce_report_open_table (ctx, _("EPCI of the territory"), headers);
      for (guint i = 0; epcis[i] != NULL; i++)
        {
          g_autoptr(PtceEpci) epci = ptce_geography_lookup_epci (ctx->geography, epcis[i]);

          g_string_append (ctx->out, "<tr>");
          ptce_report_row_header (ctx, epci != NULL ? ptce_epci_get_name (epci) : epcis[i]);
          ptce_report_cell (ctx, epcis[i]);
          ptce_report_number_cell (ctx, epci != NULL ? ptce_epci_get_population (epci) : 0);
          g_string_append (ctx->out, "</tr>\n");
        }
      ptce_report_close_table (ctx);
    }

  if (departements[0] != NULL)
    {
      g_string_append (ctx->out, "<p>");
      ptce_report_append_text (ctx->out, _("Départements:"));
      for (guint i = 0; departements[i] != NULL; i++)
        {
          g_autoptr(PtceDepartement) dep = ptce_geography_lookup_departement (ctx->geography, departements[i]);

          g_string_append (ctx->out, i > 0 ? ", " : " ");
          ptce_report_append_text (ctx->out, departements[i]);
          if (dep != NULL)
            {
              g_string_append (ctx->out, " ");
              ptce_report_append_text (ctx->out, ptce_departement_get_name (dep));
            }
        }
      g_string_append (ctx->out, "</p>\n");
    }

  if (n_communes > 0)
    {
      const char *headers[] = { _("Commune"), _("Code"), _("EPCI"), _("#Population"), NULL };
      g_autofree char *caption = NULL;

      if (n_communes > MAX_COMMUNES_LISTED)
        caption = g_strdup_printf (_("Communes of the territory (the first %u of %u)"),
                                   MAX_COMMUNES_LISTED, n_communes);
      else
        caption = g_strdup (_("Communes of the territory"));
      ptce_report_open_table (ctx, caption, headers);
      for (guint i = 0; i < n_communes && i < MAX_COMMUNES_LISTED; i++)
        {
          g_autoptr(PtceCommune) commune = g_list_model_get_item (communes, i);

          g_string_append (ctx->out, "<tr>");
          ptce_report_row_header (ctx, ptce_commune_get_name (commune));
          ptce_report_cell (ctx, ptce_commune_get_code (commune));
          ptce_report_cell (ctx, ptce_commune_get_epci (commune) != NULL ? ptce_commune_get_epci (commune) : "");
          ptce_report_number_cell (ctx, ptce_commune_get_population (commune));
          g_string_append (ctx->out, "</tr>\n");
        }
      ptce_report_close_table (ctx);
    }
}

static void
append_identity (PtceReportContext *ctx,
                 PtcePole          *pole)
{
  PtceActor *carrier = ptce_pole_get_carrier (pole);
  g_autofree char *founded = ptce_report_date_text (ptce_pole_get_founded (pole));
  g_autofree char *dissolved = ptce_report_date_text (ptce_pole_get_dissolved (pole));
  const char *description = ptce_pole_get_description (pole);
  guint n_changes = ptce_pole_get_n_stage_changes (pole);

  g_string_append (ctx->out, "<section class=\"part\" id=\"identity\">\n");
  ptce_report_heading (ctx, 2, NULL, _("Identity"));
  if (description != NULL && *description != '\0')
    {
      g_string_append (ctx->out, "<p>");
      ptce_report_append_name (ctx->out, description);
      g_string_append (ctx->out, "</p>\n");
    }
  g_string_append (ctx->out, "<dl class=\"facts\">\n");
  append_fact (ctx, _("Identifier"), ptce_pole_get_id (pole));
  if (carrier != NULL)
    {
      g_autofree char *text = ptce_actor_get_siren (carrier) != NULL
        ? g_strdup_printf (C_("report: name (SIREN)", "%s (SIREN %s)"), ptce_report_actor_name (carrier),
                           ptce_actor_get_siren (carrier))
        : g_strdup (ptce_report_actor_name (carrier));

      append_fact (ctx, _("Carried by"), text);
    }
  else
    append_fact (ctx, _("Carried by"), _("not given"));
  append_fact (ctx, _("Legal form"), ptce_report_legal_form_label (ptce_pole_get_legal_form (pole)));
  append_fact (ctx, _("Founded"), *founded != '\0' ? founded : _("not given"));
  if (*dissolved != '\0')
    append_fact (ctx, _("Dissolved"), dissolved);
  append_fact (ctx, _("Stage on the date of the report"),
               ptce_pole_exists_on (pole, ctx->when)
               ? ptce_report_stage_label (ptce_pole_get_stage_on (pole, ctx->when))
               : _("does not exist on that date"));
  g_string_append (ctx->out, "</dl>\n");

  if (n_changes > 0)
    {
      const char *headers[] = { _("Stage"), _("Since"), NULL };

      ptce_report_open_table (ctx, _("Stage history"), headers);
      for (guint i = 0; i < n_changes; i++)
        {
          PtceDate *since = NULL;
          PtceStage stage = ptce_pole_get_stage_change (pole, i, &since);
          g_autofree char *since_text = ptce_report_date_text (since);

          g_string_append (ctx->out, "<tr>");
          ptce_report_row_header (ctx, ptce_report_stage_label (stage));
          ptce_report_cell (ctx, *since_text != '\0' ? since_text : _("not given"));
          g_string_append (ctx->out, "</tr>\n");
        }
      ptce_report_close_table (ctx);
    }

  append_territory (ctx, pole);
  g_string_append (ctx->out, "</section>\n");
}

/* ------------------------------------------------------------------ */
/* Members                                                            */

static char *
roles_text (PtceMembershipRole roles)
{
  static const struct { PtceMembershipRole role; const char *label; } names[] = {
    { PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER, N_("founding member") },
    { PTCE_MEMBERSHIP_ROLE_MEMBER, N_("member") },
    { PTCE_MEMBERSHIP_ROLE_ANIMATOR, N_("animator") },
    { PTCE_MEMBERSHIP_ROLE_TENANT, N_("tenant") },
    { PTCE_MEMBERSHIP_ROLE_PARTNER, N_("partner") },
    { PTCE_MEMBERSHIP_ROLE_FUNDER, N_("funder") },
    { PTCE_MEMBERSHIP_ROLE_RESEARCH_PARTNER, N_("research partner") },
    { PTCE_MEMBERSHIP_ROLE_OBSERVER, N_("observer") },
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (roles & names[i].role)
      {
        if (out->len > 0)
          g_string_append (out, ", ");
        g_string_append (out, _(names[i].label));
      }
  return g_string_free (out, FALSE);
}

static const PtceActorKind kind_order[] = {
  PTCE_ACTOR_KIND_ENTERPRISE,
  PTCE_ACTOR_KIND_ENTERPRISE_GROUPING,
  PTCE_ACTOR_KIND_LOCAL_AUTHORITY,
  PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING,
  PTCE_ACTOR_KIND_RESEARCH_CENTRE,
  PTCE_ACTOR_KIND_HIGHER_EDUCATION,
  PTCE_ACTOR_KIND_TRAINING_BODY,
  PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON,
  PTCE_ACTOR_KIND_NATURAL_PERSON,
  PTCE_ACTOR_KIND_UNKNOWN,
};

static const PtceEssFamily family_order[] = {
  PTCE_ESS_FAMILY_ASSOCIATION,
  PTCE_ESS_FAMILY_COOPERATIVE,
  PTCE_ESS_FAMILY_MUTUAL,
  PTCE_ESS_FAMILY_FOUNDATION,
  PTCE_ESS_FAMILY_COMMERCIAL_COMPANY,
  PTCE_ESS_FAMILY_NONE,
  PTCE_ESS_FAMILY_UNKNOWN,
};

static void
append_members (PtceReportContext *ctx,
                PtcePole          *pole)
{
  g_autoptr(GListModel) members = ptce_pole_list_members_on (pole, ctx->when);
  g_autoptr(GListModel) active = ptce_pole_list_memberships_active_on (pole, ctx->when);
  g_autoptr(GHashTable) member_set = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) row_labels = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr(GString) alt = g_string_new (NULL);
  guint kind_members[G_N_ELEMENTS (kind_order)] = { 0 };
  guint kind_ess[G_N_ELEMENTS (kind_order)] = { 0 };
  guint kind_links[G_N_ELEMENTS (kind_order)] = { 0 };
  guint family_count[G_N_ELEMENTS (family_order)] = { 0 };
  guint n_members = 0, n_links = 0, n_ess = 0;
  const char *series[2];

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (members, i);
      PtceActor *actor = ptce_membership_get_actor (membership);

      if (!g_hash_table_add (member_set, actor))
        continue;
      n_members++;
      for (guint k = 0; k < G_N_ELEMENTS (kind_order); k++)
        if (kind_order[k] == ptce_actor_get_kind (actor))
          {
            kind_members[k]++;
            if (ptce_actor_is_ess_enterprise (actor))
              kind_ess[k]++;
          }
      if (ptce_actor_is_ess_enterprise (actor))
        n_ess++;
      for (guint f = 0; f < G_N_ELEMENTS (family_order); f++)
        if (family_order[f] == ptce_actor_get_ess_family (actor))
          family_count[f]++;
    }
  {
    g_autoptr(GHashTable) link_set = g_hash_table_new (NULL, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (active); i++)
      {
        g_autoptr(PtceMembership) membership = g_list_model_get_item (active, i);
        PtceActor *actor = ptce_membership_get_actor (membership);

        if (g_hash_table_contains (member_set, actor) || !g_hash_table_add (link_set, actor))
          continue;
        n_links++;
        for (guint k = 0; k < G_N_ELEMENTS (kind_order); k++)
          if (kind_order[k] == ptce_actor_get_kind (actor))
            kind_links[k]++;
      }
  }

  g_string_append (ctx->out, "<section class=\"part\" id=\"members\">\n");
  ptce_report_heading (ctx, 2, NULL, _("Members"));
  g_string_append (ctx->out, "<p>");
  {
    g_autofree char *a = g_strdup_printf ("%u", n_members);
    g_autofree char *b = g_strdup_printf ("%u", n_ess);
    g_autofree char *c = g_strdup_printf ("%u", n_links);

    /* TRANSLATORS: article 9 I: members « s'associent », and the pole is
     * « en lien avec » other bodies (partner links) */
    ptce_report_append_printf (ctx->out, _("On %s: %s members, of which %s ESS enterprises; %s partner links (« en lien avec »)."),
                               ctx->when_text, a, b, c);
  }
  g_string_append (ctx->out, "</p>\n");

  /* By article 9 kind: ESS enterprises and the other members, stacked. */
  ptce_report_heading (ctx, 3, NULL, _("Members by article 9 kind"));
  series[0] = _("ESS enterprises");
  series[1] = _("other members");
  g_string_append_printf (alt, _("Bar chart of the members on %s by article 9 kind, ESS enterprises and other members:"),
                          ctx->when_text);
  for (guint k = 0; k < G_N_ELEMENTS (kind_order); k++)
    {
      double v[2] = { kind_ess[k], kind_members[k] - kind_ess[k] };

      if (kind_members[k] == 0)
        continue;
      g_ptr_array_add (row_labels, (gpointer) ptce_report_kind_label (kind_order[k]));
      g_array_append_vals (values, v, 2);
      g_string_append_printf (alt, _(" %s %u (ESS %u);"), ptce_report_kind_label (kind_order[k]),
                              kind_members[k], kind_ess[k]);
    }
  if (row_labels->len > 0)
    {
      g_autoptr(GString) svg = g_string_new (NULL);
      g_autofree char *id = ptce_report_new_id (ctx, "chart-kinds");
      PtceReportBarChart chart = {
        .id = id, .alt = alt->str, .n_rows = row_labels->len,
        .row_labels = (const char * const *) row_labels->pdata,
        .n_series = 2, .series_labels = series, .values = (double *) values->data,
        .integer = TRUE, .numbers = ctx->numbers,
      };

      alt->str[alt->len - 1] = '.';
      ptce_report_chart_bars (svg, &chart);
      ptce_report_append_figure (ctx, svg->str, alt->str);
    }
  {
    const char *headers[] = { _("Kind (article 9)"), _("#Members"), _("#of which ESS"), _("#Partner links"), NULL };

    ptce_report_open_table (ctx, _("Members and partner links by article 9 kind"), headers);
    for (guint k = 0; k < G_N_ELEMENTS (kind_order); k++)
      {
        if (kind_members[k] == 0 && kind_links[k] == 0)
          continue;
        g_string_append (ctx->out, "<tr>");
        ptce_report_row_header (ctx, ptce_report_kind_label (kind_order[k]));
        ptce_report_number_cell (ctx, kind_members[k]);
        ptce_report_number_cell (ctx, kind_ess[k]);
        ptce_report_number_cell (ctx, kind_links[k]);
        g_string_append (ctx->out, "</tr>\n");
      }
    g_string_append (ctx->out, "<tr>");
    ptce_report_row_header (ctx, _("Total"));
    ptce_report_number_cell (ctx, n_members);
    ptce_report_number_cell (ctx, n_ess);
    ptce_report_number_cell (ctx, n_links);
    g_string_append (ctx->out, "</tr>\n");
    ptce_report_close_table (ctx);
  }

  /* By ESS family. */
  ptce_report_heading (ctx, 3, NULL, _("Members by ESS family"));
  g_ptr_array_set_size (row_labels, 0);
  g_array_set_size (values, 0);
  g_string_truncate (alt, 0);
  g_string_append_printf (alt, _("Bar chart of the members on %s by ESS family:"), ctx->when_text);
  for (guint f = 0; f < G_N_ELEMENTS (family_order); f++)
    {
      double v = family_count[f];

      if (family_count[f] == 0)
        continue;
      g_ptr_array_add (row_labels, (gpointer) ptce_report_family_label (family_order[f]));
      g_array_append_val (values, v);
      g_string_append_printf (alt, " %s %u;", ptce_report_family_label (family_order[f]), family_count[f]);
    }
  if (row_labels->len > 0)
    {
      g_autoptr(GString) svg = g_string_new (NULL);
      g_autofree char *id = ptce_report_new_id (ctx, "chart-families");
      const char *one[] = { _("Members") };
      PtceReportBarChart chart = {
        .id = id, .alt = alt->str, .n_rows = row_labels->len,
        .row_labels = (const char * const *) row_labels->pdata,
        .n_series = 1, .series_labels = one, .values = (double *) values->data,
        .integer = TRUE, .numbers = ctx->numbers,
      };
      const char *headers[] = { _("ESS family"), _("#Members"), NULL };

      alt->str[alt->len - 1] = '.';
      ptce_report_chart_bars (svg, &chart);
      ptce_report_append_figure (ctx, svg->str, alt->str);
      ptce_report_open_table (ctx, _("Members by ESS family"), headers);
      for (guint f = 0; f < G_N_ELEMENTS (family_order); f++)
        {
          if (family_count[f] == 0)
            continue;
          g_string_append (ctx->out, "<tr>");
          ptce_report_row_header (ctx, ptce_report_family_label (family_order[f]));
          ptce_report_number_cell (ctx, family_count[f]);
          g_string_append (ctx->out, "</tr>\n");
        }
      ptce_report_close_table (ctx);
    }
  else
    {
      g_string_append (ctx->out, "<p>");
      ptce_report_append_text (ctx->out, _("No member on that date."));
      g_string_append (ctx->out, "</p>\n");
    }
  g_string_append (ctx->out, "</section>\n");
}

/* ------------------------------------------------------------------ */
/* Membership timeline                                                */

static int
compare_memberships (gconstpointer a,
                     gconstpointer b)
{
  PtceMembership *ma = *(PtceMembership **) a;
  PtceMembership *mb = *(PtceMembership **) b;
  PtceDate *sa = ptce_membership_get_start (ma);
  PtceDate *sb = ptce_membership_get_start (mb);

  if (sa == NULL || sb == NULL)
    return (sa == NULL) - (sb == NULL);
  return ptce_date_compare (sa, sb);
}

static void
append_timeline (PtceReportContext *ctx,
                 PtcePole          *pole)
{
  GListModel *memberships = ptce_pole_get_memberships (pole);
  guint n = g_list_model_get_n_items (memberships);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree guint32 *starts = NULL;
  g_autofree guint32 *ends = NULL;
  guint32 until = ptce_date_get_last_julian (ctx->when);
  g_autoptr(GString) alt = g_string_new (NULL);
  guint n_shown = 0;

  g_string_append (ctx->out, "<section class=\"part\" id=\"timeline\">\n");
  ptce_report_heading (ctx, 2, NULL, _("Membership timeline"));

  for (guint i = 0; i < n; i++)
    {
      PtceMembership *membership = g_list_model_get_item (memberships, i);
      PtceDate *start = ptce_membership_get_start (membership);

      /* What has not begun on the date of the report is not told. */
      if (start != NULL && ptce_date_get_first_julian (start) > until)
        g_object_unref (membership);
      else
        g_ptr_array_add (sorted, membership);
    }
  g_ptr_array_sort (sorted, compare_memberships);
  starts = g_new0 (guint32, sorted->len + 1);
  ends = g_new0 (guint32, sorted->len + 1);

  g_string_append_printf (alt, _("Timeline of the %u memberships and partner links up to %s:"),
                          sorted->len, ctx->when_text);
  for (guint i = 0; i < sorted->len; i++)
    {
      PtceMembership *membership = sorted->pdata[i];
      PtceDate *start = ptce_membership_get_start (membership);
      PtceDate *end = ptce_membership_get_end (membership);
      g_autofree char *s = ptce_report_date_text (start);
      g_autofree char *e = ptce_report_date_text (end);

      g_ptr_array_add (labels, (gpointer) ptce_report_actor_name (ptce_membership_get_actor (membership)));
      starts[i] = start != NULL ? ptce_date_get_first_julian (start) : 0;
      ends[i] = end != NULL && ptce_date_get_last_julian (end) <= until ? ptce_date_get_last_julian (end) : 0;
      g_string_append_printf (alt, " %s %s–%s;", ptce_report_actor_name (ptce_membership_get_actor (membership)),
                              *s != '\0' ? s : "?", ends[i] != 0 ? e : "");
      n_shown++;
    }

  if (n_shown == 0)
    {
      g_string_append (ctx->out, "<p>");
      ptce_report_append_text (ctx->out, _("The dataset records no membership for this pole."));
      g_string_append (ctx->out, "</p>\n</section>\n");
      return;
    }

  {
    g_autoptr(GString) svg = g_string_new (NULL);
    g_autofree char *id = ptce_report_new_id (ctx, "chart-timeline");
    PtceReportTimelineChart chart = {
      .id = id, .alt = alt->str, .n_rows = labels->len,
      .row_labels = (const char * const *) labels->pdata,
      .starts = starts, .ends = ends, .until = until, .numbers = ctx->numbers,
    };

    alt->str[alt->len - 1] = '.';
    ptce_report_chart_timeline (svg, &chart);
    ptce_report_append_figure (ctx, svg->str, alt->str);
    g_string_append (ctx->out, "<p class=\"meta\">");
    ptce_report_append_text (ctx->out, _("A lighter bar starting at the left edge: the date of joining is not known. The dashed line is the date of the report."));
    g_string_append (ctx->out, "</p>\n");
  }

  {
    const char *headers[] = { _("Member or partner"), _("Roles"), _("Joined"), _("Left"), NULL };

    ptce_report_open_table (ctx, _("Memberships and partner links"), headers);
    for (guint i = 0; i < sorted->len; i++)
      {
        PtceMembership *membership = sorted->pdata[i];
        g_autofree char *roles = roles_text (ptce_membership_get_roles (membership));
        g_autofree char *s = ptce_report_date_text (ptce_membership_get_start (membership));
        g_autofree char *e = ptce_report_date_text (ptce_membership_get_end (membership));

        g_string_append (ctx->out, "<tr>");
        ptce_report_row_header (ctx, ptce_report_actor_name (ptce_membership_get_actor (membership)));
        ptce_report_cell (ctx, roles);
        ptce_report_cell (ctx, *s != '\0' ? s : _("not given"));
        ptce_report_cell (ctx, e);
        g_string_append (ctx->out, "</tr>\n");
      }
    ptce_report_close_table (ctx);
  }
  g_string_append (ctx->out, "</section>\n");
}

/* ------------------------------------------------------------------ */
/* Cooperations                                                       */

static const PtceCooperationMode mode_order[] = {
  PTCE_COOPERATION_MODE_MUTUALISATION,
  PTCE_COOPERATION_MODE_COOPERATION,
  PTCE_COOPERATION_MODE_PARTENARIAT,
};

static void
append_cooperations (PtceReportContext *ctx,
                     PtcePole          *pole)
{
  g_autoptr(GListModel) active = ptce_pole_list_cooperations_active_on (pole, ctx->when);
  g_autoptr(GEnumClass) objects = g_type_class_ref (PTCE_TYPE_COOPERATION_OBJECT);
  guint n = g_list_model_get_n_items (active);
  g_autofree guint *counts = g_new0 (guint, objects->n_values * G_N_ELEMENTS (mode_order));
  guint mode_totals[G_N_ELEMENTS (mode_order)] = { 0 };

  g_string_append (ctx->out, "<section class=\"part\" id=\"cooperations\">\n");
  ptce_report_heading (ctx, 2, NULL, _("Cooperations"));
  g_string_append (ctx->out, "<p>");
  {
    g_autofree char *count = g_strdup_printf ("%u", n);

    ptce_report_append_printf (ctx->out, _("Active on %s: %s cooperations, by the three modes of article 9 I (« mutualisation, coopération ou partenariat »)."),
                               ctx->when_text, count);
  }
  g_string_append (ctx->out, "</p>\n");
  if (n == 0)
    {
      g_string_append (ctx->out, "</section>\n");
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceCooperation) cooperation = g_list_model_get_item (active, i);
      GEnumValue *v = g_enum_get_value (objects, ptce_cooperation_get_object (cooperation));

      for (guint m = 0; m < G_N_ELEMENTS (mode_order); m++)
        if (mode_order[m] == ptce_cooperation_get_mode (cooperation) && v != NULL)
          {
            counts[(v - objects->values) * G_N_ELEMENTS (mode_order) + m]++;
            mode_totals[m]++;
          }
    }

  ptce_report_heading (ctx, 3, NULL, _("Cooperations by object and mode"));
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (double));
    g_autoptr(GString) alt = g_string_new (NULL);
    g_autoptr(GString) svg = g_string_new (NULL);
    g_autofree char *id = ptce_report_new_id (ctx, "chart-cooperations");
    const char *series[G_N_ELEMENTS (mode_order)];
    const char *headers[G_N_ELEMENTS (mode_order) + 3];
    /* g_autofree on an array frees its first element only */
    char *h[G_N_ELEMENTS (mode_order)] = { NULL };

    for (guint m = 0; m < G_N_ELEMENTS (mode_order); m++)
      series[m] = ptce_report_mode_label (mode_order[m]);
    g_string_append_printf (alt, _("Bar chart of the cooperations active on %s by object, stacked by mode:"),
                            ctx->when_text);
    for (guint o = 0; o < objects->n_values; o++)
      {
        guint total = 0;

        for (guint m = 0; m < G_N_ELEMENTS (mode_order); m++)
          total += counts[o * G_N_ELEMENTS (mode_order) + m];
        if (total == 0)
          continue;
        g_ptr_array_add (labels, (gpointer) ptce_report_object_label (objects->values[o].value));
        g_string_append_printf (alt, " %s", ptce_report_object_label (objects->values[o].value));
        for (guint m = 0; m < G_N_ELEMENTS (mode_order); m++)
          {
            double v = counts[o * G_N_ELEMENTS (mode_order) + m];

            g_array_append_val (values, v);
            if (v > 0)
              g_string_append_printf (alt, " %s %u", series[m], (guint) v);
          }
        g_string_append_c (alt, ';');
      }
    alt->str[alt->len - 1] = '.';
    {
      PtceReportBarChart chart = {
        .id = id, .alt = alt->str, .n_rows = labels->len,
        .row_labels = (const char * const *) labels->pdata,
        .n_series = G_N_ELEMENTS (mode_order), .series_labels = series,
        .values = (double *) values->data, .integer = TRUE, .numbers = ctx->numbers,
      };

      ptce_report_chart_bars (svg, &chart);
    }
    ptce_report_append_figure (ctx, svg->str, alt->str);

    headers[0] = _("Object");
    for (guint m = 0; m < G_N_ELEMENTS (mode_order); m++)
      {
        h[m] = g_strconcat ("#", series[m], NULL);
        headers[m + 1] = h[m];
      }
    headers[G_N_ELEMENTS (mode_order) + 1] = _("#Total");
    headers[G_N_ELEMENTS (mode_order) + 2] = NULL;
    ptce_report_open_table (ctx, _("Cooperations by object and mode"), headers);
    for (guint r = 0; r < labels->len; r++)
      {
        double total = 0;

        g_string_append (ctx->out, "<tr>");
        ptce_report_row_header (ctx, labels->pdata[r]);
        for (guint m = 0; m < G_N_ELEMENTS (mode_order); m++)
          {
            double v = g_array_index (values, double, r * G_N_ELEMENTS (mode_order) + m);

            ptce_report_number_cell (ctx, v);
            total += v;
          }
        ptce_report_number_cell (ctx, total);
        g_string_append (ctx->out, "</tr>\n");
      }
    g_string_append (ctx->out, "<tr>");
    ptce_report_row_header (ctx, _("Total"));
    for (guint m = 0; m < G_N_ELEMENTS (mode_order); m++)
      ptce_report_number_cell (ctx, mode_totals[m]);
    ptce_report_number_cell (ctx, n);
    g_string_append (ctx->out, "</tr>\n");
    ptce_report_close_table (ctx);
    for (guint m = 0; m < G_N_ELEMENTS (mode_order); m++)
      g_free (h[m]);
  }

  {
    const char *headers[] = { _("Cooperation"), _("Mode"), _("Object"), _("#Participants"), _("Since"), NULL };

    ptce_report_open_table (ctx, _("Cooperations active on the date of the report"), headers);
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PtceCooperation) cooperation = g_list_model_get_item (active, i);
        const char *description = ptce_cooperation_get_description (cooperation);
        g_autofree char *since = ptce_report_date_text (ptce_cooperation_get_start (cooperation));

        g_string_append (ctx->out, "<tr>");
        ptce_report_row_header (ctx, description != NULL && *description != '\0'
                           ? description : ptce_cooperation_get_id (cooperation));
        ptce_report_cell (ctx, ptce_report_mode_label (ptce_cooperation_get_mode (cooperation)));
        ptce_report_cell (ctx, ptce_report_object_label (ptce_cooperation_get_object (cooperation)));
        ptce_report_number_cell (ctx, g_list_model_get_n_items (ptce_cooperation_get_participants (cooperation)));
        ptce_report_cell (ctx, since);
        g_string_append (ctx->out, "</tr>\n");
      }
    ptce_report_close_table (ctx);
  }
  g_string_append (ctx->out, "</section>\n");
}

/* ------------------------------------------------------------------ */
/* Network                                                            */

/* A row of the network's figures: a term, and a value with @decimals
 * decimals ("—" when it is not defined, NaN). */
static void
network_figure_row (PtceReportContext *ctx,
                    const char        *term,
                    double             value,
                    guint              decimals)
{
  g_autofree char *text = ptce_report_format_number (value, decimals, ctx->numbers);

  g_string_append (ctx->out, "<tr>");
  ptce_report_row_header (ctx, term);
  g_string_append (ctx->out, "<td class=\"num\">");
  g_string_append (ctx->out, text);
  g_string_append (ctx->out, "</td></tr>\n");
}

/* The cooperation network of the pole on the date: PtceNetwork's actors
 * network (the same as `ptce network --pole ID --date D`), its headline
 * figures, its picture laid out by Graphviz and its ties as a table. */
static gboolean
append_network (PtceReportContext  *ctx,
                PtcePole           *pole,
                GError            **error)
{
  g_autoptr(PtceNetworkBuilder) builder = ptce_network_builder_new (ctx->dataset);
  g_autoptr(PtceNetwork) network = NULL;
  g_autofree char *svg = NULL;
  guint n_nodes, n_edges;

  ptce_network_builder_add_pole (builder, ptce_pole_get_id (pole));
  ptce_network_builder_set_date (builder, ctx->when);
  ptce_network_builder_set_kind (builder, PTCE_NETWORK_KIND_ACTORS);
  ptce_network_builder_set_weight (builder, PTCE_NETWORK_WEIGHT_COUNT);
  network = ptce_network_builder_build (builder, error);
  if (network == NULL)
    return FALSE;
  n_nodes = ptce_network_get_n_nodes (network);
  n_edges = ptce_network_get_n_edges (network);

  g_string_append (ctx->out, "<section class=\"part\" id=\"network\">\n");
  ptce_report_heading (ctx, 2, NULL, _("Cooperation network"));
  g_string_append (ctx->out, "<p>");
  ptce_report_append_printf (ctx->out, _("The organisations that take part in a cooperation of the pole active on %s, two of them tied when they share one; the weight of a tie is the number of cooperations they share."),
                             ctx->when_text);
  g_string_append (ctx->out, "</p>\n");
  if (n_nodes == 0)
    {
      g_string_append (ctx->out, "<p>");
      ptce_report_append_text (ctx->out, _("No cooperation of the pole is active on that date."));
      g_string_append (ctx->out, "</p>\n</section>\n");
      return TRUE;
    }

  {
    const char *headers[] = { _("Figure"), _("Value"), NULL };

    ptce_report_open_table (ctx, _("Headline figures of the cooperation network"), headers);
    network_figure_row (ctx, _("Organisations"), n_nodes, 0);
    network_figure_row (ctx, _("Ties"), n_edges, 0);
    network_figure_row (ctx, _("Density (share of the possible ties that exist)"),
                        ptce_network_get_density (network), 3);
    network_figure_row (ctx, _("Connected components"), ptce_network_get_n_components (network), 0);
    network_figure_row (ctx, _("Organisations in the largest component"),
                        ptce_network_get_largest_component_size (network), 0);
    network_figure_row (ctx, _("Average clustering"), ptce_network_get_average_clustering (network), 3);
    network_figure_row (ctx, _("E-I index of the article 9 categories (−1 within, +1 between)"),
                        ptce_network_get_ei_index (network), 3);
    network_figure_row (ctx, _("Share of the ties that involve the animator"),
                        ptce_network_get_animator_share (network), 3);
    ptce_report_close_table (ctx);
  }

  svg = ptce_report_network_svg (ctx, network);
  if (svg == NULL)
    {
      g_string_append (ctx->out, "<p class=\"no-network\">");
      ptce_report_append_text (ctx->out, _("The picture of the cooperation network is not available: this libptce was built without Graphviz."));
      g_string_append (ctx->out, "</p>\n");
    }
  else if (*svg != '\0')
    {
      g_autofree char *a = g_strdup_printf ("%u", n_nodes);
      g_autofree char *b = g_strdup_printf ("%u", n_edges);
      g_autoptr(GString) alt = g_string_new (NULL);

      g_string_append_printf (alt, _("Network of the organisations taking part in the cooperations active on %s (%s organisations) linked by the cooperations they share (%s ties), laid out by Graphviz; ESS enterprises filled dark, the animator outlined thick."),
                              ctx->when_text, a, b);
      ptce_report_append_figure (ctx, svg, alt->str);
    }

  if (n_edges > 0)
    {
      const char *headers[] = { _("Organisation"), _("Organisation"), _("#Cooperations shared"), NULL };

      ptce_report_open_table (ctx, _("The ties of the network"), headers);
      for (guint e = 0; e < n_edges; e++)
        {
          g_string_append (ctx->out, "<tr>");
          ptce_report_row_header (ctx, ptce_network_get_node_label (network, ptce_network_get_edge_source (network, e)));
          ptce_report_cell (ctx, ptce_network_get_node_label (network, ptce_network_get_edge_target (network, e)));
          ptce_report_number_cell (ctx, ptce_network_get_edge_weight (network, e));
          g_string_append (ctx->out, "</tr>\n");
        }
      ptce_report_close_table (ctx);
    }
  g_string_append (ctx->out, "</section>\n");
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Indicators                                                         */

typedef struct {
  PtceObservation *observation;
  guint32          day;
} Point;

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *pa = a, *pb = b;

  return pa->day < pb->day ? -1 : pa->day > pb->day;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static void
append_indicators (PtceReportContext *ctx,
                   PtcePole          *pole)
{
  g_autoptr(GListModel) observations = ptce_dataset_list_observations_of (ctx->dataset, ptce_pole_get_id (pole));
  g_autoptr(GHashTable) by_indicator = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                              (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint32 until = ptce_date_get_last_julian (ctx->when);

  for (guint i = 0; i < g_list_model_get_n_items (observations); i++)
    {
      g_autoptr(PtceObservation) observation = g_list_model_get_item (observations, i);
      PtceDate *start = ptce_observation_get_start (observation);
      PtceDate *end = ptce_observation_get_end (observation);
      PtceDate *at = end != NULL ? end : start;
      const char *indicator = ptce_observation_get_indicator (observation);
      GArray *points;
      Point point;

      if (at == NULL || ptce_date_get_first_julian (start != NULL ? start : at) > until)
        continue;
      points = g_hash_table_lookup (by_indicator, indicator);
      if (points == NULL)
        {
          points = g_array_new (FALSE, FALSE, sizeof (Point));
          g_hash_table_insert (by_indicator, (gpointer) indicator, points);
          g_ptr_array_add (names, (gpointer) indicator);
        }
      /* The dataset holds the observation: it outlives this function. */
      point.observation = observation;
      point.day = ptce_date_get_last_julian (at);
      g_array_append_val (points, point);
    }

  g_string_append (ctx->out, "<section class=\"part\" id=\"indicators\">\n");
  ptce_report_heading (ctx, 2, NULL, _("Observed indicators"));
  if (names->len == 0)
    {
      g_string_append (ctx->out, "<p>");
      ptce_report_append_text (ctx->out, _("The dataset holds no observation of this pole up to the date of the report."));
      g_string_append (ctx->out, "</p>\n</section>\n");
      return;
    }
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *indicator = names->pdata[i];
      GArray *points = g_hash_table_lookup (by_indicator, indicator);
      g_autofree guint32 *days = g_new0 (guint32, points->len);
      g_autofree double *values = g_new0 (double, points->len);
      g_autoptr(GString) alt = g_string_new (NULL);
      g_autoptr(GString) svg = g_string_new (NULL);
      g_autofree char *id = ptce_report_new_id (ctx, "chart-indicator");
      const char *unit = NULL;
      const char *headers[] = { _("Period"), _("#Value"), _("Unit"), _("Source"), NULL };
      g_autofree char *caption = NULL;

      g_array_sort (points, compare_points);
      g_string_append (ctx->out, "<h3>");
      ptce_report_append_name (ctx->out, indicator);
      g_string_append (ctx->out, "</h3>\n");
      g_string_append_printf (alt, _("Chart of the indicator “%s” over time:"), indicator);
      for (guint p = 0; p < points->len; p++)
        {
          Point *point = &g_array_index (points, Point, p);
          g_autofree char *value = ptce_report_format_number (ptce_observation_get_value (point->observation), 2, ctx->numbers);
          g_autofree char *when = ptce_date_to_iso8601 (ptce_observation_get_end (point->observation) != NULL
                                                        ? ptce_observation_get_end (point->observation)
                                                        : ptce_observation_get_start (point->observation));

          days[p] = point->day;
          values[p] = ptce_observation_get_value (point->observation);
          if (unit == NULL)
            unit = ptce_observation_get_unit (point->observation);
          g_string_append_printf (alt, " %s %s;", when, value);
        }
      alt->str[alt->len - 1] = '.';
      {
        PtceReportLineChart chart = {
          .id = id, .alt = alt->str, .n_points = points->len,
          .days = days, .values = values, .numbers = ctx->numbers,
        };

        ptce_report_chart_line (svg, &chart);
      }
      ptce_report_append_figure (ctx, svg->str, alt->str);

      caption = g_strdup_printf (_("Observations of “%s”"), indicator);
      ptce_report_open_table (ctx, caption, headers);
      for (guint p = 0; p < points->len; p++)
        {
          PtceObservation *observation = g_array_index (points, Point, p).observation;
          g_autofree char *start = ptce_report_date_text (ptce_observation_get_start (observation));
          g_autofree char *end = ptce_report_date_text (ptce_observation_get_end (observation));
          g_autofree char *period = *start != '\0' && *end != '\0' && strcmp (start, end) != 0
            ? g_strdup_printf ("%s – %s", start, end) : g_strdup (*end != '\0' ? end : start);
          const char *source = ptce_observation_get_source (observation);

          g_string_append (ctx->out, "<tr>");
          ptce_report_row_header (ctx, period);
          ptce_report_number_cell (ctx, ptce_observation_get_value (observation));
          ptce_report_cell (ctx, ptce_observation_get_unit (observation) != NULL ? ptce_observation_get_unit (observation) : "");
          g_string_append (ctx->out, "<td>");
          if (source != NULL && *source != '\0')
            ptce_report_append_citation (ctx, source);
          else
            ptce_report_append_text (ctx->out, _("not given"));
          g_string_append (ctx->out, "</td></tr>\n");
        }
      ptce_report_close_table (ctx);
    }
  g_string_append (ctx->out, "</section>\n");
}

/* ------------------------------------------------------------------ */

gboolean
ptce_report_write_pole (PtceReportContext  *ctx,
                        PtcePole           *pole,
                        GError            **error)
{
  g_autoptr(PtceDiagnosis) diagnosis = ptce_checker_check (ctx->checker, ctx->dataset, pole, ctx->when);

  ctx->title = g_strdup_printf (_("%s — report as of %s"), ptce_report_pole_name (pole), ctx->when_text);

  g_string_append (ctx->out, "<header>\n<h1>");
  ptce_report_append_name (ctx->out, ptce_report_pole_name (pole));
  g_string_append (ctx->out, "</h1>\n<p class=\"meta\">");
  ptce_report_append_printf (ctx->out, _("Pôle territorial de coopération économique — report as of %s"),
                             ctx->when_text);
  g_string_append (ctx->out, "</p>\n</header>\n");

  /* The verdict first. */
  g_string_append (ctx->out, "<section class=\"verdicts\" id=\"verdict\">\n");
  ptce_report_heading (ctx, 2, NULL, _("Verdict"));
  ptce_report_append_verdicts (ctx, diagnosis, FALSE);
  g_string_append (ctx->out, "</section>\n");

  append_identity (ctx, pole);
  append_diagnosis (ctx, diagnosis);
  append_members (ctx, pole);
  append_timeline (ctx, pole);
  append_cooperations (ctx, pole);
  if (!append_network (ctx, pole, error))
    return FALSE;
  append_indicators (ctx, pole);
  return TRUE;
}
