/* ptce-store-backend-private.h: what a storage engine gives PtceStore
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * PtceStore (ptce-store*.c) does everything that is about the model and the
 * ptce/1 format: validating an import, cutting it into one JSON fragment
 * per pole, actor and observation (the element's text in the file, without
 * its whitespace: ptce-store-cut.c), choosing versions as known at a
 * date, filtering them as of a date, diffing. A backend only keeps rows and
 * finds them again; it knows nothing of JSON. ptce-store-sqlite.c is the
 * embedded backend; a server backend (PostgreSQL) implements the same
 * table of functions, and nothing of either shows in the public API.
 *
 * Actors: a version's "id" in rows is its key, the identity of the actor
 * across submissions (its local id is local to its pole's files: see
 * migration 3 → 4 in ptce-store-sqlite.c), except from select_actors_in,
 * which reads one file's actors by their ids in that file.
 *
 * "known" arguments are Julian days: a version counts when its submission
 * was received on or before that day (G_MAXINT64: every submission). Rows
 * come back ordered by (received, submission id, position in the file).
 */
#pragma once

#include <gio/gio.h>
#include "ptce-store-enums.h"
#include "ptce-submission.h"

G_BEGIN_DECLS

typedef struct _PtceStoreBackend PtceStoreBackend;

typedef enum {
  PTCE_STORE_ENTITY_POLE,
  PTCE_STORE_ENTITY_ACTOR,
} PtceStoreEntity;

/* One stored fragment. */
typedef struct {
  gint64  submission;
  gint64  version;     /* row id of the version */
  char   *id;          /* pole or actor id (subject for observations) */
  char   *json;        /* NULL when @packed holds it */
  /* Only from select_latest (…, TRUE): a text kept packed as stored
   * (ptce-store-packed-private.h), unpacked where it is used. */
  guint8 *packed;
  gsize   packed_length;
  /* Only from select_versions: the day its submission was received. */
  gint64  received;
  /* Only from find_actors: the identifiers of the version. */
  char   *siren;
  char   *siret;
  char   *rna;
  /* Actors: the id in its file, when @id is the store-wide key. */
  char   *local;
} PtceStoreRow;

void ptce_store_row_free (PtceStoreRow *row);

/* What an import records about its file, besides its bytes (add_file). */
typedef struct {
  const char *sha256;
  const char *source;
  const char *submitter;
  const char *received;          /* ISO 8601, maybe partial */
  gint64      received_julian;   /* first day it covers */
  const char *imported;          /* ISO 8601 timestamp */
  const char *title;
  const char *root_json;         /* the root object without its arrays */
  guint       n_poles;
  guint       n_actors;
} PtceStoreSubmissionIn;

/* Takes a batch of rows (the array is the callee's); FALSE with @error
 * set stops the read. */
typedef gboolean (*PtceStoreRowsFunc) (GPtrArray *rows, gpointer data, GError **error);

typedef struct {
  void            (*close)             (PtceStoreBackend *self);
  gboolean        (*begin)             (PtceStoreBackend *self, GError **error);
  gboolean        (*commit)            (PtceStoreBackend *self, GError **error);
  void            (*rollback)          (PtceStoreBackend *self);
  /* A read of several queries sees one state of the store: an import
   * committed by another process in between is not half seen. */
  gboolean        (*begin_read)        (PtceStoreBackend *self, GError **error);
  void            (*end_read)          (PtceStoreBackend *self);
  /* Either by id (sha256 NULL) or by SHA-256 (id 0). NULL with no error:
   * there is none. */
  PtceSubmission *(*find_submission)   (PtceStoreBackend *self, gint64 id,
                                        const char *sha256, GError **error);
  gint64          (*add_submission)    (PtceStoreBackend *self,
                                        const PtceStoreSubmissionIn *in,
                                        GError **error);
  /* The file's bytes as received, kept as @compressed when not NULL
   * (their LZ4 frame, ptce-store-file-bytes-private.h); recorded last, once
   * the import has compressed them. */
  gboolean        (*add_file)          (PtceStoreBackend *self, gint64 submission,
                                        GBytes *bytes, GBytes *compressed,
                                        GError **error);
  /* attrs: pairs (kind, value) of what queries find poles by;
   * members: triples (actor, start, end), start and end may be "". */
  gint64          (*add_pole)          (PtceStoreBackend *self, gint64 submission,
                                        guint seq, const char *id, const char *json,
                                        GPtrArray *attrs, GPtrArray *members,
                                        GError **error);
  /* alone: no other submission has actors, so the actor's key is its id
   * (ids are unique in a file) and need not be looked for. */
  gint64          (*add_actor)         (PtceStoreBackend *self, gint64 submission,
                                        guint seq, const char *id, const char *json,
                                        const char *siren, const char *siret,
                                        const char *rna, const char *scope,
                                        gboolean alone, char **key, GError **error);
  gboolean        (*add_observation)   (PtceStoreBackend *self, gint64 submission,
                                        guint seq, const char *subject,
                                        const char *json, GError **error);
  GPtrArray      *(*list_submissions)  (PtceStoreBackend *self, GError **error);
  GBytes         *(*dup_bytes)         (PtceStoreBackend *self, gint64 submission,
                                        GError **error);
  char           *(*dup_root)          (PtceStoreBackend *self, gint64 submission,
                                        GError **error);
  /* Every version of one entity (id) or of all (id NULL). */
  GPtrArray      *(*select_versions)   (PtceStoreBackend *self, PtceStoreEntity entity,
                                        const char *id, gint64 known, GError **error);
  /* The latest version of one entity known: an array of one row, or of
   * none when no submission known has it. With @id NULL, the latest
   * version of every entity, ordered as select_versions() orders them;
   * with @packed, the texts stored packed are left so (row.packed). */
  GPtrArray      *(*select_latest)     (PtceStoreBackend *self, PtceStoreEntity entity,
                                        const char *id, gint64 known, gboolean packed,
                                        GError **error);
  /* select_latest() of every entity, given to @func in batches of about
   * @batch rows as they are read, in the same order, so that the caller
   * builds while the rest is read. */
  gboolean        (*select_latest_each) (PtceStoreBackend *self, PtceStoreEntity entity,
                                        gint64 known, guint batch, PtceStoreRowsFunc func,
                                        gpointer data, GError **error);
  /* The observations a submission gives about some subjects (NULL: all),
   * in the order of the file. */
  GPtrArray      *(*select_observations) (PtceStoreBackend *self, gint64 submission,
                                        GPtrArray *subjects, GError **error);
  /* The actors of a submission whose key is not their local id: local id →
   * key. */
  GHashTable     *(*renamed_actors)    (PtceStoreBackend *self, gint64 submission,
                                        GError **error);
  /* The actors of some ids in one submission, in the order of the file. */
  GPtrArray      *(*select_actors_in)  (PtceStoreBackend *self, gint64 submission,
                                        GPtrArray *ids, GError **error);
  /* Ids of the poles whose latest version known has an attribute. */
  GPtrArray      *(*find_poles)        (PtceStoreBackend *self, const char *kind,
                                        const char *value, gint64 known,
                                        GError **error);
  /* Versions of the actors with that SIREN, SIRET or RNA; their json is
   * "" unless @with_json (matching an import needs the identifiers only). */
  GPtrArray      *(*find_actors)       (PtceStoreBackend *self, const char *identifier,
                                        gint64 known, gboolean with_json, GError **error);
  /* Whether another submission than @submission has actors: 1 or 0, -1
   * with @error set. */
  int             (*others_have_actors) (PtceStoreBackend *self, gint64 submission,
                                        GError **error);
  /* Ids of the poles whose latest version known lists the actor. */
  GPtrArray      *(*poles_of_actor)    (PtceStoreBackend *self, const char *actor,
                                        gint64 known, GError **error);
  gboolean        (*check)             (PtceStoreBackend *self, GError **error);
  /* Records that @other_actor (of @submission) is @actor: the new id, 0
   * when the pair was matched already (either way round, undone or not),
   * -1 with @error set. */
  gint64          (*add_match)         (PtceStoreBackend *self, const char *actor,
                                        const char *other_actor, PtceStoreMatchBasis basis,
                                        const char *value, gint64 submission,
                                        GError **error);
  /* The matches (PtceActorMatch) of one actor, either side, or all (NULL). */
  GPtrArray      *(*list_matches)      (PtceStoreBackend *self, const char *actor,
                                        GError **error);
  gboolean        (*undo_match)        (PtceStoreBackend *self, gint64 match,
                                        const char *undone, GError **error);
} PtceStoreBackendVTable;

struct _PtceStoreBackend
{
  const PtceStoreBackendVTable *vtable;
  char                         *path;
  gboolean                      read_only;
};

PtceStoreBackend *ptce_store_sqlite_open (const char          *path,
                                          PtceStoreOpenFlags   flags,
                                          GError             **error);

G_END_DECLS
