/* ptce-rules-definition.c: the definition of a PTCE, article 9 I of loi
 * n° 2014-856
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * « Les pôles territoriaux de coopération économique sont constitués par le
 * regroupement sur un même territoire d'entreprises de l'économie sociale et
 * solidaire […] qui s'associent à des entreprises, en lien avec des
 * collectivités territoriales […] pour mettre en œuvre une stratégie commune
 * et continue de mutualisation, de coopération ou de partenariat au service
 * de projets économiques et sociaux innovants […] et porteurs d'un
 * développement local durable. »
 *
 * The rules below follow the sentence in its order: the pole (V0), the
 * territory (V1, V3), the ESS enterprises (V4), the other enterprises (V6),
 * the link with the others (V8), the strategy of cooperation (V11, V12,
 * V13), the innovative projects (V14) and sustainable local development
 * (V15). V14 and V15 also run as their décret counterparts (V14.eligibility,
 * V15.eligibility): the table gives them the level of article 3. See
 * docs/rules.md. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ptce-rules-context-private.h"
#include "ptce-i18n-private.h"
#include "ptce-observation.h"
#include "ptce-geography.h"
#include "ptce-geography-problem.h"
#include "ptce-resolved-territory.h"
#include "ptce-identifier.h"
#include "ptce-legal-categories.h"
#include "ptce-model-private.h"

/* ------------------------------------------------------------------ */
/* V0: the pole on the date                                           */

/* A membership that ends before it starts is active on no date, so its
 * actor silently leaves every count. The reader refuses one and the writer
 * does not write one; a dataset built through the API may still hold one.
 * Each is said, in one finding at the evidence level: the data cannot show
 * who the members are until it is corrected. */
static void
report_reversed_memberships (PtceRuleContext    *ctx,
                             const PtceRuleInfo *info)
{
  guint n = counted_len (ctx->memberships);
  g_autoptr(GPtrArray) reversed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GString) periods = g_string_new (NULL);
  g_autofree char *names = NULL;
  PtceFindingData *finding;

  for (guint i = 0; i < n; i++)
    {
      PtceMembership *membership = g_ptr_array_index (ctx->memberships, i);
      PtceActor *actor = ptce_membership_get_actor (membership);
      PtceDate *start = ptce_membership_get_start (membership);
      PtceDate *end = ptce_membership_get_end (membership);

      if (actor == NULL || ptce_period_is_valid (start, end))
        continue;
      if (reversed->len < MAX_NAMES)
        {
          g_autofree char *from = ptce_date_to_words (start);
          g_autofree char *to = ptce_date_to_words (end);

          if (periods->len > 0)
            g_string_append (periods, "; ");
          /* TRANSLATORS: an actor's name, then the two dates of its
           * membership, the end before the start */
          g_string_append_printf (periods, _("%s from %s to %s"), actor_label (actor), from, to);
        }
      g_ptr_array_add (reversed, g_object_ref (membership));
      g_ptr_array_add (actors, actor);
    }
  if (reversed->len == 0)
    return;

  names = join_names (actors);
  finding = emit_at_level (ctx, info, PTCE_FINDING_LEVEL_EVIDENCE,
                           PTCE_FINDING_STATUS_UNDETERMINED,
                           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u membership ends before it starts "
                                                         "(%s), so it counts on no date: who "
                                                         "the members are cannot be told.",
                                                         "%u memberships end before they start "
                                                         "(%s), so they count on no date: who "
                                                         "the members are cannot be told.",
                                                         reversed->len),
                                            reversed->len, periods->str),
                           g_strdup_printf (_("Correct the start or the end of the membership "
                                              "of %s, so that it does not end before it "
                                              "starts."), names));
  add_objects (finding, reversed);
}

void
rule_v0 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  PtceDate *founded = ptce_pole_get_founded (ctx->pole);
  PtceDate *dissolved = ptce_pole_get_dissolved (ctx->pole);
  g_autofree char *founded_iso = iso_or_null (founded);
  g_autofree char *dissolved_iso = iso_or_null (dissolved);
  const char *name = ptce_pole_get_name (ctx->pole);
  char *message;

  if (name == NULL)
    name = ptce_pole_get_id (ctx->pole);

  if (founded != NULL && ctx->when_julian < ptce_date_get_first_julian (founded))
    message = g_strdup_printf (_("%s was not yet founded on %s (founded %s): the findings "
                                 "describe what the data record for that date."),
                               name, ctx->when_iso, founded_iso);
  else if (dissolved != NULL && ctx->when_julian > ptce_date_get_last_julian (dissolved))
    message = g_strdup_printf (_("%s was dissolved on %s, before %s: the findings describe "
                                 "what the data record for that date."),
                               name, dissolved_iso, ctx->when_iso);
  else if (founded != NULL)
    message = g_strdup_printf (_("%s exists on %s (founded %s)."), name, ctx->when_iso,
                               founded_iso);
  else
    message = g_strdup_printf (_("%s is checked as of %s; its founding date is not recorded."),
                               name, ctx->when_iso);

  emit_about_pole (ctx, info, PTCE_FINDING_STATUS_NOTE, message, NULL);
  report_reversed_memberships (ctx, info);
}

/* ------------------------------------------------------------------ */
/* V1, V3: « sur un même territoire »                                 */

void
rule_v1 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  PtceTerritory *territory = ptce_pole_get_territory (ctx->pole);
  g_autofree char *label = NULL;
  PtceFindingData *finding;

  if (report_missing_territory (ctx, info, territory,
                                _("No territory is recorded for the pole: the data do not show "
                                  "that it groups its members « sur un même territoire ».")))
    return;

  label = territory_label (territory);
  finding = emit (ctx, info, PTCE_FINDING_STATUS_MET,
                  g_strdup_printf (_("The pole declares its territory: %s."), label), NULL);
  ptce_finding_data_add_object (finding, territory);
}

/* A share as a whole percentage, rounded half up. */
static double
percent (double share)
{
  return floor (share * 100 + 0.5);
}

void
rule_v3 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  PtceTerritory *territory = ptce_pole_get_territory (ctx->pole);
  double threshold = ctx->settings->location_threshold;
  g_autoptr(GPtrArray) located = g_ptr_array_new ();
  g_autoptr(GPtrArray) outside = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  guint total = ctx->members->len;
  double share, best;
  PtceFindingData *finding;

  if (report_missing_territory (ctx, info, territory,
                                _("No territory is recorded: where the members are located "
                                  "cannot be compared with it.")))
    return;
  if (!territory_placeable (ctx, territory))
    {
      g_autofree char *label = territory_label (territory);

      finding = emit (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                      g_strdup_printf (_("The territory « %s » is not delimited by codes the "
                                         "official geography knows: whether the members are "
                                         "located on it cannot be told."), label),
                      remedy_delimit_territory ());
      ptce_finding_data_add_object (finding, territory);
      return;
    }
  if (total == 0)
    {
      finding = emit (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                      g_strdup_printf (_("The pole has no member on %s: there is no one to "
                                         "locate on its territory."), ctx->when_iso),
                      remedy_record_memberships ());
      ptce_finding_data_add_object (finding, territory);
      return;
    }

  for (guint i = 0; i < total; i++)
    {
      PtceActor *actor = g_array_index (ctx->members, Participant, i).actor;

      switch (actor_located_in (ctx, actor, territory))
        {
        case TRI_YES:
          g_ptr_array_add (located, actor);
          break;
        case TRI_NO:
          g_ptr_array_add (outside, actor);
          break;
        case TRI_UNKNOWN:
        default:
          g_ptr_array_add (unknown, actor);
          break;
        }
    }

  share = (double) located->len / total;
  best = (double) (located->len + unknown->len) / total;
  if (share >= threshold)
    {
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u of %u member located on the "
                                                          "territory, %.0f %%, at or above "
                                                          "%.0f %%.",
                                                          "%u of %u members located on the "
                                                          "territory, %.0f %%, at or above "
                                                          "%.0f %%.",
                                                          total),
                                             located->len, total, percent (share),
                                             percent (threshold)),
                            NULL, located);
    }
  else if (best >= threshold)
    {
      g_autofree char *names = join_names (unknown);

      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u of %u member located on the "
                                                          "territory, %.0f %%, below %.0f %%; "
                                                          "the place of %u cannot be told: %s.",
                                                          "%u of %u members located on the "
                                                          "territory, %.0f %%, below %.0f %%; "
                                                          "the place of %u cannot be told: %s.",
                                                          total),
                                             located->len, total, percent (share),
                                             percent (threshold), unknown->len, names),
                            g_strdup_printf (_("Record the seat commune or the sites of: %s."),
                                             names),
                            unknown);
    }
  else
    {
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u of %u member located on the "
                                                          "territory, %.0f %%, below %.0f %%.",
                                                          "%u of %u members located on the "
                                                          "territory, %.0f %%, below %.0f %%.",
                                                          total),
                                             located->len, total, percent (share),
                                             percent (threshold)),
                            g_strdup (_("Most members are not shown on the territory: record "
                                        "their local sites, or declare the territory where the "
                                        "pole really acts.")),
                            outside);
      add_objects (finding, unknown);
    }
  ptce_finding_data_set_measure (finding, share, threshold, located->len, total);
}

/* ------------------------------------------------------------------ */
/* V4, V4.plural: « d'entreprises de l'économie sociale et solidaire » */

static char *
remedy_ess_enterprises_must_join (void)
{
  return g_strdup (_("ESS enterprises (associations, cooperatives, mutuals, "
                     "foundations or qualified commercial companies) must join "
                     "the pole."));
}

void
rule_v4 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) ess = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autofree char *names = NULL;
  PtceFindingData *finding;

  if (report_missing_memberships (ctx, info,
                                  _("No member is recorded for the pole: whether ESS "
                                    "enterprises form it cannot be told.")))
    return;

  partition (ctx->members, test_ess_enterprise, NULL, ess, unknown);
  if (ess->len > 0)
    {
      names = join_names (ess);
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u ESS enterprise in the sense of "
                                                          "article 1 among the members on %s: "
                                                          "%s.",
                                                          "%u ESS enterprises in the sense of "
                                                          "article 1 among the members on %s: "
                                                          "%s.",
                                                          ess->len),
                                             ess->len, ctx->when_iso, names),
                            NULL, ess);
      ptce_finding_data_set_measure (finding, ess->len, 1, ess->len, 0);
    }
  else if (unknown->len > 0)
    {
      names = join_names (unknown);
      finding = emit_unknown_members (ctx, info,
                                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                    "No member on %s is shown "
                                                                    "to be an ESS enterprise in "
                                                                    "the sense of article 1; "
                                                                    "the kind or ESS status of "
                                                                    "%u member is not known: %s.",
                                                                    "No member on %s is shown "
                                                                    "to be an ESS enterprise in "
                                                                    "the sense of article 1; "
                                                                    "the kind or ESS status of "
                                                                    "%u members is not known: "
                                                                    "%s.",
                                                                    unknown->len),
                                                       ctx->when_iso, unknown->len, names),
                                      unknown);
      ptce_finding_data_set_measure (finding, 0, 1, 0, 0);
    }
  else
    {
      char *message;

      if (ctx->members->len == 0)
        message = g_strdup_printf (_("The pole has no member on %s, so no ESS enterprise."),
                                   ctx->when_iso);
      else
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "None of the %u member on %s is an ESS "
                                                "enterprise in the sense of article 1.",
                                                "None of the %u members on %s is an ESS "
                                                "enterprise in the sense of article 1.",
                                                ctx->members->len),
                                   ctx->members->len, ctx->when_iso);
      finding = emit_about_pole (ctx, info, PTCE_FINDING_STATUS_NOT_MET, message,
                                 remedy_ess_enterprises_must_join ());
      ptce_finding_data_set_measure (finding, 0, 1, 0, 0);
    }
}

void
rule_v4_plural (PtceRuleContext    *ctx,
                const PtceRuleInfo *info)
{
  guint min = ctx->settings->min_ess_enterprises;
  g_autoptr(GPtrArray) ess = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  PtceFindingData *finding;

  if (report_missing_memberships (ctx, info,
                                  _("No member is recorded for the pole: how many ESS "
                                    "enterprises it counts cannot be told.")))
    return;

  partition (ctx->members, test_ess_enterprise, NULL, ess, unknown);
  if (ess->len >= min)
    {
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                            g_strdup_printf (_("%u ESS enterprises, at least the %u that the "
                                               "plural of the law (« d'entreprises de "
                                               "l'économie sociale et solidaire ») asks for."),
                                             ess->len, min),
                            NULL, ess);
    }
  else if (ess->len + unknown->len >= min)
    {
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u ESS enterprise shown where the "
                                                          "plural of the law asks for %u; the "
                                                          "status of %u other members is not "
                                                          "known.",
                                                          "%u ESS enterprises shown where the "
                                                          "plural of the law asks for %u; the "
                                                          "status of %u other members is not "
                                                          "known.",
                                                          ess->len),
                                             ess->len, min, unknown->len),
                            remedy_record_members (unknown), ess);
      add_objects (finding, unknown);
    }
  else
    {
      char *message;

      if (ess->len == 0)
        message = g_strdup_printf (_("No ESS enterprise among the members on %s: the law "
                                     "speaks of ESS enterprises in the plural (« d'entreprises "
                                     "de l'économie sociale et solidaire »), at least %u are "
                                     "expected."),
                                   ctx->when_iso, min);
      else
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Only %u ESS enterprise among the members on "
                                                "%s: the law speaks of ESS enterprises in the "
                                                "plural (« d'entreprises de l'économie sociale "
                                                "et solidaire »), at least %u are expected.",
                                                "Only %u ESS enterprises among the members on "
                                                "%s: the law speaks of ESS enterprises in the "
                                                "plural (« d'entreprises de l'économie sociale "
                                                "et solidaire »), at least %u are expected.",
                                                ess->len),
                                   ess->len, ctx->when_iso, min);
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET, message,
                            g_strdup (_("Several ESS enterprises should join the pole.")), ess);
      if (ess->len == 0)
        ptce_finding_data_add_object (finding, ctx->pole);
    }
  ptce_finding_data_set_measure (finding, ess->len, min, ess->len, 0);
}

/* ------------------------------------------------------------------ */
/* V6: « qui s'associent à des entreprises »                          */

static char *
remedy_enterprise_outside_ess_must_join (void)
{
  return g_strdup (_("An enterprise outside the ESS, or a grouping of enterprises, "
                     "must join the pole."));
}

void
rule_v6 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autoptr(GPtrArray) ess = g_ptr_array_new ();
  g_autofree char *names = NULL;

  if (report_missing_memberships (ctx, info,
                                  _("No member is recorded for the pole: whether other "
                                    "enterprises join it cannot be told.")))
    return;

  partition (ctx->members, test_non_ess_enterprise_or_grouping, NULL, others, unknown);
  if (others->len > 0)
    {
      names = join_names (others);
      emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u enterprise outside the ESS joins the "
                                                "ESS enterprises: %s.",
                                                "%u enterprises outside the ESS join the "
                                                "ESS enterprises: %s.",
                                                others->len),
                                   others->len, names),
                  NULL, others);
      return;
    }
  if (unknown->len > 0)
    {
      names = join_names (unknown);
      emit_unknown_members (ctx, info,
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "No member on %s is shown to be an "
                                                          "enterprise outside the ESS; the kind "
                                                          "or ESS status of %u member is not "
                                                          "known: %s.",
                                                          "No member on %s is shown to be an "
                                                          "enterprise outside the ESS; the kind "
                                                          "or ESS status of %u members is not "
                                                          "known: %s.",
                                                          unknown->len),
                                             ctx->when_iso, unknown->len, names),
                            unknown);
      return;
    }

  partition (ctx->members, test_ess_enterprise, NULL, ess, NULL);
  if (ess->len > 0)
    {
      names = join_names (ess);
      emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                  g_strdup_printf (_("The only enterprises among the members on %s are ESS "
                                     "enterprises (%s): article 9 I asks them to join "
                                     "« des entreprises », other enterprises, and none is "
                                     "a member."),
                                   ctx->when_iso, names),
                  remedy_enterprise_outside_ess_must_join (), ess);
    }
  else
    emit_about_pole (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                     g_strdup_printf (_("No enterprise outside the ESS is a member on %s."),
                                      ctx->when_iso),
                     remedy_enterprise_outside_ess_must_join ());
}

/* ------------------------------------------------------------------ */
/* V8: « en lien avec des collectivités territoriales […] »           */

void
rule_v8 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autofree char *names = NULL;

  partition (ctx->members, test_article9_other, GINT_TO_POINTER (FALSE), others, unknown);
  partition (ctx->links, test_article9_other, GINT_TO_POINTER (FALSE), others, unknown);

  if (others->len > 0)
    {
      names = join_names (others);
      emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                  g_strdup_printf (_("The pole is « en lien avec » local authorities, "
                                     "research, higher-education or training bodies or "
                                     "other persons: %s."), names),
                  NULL, others);
    }
  else if (unknown->len > 0)
    {
      names = join_names (unknown);
      emit_unknown_members (ctx, info,
                            g_strdup_printf (_("No member or partner on %s is shown to be a "
                                               "local authority, a research, higher-education "
                                               "or training body or another person; the kind "
                                               "of these is not known: %s."),
                                             ctx->when_iso, names),
                            unknown);
    }
  else
    emit_about_pole (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                     g_strdup_printf (_("The pole is not shown « en lien avec » any local "
                                        "authority, research centre, higher-education "
                                        "establishment, training body or other person on "
                                        "%s."), ctx->when_iso),
                     g_strdup (_("Record the links of the pole with local authorities, "
                                 "research or training bodies, as members or as partners "
                                 "« en lien avec » the pole.")));
}

/* ------------------------------------------------------------------ */
/* V11, V12, V13: « une stratégie commune et continue »               */

static gboolean
is_member_actor (PtceRuleContext *ctx,
                 PtceActor       *actor)
{
  return g_hash_table_lookup (ctx->participants, actor) == IN_MEMBERS;
}

/* Whether at least two participants of @cooperation are members: the
 * walk stops at the second. */
static gboolean
ties_members (PtceRuleContext *ctx,
              PtceCooperation *cooperation)
{
  /* the array itself, borrowed: neither the view the getter lends (an
   * object and a signal handler kept for the cooperation's life, made for
   * each) nor a reference taken and dropped per participant */
  guint n;
  PtceActor * const *participants =
    ptce_cooperation_peek_participant_array_private (cooperation, &n);
  guint count = 0;

  ptce_work_scan (n);  /* counted as counted_n_items() counts a list */
  for (guint i = 0; i < n && count < 2; i++)
    {
      if (is_member_actor (ctx, participants[i]))
        count++;
    }
  return count >= 2;
}

void
rule_v11 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  guint n = counted_len (ctx->cooperations);
  /* the pole's cooperations, borrowed (the pole holds them through the
   * run; a finding takes its own references), each array sized for all */
  g_autoptr(GPtrArray) qualifying = g_ptr_array_sized_new (n);
  g_autoptr(GPtrArray) unlisted = g_ptr_array_sized_new (n);
  g_autoptr(GPtrArray) single = g_ptr_array_sized_new (n);
  g_autoptr(GPtrArray) others = g_ptr_array_sized_new (n);
  guint by_mode[3] = { 0, 0, 0 };
  PtceFindingData *finding;

  if (n == 0)
    {
      emit_about_pole (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                       g_strdup (_("No mutualisation, coopération or partenariat is recorded "
                                   "for the pole.")),
                       g_strdup (_("Record the mutualisations, cooperations and partnerships "
                                   "among the members, with their participants and dates.")));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      PtceCooperation *cooperation = g_ptr_array_index (ctx->cooperations, i);
      guint n_participants;

      if (!ptce_cooperation_is_active_on (cooperation, ctx->when))
        {
          g_ptr_array_add (others, cooperation);
          continue;
        }
      if (ties_members (ctx, cooperation))
        {
          PtceCooperationMode mode = ptce_cooperation_get_mode (cooperation);

          if ((guint) mode < G_N_ELEMENTS (by_mode))
            by_mode[mode]++;
          g_ptr_array_add (qualifying, cooperation);
          continue;
        }
      ptce_cooperation_peek_participant_array_private (cooperation, &n_participants);
      if (n_participants == 0)
        g_ptr_array_add (unlisted, cooperation);
      else if (n_participants == 1)
        g_ptr_array_add (single, cooperation);
      else
        g_ptr_array_add (others, cooperation);
    }

  if (qualifying->len > 0)
    {
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_MET,
                            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u tie among members is active on "
                                                          "%s (mutualisation: %u, coopération: "
                                                          "%u, partenariat: %u).",
                                                          "%u ties among members are active on "
                                                          "%s (mutualisation: %u, coopération: "
                                                          "%u, partenariat: %u).",
                                                          qualifying->len),
                                             qualifying->len, ctx->when_iso,
                                             by_mode[PTCE_COOPERATION_MODE_MUTUALISATION],
                                             by_mode[PTCE_COOPERATION_MODE_COOPERATION],
                                             by_mode[PTCE_COOPERATION_MODE_PARTENARIAT]),
                            NULL, qualifying);
      ptce_finding_data_set_measure (finding, qualifying->len, 1, qualifying->len, 0);
    }
  else if (unlisted->len > 0)
    {
      GString *ids = g_string_new (NULL);

      for (guint i = 0; i < unlisted->len; i++)
        g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "",
                                ptce_cooperation_get_id (g_ptr_array_index (unlisted, i)));
      emit_about (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u cooperation is active on %s but its "
                                                "participants are not listed (%s): whether "
                                                "it ties members cannot be told.",
                                                "%u cooperations are active on %s but their "
                                                "participants are not listed (%s): whether "
                                                "they tie members cannot be told.",
                                                unlisted->len),
                                   unlisted->len, ctx->when_iso, ids->str),
                  g_strdup_printf (_("Record which members take part in: %s."), ids->str),
                  unlisted);
      g_string_free (ids, TRUE);
    }
  else if (single->len > 0)
    {
      GString *ids = g_string_new (NULL);

      for (guint i = 0; i < single->len; i++)
        g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "",
                                ptce_cooperation_get_id (g_ptr_array_index (single, i)));
      /* one participant is no tie between members, whatever else runs */
      g_ptr_array_extend_and_steal (single, g_steal_pointer (&others));
      emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                  g_strdup_printf (_("No mutualisation, coopération or partenariat active on "
                                     "%s ties two members of the pole: %s lists a single "
                                     "participant, and one participant is not a cooperation "
                                     "between members."), ctx->when_iso, ids->str),
                  g_strdup_printf (_("Record the other members that take part in %s, or a "
                                     "running tie between two members or more."), ids->str),
                  single);
      g_string_free (ids, TRUE);
    }
  else
    emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                g_strdup_printf (_("No mutualisation, coopération or partenariat active on "
                                   "%s ties two members of the pole."), ctx->when_iso),
                g_strdup (_("The members must share a mutualisation, a cooperation or a "
                            "partnership that is running.")),
                others);
}

void
rule_v12 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  PtceStrategy *strategy = ptce_pole_get_strategy (ctx->pole);
  PtceFindingLevel level = ctx->settings->strict
                           ? PTCE_FINDING_LEVEL_DEFINITION : info->level;
  const char *statement = strategy != NULL ? ptce_strategy_get_statement (strategy) : NULL;
  PtceDate *adopted = strategy != NULL ? ptce_strategy_get_adopted (strategy) : NULL;
  g_autofree char *adopted_iso = iso_or_null (adopted);
  PtceFindingStatus status = PTCE_FINDING_STATUS_MET;
  gpointer about = strategy;
  char *message;
  char *remedy = NULL;
  PtceFindingData *finding;

  if (strategy == NULL || statement == NULL || *statement == '\0')
    {
      status = PTCE_FINDING_STATUS_NOT_MET;
      message = g_strdup (_("No common strategy is recorded for the pole (« une stratégie "
                            "commune »)."));
      remedy = g_strdup (_("Record the common strategy of the pole (its charter or "
                           "strategic document) and when it was adopted."));
      about = ctx->pole;
    }
  else if (adopted != NULL && ptce_date_get_first_julian (adopted) > ctx->when_julian)
    {
      status = PTCE_FINDING_STATUS_NOT_MET;
      message = g_strdup_printf (_("The common strategy was adopted on %s, after %s."),
                                 adopted_iso, ctx->when_iso);
      remedy = g_strdup (_("Record the strategy that was in force on that date, if any."));
    }
  else if (adopted != NULL)
    message = g_strdup_printf (_("A common strategy adopted on %s is recorded: « %s »."),
                               adopted_iso, statement);
  else
    message = g_strdup_printf (_("A common strategy is recorded: « %s »."), statement);

  finding = emit_at_level (ctx, info, level, status, message, remedy);
  ptce_finding_data_add_object (finding, about);
}

/* Keeps in *@best and *@longest what has run for the most months on the
 * date: @object, running since @since, or what they already hold (the
 * first met of those that ran longest). *@best_since is the first day of
 * *@longest: what starts that day or later has not run longer, and its
 * months are not counted (a pole of a national file has a hundred
 * cooperations). */
static void
keep_longest_running (PtceRuleContext  *ctx,
                      GObject          *object,
                      PtceDate         *since,
                      int              *best,
                      guint32          *best_since,
                      GObject         **longest)
{
  guint32 first = ptce_date_get_first_julian (since);
  int months;

  if (*longest != NULL && first >= *best_since)
    return;
  months = months_between (first, ctx->when_julian);
  if (months > *best)
    {
      *best = months;
      *best_since = first;
      *longest = object;
    }
}

void
rule_v13 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  guint min = ctx->settings->continuity_months;
  PtceStrategy *strategy = ptce_pole_get_strategy (ctx->pole);
  guint n = counted_len (ctx->cooperations);
  g_autoptr(GPtrArray) undated = g_ptr_array_new_with_free_func (g_object_unref);
  GObject *longest = NULL;
  int best = -1;
  guint32 best_since = 0;
  gboolean anything = FALSE, running = FALSE;
  PtceFindingData *finding;

  if (strategy != NULL)
    {
      PtceDate *adopted = ptce_strategy_get_adopted (strategy);

      anything = TRUE;
      if (adopted == NULL)
        g_ptr_array_add (undated, g_object_ref (strategy));
      else if (ptce_date_get_first_julian (adopted) <= ctx->when_julian)
        {
          running = TRUE;
          keep_longest_running (ctx, G_OBJECT (strategy), adopted, &best, &best_since, &longest);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      PtceCooperation *cooperation = g_ptr_array_index (ctx->cooperations, i);
      PtceDate *start = ptce_cooperation_get_start (cooperation);

      anything = TRUE;
      if (!ptce_cooperation_is_active_on (cooperation, ctx->when))
        continue;
      running = TRUE;
      if (start == NULL)
        g_ptr_array_add (undated, g_object_ref (cooperation));
      else
        keep_longest_running (ctx, G_OBJECT (cooperation), start, &best, &best_since, &longest);
    }

  if (best >= (int) min)
    {
      const char *what = PTCE_IS_STRATEGY (longest)
                         ? _("the common strategy")
                         : ptce_cooperation_get_id (PTCE_COOPERATION (longest));

      finding = emit (ctx, info, PTCE_FINDING_STATUS_MET,
                      g_strdup_printf (_("On %s, %s has run for %d months, at least the %u that "
                                         "show a « stratégie commune et continue »."),
                                       ctx->when_iso, what, best, min),
                      NULL);
      ptce_finding_data_add_object (finding, longest);
    }
  else if (!anything)
    {
      finding = emit_about_pole (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                                 g_strdup (_("Neither a strategy nor a cooperation is "
                                             "recorded: whether the strategy is continuous "
                                             "cannot be told.")),
                                 g_strdup (_("Record the common strategy and the "
                                             "cooperations of the pole, with their dates.")));
    }
  else if (undated->len > 0)
    {
      char *message;

      if (best >= 0)
        message = g_strdup_printf (_("On %s, the longest dated strategy or cooperation has "
                                     "run for %d months, less than %u; %u others have no "
                                     "start date: whether the strategy is continuous "
                                     "cannot be told."),
                                   ctx->when_iso, best, min, undated->len);
      else
        message = g_strdup_printf (_("The strategy and cooperations running on %s have no "
                                     "start date: how long they have lasted cannot be "
                                     "told."), ctx->when_iso);
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED, message,
                            g_strdup (_("Record when the strategy was adopted and when the "
                                        "cooperations started.")),
                            undated);
    }
  else if (!running)
    {
      finding = emit_about_pole (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                                 g_strdup_printf (_("No strategy or cooperation of the pole is "
                                                    "running on %s."), ctx->when_iso),
                                 g_strdup (_("The common strategy must be carried on over "
                                             "time: record the cooperations that are "
                                             "running.")));
    }
  else
    {
      finding = emit (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                      g_strdup_printf (_("On %s, the longest-running strategy or cooperation has "
                                         "run for %d months, less than the %u that show a "
                                         "« stratégie commune et continue »."),
                                       ctx->when_iso, best, min),
                      g_strdup (_("A continuous strategy shows over time: check again once the "
                                  "cooperations have lasted, or record earlier ones.")));
      ptce_finding_data_add_object (finding, longest);
    }
  /* months, not a count of objects */
  ptce_finding_data_set_measure (finding, MAX (best, 0), min, 0, 0);
}

/* ------------------------------------------------------------------ */
/* V14, V15: innovative projects, sustainable local development       */

static const char *
innovation_words (PtceInnovation innovation)
{
  if ((innovation & PTCE_INNOVATION_SOCIAL) && (innovation & PTCE_INNOVATION_TECHNOLOGICAL))
    return _("socially and technologically");
  if (innovation & PTCE_INNOVATION_TECHNOLOGICAL)
    return _("technologically");
  return _("socially");
}

static void
projects_on (PtceRuleContext *ctx,
             GPtrArray       *active,
             GPtrArray       *innovative)
{
  GListModel *projects = ptce_pole_peek_projects_private (ctx->pole);
  guint n = counted_n_items (projects);

  for (guint i = 0; i < n; i++)
    {
      PtceProject *project = g_list_model_get_item (projects, i);

      if (ptce_project_is_active_on (project, ctx->when))
        {
          g_ptr_array_add (active, g_object_ref (project));
          if ((ptce_project_get_innovation (project) &
               (PTCE_INNOVATION_SOCIAL | PTCE_INNOVATION_TECHNOLOGICAL)) != 0)
            g_ptr_array_add (innovative, g_object_ref (project));
        }
      g_object_unref (project);
    }
}

/* How many of @projects are stated not to be innovative (ptce/1.1). */
static guint
n_assessed_none (GPtrArray *projects)
{
  guint n = 0;

  for (guint i = 0; i < projects->len; i++)
    {
      PtceProject *project = g_ptr_array_index (projects, i);

      if (ptce_project_get_innovation_stated (project) &&
          (ptce_project_get_innovation (project) &
           (PTCE_INNOVATION_SOCIAL | PTCE_INNOVATION_TECHNOLOGICAL)) == 0)
        n++;
    }
  return n;
}

void
rule_v14 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  guint n = g_list_model_get_n_items (ptce_pole_peek_projects_private (ctx->pole));
  g_autoptr(GPtrArray) active = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) innovative = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean decree = info->source == PTCE_LEGAL_SOURCE_DECREE_2015_431;
  PtceFindingData *finding;

  if (n == 0)
    {
      emit_about_pole (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                       g_strdup (_("No project is recorded for the pole: whether its strategy "
                                   "serves innovative projects cannot be told.")),
                       g_strdup (_("Record the projects the strategy serves, saying how they "
                                   "are innovative (socially or technologically).")));
      return;
    }

  projects_on (ctx, active, innovative);
  if (innovative->len > 0)
    {
      PtceProject *first = g_ptr_array_index (innovative, 0);
      char *message;

      if (decree)
        message = g_strdup_printf (_("The strategy serves a project that is innovative, "
                                     "%s: « %s »."),
                                   innovation_words (ptce_project_get_innovation (first)),
                                   ptce_project_get_title (first));
      else
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u project running on %s is innovative; "
                                                "« %s » is innovative %s.",
                                                "%u projects running on %s are innovative; "
                                                "« %s » is innovative %s.",
                                                innovative->len),
                                   innovative->len, ctx->when_iso,
                                   ptce_project_get_title (first),
                                   innovation_words (ptce_project_get_innovation (first)));
      emit_about (ctx, info, PTCE_FINDING_STATUS_MET, message, NULL, innovative);
    }
  else if (active->len > 0 && n_assessed_none (active) == active->len)
    {
      /* ptce/1.1: every running project was assessed as not innovative */
      emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u project is running on %s, and it is "
                                                "stated not to be innovative, socially or "
                                                "technologically.",
                                                "%u projects are running on %s, and each is "
                                                "stated not to be innovative, socially or "
                                                "technologically.",
                                                active->len),
                                   active->len, ctx->when_iso),
                  g_strdup (_("The strategy must serve a project that is innovative, socially "
                              "or technologically: record such a project, or how a running "
                              "one is innovative.")),
                  active);
    }
  else if (active->len > 0)
    {
      emit_about (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u project is running on %s, but it is not "
                                                "said to be innovative, socially or "
                                                "technologically.",
                                                "%u projects are running on %s, but none is "
                                                "said to be innovative, socially or "
                                                "technologically.",
                                                active->len),
                                   active->len, ctx->when_iso),
                  g_strdup (_("Say how the projects of the pole are innovative: socially, "
                              "technologically, or both.")),
                  active);
    }
  else
    {
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                            g_strdup_printf (_("None of the projects recorded is running on "
                                               "%s."), ctx->when_iso),
                            g_strdup (_("The strategy must serve a running project that is "
                                        "innovative, socially or technologically.")),
                            active);
      ptce_finding_data_add_object (finding, ctx->pole);
    }
}

void
rule_v15 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  PtceStrategy *strategy = ptce_pole_get_strategy (ctx->pole);
  g_autoptr(GPtrArray) active = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) innovative = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) stating = g_ptr_array_new ();
  PtceFindingData *finding;

  projects_on (ctx, active, innovative);
  if (strategy != NULL && ptce_strategy_get_sustainable_local_development (strategy))
    g_ptr_array_add (stating, strategy);
  for (guint i = 0; i < active->len; i++)
    {
      PtceProject *project = g_ptr_array_index (active, i);

      if (ptce_project_get_sustainable_local_development (project))
        g_ptr_array_add (stating, project);
    }

  if (stating->len > 0)
    {
      gpointer first = g_ptr_array_index (stating, 0);
      char *message;

      if (PTCE_IS_STRATEGY (first))
        message = g_strdup (_("The common strategy states an objective of sustainable "
                              "local development."));
      else
        message = g_strdup_printf (_("The project « %s » states an objective of "
                                     "sustainable local development."),
                                   ptce_project_get_title (first));
      emit_about (ctx, info, PTCE_FINDING_STATUS_MET, message, NULL, stating);
    }
  else if (strategy == NULL && g_list_model_get_n_items (ptce_pole_peek_projects_private (ctx->pole)) == 0)
    {
      emit_about_pole (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                       g_strdup (_("Neither a strategy nor a project is recorded: whether the "
                                   "pole aims at sustainable local development cannot be "
                                   "told.")),
                       g_strdup (_("Record the objectives of sustainable local development of "
                                   "the strategy or of the projects.")));
    }
  else
    {
      finding = emit (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                      g_strdup_printf (_("Neither the strategy nor the projects running on %s "
                                         "state an objective of sustainable local development."),
                                       ctx->when_iso),
                      g_strdup (_("State the objectives of sustainable local development of "
                                  "the strategy or of the projects.")));
      if (strategy != NULL)
        ptce_finding_data_add_object (finding, strategy);
      add_objects (finding, active);
      ptce_finding_data_add_object (finding, ctx->pole);
    }
}
