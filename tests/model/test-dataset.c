/* test-dataset.c: PtceDataset — ids, lookups, referential integrity,
 * validation, list signals and notifications
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <locale.h>
#include <string.h>
#include <libptce/libptce.h>

#include "model-test-util.h"

static void
add_actor_ok (PtceDataset *dataset,
              PtceActor   *actor)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ptce_dataset_add_actor (dataset, actor, &error));
  g_assert_no_error (error);
}

static void
add_pole_ok (PtceDataset *dataset,
             PtcePole    *pole)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ptce_dataset_add_pole (dataset, pole, &error));
  g_assert_no_error (error);
}

static void
test_duplicate_ids (void)
{
  PtceDataset *dataset = ptce_dataset_new ();
  PtceActor *halage = ptce_actor_new ("halage", "Halage");
  PtceActor *halage_twin = ptce_actor_new ("halage", "Association Halage");
  PtcePole *phares = ptce_pole_new ("phares", "Phares");
  PtcePole *phares_twin = ptce_pole_new ("phares", "PHARES");
  PtceActor *named_like_pole = ptce_actor_new ("phares", "Phares (association)");
  PtcePole *named_like_actor = ptce_pole_new ("halage", "Pôle Halage");
  g_autoptr(GError) error = NULL;

  add_actor_ok (dataset, halage);
  g_assert_false (ptce_dataset_add_actor (dataset, halage_twin, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID);
  assert_message_names (error, "halage");
  g_clear_error (&error);
  /* the same object twice is a duplicate as well */
  g_assert_false (ptce_dataset_add_actor (dataset, halage, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (dataset)), ==, 1);
  g_assert_true (ptce_dataset_lookup_actor (dataset, "halage") == halage);

  add_pole_ok (dataset, phares);
  g_assert_false (ptce_dataset_add_pole (dataset, phares_twin, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID);
  assert_message_names (error, "phares");
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_poles (dataset)), ==, 1);

  /* actors and poles share the ids observations name */
  g_assert_false (ptce_dataset_add_actor (dataset, named_like_pole, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID);
  assert_message_names (error, "phares");
  g_clear_error (&error);
  g_assert_false (ptce_dataset_add_pole (dataset, named_like_actor, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID);
  assert_message_names (error, "halage");
  g_clear_error (&error);
  g_assert_null (ptce_dataset_lookup_pole (dataset, "halage"));

  g_assert_finalize_object (dataset);
  g_assert_finalize_object (halage);
  g_assert_finalize_object (halage_twin);
  g_assert_finalize_object (phares);
  g_assert_finalize_object (phares_twin);
  g_assert_finalize_object (named_like_pole);
  g_assert_finalize_object (named_like_actor);
}

static void
test_lookup (void)
{
  PtceDataset *dataset = ptce_dataset_new ();
  PtceActor *actors[50];
  PtcePole *pole = ptce_pole_new ("phares", "Phares");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%u", i);

      actors[i] = ptce_actor_new (id, NULL);
      add_actor_ok (dataset, actors[i]);
    }
  add_pole_ok (dataset, pole);

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%u", i);

      g_assert_true (ptce_dataset_lookup_actor (dataset, id) == actors[i]);
    }
  g_assert_true (ptce_dataset_lookup_pole (dataset, "phares") == pole);
  g_assert_null (ptce_dataset_lookup_actor (dataset, "phares"));
  g_assert_null (ptce_dataset_lookup_pole (dataset, "actor-1"));
  g_assert_null (ptce_dataset_lookup_actor (dataset, "nobody"));

  /* lookups follow removals */
  g_assert_true (ptce_dataset_remove_actor (dataset, actors[7], &error));
  g_assert_no_error (error);
  g_assert_null (ptce_dataset_lookup_actor (dataset, "actor-7"));
  g_assert_true (ptce_dataset_lookup_actor (dataset, "actor-8") == actors[8]);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (dataset)), ==, 49);
  g_assert_true (ptce_dataset_remove_pole (dataset, pole, &error));
  g_assert_no_error (error);
  g_assert_null (ptce_dataset_lookup_pole (dataset, "phares"));

  /* removing what is not there */
  g_assert_false (ptce_dataset_remove_actor (dataset, actors[7], &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND);
  assert_message_names (error, "actor-7");
  g_clear_error (&error);
  g_assert_false (ptce_dataset_remove_pole (dataset, pole, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND);
  assert_message_names (error, "phares");
  g_clear_error (&error);

  g_assert_finalize_object (dataset);
  g_assert_finalize_object (pole);
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    g_assert_finalize_object (actors[i]);
}

static void
test_remove_actor_in_use (void)
{
  PtceDataset *dataset = ptce_dataset_new ();
  PtceActor *halage = ptce_actor_new ("halage", "Halage");
  PtceActor *solibio = ptce_actor_new ("solibio", "Solibio");
  PtcePole *phares = ptce_pole_new ("phares", "Phares");
  PtcePole *other = ptce_pole_new ("damier", "Le Damier");
  PtceMembership *membership = ptce_membership_new (halage, PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER);
  PtceCooperation *cooperation = ptce_cooperation_new ("shared-jobs", PTCE_COOPERATION_MODE_MUTUALISATION);
  PtceObservation *jobs = ptce_observation_new ("solibio", "jobs", 12);
  g_autoptr(GError) error = NULL;

  add_actor_ok (dataset, halage);
  add_actor_ok (dataset, solibio);
  add_pole_ok (dataset, other);
  ptce_pole_add_membership (phares, membership);
  add_pole_ok (dataset, phares);

  /* a membership of the second pole keeps the actor */
  g_assert_false (ptce_dataset_remove_actor (dataset, halage, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IN_USE);
  assert_message_names (error, "halage");
  assert_message_names (error, "phares");
  g_clear_error (&error);
  g_assert_true (ptce_dataset_lookup_actor (dataset, "halage") == halage);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (dataset)), ==, 2);
  /* nothing was cascaded */
  g_assert_cmpuint (g_list_model_get_n_items (ptce_pole_get_memberships (phares)), ==, 1);

  /* once the membership is gone, the actor can go */
  g_assert_true (ptce_pole_remove_membership (phares, membership));
  g_assert_true (ptce_dataset_remove_actor (dataset, halage, &error));
  g_assert_no_error (error);
  g_assert_null (ptce_dataset_lookup_actor (dataset, "halage"));

  /* a cooperation participant, then an observation, keep an actor too */
  g_assert_true (ptce_cooperation_add_participant (cooperation, solibio));
  g_assert_true (ptce_pole_add_cooperation (other, cooperation, &error));
  g_assert_no_error (error);
  g_assert_true (ptce_dataset_add_observation (dataset, jobs, &error));
  g_assert_no_error (error);
  g_assert_false (ptce_dataset_remove_actor (dataset, solibio, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IN_USE);
  assert_message_names (error, "solibio");
  assert_message_names (error, "damier");
  g_clear_error (&error);
  g_assert_true (ptce_pole_remove_cooperation (other, cooperation));
  g_assert_false (ptce_dataset_remove_actor (dataset, solibio, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IN_USE);
  assert_message_names (error, "solibio");
  assert_message_names (error, "jobs");
  g_clear_error (&error);
  g_assert_true (ptce_dataset_remove_observation (dataset, jobs));
  g_assert_false (ptce_dataset_remove_observation (dataset, jobs));
  g_assert_true (ptce_dataset_remove_actor (dataset, solibio, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (dataset)), ==, 0);

  g_assert_finalize_object (dataset);
  g_assert_finalize_object (phares);
  g_assert_finalize_object (other);
  g_assert_finalize_object (membership);
  g_assert_finalize_object (cooperation);
  g_assert_finalize_object (jobs);
  g_assert_finalize_object (halage);
  g_assert_finalize_object (solibio);
}

static void
test_remove_actor_carrier (void)
{
  PtceDataset *dataset = ptce_dataset_new ();
  PtceActor *halage = ptce_actor_new ("halage", "Halage");
  PtcePole *phares = ptce_pole_new ("phares", "Phares");
  g_autoptr(GError) error = NULL;

  add_actor_ok (dataset, halage);
  ptce_pole_set_carrier (phares, halage);
  add_pole_ok (dataset, phares);

  g_assert_false (ptce_dataset_remove_actor (dataset, halage, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IN_USE);
  assert_message_names (error, "halage");
  assert_message_names (error, "phares");
  g_clear_error (&error);

  ptce_pole_set_carrier (phares, NULL);
  g_assert_true (ptce_dataset_remove_actor (dataset, halage, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (dataset);
  g_assert_finalize_object (phares);
  g_assert_finalize_object (halage);
}

static void
test_add_pole_dangling (void)
{
  PtceDataset *dataset = ptce_dataset_new ();
  PtceActor *halage = ptce_actor_new ("halage", "Halage");
  PtceActor *foreign = ptce_actor_new ("etranger", "Not in the dataset");
  /* same id as an actor of the dataset, but another object */
  PtceActor *copy = ptce_actor_new ("halage", "Halage (copy)");
  g_autoptr(GError) error = NULL;
  static const char *where[] = { "carrier", "membership", "cooperation", "project" };

  add_actor_ok (dataset, halage);

  for (gsize w = 0; w < G_N_ELEMENTS (where); w++)
    {
      for (guint which = 0; which < 2; which++)
        {
          PtceActor *bad = which == 0 ? foreign : copy;
          PtcePole *pole = ptce_pole_new ("phares", "Phares");
          PtceMembership *m = ptce_membership_new (bad, PTCE_MEMBERSHIP_ROLE_MEMBER);
          PtceCooperation *c = ptce_cooperation_new ("coop-emplois", PTCE_COOPERATION_MODE_COOPERATION);
          PtceProject *p = ptce_project_new ("projet-recyclerie", "Recyclerie");

          g_test_message ("a foreign actor as %s (%s)", where[w], which == 0 ? "unknown id" : "copy");
          /* a good reference first, so that the bad one is not alone */
          ptce_cooperation_add_participant (c, halage);
          ptce_project_add_participant (p, halage);
          switch (w)
            {
            case 0:
              ptce_pole_set_carrier (pole, bad);
              break;
            case 1:
              ptce_pole_add_membership (pole, m);
              break;
            case 2:
              ptce_cooperation_add_participant (c, bad);
              break;
            default:
              ptce_project_add_participant (p, bad);
              break;
            }
          g_assert_true (ptce_pole_add_cooperation (pole, c, &error));
          g_assert_true (ptce_pole_add_project (pole, p, &error));
          g_assert_no_error (error);

          g_assert_false (ptce_dataset_add_pole (dataset, pole, &error));
          g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE);
          assert_message_names (error, "phares");
          assert_message_names (error, ptce_actor_get_id (bad));
          assert_message_names (error, where[w]);
          if (w == 2)
            assert_message_names (error, "coop-emplois");
          if (w == 3)
            assert_message_names (error, "projet-recyclerie");
          g_clear_error (&error);
          g_assert_null (ptce_dataset_lookup_pole (dataset, "phares"));
          g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_poles (dataset)), ==, 0);

          g_assert_finalize_object (pole);
          g_assert_finalize_object (m);
          g_assert_finalize_object (c);
          g_assert_finalize_object (p);
        }
    }

  g_assert_finalize_object (dataset);
  g_assert_finalize_object (halage);
  g_assert_finalize_object (foreign);
  g_assert_finalize_object (copy);
}

static void
test_validate (void)
{
  PtceDataset *dataset = ptce_dataset_new ();
  PtceActor *halage = ptce_actor_new ("halage", "Halage");
  PtceActor *foreign = ptce_actor_new ("etranger", NULL);
  PtcePole *phares = ptce_pole_new ("phares", "Phares");
  PtceMembership *good = ptce_membership_new (halage, PTCE_MEMBERSHIP_ROLE_MEMBER);
  PtceMembership *bad = ptce_membership_new (foreign, PTCE_MEMBERSHIP_ROLE_PARTNER);
  PtceProject *project = ptce_project_new ("recyclerie", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) add_error = NULL;

  g_assert_true (ptce_dataset_validate (dataset, &error));
  g_assert_no_error (error);

  add_actor_ok (dataset, halage);
  ptce_pole_add_membership (phares, good);
  add_pole_ok (dataset, phares);
  g_assert_true (ptce_dataset_validate (dataset, &error));
  g_assert_no_error (error);

  /* the pole changes after it was added */
  ptce_pole_add_membership (phares, bad);
  g_assert_false (ptce_dataset_validate (dataset, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE);
  assert_message_names (error, "phares");
  assert_message_names (error, "etranger");

  /* the same message as add_pole gives */
  {
    PtcePole *again = ptce_pole_new ("phares-bis", NULL);
    g_autofree char *expected = NULL;

    ptce_pole_add_membership (again, bad);
    g_assert_false (ptce_dataset_add_pole (dataset, again, &add_error));
    g_assert_error (add_error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE);
    expected = g_strdup (error->message);
    /* only the pole id differs */
    g_assert_nonnull (strstr (add_error->message, "phares-bis"));
    g_assert_cmpuint (strlen (add_error->message), ==, strlen (expected) + strlen ("-bis"));
    g_assert_finalize_object (again);
  }
  g_clear_error (&error);

  g_assert_true (ptce_pole_remove_membership (phares, bad));
  g_assert_true (ptce_dataset_validate (dataset, &error));
  g_assert_no_error (error);

  /* a project participant added later */
  ptce_project_add_participant (project, foreign);
  g_assert_true (ptce_pole_add_project (phares, project, &error));
  g_assert_no_error (error);
  g_assert_false (ptce_dataset_validate (dataset, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE);
  assert_message_names (error, "recyclerie");
  assert_message_names (error, "etranger");
  g_clear_error (&error);

  /* adding the actor to the dataset mends it */
  add_actor_ok (dataset, foreign);
  g_assert_true (ptce_dataset_validate (dataset, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (dataset);
  g_assert_finalize_object (phares);
  g_assert_finalize_object (good);
  g_assert_finalize_object (bad);
  g_assert_finalize_object (project);
  g_assert_finalize_object (halage);
  g_assert_finalize_object (foreign);
}

static void
test_observations (void)
{
  PtceDataset *dataset = ptce_dataset_new ();
  PtceActor *halage = ptce_actor_new ("halage", "Halage");
  PtcePole *phares = ptce_pole_new ("phares", "Phares");
  PtceObservation *members_2019 = ptce_observation_new ("phares", "members", 31);
  PtceObservation *members_2021 = ptce_observation_new ("phares", "members", 38);
  PtceObservation *jobs = ptce_observation_new ("halage", "jobs", 70);
  PtceObservation *lost = ptce_observation_new ("nowhere", "turnover", 1e6);
  GListModel *list;
  g_autoptr(GError) error = NULL;

  add_actor_ok (dataset, halage);
  add_pole_ok (dataset, phares);

  g_assert_true (ptce_dataset_add_observation (dataset, members_2019, &error));
  g_assert_true (ptce_dataset_add_observation (dataset, jobs, &error));
  g_assert_true (ptce_dataset_add_observation (dataset, members_2021, &error));
  g_assert_no_error (error);
  /* the same object again does not duplicate it */
  g_assert_true (ptce_dataset_add_observation (dataset, jobs, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_observations (dataset)), ==, 3);

  g_assert_false (ptce_dataset_add_observation (dataset, lost, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE);
  assert_message_names (error, "nowhere");
  assert_message_names (error, "turnover");
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_observations (dataset)), ==, 3);

  list = ptce_dataset_list_observations_of (dataset, "phares");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(PtceObservation) first = g_list_model_get_item (list, 0);
    g_autoptr(PtceObservation) second = g_list_model_get_item (list, 1);

    g_assert_true (first == members_2019);
    g_assert_true (second == members_2021);
  }
  g_assert_finalize_object (list);
  list = ptce_dataset_list_observations_of (dataset, "nobody");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_finalize_object (list);

  /* a pole with observations about it stays */
  g_assert_false (ptce_dataset_remove_pole (dataset, phares, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IN_USE);
  assert_message_names (error, "phares");
  assert_message_names (error, "members");
  g_clear_error (&error);
  g_assert_true (ptce_dataset_lookup_pole (dataset, "phares") == phares);
  g_assert_true (ptce_dataset_remove_observation (dataset, members_2019));
  g_assert_true (ptce_dataset_remove_observation (dataset, members_2021));
  g_assert_true (ptce_dataset_remove_pole (dataset, phares, &error));
  g_assert_no_error (error);
  g_assert_null (ptce_dataset_lookup_pole (dataset, "phares"));
  g_assert_true (ptce_dataset_validate (dataset, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (dataset);
  g_assert_finalize_object (halage);
  g_assert_finalize_object (phares);
  g_assert_finalize_object (members_2019);
  g_assert_finalize_object (members_2021);
  g_assert_finalize_object (jobs);
  g_assert_finalize_object (lost);
}

static void
test_items_changed (void)
{
  PtceDataset *dataset = ptce_dataset_new ();
  PtceActor *a = ptce_actor_new ("a", NULL);
  PtceActor *b = ptce_actor_new ("b", NULL);
  PtceActor *c = ptce_actor_new ("c", NULL);
  PtceActor *b_twin = ptce_actor_new ("b", NULL);
  PtcePole *pole = ptce_pole_new ("p", NULL);
  PtceObservation *obs = ptce_observation_new ("p", "members", 3);
  g_autoptr(GArray) actor_changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GArray) pole_changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GArray) observation_changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GError) error = NULL;

  g_signal_connect (ptce_dataset_get_actors (dataset), "items-changed",
                    G_CALLBACK (on_items_changed), actor_changes);
  g_signal_connect (ptce_dataset_get_poles (dataset), "items-changed",
                    G_CALLBACK (on_items_changed), pole_changes);
  g_signal_connect (ptce_dataset_get_observations (dataset), "items-changed",
                    G_CALLBACK (on_items_changed), observation_changes);

  add_actor_ok (dataset, a);
  add_actor_ok (dataset, b);
  add_actor_ok (dataset, c);
  g_assert_false (ptce_dataset_add_actor (dataset, b_twin, &error));  /* refused: silent */
  g_clear_error (&error);
  g_assert_true (ptce_dataset_remove_actor (dataset, b, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (actor_changes->len, ==, 4);
  assert_change (actor_changes, 0, 0, 0, 1);
  assert_change (actor_changes, 1, 1, 0, 1);
  assert_change (actor_changes, 2, 2, 0, 1);
  assert_change (actor_changes, 3, 1, 1, 0);

  add_pole_ok (dataset, pole);
  g_assert_true (ptce_dataset_add_observation (dataset, obs, &error));
  g_assert_no_error (error);
  g_assert_false (ptce_dataset_remove_pole (dataset, pole, &error));  /* refused: silent */
  g_clear_error (&error);
  g_assert_true (ptce_dataset_remove_observation (dataset, obs));
  g_assert_true (ptce_dataset_remove_pole (dataset, pole, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pole_changes->len, ==, 2);
  assert_change (pole_changes, 0, 0, 0, 1);
  assert_change (pole_changes, 1, 0, 1, 0);
  g_assert_cmpuint (observation_changes->len, ==, 2);
  assert_change (observation_changes, 0, 0, 0, 1);
  assert_change (observation_changes, 1, 0, 1, 0);

  g_signal_handlers_disconnect_by_data (ptce_dataset_get_actors (dataset), actor_changes);
  g_signal_handlers_disconnect_by_data (ptce_dataset_get_poles (dataset), pole_changes);
  g_signal_handlers_disconnect_by_data (ptce_dataset_get_observations (dataset), observation_changes);
  g_assert_finalize_object (dataset);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
  g_assert_finalize_object (c);
  g_assert_finalize_object (b_twin);
  g_assert_finalize_object (pole);
  g_assert_finalize_object (obs);
}

static void
test_notify (void)
{
  PtceDataset *dataset = ptce_dataset_new ();
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *title = NULL;

  g_signal_connect (dataset, "notify", G_CALLBACK (on_notify), counts);

  ptce_dataset_set_title (dataset, "PTCE d'Île-de-France");
  ptce_dataset_set_title (dataset, "PTCE d'Île-de-France");
  g_assert_cmpuint (notify_count (counts, "title"), ==, 1);
  ptce_dataset_set_title (dataset, NULL);
  ptce_dataset_set_title (dataset, NULL);
  g_assert_cmpuint (notify_count (counts, "title"), ==, 2);
  g_assert_null (ptce_dataset_get_title (dataset));

  ptce_dataset_set_source (dataset, "Labo de l'ESS");
  ptce_dataset_set_source (dataset, "Labo de l'ESS");
  g_assert_cmpuint (notify_count (counts, "source"), ==, 1);
  g_assert_cmpstr (ptce_dataset_get_source (dataset), ==, "Labo de l'ESS");

  ptce_dataset_set_date (dataset, date ("2024-05"));
  ptce_dataset_set_date (dataset, date ("2024-05"));
  g_assert_cmpuint (notify_count (counts, "date"), ==, 1);
  ptce_dataset_set_date (dataset, date ("2024"));
  g_assert_cmpuint (notify_count (counts, "date"), ==, 2);
  g_assert_true (ptce_date_equal (ptce_dataset_get_date (dataset), date ("2024")));

  ptce_dataset_set_cog_vintage (dataset, "2024");
  ptce_dataset_set_cog_vintage (dataset, "2024");
  g_assert_cmpuint (notify_count (counts, "cog-vintage"), ==, 1);

  /* properties go through the same setters */
  g_object_set (dataset, "title", "Annuaire", "cog-vintage", "2024", NULL);
  g_assert_cmpuint (notify_count (counts, "title"), ==, 3);
  g_assert_cmpuint (notify_count (counts, "cog-vintage"), ==, 1);
  g_object_get (dataset, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Annuaire");

  g_signal_handlers_disconnect_by_data (dataset, counts);
  g_assert_finalize_object (dataset);
}

/* The messages are translated: a French user reads the law's words, with
 * French typography (no-break spaces inside « » and before « : »). */
#define NBSP "\u00a0"

static void
test_messages_in_french (void)
{
  const char *localedir = g_getenv ("PTCE_LOCALEDIR");
  g_autofree char *mo = NULL;

  if (localedir == NULL)
    {
      g_test_skip ("PTCE_LOCALEDIR is not set: run under meson test");
      return;
    }
  mo = g_build_filename (localedir, "fr", "LC_MESSAGES", "libptce.mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the French catalogue is not built");
      return;
    }

  if (g_test_subprocess ())
    {
      PtceDataset *dataset;
      PtceActor *halage = ptce_actor_new ("halage", NULL);
      PtceActor *twin = ptce_actor_new ("halage", NULL);
      PtcePole *pole = ptce_pole_new ("phares", NULL);
      g_autoptr(GError) error = NULL;

      g_setenv ("LANGUAGE", "fr", TRUE);
      setlocale (LC_ALL, "");
      dataset = ptce_dataset_new ();
      add_actor_ok (dataset, halage);
      g_assert_false (ptce_dataset_add_actor (dataset, twin, &error));
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID);
      g_assert_cmpstr (error->message, ==,
                       "Le jeu de données a déjà un acteur d'identifiant «" NBSP "halage" NBSP "»");
      g_clear_error (&error);
      ptce_pole_set_carrier (pole, twin);
      g_assert_false (ptce_dataset_add_pole (dataset, pole, &error));
      g_assert_cmpstr (error->message, ==,
                       "Pôle «" NBSP "phares" NBSP "»" NBSP ": sa structure porteuse, "
                       "l'acteur «" NBSP "halage" NBSP "», n'est pas un acteur du jeu de données; "
                       "un autre objet acteur du jeu de données a déjà cet identifiant" NBSP ": "
                       "faire référence à celui que renvoie ptce_dataset_lookup_actor()");
      g_assert_finalize_object (dataset);
      g_assert_finalize_object (pole);
      g_assert_finalize_object (halage);
      g_assert_finalize_object (twin);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Objects made by properties without their id (as Ptce.Actor(name=…)
 * does in a binding): a GError where they are added, never a crash. */
static void
test_missing_id (void)
{
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(PtcePole) pole = ptce_pole_new ("phares", "Le PHARES");
  const char *ids[] = { NULL, "" };
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GObject) actor = g_object_new (PTCE_TYPE_ACTOR, "id", ids[i], "name", "Halage", NULL);
      g_autoptr(GObject) unnamed_pole = g_object_new (PTCE_TYPE_POLE, "id", ids[i], "name", "P", NULL);
      g_autoptr(GObject) cooperation = g_object_new (PTCE_TYPE_COOPERATION, "id", ids[i], NULL);
      g_autoptr(GObject) project = g_object_new (PTCE_TYPE_PROJECT, "id", ids[i], NULL);

      g_assert_false (ptce_dataset_add_actor (dataset, PTCE_ACTOR (actor), &error));
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
      assert_message_names (error, "id");
      g_clear_error (&error);
      g_assert_false (ptce_dataset_add_pole (dataset, PTCE_POLE (unnamed_pole), &error));
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
      g_clear_error (&error);
      g_assert_false (ptce_pole_add_cooperation (pole, PTCE_COOPERATION (cooperation), &error));
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
      assert_message_names (error, "phares");
      g_clear_error (&error);
      g_assert_false (ptce_pole_add_project (pole, PTCE_PROJECT (project), &error));
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
      g_clear_error (&error);
    }
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (dataset)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_poles (dataset)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_pole_get_cooperations (pole)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_pole_get_projects (pole)), ==, 0);
}

/* A second actor object with a taken id: the messages say the id is
 * taken, not that the actor is missing. */
static void
test_id_taken (void)
{
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(PtceActor) halage = ptce_actor_new ("halage", "Halage");
  g_autoptr(PtceActor) twin = ptce_actor_new ("halage", "Halage again");
  g_autoptr(PtcePole) pole = ptce_pole_new ("phares", "Le PHARES");
  g_autoptr(PtceMembership) membership = ptce_membership_new (twin, PTCE_MEMBERSHIP_ROLE_MEMBER);
  g_autoptr(GError) error = NULL;

  add_actor_ok (dataset, halage);
  g_assert_false (ptce_dataset_add_actor (dataset, twin, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID);
  assert_message_names (error, "already");
  g_clear_error (&error);
  g_assert_false (ptce_dataset_add_actor (dataset, halage, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  ptce_pole_add_membership (pole, membership);
  g_assert_false (ptce_dataset_add_pole (dataset, pole, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE);
  assert_message_names (error, "halage");
  assert_message_names (error, "already has that id");
}

/* The lists a dataset and a pole lend cannot be changed through the
 * lending: they are no GListStore, and they follow the owner. */
static void
test_lent_lists_read_only (void)
{
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(PtcePole) pole = ptce_pole_new ("phares", "Le PHARES");
  g_autoptr(PtceActor) halage = ptce_actor_new ("halage", "Halage");
  g_autoptr(GListModel) via_property = NULL;
  GListModel *actors = ptce_dataset_get_actors (dataset);
  GListModel *lent[] = {
    ptce_dataset_get_actors (dataset), ptce_dataset_get_poles (dataset),
    ptce_dataset_get_observations (dataset), ptce_pole_get_memberships (pole),
    ptce_pole_get_cooperations (pole), ptce_pole_get_projects (pole),
    ptce_pole_get_fundings (pole), ptce_actor_get_sites (halage),
  };
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));

  for (gsize i = 0; i < G_N_ELEMENTS (lent); i++)
    {
      g_assert_true (G_IS_LIST_MODEL (lent[i]));
      g_assert_false (G_IS_LIST_STORE (lent[i]));
    }
  g_object_get (dataset, "actors", &via_property, NULL);
  g_assert_true (via_property == actors);
  g_assert_true (ptce_dataset_get_actors (dataset) == actors);
  g_assert_true (g_list_model_get_item_type (actors) == PTCE_TYPE_ACTOR);

  g_signal_connect (actors, "items-changed", G_CALLBACK (on_items_changed), changes);
  add_actor_ok (dataset, halage);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, 0, 0, 1);
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 1);
  {
    g_autoptr(GObject) first = g_list_model_get_object (actors, 0);

    g_assert_true (first == G_OBJECT (halage));
  }
  g_signal_handlers_disconnect_by_func (actors, on_items_changed, changes);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Dataset/duplicate-ids", test_duplicate_ids);
  g_test_add_func ("/Ptce/Dataset/lookup", test_lookup);
  g_test_add_func ("/Ptce/Dataset/missing-id", test_missing_id);
  g_test_add_func ("/Ptce/Dataset/id-taken", test_id_taken);
  g_test_add_func ("/Ptce/Dataset/lent-lists-read-only", test_lent_lists_read_only);
  g_test_add_func ("/Ptce/Dataset/remove-actor-in-use", test_remove_actor_in_use);
  g_test_add_func ("/Ptce/Dataset/remove-actor-carrier", test_remove_actor_carrier);
  g_test_add_func ("/Ptce/Dataset/add-pole-dangling", test_add_pole_dangling);
  g_test_add_func ("/Ptce/Dataset/validate", test_validate);
  g_test_add_func ("/Ptce/Dataset/observations", test_observations);
  g_test_add_func ("/Ptce/Dataset/items-changed", test_items_changed);
  g_test_add_func ("/Ptce/Dataset/notify", test_notify);
  g_test_add_func ("/Ptce/Dataset/messages-in-french", test_messages_in_french);

  return model_test_run ();
}
