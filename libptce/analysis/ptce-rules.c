/* ptce-rules.c: the rule set of the PTCE diagnosis, V0 … V18 and ID
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each rule reads the pole as of one date and appends one finding (two
 * for a rule that has a part the décret makes stricter: those parts are
 * rules of their own, "V6.eligibility"…). A rule that lacks data says so
 * with PTCE_FINDING_STATUS_UNDETERMINED and a remedy; it never stays
 * silent. The rules and their legal ground are documented in
 * docs/rules.md; keep both in step, and bump PTCE_RULESET_VERSION when a
 * rule changes.
 *
 * This file holds what the rules share: the context of a run (filled once
 * from the PtceRuleSettings the checker gives), the helpers that emit
 * findings and classify the participants, the table and the run. The rules
 * themselves live by the part of the law they read:
 *   ptce-rules-definition.c   article 9 I of loi n° 2014-856 (definition);
 *   ptce-rules-eligibility.c  article 3 of décret n° 2015-431, article 9 II;
 *   ptce-rules-evidence.c     article 1 (ESS quality) and identifiers. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ptce-rules-context-private.h"
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
#include "ptce-model-private.h"
#include "ptce-geography-private.h"
#include "ptce-geo-data-private.h"

/* ------------------------------------------------------------------ */
/* The texts and their wordings                                       */

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

/* The day number of GDate (1 for 1 January of year 1, proleptic
 * Gregorian calendar) of a date, and back, by arithmetic (the days of a
 * civil date counted in eras of 400 years, which all have 146 097 days):
 * the same numbers as g_date_get_julian() and g_date_set_julian(),
 * without a GDate's validation and caches for each date a rule compares. */
guint32
julian (int year,
        int month,
        int day)
{
  int y = month <= 2 ? year - 1 : year;
  int era = y / 400;  /* y >= 0 for every year GDate takes (1 … 65535) */
  int yoe = y - era * 400;
  int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  /* days from 1 March of year 0; 1 January of year 1 is day 306 */
  return (guint32) (era * 146097 + doe - 305);
}

static void
ymd_of_julian (guint32  julian_day,
               int     *year,
               int     *month,
               int     *day)
{
  guint32 z = julian_day + 305;  /* days from 1 March of year 0 */
  guint32 era = z / 146097;
  guint32 doe = z - era * 146097;
  guint32 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  guint32 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  guint32 mp = (5 * doy + 2) / 153;

  *day = (int) (doy - (153 * mp + 2) / 5 + 1);
  *month = (int) (mp < 10 ? mp + 3 : mp - 9);
  *year = (int) (yoe + era * 400) + (*month <= 2 ? 1 : 0);
}

/* ------------------------------------------------------------------ */
/* The context of one run                                             */

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

gboolean
pacte_in_force (PtceRuleContext *ctx)
{
  return ctx->when_julian >= julian (PACTE_IN_FORCE);
}

/* Appends a finding at @level; takes @message and @remedy. Returns it,
 * borrowed. */
PtceFindingData *
emit_at_level (PtceRuleContext    *ctx,
               const PtceRuleInfo *info,
               PtceFindingLevel    level,
               PtceFindingStatus   status,
               char               *message,
               char               *remedy)
{
  PtceFindingData *finding;

  finding = ptce_finding_data_new (info->id, level, status, info->title,
                                   ptce_rules_legal_text (info->source),
                                   info->article, info->paragraph, info->quote,
                                   wording_version (ctx, info->wording));
  finding->message = message;
  finding->remedy = remedy;
  g_ptr_array_add (ctx->findings, finding);
  return finding; /* the array holds it */
}

/* Appends a finding at the level of the rule; takes @message and @remedy.
 * Returns it, borrowed. */
PtceFindingData *
emit (PtceRuleContext    *ctx,
      const PtceRuleInfo *info,
      PtceFindingStatus   status,
      char               *message,
      char               *remedy)
{
  return emit_at_level (ctx, info, info->level, status, message, remedy);
}

const char *
actor_label (PtceActor *actor)
{
  const char *name = ptce_actor_get_name (actor);

  return name != NULL && *name != '\0' ? name : ptce_actor_get_id (actor);
}

/* "A, B, C" or "A, B … and 3 more"; @actors holds PtceActor. */
char *
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

void
add_objects (PtceFindingData *finding,
             GPtrArray   *objects)
{
  ptce_finding_data_add_objects (finding, objects);
}

/* emit(), then names @objects as what the finding is about. */
PtceFindingData *
emit_about (PtceRuleContext    *ctx,
            const PtceRuleInfo *info,
            PtceFindingStatus   status,
            char               *message,
            char               *remedy,
            GPtrArray          *objects)
{
  PtceFindingData *finding = emit (ctx, info, status, message, remedy);

  add_objects (finding, objects);
  return finding;
}

/* emit(), then names the pole as what the finding is about. */
PtceFindingData *
emit_about_pole (PtceRuleContext    *ctx,
                 const PtceRuleInfo *info,
                 PtceFindingStatus   status,
                 char               *message,
                 char               *remedy)
{
  PtceFindingData *finding = emit (ctx, info, status, message, remedy);

  ptce_finding_data_add_object (finding, ctx->pole);
  return finding;
}

/* ------------------------------------------------------------------ */
/* What an actor is: stated by the data, else inferred                */

/* Whether the actor belongs to the ESS in the sense of article 1, from
 * the ESS basis and family that its data state or that its INSEE legal
 * category implies (ptce_legal_categories_infer_actor(): stated data win).
 * The ESS basis wins; without one, the ESS family of article 1 II 1°
 * (association, cooperative, mutual, foundation) makes an actor ESS by
 * status. A commercial company needs the qualification of article 1 II 2°
 * and III, and a mere declaration is no evidence (rule V5). */
Tri
effective_ess (const PtceActorInferenceData *inference)
{
  switch (inference->basis)
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

  switch (inference->family)
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
/* Where an actor is                                                  */

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
gboolean
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
      /* outside, a commune the geography knows (any kind of entry); else
       * a code it does not know */
      gboolean known;

      if (ptce_resolved_territory_locate_commune (ctx->resolved, commune, &known))
        return TRI_YES;
      return known ? TRI_NO : TRI_UNKNOWN;
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
Tri
actor_located_in (PtceRuleContext *ctx,
                  PtceActor       *actor,
                  PtceTerritory   *territory)
{
  /* the list itself, NULL when the actor has no site: the getter would
   * make a store and a view, kept, for every member of every pole */
  GListModel *sites = ptce_actor_peek_sites_private (actor);
  guint n = counted_n_items (sites);
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
/* Time                                                               */

int
months_between (guint32 from,
                guint32 to)
{
  int ya, ma, da, yb, mb, db;
  int months;

  if (to <= from)
    return 0;
  ymd_of_julian (from, &ya, &ma, &da);
  ymd_of_julian (to, &yb, &mb, &db);
  months = (yb - ya) * 12 + (mb - ma);
  if (db < da)
    months--;
  return MAX (months, 0);
}

char *
iso_or_null (PtceDate *date)
{
  return date != NULL ? ptce_date_to_words (date) : NULL;
}

/* ------------------------------------------------------------------ */
/* Shared helpers of the composition rules                            */

/* Sorts the participants of @array by @test into @yes and @unknown
 * (arrays of PtceActor, borrowed); returns how many passed. */
guint
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

Tri
test_ess_enterprise (const Participant *p,
                     gpointer           data)
{
  return is_ess_enterprise (p);
}

Tri
test_non_ess_enterprise_or_grouping (const Participant *p,
                                     gpointer           data)
{
  return is_non_ess_enterprise (p, TRUE);
}

Tri
test_non_ess_enterprise (const Participant *p,
                         gpointer           data)
{
  return is_non_ess_enterprise (p, FALSE);
}

Tri
test_grouping (const Participant *p,
               gpointer           data)
{
  if (p->kind == PTCE_ACTOR_KIND_ENTERPRISE_GROUPING)
    return TRI_YES;
  return p->kind == PTCE_ACTOR_KIND_UNKNOWN && p->ess != TRI_YES ? TRI_UNKNOWN : TRI_NO;
}

Tri
test_article9_other (const Participant *p,
                     gpointer           data)
{
  return is_article9_other (p, GPOINTER_TO_INT (data));
}

Tri
test_legal_person (const Participant *p,
                   gpointer           data)
{
  return is_legal_person (p);
}

char *
remedy_record_members (GPtrArray *unknown)
{
  g_autofree char *names = join_names (unknown);

  return g_strdup_printf (_("Record the kind (article 9) and the ESS status (legal form, INSEE "
                            "legal category or ESS qualification) of: %s."), names);
}

char *
remedy_record_memberships (void)
{
  return g_strdup (_("Record the members of the pole, with the date they joined, their kind "
                     "(article 9) and their ESS status."));
}

/* The first step of the rules about the members: when the pole records no
 * membership at all, emits the undetermined finding that says so in
 * @message and returns TRUE. */
gboolean
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
PtceFindingData *
emit_unknown_members (PtceRuleContext    *ctx,
                      const PtceRuleInfo *info,
                      char               *message,
                      GPtrArray          *unknown)
{
  return emit_about (ctx, info, PTCE_FINDING_STATUS_UNDETERMINED, message,
                     remedy_record_members (unknown), unknown);
}

/* ------------------------------------------------------------------ */
/* Shared helpers of the territorial rules                            */

char *
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

char *
remedy_delimit_territory (void)
{
  return g_strdup (_("Delimit the territory by the official codes of the communes "
                     "or EPCI it covers."));
}

/* The first step of the territory rules: when the pole records no
 * territory, emits the undetermined finding that says so in @message and
 * returns TRUE. */
gboolean
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

/* ------------------------------------------------------------------ */
/* The table                                                          */

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
/* A run                                                              */

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
  PtceActorInferenceData inference;

  /* the inference's fields, without a PtceActorInference object made and
   * finalised for every participant of every pole */
  ptce_legal_categories_infer_actor_data (ctx->categories, actor, &inference);
  p->actor = g_object_ref (actor);
  p->membership = g_object_ref (membership);
  p->kind = inference.kind;
  if (p->kind == PTCE_ACTOR_KIND_UNKNOWN)
    p->kind = kind_from_siren (ctx, actor);
  p->ess = effective_ess (&inference);
  p->conflicts = NULL;
  if (inference.conflicts != NULL)
    {
      g_ptr_array_add (inference.conflicts, NULL);
      p->conflicts = (char **) g_ptr_array_free (g_steal_pointer (&inference.conflicts), FALSE);
    }
  ptce_actor_inference_data_clear (&inference);
}

/* The @n items of @items, borrowed, in order, into a new array. */
static GPtrArray *
borrowed_array (gpointer const *items,
                guint           n)
{
  GPtrArray *array = g_ptr_array_sized_new (n);

  ptce_work_scan (n);
  if (n > 0)
    {
      memcpy (array->pdata, items, n * sizeof (gpointer));
      array->len = n;
    }
  return array;
}

static void
collect_participants (PtceRuleContext *ctx)
{
  guint n = counted_len (ctx->memberships);

  ctx->n_memberships = n;
  /* members first, so that an actor both member and linked counts as a
   * member only */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        PtceMembership *membership = g_ptr_array_index (ctx->memberships, i);
        PtceActor *actor = ptce_membership_get_actor (membership);
        gboolean member = ptce_membership_is_member (membership);
        Participant p;

        /* a membership made without its actor (g_object_new() in a
         * binding) names nobody: no dataset takes it */
        if (actor == NULL)
          continue;
        if (member != (pass == 0) || !ptce_membership_is_active_on (membership, ctx->when))
          continue;
        if (g_hash_table_contains (ctx->participants, actor))
          continue;
        describe_participant (ctx, &p, actor, membership);
        g_array_append_val (member ? ctx->members : ctx->links, p);
        g_hash_table_insert (ctx->participants, actor, member ? IN_MEMBERS : IN_LINKS);
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
ptce_rules_run (const PtceRuleSettings *settings,
                PtceDataset *dataset,
                PtcePole    *pole,
                PtceDate    *when)
{
  PtceRuleContext ctx = { 0 };
  PtceDiagnosis *diagnosis;

  ptce_i18n_init ();

  ctx.settings = settings;
  ctx.dataset = dataset;
  ctx.pole = pole;
  ctx.when = when;
  ctx.when_iso = ptce_date_to_words (when);  /* for the sentences */
  ctx.when_julian = ptce_date_get_first_julian (when);
  ctx.members = g_array_new (FALSE, TRUE, sizeof (Participant));
  ctx.links = g_array_new (FALSE, TRUE, sizeof (Participant));
  g_array_set_clear_func (ctx.members, participant_clear);
  g_array_set_clear_func (ctx.links, participant_clear);
  ctx.participants = g_hash_table_new (NULL, NULL);
  ctx.findings = g_ptr_array_new_with_free_func (ptce_finding_data_free);

  ctx.geography = settings->geography;
  ctx.categories = settings->categories;
  if (ptce_pole_get_territory (pole) != NULL && ctx.geography != NULL)
    ctx.resolved = ptce_geography_resolve (ctx.geography, ptce_pole_get_territory (pole));
  {
    guint n;
    gpointer const *items;

    items = (gpointer const *) ptce_pole_peek_membership_array_private (pole, &n);
    ctx.memberships = borrowed_array (items, n);
    items = (gpointer const *) ptce_pole_peek_cooperation_array_private (pole, &n);
    ctx.cooperations = borrowed_array (items, n);
  }
  collect_participants (&ctx);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    rules[i].run (&ctx, &rules[i]);

  diagnosis = ptce_diagnosis_new_internal (pole, when, PTCE_RULESET_VERSION,
                                           legal_basis (&ctx), ctx.findings);
  g_ptr_array_unref (ctx.memberships);
  g_ptr_array_unref (ctx.cooperations);
  g_hash_table_unref (ctx.participants);
  g_array_unref (ctx.members);
  g_array_unref (ctx.links);
  g_clear_object (&ctx.resolved);
  g_free (ctx.when_iso);
  return diagnosis;
}
