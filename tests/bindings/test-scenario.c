/* test-scenario.c: the binding scenario, in C
 *
 * The same scenario runs in Python (test_scenario.py), GJS (test-scenario.js)
 * and Vala (test-scenario.vala): load the real sample, ask who is a member of
 * Le PHARES before and after the SCIC's statutes (1 December 2014), add a
 * cooperation between two members, save, reload and compare. This version is
 * the reference the three others must agree with.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later */

#include <glib/gstdio.h>
#include <libptce/libptce.h>

/* The seven founding associates of the SCIC La Cité PHARES, in the order of
 * data/samples/ptce-samples.json. */
static const char * const phares_founders[] = {
  "etudes-et-chantiers-idf",
  "halage",
  "solibio",
  "la-firme-93",
  "mode-estime",
  "novaedia",
  "procarist",
  NULL
};

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                "ptce-samples.json", NULL);
}

static PtceDataset *
load_sample (void)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = sample_path ();
  PtceDataset *dataset;

  dataset = ptce_json_reader_load_file (reader, path, &error);
  g_assert_no_error (error);
  g_assert_true (PTCE_IS_DATASET (dataset));
  return dataset;
}

static PtceDate *
date_or_die (int year,
             int month,
             int day)
{
  g_autoptr(GError) error = NULL;
  PtceDate *date = ptce_date_new (year, month, day, &error);

  g_assert_no_error (error);
  g_assert_nonnull (date);
  return date;
}

/* Ids of the actors in a GListModel of PtceActor, in order. */
static GStrv
actor_ids (GListModel *model)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = g_list_model_get_n_items (model);

  g_assert_true (g_list_model_get_item_type (model) == PTCE_TYPE_ACTOR ||
                 g_type_is_a (PTCE_TYPE_ACTOR, g_list_model_get_item_type (model)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceActor) actor = g_list_model_get_item (model, i);

      g_assert_true (PTCE_IS_ACTOR (actor));
      g_strv_builder_add (builder, ptce_actor_get_id (actor));
    }
  g_assert_null (g_list_model_get_item (model, n));
  return g_strv_builder_end (builder);
}

static gboolean
strv_contains_all (const char * const *haystack,
                   const char * const *needles)
{
  for (guint i = 0; needles[i] != NULL; i++)
    if (!g_strv_contains (haystack, needles[i]))
      return FALSE;
  return TRUE;
}

/* Ids of the actors of a GListModel of PtceMembership, in order. */
static GStrv
member_ids (GListModel *model)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = g_list_model_get_n_items (model);

  g_assert_true (g_list_model_get_item_type (model) == PTCE_TYPE_MEMBERSHIP);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (model, i);

      g_assert_true (PTCE_IS_MEMBERSHIP (membership));
      g_assert_true (ptce_membership_is_member (membership));
      g_strv_builder_add (builder, ptce_actor_get_id (ptce_membership_get_actor (membership)));
    }
  return g_strv_builder_end (builder);
}

static void
test_scenario_members_on_date (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(PtceDate) before = date_or_die (2014, 11, 30);
  g_autoptr(PtceDate) founding = date_or_die (2014, 12, 1);
  g_autoptr(PtceDate) december = date_or_die (2014, 12, 0);
  g_autoptr(PtceDate) year_2014 = date_or_die (2014, 0, 0);
  g_autoptr(PtceDate) year_2011 = date_or_die (2011, 0, 0);
  g_autoptr(GListModel) members_before = NULL;
  g_autoptr(GListModel) members_after = NULL;
  g_autoptr(GListModel) members_december = NULL;
  g_autoptr(GListModel) members_2014 = NULL;
  g_autoptr(GListModel) damier_members = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) december_ids = NULL;
  g_auto(GStrv) damier_ids = NULL;
  PtcePole *pole;
  PtcePole *damier;

  pole = ptce_dataset_lookup_pole (dataset, "phares");
  g_assert_nonnull (pole);
  g_assert_cmpstr (ptce_pole_get_name (pole), ==, "Le PHARES");

  /* The day before the SCIC's statutes: nobody. */
  members_before = ptce_pole_list_members_on (pole, before);
  g_assert_cmpuint (g_list_model_get_n_items (members_before), ==, 0);

  /* On the day: the seven founding associates and the SCIC that animates
   * the pole (an animator counts as a member). */
  members_after = ptce_pole_list_members_on (pole, founding);
  ids = member_ids (members_after);
  g_assert_cmpuint (g_strv_length (ids), ==, 8);
  g_assert_true (strv_contains_all ((const char * const *) ids, phares_founders));
  g_assert_true (g_strv_contains ((const char * const *) ids, "cite-phares"));

  /* A partial date stands for its first day: December 2014 is 1 December,
   * 2014 is 1 January. */
  members_december = ptce_pole_list_members_on (pole, december);
  december_ids = member_ids (members_december);
  g_assert_cmpstrv (december_ids, ids);
  members_2014 = ptce_pole_list_members_on (pole, year_2014);
  g_assert_cmpuint (g_list_model_get_n_items (members_2014), ==, 0);

  /* Le Damier: the association animates it since 2011; the metropolis is a
   * partner (« en lien avec »), not a member. */
  damier = ptce_dataset_lookup_pole (dataset, "le-damier");
  g_assert_nonnull (damier);
  damier_members = ptce_pole_list_members_on (damier, year_2011);
  damier_ids = member_ids (damier_members);
  g_assert_cmpuint (g_strv_length (damier_ids), ==, 1);
  g_assert_cmpstr (damier_ids[0], ==, "association-le-damier");

  /* Names come from the actors. */
  {
    PtceActor *halage = ptce_dataset_lookup_actor (dataset, "halage");

    g_assert_nonnull (halage);
    g_assert_cmpstr (ptce_actor_get_name (halage), ==, "Halage");
  }
  g_assert_null (ptce_dataset_lookup_pole (dataset, "no-such-pole"));
}

static void
test_scenario_list_model (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  GListModel *poles = ptce_dataset_get_poles (dataset);
  GListModel *actors = ptce_dataset_get_actors (dataset);
  g_auto(GStrv) actor_list = actor_ids (actors);
  g_autoptr(GPtrArray) pole_ids = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (g_list_model_get_n_items (poles), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);

      g_assert_true (PTCE_IS_POLE (pole));
      g_ptr_array_add (pole_ids, g_strdup (ptce_pole_get_id (pole)));
    }
  g_ptr_array_add (pole_ids, NULL);
  g_assert_true (g_strv_contains ((const char * const *) pole_ids->pdata, "phares"));
  g_assert_true (g_strv_contains ((const char * const *) pole_ids->pdata, "le-damier"));
  g_assert_true (g_strv_contains ((const char * const *) pole_ids->pdata, "sud-aquitaine"));

  g_assert_cmpuint (g_strv_length (actor_list), ==, 11);
  g_assert_true (strv_contains_all ((const char * const *) actor_list, phares_founders));
}

static void
test_scenario_cooperation_round_trip (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(PtceCooperation) cooperation = NULL;
  g_autoptr(PtceDataset) reloaded = NULL;
  g_autoptr(PtceDataset) reloaded_again = NULL;
  g_autoptr(PtceDate) start = date_or_die (2016, 3, 0);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *saved_path = NULL;
  g_autofree char *saved_text = NULL;
  gsize saved_len = 0;
  PtceActor *halage, *solibio;
  PtceCooperation *found;
  PtcePole *pole;
  GListModel *participants;
  g_auto(GStrv) participant_ids = NULL;
  PtceDate *found_start;

  pole = ptce_dataset_lookup_pole (dataset, "phares");
  halage = ptce_dataset_lookup_actor (dataset, "halage");
  solibio = ptce_dataset_lookup_actor (dataset, "solibio");
  g_assert_nonnull (pole);
  g_assert_nonnull (halage);
  g_assert_nonnull (solibio);

  /* Partial date: March 2016, month precision. */
  g_assert_cmpint (ptce_date_get_precision (start), ==, PTCE_DATE_PRECISION_MONTH);

  cooperation = ptce_cooperation_new ("achats-groupes", PTCE_COOPERATION_MODE_COOPERATION);
  ptce_cooperation_set_object (cooperation, PTCE_COOPERATION_OBJECT_GROUP_PURCHASING);
  ptce_cooperation_set_start (cooperation, start);
  ptce_cooperation_set_description (cooperation, "Achats groupés de fournitures bio");
  g_assert_true (ptce_cooperation_add_participant (cooperation, halage));
  g_assert_true (ptce_cooperation_add_participant (cooperation, solibio));
  g_assert_false (ptce_cooperation_add_participant (cooperation, solibio));
  g_assert_true (ptce_pole_add_cooperation (pole, cooperation, &error));
  g_assert_no_error (error);

  tmpdir = g_dir_make_tmp ("ptce-bindings-XXXXXX", &error);
  g_assert_no_error (error);
  saved_path = g_build_filename (tmpdir, "saved.json", NULL);
  g_assert_true (ptce_json_writer_save_file (writer, dataset, saved_path, &error));
  g_assert_no_error (error);

  reloaded = ptce_json_reader_load_file (reader, saved_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);

  pole = ptce_dataset_lookup_pole (reloaded, "phares");
  g_assert_nonnull (pole);
  found = ptce_pole_lookup_cooperation (pole, "achats-groupes");
  g_assert_nonnull (found);
  g_assert_cmpint (ptce_cooperation_get_mode (found), ==, PTCE_COOPERATION_MODE_COOPERATION);
  g_assert_cmpint (ptce_cooperation_get_object (found), ==, PTCE_COOPERATION_OBJECT_GROUP_PURCHASING);
  g_assert_cmpstr (ptce_cooperation_get_description (found), ==, "Achats groupés de fournitures bio");
  participants = ptce_cooperation_get_participants (found);
  participant_ids = actor_ids (participants);
  g_assert_cmpuint (g_strv_length (participant_ids), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) participant_ids, "halage"));
  g_assert_true (g_strv_contains ((const char * const *) participant_ids, "solibio"));
  /* The participants are the reloaded dataset's own actors. */
  {
    g_autoptr(PtceActor) first_participant = g_list_model_get_item (participants, 0);

    g_assert_true (first_participant ==
                   ptce_dataset_lookup_actor (reloaded, ptce_actor_get_id (first_participant)));
  }
  found_start = ptce_cooperation_get_start (found);
  g_assert_nonnull (found_start);
  g_assert_cmpint (ptce_date_get_precision (found_start), ==, PTCE_DATE_PRECISION_MONTH);
  g_assert_true (ptce_date_equal (found_start, start));
  {
    g_autofree char *iso = ptce_date_to_iso8601 (found_start);

    g_assert_cmpstr (iso, ==, "2016-03");
  }

  /* A second round trip gives the same bytes. */
  g_assert_true (g_file_get_contents (saved_path, &saved_text, &saved_len, &error));
  g_assert_no_error (error);
  first = ptce_json_writer_save_bytes (writer, reloaded, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpmem (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                   saved_text, saved_len);

  reloaded_again = ptce_json_reader_load_bytes (reader, first, &error);
  g_assert_no_error (error);
  second = ptce_json_writer_save_bytes (writer, reloaded_again, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (first, second));

  /* The JSON tree of the saved dataset has the cooperation too. */
  {
    g_autoptr(JsonNode) node = ptce_json_writer_save_node (writer, reloaded_again, &error);

    g_assert_no_error (error);
    g_assert_nonnull (node);
    g_assert_cmpint (json_node_get_node_type (node), ==, JSON_NODE_OBJECT);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "format"),
                     ==, "ptce/1");
  }

  g_assert_cmpint (g_remove (saved_path), ==, 0);
  g_assert_cmpint (g_rmdir (tmpdir), ==, 0);
}

static void
test_scenario_dangling_reference (void)
{
  static const char bad[] =
    "{ \"format\": \"ptce/1\",\n"
    "  \"actors\": [ { \"id\": \"halage\", \"name\": \"Halage\" } ],\n"
    "  \"poles\": [ { \"id\": \"phares\", \"name\": \"Le PHARES\",\n"
    "    \"memberships\": [ { \"actor\": \"nobody\", \"roles\": [ \"member\" ] } ] } ] }\n";
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;

  tmpdir = g_dir_make_tmp ("ptce-bindings-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (tmpdir, "dangling.json", NULL);
  g_assert_true (g_file_set_contents (path, bad, -1, &error));
  g_assert_no_error (error);

  dataset = ptce_json_reader_load_file (reader, path, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE);
  g_assert_nonnull (strstr (error->message, "nobody"));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (tmpdir), ==, 0);
}

static void
test_scenario_partial_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) year = ptce_date_new_from_iso8601 ("2014", &error);
  g_autoptr(PtceDate) day = date_or_die (2014, 12, 1);
  g_autoptr(PtceDate) invalid = NULL;
  g_autofree char *iso = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (year);
  g_assert_cmpint (ptce_date_get_precision (year), ==, PTCE_DATE_PRECISION_YEAR);
  g_assert_cmpint (ptce_date_get_year (year), ==, 2014);
  g_assert_cmpint (ptce_date_get_month (year), ==, 0);
  g_assert_cmpint (ptce_date_get_day (year), ==, 0);
  iso = ptce_date_to_iso8601 (year);
  g_assert_cmpstr (iso, ==, "2014");
  /* A year covers 1 January to 31 December. */
  g_assert_cmpuint (ptce_date_get_last_julian (year) - ptce_date_get_first_julian (year), ==, 364);
  g_assert_cmpuint (ptce_date_get_first_julian (day), <=, ptce_date_get_last_julian (year));
  g_assert_false (ptce_date_equal (year, day));

  invalid = ptce_date_new (2023, 2, 29, &error);
  g_assert_null (invalid);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE);
}

static void
test_scenario_enums_and_flags (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(GEnumClass) modes = g_type_class_ref (PTCE_TYPE_COOPERATION_MODE);
  g_autoptr(GFlagsClass) roles = g_type_class_ref (PTCE_TYPE_MEMBERSHIP_ROLE);
  PtcePole *pole = ptce_dataset_lookup_pole (dataset, "phares");
  GListModel *memberships = ptce_pole_get_memberships (pole);
  guint founders = 0, animators = 0;

  /* The format's words are the GEnum nicks. */
  g_assert_cmpstr (g_enum_get_value (modes, PTCE_COOPERATION_MODE_MUTUALISATION)->value_nick,
                   ==, "mutualisation");
  g_assert_cmpstr (g_enum_get_value (modes, PTCE_COOPERATION_MODE_PARTENARIAT)->value_nick,
                   ==, "partenariat");
  g_assert_cmpuint (g_flags_get_first_value (roles, PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER)->value,
                    ==, PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER);
  g_assert_cmpstr (g_flags_get_first_value (roles, PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER)->value_nick,
                   ==, "founding-member");

  g_assert_cmpuint (g_list_model_get_n_items (memberships), ==, 8);
  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (memberships, i);
      PtceMembershipRole r = ptce_membership_get_roles (membership);

      if (r & PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER)
        founders++;
      if (ptce_membership_has_role (membership, PTCE_MEMBERSHIP_ROLE_ANIMATOR))
        animators++;
    }
  g_assert_cmpuint (founders, ==, 7);
  g_assert_cmpuint (animators, ==, 1);

  /* Flags combine. */
  {
    g_autoptr(PtceActor) actor = ptce_actor_new ("x", "X");
    g_autoptr(PtceMembership) m =
      ptce_membership_new (actor, PTCE_MEMBERSHIP_ROLE_MEMBER | PTCE_MEMBERSHIP_ROLE_TENANT);

    g_assert_true (ptce_membership_has_role (m, PTCE_MEMBERSHIP_ROLE_TENANT));
    g_assert_false (ptce_membership_has_role (m, PTCE_MEMBERSHIP_ROLE_FUNDER));
    g_assert_cmpuint (ptce_membership_get_roles (m), ==, 0x2 | 0x8);
  }
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  g_assert_cmpstr (pspec->name, ==, "name");
  (*count)++;
}

static void
test_scenario_notify (void)
{
  PtceActor *actor = ptce_actor_new ("solibio", "Solibio");
  guint count = 0;

  g_signal_connect (actor, "notify::name", G_CALLBACK (on_notify), &count);
  ptce_actor_set_name (actor, "Solibio SCOP");
  g_assert_cmpuint (count, ==, 1);
  ptce_actor_set_name (actor, "Solibio SCOP");
  g_assert_cmpuint (count, ==, 1);
  g_object_set (actor, "name", "Solibio", NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstr (ptce_actor_get_name (actor), ==, "Solibio");

  g_assert_finalize_object (actor);
}

static void
on_stages_changed (PtcePole *pole,
                   guint    *count)
{
  (*count)++;
}

/* An (out) (optional) (transfer none) boxed parameter, a signal without
 * arguments, and a nullable boxed property set back to NULL. */
static void
test_scenario_stage_history (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(PtceDate) year_2013 = date_or_die (2013, 0, 0);
  g_autoptr(PtceDate) year_2030 = date_or_die (2030, 0, 0);
  g_autoptr(PtceDate) day = date_or_die (2020, 1, 1);
  PtcePole *pole = ptce_dataset_lookup_pole (dataset, "phares");
  PtceCooperation *premises = ptce_pole_lookup_cooperation (pole, "batiment-partage");
  PtceDate *since = NULL;
  guint count = 0;

  g_signal_connect (pole, "stages-changed", G_CALLBACK (on_stages_changed), &count);
  ptce_pole_set_stage (pole, PTCE_STAGE_CONSOLIDATION, year_2013);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpuint (ptce_pole_get_n_stage_changes (pole), ==, 1);
  g_assert_cmpint (ptce_pole_get_stage_change (pole, 0, &since), ==, PTCE_STAGE_CONSOLIDATION);
  g_assert_nonnull (since);
  g_assert_true (ptce_date_equal (since, year_2013));
  g_assert_cmpint (ptce_pole_get_stage_on (pole, day), ==, PTCE_STAGE_CONSOLIDATION);

  g_assert_nonnull (premises);
  ptce_cooperation_set_end (premises, year_2030);
  g_assert_true (ptce_date_equal (ptce_cooperation_get_end (premises), year_2030));
  g_object_set (premises, "end", NULL, NULL);
  g_assert_null (ptce_cooperation_get_end (premises));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Bindings/members-on-date", test_scenario_members_on_date);
  g_test_add_func ("/Ptce/Bindings/list-model", test_scenario_list_model);
  g_test_add_func ("/Ptce/Bindings/cooperation-round-trip", test_scenario_cooperation_round_trip);
  g_test_add_func ("/Ptce/Bindings/dangling-reference", test_scenario_dangling_reference);
  g_test_add_func ("/Ptce/Bindings/partial-date", test_scenario_partial_date);
  g_test_add_func ("/Ptce/Bindings/enums-and-flags", test_scenario_enums_and_flags);
  g_test_add_func ("/Ptce/Bindings/notify", test_scenario_notify);
  g_test_add_func ("/Ptce/Bindings/stage-history", test_scenario_stage_history);

  return g_test_run ();
}
