/* test-pole.c: PtcePole — stage history, members as of a date, cooperations,
 * projects, list signals and notifications; PtceCooperation and PtceProject
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <libptce/libptce.h>

#include "model-test-util.h"

static PtceMembership *
membership (PtceActor          *actor,
            PtceMembershipRole  roles,
            const char         *start,
            const char         *end)
{
  PtceMembership *m = ptce_membership_new (actor, roles);

  if (start != NULL)
    ptce_membership_set_start (m, date (start));
  if (end != NULL)
    ptce_membership_set_end (m, date (end));
  return m;
}

/* The actor at @position of a list of memberships. */
static const char *
member_id (GListModel *memberships,
           guint       position)
{
  g_autoptr(PtceMembership) m = g_list_model_get_item (memberships, position);

  g_assert_nonnull (m);
  return ptce_actor_get_id (ptce_membership_get_actor (m));
}

static void
test_stage_history_sorted (void)
{
  PtcePole *pole = ptce_pole_new ("phares", "Phares");
  PtceDate *since = NULL;

  g_assert_cmpuint (ptce_pole_get_n_stage_changes (pole), ==, 0);

  /* recorded out of order, kept sorted by date */
  ptce_pole_set_stage (pole, PTCE_STAGE_CONSOLIDATION, date ("2019-06-15"));
  ptce_pole_set_stage (pole, PTCE_STAGE_EMERGENCE, date ("2014"));
  ptce_pole_set_stage (pole, PTCE_STAGE_CONSTRUCTION, date ("2016-03"));
  g_assert_cmpuint (ptce_pole_get_n_stage_changes (pole), ==, 3);

  g_assert_cmpint (ptce_pole_get_stage_change (pole, 0, &since), ==, PTCE_STAGE_EMERGENCE);
  g_assert_true (ptce_date_equal (since, date ("2014")));
  g_assert_cmpint (ptce_pole_get_stage_change (pole, 1, &since), ==, PTCE_STAGE_CONSTRUCTION);
  g_assert_true (ptce_date_equal (since, date ("2016-03")));
  g_assert_cmpint (ptce_pole_get_stage_change (pole, 2, &since), ==, PTCE_STAGE_CONSOLIDATION);
  g_assert_true (ptce_date_equal (since, date ("2019-06-15")));
  /* since is optional */
  g_assert_cmpint (ptce_pole_get_stage_change (pole, 2, NULL), ==, PTCE_STAGE_CONSOLIDATION);

  /* the same date (an equal object, not the same one) replaces */
  ptce_pole_set_stage (pole, PTCE_STAGE_DEVELOPMENT, date ("2016-03"));
  g_assert_cmpuint (ptce_pole_get_n_stage_changes (pole), ==, 3);
  g_assert_cmpint (ptce_pole_get_stage_change (pole, 1, &since), ==, PTCE_STAGE_DEVELOPMENT);
  g_assert_true (ptce_date_equal (since, date ("2016-03")));

  /* same first day, other precision: a distinct change, sorted after */
  ptce_pole_set_stage (pole, PTCE_STAGE_CONSTRUCTION, date ("2016-03-01"));
  g_assert_cmpuint (ptce_pole_get_n_stage_changes (pole), ==, 4);
  g_assert_cmpint (ptce_pole_get_stage_change (pole, 1, &since), ==, PTCE_STAGE_DEVELOPMENT);
  g_assert_true (ptce_date_equal (since, date ("2016-03")));
  g_assert_cmpint (ptce_pole_get_stage_change (pole, 2, &since), ==, PTCE_STAGE_CONSTRUCTION);
  g_assert_true (ptce_date_equal (since, date ("2016-03-01")));

  /* removal needs the exact date and precision */
  g_assert_false (ptce_pole_remove_stage (pole, date ("2016")));
  g_assert_true (ptce_pole_remove_stage (pole, date ("2016-03-01")));
  g_assert_false (ptce_pole_remove_stage (pole, date ("2016-03-01")));
  g_assert_cmpuint (ptce_pole_get_n_stage_changes (pole), ==, 3);
  g_assert_cmpint (ptce_pole_get_stage_change (pole, 2, &since), ==, PTCE_STAGE_CONSOLIDATION);

  g_assert_finalize_object (pole);
}

static void
test_stage_on (void)
{
  PtcePole *pole = ptce_pole_new ("phares", "Phares");
  static const struct {
    const char *when;
    PtceStage   stage;
  } cases[] = {
    { "2013",       PTCE_STAGE_UNKNOWN },        /* before any change */
    { "2013-12-31", PTCE_STAGE_UNKNOWN },
    { "2014",       PTCE_STAGE_EMERGENCE },      /* "2014" starts on 1 January */
    { "2014-01-01", PTCE_STAGE_EMERGENCE },
    { "2015-07",    PTCE_STAGE_EMERGENCE },      /* between changes */
    { "2016",       PTCE_STAGE_EMERGENCE },      /* 1 January 2016, before March */
    { "2016-02-29", PTCE_STAGE_EMERGENCE },
    { "2016-03",    PTCE_STAGE_CONSTRUCTION },   /* on the change */
    { "2016-03-01", PTCE_STAGE_CONSTRUCTION },
    { "2018",       PTCE_STAGE_CONSTRUCTION },
    { "2019-06-14", PTCE_STAGE_CONSTRUCTION },
    { "2019-06-15", PTCE_STAGE_CONSOLIDATION },
    { "2019-06",    PTCE_STAGE_CONSTRUCTION },   /* 1 June, before the 15th */
    { "2030",       PTCE_STAGE_CONSOLIDATION },  /* after the last change */
  };

  g_assert_cmpint (ptce_pole_get_stage_on (pole, date ("2020")), ==, PTCE_STAGE_UNKNOWN);

  ptce_pole_set_stage (pole, PTCE_STAGE_CONSOLIDATION, date ("2019-06-15"));
  ptce_pole_set_stage (pole, PTCE_STAGE_EMERGENCE, date ("2014"));
  ptce_pole_set_stage (pole, PTCE_STAGE_CONSTRUCTION, date ("2016-03"));

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("stage on %s", cases[i].when);
      g_assert_cmpint (ptce_pole_get_stage_on (pole, date (cases[i].when)), ==, cases[i].stage);
    }

  /* two changes on the same first day: the more precise one is later */
  ptce_pole_set_stage (pole, PTCE_STAGE_INACTIVE, date ("2022"));
  ptce_pole_set_stage (pole, PTCE_STAGE_DISSOLVED, date ("2022-01-01"));
  g_assert_cmpint (ptce_pole_get_stage_on (pole, date ("2022")), ==, PTCE_STAGE_DISSOLVED);
  g_assert_cmpint (ptce_pole_get_stage_on (pole, date ("2021-12-31")), ==,
                   PTCE_STAGE_CONSOLIDATION);

  g_assert_finalize_object (pole);
}

static void
test_exists_on (void)
{
  PtcePole *pole = ptce_pole_new ("phares", "Phares");

  /* nothing known: both ends open */
  g_assert_true (ptce_pole_exists_on (pole, date ("1990")));

  ptce_pole_set_founded (pole, date ("2014"));
  g_assert_false (ptce_pole_exists_on (pole, date ("2013-12-31")));
  g_assert_true (ptce_pole_exists_on (pole, date ("2014")));
  g_assert_true (ptce_pole_exists_on (pole, date ("2040")));

  /* a partial dissolution date runs to its last day */
  ptce_pole_set_dissolved (pole, date ("2021-06"));
  g_assert_true (ptce_pole_exists_on (pole, date ("2021-06-30")));
  g_assert_false (ptce_pole_exists_on (pole, date ("2021-07")));

  g_assert_finalize_object (pole);
}

static void
test_members_on (void)
{
  PtcePole *pole = ptce_pole_new ("phares", "Phares");
  PtceActor *founder = ptce_actor_new ("halage", "Halage");
  PtceActor *member = ptce_actor_new ("solibio", "Solibio");
  PtceActor *partner = ptce_actor_new ("ville", "Ville de L'Île-Saint-Denis");
  /* a founding member who left in 2018 */
  PtceMembership *m_founder =
    membership (founder, PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER, "2014", "2018");
  PtceMembership *m_member = membership (member, PTCE_MEMBERSHIP_ROLE_MEMBER, "2016-09", NULL);
  /* the local authority the pole is « en lien avec » */
  PtceMembership *m_partner = membership (partner, PTCE_MEMBERSHIP_ROLE_PARTNER, "2014", NULL);
  /* the founder came back as a funder only */
  PtceMembership *m_founder_again =
    membership (founder, PTCE_MEMBERSHIP_ROLE_FUNDER, "2020", NULL);
  GListModel *list;

  ptce_pole_add_membership (pole, m_founder);
  ptce_pole_add_membership (pole, m_member);
  ptce_pole_add_membership (pole, m_partner);
  ptce_pole_add_membership (pole, m_founder_again);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_pole_get_memberships (pole)), ==, 4);

  /* 2015: the founder is the only member; the partner is only a link */
  list = ptce_pole_list_members_on (pole, date ("2015"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpstr (member_id (list, 0), ==, "halage");
  g_object_unref (list);
  list = ptce_pole_list_memberships_active_on (pole, date ("2015"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpstr (member_id (list, 0), ==, "halage");
  g_assert_cmpstr (member_id (list, 1), ==, "ville");
  g_object_unref (list);

  /* last day of 2018: the founder is still a member */
  list = ptce_pole_list_members_on (pole, date ("2018-12-31"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpstr (member_id (list, 0), ==, "halage");
  g_assert_cmpstr (member_id (list, 1), ==, "solibio");
  g_object_unref (list);

  /* 2019: the founder has left */
  list = ptce_pole_list_members_on (pole, date ("2019"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpstr (member_id (list, 0), ==, "solibio");
  g_object_unref (list);
  list = ptce_pole_list_memberships_active_on (pole, date ("2019"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpstr (member_id (list, 0), ==, "solibio");
  g_assert_cmpstr (member_id (list, 1), ==, "ville");
  g_object_unref (list);

  /* 2021: back as a funder — a tie, not a membership of a member */
  list = ptce_pole_list_members_on (pole, date ("2021"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpstr (member_id (list, 0), ==, "solibio");
  g_object_unref (list);
  list = ptce_pole_list_memberships_active_on (pole, date ("2021"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(PtceMembership) third = g_list_model_get_item (list, 2);

    g_assert_true (third == m_founder_again);
  }
  g_object_unref (list);

  /* every membership of one actor, at any time */
  list = ptce_pole_list_memberships_of (pole, founder);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_finalize_object (list);

  /* removing a membership */
  g_assert_true (ptce_pole_remove_membership (pole, m_member));
  g_assert_false (ptce_pole_remove_membership (pole, m_member));
  list = ptce_pole_list_members_on (pole, date ("2019"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_finalize_object (list);

  g_assert_finalize_object (pole);
  g_assert_finalize_object (m_founder);
  g_assert_finalize_object (m_member);
  g_assert_finalize_object (m_partner);
  g_assert_finalize_object (m_founder_again);
  g_assert_finalize_object (founder);
  g_assert_finalize_object (member);
  g_assert_finalize_object (partner);
}

static PtceCooperation *
cooperation (const char *id,
             const char *start,
             const char *end)
{
  PtceCooperation *c = ptce_cooperation_new (id, PTCE_COOPERATION_MODE_MUTUALISATION);

  if (start != NULL)
    ptce_cooperation_set_start (c, date (start));
  if (end != NULL)
    ptce_cooperation_set_end (c, date (end));
  return c;
}

static void
test_cooperations_active_on (void)
{
  PtcePole *pole = ptce_pole_new ("phares", "Phares");
  PtceCooperation *jobs = cooperation ("shared-jobs", "2015", "2017-06");
  PtceCooperation *premises = cooperation ("shared-premises", "2016-09-01", NULL);
  PtceCooperation *undated = cooperation ("purchasing", NULL, NULL);
  g_autoptr(GError) error = NULL;
  GListModel *list;
  g_autoptr(PtceCooperation) first = NULL;
  g_autoptr(PtceCooperation) second = NULL;

  g_assert_true (ptce_pole_add_cooperation (pole, jobs, &error));
  g_assert_no_error (error);
  g_assert_true (ptce_pole_add_cooperation (pole, premises, &error));
  g_assert_no_error (error);
  g_assert_true (ptce_pole_add_cooperation (pole, undated, &error));
  g_assert_no_error (error);

  list = ptce_pole_list_cooperations_active_on (pole, date ("2014"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);  /* the undated one only */
  g_assert_finalize_object (list);

  list = ptce_pole_list_cooperations_active_on (pole, date ("2017-06-30"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_finalize_object (list);

  list = ptce_pole_list_cooperations_active_on (pole, date ("2017-07"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  first = g_list_model_get_item (list, 0);
  second = g_list_model_get_item (list, 1);
  g_assert_true (first == premises);
  g_assert_true (second == undated);
  g_object_unref (list);

  g_assert_true (ptce_cooperation_is_active_on (jobs, date ("2015")));
  g_assert_false (ptce_cooperation_is_active_on (jobs, date ("2014-12-31")));
  g_assert_false (ptce_cooperation_is_active_on (premises, date ("2016-08-31")));

  g_assert_finalize_object (pole);
  g_assert_finalize_object (jobs);
  g_clear_object (&first);
  g_clear_object (&second);
  g_assert_finalize_object (premises);
  g_assert_finalize_object (undated);
}

static void
test_duplicate_cooperation (void)
{
  PtcePole *pole = ptce_pole_new ("phares", "Phares");
  PtceCooperation *a = ptce_cooperation_new ("shared-jobs", PTCE_COOPERATION_MODE_MUTUALISATION);
  PtceCooperation *b = ptce_cooperation_new ("shared-jobs", PTCE_COOPERATION_MODE_PARTENARIAT);
  PtceProject *p = ptce_project_new ("recyclerie", "Recyclerie");
  PtceProject *q = ptce_project_new ("recyclerie", "Another title");
  g_autoptr(GError) error = NULL;

  g_assert_true (ptce_pole_add_cooperation (pole, a, &error));
  g_assert_no_error (error);
  g_assert_true (ptce_pole_lookup_cooperation (pole, "shared-jobs") == a);
  g_assert_null (ptce_pole_lookup_cooperation (pole, "nothing"));

  g_assert_false (ptce_pole_add_cooperation (pole, b, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID);
  assert_message_names (error, "shared-jobs");
  assert_message_names (error, "phares");
  g_clear_error (&error);
  /* the very same object is refused too */
  g_assert_false (ptce_pole_add_cooperation (pole, a, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_pole_get_cooperations (pole)), ==, 1);
  g_assert_true (ptce_pole_lookup_cooperation (pole, "shared-jobs") == a);

  /* after removal, the id is free again and lookup follows */
  g_assert_false (ptce_pole_remove_cooperation (pole, b));
  g_assert_true (ptce_pole_remove_cooperation (pole, a));
  g_assert_null (ptce_pole_lookup_cooperation (pole, "shared-jobs"));
  g_assert_true (ptce_pole_add_cooperation (pole, b, &error));
  g_assert_no_error (error);
  g_assert_true (ptce_pole_lookup_cooperation (pole, "shared-jobs") == b);

  /* projects follow the same rule */
  g_assert_true (ptce_pole_add_project (pole, p, &error));
  g_assert_no_error (error);
  g_assert_false (ptce_pole_add_project (pole, q, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID);
  assert_message_names (error, "recyclerie");
  assert_message_names (error, "phares");
  g_clear_error (&error);
  g_assert_true (ptce_pole_lookup_project (pole, "recyclerie") == p);
  g_assert_true (ptce_pole_remove_project (pole, p));
  g_assert_null (ptce_pole_lookup_project (pole, "recyclerie"));
  g_assert_true (ptce_pole_add_project (pole, q, &error));
  g_assert_no_error (error);
  g_assert_true (ptce_pole_lookup_project (pole, "recyclerie") == q);

  g_assert_finalize_object (pole);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
  g_assert_finalize_object (p);
  g_assert_finalize_object (q);
}

static void
test_items_changed (void)
{
  PtcePole *pole = ptce_pole_new ("phares", "Phares");
  PtceActor *actor = ptce_actor_new ("halage", "Halage");
  PtceMembership *m[3];
  PtceCooperation *c1 = ptce_cooperation_new ("c1", PTCE_COOPERATION_MODE_COOPERATION);
  PtceCooperation *c2 = ptce_cooperation_new ("c2", PTCE_COOPERATION_MODE_COOPERATION);
  PtceCooperation *c1_again = ptce_cooperation_new ("c1", PTCE_COOPERATION_MODE_COOPERATION);
  PtceFunding *funding = ptce_funding_new ("AMI PTCE 2021", PTCE_CALL_KIND_STATE_AMI_PHASE1);
  g_autoptr(GArray) memberships_changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GArray) cooperations_changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GArray) fundings_changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GError) error = NULL;

  g_signal_connect (ptce_pole_get_memberships (pole), "items-changed",
                    G_CALLBACK (on_items_changed), memberships_changes);
  g_signal_connect (ptce_pole_get_cooperations (pole), "items-changed",
                    G_CALLBACK (on_items_changed), cooperations_changes);
  g_signal_connect (ptce_pole_get_fundings (pole), "items-changed",
                    G_CALLBACK (on_items_changed), fundings_changes);

  for (guint i = 0; i < G_N_ELEMENTS (m); i++)
    {
      m[i] = ptce_membership_new (actor, PTCE_MEMBERSHIP_ROLE_MEMBER);
      ptce_pole_add_membership (pole, m[i]);
    }
  g_assert_cmpuint (memberships_changes->len, ==, 3);
  assert_change (memberships_changes, 0, 0, 0, 1);
  assert_change (memberships_changes, 1, 1, 0, 1);
  assert_change (memberships_changes, 2, 2, 0, 1);

  /* adding the same object again changes nothing and says nothing */
  ptce_pole_add_membership (pole, m[1]);
  g_assert_cmpuint (memberships_changes->len, ==, 3);

  g_assert_true (ptce_pole_remove_membership (pole, m[1]));
  g_assert_cmpuint (memberships_changes->len, ==, 4);
  assert_change (memberships_changes, 3, 1, 1, 0);
  g_assert_false (ptce_pole_remove_membership (pole, m[1]));
  g_assert_cmpuint (memberships_changes->len, ==, 4);

  g_assert_true (ptce_pole_add_cooperation (pole, c1, &error));
  g_assert_true (ptce_pole_add_cooperation (pole, c2, &error));
  g_assert_no_error (error);
  /* a refused add emits nothing */
  g_assert_false (ptce_pole_add_cooperation (pole, c1_again, &error));
  g_clear_error (&error);
  g_assert_true (ptce_pole_remove_cooperation (pole, c1));
  g_assert_cmpuint (cooperations_changes->len, ==, 3);
  assert_change (cooperations_changes, 0, 0, 0, 1);
  assert_change (cooperations_changes, 1, 1, 0, 1);
  assert_change (cooperations_changes, 2, 0, 1, 0);

  ptce_pole_add_funding (pole, funding);
  ptce_pole_add_funding (pole, funding);
  g_assert_true (ptce_pole_remove_funding (pole, funding));
  g_assert_false (ptce_pole_remove_funding (pole, funding));
  g_assert_cmpuint (fundings_changes->len, ==, 2);
  assert_change (fundings_changes, 0, 0, 0, 1);
  assert_change (fundings_changes, 1, 0, 1, 0);

  g_signal_handlers_disconnect_by_data (ptce_pole_get_memberships (pole), memberships_changes);
  g_signal_handlers_disconnect_by_data (ptce_pole_get_cooperations (pole), cooperations_changes);
  g_signal_handlers_disconnect_by_data (ptce_pole_get_fundings (pole), fundings_changes);
  g_assert_finalize_object (pole);
  for (guint i = 0; i < G_N_ELEMENTS (m); i++)
    g_assert_finalize_object (m[i]);
  g_assert_finalize_object (c1);
  g_assert_finalize_object (c2);
  g_assert_finalize_object (c1_again);
  g_assert_finalize_object (funding);
  g_assert_finalize_object (actor);
}

static void
test_references_actor (void)
{
  PtcePole *pole = ptce_pole_new ("phares", "Phares");
  PtceActor *carrier = ptce_actor_new ("halage", "Halage");
  PtceActor *member = ptce_actor_new ("solibio", "Solibio");
  PtceActor *in_coop = ptce_actor_new ("coop", NULL);
  PtceActor *in_project = ptce_actor_new ("proj", NULL);
  PtceActor *stranger = ptce_actor_new ("stranger", NULL);
  /* another object with the carrier's id is not the carrier */
  PtceActor *lookalike = ptce_actor_new ("halage", "Halage");
  PtceMembership *m = ptce_membership_new (member, PTCE_MEMBERSHIP_ROLE_PARTNER);
  PtceCooperation *c = ptce_cooperation_new ("c1", PTCE_COOPERATION_MODE_COOPERATION);
  PtceProject *p = ptce_project_new ("p1", "Project");
  g_autoptr(GError) error = NULL;

  ptce_pole_set_carrier (pole, carrier);
  ptce_pole_add_membership (pole, m);
  g_assert_true (ptce_cooperation_add_participant (c, in_coop));
  g_assert_true (ptce_pole_add_cooperation (pole, c, &error));
  g_assert_true (ptce_project_add_participant (p, in_project));
  g_assert_true (ptce_pole_add_project (pole, p, &error));
  g_assert_no_error (error);

  g_assert_true (ptce_pole_references_actor (pole, carrier));
  g_assert_true (ptce_pole_references_actor (pole, member));
  g_assert_true (ptce_pole_references_actor (pole, in_coop));
  g_assert_true (ptce_pole_references_actor (pole, in_project));
  g_assert_false (ptce_pole_references_actor (pole, stranger));
  g_assert_false (ptce_pole_references_actor (pole, lookalike));

  g_assert_true (ptce_project_remove_participant (p, in_project));
  g_assert_false (ptce_pole_references_actor (pole, in_project));
  ptce_pole_set_carrier (pole, NULL);
  g_assert_false (ptce_pole_references_actor (pole, carrier));

  g_assert_finalize_object (pole);
  g_assert_finalize_object (m);
  g_assert_finalize_object (c);
  g_assert_finalize_object (p);
  g_assert_finalize_object (carrier);
  g_assert_finalize_object (member);
  g_assert_finalize_object (in_coop);
  g_assert_finalize_object (in_project);
  g_assert_finalize_object (stranger);
  g_assert_finalize_object (lookalike);
}

static void
test_pole_notify (void)
{
  PtcePole *pole = ptce_pole_new ("phares", "Phares");
  PtceActor *carrier = ptce_actor_new ("halage", "Halage");
  PtceTerritory *territory = ptce_territory_new ("Plaine Commune");
  PtceStrategy *strategy = ptce_strategy_new ("Faire de l'Île-Saint-Denis un territoire zéro déchet");
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *aliases[] = { "PHARES", "Pôle Halage", NULL };
  const char *same_aliases[] = { "PHARES", "Pôle Halage", NULL };
  g_autoptr(PtceActor) got_carrier = NULL;

  g_signal_connect (pole, "notify", G_CALLBACK (on_notify), counts);

  ptce_pole_set_name (pole, "Phares");  /* unchanged */
  g_assert_cmpuint (notify_count (counts, "name"), ==, 0);
  ptce_pole_set_name (pole, "PHARES");
  ptce_pole_set_name (pole, "PHARES");
  g_assert_cmpuint (notify_count (counts, "name"), ==, 1);
  g_assert_cmpstr (ptce_pole_get_name (pole), ==, "PHARES");

  ptce_pole_set_aliases (pole, aliases);
  ptce_pole_set_aliases (pole, same_aliases);
  g_assert_cmpuint (notify_count (counts, "aliases"), ==, 1);
  g_assert_cmpstrv (ptce_pole_get_aliases (pole), aliases);
  ptce_pole_set_aliases (pole, NULL);
  g_assert_cmpuint (notify_count (counts, "aliases"), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) ptce_pole_get_aliases (pole)), ==, 0);

  ptce_pole_set_description (pole, "Pôle d'économie solidaire");
  ptce_pole_set_description (pole, "Pôle d'économie solidaire");
  g_assert_cmpuint (notify_count (counts, "description"), ==, 1);

  /* an equal date, another object: no change */
  ptce_pole_set_founded (pole, date ("2014-06"));
  ptce_pole_set_founded (pole, date ("2014-06"));
  g_assert_cmpuint (notify_count (counts, "founded"), ==, 1);
  ptce_pole_set_founded (pole, date ("2014-06-01"));
  g_assert_cmpuint (notify_count (counts, "founded"), ==, 2);
  ptce_pole_set_dissolved (pole, date ("2023"));
  ptce_pole_set_dissolved (pole, NULL);
  ptce_pole_set_dissolved (pole, NULL);
  g_assert_cmpuint (notify_count (counts, "dissolved"), ==, 2);

  ptce_pole_set_typology (pole, PTCE_POLE_TYPOLOGY_MUTUALISATION | PTCE_POLE_TYPOLOGY_SECTORAL);
  ptce_pole_set_typology (pole, PTCE_POLE_TYPOLOGY_MUTUALISATION | PTCE_POLE_TYPOLOGY_SECTORAL);
  g_assert_cmpuint (notify_count (counts, "typology"), ==, 1);
  ptce_pole_set_origin (pole, PTCE_POLE_ORIGIN_CITIZEN);
  ptce_pole_set_origin (pole, PTCE_POLE_ORIGIN_CITIZEN);
  g_assert_cmpuint (notify_count (counts, "origin"), ==, 1);
  ptce_pole_set_legal_form (pole, PTCE_LEGAL_FORM_SCIC);
  ptce_pole_set_legal_form (pole, PTCE_LEGAL_FORM_SCIC);
  g_assert_cmpuint (notify_count (counts, "legal-form"), ==, 1);

  ptce_pole_set_carrier (pole, carrier);
  ptce_pole_set_carrier (pole, carrier);
  g_assert_cmpuint (notify_count (counts, "carrier"), ==, 1);
  g_assert_true (ptce_pole_get_carrier (pole) == carrier);
  /* the property and the getter agree */
  g_object_get (pole, "carrier", &got_carrier, NULL);
  g_assert_true (got_carrier == carrier);
  g_clear_object (&got_carrier);

  ptce_pole_set_territory (pole, territory);
  ptce_pole_set_territory (pole, territory);
  g_assert_cmpuint (notify_count (counts, "territory"), ==, 1);
  g_assert_true (ptce_pole_get_territory (pole) == territory);
  /* set through the property: the setter's rule applies */
  g_object_set (pole, "strategy", strategy, NULL);
  g_object_set (pole, "strategy", strategy, NULL);
  g_assert_cmpuint (notify_count (counts, "strategy"), ==, 1);
  g_assert_true (ptce_pole_get_strategy (pole) == strategy);
  ptce_pole_set_strategy (pole, NULL);
  g_assert_cmpuint (notify_count (counts, "strategy"), ==, 2);
  g_assert_null (ptce_pole_get_strategy (pole));

  /* the stage history and the lists are not properties that change */
  ptce_pole_set_stage (pole, PTCE_STAGE_EMERGENCE, date ("2014"));
  g_assert_cmpuint (notify_count (counts, "id"), ==, 0);

  g_signal_handlers_disconnect_by_data (pole, counts);
  g_assert_finalize_object (pole);
  g_assert_finalize_object (carrier);
  g_assert_finalize_object (territory);
  g_assert_finalize_object (strategy);
}

static void
test_cooperation_participants (void)
{
  PtceCooperation *c = ptce_cooperation_new ("employer-group", PTCE_COOPERATION_MODE_MUTUALISATION);
  PtceActor *a = ptce_actor_new ("halage", NULL);
  PtceActor *b = ptce_actor_new ("solibio", NULL);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstr (ptce_cooperation_get_id (c), ==, "employer-group");
  g_assert_cmpint (ptce_cooperation_get_mode (c), ==, PTCE_COOPERATION_MODE_MUTUALISATION);
  g_assert_cmpint (ptce_cooperation_get_object (c), ==, PTCE_COOPERATION_OBJECT_OTHER);

  g_signal_connect (ptce_cooperation_get_participants (c), "items-changed",
                    G_CALLBACK (on_items_changed), changes);
  g_signal_connect (c, "notify", G_CALLBACK (on_notify), counts);

  g_assert_true (ptce_cooperation_add_participant (c, a));
  g_assert_true (ptce_cooperation_add_participant (c, b));
  g_assert_false (ptce_cooperation_add_participant (c, a));  /* no duplicate */
  g_assert_cmpuint (g_list_model_get_n_items (ptce_cooperation_get_participants (c)), ==, 2);
  g_assert_true (ptce_cooperation_has_participant (c, a));
  g_assert_true (ptce_cooperation_remove_participant (c, a));
  g_assert_false (ptce_cooperation_has_participant (c, a));
  g_assert_false (ptce_cooperation_remove_participant (c, a));
  g_assert_cmpuint (changes->len, ==, 3);
  assert_change (changes, 2, 0, 1, 0);

  ptce_cooperation_set_mode (c, PTCE_COOPERATION_MODE_PARTENARIAT);
  ptce_cooperation_set_mode (c, PTCE_COOPERATION_MODE_PARTENARIAT);
  ptce_cooperation_set_object (c, PTCE_COOPERATION_OBJECT_EMPLOYER_GROUP);
  ptce_cooperation_set_object (c, PTCE_COOPERATION_OBJECT_EMPLOYER_GROUP);
  ptce_cooperation_set_description (c, "Groupement d'employeurs");
  ptce_cooperation_set_description (c, "Groupement d'employeurs");
  ptce_cooperation_set_start (c, date ("2015"));
  ptce_cooperation_set_start (c, date ("2015"));
  ptce_cooperation_set_end (c, date ("2019-12"));
  g_assert_cmpuint (notify_count (counts, "mode"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "object"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "description"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "start"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "end"), ==, 1);
  g_assert_true (ptce_cooperation_is_active_on (c, date ("2019-12-31")));
  g_assert_false (ptce_cooperation_is_active_on (c, date ("2020")));

  g_signal_handlers_disconnect_by_data (c, counts);
  g_signal_handlers_disconnect_by_data (ptce_cooperation_get_participants (c), changes);
  g_assert_finalize_object (c);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
}

/* The participants live in one array that grows as actors are added
 * (ptce-object-list-private.h): order, removal in the middle, items-changed
 * at the right place, each actor held once and released with the
 * cooperation. */
static void
test_cooperation_many_participants (void)
{
  PtceCooperation *c = ptce_cooperation_new ("many", PTCE_COOPERATION_MODE_COOPERATION);
  GListModel *participants = ptce_cooperation_get_participants (c);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  PtceActor *actors[40];

  g_assert_true (g_list_model_get_item_type (participants) == PTCE_TYPE_ACTOR);
  g_assert_null (g_list_model_get_item (participants, 0));
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%u", i);

      actors[i] = ptce_actor_new (id, NULL);
      if (i == 20)
        g_signal_connect (participants, "items-changed", G_CALLBACK (on_items_changed), changes);
      g_assert_true (ptce_cooperation_add_participant (c, actors[i]));
    }
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 40);
  g_assert_cmpuint (changes->len, ==, 20);
  assert_change (changes, 0, 20, 0, 1);
  assert_change (changes, 19, 39, 0, 1);

  g_assert_true (ptce_cooperation_remove_participant (c, actors[7]));
  assert_change (changes, 20, 7, 1, 0);
  g_assert_false (ptce_cooperation_has_participant (c, actors[7]));
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 39);
  for (guint i = 0; i < 39; i++)
    {
      g_autoptr(PtceActor) item = g_list_model_get_item (participants, i);

      g_assert_true (item == actors[i < 7 ? i : i + 1]);
    }
  g_assert_null (g_list_model_get_item (participants, 39));
  g_assert_false (ptce_cooperation_add_participant (c, actors[39]));
  g_assert_true (ptce_cooperation_add_participant (c, actors[7]));
  assert_change (changes, 21, 39, 0, 1);
  g_assert_cmpuint (changes->len, ==, 22);

  g_signal_handlers_disconnect_by_data (participants, changes);
  g_assert_finalize_object (c);
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    g_assert_finalize_object (actors[i]);
}

/* A cooperation keeps its participants without a list model until one is
 * asked for (ptce-cooperation.c): what was added, removed and refused
 * before is what the list then holds, every change after is heard, and a
 * participant held before the list was made is released with the
 * cooperation, as one added after. */
static void
test_cooperation_participants_before_list (void)
{
  PtceCooperation *c = ptce_cooperation_new ("before", PTCE_COOPERATION_MODE_PARTENARIAT);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  PtceActor *actors[4];
  GListModel *participants;

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%u", i);

      actors[i] = ptce_actor_new (id, NULL);
    }
  g_assert_true (ptce_cooperation_add_participant (c, actors[0]));
  g_assert_true (ptce_cooperation_add_participant (c, actors[1]));
  g_assert_true (ptce_cooperation_add_participant (c, actors[2]));
  g_assert_false (ptce_cooperation_add_participant (c, actors[1]));  /* no duplicate */
  g_assert_true (ptce_cooperation_remove_participant (c, actors[0]));
  g_assert_false (ptce_cooperation_remove_participant (c, actors[0]));
  g_assert_false (ptce_cooperation_has_participant (c, actors[0]));
  g_assert_true (ptce_cooperation_has_participant (c, actors[2]));
  g_assert_false (ptce_cooperation_has_participant (c, actors[3]));

  participants = ptce_cooperation_get_participants (c);
  g_assert_true (participants == ptce_cooperation_get_participants (c));
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PtceActor) item = g_list_model_get_item (participants, i);

      g_assert_true (item == actors[i + 1]);
    }
  /* the property lends the same list */
  {
    g_autoptr(GListModel) by_property = NULL;

    g_object_get (c, "participants", &by_property, NULL);
    g_assert_true (by_property == participants);
  }

  g_signal_connect (participants, "items-changed", G_CALLBACK (on_items_changed), changes);
  g_assert_false (ptce_cooperation_add_participant (c, actors[2]));
  g_assert_true (ptce_cooperation_add_participant (c, actors[3]));
  g_assert_true (ptce_cooperation_remove_participant (c, actors[1]));
  g_assert_true (ptce_cooperation_has_participant (c, actors[3]));
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 0, 2, 0, 1);
  assert_change (changes, 1, 0, 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);

  g_signal_handlers_disconnect_by_data (participants, changes);
  g_assert_finalize_object (c);
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    g_assert_finalize_object (actors[i]);
}

static void
test_project (void)
{
  PtceProject *p = ptce_project_new ("recyclerie", "Recyclerie du fleuve");
  PtceActor *a = ptce_actor_new ("halage", NULL);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *sectors[] = { "réemploi", "insertion", NULL };
  const char *objectives[] = { "Créer 10 emplois d'insertion", NULL };

  g_assert_cmpstr (ptce_project_get_id (p), ==, "recyclerie");
  g_assert_cmpstr (ptce_project_get_title (p), ==, "Recyclerie du fleuve");
  g_assert_cmpuint (g_strv_length ((char **) ptce_project_get_sectors (p)), ==, 0);

  g_signal_connect (p, "notify", G_CALLBACK (on_notify), counts);
  ptce_project_set_innovation (p, PTCE_INNOVATION_SOCIAL);
  ptce_project_set_innovation (p, PTCE_INNOVATION_SOCIAL);
  ptce_project_set_sectors (p, sectors);
  ptce_project_set_sectors (p, sectors);
  ptce_project_set_objectives (p, objectives);
  ptce_project_set_sustainable_local_development (p, TRUE);
  ptce_project_set_sustainable_local_development (p, 2);  /* still true */
  ptce_project_set_title (p, "Recyclerie du fleuve");
  g_assert_cmpuint (notify_count (counts, "innovation"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "sectors"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "objectives"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "sustainable-local-development"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "title"), ==, 0);
  g_assert_cmpstrv (ptce_project_get_sectors (p), sectors);
  g_assert_true (ptce_project_get_sustainable_local_development (p));

  ptce_project_set_start (p, date ("2018-03"));
  g_assert_false (ptce_project_is_active_on (p, date ("2018-02-28")));
  g_assert_true (ptce_project_is_active_on (p, date ("2018-03-01")));

  g_assert_true (ptce_project_add_participant (p, a));
  g_assert_false (ptce_project_add_participant (p, a));
  g_assert_cmpuint (g_list_model_get_n_items (ptce_project_get_participants (p)), ==, 1);
  g_assert_true (ptce_project_has_participant (p, a));
  g_assert_true (ptce_project_remove_participant (p, a));
  g_assert_false (ptce_project_has_participant (p, a));
  g_assert_false (ptce_project_remove_participant (p, a));

  g_signal_handlers_disconnect_by_data (p, counts);
  g_assert_finalize_object (p);
  g_assert_finalize_object (a);
}

static void
count_signal (PtcePole *pole,
              guint    *count)
{
  (*count)++;
}

static void
test_stages_changed (void)
{
  PtcePole *pole = ptce_pole_new ("phares", "Phares");
  guint count = 0;

  g_signal_connect (pole, "stages-changed", G_CALLBACK (count_signal), &count);

  ptce_pole_set_stage (pole, PTCE_STAGE_EMERGENCE, date ("2013"));
  g_assert_cmpuint (count, ==, 1);
  /* the same stage at the same date changes nothing, says nothing */
  ptce_pole_set_stage (pole, PTCE_STAGE_EMERGENCE, date ("2013"));
  g_assert_cmpuint (count, ==, 1);
  ptce_pole_set_stage (pole, PTCE_STAGE_CONSOLIDATION, date ("2013"));
  g_assert_cmpuint (count, ==, 2);
  g_assert_false (ptce_pole_remove_stage (pole, date ("2014")));
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (ptce_pole_remove_stage (pole, date ("2013")));
  g_assert_cmpuint (count, ==, 3);

  g_assert_finalize_object (pole);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Pole/stage-history-sorted", test_stage_history_sorted);
  g_test_add_func ("/Ptce/Pole/stages-changed", test_stages_changed);
  g_test_add_func ("/Ptce/Pole/stage-on", test_stage_on);
  g_test_add_func ("/Ptce/Pole/exists-on", test_exists_on);
  g_test_add_func ("/Ptce/Pole/members-on", test_members_on);
  g_test_add_func ("/Ptce/Pole/cooperations-active-on", test_cooperations_active_on);
  g_test_add_func ("/Ptce/Pole/duplicate-cooperation", test_duplicate_cooperation);
  g_test_add_func ("/Ptce/Pole/items-changed", test_items_changed);
  g_test_add_func ("/Ptce/Pole/references-actor", test_references_actor);
  g_test_add_func ("/Ptce/Pole/notify", test_pole_notify);
  g_test_add_func ("/Ptce/Cooperation/participants", test_cooperation_participants);
  g_test_add_func ("/Ptce/Cooperation/many-participants", test_cooperation_many_participants);
  g_test_add_func ("/Ptce/Cooperation/participants-before-list",
                   test_cooperation_participants_before_list);
  g_test_add_func ("/Ptce/Project/basics", test_project);

  return model_test_run ();
}
