/* ptce-store.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-store.h"
#include "ptce-store-backend-private.h"
#include "ptce-store-as-of-private.h"
#include "ptce-store-cut-private.h"
#include "ptce-store-file-bytes-private.h"
#include "ptce-store-packed-private.h"
#include "ptce-store-sha256-private.h"
#include "ptce-submission-private.h"
#include "ptce-store-change-private.h"
#include "ptce-actor-match-private.h"
#include "ptce-store-disagreement-private.h"
#include "ptce-enum-types.h"
#include "ptce-error.h"
#include "ptce-json-reader.h"
#include "ptce-json-reader-private.h"
#include "ptce-json-scan-private.h"
#include "ptce-json-writer-private.h"
#include "ptce-geography.h"
#include "ptce-commune.h"
#include "ptce-epci.h"
#include "ptce-departement.h"
#include "ptce-i18n-private.h"
#include "ptce-memory-private.h"
#include "ptce-tree-private.h"

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

struct _PtceStore
{
  GObject           parent_instance;

  char             *path;
  PtceStoreBackend *backend;
  gboolean          read_only;
  /* held by every call that uses the backend: a store may be used from
   * several threads (the asynchronous calls run in others), one call at a
   * time; recursive, as some calls make others */
  GRecMutex         lock;
};

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

static gboolean
ensure_open (PtceStore *self,
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

#define BACKEND(self) ((self)->backend->vtable)

/* The arguments of a read, whichever it needs. */
typedef struct {
  const char *id;
  PtceDate   *as_of;
  PtceDate   *as_known;
  gint64      from;
  gint64      to;
  GPtrArray  *out;
} ReadArgs;

typedef gpointer (*ReadFunc) (PtceStore *self, const ReadArgs *args, GError **error);

/* Runs @read in one read transaction of an open store: a read of several
 * queries sees one state of the store, whatever another process commits
 * meanwhile. Returns what @read returns (NULL with @error set on failure). */
static gpointer
in_read (PtceStore      *self,
         ReadFunc        read,
         const ReadArgs *args,
         GError        **error)
{
  gpointer result;

  if (!ensure_open (self, error) || !BACKEND (self)->begin_read (self->backend, error))
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

  return ensure_open (self, error) && BACKEND (self)->check (self->backend, error);
}

/* ── import ───────────────────────────────────────────────────────────── */

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
add_pair (GPtrArray  *pairs,
          const char *kind,
          const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  /* Few pairs a pole: a linear check keeps them unique. */
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    if (strcmp (g_ptr_array_index (pairs, i), kind) == 0 &&
        strcmp (g_ptr_array_index (pairs, i + 1), value) == 0)
      return;
  g_ptr_array_add (pairs, g_strdup (kind));
  g_ptr_array_add (pairs, g_strdup (value));
}

static void
add_strv (GPtrArray          *pairs,
          const char         *kind,
          const char * const *values)
{
  for (guint i = 0; values && values[i]; i++)
    add_pair (pairs, kind, values[i]);
}

/* What find_poles() looks a pole up by: its territory completed upwards
 * through the geography, its current stage, typologies, project sectors,
 * named as #PtceJsonWriter names them. */
static GPtrArray *
pole_attributes (PtcePole *pole)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);
  PtceTerritory *territory = ptce_pole_get_territory (pole);
  guint n_stages = ptce_pole_get_n_stage_changes (pole);
  GListModel *projects = ptce_pole_get_projects (pole);
  PtcePoleTypology typology = ptce_pole_get_typology (pole);
  PtceGeography *geography = NULL;

  if (territory != NULL)
    {
      const char * const *communes = ptce_territory_get_communes (territory);
      const char * const *epcis = ptce_territory_get_epcis (territory);
      const char * const *departements = ptce_territory_get_departements (territory);

      add_strv (pairs, "commune", communes);
      add_strv (pairs, "epci", epcis);
      add_strv (pairs, "departement", departements);
      add_strv (pairs, "region", ptce_territory_get_regions (territory));

      if ((communes && communes[0]) || (epcis && epcis[0]) || (departements && departements[0]))
        geography = ptce_geography_get_default ();

      for (guint i = 0; geography && communes && communes[i]; i++)
        {
          g_autoptr(PtceCommune) commune = ptce_geography_lookup_commune (geography, communes[i]);

          if (commune == NULL)
            continue;
          add_pair (pairs, "epci", ptce_commune_get_epci (commune));
          add_pair (pairs, "departement", ptce_commune_get_departement (commune));
          add_pair (pairs, "region", ptce_commune_get_region (commune));
        }
      for (guint i = 0; geography && epcis && epcis[i]; i++)
        {
          g_autoptr(PtceEpci) epci = ptce_geography_lookup_epci (geography, epcis[i]);
          const char * const *deps = epci ? ptce_epci_get_departements (epci) : NULL;
          const char * const *members = epci ? ptce_epci_get_members (epci) : NULL;

          add_strv (pairs, "departement", deps);
          add_strv (pairs, "commune", members);
        }
      /* Départements named directly or found above: their régions. */
      for (guint i = 0; geography && i + 1 < pairs->len; i += 2)
        if (strcmp (g_ptr_array_index (pairs, i), "departement") == 0)
          {
            g_autoptr(PtceDepartement) dep =
              ptce_geography_lookup_departement (geography, g_ptr_array_index (pairs, i + 1));

            if (dep != NULL)
              add_pair (pairs, "region", ptce_departement_get_region (dep));
          }
    }

  if (n_stages > 0)
    {
      /* The current stage is the one entered last. */
      g_autoptr(GEnumClass) stages = g_type_class_ref (PTCE_TYPE_STAGE);
      const char *best = NULL;
      PtceDate *best_date = NULL;

      for (guint i = 0; i < n_stages; i++)
        {
          PtceDate *since = NULL;
          PtceStage stage = ptce_pole_get_stage_change (pole, i, &since);

          if (best == NULL || (since && best_date && ptce_date_compare (since, best_date) > 0))
            {
              GEnumValue *value = g_enum_get_value (stages, stage);

              best = value ? value->value_nick : NULL;
              best_date = since;
            }
        }
      add_pair (pairs, "stage", best);
    }
  if (typology != 0)
    {
      g_autoptr(GFlagsClass) flags = g_type_class_ref (PTCE_TYPE_POLE_TYPOLOGY);

      for (guint i = 0; i < flags->n_values; i++)
        if (flags->values[i].value != 0 &&
            (typology & flags->values[i].value) == flags->values[i].value)
          add_pair (pairs, "typology", flags->values[i].value_nick);
    }
  for (guint i = 0; projects && i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PtceProject) project = g_list_model_get_item (projects, i);

      add_strv (pairs, "sector", ptce_project_get_sectors (project));
    }
  return pairs;
}

static GPtrArray *latest_rows (GPtrArray *rows);
static JsonNode *parse_fragment (PtceStore *self, const char *json, GError **error);

static const char * const identifier_kinds[] = { "siret", "siren", "rna" };

/* Finds the actors of other ids and earlier submissions that give one of
 * @actor's identifiers, and records each match with its strongest basis
 * (SIRET, then SIREN, then RNA). Two actors are not matched when any
 * identifier both give differs: another establishment of the same legal
 * unit (same SIREN, other SIRET) stays another actor. */
static gboolean
match_actor (PtceStore   *self,
             gint64       submission,
             PtceActor   *actor,
             const char  *id,
             GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* in the order of identifier_kinds */
  const char *identifiers[] = {
    ptce_actor_get_siret (actor), ptce_actor_get_siren (actor), ptce_actor_get_rna (actor),
  };

  for (guint k = 0; k < G_N_ELEMENTS (identifier_kinds); k++)
    {
      const char *value = identifiers[k];
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GPtrArray) latest = NULL;

      if (value == NULL || *value == '\0')
        continue;
      rows = BACKEND (self)->find_actors (self->backend, value, G_MAXINT64, FALSE, error);
      if (rows == NULL)
        return FALSE;
      latest = latest_rows (rows);
      for (guint i = 0; i < latest->len; i++)
        {
          PtceStoreRow *row = g_ptr_array_index (latest, i);
          int basis = -1;
          gboolean compatible = TRUE;

          if (row->submission == submission || g_strcmp0 (row->id, id) == 0 ||
              g_hash_table_contains (seen, row->id))
            continue;
          g_hash_table_add (seen, g_strdup (row->id));
          for (guint j = 0; j < G_N_ELEMENTS (identifier_kinds); j++)
            {
              const char *a = identifiers[j];
              const char *b = j == 0 ? row->siret : j == 1 ? row->siren : row->rna;

              if (a == NULL || b == NULL || *a == '\0' || *b == '\0')
                continue;
              if (strcmp (a, b) != 0)
                compatible = FALSE;
              else if (basis < 0)
                basis = (int) j;
            }
          if (!compatible || basis < 0)
            continue;
          if (BACKEND (self)->add_match (self->backend, row->id, id,
                                         basis == 0 ? PTCE_STORE_MATCH_SIRET :
                                         basis == 1 ? PTCE_STORE_MATCH_SIREN : PTCE_STORE_MATCH_RNA,
                                         identifiers[basis],
                                         submission, error) < 0)
            return FALSE;
        }
    }
  return TRUE;
}

/* Whose local ids an import's actors are: the pole of the file when it
 * has one; else, for each actor, the one pole of the file whose
 * memberships list it. An actor of no pole or of several (a file of many
 * poles sharing its actors) has the file's store-wide ids (scope ""). */
static char scope_shared[] = "";
#define SCOPE_SHARED scope_shared

static GHashTable *
actor_scopes (GListModel *poles)
{
  GHashTable *scopes = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (poles);

  if (n == 1)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, 0);
      const char *id = ptce_pole_get_id (pole);

      g_hash_table_insert (scopes, (gpointer) "", (gpointer) (id ? id : ""));
      return scopes;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      const char *pole_id = ptce_pole_get_id (pole);
      GListModel *memberships = ptce_pole_get_memberships (pole);

      for (guint j = 0; pole_id && memberships && j < g_list_model_get_n_items (memberships); j++)
        {
          g_autoptr(PtceMembership) m = g_list_model_get_item (memberships, j);
          PtceActor *a = ptce_membership_get_actor (m);
          const char *actor = a ? ptce_actor_get_id (a) : NULL;
          const char *before;

          if (actor == NULL || *actor == '\0')
            continue;
          before = g_hash_table_lookup (scopes, actor);
          if (before == NULL)
            g_hash_table_insert (scopes, (gpointer) actor, (gpointer) pole_id);
          else if (before != SCOPE_SHARED && strcmp (before, pole_id) != 0)
            g_hash_table_insert (scopes, (gpointer) actor, SCOPE_SHARED);
        }
    }
  return scopes;
}

static const char *
scope_of (GHashTable *scopes,
          const char *actor)
{
  /* "" holds the file's one pole, when it has one. */
  const char *scope = g_hash_table_lookup (scopes, "");

  if (scope == NULL && actor != NULL)
    scope = g_hash_table_lookup (scopes, actor);
  return scope ? scope : "";
}

/* Whether the elements of @cut are those of @dataset, which the reader
 * made of the same text, one by one (ids of actors and poles, subjects of
 * observations); when not, @cut is cleared. */
static gboolean
cut_matches (PtceStoreCut *cut,
             PtceDataset  *dataset)
{
  GListModel *lists[] = {
    ptce_dataset_get_actors (dataset), ptce_dataset_get_poles (dataset),
    ptce_dataset_get_observations (dataset),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      GArray *spans = l == 0 ? cut->actors : l == 1 ? cut->poles : cut->observations;

      if (spans->len != g_list_model_get_n_items (lists[l]))
        goto refuse;
      for (guint i = 0; i < spans->len; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
          const char *name = l == 2 ? "subject" : "id";
          const char *value = l == 0 ? ptce_actor_get_id (PTCE_ACTOR (item))
                            : l == 1 ? ptce_pole_get_id (PTCE_POLE (item))
                            : ptce_observation_get_subject (PTCE_OBSERVATION (item));

          if (!ptce_store_cut_member_is (cut, &g_array_index (spans, PtceStoreSpan, i),
                                         name, value))
            goto refuse;
        }
    }
  return TRUE;

refuse:
  ptce_store_cut_clear (cut);
  return FALSE;
}

/* What an import computes of the file's bytes besides reading them, on a
 * second thread: the hash while the first thread cuts the file and builds
 * its model (digest_hash()), for it tells whether the bytes are recorded
 * already; the compression and the scan while the first writes the rows
 * (digest_rest()), for only the end of the import needs them. */
typedef struct {
  GBytes       *bytes;
  guint         max_depth;  /* the reader's */
  char         *sha256;
  GBytes       *compressed; /* NULL when compressing does not make them smaller */
  gboolean      scan_needed; /* the model is built from the cut elements:
                              * the whole text is yet to be scanned */
  gboolean      scanned;    /* the bytes are one well-formed JSON value */
  gboolean      rest_done;  /* digest_rest() ran */
  PtceStoreCut  cut;        /* its elements, when the cutter takes the text
                             * (cut by the first thread) */
  gboolean      cut_done;
} ImportDigest;

static void
import_digest_clear (ImportDigest *digest)
{
  g_clear_pointer (&digest->sha256, g_free);
  g_clear_pointer (&digest->compressed, g_bytes_unref);
  ptce_store_cut_clear (&digest->cut);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ImportDigest, import_digest_clear)

/* A GThreadFunc. Of 285 MB, the SHA-256 takes 0.25 s with the processor's
 * instructions, 1 to 1.4 s without (ptce-store-sha256.c). The bytes are
 * immutable, and the threads share nothing else. */
static gpointer
digest_hash (gpointer data)
{
  ImportDigest *digest = data;

  digest->sha256 = ptce_store_sha256 (digest->bytes);
  return digest;
}

/* Of 285 MB, the compression takes 0.35 s, the scan 0.8 s. Done once: an
 * import the reader reads again keeps them. */
static void
digest_rest (ImportDigest *digest)
{
  gsize size;
  const char *text = g_bytes_get_data (digest->bytes, &size);

  if (digest->rest_done)
    return;
  digest->compressed = ptce_store_compress (digest->bytes);
  /* what the reader checks of the whole text before its elements */
  if (digest->scan_needed)
    digest->scanned = text != NULL &&
                      ptce_json_scan (text, size, digest->max_depth, NULL, NULL);
  digest->rest_done = TRUE;
}

/* The texts of @spans of @text, each a string of its own. */
static GPtrArray *
span_texts (const char *text,
            GArray     *spans)
{
  GPtrArray *texts = g_ptr_array_new_full (spans->len, g_free);

  for (guint i = 0; i < spans->len; i++)
    {
      PtceStoreSpan *span = &g_array_index (spans, PtceStoreSpan, i);

      g_ptr_array_add (texts, g_strndup (text + span->start, span->end - span->start));
    }
  return texts;
}

/* The ids the actors' elements give, each a string of its own; NULL when
 * one gives none (its text then fails, and the parts will say how). */
static GPtrArray *
actor_ids (PtceStoreCut *cut)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_full (cut->actors->len, g_free);

  for (guint i = 0; i < cut->actors->len; i++)
    {
      char *id = ptce_store_cut_member_string (cut, &g_array_index (cut->actors, PtceStoreSpan, i),
                                               "id");

      if (id == NULL)
        return NULL;
      g_ptr_array_add (ids, id);
    }
  return g_steal_pointer (&ids);
}

/* The model of the cut bytes, built from their parts on as many threads as
 * the machine runs (the reader's whole-text parse is serial); NULL when the
 * parts fail, which the reader then reads again for its error. Declared
 * by their ids, the actors are built beside the poles instead of before
 * them. */
static PtceDataset *
load_cut (PtceJsonReader *reader,
          PtceStoreCut   *cut)
{
  PtceJsonParts *parts = ptce_json_reader_begin_parts (reader, cut->root, NULL);
  /* read by the parts until finish() returns */
  g_autoptr(GPtrArray) ids = NULL;

  if (parts == NULL)
    return NULL;
  ids = actor_ids (cut);
  ptce_json_parts_add_actors (parts, span_texts (cut->text, cut->actors),
                              ids ? g_ptr_array_ref (ids) : NULL);
  ptce_json_parts_add_observations (parts, span_texts (cut->text, cut->observations));
  ptce_json_parts_add_poles (parts, span_texts (cut->text, cut->poles));
  return ptce_json_parts_finish (parts, NULL);
}

static char *
date_text (PtceDate *date)
{
  return date ? ptce_date_to_iso8601 (date) : g_strdup ("");
}

static gpointer
unref_object (gpointer object)
{
  g_object_unref (object);
  return NULL;
}

/* Drops @object on a thread of its own, to join with g_thread_join() (NULL:
 * dropped here, no thread could be made). A national dataset takes
 * seconds to finalise, which then overlap the writing of the rows and the
 * commit; nothing else holds its objects. */
static GThread *
unref_in_thread (gpointer object)
{
  GThread *thread = g_thread_try_new ("ptce-free", unref_object, object, NULL);

  if (thread == NULL)
    g_object_unref (object);
  return thread;
}

/* What a pole's rows say: its id, its compact text, its attributes and
 * its members (id, start, end, …). */
typedef struct
{
  char      *id;
  char      *json;
  GPtrArray *attrs;
  GPtrArray *members;
} PoleRow;

static void
pole_row_free (PoleRow *row)
{
  g_free (row->id);
  g_free (row->json);
  g_ptr_array_unref (row->attrs);
  g_ptr_array_unref (row->members);
  g_free (row);
}

/* The second thread's work while the first writes rows, in the order the
 * rows need it: the poles' rows while the actors' are written, then the
 * digest's rest (digest_rest()) for the end. */
typedef struct
{
  ImportDigest *digest;
  GListModel   *poles;
  GPtrArray    *rows;   /* PoleRow, by the poles' index */
  gboolean      rows_ready;
  GMutex        lock;
  GCond         ready;
  GThread      *thread;
} Ahead;

/* The poles' rows: a third of the poles' time, the rest is SQLite's.
 * Nothing else reads the poles' lists meanwhile. */
static void
pole_rows_prepare (Ahead *p)
{
  PtceStoreCut *cut = &p->digest->cut;
  guint n = g_list_model_get_n_items (p->poles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (p->poles, i);
      GListModel *memberships = ptce_pole_get_memberships (pole);
      PoleRow *row = g_new0 (PoleRow, 1);

      row->id = g_strdup (ptce_pole_get_id (pole));
      row->json = ptce_store_cut_compact (cut, &g_array_index (cut->poles, PtceStoreSpan, i));
      row->attrs = pole_attributes (pole);
      row->members = g_ptr_array_new_with_free_func (g_free);
      for (guint j = 0; memberships && j < g_list_model_get_n_items (memberships); j++)
        {
          g_autoptr(PtceMembership) m = g_list_model_get_item (memberships, j);
          PtceActor *actor = ptce_membership_get_actor (m);

          g_ptr_array_add (row->members, g_strdup (actor ? ptce_actor_get_id (actor) : NULL));
          g_ptr_array_add (row->members, date_text (ptce_membership_get_start (m)));
          g_ptr_array_add (row->members, date_text (ptce_membership_get_end (m)));
        }
      g_ptr_array_add (p->rows, row);
    }
}

/* A GThreadFunc */
static gpointer
ahead_run (gpointer data)
{
  Ahead *p = data;

  pole_rows_prepare (p);
  g_mutex_lock (&p->lock);
  p->rows_ready = TRUE;
  g_cond_signal (&p->ready);
  g_mutex_unlock (&p->lock);
  digest_rest (p->digest);
  return NULL;
}

static void
ahead_start (Ahead        *p,
             ImportDigest *digest,
             GListModel   *poles)
{
  p->digest = digest;
  p->poles = poles;
  p->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) pole_row_free);
  g_mutex_init (&p->lock);
  g_cond_init (&p->ready);
  p->thread = g_thread_try_new ("ptce-ahead", ahead_run, p, NULL);
}

/* The poles' rows, once ready. */
static GPtrArray *
ahead_wait_rows (Ahead *p)
{
  if (p->thread == NULL)
    {
      if (!p->rows_ready)
        pole_rows_prepare (p);
      p->rows_ready = TRUE;
      return p->rows;
    }
  g_mutex_lock (&p->lock);
  while (!p->rows_ready)
    g_cond_wait (&p->ready, &p->lock);
  g_mutex_unlock (&p->lock);
  return p->rows;
}

/* The digest's rest, once done; the rows are then dropped. */
static void
ahead_finish (Ahead *p)
{
  if (p->thread != NULL)
    g_thread_join (g_steal_pointer (&p->thread));
  else if (!p->digest->rest_done)
    digest_rest (p->digest);
  g_clear_pointer (&p->rows, g_ptr_array_unref);
}

static void
ahead_clear (Ahead *p)
{
  if (p->digest == NULL)
    return;
  /* on a failure, the thread's work is waited for, not done */
  if (p->thread != NULL)
    g_thread_join (g_steal_pointer (&p->thread));
  g_clear_pointer (&p->rows, g_ptr_array_unref);
  g_mutex_clear (&p->lock);
  g_cond_clear (&p->ready);
  p->digest = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Ahead, ahead_clear)

/* Records @dataset (transfer full), read from @digest's bytes, as a new
 * submission. Each actor, pole and observation is kept as its element in
 * the bytes (whitespace removed); what queries find them by comes from the
 * model. NULL with @error not set when the model was built from the cut
 * elements (@digest->scan_needed) and the whole text turns out not to be
 * well-formed: nothing is recorded, the reader is to say why. */
static PtceSubmission *
import_dataset (PtceStore    *self,
                ImportDigest *digest,
                PtceDataset  *dataset_in,
                const char   *source,
                const char   *submitter,
                PtceDate     *received,
                GError     **error)
{
  g_autoptr(PtceDataset) dataset = dataset_in;
  g_autofree char *title = g_strdup (ptce_dataset_get_title (dataset));
  GThread *freeing = NULL;
  g_autoptr(PtceDate) today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *imported = g_date_time_format_iso8601 (now);
  g_autofree char *received_text = NULL;
  g_autoptr(GBytes) written = NULL;
  const PtceStoreBackendVTable *vt = BACKEND (self);
  PtceStoreSubmissionIn in = { 0, };
  PtceStoreCut *cut = &digest->cut;
  GListModel *actors = ptce_dataset_get_actors (dataset);
  GListModel *poles = ptce_dataset_get_poles (dataset);
  g_autoptr(GHashTable) scopes = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_auto(Ahead) ahead = { NULL, };
  GPtrArray *ready;
  gint64 id;
  int others;

  if (!digest->cut_done || !cut_matches (cut, dataset))
    {
      /* A text the cutter leaves (a root member name written with an
       * escape…): the elements are cut from what the writer writes of
       * the model instead. */
      g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();

      written = ptce_json_writer_save_bytes (writer, dataset, error);
      if (written == NULL)
        return NULL;
      if (!ptce_store_cut_init (cut, g_bytes_get_data (written, NULL), g_bytes_get_size (written)) ||
          !cut_matches (cut, dataset))
        {
          g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_FAILED,
                       _("Store “%s”: the dataset cannot be cut into its elements"), self->path);
          return NULL;
        }
    }

  if (received == NULL)
    received = today = ptce_date_new_today ();
  received_text = ptce_date_to_iso8601 (received);

  in.sha256 = digest->sha256;
  in.source = source;
  in.submitter = submitter;
  in.received = received_text;
  in.received_julian = ptce_date_get_first_julian (received);
  in.imported = imported;
  in.title = title;
  in.root_json = cut->root;
  in.n_poles = cut->poles->len;
  in.n_actors = cut->actors->len;

  if (!vt->begin (self->backend, error))
    goto fail_cut;

  id = vt->add_submission (self->backend, &in, error);
  if (id == 0)
    goto fail;

  /* Matches are with actors of other submissions: none in a new store. */
  others = vt->others_have_actors (self->backend, id, error);
  if (others < 0)
    goto fail;

  scopes = actor_scopes (poles);
  ahead_start (&ahead, digest, poles);
  for (guint i = 0; i < in.n_actors; i++)
    {
      g_autoptr(PtceActor) actor = g_list_model_get_item (actors, i);
      const char *local = ptce_actor_get_id (actor);
      g_autofree char *json = ptce_store_cut_compact (cut, &g_array_index (cut->actors, PtceStoreSpan, i));
      char *key = NULL;

      if (vt->add_actor (self->backend, id, i, local, json,
                         ptce_actor_get_siren (actor), ptce_actor_get_siret (actor),
                         ptce_actor_get_rna (actor), scope_of (scopes, local), !others,
                         &key, error) == 0)
        goto fail;
      g_ptr_array_add (keys, key);
    }

  for (guint i = 0; others && i < in.n_actors; i++)
    {
      g_autoptr(PtceActor) actor = g_list_model_get_item (actors, i);

      if (!match_actor (self, id, actor, g_ptr_array_index (keys, i), error))
        goto fail;
    }

  ready = ahead_wait_rows (&ahead);
  /* What follows needs no more of the model: the poles' rows are ready,
   * and the cut gives the ids and subjects, the model's (cut_matches()).
   * It is dropped on a thread of its own while the rows are written. */
  g_clear_pointer (&scopes, g_hash_table_unref);
  actors = poles = NULL;
  freeing = unref_in_thread (g_steal_pointer (&dataset));

  for (guint i = 0; i < in.n_poles; i++)
    {
      PoleRow *row = g_ptr_array_index (ready, i);

      if (vt->add_pole (self->backend, id, i, row->id, row->json,
                        row->attrs, row->members, error) == 0)
        goto fail;
    }

  for (guint i = 0; i < cut->observations->len; i++)
    {
      PtceStoreSpan *span = &g_array_index (cut->observations, PtceStoreSpan, i);
      g_autofree char *json = ptce_store_cut_compact (cut, span);
      g_autofree char *subject = ptce_store_cut_member_string (cut, span, "subject");

      if (!vt->add_observation (self->backend, id, i, subject, json, error))
        goto fail;
    }

  /* The whole text scanned too, or the reader reads it for its error
   * (import_bytes_from()). */
  ahead_finish (&ahead);
  if (digest->scan_needed && !digest->scanned)
    goto fail;
  if (!vt->add_file (self->backend, id, digest->bytes, digest->compressed, error))
    goto fail;

  if (!vt->commit (self->backend, error))
    goto fail;
  if (freeing != NULL)
    g_thread_join (g_steal_pointer (&freeing));

  return ptce_submission_new_internal (id, digest->sha256, source, submitter, received, imported,
                                       in.title, g_bytes_get_size (digest->bytes),
                                       in.n_poles, in.n_actors);

fail:
  vt->rollback (self->backend);
fail_cut:
  if (freeing != NULL)
    g_thread_join (freeing);
  return NULL;
}

/**
 * ptce_store_import_bytes:
 * @self: a #PtceStore
 * @bytes: the exact bytes of a ptce/1 file
 * @source: (nullable): where the file comes from ("the pole", "CRESS…")
 * @submitter: (nullable): who sent it
 * @received: (nullable): the day it was received; %NULL for today
 * @error: return location for a #GError
 *
 * Records a ptce/1 file as a new submission, in one transaction. The file is
 * read with a default #PtceJsonReader first (up to 10^9 bytes, the largest
 * value the store keeps); a file it refuses is refused
 * with the reader's %PTCE_ERROR and nothing is recorded. Bytes already
 * recorded are not recorded again: the earlier submission is returned, with
 * #PtceSubmission:existed set.
 *
 * Returns: (transfer full): the submission, or %NULL with @error set
 *
 * Since: 1.0
 */
static PtceSubmission *import_bytes_from (PtceStore   *self,
                                           GBytes      *bytes,
                                           const char  *file,
                                           const char  *source,
                                           const char  *submitter,
                                           PtceDate    *received,
                                           GError     **error);

PtceSubmission *
ptce_store_import_bytes (PtceStore   *self,
                         GBytes      *bytes,
                         const char  *source,
                         const char  *submitter,
                         PtceDate    *received,
                         GError     **error)
{
  return import_bytes_from (self, bytes, NULL, source, submitter, received, error);
}

/* The reader of an import: it takes a file as large as the store can keep
 * (SQLite's default limit on one value, 10^9 bytes), not the reader's
 * default limit for unknown input. */
static PtceJsonReader *
import_reader (void)
{
  PtceJsonReader *reader = ptce_json_reader_new ();

  ptce_json_reader_set_max_size (reader, G_GUINT64_CONSTANT (1000000000));
  return reader;
}

/* @file: the display name of the file the bytes were read from, that the
 * reader's messages then start with (ptce-json-reader-private.h) */
static PtceSubmission *
import_bytes_from (PtceStore   *self,
                   GBytes      *bytes,
                   const char  *file,
                   const char  *source,
                   const char  *submitter,
                   PtceDate    *received,
                   GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PtceJsonReader) reader = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  PtceSubmission *existing;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) load_error = NULL;
  g_auto(ImportDigest) digest = { .bytes = bytes };
  PtceSubmission *submission;
  GThread *digesting;
  gsize size = g_bytes_get_size (bytes);

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  if (!ensure_open (self, error))
    return NULL;
  if (self->read_only)
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_READ_ONLY,
                   _("Store “%s”: opened read-only, cannot be written"), self->path);
      return NULL;
    }

  reader = import_reader ();
  digest.max_depth = ptce_json_reader_get_max_depth (reader);
  digesting = g_thread_try_new ("ptce-digest", digest_hash, &digest, NULL);
  if (digesting == NULL)
    digest_hash (&digest);

  /* The model from the file's elements, cut here, while the digest thread
   * hashes the whole; the reader reads the file when any of it fails, when
   * a thread is missing, or when the whole text, scanned while the rows
   * are written, is not well-formed: its dataset or its error, the same
   * as from the elements when they are valid. */
  if (size > 0 && size <= ptce_json_reader_get_max_size (reader))
    digest.cut_done = ptce_store_cut_init (&digest.cut, g_bytes_get_data (bytes, NULL), size);
  if (digest.cut_done && digesting != NULL)
    dataset = load_cut (reader, &digest.cut);
  if (digesting != NULL)
    g_thread_join (digesting);
  digest.scan_needed = dataset != NULL;
  if (dataset == NULL)
    dataset = ptce_json_reader_load_bytes_from (reader, bytes, file, &load_error);

  /* Bytes recorded already are that submission, whether or not this
   * reader takes them (as before the read, when the hash came first). */
  existing = BACKEND (self)->find_submission (self->backend, 0, digest.sha256, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (existing != NULL)
    {
      ptce_submission_set_existed (existing, TRUE);
      return existing;
    }
  if (dataset == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&load_error));
      return NULL;
    }
  submission = import_dataset (self, &digest, g_steal_pointer (&dataset), source, submitter,
                               received, &local_error);
  if (submission == NULL && local_error == NULL && digest.scan_needed && !digest.scanned)
    {
      digest.scan_needed = FALSE;
      dataset = ptce_json_reader_load_bytes_from (reader, bytes, file, error);
      if (dataset == NULL)
        return NULL;
      submission = import_dataset (self, &digest, g_steal_pointer (&dataset), source, submitter,
                                   received, &local_error);
    }
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return submission;
}

/**
 * ptce_store_import_file:
 * @self: a #PtceStore
 * @path: (type filename): a ptce/1 file
 * @source: (nullable): where the file comes from
 * @submitter: (nullable): who sent it
 * @received: (nullable): the day it was received; %NULL for today
 * @error: return location for a #GError
 *
 * Reads @path and records it as ptce_store_import_bytes() does.
 *
 * Returns: (transfer full): the submission, or %NULL with @error set
 *
 * Since: 1.0
 */
PtceSubmission *
ptce_store_import_file (PtceStore   *self,
                        const char  *path,
                        const char  *source,
                        const char  *submitter,
                        PtceDate    *received,
                        GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(PtceJsonReader) reader = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  locker = g_rec_mutex_locker_new (&self->lock);

  /* as the reader reads a file: one buffer of the file's size, huge
   * pages for a large one, and a file over the limit refused unread */
  reader = import_reader ();
  bytes = ptce_json_reader_read_file (reader, path, error);
  if (bytes == NULL)
    return NULL;
  {
    g_autofree char *display = g_filename_display_name (path);

    return import_bytes_from (self, bytes, display, source, submitter, received, error);
  }
}

/**
 * ptce_store_import_dataset:
 * @self: a #PtceStore
 * @dataset: a dataset
 * @source: (nullable): where the data comes from
 * @submitter: (nullable): who sent it
 * @received: (nullable): the day it was received; %NULL for today
 * @error: return location for a #GError
 *
 * Records a dataset as a submission: its bytes are what #PtceJsonWriter
 * writes of it (compact), which the store keeps as any file received.
 *
 * Returns: (transfer full): the submission, or %NULL with @error set
 *
 * Since: 1.0
 */
PtceSubmission *
ptce_store_import_dataset (PtceStore    *self,
                           PtceDataset  *dataset,
                           const char   *source,
                           const char   *submitter,
                           PtceDate     *received,
                           GError     **error)
{
  g_autoptr(PtceJsonWriter) writer = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  writer = ptce_json_writer_new ();
  bytes = ptce_json_writer_save_bytes (writer, dataset, error);
  if (bytes == NULL)
    return NULL;
  return ptce_store_import_bytes (self, bytes, source, submitter, received, error);
}

/* ── submissions ──────────────────────────────────────────────────────── */

static GListModel *
list_model_from (GPtrArray *array,
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

  if (!ensure_open (self, error))
    return NULL;
  list = BACKEND (self)->list_submissions (self->backend, error);
  if (list == NULL)
    return NULL;
  return list_model_from (list, PTCE_TYPE_SUBMISSION);
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

  if (!ensure_open (self, error))
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

  if (!ensure_open (self, error))
    return NULL;
  return BACKEND (self)->dup_bytes (self->backend, id, error);
}

/* ── reading back ─────────────────────────────────────────────────────── */

static gint64
known_day (PtceDate *as_known)
{
  return as_known ? (gint64) ptce_date_get_last_julian (as_known) : G_MAXINT64;
}

/* The latest version of each entity, in the order of the rows. */
static GPtrArray *
latest_rows (GPtrArray *rows)
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
static gboolean
damaged (PtceStore   *self,
         const char  *detail,
         GError     **error)
{
  g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT,
               _("Store “%s”: the file is damaged (%s)"), self->path, detail);
  return FALSE;
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
      damaged (self, local_error ? local_error->message : _("a stored fragment is not a JSON object"),
               error);
      return NULL;
    }
  return json_node_ref (root);
}

static JsonNode *
parse_fragment (PtceStore   *self,
                const char  *json,
                GError     **error)
{
  return parse_fragment_full (self, json, FALSE, error);
}

static PtceDate *
object_date (JsonObject *object,
             const char *name)
{
  const char *text = member_string (object, name);

  return text ? ptce_date_new_from_iso8601 (text, NULL) : NULL;
}

/* Whether an object with "start" and "end" is valid on @when (the rules
 * of ptce-store-as-of-private.h, which cuts texts by them). */
static gboolean
period_holds (JsonObject *object,
              PtceDate   *when)
{
  return ptce_store_period_holds (member_string (object, "start"), member_string (object, "end"),
                                  when);
}

/* Whether a date member is on or before @when (absent: yes). */
static gboolean
begun_by (JsonObject *object,
          const char *name,
          PtceDate   *when)
{
  return ptce_store_begun_by (member_string (object, name), when);
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
  JsonArray *array = member_array (object, name);
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
  g_autoptr(PtceDate) founded = object_date (pole, "founded");
  g_autoptr(PtceDate) dissolved = object_date (pole, "dissolved");

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
      const char *id = member_string (object, "id");
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
  return m->parts != NULL || damaged (self, local->message, error);
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
        return damaged (m->self, local->message, error);
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
  g_autoptr(GPtrArray) owned = rows;
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
    damaged (m->self, local->message, error);
  return dataset;
}

/* The rows at once (materialise_begin() … materialise_end()). */
static PtceDataset *
materialise (PtceStore  *self,
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
  gint64 known = known_day (as_known);
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
                                           known_day (as_known), ACTOR_BATCH,
                                           materialise_actor_batch, &m, error))
    return NULL;
  ptce_json_parts_end_actors (m.parts);
  poles = BACKEND (self)->select_latest (self->backend, PTCE_STORE_ENTITY_POLE, NULL,
                                         known_day (as_known), TRUE, error);
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

  return in_read (self, load_dataset_in, &args, error);
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
                                        known_day (as_known), FALSE, error);
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
  dataset = materialise (self, one, actor_rows, row->submission, as_of, FALSE, FALSE, TRUE, error);
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

  return in_read (self, load_pole_in, &args, error);
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
                                        known_day (as_known), FALSE, error);
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
  dataset = materialise (self, none, one, 0, as_of, FALSE, TRUE, FALSE, error);
  if (dataset == NULL)
    return NULL;
  actor = ptce_dataset_lookup_actor (dataset, actor_id);
  if (actor == NULL)
    {
      damaged (self, actor_id, error);
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

  return in_read (self, load_actor_in, &args, error);
}

/* ── history ──────────────────────────────────────────────────────────── */

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
            damaged (self, "pole_version", error);
          else
            g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_ptr_array_add (list, s);
    }
  return list_model_from (list, PTCE_TYPE_SUBMISSION);
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

  return in_read (self, list_pole_versions_in, &args, error);
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
                                        known_day (args->as_known), FALSE, error);
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
        damaged (self, "pole_version", error);
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

  return in_read (self, lookup_pole_version_in, &args, error);
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
  JsonArray *array = member_array (pole, array_name);

  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *key = JSON_NODE_HOLDS_OBJECT (node)
                        ? member_string (json_node_get_object (node), key_name) : NULL;
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
    if (member_string (json_array_get_object_element (array, i), "end") == NULL)
      return FALSE;
  return TRUE;
}

static const char *
current_stage (JsonObject *pole)
{
  JsonArray *stages = member_array (pole, "stages");
  const char *best = NULL;
  guint32 best_day = 0;

  for (guint i = 0; stages && i < json_array_get_length (stages); i++)
    {
      JsonObject *change = json_array_get_object_element (stages, i);
      g_autoptr(PtceDate) since = object_date (change, "since");
      guint32 day = since ? ptce_date_get_first_julian (since) : 0;

      if (best == NULL || day > best_day)
        {
          best = member_string (change, "stage");
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
  before_node = parse_fragment (self, from->json, error);
  if (before_node == NULL)
    return NULL;
  after_node = parse_fragment (self, to->json, error);
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
  return list_model_from (changes, PTCE_TYPE_STORE_CHANGE);
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

  return in_read (self, diff_pole_in, &args, error);
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
  if (!ensure_open (self, error))
    return NULL;
  ids = BACKEND (self)->find_poles (self->backend, word->value_nick, value,
                                    known_day (as_known), error);
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

  if (!ensure_open (self, error))
    return NULL;
  rows = BACKEND (self)->find_actors (self->backend, identifier, known_day (as_known), TRUE,
                                     error);
  if (rows == NULL)
    return NULL;
  latest = latest_rows (rows);
  dataset = materialise (self, none, latest, 0, NULL, FALSE, TRUE, FALSE, error);
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

  if (!ensure_open (self, error))
    return NULL;
  ids = BACKEND (self)->poles_of_actor (self->backend, actor_id, known_day (as_known), error);
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

  if (!ensure_open (self, error))
    return NULL;
  list = BACKEND (self)->list_matches (self->backend, actor_id, error);
  if (list == NULL)
    return NULL;
  return list_model_from (list, PTCE_TYPE_ACTOR_MATCH);
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

  if (!ensure_open (self, error) || !BACKEND (self)->begin (self->backend, error))
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

  if (!ensure_open (self, error))
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
      node = parse_fragment (self, row->json, error);
      if (node == NULL)
        return FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (identifier_kinds); k++)
        compare_said (last, out, PTCE_STORE_DISAGREEMENT_IDENTIFIER, row->id, identifier_kinds[k],
                      row->submission, member_string (json_node_get_object (node), identifier_kinds[k]));
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
      node = parse_fragment (self, row->json, error);
      if (node == NULL)
        return FALSE;
      done = g_hash_table_new (g_str_hash, g_str_equal);
      memberships = member_array (json_node_get_object (node), "memberships");
      for (guint j = 0; memberships && j < json_array_get_length (memberships); j++)
        {
          JsonNode *m = json_array_get_element (memberships, j);
          JsonObject *object = JSON_NODE_HOLDS_OBJECT (m) ? json_node_get_object (m) : NULL;
          const char *actor = object ? member_string (object, "actor") : NULL;
          g_autofree char *subject = NULL;

          /* One actor listed twice (left, came back): its first period. */
          if (actor == NULL || !g_hash_table_add (done, (gpointer) actor))
            continue;
          subject = g_strconcat (row->id, "/", actor, NULL);
          compare_said (last, out, PTCE_STORE_DISAGREEMENT_MEMBERSHIP, subject, "start",
                        row->submission, member_string (object, "start"));
          compare_said (last, out, PTCE_STORE_DISAGREEMENT_MEMBERSHIP, subject, "end",
                        row->submission, member_string (object, "end"));
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
      node = parse_fragment (self, row->json, error);
      if (node == NULL)
        return FALSE;
      object = json_node_get_object (node);
      indicator = member_string (object, "indicator");
      start = member_string (object, "start");
      end = member_string (object, "end");
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
  return disagreements_in (self, known_day (args->as_known), args->out, error) ? args->out : NULL;
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

  if (in_read (self, disagreements_read, &args, error) == NULL)
    return NULL;
  return list_model_from (out, PTCE_TYPE_STORE_DISAGREEMENT);
}
