/* ptce-store-history.c: a pole's versions, what changed between two, and
 * where submissions disagree
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-store.h"
#include "ptce-store-private.h"
#include "ptce-store-change-private.h"
#include "ptce-store-disagreement-private.h"
#include "ptce-json-writer-private.h"
#include "ptce-i18n-private.h"

/* ── versions ───────────────────────────────────────────────────────────── */

static gpointer
list_pole_versions_in (PtceStore       *self,
                       const ReadArgs  *args,
                       GError         **error)
{
  const char *pole_id = args->id;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);

  rows = BACKEND (self)->select_versions (self->backend, PTCE_STORE_ENTITY_POLE, pole_id,
                                          G_MAXINT64, error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      PtceStoreRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GError) local_error = NULL;
      PtceSubmission *s = BACKEND (self)->find_submission (self->backend, row->submission,
                                                           NULL, &local_error);
      if (s == NULL)
        {
          if (local_error == NULL)
            ptce_store_damaged (self, "pole_version", error);
          else
            g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_ptr_array_add (list, s);
    }
  return ptce_store_list_model_from (list, PTCE_TYPE_SUBMISSION);
}

/**
 * ptce_store_list_pole_versions:
 * @self: a #PtceStore
 * @pole_id: the id of a pole
 * @error: return location for a #GError
 *
 * Lists the versions of a pole: the submissions that describe it, in the
 * order received. Compare two with ptce_store_diff_pole().
 *
 * Returns: (transfer full): a #GListModel of #PtceSubmission (empty when no
 *   submission has the pole), or %NULL with @error set
 *
 * Since: 1.0
 */
GListModel *
ptce_store_list_pole_versions (PtceStore   *self,
                               const char  *pole_id,
                               GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  ReadArgs args = { .id = pole_id };

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (pole_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  return ptce_store_in_read (self, list_pole_versions_in, &args, error);
}

static gpointer
lookup_pole_version_in (PtceStore       *self,
                        const ReadArgs  *args,
                        GError         **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  PtceStoreRow *row;
  PtceSubmission *s;

  /* the same query as ptce_store_load_pole(): the version it reads */
  rows = BACKEND (self)->select_latest (self->backend, PTCE_STORE_ENTITY_POLE, args->id,
                                        ptce_store_known_day (args->as_known), FALSE, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND,
                   _("Store “%s”: no pole “%s” known"), self->path, args->id);
      return NULL;
    }
  row = g_ptr_array_index (rows, rows->len - 1);
  s = BACKEND (self)->find_submission (self->backend, row->submission, NULL, &local_error);
  if (s == NULL)
    {
      if (local_error == NULL)
        ptce_store_damaged (self, "pole_version", error);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return s;
}

/**
 * ptce_store_lookup_pole_version:
 * @self: a #PtceStore
 * @pole_id: the id of a pole
 * @as_known: (nullable): count only the submissions received on or before
 *   this date; %NULL for all
 * @error: return location for a #GError
 *
 * Finds where the version of a pole known at a date comes from: the
 * submission whose description of @pole_id ptce_store_load_pole() reads
 * with the same @as_known, that is the latest received by then (of two
 * received the same day, the one imported last). Its source, submitter
 * and date received say from whom and since when the store knows it.
 *
 * Fails with %PTCE_STORE_ERROR_NOT_FOUND when no submission received by
 * @as_known describes the pole.
 *
 * Returns: (transfer full): the submission, or %NULL with @error set
 *
 * Since: 1.0
 */
PtceSubmission *
ptce_store_lookup_pole_version (PtceStore   *self,
                                const char  *pole_id,
                                PtceDate    *as_known,
                                GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  ReadArgs args = { .id = pole_id, .as_known = as_known };

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (pole_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  return ptce_store_in_read (self, lookup_pole_version_in, &args, error);
}

static char *
node_text (JsonNode *node)
{
  return node ? ptce_json_writer_node_to_string (node) : NULL;
}

/* A number as people write it: the shortest of 15 or 17 significant
 * digits that gives the same double back ("40" for 40 and 40.0). */
static char *
number_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  return g_strdup (buffer);
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (a, b);
}

static void
append_canonical (GString  *out,
                  JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) names = g_list_sort (json_object_get_members (object), compare_names);

        g_string_append_c (out, '{');
        for (GList *l = names; l; l = l->next)
          {
            g_string_append_printf (out, "%zu:%s", strlen (l->data), (const char *) l->data);
            append_canonical (out, json_object_get_member (object, l->data));
          }
        g_string_append_c (out, '}');
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        g_string_append_c (out, '[');
        for (guint i = 0; i < json_array_get_length (array); i++)
          append_canonical (out, json_array_get_element (array, i));
        g_string_append_c (out, ']');
      }
      break;
    case JSON_NODE_NULL:
    default:
      g_string_append_c (out, 'z');
      break;
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          {
            const char *text = json_node_get_string (node);

            g_string_append_printf (out, "s%zu:%s", strlen (text), text);
          }
          break;
        case G_TYPE_BOOLEAN:
          g_string_append_c (out, json_node_get_boolean (node) ? 't' : 'f');
          break;
        default:
          {
            g_autofree char *number = number_text (json_node_get_double (node));

            g_string_append_printf (out, "n%s;", number);
          }
          break;
        }
      break;
    }
}

/* Fragments keep the file's spelling (docs/store.md): two files that say
 * the same thing with members in another order, or 12 and 12.0, must not
 * show it as a change or a disagreement. Compared through this form:
 * members sorted by name, numbers as numbers, strings length-prefixed
 * (for comparing only, never shown). */
static char *
canonical_text (JsonNode *node)
{
  GString *out;

  if (node == NULL)
    return NULL;
  out = g_string_new (NULL);
  append_canonical (out, node);
  return g_string_free (out, FALSE);
}

static gboolean
same_json (JsonNode *a,
           JsonNode *b)
{
  g_autofree char *text_a = canonical_text (a);
  g_autofree char *text_b = canonical_text (b);

  return g_strcmp0 (text_a, text_b) == 0;
}

/* Members of an array of objects keyed by one of their members; members
 * with the same key (one actor listed twice) are kept in one array. */
static GHashTable *
index_by (JsonObject *pole,
          const char *array_name,
          const char *key_name,
          GPtrArray  *order)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                             (GDestroyNotify) json_node_unref);
  JsonArray *array = ptce_store_member_array (pole, array_name);

  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *key = JSON_NODE_HOLDS_OBJECT (node)
                        ? ptce_store_member_string (json_node_get_object (node), key_name) : NULL;
      JsonNode *slot;

      if (key == NULL)
        continue;
      slot = g_hash_table_lookup (index, key);
      if (slot == NULL)
        {
          slot = json_node_new (JSON_NODE_ARRAY);
          json_node_take_array (slot, json_array_new ());
          g_hash_table_insert (index, (gpointer) key, slot);
          if (order != NULL)
            g_ptr_array_add (order, (gpointer) key);
        }
      json_array_add_element (json_node_get_array (slot), json_node_copy (node));
    }
  return index;
}

static gboolean
has_end (JsonNode *memberships)
{
  JsonArray *array = json_node_get_array (memberships);

  for (guint i = 0; i < json_array_get_length (array); i++)
    if (ptce_store_member_string (json_array_get_object_element (array, i), "end") == NULL)
      return FALSE;
  return TRUE;
}

static const char *
current_stage (JsonObject *pole)
{
  JsonArray *stages = ptce_store_member_array (pole, "stages");
  const char *best = NULL;
  guint32 best_day = 0;

  for (guint i = 0; stages && i < json_array_get_length (stages); i++)
    {
      JsonObject *change = json_array_get_object_element (stages, i);
      g_autoptr(PtceDate) since = ptce_store_object_date (change, "since");
      guint32 day = since ? ptce_date_get_first_julian (since) : 0;

      if (best == NULL || day > best_day)
        {
          best = ptce_store_member_string (change, "stage");
          best_day = day;
        }
    }
  return best;
}

static void
diff_keyed (GPtrArray  *changes,
            JsonObject *before,
            JsonObject *after,
            const char *array_name,
            const char *key_name,
            gboolean    memberships)
{
  g_autoptr(GPtrArray) order_a = g_ptr_array_new ();
  g_autoptr(GPtrArray) order_b = g_ptr_array_new ();
  g_autoptr(GHashTable) a = index_by (before, array_name, key_name, order_a);
  g_autoptr(GHashTable) b = index_by (after, array_name, key_name, order_b);

  for (guint i = 0; i < order_a->len; i++)
    {
      const char *key = g_ptr_array_index (order_a, i);
      JsonNode *old = g_hash_table_lookup (a, key);
      JsonNode *new = g_hash_table_lookup (b, key);
      g_autofree char *old_text = node_text (old);
      g_autofree char *new_text = node_text (new);

      if (new == NULL)
        g_ptr_array_add (changes, ptce_store_change_new_internal (
          memberships ? PTCE_STORE_CHANGE_MEMBER_LEFT : PTCE_STORE_CHANGE_COOPERATION_REMOVED,
          key, old_text, NULL));
      else if (!same_json (old, new))
        {
          PtceStoreChangeKind kind = PTCE_STORE_CHANGE_COOPERATION_CHANGED;

          if (memberships)
            kind = (!has_end (old) && has_end (new)) ? PTCE_STORE_CHANGE_MEMBER_LEFT
                                                     : PTCE_STORE_CHANGE_MEMBERSHIP_CHANGED;
          g_ptr_array_add (changes, ptce_store_change_new_internal (kind, key, old_text, new_text));
        }
    }
  for (guint i = 0; i < order_b->len; i++)
    {
      const char *key = g_ptr_array_index (order_b, i);

      if (!g_hash_table_contains (a, key))
        {
          g_autofree char *new_text = node_text (g_hash_table_lookup (b, key));

          g_ptr_array_add (changes, ptce_store_change_new_internal (
            memberships ? PTCE_STORE_CHANGE_MEMBER_JOINED : PTCE_STORE_CHANGE_COOPERATION_ADDED,
            key, NULL, new_text));
        }
    }
}

static gpointer
diff_pole_in (PtceStore       *self,
              const ReadArgs  *args,
              GError         **error)
{
  const char *pole_id = args->id;
  gint64 from_submission = args->from, to_submission = args->to;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonNode) before_node = NULL;
  g_autoptr(JsonNode) after_node = NULL;
  JsonObject *before, *after;
  PtceStoreRow *from = NULL, *to = NULL;
  g_autoptr(GList) names = NULL;
  const char *stage_a, *stage_b;

  rows = BACKEND (self)->select_versions (self->backend, PTCE_STORE_ENTITY_POLE, pole_id,
                                          G_MAXINT64, error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      PtceStoreRow *row = g_ptr_array_index (rows, i);

      if (row->submission == from_submission)
        from = row;
      if (row->submission == to_submission)
        to = row;
    }
  if (from == NULL || to == NULL)
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND,
                   _("Store “%s”: submission %lld has no version of pole “%s”"),
                   self->path, (long long) (from == NULL ? from_submission : to_submission), pole_id);
      return NULL;
    }
  before_node = ptce_store_parse_fragment (self, from->json, error);
  if (before_node == NULL)
    return NULL;
  after_node = ptce_store_parse_fragment (self, to->json, error);
  if (after_node == NULL)
    return NULL;
  before = json_node_get_object (before_node);
  after = json_node_get_object (after_node);

  diff_keyed (changes, before, after, "memberships", "actor", TRUE);
  diff_keyed (changes, before, after, "cooperations", "id", FALSE);

  stage_a = current_stage (before);
  stage_b = current_stage (after);
  if (g_strcmp0 (stage_a, stage_b) != 0)
    g_ptr_array_add (changes, ptce_store_change_new_internal (PTCE_STORE_CHANGE_STAGE, "stage",
                                                              stage_a, stage_b));

  /* Every other member, in the order of either side. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr(GList) names_b = json_object_get_members (after);

    names = json_object_get_members (before);
    names = g_list_concat (names, g_steal_pointer (&names_b));
    for (GList *l = names; l; l = l->next)
      {
        const char *name = l->data;
        g_autofree char *a = NULL;
        g_autofree char *b = NULL;

        if (!g_hash_table_add (seen, (gpointer) name) ||
            strcmp (name, "memberships") == 0 || strcmp (name, "cooperations") == 0 ||
            strcmp (name, "stages") == 0)
          continue;
        if (same_json (json_object_get_member (before, name), json_object_get_member (after, name)))
          continue;
        a = node_text (json_object_get_member (before, name));
        b = node_text (json_object_get_member (after, name));
        g_ptr_array_add (changes, ptce_store_change_new_internal (PTCE_STORE_CHANGE_FIELD,
                                                                  name, a, b));
      }
  }
  return ptce_store_list_model_from (changes, PTCE_TYPE_STORE_CHANGE);
}

/**
 * ptce_store_diff_pole:
 * @self: a #PtceStore
 * @pole_id: the id of a pole
 * @from_submission: the submission of the older version
 * @to_submission: the submission of the newer version
 * @error: return location for a #GError
 *
 * Says what changed in a pole between the versions of two submissions
 * (see ptce_store_list_pole_versions()): actors that joined or left (an
 * actor no longer listed, or whose membership got an end date), memberships
 * otherwise changed, cooperations added, removed or changed, the current
 * stage, and every other member of the pole that differs.
 *
 * Returns: (transfer full): a #GListModel of #PtceStoreChange (empty when
 *   the two versions say the same), or %NULL with @error set
 *   (%PTCE_STORE_ERROR_NOT_FOUND when a submission has no version of the pole)
 *
 * Since: 1.0
 */
GListModel *
ptce_store_diff_pole (PtceStore   *self,
                      const char  *pole_id,
                      gint64       from_submission,
                      gint64       to_submission,
                      GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  ReadArgs args = { .id = pole_id, .from = from_submission, .to = to_submission };

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (pole_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  return ptce_store_in_read (self, diff_pole_in, &args, error);
}

/* ── disagreements ────────────────────────────────────────────────────── */

/* What one submission said last about one key, to compare with the next. */
typedef struct {
  gint64  submission;
  char   *value;
} Said;

static void
said_free (Said *said)
{
  g_free (said->value);
  g_free (said);
}

/* Records what @submission says of (@subject, @field): a disagreement when
 * an earlier submission said something else. */
static void
compare_said (GHashTable                *last,
              GPtrArray                 *out,
              PtceStoreDisagreementKind  kind,
              const char                *subject,
              const char                *field,
              gint64                     submission,
              const char                *value)
{
  g_autofree char *key = NULL;
  Said *said;

  if (value == NULL || *value == '\0')
    return;
  key = g_strconcat (subject, "\x1f", field, NULL);
  said = g_hash_table_lookup (last, key);
  if (said != NULL && said->submission != submission && strcmp (said->value, value) != 0)
    g_ptr_array_add (out, ptce_store_disagreement_new_internal (kind, subject, field,
                                                                said->submission, said->value,
                                                                submission, value));
  if (said == NULL)
    {
      said = g_new0 (Said, 1);
      g_hash_table_insert (last, g_steal_pointer (&key), said);
    }
  said->submission = submission;
  g_free (said->value);
  said->value = g_strdup (value);
}

/* The ids of @rows that rows of two submissions or more give: what only
 * one submission says cannot disagree (compare_said()), and is not parsed.
 * The keys are the rows' own. */
static GHashTable *
given_twice (GPtrArray *rows)
{
  g_autoptr(GHashTable) first = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *twice = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < rows->len; i++)
    {
      PtceStoreRow *row = g_ptr_array_index (rows, i);
      PtceStoreRow *seen = g_hash_table_lookup (first, row->id);

      if (seen == NULL)
        g_hash_table_insert (first, row->id, row);
      else if (seen->submission != row->submission)
        g_hash_table_add (twice, row->id);
    }
  return twice;
}

static gboolean
disagreements_in (PtceStore   *self,
                  gint64       known,
                  GPtrArray   *out,
                  GError     **error)
{
  g_autoptr(GHashTable) last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) said_free);
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) poles = NULL;
  g_autoptr(GPtrArray) submissions = NULL;
  g_autoptr(GPtrArray) observations = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) all_observations = g_ptr_array_new ();
  g_autoptr(GHashTable) twice = NULL;

  /* An actor's identifiers, from one version to the next. */
  actors = BACKEND (self)->select_versions (self->backend, PTCE_STORE_ENTITY_ACTOR, NULL,
                                            known, error);
  if (actors == NULL)
    return FALSE;
  twice = given_twice (actors);
  for (guint i = 0; i < actors->len; i++)
    {
      PtceStoreRow *row = g_ptr_array_index (actors, i);
      g_autoptr(JsonNode) node = NULL;

      if (!g_hash_table_contains (twice, row->id))
        continue;
      node = ptce_store_parse_fragment (self, row->json, error);
      if (node == NULL)
        return FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (ptce_store_identifier_kinds); k++)
        {
          const char *kind = ptce_store_identifier_kinds[k];

          compare_said (last, out, PTCE_STORE_DISAGREEMENT_IDENTIFIER, row->id, kind,
                        row->submission,
                        ptce_store_member_string (json_node_get_object (node), kind));
        }
    }

  /* The dates of a membership. An end appearing is news (the actor left),
   * not a disagreement; two different ends are. */
  poles = BACKEND (self)->select_versions (self->backend, PTCE_STORE_ENTITY_POLE, NULL,
                                           known, error);
  if (poles == NULL)
    return FALSE;
  g_clear_pointer (&twice, g_hash_table_unref);
  twice = given_twice (poles);
  for (guint i = 0; i < poles->len; i++)
    {
      PtceStoreRow *row = g_ptr_array_index (poles, i);
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(GHashTable) done = NULL;
      JsonArray *memberships;

      if (!g_hash_table_contains (twice, row->id))
        continue;
      node = ptce_store_parse_fragment (self, row->json, error);
      if (node == NULL)
        return FALSE;
      done = g_hash_table_new (g_str_hash, g_str_equal);
      memberships = ptce_store_member_array (json_node_get_object (node), "memberships");
      for (guint j = 0; memberships && j < json_array_get_length (memberships); j++)
        {
          JsonNode *m = json_array_get_element (memberships, j);
          JsonObject *object = JSON_NODE_HOLDS_OBJECT (m) ? json_node_get_object (m) : NULL;
          const char *actor = object ? ptce_store_member_string (object, "actor") : NULL;
          g_autofree char *subject = NULL;

          /* One actor listed twice (left, came back): its first period. */
          if (actor == NULL || !g_hash_table_add (done, (gpointer) actor))
            continue;
          subject = g_strconcat (row->id, "/", actor, NULL);
          compare_said (last, out, PTCE_STORE_DISAGREEMENT_MEMBERSHIP, subject, "start",
                        row->submission, ptce_store_member_string (object, "start"));
          compare_said (last, out, PTCE_STORE_DISAGREEMENT_MEMBERSHIP, subject, "end",
                        row->submission, ptce_store_member_string (object, "end"));
        }
    }

  /* A figure: one indicator about one subject over one period. */
  submissions = BACKEND (self)->list_submissions (self->backend, error);
  if (submissions == NULL)
    return FALSE;
  for (guint i = 0; i < submissions->len; i++)
    {
      PtceSubmission *s = g_ptr_array_index (submissions, i);
      PtceDate *received = ptce_submission_get_received (s);
      g_autoptr(GPtrArray) rows = NULL;

      if (received != NULL && (gint64) ptce_date_get_first_julian (received) > known)
        continue;
      rows = BACKEND (self)->select_observations (self->backend, ptce_submission_get_id (s),
                                                  NULL, error);
      if (rows == NULL)
        return FALSE;
      for (guint j = 0; j < rows->len; j++)
        g_ptr_array_add (all_observations, g_ptr_array_index (rows, j));
      g_ptr_array_add (observations, g_steal_pointer (&rows));
    }
  /* in the order of the submissions, as the other kinds */
  g_clear_pointer (&twice, g_hash_table_unref);
  twice = given_twice (all_observations);
  for (guint i = 0; i < all_observations->len; i++)
    {
      PtceStoreRow *row = g_ptr_array_index (all_observations, i);
      g_autoptr(JsonNode) node = NULL;
      JsonObject *object;
      const char *indicator, *start, *end;
      JsonNode *value_node;
      g_autofree char *field = NULL;
      g_autofree char *value = NULL;

      if (!g_hash_table_contains (twice, row->id))
        continue;
      node = ptce_store_parse_fragment (self, row->json, error);
      if (node == NULL)
        return FALSE;
      object = json_node_get_object (node);
      indicator = ptce_store_member_string (object, "indicator");
      start = ptce_store_member_string (object, "start");
      end = ptce_store_member_string (object, "end");
      if (indicator == NULL)
        continue;
      if (start == NULL || g_strcmp0 (start, end) == 0)
        field = g_strdup_printf ("%s %s", indicator, start ? start : "-");
      else
        field = g_strdup_printf ("%s %s/%s", indicator, start, end ? end : "");
      /* a figure as a number: 40 and 40.0 are the same figure */
      value_node = json_object_get_member (object, "value");
      if (value_node != NULL && JSON_NODE_HOLDS_VALUE (value_node) &&
          json_node_get_value_type (value_node) != G_TYPE_STRING &&
          json_node_get_value_type (value_node) != G_TYPE_BOOLEAN)
        value = number_text (json_node_get_double (value_node));
      else
        value = node_text (value_node);
      compare_said (last, out, PTCE_STORE_DISAGREEMENT_FIGURE, row->id, field,
                    row->submission, value);
    }
  return TRUE;
}

static gpointer
disagreements_read (PtceStore       *self,
                    const ReadArgs  *args,
                    GError         **error)
{
  return disagreements_in (self, ptce_store_known_day (args->as_known), args->out, error)
         ? args->out : NULL;
}

/**
 * ptce_store_list_disagreements:
 * @self: a #PtceStore
 * @as_known: (nullable): count only the submissions received on or before
 *   this date; %NULL for all
 * @error: return location for a #GError
 *
 * Lists where two submissions say different things about the same entity
 * and period, with both values and both submissions: an actor's SIREN,
 * SIRET or RNA; the start or the end of a membership of a pole (an end
 * given where an earlier submission had none is not a disagreement: the
 * actor left); the value of an indicator about one subject over one
 * period. Each submission is compared with the latest earlier one that
 * said something about the same thing.
 *
 * Returns: (transfer full): a #GListModel of #PtceStoreDisagreement, the
 *   identifiers first, then memberships, then figures; or %NULL with
 *   @error set
 *
 * Since: 1.0
 */
GListModel *
ptce_store_list_disagreements (PtceStore  *self,
                               PtceDate   *as_known,
                               GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  ReadArgs args = { .as_known = as_known, .out = out };

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  if (ptce_store_in_read (self, disagreements_read, &args, error) == NULL)
    return NULL;
  return ptce_store_list_model_from (out, PTCE_TYPE_STORE_DISAGREEMENT);
}
