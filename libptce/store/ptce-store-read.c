/* ptce-store-read.c: a dataset, a pole or an actor read back, as of a date
 * and as known at a date
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-store.h"
#include "ptce-store-private.h"
#include "ptce-store-as-of-private.h"
#include "ptce-store-packed-private.h"
#include "ptce-json-reader.h"
#include "ptce-json-reader-private.h"
#include "ptce-json-writer-private.h"
#include "ptce-i18n-private.h"
#include "ptce-tree-private.h"

const char *
ptce_store_member_string (JsonObject *object,
                          const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

JsonArray *
ptce_store_member_array (JsonObject *object,
                         const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonNode *
parse_fragment_full (PtceStore   *self,
                     const char  *json,
                     gboolean     mutable,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  /* the store wrote the fragment from a file the reader took: the fast
   * parser reads it (a third of one pole's time went to JsonParser) */
  root = ptce_tree_parse_json_node (json, strlen (json), PTCE_JSON_READER_DEFAULT_MAX_DEPTH);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    return root;
  g_clear_pointer (&root, json_node_unref);

  /* and JsonParser says what is wrong with one it refuses */
  parser = mutable ? json_parser_new () : json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, json, -1, &local_error) ||
      (root = json_parser_get_root (parser)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (root))
    {
      ptce_store_damaged (self,
                          local_error ? local_error->message
                                      : _("a stored fragment is not a JSON object"),
                          error);
      return NULL;
    }
  return json_node_ref (root);
}

JsonNode *
ptce_store_parse_fragment (PtceStore   *self,
                           const char  *json,
                           GError     **error)
{
  return parse_fragment_full (self, json, FALSE, error);
}

PtceDate *
ptce_store_object_date (JsonObject *object,
                        const char *name)
{
  const char *text = ptce_store_member_string (object, name);

  return text ? ptce_date_new_from_iso8601 (text, NULL) : NULL;
}

/* Whether an object with "start" and "end" is valid on @when (the rules
 * of ptce-store-as-of-private.h, which cuts texts by them). */
static gboolean
period_holds (JsonObject *object,
              PtceDate   *when)
{
  return ptce_store_period_holds (ptce_store_member_string (object, "start"),
                                  ptce_store_member_string (object, "end"), when);
}

/* Whether a date member is on or before @when (absent: yes). */
static gboolean
begun_by (JsonObject *object,
          const char *name,
          PtceDate   *when)
{
  return ptce_store_begun_by (ptce_store_member_string (object, name), when);
}

typedef gboolean (*ElementFilter) (JsonObject *object, PtceDate *when);

static gboolean
filter_stage (JsonObject *object, PtceDate *when)
{
  return begun_by (object, "since", when);
}

static gboolean
filter_funding (JsonObject *object, PtceDate *when)
{
  return begun_by (object, "date", when);
}

static void
filter_array (JsonObject    *object,
              const char    *name,
              ElementFilter  keep,
              PtceDate      *when)
{
  JsonArray *array = ptce_store_member_array (object, name);
  g_autoptr(JsonArray) kept = NULL;

  if (array == NULL)
    return;
  kept = json_array_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (node) || keep (json_node_get_object (node), when))
        json_array_add_element (kept, json_node_copy (node));
    }
  json_object_set_array_member (object, name, g_steal_pointer (&kept));
}

/* The pole as of @when, or FALSE when it did not exist then. */
static gboolean
pole_as_of (JsonObject *pole,
            PtceDate   *when)
{
  g_autoptr(PtceDate) founded = ptce_store_object_date (pole, "founded");
  g_autoptr(PtceDate) dissolved = ptce_store_object_date (pole, "dissolved");

  if (founded && ptce_date_get_first_julian (founded) > ptce_date_get_first_julian (when))
    return FALSE;
  if (dissolved && ptce_date_get_last_julian (dissolved) < ptce_date_get_first_julian (when))
    return FALSE;
  filter_array (pole, "memberships", period_holds, when);
  filter_array (pole, "cooperations", period_holds, when);
  filter_array (pole, "projects", period_holds, when);
  filter_array (pole, "stages", filter_stage, when);
  filter_array (pole, "fundings", filter_funding, when);
  return TRUE;
}

static gboolean
observation_as_of (JsonObject *observation,
                   PtceDate   *when)
{
  return begun_by (observation, "start", when);
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Renames the references to actors of one file whose store-wide key is
 * not their local id (@renamed: local id → key). */
static void
rename_references (JsonNode   *node,
                   GHashTable *renamed)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (object);

      for (GList *l = names; l; l = l->next)
        {
          JsonNode *child = json_object_get_member (object, l->data);
          const char *key;

          if ((strcmp (l->data, "actor") == 0 || strcmp (l->data, "carrier") == 0 ||
               strcmp (l->data, "subject") == 0) &&
              JSON_NODE_HOLDS_VALUE (child) && json_node_get_value_type (child) == G_TYPE_STRING &&
              (key = g_hash_table_lookup (renamed, json_node_get_string (child))) != NULL)
            json_object_set_string_member (object, l->data, key);
          else
            rename_references (child, renamed);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          const char *key;

          /* "participants" and a composition's "members": arrays of ids. */
          if (JSON_NODE_HOLDS_VALUE (element) &&
              json_node_get_value_type (element) == G_TYPE_STRING &&
              (key = g_hash_table_lookup (renamed, json_node_get_string (element))) != NULL)
            json_node_set_string (element, key);
          else
            rename_references (element, renamed);
        }
    }
}

/* A fragment as it goes into a dataset: kept or not as of @when (its
 * dated parts filtered), its references renamed (@renamed: local id →
 * key, and its own "id" when @is_actor). *@as_is: kept as written; else
 * *@out is the new text, NULL when not kept. */
static gboolean
rewrite_fragment (PtceStore   *self,
                  const char  *json,
                  gboolean   (*keep) (JsonObject *object, PtceDate *when),
                  PtceDate    *when,
                  GHashTable  *renamed,
                  gboolean     is_actor,
                  char       **out,
                  gboolean    *as_is,
                  GError     **error)
{
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;
  gboolean exists;

  *out = NULL;
  *as_is = FALSE;
  /* only dates to cut: the text is cut as it is, when the scan reads it */
  if ((renamed == NULL || g_hash_table_size (renamed) == 0) && when != NULL &&
      ((keep == pole_as_of && ptce_store_pole_text_as_of (json, when, &exists, out)) ||
       (keep == observation_as_of && ptce_store_observation_text_as_of (json, when, &exists))))
    {
      *as_is = exists && *out == NULL;
      return TRUE;
    }
  node = parse_fragment_full (self, json, TRUE, error);
  if (node == NULL)
    return FALSE;
  object = json_node_get_object (node);
  if (keep != NULL && when != NULL && !keep (object, when))
    return TRUE;
  if (renamed != NULL && g_hash_table_size (renamed) > 0)
    {
      const char *id = ptce_store_member_string (object, "id");
      const char *key = is_actor && id ? g_hash_table_lookup (renamed, id) : NULL;

      if (key != NULL)
        json_object_set_string_member (object, "id", key);
      rename_references (node, renamed);
    }
  *out = ptce_json_writer_node_to_string (node);
  return TRUE;
}

/* The renamed actors of a submission, asked once a materialisation. */
static GHashTable *
renamed_of (PtceStore   *self,
            GHashTable  *cache,
            gint64       submission,
            GError     **error)
{
  GHashTable *renamed = g_hash_table_lookup (cache, &submission);

  if (renamed == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      renamed = BACKEND (self)->renamed_actors (self->backend, submission, error);
      if (renamed == NULL)
        {
          g_free (key);
          return NULL;
        }
      *key = submission;
      g_hash_table_insert (cache, key, renamed);
    }
  return renamed;
}

/* A dataset being built from chosen pole and actor rows. The stored
 * fragments are ptce/1 text the reader accepted: they are handed to the
 * reader as the parts of one document (ptce-json-builder-private.h),
 * which parses each alone and builds the actors on a thread of their own
 * while the rest is read; with the actors' keys (@by_key), the poles are
 * built meanwhile too, by this thread and that one in turns. Only the
 * parts that a validity date filters are parsed, filtered and written
 * again first.
 *
 * @whole: every observation of the submissions is wanted (the whole
 * dataset), and the rows' texts are taken (the rows are the caller's own);
 * otherwise only the observations about the rows' ids are looked up.
 * @by_key: the rows come from several files and their actors are named by
 * their store-wide keys (the references of a file to its actors whose key
 * is not their local id are renamed); otherwise all rows are of one file,
 * with its own ids. @poles_as_of: the pole rows are cut as of @as_of
 * already (only the observations are left to filter). The build holds a
 * reference to the rows given until the observations are read. */
typedef struct
{
  PtceStore     *self;
  PtceDate      *as_of;
  gboolean       whole;
  gboolean       by_key;
  gboolean       poles_as_of;
  gboolean       declare_batches; /* each batch of actors by its keys */
  /* Every observation of the submissions read is about an element read
   * (one submission, no date to cut by): they need not be looked up. */
  gboolean       all_subjects;
  GHashTable    *renames;      /* submission → its renamed actors */
  GHashTable    *source_of;    /* id → the row that gave it */
  GHashTable    *submissions;  /* of those rows */
  GArray        *order;        /* the same */
  GPtrArray     *rows;         /* the row arrays given, until the end */
  PtceJsonParts *parts;
} Materialise;

static void
materialise_clear (Materialise *m)
{
  /* the build first: abandoned, its worker still declares the actors of
   * the ids given, which are the rows' strings */
  g_clear_pointer (&m->parts, ptce_json_parts_free);
  g_clear_pointer (&m->renames, g_hash_table_unref);
  g_clear_pointer (&m->source_of, g_hash_table_unref);
  g_clear_pointer (&m->submissions, g_hash_table_unref);
  g_clear_pointer (&m->order, g_array_unref);
  g_clear_pointer (&m->rows, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Materialise, materialise_clear)

/* The root members are those of @root_submission, or only the format. */
static gboolean
materialise_begin (Materialise  *m,
                   PtceStore    *self,
                   gint64        root_submission,
                   PtceDate     *as_of,
                   gboolean      whole,
                   gboolean      by_key,
                   gboolean      poles_as_of,
                   GError      **error)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autofree char *root = NULL;
  g_autoptr(GError) local = NULL;

  m->self = self;
  m->as_of = as_of;
  m->whole = whole;
  m->by_key = by_key;
  m->poles_as_of = poles_as_of;
  m->renames = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                      (GDestroyNotify) g_hash_table_unref);
  m->source_of = g_hash_table_new (g_str_hash, g_str_equal);
  m->submissions = g_hash_table_new (g_int64_hash, g_int64_equal);
  m->order = g_array_new (FALSE, FALSE, sizeof (gint64));
  m->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  if (root_submission > 0)
    {
      root = BACKEND (self)->dup_root (self->backend, root_submission, error);
      if (root == NULL)
        return FALSE;
    }
  else
    root = g_strdup ("{\"format\":\"ptce/1\"}");
  m->parts = ptce_json_reader_begin_parts (reader, root, &local);
  return m->parts != NULL || ptce_store_damaged (self, local->message, error);
}

/* Records where an element of @row came from. */
static void
materialise_source (Materialise  *m,
                    PtceStoreRow *row)
{
  if (!m->all_subjects)
    g_hash_table_insert (m->source_of, row->id, row);
  if (!g_hash_table_contains (m->submissions, &row->submission))
    {
      g_hash_table_add (m->submissions, &row->submission);
      g_array_append_val (m->order, row->submission);
    }
}

/* The text of one element for the reader: the rewritten one when there is
 * one, else the row's own (taken when @take: the texts can be hundreds of
 * MB). */
static char *
part_text (PtceStoreRow  *row,
           char         **kept,
           gboolean       take)
{
  if (*kept != NULL)
    return g_steal_pointer (kept);
  return take ? g_steal_pointer (&row->json) : g_strdup (row->json);
}

/* Renames @row's references where its file's actors have other keys, and
 * cuts it as of @when (with @keep; NULL: not cut), when either is to do
 * (a packed text is unpacked for it). FALSE with @error when it fails;
 * else @rewritten says whether its text changed, and @kept is then the
 * new text, or NULL when the element is left out. */
static gboolean
rewrite_row (Materialise    *m,
             PtceStoreRow   *row,
             ElementFilter   keep,
             PtceDate       *when,
             gboolean       *rewritten,
             char          **kept,
             GError        **error)
{
  GHashTable *renamed = NULL;
  gboolean as_is;

  *rewritten = FALSE;
  if (m->by_key && (renamed = renamed_of (m->self, m->renames, row->submission, error)) == NULL)
    return FALSE;
  if (when == NULL && (renamed == NULL || g_hash_table_size (renamed) == 0))
    return TRUE;
  if (row->json == NULL)
    {
      g_autoptr(GError) local = NULL;

      row->json = ptce_store_unpack (row->packed, row->packed_length, &local);
      if (row->json == NULL)
        return ptce_store_damaged (m->self, local->message, error);
      g_clear_pointer (&row->packed, g_free);
    }
  if (!rewrite_fragment (m->self, row->json, keep, when, renamed, keep == NULL, kept, &as_is,
                         error))
    return FALSE;
  *rewritten = !as_is;
  return TRUE;
}

/* The texts of @rows for the reader, each renamed where its file's actors
 * have other keys, a pole's cut as of the date (@keep: pole_as_of; NULL
 * for actors, which have no dates to cut); a pole not yet there or no
 * longer there as of the date is left out. @kept gets the rows of the
 * texts, for materialise_sources() once the texts are given. */
static GPtrArray *
materialise_texts (Materialise    *m,
                   GPtrArray      *rows,
                   ElementFilter   keep,
                   GPtrArray      *kept_rows,
                   GError        **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_full (rows->len, g_free);
  PtceDate *when = keep != NULL && !m->poles_as_of ? m->as_of : NULL;

  g_ptr_array_add (m->rows, g_ptr_array_ref (rows));

  for (guint i = 0; i < rows->len; i++)
    {
      PtceStoreRow *row = g_ptr_array_index (rows, i);
      g_autofree char *kept = NULL;
      gboolean rewritten;

      if (!rewrite_row (m, row, keep, when, &rewritten, &kept, error))
        return NULL;
      if (rewritten && kept == NULL)
        continue;
      g_ptr_array_add (texts, part_text (row, &kept, m->whole));
      g_ptr_array_add (kept_rows, row);
    }
  return g_steal_pointer (&texts);
}

static void
materialise_sources (Materialise *m,
                     GPtrArray   *kept_rows)
{
  for (guint i = 0; i < kept_rows->len; i++)
    materialise_source (m, g_ptr_array_index (kept_rows, i));
}

/* The ids of @rows, as the build declares the actors by them: the rows'
 * strings, alive until the poles are given. */
static GPtrArray *
row_ids (GPtrArray *rows)
{
  GPtrArray *ids = g_ptr_array_sized_new (rows->len);

  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (ids, ((PtceStoreRow *) g_ptr_array_index (rows, i))->id);
  return ids;
}

/* Rows of actors read at a time for the whole dataset: the first batch is
 * built while the next ones are read. */
#define ACTOR_BATCH 2048

/* One batch of the actors' rows (a PtceStoreRowsFunc): their texts to the
 * worker, which declared the actors already, or declares them by the keys
 * of the rows (@declare_batches). */
static gboolean
materialise_actor_batch (GPtrArray  *rows,
                         gpointer    data,
                         GError    **error)
{
  Materialise *m = data;
  g_autoptr(GPtrArray) owned G_GNUC_UNUSED = rows;  /* the callee's, dropped on return */
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GPtrArray *texts = materialise_texts (m, rows, NULL, kept, error);

  if (texts == NULL)
    return FALSE;
  if (m->declare_batches)
    ptce_json_parts_add_declared_actor_texts (m->parts, texts, row_ids (kept));
  else
    ptce_json_parts_add_actor_texts (m->parts, texts);
  materialise_sources (m, kept);
  return TRUE;
}

/* The actors at once, built while the caller reads on; by their keys,
 * declared first, so that the poles need not wait for them. */
static gboolean
materialise_actors (Materialise  *m,
                    GPtrArray    *actors,
                    GError      **error)
{
  if (m->by_key)
    ptce_json_parts_declare_actors (m->parts, row_ids (actors));
  if (!materialise_actor_batch (g_ptr_array_ref (actors), m, error))
    return FALSE;
  ptce_json_parts_end_actors (m->parts);
  return TRUE;
}

/* The poles are built while the observations are read. */
static gboolean
materialise_poles (Materialise  *m,
                   GPtrArray    *poles,
                   GError      **error)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GPtrArray *texts = materialise_texts (m, poles, pole_as_of, kept, error);

  if (texts == NULL)
    return FALSE;
  ptce_json_parts_add_poles (m->parts, texts);
  materialise_sources (m, kept);
  return TRUE;
}

/* The whole dataset's pole rows are given to the build as they are read
 * (packed, most of them): each text is unpacked on the thread that builds
 * the pole, into a buffer it reuses, so that the 200 MB of a national
 * file's poles are never all in memory at once. */
static gsize
pole_row_length (gconstpointer element)
{
  const PtceStoreRow *row = element;

  return row->json != NULL ? strlen (row->json)
                           : ptce_store_packed_text_length (row->packed, row->packed_length);
}

static const char *
pole_row_text (gconstpointer  element,
               GByteArray    *buffer,
               GError       **error)
{
  const PtceStoreRow *row = element;

  if (row->json != NULL)
    return row->json;
  return ptce_store_unpack_into (row->packed, row->packed_length, buffer, error);
}

static void
pole_row_release (gpointer element)
{
  ptce_store_row_free (element);
}

static const PtceJsonPartsSource pole_row_source = {
  pole_row_length, pole_row_text, pole_row_release
};

/* The poles of the whole dataset (@poles: rows the caller frees; those
 * given to the build are moved out), each renamed or cut as of the date
 * first where it must be (unpacked here for that); a pole not there as of
 * the date is left out. */
static gboolean
materialise_pole_rows (Materialise  *m,
                       GPtrArray    *poles,
                       GError      **error)
{
  g_autoptr(GPtrArray) elements = g_ptr_array_new_full (poles->len,
                                                        (GDestroyNotify) ptce_store_row_free);
  PtceDate *when = !m->poles_as_of ? m->as_of : NULL;

  for (guint i = 0; i < poles->len; i++)
    {
      PtceStoreRow *row = g_ptr_array_index (poles, i);
      g_autofree char *kept = NULL;
      gboolean rewritten;

      if (!rewrite_row (m, row, pole_as_of, when, &rewritten, &kept, error))
        return FALSE;
      if (rewritten && kept == NULL)
        continue;
      if (rewritten)
        {
          g_free (row->json);
          row->json = g_steal_pointer (&kept);
        }
      g_ptr_array_add (elements, row);
      poles->pdata[i] = NULL;
      materialise_source (m, row);
    }
  ptce_json_parts_add_pole_elements (m->parts, g_steal_pointer (&elements), &pole_row_source);
  return TRUE;
}

/* The observations of the rows' submissions about them, built while the
 * poles are, then the whole dataset. */
static PtceDataset *
materialise_end (Materialise  *m,
                 GError      **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local = NULL;
  PtceDataset *dataset;

  /* Observations come from the submission that gave their subject. */
  g_array_sort (m->order, compare_int64);
  for (guint i = 0; i < m->order->len; i++)
    {
      gint64 submission = g_array_index (m->order, gint64, i);
      g_autoptr(GPtrArray) subjects = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      GHashTable *renamed = NULL;

      if (m->by_key && (renamed = renamed_of (m->self, m->renames, submission, error)) == NULL)
        return NULL;
      if (renamed != NULL && g_hash_table_size (renamed) == 0)
        renamed = NULL;
      if (!m->whole)
        {
          GHashTableIter iter;
          gpointer value;

          subjects = g_ptr_array_new ();
          g_hash_table_iter_init (&iter, m->source_of);
          while (g_hash_table_iter_next (&iter, NULL, &value))
            if (((PtceStoreRow *) value)->submission == submission)
              {
                PtceStoreRow *subject = value;

                /* the file's own id of the subject */
                g_ptr_array_add (subjects, subject->local ? subject->local : subject->id);
              }
        }
      rows = BACKEND (m->self)->select_observations (m->self->backend, submission, subjects, error);
      if (rows == NULL)
        return NULL;
      for (guint j = 0; j < rows->len; j++)
        {
          PtceStoreRow *row = g_ptr_array_index (rows, j);
          const char *key = renamed ? g_hash_table_lookup (renamed, row->id) : NULL;
          PtceStoreRow *subject = NULL;
          g_autofree char *kept = NULL;

          if (!m->all_subjects &&
              ((subject = g_hash_table_lookup (m->source_of, key ? key : row->id)) == NULL ||
               subject->submission != submission))
            continue;
          if (m->as_of != NULL || renamed != NULL)
            {
              gboolean as_is;

              if (!rewrite_fragment (m->self, row->json, observation_as_of, m->as_of, renamed,
                                     FALSE, &kept, &as_is, error))
                return NULL;
              if (kept == NULL && !as_is)
                continue;
            }
          /* these rows are this loop's own */
          g_ptr_array_add (texts, part_text (row, &kept, TRUE));
        }
    }

  /* the rows are read: freed while the worker builds */
  g_hash_table_remove_all (m->source_of);
  g_hash_table_remove_all (m->submissions);
  g_ptr_array_set_size (m->rows, 0);
  ptce_json_parts_add_observations (m->parts, g_steal_pointer (&texts));
  dataset = ptce_json_parts_finish (g_steal_pointer (&m->parts), &local);
  if (dataset == NULL)
    ptce_store_damaged (m->self, local->message, error);
  return dataset;
}

/* The rows at once (materialise_begin() … materialise_end()). */
PtceDataset *
ptce_store_materialise (PtceStore  *self,
                        GPtrArray  *poles,
                        GPtrArray  *actors,
                        gint64      root_submission,
                        PtceDate   *as_of,
                        gboolean    whole,
                        gboolean    by_key,
                        gboolean    poles_as_of,
                        GError    **error)
{
  g_auto(Materialise) m = { 0 };

  if (!materialise_begin (&m, self, root_submission, as_of, whole, by_key, poles_as_of, error) ||
      !materialise_actors (&m, actors, error) ||
      !materialise_poles (&m, poles, error))
    return NULL;
  return materialise_end (&m, error);
}

/* The last submission received by @known, 0 when none; @n_known (may be
 * NULL): how many were. */
static gint64
last_submission (PtceStore  *self,
                 PtceDate   *as_known,
                 guint      *n_known,
                 GError    **error)
{
  g_autoptr(GPtrArray) list = BACKEND (self)->list_submissions (self->backend, error);
  gint64 last = 0;
  gint64 known = ptce_store_known_day (as_known);
  guint n = 0;

  if (list == NULL)
    return -1;
  for (guint i = 0; i < list->len; i++)
    {
      PtceSubmission *s = g_ptr_array_index (list, i);
      PtceDate *received = ptce_submission_get_received (s);

      if (received == NULL || (gint64) ptce_date_get_first_julian (received) <= known)
        {
          last = ptce_submission_get_id (s);
          n++;
        }
    }
  if (n_known != NULL)
    *n_known = n;
  return last;
}

static gpointer
load_dataset_in (PtceStore       *self,
                 const ReadArgs  *args,
                 GError         **error)
{
  PtceDate *as_of = args->as_of, *as_known = args->as_known;
  g_auto(Materialise) m = { 0 };
  g_autoptr(GPtrArray) poles = NULL;
  guint n_known = 0;
  gint64 root;

  root = last_submission (self, as_known, &n_known, error);
  if (root < 0 ||
      !materialise_begin (&m, self, root, as_of, TRUE, TRUE, FALSE, error))
    return NULL;
  m.all_subjects = n_known == 1 && as_of == NULL;
  /* Only the latest versions' texts are read: a store of ten yearly
   * submissions reads one year's worth, not ten. The actors are built
   * batch by batch as their rows are read, each batch declared first by
   * its keys (the poles need not wait for the actors to be built, only
   * declared); the poles are built while the observations are read (the
   * rows given are the build's: freed once read). */
  m.declare_batches = TRUE;
  if (!BACKEND (self)->select_latest_each (self->backend, PTCE_STORE_ENTITY_ACTOR,
                                           ptce_store_known_day (as_known), ACTOR_BATCH,
                                           materialise_actor_batch, &m, error))
    return NULL;
  ptce_json_parts_end_actors (m.parts);
  poles = BACKEND (self)->select_latest (self->backend, PTCE_STORE_ENTITY_POLE, NULL,
                                         ptce_store_known_day (as_known), TRUE, error);
  if (poles == NULL || !materialise_pole_rows (&m, poles, error))
    return NULL;
  g_clear_pointer (&poles, g_ptr_array_unref);
  return materialise_end (&m, error);
}

/**
 * ptce_store_load_dataset:
 * @self: a #PtceStore
 * @as_of: (nullable): the validity date; %NULL for everything the versions
 *   say, whatever its dates
 * @as_known: (nullable): count only the submissions received on or before
 *   this date; %NULL for all
 * @error: return location for a #GError
 *
 * Reads back the whole store as one dataset: for each pole and actor, its
 * latest version known at @as_known, restricted to what was valid on @as_of
 * (see the description of #PtceStore). The title, source, date and other
 * root members are those of the latest submission known.
 *
 * A store holding one submission reads back as that file, after its
 * canonical writing by #PtceJsonWriter.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 1.0
 */
PtceDataset *
ptce_store_load_dataset (PtceStore   *self,
                         PtceDate    *as_of,
                         PtceDate    *as_known,
                         GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  ReadArgs args = { .as_of = as_of, .as_known = as_known };

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  return ptce_store_in_read (self, load_dataset_in, &args, error);
}

/* Adds to @ids the actors a pole's tree refers to: the string values of
 * its "actor" and "carrier" members and of its "participants" arrays, at
 * any depth; on the tree of either parser (the reader's, or json-glib's
 * when the reader's refuses the text). */
typedef struct
{
  const PtceTreeVTable *vt;
  GHashTable           *ids;
} TreeIds;

static void collect_tree_ids (const TreeIds *t, PtceTreeNode node);

static gboolean
collect_tree_member (const char   *name,
                     PtceTreeNode  value,
                     gpointer      data)
{
  const TreeIds *t = data;
  PtceTreeType type = t->vt->get_type (value);

  if ((strcmp (name, "actor") == 0 || strcmp (name, "carrier") == 0) && type == PTCE_TREE_STRING)
    g_hash_table_add (t->ids, g_strdup (t->vt->get_string (value)));
  else if (strcmp (name, "participants") == 0 && type == PTCE_TREE_ARRAY)
    {
      for (guint i = 0; i < t->vt->array_length (value); i++)
        {
          PtceTreeNode p = t->vt->array_index (value, i);

          if (t->vt->get_type (p) == PTCE_TREE_STRING)
            g_hash_table_add (t->ids, g_strdup (t->vt->get_string (p)));
        }
    }
  else
    collect_tree_ids (t, value);
  return TRUE;
}

static void
collect_tree_ids (const TreeIds *t,
                  PtceTreeNode   node)
{
  switch (t->vt->get_type (node))
    {
    case PTCE_TREE_OBJECT:
      t->vt->object_foreach (node, collect_tree_member, (gpointer) t);
      break;
    case PTCE_TREE_ARRAY:
      for (guint i = 0; i < t->vt->array_length (node); i++)
        collect_tree_ids (t, t->vt->array_index (node, i));
      break;
    default:
      break;
    }
}

/* The actors a pole's text names, read by the reader's parser without a
 * json-glib tree (a tenth of one pole's read went to making and freeing
 * one); FALSE when the parser refuses the text, whose json-glib tree then
 * says why. */
static gboolean
collect_text_ids (const char *json,
                  GHashTable *ids)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  const PtceTreeParser *used = NULL;
  PtceTreeNode root = NULL;
  gpointer document;
  gboolean ok;

  document = ptce_tree_parse_checked (ptce_json_reader_get_tree_parser (reader), NULL, json,
                                      strlen (json), PTCE_JSON_READER_DEFAULT_MAX_DEPTH, NULL,
                                      &root, &used, NULL);
  if (document == NULL)
    return FALSE;
  ok = used->vtable ()->get_type (root) == PTCE_TREE_OBJECT;
  if (ok)
    {
      TreeIds t = { used->vtable (), ids };

      collect_tree_ids (&t, root);
    }
  used->free_document (document);
  return ok;
}

static gpointer
load_pole_in (PtceStore       *self,
              const ReadArgs  *args,
              GError         **error)
{
  const char *pole_id = args->id;
  PtceDate *as_of = args->as_of, *as_known = args->as_known;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) actor_rows = NULL;
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsonNode) node = NULL;
  PtceStoreRow *row;
  PtceStoreRow as_of_row;
  g_autofree char *as_of_json = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  GHashTableIter iter;
  gboolean collected, exists;
  gpointer key;

  rows = BACKEND (self)->select_latest (self->backend, PTCE_STORE_ENTITY_POLE, pole_id,
                                        ptce_store_known_day (as_known), FALSE, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND,
                   _("Store “%s”: no pole “%s” known"), self->path, pole_id);
      return NULL;
    }
  row = g_ptr_array_index (rows, rows->len - 1);

  /* The actors it refers to are collected from the whole version, then
   * it is cut as of the date: both on the text as it is stored, or else
   * on a json-glib tree, which says what is wrong with a text refused. */
  exists = TRUE;
  collected = collect_text_ids (row->json, ids);
  if (!collected ||
      (as_of != NULL && !ptce_store_pole_text_as_of (row->json, as_of, &exists, &as_of_json)))
    {
      node = parse_fragment_full (self, row->json, TRUE, error);
      if (node == NULL)
        return NULL;
      if (!collected)
        {
          TreeIds t = { ptce_json_glib_tree_vtable (), ids };

          collect_tree_ids (&t, node);
        }
      if (as_of != NULL && (exists = pole_as_of (json_node_get_object (node), as_of)))
        as_of_json = ptce_json_writer_node_to_string (node);
    }
  if (as_of != NULL)
    {
      if (!exists)
        {
          g_autofree char *when = ptce_date_to_iso8601 (as_of);

          g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND,
                       _("Store “%s”: pole “%s” did not exist on %s"), self->path, pole_id, when);
          return NULL;
        }
      if (as_of_json != NULL)
        {
          as_of_row = *row;
          as_of_row.json = as_of_json;
          row = &as_of_row;
        }
    }
  g_ptr_array_add (one, row);

  /* The actors it refers to, from its own submission: the pole's file
   * named them, and its ids are local to that file. One query for all of
   * them, in the order of the file. */
  {
    g_autoptr(GPtrArray) wanted = g_ptr_array_new ();

    g_hash_table_iter_init (&iter, ids);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (wanted, key);
    actor_rows = BACKEND (self)->select_actors_in (self->backend, row->submission, wanted, error);
    if (actor_rows == NULL)
      return NULL;
  }
  /* the pole is as of the date already; its observations are not */
  dataset = ptce_store_materialise (self, one, actor_rows, row->submission, as_of,
                                    FALSE, FALSE, TRUE, error);
  if (dataset == NULL)
    return NULL;
  if (ptce_dataset_lookup_pole (dataset, pole_id) == NULL)
    {
      g_autofree char *when = as_of ? ptce_date_to_iso8601 (as_of) : g_strdup ("?");

      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND,
                   _("Store “%s”: pole “%s” did not exist on %s"), self->path, pole_id, when);
      return NULL;
    }
  return g_steal_pointer (&dataset);
}

/**
 * ptce_store_load_pole:
 * @self: a #PtceStore
 * @pole_id: the id of a pole
 * @as_of: (nullable): the validity date; %NULL for everything its version says
 * @as_known: (nullable): count only the submissions received on or before
 *   this date; %NULL for all
 * @error: return location for a #GError
 *
 * Reads back one pole, its latest version known at @as_known as of @as_of,
 * in a dataset with the actors it refers to (from the same submission) and
 * the observations about it: what #PtceChecker needs to diagnose it. Only
 * the rows of that pole are read.
 *
 * Returns: (transfer full): a dataset holding the pole, or %NULL with
 *   @error set (%PTCE_STORE_ERROR_NOT_FOUND when no submission known then
 *   has it, or when it did not exist on @as_of)
 *
 * Since: 1.0
 */
PtceDataset *
ptce_store_load_pole (PtceStore   *self,
                      const char  *pole_id,
                      PtceDate    *as_of,
                      PtceDate    *as_known,
                      GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  ReadArgs args = { .id = pole_id, .as_of = as_of, .as_known = as_known };

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (pole_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  return ptce_store_in_read (self, load_pole_in, &args, error);
}

static gpointer
load_actor_in (PtceStore       *self,
               const ReadArgs  *args,
               GError         **error)
{
  const char *actor_id = args->id;
  PtceDate *as_of = args->as_of, *as_known = args->as_known;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(PtceDataset) dataset = NULL;
  PtceStoreRow *row;
  PtceActor *actor;

  rows = BACKEND (self)->select_latest (self->backend, PTCE_STORE_ENTITY_ACTOR, actor_id,
                                        ptce_store_known_day (as_known), FALSE, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND,
                   _("Store “%s”: no actor “%s” known"), self->path, actor_id);
      return NULL;
    }
  row = g_ptr_array_index (rows, rows->len - 1);
  g_ptr_array_add (one, row);
  dataset = ptce_store_materialise (self, none, one, 0, as_of, FALSE, TRUE, FALSE, error);
  if (dataset == NULL)
    return NULL;
  actor = ptce_dataset_lookup_actor (dataset, actor_id);
  if (actor == NULL)
    {
      ptce_store_damaged (self, actor_id, error);
      return NULL;
    }
  return g_object_ref (actor);
}

/**
 * ptce_store_load_actor:
 * @self: a #PtceStore
 * @actor_id: the id of an actor
 * @as_of: (nullable): the validity date (an actor has no dated parts the
 *   store filters today; kept so that every read takes the two times)
 * @as_known: (nullable): count only the submissions received on or before
 *   this date; %NULL for all
 * @error: return location for a #GError
 *
 * Reads back one actor: its latest version known at @as_known.
 *
 * Returns: (transfer full): the actor, or %NULL with @error set
 *   (%PTCE_STORE_ERROR_NOT_FOUND when no submission known then has it)
 *
 * Since: 1.0
 */
PtceActor *
ptce_store_load_actor (PtceStore   *self,
                       const char  *actor_id,
                       PtceDate    *as_of,
                       PtceDate    *as_known,
                       GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  ReadArgs args = { .id = actor_id, .as_of = as_of, .as_known = as_known };

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  return ptce_store_in_read (self, load_actor_in, &args, error);
}
