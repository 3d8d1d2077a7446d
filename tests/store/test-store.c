/* test-store.c: PtceStore — submissions, the two times, history, queries,
 * errors on damaged files.
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <libptce/libptce.h>

#include "bench-gen.h"

static char *
new_store_path (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-store-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, name, NULL);
}

static void
remove_store (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_chmod (file, 0600);
      g_unlink (file);
    }
  g_chmod (dir, 0700);
  g_rmdir (dir);
}

static PtceStore *
new_store (char **path)
{
  g_autoptr(GError) error = NULL;
  PtceStore *store;

  *path = new_store_path ("test.ptcestore");
  store = ptce_store_open (*path, PTCE_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static PtceDate *
day (const char *text)
{
  g_autoptr(GError) error = NULL;
  PtceDate *date = ptce_date_new_from_iso8601 (text, &error);

  g_assert_no_error (error);
  return date;
}

/* The canonical tree of a dataset: what the writer writes of it. */
static char *
canonical (PtceDataset *dataset)
{
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = ptce_json_writer_save_node (writer, dataset, &error);

  g_assert_no_error (error);
  return json_to_string (node, TRUE);
}

/* The whole dataset of @store is the model of @original, as the writer
 * writes it. */
static void
assert_whole_is (PtceStore   *store,
                 PtceDataset *original)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) back = ptce_store_load_dataset (store, NULL, NULL, &error);
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  g_assert_no_error (error);
  want = canonical (original);
  got = canonical (back);
  g_assert_cmpstr (got, ==, want);
}

/* Imports @bytes into @store, which holds nothing else: the whole dataset
 * read back is @original's model. */
static void
assert_imported_whole (PtceStore   *store,
                       GBytes      *bytes,
                       PtceDataset *original)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceSubmission) submission = ptce_store_import_bytes (store, bytes, "test", NULL,
                                                                 NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (submission);
  assert_whole_is (store, original);
}

static GPtrArray *
round_trip_files (void)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *dirs[] = { "../data/samples", "data/formats", NULL };
  g_autofree char *cases = g_test_build_filename (G_TEST_DIST, "data", "hostile", "json",
                                                  "cases.tsv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; dirs[i]; i++)
    {
      g_autofree char *dir = g_test_build_filename (G_TEST_DIST, dirs[i], NULL);
      g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;

      g_assert_nonnull (d);
      while ((name = g_dir_read_name (d)) != NULL)
        if (g_str_has_suffix (name, ".json"))
          g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
    }
  /* The hostile corpus's valid-but-strange files. */
  g_assert_true (g_file_get_contents (cases, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      if (lines[i][0] != '#' && g_strv_length (fields) > 2 && g_str_equal (fields[1], "ok"))
        g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "data", "hostile",
                                                       "json", fields[0], NULL));
    }
  g_assert_cmpuint (paths->len, >=, 15);
  return paths;
}

/* JSON → store → JSON gives the same tree, unknown fields included; the
 * exact bytes come back too. */
static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) paths = round_trip_files ();

  for (guint i = 0; i < paths->len; i++)
    {
      const char *file = g_ptr_array_index (paths, i);
      g_autofree char *path = NULL;
      g_autoptr(PtceStore) store = new_store (&path);
      g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceDataset) original = ptce_json_reader_load_file (reader, file, &error);
      g_autoptr(PtceSubmission) submission = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *sha = NULL;
      gsize length;

      g_test_message ("%s", file);
      g_assert_no_error (error);
      submission = ptce_store_import_file (store, file, "test", "tester", NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (submission);
      assert_whole_is (store, original);

      bytes = ptce_store_dup_submission_bytes (store, ptce_submission_get_id (submission), &error);
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, length);
      sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
      g_assert_cmpstr (ptce_submission_get_sha256 (submission), ==, sha);
      g_assert_cmpuint (ptce_submission_get_size (submission), ==, length);
      g_assert_true (ptce_store_check (store, &error));
      g_assert_no_error (error);
      ptce_store_close (store);
      remove_store (path);
    }
}

/* The import keeps each element as its text in the file: texts that a
 * cut by hand gets wrong (a root member name written with escapes, quotes
 * and backslashes at the end of strings, whitespace everywhere, a byte
 * order mark) read back as the file does, and the elements stored are the
 * file's, without their whitespace. */
static void
test_cut (void)
{
  static const char * const texts[] = {
    "\xef\xbb\xbf{ \"format\" : \"ptce/1\" ,\n \"title\" : \"T \\\\\" ,\n"
    "  \"\\u0061ctors\" : [ { \"id\" : \"a\\\"1\" , \"name\" : \"x\\\\\" , \"kind\" : \"enterprise\" } ,\n"
    "                  { \"id\" : \"a2\", \"name\" : \"y \\\" ]}\", \"kind\" : \"enterprise\" } ] ,\n"
    "  \"po\\u006ces\" :\n [ {\t\"id\" : \"p\\u0031\" , \"name\" : \"P\" ,\r\n"
    "     \"memberships\" : [ { \"actor\" : \"a\\\"1\" , \"roles\" : [ \"member\" ] , \"start\" : \"2015\" } ,\n"
    "                       { \"actor\" : \"a2\" , \"roles\" : [ \"member\" ] , \"start\" : \"2016\" } ] } ] ,\n"
    "  \"x-unknown\" : { \"a\" : [ 1 , 2.5 , true , null ] } }\n",
    "{\"format\":\"ptce/1\",\"actors\":[],\"poles\":[{\"id\":\"p\",\"name\":\"P\"}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(PtceStore) store = new_store (&path);
      g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
      g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceDataset) original = ptce_json_reader_load_bytes (reader, bytes, &error);
      sqlite3 *db;
      sqlite3_stmt *stmt;

      g_assert_no_error (error);
      assert_imported_whole (store, bytes, original);
      ptce_store_close (store);

      /* what is kept: the file's text of each element, whitespace gone */
      g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT json FROM actor_version UNION ALL"
                                               " SELECT json FROM pole_version UNION ALL"
                                               " SELECT root FROM submission", -1, &stmt, NULL),
                       ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *json = (const char *) sqlite3_column_text (stmt, 0);
          g_autoptr(JsonNode) node = json_from_string (json, &error);

          g_assert_no_error (error);
          g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
          if (i == 0)
            g_assert_true (strstr (json, "\"id\":\"a\\\"1\"") != NULL ||
                           strstr (json, "\"id\":\"a2\"") != NULL ||
                           strstr (json, "\"id\":\"p\\u0031\"") != NULL ||
                           strstr (json, "\"title\":\"T \\\\\"") != NULL);
          g_assert_null (strchr (json, '\n'));
        }
      sqlite3_finalize (stmt);
      sqlite3_close (db);
      remove_store (path);
    }
}

static char *
sample (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
}

static void
test_same_bytes (void)
{
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);
  g_autofree char *file = sample ("le-damier.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) received = day ("2023-03-15");
  g_autoptr(PtceSubmission) first = ptce_store_import_file (store, file, "the pole", "Anne", received, &error);
  g_autoptr(PtceSubmission) second = NULL;
  g_autoptr(GListModel) list = NULL;

  g_assert_no_error (error);
  g_assert_false (ptce_submission_get_existed (first));
  g_assert_cmpstr (ptce_submission_get_source (first), ==, "the pole");
  g_assert_cmpstr (ptce_submission_get_submitter (first), ==, "Anne");
  g_assert_true (ptce_date_equal (ptce_submission_get_received (first), received));
  g_assert_cmpuint (ptce_submission_get_n_poles (first), ==, 1);
  second = ptce_store_import_file (store, file, "CRESS", "Bob", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ptce_submission_get_existed (second));
  g_assert_cmpint (ptce_submission_get_id (second), ==, ptce_submission_get_id (first));
  /* Recorded once, with its first provenance. */
  g_assert_cmpstr (ptce_submission_get_source (second), ==, "the pole");
  list = ptce_store_list_submissions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  remove_store (path);
}

static void
test_invalid_import (void)
{
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);
  g_autoptr(GError) error = NULL;
  static const char text[] = "{\"format\": \"ptce/1\", \"poles\": [{\"id\": 3}]}";
  g_autoptr(GBytes) bad = g_bytes_new_static (text, strlen (text));
  g_autoptr(PtceSubmission) s = ptce_store_import_bytes (store, bad, NULL, NULL, NULL, &error);
  g_autoptr(GListModel) list = NULL;

  g_assert_null (s);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
  g_clear_error (&error);
  list = ptce_store_list_submissions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  remove_store (path);
}

/* Elements that build a valid model in a text that is not one JSON value:
 * the import writes their rows while the whole text is scanned, then
 * takes them back and fails with the reader's error. */
static void
test_invalid_around_elements (void)
{
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);
  g_autoptr(GError) error = NULL;
  static const char valid[] =
    "{\"format\": \"ptce/1\", \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"enterprise\"}],"
    " \"poles\": [{\"id\": \"p\", \"name\": \"P\", \"memberships\": [{\"actor\": \"a\"}]}]}";
  g_autofree char *trailing = g_strconcat (valid, " x", NULL);
  g_autoptr(GBytes) bad = g_bytes_new_static (trailing, strlen (trailing));
  g_autoptr(GBytes) good = g_bytes_new_static (valid, strlen (valid));
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceDataset) read = ptce_json_reader_load_bytes (reader, bad, &error);
  g_autofree char *reader_says = NULL;
  g_autoptr(PtceSubmission) s = NULL;
  g_autoptr(GListModel) list = NULL;

  g_assert_null (read);
  g_assert_nonnull (error);
  reader_says = g_strdup (error->message);
  g_clear_error (&error);

  s = ptce_store_import_bytes (store, bad, NULL, NULL, NULL, &error);
  g_assert_null (s);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_JSON);
  g_assert_cmpstr (error->message, ==, reader_says);
  g_clear_error (&error);
  list = ptce_store_list_submissions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_true (ptce_store_check (store, &error));
  g_assert_no_error (error);

  /* nothing of the failed import is left: the next is the first */
  s = ptce_store_import_bytes (store, good, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ptce_submission_get_id (s), ==, 1);
  g_assert_cmpuint (ptce_submission_get_n_actors (s), ==, 1);
  remove_store (path);
}

/* Two versions of one pole, received in 2021 and 2023. */
static const char *v2021 =
  "{\"format\": \"ptce/1\", \"title\": \"v1\","
  " \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"enterprise\", \"siren\": \"732829320\"},"
  "              {\"id\": \"b\", \"name\": \"B\", \"kind\": \"enterprise\"}],"
  " \"poles\": [{\"id\": \"p\", \"name\": \"P\", \"founded\": \"2015\","
  "   \"stages\": [{\"stage\": \"emergence\", \"since\": \"2015\"}],"
  "   \"territory\": {\"communes\": [\"63113\"]}, \"typology\": [\"mutualisation\"],"
  "   \"memberships\": [{\"actor\": \"a\", \"roles\": [\"founding-member\"], \"start\": \"2015\"},"
  "                     {\"actor\": \"b\", \"roles\": [\"member\"], \"start\": \"2016\"}],"
  "   \"cooperations\": [{\"id\": \"c1\", \"mode\": \"mutualisation\", \"participants\": [\"a\", \"b\"]}]}],"
  " \"observations\": [{\"subject\": \"p\", \"indicator\": \"jobs\", \"value\": 10, \"start\": \"2020\"}]}";
static const char *v2023 =
  "{\"format\": \"ptce/1\", \"title\": \"v2\","
  " \"actors\": [{\"id\": \"a\", \"name\": \"A SCIC\", \"kind\": \"enterprise\", \"siren\": \"732829320\"},"
  "              {\"id\": \"b\", \"name\": \"B\", \"kind\": \"enterprise\"},"
  "              {\"id\": \"c\", \"name\": \"C\", \"kind\": \"local-authority\"}],"
  " \"poles\": [{\"id\": \"p\", \"name\": \"P\", \"founded\": \"2015\","
  "   \"stages\": [{\"stage\": \"emergence\", \"since\": \"2015\"}, {\"stage\": \"consolidation\", \"since\": \"2022-09\"}],"
  "   \"territory\": {\"communes\": [\"63113\"]}, \"typology\": [\"mutualisation\"],"
  "   \"memberships\": [{\"actor\": \"a\", \"roles\": [\"founding-member\"], \"start\": \"2015\"},"
  "                     {\"actor\": \"b\", \"roles\": [\"member\"], \"start\": \"2016\", \"end\": \"2021-12-31\"},"
  "                     {\"actor\": \"c\", \"roles\": [\"partner\"], \"start\": \"2022-06\"}],"
  "   \"cooperations\": [{\"id\": \"c2\", \"mode\": \"cooperation\", \"participants\": [\"a\", \"c\"], \"start\": \"2022\"}]}],"
  " \"observations\": [{\"subject\": \"p\", \"indicator\": \"jobs\", \"value\": 14, \"start\": \"2022\"}]}";

static PtceStore *
two_versions (char **path, gint64 *first, gint64 *second)
{
  PtceStore *store = new_store (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) b1 = g_bytes_new_static (v2021, strlen (v2021));
  g_autoptr(GBytes) b2 = g_bytes_new_static (v2023, strlen (v2023));
  g_autoptr(PtceDate) r1 = day ("2021-03-01");
  g_autoptr(PtceDate) r2 = day ("2023-03-10");
  /* Imported out of order: the date received decides, not the order. */
  g_autoptr(PtceSubmission) s2 = ptce_store_import_bytes (store, b2, "CRESS", NULL, r2, &error);
  g_autoptr(PtceSubmission) s1 = NULL;

  g_assert_no_error (error);
  s1 = ptce_store_import_bytes (store, b1, "the pole", NULL, r1, &error);
  g_assert_no_error (error);
  *first = ptce_submission_get_id (s1);
  *second = ptce_submission_get_id (s2);
  return store;
}

static guint
n_members (PtceDataset *dataset)
{
  PtcePole *pole = ptce_dataset_lookup_pole (dataset, "p");

  g_assert_nonnull (pole);
  return g_list_model_get_n_items (ptce_pole_get_memberships (pole));
}

static void
test_two_times (void)
{
  g_autofree char *path = NULL;
  gint64 first, second;
  g_autoptr(PtceStore) store = two_versions (&path, &first, &second);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) k2022 = day ("2022-06");
  g_autoptr(PtceDate) k2020 = day ("2020");
  g_autoptr(PtceDate) d2022 = day ("2022-03-01");
  g_autoptr(PtceDate) d2014 = day ("2014-06-01");
  g_autoptr(PtceDataset) known_2022 = ptce_store_load_pole (store, "p", NULL, k2022, &error);
  g_autoptr(PtceDataset) latest = NULL;
  g_autoptr(PtceDataset) on_2022 = NULL;
  g_autoptr(PtceDataset) whole = NULL;
  g_autoptr(PtceDataset) nothing = NULL;
  g_autoptr(PtceActor) actor = NULL;
  g_autoptr(PtceActor) old_actor = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (n_members (known_2022), ==, 2);
  g_assert_cmpstr (ptce_dataset_get_title (known_2022), ==, "v1");
  latest = ptce_store_load_pole (store, "p", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_members (latest), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_observations (latest)), ==, 1);
  /* The pole on 1 March 2022 as known now: b had left, c not yet joined. */
  on_2022 = ptce_store_load_pole (store, "p", d2022, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_members (on_2022), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_pole_get_cooperations (ptce_dataset_lookup_pole (on_2022, "p"))), ==, 1);
  /* Before it was founded, it did not exist. */
  g_assert_null (ptce_store_load_pole (store, "p", d2014, NULL, &error));
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* Known in 2020: nothing received yet. */
  g_assert_null (ptce_store_load_pole (store, "p", NULL, k2020, &error));
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  nothing = ptce_store_load_dataset (store, NULL, k2020, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_poles (nothing)), ==, 0);
  whole = ptce_store_load_dataset (store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (whole)), ==, 3);
  g_assert_cmpstr (ptce_dataset_get_title (whole), ==, "v2");
  /* each entity's latest version, the older one's text left unread */
  g_assert_cmpstr (ptce_actor_get_name (ptce_dataset_lookup_actor (whole, "a")), ==, "A SCIC");
  g_assert_cmpuint (n_members (whole), ==, 3);
  /* the whole dataset as known in June 2022: the first file's versions */
  g_clear_object (&whole);
  whole = ptce_store_load_dataset (store, NULL, k2022, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ptce_dataset_get_title (whole), ==, "v1");
  g_assert_cmpstr (ptce_actor_get_name (ptce_dataset_lookup_actor (whole, "a")), ==, "A");
  g_assert_cmpuint (n_members (whole), ==, 2);

  actor = ptce_store_load_actor (store, "a", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ptce_actor_get_name (actor), ==, "A SCIC");
  old_actor = ptce_store_load_actor (store, "a", NULL, k2022, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ptce_actor_get_name (old_actor), ==, "A");
  g_assert_null (ptce_store_load_actor (store, "zz", NULL, NULL, &error));
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND);
  remove_store (path);
}

/* Where the version a read returns comes from: the latest received by the
 * date, whatever the order of the imports; of two received the same day,
 * the one imported last, as ptce_store_load_pole() reads it. */
static void
test_pole_version (void)
{
  g_autofree char *path = NULL;
  gint64 first, second;
  g_autoptr(PtceStore) store = two_versions (&path, &first, &second);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) k2022 = day ("2022-06");
  g_autoptr(PtceDate) k2020 = day ("2020");
  g_autoptr(PtceDate) same_day = day ("2023-03-10");
  g_autoptr(PtceSubmission) now = ptce_store_lookup_pole_version (store, "p", NULL, &error);
  g_autoptr(PtceSubmission) then = NULL;
  g_autoptr(PtceSubmission) tie = NULL;
  g_autoptr(PtceSubmission) third = NULL;
  g_autoptr(PtceDataset) read = NULL;
  g_autoptr(GBytes) b3 = NULL;
  g_autofree char *v3 = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (ptce_submission_get_id (now), ==, second);
  g_assert_cmpstr (ptce_submission_get_source (now), ==, "CRESS");
  then = ptce_store_lookup_pole_version (store, "p", k2022, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ptce_submission_get_id (then), ==, first);
  g_assert_cmpstr (ptce_submission_get_source (then), ==, "the pole");
  g_assert_null (ptce_store_lookup_pole_version (store, "p", k2020, &error));
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ptce_store_lookup_pole_version (store, "zz", NULL, &error));
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* a third file received the same day as the second, imported after it */
  v3 = g_strdup (v2021);
  memcpy (strstr (v3, "\"v1\""), "\"v3\"", 4);
  b3 = g_bytes_new (v3, strlen (v3));
  third = ptce_store_import_bytes (store, b3, "DREETS", NULL, same_day, &error);
  g_assert_no_error (error);
  tie = ptce_store_lookup_pole_version (store, "p", same_day, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ptce_submission_get_id (tie), ==, ptce_submission_get_id (third));
  read = ptce_store_load_pole (store, "p", NULL, same_day, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ptce_dataset_get_title (read), ==, "v3");
  remove_store (path);
}

static gboolean
has_change (GListModel          *changes,
            PtceStoreChangeKind  kind,
            const char          *subject)
{
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(PtceStoreChange) c = g_list_model_get_item (changes, i);

      if (ptce_store_change_get_kind (c) == kind &&
          g_strcmp0 (ptce_store_change_get_subject (c), subject) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_history (void)
{
  g_autofree char *path = NULL;
  gint64 first, second;
  g_autoptr(PtceStore) store = two_versions (&path, &first, &second);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) versions = ptce_store_list_pole_versions (store, "p", &error);
  g_autoptr(PtceSubmission) v0 = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GListModel) same = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);
  v0 = g_list_model_get_item (versions, 0);
  g_assert_cmpint (ptce_submission_get_id (v0), ==, first);
  changes = ptce_store_diff_pole (store, "p", first, second, &error);
  g_assert_no_error (error);
  g_assert_true (has_change (changes, PTCE_STORE_CHANGE_MEMBER_JOINED, "c"));
  g_assert_true (has_change (changes, PTCE_STORE_CHANGE_MEMBER_LEFT, "b"));
  g_assert_true (has_change (changes, PTCE_STORE_CHANGE_COOPERATION_ADDED, "c2"));
  g_assert_true (has_change (changes, PTCE_STORE_CHANGE_COOPERATION_REMOVED, "c1"));
  g_assert_true (has_change (changes, PTCE_STORE_CHANGE_STAGE, "stage"));
  g_assert_false (has_change (changes, PTCE_STORE_CHANGE_MEMBER_LEFT, "a"));
  g_assert_false (has_change (changes, PTCE_STORE_CHANGE_FIELD, "name"));
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 5);
  same = ptce_store_diff_pole (store, "p", first, first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (same), ==, 0);
  g_assert_null (ptce_store_diff_pole (store, "p", first, 99, &error));
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND);
  remove_store (path);
}

static void
test_queries (void)
{
  g_autofree char *path = NULL;
  gint64 first, second;
  g_autoptr(PtceStore) store = two_versions (&path, &first, &second);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) k2022 = day ("2022");
  g_auto(GStrv) by_dep = ptce_store_find_poles (store, PTCE_STORE_POLE_FIELD_DEPARTEMENT, "63", NULL, &error);
  g_auto(GStrv) by_region = NULL;
  g_auto(GStrv) by_other = NULL;
  g_auto(GStrv) by_stage = NULL;
  g_auto(GStrv) by_old_stage = NULL;
  g_auto(GStrv) by_typology = NULL;
  g_auto(GStrv) of_c = NULL;
  g_auto(GStrv) of_c_2022 = NULL;
  g_autoptr(GListModel) actors = NULL;
  g_autoptr(PtceActor) a = NULL;

  g_assert_no_error (error);
  g_assert_cmpstrv (by_dep, ((const char *[]) { "p", NULL }));
  by_region = ptce_store_find_poles (store, PTCE_STORE_POLE_FIELD_REGION, "84", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (by_region, ((const char *[]) { "p", NULL }));
  by_other = ptce_store_find_poles (store, PTCE_STORE_POLE_FIELD_DEPARTEMENT, "75", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (by_other), ==, 0);
  by_stage = ptce_store_find_poles (store, PTCE_STORE_POLE_FIELD_STAGE, "consolidation", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (by_stage, ((const char *[]) { "p", NULL }));
  /* As known in 2022, its stage was still emergence. */
  by_old_stage = ptce_store_find_poles (store, PTCE_STORE_POLE_FIELD_STAGE, "consolidation", k2022, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (by_old_stage), ==, 0);
  by_typology = ptce_store_find_poles (store, PTCE_STORE_POLE_FIELD_TYPOLOGY, "mutualisation", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (by_typology, ((const char *[]) { "p", NULL }));

  actors = ptce_store_find_actors (store, "732829320", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 1);
  a = g_list_model_get_item (actors, 0);
  g_assert_cmpstr (ptce_actor_get_name (a), ==, "A SCIC");

  of_c = ptce_store_list_poles_of_actor (store, "c", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (of_c, ((const char *[]) { "p", NULL }));
  of_c_2022 = ptce_store_list_poles_of_actor (store, "c", k2022, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (of_c_2022), ==, 0);
  remove_store (path);
}

/* The diagnosis runs unchanged on what the store returns. */
static void
test_diagnosis (void)
{
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);
  g_autofree char *file = sample ("ptce-sud-aquitaine.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceDataset) from_json = ptce_json_reader_load_file (reader, file, &error);
  g_autoptr(PtceSubmission) s = NULL;
  g_autoptr(PtceChecker) checker = ptce_checker_new ();
  g_autoptr(PtceDate) when = day ("2024-01-01");
  PtcePole *pole;
  g_autoptr(PtceDataset) from_store = NULL;
  g_autoptr(PtceDiagnosis) a = NULL;
  g_autoptr(PtceDiagnosis) b = NULL;
  g_autoptr(JsonNode) ja = NULL;
  g_autoptr(JsonNode) jb = NULL;
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;

  g_assert_no_error (error);
  s = ptce_store_import_file (store, file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  pole = g_list_model_get_item (ptce_dataset_get_poles (from_json), 0);
  from_store = ptce_store_load_pole (store, ptce_pole_get_id (pole), NULL, NULL, &error);
  g_assert_no_error (error);
  a = ptce_checker_check (checker, from_json, pole, when);
  b = ptce_checker_check (checker, from_store,
                          ptce_dataset_lookup_pole (from_store, ptce_pole_get_id (pole)), when);
  ja = ptce_diagnosis_to_json (a);
  jb = ptce_diagnosis_to_json (b);
  ta = json_to_string (ja, TRUE);
  tb = json_to_string (jb, TRUE);
  g_assert_cmpstr (ta, ==, tb);
  g_object_unref (pole);
  remove_store (path);
}

static void
assert_open_fails (const char     *path,
                   PtceStoreError  code,
                   const char     *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = ptce_store_open (path, PTCE_STORE_OPEN_NONE, &error);

  g_assert_null (store);
  g_assert_error (error, PTCE_STORE_ERROR, (gint) code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, words));
}

static void
sql (const char *path,
     const char *statement)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, statement, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* After @damage (SQL) to the store at @path, its whole dataset is refused
 * as damaged, the message saying @what. */
static void
assert_whole_damaged (const char *path,
                      const char *damage,
                      const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = NULL;
  g_autoptr(PtceDataset) dataset = NULL;

  sql (path, damage);
  store = ptce_store_open (path, PTCE_STORE_OPEN_NONE, &error);
  g_assert_no_error (error);
  dataset = ptce_store_load_dataset (store, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, what));
  ptce_store_close (store);
}

/* The whole dataset is made of each entity's latest version known: with
 * the first file's texts damaged behind the store's back, the latest
 * dataset still comes back whole (its texts are the second file's), and
 * the dataset as known in 2022, made of the first file's, says the store
 * is damaged. */
static void
test_latest_only (void)
{
  g_autofree char *path = NULL;
  gint64 first, second;
  g_autoptr(PtceStore) store = two_versions (&path, &first, &second);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) k2022 = day ("2022-06");
  g_autoptr(PtceDataset) latest = NULL;
  g_autoptr(PtceDataset) known_2022 = NULL;
  g_autofree char *damage = NULL;

  ptce_store_close (store);
  g_clear_object (&store);
  damage = g_strdup_printf ("DROP TRIGGER pole_version_no_update;"
                            "DROP TRIGGER actor_version_no_update;"
                            "UPDATE pole_version SET json = '{\"id\": ' WHERE submission = %" G_GINT64_FORMAT ";"
                            "UPDATE actor_version SET json = '[' WHERE submission = %" G_GINT64_FORMAT ";",
                            first, first);
  sql (path, damage);

  store = ptce_store_open (path, PTCE_STORE_OPEN_NONE, &error);
  g_assert_no_error (error);
  latest = ptce_store_load_dataset (store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ptce_dataset_get_title (latest), ==, "v2");
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (latest)), ==, 3);
  g_assert_cmpuint (n_members (latest), ==, 3);

  known_2022 = ptce_store_load_dataset (store, NULL, k2022, &error);
  g_assert_null (known_2022);
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT);
  ptce_store_close (store);
  remove_store (path);
}

static char *
filled_store (void)
{
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);
  g_autofree char *file = sample ("ptce-samples.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceSubmission) s = ptce_store_import_file (store, file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (s);
  ptce_store_close (store);
  return g_steal_pointer (&path);
}


static gint64
query_int64 (const char *path,
             const char *query)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, query, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* Long elements are kept packed (BLOBs), short ones as text; a packed one
 * damaged behind the store's back is reported, whichever way it is. */
static void
test_packed (void)
{
  static const char * const damages[] = {
    /* cut in half */
    "UPDATE pole_version SET json = substr (json, 1, length (json) / 2) WHERE typeof (json) = 'blob'",
    /* a length that is not the text's (|| makes text, CAST a BLOB again) */
    "UPDATE pole_version SET json = CAST (x'ffffff00' || substr (json, 5) AS BLOB) WHERE typeof (json) = 'blob'",
    "UPDATE pole_version SET json = CAST (x'00000000' || substr (json, 5) AS BLOB) WHERE typeof (json) = 'blob'",
    /* a block cut in the middle of the length it gives */
    "UPDATE pole_version SET json = CAST (x'08000000' || substr (json, 5) AS BLOB) WHERE typeof (json) = 'blob'",
    /* no room for a length */
    "UPDATE pole_version SET json = x'01' WHERE typeof (json) = 'blob'",
  };
  g_autoptr(GError) error = NULL;

  {
    g_autofree char *path = filled_store ();
    g_autoptr(PtceStore) store = NULL;
    g_autoptr(PtceDataset) dataset = NULL;
    g_autofree char *file = sample ("ptce-samples.json");
    g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
    g_autoptr(PtceDataset) read = ptce_json_reader_load_file (reader, file, &error);

    g_assert_no_error (error);
    /* a new store's pages (stores made before keep theirs, test migrate) */
    g_assert_cmpint (query_int64 (path, "PRAGMA page_size"), ==, 16384);
    g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM pole_version WHERE typeof (json) = 'blob'"),
                     >, 0);
    g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM actor_version WHERE typeof (json) = 'text'"),
                     >, 0);
    /* packed and not, they read back as they came */
    store = ptce_store_open (path, PTCE_STORE_OPEN_NONE, &error);
    g_assert_no_error (error);
    dataset = ptce_store_load_dataset (store, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_poles (dataset)), ==,
                      g_list_model_get_n_items (ptce_dataset_get_poles (read)));
    ptce_store_close (store);
    remove_store (path);
  }

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autofree char *path = filled_store ();
      g_autofree char *damage = g_strconcat ("DROP TRIGGER pole_version_no_update;", damages[i], NULL);

      assert_whole_damaged (path, damage, "decompress");
      remove_store (path);
    }
}

/* Two poles' own files both use the local id "a1", for two different
 * organisations: two actors. The same SIRET under "a2" in one and "b7" in
 * the other: matched. */
static void
assert_two_a1 (PtceStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = ptce_store_load_dataset (store, NULL, NULL, &error);
  g_autoptr(PtceDataset) b = NULL;
  g_autoptr(PtceActor) actor = NULL;
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(PtceActorMatch) m = NULL;
  g_auto(GStrv) poles = NULL;
  PtceMembership *membership;

  g_assert_no_error (error);
  g_assert_cmpstr (ptce_actor_get_name (ptce_dataset_lookup_actor (dataset, "a1")), ==,
                   "Association des jardins partagés");
  g_assert_cmpstr (ptce_actor_get_name (ptce_dataset_lookup_actor (dataset, "pole-b/a1")), ==,
                   "Communauté de communes du Port");
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (dataset)), ==, 4);
  /* pole B's membership names its own a1 */
  membership = g_list_model_get_item (ptce_pole_get_memberships (ptce_dataset_lookup_pole (dataset, "pole-b")), 0);
  g_assert_cmpstr (ptce_actor_get_id (ptce_membership_get_actor (membership)), ==, "pole-b/a1");
  g_object_unref (membership);

  /* one pole: its own file, its own ids */
  b = ptce_store_load_pole (store, "pole-b", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ptce_actor_get_name (ptce_dataset_lookup_actor (b, "a1")), ==,
                   "Communauté de communes du Port");

  actor = ptce_store_load_actor (store, "pole-b/a1", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ptce_actor_get_name (actor), ==, "Communauté de communes du Port");
  poles = ptce_store_list_poles_of_actor (store, "a1", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (poles, ((const char *[]) { "pole-a", NULL }));
  g_clear_pointer (&poles, g_strfreev);
  poles = ptce_store_list_poles_of_actor (store, "pole-b/a1", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (poles, ((const char *[]) { "pole-b", NULL }));

  matches = ptce_store_list_actor_matches (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 1);
  m = g_list_model_get_item (matches, 0);
  g_assert_cmpstr (ptce_actor_match_get_actor (m), ==, "a2");
  g_assert_cmpstr (ptce_actor_match_get_other_actor (m), ==, "b7");
  g_assert_cmpint (ptce_actor_match_get_basis (m), ==, PTCE_STORE_MATCH_SIRET);
}

static void
test_identity (void)
{
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);
  g_autoptr(GError) error = NULL;
  const char *files[] = { "pole-a.json", "2023-03-10", "pole-b.json", "2023-04-02" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i += 2)
    {
      g_autofree char *file = g_test_build_filename (G_TEST_DIST, "store", "data", files[i], NULL);
      g_autoptr(PtceDate) when = day (files[i + 1]);
      g_autoptr(PtceSubmission) s = ptce_store_import_file (store, file, "the pole", NULL, when, &error);

      g_assert_no_error (error);
      g_assert_false (ptce_submission_get_existed (s));
    }
  assert_two_a1 (store);
  /* a later file of pole A keeps its a1 */
  {
    g_autofree char *file = g_test_build_filename (G_TEST_DIST, "store", "data", "pole-a.json", NULL);
    g_autofree char *text = NULL;
    g_autofree char *later = NULL;
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(PtceDate) when = day ("2024-03-01");
    g_autoptr(PtceSubmission) s = NULL;
    g_autoptr(PtceActor) a1 = NULL;

    g_assert_true (g_file_get_contents (file, &text, NULL, NULL));
    {
      g_auto(GStrv) parts = g_strsplit (text, "Association des jardins partagés", 2);

      later = g_strjoinv ("Les jardins partagés (association)", parts);
    }
    bytes = g_bytes_new (later, strlen (later));
    s = ptce_store_import_bytes (store, bytes, "the pole", NULL, when, &error);
    g_assert_no_error (error);
    a1 = ptce_store_load_actor (store, "a1", NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ptce_actor_get_name (a1), ==, "Les jardins partagés (association)");
  }
  g_assert_true (ptce_store_check (store, &error));
  g_assert_no_error (error);
  remove_store (path);
}

/* A store written by an older libptce (schema 2, tests/store/data/
 * store-v2.sql, dumped from a store that libptce made) opens, is upgraded
 * to the current schema in place, and keeps every submission's bytes. */
static void
test_migrate (void)
{
  g_autofree char *path = new_store_path ("old.ptcestore");
  g_autofree char *dump_path = g_test_build_filename (G_TEST_DIST, "store", "data", "store-v2.sql", NULL);
  g_autofree char *dump = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = NULL;
  g_autoptr(GListModel) submissions = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  sqlite3 *db = NULL;
  int version = 0;

  g_assert_true (g_file_get_contents (dump_path, &dump, NULL, NULL));
  sql (path, dump);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);

  store = ptce_store_open (path, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (ptce_store_check (store, &error));
  g_assert_no_error (error);
  /* upgraded in place: its pages keep SQLite's default size */
  g_assert_cmpint (query_int64 (path, "PRAGMA page_size"), ==, 4096);
  /* schema 8: a file's size before its bytes, recorded for every file
   * (the files of schema 2 are kept as they were) */
  g_assert_cmpint (query_int64 (path, "SELECT cid FROM pragma_table_info ('submission_file')"
                                      " WHERE name = 'size'"), <,
                   query_int64 (path, "SELECT cid FROM pragma_table_info ('submission_file')"
                                      " WHERE name = 'bytes'"));
  g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM submission_file"
                                      " WHERE encoding = 'identity' AND size = length (bytes)"), ==, 2);
  /* and the renamed actors (one a1 of the two, below) in an index of their own */
  g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM actor_version INDEXED BY actor_version_renamed"
                                      " WHERE submission > 0 AND key <> actor"), ==, 1);

  submissions = ptce_store_list_submissions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (submissions), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PtceSubmission) s = g_list_model_get_item (submissions, i);
      g_autoptr(GBytes) bytes = ptce_store_dup_submission_bytes (store, ptce_submission_get_id (s), &error);
      g_autofree char *sha = NULL;

      g_assert_no_error (error);
      sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
      g_assert_cmpstr (sha, ==, ptce_submission_get_sha256 (s));
      g_assert_cmpuint (ptce_submission_get_size (s), ==, g_bytes_get_size (bytes));
    }
  dataset = ptce_store_load_dataset (store, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ptce_dataset_lookup_pole (dataset, "pole-a"));
  g_assert_nonnull (ptce_dataset_lookup_pole (dataset, "pole-b"));
  /* the migration told the two a1 apart */
  assert_two_a1 (store);
  /* the old versions' rows (text) and a new import's (packed) read together */
  {
    g_autofree char *file = sample ("ptce-samples.json");
    g_autoptr(PtceSubmission) third = ptce_store_import_file (store, file, NULL, NULL, NULL, &error);
    g_autoptr(PtceDataset) mixed = NULL;

    g_assert_no_error (error);
    g_assert_false (ptce_submission_get_existed (third));
    g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM pole_version WHERE typeof (json) = 'blob'"),
                     >, 0);
    g_assert_cmpint (query_int64 (path, "SELECT count (*) FROM pole_version WHERE typeof (json) = 'text'"),
                     >, 0);
    mixed = ptce_store_load_dataset (store, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (ptce_dataset_lookup_pole (mixed, "pole-a"));
    g_assert_nonnull (ptce_dataset_lookup_pole (mixed, "le-damier"));
  }
  ptce_store_close (store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    version = sqlite3_column_int (stmt, 0);
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);
  g_assert_cmpint (version, >, 2);
  /* migration 5 → 6 dropped the index no query uses */
  g_assert_cmpint (query_int64 (path, "SELECT count(*) FROM sqlite_master"
                                      " WHERE name = 'actor_version_actor'"), ==, 0);
  g_assert_cmpint (query_int64 (path, "SELECT count(*) FROM sqlite_master"
                                      " WHERE name = 'actor_version_key'"), ==, 1);
  remove_store (path);
}

/* Opening and reading a damaged store gives an error, never a crash. */
static void
read_everything (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = ptce_store_open (path, PTCE_STORE_OPEN_NONE, &error);
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(GListModel) list = NULL;

  if (store == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == PTCE_STORE_ERROR);
      return;
    }
  list = ptce_store_list_submissions (store, &error);
  g_assert_true (list != NULL || error->domain == PTCE_STORE_ERROR);
  g_clear_error (&error);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PtceSubmission) s = g_list_model_get_item (list, i);
      g_autoptr(GBytes) bytes = ptce_store_dup_submission_bytes (store, ptce_submission_get_id (s),
                                                                 &error);

      g_assert_true (bytes != NULL || error->domain == PTCE_STORE_ERROR);
      g_clear_error (&error);
    }
  dataset = ptce_store_load_dataset (store, NULL, NULL, &error);
  g_assert_true (dataset != NULL || error->domain == PTCE_STORE_ERROR);
  g_clear_error (&error);
  if (!ptce_store_check (store, &error))
    g_assert_error (error, PTCE_STORE_ERROR, error->code);
}

static void
test_damaged (void)
{
  g_autofree char *text = new_store_path ("text.ptcestore");
  g_autofree char *other = new_store_path ("other.sqlite");
  g_autofree char *missing = new_store_path ("missing.ptcestore");
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (text, "{\"format\": \"ptce/1\"}\n", -1, NULL));
  assert_open_fails (text, PTCE_STORE_ERROR_NOT_A_STORE, "not a libptce store");
  sql (other, "CREATE TABLE t (x)");
  assert_open_fails (other, PTCE_STORE_ERROR_NOT_A_STORE, "another application");
  assert_open_fails (missing, PTCE_STORE_ERROR_NOT_FOUND, "no such file");

  {
    g_autofree char *path = filled_store ();

    sql (path, "PRAGMA user_version = 99");
    assert_open_fails (path, PTCE_STORE_ERROR_NEWER_VERSION, "newer version");
    remove_store (path);
  }
  {
    g_autofree char *path = filled_store ();

    sql (path, "DROP TABLE observation");
    assert_open_fails (path, PTCE_STORE_ERROR_CORRUPT, "observation");
    remove_store (path);
  }
  {
    g_autofree char *path = filled_store ();
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 8192);
    /* Cut in the middle, then within the header. */
    for (gsize cut = length / 2; cut > 10; cut /= 3)
      {
        g_assert_true (g_file_set_contents (path, contents, cut, NULL));
        read_everything (path);
      }
    /* Bytes flipped all over the file. */
    for (guint round = 0; round < 40; round++)
      {
        g_autofree char *copy = g_memdup2 (contents, length);
        GRand *rand = g_rand_new_with_seed (round);

        for (guint k = 0; k < 16; k++)
          copy[g_rand_int_range (rand, round < 5 ? 0 : 100, (gint32) length)] ^= 0xff;
        g_rand_free (rand);
        g_assert_true (g_file_set_contents (path, copy, length, NULL));
        read_everything (path);
      }
    remove_store (path);
  }
  (void) error;
  remove_store (text);
  remove_store (other);
}

/* A generated dataset of 5 000 actors: the whole dataset reads its actors
 * in batches, each built as the next ones are read, and is the file's
 * model. An actor damaged in a later batch fails the read with the
 * store's error, and the build that was under way stops cleanly. */
static void
test_generated (void)
{
  const BenchGenSize size = { .n_poles = 200, .n_actors = 5000, .n_cooperations = 400,
                              .seed = 20261207 };
  g_autoptr(GBytes) bytes = bench_gen_bytes (&size);
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) original = ptce_json_reader_load_bytes (reader, bytes, &error);
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (original)), ==, 5000);
  assert_imported_whole (store, bytes, original);
  ptce_store_close (store);

  /* the 4 990th actor of 5 000: in the third batch */
  assert_whole_damaged (path, "DROP TRIGGER actor_version_no_update;"
                              "UPDATE actor_version SET json = '{\"id\": 7}' WHERE seq = 4990",
                        "$.actors[4990].id");
  /* a row that cannot be read at all (a packed text that does not
   * unpack): the read stops in the third batch, the worker waiting for
   * the next one stops too */
  assert_whole_damaged (path, "UPDATE actor_version SET json = x'40000000ffffffff' WHERE seq = 4990",
                        "decompress");
  remove_store (path);
}

static void
assert_bytes_damaged (const char *path,
                      const char *damage)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *statement =
    g_strconcat ("DROP TRIGGER submission_file_no_update;", damage, NULL);

  sql (path, statement);
  store = ptce_store_open (path, PTCE_STORE_OPEN_NONE, &error);
  g_assert_no_error (error);
  bytes = ptce_store_dup_submission_bytes (store, 1, &error);
  g_assert_null (bytes);
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_test_message ("%s", error->message);
}

/* A file's bytes are kept compressed (a ptce/1 file is text, which LZ4
 * makes several times smaller) and come back exactly; compressed bytes
 * damaged behind the store's back, or a size or an encoding that is not
 * theirs, give an error, never other bytes. */
static void
test_file_bytes (void)
{
  g_autofree char *file = sample ("ptce-samples.json");
  g_autofree char *contents = NULL;
  gsize length;
  const char *damages[] = {
    "UPDATE submission_file SET bytes = substr (bytes, 1, length (bytes) - 9)",
    "UPDATE submission_file SET bytes = substr (bytes, 1, 40) || X'00' || substr (bytes, 42)",
    /* a byte of the frame's blocks changed: its checksum fails */
    "UPDATE submission_file SET bytes = CAST (substr (bytes, 1, 40) || X'00' || substr (bytes, 42) AS BLOB)",
    "UPDATE submission_file SET bytes = CAST (substr (bytes, 1, length (bytes) - 4) || X'00000000' AS BLOB)",
    "UPDATE submission_file SET size = size + 1",
    "UPDATE submission_file SET size = size - 1",
    "UPDATE submission_file SET size = NULL",
    "UPDATE submission_file SET encoding = 'zstd'",
    "UPDATE submission_file SET bytes = X''",
  };

  g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
  {
    g_autofree char *path = filled_store ();
    g_autoptr(GError) error = NULL;
    g_autoptr(PtceStore) store = ptce_store_open (path, PTCE_STORE_OPEN_NONE, &error);
    g_autoptr(GBytes) bytes = NULL;

    g_assert_no_error (error);
    bytes = ptce_store_dup_submission_bytes (store, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, length);
    g_assert_cmpint (query_int64 (path, "SELECT encoding = 'lz4' FROM submission_file"), ==, 1);
    g_assert_cmpint (query_int64 (path, "SELECT size FROM submission_file"), ==, (gint64) length);
    /* the point of it: much smaller than the file */
    g_assert_cmpint (query_int64 (path, "SELECT length (bytes) FROM submission_file") * 3, <,
                     (gint64) length);
    ptce_store_close (store);
    remove_store (path);
  }
  {
    /* Stores written before schema 7 kept zlib streams: still read. */
    g_autofree char *path = filled_store ();
    g_autoptr(GConverter) zlib =
      G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 1));
    g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
    g_autoptr(GOutputStream) out = g_converter_output_stream_new (memory, zlib);
    g_autoptr(GBytes) stream = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(PtceStore) store = NULL;
    g_autoptr(GBytes) bytes = NULL;
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_true (g_output_stream_write_all (out, contents, length, NULL, NULL, &error));
    g_assert_true (g_output_stream_close (out, NULL, &error));
    g_assert_no_error (error);
    stream = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER submission_file_no_update", NULL, NULL, NULL),
                     ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE submission_file SET bytes = ?, encoding = 'zlib'",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_blob (stmt, 1, g_bytes_get_data (stream, NULL), (int) g_bytes_get_size (stream),
                       SQLITE_STATIC);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
    sqlite3_finalize (stmt);
    sqlite3_close (db);

    store = ptce_store_open (path, PTCE_STORE_OPEN_NONE, &error);
    g_assert_no_error (error);
    bytes = ptce_store_dup_submission_bytes (store, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, length);
    ptce_store_close (store);
    remove_store (path);
  }
  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autofree char *path = filled_store ();

      g_test_message ("%s", damages[i]);
      assert_bytes_damaged (path, damages[i]);
      remove_store (path);
    }
}

/* Three files from three sources about overlapping organisations. */
static PtceSubmission *
import_text (PtceStore  *store,
             const char *json,
             const char *source,
             const char *received)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(PtceDate) when = day (received);
  PtceSubmission *s = ptce_store_import_bytes (store, bytes, source, NULL, when, &error);

  g_assert_no_error (error);
  return s;
}

#define ACTOR(id, ids) "{\"id\": \"" id "\", \"name\": \"" id "\", \"kind\": \"enterprise\"" ids "}"

static void
test_matches (void)
{
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(PtceActorMatch) m = NULL;
  g_autoptr(PtceSubmission) a = NULL, b = NULL, c = NULL;
  g_auto(GStrv) same = NULL;

  /* The pole's file: its animator with a SIREN, an association by RNA, an
   * establishment by SIRET, an actor with no identifier. */
  a = import_text (store, "{\"format\": \"ptce/1\", \"actors\": ["
                   ACTOR ("anim", ", \"siren\": \"552100554\"") ", "
                   ACTOR ("asso", ", \"rna\": \"W632001234\"") ", "
                   ACTOR ("site", ", \"siret\": \"55210055400013\"") ", "
                   ACTOR ("plain", "") "]}", "the pole", "2021-03-01");
  /* The CRESS's file, other local ids: the same SIREN (matched), the same
   * RNA (matched), the same SIREN with another SIRET than "site" (another
   * establishment: not matched), the same id "plain" (the same key). */
  b = import_text (store, "{\"format\": \"ptce/1\", \"actors\": ["
                   ACTOR ("cress-1", ", \"siren\": \"552100554\"") ", "
                   ACTOR ("cress-2", ", \"rna\": \"W632001234\"") ", "
                   ACTOR ("cress-3", ", \"siren\": \"552100554\", \"siret\": \"55210055400021\"") ", "
                   ACTOR ("plain", "") "]}", "CRESS", "2022-03-01");
  g_assert_false (ptce_submission_get_existed (b));

  matches = ptce_store_list_actor_matches (store, NULL, &error);
  g_assert_no_error (error);
  /* cress-1 ~ anim (SIREN); cress-2 ~ asso (RNA); cress-3 ~ anim (SIREN,
   * anim has no SIRET), never ~ site (another SIRET). */
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 3);
  m = g_list_model_get_item (matches, 0);
  g_assert_cmpstr (ptce_actor_match_get_actor (m), ==, "anim");
  g_assert_cmpstr (ptce_actor_match_get_other_actor (m), ==, "cress-1");
  g_assert_cmpint (ptce_actor_match_get_basis (m), ==, PTCE_STORE_MATCH_SIREN);
  g_assert_cmpstr (ptce_actor_match_get_value (m), ==, "552100554");
  g_assert_cmpint (ptce_actor_match_get_submission (m), ==, ptce_submission_get_id (b));
  g_assert_false (ptce_actor_match_get_undone (m));
  g_clear_object (&m);
  m = g_list_model_get_item (matches, 1);
  g_assert_cmpstr (ptce_actor_match_get_actor (m), ==, "asso");
  g_assert_cmpint (ptce_actor_match_get_basis (m), ==, PTCE_STORE_MATCH_RNA);
  g_clear_object (&m);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PtceActorMatch) x = g_list_model_get_item (matches, i);

      g_assert_cmpstr (ptce_actor_match_get_actor (x), !=, "site");
      g_assert_cmpstr (ptce_actor_match_get_other_actor (x), !=, "site");
    }
  g_clear_object (&matches);

  same = ptce_store_list_same_actors (store, "anim", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (same, ((const char *[]) { "anim", "cress-1", "cress-3", NULL }));
  g_clear_pointer (&same, g_strfreev);

  /* Undo: recorded, kept, and not made again by a later import (cress-1
   * now gives a SIRET, other than cress-3's: no new match either). */
  matches = ptce_store_list_actor_matches (store, "cress-1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 1);
  m = g_list_model_get_item (matches, 0);
  g_assert_true (ptce_store_undo_actor_match (store, ptce_actor_match_get_id (m), &error));
  g_assert_no_error (error);
  g_assert_true (ptce_store_undo_actor_match (store, ptce_actor_match_get_id (m), &error));
  g_assert_false (ptce_store_undo_actor_match (store, 999, &error));
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  c = import_text (store, "{\"format\": \"ptce/1\", \"actors\": ["
                   ACTOR ("cress-1", ", \"siren\": \"552100554\", \"siret\": \"55210055400039\"") "]}",
                   "CRESS", "2023-03-01");
  g_clear_object (&matches);
  matches = ptce_store_list_actor_matches (store, "cress-1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 1);
  g_clear_object (&m);
  m = g_list_model_get_item (matches, 0);
  g_assert_true (ptce_actor_match_get_undone (m));
  same = ptce_store_list_same_actors (store, "anim", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (same, ((const char *[]) { "anim", "cress-3", NULL }));
  g_assert_true (ptce_store_check (store, &error));
  g_assert_no_error (error);
  remove_store (path);
}

static void
test_disagreements (void)
{
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(PtceSubmission) a = NULL, b = NULL, c = NULL;
  g_autoptr(PtceDate) before_b = day ("2022-12-31");
  const char *pole_a =
    "\"poles\": [{\"id\": \"p\", \"name\": \"P\", \"memberships\": ["
    "{\"actor\": \"x\", \"roles\": [\"member\"], \"start\": \"2015\"},"
    "{\"actor\": \"y\", \"roles\": [\"member\"], \"start\": \"2016\"}]}]";
  const char *pole_b =
    "\"poles\": [{\"id\": \"p\", \"name\": \"P\", \"memberships\": ["
    "{\"actor\": \"x\", \"roles\": [\"member\"], \"start\": \"2017\"},"
    "{\"actor\": \"y\", \"roles\": [\"member\"], \"start\": \"2016\", \"end\": \"2022\"}]}]";
  g_autofree char *text_a = g_strconcat (
    "{\"format\": \"ptce/1\", \"actors\": ["
    ACTOR ("x", ", \"siren\": \"552100554\"") ", " ACTOR ("y", "") "], ", pole_a, ", "
    "\"observations\": [{\"subject\": \"p\", \"indicator\": \"jobs\", \"value\": 40, "
    "\"start\": \"2021\", \"end\": \"2021\"}]}", NULL);
  g_autofree char *text_b = g_strconcat (
    "{\"format\": \"ptce/1\", \"actors\": ["
    ACTOR ("x", ", \"siren\": \"732829320\"") ", " ACTOR ("y", "") "], ", pole_b, ", "
    "\"observations\": [{\"subject\": \"p\", \"indicator\": \"jobs\", \"value\": 44, "
    "\"start\": \"2021\", \"end\": \"2021\"}, "
    "{\"subject\": \"p\", \"indicator\": \"jobs\", \"value\": 45, "
    "\"start\": \"2022\", \"end\": \"2022\"}]}", NULL);
  struct { PtceStoreDisagreementKind kind; const char *subject, *field, *value, *other; } expected[] = {
    { PTCE_STORE_DISAGREEMENT_IDENTIFIER, "x", "siren", "552100554", "732829320" },
    { PTCE_STORE_DISAGREEMENT_MEMBERSHIP, "p/x", "start", "2015", "2017" },
    { PTCE_STORE_DISAGREEMENT_FIGURE, "p", "jobs 2021", "40", "44" },
  };

  a = import_text (store, text_a, "the pole", "2022-03-01");
  b = import_text (store, text_b, "CRESS", "2023-03-01");

  /* A SIREN, a membership's start (y's end appearing is not one), a figure
   * for the same period (2022 is new, not a disagreement). */
  list = ptce_store_list_disagreements (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(PtceStoreDisagreement) d = g_list_model_get_item (list, i);

      g_assert_cmpint (ptce_store_disagreement_get_kind (d), ==, expected[i].kind);
      g_assert_cmpstr (ptce_store_disagreement_get_subject (d), ==, expected[i].subject);
      g_assert_cmpstr (ptce_store_disagreement_get_field (d), ==, expected[i].field);
      g_assert_cmpstr (ptce_store_disagreement_get_value (d), ==, expected[i].value);
      g_assert_cmpstr (ptce_store_disagreement_get_other_value (d), ==, expected[i].other);
      g_assert_cmpint (ptce_store_disagreement_get_submission (d), ==, ptce_submission_get_id (a));
      g_assert_cmpint (ptce_store_disagreement_get_other_submission (d), ==, ptce_submission_get_id (b));
    }
  g_clear_object (&list);

  /* Before the second file was known: nothing to disagree with. */
  list = ptce_store_list_disagreements (store, before_b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);

  /* Different SIRENs: never matched, whatever else they share. */
  list = ptce_store_list_actor_matches (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);

  /* A third file about another pole, its actor and a figure of its own:
   * what one submission alone says adds nothing, and the three found stay
   * in their order. */
  c = import_text (store,
                   "{\"format\": \"ptce/1\", \"actors\": [" ACTOR ("z", ", \"siren\": \"356000000\"") "], "
                   "\"poles\": [{\"id\": \"q\", \"name\": \"Q\", \"memberships\": ["
                   "{\"actor\": \"z\", \"roles\": [\"member\"], \"start\": \"2019\"}]}], "
                   "\"observations\": [{\"subject\": \"q\", \"indicator\": \"jobs\", \"value\": 7, "
                   "\"start\": \"2021\", \"end\": \"2021\"}]}",
                   "DREETS", "2024-01-10");
  list = ptce_store_list_disagreements (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(PtceStoreDisagreement) d = g_list_model_get_item (list, i);

      g_assert_cmpstr (ptce_store_disagreement_get_subject (d), ==, expected[i].subject);
      g_assert_cmpstr (ptce_store_disagreement_get_other_value (d), ==, expected[i].other);
    }
  remove_store (path);
}

/* Two sources that say the same thing in their own spelling (members in
 * another order, 40 and 40.0): the store keeps each file's text, and
 * neither the history nor the disagreements may take that for a change. */
static void
test_same_said_otherwise (void)
{
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(PtceSubmission) a = NULL, b = NULL, c = NULL;
  const char *text_a =
    "{\"format\": \"ptce/1\", \"actors\": [" ACTOR ("x", "") "], "
    "\"poles\": [{\"id\": \"p\", \"name\": \"P\", \"x-note\": {\"a\": 1, \"b\": [2, \"c\"]}, "
    "\"memberships\": [{\"actor\": \"x\", \"roles\": [\"member\"], \"start\": \"2015\"}]}], "
    "\"observations\": [{\"subject\": \"p\", \"indicator\": \"jobs\", \"value\": 40, "
    "\"start\": \"2021\", \"end\": \"2021\"}]}";
  const char *text_b =
    "{\"format\": \"ptce/1\", \"actors\": [" ACTOR ("x", "") "], "
    "\"poles\": [{\"memberships\": [{\"start\": \"2015\", \"roles\": [\"member\"], \"actor\": \"x\"}], "
    "\"x-note\": {\"b\": [2.0, \"c\"], \"a\": 1.0}, \"name\": \"P\", \"id\": \"p\"}], "
    "\"observations\": [{\"value\": 40.0, \"indicator\": \"jobs\", \"subject\": \"p\", "
    "\"start\": \"2021\", \"end\": \"2021\"}]}";
  /* and what is a change stays one */
  const char *text_c =
    "{\"format\": \"ptce/1\", \"actors\": [" ACTOR ("x", "") "], "
    "\"poles\": [{\"id\": \"p\", \"name\": \"P\", \"x-note\": {\"a\": 1.5, \"b\": [2, \"c\"]}, "
    "\"memberships\": [{\"actor\": \"x\", \"roles\": [\"member\"], \"start\": \"2016\"}]}], "
    "\"observations\": [{\"subject\": \"p\", \"indicator\": \"jobs\", \"value\": 40.5, "
    "\"start\": \"2021\", \"end\": \"2021\"}]}";

  a = import_text (store, text_a, "the pole", "2022-03-01");
  b = import_text (store, text_b, "CRESS", "2023-03-01");
  changes = ptce_store_diff_pole (store, "p", ptce_submission_get_id (a),
                                  ptce_submission_get_id (b), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 0);
  list = ptce_store_list_disagreements (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&changes);
  g_clear_object (&list);

  c = import_text (store, text_c, "State call", "2024-03-01");
  changes = ptce_store_diff_pole (store, "p", ptce_submission_get_id (b),
                                  ptce_submission_get_id (c), &error);
  g_assert_no_error (error);
  g_assert_true (has_change (changes, PTCE_STORE_CHANGE_MEMBERSHIP_CHANGED, "x"));
  g_assert_true (has_change (changes, PTCE_STORE_CHANGE_FIELD, "x-note"));
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 2);
  list = ptce_store_list_disagreements (store, NULL, &error);
  g_assert_no_error (error);
  /* the membership's start and the figure of 2021, each against b */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(PtceStoreDisagreement) figure = g_list_model_get_item (list, 1);

    g_assert_cmpint (ptce_store_disagreement_get_kind (figure), ==, PTCE_STORE_DISAGREEMENT_FIGURE);
    g_assert_cmpstr (ptce_store_disagreement_get_value (figure), ==, "40");
    g_assert_cmpstr (ptce_store_disagreement_get_other_value (figure), ==, "40.5");
  }
  remove_store (path);
}

/* A date's cut is made on the stored text, or on a tree when the text has
 * escapes: the two poles, the same but for a quoted word in the second's
 * description, read the same as of a date, one at a time and in the whole
 * dataset. */
static void
test_as_of_escaped (void)
{
#define ESCAPED_POLE(id, description) \
  "{\"id\": \"" id "\", \"name\": \"P\", \"founded\": \"2015\", \"description\": \"" description "\"," \
  " \"stages\": [{\"stage\": \"emergence\", \"since\": \"2015\"}, {\"stage\": \"consolidation\", \"since\": \"2022-09\"}]," \
  " \"memberships\": [{\"actor\": \"a\", \"roles\": [\"member\"], \"start\": \"2015\"}," \
  "                   {\"actor\": \"b\", \"roles\": [\"member\"], \"start\": \"2016\", \"end\": \"2021-12-31\"}]," \
  " \"cooperations\": [{\"id\": \"c-" id "\", \"mode\": \"cooperation\", \"participants\": [\"a\", \"b\"], \"start\": \"2022-06\"}]}"
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);
  g_autoptr(PtceSubmission) s = import_text (store,
    "{\"format\": \"ptce/1\", \"actors\": ["
    ACTOR ("a", "") ", " ACTOR ("b", "") "], \"poles\": ["
    ESCAPED_POLE ("plain", "un pôle") ", " ESCAPED_POLE ("quoted", "un \\\"pôle\\\"") "],"
    " \"observations\": [{\"subject\": \"plain\", \"indicator\": \"jobs\", \"value\": 3, \"start\": \"2023\"},"
    "                    {\"subject\": \"quoted\", \"indicator\": \"jobs\", \"value\": 4, \"start\": \"2021\"}]}",
    "the pole", "2023-03-01");
  g_autoptr(PtceDate) when = day ("2022-03-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) whole = ptce_store_load_dataset (store, when, NULL, &error);
  const char *ids[] = { "plain", "quoted" };

  g_assert_cmpuint (ptce_submission_get_n_poles (s), ==, G_N_ELEMENTS (ids));
  g_assert_no_error (error);
  /* observations begun by then only */
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_observations (whole)), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(PtceDataset) one = ptce_store_load_pole (store, ids[i], when, NULL, &error);
      PtcePole *in_whole = ptce_dataset_lookup_pole (whole, ids[i]);
      PtcePole *pole;

      g_assert_no_error (error);
      pole = ptce_dataset_lookup_pole (one, ids[i]);
      g_assert_nonnull (pole);
      g_assert_nonnull (in_whole);
      for (guint k = 0; k < 2; k++)
        {
          PtcePole *p = k == 0 ? pole : in_whole;

          /* b had left, the cooperation not begun, consolidation not yet */
          g_assert_cmpuint (g_list_model_get_n_items (ptce_pole_get_memberships (p)), ==, 1);
          g_assert_cmpuint (g_list_model_get_n_items (ptce_pole_get_cooperations (p)), ==, 0);
          g_assert_cmpuint (ptce_pole_get_n_stage_changes (p), ==, 1);
        }
      g_assert_cmpstr (ptce_pole_get_description (pole), ==, i == 0 ? "un pôle" : "un \"pôle\"");
      /* both actors, named by the whole version */
      g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (one)), ==, 2);
    }
  remove_store (path);
#undef ESCAPED_POLE
}

static void
test_read_only (void)
{
  g_autofree char *path = filled_store ();
  g_autofree char *file = sample ("le-damier.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) ro = ptce_store_open (path, PTCE_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(PtceSubmission) s = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(PtceStore) chmodded = NULL;

  g_assert_no_error (error);
  g_assert_true (ptce_store_get_read_only (ro));
  s = ptce_store_import_file (ro, file, NULL, NULL, NULL, &error);
  g_assert_null (s);
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  dataset = ptce_store_load_dataset (ro, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_poles (dataset)), ==, 3);
  g_clear_object (&ro);

  /* A file without write permission opens read-only and refuses imports. */
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  chmodded = ptce_store_open (path, PTCE_STORE_OPEN_NONE, &error);
  if (chmodded == NULL)
    {
      /* Some engines refuse to open at all: then say read-only. */
      g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_READ_ONLY);
    }
  else if (access (path, W_OK) != 0)
    {
      g_assert_true (ptce_store_get_read_only (chmodded));
      g_assert_null (ptce_store_import_file (chmodded, file, NULL, NULL, NULL, &error));
      g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_READ_ONLY);
      g_clear_object (&chmodded);
      g_clear_error (&error);
      ro = ptce_store_open (path, PTCE_STORE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      g_assert_true (ptce_store_check (ro, &error));
    }
  remove_store (path);
}

static void
test_not_open (void)
{
  g_autoptr(PtceStore) store = g_object_new (PTCE_TYPE_STORE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = ptce_store_list_submissions (store, &error);

  g_assert_null (list);
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_OPEN);
  g_assert_null (ptce_store_get_path (store));
  g_clear_error (&error);
  g_assert_null (ptce_store_load_dataset (store, NULL, NULL, &error));
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_OPEN);
  ptce_store_close (store);
  g_assert_finalize_object (g_object_new (PTCE_TYPE_SUBMISSION, NULL));
  g_assert_finalize_object (g_object_new (PTCE_TYPE_STORE_CHANGE, NULL));
}

/* ── the asynchronous calls ─────────────────────────────────────────── */

/* Where a callback puts its result, and the loop it ends. */
typedef struct {
  GMainLoop    *loop;
  GAsyncResult *result;
} Waiting;

static void
got_result (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Waiting *w = data;

  /* the callback runs on the caller's thread, on its main context */
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  w->result = g_object_ref (result);
  g_main_loop_quit (w->loop);
}

static GAsyncResult *
wait_result (Waiting *w)
{
  g_main_loop_run (w->loop);
  g_assert_nonnull (w->result);
  return w->result;
}

static void
test_async (void)
{
  g_autofree char *path = NULL;
  g_autoptr(PtceStore) store = new_store (&path);
  /* large enough for the reads below to overlap */
  const BenchGenSize size = { .n_poles = 200, .n_actors = 5000, .n_cooperations = 400,
                              .seed = 20261207 };
  g_autoptr(GBytes) bytes = bench_gen_bytes (&size);
  g_autofree char *file = g_strconcat (path, ".json", NULL);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Waiting w = { loop, NULL }, w2 = { loop, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(PtceSubmission) s = NULL;
  g_autoptr(PtceSubmission) none = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(PtceDataset) pole = NULL;
  g_autoptr(PtceDataset) missing = NULL;
  g_autoptr(PtceDataset) sync = NULL;
  g_autoptr(GListModel) submissions = NULL;
  g_autoptr(GListModel) disagreements = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  g_assert_true (g_file_set_contents (file, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  /* cancelled before it began: nothing recorded */
  g_cancellable_cancel (cancelled);
  ptce_store_import_file_async (store, file, "CRESS", "Anne", NULL, cancelled, got_result, &w);
  none = ptce_store_import_file_finish (store, wait_result (&w), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (none);
  g_clear_error (&error);
  g_clear_object (&w.result);
  submissions = ptce_store_list_submissions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (submissions), ==, 0);

  ptce_store_import_file_async (store, file, "CRESS", "Anne", NULL, NULL, got_result, &w);
  s = ptce_store_import_file_finish (store, wait_result (&w), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ptce_submission_get_source (s), ==, "CRESS");
  g_assert_cmpuint (ptce_submission_get_n_poles (s), ==, 200);
  g_clear_object (&w.result);

  /* Two reads at once in their threads, and a call on the caller's
   * thread meanwhile: the store's lock takes them one at a time. */
  ptce_store_load_dataset_async (store, NULL, NULL, NULL, got_result, &w);
  ptce_store_load_pole_async (store, "pole-00042", NULL, NULL, NULL, got_result, &w2);
  sync = ptce_store_load_dataset (store, NULL, NULL, &error);
  g_assert_no_error (error);
  while (w.result == NULL || w2.result == NULL)
    g_main_loop_run (loop);
  dataset = ptce_store_load_dataset_finish (store, w.result, &error);
  g_assert_no_error (error);
  want = canonical (sync);
  got = canonical (dataset);
  g_assert_cmpstr (got, ==, want);
  pole = ptce_store_load_pole_finish (store, w2.result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ptce_dataset_lookup_pole (pole, "pole-00042"));
  g_clear_object (&w.result);
  g_clear_object (&w2.result);

  /* the calls that read the whole store: its disagreements (one file:
   * none) and the check of the file, both at once */
  ptce_store_list_disagreements_async (store, NULL, NULL, got_result, &w);
  ptce_store_check_async (store, NULL, got_result, &w2);
  while (w.result == NULL || w2.result == NULL)
    g_main_loop_run (loop);
  disagreements = ptce_store_list_disagreements_finish (store, w.result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (disagreements), ==, 0);
  g_assert_true (ptce_store_check_finish (store, w2.result, &error));
  g_assert_no_error (error);
  g_clear_object (&w.result);
  g_clear_object (&w2.result);

  /* an error of the call is the finish's */
  ptce_store_load_pole_async (store, "nope", NULL, NULL, NULL, got_result, &w);
  missing = ptce_store_load_pole_finish (store, wait_result (&w), &error);
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND);
  g_assert_null (missing);
  g_clear_error (&error);
  g_clear_object (&w.result);

  /* a version whose submission is gone behind the store's back: the
   * check's finish says the store is damaged */
  ptce_store_close (store);
  g_clear_object (&store);
  sql (path, "PRAGMA foreign_keys = OFF; DROP TRIGGER submission_no_delete;"
             "DELETE FROM submission WHERE id = 1");
  store = ptce_store_open (path, PTCE_STORE_OPEN_NONE, &error);
  g_assert_no_error (error);
  ptce_store_check_async (store, NULL, got_result, &w);
  g_assert_false (ptce_store_check_finish (store, wait_result (&w), &error));
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT);
  g_clear_object (&w.result);
  g_unlink (file);
  remove_store (path);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Ptce/Store/round-trip", test_round_trip);
  g_test_add_func ("/Ptce/Store/same-bytes", test_same_bytes);
  g_test_add_func ("/Ptce/Store/cut", test_cut);
  g_test_add_func ("/Ptce/Store/invalid-import", test_invalid_import);
  g_test_add_func ("/Ptce/Store/invalid-around-elements", test_invalid_around_elements);
  g_test_add_func ("/Ptce/Store/two-times", test_two_times);
  g_test_add_func ("/Ptce/Store/as-of-escaped", test_as_of_escaped);
  g_test_add_func ("/Ptce/Store/pole-version", test_pole_version);
  g_test_add_func ("/Ptce/Store/async", test_async);
  g_test_add_func ("/Ptce/Store/latest-only", test_latest_only);
  g_test_add_func ("/Ptce/Store/history", test_history);
  g_test_add_func ("/Ptce/Store/queries", test_queries);
  g_test_add_func ("/Ptce/Store/diagnosis", test_diagnosis);
  g_test_add_func ("/Ptce/Store/generated", test_generated);
  g_test_add_func ("/Ptce/Store/damaged", test_damaged);
  g_test_add_func ("/Ptce/Store/packed", test_packed);
  g_test_add_func ("/Ptce/Store/file-bytes", test_file_bytes);
  g_test_add_func ("/Ptce/Store/migrate", test_migrate);
  g_test_add_func ("/Ptce/Store/identity", test_identity);
  g_test_add_func ("/Ptce/Store/matches", test_matches);
  g_test_add_func ("/Ptce/Store/disagreements", test_disagreements);
  g_test_add_func ("/Ptce/Store/same-said-otherwise", test_same_said_otherwise);
  g_test_add_func ("/Ptce/Store/read-only", test_read_only);
  g_test_add_func ("/Ptce/Store/not-open", test_not_open);
  return g_test_run ();
}
