/* ptce-rules.c: the rules of the PTCE diagnosis, V0 … V18 and ID
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each rule reads the pole as of one date and appends one finding (two
 * for a rule that has a part the décret makes stricter: those parts are
 * rules of their own, "V6.eligibility"…). A rule that lacks data says so
 * with PTCE_FINDING_STATUS_UNDETERMINED and a remedy; it never stays
 * silent. The rules and their legal ground are documented in
 * docs/rules.md; keep both in step, and bump PTCE_RULESET_VERSION when a
 * rule changes. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ptce-rules-private.h"
#include "ptce-diagnosis-private.h"
#include "ptce-enum-types.h"
#include "ptce-finding-private.h"
#include "ptce-i18n-private.h"
#include "ptce-observation.h"
#include "ptce-geography.h"
#include "ptce-geography-problem.h"
#include "ptce-resolved-territory.h"
#include "ptce-identifier.h"
#include "ptce-legal-categories.h"

/* ------------------------------------------------------------------ */
/* The texts and their wordings                                        */

/* Dates of entry into force: the day after publication in the Journal
 * officiel (article 1 of the Civil code).
 *   loi n° 2014-856 du 31 juillet 2014, JORF of 1 August 2014;
 *   décret n° 2015-431 du 15 avril 2015, JORF n° 0090 of 17 April 2015;
 *   loi n° 2019-486 du 22 mai 2019 (PACTE), JORF n° 0119 of 23 May 2019:
 *     article 2 with four objectives instead of three;
 *   loi n° 2020-1525 du 7 décembre 2020 (ASAP), JORF n° 296 of
 *     8 December 2020: article 9 II rewritten (selection by the funders). */
#define LAW_2014_IN_FORCE    2014, 8, 2
#define DECREE_IN_FORCE      2015, 4, 18
#define PACTE_IN_FORCE       2019, 5, 24
#define ASAP_IN_FORCE        2020, 12, 9

#define LAW_2014_VERSION     "2014-08-02"
#define DECREE_VERSION       "2015-04-18"
#define PACTE_VERSION        "2019-05-24"
#define ASAP_VERSION         "2020-12-09"

/* Indicators of a PtceObservation about a grouping of enterprises that give
 * its composition, for rule V7 (docs/rules.md). */
#define INDICATOR_MEMBERS         "members"
#define INDICATOR_ESS_MEMBERS     "ess-members"
#define INDICATOR_NON_ESS_MEMBERS "non-ess-members"

/* How many names a message lists before "and N more". */
#define MAX_NAMES 8

const char *
ptce_rules_legal_text (PtceLegalSource source)
{
  switch (source)
    {
    case PTCE_LEGAL_SOURCE_DECREE_2015_431:
      return "décret n° 2015-431 du 15 avril 2015";
    case PTCE_LEGAL_SOURCE_LAW_2014_856:
    default:
      return "loi n° 2014-856 du 31 juillet 2014";
    }
}

static guint32
julian (int year,
        int month,
        int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* ------------------------------------------------------------------ */
/* The context of one run                                              */

typedef enum {
  TRI_UNKNOWN,
  TRI_NO,
  TRI_YES,
} Tri;

typedef struct {
  PtceActor      *actor;
  PtceMembership *membership;
  PtceActorKind   kind;       /* as stated, or inferred */
  Tri             ess;        /* whether it belongs to the ESS (article 1) */
  char          **conflicts;  /* stated data against the legal category */
} Participant;

struct _PtceRuleContext
{
  PtceChecker *checker;
  PtceDataset *dataset;
  PtcePole    *pole;
  PtceDate    *when;
  char        *when_iso;
  guint32      when_julian;
  GArray      *members;        /* Participant: members on the date, each once */
  GArray      *links;          /* Participant: « en lien avec », not members */
  guint        n_memberships;  /* memberships recorded, at any date */
  GListStore  *findings;

  PtceGeography         *geography;
  PtceLegalCategories   *categories;
  PtceResolvedTerritory *resolved;  /* the pole's territory, or NULL */
};

static const char *
wording_version (PtceRuleContext *ctx,
                 PtceWording      wording)
{
  switch (wording)
    {
    case PTCE_WORDING_LAW_ARTICLE_9_II:
      return ctx->when_julian >= julian (ASAP_IN_FORCE) ? ASAP_VERSION : LAW_2014_VERSION;
    case PTCE_WORDING_DECREE_ARTICLE_3:
      return DECREE_VERSION;
    case PTCE_WORDING_LAW_ARTICLE_1:
    case PTCE_WORDING_LAW_ARTICLE_9_I:
    default:
      return LAW_2014_VERSION;
    }
}

static gboolean
pacte_in_force (PtceRuleContext *ctx)
{
  return ctx->when_julian >= julian (PACTE_IN_FORCE);
}

/* Appends a finding at @level; takes @message and @remedy. Returns it,
 * borrowed. */
static PtceFinding *
emit_at_level (PtceRuleContext    *ctx,
               const PtceRuleInfo *info,
               PtceFindingLevel    level,
               PtceFindingStatus   status,
               char               *message,
               char               *remedy)
{
  g_autoptr(PtceFinding) finding = NULL;

  finding = ptce_finding_new_internal (info->id, level, status, _(info->title),
                                       ptce_rules_legal_text (info->source),
                                       info->article, info->paragraph, info->quote,
                                       wording_version (ctx, info->wording));
  ptce_finding_take_message (finding, message);
  ptce_finding_take_remedy (finding, remedy);
  g_list_store_append (ctx->findings, finding);
  return finding; /* the store holds it */
}

/* Appends a finding at the level of the rule; takes @message and @remedy.
 * Returns it, borrowed. */
static PtceFinding *
emit (PtceRuleContext    *ctx,
      const PtceRuleInfo *info,
      PtceFindingStatus   status,
      char               *message,
      char               *remedy)
{
  return emit_at_level (ctx, info, info->level, status, message, remedy);
}

static const char *
actor_label (PtceActor *actor)
{
  const char *name = ptce_actor_get_name (actor);

  return name != NULL && *name != '\0' ? name : ptce_actor_get_id (actor);
}

/* "A, B, C" or "A, B … and 3 more"; @actors holds PtceActor. */
static char *
join_names (GPtrArray *actors)
{
  GString *out = g_string_new (NULL);
  guint shown = MIN (actors->len, MAX_NAMES);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, actor_label (g_ptr_array_index (actors, i)));
    }
  if (actors->len > shown)
    {
      guint more = actors->len - shown;

      g_string_append (out, " ");
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "and %u more", "and %u more", more),
                              more);
    }
  return g_string_free (out, FALSE);
}

static void
add_objects (PtceFinding *finding,
             GPtrArray   *objects)
{
  for (guint i = 0; i < objects->len; i++)
    ptce_finding_add_object (finding, g_ptr_array_index (objects, i));
}

/* emit(), then names @objects as what the finding is about. */
static PtceFinding *
emit_about (PtceRuleContext    *ctx,
            const PtceRuleInfo *info,
            PtceFindingStatus   status,
            char               *message,
            char               *remedy,
            GPtrArray          *objects)
{
  PtceFinding *finding = emit (ctx, info, status, message, remedy);

  add_objects (finding, objects);
  return finding;
}

/* emit(), then names the pole as what the finding is about. */
static PtceFinding *
emit_about_pole (PtceRuleContext    *ctx,
                 const PtceRuleInfo *info,
                 PtceFindingStatus   status,
                 char               *message,
                 char               *remedy)
{
  PtceFinding *finding = emit (ctx, info, status, message, remedy);

  ptce_finding_add_object (finding, ctx->pole);
  return finding;
}

/* ------------------------------------------------------------------ */
/* What an actor is: stated by the data, else inferred                 */


/* Whether the actor belongs to the ESS in the sense of article 1, from
 * the ESS basis and family that its data state or that its INSEE legal
 * category implies (ptce_legal_categories_infer_actor(): stated data win).
 * The ESS basis wins; without one, the ESS family of article 1 II 1°
 * (association, cooperative, mutual, foundation) makes an actor ESS by
 * status. A commercial company needs the qualification of article 1 II 2°
 * and III, and a mere declaration is no evidence (rule V5). */
static Tri
effective_ess (PtceActorInference *inference)
{
  switch (ptce_actor_inference_get_ess_basis (inference))
    {
    case PTCE_ESS_BASIS_BY_STATUS:
    case PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY:
      return TRI_YES;
    case PTCE_ESS_BASIS_NOT_ESS:
      return TRI_NO;
    case PTCE_ESS_BASIS_DECLARED_ONLY:
      return TRI_UNKNOWN;
    case PTCE_ESS_BASIS_UNKNOWN:
    default:
      break;
    }

  switch (ptce_actor_inference_get_ess_family (inference))
    {
    case PTCE_ESS_FAMILY_ASSOCIATION:
    case PTCE_ESS_FAMILY_COOPERATIVE:
    case PTCE_ESS_FAMILY_MUTUAL:
    case PTCE_ESS_FAMILY_FOUNDATION:
      return TRI_YES;
    case PTCE_ESS_FAMILY_NONE:
      return TRI_NO;
    case PTCE_ESS_FAMILY_COMMERCIAL_COMPANY:
    case PTCE_ESS_FAMILY_UNKNOWN:
    default:
      return TRI_UNKNOWN;
    }
}

static gboolean
kind_is_enterprise (PtceActorKind kind)
{
  return kind == PTCE_ACTOR_KIND_ENTERPRISE ||
         kind == PTCE_ACTOR_KIND_ENTERPRISE_GROUPING;
}

/* The other persons of article 9 I: « des collectivités territoriales et
 * leurs groupements, des centres de recherche, des établissements
 * d'enseignement supérieur et de recherche, des organismes de formation ou
 * toute autre personne physique ou morale ». */
static gboolean
kind_is_article9_other (PtceActorKind kind,
                        gboolean      legal_persons_only)
{
  switch (kind)
    {
    case PTCE_ACTOR_KIND_LOCAL_AUTHORITY:
    case PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING:
    case PTCE_ACTOR_KIND_RESEARCH_CENTRE:
    case PTCE_ACTOR_KIND_HIGHER_EDUCATION:
    case PTCE_ACTOR_KIND_TRAINING_BODY:
    case PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON:
      return TRUE;
    case PTCE_ACTOR_KIND_NATURAL_PERSON:
      return !legal_persons_only;
    case PTCE_ACTOR_KIND_UNKNOWN:
    case PTCE_ACTOR_KIND_ENTERPRISE:
    case PTCE_ACTOR_KIND_ENTERPRISE_GROUPING:
    default:
      return FALSE;
    }
}

/* An enterprise of the ESS: an enterprise whose ESS status is shown, or a
 * legal person of an ESS family of unstated kind (article 1 II counts them
 * as ESS enterprises). */
static Tri
is_ess_enterprise (const Participant *p)
{
  if (kind_is_enterprise (p->kind))
    return p->ess;
  if (p->kind == PTCE_ACTOR_KIND_UNKNOWN)
    return p->ess == TRI_YES ? TRI_YES : TRI_UNKNOWN;
  return TRI_NO;
}

/* An enterprise (or grouping, when @groupings) outside the ESS. */
static Tri
is_non_ess_enterprise (const Participant *p,
                       gboolean           groupings)
{
  if (p->kind == PTCE_ACTOR_KIND_ENTERPRISE ||
      (groupings && p->kind == PTCE_ACTOR_KIND_ENTERPRISE_GROUPING))
    {
      if (p->ess == TRI_NO)
        return TRI_YES;
      return p->ess == TRI_YES ? TRI_NO : TRI_UNKNOWN;
    }
  if (p->kind == PTCE_ACTOR_KIND_UNKNOWN)
    return p->ess == TRI_YES ? TRI_NO : TRI_UNKNOWN;
  return TRI_NO;
}

static Tri
is_article9_other (const Participant *p,
                   gboolean           legal_persons_only)
{
  if (p->kind == PTCE_ACTOR_KIND_UNKNOWN)
    return p->ess == TRI_YES ? TRI_NO : TRI_UNKNOWN;
  return kind_is_article9_other (p->kind, legal_persons_only) ? TRI_YES : TRI_NO;
}

static Tri
is_legal_person (const Participant *p)
{
  if (p->kind == PTCE_ACTOR_KIND_UNKNOWN)
    return p->ess == TRI_YES ? TRI_YES : TRI_UNKNOWN;
  return p->kind != PTCE_ACTOR_KIND_NATURAL_PERSON ? TRI_YES : TRI_NO;
}

/* ------------------------------------------------------------------ */
/* Where an actor is                                                   */

static char *
departement_of (const char *commune)
{
  if (commune == NULL || strlen (commune) != 5)
    return NULL;
  if (g_str_has_prefix (commune, "97"))
    return g_strndup (commune, 3);
  return g_strndup (commune, 2);
}

/* Whether the territory can be compared with communes at all: it resolves
 * to communes of the official geography, or (without a geography) it lists
 * communes or départements. */
static gboolean
territory_placeable (PtceRuleContext *ctx,
                     PtceTerritory   *territory)
{
  if (ctx->resolved != NULL)
    return !ptce_resolved_territory_is_empty (ctx->resolved);
  return ptce_territory_get_communes (territory)[0] != NULL ||
         ptce_territory_get_departements (territory)[0] != NULL;
}

/* Whether @commune lies in @territory: through the official geography
 * (communes of its EPCI, départements and régions included, former codes
 * and delegated communes followed), or, without one, by the communes and
 * départements the territory lists. */
static Tri
territory_contains (PtceRuleContext *ctx,
                    PtceTerritory   *territory,
                    const char      *commune)
{
  g_autofree char *departement = NULL;

  if (ctx->resolved != NULL && !ptce_resolved_territory_is_empty (ctx->resolved))
    {
      g_autoptr(PtceCommune) known = NULL;

      if (ptce_resolved_territory_contains_commune (ctx->resolved, commune))
        return TRI_YES;
      known = ptce_geography_lookup_commune (ctx->geography, commune);
      return known != NULL ? TRI_NO : TRI_UNKNOWN;
    }

  departement = departement_of (commune);
  if (g_strv_contains (ptce_territory_get_communes (territory), commune))
    return TRI_YES;
  if (departement != NULL &&
      g_strv_contains (ptce_territory_get_departements (territory), departement))
    return TRI_YES;
  if (ptce_territory_get_epcis (territory)[0] == NULL &&
      ptce_territory_get_regions (territory)[0] == NULL &&
      territory_placeable (ctx, territory))
    return TRI_NO;
  return TRI_UNKNOWN;
}

/* YES when a site or the seat of @actor is in the territory, NO when its
 * known places all lie outside it, UNKNOWN when no place is recorded or
 * none can be placed. */
static Tri
actor_located_in (PtceRuleContext *ctx,
                  PtceActor       *actor,
                  PtceTerritory   *territory)
{
  GListModel *sites = ptce_actor_get_sites (actor);
  guint n = g_list_model_get_n_items (sites);
  gboolean any_place = FALSE;
  gboolean any_unknown = FALSE;
  const char *seat = ptce_actor_get_seat_commune (actor);

  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(PtceSite) site = i < n ? g_list_model_get_item (sites, i) : NULL;
      const char *commune = site != NULL ? ptce_site_get_commune (site) : seat;

      if (commune == NULL || *commune == '\0')
        continue;
      any_place = TRUE;
      switch (territory_contains (ctx, territory, commune))
        {
        case TRI_YES:
          return TRI_YES;
        case TRI_UNKNOWN:
          any_unknown = TRUE;
          break;
        case TRI_NO:
        default:
          break;
        }
    }
  if (!any_place || any_unknown)
    return TRI_UNKNOWN;
  return TRI_NO;
}

/* ------------------------------------------------------------------ */
/* Time                                                                */

static int
months_between (guint32 from,
                guint32 to)
{
  GDate a, b;
  int months;

  if (to <= from)
    return 0;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_julian (&a, from);
  g_date_set_julian (&b, to);
  months = ((int) g_date_get_year (&b) - (int) g_date_get_year (&a)) * 12 +
           ((int) g_date_get_month (&b) - (int) g_date_get_month (&a));
  if (g_date_get_day (&b) < g_date_get_day (&a))
    months--;
  return MAX (months, 0);
}

static char *
iso_or_null (PtceDate *date)
{
  return date != NULL ? ptce_date_to_iso8601 (date) : NULL;
}

/* ------------------------------------------------------------------ */
/* Shared helpers of the composition rules                             */

typedef Tri (*ParticipantTest) (const Participant *p,
                                gpointer           data);

/* Sorts the participants of @array by @test into @yes and @unknown
 * (arrays of PtceActor, borrowed); returns how many passed. */
static guint
partition (GArray          *array,
           ParticipantTest  test,
           gpointer         data,
           GPtrArray       *yes,
           GPtrArray       *unknown)
{
  for (guint i = 0; i < array->len; i++)
    {
      const Participant *p = &g_array_index (array, Participant, i);

      switch (test (p, data))
        {
        case TRI_YES:
          g_ptr_array_add (yes, p->actor);
          break;
        case TRI_UNKNOWN:
          if (unknown != NULL)
            g_ptr_array_add (unknown, p->actor);
          break;
        case TRI_NO:
        default:
          break;
        }
    }
  return yes->len;
}

static Tri
test_ess_enterprise (const Participant *p,
                     gpointer           data)
{
  return is_ess_enterprise (p);
}

static Tri
test_non_ess_enterprise_or_grouping (const Participant *p,
                                     gpointer           data)
{
  return is_non_ess_enterprise (p, TRUE);
}

static Tri
test_non_ess_enterprise (const Participant *p,
                         gpointer           data)
{
  return is_non_ess_enterprise (p, FALSE);
}

static Tri
test_grouping (const Participant *p,
               gpointer           data)
{
  if (p->kind == PTCE_ACTOR_KIND_ENTERPRISE_GROUPING)
    return TRI_YES;
  return p->kind == PTCE_ACTOR_KIND_UNKNOWN && p->ess != TRI_YES ? TRI_UNKNOWN : TRI_NO;
}

static Tri
test_article9_other (const Participant *p,
                     gpointer           data)
{
  return is_article9_other (p, GPOINTER_TO_INT (data));
}

static Tri
test_legal_person (const Participant *p,
                   gpointer           data)
{
  return is_legal_person (p);
}

static char *
remedy_record_members (GPtrArray *unknown)
{
  g_autofree char *names = join_names (unknown);

  return g_strdup_printf (_("Record the kind (article 9) and the ESS status (legal form, INSEE "
                            "legal category or ESS qualification) of: %s."), names);
}

static char *
remedy_record_memberships (void)
{
  return g_strdup (_("Record the members of the pole, with the date they joined, their kind "
                     "(article 9) and their ESS status."));
}

/* The first step of the rules about the members: when the pole records no
 * membership at all, emits the undetermined finding that says so in
 * @message and returns TRUE. */
static gboolean
report_missing_memberships (PtceRuleContext    *ctx,
                            const PtceRuleInfo *info,
                            const char         *message)
{
  if (ctx->n_memberships > 0)
    return FALSE;
  emit_about_pole (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED, g_strdup (message),
                   remedy_record_memberships ());
  return TRUE;
}

/* The finding of a rule that cannot tell because what @unknown are is not
 * recorded: undetermined, about them, with the remedy that names them.
 * Takes @message. */
static PtceFinding *
emit_unknown_members (PtceRuleContext    *ctx,
                      const PtceRuleInfo *info,
                      char               *message,
                      GPtrArray          *unknown)
{
  return emit_about (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED, message,
                     remedy_record_members (unknown), unknown);
}

/* ------------------------------------------------------------------ */
/* V0: the pole on the date                                            */

static void
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
}

/* ------------------------------------------------------------------ */
/* V1, V2, V3: the territory                                           */

static char *
territory_label (PtceTerritory *territory)
{
  const char *name = ptce_territory_get_name (territory);
  const char * const *communes = ptce_territory_get_communes (territory);
  const char * const *epcis = ptce_territory_get_epcis (territory);
  guint n_codes = g_strv_length ((char **) communes) + g_strv_length ((char **) epcis);

  if (name != NULL && *name != '\0')
    return g_strdup (name);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u official code",
                                       "%u official codes", n_codes),
                          n_codes);
}

static gboolean
territory_is_empty (PtceTerritory *territory)
{
  const char *name = ptce_territory_get_name (territory);

  return (name == NULL || *name == '\0') &&
         ptce_territory_get_communes (territory)[0] == NULL &&
         ptce_territory_get_epcis (territory)[0] == NULL &&
         ptce_territory_get_departements (territory)[0] == NULL &&
         ptce_territory_get_regions (territory)[0] == NULL;
}

static char *
remedy_record_territory (void)
{
  return g_strdup (_("Record the territory of the pole: its name and the official codes of "
                     "the communes or EPCI it covers."));
}

static char *
remedy_delimit_territory (void)
{
  return g_strdup (_("Delimit the territory by the official codes of the communes "
                     "or EPCI it covers."));
}

/* The first step of the territory rules: when the pole records no
 * territory, emits the undetermined finding that says so in @message and
 * returns TRUE. */
static gboolean
report_missing_territory (PtceRuleContext    *ctx,
                          const PtceRuleInfo *info,
                          PtceTerritory      *territory,
                          const char         *message)
{
  if (territory != NULL && !territory_is_empty (territory))
    return FALSE;
  emit_about_pole (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED, g_strdup (message),
                   remedy_record_territory ());
  return TRUE;
}

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

static void
rule_v1 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  PtceTerritory *territory = ptce_pole_get_territory (ctx->pole);
  g_autofree char *label = NULL;
  PtceFinding *finding;

  if (report_missing_territory (ctx, info, territory,
                                _("No territory is recorded for the pole: the data do not show "
                                  "that it groups its members « sur un même territoire ».")))
    return;

  label = territory_label (territory);
  finding = emit (ctx, info, PTCE_FINDING_STATUS_MET,
                  g_strdup_printf (_("The pole declares its territory: %s."), label), NULL);
  ptce_finding_add_object (finding, territory);
}

static void
rule_v2 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  PtceTerritory *territory = ptce_pole_get_territory (ctx->pole);
  g_autofree char *label = NULL;
  g_autoptr(GString) message = NULL;
  PtceFinding *finding;
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
      ptce_finding_add_object (finding, territory);
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
          ptce_finding_add_object (finding, territory);
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
      ptce_finding_set_measure (finding, n_communes, 1, n_communes, 0);
    }
  else
    finding = emit (ctx, info, PTCE_FINDING_STATUS_MET,
                    g_string_free (g_steal_pointer (&message), FALSE), NULL);
  ptce_finding_add_object (finding, territory);
}

/* A share as a whole percentage, rounded half up. */
static double
percent (double share)
{
  return floor (share * 100 + 0.5);
}

static void
rule_v3 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  PtceTerritory *territory = ptce_pole_get_territory (ctx->pole);
  double threshold = ptce_checker_get_location_threshold (ctx->checker);
  g_autoptr(GPtrArray) located = g_ptr_array_new ();
  g_autoptr(GPtrArray) outside = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  guint total = ctx->members->len;
  double share, best;
  PtceFinding *finding;

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
      ptce_finding_add_object (finding, territory);
      return;
    }
  if (total == 0)
    {
      finding = emit (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                      g_strdup_printf (_("The pole has no member on %s: there is no one to "
                                         "locate on its territory."), ctx->when_iso),
                      remedy_record_memberships ());
      ptce_finding_add_object (finding, territory);
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
  ptce_finding_set_measure (finding, share, threshold, located->len, total);
}

/* ------------------------------------------------------------------ */
/* V4, V4.plural, V5: the ESS enterprises                              */

static char *
remedy_ess_enterprises_must_join (void)
{
  return g_strdup (_("ESS enterprises (associations, cooperatives, mutuals, "
                     "foundations or qualified commercial companies) must join "
                     "the pole."));
}

static void
rule_v4 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) ess = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autofree char *names = NULL;
  PtceFinding *finding;

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
      ptce_finding_set_measure (finding, ess->len, 1, ess->len, 0);
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
      ptce_finding_set_measure (finding, 0, 1, 0, 0);
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
      ptce_finding_set_measure (finding, 0, 1, 0, 0);
    }
}

static void
rule_v4_plural (PtceRuleContext    *ctx,
                const PtceRuleInfo *info)
{
  guint min = ptce_checker_get_min_ess_enterprises (ctx->checker);
  g_autoptr(GPtrArray) ess = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  PtceFinding *finding;

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
        ptce_finding_add_object (finding, ctx->pole);
    }
  ptce_finding_set_measure (finding, ess->len, min, ess->len, 0);
}

static void
rule_v5 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) unproven = g_ptr_array_new ();
  g_autofree char *names = NULL;
  const char *article2;

  for (guint i = 0; i < ctx->members->len; i++)
    {
      PtceActor *actor = g_array_index (ctx->members, Participant, i).actor;
      PtceEssBasis basis = ptce_actor_get_ess_basis (actor);

      if (basis == PTCE_ESS_BASIS_DECLARED_ONLY ||
          (ptce_actor_get_ess_family (actor) == PTCE_ESS_FAMILY_COMMERCIAL_COMPANY &&
           basis != PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY &&
           basis != PTCE_ESS_BASIS_NOT_ESS))
        g_ptr_array_add (unproven, actor);
    }

  if (unproven->len == 0)
    {
      emit_about_pole (ctx, info, PTCE_FINDING_STATUS_MET,
                       g_strdup_printf (_("No member on %s claims the ESS quality without a "
                                          "basis for it."), ctx->when_iso),
                       NULL);
      return;
    }

  /* article 2 as in force on the date: three objectives, four after PACTE */
  if (pacte_in_force (ctx))
    article2 = _("one of the four objectives of article 2, as amended by loi n° 2019-486 "
                 "(PACTE)");
  else
    article2 = _("one of the three objectives of article 2, in its 2014 wording");

  names = join_names (unproven);
  emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%s claims the ESS quality without evidence: a "
                                            "commercial company belongs to the ESS only if "
                                            "its statutes meet article 1 II 2°, including a "
                                            "social utility (%s), and if it is registered "
                                            "with the ESS mention (article 1 III). It is not "
                                            "counted as an ESS enterprise.",
                                            "%s claim the ESS quality without evidence: a "
                                            "commercial company belongs to the ESS only if "
                                            "its statutes meet article 1 II 2°, including a "
                                            "social utility (%s), and if it is registered "
                                            "with the ESS mention (article 1 III). They are "
                                            "not counted as ESS enterprises.",
                                            unproven->len),
                               names, article2),
              g_strdup_printf (_("Record the ESS qualification (registration with the "
                                 "ESS mention, or an ESS legal form) of %s, or record "
                                 "that it is not ESS."), names),
              unproven);
}

static void
collect_conflicts (GArray    *array,
                   GPtrArray *actors,
                   GString   *text)
{
  for (guint i = 0; i < array->len; i++)
    {
      const Participant *p = &g_array_index (array, Participant, i);

      if (p->conflicts == NULL || p->conflicts[0] == NULL)
        continue;
      g_ptr_array_add (actors, p->actor);
      for (guint j = 0; p->conflicts[j] != NULL; j++)
        {
          if (text->len > 0)
            g_string_append (text, "; ");
          /* TRANSLATORS: an actor, then what contradicts its legal category */
          g_string_append_printf (text, C_("actor: conflict", "%s: %s"),
                                  actor_label (p->actor), p->conflicts[j]);
        }
    }
}

static void
rule_v5_category (PtceRuleContext    *ctx,
                  const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *names = NULL;

  collect_conflicts (ctx->members, actors, text);
  collect_conflicts (ctx->links, actors, text);
  if (actors->len == 0)
    {
      emit_about_pole (ctx, info, PTCE_FINDING_STATUS_MET,
                       g_strdup_printf (_("What the data state of the kind and ESS status of "
                                          "the members and partners on %s agrees with their "
                                          "legal categories."), ctx->when_iso),
                       NULL);
      return;
    }

  names = join_names (actors);
  emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
              g_strdup_printf (_("The stated kind or ESS status contradicts the INSEE "
                                 "legal category: %s. The stated values are used."),
                               text->str),
              g_strdup_printf (_("Check the legal category, the kind and the ESS status "
                                 "recorded for: %s."), names),
              actors);
}

/* ------------------------------------------------------------------ */
/* V6, V6.eligibility, V7: the other enterprises                       */

static char *
remedy_enterprise_outside_ess_must_join (void)
{
  return g_strdup (_("An enterprise outside the ESS, or a grouping of enterprises, "
                     "must join the pole."));
}

static char *
remedy_enterprise_outside_ess_must_be_member (void)
{
  return g_strdup (_("An enterprise outside the ESS, or a grouping of enterprises "
                     "whose majority is not ESS, must be a member of the pole."));
}

static void
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

static void
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
  guint n = g_list_model_get_n_items (observations);

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

static gboolean
grouping_composition (PtceRuleContext *ctx,
                      PtceActor       *grouping,
                      guint           *members,
                      guint           *non_ess)
{
  g_autoptr(GListModel) observations = NULL;
  double total = 0, value = 0;

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

static void
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
  PtceFinding *finding;

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
                  g_strdup_printf (_("Record how many members %s has and how many of them "
                                     "are not ESS (observations « members » and "
                                     "« non-ess-members »)."), names),
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
  ptce_finding_set_measure (finding, (double) best_non_ess / best_members, 0.5,
                            best_non_ess, best_members);
}

/* ------------------------------------------------------------------ */
/* V8, V8.eligibility, V9, V10: the others, the number, the form        */

static void
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

static void
rule_v8_eligibility (PtceRuleContext    *ctx,
                     const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autoptr(GPtrArray) linked = g_ptr_array_new ();
  g_autofree char *names = NULL;

  partition (ctx->members, test_article9_other, GINT_TO_POINTER (TRUE), others, unknown);
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
                  g_strdup_printf (_("Have %s join the pole as a member, or another local "
                                     "authority, research, higher-education or training "
                                     "body."), names),
                  linked);
    }
  else
    emit_about_pole (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                     g_strdup_printf (_("No local authority, research, higher-education or "
                                        "training body or other legal person of article 9 is "
                                        "a member on %s."), ctx->when_iso),
                     g_strdup (_("A local authority, a research, higher-education or training "
                                 "body, or another legal person must join the pole as a "
                                 "member.")));
}

static void
rule_v9 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) legal = g_ptr_array_new ();
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  PtceFinding *finding;
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
      ptce_finding_add_object (finding, ctx->pole);
    }
  ptce_finding_set_measure (finding, legal->len, min, legal->len, 0);
}

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

static void
rule_v10 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  PtceLegalForm form = ptce_pole_get_legal_form (ctx->pole);
  const char *label = legal_form_label (form);
  PtceActor *carrier = ptce_pole_get_carrier (ctx->pole);
  g_autoptr(PtceLegalCategory) category = NULL;
  PtceFindingStatus status;
  char *message;
  char *remedy = NULL;
  PtceFinding *finding;

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
    ptce_finding_add_object (finding, carrier);
}

/* ------------------------------------------------------------------ */
/* V11, V12, V13: cooperation, strategy, continuity                    */

static gboolean
is_member_actor (PtceRuleContext *ctx,
                 PtceActor       *actor)
{
  for (guint i = 0; i < ctx->members->len; i++)
    if (g_array_index (ctx->members, Participant, i).actor == actor)
      return TRUE;
  return FALSE;
}

static guint
member_participants (PtceRuleContext *ctx,
                     PtceCooperation *cooperation)
{
  GListModel *participants = ptce_cooperation_get_participants (cooperation);
  guint n = g_list_model_get_n_items (participants);
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceActor) actor = g_list_model_get_item (participants, i);

      if (is_member_actor (ctx, actor))
        count++;
    }
  return count;
}

static void
rule_v11 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  GListModel *cooperations = ptce_pole_get_cooperations (ctx->pole);
  guint n = g_list_model_get_n_items (cooperations);
  g_autoptr(GPtrArray) qualifying = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) unlisted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  guint by_mode[3] = { 0, 0, 0 };
  PtceFinding *finding;

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
      PtceCooperation *cooperation = g_list_model_get_item (cooperations, i);
      guint n_participants = g_list_model_get_n_items (ptce_cooperation_get_participants (cooperation));

      if (!ptce_cooperation_is_active_on (cooperation, ctx->when))
        g_ptr_array_add (others, cooperation);
      else if (member_participants (ctx, cooperation) >= 2)
        {
          PtceCooperationMode mode = ptce_cooperation_get_mode (cooperation);

          if ((guint) mode < G_N_ELEMENTS (by_mode))
            by_mode[mode]++;
          g_ptr_array_add (qualifying, cooperation);
        }
      else if (n_participants < 2)
        g_ptr_array_add (unlisted, cooperation);
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
      ptce_finding_set_measure (finding, qualifying->len, 1, qualifying->len, 0);
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
  else
    emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                g_strdup_printf (_("No mutualisation, coopération or partenariat active on "
                                   "%s ties two members of the pole."), ctx->when_iso),
                g_strdup (_("The members must share a mutualisation, a cooperation or a "
                            "partnership that is running.")),
                others);
}

static void
rule_v12 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  PtceStrategy *strategy = ptce_pole_get_strategy (ctx->pole);
  PtceFindingLevel level = ptce_checker_get_strict (ctx->checker)
                           ? PTCE_FINDING_LEVEL_DEFINITION : info->level;
  const char *statement = strategy != NULL ? ptce_strategy_get_statement (strategy) : NULL;
  PtceDate *adopted = strategy != NULL ? ptce_strategy_get_adopted (strategy) : NULL;
  g_autofree char *adopted_iso = iso_or_null (adopted);
  PtceFindingStatus status = PTCE_FINDING_STATUS_MET;
  gpointer about = strategy;
  char *message;
  char *remedy = NULL;
  PtceFinding *finding;

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
  ptce_finding_add_object (finding, about);
}

/* Keeps in *@best and *@longest what has run for the most months on the
 * date: @object, running since @since, or what they already hold. */
static void
keep_longest_running (PtceRuleContext  *ctx,
                      GObject          *object,
                      PtceDate         *since,
                      int              *best,
                      GObject         **longest)
{
  int months = months_between (ptce_date_get_first_julian (since), ctx->when_julian);

  if (months > *best)
    {
      *best = months;
      *longest = object;
    }
}

static void
rule_v13 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  guint min = ptce_checker_get_continuity_months (ctx->checker);
  PtceStrategy *strategy = ptce_pole_get_strategy (ctx->pole);
  GListModel *cooperations = ptce_pole_get_cooperations (ctx->pole);
  guint n = g_list_model_get_n_items (cooperations);
  g_autoptr(GPtrArray) undated = g_ptr_array_new_with_free_func (g_object_unref);
  GObject *longest = NULL;
  int best = -1;
  gboolean anything = FALSE, running = FALSE;
  PtceFinding *finding;

  if (strategy != NULL)
    {
      PtceDate *adopted = ptce_strategy_get_adopted (strategy);

      anything = TRUE;
      if (adopted == NULL)
        g_ptr_array_add (undated, g_object_ref (strategy));
      else if (ptce_date_get_first_julian (adopted) <= ctx->when_julian)
        {
          running = TRUE;
          keep_longest_running (ctx, G_OBJECT (strategy), adopted, &best, &longest);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceCooperation) cooperation = g_list_model_get_item (cooperations, i);
      PtceDate *start = ptce_cooperation_get_start (cooperation);

      anything = TRUE;
      if (!ptce_cooperation_is_active_on (cooperation, ctx->when))
        continue;
      running = TRUE;
      if (start == NULL)
        g_ptr_array_add (undated, g_object_ref (cooperation));
      else
        keep_longest_running (ctx, G_OBJECT (cooperation), start, &best, &longest);
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
      ptce_finding_add_object (finding, longest);
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
      ptce_finding_add_object (finding, longest);
    }
  ptce_finding_set_measure (finding, MAX (best, 0), min, MAX (best, 0), 0);
}

/* ------------------------------------------------------------------ */
/* V14, V15: innovative projects, sustainable local development         */

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
  GListModel *projects = ptce_pole_get_projects (ctx->pole);
  guint n = g_list_model_get_n_items (projects);

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

static void
rule_v14 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  guint n = g_list_model_get_n_items (ptce_pole_get_projects (ctx->pole));
  g_autoptr(GPtrArray) active = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) innovative = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean decree = info->source == PTCE_LEGAL_SOURCE_DECREE_2015_431;
  PtceFinding *finding;

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
      ptce_finding_add_object (finding, ctx->pole);
    }
}

static void
rule_v15 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  PtceStrategy *strategy = ptce_pole_get_strategy (ctx->pole);
  g_autoptr(GPtrArray) active = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) innovative = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) stating = g_ptr_array_new ();
  PtceFinding *finding;

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
  else if (strategy == NULL && g_list_model_get_n_items (ptce_pole_get_projects (ctx->pole)) == 0)
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
        ptce_finding_add_object (finding, strategy);
      add_objects (finding, active);
      ptce_finding_add_object (finding, ctx->pole);
    }
}

/* ------------------------------------------------------------------ */
/* V16, V17, V18: State support, selection regime, specifications       */

static gboolean
is_state_support (PtceFunding *funding)
{
  /* The State calls: the appels à projets (2013, 2015) and phase 2 of the
   * AMI (State funding). Phase 1 of the AMI is not counted: phase 2 is
   * reserved to phase-1 laureates, so it cannot bar them. */
  PtceCallKind kind = ptce_funding_get_call_kind (funding);

  return kind == PTCE_CALL_KIND_STATE_AAP || kind == PTCE_CALL_KIND_STATE_AMI_PHASE2;
}

static void
rule_v16 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  GListModel *fundings = ptce_pole_get_fundings (ctx->pole);
  guint n = g_list_model_get_n_items (fundings);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) undated = g_ptr_array_new_with_free_func (g_object_unref);
  GString *calls = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      PtceFunding *funding = g_list_model_get_item (fundings, i);
      PtceDate *date = ptce_funding_get_date (funding);

      if (!is_state_support (funding))
        g_object_unref (funding);
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
          g_autofree char *date = ptce_date_to_iso8601 (ptce_funding_get_date (funding));

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
  else
    emit_about_pole (ctx, info, PTCE_FINDING_STATUS_MET,
                     g_strdup_printf (_("No State support after a previous PTCE call is "
                                        "recorded before %s."), ctx->when_iso),
                     NULL);
  g_string_free (calls, TRUE);
}

static void
rule_v17 (PtceRuleContext    *ctx,
          const PtceRuleInfo *info)
{
  GListModel *fundings = ptce_pole_get_fundings (ctx->pole);
  guint n = g_list_model_get_n_items (fundings);
  GString *message = g_string_new (NULL);
  PtceFinding *finding;

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
      ptce_finding_add_object (finding, funding);
    }
  ptce_finding_take_message (finding, g_string_free (message, FALSE));
  ptce_finding_add_object (finding, ctx->pole);
}

static void
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

/* ------------------------------------------------------------------ */
/* ID: the actors' identifiers                                         */

/* How many problems the message of ID lists before "and N more". */
#define MAX_PROBLEMS 5

typedef struct {
  PtceRuleContext *ctx;
  guint            n_given;     /* identifiers given */
  guint            n_invalid;   /* those that fail their check */
  GString         *problems;    /* the first MAX_PROBLEMS, "; "-separated */
  GPtrArray       *checked;     /* PtceActor with an identifier, borrowed */
  GPtrArray       *invalid;     /* PtceActor with an invalid one, borrowed */
  GPtrArray       *seen;        /* PtceActor already checked, borrowed */
} IdCheck;

/* Counts one identifier given of @actor; when @error is set it failed its
 * check, @where (a site, or NULL) saying where it was found. */
static void
id_check_count (IdCheck    *check,
                PtceActor  *actor,
                const char *where,
                GError     *error)
{
  check->n_given++;
  if (!g_ptr_array_find (check->checked, actor, NULL))
    g_ptr_array_add (check->checked, actor);
  if (error == NULL)
    return;
  check->n_invalid++;
  if (!g_ptr_array_find (check->invalid, actor, NULL))
    g_ptr_array_add (check->invalid, actor);
  if (check->n_invalid > MAX_PROBLEMS)
    return;
  if (check->problems->len > 0)
    g_string_append (check->problems, "; ");
  if (where != NULL)
    /* TRANSLATORS: an actor's name, where in it (a site), then what is wrong */
    g_string_append_printf (check->problems, C_("rule ID: actor, field, error", "%s, %s: %s"),
                            actor_label (actor), where, error->message);
  else
    /* TRANSLATORS: an actor's name, then what is wrong with one of its identifiers */
    g_string_append_printf (check->problems, C_("rule ID: actor, error", "%s: %s"),
                            actor_label (actor), error->message);
}

/* Checks a SIRET, against the SIREN when that one is valid, as
 * `ptce verify` does. */
static void
id_check_siret (IdCheck    *check,
                PtceActor  *actor,
                const char *where,
                const char *siret,
                const char *valid_siren)
{
  g_autoptr(GError) error = NULL;

  if (siret == NULL)
    return;
  if (valid_siren != NULL)
    ptce_identifier_check_siret_for_siren (siret, valid_siren, &error);
  else
    ptce_identifier_check_siret (siret, &error);
  id_check_count (check, actor, where, error);
}

static void
id_check_commune (IdCheck    *check,
                  PtceActor  *actor,
                  const char *where,
                  const char *code)
{
  g_autoptr(GError) error = NULL;

  if (code == NULL || check->ctx->geography == NULL)
    return;
  ptce_geography_check_commune (check->ctx->geography, code, &error);
  id_check_count (check, actor, where, error);
}

/* The checks of `ptce verify` on one actor: SIREN, SIRET (of that SIREN),
 * RNA, NAF, legal category, seat commune, and each site's SIRET and
 * commune, with the functions of the reference layer. */
static void
id_check_actor (IdCheck   *check,
                PtceActor *actor)
{
  const char *siren = ptce_actor_get_siren (actor);
  const char *rna = ptce_actor_get_rna (actor);
  const char *naf = ptce_actor_get_naf (actor);
  const char *category = ptce_actor_get_legal_category (actor);
  GListModel *sites = ptce_actor_get_sites (actor);
  gboolean siren_ok = FALSE;

  if (g_ptr_array_find (check->seen, actor, NULL))
    return;
  g_ptr_array_add (check->seen, actor);

  if (siren != NULL)
    {
      g_autoptr(GError) error = NULL;

      siren_ok = ptce_identifier_check_siren (siren, &error);
      id_check_count (check, actor, NULL, error);
    }
  id_check_siret (check, actor, NULL, ptce_actor_get_siret (actor), siren_ok ? siren : NULL);
  if (rna != NULL)
    {
      g_autoptr(GError) error = NULL;

      ptce_identifier_check_rna (rna, &error);
      id_check_count (check, actor, NULL, error);
    }
  if (naf != NULL)
    {
      g_autoptr(GError) error = NULL;

      ptce_identifier_check_naf (naf, &error);
      id_check_count (check, actor, NULL, error);
    }
  if (category != NULL && check->ctx->categories != NULL)
    {
      g_autoptr(GError) error = NULL;

      ptce_legal_categories_check (check->ctx->categories, category, &error);
      id_check_count (check, actor, NULL, error);
    }
  id_check_commune (check, actor, C_("rule ID: field", "seat"),
                    ptce_actor_get_seat_commune (actor));

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(PtceSite) site = g_list_model_get_item (sites, i);
      const char *label = ptce_site_get_label (site);
      g_autofree char *where = NULL;

      /* TRANSLATORS: a site of an actor, by its number and label */
      where = label != NULL ? g_strdup_printf (_("site %u (%s)"), i + 1, label)
                            : g_strdup_printf (_("site %u"), i + 1);
      id_check_siret (check, actor, where, ptce_site_get_siret (site), siren_ok ? siren : NULL);
      id_check_commune (check, actor, where, ptce_site_get_commune (site));
    }
}

static void
rule_id (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) checked = g_ptr_array_new ();
  g_autoptr(GPtrArray) invalid = g_ptr_array_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GString) problems = g_string_new (NULL);
  IdCheck check = { ctx, 0, 0, problems, checked, invalid, seen };
  g_autofree char *measure = NULL;
  g_autofree char *names = NULL;
  PtceFinding *finding;

  for (guint i = 0; i < ctx->members->len; i++)
    id_check_actor (&check, g_array_index (ctx->members, Participant, i).actor);
  for (guint i = 0; i < ctx->links->len; i++)
    id_check_actor (&check, g_array_index (ctx->links, Participant, i).actor);
  if (ptce_pole_get_carrier (ctx->pole) != NULL)
    id_check_actor (&check, ptce_pole_get_carrier (ctx->pole));

  if (check.n_given == 0)
    {
      char *message;

      if (seen->len == 0)
        {
          emit_about_pole (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED,
                           g_strdup_printf (_("No member, partner or carrier of the pole is "
                                              "recorded on %s: whether they can be identified "
                                              "cannot be told."), ctx->when_iso),
                           g_strdup (_("Record the members and the carrier of the pole, with "
                                       "their SIREN or RNA number.")));
          return;
        }
      names = join_names (seen);
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "No identifier (SIREN, SIRET, RNA, NAF, legal "
                                              "category, commune) is recorded for the %u actor "
                                              "of the pole on %s: whether it can be identified "
                                              "cannot be told.",
                                              "No identifier (SIREN, SIRET, RNA, NAF, legal "
                                              "category, commune) is recorded for the %u actors "
                                              "of the pole on %s: whether they can be identified "
                                              "cannot be told.", seen->len),
                                 seen->len, ctx->when_iso);
      emit_about (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED, message,
                  g_strdup_printf (_("Record the SIREN (or the RNA number of an association) "
                                     "and the seat commune of: %s."), names),
                  seen);
      return;
    }

  if (check.n_invalid == 0)
    {
      char *message;

      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "The %u identifier recorded for the members, "
                                              "partners and carrier of the pole on %s passes "
                                              "its checks.",
                                              "The %u identifiers recorded for the members, "
                                              "partners and carrier of the pole on %s pass "
                                              "their checks.", check.n_given),
                                 check.n_given, ctx->when_iso);
      finding = emit_about (ctx, info, PTCE_FINDING_STATUS_MET, message, NULL, checked);
      ptce_finding_set_measure (finding, 0.0, 0.0, 0, check.n_given);
      return;
    }

  /* TRANSLATORS: "2 of 7 identifiers invalid"; the total decides the plural */
  measure = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u identifier invalid",
                                          "%u of %u identifiers invalid", check.n_given),
                             check.n_invalid, check.n_given);
  if (check.n_invalid > MAX_PROBLEMS)
    {
      guint more = check.n_invalid - MAX_PROBLEMS;

      g_string_append (problems, " ");
      g_string_append_printf (problems, g_dngettext (GETTEXT_PACKAGE,
                                                     "and %u more", "and %u more", more),
                              more);
    }
  names = join_names (invalid);
  finding = emit_about (ctx, info, PTCE_FINDING_STATUS_NOT_MET,
                        /* TRANSLATORS: the measure, then the problems */
                        g_strdup_printf (_("%s: %s. Identifiers that do not pass their checks "
                                           "cannot prove who the members are."),
                                         measure, problems->str),
                        g_strdup_printf (_("Correct the identifiers of %s against the Sirene "
                                           "directory, the RNA and the official geography "
                                           "(`ptce verify` lists them)."), names),
                        invalid);
  ptce_finding_set_measure (finding, (double) check.n_invalid / check.n_given, 0.0,
                            check.n_invalid, check.n_given);
}

/* ------------------------------------------------------------------ */
/* The table                                                           */

#define LAW   PTCE_LEGAL_SOURCE_LAW_2014_856
#define DEC   PTCE_LEGAL_SOURCE_DECREE_2015_431
#define DEF   PTCE_FINDING_LEVEL_DEFINITION
#define EVI   PTCE_FINDING_LEVEL_EVIDENCE
#define ELI   PTCE_FINDING_LEVEL_ELIGIBILITY
#define INF   PTCE_FINDING_LEVEL_INFORMATION
#define W1    PTCE_WORDING_LAW_ARTICLE_1
#define W9I   PTCE_WORDING_LAW_ARTICLE_9_I
#define W9II  PTCE_WORDING_LAW_ARTICLE_9_II
#define WD3   PTCE_WORDING_DECREE_ARTICLE_3

static const PtceRuleInfo rules[] = {
  { "V0", INF, N_("The pole on the date"), LAW, W9I, "9", "I",
    "Les pôles territoriaux de coopération économique sont constitués par le regroupement…",
    NULL, rule_v0 },
  { "V1", DEF, N_("A territory"), LAW, W9I, "9", "I",
    "le regroupement sur un même territoire", NULL, rule_v1 },
  { "V2", ELI, N_("A delimited territory"), DEC, WD3, "3", "4°",
    "Son projet délimite son territoire d'activité", NULL, rule_v2 },
  { "V3", EVI, N_("Members located on the territory"), LAW, W9I, "9", "I",
    "le regroupement sur un même territoire", "location-threshold", rule_v3 },
  { "V4", DEF, N_("ESS enterprises"), LAW, W9I, "9", "I",
    "d'entreprises de l'économie sociale et solidaire, au sens de l'article 1er de la présente loi",
    NULL, rule_v4 },
  { "V4.plural", EVI, N_("Several ESS enterprises"), LAW, W9I, "9", "I",
    "d'entreprises de l'économie sociale et solidaire", "min-ess-enterprises", rule_v4_plural },
  { "V5", EVI, N_("ESS quality of commercial companies"), LAW, W1, "1", "II 2°, III",
    "immatriculées […] au registre du commerce et des sociétés avec la mention de la qualité "
    "d'entreprise de l'économie sociale et solidaire", NULL, rule_v5 },
  { "V5.category", EVI, N_("Status consistent with the legal category"), LAW, W1, "1", "II",
    "Par les personnes morales de droit privé constituées sous la forme de coopératives, de "
    "mutuelles […], de fondations ou d'associations", NULL, rule_v5_category },
  { "V6", DEF, N_("Associated with other enterprises"), LAW, W9I, "9", "I",
    "qui s'associent à des entreprises", NULL, rule_v6 },
  { "V6.eligibility", ELI, N_("An enterprise outside the ESS among the members"), DEC, WD3,
    "3", "2°",
    "une entreprise dont les statuts ne relèvent pas de l'économie sociale et solidaire […] ou "
    "un groupement d'entreprises", NULL, rule_v6_eligibility },
  { "V7", ELI, N_("Grouping of enterprises with a majority outside the ESS"), DEC, WD3,
    "3", "2°",
    "un groupement d'entreprises dès lors que la majorité de ses membres ne relèvent pas de "
    "l'économie sociale et solidaire", NULL, rule_v7 },
  { "V8", EVI, N_("In link with local authorities, research, training or other persons"),
    LAW, W9I, "9", "I",
    "en lien avec des collectivités territoriales et leurs groupements, des centres de "
    "recherche, des établissements d'enseignement supérieur et de recherche, des organismes de "
    "formation ou toute autre personne physique ou morale", NULL, rule_v8 },
  { "V8.eligibility", ELI, N_("Another person of article 9 among the members"), DEC, WD3,
    "3", "2°", "une autre personne prévue à l'article 9 de la même loi", NULL,
    rule_v8_eligibility },
  { "V9", ELI, N_("Three legal persons"), DEC, WD3, "3", "2°",
    "Il est constitué de trois personnes morales ou plus", NULL, rule_v9 },
  { "V10", ELI, N_("A legal person of private law"), DEC, WD3, "3", "1°",
    "C'est une personne morale de droit privé", NULL, rule_v10 },
  { "V11", DEF, N_("Mutualisation, coopération or partenariat"), LAW, W9I, "9", "I",
    "une stratégie commune et continue de mutualisation, de coopération ou de partenariat",
    NULL, rule_v11 },
  { "V12", EVI, N_("A common strategy"), LAW, W9I, "9", "I",
    "pour mettre en œuvre une stratégie commune", "strict", rule_v12 },
  { "V13", EVI, N_("A continuous strategy"), LAW, W9I, "9", "I",
    "une stratégie commune et continue", "continuity-months", rule_v13 },
  { "V14", DEF, N_("Innovative projects"), LAW, W9I, "9", "I",
    "au service de projets économiques et sociaux innovants, socialement ou technologiquement",
    NULL, rule_v14 },
  { "V14.eligibility", ELI, N_("An innovative project"), DEC, WD3, "3", "3°",
    "Sa stratégie de mutualisation, de coopération ou de partenariat entre ses membres est au "
    "service d'un projet socialement ou technologiquement innovant", NULL, rule_v14 },
  { "V15", EVI, N_("Sustainable local development"), LAW, W9I, "9", "I",
    "porteurs d'un développement local durable", NULL, rule_v15 },
  { "V15.eligibility", ELI, N_("A project aiming at sustainable local development"), DEC, WD3,
    "3", "4°", "Son projet […] tend à un développement local durable", NULL, rule_v15 },
  { "V16", ELI, N_("Not already supported by the State"), DEC, WD3, "3", "6°",
    "Son projet n'a pas déjà bénéficié d'un soutien de l'Etat à la suite d'un précédent appel "
    "à projets des pôles territoriaux de coopération économique", NULL, rule_v16 },
  { "V17", INF, N_("Selection regime"), LAW, W9II, "9", "II",
    "La sélection des pôles territoriaux de coopération économique soutenus par l'Etat",
    NULL, rule_v17 },
  { "V18", INF, N_("Conformity with the specifications of the call"), DEC, WD3, "3", "5°",
    "Il présente un projet conforme au cahier des charges mentionné à l'article 1er", NULL,
    rule_v18 },
  { "ID", EVI, N_("Identifiers that pass their checks"), LAW, W1, "1", "III",
    "s'agissant des sociétés commerciales, sont immatriculées, sous réserve de leur nature "
    "juridique, au registre du commerce et des sociétés", NULL, rule_id },
};

const PtceRuleInfo *
ptce_rules_get_table (guint *n_rules)
{
  *n_rules = G_N_ELEMENTS (rules);
  return rules;
}

/* ------------------------------------------------------------------ */
/* A run                                                               */

static gboolean
participants_contain (GArray    *array,
                      PtceActor *actor)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index (array, Participant, i).actor == actor)
      return TRUE;
  return FALSE;
}

/* A local authority or a grouping of them is recognised by its SIREN in
 * the official geography when neither its data nor its legal category
 * say what it is. */
static PtceActorKind
kind_from_siren (PtceRuleContext *ctx,
                 PtceActor       *actor)
{
  const char *siren = ptce_actor_get_siren (actor);
  g_autoptr(PtceCommune) commune = NULL;
  g_autoptr(PtceEpci) epci = NULL;

  if (siren == NULL || ctx->geography == NULL ||
      !ptce_identifier_check_siren (siren, NULL))
    return PTCE_ACTOR_KIND_UNKNOWN;
  commune = ptce_geography_lookup_commune_by_siren (ctx->geography, siren);
  if (commune != NULL)
    return PTCE_ACTOR_KIND_LOCAL_AUTHORITY;
  epci = ptce_geography_lookup_epci (ctx->geography, siren);
  if (epci != NULL)
    return PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING;
  return PTCE_ACTOR_KIND_UNKNOWN;
}

static void
describe_participant (PtceRuleContext *ctx,
                      Participant     *p,
                      PtceActor       *actor,
                      PtceMembership  *membership)
{
  g_autoptr(PtceActorInference) inference = NULL;

  inference = ptce_legal_categories_infer_actor (ctx->categories, actor);
  p->actor = g_object_ref (actor);
  p->membership = g_object_ref (membership);
  p->kind = ptce_actor_inference_get_kind (inference);
  if (p->kind == PTCE_ACTOR_KIND_UNKNOWN)
    p->kind = kind_from_siren (ctx, actor);
  p->ess = effective_ess (inference);
  p->conflicts = g_strdupv ((char **) ptce_actor_inference_get_conflicts (inference));
}

static void
collect_participants (PtceRuleContext *ctx)
{
  GListModel *memberships = ptce_pole_get_memberships (ctx->pole);
  guint n = g_list_model_get_n_items (memberships);

  ctx->n_memberships = n;
  /* members first, so that an actor both member and linked counts as a
   * member only */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PtceMembership) membership = g_list_model_get_item (memberships, i);
        PtceActor *actor = ptce_membership_get_actor (membership);
        gboolean member = ptce_membership_is_member (membership);
        Participant p;

        if (member != (pass == 0) || !ptce_membership_is_active_on (membership, ctx->when))
          continue;
        if (participants_contain (ctx->members, actor) || participants_contain (ctx->links, actor))
          continue;
        describe_participant (ctx, &p, actor, membership);
        g_array_append_val (member ? ctx->members : ctx->links, p);
      }
}

static void
participant_clear (gpointer data)
{
  Participant *p = data;

  g_clear_pointer (&p->conflicts, g_strfreev);
  g_clear_object (&p->actor);
  g_clear_object (&p->membership);
}

static char *
legal_basis (PtceRuleContext *ctx)
{
  const char *article_9_ii = ctx->when_julian >= julian (ASAP_IN_FORCE)
                             ? _("article 9 II as rewritten by loi n° 2020-1525 (selection by "
                                 "the funders)")
                             : _("article 9 II in its 2014 wording (selection by an "
                                 "interministerial committee)");
  const char *article_2 = pacte_in_force (ctx)
                          ? _("article 2 as amended by loi n° 2019-486 (four objectives of "
                              "social utility)")
                          : _("article 2 in its 2014 wording (three objectives of social "
                              "utility)");

  return g_strdup_printf (_("On %s: loi n° 2014-856, articles 1 and 9 I (wording of 2014), %s, "
                            "%s; décret n° 2015-431, article 3%s."),
                          ctx->when_iso, article_9_ii, article_2,
                          ctx->when_julian < julian (DECREE_IN_FORCE)
                          ? _(" (not yet in force, applied as a reference)") : "");
}

PtceDiagnosis *
ptce_rules_run (PtceChecker *checker,
                PtceDataset *dataset,
                PtcePole    *pole,
                PtceDate    *when)
{
  PtceRuleContext ctx = { 0 };
  PtceDiagnosis *diagnosis;

  ptce_i18n_init ();

  ctx.checker = checker;
  ctx.dataset = dataset;
  ctx.pole = pole;
  ctx.when = when;
  ctx.when_iso = ptce_date_to_iso8601 (when);
  ctx.when_julian = ptce_date_get_first_julian (when);
  ctx.members = g_array_new (FALSE, TRUE, sizeof (Participant));
  ctx.links = g_array_new (FALSE, TRUE, sizeof (Participant));
  g_array_set_clear_func (ctx.members, participant_clear);
  g_array_set_clear_func (ctx.links, participant_clear);
  ctx.findings = g_list_store_new (PTCE_TYPE_FINDING);

  ctx.geography = ptce_checker_get_geography (checker);
  ctx.categories = ptce_checker_get_legal_categories (checker);
  if (ptce_pole_get_territory (pole) != NULL && ctx.geography != NULL)
    ctx.resolved = ptce_geography_resolve (ctx.geography, ptce_pole_get_territory (pole));
  collect_participants (&ctx);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    rules[i].run (&ctx, &rules[i]);

  diagnosis = ptce_diagnosis_new_internal (pole, when, PTCE_RULESET_VERSION,
                                           legal_basis (&ctx), ctx.findings);
  g_array_unref (ctx.members);
  g_array_unref (ctx.links);
  g_clear_object (&ctx.resolved);
  g_free (ctx.when_iso);
  return diagnosis;
}
