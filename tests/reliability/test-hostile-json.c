/* test-hostile-json.c: hostile input for the ptce/1 JSON reader
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Families (docs/reliability.md):
 * - table: the files of tests/data/hostile/json/ with cases.tsv;
 * - truncation: a valid sample cut at every byte; each cut must be refused
 *   with PTCE_ERROR_INVALID_JSON at the exact line and column where the
 *   text stops making sense (computed here by a small lexer), except the
 *   cuts that only drop trailing white space, which must load;
 * - wrong types: every value of the valid samples replaced in turn by a
 *   value of each other JSON type; each must be refused with the JSON path
 *   of that value, except null, which must mean exactly what leaving the
 *   member out means (same dataset, or same error);
 * - nesting: 10 000 and 1 000 000 levels, the boundary of max-depth;
 * - size: huge strings and arrays load and come back whole; beyond
 *   max-size the input is refused before it is parsed;
 * - files: a directory, a missing file, an unreadable one, an endless
 *   device, a pipe, a file larger than max-size.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "libptce.h"
#include "hostile-common.h"

static gboolean
under_valgrind (void)
{
  return g_getenv ("PTCE_UNDER_VALGRIND") != NULL;
}

static char *
sample_path (const char *name)
{
  return g_build_filename (g_test_get_dir (G_TEST_DIST), "..", "data", "samples", name, NULL);
}

static GBytes *
read_sample (const char *name)
{
  g_autofree char *path = sample_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static PtceDataset *
load_text (const char  *text,
           gsize        length,
           GError     **error)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  return ptce_json_reader_load_bytes (reader, bytes, error);
}

static GBytes *
write_dataset (PtceDataset *dataset)
{
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GError) error = NULL;
  GBytes *bytes = ptce_json_writer_save_bytes (writer, dataset, &error);

  g_assert_no_error (error);
  return bytes;
}

/* ---- the table ---------------------------------------------------------- */

static void
test_table (void)
{
  g_autoptr(GPtrArray) cases = hostile_load_cases ("json");
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();

  for (guint i = 0; i < cases->len; i++)
    {
      HostileCase *c = g_ptr_array_index (cases, i);
      g_autofree char *path = hostile_path ("json", c->input);
      g_autofree char *label = g_strdup_printf ("json/cases.tsv:%u %s (%s)", c->line, c->input, c->note);
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceDataset) dataset = NULL;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("%s: no file %s", label, path);
      dataset = ptce_json_reader_load_file (reader, path, &error);
      if (hostile_case_is_ok (c))
        {
          hostile_assert_ok (dataset != NULL, error, label);
          /* What was read is written and read back whole. */
          if (dataset != NULL)
            {
              g_autoptr(GBytes) once = write_dataset (dataset);
              g_autoptr(PtceDataset) again = ptce_json_reader_load_bytes (reader, once, &error);
              g_autoptr(GBytes) twice = NULL;

              g_assert_no_error (error);
              twice = write_dataset (again);
              g_assert_true (g_bytes_equal (once, twice));
            }
        }
      else
        {
          hostile_assert_error (error, c->domain_quark, c->code, c->substring, path, label);
          g_assert_null (dataset);
          /* the file first, as json-glib does: "FILE:L:C: …" or "FILE: $.path: …"
           * (an unreadable file says “Cannot read “FILE”: …”) */
          if (error != NULL && !g_error_matches (error, PTCE_ERROR, PTCE_ERROR_IO))
            {
              g_autofree char *first = g_strconcat (path, ":", NULL);

              if (!g_str_has_prefix (error->message, first))
                g_test_fail_printf ("%s: “%s” does not start with “%s”", label, error->message, first);
            }
        }
    }
  hostile_report_count ("json", "table", cases->len);
}

/* ---- truncation at every byte ------------------------------------------ */

static void
position_of (const char *start,
             const char *at,
             guint      *line,
             guint      *column)
{
  guint l = 1, c = 1;

  for (const char *q = start; q < at; q++)
    {
      if (*q == '\n')
        {
          l++;
          c = 1;
        }
      else if ((*q & 0xC0) != 0x80)
        c++;
    }
  *line = l;
  *column = c;
}

/* Where a reader must say a prefix of a valid document stops making
 * sense: at an incomplete UTF-8 character, at the opening quote of a
 * string left open, at the start of a word cut short, else at the end. */
static const char *
truncation_point (const char *text,
                  gsize       len)
{
  const char *end = text + len;
  const char *bad = NULL;
  const char *string_open = NULL;
  const char *word = NULL;

  if (!g_utf8_validate_len (text, len, &bad))
    return bad;

  for (const char *p = text; p < end; p++)
    {
      if (string_open != NULL)
        {
          if (*p == '\\')
            p++;
          else if (*p == '"')
            string_open = NULL;
          continue;
        }
      if (*p == '"')
        {
          string_open = p;
          word = NULL;
        }
      else if (g_ascii_isalpha (*p))
        {
          if (word == NULL)
            word = p;
        }
      else
        word = NULL;
    }
  if (string_open != NULL)
    return string_open;
  if (word != NULL && strncmp (word, "true", end - word) == 0 && end - word < 4)
    return word;
  if (word != NULL && strncmp (word, "false", end - word) == 0 && end - word < 5)
    return word;
  if (word != NULL && strncmp (word, "null", end - word) == 0 && end - word < 4)
    return word;
  return end;
}

static guint
truncate_sample (const char *name)
{
  g_autoptr(GBytes) sample = read_sample (name);
  gsize size;
  const char *text = g_bytes_get_data (sample, &size);
  gsize complete = size;
  /* Under valgrind, every 11th cut (and the last ones): the same family,
   * sampled, in a bearable time. */
  gsize step = under_valgrind () ? 11 : 1;
  guint n = 0;

  while (complete > 0 && g_ascii_isspace (text[complete - 1]))
    complete--;

  for (gsize cut = 0; cut < size; cut += (cut + 16 >= complete ? 1 : step))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceDataset) dataset = load_text (text, cut, &error);
      g_autofree char *label = g_strdup_printf ("%s cut at byte %" G_GSIZE_FORMAT, name, cut);

      n++;
      if (cut >= complete)
        {
          hostile_assert_ok (dataset != NULL, error, label);
          continue;
        }
      {
        guint line, column;
        g_autofree char *place = NULL;

        position_of (text, truncation_point (text, cut), &line, &column);
        place = g_strdup_printf ("line %u, column %u: ", line, column);
        if (hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_JSON, place, NULL, label) &&
            !g_str_has_prefix (error->message, place))
          g_test_fail_printf ("%s: “%s” does not start with the place", label, error->message);
      }
    }
  return n;
}

static void
test_truncation (void)
{
  guint n = truncate_sample ("ptce-sud-aquitaine.json");

  if (!under_valgrind ())
    n += truncate_sample ("le-damier.json");
  hostile_report_count ("json", "truncation", n);
}

/* ---- a wrong type at every field ---------------------------------------- */

static JsonNode *
make_replacement (guint kind)
{
  JsonNode *node = NULL;

  switch (kind)
    {
    case 0: node = json_node_init_null (json_node_alloc ()); break;
    case 1: node = json_node_init_boolean (json_node_alloc (), TRUE); break;
    case 2: node = json_node_init_int (json_node_alloc (), 42); break;
    case 3: node = json_node_init_string (json_node_alloc (), "not what was expected"); break;
    case 4:
      {
        g_autoptr(JsonArray) array = json_array_new ();

        node = json_node_init_array (json_node_alloc (), array);
      }
      break;
    case 5:
      {
        g_autoptr(JsonObject) object = json_object_new ();

        node = json_node_init_object (json_node_alloc (), object);
      }
      break;
    default: g_assert_not_reached ();
    }
  return node;
}

#define N_REPLACEMENTS 6

/* 0 null, 1 boolean, 2 number, 3 string, 4 array, 5 object */
static guint
kind_of (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_NULL: return 0;
    case JSON_NODE_ARRAY: return 4;
    case JSON_NODE_OBJECT: return 5;
    case JSON_NODE_VALUE:
    default:
      {
        GType t = json_node_get_value_type (node);

        if (t == G_TYPE_BOOLEAN)
          return 1;
        if (t == G_TYPE_STRING)
          return 3;
        return 2;
      }
    }
}

static char *
serialise (JsonNode *root,
           gsize    *length)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, length);
}

/* Loads a document: the dataset written back, or NULL and the error. */
static GBytes *
load_current (JsonNode  *root,
              GError   **error)
{
  gsize length;
  g_autofree char *text = serialise (root, &length);
  g_autoptr(PtceDataset) dataset = load_text (text, length, error);

  return dataset != NULL ? write_dataset (dataset) : NULL;
}

/* Where a value sits: the steps from the root, each a member name or an
 * array index. */
typedef struct {
  GPtrArray *members;   /* char*, NULL for an index step */
  GArray    *indices;   /* guint */
  char      *path;      /* as the reader writes it: $.poles[0].founded */
} Slot;

static void
slot_free (gpointer data)
{
  Slot *slot = data;

  g_ptr_array_unref (slot->members);
  g_array_unref (slot->indices);
  g_free (slot->path);
  g_free (slot);
}

static Slot *
slot_child (const Slot *parent,
            const char *member,
            guint       index)
{
  Slot *slot = g_new0 (Slot, 1);

  slot->members = g_ptr_array_new_with_free_func (g_free);
  slot->indices = g_array_new (FALSE, FALSE, sizeof (guint));
  if (parent != NULL)
    {
      for (guint i = 0; i < parent->members->len; i++)
        {
          g_ptr_array_add (slot->members, g_strdup (g_ptr_array_index (parent->members, i)));
          g_array_append_val (slot->indices, g_array_index (parent->indices, guint, i));
        }
    }
  g_ptr_array_add (slot->members, g_strdup (member));
  g_array_append_val (slot->indices, index);
  if (member != NULL)
    slot->path = g_strdup_printf ("%s.%s", parent ? parent->path : "$", member);
  else
    slot->path = g_strdup_printf ("%s[%u]", parent ? parent->path : "$", index);
  return slot;
}

/* Every value of the tree but the root, parents before children. */
static void
collect_slots (JsonNode   *node,
               const Slot *here,
               GPtrArray  *slots)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (object);

      for (GList *l = names; l != NULL; l = l->next)
        {
          Slot *child = slot_child (here, l->data, 0);

          g_ptr_array_add (slots, child);
          collect_slots (json_object_get_member (object, l->data), child, slots);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          Slot *child = slot_child (here, NULL, i);

          g_ptr_array_add (slots, child);
          collect_slots (json_array_get_element (array, i), child, slots);
        }
    }
}

/* A deep copy of @node in which the value at @slot (from step @depth on)
 * is @replacement, or is left out when @replacement is NULL. */
static JsonNode *
copy_replacing (JsonNode   *node,
                const Slot *slot,
                guint       depth,
                JsonNode   *replacement)
{
  const char *member = g_ptr_array_index (slot->members, depth);
  guint index = g_array_index (slot->indices, guint, depth);
  gboolean last = depth + 1 == slot->members->len;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(JsonObject) fresh = json_object_new ();
      g_autoptr(GList) names = json_object_get_members (object);

      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonNode *value = json_object_get_member (object, l->data);

          if (member == NULL || strcmp (member, l->data) != 0)
            json_object_set_member (fresh, l->data, json_node_copy (value));
          else if (!last)
            json_object_set_member (fresh, l->data, copy_replacing (value, slot, depth + 1, replacement));
          else if (replacement != NULL)
            json_object_set_member (fresh, l->data, json_node_copy (replacement));
        }
      return json_node_init_object (json_node_alloc (), fresh);
    }
  else
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(JsonArray) fresh = json_array_new ();

      g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *value = json_array_get_element (array, i);

          if (i != index || member != NULL)
            json_array_add_element (fresh, json_node_copy (value));
          else if (!last)
            json_array_add_element (fresh, copy_replacing (value, slot, depth + 1, replacement));
          else if (replacement != NULL)
            json_array_add_element (fresh, json_node_copy (replacement));
        }
      return json_node_init_array (json_node_alloc (), fresh);
    }
}

static JsonNode *
node_at (JsonNode   *root,
         const Slot *slot)
{
  JsonNode *node = root;

  for (guint i = 0; i < slot->members->len; i++)
    {
      const char *member = g_ptr_array_index (slot->members, i);

      if (member != NULL)
        node = json_object_get_member (json_node_get_object (node), member);
      else
        node = json_array_get_element (json_node_get_array (node), g_array_index (slot->indices, guint, i));
    }
  return node;
}

static const char * const kind_names[N_REPLACEMENTS] = {
  "null", "boolean", "number", "string", "array", "object"
};

static guint
wrong_types_in (const char *name)
{
  g_autoptr(GBytes) sample = read_sample (name);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func (slot_free);
  gsize size;
  const char *text = g_bytes_get_data (sample, &size);
  JsonNode *root;
  guint n = 0;

  json_parser_load_from_data (parser, text, (gssize) size, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);

  /* The untouched document loads: every refusal below is the replacement's. */
  {
    g_autoptr(GBytes) clean = load_current (root, &error);

    g_assert_no_error (error);
    g_assert_nonnull (clean);
  }

  collect_slots (root, NULL, slots);
  for (guint s = 0; s < slots->len; s++)
    {
      Slot *slot = g_ptr_array_index (slots, s);
      guint own = kind_of (node_at (root, slot));
      gboolean is_member = g_ptr_array_index (slot->members, slot->members->len - 1) != NULL;

      for (guint kind = 0; kind < N_REPLACEMENTS; kind++)
        {
          g_autoptr(JsonNode) replacement = NULL;
          g_autoptr(JsonNode) changed = NULL;
          g_autoptr(GBytes) got = NULL;
          g_autofree char *label = NULL;

          if (kind == own)
            continue;
          replacement = make_replacement (kind);
          changed = copy_replacing (root, slot, 0, replacement);
          got = load_current (changed, &error);
          label = g_strdup_printf ("%s: %s replaced by %s", name, slot->path, kind_names[kind]);
          n++;

          if (kind == 0 && is_member)
            {
              /* null means absent: compare with the member left out. */
              g_autoptr(JsonNode) without = copy_replacing (root, slot, 0, NULL);
              g_autoptr(GError) absent_error = NULL;
              g_autoptr(GBytes) absent = load_current (without, &absent_error);

              if ((got == NULL) != (absent == NULL) ||
                  (got != NULL && !g_bytes_equal (got, absent)) ||
                  (error != NULL && (error->code != absent_error->code ||
                                     g_strcmp0 (error->message, absent_error->message) != 0)))
                {
                  g_test_message ("FAIL: %s: null does not mean absent (%s / %s)", label,
                                  error ? error->message : "loaded",
                                  absent_error ? absent_error->message : "loaded");
                  g_test_fail_printf ("%s: null does not mean absent", label);
                }
            }
          else
            {
              g_autofree char *place = g_strdup_printf ("%s: ", slot->path);

              if (hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT, place, NULL, label) &&
                  !g_str_has_prefix (error->message, place))
                g_test_fail_printf ("%s: “%s” does not start with the path", label, error->message);
            }
          g_clear_error (&error);
        }
    }
  return n;
}

static void
test_wrong_types (void)
{
  guint n = wrong_types_in ("ptce-sud-aquitaine.json");

  if (!under_valgrind ())
    {
      n += wrong_types_in ("le-damier.json");
      n += wrong_types_in ("le-phares.json");
    }
  hostile_report_count ("json", "wrong-types", n);
}

/* ---- nesting ------------------------------------------------------------- */

/* {"format": "ptce/1", "x": [[[…0…]]]} with @levels arrays (the whole
 * document is then @levels + 1 deep). */
static GString *
nested_document (guint    levels,
                 gboolean objects)
{
  GString *s = g_string_new ("{\"format\": \"ptce/1\", \"x\": ");

  for (guint i = 0; i < levels; i++)
    g_string_append (s, objects ? "{\"a\": " : "[");
  g_string_append (s, "0");
  for (guint i = 0; i < levels; i++)
    g_string_append_c (s, objects ? '}' : ']');
  g_string_append_c (s, '}');
  return s;
}

static void
check_too_deep (guint    levels,
                gboolean objects,
                guint    max_depth)
{
  g_autoptr(GString) doc = nested_document (levels, objects);
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (doc->str, doc->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autofree char *label = g_strdup_printf ("%u levels of %s, max-depth %u", levels,
                                            objects ? "objects" : "arrays", max_depth);
  /* The container that crosses the limit: the root is level 1. */
  const char *prefix = "{\"format\": \"ptce/1\", \"x\": ";
  gsize unit = objects ? strlen ("{\"a\": ") : 1;
  g_autofree char *place = g_strdup_printf ("line 1, column %" G_GSIZE_FORMAT ": ",
                                            strlen (prefix) + (max_depth - 1) * unit + 1);

  ptce_json_reader_set_max_depth (reader, max_depth);
  dataset = ptce_json_reader_load_bytes (reader, bytes, &error);
  g_assert_null (dataset);
  hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_LIMIT_EXCEEDED, place, NULL, label);
}

static void
check_deep_enough (guint levels,
                   guint max_depth)
{
  g_autoptr(GString) doc = nested_document (levels, FALSE);
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (doc->str, doc->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(GBytes) once = NULL;
  g_autoptr(PtceDataset) again = NULL;
  g_autoptr(GBytes) twice = NULL;

  ptce_json_reader_set_max_depth (reader, max_depth);
  dataset = ptce_json_reader_load_bytes (reader, bytes, &error);
  g_assert_no_error (error);
  /* The unknown member comes back whole. */
  once = write_dataset (dataset);
  again = ptce_json_reader_load_bytes (reader, once, &error);
  g_assert_no_error (error);
  twice = write_dataset (again);
  g_assert_true (g_bytes_equal (once, twice));
  {
    g_autofree char *text = g_strndup (g_bytes_get_data (once, NULL), g_bytes_get_size (once));
    guint brackets = 0;

    for (const char *p = text; *p != '\0'; p++)
      brackets += *p == '[';
    g_assert_cmpuint (brackets, ==, levels);
  }
}

static void
test_nesting (void)
{
  guint n = 0;

  /* The boundary: the root is level 1, so 63 arrays inside it are 64. */
  check_deep_enough (PTCE_JSON_READER_DEFAULT_MAX_DEPTH - 1, PTCE_JSON_READER_DEFAULT_MAX_DEPTH);
  check_too_deep (PTCE_JSON_READER_DEFAULT_MAX_DEPTH, FALSE, PTCE_JSON_READER_DEFAULT_MAX_DEPTH);
  n += 2;
  /* The brief's 10 000 levels, and far past what overflows json-glib's
   * recursive parser (about 100 000 levels on an 8 MiB stack). */
  check_too_deep (10000, FALSE, PTCE_JSON_READER_DEFAULT_MAX_DEPTH);
  check_too_deep (10000, TRUE, PTCE_JSON_READER_DEFAULT_MAX_DEPTH);
  check_too_deep (1000000, FALSE, PTCE_JSON_READER_DEFAULT_MAX_DEPTH);
  check_too_deep (1000000, FALSE, PTCE_JSON_READER_MAX_DEPTH_LIMIT);
  n += 4;
  /* The highest limit one may set works through parsing, building,
   * writing and reading again (json-glib recurses at each step). Under
   * valgrind, a quarter of it: the same code, in a bearable time. */
  {
    guint limit = under_valgrind () ? PTCE_JSON_READER_MAX_DEPTH_LIMIT / 4 : PTCE_JSON_READER_MAX_DEPTH_LIMIT;

    check_deep_enough (limit - 1, limit);
    check_too_deep (limit, FALSE, limit);
  }
  n += 2;
  hostile_report_count ("json", "nesting", n);
}

/* ---- size ---------------------------------------------------------------- */

static void
test_huge (void)
{
  gsize string_size = under_valgrind () ? 1024 * 1024 : 32 * 1024 * 1024;
  guint array_size = under_valgrind () ? 10000 : 1000000;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  /* A 32 MiB title loads and comes back whole. */
  {
    GString *s = g_string_new ("{\"format\": \"ptce/1\", \"title\": \"");
    g_autoptr(PtceDataset) dataset = NULL;
    g_autoptr(GBytes) written = NULL;

    for (gsize i = 0; i < string_size; i++)
      g_string_append_c (s, 'a' + i % 26);
    g_string_append (s, "\"}");
    dataset = load_text (s->str, s->len, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (strlen (ptce_dataset_get_title (dataset)), ==, string_size);
    g_assert_cmpint (memcmp (ptce_dataset_get_title (dataset), s->str + strlen ("{\"format\": \"ptce/1\", \"title\": \""),
                             string_size), ==, 0);
    written = write_dataset (dataset);
    g_assert_cmpuint (g_bytes_get_size (written), >, string_size);
    g_string_free (s, TRUE);
    n++;
  }

  /* A million numbers in a member libptce does not know: kept, in order. */
  {
    GString *s = g_string_new ("{\"format\": \"ptce/1\", \"x-counts\": [");
    g_autoptr(PtceDataset) dataset = NULL;
    g_autoptr(GBytes) written = NULL;
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonArray *array;

    for (guint i = 0; i < array_size; i++)
      g_string_append_printf (s, "%s%u", i ? "," : "", i);
    g_string_append (s, "]}");
    dataset = load_text (s->str, s->len, &error);
    g_assert_no_error (error);
    written = write_dataset (dataset);
    json_parser_load_from_data (parser, g_bytes_get_data (written, NULL), g_bytes_get_size (written), &error);
    g_assert_no_error (error);
    array = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "x-counts");
    g_assert_cmpuint (json_array_get_length (array), ==, array_size);
    g_assert_cmpint (json_array_get_int_element (array, array_size - 1), ==, array_size - 1);
    g_string_free (s, TRUE);
    n++;
  }

  /* Past max-size, refused before any parsing. */
  {
    g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
    gsize size = 2 * 1024 * 1024;
    g_autofree char *text = g_malloc (size);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(PtceDataset) dataset = NULL;

    /* Not even JSON: the size is checked first. */
    memset (text, '[', size);
    bytes = g_bytes_new_take (g_steal_pointer (&text), size);
    ptce_json_reader_set_max_size (reader, 1024 * 1024);
    dataset = ptce_json_reader_load_bytes (reader, bytes, &error);
    g_assert_null (dataset);
    hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_LIMIT_EXCEEDED,
                          "2097152 bytes long, more than the limit of 1048576 bytes (max-size)",
                          NULL, "2 MiB with max-size 1 MiB");
    g_clear_error (&error);
    n++;
  }
  hostile_report_count ("json", "size", n);
}

/* ---- files that are not ptce/1 files ----------------------------------- */

/* An I/O error names the file; a size error names the limit crossed (the
 * input as a whole is the place). */
static void
check_file_error (PtceJsonReader *reader,
                  const char     *path,
                  int             code,
                  const char     *what,
                  const char     *label)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = ptce_json_reader_load_file (reader, path, &error);
  g_autofree char *expected = code == PTCE_ERROR_IO ? g_strdup_printf ("“%s”%s", path, what)
                                                    : g_strdup (what);

  g_assert_null (dataset);
  hostile_assert_error (error, PTCE_ERROR, code, expected, NULL, label);
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-hostile-XXXXXX", &error);
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autofree char *missing = NULL;
  g_autofree char *loop = NULL;
  g_autofree char *big = NULL;
  guint n = 0;

  g_assert_no_error (error);

  check_file_error (reader, dir, PTCE_ERROR_IO, ": Is a directory", "a directory");
  n++;

  missing = g_build_filename (dir, "missing.json", NULL);
  check_file_error (reader, missing, PTCE_ERROR_IO, ": No such file or directory", "a missing file");
  n++;

  loop = g_build_filename (dir, "loop.json", NULL);
  g_assert_cmpint (symlink (loop, loop), ==, 0);
  check_file_error (reader, loop, PTCE_ERROR_IO, ": Too many levels of symbolic links", "a symbolic link loop");
  n++;

  /* A file of 300 MiB (sparse: it costs nothing) is refused from its size,
   * before a byte of it is read. */
  big = g_build_filename (dir, "big.json", NULL);
  {
    int fd = g_open (big, O_WRONLY | O_CREAT, 0600);

    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpint (ftruncate (fd, (off_t) 300 * 1024 * 1024), ==, 0);
    close (fd);
  }
  check_file_error (reader, big, PTCE_ERROR_LIMIT_EXCEEDED,
                    "The input is 314572800 bytes long, more than the limit of 268435456 bytes (max-size)",
                    "a file over max-size");
  n++;

  /* An endless device is read up to max-size, then refused. */
  ptce_json_reader_set_max_size (reader, 1024 * 1024);
  check_file_error (reader, "/dev/zero", PTCE_ERROR_LIMIT_EXCEEDED,
                    "more than the limit of 1048576 bytes (max-size)", "/dev/zero");
  n++;
  ptce_json_reader_set_max_size (reader, PTCE_JSON_READER_DEFAULT_MAX_SIZE);

  /* An empty device reads as an empty document. */
  {
    g_autoptr(PtceDataset) dataset = ptce_json_reader_load_file (reader, "/dev/null", &error);

    g_assert_null (dataset);
    hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_JSON,
                          "/dev/null:1:1: the document is empty", NULL, "/dev/null");
    g_clear_error (&error);
    n++;
  }

  remove (big);
  remove (loop);
  g_rmdir (dir);
  hostile_report_count ("json", "files", n);
}

/* A pipe whose writer sends a document then closes loads like a file. */
static gpointer
write_pipe (gpointer data)
{
  static const char doc[] = "{\"format\": \"ptce/1\", \"title\": \"through a pipe\"}";
  int fd = open (data, O_WRONLY);
  gboolean ok;

  /* Opening blocks until the reader opens its end. */
  ok = fd >= 0 && write (fd, doc, sizeof doc - 1) == (gssize) sizeof doc - 1;
  if (fd >= 0)
    close (fd);
  return GINT_TO_POINTER (ok);
}

static void
test_pipe (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-hostile-XXXXXX", &error);
  g_autofree char *fifo = NULL;
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceDataset) dataset = NULL;
  GThread *writer;

  g_assert_no_error (error);
  fifo = g_build_filename (dir, "pipe.json", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  writer = g_thread_new ("pipe-writer", write_pipe, fifo);
  dataset = ptce_json_reader_load_file (reader, fifo, &error);
  g_assert_true (GPOINTER_TO_INT (g_thread_join (writer)));
  g_assert_no_error (error);
  g_assert_cmpstr (ptce_dataset_get_title (dataset), ==, "through a pipe");
  remove (fifo);
  g_rmdir (dir);
  hostile_report_count ("json", "pipe", 1);
}

/* A file the process may not read. root reads everything: the subprocess
 * becomes nobody first. */
static void
test_unreadable (void)
{
  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("PTCE_TEST_TARGET");
      g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();

      hostile_become_nobody ();
      check_file_error (reader, path, PTCE_ERROR_IO, ": Permission denied", "an unreadable file");
      hostile_become_root_again ();
      return;
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("ptce-hostile-XXXXXX", &error);
      g_autofree char *path = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      path = g_build_filename (dir, "secret.json", NULL);
      g_file_set_contents (path, "{\"format\": \"ptce/1\"}", -1, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (path, 0000), ==, 0);

      g_setenv ("PTCE_TEST_TARGET", path, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      g_unsetenv ("PTCE_TEST_TARGET");

      remove (path);
      g_rmdir (dir);
      hostile_report_count ("json", "unreadable", 1);
    }
}

/* Another process truncates the file while it is read: the reader must
 * return (a document or an error), never die. A reader that maps the file
 * dies of SIGBUS here (fixed in ptce_json_reader_load_file()). The moment
 * of the truncation is a fraction of a measured read, in five steps; the
 * reading process is reliability-helper, started afresh each time. */
static void
test_truncated_while_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-hostile-XXXXXX", &error);
  g_autofree char *path = NULL;
  gsize size = under_valgrind () ? 4 * 1024 * 1024 : 64 * 1024 * 1024;
  g_autoptr(GString) doc = g_string_sized_new (size + 64);
  g_autofree char *helper = g_test_build_filename (G_TEST_BUILT, "reliability", "reliability-helper", NULL);
  gint64 read_usec;
  guint n = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "shrinking.json", NULL);
  g_string_append (doc, "{\"format\": \"ptce/1\", \"title\": \"");
  while (doc->len < size)
    g_string_append (doc, "abcdefghijklmnopqrstuvwxyz");
  g_string_append (doc, "\"}");

  /* How long a whole load takes here, to spread the truncations over it. */
  {
    g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
    g_autoptr(PtceDataset) dataset = NULL;
    gint64 start;

    g_file_set_contents (path, doc->str, doc->len, &error);
    g_assert_no_error (error);
    start = g_get_monotonic_time ();
    dataset = ptce_json_reader_load_file (reader, path, &error);
    read_usec = g_get_monotonic_time () - start;
    g_assert_no_error (error);
  }

  for (guint step = 0; step < 5; step++)
    {
      g_autoptr(GSubprocess) proc = NULL;

      g_file_set_contents (path, doc->str, doc->len, &error);
      g_assert_no_error (error);
      proc = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, helper, "load", path, NULL);
      g_assert_no_error (error);
      g_usleep ((gulong) (read_usec * step / 10));
      g_assert_cmpint (truncate (path, 0), ==, 0);
      g_subprocess_wait (proc, NULL, &error);
      g_assert_no_error (error);
      if (g_subprocess_get_if_signaled (proc))
        g_error ("truncated at %u/10 of a read, the reading process died of signal %d (%s)",
                 step, g_subprocess_get_term_sig (proc), g_strsignal (g_subprocess_get_term_sig (proc)));
      g_assert_true (g_subprocess_get_if_exited (proc));
      g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 0);
      n++;
    }
  remove (path);
  g_rmdir (dir);
  hostile_report_count ("json", "truncated-while-read", n);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Hostile/Json/table", test_table);
  g_test_add_func ("/Ptce/Hostile/Json/truncation", test_truncation);
  g_test_add_func ("/Ptce/Hostile/Json/wrong-types", test_wrong_types);
  g_test_add_func ("/Ptce/Hostile/Json/nesting", test_nesting);
  g_test_add_func ("/Ptce/Hostile/Json/huge", test_huge);
  g_test_add_func ("/Ptce/Hostile/Json/files", test_files);
  g_test_add_func ("/Ptce/Hostile/Json/pipe", test_pipe);
  g_test_add_func ("/Ptce/Hostile/Json/unreadable", test_unreadable);
  g_test_add_func ("/Ptce/Hostile/Json/truncated-while-read", test_truncated_while_read);

  return g_test_run ();
}
