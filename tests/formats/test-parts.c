/* test-parts.c: a dataset built from the parts of a document (the store's
 * fragments) is the dataset of the whole document, whatever the number of
 * threads, and fails with the whole document's first error, at the same
 * path, with the same message.
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>
#include <libptce/libptce.h>

#include "bench-gen.h"
#include "ptce-blank-pool-private.h"
#include "ptce-json-builder-private.h"
#include "ptce-json-reader-private.h"
#include "ptce-tree-private.h"

/* A document cut as the store keeps it: the root without its three
 * arrays, and each element's text. */
typedef struct
{
  char      *root;
  GPtrArray *sections[3];  /* actors, poles, observations */
} Parts;

static const char *const section_names[] = { "actors", "poles", "observations" };

static void
parts_clear (Parts *parts)
{
  g_clear_pointer (&parts->root, g_free);
  for (guint s = 0; s < 3; s++)
    g_clear_pointer (&parts->sections[s], g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parts, parts_clear)

static char *
node_text (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

static GPtrArray *
copy_texts (GPtrArray *texts)
{
  GPtrArray *copy = g_ptr_array_new_full (texts->len, g_free);

  for (guint i = 0; i < texts->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (texts, i)));
  return copy;
}

static void
copy_parts (const Parts *from,
            Parts       *to)
{
  to->root = g_strdup (from->root);
  for (guint s = 0; s < 3; s++)
    to->sections[s] = copy_texts (from->sections[s]);
}

static void
cut_afresh (const char *json,
            Parts      *parts)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  for (guint s = 0; s < 3; s++)
    {
      JsonArray *array = json_object_has_member (root, section_names[s]) ?
                         json_object_get_array_member (root, section_names[s]) : NULL;

      parts->sections[s] = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        g_ptr_array_add (parts->sections[s], node_text (json_array_get_element (array, i)));
      if (array != NULL)
        json_object_remove_member (root, section_names[s]);
    }
  parts->root = node_text (json_parser_get_root (parser));
}

/* @json cut into its parts. The generated document is cut a dozen times
 * over the tests, each cut seconds under valgrind: the last document cut
 * is kept, and cutting it again copies its parts. */
static void
cut (const char *json,
     Parts      *parts)
{
  static char *last_json;
  static Parts last_parts;

  if (last_json == NULL || strcmp (last_json, json) != 0)
    {
      g_clear_pointer (&last_json, g_free);
      parts_clear (&last_parts);
      cut_afresh (json, &last_parts);
      last_json = g_strdup (json);
    }
  copy_parts (&last_parts, parts);
}

/* The parts spliced into one document again. */
static char *
splice (const Parts *parts)
{
  GString *text = g_string_new (parts->root);

  g_string_truncate (text, strrchr (text->str, '}') - text->str);
  for (guint s = 0; s < 3; s++)
    {
      g_string_append_printf (text, ",\"%s\":[", section_names[s]);
      for (guint i = 0; i < parts->sections[s]->len; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? "," : "",
                                (char *) g_ptr_array_index (parts->sections[s], i));
      g_string_append_c (text, ']');
    }
  g_string_append_c (text, '}');
  return g_string_free (text, FALSE);
}

static gboolean
under_valgrind (void)
{
  return g_getenv ("PTCE_UNDER_VALGRIND") != NULL;
}

/* The id each actor's text says it has (NULL when it says none), as the
 * store knows them: kept in @keep, which owns them. */
static GPtrArray *
ids_of (GPtrArray *texts,
        GPtrArray *keep)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr(JsonNode) node = json_from_string (g_ptr_array_index (texts, i), NULL);
      JsonObject *object = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ?
                           json_node_get_object (node) : NULL;
      const char *id = object != NULL && json_object_has_member (object, "id") ?
                       json_object_get_string_member (object, "id") : NULL;

      g_ptr_array_add (keep, g_strdup (id != NULL ? id : "no-id"));
      g_ptr_array_add (ids, g_ptr_array_index (keep, keep->len - 1));
    }
  return ids;
}

/* The ways to hand the parts over: one thread; several; several with the
 * actors' ids given, when the poles are built with the actors; the same
 * with the actors' texts in batches after their ids; each batch with its
 * ids (as the store reads the whole dataset); batches on one thread,
 * after their ids and with them. */
typedef enum
{
  ONE_THREAD,
  THREADS,
  THREADS_DECLARED,
  THREADS_BATCHES,
  THREADS_DECLARED_BATCHES,
  ONE_THREAD_BATCHES,
  ONE_THREAD_DECLARED_BATCHES,
  N_WAYS
} Way;

/* The texts of @section in batches of a few dozen, of varied sizes, each
 * with the ids of its texts when @keep is not NULL (the first batch then
 * large enough for the worker). */
static void
add_actor_batches (PtceJsonParts *building,
                   GPtrArray     *section,
                   GPtrArray     *keep)
{
  guint i = 0, size = keep != NULL ? 300 : 1;

  while (i < section->len)
    {
      GPtrArray *batch = g_ptr_array_new_with_free_func (g_free);

      for (guint j = 0; j < size && i < section->len; j++, i++)
        g_ptr_array_add (batch, g_strdup (g_ptr_array_index (section, i)));
      if (keep != NULL)
        ptce_json_parts_add_declared_actor_texts (building, batch, ids_of (batch, keep));
      else
        ptce_json_parts_add_actor_texts (building, batch);
      size = size * 3 % 97 + 1;
    }
  ptce_json_parts_end_actors (building);
}

static PtceDataset *
build (const PtceTreeParser  *parser,
       const Parts           *parts,
       Way                    way,
       GError               **error)
{
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  PtceJsonParts *building;
  guint n_threads = way == ONE_THREAD || way == ONE_THREAD_BATCHES ||
                    way == ONE_THREAD_DECLARED_BATCHES ? 1 : 4;

  building = ptce_json_parts_new (parser, parts->root, PTCE_JSON_READER_DEFAULT_MAX_DEPTH,
                                  n_threads, error);
  if (building == NULL)
    return NULL;
  if (way == THREADS_BATCHES || way == ONE_THREAD_BATCHES)
    {
      ptce_json_parts_declare_actors (building, ids_of (parts->sections[0], keep));
      add_actor_batches (building, parts->sections[0], NULL);
    }
  else if (way == THREADS_DECLARED_BATCHES || way == ONE_THREAD_DECLARED_BATCHES)
    add_actor_batches (building, parts->sections[0], keep);
  else
    ptce_json_parts_add_actors (building, copy_texts (parts->sections[0]),
                                way == THREADS_DECLARED ? ids_of (parts->sections[0], keep) : NULL);
  /* both orders: the observations after the poles, and before them while
   * the actors are built */
  if (way != THREADS)
    {
      ptce_json_parts_add_poles (building, copy_texts (parts->sections[1]));
      ptce_json_parts_add_observations (building, copy_texts (parts->sections[2]));
    }
  else
    {
      ptce_json_parts_add_observations (building, copy_texts (parts->sections[2]));
      ptce_json_parts_add_poles (building, copy_texts (parts->sections[1]));
    }
  return ptce_json_parts_finish (building, error);
}

static char *
written (PtceDataset *dataset)
{
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ptce_json_writer_save_bytes (writer, dataset, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The whole document through the reader, with @parser_name's parser. */
static PtceDataset *
load_whole (const char  *parser_name,
            const char  *json,
            GError     **error)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) local = NULL;

  ptce_json_reader_set_parser (reader, parser_name, &local);
  g_assert_no_error (local);
  return ptce_json_reader_load_bytes (reader, bytes, error);
}

static GPtrArray *
parsers (void)
{
  GPtrArray *list = g_ptr_array_new ();

#ifdef HAVE_SIMDJSON
  g_ptr_array_add (list, (gpointer) ptce_simdjson_tree_parser ());
#endif
  g_ptr_array_add (list, (gpointer) ptce_json_glib_tree_parser ());
  return list;
}

/* Large enough for many chunks of poles and a thread for the actors (256
 * of them or more); generated once, each test taking a copy. */
static char *
generated (void)
{
  static char *json;

  if (json == NULL)
    {
      const BenchGenSize size = { .n_poles = 600, .n_actors = 1200, .n_cooperations = 1500,
                                  .seed = 20261206 };
      g_autoptr(GBytes) bytes = bench_gen_bytes (&size);

      json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }
  return g_strdup (json);
}

static void
assert_same_model (const char *json)
{
  g_auto(Parts) parts = { 0 };
  g_autoptr(GPtrArray) list = parsers ();
  g_autoptr(PtceDataset) whole = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  cut (json, &parts);
  whole = load_whole ("json-glib", json, &error);
  g_assert_no_error (error);
  expected = written (whole);
  for (guint p = 0; p < list->len; p++)
    for (Way way = 0; way < N_WAYS; way++)
      {
        g_autoptr(PtceDataset) dataset = NULL;
        g_autofree char *got = NULL;

        /* under valgrind, each way with one parser, in turns */
        if (under_valgrind () && way % list->len != p)
          continue;
        dataset = build (g_ptr_array_index (list, p), &parts, way, &error);
        g_assert_no_error (error);
        got = written (dataset);
        g_assert_cmpstr (got, ==, expected);
      }
}

static void
test_same_model_generated (void)
{
  g_autofree char *json = generated ();
  g_auto(Parts) parts = { 0 };
  guint64 taken = ptce_blank_pool_count_taken ();

  cut (json, &parts);
  /* many chunks of poles, and more actors than are built without a
   * thread of their own */
  g_assert_cmpuint (parts.sections[0]->len, >=, 512);
  g_assert_cmpuint (parts.sections[1]->len, >=, 512);
  g_assert_cmpuint (parts.sections[2]->len, >=, 512);
  assert_same_model (json);
  /* Before GLib 2.76, the worker took cooperations and memberships that
   * the caller made ahead (ptce-blank-pool-private.h), in some of the
   * ways with a worker at least: which chunks it takes depends on the
   * threads' timing, which valgrind serialises. */
  if (glib_check_version (2, 76, 0) != NULL && !under_valgrind ())
    g_assert_cmpuint (ptce_blank_pool_count_taken (), >, taken);
}

/* Without the objects made ahead, as with GLib 2.76 and later: the same
 * model, and none taken. */
static void
test_same_model_no_blank_pool (void)
{
  g_autofree char *json = generated ();
  guint64 taken = ptce_blank_pool_count_taken ();

  /* the build path is the one-thread ways' own, which valgrind runs */
  if (under_valgrind ())
    {
      g_test_skip ("the same build as the ways without a worker");
      return;
    }
  g_setenv ("PTCE_BLANK_POOL", "0", TRUE);
  assert_same_model (json);
  g_unsetenv ("PTCE_BLANK_POOL");
  g_assert_cmpuint (ptce_blank_pool_count_taken (), ==, taken);
}

/* Actors whose ids share a slot of the builder's recent actors (the same
 * g_str_hash() modulo 64, hence modulo every smaller power of two),
 * named by memberships and participants in turns: each reference must
 * still reach its own actor, by every way of building. */
static void
test_same_model_actors_in_one_slot (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"ptce/1\",\"actors\":[");
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PtceDataset) whole = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *memberships;
  GListModel *cooperations;
  PtcePole *pole;

  /* twelve ids in one slot, found by counting up */
  for (guint i = 0; ids->len < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%u", i);

      if (g_str_hash (id) % 64 == 5)
        g_ptr_array_add (ids, g_steal_pointer (&id));
    }
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (json, "%s{\"id\":\"%s\"}", i > 0 ? "," : "",
                            (char *) ids->pdata[i]);
  g_string_append (json, "],\"poles\":[{\"id\":\"p1\",\"memberships\":[");
  /* every member, in an order that alternates between two ends */
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (json, "%s{\"actor\":\"%s\",\"roles\":[\"member\"]}",
                            i > 0 ? "," : "",
                            (char *) ids->pdata[i % 2 ? ids->len - 1 - i / 2 : i / 2]);
  g_string_append (json, "],\"cooperations\":[");
  /* pairs (k, k + 1) then (k + 1, k): the slot changes hands each time */
  for (guint i = 0; i + 1 < ids->len; i++)
    g_string_append_printf (json,
                            "%s{\"id\":\"c%u\",\"mode\":\"cooperation\",\"participants\":[\"%s\",\"%s\"]}",
                            i > 0 ? "," : "", i, (char *) ids->pdata[i + i % 2],
                            (char *) ids->pdata[i + 1 - i % 2]);
  g_string_append (json, "]}]}");

  whole = load_whole ("json-glib", json->str, &error);
  g_assert_no_error (error);
  pole = ptce_dataset_lookup_pole (whole, "p1");
  memberships = ptce_pole_get_memberships (pole);
  g_assert_cmpuint (g_list_model_get_n_items (memberships), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (memberships, i);

      g_assert_cmpstr (ptce_actor_get_id (ptce_membership_get_actor (membership)), ==,
                       ids->pdata[i % 2 ? ids->len - 1 - i / 2 : i / 2]);
    }
  cooperations = ptce_pole_get_cooperations (pole);
  g_assert_cmpuint (g_list_model_get_n_items (cooperations), ==, ids->len - 1);
  for (guint i = 0; i + 1 < ids->len; i++)
    {
      g_autoptr(PtceCooperation) cooperation = g_list_model_get_item (cooperations, i);
      GListModel *participants = ptce_cooperation_get_participants (cooperation);
      g_autoptr(PtceActor) first = g_list_model_get_item (participants, 0);
      g_autoptr(PtceActor) second = g_list_model_get_item (participants, 1);

      g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 2);
      g_assert_cmpstr (ptce_actor_get_id (first), ==, ids->pdata[i + i % 2]);
      g_assert_cmpstr (ptce_actor_get_id (second), ==, ids->pdata[i + 1 - i % 2]);
    }
  /* the parts, each parser, with the actors declared or not */
  assert_same_model (json->str);
}

static void
test_same_model_samples (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
  g_autofree char *facts = g_test_build_filename (G_TEST_DIST, "data", "analysis",
                                                  "ptce-1.1-facts.json", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_assert_cmpuint (paths->len, >=, 4);
  g_ptr_array_add (paths, g_steal_pointer (&facts));
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *json = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", (char *) g_ptr_array_index (paths, i));
      g_file_get_contents (g_ptr_array_index (paths, i), &json, NULL, &error);
      g_assert_no_error (error);
      assert_same_model (json);
    }
}

/* ptce/1.1: an actor's composition names actors after it; unknown members
 * of the root are kept. */
static void
test_same_model_compositions (void)
{
  static const char json[] =
    "{\"format\":\"ptce/1.1\",\"title\":\"t\",\"x_note\":{\"kept\":[1,2]},"
    "\"actors\":["
    "{\"id\":\"g\",\"name\":\"Groupement\",\"composition\":[{\"date\":\"2024\","
    "\"members\":[\"a\",\"b\"],\"member_count\":2,\"non_ess_member_count\":1}]},"
    "{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"b\",\"name\":\"B\"}],"
    "\"poles\":[{\"id\":\"p\",\"name\":\"P\",\"memberships\":[{\"actor\":\"g\"}]}]}";
  g_auto(Parts) parts = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autofree char *text = NULL;

  assert_same_model (json);
  cut (json, &parts);
  dataset = build (ptce_json_glib_tree_parser (), &parts, THREADS, &error);
  g_assert_no_error (error);
  text = written (dataset);
  g_assert_nonnull (strstr (text, "\"x_note\""));
  g_assert_nonnull (strstr (text, "\"non_ess_member_count\""));
}

/* Replaces the first occurrence of @from in element @index of section @s. */
static void
edit (Parts      *parts,
      guint       s,
      guint       index,
      const char *from,
      const char *to)
{
  char **text;
  char *at;
  GString *edited;

  g_assert_cmpuint (index, <, parts->sections[s]->len);
  text = (char **) &g_ptr_array_index (parts->sections[s], index);
  at = strstr (*text, from);
  g_assert_nonnull (at);
  edited = g_string_new_len (*text, at - *text);
  g_string_append (edited, to);
  g_string_append (edited, at + strlen (from));
  g_free (*text);
  *text = g_string_free (edited, FALSE);
}

static char *
id_of (Parts *parts,
       guint  s,
       guint  index)
{
  g_autoptr(JsonNode) node = NULL;

  g_assert_cmpuint (index, <, parts->sections[s]->len);
  node = json_from_string (g_ptr_array_index (parts->sections[s], index), NULL);

  return g_strdup (json_object_get_string_member (json_node_get_object (node), "id"));
}

typedef void (*Fault) (Parts *parts);

static void
fault_date (Parts *parts)
{
  /* in a chunk of poles after the first */
  edit (parts, 1, 450, "\"founded\":\"", "\"founded\":\"2020-13-45\",\"x_was\":\"");
}

static void
fault_two_chunks (Parts *parts)
{
  /* the first by document order is the one reported */
  edit (parts, 1, 520, "\"origin\":\"", "\"origin\":\"nowhere\",\"x_was\":\"");
  edit (parts, 1, 120, "\"founded\":\"", "\"founded\":\"2020-13-45\",\"x_was\":\"");
}

/* Element @index of section @s takes the id of element @other of
 * section @other_s. */
static void
give_id (Parts *parts,
         guint  s,
         guint  index,
         guint  other_s,
         guint  other)
{
  g_autofree char *taken = id_of (parts, other_s, other);
  g_autofree char *own = id_of (parts, s, index);
  g_autofree char *from = g_strdup_printf ("\"id\":\"%s\"", own);
  g_autofree char *to = g_strdup_printf ("\"id\":\"%s\"", taken);

  edit (parts, s, index, from, to);
}

static void
fault_pole_id_twice (Parts *parts)
{
  give_id (parts, 1, 560, 1, 10);
}

static void
fault_pole_id_of_actor (Parts *parts)
{
  give_id (parts, 1, 400, 0, 900);
}

static void
fault_actor_id_twice (Parts *parts)
{
  give_id (parts, 0, 700, 0, 3);
}

static void
fault_dangling_member (Parts *parts)
{
  edit (parts, 1, 590, "\"actor\":\"", "\"actor\":\"nobody-");
}

static void
fault_dangling_subject (Parts *parts)
{
  edit (parts, 2, parts->sections[2]->len - 3, "\"subject\":\"", "\"subject\":\"nobody-");
}

static void
fault_pole_before_observation (Parts *parts)
{
  /* observations built before the poles: the pole's error still first */
  edit (parts, 2, 10, "\"start\":\"", "\"start\":\"2020-13\",\"x_was\":\"");
  edit (parts, 1, 300, "\"founded\":\"", "\"founded\":\"2020-13-45\",\"x_was\":\"");
}

static void
fault_subject_before_date (Parts *parts)
{
  /* a subject checked at the end, yet reported before a later error */
  edit (parts, 2, 100, "\"subject\":\"", "\"subject\":\"nobody-");
  edit (parts, 2, 200, "\"start\":\"", "\"start\":\"2020-13\",\"x_was\":\"");
}

static void
fault_unknown_format (Parts *parts)
{
  char *root = parts->root;

  parts->root = g_strdup ("{\"format\":\"ptce/9\"}");
  g_free (root);
}

static void
test_same_errors (void)
{
  const Fault faults[] = {
    fault_date, fault_two_chunks, fault_pole_id_twice, fault_pole_id_of_actor,
    fault_actor_id_twice, fault_dangling_member, fault_dangling_subject,
    fault_pole_before_observation, fault_subject_before_date, fault_unknown_format,
  };
  g_autofree char *json = generated ();
  g_auto(Parts) original = { 0 };

#ifndef HAVE_SIMDJSON
  g_test_skip ("the messages are compared with simdjson's, which has no positions");
  return;
#endif
  cut (json, &original);
  for (guint f = 0; f < G_N_ELEMENTS (faults); f++)
    {
      g_auto(Parts) parts = { 0 };
      g_autofree char *whole_json = NULL;
      g_autoptr(GError) whole_error = NULL;
      g_autoptr(PtceDataset) whole = NULL;

      copy_parts (&original, &parts);
      faults[f] (&parts);
      whole_json = splice (&parts);
      whole = load_whole ("simdjson", whole_json, &whole_error);
      g_assert_null (whole);
      g_assert_nonnull (whole_error);
      for (Way way = 0; way < N_WAYS; way++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(PtceDataset) dataset = NULL;

          /* under valgrind, each fault one way, in turns */
          if (under_valgrind () && way != f % N_WAYS)
            continue;
          dataset = build (ptce_simdjson_tree_parser (), &parts, way, &error);

          g_test_message ("fault %u, way %d: %s", f, way, whole_error->message);
          g_assert_null (dataset);
          g_assert_error (error, whole_error->domain, whole_error->code);
          g_assert_cmpstr (error->message, ==, whole_error->message);
        }
    }
}

/* What only parts can be: a text that is not JSON, a root with a section. */
static void
test_broken_parts (void)
{
  g_autofree char *json = generated ();
  g_autoptr(GPtrArray) list = parsers ();

  for (guint p = 0; p < list->len; p++)
    {
      const PtceTreeParser *parser = g_ptr_array_index (list, p);
      g_auto(Parts) parts = { 0 };
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceDataset) dataset = NULL;
      PtceJsonParts *building;

      cut (json, &parts);
      edit (&parts, 1, 580, "{", "{{");
      dataset = build (parser, &parts, THREADS_DECLARED, &error);
      g_assert_null (dataset);
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_JSON);
      g_assert_true (g_str_has_prefix (error->message, "$.poles[580]"));
      g_clear_error (&error);

      /* bytes no parser is handed unchecked: invalid UTF-8 */
      parts_clear (&parts);
      cut (json, &parts);
      edit (&parts, 2, 300, "\"subject\":\"", "\"subject\":\"\xff");
      dataset = build (parser, &parts, THREADS, &error);
      g_assert_null (dataset);
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_JSON);
      g_assert_true (g_str_has_prefix (error->message, "$.observations[300]"));
      g_clear_error (&error);

      building = ptce_json_parts_new (parser, "{\"format\":\"ptce/1\",\"poles\":[]}",
                                      PTCE_JSON_READER_DEFAULT_MAX_DEPTH, 2, &error);
      g_assert_null (building);
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
      g_assert_true (g_str_has_prefix (error->message, "$.poles"));
      g_clear_error (&error);

      building = ptce_json_parts_new (parser, "[1]", PTCE_JSON_READER_DEFAULT_MAX_DEPTH, 2,
                                      &error);
      g_assert_null (building);
      g_assert_nonnull (error);
      g_clear_error (&error);

      /* abandoned while its actors are built */
      building = ptce_json_parts_new (parser, parts.root, PTCE_JSON_READER_DEFAULT_MAX_DEPTH, 2,
                                      &error);
      g_assert_no_error (error);
      ptce_json_parts_add_actors (building, copy_texts (parts.sections[0]), NULL);
      ptce_json_parts_free (building);
    }
}

/* Gives @building the poles and the observations of @parts and finishes
 * it: it fails at actor 700, whose text says "elsewhere". */
static void
assert_fails_at_700 (PtceJsonParts *building,
                     const Parts   *parts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = NULL;

  ptce_json_parts_add_poles (building, copy_texts (parts->sections[1]));
  ptce_json_parts_add_observations (building, copy_texts (parts->sections[2]));
  dataset = ptce_json_parts_finish (building, &error);
  g_assert_null (dataset);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
  g_assert_true (g_str_has_prefix (error->message, "$.actors[700].id: "));
  g_assert_nonnull (strstr (error->message, "elsewhere"));
}

/* Actors declared by their ids: a text whose id is not among them fails,
 * before the poles built with them are added; a build abandoned while the
 * poles are built stops cleanly. */
static void
test_declared_ids (void)
{
  g_autofree char *json = generated ();
  g_auto(Parts) parts = { 0 };
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *from = NULL;
  GPtrArray *ids;
  GPtrArray *ids_before;
  g_autoptr(GPtrArray) original_ids = NULL;
  PtceJsonParts *building;

  cut (json, &parts);
  ids = ids_of (parts.sections[0], keep);
  /* the ids before the edit below, for the last build */
  ids_before = g_ptr_array_copy (ids, NULL, NULL);
  original_ids = g_ptr_array_copy (ids, NULL, NULL);
  id = id_of (&parts, 0, 700);
  from = g_strdup_printf ("\"id\":\"%s\"", id);
  edit (&parts, 0, 700, from, "\"id\":\"elsewhere\"");

  building = ptce_json_parts_new (ptce_json_glib_tree_parser (), parts.root,
                                  PTCE_JSON_READER_DEFAULT_MAX_DEPTH, 2, &error);
  g_assert_no_error (error);
  ptce_json_parts_add_actors (building, copy_texts (parts.sections[0]), ids);
  assert_fails_at_700 (building, &parts);

  /* abandoned with its poles given */
  building = ptce_json_parts_new (ptce_json_glib_tree_parser (), parts.root,
                                  PTCE_JSON_READER_DEFAULT_MAX_DEPTH, 2, &error);
  g_assert_no_error (error);
  ptce_json_parts_add_actors (building, copy_texts (parts.sections[0]),
                              ids_of (parts.sections[0], keep));
  ptce_json_parts_add_poles (building, copy_texts (parts.sections[1]));
  ptce_json_parts_free (building);

  /* abandoned while the batches of its actors come: the worker, waiting
   * for the next one, stops */
  building = ptce_json_parts_new (ptce_json_glib_tree_parser (), parts.root,
                                  PTCE_JSON_READER_DEFAULT_MAX_DEPTH, 2, &error);
  g_assert_no_error (error);
  ptce_json_parts_declare_actors (building, ids_of (parts.sections[0], keep));
  {
    GPtrArray *batch = g_ptr_array_new_with_free_func (g_free);

    g_ptr_array_add (batch, g_strdup (g_ptr_array_index (parts.sections[0], 0)));
    ptce_json_parts_add_actor_texts (building, batch);
  }
  ptce_json_parts_free (building);

  /* finished without end_actors(): the batches given are the actors */
  building = ptce_json_parts_new (ptce_json_glib_tree_parser (), parts.root,
                                  PTCE_JSON_READER_DEFAULT_MAX_DEPTH, 2, &error);
  g_assert_no_error (error);
  ptce_json_parts_declare_actors (building, ids_before);
  ptce_json_parts_add_actor_texts (building, copy_texts (parts.sections[0]));
  /* actor 700 says "elsewhere", which is not declared */
  assert_fails_at_700 (building, &parts);

  /* each batch with its ids, a text saying another id than its own: the
   * same error; then abandoned while the batches come, and finished
   * without end_actors() (the ids given are all there are) */
  for (guint round = 0; round < 3; round++)
    {
      GPtrArray *first = g_ptr_array_new_with_free_func (g_free);
      GPtrArray *first_ids = g_ptr_array_new ();
      GPtrArray *rest = g_ptr_array_new_with_free_func (g_free);
      GPtrArray *rest_ids = g_ptr_array_new ();

      /* the ids the store would give: before the edit */
      for (guint i = 0; i < parts.sections[0]->len; i++)
        {
          g_ptr_array_add (i < 500 ? first : rest, g_strdup (g_ptr_array_index (parts.sections[0], i)));
          g_ptr_array_add (i < 500 ? first_ids : rest_ids, g_ptr_array_index (original_ids, i));
        }
      building = ptce_json_parts_new (ptce_json_glib_tree_parser (), parts.root,
                                      PTCE_JSON_READER_DEFAULT_MAX_DEPTH, 2, &error);
      g_assert_no_error (error);
      ptce_json_parts_add_declared_actor_texts (building, first, first_ids);
      if (round == 1)
        {
          g_ptr_array_unref (rest);
          g_ptr_array_unref (rest_ids);
          ptce_json_parts_free (building);
          continue;
        }
      ptce_json_parts_add_declared_actor_texts (building, rest, rest_ids);
      if (round == 0)
        ptce_json_parts_end_actors (building);
      assert_fails_at_700 (building, &parts);
    }
}

/* Poles given as elements that a source turns into texts where they are
 * built (as the store's packed ones): the same model as their texts; an
 * element the source cannot turn fails the build at its path, with the
 * source's message. The elements here are the texts reversed. */
static gsize
reversed_length (gconstpointer element)
{
  return strlen (element);
}

static const char *
reversed_text (gconstpointer  element,
               GByteArray    *buffer,
               GError       **error)
{
  gsize length = strlen (element);

  if (strcmp (element, "unreadable") == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "cannot be read back");
      return NULL;
    }
  g_byte_array_set_size (buffer, (guint) length + 1);
  for (gsize i = 0; i < length; i++)
    buffer->data[i] = ((const guint8 *) element)[length - 1 - i];
  buffer->data[length] = '\0';
  return (const char *) buffer->data;
}

static const PtceJsonPartsSource reversed_source = { reversed_length, reversed_text };

/* A source that releases its elements (the store's, which frees its
 * rows as their chunks are built): each element is freed once, by the
 * release on the caller's thread or by the array at the end. */
static gint released_elements;
static gint freed_elements;

static void
release_element (gpointer element)
{
  g_assert_nonnull (element);
  g_atomic_int_inc (&released_elements);
  g_free (element);
}

static void
free_element (gpointer element)
{
  if (element != NULL)
    g_atomic_int_inc (&freed_elements);
  g_free (element);
}

static const PtceJsonPartsSource released_source = {
  reversed_length, reversed_text, release_element
};

static void
test_pole_elements (void)
{
  g_autofree char *json = generated ();
  g_auto(Parts) parts = { 0 };
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);

  cut (json, &parts);
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceDataset) dataset = NULL;
      GPtrArray *elements = g_ptr_array_new_with_free_func (free_element);
      PtceJsonParts *building;

      g_atomic_int_set (&released_elements, 0);
      g_atomic_int_set (&freed_elements, 0);
      for (guint i = 0; i < parts.sections[1]->len; i++)
        g_ptr_array_add (elements, round == 1 && i == 377 ? g_strdup ("unreadable") :
                                   g_strreverse (g_strdup (g_ptr_array_index (parts.sections[1], i))));
      building = ptce_json_parts_new (ptce_json_glib_tree_parser (), parts.root,
                                      PTCE_JSON_READER_DEFAULT_MAX_DEPTH, 2, &error);
      g_assert_no_error (error);
      ptce_json_parts_add_actors (building, copy_texts (parts.sections[0]),
                                  ids_of (parts.sections[0], keep));
      ptce_json_parts_add_pole_elements (building, elements,
                                         round == 0 ? &released_source : &reversed_source);
      ptce_json_parts_add_observations (building, copy_texts (parts.sections[2]));
      dataset = ptce_json_parts_finish (building, &error);
      /* each element freed once, released or by the array */
      g_assert_cmpint (g_atomic_int_get (&released_elements) + g_atomic_int_get (&freed_elements),
                       ==, parts.sections[1]->len);
      if (round == 0)
        {
          g_autoptr(PtceDataset) whole = NULL;
          g_autofree char *from_whole = NULL;
          g_autofree char *from_elements = NULL;

          g_assert_no_error (error);
          whole = load_whole ("json-glib", json, &error);
          g_assert_no_error (error);
          from_whole = written (whole);
          from_elements = written (dataset);
          g_assert_cmpstr (from_elements, ==, from_whole);
        }
      else
        {
          g_assert_null (dataset);
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
          g_assert_cmpstr (error->message, ==, "$.poles[377]: cannot be read back");
        }
    }
}

/* With one thread, the caller builds every chunk and releases each; every
 * pole is built, in order. */
static void
test_pole_elements_released (void)
{
  g_autofree char *json = generated ();
  g_auto(Parts) parts = { 0 };
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  GPtrArray *elements = g_ptr_array_new_with_free_func (free_element);
  PtceJsonParts *building;
  GListModel *poles;
  guint n;

  cut (json, &parts);
  n = parts.sections[1]->len;
  g_atomic_int_set (&released_elements, 0);
  g_atomic_int_set (&freed_elements, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (elements, g_strreverse (g_strdup (g_ptr_array_index (parts.sections[1], i))));
  building = ptce_json_parts_new (ptce_json_glib_tree_parser (), parts.root,
                                  PTCE_JSON_READER_DEFAULT_MAX_DEPTH, 1, &error);
  g_assert_no_error (error);
  ptce_json_parts_add_actors (building, copy_texts (parts.sections[0]),
                              ids_of (parts.sections[0], keep));
  ptce_json_parts_add_pole_elements (building, elements, &released_source);
  ptce_json_parts_add_observations (building, copy_texts (parts.sections[2]));
  dataset = ptce_json_parts_finish (building, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_atomic_int_get (&released_elements), ==, n);
  g_assert_cmpint (g_atomic_int_get (&freed_elements), ==, 0);
  poles = ptce_dataset_get_poles (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (poles), ==, n);
  for (guint i = 0; i < n; i += 97)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      g_autofree char *id = g_strdup_printf ("\"id\":\"%s\"", ptce_pole_get_id (pole));

      g_assert_nonnull (strstr (g_ptr_array_index (parts.sections[1], i), id));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/JsonParts/same-model/generated", test_same_model_generated);
  g_test_add_func ("/Ptce/JsonParts/same-model/no-blank-pool", test_same_model_no_blank_pool);
  g_test_add_func ("/Ptce/JsonParts/same-model/samples", test_same_model_samples);
  g_test_add_func ("/Ptce/JsonParts/same-model/compositions", test_same_model_compositions);
  g_test_add_func ("/Ptce/JsonParts/same-model/actors-in-one-slot",
                   test_same_model_actors_in_one_slot);
  g_test_add_func ("/Ptce/JsonParts/same-errors", test_same_errors);
  g_test_add_func ("/Ptce/JsonParts/broken-parts", test_broken_parts);
  g_test_add_func ("/Ptce/JsonParts/declared-ids", test_declared_ids);
  g_test_add_func ("/Ptce/JsonParts/pole-elements", test_pole_elements);
  g_test_add_func ("/Ptce/JsonParts/pole-elements-released", test_pole_elements_released);

  return g_test_run ();
}
