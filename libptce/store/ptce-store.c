/* ptce-store.c: the store, its submissions, its queries and its actor matches
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-store.h"
#include "ptce-store-private.h"
#include "ptce-enum-types.h"
#include "ptce-i18n-private.h"

/**
 * SECTION:ptce-store
 * @Title: PtceStore
 * @Short_description: dated submissions of ptce/1 data, as of a date and as known at a date
 *
 * A #PtceStore keeps everything an observatory receives: every ptce/1 file
 * (a #PtceSubmission), with who sent it, from which source, the day it was
 * received, its SHA-256 and its exact bytes. Imports are append-only: a
 * later file about the same pole or actor makes a new version, the older
 * one stays. The same bytes imported twice are recorded once.
 *
 * Reading back has two times:
 *
 * - **as known** at a date: which submissions count — those received on or
 *   before it. For each pole and each actor, the version from the latest
 *   submission received by then is used (the best knowledge at that date);
 *   the observations come from the same submission as their subject.
 * - **as of** a validity date: what was true then, in the model's own
 *   dates — poles founded by then and not yet dissolved, the memberships,
 *   cooperations and projects whose period contains it, the stages entered
 *   and the fundings decided by then, the observations that had begun.
 *
 * So "the pole on 1 January 2022 as we knew it in March 2023" is
 * ptce_store_load_pole (store, id, 2022-01-01, 2023-03, &error). What the
 * store returns is an ordinary #PtceDataset: the diagnosis
 * (#PtceChecker) and every other analysis run on it unchanged.
 *
 * Each version is kept as the ptce/1 JSON of its entity, the text of its
 * element in the file imported (whitespace outside strings removed), and
 * read back through #PtceJsonReader: the format has one reader, fields
 * libptce does not know are kept, and a file read back from the store is
 * the same dataset as the file imported (the same tree once written by
 * #PtceJsonWriter).
 *
 * The store is a file, on SQLite by default; nothing of the engine shows in
 * this API, so a server backend can implement it too. Errors about the
 * store are in %PTCE_STORE_ERROR; invalid ptce/1 data given to an import is
 * refused with the %PTCE_ERROR of the reader, and nothing is recorded.
 * Every import is one transaction: after a crash or a kill, a store holds
 * either all of a submission or none of it.
 *
 * A store may be used from several threads; its calls run one at a time.
 * The long ones have asynchronous forms for an application's main loop —
 * ptce_store_import_file_async(), ptce_store_load_dataset_async(),
 * ptce_store_load_pole_async(), ptce_store_list_disagreements_async() and
 * ptce_store_check_async() — which run in a thread and call back on the
 * caller's main context.
 */

/**
 * PtceStore:
 *
 * A store of dated ptce/1 submissions. Open one with ptce_store_open().
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_STORE:
 *
 * The #GType of #PtceStore.
 *
 * Since: 1.0
 */

/**
 * ptce_store_error_quark:
 *
 * Gets the quark of the %PTCE_STORE_ERROR domain.
 *
 * Returns: the error quark
 *
 * Since: 1.0
 */
G_DEFINE_QUARK (ptce-store-error-quark, ptce_store_error)

G_DEFINE_FINAL_TYPE (PtceStore, ptce_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_store_finalize (GObject *object)
{
  PtceStore *self = (PtceStore *) object;

  ptce_store_close (self);
  g_clear_pointer (&self->path, g_free);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (ptce_store_parent_class)->finalize (object);
}

static void
ptce_store_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PtceStore *self = PTCE_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_store_class_init (PtceStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_store_finalize;
  object_class->get_property = ptce_store_get_property;

  /**
   * PtceStore:path:
   *
   * The file of the store, or %NULL for a store object that was not opened.
   *
   * Since: 1.0
   */
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, ro);
  /**
   * PtceStore:read-only:
   *
   * Whether the store was opened for reading only, or could not be opened
   * for writing.
   *
   * Since: 1.0
   */
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_store_init (PtceStore *self)
{
  g_rec_mutex_init (&self->lock);
}

gboolean
ptce_store_ensure_open (PtceStore *self,
                        GError   **error)
{
  if (self->backend == NULL)
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_OPEN,
                   _("The store is not open"));
      return FALSE;
    }
  return TRUE;
}

/* Runs @read in one read transaction of an open store: a read of several
 * queries sees one state of the store, whatever another process commits
 * meanwhile. Returns what @read returns (NULL with @error set on failure). */
gpointer
ptce_store_in_read (PtceStore      *self,
                    ReadFunc        read,
                    const ReadArgs *args,
                    GError        **error)
{
  gpointer result;

  if (!ptce_store_ensure_open (self, error) || !BACKEND (self)->begin_read (self->backend, error))
    return NULL;
  result = read (self, args, error);
  BACKEND (self)->end_read (self->backend);
  return result;
}

/**
 * ptce_store_open:
 * @path: (type filename): the file of the store
 * @flags: how to open it
 * @error: return location for a #GError
 *
 * Opens the store in @path, creating it with %PTCE_STORE_OPEN_CREATE when
 * the file does not exist, and upgrading its schema when it was written by
 * an older version of libptce. Fails with %PTCE_STORE_ERROR_NOT_A_STORE for
 * a file that is not a store, %PTCE_STORE_ERROR_CORRUPT for a damaged one,
 * %PTCE_STORE_ERROR_NEWER_VERSION for one written by a newer libptce, and
 * %PTCE_STORE_ERROR_LOCKED when another process holds it too long.
 *
 * A store that cannot be written (a read-only file) opens read-only:
 * #PtceStore:read-only says so, and imports fail with
 * %PTCE_STORE_ERROR_READ_ONLY.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 *
 * Since: 1.0
 */
PtceStore *
ptce_store_open (const char          *path,
                 PtceStoreOpenFlags   flags,
                 GError             **error)
{
  PtceStoreBackend *backend;
  PtceStore *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();
  backend = ptce_store_sqlite_open (path, flags, error);
  if (backend == NULL)
    return NULL;
  self = g_object_new (PTCE_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->backend = backend;
  self->read_only = (flags & PTCE_STORE_OPEN_READ_ONLY) != 0;
  /* The backend may have found the file read-only. */
  self->read_only = self->read_only || backend->read_only;
  return self;
}

/**
 * ptce_store_get_path:
 * @self: a #PtceStore
 *
 * Gets #PtceStore:path.
 *
 * Returns: (nullable) (type filename): the file of the store
 *
 * Since: 1.0
 */
const char *
ptce_store_get_path (PtceStore *self)
{
  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  return self->path;
}

/**
 * ptce_store_get_read_only:
 * @self: a #PtceStore
 *
 * Gets #PtceStore:read-only.
 *
 * Returns: whether the store cannot be written
 *
 * Since: 1.0
 */
gboolean
ptce_store_get_read_only (PtceStore *self)
{
  g_return_val_if_fail (PTCE_IS_STORE (self), FALSE);
  return self->read_only;
}

/**
 * ptce_store_close:
 * @self: a #PtceStore
 *
 * Closes the store file. Later calls fail with %PTCE_STORE_ERROR_NOT_OPEN.
 * Dropping the last reference closes it too.
 *
 * Since: 1.0
 */
void
ptce_store_close (PtceStore *self)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_if_fail (PTCE_IS_STORE (self));
  locker = g_rec_mutex_locker_new (&self->lock);
  if (self->backend != NULL)
    {
      BACKEND (self)->close (self->backend);
      self->backend = NULL;
    }
}

/**
 * ptce_store_check:
 * @self: a #PtceStore
 * @error: return location for a #GError
 *
 * Checks the whole file: every page and index (SQLite's
 * `PRAGMA integrity_check`) and every reference between rows. This reads
 * the whole store.
 *
 * Returns: %TRUE when the store is sound, or %FALSE with @error set
 *   (%PTCE_STORE_ERROR_CORRUPT saying what is wrong)
 *
 * Since: 1.0
 */
gboolean
ptce_store_check (PtceStore  *self,
                  GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PTCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  locker = g_rec_mutex_locker_new (&self->lock);

  return ptce_store_ensure_open (self, error) && BACKEND (self)->check (self->backend, error);
}

/* ── submissions ──────────────────────────────────────────────────────── */

GListModel *
ptce_store_list_model_from (GPtrArray *array,
                            GType      type)
{
  GListStore *store = g_list_store_new (type);

  if (array != NULL)
    g_list_store_splice (store, 0, 0, array->pdata, array->len);
  return G_LIST_MODEL (store);
}

/**
 * ptce_store_list_submissions:
 * @self: a #PtceStore
 * @error: return location for a #GError
 *
 * Lists every submission, in the order received.
 *
 * Returns: (transfer full) (nullable): a #GListModel of #PtceSubmission, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
GListModel *
ptce_store_list_submissions (PtceStore  *self,
                             GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  if (!ptce_store_ensure_open (self, error))
    return NULL;
  list = BACKEND (self)->list_submissions (self->backend, error);
  if (list == NULL)
    return NULL;
  return ptce_store_list_model_from (list, PTCE_TYPE_SUBMISSION);
}

/**
 * ptce_store_lookup_submission:
 * @self: a #PtceStore
 * @id: the number of a submission
 * @error: return location for a #GError
 *
 * Finds one submission by its #PtceSubmission:id.
 *
 * Returns: (transfer full): the submission, or %NULL with @error set
 *   (%PTCE_STORE_ERROR_NOT_FOUND when there is none)
 *
 * Since: 1.0
 */
PtceSubmission *
ptce_store_lookup_submission (PtceStore  *self,
                              gint64      id,
                              GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GError) local_error = NULL;
  PtceSubmission *found;

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  if (!ptce_store_ensure_open (self, error))
    return NULL;
  found = BACKEND (self)->find_submission (self->backend, id, NULL, &local_error);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (found == NULL)
    g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND,
                 _("Store “%s”: no submission %lld"), self->path, (long long) id);
  return found;
}

/**
 * ptce_store_dup_submission_bytes:
 * @self: a #PtceStore
 * @id: the number of a submission
 * @error: return location for a #GError
 *
 * Gets the exact bytes of a submission as they were received, unknown
 * fields, spacing and all: their SHA-256 is #PtceSubmission:sha256.
 *
 * Returns: (transfer full): the bytes, or %NULL with @error set
 *
 * Since: 1.0
 */
GBytes *
ptce_store_dup_submission_bytes (PtceStore  *self,
                                 gint64      id,
                                 GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  if (!ptce_store_ensure_open (self, error))
    return NULL;
  return BACKEND (self)->dup_bytes (self->backend, id, error);
}

/* ── what the reads share ──────────────────────────────────────────────── */

gint64
ptce_store_known_day (PtceDate *as_known)
{
  return as_known ? (gint64) ptce_date_get_last_julian (as_known) : G_MAXINT64;
}

/* The latest version of each entity, in the order of the rows. */
GPtrArray *
ptce_store_latest_rows (GPtrArray *rows)
{
  g_autoptr(GHashTable) latest = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *chosen = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      PtceStoreRow *row = g_ptr_array_index (rows, i);
      g_hash_table_insert (latest, row->id, row);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      PtceStoreRow *row = g_ptr_array_index (rows, i);
      if (g_hash_table_lookup (latest, row->id) == row)
        g_ptr_array_add (chosen, row);
    }
  return chosen;
}

/* A CORRUPT error: what the store holds is not what it wrote (@detail
 * says what). Returns FALSE. */
gboolean
ptce_store_damaged (PtceStore   *self,
                    const char  *detail,
                    GError     **error)
{
  g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT,
               _("Store “%s”: the file is damaged (%s)"), self->path, detail);
  return FALSE;
}

/* ── queries ──────────────────────────────────────────────────────────── */

static char **
strv_from (GPtrArray *ids)
{
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (ids, FALSE);
}

/**
 * ptce_store_find_poles:
 * @self: a #PtceStore
 * @field: what to look poles up by
 * @value: the code or word looked for: a commune, EPCI, département or
 *   région code, a stage or typology nick, a sector
 * @as_known: (nullable): count only the submissions received on or before
 *   this date; %NULL for all
 * @error: return location for a #GError
 *
 * Finds the poles whose latest version known at @as_known matches, through
 * the store's indexes, without reading the poles themselves. A pole is found
 * by a territory code when its territory names it or, through the geography
 * reference, contains it (a pole listing communes is found by their
 * département and région). Load each with ptce_store_load_pole().
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids of the poles,
 *   sorted, or %NULL with @error set
 *
 * Since: 1.0
 */
char **
ptce_store_find_poles (PtceStore           *self,
                       PtceStorePoleField   field,
                       const char          *value,
                       PtceDate            *as_known,
                       GError             **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *word;
  GPtrArray *ids;

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (value != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  klass = g_type_class_ref (PTCE_TYPE_STORE_POLE_FIELD);
  word = g_enum_get_value (klass, field);
  g_return_val_if_fail (word != NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);
  if (!ptce_store_ensure_open (self, error))
    return NULL;
  ids = BACKEND (self)->find_poles (self->backend, word->value_nick, value,
                                    ptce_store_known_day (as_known), error);
  return ids ? strv_from (ids) : NULL;
}

/**
 * ptce_store_find_actors:
 * @self: a #PtceStore
 * @identifier: a SIREN, SIRET or RNA number
 * @as_known: (nullable): count only the submissions received on or before
 *   this date; %NULL for all
 * @error: return location for a #GError
 *
 * Finds the actors that carry an identifier, across all poles and
 * submissions: for each actor id, its latest version known at @as_known
 * that carries it.
 *
 * Returns: (transfer full): a #GListModel of #PtceActor, or %NULL with
 *   @error set
 *
 * Since: 1.0
 */
GListModel *
ptce_store_find_actors (PtceStore   *self,
                        const char  *identifier,
                        PtceDate    *as_known,
                        GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) latest = NULL;
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(PtceDataset) dataset = NULL;

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (identifier != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  if (!ptce_store_ensure_open (self, error))
    return NULL;
  rows = BACKEND (self)->find_actors (self->backend, identifier,
                                      ptce_store_known_day (as_known), TRUE, error);
  if (rows == NULL)
    return NULL;
  latest = ptce_store_latest_rows (rows);
  dataset = ptce_store_materialise (self, none, latest, 0, NULL, FALSE, TRUE, FALSE, error);
  if (dataset == NULL)
    return NULL;
  {
    GListModel *actors = ptce_dataset_get_actors (dataset);
    GListStore *result = g_list_store_new (PTCE_TYPE_ACTOR);

    for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
      {
        g_autoptr(GObject) actor = g_list_model_get_item (actors, i);
        g_list_store_append (result, actor);
      }
    return G_LIST_MODEL (result);
  }
}

/**
 * ptce_store_list_poles_of_actor:
 * @self: a #PtceStore
 * @actor_id: the id of an actor
 * @as_known: (nullable): count only the submissions received on or before
 *   this date; %NULL for all
 * @error: return location for a #GError
 *
 * Lists the poles whose latest version known at @as_known lists the actor
 * among its memberships (whatever their dates).
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids of the poles,
 *   sorted, or %NULL with @error set
 *
 * Since: 1.0
 */
char **
ptce_store_list_poles_of_actor (PtceStore   *self,
                                const char  *actor_id,
                                PtceDate    *as_known,
                                GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  GPtrArray *ids;

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  if (!ptce_store_ensure_open (self, error))
    return NULL;
  ids = BACKEND (self)->poles_of_actor (self->backend, actor_id,
                                        ptce_store_known_day (as_known), error);
  return ids ? strv_from (ids) : NULL;
}

/* ── entities across submissions ──────────────────────────────────────── */

/**
 * ptce_store_list_actor_matches:
 * @self: a #PtceStore
 * @actor_id: (nullable): an actor id, or %NULL for every match
 * @error: return location for a #GError
 *
 * Lists the matches the imports made between actors of different ids that
 * give the same SIRET, SIREN or RNA (see #PtceActorMatch), those undone
 * included (#PtceActorMatch:undone), in the order they were made.
 *
 * Returns: (transfer full): a #GListModel of #PtceActorMatch, or %NULL with
 *   @error set
 *
 * Since: 1.0
 */
GListModel *
ptce_store_list_actor_matches (PtceStore   *self,
                               const char  *actor_id,
                               GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  if (!ptce_store_ensure_open (self, error))
    return NULL;
  list = BACKEND (self)->list_matches (self->backend, actor_id, error);
  if (list == NULL)
    return NULL;
  return ptce_store_list_model_from (list, PTCE_TYPE_ACTOR_MATCH);
}

/**
 * ptce_store_undo_actor_match:
 * @self: a #PtceStore
 * @match_id: the #PtceActorMatch:id of a match
 * @error: return location for a #GError
 *
 * Undoes a match: the two actors are no longer taken for one organisation,
 * and later imports do not match them again. The undo is recorded beside
 * the match, which stays listed with #PtceActorMatch:undone set. Undoing a
 * match twice does nothing more.
 *
 * Returns: %TRUE, or %FALSE with @error set (%PTCE_STORE_ERROR_NOT_FOUND
 *   when there is no such match, %PTCE_STORE_ERROR_READ_ONLY…)
 *
 * Since: 1.0
 */
gboolean
ptce_store_undo_actor_match (PtceStore  *self,
                             gint64      match_id,
                             GError    **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *undone = g_date_time_format_iso8601 (now);

  g_return_val_if_fail (PTCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  locker = g_rec_mutex_locker_new (&self->lock);

  if (!ptce_store_ensure_open (self, error) || !BACKEND (self)->begin (self->backend, error))
    return FALSE;
  if (!BACKEND (self)->undo_match (self->backend, match_id, undone, error) ||
      !BACKEND (self)->commit (self->backend, error))
    {
      BACKEND (self)->rollback (self->backend);
      return FALSE;
    }
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * ptce_store_list_same_actors:
 * @self: a #PtceStore
 * @actor_id: an actor id
 * @error: return location for a #GError
 *
 * Lists the ids the store takes for the same organisation as @actor_id:
 * itself and every id linked to it by a match not undone, directly or
 * through others, sorted.
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids, or %NULL
 *   with @error set
 *
 * Since: 1.0
 */
char **
ptce_store_list_same_actors (PtceStore   *self,
                             const char  *actor_id,
                             GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) queue = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  if (!ptce_store_ensure_open (self, error))
    return NULL;
  g_hash_table_add (found, g_strdup (actor_id));
  g_ptr_array_add (queue, g_strdup (actor_id));
  for (guint q = 0; q < queue->len; q++)
    {
      g_autoptr(GPtrArray) matches =
        BACKEND (self)->list_matches (self->backend, g_ptr_array_index (queue, q), error);

      if (matches == NULL)
        return NULL;
      for (guint i = 0; i < matches->len; i++)
        {
          PtceActorMatch *m = g_ptr_array_index (matches, i);
          const char *ends[] = { ptce_actor_match_get_actor (m), ptce_actor_match_get_other_actor (m) };

          if (ptce_actor_match_get_undone (m))
            continue;
          for (guint e = 0; e < 2; e++)
            if (!g_hash_table_contains (found, ends[e]))
              {
                g_hash_table_add (found, g_strdup (ends[e]));
                g_ptr_array_add (queue, g_strdup (ends[e]));
              }
        }
    }
  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, g_strdup (key));
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}
