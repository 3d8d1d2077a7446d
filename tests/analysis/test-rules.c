/* test-rules.c: every rule of the diagnosis, on a pole that passes it and
 * on poles that fail it
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case starts from the same complete pole — four members (two ESS
 * enterprises, an enterprise outside the ESS, a commune), a running
 * mutualisation, a written strategy, a socially innovative project, an
 * association — that meets every rule on 2017-01-01, changes one thing and
 * checks what the rule under test finds: its status, and where it matters
 * the objects it names and the value it measured. */
#include <libptce/libptce.h>

#define CHECK_DATE "2017-01-01"

typedef struct {
  PtcePole    *pole;
  GPtrArray   *actors;        /* PtceActor, added to the dataset in order */
  GPtrArray   *observations;  /* PtceObservation */
  PtceChecker *checker;
  const char  *date;
  PtceActor   *ess1, *ess2, *firm, *town;
} Fixture;

static PtceDate *
date_of (const char *iso)
{
  g_autoptr(GError) error = NULL;
  PtceDate *date = ptce_date_new_from_iso8601 (iso, &error);

  g_assert_no_error (error);
  g_assert_nonnull (date);
  return date;
}

static PtceActor *
add_actor (Fixture       *f,
           const char    *id,
           PtceActorKind  kind,
           PtceEssFamily  family,
           PtceEssBasis   basis,
           const char    *seat)
{
  PtceActor *actor = ptce_actor_new (id, id);

  ptce_actor_set_kind (actor, kind);
  ptce_actor_set_ess_family (actor, family);
  ptce_actor_set_ess_basis (actor, basis);
  if (seat != NULL)
    ptce_actor_set_seat_commune (actor, seat);
  g_ptr_array_add (f->actors, actor);
  return actor;
}

static PtceMembership *
join (Fixture            *f,
      PtceActor          *actor,
      PtceMembershipRole  roles,
      const char         *start)
{
  g_autoptr(PtceMembership) membership = ptce_membership_new (actor, roles);

  if (start != NULL)
    {
      g_autoptr(PtceDate) date = date_of (start);

      ptce_membership_set_start (membership, date);
    }
  ptce_pole_add_membership (f->pole, membership);
  return membership;
}

static PtceCooperation *
cooperate (Fixture             *f,
           const char          *id,
           PtceCooperationMode  mode,
           const char          *start,
           PtceActor          **participants)
{
  g_autoptr(PtceCooperation) cooperation = ptce_cooperation_new (id, mode);
  g_autoptr(GError) error = NULL;

  if (start != NULL)
    {
      g_autoptr(PtceDate) date = date_of (start);

      ptce_cooperation_set_start (cooperation, date);
    }
  for (guint i = 0; participants != NULL && participants[i] != NULL; i++)
    ptce_cooperation_add_participant (cooperation, participants[i]);
  g_assert_true (ptce_pole_add_cooperation (f->pole, cooperation, &error));
  g_assert_no_error (error);
  return cooperation;
}

static void
fixture_init (Fixture *f)
{
  g_autoptr(PtceTerritory) territory = ptce_territory_new ("Tarnos");
  g_autoptr(PtceStrategy) strategy = ptce_strategy_new ("Charte du pôle");
  g_autoptr(PtceProject) project = ptce_project_new ("p1", "Restauration inter-entreprises");
  g_autoptr(PtceDate) founded = date_of ("2015-01-01");
  g_autoptr(GError) error = NULL;
  PtceActor *participants[3];

  f->actors = g_ptr_array_new_with_free_func (g_object_unref);
  f->observations = g_ptr_array_new_with_free_func (g_object_unref);
  f->checker = ptce_checker_new ();
  f->date = CHECK_DATE;
  f->pole = ptce_pole_new ("pole", "Pôle de test");
  ptce_pole_set_founded (f->pole, founded);
  ptce_pole_set_legal_form (f->pole, PTCE_LEGAL_FORM_ASSOCIATION);

  ptce_territory_add_commune (territory, "40312");
  ptce_pole_set_territory (f->pole, territory);

  f->ess1 = add_actor (f, "ess1", PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_FAMILY_ASSOCIATION,
                       PTCE_ESS_BASIS_BY_STATUS, "40312");
  f->ess2 = add_actor (f, "ess2", PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_FAMILY_COOPERATIVE,
                       PTCE_ESS_BASIS_BY_STATUS, "40312");
  f->firm = add_actor (f, "firm", PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_FAMILY_NONE,
                       PTCE_ESS_BASIS_NOT_ESS, "40312");
  f->town = add_actor (f, "town", PTCE_ACTOR_KIND_LOCAL_AUTHORITY, PTCE_ESS_FAMILY_NONE,
                       PTCE_ESS_BASIS_NOT_ESS, "40312");
  join (f, f->ess1, PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER | PTCE_MEMBERSHIP_ROLE_ANIMATOR,
        "2015-01-01");
  join (f, f->ess2, PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER, "2015-01-01");
  join (f, f->firm, PTCE_MEMBERSHIP_ROLE_MEMBER, "2015-01-01");
  join (f, f->town, PTCE_MEMBERSHIP_ROLE_MEMBER, "2015-01-01");

  participants[0] = f->ess1;
  participants[1] = f->firm;
  participants[2] = NULL;
  cooperate (f, "c1", PTCE_COOPERATION_MODE_MUTUALISATION, "2015-01-01", participants);

  ptce_strategy_set_adopted (strategy, founded);
  ptce_strategy_set_sustainable_local_development (strategy, TRUE);
  ptce_pole_set_strategy (f->pole, strategy);

  ptce_project_set_innovation (project, PTCE_INNOVATION_SOCIAL);
  ptce_project_set_start (project, founded);
  ptce_project_set_sustainable_local_development (project, TRUE);
  g_assert_true (ptce_pole_add_project (f->pole, project, &error));
  g_assert_no_error (error);
}

static void
fixture_clear (Fixture *f)
{
  g_clear_object (&f->pole);
  g_clear_object (&f->checker);
  g_clear_pointer (&f->actors, g_ptr_array_unref);
  g_clear_pointer (&f->observations, g_ptr_array_unref);
}

static PtceDataset *
fixture_dataset (Fixture *f)
{
  PtceDataset *dataset = ptce_dataset_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < f->actors->len; i++)
    {
      g_assert_true (ptce_dataset_add_actor (dataset, g_ptr_array_index (f->actors, i), &error));
      g_assert_no_error (error);
    }
  g_assert_true (ptce_dataset_add_pole (dataset, f->pole, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < f->observations->len; i++)
    {
      g_assert_true (ptce_dataset_add_observation (dataset, g_ptr_array_index (f->observations, i),
                                                   &error));
      g_assert_no_error (error);
    }
  return dataset;
}

static PtceDiagnosis *
fixture_check (Fixture *f)
{
  g_autoptr(PtceDataset) dataset = fixture_dataset (f);
  g_autoptr(PtceDate) when = date_of (f->date);

  return ptce_checker_check (f->checker, dataset, f->pole, when);
}

static void
remove_member (Fixture   *f,
               PtceActor *actor)
{
  g_autoptr(GListModel) memberships = ptce_pole_list_memberships_of (f->pole, actor);

  while (g_list_model_get_n_items (memberships) > 0)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (memberships, 0);

      g_assert_true (ptce_pole_remove_membership (f->pole, membership));
      g_clear_object (&memberships);
      memberships = ptce_pole_list_memberships_of (f->pole, actor);
    }
}

static gboolean
objects_contain (PtceFinding *finding,
                 gpointer     object)
{
  GListModel *objects = ptce_finding_get_objects (finding);

  for (guint i = 0; i < g_list_model_get_n_items (objects); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (objects, i);

      if (item == object)
        return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* The changes                                                         */

static void
no_territory (Fixture *f)
{
  ptce_pole_set_territory (f->pole, NULL);
}

static void
territory_named_only (Fixture *f)
{
  g_autoptr(PtceTerritory) territory = ptce_territory_new ("Le Seignanx");

  ptce_pole_set_territory (f->pole, territory);
}

static void
territory_by_departement (Fixture *f)
{
  g_autoptr(PtceTerritory) territory = ptce_territory_new ("Landes");
  const char * const departements[] = { "40", NULL };

  ptce_territory_set_departements (territory, departements);
  ptce_pole_set_territory (f->pole, territory);
}

static void
members_elsewhere (Fixture *f)
{
  ptce_actor_set_seat_commune (f->ess1, "75056");
  ptce_actor_set_seat_commune (f->ess2, "75056");
  ptce_actor_set_seat_commune (f->firm, "69123");
}

/* 15 members, 4 of them on the territory: the example of the issue */
static void
fifteen_members_four_local (Fixture *f)
{
  ptce_actor_set_seat_commune (f->town, "75056");
  for (guint i = 0; i < 11; i++)
    {
      g_autofree char *id = g_strdup_printf ("far%u", i);
      PtceActor *actor = add_actor (f, id, PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_FAMILY_NONE,
                                    PTCE_ESS_BASIS_NOT_ESS, "75056");

      join (f, actor, PTCE_MEMBERSHIP_ROLE_MEMBER, "2015-01-01");
    }
  /* one of them located by a site rather than by its seat */
  {
    g_autoptr(PtceSite) site = ptce_site_new ("40312");

    ptce_actor_set_seat_commune (f->town, NULL);
    ptce_actor_add_site (f->town, site);
  }
}

static void
members_unlocated (Fixture *f)
{
  ptce_actor_set_seat_commune (f->ess1, NULL);
  ptce_actor_set_seat_commune (f->ess2, NULL);
  ptce_actor_set_seat_commune (f->firm, NULL);
}

static void
strict_location (Fixture *f)
{
  ptce_actor_set_seat_commune (f->town, "75056");
  ptce_checker_set_location_threshold (f->checker, 0.8);
}

static void
no_ess_enterprise (Fixture *f)
{
  ptce_actor_set_ess_family (f->ess1, PTCE_ESS_FAMILY_NONE);
  ptce_actor_set_ess_basis (f->ess1, PTCE_ESS_BASIS_NOT_ESS);
  ptce_actor_set_ess_family (f->ess2, PTCE_ESS_FAMILY_NONE);
  ptce_actor_set_ess_basis (f->ess2, PTCE_ESS_BASIS_NOT_ESS);
}

static void
ess_status_unknown (Fixture *f)
{
  ptce_actor_set_ess_family (f->ess1, PTCE_ESS_FAMILY_UNKNOWN);
  ptce_actor_set_ess_basis (f->ess1, PTCE_ESS_BASIS_UNKNOWN);
  ptce_actor_set_ess_family (f->ess2, PTCE_ESS_FAMILY_UNKNOWN);
  ptce_actor_set_ess_basis (f->ess2, PTCE_ESS_BASIS_UNKNOWN);
}

static void
ess_by_family_only (Fixture *f)
{
  /* article 1 II 1°: an association is ESS by its legal form */
  ptce_actor_set_ess_basis (f->ess1, PTCE_ESS_BASIS_UNKNOWN);
  ptce_actor_set_kind (f->ess1, PTCE_ACTOR_KIND_UNKNOWN);
}

static void
one_ess_enterprise (Fixture *f)
{
  remove_member (f, f->ess2);
}

static void
three_ess_asked (Fixture *f)
{
  ptce_checker_set_min_ess_enterprises (f->checker, 3);
}

static void
no_memberships (Fixture *f)
{
  remove_member (f, f->ess1);
  remove_member (f, f->ess2);
  remove_member (f, f->firm);
  remove_member (f, f->town);
}

static void
before_members_joined (Fixture *f)
{
  /* the pole exists (founded 2015) but the founding members join in 2016 */
  GListModel *memberships = ptce_pole_get_memberships (f->pole);
  g_autoptr(PtceDate) joined = date_of ("2016-06-01");

  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (memberships, i);

      ptce_membership_set_start (membership, joined);
    }
  f->date = "2016-01-01";
}

static void
declared_commercial (Fixture *f)
{
  ptce_actor_set_ess_family (f->ess2, PTCE_ESS_FAMILY_COMMERCIAL_COMPANY);
  ptce_actor_set_ess_basis (f->ess2, PTCE_ESS_BASIS_DECLARED_ONLY);
}

static void
declared_commercial_2019 (Fixture *f)
{
  declared_commercial (f);
  f->date = "2019-06-01";
}

static void
qualified_commercial (Fixture *f)
{
  ptce_actor_set_ess_family (f->ess2, PTCE_ESS_FAMILY_COMMERCIAL_COMPANY);
  ptce_actor_set_ess_basis (f->ess2, PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY);
}

static void
only_ess_enterprises (Fixture *f)
{
  remove_member (f, f->firm);
}

static void
firm_status_unknown (Fixture *f)
{
  ptce_actor_set_ess_family (f->firm, PTCE_ESS_FAMILY_UNKNOWN);
  ptce_actor_set_ess_basis (f->firm, PTCE_ESS_BASIS_UNKNOWN);
}

static PtceActor *
grouping_instead_of_firm (Fixture *f)
{
  PtceActor *grouping = add_actor (f, "gie", PTCE_ACTOR_KIND_ENTERPRISE_GROUPING,
                                   PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS, "40312");

  remove_member (f, f->firm);
  join (f, grouping, PTCE_MEMBERSHIP_ROLE_MEMBER, "2015-01-01");
  return grouping;
}

static void
observe (Fixture    *f,
         const char *subject,
         const char *indicator,
         double      value,
         const char *start)
{
  PtceObservation *observation = ptce_observation_new (subject, indicator, value);
  g_autoptr(PtceDate) date = date_of (start);

  ptce_observation_set_start (observation, date);
  g_ptr_array_add (f->observations, observation);
}

static void
grouping_non_ess_majority (Fixture *f)
{
  grouping_instead_of_firm (f);
  observe (f, "gie", "members", 10, "2016");
  observe (f, "gie", "non-ess-members", 7, "2016");
}

static void
grouping_ess_majority (Fixture *f)
{
  grouping_instead_of_firm (f);
  observe (f, "gie", "members", 10, "2016");
  observe (f, "gie", "ess-members", 7, "2016");
  /* a later figure, after the date checked, must not count */
  observe (f, "gie", "ess-members", 2, "2020");
}

static void
grouping_unknown_composition (Fixture *f)
{
  grouping_instead_of_firm (f);
}

static void
no_article9_other (Fixture *f)
{
  remove_member (f, f->town);
}

static void
town_partner_only (Fixture *f)
{
  remove_member (f, f->town);
  join (f, f->town, PTCE_MEMBERSHIP_ROLE_PARTNER, "2015-01-01");
}

static void
town_kind_unknown (Fixture *f)
{
  ptce_actor_set_kind (f->town, PTCE_ACTOR_KIND_UNKNOWN);
  ptce_actor_set_ess_family (f->town, PTCE_ESS_FAMILY_UNKNOWN);
  ptce_actor_set_ess_basis (f->town, PTCE_ESS_BASIS_UNKNOWN);
}

static void
two_members (Fixture *f)
{
  remove_member (f, f->ess2);
  remove_member (f, f->town);
}

static void
two_members_one_unknown (Fixture *f)
{
  remove_member (f, f->ess2);
  town_kind_unknown (f);
}

static void
no_legal_personality (Fixture *f)
{
  ptce_pole_set_legal_form (f->pole, PTCE_LEGAL_FORM_NO_LEGAL_PERSONALITY);
}

static void
legal_form_unknown (Fixture *f)
{
  ptce_pole_set_legal_form (f->pole, PTCE_LEGAL_FORM_UNKNOWN);
}

static void
no_cooperation (Fixture *f)
{
  PtceCooperation *cooperation = ptce_pole_lookup_cooperation (f->pole, "c1");

  g_assert_true (ptce_pole_remove_cooperation (f->pole, cooperation));
}

static void
cooperation_with_outsider (Fixture *f)
{
  PtceActor *outsider = add_actor (f, "outsider", PTCE_ACTOR_KIND_ENTERPRISE,
                                   PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS, "40312");
  PtceActor *participants[] = { f->ess1, outsider, NULL };

  no_cooperation (f);
  cooperate (f, "c2", PTCE_COOPERATION_MODE_PARTENARIAT, "2015-01-01", participants);
}

static void
cooperation_ended (Fixture *f)
{
  PtceCooperation *cooperation = ptce_pole_lookup_cooperation (f->pole, "c1");
  g_autoptr(PtceDate) end = date_of ("2016-03");

  ptce_cooperation_set_end (cooperation, end);
}

static void
cooperation_without_participants (Fixture *f)
{
  no_cooperation (f);
  cooperate (f, "c3", PTCE_COOPERATION_MODE_COOPERATION, "2015-01-01", NULL);
}

static void
no_strategy (Fixture *f)
{
  ptce_pole_set_strategy (f->pole, NULL);
}

static void
no_strategy_strict (Fixture *f)
{
  no_strategy (f);
  ptce_checker_set_strict (f->checker, TRUE);
}

static void
strategy_adopted_later (Fixture *f)
{
  g_autoptr(PtceDate) adopted = date_of ("2018-02-01");

  ptce_strategy_set_adopted (ptce_pole_get_strategy (f->pole), adopted);
}

static void
long_continuity_asked (Fixture *f)
{
  ptce_checker_set_continuity_months (f->checker, 36);
}

static void
young_pole (Fixture *f)
{
  f->date = "2015-06-01";
}

static void
undated_ties (Fixture *f)
{
  PtceCooperation *cooperation = ptce_pole_lookup_cooperation (f->pole, "c1");

  ptce_cooperation_set_start (cooperation, NULL);
  ptce_strategy_set_adopted (ptce_pole_get_strategy (f->pole), NULL);
}

static void
project_not_innovative (Fixture *f)
{
  ptce_project_set_innovation (ptce_pole_lookup_project (f->pole, "p1"), PTCE_INNOVATION_NONE);
}

static void
project_technological (Fixture *f)
{
  ptce_project_set_innovation (ptce_pole_lookup_project (f->pole, "p1"),
                               PTCE_INNOVATION_TECHNOLOGICAL);
}

static void
project_ended (Fixture *f)
{
  g_autoptr(PtceDate) end = date_of ("2016-12-31");

  ptce_project_set_end (ptce_pole_lookup_project (f->pole, "p1"), end);
}

static void
no_project (Fixture *f)
{
  g_assert_true (ptce_pole_remove_project (f->pole, ptce_pole_lookup_project (f->pole, "p1")));
}

static void
no_sustainable_development (Fixture *f)
{
  ptce_strategy_set_sustainable_local_development (ptce_pole_get_strategy (f->pole), FALSE);
  ptce_project_set_sustainable_local_development (ptce_pole_lookup_project (f->pole, "p1"),
                                                  FALSE);
}

static void
project_only_sustainable (Fixture *f)
{
  ptce_strategy_set_sustainable_local_development (ptce_pole_get_strategy (f->pole), FALSE);
}

static void
no_strategy_no_project (Fixture *f)
{
  no_strategy (f);
  no_project (f);
}

static void
fund (Fixture      *f,
      const char   *call,
      PtceCallKind  kind,
      const char   *date)
{
  g_autoptr(PtceFunding) funding = ptce_funding_new (call, kind);

  if (date != NULL)
    {
      g_autoptr(PtceDate) when = date_of (date);

      ptce_funding_set_date (funding, when);
    }
  ptce_pole_add_funding (f->pole, funding);
}

static void
state_funded_before (Fixture *f)
{
  fund (f, "AAP-2015", PTCE_CALL_KIND_STATE_AAP, "2016-01-14");
}

static void
state_funded_after (Fixture *f)
{
  fund (f, "AMI-2021-P2", PTCE_CALL_KIND_STATE_AMI_PHASE2, "2021-10-01");
}

static void
regional_funding_only (Fixture *f)
{
  fund (f, "Région 2016", PTCE_CALL_KIND_REGIONAL, "2016-03-01");
  fund (f, "AMI-2021-P1", PTCE_CALL_KIND_STATE_AMI_PHASE1, "2016-06-01");
}

static void
state_funded_undated (Fixture *f)
{
  fund (f, "AAP-2013", PTCE_CALL_KIND_STATE_AAP, NULL);
}

static void
checked_in_2022 (Fixture *f)
{
  state_funded_after (f);
  f->date = "2022-01-01";
}

static void
checked_in_2014 (Fixture *f)
{
  f->date = "2014-03-01";
}

/* what the reference layer brings: the official geography (2026 vintage
 * embedded) and the INSEE legal categories */

static void
ess_by_legal_category (Fixture *f)
{
  ptce_actor_set_kind (f->ess1, PTCE_ACTOR_KIND_UNKNOWN);
  ptce_actor_set_ess_family (f->ess1, PTCE_ESS_FAMILY_UNKNOWN);
  ptce_actor_set_ess_basis (f->ess1, PTCE_ESS_BASIS_UNKNOWN);
  ptce_actor_set_legal_category (f->ess1, "9220"); /* association déclarée */
}

static void
conflicting_category (Fixture *f)
{
  /* stated a cooperative, ESS by status; its legal category is a SAS */
  ptce_actor_set_legal_category (f->ess2, "5710");
}

static void
town_unknown_but_siren (Fixture *f)
{
  town_kind_unknown (f);
  ptce_actor_set_siren (f->town, "214003121"); /* the commune of Tarnos */
}

static void
town_unknown_but_category (Fixture *f)
{
  town_kind_unknown (f);
  ptce_actor_set_legal_category (f->town, "7210"); /* commune */
}

static void
territory_unknown_code (Fixture *f)
{
  g_autoptr(PtceTerritory) territory = ptce_territory_new ("Nowhere");

  ptce_territory_add_commune (territory, "99999");
  ptce_pole_set_territory (f->pole, territory);
}

static void
territory_by_epci (Fixture *f)
{
  g_autoptr(PtceTerritory) territory = ptce_territory_new ("Communauté de communes du Seignanx");

  ptce_territory_add_epci (territory, "244000659");
  ptce_pole_set_territory (f->pole, territory);
}

static void
carried_by_commune (Fixture *f)
{
  ptce_pole_set_legal_form (f->pole, PTCE_LEGAL_FORM_UNKNOWN);
  ptce_actor_set_legal_category (f->town, "7210");
  ptce_pole_set_carrier (f->pole, f->town);
}

static void
carried_by_association (Fixture *f)
{
  ptce_pole_set_legal_form (f->pole, PTCE_LEGAL_FORM_UNKNOWN);
  ptce_actor_set_legal_category (f->ess1, "9220");
  ptce_pole_set_carrier (f->pole, f->ess1);
}

/* ------------------------------------------------------------------ */
/* Extra checks of some cases                                          */

static void
verify_measure_4_of_15 (Fixture     *f,
                        PtceFinding *finding)
{
  g_assert_true (ptce_finding_get_has_measure (finding));
  g_assert_cmpuint (ptce_finding_get_count (finding), ==, 4);
  g_assert_cmpuint (ptce_finding_get_total (finding), ==, 15);
  g_assert_cmpfloat_with_epsilon (ptce_finding_get_value (finding), 4.0 / 15.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ptce_finding_get_threshold (finding), 0.5, 1e-9);
  g_assert_nonnull (strstr (ptce_finding_get_message (finding),
                            "4 of 15 members located on the territory, 27 %, below 50 %"));
  /* the finding names the 11 members outside, not those on the territory */
  g_assert_cmpuint (g_list_model_get_n_items (ptce_finding_get_objects (finding)), ==, 11);
  g_assert_false (objects_contain (finding, f->ess1));
  g_assert_false (objects_contain (finding, f->town));
}

static void
verify_ess1_named (Fixture     *f,
                   PtceFinding *finding)
{
  g_assert_true (objects_contain (finding, f->ess1));
}

static void
verify_ess2_named (Fixture     *f,
                   PtceFinding *finding)
{
  g_assert_true (objects_contain (finding, f->ess2));
  g_assert_false (objects_contain (finding, f->ess1));
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "5710"));
}

static void
verify_town_named (Fixture     *f,
                   PtceFinding *finding)
{
  g_assert_true (objects_contain (finding, f->town));
}

static void
verify_epci_communes (Fixture     *f,
                      PtceFinding *finding)
{
  /* the 8 communes of the CC du Seignanx in the 2026 geography */
  g_assert_cmpuint (ptce_finding_get_count (finding), ==, 8);
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "COG 2026"));
}

static void
verify_ess_named (Fixture     *f,
                  PtceFinding *finding)
{
  g_assert_true (objects_contain (finding, f->ess1));
  g_assert_true (objects_contain (finding, f->ess2));
  g_assert_false (objects_contain (finding, f->firm));
  g_assert_cmpuint (ptce_finding_get_count (finding), ==, 2);
}

static void
verify_unknown_named (Fixture     *f,
                      PtceFinding *finding)
{
  g_assert_true (objects_contain (finding, f->ess1));
  g_assert_nonnull (ptce_finding_get_remedy (finding));
}

static void
verify_declared_named (Fixture     *f,
                       PtceFinding *finding)
{
  g_assert_true (objects_contain (finding, f->ess2));
  g_assert_false (objects_contain (finding, f->ess1));
  /* article 2 in its 2014 wording before PACTE */
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "three objectives of article 2"));
}

static void
verify_declared_pacte (Fixture     *f,
                       PtceFinding *finding)
{
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "four objectives of article 2"));
}

static void
verify_only_ess (Fixture     *f,
                 PtceFinding *finding)
{
  g_assert_true (objects_contain (finding, f->ess1));
  g_assert_true (objects_contain (finding, f->ess2));
  g_assert_nonnull (ptce_finding_get_remedy (finding));
}

static void
verify_majority_measure (Fixture     *f,
                         PtceFinding *finding)
{
  g_assert_true (ptce_finding_get_has_measure (finding));
  g_assert_cmpuint (ptce_finding_get_count (finding), ==, 3);
  g_assert_cmpuint (ptce_finding_get_total (finding), ==, 10);
}

static void
verify_partner_named (Fixture     *f,
                      PtceFinding *finding)
{
  g_assert_true (objects_contain (finding, f->town));
}

static void
verify_two_legal (Fixture     *f,
                  PtceFinding *finding)
{
  g_assert_cmpfloat (ptce_finding_get_value (finding), ==, 2.0);
  g_assert_cmpfloat (ptce_finding_get_threshold (finding), ==, 3.0);
}

static void
verify_strict_level (Fixture     *f,
                     PtceFinding *finding)
{
  g_assert_cmpint (ptce_finding_get_level (finding), ==, PTCE_FINDING_LEVEL_DEFINITION);
}

static void
verify_cooperation_named (Fixture     *f,
                          PtceFinding *finding)
{
  g_assert_true (objects_contain (finding, ptce_pole_lookup_cooperation (f->pole, "c1")));
}

static void
verify_continuity (Fixture     *f,
                   PtceFinding *finding)
{
  /* 2015-01-01 → 2017-01-01 */
  g_assert_cmpfloat (ptce_finding_get_value (finding), ==, 24.0);
}

static void
verify_funding_named (Fixture     *f,
                      PtceFinding *finding)
{
  GListModel *objects = ptce_finding_get_objects (finding);
  g_autoptr(GObject) first = g_list_model_get_item (objects, 0);

  g_assert_true (PTCE_IS_FUNDING (first));
  g_assert_cmpstr (ptce_funding_get_call (PTCE_FUNDING (first)), ==, "AAP-2015");
}

static void
verify_committee_regime (Fixture     *f,
                         PtceFinding *finding)
{
  g_assert_cmpstr (ptce_finding_get_legal_version (finding), ==, "2014-08-02");
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "interministerial committee"));
}

static void
verify_funders_regime (Fixture     *f,
                       PtceFinding *finding)
{
  g_assert_cmpstr (ptce_finding_get_legal_version (finding), ==, "2020-12-09");
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "by the funders"));
  g_assert_nonnull (strstr (ptce_finding_get_message (finding),
                            "AMI-2021-P2 (2021-10-01) was taken under the funders regime"));
}

static void
verify_law_not_in_force (Fixture     *f,
                         PtceFinding *finding)
{
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "not yet in force"));
}

static void
verify_exists (Fixture     *f,
               PtceFinding *finding)
{
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "exists on 2017-01-01"));
  g_assert_true (objects_contain (finding, f->pole));
}

static void
verify_not_founded (Fixture     *f,
                    PtceFinding *finding)
{
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "not yet founded"));
}

static void
verify_decree_in_force (Fixture     *f,
                        PtceFinding *finding)
{
  g_assert_null (strstr (ptce_finding_get_message (finding), "not yet in force"));
  g_assert_cmpstr (ptce_finding_get_legal_version (finding), ==, "2015-04-18");
}

/* ID: the identifiers of the actors */

static void
identifiers_valid (Fixture *f)
{
  g_autoptr(PtceSite) site = ptce_site_new ("40312");

  ptce_actor_set_siren (f->ess1, "123456782");
  ptce_actor_set_siret (f->ess1, "12345678200010");
  ptce_actor_set_rna (f->ess1, "W402001234");
  ptce_actor_set_naf (f->ess1, "88.99B");
  ptce_actor_set_legal_category (f->ess1, "9220");
  ptce_actor_set_siren (f->ess2, "552032534");
  ptce_actor_set_siren (f->firm, "401234562");
  ptce_site_set_siret (site, "40123456200015");
  ptce_actor_add_site (f->firm, site);
}

static void
identifier_bad_check_digit (Fixture *f)
{
  identifiers_valid (f);
  ptce_actor_set_siren (f->ess2, "552032535");
}

static void
siret_of_another_siren (Fixture *f)
{
  identifiers_valid (f);
  /* a valid SIRET, but an establishment of ess1 */
  ptce_actor_set_siret (f->firm, "12345678200010");
}

/* Problems found in the seat and in sites: the message says where, in
 * words made only for the problems it shows. */
static void
identifiers_bad_places (Fixture *f)
{
  g_autoptr(PtceSite) labelled = ptce_site_new ("75039");
  g_autoptr(PtceSite) bare = ptce_site_new ("40312");

  identifiers_valid (f);
  ptce_actor_set_seat_commune (f->ess2, "99999");
  ptce_site_set_label (labelled, "Atelier");
  ptce_actor_add_site (f->ess2, labelled);
  ptce_site_set_siret (bare, "55203253400011");
  ptce_actor_add_site (f->ess2, bare);
}

static void
carrier_bad_siren (Fixture *f)
{
  PtceActor *carrier = add_actor (f, "carrier", PTCE_ACTOR_KIND_ENTERPRISE,
                                  PTCE_ESS_FAMILY_ASSOCIATION, PTCE_ESS_BASIS_BY_STATUS, NULL);

  identifiers_valid (f);
  ptce_actor_set_siren (carrier, "123456789");
  ptce_pole_set_carrier (f->pole, carrier);
}

static void
no_identifiers (Fixture *f)
{
  ptce_actor_set_seat_commune (f->ess1, NULL);
  ptce_actor_set_seat_commune (f->ess2, NULL);
  ptce_actor_set_seat_commune (f->firm, NULL);
  ptce_actor_set_seat_commune (f->town, NULL);
}

static void
verify_identifiers_counted (Fixture     *f,
                            PtceFinding *finding)
{
  /* 5 of ess1, 1 of ess2, 1 of firm and 2 of its site, and 4 seats */
  g_assert_cmpuint (ptce_finding_get_total (finding), ==, 13);
  g_assert_true (objects_contain (finding, f->ess1));
  g_assert_true (objects_contain (finding, f->town));
}

static void
verify_bad_check_digit (Fixture     *f,
                        PtceFinding *finding)
{
  g_assert_true (objects_contain (finding, f->ess2));
  g_assert_false (objects_contain (finding, f->ess1));
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "check digit"));
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "1 of 13 identifiers invalid"));
  g_assert_cmpuint (ptce_finding_get_count (finding), ==, 1);
}

static void
verify_siret_of_another_siren (Fixture     *f,
                               PtceFinding *finding)
{
  g_assert_true (objects_contain (finding, f->firm));
  g_assert_false (objects_contain (finding, f->ess1));
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "not an establishment of SIREN"));
}

static void
verify_bad_places (Fixture     *f,
                   PtceFinding *finding)
{
  const char *message = ptce_finding_get_message (finding);

  g_test_message ("%s", message);
  g_assert_true (objects_contain (finding, f->ess2));
  g_assert_false (objects_contain (finding, f->firm));
  g_assert_nonnull (strstr (message, "3 of 16 identifiers invalid: "
                                     "ess2, seat: Unknown commune “99999” in 2026; "
                                     "ess2, site 1 (Atelier): Commune code “75039” is obsolete "
                                     "in 2026: it is now 93039 L'Île-Saint-Denis; "
                                     "ess2, site 2: "));
  g_assert_cmpuint (ptce_finding_get_count (finding), ==, 3);
  g_assert_cmpuint (ptce_finding_get_total (finding), ==, 16);
}

static void
verify_carrier_named (Fixture     *f,
                      PtceFinding *finding)
{
  PtceActor *carrier = ptce_pole_get_carrier (f->pole);

  g_assert_true (objects_contain (finding, carrier));
  g_assert_cmpuint (g_list_model_get_n_items (ptce_finding_get_objects (finding)), ==, 1);
}

static void
verify_none_recorded (Fixture     *f,
                      PtceFinding *finding)
{
  g_assert_nonnull (strstr (ptce_finding_get_message (finding), "cannot be told"));
  g_assert_true (objects_contain (finding, f->firm));
}

/* ------------------------------------------------------------------ */
/* The table                                                           */

typedef struct {
  const char        *path;
  const char        *rule;
  void             (*change) (Fixture *f);
  PtceFindingStatus  expected;
  void             (*verify) (Fixture *f, PtceFinding *finding);
} RuleCase;

#define MET PTCE_FINDING_STATUS_MET
#define NOT PTCE_FINDING_STATUS_NOT_MET
#define UND PTCE_FINDING_STATUS_UNDETERMINED
#define NOTE PTCE_FINDING_STATUS_NOTE

static const RuleCase cases[] = {
  { "V0/exists", "V0", NULL, NOTE, verify_exists },
  { "V0/not-yet-founded", "V0", checked_in_2014, NOTE, verify_not_founded },

  { "V1/met", "V1", NULL, MET, NULL },
  { "V1/named-only-met", "V1", territory_named_only, MET, NULL },
  { "V1/no-territory", "V1", no_territory, UND, NULL },

  { "V2/met", "V2", NULL, MET, NULL },
  { "V2/named-only", "V2", territory_named_only, NOT, NULL },
  { "V2/departement-only", "V2", territory_by_departement, NOT, NULL },
  { "V2/no-territory", "V2", no_territory, UND, NULL },
  { "V2/epci", "V2", territory_by_epci, MET, verify_epci_communes },
  { "V2/unknown-code", "V2", territory_unknown_code, NOT, NULL },

  { "V3/met", "V3", NULL, MET, NULL },
  { "V3/met-by-departement", "V3", territory_by_departement, MET, NULL },
  { "V3/members-elsewhere", "V3", members_elsewhere, NOT, NULL },
  { "V3/4-of-15", "V3", fifteen_members_four_local, NOT, verify_measure_4_of_15 },
  { "V3/threshold", "V3", strict_location, NOT, NULL },
  { "V3/unlocated", "V3", members_unlocated, UND, NULL },
  { "V3/no-territory", "V3", no_territory, UND, NULL },
  { "V3/met-by-epci", "V3", territory_by_epci, MET, NULL },
  { "V3/named-only", "V3", territory_named_only, UND, NULL },

  { "V4/met", "V4", NULL, MET, verify_ess_named },
  { "V4/met-by-family", "V4", ess_by_family_only, MET, NULL },
  { "V4/no-ess", "V4", no_ess_enterprise, NOT, NULL },
  { "V4/before-members-joined", "V4", before_members_joined, NOT, NULL },
  { "V4/status-unknown", "V4", ess_status_unknown, UND, verify_unknown_named },
  { "V4/no-memberships", "V4", no_memberships, UND, NULL },
  { "V4/declared-only-not-counted", "V4", declared_commercial, MET, NULL },
  { "V4/by-legal-category", "V4", ess_by_legal_category, MET, verify_ess1_named },

  { "V4.plural/met", "V4.plural", NULL, MET, NULL },
  { "V4.plural/one", "V4.plural", one_ess_enterprise, NOT, NULL },
  { "V4.plural/three-asked", "V4.plural", three_ess_asked, NOT, NULL },

  { "V5/met", "V5", NULL, MET, NULL },
  { "V5/qualified", "V5", qualified_commercial, MET, NULL },
  { "V5/declared-only", "V5", declared_commercial, NOT, verify_declared_named },
  { "V5/declared-only-after-pacte", "V5", declared_commercial_2019, NOT, verify_declared_pacte },

  { "V5.category/met", "V5.category", NULL, MET, NULL },
  { "V5.category/conflict", "V5.category", conflicting_category, NOT, verify_ess2_named },

  { "V6/met", "V6", NULL, MET, NULL },
  { "V6/met-by-grouping", "V6", grouping_unknown_composition, MET, NULL },
  { "V6/only-ess", "V6", only_ess_enterprises, NOT, verify_only_ess },
  { "V6/status-unknown", "V6", firm_status_unknown, UND, NULL },
  { "V6/no-memberships", "V6", no_memberships, UND, NULL },

  { "V6.eligibility/met", "V6.eligibility", NULL, MET, NULL },
  { "V6.eligibility/grouping", "V6.eligibility", grouping_unknown_composition, MET, NULL },
  { "V6.eligibility/only-ess", "V6.eligibility", only_ess_enterprises, NOT, NULL },

  { "V7/met", "V7", NULL, MET, NULL },
  { "V7/non-ess-majority", "V7", grouping_non_ess_majority, MET, NULL },
  { "V7/ess-majority", "V7", grouping_ess_majority, NOT, verify_majority_measure },
  { "V7/composition-unknown", "V7", grouping_unknown_composition, UND, NULL },

  { "V8/met", "V8", NULL, MET, NULL },
  { "V8/partner-link", "V8", town_partner_only, MET, verify_partner_named },
  { "V8/none", "V8", no_article9_other, NOT, NULL },
  { "V8/kind-unknown", "V8", town_kind_unknown, UND, NULL },
  { "V8/authority-by-siren", "V8", town_unknown_but_siren, MET, verify_town_named },
  { "V8/authority-by-legal-category", "V8", town_unknown_but_category, MET, verify_town_named },

  { "V8.eligibility/met", "V8.eligibility", NULL, MET, NULL },
  { "V8.eligibility/partner-link", "V8.eligibility", town_partner_only, NOT,
    verify_partner_named },
  { "V8.eligibility/none", "V8.eligibility", no_article9_other, NOT, NULL },
  { "V8.eligibility/authority-by-siren", "V8.eligibility", town_unknown_but_siren, MET,
    verify_town_named },

  { "V9/met", "V9", NULL, MET, NULL },
  { "V9/two", "V9", two_members, NOT, verify_two_legal },
  { "V9/kind-unknown", "V9", two_members_one_unknown, UND, NULL },

  { "V10/met", "V10", NULL, MET, NULL },
  { "V10/no-legal-personality", "V10", no_legal_personality, NOT, NULL },
  { "V10/unknown", "V10", legal_form_unknown, UND, NULL },
  { "V10/carried-by-commune", "V10", carried_by_commune, NOT, verify_town_named },
  { "V10/carried-by-association", "V10", carried_by_association, MET, verify_ess1_named },

  { "V11/met", "V11", NULL, MET, verify_cooperation_named },
  { "V11/with-outsider", "V11", cooperation_with_outsider, NOT, NULL },
  { "V11/ended", "V11", cooperation_ended, NOT, NULL },
  { "V11/participants-unknown", "V11", cooperation_without_participants, UND, NULL },
  { "V11/none", "V11", no_cooperation, UND, NULL },

  { "V12/met", "V12", NULL, MET, NULL },
  { "V12/none", "V12", no_strategy, NOT, NULL },
  { "V12/none-strict", "V12", no_strategy_strict, NOT, verify_strict_level },
  { "V12/adopted-later", "V12", strategy_adopted_later, NOT, NULL },

  { "V13/met", "V13", NULL, MET, verify_continuity },
  { "V13/young", "V13", young_pole, NOT, NULL },
  { "V13/long-asked", "V13", long_continuity_asked, NOT, NULL },
  { "V13/undated", "V13", undated_ties, UND, NULL },

  { "V14/met", "V14", NULL, MET, NULL },
  { "V14/technological", "V14", project_technological, MET, NULL },
  { "V14/ended", "V14", project_ended, NOT, NULL },
  { "V14/not-said", "V14", project_not_innovative, UND, NULL },
  { "V14/none", "V14", no_project, UND, NULL },

  { "V14.eligibility/met", "V14.eligibility", NULL, MET, NULL },
  { "V14.eligibility/ended", "V14.eligibility", project_ended, NOT, NULL },

  { "V15/met", "V15", NULL, MET, NULL },
  { "V15/project-only", "V15", project_only_sustainable, MET, NULL },
  { "V15/not-stated", "V15", no_sustainable_development, NOT, NULL },
  { "V15/nothing", "V15", no_strategy_no_project, UND, NULL },

  { "V15.eligibility/met", "V15.eligibility", NULL, MET, NULL },
  { "V15.eligibility/not-stated", "V15.eligibility", no_sustainable_development, NOT, NULL },

  { "V16/met", "V16", NULL, MET, NULL },
  { "V16/funded-after", "V16", state_funded_after, MET, NULL },
  { "V16/regional-only", "V16", regional_funding_only, MET, NULL },
  { "V16/funded-before", "V16", state_funded_before, NOT, verify_funding_named },
  { "V16/undated", "V16", state_funded_undated, UND, NULL },

  { "V17/committee", "V17", NULL, NOTE, verify_committee_regime },
  { "V17/funders", "V17", checked_in_2022, NOTE, verify_funders_regime },
  { "V17/before-law", "V17", checked_in_2014, NOTE, verify_law_not_in_force },

  { "V18/in-force", "V18", NULL, NOTE, verify_decree_in_force },
  { "V18/before-decree", "V18", checked_in_2014, NOTE, verify_law_not_in_force },

  { "ID/met", "ID", NULL, MET, NULL },
  { "ID/all-valid", "ID", identifiers_valid, MET, verify_identifiers_counted },
  { "ID/bad-check-digit", "ID", identifier_bad_check_digit, NOT, verify_bad_check_digit },
  { "ID/siret-of-another-siren", "ID", siret_of_another_siren, NOT,
    verify_siret_of_another_siren },
  { "ID/seat-and-sites", "ID", identifiers_bad_places, NOT, verify_bad_places },
  { "ID/carrier", "ID", carrier_bad_siren, NOT, verify_carrier_named },
  { "ID/none", "ID", no_identifiers, UND, verify_none_recorded },
};

static PtceRule *
find_rule (PtceChecker *checker,
           const char  *id)
{
  GListModel *rules = ptce_checker_get_rules (checker);

  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(PtceRule) rule = g_list_model_get_item (rules, i);

      if (g_strcmp0 (ptce_rule_get_id (rule), id) == 0)
        return rule;
    }
  return NULL;
}

static void
test_rule_case (gconstpointer data)
{
  const RuleCase *c = data;
  Fixture f = { 0 };
  g_autoptr(PtceDiagnosis) diagnosis = NULL;
  PtceFinding *finding;
  PtceRule *rule;
  g_autofree char *reference = NULL;

  fixture_init (&f);
  if (c->change != NULL)
    c->change (&f);
  diagnosis = fixture_check (&f);

  finding = ptce_diagnosis_lookup_finding (diagnosis, c->rule);
  g_assert_nonnull (finding);
  g_assert_cmpstr (ptce_finding_get_rule_id (finding), ==, c->rule);
  if (ptce_finding_get_status (finding) != c->expected)
    g_test_message ("%s: %s", c->rule, ptce_finding_get_message (finding));
  g_assert_cmpint (ptce_finding_get_status (finding), ==, c->expected);

  /* what every finding carries */
  rule = find_rule (f.checker, c->rule);
  g_assert_nonnull (rule);
  if (c->verify != verify_strict_level)
    g_assert_cmpint (ptce_finding_get_level (finding), ==, ptce_rule_get_level (rule));
  g_assert_cmpstr (ptce_finding_get_title (finding), ==, ptce_rule_get_title (rule));
  g_assert_cmpstr (ptce_finding_get_legal_article (finding), ==,
                   ptce_rule_get_legal_article (rule));
  g_assert_nonnull (ptce_finding_get_legal_text (finding));
  g_assert_nonnull (ptce_finding_get_legal_version (finding));
  reference = ptce_finding_dup_reference (finding);
  g_assert_true (g_str_has_prefix (reference, ptce_finding_get_legal_text (finding)));
  g_assert_nonnull (ptce_finding_get_message (finding));
  g_assert_cmpuint (strlen (ptce_finding_get_message (finding)), >, 10);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_finding_get_objects (finding)), >, 0);
  if (c->expected == UND)
    g_assert_nonnull (ptce_finding_get_remedy (finding));
  if (c->expected == NOT && ptce_finding_get_level (finding) != PTCE_FINDING_LEVEL_INFORMATION)
    g_assert_nonnull (ptce_finding_get_remedy (finding));

  if (c->verify != NULL)
    c->verify (&f, finding);

  g_clear_object (&diagnosis);
  fixture_clear (&f);
}

/* ------------------------------------------------------------------ */
/* Whole diagnoses                                                     */

static void
test_every_rule_reports (void)
{
  Fixture f = { 0 };
  g_autoptr(PtceDiagnosis) diagnosis = NULL;
  GListModel *rules, *findings;

  /* even with nothing to read, each rule says so: nothing is lost */
  f.actors = g_ptr_array_new_with_free_func (g_object_unref);
  f.observations = g_ptr_array_new_with_free_func (g_object_unref);
  f.checker = ptce_checker_new ();
  f.date = CHECK_DATE;
  f.pole = ptce_pole_new ("empty", NULL);
  diagnosis = fixture_check (&f);

  rules = ptce_checker_get_rules (f.checker);
  findings = ptce_diagnosis_get_findings (diagnosis);
  g_assert_cmpuint (g_list_model_get_n_items (rules), ==, 26);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, g_list_model_get_n_items (rules));
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(PtceRule) rule = g_list_model_get_item (rules, i);
      g_autoptr(PtceFinding) finding = g_list_model_get_item (findings, i);

      g_assert_cmpstr (ptce_finding_get_rule_id (finding), ==, ptce_rule_get_id (rule));
      g_assert_cmpstr (ptce_finding_get_message (finding), !=, NULL);
      if (ptce_finding_get_status (finding) == PTCE_FINDING_STATUS_UNDETERMINED)
        g_assert_nonnull (ptce_finding_get_remedy (finding));
    }
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_DEFINITION), ==,
                   PTCE_VERDICT_UNDETERMINED);
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_ELIGIBILITY), !=,
                   PTCE_VERDICT_MET);

  g_clear_object (&diagnosis);
  fixture_clear (&f);
}

static void
test_verdict_complete (void)
{
  Fixture f = { 0 };
  g_autoptr(PtceDiagnosis) diagnosis = NULL;
  g_autoptr(GListModel) missing = NULL;
  g_auto(GStrv) actions = NULL;
  PtceVerdict verdict;

  fixture_init (&f);
  diagnosis = fixture_check (&f);
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_DEFINITION), ==,
                   PTCE_VERDICT_MET);
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_EVIDENCE), ==,
                   PTCE_VERDICT_MET);
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_ELIGIBILITY), ==,
                   PTCE_VERDICT_MET);
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_INFORMATION), ==,
                   PTCE_VERDICT_MET);
  g_object_get (diagnosis, "definition-verdict", &verdict, NULL);
  g_assert_cmpint (verdict, ==, PTCE_VERDICT_MET);
  missing = ptce_diagnosis_list_missing (diagnosis);
  g_assert_cmpuint (g_list_model_get_n_items (missing), ==, 0);
  actions = ptce_diagnosis_dup_missing_actions (diagnosis);
  g_assert_cmpuint (g_strv_length (actions), ==, 0);
  g_assert_cmpstr (ptce_diagnosis_get_ruleset_version (diagnosis), ==,
                   ptce_checker_get_ruleset_version (f.checker));
  g_assert_true (ptce_diagnosis_get_pole (diagnosis) == f.pole);
  g_assert_nonnull (strstr (ptce_diagnosis_get_legal_basis (diagnosis), "2014 wording"));

  g_clear_object (&diagnosis);
  fixture_clear (&f);
}

static void
test_verdict_no_legal_personality (void)
{
  Fixture f = { 0 };
  g_autoptr(PtceDiagnosis) diagnosis = NULL;
  g_autoptr(GListModel) missing = NULL;
  g_autoptr(PtceFinding) first = NULL;
  g_auto(GStrv) actions = NULL;

  fixture_init (&f);
  no_legal_personality (&f);
  diagnosis = fixture_check (&f);

  /* a PTCE in the sense of the law, but not eligible to a State call */
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_DEFINITION), ==,
                   PTCE_VERDICT_MET);
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_ELIGIBILITY), ==,
                   PTCE_VERDICT_NOT_MET);
  missing = ptce_diagnosis_list_missing (diagnosis);
  g_assert_cmpuint (g_list_model_get_n_items (missing), ==, 1);
  first = g_list_model_get_item (missing, 0);
  g_assert_cmpstr (ptce_finding_get_rule_id (first), ==, "V10");
  g_assert_true (ptce_finding_blocks_eligibility (first));
  actions = ptce_diagnosis_dup_missing_actions (diagnosis);
  g_assert_cmpuint (g_strv_length (actions), ==, 1);
  g_assert_cmpstr (actions[0], ==, ptce_finding_get_remedy (first));

  g_clear_object (&diagnosis);
  fixture_clear (&f);
}

static void
test_verdict_only_ess (void)
{
  Fixture f = { 0 };
  g_autoptr(PtceDiagnosis) diagnosis = NULL;

  fixture_init (&f);
  only_ess_enterprises (&f);
  diagnosis = fixture_check (&f);
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_DEFINITION), ==,
                   PTCE_VERDICT_NOT_MET);
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_ELIGIBILITY), ==,
                   PTCE_VERDICT_NOT_MET);

  g_clear_object (&diagnosis);
  fixture_clear (&f);
}

static void
test_verdict_before_and_after_members (void)
{
  Fixture f = { 0 };
  g_autoptr(PtceDiagnosis) before = NULL;
  g_autoptr(PtceDiagnosis) after = NULL;

  fixture_init (&f);
  before_members_joined (&f);
  before = fixture_check (&f);
  g_assert_cmpint (ptce_diagnosis_get_verdict (before, PTCE_FINDING_LEVEL_DEFINITION), ==,
                   PTCE_VERDICT_NOT_MET);
  g_clear_object (&f.checker);
  f.checker = ptce_checker_new ();
  f.date = "2018-01-01";
  after = fixture_check (&f);
  g_assert_cmpint (ptce_diagnosis_get_verdict (after, PTCE_FINDING_LEVEL_DEFINITION), ==,
                   PTCE_VERDICT_MET);

  g_clear_object (&before);
  g_clear_object (&after);
  fixture_clear (&f);
}

static void
test_verdict_undetermined (void)
{
  Fixture f = { 0 };
  g_autoptr(PtceDiagnosis) diagnosis = NULL;
  g_autoptr(GListModel) missing = NULL;

  fixture_init (&f);
  firm_status_unknown (&f);
  diagnosis = fixture_check (&f);
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_DEFINITION), ==,
                   PTCE_VERDICT_UNDETERMINED);
  missing = ptce_diagnosis_list_missing (diagnosis);
  g_assert_cmpuint (g_list_model_get_n_items (missing), ==, 2);

  g_clear_object (&diagnosis);
  fixture_clear (&f);
}

/* The findings are kept as records until asked for as objects: the
 * verdicts and the missing actions read before any object is made are
 * those read after, and the objects are the same however they are asked
 * for (the list, a lookup, the missing ones), in the rules' order. */
static void
test_findings_made_once (void)
{
  Fixture f = { 0 };
  g_autoptr(PtceDiagnosis) diagnosis = NULL;
  g_autoptr(GListModel) missing = NULL;
  g_auto(GStrv) actions_before = NULL;
  g_auto(GStrv) actions_after = NULL;
  PtceVerdict before[3], after[3];
  static const PtceFindingLevel levels[] = {
    PTCE_FINDING_LEVEL_DEFINITION, PTCE_FINDING_LEVEL_EVIDENCE, PTCE_FINDING_LEVEL_ELIGIBILITY,
  };
  GListModel *findings;
  PtceFinding *v4;
  guint n, j = 0;

  fixture_init (&f);
  firm_status_unknown (&f);
  diagnosis = fixture_check (&f);
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    before[i] = ptce_diagnosis_get_verdict (diagnosis, levels[i]);
  actions_before = ptce_diagnosis_dup_missing_actions (diagnosis);
  g_assert_cmpuint (g_strv_length (actions_before), >, 0);

  /* a lookup first: the object it lends is the one the list holds later */
  v4 = ptce_diagnosis_lookup_finding (diagnosis, "V4");
  g_assert_nonnull (v4);
  findings = ptce_diagnosis_get_findings (diagnosis);
  g_assert_true (findings == ptce_diagnosis_get_findings (diagnosis));
  n = g_list_model_get_n_items (findings);
  g_assert_cmpuint (n, ==, 26);
  {
    g_autoptr(PtceFinding) fourth = g_list_model_get_item (findings, 4);

    g_assert_true (fourth == v4);
    g_assert_cmpstr (ptce_finding_get_rule_id (fourth), ==, "V4");
  }

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      after[i] = ptce_diagnosis_get_verdict (diagnosis, levels[i]);
      g_assert_cmpint (after[i], ==, before[i]);
    }
  g_assert_cmpint (before[0], ==, PTCE_VERDICT_UNDETERMINED);
  actions_after = ptce_diagnosis_dup_missing_actions (diagnosis);
  g_assert_true (g_strv_equal ((const char * const *) actions_before,
                               (const char * const *) actions_after));

  /* the missing findings are the list's own objects, in its order */
  missing = ptce_diagnosis_list_missing (diagnosis);
  g_assert_cmpuint (g_list_model_get_n_items (missing), ==, 2);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceFinding) finding = g_list_model_get_item (findings, i);

      if (ptce_finding_blocks_eligibility (finding))
        {
          g_autoptr(PtceFinding) m = g_list_model_get_item (missing, j++);

          g_assert_true (m == finding);
        }
      g_assert_true (ptce_diagnosis_lookup_finding (diagnosis, ptce_finding_get_rule_id (finding))
                     == finding);
    }
  g_assert_cmpuint (j, ==, 2);

  g_clear_object (&diagnosis);
  fixture_clear (&f);
}

static void
test_json (void)
{
  Fixture f = { 0 };
  g_autoptr(PtceDiagnosis) diagnosis = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root, *verdicts, *first;
  JsonArray *findings, *objects;

  fixture_init (&f);
  no_legal_personality (&f);
  diagnosis = fixture_check (&f);
  node = ptce_diagnosis_to_json (diagnosis);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  root = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (root, "pole"), ==, "pole");
  g_assert_cmpstr (json_object_get_string_member (root, "date"), ==, CHECK_DATE);
  verdicts = json_object_get_object_member (root, "verdicts");
  g_assert_cmpstr (json_object_get_string_member (verdicts, "definition"), ==, "met");
  g_assert_cmpstr (json_object_get_string_member (verdicts, "eligibility"), ==, "not-met");
  findings = json_object_get_array_member (root, "findings");
  g_assert_cmpuint (json_array_get_length (findings), ==, 26);
  first = json_array_get_object_element (findings, 4); /* V4 */
  g_assert_cmpstr (json_object_get_string_member (first, "rule"), ==, "V4");
  g_assert_cmpstr (json_object_get_string_member (first, "level"), ==, "definition");
  g_assert_cmpstr (json_object_get_string_member (first, "status"), ==, "met");
  objects = json_object_get_array_member (first, "objects");
  g_assert_cmpuint (json_array_get_length (objects), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (objects, 0),
                                                  "type"), ==, "actor");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (objects, 0),
                                                  "id"), ==, "ess1");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (first,
                                                                                 "reference"),
                                                  "article"), ==, "9");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "missing")), ==, 1);

  g_clear_object (&diagnosis);
  fixture_clear (&f);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_checker_properties (void)
{
  g_autoptr(PtceChecker) checker = ptce_checker_new ();
  guint notified = 0;
  double threshold;
  guint months;
  gboolean strict;

  g_assert_cmpfloat (ptce_checker_get_location_threshold (checker), ==, 0.5);
  g_assert_cmpuint (ptce_checker_get_min_ess_enterprises (checker), ==, 2);
  g_assert_cmpuint (ptce_checker_get_continuity_months (checker), ==, 12);
  g_assert_false (ptce_checker_get_strict (checker));
  g_assert_cmpstr (ptce_checker_get_ruleset_version (checker), ==, "ptce-rules/1.2");

  g_signal_connect (checker, "notify", G_CALLBACK (count_notify), &notified);
  g_object_set (checker, "location-threshold", 0.75, NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (checker, "location-threshold", 0.75, NULL);
  g_assert_cmpuint (notified, ==, 1); /* no change, no notification */
  g_object_get (checker, "location-threshold", &threshold, NULL);
  g_assert_cmpfloat (threshold, ==, 0.75);

  ptce_checker_set_continuity_months (checker, 24);
  ptce_checker_set_continuity_months (checker, 24);
  g_object_get (checker, "continuity-months", &months, NULL);
  g_assert_cmpuint (months, ==, 24);
  ptce_checker_set_strict (checker, TRUE);
  g_object_get (checker, "strict", &strict, NULL);
  g_assert_true (strict);
  ptce_checker_set_min_ess_enterprises (checker, 3);
  g_assert_cmpuint (notified, ==, 4);

  if (g_test_undefined ())
    {
      g_test_expect_message ("Ptce", G_LOG_LEVEL_CRITICAL, "*threshold*");
      ptce_checker_set_location_threshold (checker, 1.5);
      g_test_assert_expected_messages ();
      g_assert_cmpfloat (ptce_checker_get_location_threshold (checker), ==, 0.75);
    }
}

static void
test_rules_described (void)
{
  g_autoptr(PtceChecker) checker = ptce_checker_new ();
  GListModel *rules = ptce_checker_get_rules (checker);
  guint n = g_list_model_get_n_items (rules);
  guint definition = 0, eligibility = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceRule) rule = g_list_model_get_item (rules, i);
      const char * const *parameters = ptce_rule_get_parameters (rule);

      g_assert_nonnull (ptce_rule_get_id (rule));
      g_assert_nonnull (ptce_rule_get_title (rule));
      g_assert_nonnull (ptce_rule_get_legal_quote (rule));
      g_assert_true (g_str_has_prefix (ptce_rule_get_legal_text (rule), "loi n° 2014-856") ||
                     g_str_has_prefix (ptce_rule_get_legal_text (rule), "décret n° 2015-431"));
      for (guint j = 0; parameters[j] != NULL; j++)
        g_assert_nonnull (g_object_class_find_property (G_OBJECT_GET_CLASS (checker),
                                                        parameters[j]));
      if (ptce_rule_get_level (rule) == PTCE_FINDING_LEVEL_DEFINITION)
        definition++;
      if (ptce_rule_get_level (rule) == PTCE_FINDING_LEVEL_ELIGIBILITY)
        {
          eligibility++;
          g_assert_cmpstr (ptce_rule_get_legal_text (rule), ==,
                           "décret n° 2015-431 du 15 avril 2015");
        }
    }
  /* V1 V4 V6 V11 V14 ; V2 V6.e V7 V8.e V9 V10 V14.e V15.e V16 */
  g_assert_cmpuint (definition, ==, 5);
  g_assert_cmpuint (eligibility, ==, 9);
}

static PtceFindingStatus
status_of (PtceDiagnosis *diagnosis,
           const char    *rule)
{
  PtceFinding *finding = ptce_diagnosis_lookup_finding (diagnosis, rule);

  g_assert_nonnull (finding);
  return ptce_finding_get_status (finding);
}

/* The facts of ptce/1.1 from C: a pole that is its own legal person, a
 * grouping whose composition names its members or counts them, a project
 * stated not to be innovative, a funding that names the project it
 * supported. */
static void
test_law_facts (void)
{
  Fixture f = { 0 };
  g_autoptr(PtceDiagnosis) diagnosis = NULL;
  g_autoptr(PtceActor) own = ptce_actor_new ("pole", "Pôle de test");
  g_autoptr(PtceComposition) named = NULL;
  g_autoptr(PtceComposition) counted = NULL;
  g_autoptr(PtceDate) d2016 = date_of ("2016");
  g_autoptr(PtceProject) other = ptce_project_new ("p0", "Projet soutenu");
  g_autoptr(PtceFunding) funding = ptce_funding_new ("AAP-2015", PTCE_CALL_KIND_STATE_AAP);
  g_autoptr(PtceDate) start = date_of ("2014");
  g_autoptr(PtceDate) end = date_of ("2015");
  g_autoptr(PtceDate) decided = date_of ("2016-01");
  const char *members[] = { "a", "b", "c", NULL };
  const char *funded[] = { "p0", NULL };
  PtceActor *gie;
  PtceProject *project;

  fixture_init (&f);

  /* the pole is its own legal person, an association (9220) */
  ptce_pole_set_legal_form (f.pole, PTCE_LEGAL_FORM_UNKNOWN);
  ptce_actor_set_legal_category (own, "9220");
  ptce_pole_set_legal_person (f.pole, own);
  g_assert_true (ptce_pole_get_legal_person (f.pole) == own);

  /* the enterprise outside the ESS gives way to a grouping: 2 of 3 of
   * its named members are outside the ESS */
  remove_member (&f, f.firm);
  gie = add_actor (&f, "gie", PTCE_ACTOR_KIND_ENTERPRISE_GROUPING, PTCE_ESS_FAMILY_NONE,
                   PTCE_ESS_BASIS_NOT_ESS, "40312");
  join (&f, gie, PTCE_MEMBERSHIP_ROLE_MEMBER, "2015-01-01");
  add_actor (&f, "a", PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS, NULL);
  add_actor (&f, "b", PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS, NULL);
  add_actor (&f, "c", PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_FAMILY_ASSOCIATION, PTCE_ESS_BASIS_BY_STATUS, NULL);
  named = ptce_composition_new (NULL);
  ptce_composition_set_member_ids (named, members);
  g_assert_true (ptce_actor_add_composition (gie, named));
  g_assert_false (ptce_actor_add_composition (gie, named));

  /* the only running project is stated not to be innovative */
  project = ptce_pole_lookup_project (f.pole, "p1");
  ptce_project_set_innovation (project, PTCE_INNOVATION_NONE);
  ptce_project_set_innovation_stated (project, TRUE);

  /* the State supported an earlier project, not the running one */
  ptce_project_set_start (other, start);
  ptce_project_set_end (other, end);
  g_assert_true (ptce_pole_add_project (f.pole, other, NULL));
  ptce_funding_set_date (funding, decided);
  ptce_funding_set_projects (funding, funded);
  ptce_pole_add_funding (f.pole, funding);

  diagnosis = fixture_check (&f);
  g_assert_cmpint (status_of (diagnosis, "V10"), ==, PTCE_FINDING_STATUS_MET);
  g_assert_nonnull (strstr (ptce_finding_get_message (ptce_diagnosis_lookup_finding (diagnosis, "V10")),
                            "own legal person"));
  g_assert_cmpint (status_of (diagnosis, "V7"), ==, PTCE_FINDING_STATUS_MET);
  g_assert_cmpint (status_of (diagnosis, "V14"), ==, PTCE_FINDING_STATUS_NOT_MET);
  g_assert_cmpint (status_of (diagnosis, "V16"), ==, PTCE_FINDING_STATUS_MET);
  g_clear_object (&diagnosis);

  /* counts, dated later, win over the undated names: 1 of 4 */
  counted = ptce_composition_new (d2016);
  ptce_composition_set_n_members (counted, 4);
  ptce_composition_set_n_non_ess_members (counted, 1);
  g_assert_cmpint (ptce_composition_get_n_non_ess_members (counted), ==, 1);
  ptce_actor_add_composition (gie, counted);
  /* the funding now names the running project */
  funded[0] = "p1";
  ptce_funding_set_projects (funding, funded);
  diagnosis = fixture_check (&f);
  g_assert_cmpint (status_of (diagnosis, "V7"), ==, PTCE_FINDING_STATUS_NOT_MET);
  g_assert_cmpint (status_of (diagnosis, "V16"), ==, PTCE_FINDING_STATUS_NOT_MET);

  g_clear_object (&diagnosis);
  fixture_clear (&f);
}

/* A membership that ends before it starts counts on no date: V0 says so in
 * a finding of its own, at the evidence level, naming the membership, as
 * PtceMembership's documentation promises. The reader refuses such a
 * period; the API builds one. */
static void
test_reversed_membership (void)
{
  Fixture f = { 0 };
  g_autoptr(PtceDiagnosis) diagnosis = NULL;
  g_autoptr(GListModel) memberships = NULL;
  g_autoptr(PtceMembership) membership = NULL;
  g_autoptr(PtceDate) end = date_of ("2014-06");
  GListModel *findings;
  PtceFinding *reversed = NULL;
  guint n_v0 = 0;

  fixture_init (&f);
  diagnosis = fixture_check (&f);
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_EVIDENCE), !=,
                   PTCE_VERDICT_UNDETERMINED);
  g_clear_object (&diagnosis);

  memberships = ptce_pole_list_memberships_of (f.pole, f.firm);
  membership = g_list_model_get_item (memberships, 0);
  ptce_membership_set_end (membership, end);  /* started 2015-01-01 */
  g_assert_false (ptce_period_is_valid (ptce_membership_get_start (membership), end));

  diagnosis = fixture_check (&f);
  findings = ptce_diagnosis_get_findings (diagnosis);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PtceFinding) finding = g_list_model_get_item (findings, i);

      if (g_strcmp0 (ptce_finding_get_rule_id (finding), "V0") != 0)
        continue;
      n_v0++;
      if (ptce_finding_get_status (finding) == PTCE_FINDING_STATUS_UNDETERMINED)
        reversed = finding;
    }
  g_assert_cmpuint (n_v0, ==, 2);
  g_assert_nonnull (reversed);
  /* the first V0 finding is still the note about the pole */
  g_assert_cmpint (ptce_finding_get_status (ptce_diagnosis_lookup_finding (diagnosis, "V0")), ==,
                   PTCE_FINDING_STATUS_NOTE);
  g_assert_cmpint (ptce_finding_get_level (reversed), ==, PTCE_FINDING_LEVEL_EVIDENCE);
  g_assert_true (objects_contain (reversed, membership));
  g_assert_cmpuint (g_list_model_get_n_items (ptce_finding_get_objects (reversed)), ==, 1);
  g_assert_nonnull (strstr (ptce_finding_get_message (reversed),
                            "firm from 2015-01-01 to 2014-06"));
  g_assert_nonnull (strstr (ptce_finding_get_message (reversed), "1 membership ends before"));
  g_assert_nonnull (strstr (ptce_finding_get_remedy (reversed), "membership of firm"));
  g_assert_false (ptce_finding_get_has_measure (reversed));
  /* the data cannot show who the members are: the evidence is undetermined */
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_EVIDENCE), ==,
                   PTCE_VERDICT_UNDETERMINED);

  g_clear_object (&diagnosis);
  fixture_clear (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Ptce/Rules/%s", cases[i].path);

      g_test_add_data_func (path, &cases[i], test_rule_case);
    }
  g_test_add_func ("/Ptce/Rules/every-rule-reports", test_every_rule_reports);
  g_test_add_func ("/Ptce/Rules/law-facts", test_law_facts);
  g_test_add_func ("/Ptce/Rules/V0/reversed-membership", test_reversed_membership);
  g_test_add_func ("/Ptce/Diagnosis/complete", test_verdict_complete);
  g_test_add_func ("/Ptce/Diagnosis/no-legal-personality", test_verdict_no_legal_personality);
  g_test_add_func ("/Ptce/Diagnosis/only-ess-enterprises", test_verdict_only_ess);
  g_test_add_func ("/Ptce/Diagnosis/before-and-after-members",
                   test_verdict_before_and_after_members);
  g_test_add_func ("/Ptce/Diagnosis/undetermined", test_verdict_undetermined);
  g_test_add_func ("/Ptce/Diagnosis/json", test_json);
  g_test_add_func ("/Ptce/Diagnosis/findings-made-once", test_findings_made_once);
  g_test_add_func ("/Ptce/Checker/properties", test_checker_properties);
  g_test_add_func ("/Ptce/Checker/rules-described", test_rules_described);

  return g_test_run ();
}
