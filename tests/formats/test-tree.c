/* test-tree.c: the parse/build seam of the ptce/1 reader
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The builder must give the same model and the same errors whatever parser
 * feeds it (DESIGN §7). This test feeds it a second, unrelated tree: the
 * document held in a GVariant (objects as a{sv} in document order, arrays
 * as av, null as the unit "()"), and checks that the datasets and the errors
 * are those of the json-glib path. */
#include <string.h>

#include <libptce/libptce.h>

#include "ptce-json-builder-private.h"
#include "ptce-memory-private.h"
#include "ptce-tree-private.h"

/* ---- a GVariant tree -------------------------------------------------- */

/* g_variant_get_child_value() returns new references: they live in this
 * arena for as long as a test uses the tree. */
static GPtrArray *arena;

static GVariant *
keep (GVariant *value)
{
  g_ptr_array_add (arena, value);
  return value;
}

static GVariant *
unbox (GVariant *boxed)
{
  return keep (g_variant_get_variant (boxed));
}

static PtceTreeType
gv_get_type (PtceTreeNode node)
{
  GVariant *v = (GVariant *) node;

  if (g_variant_is_of_type (v, G_VARIANT_TYPE_UNIT))
    return PTCE_TREE_NULL;
  if (g_variant_is_of_type (v, G_VARIANT_TYPE_BOOLEAN))
    return PTCE_TREE_BOOLEAN;
  if (g_variant_is_of_type (v, G_VARIANT_TYPE_INT64))
    return PTCE_TREE_INTEGER;
  if (g_variant_is_of_type (v, G_VARIANT_TYPE_DOUBLE))
    return PTCE_TREE_DOUBLE;
  if (g_variant_is_of_type (v, G_VARIANT_TYPE_STRING))
    return PTCE_TREE_STRING;
  if (g_variant_is_of_type (v, G_VARIANT_TYPE ("av")))
    return PTCE_TREE_ARRAY;
  g_assert_true (g_variant_is_of_type (v, G_VARIANT_TYPE_VARDICT));
  return PTCE_TREE_OBJECT;
}

static gboolean
gv_get_boolean (PtceTreeNode node)
{
  return g_variant_get_boolean ((GVariant *) node);
}

static gint64
gv_get_integer (PtceTreeNode node)
{
  return g_variant_get_int64 ((GVariant *) node);
}

static double
gv_get_double (PtceTreeNode node)
{
  return g_variant_get_double ((GVariant *) node);
}

static const char *
gv_get_string (PtceTreeNode node)
{
  return g_variant_get_string ((GVariant *) node, NULL);
}

static guint
gv_length (PtceTreeNode node)
{
  return (guint) g_variant_n_children ((GVariant *) node);
}

static PtceTreeNode
gv_array_index (PtceTreeNode node,
                guint        index)
{
  return unbox (keep (g_variant_get_child_value ((GVariant *) node, index)));
}

static PtceTreeNode
gv_object_lookup (PtceTreeNode  node,
                  const char   *name)
{
  GVariant *value = g_variant_lookup_value ((GVariant *) node, name, NULL);

  return value != NULL ? keep (value) : NULL;
}

static void
gv_object_foreach (PtceTreeNode       node,
                   PtceTreeMemberFunc func,
                   gpointer           user_data)
{
  guint n = (guint) g_variant_n_children ((GVariant *) node);

  for (guint i = 0; i < n; i++)
    {
      GVariant *entry = keep (g_variant_get_child_value ((GVariant *) node, i));
      GVariant *key = keep (g_variant_get_child_value (entry, 0));
      GVariant *value = unbox (keep (g_variant_get_child_value (entry, 1)));

      if (!func (g_variant_get_string (key, NULL), value, user_data))
        break;
    }
}

static gboolean
gv_get_position (PtceTreeNode  node,
                 guint        *line,
                 guint        *column)
{
  return FALSE;
}

static const PtceTreeVTable gvariant_vtable = {
  .name = "gvariant (test)",
  .get_type = gv_get_type,
  .get_boolean = gv_get_boolean,
  .get_integer = gv_get_integer,
  .get_double = gv_get_double,
  .get_string = gv_get_string,
  .array_length = gv_length,
  .array_index = gv_array_index,
  .object_size = gv_length,
  .object_lookup = gv_object_lookup,
  .object_foreach = gv_object_foreach,
  .get_position = gv_get_position,
};

/* JSON → GVariant, as the "other parser" would produce it */
static GVariant *
to_variant (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_NULL:
      return g_variant_new ("()");
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_BOOLEAN:
          return g_variant_new_boolean (json_node_get_boolean (node));
        case G_TYPE_INT64:
          return g_variant_new_int64 (json_node_get_int (node));
        case G_TYPE_DOUBLE:
          return g_variant_new_double (json_node_get_double (node));
        default:
          return g_variant_new_string (json_node_get_string (node));
        }
    case JSON_NODE_ARRAY:
      {
        GVariantBuilder b;
        JsonArray *array = json_node_get_array (node);

        g_variant_builder_init (&b, G_VARIANT_TYPE ("av"));
        for (guint i = 0; i < json_array_get_length (array); i++)
          g_variant_builder_add (&b, "v", to_variant (json_array_get_element (array, i)));
        return g_variant_builder_end (&b);
      }
    case JSON_NODE_OBJECT:
    default:
      {
        GVariantBuilder b;
        JsonObject *object = json_node_get_object (node);
        GList *members = json_object_get_members (object);

        g_variant_builder_init (&b, G_VARIANT_TYPE_VARDICT);
        for (GList *l = members; l != NULL; l = l->next)
          g_variant_builder_add (&b, "{sv}", (const char *) l->data,
                                 to_variant (json_object_get_member (object, l->data)));
        g_list_free (members);
        return g_variant_builder_end (&b);
      }
    }
}

/* ---- tests ------------------------------------------------------------ */

static PtceDataset *
build_from_variant (JsonNode  *root,
                    GError   **error)
{
  GVariant *tree = keep (g_variant_ref_sink (to_variant (root)));

  return ptce_json_build_dataset (&gvariant_vtable, tree, 64, TRUE, error);
}

static GBytes *
save (PtceDataset *dataset)
{
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GError) error = NULL;
  GBytes *bytes = ptce_json_writer_save_bytes (writer, dataset, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
test_same_model (void)
{
  const char *names[] = { "le-phares.json", "le-damier.json", "ptce-sud-aquitaine.json", "ptce-samples.json" };

  arena = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  for (guint i = 0; i < G_N_ELEMENTS (names) + 2; i++)
    {
      g_autofree char *path = i < G_N_ELEMENTS (names)
        ? g_test_build_filename (G_TEST_DIST, "..", "data", "samples", names[i], NULL)
        : g_test_build_filename (G_TEST_DIST, "data", "formats",
                                 i == G_N_ELEMENTS (names) ? "full.json" : "extras.json", NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceDataset) expected = NULL;
      g_autoptr(PtceDataset) actual = NULL;
      g_autoptr(GBytes) a = NULL;
      g_autoptr(GBytes) b = NULL;

      g_test_message ("%s", path);
      expected = ptce_json_reader_load_file (reader, path, &error);
      g_assert_no_error (error);
      g_assert_true (json_parser_load_from_file (parser, path, NULL));
      actual = build_from_variant (json_parser_get_root (parser), &error);
      g_assert_no_error (error);
      g_assert_nonnull (actual);

      a = save (expected);
      b = save (actual);
      g_assert_cmpmem (g_bytes_get_data (a, NULL), g_bytes_get_size (a),
                       g_bytes_get_data (b, NULL), g_bytes_get_size (b));
    }
  g_clear_pointer (&arena, g_ptr_array_unref);
}

static void
test_same_errors (void)
{
  const char *texts[] = {
    "{\"format\":\"ptce/1\",\"actors\":[{\"id\":\"a\"},{\"id\":\"a\"}]}",
    "{\"format\":\"ptce/1\",\"actors\":[{\"id\":\"a\"}],\"poles\":[{\"id\":\"p\",\"memberships\":[{\"actor\":\"b\"}]}]}",
    "{\"format\":\"ptce/1\",\"poles\":[{\"id\":\"p\",\"founded\":\"2014-02-30\"}]}",
    "{\"format\":\"ptce/1\",\"poles\":[{\"id\":\"p\",\"fundings\":[{\"amount\":-5}]}]}",
    "{\"format\":\"ptce/1\",\"poles\":[{\"id\":\"p\",\"typology\":[\"big\"]}]}",
    "{\"format\":\"ptce/1\",\"observations\":[{\"subject\":\"nobody\",\"indicator\":\"jobs\",\"value\":1}]}",
    "{\"format\":\"ptce/0\"}",
    "{\"actors\":[]}",
  };

  arena = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
      g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr(JsonNode) root = json_from_string (texts[i], NULL);
      g_autoptr(GError) e1 = NULL;
      g_autoptr(GError) e2 = NULL;
      g_autoptr(PtceDataset) d1 = ptce_json_reader_load_bytes (reader, bytes, &e1);
      g_autoptr(PtceDataset) d2 = build_from_variant (root, &e2);

      g_assert_null (d1);
      g_assert_null (d2);
      g_assert_nonnull (e1);
      g_assert_error (e2, e1->domain, e1->code);
      g_assert_cmpstr (e2->message, ==, e1->message);
      g_assert_nonnull (strstr (e1->message, "$"));
    }
  g_clear_pointer (&arena, g_ptr_array_unref);
}

/* ---- the large buffers of a load ------------------------------------ */

/* The VmFlags of the mapping of /proc/self/smaps that holds @address, and
 * its bounds; NULL when no mapping holds it. */
static char *
mapping_flags (guintptr  address,
               guintptr *start,
               guintptr *end)
{
  g_autofree char *smaps = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean inside = FALSE;

  g_assert_true (g_file_get_contents ("/proc/self/smaps", &smaps, NULL, NULL));
  lines = g_strsplit (smaps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint64 a, b;
      char *dash;

      /* a mapping's first line: "start-end perms offset dev inode path" */
      if (g_ascii_isxdigit (lines[i][0]) && (dash = strchr (lines[i], '-')) != NULL &&
          strchr (lines[i], ' ') > dash)
        {
          a = g_ascii_strtoull (lines[i], NULL, 16);
          b = g_ascii_strtoull (dash + 1, NULL, 16);
          inside = a <= address && address < b;
          if (inside)
            {
              *start = (guintptr) a;
              *end = (guintptr) b;
            }
          continue;
        }
      if (inside && g_str_has_prefix (lines[i], "VmFlags:"))
        return g_strdup (lines[i] + strlen ("VmFlags:"));
    }
  return NULL;
}

/* A large buffer is advised whole huge pages inside it, and nothing of
 * its neighbours; a small one is left as it is. Where the kernel has no
 * transparent huge pages, or they are off, there is nothing to see. */
static void
test_huge_pages (void)
{
  const gsize mib = 1 << 20;
  g_autofree char *setting = NULL;
  g_autofree char *flags = NULL;
  g_autofree char *small_flags = NULL;
  g_autofree guint8 *large = NULL;
  g_autofree guint8 *small = NULL;
  guintptr aligned, start = 0, end = 0;

  if (!g_file_get_contents ("/sys/kernel/mm/transparent_hugepage/enabled", &setting, NULL, NULL) ||
      strstr (setting, "[never]") != NULL)
    {
      g_test_skip ("no transparent huge pages on this kernel");
      return;
    }

  /* 17 MiB, so that whole huge pages lie inside wherever malloc puts it */
  large = g_malloc (17 * mib);
  ptce_memory_advise_huge_pages (large, 17 * mib);
  aligned = ((guintptr) large + 2 * mib - 1) & ~(guintptr) (2 * mib - 1);
  flags = mapping_flags (aligned, &start, &end);
  g_assert_nonnull (flags);
  g_test_message ("advised %p+17 MiB: mapping %#" G_GINTPTR_MODIFIER "x-%#" G_GINTPTR_MODIFIER "x,%s",
                  large, start, end, flags);
  g_assert_nonnull (strstr (flags, " hg"));
  g_assert_cmpuint (start, >=, (guintptr) large);
  g_assert_cmpuint (end, <=, (guintptr) large + 17 * mib);
  g_assert_cmpuint (end - start, >=, 14 * mib);

  small = g_malloc (3 * mib);
  ptce_memory_advise_huge_pages (small, 3 * mib);
  small_flags = mapping_flags ((guintptr) small + mib, &start, &end);
  g_assert_nonnull (small_flags);
  g_assert_null (strstr (small_flags, " hg"));

  /* NULL and sizes of nothing are no-ops */
  ptce_memory_advise_huge_pages (NULL, 64 * mib);
  ptce_memory_advise_huge_pages (large, 0);
}

static char *
json_parser_text (const char *data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  return json_to_string (json_parser_get_root (parser), FALSE);
}

/* ptce_tree_parse_json_node() makes the tree JsonParser makes: the same
 * text once written, member order, integers and doubles, escapes and
 * duplicate members alike; what it does not take is NULL (the caller then
 * asks JsonParser), never another tree. */
static void
test_json_node (void)
{
  const char *names[] = { "le-phares.json", "le-damier.json", "ptce-sud-aquitaine.json",
                          "ptce-samples.json", "vivre-les-mureaux.json" };
  const char *texts[] = {
    "{}", "[]", "{\"a\": [1, -0, 0.5, -2.5e-3, 1e400, 12345678901234, true, false, null]}",
    "{\"z\": 1, \"a\": 2, \"m\": {\"y\": [], \"b\": {}}}",
    "{\"s\": \"caf\\u00e9 \\\"quoted\\\" \\\\ \\n \\ud83d\\ude00 é\"}",
    "{\"dup\": 1, \"other\": 2, \"dup\": \"last\"}",
    "[[[[[[[[[[{\"deep\": [[[]]]}]]]]]]]]]]",
  };
  const char *refused[] = { "{\"a\": }", "[1, 2", "{\"a\": 1} trailing", "" };

  for (guint i = 0; i < G_N_ELEMENTS (names) + G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      const char *data;
      g_autoptr(JsonNode) fast = NULL;
      g_autofree char *want = NULL;
      g_autofree char *got = NULL;

      if (i < G_N_ELEMENTS (names))
        {
          path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", names[i], NULL);
          g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
          data = contents;
        }
      else
        data = texts[i - G_N_ELEMENTS (names)];
      g_test_message ("%s", path ? path : data);
      want = json_parser_text (data);
      fast = ptce_tree_parse_json_node (data, strlen (data), PTCE_JSON_READER_DEFAULT_MAX_DEPTH);
#ifdef HAVE_SIMDJSON
      g_assert_nonnull (fast);
#else
      if (fast == NULL)
        continue;
#endif
      got = json_to_string (fast, FALSE);
      g_assert_cmpstr (got, ==, want);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_null (ptce_tree_parse_json_node (refused[i], strlen (refused[i]),
                                              PTCE_JSON_READER_DEFAULT_MAX_DEPTH));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/JsonTree/other-parser/same-model", test_same_model);
  g_test_add_func ("/Ptce/JsonTree/other-parser/same-errors", test_same_errors);
  g_test_add_func ("/Ptce/JsonTree/huge-pages", test_huge_pages);
  g_test_add_func ("/Ptce/JsonTree/json-node", test_json_node);

  return g_test_run ();
}
