/* ptce-store-import.c: a ptce/1 file recorded as a submission
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-store.h"
#include "ptce-store-private.h"
#include "ptce-store-cut-private.h"
#include "ptce-store-file-bytes-private.h"
#include "ptce-store-sha256-private.h"
#include "ptce-submission-private.h"
#include "ptce-enum-types.h"
#include "ptce-json-reader.h"
#include "ptce-json-reader-private.h"
#include "ptce-json-scan-private.h"
#include "ptce-json-writer-private.h"
#include "ptce-geography.h"
#include "ptce-commune.h"
#include "ptce-epci.h"
#include "ptce-departement.h"
#include "ptce-i18n-private.h"

const char * const ptce_store_identifier_kinds[] = { "siret", "siren", "rna" };

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
  /* in the order of ptce_store_identifier_kinds */
  const char *identifiers[] = {
    ptce_actor_get_siret (actor), ptce_actor_get_siren (actor), ptce_actor_get_rna (actor),
  };

  for (guint k = 0; k < G_N_ELEMENTS (ptce_store_identifier_kinds); k++)
    {
      const char *value = identifiers[k];
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GPtrArray) latest = NULL;

      if (value == NULL || *value == '\0')
        continue;
      rows = BACKEND (self)->find_actors (self->backend, value, G_MAXINT64, FALSE, error);
      if (rows == NULL)
        return FALSE;
      latest = ptce_store_latest_rows (rows);
      for (guint i = 0; i < latest->len; i++)
        {
          PtceStoreRow *row = g_ptr_array_index (latest, i);
          int basis = -1;
          gboolean compatible = TRUE;

          if (row->submission == submission || g_strcmp0 (row->id, id) == 0 ||
              g_hash_table_contains (seen, row->id))
            continue;
          g_hash_table_add (seen, g_strdup (row->id));
          for (guint j = 0; j < G_N_ELEMENTS (ptce_store_identifier_kinds); j++)
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

static PtceSubmission *import_bytes_from (PtceStore   *self,
                                          GBytes      *bytes,
                                          const char  *file,
                                          const char  *source,
                                          const char  *submitter,
                                          PtceDate    *received,
                                          GError     **error);

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

  if (!ptce_store_ensure_open (self, error))
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
