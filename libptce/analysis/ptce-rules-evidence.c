/* ptce-rules-evidence.c: the evidence behind the ESS quality, article 1 of
 * loi n° 2014-856, and the identifiers that name the actors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Article 1 II counts as ESS the cooperatives, mutuals, foundations and
 * associations (1°) and the commercial companies that meet its conditions
 * (2°), which must be registered with the mention of the ESS quality (III).
 * V5 asks for that evidence, V5.category compares the stated status with
 * the INSEE legal category, ID checks the identifiers. See docs/rules.md. */
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
#include "ptce-geography-private.h"
#include "ptce-geo-data-private.h"

/* ------------------------------------------------------------------ */
/* V5, V5.category: the ESS quality (article 1 II, III)               */

void
rule_v5 (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) unproven = g_ptr_array_new ();
  g_autofree char *names = NULL;
  const char *article2;
  PtceActor *own = ptce_pole_get_legal_person (ctx->pole);

  /* the members, and the pole when it is its own legal person (ptce/1.1) */
  for (guint i = 0; i <= ctx->members->len; i++)
    {
      PtceActor *actor = i < ctx->members->len
                         ? g_array_index (ctx->members, Participant, i).actor : own;
      PtceEssBasis basis;

      if (actor == NULL)
        continue;
      basis = ptce_actor_get_ess_basis (actor);

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

void
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
/* ID: the actors' identifiers                                        */

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
  GHashTable      *seen_set;    /* the same, indexed */
} IdCheck;

/* Where in an actor an identifier was found: its seat, a site (numbered
 * from 1, with its label or NULL), or the actor itself (neither). Named in
 * words only for a problem that the message shows, not for each
 * identifier that passes. */
typedef struct {
  gboolean    seat;
  guint       site;   /* 0: not a site */
  const char *label;
} IdWhere;

static const IdWhere id_on_actor = { FALSE, 0, NULL };
static const IdWhere id_on_seat = { TRUE, 0, NULL };

static char *
id_where_words (const IdWhere *where)
{
  if (where->seat)
    return g_strdup (C_("rule ID: field", "seat"));
  if (where->site == 0)
    return NULL;
  /* TRANSLATORS: a site of an actor, by its number and label */
  return where->label != NULL ? g_strdup_printf (_("site %u (%s)"), where->site, where->label)
                              : g_strdup_printf (_("site %u"), where->site);
}

/* Counts one identifier given of @actor; when @error is set it failed its
 * check, @where saying where it was found. */
static void
id_check_count (IdCheck       *check,
                PtceActor     *actor,
                const IdWhere *where,
                GError        *error)
{
  g_autofree char *words = NULL;

  /* id_check_actor() counts all the identifiers of one actor before the
   * next, and each actor once: the actor is in the arrays iff it is their
   * last one (no scan per identifier). */
  check->n_given++;
  if (check->checked->len == 0 || g_ptr_array_index (check->checked, check->checked->len - 1) != actor)
    g_ptr_array_add (check->checked, actor);
  if (error == NULL)
    return;
  check->n_invalid++;
  if (check->invalid->len == 0 || g_ptr_array_index (check->invalid, check->invalid->len - 1) != actor)
    g_ptr_array_add (check->invalid, actor);
  if (check->n_invalid > MAX_PROBLEMS)
    return;
  if (check->problems->len > 0)
    g_string_append (check->problems, "; ");
  words = id_where_words (where);
  if (words != NULL)
    /* TRANSLATORS: an actor's name, where in it (a site), then what is wrong */
    g_string_append_printf (check->problems, C_("rule ID: actor, field, error", "%s, %s: %s"),
                            actor_label (actor), words, error->message);
  else
    /* TRANSLATORS: an actor's name, then what is wrong with one of its identifiers */
    g_string_append_printf (check->problems, C_("rule ID: actor, error", "%s: %s"),
                            actor_label (actor), error->message);
}

/* Checks a SIRET, against the SIREN when that one is valid, as
 * `ptce verify` does. */
static void
id_check_siret (IdCheck       *check,
                PtceActor     *actor,
                const IdWhere *where,
                const char    *siret,
                const char    *valid_siren)
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
id_check_commune (IdCheck       *check,
                  PtceActor     *actor,
                  const IdWhere *where,
                  const char    *code)
{
  g_autoptr(GError) error = NULL;
  PtceGeoData *data;
  gint index;

  if (code == NULL || check->ctx->geography == NULL)
    return;
  /* A current commune of the vintage passes: found directly, without the
   * problem ptce_geography_check_commune() words for a code that fails
   * (the same check, which says what is wrong). */
  data = ptce_geography_get_data (check->ctx->geography);
  index = ptce_identifier_check_commune_code (code, NULL)
          ? ptce_geo_data_find_commune (data, code) : -1;
  if (index < 0 || data->communes[index].kind != PTCE_COMMUNE_KIND_CURRENT)
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
  /* the list itself, NULL without a site (the getter would make a store
   * and a view for each actor) */
  GListModel *sites = ptce_actor_peek_sites_private (actor);
  guint n_sites = counted_n_items (sites);
  gboolean siren_ok = FALSE;

  if (!g_hash_table_add (check->seen_set, actor))
    return;
  g_ptr_array_add (check->seen, actor);

  if (siren != NULL)
    {
      g_autoptr(GError) error = NULL;

      siren_ok = ptce_identifier_check_siren (siren, &error);
      id_check_count (check, actor, &id_on_actor, error);
    }
  id_check_siret (check, actor, &id_on_actor, ptce_actor_get_siret (actor),
                  siren_ok ? siren : NULL);
  if (rna != NULL)
    {
      g_autoptr(GError) error = NULL;

      ptce_identifier_check_rna (rna, &error);
      id_check_count (check, actor, &id_on_actor, error);
    }
  if (naf != NULL)
    {
      g_autoptr(GError) error = NULL;

      ptce_identifier_check_naf (naf, &error);
      id_check_count (check, actor, &id_on_actor, error);
    }
  if (category != NULL && check->ctx->categories != NULL)
    {
      g_autoptr(GError) error = NULL;

      ptce_legal_categories_check (check->ctx->categories, category, &error);
      id_check_count (check, actor, &id_on_actor, error);
    }
  id_check_commune (check, actor, &id_on_seat, ptce_actor_get_seat_commune (actor));

  for (guint i = 0; i < n_sites; i++)
    {
      g_autoptr(PtceSite) site = g_list_model_get_item (sites, i);
      IdWhere where = { FALSE, i + 1, ptce_site_get_label (site) };

      id_check_siret (check, actor, &where, ptce_site_get_siret (site), siren_ok ? siren : NULL);
      id_check_commune (check, actor, &where, ptce_site_get_commune (site));
    }
}

void
rule_id (PtceRuleContext    *ctx,
         const PtceRuleInfo *info)
{
  g_autoptr(GPtrArray) checked = g_ptr_array_new ();
  g_autoptr(GPtrArray) invalid = g_ptr_array_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GHashTable) seen_set = g_hash_table_new (NULL, NULL);
  IdCheck check = { ctx, 0, 0, problems, checked, invalid, seen, seen_set };
  g_autofree char *measure = NULL;
  g_autofree char *names = NULL;
  PtceFindingData *finding;

  for (guint i = 0; i < ctx->members->len; i++)
    id_check_actor (&check, g_array_index (ctx->members, Participant, i).actor);
  for (guint i = 0; i < ctx->links->len; i++)
    id_check_actor (&check, g_array_index (ctx->links, Participant, i).actor);
  if (ptce_pole_get_carrier (ctx->pole) != NULL)
    id_check_actor (&check, ptce_pole_get_carrier (ctx->pole));
  if (ptce_pole_get_legal_person (ctx->pole) != NULL)
    id_check_actor (&check, ptce_pole_get_legal_person (ctx->pole));

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
      ptce_finding_data_set_measure (finding, 0.0, 0.0, 0, check.n_given);
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
  ptce_finding_data_set_measure (finding, (double) check.n_invalid / check.n_given, 0.0,
                            check.n_invalid, check.n_given);
}
