/* ptce-rules-eligibility.c: who may answer a State call, article 3 of
 * décret n° 2015-431, and the selection of article 9 II of loi n° 2014-856
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * « Peuvent répondre à un appel à projets tout pôle territorial de
 * coopération économique qui remplit l'ensemble des conditions suivantes »:
 * 1° a legal person of private law (V10); 2° three legal persons or more
 * (V9), among them an ESS enterprise, an enterprise outside the ESS or a
 * grouping with a majority outside it (V6.eligibility, V7) and another
 * person of article 9 (V8.eligibility); 3° and 4° (V14.eligibility,
 * V15.eligibility, run by the definition's rules, and V2); 5° (V18);
 * 6° not already supported (V16). V17 names the selection regime of
 * article 9 II in force. See docs/rules.md. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ptce-rules-context-private.h"
#include "ptce-i18n-private.h"
#include "ptce-model-private.h"
#include "ptce-observation.h"
#include "ptce-geography.h"
#include "ptce-geography-problem.h"
#include "ptce-resolved-territory.h"
#include "ptce-identifier.h"
#include "ptce-legal-categories.h"

/* Indicators of a PtceObservation about a grouping of enterprises that give
 * its composition, for rule V7 (docs/rules.md). */
#define INDICATOR_MEMBERS         "members"

#define INDICATOR_ESS_MEMBERS     "ess-members"

#define INDICATOR_NON_ESS_MEMBERS "non-ess-members"

/* ------------------------------------------------------------------ */
/* V2: « Son projet délimite son territoire d'activité » (3° 4°)      */

/* The codes of the territory that the official geography left out, being
 * malformed or unknown: "A, B", or "". */
static char *
codes_left_out (PtceResolvedTerritory *resolved)
{
  GListModel *problems = ptce_resolved_territory_get_problems (resolved);
  GString *left_out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(PtceGeographyProblem) problem = g_list_model_get_item (problems, i);
      PtceGeographyProblemKind kind = ptce_geography_problem_get_kind (problem);

      if (kind == PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE ||
          kind == PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE)
        g_string_append_printf (left_out, "%s%s", left_out->len > 0 ? ", " : "",
                                ptce_geography_problem_get_code (problem));
    }
  return g_string_free (left_out, FALSE);
}

void
rule_v2 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  PtceTerritory *territory = ptce_pole_get_territory (ctx->pole);
  g_autofree char *label = NULL;
  g_autoptr(GString) message = NULL;
  PtceFindingData *finding;
  guint n_codes;

  if (report_missing_territory (ctx, info, territory,
                                _("No territory is recorded, so whether the project delimits "
                                  "its territory cannot be told.")))
    return;

  label = territory_label (territory);
  if (!ptce_territory_is_delimited (territory))
    {
      finding = emit (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                      g_strdup_printf (_("The territory « %s » is not delimited by the official "
                                         "codes of communes or EPCI: a name, départements or "
                                         "régions alone do not delimit a territory of "
                                         "activity."), label),
                      remedy_delimit_territory ());
      ptce_finding_data_add_object (finding, territory);
      return;
    }

  n_codes = g_strv_length ((char **) ptce_territory_get_communes (territory)) +
            g_strv_length ((char **) ptce_territory_get_epcis (territory));
  message = g_string_new (NULL);
  g_string_append_printf (message,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "The territory « %s » is delimited by %u official code "
                                       "of commune or EPCI.",
                                       "The territory « %s » is delimited by %u official codes "
                                       "of communes or EPCI.",
                                       n_codes),
                          label, n_codes);

  if (ctx->resolved != NULL)
    {
      const char *vintage = ptce_resolved_territory_get_vintage (ctx->resolved);
      guint n_communes = ptce_resolved_territory_get_n_communes (ctx->resolved);
      g_autofree char *left_out = codes_left_out (ctx->resolved);

      if (n_communes == 0)
        {
          g_string_append_c (message, ' ');
          g_string_append_printf (message,
                                  _("None of them is known to the official geography (COG "
                                    "%s): %s."), vintage, left_out);
          finding = emit (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                          g_string_free (g_steal_pointer (&message), FALSE),
                          g_strdup_printf (_("Correct the codes of the territory against the "
                                             "official geography (COG %s)."), vintage));
          ptce_finding_data_add_object (finding, territory);
          return;
        }

      g_string_append_c (message, ' ');
      g_string_append_printf (message,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "It covers %u commune of the official geography "
                                           "(COG %s).",
                                           "It covers %u communes of the official geography "
                                           "(COG %s).",
                                           n_communes),
                              n_communes, vintage);
      if (*left_out != '\0')
        {
          g_string_append_c (message, ' ');
          g_string_append_printf (message, _("These codes were left out, being unknown or "
                                             "malformed: %s."), left_out);
        }
      finding = emit (ctx, info, PTCE_FINDING_STATUS_MET,
                      g_string_free (g_steal_pointer (&message), FALSE), NULL);
      ptce_finding_data_set_measure (finding, n_communes, 1, n_communes, 0);
    }
  else
    finding = emit (ctx, info, PTCE_FINDING_STATUS_MET,
                    g_string_free (g_steal_pointer (&message), FALSE), NULL);
  ptce_finding_data_add_object (finding, territory);
}

/* ------------------------------------------------------------------ */
/* V6.eligibility, V7: the enterprise outside the ESS (3° 2°)         */

static char *
remedy_enterprise_outside_ess_must_be_member (void)
{
  return g_strdup (_("An enterprise outside the ESS, or a grouping of enterprises "
                     "whose majority is not ESS, must be a member of the pole."));
}

void
rule_v6_eligibility (PtceRuleContext    *ctx,
                     const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) enterprises = g_ptr_array_new ();
  g_autoptr(GPtrArray) groupings = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autofree char *names = NULL;

  if (report_missing_memberships (ctx, info,
                                  _("No member is recorded for the pole: whether an enterprise "
                                    "outside the ESS is a member cannot be told.")))
    return;

  partition (ctx->members, test_non_ess_enterprise, NULL, enterprises, unknown);
  partition (ctx->members, test_grouping, NULL, groupings, NULL);
  if (enterprises->len > 0)
    {
      names = join_names (enterprises);
      emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                  g_strdup_printf (_("An enterprise whose statutes are not those of the ESS "
                                     "is a member: %s."), names),
                  NULL, enterprises);
    }
  else if (groupings->len > 0)
    {
      names = join_names (groupings);
      emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                  g_strdup_printf (_("No enterprise outside the ESS is a member, but a "
                                     "grouping of enterprises is (%s): it counts if the "
                                     "majority of its members are not ESS (rule V7)."),
                                   names),
                  NULL, groupings);
    }
  else if (unknown->len > 0)
    {
      names = join_names (unknown);
      emit_unknown_members (ctx, info,
                            g_strdup_printf (_("No member is shown to be an enterprise outside "
                                               "the ESS or a grouping of enterprises; the kind "
                                               "or status of these members is not known: %s."),
                                             names),
                            unknown);
    }
  else
    emit_about_pole (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                     g_strdup_printf (_("Neither an enterprise whose statutes are not those of "
                                        "the ESS nor a grouping of enterprises is a member on "
                                        "%s."), ctx->when_iso),
                     remedy_enterprise_outside_ess_must_be_member ());
}

/* The composition of a grouping of enterprises on the date, from the
 * observations of the dataset: the latest "members" figure and
 * "non-ess-members" (or "ess-members") figure that started on or before
 * the date. Returns FALSE when it is not recorded. */
static gboolean
latest_observation (PtceRuleContext *ctx,
                    GListModel      *observations,
                    const char      *indicator,
                    double          *value)
{
  guint32 best = 0;
  gboolean found = FALSE;
  guint n = counted_n_items (observations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceObservation) obs = g_list_model_get_item (observations, i);
      PtceDate *start = ptce_observation_get_start (obs);
      guint32 from = start != NULL ? ptce_date_get_first_julian (start) : 1;

      if (g_strcmp0 (ptce_observation_get_indicator (obs), indicator) != 0)
        continue;
      if (from > ctx->when_julian)
        continue;
      if (!found || from >= best)
        {
          best = from;
          *value = ptce_observation_get_value (obs);
          found = TRUE;
        }
    }
  return found;
}

/* ptce/1.1: the composition of @grouping recorded on it, the latest one
 * dated on or before the date (an undated one stands for any date). Named
 * members are counted by their ESS status; a member whose status is not
 * known makes the composition unknown. Returns FALSE when none tells. */
static gboolean
recorded_composition (PtceRuleContext *ctx,
                      PtceActor       *grouping,
                      guint           *members,
                      guint           *non_ess)
{
  GListModel *list = ptce_actor_get_compositions (grouping);
  guint n = counted_n_items (list);
  PtceComposition *best = NULL;
  guint32 best_from = 0;
  const char * const *ids;
  gboolean found;

  for (guint i = 0; i < n; i++)
    {
      PtceComposition *composition = g_list_model_get_item (list, i);
      PtceDate *date = ptce_composition_get_date (composition);
      guint32 from = date != NULL ? ptce_date_get_first_julian (date) : 1;

      g_object_unref (composition);  /* the actor holds it */
      if (from > ctx->when_julian || (best != NULL && from < best_from))
        continue;
      best = composition;
      best_from = from;
    }
  if (best == NULL)
    return FALSE;

  ids = ptce_composition_get_member_ids (best);
  if (ids[0] == NULL)
    {
      int total = ptce_composition_get_n_members (best);
      int outside = ptce_composition_get_n_non_ess_members (best);

      if (total < 1 || outside < 0 || outside > total)
        return FALSE;
      *members = total;
      *non_ess = outside;
      return TRUE;
    }

  found = TRUE;
  *members = 0;
  *non_ess = 0;
  for (guint i = 0; ids[i] != NULL; i++)
    {
      PtceActor *actor = ctx->dataset != NULL
                         ? ptce_dataset_lookup_actor (ctx->dataset, ids[i]) : NULL;
      PtceActorInferenceData inference;
      Tri ess;

      if (actor == NULL)
        return FALSE;
      ptce_legal_categories_infer_actor_data (ctx->categories, actor, &inference);
      ess = effective_ess (&inference);
      ptce_actor_inference_data_clear (&inference);
      switch (ess)
        {
        case TRI_NO:
          (*non_ess)++;
          break;
        case TRI_YES:
          break;
        case TRI_UNKNOWN:
        default:
          found = FALSE;
          break;
        }
      (*members)++;
    }
  return found;
}

static gboolean
grouping_composition (PtceRuleContext *ctx,
                      PtceActor       *grouping,
                      guint           *members,
                      guint           *non_ess)
{
  g_autoptr(GListModel) observations = NULL;
  double total = 0, value = 0;

  if (recorded_composition (ctx, grouping, members, non_ess))
    return TRUE;
  if (ctx->dataset == NULL)
    return FALSE;
  observations = ptce_dataset_list_observations_of (ctx->dataset, ptce_actor_get_id (grouping));
  if (observations == NULL || !latest_observation (ctx, observations, INDICATOR_MEMBERS, &total))
    return FALSE;
  if (latest_observation (ctx, observations, INDICATOR_NON_ESS_MEMBERS, &value))
    ;
  else if (latest_observation (ctx, observations, INDICATOR_ESS_MEMBERS, &value))
    value = total - value;
  else
    return FALSE;
  if (total < 1 || value < 0 || value > total)
    return FALSE;
  *members = (guint) total;
  *non_ess = (guint) value;
  return TRUE;
}

void
rule_v7 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) enterprises = g_ptr_array_new ();
  g_autoptr(GPtrArray) groupings = g_ptr_array_new ();
  g_autoptr(GPtrArray) majority = g_ptr_array_new ();
  g_autoptr(GPtrArray) minority = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autofree char *names = NULL;
  guint best_members = 0, best_non_ess = 0;
  PtceFindingData *finding;

  partition (ctx->members, test_non_ess_enterprise, NULL, enterprises, NULL);
  partition (ctx->members, test_grouping, NULL, groupings, NULL);

  if (enterprises->len > 0)
    {
      emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                  g_strdup (_("An enterprise outside the ESS is a member: no grouping of "
                              "enterprises needs to stand for it.")),
                  NULL, enterprises);
      return;
    }
  if (groupings->len == 0)
    {
      emit_about_pole (ctx, info, PTCE_FINDING_STATUS_MET,
                       g_strdup (_("No grouping of enterprises is a member: there is no "
                                   "majority to check.")),
                       NULL);
      return;
    }

  for (guint i = 0; i < groupings->len; i++)
    {
      PtceActor *grouping = g_ptr_array_index (groupings, i);
      guint members, non_ess;

      if (!grouping_composition (ctx, grouping, &members, &non_ess))
        g_ptr_array_add (unknown, grouping);
      else if (2 * non_ess > members)
        {
          if (majority->len == 0)
            {
              best_members = members;
              best_non_ess = non_ess;
            }
          g_ptr_array_add (majority, grouping);
        }
      else
        {
          if (majority->len == 0 && minority->len == 0)
            {
              best_members = members;
              best_non_ess = non_ess;
            }
          g_ptr_array_add (minority, grouping);
        }
    }

  if (majority->len > 0)
    {
      names = join_names (majority);
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                            g_strdup_printf (_("The grouping of enterprises %s has a majority "
                                               "of members outside the ESS: %u of %u."),
                                             names, best_non_ess, best_members),
                            NULL, majority);
    }
  else if (unknown->len > 0)
    {
      names = join_names (unknown);
      emit_about (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                  g_strdup_printf (_("The composition of the grouping of enterprises %s is "
                                     "not recorded: whether the majority of its members are "
                                     "outside the ESS cannot be told."), names),
                  g_strdup_printf (_("Record what %s groups: the actors it groups, with their "
                                     "ESS status, or how many members it has and how many of "
                                     "them are outside the ESS (its « composition »)."), names),
                  unknown);
      return;
    }
  else
    {
      names = join_names (minority);
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                            g_strdup_printf (_("The grouping of enterprises %s has no majority "
                                               "of members outside the ESS (%u of %u): it "
                                               "does not stand for an enterprise outside the "
                                               "ESS."),
                                             names, best_non_ess, best_members),
                            remedy_enterprise_outside_ess_must_be_member (), minority);
    }
  ptce_finding_data_set_measure (finding, (double) best_non_ess / best_members, 0.5,
                            best_non_ess, best_members);
}

/* ------------------------------------------------------------------ */
/* V8.eligibility, V9: the other person, three legal persons (3° 2°)  */

static Tri
test_natural_person (const Participant *p,
                     gpointer           data)
{
  return p->kind == PTCE_ACTOR_KIND_NATURAL_PERSON ? TRI_YES : TRI_NO;
}

/* Any other legal person of article 9 passes, not only the bodies it
 * names: « toute autre personne physique ou morale », the décret keeping
 * the legal persons. */
static char *
remedy_other_legal_person (void)
{
  return g_strdup (_("Any other legal person of article 9 must join the pole as a member: a "
                     "local authority or a grouping of them, a research centre, a "
                     "higher-education or training body, or « toute autre personne […] "
                     "morale » (a public establishment, a consular chamber, a GIP…)."));
}

void
rule_v8_eligibility (PtceRuleContext    *ctx,
                     const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autoptr(GPtrArray) linked = g_ptr_array_new ();
  g_autoptr(GPtrArray) natural_persons = g_ptr_array_new ();
  g_autofree char *names = NULL;

  partition (ctx->members, test_article9_other, GINT_TO_POINTER (TRUE), others, unknown);
  partition (ctx->members, test_natural_person, NULL, natural_persons, NULL);
  if (others->len > 0)
    {
      names = join_names (others);
      emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                  g_strdup_printf (_("Another legal person of article 9 is a member: %s."),
                                   names),
                  NULL, others);
      return;
    }
  if (unknown->len > 0)
    {
      names = join_names (unknown);
      emit_unknown_members (ctx, info,
                            g_strdup_printf (_("No member is shown to be a local authority, a "
                                               "research, higher-education or training body "
                                               "or another legal person; the kind of these "
                                               "members is not known: %s."), names),
                            unknown);
      return;
    }

  partition (ctx->links, test_article9_other, GINT_TO_POINTER (TRUE), linked, NULL);
  if (linked->len > 0)
    {
      names = join_names (linked);
      emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s is « en lien avec » the pole but not a "
                                                "member: the décret asks that the pole be "
                                                "constituted of, among others, another "
                                                "person of article 9.",
                                                "%s are « en lien avec » the pole but not "
                                                "members: the décret asks that the pole be "
                                                "constituted of, among others, another "
                                                "person of article 9.",
                                                linked->len), names),
                  g_strdup_printf (_("Have %s join the pole as a member, or any other "
                                     "legal person of article 9: a local authority or a "
                                     "grouping of them, a research centre, a higher-education "
                                     "or training body, or « toute autre personne […] "
                                     "morale »."), names),
                  linked);
    }
  else if (natural_persons->len > 0)
    {
      names = join_names (natural_persons);
      emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s is a member but a natural person: the "
                                                "décret counts legal persons only (« trois "
                                                "personnes morales ou plus, dont […] une autre "
                                                "personne prévue à l'article 9 »).",
                                                "%s are members but natural persons: the "
                                                "décret counts legal persons only (« trois "
                                                "personnes morales ou plus, dont […] une autre "
                                                "personne prévue à l'article 9 »).",
                                                natural_persons->len), names),
                  remedy_other_legal_person (),
                  natural_persons);
    }
  else
    emit_about_pole (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                     g_strdup_printf (_("No local authority, research, higher-education or "
                                        "training body or other legal person of article 9 is "
                                        "a member on %s."), ctx->when_iso),
                     remedy_other_legal_person ());
}

void
rule_v9 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) legal = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  PtceFindingData *finding;
  const guint min = 3; /* « trois personnes morales ou plus » */

  partition (ctx->members, test_legal_person, NULL, legal, unknown);
  if (legal->len >= min)
    {
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                            g_strdup_printf (_("%u members on %s are legal persons, at least "
                                               "the three the décret asks for."),
                                             legal->len, ctx->when_iso),
                            NULL, legal);
    }
  else if (legal->len + unknown->len >= min)
    {
      g_autofree char *names = join_names (unknown);

      finding = emit_unknown_members (ctx, info,
                                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                    "%u member on %s is shown "
                                                                    "to be a legal person where "
                                                                    "the décret asks for three; "
                                                                    "the kind of %u others is "
                                                                    "not known: %s.",
                                                                    "%u members on %s are shown "
                                                                    "to be legal persons where "
                                                                    "the décret asks for three; "
                                                                    "the kind of %u others is "
                                                                    "not known: %s.",
                                                                    legal->len),
                                                       legal->len, ctx->when_iso, unknown->len,
                                                       names),
                                      unknown);
    }
  else
    {
      char *message;

      if (legal->len == 0)
        message = g_strdup_printf (_("No member on %s is a legal person: the décret asks for "
                                     "three or more."), ctx->when_iso);
      else
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Only %u member on %s is a legal person: the "
                                                "décret asks for three or more.",
                                                "Only %u members on %s are legal persons: "
                                                "the décret asks for three or more.",
                                                legal->len),
                                   legal->len, ctx->when_iso);
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET, message,
                            g_strdup (_("At least three legal persons must be members of the "
                                        "pole.")),
                            legal);
      add_objects (finding, unknown);
      ptce_finding_data_add_object (finding, ctx->pole);
    }
  ptce_finding_data_set_measure (finding, legal->len, min, legal->len, 0);
}

/* ------------------------------------------------------------------ */
/* V10: « C'est une personne morale de droit privé » (3° 1°)          */

static const char *
legal_form_label (PtceLegalForm form)
{
  switch (form)
    {
    case PTCE_LEGAL_FORM_ASSOCIATION:
      return _("an association");
    case PTCE_LEGAL_FORM_SCIC:
      return _("a société coopérative d'intérêt collectif (SCIC)");
    case PTCE_LEGAL_FORM_SCOP:
      return _("a société coopérative et participative (SCOP)");
    case PTCE_LEGAL_FORM_OTHER_COOPERATIVE:
      return _("a cooperative");
    case PTCE_LEGAL_FORM_SAS:
      return _("a société par actions simplifiée (SAS)");
    case PTCE_LEGAL_FORM_SARL:
      return _("a société à responsabilité limitée (SARL)");
    case PTCE_LEGAL_FORM_GIE:
      return _("a groupement d'intérêt économique (GIE)");
    case PTCE_LEGAL_FORM_ENDOWMENT_FUND:
      return _("a fonds de dotation");
    case PTCE_LEGAL_FORM_FOUNDATION:
      return _("a foundation");
    case PTCE_LEGAL_FORM_NO_LEGAL_PERSONALITY:
    case PTCE_LEGAL_FORM_OTHER:
    case PTCE_LEGAL_FORM_UNKNOWN:
    default:
      return NULL;
    }
}

static PtceLegalCategory *
carrier_category (PtceRuleContext *ctx,
                  PtceActor       *carrier)
{
  const char *code = ptce_actor_get_legal_category (carrier);

  if (code == NULL || ctx->categories == NULL)
    return NULL;
  return ptce_legal_categories_lookup (ctx->categories, code);
}

static char *
remedy_private_law_form (void)
{
  return g_strdup (_("Give the pole a legal form of private law (association, "
                     "SCIC or other cooperative…) to answer a State call."));
}

void
rule_v10 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  PtceLegalForm form = ptce_pole_get_legal_form (ctx->pole);
  const char *label = legal_form_label (form);
  PtceActor *carrier = ptce_pole_get_carrier (ctx->pole);
  PtceActor *own = ptce_pole_get_legal_person (ctx->pole);
  g_autoptr(PtceLegalCategory) category = NULL;
  PtceFindingStatus status;
  char *message;
  char *remedy = NULL;
  PtceFindingData *finding;

  if (label != NULL)
    {
      status = PTCE_FINDING_STATUS_MET;
      message = g_strdup_printf (_("The pole is %s, a legal person of private law."), label);
    }
  else if (form == PTCE_LEGAL_FORM_NO_LEGAL_PERSONALITY)
    {
      status = PTCE_FINDING_STATUS_NOT_MET;
      message = g_strdup (_("The pole has no legal personality of its own: the décret "
                            "opens State calls only to a « personne morale de droit "
                            "privé ». It can still meet the definition of article 9."));
      remedy = remedy_private_law_form ();
    }
  else if (own != NULL && (category = carrier_category (ctx, own)) != NULL)
    {
      /* ptce/1.1: the pole is its own legal person, of a known category */
      if (ptce_legal_category_is_public_law (category))
        {
          status = PTCE_FINDING_STATUS_NOT_MET;
          message = g_strdup_printf (_("The pole is its own legal person, of public law (legal "
                                       "category %s, %s): the décret opens State calls only to "
                                       "a « personne morale de droit privé »."),
                                     ptce_legal_category_get_code (category),
                                     ptce_legal_category_get_label (category));
          remedy = remedy_private_law_form ();
        }
      else
        {
          status = PTCE_FINDING_STATUS_MET;
          message = g_strdup_printf (_("The pole is its own legal person, of private law "
                                       "(legal category %s, %s)."),
                                     ptce_legal_category_get_code (category),
                                     ptce_legal_category_get_label (category));
        }
    }
  else if (own != NULL && ptce_actor_get_ess_family (own) != PTCE_ESS_FAMILY_UNKNOWN &&
           ptce_actor_get_ess_family (own) != PTCE_ESS_FAMILY_NONE)
    {
      /* an association, cooperative, mutual, foundation or commercial
       * company is a legal person of private law (article 1 II) */
      status = PTCE_FINDING_STATUS_MET;
      message = g_strdup (_("The pole is its own legal person, of an ESS family of article 1 II "
                            "(all of them legal persons of private law)."));
    }
  else if (own != NULL)
    {
      status = PTCE_FINDING_STATUS_UNDETERMINED;
      message = g_strdup (_("The pole is its own legal person, but neither its legal form nor "
                            "its legal category is recorded: whether it is of private law "
                            "cannot be told."));
      remedy = g_strdup (_("Record the INSEE legal category of the pole's own legal person."));
    }
  else if (carrier != NULL && (category = carrier_category (ctx, carrier)) != NULL)
    {
      /* the pole's own form is not said: its carrier acts as the pole */
      if (ptce_legal_category_is_public_law (category))
        {
          status = PTCE_FINDING_STATUS_NOT_MET;
          message = g_strdup_printf (_("The pole is carried by %s, a legal person of public "
                                       "law (legal category %s, %s): the décret opens State "
                                       "calls only to a « personne morale de droit privé »."),
                                     actor_label (carrier),
                                     ptce_legal_category_get_code (category),
                                     ptce_legal_category_get_label (category));
          remedy = remedy_private_law_form ();
        }
      else
        {
          status = PTCE_FINDING_STATUS_MET;
          message = g_strdup_printf (_("The legal form of the pole is not recorded; its "
                                       "carrier %s is a legal person of private law (legal "
                                       "category %s, %s)."),
                                     actor_label (carrier),
                                     ptce_legal_category_get_code (category),
                                     ptce_legal_category_get_label (category));
        }
    }
  else
    {
      status = PTCE_FINDING_STATUS_UNDETERMINED;
      if (form == PTCE_LEGAL_FORM_OTHER)
        message = g_strdup (_("The legal form of the pole is recorded as « other »: whether "
                              "it is a legal person of private law cannot be told."));
      else
        message = g_strdup (_("The legal form of the pole is not recorded: whether it is a "
                              "legal person of private law cannot be told."));
      remedy = g_strdup (_("Record the legal form of the pole."));
    }

  finding = emit_about_pole (ctx, info, status, message, remedy);
  if (carrier != NULL)
    ptce_finding_data_add_object (finding, carrier);
}

/* ------------------------------------------------------------------ */
/* V16, V17, V18: State support, selection regime, specifications     */

static gboolean
is_state_support (PtceFunding *funding)
{
  /* The State calls: the appels à projets (2013, 2015) and phase 2 of the
   * AMI (State funding). Phase 1 of the AMI is not counted: phase 2 is
   * reserved to phase-1 laureates, so it cannot bar them. */
  PtceCallKind kind = ptce_funding_get_call_kind (funding);

  return kind == PTCE_CALL_KIND_STATE_AAP || kind == PTCE_CALL_KIND_STATE_AMI_PHASE2;
}

/* Whether @funding may have supported a project running on the date: it
 * names no project (any earlier call then counts, as article 3 6° cannot
 * be read otherwise), or it names one that is running, or no project of
 * the pole runs on the date (which project would answer cannot be told). */
static gboolean
funded_running_project (PtceRuleContext *ctx,
                        PtceFunding     *funding)
{
  const char * const *ids = ptce_funding_get_projects (funding);
  GListModel *projects = ptce_pole_peek_projects_private (ctx->pole);
  guint n = counted_n_items (projects);
  gboolean any_running = FALSE;

  if (ids[0] == NULL)
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceProject) project = g_list_model_get_item (projects, i);

      if (!ptce_project_is_active_on (project, ctx->when))
        continue;
      any_running = TRUE;
      if (g_strv_contains (ids, ptce_project_get_id (project)))
        return TRUE;
    }
  return !any_running;
}

void
rule_v16 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  GListModel *fundings = ptce_pole_peek_fundings_private (ctx->pole);
  guint n = counted_n_items (fundings);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) undated = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) other = g_ptr_array_new_with_free_func (g_object_unref);
  PtceFindingData *finding;
  GString *calls = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      PtceFunding *funding = g_list_model_get_item (fundings, i);
      PtceDate *date = ptce_funding_get_date (funding);

      if (!is_state_support (funding))
        g_object_unref (funding);
      else if (!funded_running_project (ctx, funding))
        {
          /* ptce/1.1: it names the projects it supported, none running */
          if (date == NULL || ptce_date_get_first_julian (date) <= ctx->when_julian)
            g_ptr_array_add (other, funding);
          else
            g_object_unref (funding);
        }
      else if (date == NULL)
        g_ptr_array_add (undated, funding);
      else if (ptce_date_get_first_julian (date) <= ctx->when_julian)
        g_ptr_array_add (before, funding);
      else
        g_object_unref (funding);
    }

  if (before->len > 0)
    {
      for (guint i = 0; i < before->len; i++)
        {
          PtceFunding *funding = g_ptr_array_index (before, i);
          g_autofree char *date = ptce_date_to_words (ptce_funding_get_date (funding));

          g_string_append_printf (calls, "%s%s (%s)", i > 0 ? ", " : "",
                                  ptce_funding_get_call (funding), date);
        }
      emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                  g_strdup_printf (_("The pole was already supported by the State after a "
                                     "previous PTCE call: %s. The décret excludes a project "
                                     "that already received such support."), calls->str),
                  g_strdup (_("Only a new project, distinct from the one the State already "
                              "supported, can answer a State call.")),
                  before);
    }
  else if (undated->len > 0)
    {
      for (guint i = 0; i < undated->len; i++)
        g_string_append_printf (calls, "%s%s", i > 0 ? ", " : "",
                                ptce_funding_get_call (g_ptr_array_index (undated, i)));
      emit_about (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                  g_strdup_printf (_("The pole received State support after a PTCE call "
                                     "(%s) whose date is not recorded: whether it came "
                                     "before %s cannot be told."), calls->str, ctx->when_iso),
                  g_strdup_printf (_("Record the date of the funding decision of: %s."),
                                   calls->str),
                  undated);
    }
  else if (other->len > 0)
    {
      for (guint i = 0; i < other->len; i++)
        {
          PtceFunding *funding = g_ptr_array_index (other, i);
          g_autofree char *ids = g_strjoinv (", ", (char **) ptce_funding_get_projects (funding));

          g_string_append_printf (calls, "%s%s (%s)", i > 0 ? "; " : "",
                                  ptce_funding_get_call (funding), ids);
        }
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                            g_strdup_printf (_("The State supported other projects of the pole "
                                               "after a previous PTCE call (%s); none of them "
                                               "is running on %s, so the projects running then "
                                               "have not already received such support."),
                                             calls->str, ctx->when_iso),
                            NULL, other);
      ptce_finding_data_add_object (finding, ctx->pole);
    }
  else
    emit_about_pole (ctx, info, PTCE_FINDING_STATUS_MET,
                     g_strdup_printf (_("No State support after a previous PTCE call is "
                                        "recorded before %s."), ctx->when_iso),
                     NULL);
  g_string_free (calls, TRUE);
}

void
rule_v17 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  GListModel *fundings = ptce_pole_peek_fundings_private (ctx->pole);
  guint n = counted_n_items (fundings);
  GString *message = g_string_new (NULL);
  PtceFindingData *finding;

  if (ctx->when_julian < julian (LAW_2014_IN_FORCE))
    g_string_append_printf (message,
                            _("On %s, article 9 of loi n° 2014-856 was not yet in force (it "
                              "is from 2 August 2014): the definition is applied as the law "
                              "later wrote it."),
                            ctx->when_iso);
  else if (ctx->when_julian < julian (ASAP_IN_FORCE))
    g_string_append_printf (message,
                            _("On %s, the PTCE supported by the State are selected, in calls "
                              "for projects, by an interministerial committee associating the "
                              "funders (article 9 II, wording of 2014)."),
                            ctx->when_iso);
  else
    g_string_append_printf (message,
                            _("On %s, the selection of the PTCE supported by the State is made "
                              "in calls for projects by the funders (article 9 II as rewritten "
                              "by loi n° 2020-1525 of 7 December 2020)."),
                            ctx->when_iso);

  finding = emit (ctx, info, PTCE_FINDING_STATUS_NOTE, NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceFunding) funding = g_list_model_get_item (fundings, i);
      PtceDate *date = ptce_funding_get_date (funding);
      g_autofree char *iso = iso_or_null (date);

      if (!is_state_support (funding) && ptce_funding_get_call_kind (funding) != PTCE_CALL_KIND_STATE_AMI_PHASE1)
        continue;
      g_string_append (message, " ");
      if (date == NULL)
        g_string_append_printf (message,
                                _("The date of the State decision %s is not recorded, so its "
                                  "selection regime cannot be told."),
                                ptce_funding_get_call (funding));
      else if (ptce_date_get_first_julian (date) < julian (ASAP_IN_FORCE))
        g_string_append_printf (message,
                                _("The State decision %s (%s) was taken under the "
                                  "interministerial committee regime."),
                                ptce_funding_get_call (funding), iso);
      else
        g_string_append_printf (message,
                                _("The State decision %s (%s) was taken under the funders "
                                  "regime."),
                                ptce_funding_get_call (funding), iso);
      ptce_finding_data_add_object (finding, funding);
    }
  ptce_finding_data_take_message (finding, g_string_free (message, FALSE));
  ptce_finding_data_add_object (finding, ctx->pole);
}

void
rule_v18 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  GString *message = g_string_new (_("Whether the project conforms to the specifications "
                                     "(« cahier des charges ») of a given call cannot be told "
                                     "from the data: check it against the call."));

  if (ctx->when_julian < julian (DECREE_IN_FORCE))
    {
      g_string_append (message, " ");
      g_string_append_printf (message,
                              _("On %s, décret n° 2015-431 was not yet in force (it is from "
                                "18 April 2015): its criteria are applied as a reference; the "
                                "first State call (2013) had its own specifications."),
                              ctx->when_iso);
    }
  emit_about_pole (ctx, info, PTCE_FINDING_STATUS_NOTE, g_string_free (message, FALSE), NULL);
}
