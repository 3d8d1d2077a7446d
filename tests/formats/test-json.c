/* test-json.c: the ptce/1 reader and writer, on the public API
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libptce/libptce.h>

/* ---- helpers ---------------------------------------------------------- */

static char *
sample_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "formats", name, NULL);
}

/* Every file of data/samples/, by path. */
static GPtrArray *
list_samples (void)
{
  g_autofree char *dir_path = sample_path ("");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (paths, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (paths->len, >=, 4);
  return paths;
}

static JsonNode *
parse_file (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static PtceDataset *
load (const char *path)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GError) error = NULL;
  PtceDataset *dataset = ptce_json_reader_load_file (reader, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static GBytes *
save (PtceDataset *dataset)
{
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GError) error = NULL;
  GBytes *bytes = ptce_json_writer_save_bytes (writer, dataset, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static JsonNode *
save_node (PtceDataset *dataset)
{
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *node = ptce_json_writer_save_node (writer, dataset, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static void
assert_same_tree (JsonNode   *expected,
                  JsonNode   *actual,
                  const char *what)
{
  if (!json_node_equal (expected, actual))
    {
      g_autofree char *e = json_to_string (expected, TRUE);
      g_autofree char *a = json_to_string (actual, TRUE);

      g_test_message ("%s\nexpected:\n%s\nwritten:\n%s", what, e, a);
    }
  g_assert_true (json_node_equal (expected, actual));
}

/* ---- samples ---------------------------------------------------------- */

static void
test_samples_load (void)
{
  g_autoptr(GPtrArray) paths = list_samples ();

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(PtceDataset) dataset = load (paths->pdata[i]);

      g_test_message ("%s", (char *) paths->pdata[i]);
      g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_poles (dataset)), >=, 1);
      g_assert_nonnull (ptce_dataset_get_source (dataset));
      g_assert_true (g_str_has_prefix (ptce_dataset_get_source (dataset), "http"));
    }
}

static void
test_samples_content (void)
{
  g_autofree char *path = sample_path ("ptce-samples.json");
  g_autoptr(PtceDataset) dataset = load (path);
  g_autoptr(GListModel) damier_figures = NULL;
  g_autoptr(PtceDate) on = ptce_date_new (2015, 1, 1, NULL);
  g_autoptr(GListModel) members = NULL;
  PtcePole *phares, *damier, *sud;
  PtceTerritory *territory;

  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_poles (dataset)), ==, 3);

  phares = ptce_dataset_lookup_pole (dataset, "phares");
  g_assert_nonnull (phares);
  g_assert_cmpstr (ptce_actor_get_id (ptce_pole_get_carrier (phares)), ==, "cite-phares");
  g_assert_cmpint (ptce_pole_get_legal_form (phares), ==, PTCE_LEGAL_FORM_SCIC);
  territory = ptce_pole_get_territory (phares);
  g_assert_cmpstr (ptce_territory_get_communes (territory)[0], ==, "93039");
  /* the SCIC and its seven founding associates, from 1 December 2014 */
  members = ptce_pole_list_members_on (phares, on);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 8);

  damier = ptce_dataset_lookup_pole (dataset, "le-damier");
  g_assert_nonnull (damier);
  g_assert_cmpint (ptce_pole_get_legal_form (damier), ==, PTCE_LEGAL_FORM_ASSOCIATION);
  g_assert_cmpstr (ptce_territory_get_communes (ptce_pole_get_territory (damier))[0], ==, "63113");
  damier_figures = ptce_dataset_list_observations_of (dataset, "le-damier");
  g_assert_cmpuint (g_list_model_get_n_items (damier_figures), ==, 11);
  for (guint i = 0; i < g_list_model_get_n_items (damier_figures); i++)
    {
      g_autoptr(PtceObservation) o = g_list_model_get_item (damier_figures, i);

      g_assert_true (g_str_has_prefix (ptce_observation_get_source (o), "https://"));
    }

  sud = ptce_dataset_lookup_pole (dataset, "sud-aquitaine");
  g_assert_nonnull (sud);
  g_assert_cmpint (ptce_pole_get_origin (sud), ==, PTCE_POLE_ORIGIN_EMPLOYMENT_BASIN_COMMITTEE);
  g_assert_cmpstr (ptce_territory_get_epcis (ptce_pole_get_territory (sud))[0], ==, "244000659");
  g_assert_cmpstr (ptce_actor_get_id (ptce_pole_get_carrier (sud)), ==, "cbe-seignanx");
}

/* ---- round trips ------------------------------------------------------ */

static void
check_round_trip (const char *path)
{
  g_autoptr(PtceDataset) first = load (path);
  g_autoptr(GBytes) bytes1 = save (first);
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) second = ptce_json_reader_load_bytes (reader, bytes1, &error);
  g_autoptr(GBytes) bytes2 = NULL;
  g_autoptr(JsonNode) input = parse_file (path);
  g_autoptr(JsonNode) written = NULL;

  g_test_message ("%s", path);
  g_assert_no_error (error);
  bytes2 = save (second);
  g_assert_true (g_bytes_equal (bytes1, bytes2));

  /* the inputs are normalised: the written tree is the input tree */
  written = save_node (first);
  assert_same_tree (input, written, path);
}

static void
test_round_trip_samples (void)
{
  g_autoptr(GPtrArray) paths = list_samples ();

  for (guint i = 0; i < paths->len; i++)
    check_round_trip (paths->pdata[i]);
}

static void
test_round_trip_full (void)
{
  g_autofree char *path = fixture_path ("full.json");

  check_round_trip (path);
}

static void
test_unknown_members (void)
{
  g_autofree char *path = fixture_path ("extras.json");
  g_autoptr(PtceDataset) dataset = load (path);
  g_autoptr(JsonNode) input = parse_file (path);
  g_autoptr(JsonNode) written = save_node (dataset);
  g_autoptr(GBytes) bytes = save (dataset);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *levels[] = {
    "x_dataset", "x_actor", "x_site", "x_pole", "x_stage", "x_territory", "x_strategy",
    "x_membership", "x_cooperation", "x_project", "x_funding", "x_observation", "x_after",
  };

  assert_same_tree (input, written, path);
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    g_assert_nonnull (strstr (text, levels[i]));

  /* an unknown member survives a change of the object that holds it */
  ptce_pole_set_name (ptce_dataset_lookup_pole (dataset, "p1"), "Renamed");
  {
    g_autoptr(JsonNode) again = save_node (dataset);
    JsonObject *pole = json_array_get_object_element (
      json_object_get_array_member (json_node_get_object (again), "poles"), 0);

    g_assert_cmpstr (json_object_get_string_member (pole, "name"), ==, "Renamed");
    g_assert_true (json_object_has_member (pole, "x_pole"));
  }
}

/* ---- the three ways in agree ------------------------------------------ */

static void
test_load_paths_agree (void)
{
  g_autoptr(GPtrArray) paths = list_samples ();
  g_autofree char *full = fixture_path ("full.json");
  g_autofree char *extras = fixture_path ("extras.json");

  g_ptr_array_add (paths, g_strdup (full));
  g_ptr_array_add (paths, g_strdup (extras));

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = paths->pdata[i];
      g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length;
      g_autoptr(GBytes) raw = NULL;
      g_autoptr(JsonNode) tree = parse_file (path);
      g_autoptr(PtceDataset) from_file = NULL;
      g_autoptr(PtceDataset) from_bytes = NULL;
      g_autoptr(PtceDataset) from_node = NULL;
      g_autoptr(GBytes) a = NULL;
      g_autoptr(GBytes) b = NULL;
      g_autoptr(GBytes) c = NULL;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      raw = g_bytes_new_take (g_steal_pointer (&contents), length);

      from_file = ptce_json_reader_load_file (reader, path, &error);
      g_assert_no_error (error);
      from_bytes = ptce_json_reader_load_bytes (reader, raw, &error);
      g_assert_no_error (error);
      from_node = ptce_json_reader_load_node (reader, tree, &error);
      g_assert_no_error (error);

      a = save (from_file);
      b = save (from_bytes);
      c = save (from_node);
      g_assert_true (g_bytes_equal (a, b));
      g_assert_true (g_bytes_equal (a, c));
    }
}

/* Semantic errors are the builder's: bytes and nodes give the same. */
static void
test_load_paths_agree_on_errors (void)
{
  const char *texts[] = {
    "{\"format\":\"ptce/1\",\"actors\":[{\"id\":\"a\"},{\"id\":\"a\"}]}",
    "{\"format\":\"ptce/1\",\"poles\":[{\"id\":\"p\",\"carrier\":\"nobody\"}]}",
    "{\"format\":\"ptce/1\",\"poles\":[{\"id\":\"p\",\"founded\":\"2014-02-30\"}]}",
    "{\"format\":\"ptce/2\"}",
    "{\"format\":\"ptce/1\",\"actors\":[{\"id\":\"a\",\"kind\":\"firm\"}]}",
    "{\"format\":\"ptce/1\",\"x\":[[[[[[[[[[1]]]]]]]]]]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
      g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr(JsonNode) node = json_from_string (texts[i], NULL);
      g_autoptr(GError) e1 = NULL;
      g_autoptr(GError) e2 = NULL;
      g_autoptr(PtceDataset) d1 = NULL;
      g_autoptr(PtceDataset) d2 = NULL;

      ptce_json_reader_set_max_depth (reader, 8);
      d1 = ptce_json_reader_load_bytes (reader, bytes, &e1);
      d2 = ptce_json_reader_load_node (reader, node, &e2);
      g_assert_null (d1);
      g_assert_null (d2);
      g_assert_nonnull (e1);
      g_assert_nonnull (e2);
      g_assert_cmpint (e1->domain, ==, e2->domain);
      g_assert_cmpint (e1->code, ==, e2->code);
      /* the scan of bytes places depth errors by line:column, the builder by
       * path; every other message is the builder's, word for word */
      if (e1->code != PTCE_ERROR_LIMIT_EXCEEDED)
        g_assert_cmpstr (e1->message, ==, e2->message);
    }
}

/* ---- bad input -------------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *text;      /* NULL: see len/file */
  gssize      length;    /* -1: strlen (text) */
  PtceError   code;
  const char *expected;  /* a substring of the message */
} BadCase;

#define P "{\"format\":\"ptce/1\","
#define ACTORS "\"actors\":[{\"id\":\"a1\"},{\"id\":\"a2\"}],"

static const BadCase bad_cases[] = {
  { "empty", "", -1, PTCE_ERROR_INVALID_JSON, "line 1, column 1" },
  { "blank", " \n ", -1, PTCE_ERROR_INVALID_JSON, "line 2, column 2" },
  { "truncated", P "\"actors\":[", -1, PTCE_ERROR_INVALID_JSON, "line 1, column 30: unexpected end of input inside an array" },
  { "syntax-trailing-comma", "{\n  \"format\": \"ptce/1\",\n  \"actors\": [1,]\n}", -1, PTCE_ERROR_INVALID_JSON, "line 3, column 16" },
  { "syntax-missing-colon", "{\"format\" \"ptce/1\"}", -1, PTCE_ERROR_INVALID_JSON, "line 1, column 11" },
  { "syntax-garbage-after", P "\"title\":\"t\"} x", -1, PTCE_ERROR_INVALID_JSON, "line 1, column 33" },
  { "syntax-bad-word", "{\"format\":tru}", -1, PTCE_ERROR_INVALID_JSON, "line 1, column 11" },
  { "syntax-leading-zero", P "\"x\":012}", -1, PTCE_ERROR_INVALID_JSON, "line 1, column 24" },
  { "syntax-unclosed-string", P "\"title\":\"abc", -1, PTCE_ERROR_INVALID_JSON, "line 1, column 28" },
  { "duplicate-member-name", P "\"title\":\"a\",\"title\":\"b\"}", -1, PTCE_ERROR_INVALID_JSON, "line 1, column 32" },
  { "nul-escape", P "\"title\":\"a\\u0000b\"}", -1, PTCE_ERROR_INVALID_JSON, "line 1, column 30" },
  { "lone-surrogate", P "\"title\":\"\\ud800\"}", -1, PTCE_ERROR_INVALID_JSON, "line 1, column 29" },
  { "invalid-utf8", P "\"title\":\"\xff\"}", -1, PTCE_ERROR_INVALID_JSON, "line 1, column 29" },
  { "nul-byte", P "\"title\":\"\0\"}", 32, PTCE_ERROR_INVALID_JSON, "line 1, column 29" },
  { "integer-overflow", P "\"x\":12345678901234567890}", -1, PTCE_ERROR_INVALID_FORMAT, "line 1, column 24" },
  { "not-an-object", "[]", -1, PTCE_ERROR_INVALID_FORMAT, "$: expected an object, found an array" },
  { "no-format", "{\"actors\":[]}", -1, PTCE_ERROR_UNSUPPORTED_VERSION, "$: the member “format” is missing" },
  { "other-format", "{\"format\":\"ptce/2\"}", -1, PTCE_ERROR_UNSUPPORTED_VERSION, "$.format: the format “ptce/2”" },
  { "format-not-string", "{\"format\":1}", -1, PTCE_ERROR_INVALID_FORMAT, "$.format: expected a string, found a number" },
  { "actors-not-array", P "\"actors\":{}}", -1, PTCE_ERROR_INVALID_FORMAT, "$.actors: expected an array, found an object" },
  { "actor-not-object", P "\"actors\":[\"a\"]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.actors[0]: expected an object, found a string" },
  { "pole-name-number", P "\"poles\":[{\"id\":\"p\",\"name\":3}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].name: expected a string, found a number" },
  { "roles-not-array", P ACTORS "\"poles\":[{\"id\":\"p\",\"memberships\":[{\"actor\":\"a1\",\"roles\":\"member\"}]}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].memberships[0].roles: expected an array, found a string" },
  { "headquarters-string", P "\"actors\":[{\"id\":\"a\",\"sites\":[{\"headquarters\":\"yes\"}]}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.actors[0].sites[0].headquarters: expected true or false, found a string" },
  { "territory-communes-number", P "\"poles\":[{\"id\":\"p\",\"territory\":{\"communes\":[\"93039\",93066]}}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].territory.communes[1]: expected a string" },
  { "missing-actor-id", P "\"actors\":[{\"id\":\"a\"},{\"name\":\"no id\"}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.actors[1]: the member “id” is missing" },
  { "empty-pole-id", P "\"poles\":[{\"id\":\"\"}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].id: an id cannot be empty" },
  { "missing-cooperation-mode", P ACTORS "\"poles\":[{\"id\":\"p\",\"cooperations\":[{\"id\":\"c\"}]}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].cooperations[0]: the member “mode” is missing" },
  { "missing-observation-value", P ACTORS "\"observations\":[{\"subject\":\"a1\",\"indicator\":\"jobs\"}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.observations[0]: the member “value” is missing" },
  { "observation-value-string", P ACTORS "\"observations\":[{\"subject\":\"a1\",\"indicator\":\"jobs\",\"value\":\"12\"}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.observations[0].value: expected a number, found a string" },
  { "unknown-kind", P "\"actors\":[{\"id\":\"a\",\"kind\":\"entreprise\"}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.actors[0].kind: “entreprise” is not one of the accepted words: unknown, enterprise, enterprise-grouping" },
  { "unknown-role", P ACTORS "\"poles\":[{\"id\":\"p\",\"memberships\":[{\"actor\":\"a1\",\"roles\":[\"member\",\"membre\"]}]}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].memberships[0].roles[1]: “membre” is not one of the accepted words: founding-member, member, animator" },
  { "unknown-mode", P ACTORS "\"poles\":[{\"id\":\"p\",\"cooperations\":[{\"id\":\"c\",\"mode\":\"cooperation-economique\"}]}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].cooperations[0].mode: “cooperation-economique” is not one of the accepted words: mutualisation, cooperation, partenariat" },
  { "bad-date", P "\"poles\":[{\"id\":\"p\",\"founded\":\"2014-13\"}]}", -1, PTCE_ERROR_INVALID_DATE, "$.poles[0].founded: " },
  { "bad-date-form", P "\"date\":\"26/11/2026\"}", -1, PTCE_ERROR_INVALID_DATE, "$.date: “26/11/2026” is not a date" },
  /* a date met first is kept for the others: a year does not let its
   * "month 00" through, nor a valid day its impossible neighbour */
  { "month-00-after-year", P ACTORS "\"poles\":[{\"id\":\"p\",\"founded\":\"2014\",\"memberships\":[{\"actor\":\"a1\",\"start\":\"2014-00\"}]}]}", -1, PTCE_ERROR_INVALID_DATE, "$.poles[0].memberships[0].start: “2014-00” is not a date" },
  { "day-00-after-month", P ACTORS "\"poles\":[{\"id\":\"p\",\"founded\":\"2014-03\",\"memberships\":[{\"actor\":\"a1\",\"start\":\"2014-03-00\"}]}]}", -1, PTCE_ERROR_INVALID_DATE, "$.poles[0].memberships[0].start: “2014-03-00” is not a date" },
  { "impossible-after-valid", P ACTORS "\"poles\":[{\"id\":\"p\",\"founded\":\"2023-02-28\",\"memberships\":[{\"actor\":\"a1\",\"start\":\"2023-02-29\"}]}]}", -1, PTCE_ERROR_INVALID_DATE, "$.poles[0].memberships[0].start: " },
  { "impossible-date", P ACTORS "\"poles\":[{\"id\":\"p\",\"memberships\":[{\"actor\":\"a1\",\"start\":\"2023-02-29\"}]}]}", -1, PTCE_ERROR_INVALID_DATE, "$.poles[0].memberships[0].start: " },
  { "reversed-membership", P ACTORS "\"poles\":[{\"id\":\"p\",\"memberships\":[{\"actor\":\"a1\",\"start\":\"2015\",\"end\":\"2014-06\"}]}]}", -1, PTCE_ERROR_INVALID_DATE, "$.poles[0].memberships[0]: “end” (2014-06) is before “start” (2015)" },
  { "reversed-pole", P "\"poles\":[{\"id\":\"p\",\"founded\":\"2015\",\"dissolved\":\"2012\"}]}", -1, PTCE_ERROR_INVALID_DATE, "$.poles[0]: “dissolved” (2012) is before “founded” (2015)" },
  { "duplicate-stage-date", P "\"poles\":[{\"id\":\"p\",\"stages\":[{\"stage\":\"emergence\",\"since\":\"2014\"},{\"stage\":\"construction\",\"since\":\"2014\"}]}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].stages[1].since" },
  { "duplicate-actor", P "\"actors\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"a\"}]}", -1, PTCE_ERROR_DUPLICATE_ID, "$.actors[2].id: the id “a” is already used at $.actors[0]" },
  { "pole-id-of-actor", P ACTORS "\"poles\":[{\"id\":\"a2\"}]}", -1, PTCE_ERROR_DUPLICATE_ID, "$.poles[0].id: the id “a2” is already used at $.actors[1]" },
  { "duplicate-pole", P "\"poles\":[{\"id\":\"p\"},{\"id\":\"p\"}]}", -1, PTCE_ERROR_DUPLICATE_ID, "$.poles[1].id" },
  { "duplicate-cooperation", P ACTORS "\"poles\":[{\"id\":\"p\",\"cooperations\":[{\"id\":\"c\",\"mode\":\"cooperation\"},{\"id\":\"c\",\"mode\":\"partenariat\"}]}]}", -1, PTCE_ERROR_DUPLICATE_ID, "$.poles[0].cooperations[1].id: the pole already has a cooperation with the id “c”" },
  { "duplicate-project", P "\"poles\":[{\"id\":\"p\",\"projects\":[{\"id\":\"x\"},{\"id\":\"x\"}]}]}", -1, PTCE_ERROR_DUPLICATE_ID, "$.poles[0].projects[1].id" },
  { "participant-twice", P ACTORS "\"poles\":[{\"id\":\"p\",\"cooperations\":[{\"id\":\"c\",\"mode\":\"cooperation\",\"participants\":[\"a1\",\"a1\"]}]}]}", -1, PTCE_ERROR_DUPLICATE_ID, "$.poles[0].cooperations[0].participants[1]: the actor “a1” is listed twice" },
  { "dangling-membership-actor", P ACTORS "\"poles\":[{\"id\":\"p\",\"memberships\":[{\"actor\":\"ghost\"}]}]}", -1, PTCE_ERROR_DANGLING_REFERENCE, "$.poles[0].memberships[0].actor: no actor of the dataset has the id “ghost”" },
  { "dangling-participant", P ACTORS "\"poles\":[{\"id\":\"p\",\"cooperations\":[{\"id\":\"c\",\"mode\":\"mutualisation\",\"participants\":[\"a1\",\"ghost\"]}]}]}", -1, PTCE_ERROR_DANGLING_REFERENCE, "$.poles[0].cooperations[0].participants[1]: no actor of the dataset has the id “ghost”" },
  { "dangling-project-participant", P ACTORS "\"poles\":[{\"id\":\"p\",\"projects\":[{\"id\":\"x\",\"participants\":[\"ghost\"]}]}]}", -1, PTCE_ERROR_DANGLING_REFERENCE, "$.poles[0].projects[0].participants[0]" },
  { "dangling-carrier", P ACTORS "\"poles\":[{\"id\":\"p\",\"carrier\":\"ghost\"}]}", -1, PTCE_ERROR_DANGLING_REFERENCE, "$.poles[0].carrier: no actor of the dataset has the id “ghost”" },
  { "dangling-observation-subject", P ACTORS "\"observations\":[{\"subject\":\"ghost\",\"indicator\":\"jobs\",\"value\":1}]}", -1, PTCE_ERROR_DANGLING_REFERENCE, "$.observations[0].subject: no actor nor pole of the dataset has the id “ghost”" },
  { "amount-1e400", P "\"poles\":[{\"id\":\"p\",\"fundings\":[{\"amount\":1e400}]}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].fundings[0].amount: the number is out of range" },
  { "value-minus-1e400", P ACTORS "\"observations\":[{\"subject\":\"a1\",\"indicator\":\"jobs\",\"value\":-1e400}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.observations[0].value: the number is out of range" },
  { "unknown-member-1e400", P "\"x_extra\":[1,1e999]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.x_extra[1]: the number is out of range" },
  { "odd-member-name-path", P "\"x y\":{\"é\":[1e400]}}", -1, PTCE_ERROR_INVALID_FORMAT, "$[\"x y\"][\"é\"][0]: the number is out of range" },
  { "negative-amount", P "\"poles\":[{\"id\":\"p\",\"fundings\":[{\"amount\":-100}]}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].fundings[0].amount: an amount cannot be negative" },
  { "negative-duration", P "\"poles\":[{\"id\":\"p\",\"fundings\":[{\"duration_months\":-3}]}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].fundings[0].duration_months: a duration must be a whole number" },
  { "fractional-duration", P "\"poles\":[{\"id\":\"p\",\"fundings\":[{\"duration_months\":1.5}]}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].fundings[0].duration_months" },
  { "zero-duration", P "\"poles\":[{\"id\":\"p\",\"fundings\":[{\"duration_months\":0}]}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].fundings[0].duration_months" },
  { "unknown-scale", P "\"poles\":[{\"id\":\"p\",\"territory\":{\"scale\":\"town\"}}]}", -1, PTCE_ERROR_INVALID_FORMAT, "$.poles[0].territory.scale: “town”" },
};

static void
check_bad_bytes (const BadCase *c,
                 GBytes        *bytes,
                 guint          max_depth,
                 guint64        max_size)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = NULL;

  if (max_depth > 0)
    ptce_json_reader_set_max_depth (reader, max_depth);
  if (max_size > 0)
    ptce_json_reader_set_max_size (reader, max_size);
  dataset = ptce_json_reader_load_bytes (reader, bytes, &error);
  g_test_message ("%s: %s", c->name, error != NULL ? error->message : "(no error)");
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, (int) c->code);
  g_assert_nonnull (strstr (error->message, c->expected));
  /* messages quote input, but never at length */
  g_assert_cmpuint (strlen (error->message), <, 600);
}

static void
test_bad_input_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      gsize length = c->length >= 0 ? (gsize) c->length : strlen (c->text);
      g_autoptr(GBytes) bytes = g_bytes_new_static (c->text, length);

      check_bad_bytes (c, bytes, 0, 0);
    }
}

static void
test_bad_input_deep (void)
{
  const guint levels = 10000;
  g_autoptr(GString) text = g_string_new (P "\"x\":");
  g_autoptr(GBytes) bytes = NULL;
  const BadCase c = { "deep-10000", NULL, 0, PTCE_ERROR_LIMIT_EXCEEDED,
                      /* the 64th nested array, after the root object */
                      "line 1, column 87: arrays and objects are nested deeper than the limit of 64 levels" };

  for (guint i = 0; i < levels; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < levels; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  bytes = g_bytes_new (text->str, text->len);
  check_bad_bytes (&c, bytes, 0, 0);

  /* unbalanced: only openings */
  g_string_truncate (text, strlen (P "\"x\":") + levels);
  g_bytes_unref (bytes);
  bytes = g_bytes_new (text->str, text->len);
  check_bad_bytes (&c, bytes, 0, 0);
}

static void
test_bad_input_huge (void)
{
  const gsize huge = 2 * 1024 * 1024;
  g_autoptr(GString) text = g_string_new (P "\"title\":\"");
  g_autoptr(GBytes) bytes = NULL;
  const BadCase too_big = { "huge-string", NULL, 0, PTCE_ERROR_LIMIT_EXCEEDED, "more than the limit of 1048576 bytes" };
  const BadCase huge_date = { "huge-date", NULL, 0, PTCE_ERROR_INVALID_DATE, "$.poles[0].founded: “2014" };

  for (gsize i = 0; i < huge; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\"}");
  bytes = g_bytes_new (text->str, text->len);
  check_bad_bytes (&too_big, bytes, 0, 1024 * 1024);

  /* under the limit, a huge string is fine where a string may be anything… */
  {
    g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(PtceDataset) dataset = ptce_json_reader_load_bytes (reader, bytes, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (strlen (ptce_dataset_get_title (dataset)), ==, huge);
  }

  /* …and where it must be a date, the message quotes a short prefix */
  g_string_assign (text, P "\"poles\":[{\"id\":\"p\",\"founded\":\"2014");
  for (gsize i = 0; i < huge; i++)
    g_string_append_c (text, '9');
  g_string_append (text, "\"}]}");
  g_bytes_unref (bytes);
  bytes = g_bytes_new (text->str, text->len);
  check_bad_bytes (&huge_date, bytes, 0, 0);
}

static void
test_bad_input_files (void)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-json-XXXXXX", &error);
  g_autofree char *missing = NULL;
  g_autofree char *truncated = NULL;
  g_autofree char *sample = sample_path ("le-damier.json");
  g_autofree char *contents = NULL;
  gsize length;
  PtceDataset *dataset;

  g_assert_no_error (error);

  /* a directory */
  dataset = ptce_json_reader_load_file (reader, dir, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, dir));
  g_clear_error (&error);

  /* a missing file */
  missing = g_build_filename (dir, "missing.json", NULL);
  dataset = ptce_json_reader_load_file (reader, missing, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* a file cut in the middle */
  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  truncated = g_build_filename (dir, "truncated.json", NULL);
  g_assert_true (g_file_set_contents (truncated, contents, (gssize) (length / 2), NULL));
  dataset = ptce_json_reader_load_file (reader, truncated, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_JSON);
  g_assert_nonnull (strstr (error->message, "end of input"));
  g_clear_error (&error);

  /* a file larger than max-size is refused before it is read */
  ptce_json_reader_set_max_size (reader, length - 1);
  dataset = ptce_json_reader_load_file (reader, sample, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_LIMIT_EXCEEDED);
  g_clear_error (&error);

  g_assert_cmpint (g_remove (truncated), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Read from a file, a place in the text is written as json-glib writes it,
 * "FILE:LINE:COLUMN: message", and a JSON path follows the file's name. */
static void
test_file_places (void)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) jg_error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-json-XXXXXX", &error);
  g_autofree char *syntax = g_build_filename (dir, "syntax.json", NULL);
  g_autofree char *content = g_build_filename (dir, "content.json", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *jg_prefix = NULL;
  g_autoptr(GRegex) form = NULL;
  PtceDataset *dataset;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (syntax, "{\n  \"format\": \"ptce/1\",\n  \"actors\": [1,]\n}", -1, NULL));
  g_assert_true (g_file_set_contents (content, P "\"actors\": [ {\"id\": \"\", \"name\": \"x\"} ]}", -1, NULL));

  dataset = ptce_json_reader_load_file (reader, syntax, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_JSON);
  expected = g_strdup_printf ("%s:3:16: expected a value, found “]”", syntax);
  g_assert_cmpstr (error->message, ==, expected);

  /* json-glib 1.6's own message on the same file has the same form
   * (its column counts bytes, at the end of the token it stopped on) */
  g_assert_false (json_parser_load_from_file (parser, syntax, &jg_error));
  g_assert_nonnull (jg_error);
  jg_prefix = g_strdup_printf ("%s:3:", syntax);
  g_assert_true (g_str_has_prefix (jg_error->message, jg_prefix));
  form = g_regex_new ("^(.*):([0-9]+):([0-9]+): ", 0, 0, NULL);
  g_assert_true (g_regex_match (form, jg_error->message, 0, NULL));
  g_assert_true (g_regex_match (form, error->message, 0, NULL));
  g_clear_error (&error);

  /* bytes from memory: the place alone */
  {
    g_autofree char *text = NULL;
    gsize length;
    g_autoptr(GBytes) bytes = NULL;

    g_assert_true (g_file_get_contents (syntax, &text, &length, NULL));
    bytes = g_bytes_new (text, length);
    dataset = ptce_json_reader_load_bytes (reader, bytes, &error);
    g_assert_null (dataset);
    g_assert_cmpstr (error->message, ==, "line 3, column 16: expected a value, found “]”");
    g_clear_error (&error);
  }

  dataset = ptce_json_reader_load_file (reader, content, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
  g_free (expected);
  expected = g_strdup_printf ("%s: $.actors[0].id: an id cannot be empty", content);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  /* a limit: the file first too */
  ptce_json_reader_set_max_size (reader, 4);
  dataset = ptce_json_reader_load_file (reader, content, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_LIMIT_EXCEEDED);
  g_free (expected);
  expected = g_strdup_printf ("%s: ", content);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_clear_error (&error);

  g_assert_cmpint (g_remove (syntax), ==, 0);
  g_assert_cmpint (g_remove (content), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A hand-built tree can hold what bytes cannot: it is checked all the
 * same. */
static void
test_bad_node (void)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = json_from_string (P "\"title\":\"t\"}", NULL);
  JsonNode *deep = json_node_new (JSON_NODE_ARRAY);
  JsonArray *inner;
  PtceDataset *dataset;

  /* a string that is not UTF-8 */
  json_object_set_string_member (json_node_get_object (root), "title", "caf\xe9");
  dataset = ptce_json_reader_load_node (reader, root, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
  g_assert_nonnull (strstr (error->message, "$.title: the string is not valid UTF-8"));
  g_clear_error (&error);
  json_object_set_string_member (json_node_get_object (root), "title", "café");

  /* nesting deeper than max-depth in an unknown member */
  inner = json_array_new ();
  json_node_take_array (deep, inner);
  for (guint i = 0; i < 100; i++)
    {
      JsonArray *next = json_array_new ();

      json_array_add_array_element (inner, next);
      inner = next;
    }
  json_object_set_member (json_node_get_object (root), "x_deep", deep);
  dataset = ptce_json_reader_load_node (reader, root, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_LIMIT_EXCEEDED);
  g_assert_nonnull (strstr (error->message, "$.x_deep[0][0]"));
  g_clear_error (&error);

  ptce_json_reader_set_max_depth (reader, 200);
  dataset = ptce_json_reader_load_node (reader, root, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (dataset);
}

/* ---- writing ---------------------------------------------------------- */

static void
test_writer_pretty (void)
{
  g_autofree char *path = sample_path ("le-damier.json");
  g_autoptr(PtceDataset) dataset = load (path);
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GBytes) pretty = NULL;
  g_autoptr(GBytes) compact = NULL;
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize size;

  g_assert_true (ptce_json_writer_get_pretty (writer));
  pretty = ptce_json_writer_save_bytes (writer, dataset, &error);
  g_assert_no_error (error);
  ptce_json_writer_set_pretty (writer, FALSE);
  compact = ptce_json_writer_save_bytes (writer, dataset, &error);
  g_assert_no_error (error);

  data = g_bytes_get_data (compact, &size);
  g_assert_cmpuint (size, <, g_bytes_get_size (pretty));
  g_assert_true (g_str_has_prefix (data, "{\"format\":\"ptce/1\",\"title\":"));
  g_assert_cmpint (data[size - 1], ==, '\n');
  g_assert_null (memchr (data, '\n', size - 1));
  data = g_bytes_get_data (pretty, &size);
  g_assert_true (g_str_has_prefix (data, "{\n  \"format\" : \"ptce/1\",\n"));
}

static void
test_writer_refuses_invalid (void)
{
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(PtceActor) member = ptce_actor_new ("member", "Member");
  g_autoptr(PtceActor) stranger = ptce_actor_new ("stranger", "Not in the dataset");
  g_autoptr(PtcePole) pole = ptce_pole_new ("p", "Pole");
  g_autoptr(PtceCooperation) cooperation = ptce_cooperation_new ("c", PTCE_COOPERATION_MODE_MUTUALISATION);
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-json-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);

  g_assert_true (ptce_dataset_add_actor (dataset, member, NULL));
  ptce_cooperation_add_participant (cooperation, member);
  g_assert_true (ptce_pole_add_cooperation (pole, cooperation, NULL));
  g_assert_true (ptce_dataset_add_pole (dataset, pole, NULL));
  /* the model lets a pole's cooperations change after it joined the
   * dataset: now one refers to an actor the dataset does not have */
  ptce_cooperation_add_participant (cooperation, stranger);

  g_assert_false (ptce_json_writer_save_file (writer, dataset, path, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_assert_null (ptce_json_writer_save_node (writer, dataset, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
assert_file_is (const char *path,
                GBytes     *expected)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static guint
count_entries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}


/* The writer refuses each thing the reader refuses, with the reader's error
 * (its code, and its message naming the JSON path of the culprit), and a
 * good file saved over stays as it was. Each case breaks, after the fact,
 * one thing of a dataset that saves. */
typedef struct
{
  PtceDataset     *dataset;
  PtceActor       *actor;
  PtcePole        *pole;
  PtceMembership  *membership;
  PtceCooperation *cooperation;
  PtceProject     *project;
  PtceObservation *observation;
} Breakable;

static PtceDate *
day (int year, int month, int d)
{
  return ptce_date_new (year, month, d, NULL);
}

static void
breakable_init (Breakable *b)
{
  g_autoptr(PtceDate) start = day (2015, 3, 1);

  b->dataset = ptce_dataset_new ();
  b->actor = ptce_actor_new ("a", "Actor");
  b->pole = ptce_pole_new ("p", "Pole");
  b->membership = ptce_membership_new (b->actor, PTCE_MEMBERSHIP_ROLE_MEMBER);
  b->cooperation = ptce_cooperation_new ("c", PTCE_COOPERATION_MODE_MUTUALISATION);
  b->project = ptce_project_new ("j", "Project");
  b->observation = ptce_observation_new ("a", "jobs", 12);
  g_assert_true (ptce_dataset_add_actor (b->dataset, b->actor, NULL));
  ptce_membership_set_start (b->membership, start);
  ptce_pole_add_membership (b->pole, b->membership);
  ptce_cooperation_add_participant (b->cooperation, b->actor);
  ptce_cooperation_set_start (b->cooperation, start);
  g_assert_true (ptce_pole_add_cooperation (b->pole, b->cooperation, NULL));
  ptce_project_set_start (b->project, start);
  g_assert_true (ptce_pole_add_project (b->pole, b->project, NULL));
  ptce_pole_set_founded (b->pole, start);
  g_assert_true (ptce_dataset_add_pole (b->dataset, b->pole, NULL));
  ptce_actor_set_esus_start (b->actor, start);
  ptce_observation_set_start (b->observation, start);
  g_assert_true (ptce_dataset_add_observation (b->dataset, b->observation, NULL));
}

static void
breakable_clear (Breakable *b)
{
  g_clear_object (&b->dataset);
  g_clear_object (&b->actor);
  g_clear_object (&b->pole);
  g_clear_object (&b->membership);
  g_clear_object (&b->cooperation);
  g_clear_object (&b->project);
  g_clear_object (&b->observation);
}

static void
break_membership_period (Breakable *b)
{
  g_autoptr(PtceDate) end = day (2014, 1, 1);
  ptce_membership_set_end (b->membership, end);
}

static void
break_cooperation_period (Breakable *b)
{
  g_autoptr(PtceDate) end = day (2014, 1, 1);
  ptce_cooperation_set_end (b->cooperation, end);
}

static void
break_project_period (Breakable *b)
{
  g_autoptr(PtceDate) end = day (2014, 1, 1);
  ptce_project_set_end (b->project, end);
}

static void
break_pole_life (Breakable *b)
{
  g_autoptr(PtceDate) end = day (2014, 1, 1);
  ptce_pole_set_dissolved (b->pole, end);
}

static void
break_esus_period (Breakable *b)
{
  g_autoptr(PtceDate) end = day (2014, 1, 1);
  ptce_actor_set_esus_end (b->actor, end);
}

static void
break_observation_period (Breakable *b)
{
  g_autoptr(PtceDate) end = day (2014, 1, 1);
  ptce_observation_set_end (b->observation, end);
}

static void
break_observation_value (Breakable *b)
{
  ptce_observation_set_value (b->observation, NAN);
}

static void
break_participant (Breakable *b)
{
  g_autoptr(PtceActor) stranger = ptce_actor_new ("stranger", "Not in the dataset");
  ptce_cooperation_add_participant (b->cooperation, stranger);
}

static void
break_participant_taken_id (Breakable *b)
{
  /* another object with the id of the dataset's actor */
  g_autoptr(PtceActor) twin = ptce_actor_new ("a", "Twin");
  ptce_project_add_participant (b->project, twin);
}

static void
break_member (Breakable *b)
{
  g_autoptr(PtceActor) stranger = ptce_actor_new ("stranger", "Not in the dataset");
  g_autoptr(PtceMembership) m = ptce_membership_new (stranger, PTCE_MEMBERSHIP_ROLE_PARTNER);
  ptce_pole_add_membership (b->pole, m);
}

static void
test_writer_refuses_what_the_reader_refuses (void)
{
  static const struct {
    const char *name;
    void (*spoil) (Breakable *b);
    int code;
    const char *path;  /* the start of the message, as the reader's */
  } cases[] = {
    { "membership ends before it starts", break_membership_period, PTCE_ERROR_INVALID_DATE, "$.poles[0].memberships[0]: " },
    { "cooperation ends before it starts", break_cooperation_period, PTCE_ERROR_INVALID_DATE, "$.poles[0].cooperations[0]: " },
    { "project ends before it starts", break_project_period, PTCE_ERROR_INVALID_DATE, "$.poles[0].projects[0]: " },
    { "pole dissolved before founded", break_pole_life, PTCE_ERROR_INVALID_DATE, "$.poles[0]: " },
    { "ESUS ends before it starts", break_esus_period, PTCE_ERROR_INVALID_DATE, "$.actors[0]: " },
    { "observation ends before it starts", break_observation_period, PTCE_ERROR_INVALID_DATE, "$.observations[0]: " },
    { "observation value not a number", break_observation_value, PTCE_ERROR_INVALID_FORMAT, NULL },
    { "participant not of the dataset", break_participant, PTCE_ERROR_DANGLING_REFERENCE, NULL },
    { "participant with a taken id", break_participant_taken_id, PTCE_ERROR_DANGLING_REFERENCE, NULL },
    { "member not of the dataset", break_member, PTCE_ERROR_DANGLING_REFERENCE, NULL },
  };
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autofree char *dir = g_dir_make_tmp ("ptce-json-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "good.json", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Breakable b;
      g_autoptr(GBytes) good = NULL;
      g_autoptr(GBytes) refused = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) file_error = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      g_test_message ("%s", cases[i].name);
      breakable_init (&b);
      /* the unbroken dataset saves, and is the good file on the disk */
      g_assert_true (ptce_json_writer_save_file (writer, b.dataset, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      good = g_bytes_new_take (g_steal_pointer (&contents), length);

      cases[i].spoil (&b);
      refused = ptce_json_writer_save_bytes (writer, b.dataset, &error);
      g_assert_null (refused);
      g_assert_error (error, PTCE_ERROR, cases[i].code);
      if (cases[i].path != NULL && !g_str_has_prefix (error->message, cases[i].path))
        g_error ("%s: “%s” does not start with “%s”", cases[i].name, error->message, cases[i].path);

      g_assert_false (ptce_json_writer_save_file (writer, b.dataset, path, &file_error));
      g_assert_error (file_error, PTCE_ERROR, cases[i].code);
      g_assert_cmpstr (file_error->message, ==, error->message);
      assert_file_is (path, good);
      g_assert_cmpuint (count_entries (dir), ==, 1);
      g_assert_null (ptce_json_writer_save_node (writer, b.dataset, NULL));
      breakable_clear (&b);
    }
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_save_atomic (void)
{
  g_autofree char *damier_path = sample_path ("le-damier.json");
  g_autofree char *all_path = sample_path ("ptce-samples.json");
  g_autoptr(PtceDataset) damier = load (damier_path);
  g_autoptr(PtceDataset) all = load (all_path);
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-json-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "dataset.json", NULL);
  g_autoptr(GBytes) old_bytes = save (damier);
  g_autoptr(GBytes) new_bytes = save (all);
  struct rlimit saved, small;
  GStatBuf st;
  void (*old_handler) (int);

  g_assert_true (ptce_json_writer_save_file (writer, damier, path, &error));
  g_assert_no_error (error);
  assert_file_is (path, old_bytes);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);

  /* The new bytes cannot be written in full (a disk that fills up, here a
   * file size limit, which binds root too): the save fails, names the file,
   * and the old file is intact, with no temporary file left over. */
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = g_bytes_get_size (old_bytes) + 10;
  g_assert_cmpuint (small.rlim_cur, <, g_bytes_get_size (new_bytes));
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  g_assert_false (ptce_json_writer_save_file (writer, all, path, &error));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, old_handler);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  assert_file_is (path, old_bytes);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  /* A directory one may not write in: the same, for users other than root
   * (root writes anywhere). */
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      g_assert_false (ptce_json_writer_save_file (writer, all, path, &error));
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO);
      g_assert_nonnull (strstr (error->message, path));
      g_clear_error (&error);
      assert_file_is (path, old_bytes);
    }

  /* and a save that can succeed replaces the file whole */
  g_assert_true (ptce_json_writer_save_file (writer, all, path, &error));
  g_assert_no_error (error);
  assert_file_is (path, new_bytes);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A save through a symbolic link replaces the file it points to and keeps
 * the link; a save over a pipe (or a device) is refused and leaves it be. */
static void
test_save_not_regular (void)
{
  g_autofree char *damier_path = sample_path ("le-damier.json");
  g_autoptr(PtceDataset) damier = load (damier_path);
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-json-XXXXXX", NULL);
  g_autofree char *real = g_build_filename (dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.json", NULL);
  g_autofree char *created = g_build_filename (dir, "created.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autoptr(GBytes) bytes = save (damier);
  GStatBuf st;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.json", link), ==, 0);
  g_assert_true (ptce_json_writer_save_file (writer, damier, link, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  assert_file_is (real, bytes);

  /* a link to a file not created yet: the file is created where it points */
  g_assert_cmpint (symlink ("created.json", dangling), ==, 0);
  g_assert_true (ptce_json_writer_save_file (writer, damier, dangling, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  assert_file_is (created, bytes);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (ptce_json_writer_save_file (writer, damier, fifo, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, fifo));
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_clear_error (&error);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  g_assert_false (ptce_json_writer_save_file (writer, damier, dir, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO);
  g_clear_error (&error);

  g_assert_cmpuint (count_entries (dir), ==, 5);
  for (const char * const *p = (const char * const[]) { real, link, dangling, created, fifo, NULL }; *p; p++)
    g_assert_cmpint (g_remove (*p), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_reader_properties (void)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  guint depth;
  guint64 size;

  g_object_get (reader, "max-depth", &depth, "max-size", &size, NULL);
  g_assert_cmpuint (depth, ==, PTCE_JSON_READER_DEFAULT_MAX_DEPTH);
  g_assert_cmpuint (depth, ==, 64);
  g_assert_cmpuint (size, ==, PTCE_JSON_READER_DEFAULT_MAX_SIZE);
  g_assert_cmpuint (size, ==, 256 * 1024 * 1024);
  g_object_set (reader, "max-depth", 10, "max-size", (guint64) 1000, NULL);
  g_assert_cmpuint (ptce_json_reader_get_max_depth (reader), ==, 10);
  g_assert_cmpuint (ptce_json_reader_get_max_size (reader), ==, 1000);
}

/* Messages are translated: the French catalogue of the build tree is used
 * when the user asks for French. */
static void
test_messages_french (void)
{
  if (g_test_subprocess ())
    {
      const char *text = "{\"format\":\"ptce/1\",\n\"actors\":[{\"id\":\"a\",\"kind\":\"firm\"}]}";
      const char *broken = "{\"format\":\"ptce/1\",\n\"actors\":[}";
      g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
      g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
      g_autoptr(GBytes) broken_bytes = g_bytes_new_static (broken, strlen (broken));
      g_autoptr(GError) error = NULL;

      g_setenv ("LANGUAGE", "fr", TRUE);
      setlocale (LC_ALL, "");
      g_assert_null (ptce_json_reader_load_bytes (reader, bytes, &error));
      g_assert_cmpstr (error->message, ==,
                       "$.actors[0].kind\u00a0: «\u00a0firm\u00a0» n'est pas l'un des mots acceptés\u00a0: "
                       "unknown, enterprise, enterprise-grouping, local-authority, local-authority-grouping, "
                       "research-centre, higher-education, training-body, other-legal-person, natural-person");
      g_clear_error (&error);
      g_assert_null (ptce_json_reader_load_bytes (reader, broken_bytes, &error));
      g_assert_cmpstr (error->message, ==,
                       "ligne 2, colonne 11\u00a0: on attendait une valeur, on trouve «\u00a0}\u00a0»");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Json/samples/load", test_samples_load);
  g_test_add_func ("/Ptce/Json/samples/content", test_samples_content);
  g_test_add_func ("/Ptce/Json/round-trip/samples", test_round_trip_samples);
  g_test_add_func ("/Ptce/Json/round-trip/every-member", test_round_trip_full);
  g_test_add_func ("/Ptce/Json/round-trip/unknown-members", test_unknown_members);
  g_test_add_func ("/Ptce/Json/load/paths-agree", test_load_paths_agree);
  g_test_add_func ("/Ptce/Json/load/paths-agree-on-errors", test_load_paths_agree_on_errors);
  g_test_add_func ("/Ptce/Json/bad-input/table", test_bad_input_table);
  g_test_add_func ("/Ptce/Json/bad-input/deep-nesting", test_bad_input_deep);
  g_test_add_func ("/Ptce/Json/bad-input/huge", test_bad_input_huge);
  g_test_add_func ("/Ptce/Json/bad-input/files", test_bad_input_files);
  g_test_add_func ("/Ptce/Json/bad-input/file-places", test_file_places);
  g_test_add_func ("/Ptce/Json/bad-input/node", test_bad_node);
  g_test_add_func ("/Ptce/Json/reader/properties", test_reader_properties);
  g_test_add_func ("/Ptce/Json/messages/french", test_messages_french);
  g_test_add_func ("/Ptce/Json/writer/pretty", test_writer_pretty);
  g_test_add_func ("/Ptce/Json/writer/refuses-invalid", test_writer_refuses_invalid);
  g_test_add_func ("/Ptce/Json/writer/atomic", test_save_atomic);
  g_test_add_func ("/Ptce/Json/writer/refuses-what-the-reader-refuses",
                   test_writer_refuses_what_the_reader_refuses);
  g_test_add_func ("/Ptce/Json/writer/not-regular", test_save_not_regular);

  return g_test_run ();
}
