/* ptce-json-builder.c: ptce/1 tree → model
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "ptce-blank-pool-private.h"
#include "ptce-dataset.h"
#include "ptce-enum-types.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-json-builder-private.h"
#include "ptce-json-extras-private.h"
#include "ptce-json-rules-private.h"
#include "ptce-model-private.h"

/* The builder walks the tree once, top-down, and keeps the JSON path of
 * where it stands in a GString, so that every error names its place. Ids
 * are checked as they come: an actor must be defined (in "actors") before
 * poles and observations refer to it, which the document order of ptce/1
 * guarantees whatever the order of the members in the root object, since
 * "actors" is read first. */

/* A list of known member names (NULL-terminated, such as
 * ptce_json_actor_members) indexed for the one walk of each object's
 * members: a name's slot is its position in the list, found through a
 * small open-addressed table on (length, first byte, last byte). */
#define MAX_KNOWN     24
#define N_KNOWN_LISTS 24
#define KNOWN_TABLE   128
#define RECENT_ACTORS 64

typedef struct
{
  const char * const *known;
  guint               n;
  guint8              lengths[MAX_KNOWN];
  guint8              table[KNOWN_TABLE];  /* 1 + slot, 0 when empty */
} KnownIndex;

typedef struct
{
  const PtceTreeVTable *vt;
  guint                 max_depth;
  gboolean              check_strings;
  GString              *path;
  PtceDataset          *dataset;
  GHashTable           *actor_paths;  /* id → 1 + its index in "actors" */
  GHashTable           *pole_paths;   /* id → 1 + its index in "poles" */
  /* The actors declared by their ids before their texts are built
   * (PtceJsonParts, NULL otherwise): made empty at once, so that the poles
   * can be built against them while the actors' thread fills them. */
  GPtrArray            *declared;        /* PtceActor, each id once, in order */
  GHashTable           *declared_paths;  /* id → 1 + its index there */
  GHashTable           *dates;        /* date_key() → PtceDate, shared */
  gboolean              v1_1;         /* "ptce/1.1": its members are read */
  GError              **error;
  GPtrArray            *participants; /* of a cooperation, as they are read */
  /* the enum and flags classes read so far (GTypeClass), held until the
   * builder is cleared: a reference taken and dropped for each member
   * read would be two atomic operations on the type's count, which the
   * threads building at once contend on */
  GPtrArray            *classes;
  /* actors resolved lately, by the hash of their ids: a pole names its
   * few members again and again (memberships, participants), and each
   * look-up in the dataset's table of 200 000 actors misses the caches */
  struct {
    guint             hash;
    const char       *id;     /* the actor's own */
    PtceActor        *actor;
  }                     recent[RECENT_ACTORS];
  /* NULL: each pole and observation goes into the dataset once built;
   * otherwise it goes here, to be added in order later (a range built on
   * a thread of its own: PtceJsonParts) */
  GPtrArray            *collect;
  /* an observation's subject is checked when it is added, not when it is
   * built (observations built before the actors and poles are in) */
  gboolean              defer_subjects;
  /* The cooperations and memberships of a range the worker builds are
   * taken from @blanks, made ahead by the caller, which feeds it from the
   * ranges it builds itself (@feeds): see ptce-blank-pool-private.h. NULL
   * for the other builders. */
  PtceBlankPool        *blanks;
  gboolean              feeds;
  /* the member lists of ptce-json-rules-private.h met so far, indexed */
  KnownIndex            indexes[N_KNOWN_LISTS];
  guint                 n_indexes;
  /* (member name as the builder spells it, list) → slot, or -1 when the
   * list has no such name: the names are the builder's literals, so
   * their addresses are enough */
  struct {
    const char       *name;
    const KnownIndex *index;
    int               slot;
  }                     slots[256];
} Builder;

/* The members of one object, gathered in one walk (members_gather()):
 * the value of each known member at its slot, and whether any member is
 * unknown. The builder reads the known members in its own order (so the
 * first error it reports is the same whatever the document order) and
 * walks the object again only when some member is unknown, to keep it. */
typedef struct
{
  PtceTreeNode        node;
  const KnownIndex   *index;   /* NULL: every member looked up */
  guint               n_unknown;
  PtceTreeNode        slot[MAX_KNOWN];
} Members;

/* ---- paths and errors ------------------------------------------------- */

static gsize
path_member (Builder    *b,
             const char *name)
{
  gsize mark = b->path->len;

  ptce_json_path_append_member (b->path, name);
  return mark;
}

static gsize
path_index (Builder *b,
            guint    index)
{
  gsize mark = b->path->len;

  ptce_json_path_append_index (b->path, index);
  return mark;
}

static void
path_pop (Builder *b,
          gsize    mark)
{
  g_string_truncate (b->path, mark);
}

G_GNUC_PRINTF (3, 0)
static void
fail_valist (Builder    *b,
             PtceError   code,
             const char *format,
             va_list     args)
{
  g_autofree char *what = g_strdup_vprintf (format, args);

  /* TRANSLATORS: a JSON path such as $.poles[2].founded, then what is wrong
   * there */
  g_set_error (b->error, PTCE_ERROR, code, C_("JSON path: error", "%s: %s"), b->path->str, what);
}

/* Sets the error, at the current path; returns FALSE. */
G_GNUC_PRINTF (3, 4)
static gboolean
fail (Builder    *b,
      PtceError   code,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (b, code, format, args);
  va_end (args);
  return FALSE;
}

/* Sets the error at the member @name of the current object; returns
 * FALSE. */
G_GNUC_PRINTF (4, 5)
static gboolean
fail_at (Builder    *b,
         const char *name,
         PtceError   code,
         const char *format,
         ...)
{
  gsize mark = path_member (b, name);
  va_list args;

  va_start (args, format);
  fail_valist (b, code, format, args);
  va_end (args);
  path_pop (b, mark);
  return FALSE;
}

/* Prefixes the path to an error of the model (a date that does not exist…)
 * or of a rule of ptce-json-rules-private.h */
static gboolean
fail_with (Builder *b,
           GError  *cause)
{
  ptce_json_error_at (b->error, b->path->str, cause);
  return FALSE;
}

/* Quotes a string from the input for a message, cut short: hostile input
 * may be huge. */
static char *
shown (const char *text)
{
  return ptce_json_shown (text);
}

static const char *
type_name (PtceTreeType type)
{
  switch (type)
    {
    case PTCE_TREE_NULL:
      return _("null");
    case PTCE_TREE_BOOLEAN:
      return _("a boolean");
    case PTCE_TREE_INTEGER:
    case PTCE_TREE_DOUBLE:
      return _("a number");
    case PTCE_TREE_STRING:
      return _("a string");
    case PTCE_TREE_ARRAY:
      return _("an array");
    case PTCE_TREE_OBJECT:
      return _("an object");
    default:
      return "?";
    }
}

static gboolean
fail_type (Builder      *b,
           const char   *expected,
           PtceTreeNode  node)
{
  /* TRANSLATORS: "expected a string, found a number" */
  return fail (b, PTCE_ERROR_INVALID_FORMAT, _("expected %s, found %s"),
               expected, type_name (b->vt->get_type (node)));
}

static gboolean
check_depth (Builder *b,
             guint    depth)
{
  GError *local = NULL;

  if (!ptce_json_rule_depth (depth, b->max_depth, &local))
    return fail_with (b, local);
  return TRUE;
}

/* ---- members ---------------------------------------------------------- */

/* The member @name of @object, or NULL when it is absent or null: in
 * ptce/1 an absent member and a null one both mean "not known". */
static inline guint
known_hash (const char *name,
            gsize       length)
{
  return ((guint) length * 37u + (guchar) name[0] * 11u + (guchar) name[length - 1]) %
         KNOWN_TABLE;
}

/* The slot of @name (of @length bytes) in @index, or -1. */
static int
known_find (const KnownIndex *index,
            const char       *name,
            gsize             length)
{
  if (length == 0 || length > G_MAXUINT8)
    return -1;
  for (guint h = known_hash (name, length);; h = (h + 1) % KNOWN_TABLE)
    {
      guint entry = index->table[h];

      if (entry == 0)
        return -1;
      if (index->lengths[entry - 1] == length &&
          memcmp (index->known[entry - 1], name, length) == 0)
        return (int) entry - 1;
    }
}

static const KnownIndex *
known_index (Builder            *b,
             const char * const *known)
{
  KnownIndex *index;

  for (guint i = 0; i < b->n_indexes; i++)
    if (b->indexes[i].known == known)
      return &b->indexes[i];

  g_assert (b->n_indexes < N_KNOWN_LISTS);
  index = &b->indexes[b->n_indexes++];
  memset (index, 0, sizeof *index);
  index->known = known;
  for (index->n = 0; known[index->n] != NULL; index->n++)
    {
      gsize length = strlen (known[index->n]);
      guint h = known_hash (known[index->n], length);

      g_assert (index->n < MAX_KNOWN && length > 0 && length <= G_MAXUINT8);
      index->lengths[index->n] = (guint8) length;
      while (index->table[h] != 0)
        h = (h + 1) % KNOWN_TABLE;
      index->table[h] = (guint8) (index->n + 1);
    }
  return index;
}

static gboolean
gather_member (const char   *name,
               PtceTreeNode  value,
               gpointer      user_data)
{
  Members *m = user_data;
  int slot = known_find (m->index, name, strlen (name));

  if (slot < 0)
    m->n_unknown++;
  else if (m->slot[slot] == NULL)
    m->slot[slot] = value;  /* the first of a name, as a lookup finds it */
  return TRUE;
}

/* Walks the members of the object @node once, into @m, against the names
 * of @known. */
static void
members_gather (Builder            *b,
                Members            *m,
                PtceTreeNode        node,
                const char * const *known)
{
  m->node = node;
  m->index = known_index (b, known);
  m->n_unknown = 0;
  memset (m->slot, 0, m->index->n * sizeof m->slot[0]);
  b->vt->object_foreach (node, gather_member, m);
}

/* @m then looks every member up in @node (an object read for a few
 * members only). */
static void
members_lookup_only (Members      *m,
                     PtceTreeNode  node)
{
  m->node = node;
  m->index = NULL;
  m->n_unknown = 0;
}

/* The slot of the member @name in the object @m, or -1 when its list
 * does not name it. */
static int
member_slot (Builder       *b,
             const Members *m,
             const char    *name)
{
  guint h;
  int slot;

  if (m->index == NULL)
    return -1;
  h = (guint) ((((guintptr) name ^ ((guintptr) m->index << 7)) * 0x9E3779B97F4A7C15u) >> 56) %
      G_N_ELEMENTS (b->slots);
  if (b->slots[h].name == name && b->slots[h].index == m->index)
    return b->slots[h].slot;
  slot = known_find (m->index, name, strlen (name));
  b->slots[h].name = name;
  b->slots[h].index = m->index;
  b->slots[h].slot = slot;
  return slot;
}

static PtceTreeNode
member (Builder       *b,
        const Members *object,
        const char    *name)
{
  int slot = member_slot (b, object, name);
  PtceTreeNode node = slot >= 0 ? object->slot[slot]
                                : b->vt->object_lookup (object->node, name);

  if (node != NULL && b->vt->get_type (node) == PTCE_TREE_NULL)
    return NULL;
  return node;
}

static gboolean
string_value (Builder       *b,
              PtceTreeNode   node,
              const char   **out)
{
  const char *value;
  GError *local = NULL;

  if (b->vt->get_type (node) != PTCE_TREE_STRING)
    return fail_type (b, _("a string"), node);
  value = b->vt->get_string (node);
  if (b->check_strings && !ptce_json_rule_utf8_string (value, &local))
    return fail_with (b, local);
  *out = value;
  return TRUE;
}

/* Reads the string member @name; *out stays NULL when absent. With
 * @required, absence is an error; an empty string never is one, except for
 * ids (see read_id()). */
static gboolean
read_string (Builder        *b,
             const Members  *object,
             const char     *name,
             gboolean        required,
             const char    **out)
{
  PtceTreeNode node = member (b, object, name);
  gsize mark;
  gboolean ok;

  *out = NULL;
  if (node == NULL)
    {
      if (required)
        return fail (b, PTCE_ERROR_INVALID_FORMAT, _("the member “%s” is missing"), name);
      return TRUE;
    }
  if (!b->check_strings && b->vt->get_type (node) == PTCE_TREE_STRING)
    {
      /* the common case: nothing to say, so no path to say it at */
      *out = b->vt->get_string (node);
      return TRUE;
    }
  mark = path_member (b, name);
  ok = string_value (b, node, out);
  path_pop (b, mark);
  return ok;
}

static gboolean
read_id (Builder        *b,
         const Members  *object,
         const char     *name,
         const char    **out)
{
  if (!read_string (b, object, name, TRUE, out))
    return FALSE;
  if (**out != '\0')
    return TRUE;
  return fail_at (b, name, PTCE_ERROR_INVALID_FORMAT, _("an id cannot be empty"));
}

static gboolean
read_boolean (Builder       *b,
              const Members *object,
              const char    *name,
              gboolean      *out)
{
  PtceTreeNode node = member (b, object, name);
  gsize mark;

  *out = FALSE;
  if (node == NULL)
    return TRUE;
  if (b->vt->get_type (node) == PTCE_TREE_BOOLEAN)
    {
      *out = b->vt->get_boolean (node);
      return TRUE;
    }
  mark = path_member (b, name);
  fail_type (b, _("true or false"), node);
  path_pop (b, mark);
  return FALSE;
}

/* A finite number; *present says whether the member was there. */
static gboolean
read_number (Builder       *b,
             const Members *object,
             const char    *name,
             gboolean       required,
             double        *out,
             gboolean      *present)
{
  PtceTreeNode node = member (b, object, name);
  gboolean ok = TRUE;
  gsize mark;

  *out = 0.0;
  *present = node != NULL;
  if (node == NULL)
    {
      if (required)
        return fail (b, PTCE_ERROR_INVALID_FORMAT, _("the member “%s” is missing"), name);
      return TRUE;
    }

  mark = path_member (b, name);
  switch (b->vt->get_type (node))
    {
    case PTCE_TREE_INTEGER:
      *out = (double) b->vt->get_integer (node);
      break;
    case PTCE_TREE_DOUBLE:
      {
        GError *local = NULL;

        *out = b->vt->get_double (node);
        if (!ptce_json_rule_finite (*out, &local))
          ok = fail_with (b, local);
      }
      break;
    default:
      ok = fail_type (b, _("a number"), node);
      break;
    }
  path_pop (b, mark);
  return ok;
}

/* A number for the text of a date in one of the forms it may take, 0
 * for any other text: the key of the dates met, compared as one integer
 * rather than hashed and compared as a string, two million times in a
 * national file. The form is the model's (a month or day 00 has no key,
 * or it would be the year's); whether the date exists is
 * ptce_date_new_from_iso8601()'s to say. */
static guint
date_key (const char *text)
{
  int year, month, day;

  if (!ptce_date_parse_form_private (text, &year, &month, &day))
    return 0;
  return 1 + ((guint) year * 100 + (guint) month) * 100 + (guint) day;
}

static gboolean
read_date (Builder        *b,
           const Members  *object,
           const char     *name,
           PtceDate      **out)
{
  const char *text;
  GError *local = NULL;
  gsize mark;
  guint key;

  *out = NULL;
  if (!read_string (b, object, name, FALSE, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;
  /* dates repeat (years, months): one PtceDate each, shared by the objects
   * (a date is immutable and reference-counted) */
  key = date_key (text);
  if (key != 0 && (*out = g_hash_table_lookup (b->dates, GUINT_TO_POINTER (key))) != NULL)
    {
      ptce_date_ref (*out);
      return TRUE;
    }
  *out = ptce_date_new_from_iso8601 (text, &local);
  if (*out != NULL)
    {
      if (key != 0)
        g_hash_table_insert (b->dates, GUINT_TO_POINTER (key), ptce_date_ref (*out));
      return TRUE;
    }
  mark = path_member (b, name);
  fail_with (b, local);
  path_pop (b, mark);
  return FALSE;
}

/* The words a GEnum or GFlags type accepts, for messages. */
static char *
accepted_words (GType type)
{
  GString *words = g_string_new (NULL);

  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (words, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);
    }
  else
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
      gboolean first = TRUE;

      for (guint i = 0; i < klass->n_values; i++)
        {
          if (klass->values[i].value == 0)
            continue;
          g_string_append_printf (words, "%s%s", first ? "" : ", ", klass->values[i].value_nick);
          first = FALSE;
        }
    }
  return g_string_free (words, FALSE);
}

static gboolean
fail_word (Builder    *b,
           const char *word,
           GType       type)
{
  g_autofree char *words = accepted_words (type);
  g_autofree char *quoted = shown (word);

  /* TRANSLATORS: "“entreprise” is not one of the accepted words: unknown,
   * enterprise, …" */
  return fail (b, PTCE_ERROR_INVALID_FORMAT, _("%s is not one of the accepted words: %s"),
               quoted, words);
}

/* The class of the enum or flags @type, held by @b (a few types). */
static gpointer
held_class (Builder *b,
            GType    type)
{
  GTypeClass *klass;

  for (guint i = 0; i < b->classes->len; i++)
    {
      klass = g_ptr_array_index (b->classes, i);
      if (G_TYPE_FROM_CLASS (klass) == type)
        return klass;
    }
  klass = g_type_class_ref (type);
  g_ptr_array_add (b->classes, klass);
  return klass;
}

/* Reads an enum member written as its nick; *out stays @fallback when the
 * member is absent. */
static gboolean
read_enum (Builder       *b,
           const Members *object,
           const char    *name,
           GType          type,
           gboolean       required,
           int            fallback,
           int           *out)
{
  const char *word;
  GEnumValue *value;
  gsize mark;

  *out = fallback;
  if (!read_string (b, object, name, required, &word))
    return FALSE;
  if (word == NULL)
    return TRUE;
  value = g_enum_get_value_by_nick (held_class (b, type), word);
  if (value != NULL)
    {
      *out = value->value;
      return TRUE;
    }
  mark = path_member (b, name);
  fail_word (b, word, type);
  path_pop (b, mark);
  return FALSE;
}

/* Reads the member @name as a container of @type, an array or an object,
 * at nesting level @depth; *out_node is NULL when absent. */
static gboolean
read_container (Builder       *b,
                const Members *object,
                const char    *name,
                PtceTreeType   type,
                guint          depth,
                PtceTreeNode  *out_node)
{
  PtceTreeNode node = member (b, object, name);
  gboolean ok = TRUE;
  gsize mark;

  *out_node = NULL;
  if (node == NULL)
    return TRUE;
  mark = path_member (b, name);
  if (b->vt->get_type (node) != type)
    ok = fail_type (b, type_name (type), node);
  else if (!check_depth (b, depth))
    ok = FALSE;
  else
    *out_node = node;
  path_pop (b, mark);
  return ok;
}

/* Reads one item of an array, at nesting level @depth if it is a
 * container, with the path standing at it. */
typedef gboolean (*ItemFunc) (Builder      *b,
                              PtceTreeNode  item,
                              guint         depth,
                              gpointer      data);

/* Calls @func on each item of the array member @name of @object (an array
 * at nesting level @depth); an absent member has no item. Stops at the
 * first item that fails, with the path left at it for the error. */
static gboolean
read_each (Builder       *b,
           const Members *object,
           const char    *name,
           guint          depth,
           ItemFunc       func,
           gpointer       data)
{
  PtceTreeNode array;
  gsize mark;
  guint n;

  if (!read_container (b, object, name, PTCE_TREE_ARRAY, depth, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  mark = path_member (b, name);
  n = b->vt->array_length (array);
  for (guint i = 0; i < n; i++)
    {
      gsize item_mark = path_index (b, i);

      if (!func (b, b->vt->array_index (array, i), depth + 1, data))
        return FALSE;
      path_pop (b, item_mark);
    }
  path_pop (b, mark);
  return TRUE;
}

typedef struct
{
  GType        type;
  GFlagsClass *klass;
  guint        value;
} FlagsData;

static gboolean
read_flag (Builder      *b,
           PtceTreeNode  item,
           guint         depth,
           gpointer      user_data)
{
  FlagsData *data = user_data;
  const char *word;
  GFlagsValue *value;

  if (!string_value (b, item, &word))
    return FALSE;
  value = g_flags_get_value_by_nick (data->klass, word);
  if (value == NULL || value->value == 0)
    return fail_word (b, word, data->type);
  data->value |= value->value;
  return TRUE;
}

/* Reads a flags member, written as an array of nicks. */
static gboolean
read_flags (Builder       *b,
            const Members *object,
            const char    *name,
            GType          type,
            guint          depth,
            guint         *out)
{
  FlagsData data = { type, held_class (b, type), 0 };
  gboolean ok;

  ok = read_each (b, object, name, depth, read_flag, &data);
  *out = ok ? data.value : 0;
  return ok;
}

static gboolean
read_strv_item (Builder      *b,
                PtceTreeNode  item,
                guint         depth,
                gpointer      strings)
{
  const char *value;

  if (!string_value (b, item, &value))
    return FALSE;
  g_ptr_array_add (strings, g_strdup (value));
  return TRUE;
}

/* Reads an array of strings; *out is NULL when absent. */
static gboolean
read_strv (Builder         *b,
           const Members   *object,
           const char      *name,
           guint            depth,
           char          ***out)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  *out = NULL;
  if (!read_each (b, object, name, depth, read_strv_item, strings))
    return FALSE;
  if (member (b, object, name) == NULL)
    return TRUE;  /* absent: NULL, where an empty array gives an empty vector */
  g_ptr_array_add (strings, NULL);
  *out = (char **) g_ptr_array_free (g_steal_pointer (&strings), FALSE);
  return TRUE;
}

/* Checks that the item at the current path is an object, and gathers its
 * members against the names of @known into @m. */
static gboolean
expect_object (Builder            *b,
               PtceTreeNode        node,
               guint               depth,
               const char * const *known,
               Members            *m)
{
  if (b->vt->get_type (node) != PTCE_TREE_OBJECT)
    return fail_type (b, _("an object"), node);
  if (!check_depth (b, depth))
    return FALSE;
  members_gather (b, m, node, known);
  return TRUE;
}

/* The period [start, end] of the object at the current path. */
static gboolean
check_period (Builder    *b,
              PtceDate   *start,
              PtceDate   *end,
              const char *start_name,
              const char *end_name)
{
  GError *local = NULL;

  if (!ptce_json_rule_period (start, end, start_name, end_name, &local))
    return fail_with (b, local);
  return TRUE;
}

/* ---- unknown members -------------------------------------------------- */

static JsonNode *convert (Builder *b, PtceTreeNode node, guint depth);

/* Copies the members of an object of the tree into @object, but for the
 * @known ones. */
typedef struct
{
  Builder            *b;
  const char * const *known;   /* NULL to copy them all */
  JsonObject         *object;  /* created with the first member copied */
  guint               depth;   /* of the object copied from */
  gboolean            ok;
} CopyData;

static gboolean
is_known (const char * const *known,
          const char         *name)
{
  /* every member of every object comes here: the first byte tells most
   * names apart without a call */
  for (guint i = 0; known != NULL && known[i] != NULL; i++)
    if (known[i][0] == name[0] && strcmp (known[i], name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
copy_member (const char   *name,
             PtceTreeNode  value,
             gpointer      user_data)
{
  CopyData *data = user_data;
  JsonNode *copy;
  GError *local = NULL;
  gsize mark;

  if (is_known (data->known, name))
    return TRUE;
  if (data->b->check_strings && !ptce_json_rule_utf8_member_name (name, &local))
    {
      data->ok = fail_with (data->b, local);
      return FALSE;
    }
  mark = path_member (data->b, name);
  copy = convert (data->b, value, data->depth + 1);
  path_pop (data->b, mark);
  if (copy == NULL)
    {
      data->ok = FALSE;
      return FALSE;
    }
  if (data->object == NULL)
    data->object = json_object_new ();
  json_object_set_member (data->object, name, copy);
  return TRUE;
}

/* Copies any value of the tree into a JsonNode, through the cursor only.
 * @depth is the nesting level of @node if it is a container. */
static JsonNode *
convert (Builder      *b,
         PtceTreeNode  node,
         guint         depth)
{
  JsonNode *copy;

  switch (b->vt->get_type (node))
    {
    case PTCE_TREE_NULL:
      return json_node_new (JSON_NODE_NULL);
    case PTCE_TREE_BOOLEAN:
      copy = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (copy, b->vt->get_boolean (node));
      return copy;
    case PTCE_TREE_INTEGER:
      copy = json_node_new (JSON_NODE_VALUE);
      json_node_set_int (copy, b->vt->get_integer (node));
      return copy;
    case PTCE_TREE_DOUBLE:
      {
        double value = b->vt->get_double (node);
        GError *local = NULL;

        /* kept as it is, but it must be writable back */
        if (!ptce_json_rule_finite (value, &local))
          {
            fail_with (b, local);
            return NULL;
          }
        copy = json_node_new (JSON_NODE_VALUE);
        json_node_set_double (copy, value);
        return copy;
      }
    case PTCE_TREE_STRING:
      {
        const char *value;

        if (!string_value (b, node, &value))
          return NULL;
        copy = json_node_new (JSON_NODE_VALUE);
        json_node_set_string (copy, value);
        return copy;
      }
    case PTCE_TREE_ARRAY:
      {
        g_autoptr(JsonArray) array = NULL;
        guint n;

        if (!check_depth (b, depth))
          return NULL;
        n = b->vt->array_length (node);
        array = json_array_sized_new (n);
        for (guint i = 0; i < n; i++)
          {
            gsize mark = path_index (b, i);
            JsonNode *item = convert (b, b->vt->array_index (node, i), depth + 1);

            if (item == NULL)
              return NULL;
            path_pop (b, mark);
            json_array_add_element (array, item);
          }
        copy = json_node_new (JSON_NODE_ARRAY);
        json_node_take_array (copy, g_steal_pointer (&array));
        return copy;
      }
    case PTCE_TREE_OBJECT:
      {
        CopyData data = { b, NULL, NULL, depth, TRUE };

        if (!check_depth (b, depth))
          return NULL;
        b->vt->object_foreach (node, copy_member, &data);
        if (!data.ok)
          {
            g_clear_pointer (&data.object, json_object_unref);
            return NULL;
          }
        copy = json_node_new (JSON_NODE_OBJECT);
        json_node_take_object (copy, data.object != NULL ? data.object : json_object_new ());
        return copy;
      }
    default:
      g_assert_not_reached ();
    }
}

/* Gathers the members of @object (at nesting level @depth) whose names are
 * not in @known. *out is NULL when there are none. */
static gboolean
collect_extras (Builder        *b,
                const Members  *object,
                guint           depth,
                JsonObject    **out)
{
  CopyData data = { b, object->index != NULL ? object->index->known : NULL, NULL, depth, TRUE };

  *out = NULL;
  /* every member known (the common case): nothing to walk again */
  if (object->index != NULL && object->n_unknown == 0)
    return TRUE;
  b->vt->object_foreach (object->node, copy_member, &data);
  if (!data.ok)
    {
      g_clear_pointer (&data.object, json_object_unref);
      return FALSE;
    }
  *out = data.object;
  return TRUE;
}

static gboolean
keep_extras (Builder       *b,
             const Members *object,
             guint          depth,
             gpointer       target)
{
  JsonObject *extras;

  if (!collect_extras (b, object, depth, &extras))
    return FALSE;
  if (extras != NULL)
    {
      ptce_json_extras_set (G_OBJECT (target), extras);
      json_object_unref (extras);
    }
  return TRUE;
}

/* ---- references ------------------------------------------------------- */

/* Actors and poles share one space of ids: fails when @id (read from the
 * member "id") is already defined, saying where. */
static gboolean
check_id_unused (Builder    *b,
                 const char *id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (b->actor_paths, id));
  g_autofree char *quoted = NULL;
  g_autofree char *previous = NULL;

  if (index > 0)
    previous = g_strdup_printf ("$.actors[%u]", index - 1);
  else if ((index = GPOINTER_TO_UINT (g_hash_table_lookup (b->pole_paths, id))) > 0)
    previous = g_strdup_printf ("$.poles[%u]", index - 1);
  else
    return TRUE;
  quoted = shown (id);
  return fail_at (b, "id", PTCE_ERROR_DUPLICATE_ID, _("the id %s is already used at %s"),
                  quoted, previous);
}

/* The declared actor of @id, or NULL. */
static PtceActor *
lookup_declared (Builder    *b,
                 const char *id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (b->declared_paths, id));

  return index > 0 ? g_ptr_array_index (b->declared, index - 1) : NULL;
}

static PtceActor *
resolve_actor (Builder    *b,
               const char *id)
{
  guint hash = g_str_hash (id);
  guint slot = hash % RECENT_ACTORS;
  PtceActor *actor;

  if (b->recent[slot].actor != NULL && b->recent[slot].hash == hash &&
      strcmp (b->recent[slot].id, id) == 0)
    return b->recent[slot].actor;
  actor = b->declared != NULL ? lookup_declared (b, id)
                              : ptce_dataset_lookup_actor (b->dataset, id);
  if (actor != NULL)
    {
      /* an actor keeps its id while the dataset is built */
      b->recent[slot].hash = hash;
      b->recent[slot].id = ptce_actor_get_id (actor);
      b->recent[slot].actor = actor;
    }
  else
    {
      g_autofree char *quoted = shown (id);

      fail (b, PTCE_ERROR_DANGLING_REFERENCE, _("no actor of the dataset has the id %s"), quoted);
    }
  return actor;
}

typedef struct
{
  gpointer    target;
  gboolean  (*add) (gpointer target, PtceActor *actor);  /* NULL: gathered */
  GPtrArray  *actors;  /* the actors gathered, when add is NULL */
  GHashTable *seen;    /* the same as a set, once there are many */
} ParticipantsData;

/* Whether @actor is gathered already: a scan of the few participants a
 * cooperation has, a set beyond (a hostile list may be long). */
static gboolean
gathered (ParticipantsData *data,
          PtceActor        *actor)
{
  if (data->seen != NULL)
    return !g_hash_table_add (data->seen, actor);
  for (guint i = 0; i < data->actors->len; i++)
    if (data->actors->pdata[i] == actor)
      return TRUE;
  if (data->actors->len >= 16)
    {
      data->seen = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < data->actors->len; i++)
        g_hash_table_add (data->seen, data->actors->pdata[i]);
      g_hash_table_add (data->seen, actor);
    }
  return FALSE;
}

static gboolean
read_participant (Builder      *b,
                  PtceTreeNode  item,
                  guint         depth,
                  gpointer      user_data)
{
  ParticipantsData *data = user_data;
  const char *id;
  PtceActor *actor;
  gboolean added;

  if (!string_value (b, item, &id))
    return FALSE;
  actor = resolve_actor (b, id);
  if (actor == NULL)
    return FALSE;
  if (data->add != NULL)
    added = data->add (data->target, actor);
  else if ((added = !gathered (data, actor)))
    g_ptr_array_add (data->actors, actor);
  if (!added)
    {
      g_autofree char *quoted = shown (id);

      return fail (b, PTCE_ERROR_DUPLICATE_ID, _("the actor %s is listed twice"), quoted);
    }
  return TRUE;
}

/* Reads the array of actor ids "participants" into @add (a participant
 * list). */
static gboolean
read_participants (Builder      *b,
                   const Members  *object,
                   guint         depth,
                   gpointer      target,
                   gboolean    (*add) (gpointer target, PtceActor *actor))
{
  ParticipantsData data = { target, add, NULL, NULL };

  return read_each (b, object, "participants", depth, read_participant, &data);
}

/* Reads the participants of a new cooperation and appends them at once. */
static gboolean
read_cooperation_participants (Builder         *b,
                               const Members   *object,
                               guint            depth,
                               PtceCooperation *cooperation)
{
  /* one array for every cooperation: emptied, not made again */
  ParticipantsData data = { cooperation, NULL, b->participants, NULL };
  gboolean ok;

  g_ptr_array_set_size (data.actors, 0);
  ok = read_each (b, object, "participants", depth, read_participant, &data);
  if (ok)
    ptce_cooperation_append_participants_private (cooperation, (PtceActor **) data.actors->pdata,
                                                  data.actors->len);
  g_clear_pointer (&data.seen, g_hash_table_unref);
  return ok;
}

static gboolean
add_project_participant (gpointer   target,
                         PtceActor *actor)
{
  return ptce_project_add_participant (target, actor);
}

/* ---- the objects of ptce/1 -------------------------------------------- */

static gboolean
build_site (Builder      *b,
            PtceTreeNode  node,
            guint         depth,
            gpointer      actor)
{
  Members m;
  g_autoptr(PtceSite) site = NULL;
  const char *commune, *siret, *label, *address;
  gboolean headquarters;

  if (!expect_object (b, node, depth, ptce_json_site_members, &m) ||
      !read_string (b, &m, "commune", FALSE, &commune) ||
      !read_string (b, &m, "siret", FALSE, &siret) ||
      !read_string (b, &m, "label", FALSE, &label) ||
      !read_string (b, &m, "address", FALSE, &address) ||
      !read_boolean (b, &m, "headquarters", &headquarters))
    return FALSE;

  site = ptce_site_new (commune);
  ptce_site_set_siret (site, siret);
  ptce_site_set_label (site, label);
  ptce_site_set_address (site, address);
  ptce_site_set_headquarters (site, headquarters);
  if (!keep_extras (b, &m, depth, site))
    return FALSE;
  ptce_actor_add_site_private (actor, site);
  return TRUE;
}

/* A count of members: a whole number ≥ 0, or -1 when absent. */
static gboolean
read_count (Builder       *b,
            const Members *node,
            const char    *name,
            int           *out)
{
  double value;
  gboolean present;

  *out = -1;
  if (!read_number (b, node, name, FALSE, &value, &present))
    return FALSE;
  if (!present)
    return TRUE;
  if (value < 0 || value > G_MAXINT || floor (value) != value)
    return fail_at (b, name, PTCE_ERROR_INVALID_FORMAT,
                    _("a count of members must be a whole number, 0 or more (found %g)"),
                    value);
  *out = (int) value;
  return TRUE;
}

/* ptce/1.1: one composition of a grouping; the actors it names must be
 * other actors of the dataset. */
static gboolean
build_composition (Builder      *b,
                   PtceTreeNode  node,
                   guint         depth,
                   gpointer      grouping)
{
  Members m;
  g_autoptr(PtceComposition) composition = NULL;
  g_autoptr(PtceDate) date = NULL;
  g_auto(GStrv) ids = NULL;
  int n_members, n_non_ess;
  GError *local = NULL;

  if (!expect_object (b, node, depth, ptce_json_composition_members, &m) ||
      !read_date (b, &m, "date", &date) ||
      !read_strv (b, &m, "members", depth + 1, &ids) ||
      !read_count (b, &m, "member_count", &n_members) ||
      !read_count (b, &m, "non_ess_member_count", &n_non_ess))
    return FALSE;
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      gsize mark = path_member (b, "members");

      path_index (b, i);
      if (resolve_actor (b, ids[i]) == NULL)
        return FALSE;
      if (strcmp (ids[i], ptce_actor_get_id (grouping)) == 0)
        return fail (b, PTCE_ERROR_INVALID_FORMAT, _("a grouping cannot group itself"));
      if (!ptce_json_rule_listed_once ((const char * const *) ids, i, PTCE_JSON_LISTED_ACTOR,
                                       &local))
        return fail_with (b, local);
      path_pop (b, mark);
    }
  if (n_members >= 0 && n_non_ess > n_members)
    return fail_at (b, "non_ess_member_count", PTCE_ERROR_INVALID_FORMAT,
                    _("%d members outside the ESS among %d members"), n_non_ess, n_members);

  composition = ptce_composition_new (date);
  ptce_composition_set_member_ids (composition, (const char * const *) ids);
  ptce_composition_set_n_members (composition, n_members);
  ptce_composition_set_n_non_ess_members (composition, n_non_ess);
  if (!keep_extras (b, &m, depth, composition))
    return FALSE;
  ptce_actor_add_composition (grouping, composition);
  return TRUE;
}

/* ptce/1.1, a second walk over the actors once all are known: their
 * compositions name other actors, defined before or after them. */
static gboolean
build_actor_compositions (Builder      *b,
                          PtceTreeNode  node,
                          guint         depth,
                          gpointer      unused)
{
  Members m;
  const char *id;
  PtceActor *actor;

  /* two members of an object gathered already: looked up */
  members_lookup_only (&m, node);
  if (!read_id (b, &m, "id", &id))
    return FALSE;
  actor = ptce_dataset_lookup_actor (b->dataset, id);
  g_return_val_if_fail (actor != NULL, FALSE);
  return read_each (b, &m, "composition", depth + 1, build_composition, actor);
}

static gboolean
build_actor (Builder      *b,
             PtceTreeNode  node,
             guint         depth,
             gpointer      unused)
{
  Members m;
  g_autoptr(PtceActor) actor = NULL;
  g_autoptr(PtceDate) esus_start = NULL;
  g_autoptr(PtceDate) esus_end = NULL;
  const char *id, *name, *siren, *siret, *rna, *legal_category, *naf, *seat_commune;
  int kind, ess_family, ess_basis;
  GError *local = NULL;

  if (!expect_object (b, node, depth, (b->v1_1 ? ptce_json_actor_members_1_1 : ptce_json_actor_members), &m) ||
      !read_id (b, &m, "id", &id) ||
      !check_id_unused (b, id) ||
      !read_string (b, &m, "name", FALSE, &name) ||
      !read_enum (b, &m, "kind", PTCE_TYPE_ACTOR_KIND, FALSE, PTCE_ACTOR_KIND_UNKNOWN, &kind) ||
      !read_enum (b, &m, "ess_family", PTCE_TYPE_ESS_FAMILY, FALSE, PTCE_ESS_FAMILY_UNKNOWN, &ess_family) ||
      !read_enum (b, &m, "ess_basis", PTCE_TYPE_ESS_BASIS, FALSE, PTCE_ESS_BASIS_UNKNOWN, &ess_basis) ||
      !read_string (b, &m, "siren", FALSE, &siren) ||
      !read_string (b, &m, "siret", FALSE, &siret) ||
      !read_string (b, &m, "rna", FALSE, &rna) ||
      !read_string (b, &m, "legal_category", FALSE, &legal_category) ||
      !read_string (b, &m, "naf", FALSE, &naf) ||
      !read_string (b, &m, "seat_commune", FALSE, &seat_commune) ||
      !read_date (b, &m, "esus_start", &esus_start) ||
      !read_date (b, &m, "esus_end", &esus_end) ||
      !check_period (b, esus_start, esus_end, "esus_start", "esus_end"))
    return FALSE;

  if (b->declared == NULL)
    actor = ptce_actor_new (id, name);
  else if ((actor = lookup_declared (b, id)) != NULL)
    {
      /* its id is checked unused: no other text fills it */
      g_object_ref (actor);
      ptce_actor_set_name (actor, name);
    }
  else
    {
      g_autofree char *quoted = shown (id);

      return fail_at (b, "id", PTCE_ERROR_INVALID_FORMAT,
                      _("the id %s is not among those the actors were declared with"), quoted);
    }
  ptce_actor_set_kind (actor, kind);
  ptce_actor_set_ess_family (actor, ess_family);
  ptce_actor_set_ess_basis (actor, ess_basis);
  ptce_actor_set_siren (actor, siren);
  ptce_actor_set_siret (actor, siret);
  ptce_actor_set_rna (actor, rna);
  ptce_actor_set_legal_category (actor, legal_category);
  ptce_actor_set_naf (actor, naf);
  ptce_actor_set_seat_commune (actor, seat_commune);
  ptce_actor_set_esus_start (actor, esus_start);
  ptce_actor_set_esus_end (actor, esus_end);

  if (!read_each (b, &m, "sites", depth + 1, build_site, actor) ||
      !keep_extras (b, &m, depth, actor))
    return FALSE;
  if (!ptce_dataset_add_actor (b->dataset, actor, &local))
    return fail_with (b, local);
  /* the key is the actor's own id, alive in the dataset; every actor
   * before this one went in (any failure stops the build), so its index
   * is the count */
  g_hash_table_insert (b->actor_paths, (gpointer) ptce_actor_get_id (actor),
                       GUINT_TO_POINTER (g_hash_table_size (b->actor_paths) + 1));
  return TRUE;
}

static gboolean
build_stage (Builder      *b,
             PtceTreeNode  node,
             guint         depth,
             gpointer      pole)
{
  Members m;
  g_autoptr(PtceDate) since = NULL;
  JsonObject *extras;
  int stage;
  guint n;

  if (!expect_object (b, node, depth, ptce_json_stage_members, &m) ||
      !read_enum (b, &m, "stage", PTCE_TYPE_STAGE, TRUE, PTCE_STAGE_UNKNOWN, &stage) ||
      !read_date (b, &m, "since", &since))
    return FALSE;
  if (since == NULL)
    return fail (b, PTCE_ERROR_INVALID_FORMAT, _("the member “%s” is missing"), "since");

  /* set_stage() would silently replace a change recorded at the same date */
  n = ptce_pole_get_n_stage_changes (pole);
  for (guint i = 0; i < n; i++)
    {
      PtceDate *other = NULL;

      ptce_pole_get_stage_change (pole, i, &other);
      if (other != NULL && ptce_date_equal (other, since) &&
          ptce_date_get_precision (other) == ptce_date_get_precision (since))
        {
          g_autofree char *iso = ptce_date_to_iso8601 (since);

          return fail_at (b, "since", PTCE_ERROR_INVALID_FORMAT,
                          _("another stage change is already dated %s"), iso);
        }
    }

  if (!collect_extras (b, &m, depth, &extras))
    return FALSE;
  ptce_pole_set_stage (pole, stage, since);
  if (extras != NULL)
    {
      ptce_json_stage_extras_set (pole, since, extras);
      json_object_unref (extras);
    }
  return TRUE;
}

static gboolean
build_territory (Builder      *b,
                 PtceTreeNode  node,
                 guint         depth,
                 PtcePole     *pole)
{
  Members m;
  g_autoptr(PtceTerritory) territory = NULL;
  g_auto(GStrv) communes = NULL;
  g_auto(GStrv) epcis = NULL;
  g_auto(GStrv) departements = NULL;
  g_auto(GStrv) regions = NULL;
  const char *name, *vintage;
  int scale;

  members_gather (b, &m, node, ptce_json_territory_members);

  if (!read_string (b, &m, "name", FALSE, &name) ||
      !read_string (b, &m, "vintage", FALSE, &vintage) ||
      !read_enum (b, &m, "scale", PTCE_TYPE_TERRITORY_SCALE, FALSE, PTCE_TERRITORY_SCALE_UNKNOWN, &scale) ||
      !read_strv (b, &m, "communes", depth + 1, &communes) ||
      !read_strv (b, &m, "epcis", depth + 1, &epcis) ||
      !read_strv (b, &m, "departements", depth + 1, &departements) ||
      !read_strv (b, &m, "regions", depth + 1, &regions))
    return FALSE;

  territory = ptce_territory_new (name);
  ptce_territory_set_vintage (territory, vintage);
  ptce_territory_set_scale (territory, scale);
  ptce_territory_set_communes (territory, (const char * const *) communes);
  ptce_territory_set_epcis (territory, (const char * const *) epcis);
  ptce_territory_set_departements (territory, (const char * const *) departements);
  ptce_territory_set_regions (territory, (const char * const *) regions);
  if (!keep_extras (b, &m, depth, territory))
    return FALSE;
  ptce_pole_set_territory (pole, territory);
  return TRUE;
}

static gboolean
build_strategy (Builder      *b,
                PtceTreeNode  node,
                guint         depth,
                PtcePole     *pole)
{
  Members m;
  g_autoptr(PtceStrategy) strategy = NULL;
  g_autoptr(PtceDate) adopted = NULL;
  g_auto(GStrv) objectives = NULL;
  const char *statement;
  gboolean sld;

  members_gather (b, &m, node, ptce_json_strategy_members);

  if (!read_string (b, &m, "statement", FALSE, &statement) ||
      !read_date (b, &m, "adopted", &adopted) ||
      !read_strv (b, &m, "objectives", depth + 1, &objectives) ||
      !read_boolean (b, &m, "sustainable_local_development", &sld))
    return FALSE;

  strategy = ptce_strategy_new (statement);
  ptce_strategy_set_adopted (strategy, adopted);
  ptce_strategy_set_objectives (strategy, (const char * const *) objectives);
  ptce_strategy_set_sustainable_local_development (strategy, sld);
  /* ptce/1.1: "false" says "stated: no", where an absent member is unknown */
  if (b->v1_1 && member (b, &m, "sustainable_local_development") != NULL)
    ptce_strategy_set_sustainable_local_development_stated (strategy, TRUE);
  if (!keep_extras (b, &m, depth, strategy))
    return FALSE;
  ptce_pole_set_strategy (pole, strategy);
  return TRUE;
}

/* The types of PtceJsonParts' blank pool, by their index there. */
enum
{
  BLANK_COOPERATION,
  BLANK_MEMBERSHIP,
  N_BLANKS
};

/* The pool of a worker's builders, or NULL where none is worth having. */
static PtceBlankPool *
blank_pool_new (void)
{
  const GType types[N_BLANKS] = { PTCE_TYPE_COOPERATION, PTCE_TYPE_MEMBERSHIP };

  return ptce_blank_pool_new (types, N_BLANKS);
}

/* An object the caller made ahead, for the worker's builders; NULL for
 * the others (the caller's feed the pool), or when none is ready. */
static gpointer
take_blank (Builder *b,
            guint    blank)
{
  return b->blanks != NULL && !b->feeds ? ptce_blank_pool_take (b->blanks, blank) : NULL;
}

static PtceMembership *
new_membership (Builder            *b,
                PtceActor          *actor,
                PtceMembershipRole  roles)
{
  PtceMembership *blank = take_blank (b, BLANK_MEMBERSHIP);

  return blank ? ptce_membership_init_blank_private (blank, actor, roles)
               : ptce_membership_new (actor, roles);
}

static PtceCooperation *
new_cooperation (Builder             *b,
                 const char          *id,
                 PtceCooperationMode  mode)
{
  PtceCooperation *blank = take_blank (b, BLANK_COOPERATION);

  return blank ? ptce_cooperation_init_blank_private (blank, id, mode)
               : ptce_cooperation_new (id, mode);
}

static gboolean
build_membership (Builder      *b,
                  PtceTreeNode  node,
                  guint         depth,
                  gpointer      pole)
{
  Members m;
  g_autoptr(PtceMembership) membership = NULL;
  g_autoptr(PtceDate) start = NULL;
  g_autoptr(PtceDate) end = NULL;
  const char *id;
  PtceActor *actor;
  guint roles;
  gsize mark;

  if (!expect_object (b, node, depth, ptce_json_membership_members, &m) ||
      !read_id (b, &m, "actor", &id))
    return FALSE;
  mark = path_member (b, "actor");
  actor = resolve_actor (b, id);
  if (actor == NULL)
    return FALSE;
  path_pop (b, mark);

  if (!read_flags (b, &m, "roles", PTCE_TYPE_MEMBERSHIP_ROLE, depth + 1, &roles) ||
      !read_date (b, &m, "start", &start) ||
      !read_date (b, &m, "end", &end) ||
      !check_period (b, start, end, "start", "end"))
    return FALSE;

  membership = new_membership (b, actor, roles);
  ptce_membership_set_start (membership, start);
  ptce_membership_set_end (membership, end);
  if (!keep_extras (b, &m, depth, membership))
    return FALSE;
  ptce_pole_add_membership (pole, membership);
  return TRUE;
}

static gboolean
build_cooperation (Builder      *b,
                   PtceTreeNode  node,
                   guint         depth,
                   gpointer      pole)
{
  Members m;
  g_autoptr(PtceCooperation) cooperation = NULL;
  g_autoptr(PtceDate) start = NULL;
  g_autoptr(PtceDate) end = NULL;
  const char *id, *description;
  int mode, object;
  GError *local = NULL;

  if (!expect_object (b, node, depth, ptce_json_cooperation_members, &m) ||
      !read_id (b, &m, "id", &id))
    return FALSE;
  if (ptce_pole_lookup_cooperation (pole, id) != NULL)
    {
      g_autofree char *quoted = shown (id);

      return fail_at (b, "id", PTCE_ERROR_DUPLICATE_ID,
                      _("the pole already has a cooperation with the id %s"), quoted);
    }
  if (!read_enum (b, &m, "mode", PTCE_TYPE_COOPERATION_MODE, TRUE, 0, &mode) ||
      !read_enum (b, &m, "object", PTCE_TYPE_COOPERATION_OBJECT, FALSE, PTCE_COOPERATION_OBJECT_OTHER, &object) ||
      !read_date (b, &m, "start", &start) ||
      !read_date (b, &m, "end", &end) ||
      !check_period (b, start, end, "start", "end") ||
      !read_string (b, &m, "description", FALSE, &description))
    return FALSE;

  cooperation = new_cooperation (b, id, mode);
  ptce_cooperation_set_object (cooperation, object);
  ptce_cooperation_set_start (cooperation, start);
  ptce_cooperation_set_end (cooperation, end);
  ptce_cooperation_set_description (cooperation, description);
  if (!read_cooperation_participants (b, &m, depth + 1, cooperation) ||
      !keep_extras (b, &m, depth, cooperation))
    return FALSE;
  if (!ptce_pole_add_cooperation (pole, cooperation, &local))
    return fail_with (b, local);
  return TRUE;
}

static gboolean
build_project (Builder      *b,
               PtceTreeNode  node,
               guint         depth,
               gpointer      pole)
{
  Members m;
  g_autoptr(PtceProject) project = NULL;
  g_autoptr(PtceDate) start = NULL;
  g_autoptr(PtceDate) end = NULL;
  g_auto(GStrv) sectors = NULL;
  g_auto(GStrv) objectives = NULL;
  const char *id, *title;
  guint innovation;
  gboolean sld;
  GError *local = NULL;

  if (!expect_object (b, node, depth, ptce_json_project_members, &m) ||
      !read_id (b, &m, "id", &id))
    return FALSE;
  if (ptce_pole_lookup_project (pole, id) != NULL)
    {
      g_autofree char *quoted = shown (id);

      return fail_at (b, "id", PTCE_ERROR_DUPLICATE_ID,
                      _("the pole already has a project with the id %s"), quoted);
    }
  if (!read_string (b, &m, "title", FALSE, &title) ||
      !read_flags (b, &m, "innovation", PTCE_TYPE_INNOVATION, depth + 1, &innovation) ||
      !read_strv (b, &m, "sectors", depth + 1, &sectors) ||
      !read_strv (b, &m, "objectives", depth + 1, &objectives) ||
      !read_boolean (b, &m, "sustainable_local_development", &sld) ||
      !read_date (b, &m, "start", &start) ||
      !read_date (b, &m, "end", &end) ||
      !check_period (b, start, end, "start", "end"))
    return FALSE;

  project = ptce_project_new (id, title);
  ptce_project_set_innovation (project, innovation);
  ptce_project_set_sectors (project, (const char * const *) sectors);
  ptce_project_set_objectives (project, (const char * const *) objectives);
  ptce_project_set_sustainable_local_development (project, sld);
  /* ptce/1.1: "innovation": [] says "assessed: not innovative", "false"
   * says "stated: no"; in ptce/1 they mean the same as absent */
  if (b->v1_1 && member (b, &m, "innovation") != NULL)
    ptce_project_set_innovation_stated (project, TRUE);
  if (b->v1_1 && member (b, &m, "sustainable_local_development") != NULL)
    ptce_project_set_sustainable_local_development_stated (project, TRUE);
  ptce_project_set_start (project, start);
  ptce_project_set_end (project, end);
  if (!read_participants (b, &m, depth + 1, project, add_project_participant) ||
      !keep_extras (b, &m, depth, project))
    return FALSE;
  if (!ptce_pole_add_project (pole, project, &local))
    return fail_with (b, local);
  return TRUE;
}

/* ptce/1.1: the projects of the pole a funding supported. */
static gboolean
read_funded_projects (Builder       *b,
                      const Members *node,
                      guint          depth,
                      PtcePole      *pole,
                      PtceFunding   *funding)
{
  g_auto(GStrv) ids = NULL;
  GError *local = NULL;

  if (!read_strv (b, node, "projects", depth + 1, &ids))
    return FALSE;
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      gsize mark = path_member (b, "projects");

      path_index (b, i);
      if (ptce_pole_lookup_project (pole, ids[i]) == NULL)
        {
          g_autofree char *quoted = shown (ids[i]);

          return fail (b, PTCE_ERROR_DANGLING_REFERENCE,
                       _("the pole has no project with the id %s"), quoted);
        }
      if (!ptce_json_rule_listed_once ((const char * const *) ids, i, PTCE_JSON_LISTED_PROJECT,
                                       &local))
        return fail_with (b, local);
      path_pop (b, mark);
    }
  ptce_funding_set_projects (funding, (const char * const *) ids);
  return TRUE;
}

static gboolean
build_funding (Builder      *b,
               PtceTreeNode  node,
               guint         depth,
               gpointer      pole)
{
  Members m;
  g_autoptr(PtceFunding) funding = NULL;
  g_autoptr(PtceDate) date = NULL;
  const char *call, *funder;
  int call_kind;
  double amount, duration;
  gboolean has_amount, has_duration;

  if (!expect_object (b, node, depth, (b->v1_1 ? ptce_json_funding_members_1_1 : ptce_json_funding_members), &m) ||
      !read_string (b, &m, "call", FALSE, &call) ||
      !read_enum (b, &m, "call_kind", PTCE_TYPE_CALL_KIND, FALSE, PTCE_CALL_KIND_OTHER, &call_kind) ||
      !read_string (b, &m, "funder", FALSE, &funder) ||
      !read_date (b, &m, "date", &date) ||
      !read_number (b, &m, "amount", FALSE, &amount, &has_amount) ||
      !read_number (b, &m, "duration_months", FALSE, &duration, &has_duration))
    return FALSE;

  if (has_amount && amount < 0)
    return fail_at (b, "amount", PTCE_ERROR_INVALID_FORMAT,
                    _("an amount cannot be negative (%g)"), amount);
  if (has_duration && (duration < 1 || duration > G_MAXUINT32 || floor (duration) != duration))
    return fail_at (b, "duration_months", PTCE_ERROR_INVALID_FORMAT,
                    _("a duration must be a whole number of months, 1 or more (found %g)"),
                    duration);

  funding = ptce_funding_new (call, call_kind);
  ptce_funding_set_funder (funding, funder);
  ptce_funding_set_date (funding, date);
  if (has_amount)
    ptce_funding_set_amount (funding, amount);
  if (has_duration)
    ptce_funding_set_duration_months (funding, (guint) duration);
  if (b->v1_1 && !read_funded_projects (b, &m, depth, pole, funding))
    return FALSE;
  if (!keep_extras (b, &m, depth, funding))
    return FALSE;
  ptce_pole_add_funding (pole, funding);
  return TRUE;
}

/* ptce/1.1: the pole as its own legal person, an actor that bears the
 * pole's id and name. */
static gboolean
build_legal_person (Builder      *b,
                    PtceTreeNode  node,
                    guint         depth,
                    PtcePole     *pole)
{
  Members m;
  g_autoptr(PtceActor) actor = NULL;
  const char *siren, *siret, *rna, *legal_category, *naf, *seat_commune;
  int kind, ess_family, ess_basis;
  GError *local = NULL;

  members_gather (b, &m, node, ptce_json_legal_person_members);

  if (!read_enum (b, &m, "kind", PTCE_TYPE_ACTOR_KIND, FALSE, PTCE_ACTOR_KIND_UNKNOWN, &kind) ||
      !read_enum (b, &m, "ess_family", PTCE_TYPE_ESS_FAMILY, FALSE, PTCE_ESS_FAMILY_UNKNOWN, &ess_family) ||
      !read_enum (b, &m, "ess_basis", PTCE_TYPE_ESS_BASIS, FALSE, PTCE_ESS_BASIS_UNKNOWN, &ess_basis) ||
      !read_string (b, &m, "siren", FALSE, &siren) ||
      !read_string (b, &m, "siret", FALSE, &siret) ||
      !read_string (b, &m, "rna", FALSE, &rna) ||
      !read_string (b, &m, "legal_category", FALSE, &legal_category) ||
      !read_string (b, &m, "naf", FALSE, &naf) ||
      !read_string (b, &m, "seat_commune", FALSE, &seat_commune))
    return FALSE;
  if (!ptce_json_rule_legal_person_kind (kind, &local))
    {
      path_member (b, "kind");
      return fail_with (b, local);
    }

  actor = ptce_actor_new (ptce_pole_get_id (pole), ptce_pole_get_name (pole));
  ptce_actor_set_kind (actor, kind);
  ptce_actor_set_ess_family (actor, ess_family);
  ptce_actor_set_ess_basis (actor, ess_basis);
  ptce_actor_set_siren (actor, siren);
  ptce_actor_set_siret (actor, siret);
  ptce_actor_set_rna (actor, rna);
  ptce_actor_set_legal_category (actor, legal_category);
  ptce_actor_set_naf (actor, naf);
  ptce_actor_set_seat_commune (actor, seat_commune);
  if (!keep_extras (b, &m, depth, actor))
    return FALSE;
  ptce_pole_set_legal_person (pole, actor);
  return TRUE;
}

/* Adds a pole built with its id checked unused (check_id_unused()). */
static gboolean
add_pole (Builder  *b,
          gpointer  pole)
{
  GError *local = NULL;

  /* its references were resolved as read; ptce_dataset_validate() checks
   * them once more at the end */
  if (!ptce_dataset_add_pole_unchecked_private (b->dataset, pole, &local))
    return fail_with (b, local);
  g_hash_table_insert (b->pole_paths, (gpointer) ptce_pole_get_id (pole),
                       GUINT_TO_POINTER (g_hash_table_size (b->pole_paths) + 1));
  return TRUE;
}

static gboolean
build_pole (Builder      *b,
            PtceTreeNode  node,
            guint         depth,
            gpointer      unused)
{
  Members m;
  g_autoptr(PtcePole) pole = NULL;
  g_autoptr(PtceDate) founded = NULL;
  g_autoptr(PtceDate) dissolved = NULL;
  g_auto(GStrv) aliases = NULL;
  const char *id, *name, *description, *carrier_id;
  int origin, legal_form;
  guint typology;
  PtceTreeNode territory, strategy, legal_person = NULL;

  if (!expect_object (b, node, depth, (b->v1_1 ? ptce_json_pole_members_1_1 : ptce_json_pole_members), &m) ||
      !read_id (b, &m, "id", &id) ||
      !check_id_unused (b, id) ||
      !read_string (b, &m, "name", FALSE, &name) ||
      !read_strv (b, &m, "aliases", depth + 1, &aliases) ||
      !read_string (b, &m, "description", FALSE, &description) ||
      !read_date (b, &m, "founded", &founded) ||
      !read_date (b, &m, "dissolved", &dissolved) ||
      !check_period (b, founded, dissolved, "founded", "dissolved") ||
      !read_flags (b, &m, "typology", PTCE_TYPE_POLE_TYPOLOGY, depth + 1, &typology) ||
      !read_enum (b, &m, "origin", PTCE_TYPE_POLE_ORIGIN, FALSE, PTCE_POLE_ORIGIN_UNKNOWN, &origin) ||
      !read_enum (b, &m, "legal_form", PTCE_TYPE_LEGAL_FORM, FALSE, PTCE_LEGAL_FORM_UNKNOWN, &legal_form) ||
      !read_string (b, &m, "carrier", FALSE, &carrier_id) ||
      !read_container (b, &m, "territory", PTCE_TREE_OBJECT, depth + 1, &territory) ||
      !read_container (b, &m, "strategy", PTCE_TREE_OBJECT, depth + 1, &strategy) ||
      (b->v1_1 &&
       !read_container (b, &m, "legal_person", PTCE_TREE_OBJECT, depth + 1, &legal_person)))
    return FALSE;

  pole = ptce_pole_new (id, name);
  /* its lists get one splice each at the end (ptce-model-private.h) */
  ptce_pole_begin_fill_private (pole);
  ptce_pole_set_aliases (pole, (const char * const *) aliases);
  ptce_pole_set_description (pole, description);
  ptce_pole_set_founded (pole, founded);
  ptce_pole_set_dissolved (pole, dissolved);
  ptce_pole_set_typology (pole, typology);
  ptce_pole_set_origin (pole, origin);
  ptce_pole_set_legal_form (pole, legal_form);

  if (carrier_id != NULL)
    {
      gsize mark = path_member (b, "carrier");
      PtceActor *carrier = resolve_actor (b, carrier_id);

      if (carrier == NULL)
        return FALSE;
      path_pop (b, mark);
      ptce_pole_set_carrier (pole, carrier);
    }

  if (legal_person != NULL)
    {
      gsize mark = path_member (b, "legal_person");

      if (!build_legal_person (b, legal_person, depth + 1, pole))
        return FALSE;
      path_pop (b, mark);
    }

  if (territory != NULL)
    {
      gsize mark = path_member (b, "territory");

      if (!build_territory (b, territory, depth + 1, pole))
        return FALSE;
      path_pop (b, mark);
    }
  if (strategy != NULL)
    {
      gsize mark = path_member (b, "strategy");

      if (!build_strategy (b, strategy, depth + 1, pole))
        return FALSE;
      path_pop (b, mark);
    }

  if (!read_each (b, &m, "stages", depth + 1, build_stage, pole) ||
      !read_each (b, &m, "memberships", depth + 1, build_membership, pole) ||
      !read_each (b, &m, "cooperations", depth + 1, build_cooperation, pole) ||
      !read_each (b, &m, "projects", depth + 1, build_project, pole) ||
      !read_each (b, &m, "fundings", depth + 1, build_funding, pole) ||
      !keep_extras (b, &m, depth, pole))
    return FALSE;

  ptce_pole_end_fill_private (pole);
  if (b->collect != NULL)
    {
      g_ptr_array_add (b->collect, g_steal_pointer (&pole));
      return TRUE;
    }
  return add_pole (b, pole);
}

/* An observation is about an actor or a pole of the dataset. */
static gboolean
check_subject (Builder    *b,
               const char *subject)
{
  g_autofree char *quoted = NULL;

  if (ptce_dataset_lookup_actor (b->dataset, subject) != NULL ||
      ptce_dataset_lookup_pole (b->dataset, subject) != NULL)
    return TRUE;
  quoted = shown (subject);
  return fail_at (b, "subject", PTCE_ERROR_DANGLING_REFERENCE,
                  _("no actor nor pole of the dataset has the id %s"), quoted);
}

static gboolean
add_observation (Builder  *b,
                 gpointer  observation)
{
  GError *local = NULL;

  if (!ptce_dataset_add_observation (b->dataset, observation, &local))
    return fail_with (b, local);
  return TRUE;
}

static gboolean
build_observation (Builder      *b,
                   PtceTreeNode  node,
                   guint         depth,
                   gpointer      unused)
{
  Members m;
  g_autoptr(PtceObservation) observation = NULL;
  g_autoptr(PtceDate) start = NULL;
  g_autoptr(PtceDate) end = NULL;
  const char *subject, *indicator, *unit, *source, *method;
  double value;
  gboolean has_value;

  if (!expect_object (b, node, depth, ptce_json_observation_members, &m) ||
      !read_id (b, &m, "subject", &subject))
    return FALSE;
  if (!b->defer_subjects && !check_subject (b, subject))
    return FALSE;
  if (!read_id (b, &m, "indicator", &indicator) ||
      !read_number (b, &m, "value", TRUE, &value, &has_value) ||
      !read_string (b, &m, "unit", FALSE, &unit) ||
      !read_date (b, &m, "start", &start) ||
      !read_date (b, &m, "end", &end) ||
      !check_period (b, start, end, "start", "end") ||
      !read_string (b, &m, "source", FALSE, &source) ||
      !read_string (b, &m, "method", FALSE, &method))
    return FALSE;

  observation = ptce_observation_new (subject, indicator, value);
  ptce_observation_set_unit (observation, unit);
  ptce_observation_set_start (observation, start);
  ptce_observation_set_end (observation, end);
  ptce_observation_set_source (observation, source);
  ptce_observation_set_method (observation, method);
  if (!keep_extras (b, &m, depth, observation))
    return FALSE;
  if (b->collect != NULL)
    {
      g_ptr_array_add (b->collect, g_steal_pointer (&observation));
      return TRUE;
    }
  return add_observation (b, observation);
}

/* The root's own members, from "format" to "cog_vintage". */
static gboolean
build_root (Builder       *b,
            const Members *m)
{
  g_autoptr(PtceDate) date = NULL;
  PtceTreeNode format;
  const char *tag, *title, *source, *cog_vintage;

  format = member (b, m, "format");
  if (format == NULL)
    return fail (b, PTCE_ERROR_UNSUPPORTED_VERSION,
                 _("the member “format” is missing: this is not a “ptce/1” document"));
  if (!read_string (b, m, "format", TRUE, &tag))
    return FALSE;
  if (strcmp (tag, "ptce/1.1") == 0)
    b->v1_1 = TRUE;
  else if (strcmp (tag, "ptce/1") != 0)
    {
      g_autofree char *quoted = shown (tag);

      return fail_at (b, "format", PTCE_ERROR_UNSUPPORTED_VERSION,
                      _("the format %s is not one this version of libptce reads (it reads "
                        "“ptce/1” and “ptce/1.1”)"), quoted);
    }

  if (!read_string (b, m, "title", FALSE, &title) ||
      !read_string (b, m, "source", FALSE, &source) ||
      !read_date (b, m, "date", &date) ||
      !read_string (b, m, "cog_vintage", FALSE, &cog_vintage))
    return FALSE;
  ptce_dataset_set_title (b->dataset, title);
  ptce_dataset_set_source (b->dataset, source);
  ptce_dataset_set_date (b->dataset, date);
  ptce_dataset_set_cog_vintage (b->dataset, cog_vintage);
  return TRUE;
}

static gboolean
build_dataset (Builder      *b,
               PtceTreeNode  root)
{
  Members m;

  if (!expect_object (b, root, 1, ptce_json_dataset_members, &m) ||
      !build_root (b, &m))
    return FALSE;

  /* actors first: poles and observations refer to them */
  return read_each (b, &m, "actors", 2, build_actor, NULL) &&
         (!b->v1_1 || read_each (b, &m, "actors", 2, build_actor_compositions, NULL)) &&
         read_each (b, &m, "poles", 2, build_pole, NULL) &&
         read_each (b, &m, "observations", 2, build_observation, NULL) &&
         keep_extras (b, &m, 1, b->dataset);
}

/* A builder of @dataset; @error is where it fails. */
static void
builder_init (Builder               *b,
              const PtceTreeVTable  *vtable,
              guint                  max_depth,
              gboolean               check_strings,
              PtceDataset           *dataset,
              GError               **error)
{
  memset (b, 0, sizeof *b);
  b->vt = vtable;
  b->max_depth = max_depth;
  b->check_strings = check_strings;
  b->path = g_string_new ("$");
  b->dataset = dataset;
  b->actor_paths = g_hash_table_new (g_str_hash, g_str_equal);
  b->pole_paths = g_hash_table_new (g_str_hash, g_str_equal);
  b->dates = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) ptce_date_unref);
  b->error = error;
  b->participants = g_ptr_array_new ();
  b->classes = g_ptr_array_new_with_free_func (g_type_class_unref);
}

static void
builder_clear (Builder *b)
{
  g_string_free (b->path, TRUE);
  g_hash_table_unref (b->actor_paths);
  g_hash_table_unref (b->pole_paths);
  /* the paths first: their keys are the actors' ids */
  g_clear_pointer (&b->declared_paths, g_hash_table_unref);
  g_clear_pointer (&b->declared, g_ptr_array_unref);
  g_hash_table_unref (b->dates);
  g_ptr_array_unref (b->participants);
  g_ptr_array_unref (b->classes);
}

/* Ends the fill of the dataset @ok built, and validates it, unless it is
 * validated already (@checked: see ptce_json_parts_finish()). */
static PtceDataset *
builder_finish (Builder     *b,
                gboolean     ok,
                gboolean     checked,
                GError     **error)
{
  g_autoptr(PtceDataset) dataset = g_object_ref (b->dataset);

  ptce_dataset_end_fill_private (dataset);
  builder_clear (b);

  /* The checks above cover what ptce_dataset_validate() checks; running it
   * keeps the reader honest should the model learn new invariants. Every
   * actor was resolved by its id in the dataset (resolve_actor()), or
   * among the declared ones that are now the dataset's, which the
   * validation need not prove again participant by participant (9 % of a
   * load). */
  if (ok && !checked && !ptce_dataset_validate_private (dataset, TRUE, error))
    ok = FALSE;

  return ok ? g_steal_pointer (&dataset) : NULL;
}

PtceDataset *
ptce_json_build_dataset (const PtceTreeVTable  *vtable,
                         PtceTreeNode           root,
                         guint                  max_depth,
                         gboolean               check_strings,
                         GError               **error)
{
  g_autoptr(PtceDataset) dataset = NULL;
  Builder b;
  gboolean ok;

  g_return_val_if_fail (vtable != NULL, NULL);
  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();

  dataset = ptce_dataset_new ();
  builder_init (&b, vtable, max_depth, check_strings, dataset, error);
  /* the dataset's lists get one splice each at the end */
  ptce_dataset_begin_fill_private (dataset);
  ok = build_dataset (&b, root);
  return builder_finish (&b, ok, FALSE, error);
}

/* ---- a dataset from its parts ----------------------------------------
 *
 * The texts of a section's elements are independent until they are added
 * to the dataset: a range of them is parsed and built by a builder of its
 * own, on some thread, into a list (Builder.collect); the lists are then
 * added in order on the calling thread, which checks the ids across
 * ranges. The shared tables (the dataset's, actor_paths and pole_paths)
 * are only read while the ranges build. The actors are built first, by a
 * worker thread that adds each to the dataset; the poles, in ranges
 * (chunks) that the threads take in turns, find their actors in the
 * dataset once the worker is done, or among the actors the worker
 * declared first by their ids; the observations, which need the dataset
 * only for their subjects, may be built meanwhile (defer_subjects) and
 * are added last. */

typedef struct
{
  Builder               b;
  const PtceTreeParser *parser;
  const char           *section;
  GPtrArray            *texts;
  const PtceJsonPartsSource *source;  /* of @texts' elements, or NULL: texts */
  guint                 start, end;   /* the range of @texts */
  ItemFunc              build;
  GPtrArray            *built;        /* the objects of start, start + 1, … */
  GError               *error;        /* where the range stopped */
  gint                  done;         /* built (atomic): its texts are read */
  gboolean              released;     /* its elements freed (release_built()) */
} Range;

/* A range of the section of @main, built by a builder that shares its
 * configuration and reads its id tables. */
static void
range_init (Range                *r,
            const Builder        *main,
            const PtceTreeParser *parser,
            const char           *section,
            GPtrArray            *texts,
            ItemFunc              build)
{
  memset (r, 0, sizeof *r);
  /* not main->vt: the actors' thread may be using @main (only the fields
   * it never writes are read here) */
  builder_init (&r->b, parser->vtable (), main->max_depth, main->check_strings, main->dataset,
                &r->error);
  g_hash_table_unref (r->b.actor_paths);
  g_hash_table_unref (r->b.pole_paths);
  if (main->declared != NULL)
    {
      /* the actors' thread is filling main->actor_paths */
      r->b.declared = g_ptr_array_ref (main->declared);
      r->b.declared_paths = g_hash_table_ref (main->declared_paths);
      r->b.actor_paths = g_hash_table_ref (main->declared_paths);
    }
  else
    r->b.actor_paths = g_hash_table_ref (main->actor_paths);
  r->b.pole_paths = g_hash_table_ref (main->pole_paths);
  r->b.v1_1 = main->v1_1;
  r->built = g_ptr_array_new_with_free_func (g_object_unref);
  r->b.collect = r->built;
  r->parser = parser;
  r->section = section;
  r->texts = texts;
  r->build = build;
}

static void
range_clear (Range *r)
{
  builder_clear (&r->b);
  g_ptr_array_unref (r->built);
  g_clear_error (&r->error);
}

/* Parses one element's text (@cache: the parser's, or NULL) with the path
 * standing at it, and calls @build on its tree; the path stays at the
 * element when it fails. */
static gboolean
build_part (Builder              *b,
            const PtceTreeParser *parser,
            gpointer              cache,
            const char           *section,
            guint                 index,
            const char           *text,
            ItemFunc              build)
{
  const PtceTreeVTable *vtable = b->vt;
  /* the element stands at level 3 of the document: root, array, element */
  guint max_depth = b->max_depth > 2 ? b->max_depth - 2 : 1;
  const PtceTreeParser *used;
  PtceTreeNode node = NULL;
  gpointer document;
  GError *local = NULL;
  gsize mark;
  gboolean ok;

  /* between two elements, the worker's next objects made here */
  if (b->blanks != NULL && b->feeds)
    ptce_blank_pool_feed (b->blanks);
  mark = path_member (b, section);
  path_index (b, index);
  document = ptce_tree_parse_checked (parser, cache, text, strlen (text), max_depth, NULL,
                                     &node, &used, &local);
  if (document == NULL)
    return fail_with (b, local);

  b->vt = used->vtable ();
  ok = build (b, node, 3, NULL);
  b->vt = vtable;
  if (used != parser || cache == NULL)
    used->free_document (document);
  if (ok)
    path_pop (b, mark);
  return ok;
}

/* The text of element @i of @r: the element, or what its source makes of
 * it in @buffer; NULL with the builder's error, at the element, when the
 * source cannot. */
static const char *
range_text (Range      *r,
            guint       i,
            GByteArray *buffer)
{
  gpointer element = g_ptr_array_index (r->texts, i);
  const char *text;
  GError *local = NULL;
  gsize mark;

  if (r->source == NULL)
    return element;
  text = r->source->text (element, buffer, &local);
  if (text != NULL)
    return text;
  mark = path_member (&r->b, r->section);
  path_index (&r->b, i);
  fail_with (&r->b, local);
  path_pop (&r->b, mark);
  return NULL;
}

static gpointer
range_build (gpointer data)
{
  Range *r = data;
  gpointer cache = r->parser->cache_new != NULL ? r->parser->cache_new () : NULL;
  /* the texts a source makes, one after the other in the same bytes */
  g_autoptr(GByteArray) buffer = r->source != NULL ? g_byte_array_new () : NULL;

  for (guint i = r->start; i < r->end; i++)
    {
      const char *text = range_text (r, i, buffer);

      if (text == NULL || !build_part (&r->b, r->parser, cache, r->section, i, text, r->build))
        break;
    }
  if (cache != NULL)
    r->parser->cache_free (cache);
  /* the dates met, thousands in a chunk of a national file, dropped by
   * the thread that made them while the others build, not all at the end */
  g_hash_table_remove_all (r->b.dates);
  g_atomic_int_set (&r->done, TRUE);
  return NULL;
}

/* Adds the poles of @r to the dataset in order, each with the path at
 * its element; then fails with the range's error, if it stopped on one. */
static gboolean
range_merge_poles (Builder *b,
                   Range   *r)
{
  for (guint j = 0; j < r->built->len; j++)
    {
      gpointer pole = g_ptr_array_index (r->built, j);
      gsize mark = path_member (b, r->section);

      path_index (b, r->start + j);
      /* a range's poles had their ids checked against the actors' as
       * they were built; against the poles before them only now */
      if (!check_id_unused (b, ptce_pole_get_id (pole)) || !add_pole (b, pole))
        return FALSE;
      path_pop (b, mark);
    }
  if (r->error != NULL)
    {
      g_propagate_error (b->error, g_steal_pointer (&r->error));
      return FALSE;
    }
  return TRUE;
}

/* Below this many actors a thread of their own is not worth it. */
#define MIN_THREADED 256
/* The poles are cut in chunks by bytes, which the threads take in turns,
 * each chunk a share of what is left (1 / (CHUNK_SHARE × threads)): the
 * first are large, the last small, so that no thread waits for another
 * at the end for long (with 64 equal chunks, the last of L kept one
 * thread alone for 40 to 60 ms). A chunk has MIN_CHUNK_POLES poles and
 * 1 / MIN_CHUNK_PART of the bytes at least, but for the last. */
#define CHUNK_SHARE 4
#define MIN_CHUNK_POLES 16
#define MIN_CHUNK_PART 256

struct _PtceJsonParts
{
  const PtceTreeParser *parser;
  guint                 n_threads;
  PtceDataset          *dataset;
  Builder               b;
  GError               *error;         /* b's: where the build stopped */
  gboolean              ok;
  /* The actors' texts come in batches, each an array of texts, kept to the
   * end (read again for ptce/1.1); the worker takes each as it comes. */
  GPtrArray            *actor_batches;
  guint                 n_actor_texts; /* in the batches given so far */
  /* The ids to declare the actors with, in batches (NULL: none): all at
   * once (ids_complete), or one batch beside each batch of texts until
   * the actors end. */
  GPtrArray            *id_batches;
  guint                 n_declared;    /* the batches of ids declared */
  gboolean              ids_complete;
  /* The worker declares the actors, builds them, then takes chunks of
   * poles beside the caller, which reads on meanwhile. */
  GThread              *worker;
  GPtrArray            *helpers;       /* more takers, one a processor    */
  GMutex                lock;
  GCond                 cond;
  gboolean              declaring;     /* until the worker declared them all */
  gboolean              actors_ended;  /* no more batches of actors */
  gboolean              actors_in;     /* the worker has built the actors */
  gboolean              actors_released; /* their texts freed */
  gboolean              poles_given;   /* add_poles() or finish() came */
  GPtrArray            *poles;         /* their texts, or elements of: */
  const PtceJsonPartsSource *pole_source;
  Range                *chunks;
  guint                 n_chunks;
  gint                  next_chunk;    /* the next to take (atomic) */
  Range                *observations;  /* built, checked at the end */
  /* the worker's cooperations and memberships, made by the caller (NULL
   * without a worker, or where GLib needs none: ptce_blank_pool_new()) */
  PtceBlankPool        *blanks;
};

/* Cuts the poles into chunks of about the same number of bytes, each with
 * a builder of its own. */
static void
chunks_init (PtceJsonParts *parts,
             GPtrArray     *texts)
{
  const PtceJsonPartsSource *source = parts->pole_source;
  g_autofree gsize *lengths = g_new (gsize, texts->len);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  gsize total = 0, left, least;
  guint start = 0;

  for (guint i = 0; i < texts->len; i++)
    {
      gpointer element = g_ptr_array_index (texts, i);

      lengths[i] = source != NULL ? source->text_length (element) : strlen (element);
      total += lengths[i];
    }
  /* where each chunk ends */
  left = total;
  least = total / MIN_CHUNK_PART;
  for (guint end = 0; end < texts->len;)
    {
      gsize share = MAX (left / (CHUNK_SHARE * parts->n_threads), least);
      guint first = end;

      while (end < texts->len && (share > 0 || end - first < MIN_CHUNK_POLES))
        {
          share -= MIN (share, lengths[end]);
          left -= lengths[end++];
        }
      /* too few left for a chunk of their own */
      if (texts->len - end < MIN_CHUNK_POLES)
        end = texts->len;
      g_array_append_val (ends, end);
    }
  parts->n_chunks = MAX (ends->len, 1);
  parts->chunks = g_new (Range, parts->n_chunks);
  for (guint k = 0; k < parts->n_chunks; k++)
    {
      Range *r = &parts->chunks[k];
      guint end = k < ends->len ? g_array_index (ends, guint, k) : texts->len;

      range_init (r, &parts->b, parts->parser, "poles", texts, build_pole);
      r->source = source;
      r->start = start;
      r->end = end;
      start = end;
    }
}

/* Whether the chunks may be built, once they may: the actors are declared,
 * or else all in (and built without error). */
static gboolean
chunks_wait (PtceJsonParts *parts)
{
  gboolean build;

  g_mutex_lock (&parts->lock);
  while (parts->declaring || (parts->b.declared == NULL && !parts->actors_in))
    g_cond_wait (&parts->cond, &parts->lock);
  build = parts->b.declared != NULL || parts->ok;
  g_mutex_unlock (&parts->lock);
  return build;
}

/* Builds chunks of poles until none is left to take: the worker's with
 * the objects the caller made ahead (@blanks), the helpers' without (a
 * pool has one taker). */
static void
chunks_take (PtceJsonParts *parts,
             PtceBlankPool *blanks)
{
  guint k;

  while ((k = (guint) g_atomic_int_add (&parts->next_chunk, 1)) < parts->n_chunks)
    {
      parts->chunks[k].b.blanks = blanks;
      range_build (&parts->chunks[k]);
    }
}

/* Frees, on the caller's thread, which made them, the texts the build no
 * longer reads: the actors' once the worker has built them, the poles'
 * elements of each chunk built (when their source releases them). glibc
 * gives the memory back to that thread's arena, where the objects of its
 * next chunks find it, instead of new pages that fault in one by one
 * (a store's whole L: 110 MB of texts, 28 000 faults). */
static void
release_built (PtceJsonParts *parts)
{
  const PtceJsonPartsSource *source = parts->pole_source;

  if (!parts->actors_released && parts->worker != NULL)
    {
      g_mutex_lock (&parts->lock);
      parts->actors_released = parts->actors_in;
      g_mutex_unlock (&parts->lock);
      /* the worker no longer reads them, nor the array */
      if (parts->actors_released)
        g_ptr_array_set_size (parts->actor_batches, 0);
    }
  if (source == NULL || source->release == NULL)
    return;
  for (guint k = 0; k < parts->n_chunks; k++)
    {
      Range *r = &parts->chunks[k];

      if (r->released || !g_atomic_int_get (&r->done))
        continue;
      for (guint i = r->start; i < r->end; i++)
        source->release (g_steal_pointer (&r->texts->pdata[i]));
      r->released = TRUE;
    }
}

/* The caller's turns at the chunks, freeing as it goes what it gave. */
static void
chunks_take_releasing (PtceJsonParts *parts)
{
  guint k;

  release_built (parts);
  while ((k = (guint) g_atomic_int_add (&parts->next_chunk, 1)) < parts->n_chunks)
    {
      /* the caller's chunks feed the worker's */
      parts->chunks[k].b.blanks = parts->blanks;
      parts->chunks[k].b.feeds = TRUE;
      range_build (&parts->chunks[k]);
      release_built (parts);
    }
}

static gpointer
chunks_help (gpointer data)
{
  PtceJsonParts *parts = data;

  if (chunks_wait (parts))
    chunks_take (parts, NULL);
  return NULL;
}

/* Until the actors are declared, the builder is the worker's. */
static void
declared_wait (PtceJsonParts *parts)
{
  g_mutex_lock (&parts->lock);
  while (parts->declaring)
    g_cond_wait (&parts->cond, &parts->lock);
  g_mutex_unlock (&parts->lock);
}

/* Sets one of the flags the threads wait on. */
static void
parts_signal (PtceJsonParts *parts,
              gboolean      *flag,
              gboolean       value)
{
  g_mutex_lock (&parts->lock);
  *flag = value;
  g_cond_broadcast (&parts->cond);
  g_mutex_unlock (&parts->lock);
}

/* Makes the actors of @ids, empty but for their ids, for build_actor() to
 * fill, after those declared before; an id given twice makes one actor (a
 * second text with that id fails, the id being used). */
static void
declare_actors (Builder   *b,
                GPtrArray *ids)
{
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      PtceActor *actor;

      if (g_hash_table_contains (b->declared_paths, id))
        continue;
      actor = ptce_actor_new (id, NULL);
      g_ptr_array_add (b->declared, actor);
      g_hash_table_insert (b->declared_paths, (gpointer) ptce_actor_get_id (actor),
                           GUINT_TO_POINTER (b->declared->len));
    }
}

/* The worker declares the actors of the ids given so far; once all are
 * given and declared, the poles may be built. */
static void
declare_given (PtceJsonParts *parts)
{
  g_autoptr(GPtrArray) batches = NULL;
  gboolean complete;

  if (!parts->declaring)
    return;
  batches = g_ptr_array_new ();
  g_mutex_lock (&parts->lock);
  for (; parts->n_declared < parts->id_batches->len; parts->n_declared++)
    g_ptr_array_add (batches, g_ptr_array_index (parts->id_batches, parts->n_declared));
  complete = parts->ids_complete || parts->actors_ended;
  g_mutex_unlock (&parts->lock);
  for (guint k = 0; k < batches->len; k++)
    declare_actors (&parts->b, g_ptr_array_index (batches, k));
  if (complete)
    parts_signal (parts, &parts->declaring, FALSE);
}

/* Builds the texts of one batch of actors, the first at @base in the
 * document, each added to the dataset as it is built (@build: the actor,
 * or its compositions): until the actors are in, nothing else writes the
 * builder or the dataset. */
static void
actors_build_batch (PtceJsonParts *parts,
                    gpointer       cache,
                    GPtrArray     *texts,
                    guint          base,
                    ItemFunc       build)
{
  for (guint i = 0; parts->ok && i < texts->len; i++)
    parts->ok = build_part (&parts->b, parts->parser, cache, "actors", base + i,
                            g_ptr_array_index (texts, i), build);
}

/* ptce/1.1: an actor's composition names other actors, all in now. */
static void
actors_build_compositions (PtceJsonParts *parts,
                           gpointer       cache)
{
  guint base = 0;

  for (guint k = 0; parts->ok && parts->b.v1_1 && k < parts->actor_batches->len; k++)
    {
      GPtrArray *texts = g_ptr_array_index (parts->actor_batches, k);

      actors_build_batch (parts, cache, texts, base, build_actor_compositions);
      base += texts->len;
    }
}

/* The batch @k of the actors' texts once it is given, or NULL when no
 * more will be. */
static GPtrArray *
actor_batch_wait (PtceJsonParts *parts,
                  guint          k)
{
  GPtrArray *texts = NULL;

  g_mutex_lock (&parts->lock);
  while (k >= parts->actor_batches->len && !parts->actors_ended)
    g_cond_wait (&parts->cond, &parts->lock);
  if (k < parts->actor_batches->len)
    texts = g_ptr_array_index (parts->actor_batches, k);
  g_mutex_unlock (&parts->lock);
  return texts;
}

/* The worker's build of the actors, batch by batch as they are given. */
static void
actors_build (PtceJsonParts *parts)
{
  const PtceTreeParser *parser = parts->parser;
  gpointer cache = parser->cache_new != NULL ? parser->cache_new () : NULL;
  GPtrArray *texts;
  guint base = 0;

  /* the texts are freed at the end, once the caller's thread, which made
   * them, no longer allocates much: free() here would take turns with its
   * malloc() on the same arena */
  for (guint k = 0; (texts = actor_batch_wait (parts, k)) != NULL; k++)
    {
      /* the ids of this batch at least, given with it or before */
      declare_given (parts);
      actors_build_batch (parts, cache, texts, base, build_actor);
      base += texts->len;
    }
  /* every batch is in: the array no longer grows, nor do the ids */
  declare_given (parts);
  actors_build_compositions (parts, cache);
  if (cache != NULL)
    parser->cache_free (cache);
}

static gpointer
worker_run (gpointer data)
{
  PtceJsonParts *parts = data;

  declare_given (parts);
  actors_build (parts);
  /* the actors' list is this thread's still: filled now, not at the end */
  if (parts->ok)
    ptce_dataset_end_fill_lists_private (parts->dataset, PTCE_DATASET_LIST_ACTORS);
  parts_signal (parts, &parts->actors_in, TRUE);

  g_mutex_lock (&parts->lock);
  while (!parts->poles_given)
    g_cond_wait (&parts->cond, &parts->lock);
  g_mutex_unlock (&parts->lock);
  /* with declared actors, the caller may be taking chunks already */
  if (parts->ok)
    chunks_take (parts, parts->blanks);
  return NULL;
}

/* Frees the chunks and the poles' texts. */
static void
chunks_clear (PtceJsonParts *parts)
{
  for (guint k = 0; k < parts->n_chunks; k++)
    range_clear (&parts->chunks[k]);
  g_clear_pointer (&parts->chunks, g_free);
  parts->n_chunks = 0;
  g_clear_pointer (&parts->poles, g_ptr_array_unref);
}

/* Waits for the worker and the helpers: all is built. */
static void
parts_join (PtceJsonParts *parts)
{
  if (parts->worker != NULL)
    {
      /* a build abandoned while its actors came has no more of them */
      parts_signal (parts, &parts->actors_ended, TRUE);
      parts_signal (parts, &parts->poles_given, TRUE);
      g_thread_join (g_steal_pointer (&parts->worker));
    }
  if (parts->helpers != NULL)
    {
      for (guint i = 0; i < parts->helpers->len; i++)
        g_thread_join (g_ptr_array_index (parts->helpers, i));
      g_clear_pointer (&parts->helpers, g_ptr_array_unref);
    }
  /* nothing builds once the threads are joined: the objects not taken go */
  g_clear_pointer (&parts->blanks, ptce_blank_pool_free);
}

PtceJsonParts *
ptce_json_parts_new (const PtceTreeParser  *parser,
                     const char            *root,
                     guint                  max_depth,
                     guint                  n_threads,
                     GError               **error)
{
  PtceJsonParts *parts;
  const char *sections[] = { "actors", "poles", "observations" };
  const PtceTreeParser *used;
  PtceTreeNode node = NULL;
  gpointer document;
  GError *local = NULL;
  Members m;
  gboolean ok;

  g_return_val_if_fail (parser != NULL, NULL);
  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();

  parts = g_new0 (PtceJsonParts, 1);
  parts->parser = parser;
  parts->n_threads = MAX (n_threads, 1);
  parts->dataset = ptce_dataset_new ();
  parts->ok = TRUE;
  parts->actor_batches = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  parts->actors_in = TRUE;  /* until a worker builds them */
  g_mutex_init (&parts->lock);
  g_cond_init (&parts->cond);
  builder_init (&parts->b, parser->vtable (), max_depth, FALSE, parts->dataset, &parts->error);
  ptce_dataset_begin_fill_private (parts->dataset);

  /* the root alone, parsed as a whole document is */
  document = ptce_tree_parse_checked (parser, NULL, root, strlen (root), max_depth, NULL,
                                     &node, &used, &local);
  if (document == NULL)
    goto failed;
  parts->b.vt = used->vtable ();
  ok = expect_object (&parts->b, node, 1, ptce_json_dataset_members, &m) &&
       build_root (&parts->b, &m);
  /* the sections come as parts, not in the root */
  for (guint i = 0; ok && i < G_N_ELEMENTS (sections); i++)
    if (member (&parts->b, &m, sections[i]) != NULL)
      ok = fail_at (&parts->b, sections[i], PTCE_ERROR_INVALID_FORMAT,
                    _("the root given with the parts has this section too"));
  ok = ok && keep_extras (&parts->b, &m, 1, parts->dataset);
  parts->b.vt = parser->vtable ();
  used->free_document (document);
  if (ok)
    return parts;
  local = g_steal_pointer (&parts->error);

failed:
  g_propagate_error (error, local);
  ptce_json_parts_free (parts);
  return NULL;
}

/* Starts the worker, which declares the actors of @ids (nullable; all of
 * them when @complete, else the first batch) first; a few actors are not
 * worth a thread. */
static void
worker_start (PtceJsonParts *parts,
              GPtrArray     *ids,
              guint          n_actors,
              gboolean       complete)
{
  g_autoptr(GPtrArray) owned_ids = ids;

  if (!parts->ok || n_actors < MIN_THREADED || parts->n_threads < 2)
    return;
  if (ids != NULL)
    {
      parts->id_batches = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      g_ptr_array_add (parts->id_batches, g_steal_pointer (&owned_ids));
      parts->ids_complete = complete;
      parts->declaring = TRUE;
      parts->b.declared = g_ptr_array_new_full (n_actors, g_object_unref);
      parts->b.declared_paths = g_hash_table_new (g_str_hash, g_str_equal);
    }
  parts->actors_in = FALSE;
  parts->blanks = blank_pool_new ();
  parts->worker = g_thread_try_new ("ptce-build", worker_run, parts, NULL);
  if (parts->worker == NULL)
    {
      g_clear_pointer (&parts->blanks, ptce_blank_pool_free);
      parts->declaring = FALSE;
      parts->actors_in = TRUE;
      g_clear_pointer (&parts->id_batches, g_ptr_array_unref);
      g_clear_pointer (&parts->b.declared_paths, g_hash_table_unref);
      g_clear_pointer (&parts->b.declared, g_ptr_array_unref);
    }
}

void
ptce_json_parts_declare_actors (PtceJsonParts *parts,
                                GPtrArray     *ids)
{
  g_return_if_fail (parts != NULL);
  g_return_if_fail (ids != NULL);
  g_return_if_fail (parts->worker == NULL && parts->actor_batches->len == 0);

  worker_start (parts, ids, ids->len, TRUE);
}

void
ptce_json_parts_add_declared_actor_texts (PtceJsonParts *parts,
                                          GPtrArray     *texts,
                                          GPtrArray     *ids)
{
  g_return_if_fail (parts != NULL);
  g_return_if_fail (texts != NULL);
  g_return_if_fail (ids != NULL && ids->len == texts->len);
  g_return_if_fail (!parts->actors_ended);
  g_return_if_fail (parts->id_batches == NULL || !parts->ids_complete);

  if (parts->worker == NULL && parts->actor_batches->len == 0)
    worker_start (parts, ids, texts->len, FALSE);
  else if (parts->id_batches != NULL)
    {
      /* before the texts: the worker finds a batch's ids with it */
      g_mutex_lock (&parts->lock);
      g_ptr_array_add (parts->id_batches, ids);
      g_mutex_unlock (&parts->lock);
    }
  else
    /* the actors are built on this thread as they come (a first batch too
     * small for a thread), and the poles after them */
    g_ptr_array_unref (ids);
  ptce_json_parts_add_actor_texts (parts, texts);
}

void
ptce_json_parts_add_actor_texts (PtceJsonParts *parts,
                                 GPtrArray     *texts)
{
  g_return_if_fail (parts != NULL);
  g_return_if_fail (texts != NULL);
  g_return_if_fail (!parts->actors_ended);

  g_mutex_lock (&parts->lock);
  g_ptr_array_add (parts->actor_batches, texts);
  g_cond_broadcast (&parts->cond);
  g_mutex_unlock (&parts->lock);
  /* without a worker, built now */
  if (parts->worker == NULL && parts->ok)
    {
      const PtceTreeParser *parser = parts->parser;
      gpointer cache = parser->cache_new != NULL ? parser->cache_new () : NULL;

      actors_build_batch (parts, cache, texts, parts->n_actor_texts, build_actor);
      if (cache != NULL)
        parser->cache_free (cache);
    }
  parts->n_actor_texts += texts->len;
}

void
ptce_json_parts_end_actors (PtceJsonParts *parts)
{
  g_return_if_fail (parts != NULL);
  g_return_if_fail (!parts->actors_ended);

  parts_signal (parts, &parts->actors_ended, TRUE);
  if (parts->worker == NULL && parts->ok && parts->b.v1_1)
    {
      const PtceTreeParser *parser = parts->parser;
      gpointer cache = parser->cache_new != NULL ? parser->cache_new () : NULL;

      actors_build_compositions (parts, cache);
      if (cache != NULL)
        parser->cache_free (cache);
    }
}

void
ptce_json_parts_add_actors (PtceJsonParts *parts,
                            GPtrArray     *texts,
                            GPtrArray     *ids)
{
  g_return_if_fail (parts != NULL);
  g_return_if_fail (texts != NULL);
  g_return_if_fail (ids == NULL || ids->len == texts->len);
  g_return_if_fail (parts->worker == NULL && parts->actor_batches->len == 0);

  worker_start (parts, ids, texts->len, TRUE);
  ptce_json_parts_add_actor_texts (parts, texts);
  ptce_json_parts_end_actors (parts);
}

void
ptce_json_parts_add_poles (PtceJsonParts *parts,
                           GPtrArray     *texts)
{
  ptce_json_parts_add_pole_elements (parts, texts, NULL);
}

void
ptce_json_parts_add_pole_elements (PtceJsonParts             *parts,
                                   GPtrArray                 *texts,
                                   const PtceJsonPartsSource *source)
{
  g_return_if_fail (parts != NULL);
  g_return_if_fail (texts != NULL);
  g_return_if_fail (parts->poles == NULL);

  /* the actors come first: with their ids in batches, this is the end
   * that lets the worker finish declaring them */
  if (!parts->actors_ended)
    ptce_json_parts_end_actors (parts);
  parts->poles = texts;
  parts->pole_source = source;
  /* the chunks' builders read the declared actors */
  declared_wait (parts);
  if (texts->len > 0)
    chunks_init (parts, texts);
  /* a first few of the worker's objects, before it takes its first chunk */
  if (parts->blanks != NULL)
    ptce_blank_pool_feed (parts->blanks);
  /* the worker takes chunks once its actors are in, the caller in
   * finish(), and helpers on the other processors from now */
  parts_signal (parts, &parts->poles_given, TRUE);
  for (guint i = parts->worker != NULL ? 2 : 1; i < parts->n_threads && i < parts->n_chunks; i++)
    {
      GThread *helper = g_thread_try_new ("ptce-build", chunks_help, parts, NULL);

      if (helper == NULL)
        break;
      if (parts->helpers == NULL)
        parts->helpers = g_ptr_array_new ();
      g_ptr_array_add (parts->helpers, helper);
    }
}

void
ptce_json_parts_add_observations (PtceJsonParts *parts,
                                  GPtrArray     *texts)
{
  g_autoptr(GPtrArray) owned G_GNUC_UNUSED = texts;  /* the caller's reference, dropped on return */
  Range *r;

  g_return_if_fail (parts != NULL);
  g_return_if_fail (texts != NULL);
  g_return_if_fail (parts->observations == NULL);

  /* Built now, on this thread, while the worker may still run: an
   * observation needs the dataset only for its subject, checked when it
   * is added at the end (defer_subjects). The actors and the poles come
   * first in the document, so do their errors. The builder is made from
   * the main one, which the worker writes while it declares the actors. */
  if (!parts->actors_ended)
    ptce_json_parts_end_actors (parts);
  declared_wait (parts);
  r = parts->observations = g_new (Range, 1);
  range_init (r, &parts->b, parts->parser, "observations", texts, build_observation);
  r->b.defer_subjects = TRUE;
  /* meanwhile, the worker's next objects are made here */
  r->b.blanks = parts->blanks;
  r->b.feeds = TRUE;
  r->end = texts->len;
  /* not parts->ok, which the actors' thread may be writing: a failed
   * build wastes this one, and finish() reports the actors' error */
  range_build (r);
  r->texts = NULL;
  /* Added to the dataset now, while the other threads build the actors
   * and the poles (other tables of it), and their list filled: finish()
   * has only their subjects left to check, not the whole adding on one
   * thread once the others are done. (A range that failed fails the
   * build: its observations need not be added.) */
  if (r->error == NULL)
    {
      for (guint j = 0; j < r->built->len; j++)
        ptce_dataset_add_observation_unchecked_private (parts->dataset,
                                                        g_ptr_array_index (r->built, j));
      ptce_dataset_end_fill_lists_private (parts->dataset, PTCE_DATASET_LIST_OBSERVATIONS);
    }
}

/* The observations of @r (added by add_observations() already) checked
 * in order by the dataset as ptce_dataset_add_observation() checks them
 * (the subject is among the actors and poles, all in now), then the
 * range's own error, if it stopped on one. The path is set only for an
 * error, with the builder's message for an unknown subject: 150 000
 * observations in L. */
static gboolean
check_observations (Builder *b,
                    Range   *r)
{
  for (guint j = 0; j < r->built->len; j++)
    {
      PtceObservation *observation = g_ptr_array_index (r->built, j);
      GError *local = NULL;

      if (ptce_dataset_check_observation_private (b->dataset, observation, &local))
        continue;
      path_member (b, r->section);
      path_index (b, r->start + j);
      if (check_subject (b, ptce_observation_get_subject (observation)))
        return fail_with (b, local);
      g_error_free (local);
      return FALSE;
    }
  if (r->error != NULL)
    {
      g_propagate_error (b->error, g_steal_pointer (&r->error));
      return FALSE;
    }
  return TRUE;
}

/* The validation of the poles and the actors, then the freeing of the
 * actors' texts, on a thread of its own while the observations are
 * checked (they touch other tables of the dataset) and the chunks freed. */
typedef struct
{
  PtceJsonParts *parts;
  GThread       *thread;
  GError        *error;
  gboolean       ok;
} MembersCheck;

static gpointer
members_check (gpointer data)
{
  MembersCheck *check = data;
  PtceJsonParts *parts = check->parts;

  check->ok = ptce_dataset_validate_members_private (parts->dataset, TRUE, &check->error);
  g_ptr_array_set_size (parts->actor_batches, 0);
  return NULL;
}

PtceDataset *
ptce_json_parts_finish (PtceJsonParts  *parts,
                        GError        **error)
{
  MembersCheck check = { parts, NULL, NULL, TRUE };
  PtceDataset *dataset;

  g_return_val_if_fail (parts != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!parts->actors_ended)
    ptce_json_parts_end_actors (parts);
  if (parts->chunks != NULL && chunks_wait (parts))
    chunks_take_releasing (parts);
  parts_join (parts);
  for (guint k = 0; k < parts->n_chunks; k++)
    parts->ok = parts->ok && range_merge_poles (&parts->b, &parts->chunks[k]);

  /* the members checked on a thread of their own while this one frees
   * the chunks, when there are many: for one pole, a thread (and the
   * arena glibc gives it) costs more than the check */
  if (parts->ok && parts->n_threads > 1 &&
      (parts->n_chunks > 1 || parts->n_actor_texts >= MIN_THREADED))
    {
      ptce_dataset_end_fill_lists_private (parts->dataset,
                                           PTCE_DATASET_LIST_ACTORS | PTCE_DATASET_LIST_POLES);
      check.thread = g_thread_try_new ("ptce-check", members_check, &check, NULL);
    }
  if (parts->ok && parts->observations != NULL)
    parts->ok = check_observations (&parts->b, parts->observations);
  chunks_clear (parts);
  if (check.thread != NULL)
    g_thread_join (check.thread);
  /* the whole document's order: what the build found, then the check */
  if (parts->ok && !check.ok)
    {
      g_propagate_error (&parts->error, g_steal_pointer (&check.error));
      parts->ok = FALSE;
    }
  g_clear_error (&check.error);

  /* validated already when the check ran: the members by it, each
   * observation by the dataset as it was added */
  if (parts->ok)
    dataset = builder_finish (&parts->b, TRUE, check.thread != NULL, error);
  else
    {
      dataset = builder_finish (&parts->b, FALSE, FALSE, NULL);
      g_propagate_error (error, g_steal_pointer (&parts->error));
    }
  parts->b.path = NULL;  /* builder_finish() cleared the builder */
  ptce_json_parts_free (parts);
  return dataset;
}

void
ptce_json_parts_free (PtceJsonParts *parts)
{
  if (parts == NULL)
    return;
  parts_join (parts);
  chunks_clear (parts);
  if (parts->observations != NULL)
    {
      range_clear (parts->observations);
      g_clear_pointer (&parts->observations, g_free);
    }
  if (parts->b.path != NULL)
    builder_clear (&parts->b);
  g_clear_pointer (&parts->actor_batches, g_ptr_array_unref);
  g_clear_pointer (&parts->id_batches, g_ptr_array_unref);
  g_mutex_clear (&parts->lock);
  g_cond_clear (&parts->cond);
  g_clear_object (&parts->dataset);
  g_clear_error (&parts->error);
  g_free (parts);
}
