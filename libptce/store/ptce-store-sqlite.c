/* ptce-store-sqlite.c: the embedded backend of PtceStore, on SQLite
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One file, WAL journal (readers in other processes keep reading while a
 * writer imports), foreign keys on, a busy timeout, synchronous=FULL so a
 * committed import survives a crash. The schema is versioned in
 * PRAGMA user_version and upgraded by the migrations below, in order, each
 * in one transaction; PRAGMA application_id marks the file as a libptce
 * store, so another SQLite database is refused rather than written to.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sqlite3.h>
#include <json-glib/json-glib.h>

#include "ptce-store-backend-private.h"
#include "ptce-store-file-bytes-private.h"
#include "ptce-store-packed-private.h"
#include "ptce-submission-private.h"
#include "ptce-actor-match-private.h"
#include "ptce-store.h"
#include "ptce-i18n-private.h"

/* "PTCE" in ASCII. */
#define PTCE_STORE_APPLICATION_ID 0x50544345
#define PTCE_STORE_BUSY_TIMEOUT_MS 5000

/* Migration N takes a store from user_version N to N + 1. Never edit one
 * that was released: add the next. */
static const char * const migrations[] = {
  /* 0 → 1: the first schema. */
  "CREATE TABLE submission ("
  "  id INTEGER PRIMARY KEY,"
  "  sha256 TEXT NOT NULL UNIQUE,"
  "  bytes BLOB NOT NULL,"
  "  source TEXT,"
  "  submitter TEXT,"
  "  received TEXT NOT NULL,"
  "  received_julian INTEGER NOT NULL,"
  "  imported TEXT NOT NULL,"
  "  title TEXT,"
  "  root TEXT NOT NULL,"
  "  n_poles INTEGER NOT NULL,"
  "  n_actors INTEGER NOT NULL);"
  "CREATE TABLE pole_version ("
  "  id INTEGER PRIMARY KEY,"
  "  submission INTEGER NOT NULL REFERENCES submission (id),"
  "  seq INTEGER NOT NULL,"
  "  pole TEXT NOT NULL,"
  "  json TEXT NOT NULL,"
  "  UNIQUE (submission, pole));"
  "CREATE INDEX pole_version_pole ON pole_version (pole);"
  "CREATE TABLE pole_attribute ("
  "  pole_version INTEGER NOT NULL REFERENCES pole_version (id),"
  "  kind TEXT NOT NULL,"
  "  value TEXT NOT NULL);"
  "CREATE INDEX pole_attribute_value ON pole_attribute (kind, value);"
  "CREATE TABLE membership ("
  "  pole_version INTEGER NOT NULL REFERENCES pole_version (id),"
  "  actor TEXT NOT NULL,"
  "  start TEXT NOT NULL,"
  "  end TEXT NOT NULL);"
  "CREATE INDEX membership_actor ON membership (actor);"
  "CREATE INDEX membership_pole_version ON membership (pole_version);"
  "CREATE TABLE actor_version ("
  "  id INTEGER PRIMARY KEY,"
  "  submission INTEGER NOT NULL REFERENCES submission (id),"
  "  seq INTEGER NOT NULL,"
  "  actor TEXT NOT NULL,"
  "  json TEXT NOT NULL,"
  "  siren TEXT, siret TEXT, rna TEXT,"
  "  UNIQUE (submission, actor));"
  "CREATE INDEX actor_version_actor ON actor_version (actor);"
  "CREATE INDEX actor_version_siren ON actor_version (siren);"
  "CREATE INDEX actor_version_siret ON actor_version (siret);"
  "CREATE INDEX actor_version_rna ON actor_version (rna);"
  "CREATE TABLE observation ("
  "  id INTEGER PRIMARY KEY,"
  "  submission INTEGER NOT NULL REFERENCES submission (id),"
  "  seq INTEGER NOT NULL,"
  "  subject TEXT NOT NULL,"
  "  json TEXT NOT NULL);"
  "CREATE INDEX observation_subject ON observation (submission, subject);"
  /* Append-only: a recorded submission and its versions never change. */
  "CREATE TRIGGER submission_no_update BEFORE UPDATE ON submission"
  "  BEGIN SELECT RAISE (ABORT, 'submissions are append-only'); END;"
  "CREATE TRIGGER submission_no_delete BEFORE DELETE ON submission"
  "  BEGIN SELECT RAISE (ABORT, 'submissions are append-only'); END;"
  "CREATE TRIGGER pole_version_no_update BEFORE UPDATE ON pole_version"
  "  BEGIN SELECT RAISE (ABORT, 'versions are append-only'); END;"
  "CREATE TRIGGER actor_version_no_update BEFORE UPDATE ON actor_version"
  "  BEGIN SELECT RAISE (ABORT, 'versions are append-only'); END;",
  /* 1 → 2: actors of different ids taken for one organisation, with the
   * basis of each match; an undo is a row of its own (append-only too). */
  "CREATE TABLE actor_match ("
  "  id INTEGER PRIMARY KEY,"
  "  actor TEXT NOT NULL,"
  "  other_actor TEXT NOT NULL,"
  "  basis TEXT NOT NULL,"
  "  value TEXT NOT NULL,"
  "  submission INTEGER NOT NULL REFERENCES submission (id),"
  "  UNIQUE (actor, other_actor));"
  "CREATE INDEX actor_match_other ON actor_match (other_actor);"
  "CREATE TABLE actor_match_undo ("
  "  match INTEGER PRIMARY KEY REFERENCES actor_match (id),"
  "  undone TEXT NOT NULL);"
  "CREATE TRIGGER actor_match_no_update BEFORE UPDATE ON actor_match"
  "  BEGIN SELECT RAISE (ABORT, 'matches are append-only'); END;"
  "CREATE TRIGGER actor_match_no_delete BEFORE DELETE ON actor_match"
  "  BEGIN SELECT RAISE (ABORT, 'matches are append-only'); END;"
  "CREATE TRIGGER actor_match_undo_no_update BEFORE UPDATE ON actor_match_undo"
  "  BEGIN SELECT RAISE (ABORT, 'undos are append-only'); END;"
  "CREATE TRIGGER actor_match_undo_no_delete BEFORE DELETE ON actor_match_undo"
  "  BEGIN SELECT RAISE (ABORT, 'undos are append-only'); END;",
  /* 2 → 3: a file's bytes in a table of their own. In the submission row,
   * the bytes came before received_julian: every join of a version with
   * its submission walked the whole file's overflow pages to reach the
   * date (one pole of a 26 MB file read 26 MB per version). */
  "CREATE TABLE submission_file ("
  "  submission INTEGER PRIMARY KEY REFERENCES submission (id),"
  "  bytes BLOB NOT NULL);"
  "INSERT INTO submission_file (submission, bytes) SELECT id, bytes FROM submission;"
  "ALTER TABLE submission DROP COLUMN bytes;"
  "CREATE TRIGGER submission_file_no_update BEFORE UPDATE ON submission_file"
  "  BEGIN SELECT RAISE (ABORT, 'submissions are append-only'); END;"
  "CREATE TRIGGER submission_file_no_delete BEFORE DELETE ON submission_file"
  "  BEGIN SELECT RAISE (ABORT, 'submissions are append-only'); END;",
  /* 3 → 4: an actor's local id is local to its pole's files. scope: the
   * pole whose files name the actor (the file's one pole, or else the one
   * pole of the file whose memberships list it; '' when none or several:
   * the file's ids are then store-wide, as before). key: the identity of
   * the actor across submissions, the same for one (scope, id); its id
   * when free, else "scope/id". Keys are given by assign_keys() below, in
   * the order the versions were recorded. */
  "ALTER TABLE actor_version ADD COLUMN scope TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE actor_version ADD COLUMN key TEXT;"
  "DROP TRIGGER actor_version_no_update;"
  "UPDATE actor_version SET scope = coalesce ("
  "  (SELECT min (p.pole) FROM pole_version p WHERE p.submission = actor_version.submission"
  "   HAVING count (*) = 1),"
  "  (SELECT min (p.pole) FROM membership m JOIN pole_version p ON p.id = m.pole_version"
  "   WHERE p.submission = actor_version.submission AND m.actor = actor_version.actor"
  "   HAVING count (DISTINCT p.pole) = 1),"
  "  '');"
  "CREATE INDEX actor_version_scope ON actor_version (scope, actor);"
  "CREATE INDEX actor_version_key ON actor_version (key);",
  /* 4 → 5: a file's bytes may be kept compressed (ptce-store-file-bytes.c):
   * encoding 'identity' or 'zlib'; size, the length of the bytes as
   * received, NULL for the bytes kept as they are. */
  "ALTER TABLE submission_file ADD COLUMN encoding TEXT NOT NULL DEFAULT 'identity';"
  "ALTER TABLE submission_file ADD COLUMN size INTEGER;",
  /* 5 → 6: no query looks an actor version up by its local id alone since
   * keys (4): by key, by (scope, actor) or by (submission, actor), each
   * with an index of its own. The index on the id was one more b-tree
   * written per actor of every import. */
  "DROP INDEX actor_version_actor;",
  /* 6 → 7: an element's json may be a BLOB, its text packed with LZ4
   * (ptce-store-packed.c), and a file's bytes an LZ4 frame (encoding
   * 'lz4', ptce-store-file-bytes.c): a version that reads every json as text
   * and knows only zlib must not open such a store. */
  "SELECT 1;",
  /* 7 → 8: a file's size and encoding before its bytes. Columns added by
   * 4 → 5 came after the bytes, at the end of their last overflow page:
   * listing the submissions walked every file's whole chain of pages to
   * read its size (40 ms for a national file, at each read of the whole
   * dataset, and ten times that for ten years of files). The size is now
   * recorded for every file. And the actors of a submission whose key is
   * not their local id, which every read by keys looks up, are found in
   * an index of their own instead of among all the submission's actors
   * (40 ms for L, where none is). */
  "CREATE TABLE submission_file_8 ("
  "  submission INTEGER PRIMARY KEY REFERENCES submission (id),"
  "  encoding TEXT NOT NULL DEFAULT 'identity',"
  "  size INTEGER,"
  "  bytes BLOB NOT NULL);"
  "INSERT INTO submission_file_8 (submission, encoding, size, bytes)"
  "  SELECT submission, encoding, coalesce (size, length (bytes)), bytes FROM submission_file;"
  "DROP TABLE submission_file;"
  "ALTER TABLE submission_file_8 RENAME TO submission_file;"
  "CREATE TRIGGER submission_file_no_update BEFORE UPDATE ON submission_file"
  "  BEGIN SELECT RAISE (ABORT, 'submissions are append-only'); END;"
  "CREATE TRIGGER submission_file_no_delete BEFORE DELETE ON submission_file"
  "  BEGIN SELECT RAISE (ABORT, 'submissions are append-only'); END;"
  "CREATE INDEX actor_version_renamed ON actor_version (submission) WHERE key <> actor;",
};


#define PTCE_STORE_SCHEMA_VERSION ((int) G_N_ELEMENTS (migrations))

static const char * const required_tables[] = {
  "submission", "pole_version", "pole_attribute", "membership",
  "actor_version", "observation", "actor_match", "actor_match_undo",
  "submission_file",
};

typedef struct _PtceStoreSqlite {
  PtceStoreBackend  parent;
  sqlite3          *db;
  /* Prepared statements, by their SQL text (the literals below): prepared
   * once a connection, reset after each use. */
  GHashTable       *statements;
} PtceStoreSqlite;

/* Migration 3 → 4 gives the keys of the actors recorded before it. */
static gboolean assign_keys (PtceStoreSqlite *self, GError **error);
static char *key_for (PtceStoreSqlite *self, const char *scope, const char *id,
                      GError **error);

void
ptce_store_row_free (PtceStoreRow *row)
{
  if (row == NULL)
    return;
  /* the short strings are in the row's block (read_row()) */
  g_free (row->json);
  g_free (row->packed);
  g_free (row);
}

static PtceStoreError
code_for (int rc,
          const char *message)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      return PTCE_STORE_ERROR_NOT_A_STORE;
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
    case SQLITE_SCHEMA:
      return PTCE_STORE_ERROR_CORRUPT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return PTCE_STORE_ERROR_LOCKED;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return PTCE_STORE_ERROR_READ_ONLY;
    case SQLITE_FULL:
      return PTCE_STORE_ERROR_FULL;
    case SQLITE_IOERR:
      /* RLIMIT_FSIZE shows as a short write (EFBIG). */
      if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_TRUNCATE)
        return PTCE_STORE_ERROR_FULL;
      return PTCE_STORE_ERROR_IO;
    case SQLITE_CANTOPEN:
      return PTCE_STORE_ERROR_IO;
    case SQLITE_ERROR:
      /* A table or column the schema must have is missing. */
      if (message != NULL &&
          (strstr (message, "no such table") || strstr (message, "no such column")))
        return PTCE_STORE_ERROR_CORRUPT;
      return PTCE_STORE_ERROR_FAILED;
    default:
      return PTCE_STORE_ERROR_FAILED;
    }
}

static void
set_error (PtceStoreSqlite *self,
           int              rc,
           GError         **error)
{
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  int code = code_for (rc, detail);
  const char *path = self->parent.path;

  switch (code)
    {
    case PTCE_STORE_ERROR_NOT_A_STORE:
      g_set_error (error, PTCE_STORE_ERROR, code,
                   _("Store “%s”: not a libptce store (%s)"), path, detail);
      break;
    case PTCE_STORE_ERROR_CORRUPT:
      g_set_error (error, PTCE_STORE_ERROR, code,
                   _("Store “%s”: the file is damaged (%s)"), path, detail);
      break;
    case PTCE_STORE_ERROR_LOCKED:
      g_set_error (error, PTCE_STORE_ERROR, code,
                   _("Store “%s”: locked by another process for more than %d ms (%s)"),
                   path, PTCE_STORE_BUSY_TIMEOUT_MS, detail);
      break;
    case PTCE_STORE_ERROR_READ_ONLY:
      g_set_error (error, PTCE_STORE_ERROR, code,
                   _("Store “%s”: cannot be written, it is read-only (%s)"), path, detail);
      break;
    case PTCE_STORE_ERROR_FULL:
      g_set_error (error, PTCE_STORE_ERROR, code,
                   _("Store “%s”: the disk is full or the file size limit is reached; nothing was changed (%s)"),
                   path, detail);
      break;
    case PTCE_STORE_ERROR_IO:
      g_set_error (error, PTCE_STORE_ERROR, code,
                   _("Store “%s”: cannot read or write the file (%s)"), path, detail);
      break;
    default:
      g_set_error (error, PTCE_STORE_ERROR, code,
                   _("Store “%s”: %s"), path, detail);
    }
}

static gboolean
exec (PtceStoreSqlite *self,
      const char      *sql,
      GError         **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static sqlite3_stmt *
prepare_once (PtceStoreSqlite *self,
              const char      *sql,
              GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      set_error (self, rc, error);
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

/* A statement of the cache: give it back with done(), never finalize it. */
static sqlite3_stmt *
prepare (PtceStoreSqlite *self,
         const char      *sql,
         GError         **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error (self, rc, error);
      sqlite3_finalize (stmt);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Ends a use of a cached statement: its read lock and bindings go. */
static void
done (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* Runs a statement to its end; TRUE when it did. */
static gboolean
step_done (PtceStoreSqlite *self,
           sqlite3_stmt    *stmt,
           GError         **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Ends a loop over the rows of a cached statement, stopped at @rc: TRUE
 * when it went through them all. */
static gboolean
rows_done (PtceStoreSqlite *self,
           sqlite3_stmt    *stmt,
           int              rc,
           GError         **error)
{
  done (stmt);
  if (rc != SQLITE_DONE)
    {
      set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Steps a statement that reads one row of a submission: TRUE on the row;
 * otherwise FALSE with @error set (%PTCE_STORE_ERROR_NOT_FOUND when there
 * is none). Give the statement back with done() either way. */
static gboolean
step_submission_row (PtceStoreSqlite *self,
                     sqlite3_stmt    *stmt,
                     gint64           submission,
                     GError         **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND,
                 _("Store “%s”: no submission %lld"), self->parent.path, (long long) submission);
  else
    set_error (self, rc, error);
  return FALSE;
}

static gboolean
query_int (PtceStoreSqlite *self,
           const char      *sql,
           gint64          *out,
           GError         **error)
{
  sqlite3_stmt *stmt = prepare_once (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out = sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_DONE)
    *out = 0;
  else
    {
      set_error (self, rc, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           i,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, i);
  else
    sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
}

/* An element's text, which lives until the statement is done(): not
 * copied (those of a national file add up to its size). A long one is
 * kept packed, a BLOB where the others are TEXT (ptce-store-packed.c). */
static void
bind_json (sqlite3_stmt *stmt,
           int           i,
           const char   *json)
{
  gsize length = strlen (json), packed_length;
  guint8 *packed = ptce_store_pack (json, length, &packed_length);

  if (packed != NULL)
    sqlite3_bind_blob64 (stmt, i, packed, packed_length, g_free);
  else
    sqlite3_bind_text64 (stmt, i, json, length, SQLITE_STATIC, SQLITE_UTF8);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           i)
{
  const unsigned char *text = sqlite3_column_text (stmt, i);

  return text ? g_strdup ((const char *) text) : NULL;
}

/* An element's text as bind_json() kept it; NULL with @error set when it
 * is missing or its packing is damaged. */
static char *
column_json (PtceStoreSqlite *self,
             sqlite3_stmt    *stmt,
             int              i,
             GError         **error)
{
  g_autoptr(GError) local = NULL;
  char *json = NULL;

  if (sqlite3_column_type (stmt, i) == SQLITE_BLOB)
    json = ptce_store_unpack (sqlite3_column_blob (stmt, i), sqlite3_column_bytes (stmt, i),
                              &local);
  else
    json = column_dup (stmt, i);
  if (json == NULL)
    g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT,
                 _("Store “%s”: the file is damaged (%s)"), self->parent.path,
                 local ? local->message : "NULL");
  return json;
}

/* ── transactions ─────────────────────────────────────────────────────── */

/* The page cache, by what the connection does. An import is one
 * transaction, and with SQLite's default of 2 MiB its index pages spill to
 * the journal and are read back again and again (half a million reads for
 * a 3 MB file): a write has 64 MiB. A read has the default: each page read
 * into a cache that is not yet full is a new buffer, whose memory the
 * system hands over a page fault at a time; one pole read first thing on a
 * connection took 11–14 ms with 64 MiB, 5–6.5 ms with 2 MiB (docs/store.md). */
#define WRITE_CACHE "PRAGMA cache_size = -65536"
#define READ_CACHE "PRAGMA cache_size = -2000"

/* Back to the readers' cache once a write ends, its pages freed. */
static void
read_cache (PtceStoreSqlite *self)
{
  sqlite3_exec (self->db, READ_CACHE, NULL, NULL, NULL);
}

static gboolean
sqlite_begin (PtceStoreBackend *backend,
              GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;

  if (backend->read_only)
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_READ_ONLY,
                   _("Store “%s”: opened read-only, cannot be written"), backend->path);
      return FALSE;
    }
  /* IMMEDIATE takes the write lock now, waiting up to the busy timeout,
   * instead of failing half-way through the import. */
  if (!exec (self, WRITE_CACHE, error))
    return FALSE;
  if (exec (self, "BEGIN IMMEDIATE", error))
    return TRUE;
  read_cache (self);
  return FALSE;
}

static gboolean
sqlite_commit (PtceStoreBackend *backend,
               GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  gboolean ok = exec (self, "COMMIT", error);

  /* a COMMIT that failed leaves the transaction to the ROLLBACK */
  if (ok)
    read_cache (self);
  return ok;
}

static void
sqlite_rollback (PtceStoreBackend *backend)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  read_cache (self);
}

/* A deferred transaction: its snapshot is taken at the first SELECT and
 * kept to the end, whatever a writer in another process commits (WAL). */
static gboolean
sqlite_begin_read (PtceStoreBackend *backend,
                   GError          **error)
{
  return exec ((PtceStoreSqlite *) backend, "BEGIN DEFERRED", error);
}

static void
sqlite_end_read (PtceStoreBackend *backend)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
}

/* ── submissions ──────────────────────────────────────────────────────── */

#define SUBMISSION_COLUMNS \
  "id, sha256, source, submitter, received, imported, title," \
  " (SELECT coalesce (f.size, length (f.bytes)) FROM submission_file f" \
  "  WHERE f.submission = submission.id)," \
  " n_poles, n_actors"

static PtceSubmission *
submission_from_row (sqlite3_stmt *stmt)
{
  const char *received = (const char *) sqlite3_column_text (stmt, 4);
  g_autoptr(PtceDate) date = received ? ptce_date_new_from_iso8601 (received, NULL) : NULL;

  return ptce_submission_new_internal (sqlite3_column_int64 (stmt, 0),
                                       (const char *) sqlite3_column_text (stmt, 1),
                                       (const char *) sqlite3_column_text (stmt, 2),
                                       (const char *) sqlite3_column_text (stmt, 3),
                                       date,
                                       (const char *) sqlite3_column_text (stmt, 5),
                                       (const char *) sqlite3_column_text (stmt, 6),
                                       (guint64) sqlite3_column_int64 (stmt, 7),
                                       (guint) sqlite3_column_int64 (stmt, 8),
                                       (guint) sqlite3_column_int64 (stmt, 9));
}

static PtceSubmission *
sqlite_find_submission (PtceStoreBackend *backend,
                        gint64            id,
                        const char       *sha256,
                        GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;
  PtceSubmission *found = NULL;
  int rc;

  if (sha256 != NULL)
    {
      stmt = prepare (self, "SELECT " SUBMISSION_COLUMNS " FROM submission WHERE sha256 = ?", error);
      if (stmt == NULL)
        return NULL;
      bind_text (stmt, 1, sha256);
    }
  else
    {
      stmt = prepare (self, "SELECT " SUBMISSION_COLUMNS " FROM submission WHERE id = ?", error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, id);
    }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    found = submission_from_row (stmt);
  else if (rc != SQLITE_DONE)
    set_error (self, rc, error);
  done (stmt);
  return found;
}

static gint64
sqlite_add_submission (PtceStoreBackend            *backend,
                       const PtceStoreSubmissionIn *in,
                       GError                     **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = prepare (self,
                  "INSERT INTO submission (sha256, source, submitter, received,"
                  " received_julian, imported, title, root, n_poles, n_actors)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return 0;
  bind_text (stmt, 1, in->sha256);
  bind_text (stmt, 2, in->source);
  bind_text (stmt, 3, in->submitter);
  bind_text (stmt, 4, in->received);
  sqlite3_bind_int64 (stmt, 5, in->received_julian);
  bind_text (stmt, 6, in->imported);
  bind_text (stmt, 7, in->title);
  bind_text (stmt, 8, in->root_json);
  sqlite3_bind_int64 (stmt, 9, in->n_poles);
  sqlite3_bind_int64 (stmt, 10, in->n_actors);
  if (step_done (self, stmt, error))
    id = sqlite3_last_insert_rowid (self->db);
  done (stmt);
  return id;
}

static gboolean
sqlite_add_file (PtceStoreBackend *backend,
                 gint64            submission,
                 GBytes           *bytes,
                 GBytes           *compressed_bytes,
                 GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);
  gboolean ok;

  stmt = prepare (self, "INSERT INTO submission_file (submission, bytes, encoding, size)"
                        " VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, submission);
  if (compressed_bytes != NULL)
    {
      gsize compressed_size;
      gconstpointer compressed = g_bytes_get_data (compressed_bytes, &compressed_size);

      sqlite3_bind_blob64 (stmt, 2, compressed, compressed_size, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, PTCE_STORE_ENCODING_LZ4, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, size);
    }
  else
    {
      sqlite3_bind_blob64 (stmt, 2, size ? data : "", size, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, PTCE_STORE_ENCODING_IDENTITY, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, size);
    }
  ok = step_done (self, stmt, error);
  done (stmt);
  return ok;
}

static GPtrArray *
sqlite_list_submissions (PtceStoreBackend *backend,
                         GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (self, "SELECT " SUBMISSION_COLUMNS " FROM submission"
                        " ORDER BY received_julian, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, submission_from_row (stmt));
  if (!rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static GBytes *
sqlite_dup_bytes (PtceStoreBackend *backend,
                  gint64            submission,
                  GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt = prepare (self, "SELECT bytes, encoding, size FROM submission_file"
                                      " WHERE submission = ?", error);
  GBytes *bytes = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, submission);
  if (step_submission_row (self, stmt, submission, error))
    {
      const char *encoding = (const char *) sqlite3_column_text (stmt, 1);
      gconstpointer data = sqlite3_column_blob (stmt, 0);
      gsize length = sqlite3_column_bytes (stmt, 0);
      /* the length as received (NULL for bytes kept as they are, before
       * version 8) */
      gboolean sized = sqlite3_column_type (stmt, 2) == SQLITE_INTEGER &&
                       sqlite3_column_int64 (stmt, 2) >= 0;
      gsize size = sized ? (gsize) sqlite3_column_int64 (stmt, 2) : 0;
      g_autoptr(GError) local_error = NULL;

      if (g_strcmp0 (encoding, PTCE_STORE_ENCODING_IDENTITY) == 0)
        bytes = g_bytes_new (data, length);
      else if (sized && g_strcmp0 (encoding, PTCE_STORE_ENCODING_LZ4) == 0)
        bytes = ptce_store_decompress (data, length, size, &local_error);
      else if (sized && g_strcmp0 (encoding, PTCE_STORE_ENCODING_ZLIB) == 0)
        bytes = ptce_store_inflate (data, length, size, &local_error);
      if (bytes == NULL)
        g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT,
                     _("Store “%s”: the file is damaged (%s)"), backend->path,
                     local_error ? local_error->message : "submission_file.encoding");
    }
  done (stmt);
  return bytes;
}

static char *
sqlite_dup_root (PtceStoreBackend *backend,
                 gint64            submission,
                 GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt = prepare (self, "SELECT root FROM submission WHERE id = ?", error);
  char *root = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, submission);
  if (step_submission_row (self, stmt, submission, error))
    root = column_dup (stmt, 0);
  done (stmt);
  if (root == NULL && error && *error == NULL)
    g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT,
                 _("Store “%s”: the file is damaged (%s)"), backend->path, "submission.root");
  return root;
}

/* ── versions ─────────────────────────────────────────────────────────── */

static gint64
sqlite_add_pole (PtceStoreBackend *backend,
                 gint64            submission,
                 guint             seq,
                 const char       *id,
                 const char       *json,
                 GPtrArray        *attrs,
                 GPtrArray        *members,
                 GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;
  gint64 version = 0;

  stmt = prepare (self, "INSERT INTO pole_version (submission, seq, pole, json) VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, submission);
  sqlite3_bind_int64 (stmt, 2, seq);
  bind_text (stmt, 3, id);
  bind_json (stmt, 4, json);
  if (step_done (self, stmt, error))
    version = sqlite3_last_insert_rowid (self->db);
  done (stmt);
  if (version == 0)
    return 0;

  if (attrs != NULL && attrs->len > 0)
    {
      stmt = prepare (self, "INSERT INTO pole_attribute (pole_version, kind, value) VALUES (?, ?, ?)", error);
      if (stmt == NULL)
        return 0;
      for (guint i = 0; i + 1 < attrs->len; i += 2)
        {
          sqlite3_reset (stmt);
          sqlite3_bind_int64 (stmt, 1, version);
          bind_text (stmt, 2, g_ptr_array_index (attrs, i));
          bind_text (stmt, 3, g_ptr_array_index (attrs, i + 1));
          if (!step_done (self, stmt, error))
            {
              done (stmt);
              return 0;
            }
        }
      done (stmt);
    }

  if (members != NULL && members->len > 0)
    {
      stmt = prepare (self, "INSERT INTO membership (pole_version, actor, start, end) VALUES (?, ?, ?, ?)", error);
      if (stmt == NULL)
        return 0;
      for (guint i = 0; i + 2 < members->len; i += 3)
        {
          sqlite3_reset (stmt);
          sqlite3_bind_int64 (stmt, 1, version);
          bind_text (stmt, 2, g_ptr_array_index (members, i));
          bind_text (stmt, 3, g_ptr_array_index (members, i + 1));
          bind_text (stmt, 4, g_ptr_array_index (members, i + 2));
          if (!step_done (self, stmt, error))
            {
              done (stmt);
              return 0;
            }
        }
      done (stmt);
    }
  return version;
}

static gint64
sqlite_add_actor (PtceStoreBackend *backend,
                  gint64            submission,
                  guint             seq,
                  const char       *id,
                  const char       *json,
                  const char       *siren,
                  const char       *siret,
                  const char       *rna,
                  const char       *scope,
                  gboolean          alone,
                  char            **key_out,
                  GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;
  gint64 version = 0;
  g_autofree char *key = alone ? g_strdup (id) : key_for (self, scope ? scope : "", id, error);

  if (key == NULL)
    return 0;
  stmt = prepare (self, "INSERT INTO actor_version (submission, seq, actor, json, siren, siret, rna,"
                        " scope, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return 0;
  bind_text (stmt, 8, scope ? scope : "");
  bind_text (stmt, 9, key);
  sqlite3_bind_int64 (stmt, 1, submission);
  sqlite3_bind_int64 (stmt, 2, seq);
  bind_text (stmt, 3, id);
  bind_json (stmt, 4, json);
  bind_text (stmt, 5, siren);
  bind_text (stmt, 6, siret);
  bind_text (stmt, 7, rna);
  if (step_done (self, stmt, error))
    version = sqlite3_last_insert_rowid (self->db);
  done (stmt);
  if (version != 0 && key_out != NULL)
    *key_out = g_steal_pointer (&key);
  return version;
}

static gboolean
sqlite_add_observation (PtceStoreBackend *backend,
                        gint64            submission,
                        guint             seq,
                        const char       *subject,
                        const char       *json,
                        GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;
  gboolean ok;

  stmt = prepare (self, "INSERT INTO observation (submission, seq, subject, json) VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, submission);
  sqlite3_bind_int64 (stmt, 2, seq);
  bind_text (stmt, 3, subject);
  bind_json (stmt, 4, json);
  ok = step_done (self, stmt, error);
  done (stmt);
  return ok;
}

/* The columns of a row besides its first four, by name; the queries of
 * rows have eight at most. */
#define ROW_MAX_COLUMNS 12

typedef enum {
  ROW_RECEIVED,
  ROW_SIREN,
  ROW_SIRET,
  ROW_RNA,
  ROW_LOCAL,
  ROW_OTHER,
} RowColumn;

static RowColumn
row_column (sqlite3_stmt *stmt,
            int           c)
{
  const char *name = sqlite3_column_name (stmt, c);
  const char * const names[] = { "received_julian", "siren", "siret", "rna", "local" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      return (RowColumn) i;
  return ROW_OTHER;
}

/* The row @stmt stands on; NULL with @error set when it is damaged; with
 * @keep_packed, a packed text is copied as it is (row.packed). The
 * row and its short strings are one block (ptce_store_row_free()): a whole
 * dataset reads 200 000 actors, each with its key and local id, and a
 * malloc() and a free() each for those was a tenth of the reading
 * thread's time. */
static PtceStoreRow *
read_row (PtceStoreSqlite *self,
          sqlite3_stmt    *stmt,
          gboolean         keep_packed,
          GError         **error)
{
  int n_columns = MIN (sqlite3_column_count (stmt), ROW_MAX_COLUMNS);
  RowColumn kinds[ROW_MAX_COLUMNS];
  const char *texts[ROW_MAX_COLUMNS] = { NULL, };
  gsize sizes[ROW_MAX_COLUMNS] = { 0, };
  gsize total = sizeof (PtceStoreRow);
  PtceStoreRow *row;
  char *at;

  /* the strings first (the id, then the optional ones by name), then the
   * row that holds their copies; the text (column 3) is read apart */
  for (int c = 2; c < n_columns; c++)
    {
      kinds[c] = c > 3 ? row_column (stmt, c) : ROW_OTHER;
      if (c == 3 || kinds[c] == ROW_RECEIVED || (c > 3 && kinds[c] == ROW_OTHER))
        continue;
      texts[c] = (const char *) sqlite3_column_text (stmt, c);
      if (texts[c] == NULL)
        continue;
      sizes[c] = (gsize) sqlite3_column_bytes (stmt, c) + 1;
      total += sizes[c];
    }
  row = g_malloc0 (total);
  at = (char *) (row + 1);
  row->submission = sqlite3_column_int64 (stmt, 0);
  row->version = sqlite3_column_int64 (stmt, 1);
  for (int c = 2; c < n_columns; c++)
    {
      char *copy = NULL;

      if (kinds[c] == ROW_RECEIVED)
        row->received = sqlite3_column_int64 (stmt, c);
      if (texts[c] == NULL)
        continue;
      copy = memcpy (at, texts[c], sizes[c]);
      at += sizes[c];
      if (c == 2)
        row->id = copy;
      else if (kinds[c] == ROW_SIREN)
        row->siren = copy;
      else if (kinds[c] == ROW_SIRET)
        row->siret = copy;
      else if (kinds[c] == ROW_RNA)
        row->rna = copy;
      else if (kinds[c] == ROW_LOCAL)
        row->local = copy;
    }
  /* kept packed only when it says a length: else unpacked now, for the
   * error (an empty BLOB is no packed text) */
  if (keep_packed && sqlite3_column_type (stmt, 3) == SQLITE_BLOB &&
      ptce_store_packed_text_length (sqlite3_column_blob (stmt, 3),
                                     (gsize) sqlite3_column_bytes (stmt, 3)) > 0)
    {
      row->packed_length = (gsize) sqlite3_column_bytes (stmt, 3);
      row->packed = g_memdup2 (sqlite3_column_blob (stmt, 3), row->packed_length);
    }
  else
    row->json = column_json (self, stmt, 3, error);
  if ((row->json != NULL || row->packed != NULL) && row->id == NULL)
    g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT,
                 _("Store “%s”: the file is damaged (%s)"), self->parent.path, "NULL");
  if ((row->json == NULL && row->packed == NULL) || row->id == NULL)
    g_clear_pointer (&row, ptce_store_row_free);
  return row;
}

static GPtrArray *
new_rows (guint size)
{
  return g_ptr_array_new_full (size, (GDestroyNotify) ptce_store_row_free);
}

/* Reads the rows of @stmt to its end, given to @func in batches of @batch
 * (G_MAXUINT: all in one), the last one maybe empty (@keep_packed: see
 * read_row()). */
static gboolean
read_rows (PtceStoreSqlite   *self,
           sqlite3_stmt      *stmt,
           guint              batch,
           gboolean           keep_packed,
           PtceStoreRowsFunc  func,
           gpointer           data,
           GError           **error)
{
  g_autoptr(GPtrArray) rows = new_rows (batch == G_MAXUINT ? 0 : batch);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PtceStoreRow *row = read_row (self, stmt, keep_packed, error);

      if (row == NULL)
        {
          done (stmt);
          return FALSE;
        }
      g_ptr_array_add (rows, row);
      if (rows->len < batch)
        continue;
      if (!func (g_steal_pointer (&rows), data, error))
        {
          done (stmt);
          return FALSE;
        }
      rows = new_rows (batch);
    }
  return rows_done (self, stmt, rc, error) && func (g_steal_pointer (&rows), data, error);
}

static gboolean
take_rows (GPtrArray  *rows,
           gpointer    data,
           GError    **error)
{
  *(GPtrArray **) data = rows;
  return TRUE;
}

static GPtrArray *
collect_rows (PtceStoreSqlite *self,
              sqlite3_stmt    *stmt,
              gboolean         keep_packed,
              GError         **error)
{
  GPtrArray *rows = NULL;

  return read_rows (self, stmt, G_MAXUINT, keep_packed, take_rows, &rows, error) ? rows : NULL;
}

static int
compare_received (gconstpointer a,
                  gconstpointer b)
{
  const PtceStoreRow *x = *(PtceStoreRow * const *) a;
  const PtceStoreRow *y = *(PtceStoreRow * const *) b;

  if (x->received != y->received)
    return x->received < y->received ? -1 : 1;
  /* Version ids grow with the submission and the position in its file. */
  return (x->version > y->version) - (x->version < y->version);
}

/* Sorts @rows by compare_received(), unless they are in order already (the
 * rows of one submission, read in row order: 200,000 actors sorted again
 * cost 20 ms). */
static void
sort_received (GPtrArray *rows)
{
  for (guint i = 1; i < rows->len; i++)
    if (compare_received (&rows->pdata[i - 1], &rows->pdata[i]) > 0)
      {
        g_ptr_array_sort (rows, compare_received);
        return;
      }
}

static GPtrArray *
sqlite_select_versions (PtceStoreBackend *backend,
                        PtceStoreEntity   entity,
                        const char       *id,
                        gint64            known,
                        GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  const char *sql;
  sqlite3_stmt *stmt;
  GPtrArray *rows;

  /* In the order of the versions' rows (no sort of the fragments in SQL),
   * then ordered by the day received, below. */
  if (entity == PTCE_STORE_ENTITY_POLE)
    sql = id ? "SELECT v.submission, v.id, v.pole, v.json, s.received_julian FROM pole_version v"
               " JOIN submission s ON s.id = v.submission"
               " WHERE v.pole = ?1 AND s.received_julian <= ?2 ORDER BY v.id"
             : "SELECT v.submission, v.id, v.pole, v.json, s.received_julian FROM pole_version v"
               " JOIN submission s ON s.id = v.submission"
               " WHERE s.received_julian <= ?2 ORDER BY v.id";
  else
    sql = id ? "SELECT v.submission, v.id, v.key, v.json, s.received_julian, v.actor AS local"
               " FROM actor_version v JOIN submission s ON s.id = v.submission"
               " WHERE v.key = ?1 AND s.received_julian <= ?2 ORDER BY v.id"
             : "SELECT v.submission, v.id, v.key, v.json, s.received_julian, v.actor AS local"
               " FROM actor_version v JOIN submission s ON s.id = v.submission"
               " WHERE s.received_julian <= ?2 ORDER BY v.id";
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (id)
    bind_text (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, known);
  rows = collect_rows (self, stmt, FALSE, error);
  if (rows != NULL)
    sort_received (rows);
  return rows;
}

/* The latest version known (?2) of each entity of @table, the entity
 * named by @entity_column; the columns collect_rows() reads, @id_column
 * as the id, and @more. */
#define LATEST_OF_EACH(id_column, more, table, entity_column) \
  "SELECT v.submission, v.id, " id_column ", v.json, s.received_julian" more \
  " FROM " table " v JOIN submission s ON s.id = v.submission" \
  " WHERE s.received_julian <= ?2" \
  "  AND ((SELECT count(*) FROM submission WHERE received_julian <= ?2) <= 1" \
  "   OR v.id = (SELECT w.id FROM " table " w" \
  "    JOIN submission t ON t.id = w.submission" \
  "    WHERE w." entity_column " = v." entity_column " AND t.received_julian <= ?2" \
  "    ORDER BY t.received_julian DESC, w.id DESC LIMIT 1))" \
  " ORDER BY v.id"

/* One entity's latest version only: the fragments of its older versions
 * are not read (a pole of many submissions reads one; the sort is of
 * row ids). The order is compare_received()'s, reversed. */
static GPtrArray *
sqlite_select_latest (PtceStoreBackend *backend,
                      PtceStoreEntity   entity,
                      const char       *id,
                      gint64            known,
                      gboolean          packed,
                      GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;
  GPtrArray *rows;

  if (id == NULL)
    {
      /* Every entity's latest version: the texts of the versions a later
       * one replaced are not read (SQLite reads a column when the row is
       * kept). With one submission known, every version is its entity's
       * latest, and the search per row (2 µs) is skipped: the count is
       * made once. Row order, then sorted by the day received, as
       * select_versions() does. */
      stmt = prepare (self, entity == PTCE_STORE_ENTITY_POLE
                      ? LATEST_OF_EACH ("v.pole", "", "pole_version", "pole")
                      : LATEST_OF_EACH ("v.key", ", v.actor AS local", "actor_version", "key"),
                      error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 2, known);
      rows = collect_rows (self, stmt, packed, error);
      if (rows != NULL)
        sort_received (rows);
      return rows;
    }
  stmt = prepare (self, entity == PTCE_STORE_ENTITY_POLE
                  ? "SELECT v.submission, v.id, v.pole, v.json FROM pole_version v"
                    " WHERE v.id = (SELECT w.id FROM pole_version w"
                    "  JOIN submission s ON s.id = w.submission"
                    "  WHERE w.pole = ?1 AND s.received_julian <= ?2"
                    "  ORDER BY s.received_julian DESC, w.id DESC LIMIT 1)"
                  : "SELECT v.submission, v.id, v.key, v.json, v.actor AS local FROM actor_version v"
                    " WHERE v.id = (SELECT w.id FROM actor_version w"
                    "  JOIN submission s ON s.id = w.submission"
                    "  WHERE w.key = ?1 AND s.received_julian <= ?2"
                    "  ORDER BY s.received_julian DESC, w.id DESC LIMIT 1)", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, known);
  return collect_rows (self, stmt, FALSE, error);
}

/* Whether the submissions known (@known) were received in the order of
 * their ids: then the rows in the order of theirs are in the order of
 * compare_received() already. -1 with @error set. */
static int
received_in_order (PtceStoreSqlite *self,
                   gint64           known,
                   GError         **error)
{
  sqlite3_stmt *stmt = prepare (self,
                                "SELECT EXISTS (SELECT 1 FROM submission a JOIN submission b"
                                " ON b.id > a.id AND b.received_julian < a.received_julian"
                                " WHERE a.received_julian <= ?1)", error);
  int rc, in_order = -1;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, known);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    in_order = sqlite3_column_int64 (stmt, 0) == 0;
  else
    set_error (self, rc, error);
  done (stmt);
  return in_order;
}

static gboolean
sqlite_select_latest_each (PtceStoreBackend *backend,
                           PtceStoreEntity   entity,
                           gint64            known,
                           guint             batch,
                           PtceStoreRowsFunc func,
                           gpointer          data,
                           GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;
  int in_order;

  in_order = received_in_order (self, known, error);
  if (in_order < 0)
    return FALSE;
  if (!in_order)
    {
      /* a submission received before one imported earlier: all the rows,
       * sorted, at once */
      rows = sqlite_select_latest (backend, entity, NULL, known, FALSE, error);
      return rows != NULL && func (g_steal_pointer (&rows), data, error);
    }
  stmt = prepare (self, entity == PTCE_STORE_ENTITY_POLE
                  ? LATEST_OF_EACH ("v.pole", "", "pole_version", "pole")
                  : LATEST_OF_EACH ("v.key", ", v.actor AS local", "actor_version", "key"),
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, known);
  return read_rows (self, stmt, batch, FALSE, func, data, error);
}

/* The strings of the first column of @stmt's rows, NULLs left out. */
static GPtrArray *
collect_strings (PtceStoreSqlite *self,
                 sqlite3_stmt    *stmt,
                 GError         **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *id = column_dup (stmt, 0);

      if (id != NULL)
        g_ptr_array_add (ids, id);
    }
  if (!rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

/* A list of ids as one bound value: a JSON array, which json_each() opens
 * inside the statement, so that a set of ids is one query, not one each. */
static char *
ids_array (GPtrArray *ids)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < ids->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (ids, i));
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static GPtrArray *
sqlite_select_observations (PtceStoreBackend *backend,
                            gint64            submission,
                            GPtrArray        *subjects,
                            GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  g_autofree char *list = subjects ? ids_array (subjects) : NULL;
  sqlite3_stmt *stmt;

  stmt = prepare (self, subjects
                  ? "SELECT submission, id, subject, json FROM observation"
                    " WHERE submission = ?1 AND subject IN (SELECT value FROM json_each (?2))"
                    " ORDER BY seq"
                  /* a submission's observations are rows in a row, their ids
                   * growing with seq (one transaction, append-only): read in
                   * the table's order, not sorted (0.07 s of L's 150 000) */
                  : "SELECT submission, id, subject, json FROM observation"
                    " WHERE id BETWEEN (SELECT min (id) FROM observation WHERE submission = ?1)"
                    "  AND (SELECT max (id) FROM observation WHERE submission = ?1)"
                    "  AND +submission = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, submission);
  if (subjects)
    bind_text (stmt, 2, list);
  return collect_rows (self, stmt, FALSE, error);
}

static GPtrArray *
sqlite_select_actors_in (PtceStoreBackend *backend,
                         gint64            submission,
                         GPtrArray        *ids,
                         GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  g_autofree char *list = ids_array (ids);
  sqlite3_stmt *stmt;

  stmt = prepare (self, "SELECT submission, id, actor, json FROM actor_version"
                        " WHERE submission = ?1 AND actor IN (SELECT value FROM json_each (?2))"
                        " ORDER BY seq", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, submission);
  bind_text (stmt, 2, list);
  return collect_rows (self, stmt, FALSE, error);
}

static GHashTable *
sqlite_renamed_actors (PtceStoreBackend *backend,
                       gint64            submission,
                       GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  g_autoptr(GHashTable) renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  /* the condition of the index actor_version_renamed, word for word */
  stmt = prepare (self, "SELECT actor, key FROM actor_version"
                        " WHERE submission = ?1 AND key <> actor", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, submission);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *local = column_dup (stmt, 0);
      char *key = column_dup (stmt, 1);

      if (local != NULL && key != NULL)
        g_hash_table_insert (renamed, local, key);
      else
        {
          g_free (local);
          g_free (key);
        }
    }
  if (!rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&renamed);
}

/* The latest version of its pole known at :K: no later submission known at
 * :K has a version of the same pole. */
#define POLE_IS_LATEST(v, s) \
  " NOT EXISTS (SELECT 1 FROM pole_version v2 JOIN submission s2 ON s2.id = v2.submission" \
  "  WHERE v2.pole = " v ".pole AND s2.received_julian <= :K" \
  "  AND (s2.received_julian > " s ".received_julian" \
  "       OR (s2.received_julian = " s ".received_julian AND s2.id > " s ".id)))"

static GPtrArray *
sqlite_find_poles (PtceStoreBackend *backend,
                   const char       *kind,
                   const char       *value,
                   gint64            known,
                   GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;

  stmt = prepare (self,
                  "SELECT DISTINCT v.pole FROM pole_attribute a"
                  " JOIN pole_version v ON v.id = a.pole_version"
                  " JOIN submission s ON s.id = v.submission"
                  " WHERE a.kind = ?1 AND a.value = ?2 AND s.received_julian <= :K AND"
                  POLE_IS_LATEST ("v", "s")
                  " ORDER BY v.pole", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, kind);
  bind_text (stmt, 2, value);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":K"), known);
  return collect_strings (self, stmt, error);
}

static GPtrArray *
sqlite_find_actors (PtceStoreBackend *backend,
                    const char       *identifier,
                    gint64            known,
                    gboolean          with_json,
                    GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;

  /* Without the fragments, an import's matching reads no overflow page. */
  stmt = prepare (self, with_json
                  ? "SELECT v.submission, v.id, v.key, v.json, v.siren, v.siret, v.rna, v.actor AS local"
                    " FROM actor_version v JOIN submission s ON s.id = v.submission"
                    " WHERE (v.siren = ?1 OR v.siret = ?1 OR v.rna = ?1) AND s.received_julian <= ?2"
                    " ORDER BY s.received_julian, s.id, v.seq"
                  : "SELECT v.submission, v.id, v.key, '' AS json, v.siren, v.siret, v.rna, v.actor AS local"
                    " FROM actor_version v JOIN submission s ON s.id = v.submission"
                    " WHERE (v.siren = ?1 OR v.siret = ?1 OR v.rna = ?1) AND s.received_julian <= ?2"
                    " ORDER BY s.received_julian, s.id, v.seq", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, identifier);
  sqlite3_bind_int64 (stmt, 2, known);
  return collect_rows (self, stmt, FALSE, error);
}

static int
sqlite_others_have_actors (PtceStoreBackend *backend,
                           gint64            submission,
                           GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;
  int rc, found = 0;

  stmt = prepare (self, "SELECT EXISTS (SELECT 1 FROM actor_version WHERE submission <> ?1)", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, submission);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    found = sqlite3_column_int (stmt, 0) != 0;
  done (stmt);
  if (rc != SQLITE_ROW)
    {
      set_error (self, rc, error);
      return -1;
    }
  return found;
}

static GPtrArray *
sqlite_poles_of_actor (PtceStoreBackend *backend,
                       const char       *actor,
                       gint64            known,
                       GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;

  stmt = prepare (self,
                  "SELECT DISTINCT v.pole FROM membership m"
                  " JOIN pole_version v ON v.id = m.pole_version"
                  " JOIN submission s ON s.id = v.submission"
                  " JOIN actor_version a ON a.submission = v.submission AND a.actor = m.actor"
                  " WHERE a.key = ?1 AND s.received_julian <= :K AND"
                  POLE_IS_LATEST ("v", "s")
                  " ORDER BY v.pole", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, actor);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":K"), known);
  return collect_strings (self, stmt, error);
}

/* ── actor matches ────────────────────────────────────────────────────── */

static gint64
sqlite_add_match (PtceStoreBackend    *backend,
                  const char          *actor,
                  const char          *other_actor,
                  PtceStoreMatchBasis  basis,
                  const char          *value,
                  gint64               submission,
                  GError             **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;
  gint64 existing = 0;
  int rc;

  /* A pair is matched once, either way round: an undone match stays undone. */
  stmt = prepare (self, "SELECT id FROM actor_match WHERE (actor = ?1 AND other_actor = ?2)"
                        " OR (actor = ?2 AND other_actor = ?1)", error);
  if (stmt == NULL)
    return -1;
  bind_text (stmt, 1, actor);
  bind_text (stmt, 2, other_actor);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    existing = sqlite3_column_int64 (stmt, 0);
  done (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_error (self, rc, error);
      return -1;
    }
  if (existing > 0)
    return 0;

  stmt = prepare (self, "INSERT INTO actor_match (actor, other_actor, basis, value, submission)"
                        " VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return -1;
  bind_text (stmt, 1, actor);
  bind_text (stmt, 2, other_actor);
  bind_text (stmt, 3, basis == PTCE_STORE_MATCH_SIRET ? "siret" :
                      basis == PTCE_STORE_MATCH_SIREN ? "siren" : "rna");
  bind_text (stmt, 4, value);
  sqlite3_bind_int64 (stmt, 5, submission);
  if (!step_done (self, stmt, error))
    {
      done (stmt);
      return -1;
    }
  done (stmt);
  return sqlite3_last_insert_rowid (self->db);
}

static GPtrArray *
sqlite_list_matches (PtceStoreBackend *backend,
                     const char       *actor,
                     GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (self, "SELECT m.id, m.actor, m.other_actor, m.basis, m.value, m.submission,"
                        " u.match IS NOT NULL FROM actor_match m"
                        " LEFT JOIN actor_match_undo u ON u.match = m.id"
                        " WHERE ?1 IS NULL OR m.actor = ?1 OR m.other_actor = ?1"
                        " ORDER BY m.id", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, actor);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *basis = (const char *) sqlite3_column_text (stmt, 3);

      g_ptr_array_add (list, ptce_actor_match_new_internal (
        sqlite3_column_int64 (stmt, 0),
        (const char *) sqlite3_column_text (stmt, 1),
        (const char *) sqlite3_column_text (stmt, 2),
        g_strcmp0 (basis, "siret") == 0 ? PTCE_STORE_MATCH_SIRET :
        g_strcmp0 (basis, "siren") == 0 ? PTCE_STORE_MATCH_SIREN : PTCE_STORE_MATCH_RNA,
        (const char *) sqlite3_column_text (stmt, 4),
        sqlite3_column_int64 (stmt, 5),
        sqlite3_column_int (stmt, 6) != 0));
    }
  if (!rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static gboolean
sqlite_undo_match (PtceStoreBackend *backend,
                   gint64            match,
                   const char       *undone,
                   GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt;
  gint64 found = 0;
  gboolean ok;

  stmt = prepare (self, "SELECT count(*) FROM actor_match WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, match);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    found = sqlite3_column_int64 (stmt, 0);
  done (stmt);
  if (found == 0)
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND,
                   _("Store “%s”: no actor match %lld"), backend->path, (long long) match);
      return FALSE;
    }
  stmt = prepare (self, "INSERT OR IGNORE INTO actor_match_undo (match, undone) VALUES (?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, match);
  bind_text (stmt, 2, undone);
  ok = step_done (self, stmt, error);
  done (stmt);
  return ok;
}

static gboolean
sqlite_check (PtceStoreBackend *backend,
              GError          **error)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;
  sqlite3_stmt *stmt = prepare_once (self, "PRAGMA integrity_check", error);
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (line != NULL && strcmp (line, "ok") != 0 && problems->len < 400)
        g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_error (self, rc, error);
      return FALSE;
    }
  if (problems->len > 0)
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT,
                   _("Store “%s”: the file is damaged (%s)"), backend->path, problems->str);
      return FALSE;
    }
  /* Foreign keys as well: a row pointing at nothing is damage too. */
  {
    gint64 dangling = 0;

    if (!query_int (self, "SELECT count(*) FROM pragma_foreign_key_check", &dangling, error))
      return FALSE;
    if (dangling > 0)
      {
        g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT,
                     _("Store “%s”: the file is damaged (%s)"), backend->path,
                     "foreign_key_check");
        return FALSE;
      }
  }
  return TRUE;
}

static void
sqlite_close (PtceStoreBackend *backend)
{
  PtceStoreSqlite *self = (PtceStoreSqlite *) backend;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db)
    sqlite3_close_v2 (self->db);
  g_free (backend->path);
  g_free (self);
}

static const PtceStoreBackendVTable sqlite_vtable = {
  .close = sqlite_close,
  .begin = sqlite_begin,
  .commit = sqlite_commit,
  .rollback = sqlite_rollback,
  .begin_read = sqlite_begin_read,
  .end_read = sqlite_end_read,
  .find_submission = sqlite_find_submission,
  .add_submission = sqlite_add_submission,
  .add_file = sqlite_add_file,
  .add_pole = sqlite_add_pole,
  .add_actor = sqlite_add_actor,
  .add_observation = sqlite_add_observation,
  .list_submissions = sqlite_list_submissions,
  .dup_bytes = sqlite_dup_bytes,
  .dup_root = sqlite_dup_root,
  .select_versions = sqlite_select_versions,
  .select_latest = sqlite_select_latest,
  .select_latest_each = sqlite_select_latest_each,
  .select_observations = sqlite_select_observations,
  .select_actors_in = sqlite_select_actors_in,
  .renamed_actors = sqlite_renamed_actors,
  .find_poles = sqlite_find_poles,
  .find_actors = sqlite_find_actors,
  .others_have_actors = sqlite_others_have_actors,
  .poles_of_actor = sqlite_poles_of_actor,
  .check = sqlite_check,
  .add_match = sqlite_add_match,
  .list_matches = sqlite_list_matches,
  .undo_match = sqlite_undo_match,
};

/* ── opening ──────────────────────────────────────────────────────────── */

/* The key of a new version of (@scope, @id): that of the earlier
 * versions of the same pair, or a new one: @id when no other actor has it
 * (or when the file names no pole, whose ids are store-wide), else
 * "scope/id". NULL with @error set on failure. */
static char *
key_for (PtceStoreSqlite *self,
         const char      *scope,
         const char      *id,
         GError         **error)
{
  sqlite3_stmt *stmt;
  char *key = NULL;
  gboolean taken = FALSE;
  int rc;

  stmt = prepare (self, "SELECT key FROM actor_version WHERE scope = ?1 AND actor = ?2"
                        " AND key IS NOT NULL LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, scope);
  bind_text (stmt, 2, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    key = column_dup (stmt, 0);
  done (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_error (self, rc, error);
      return NULL;
    }
  if (key != NULL)
    return key;
  if (*scope == '\0')
    return g_strdup (id);

  stmt = prepare (self, "SELECT 1 FROM actor_version WHERE key = ?1 LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  taken = rc == SQLITE_ROW;
  done (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_error (self, rc, error);
      return NULL;
    }
  return taken ? g_strconcat (scope, "/", id, NULL) : g_strdup (id);
}

static gboolean
assign_keys (PtceStoreSqlite *self,
             GError         **error)
{
  sqlite3_stmt *rows = prepare_once (self, "SELECT id, scope, actor FROM actor_version ORDER BY id", error);
  int rc;

  if (rows == NULL)
    return FALSE;
  while ((rc = sqlite3_step (rows)) == SQLITE_ROW)
    {
      g_autofree char *key = key_for (self, (const char *) sqlite3_column_text (rows, 1),
                                      (const char *) sqlite3_column_text (rows, 2), error);
      sqlite3_stmt *update;
      gboolean ok;

      if (key == NULL)
        break;
      update = prepare (self, "UPDATE actor_version SET key = ?1 WHERE id = ?2", error);
      if (update == NULL)
        break;
      bind_text (update, 1, key);
      sqlite3_bind_int64 (update, 2, sqlite3_column_int64 (rows, 0));
      ok = step_done (self, update, error);
      done (update);
      if (!ok)
        break;
    }
  sqlite3_finalize (rows);
  if (rc == SQLITE_ROW)
    return FALSE;
  if (rc != SQLITE_DONE)
    {
      set_error (self, rc, error);
      return FALSE;
    }
  return exec (self, "CREATE TRIGGER actor_version_no_update BEFORE UPDATE ON actor_version"
                     "  BEGIN SELECT RAISE (ABORT, 'versions are append-only'); END;", error);
}

static gboolean
migrate (PtceStoreSqlite *self,
         gint64           from,
         GError         **error)
{
  for (gint64 v = from; v < PTCE_STORE_SCHEMA_VERSION; v++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %" G_GINT64_FORMAT, v + 1);

      if (!exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if ((v == 0 && !exec (self, "PRAGMA application_id = " G_STRINGIFY (PTCE_STORE_APPLICATION_ID), error)) ||
          !exec (self, migrations[v], error) ||
          (v == 3 && !assign_keys (self, error)) ||
          !exec (self, bump, error) ||
          !exec (self, "COMMIT", error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_tables (PtceStoreSqlite *self,
              GError         **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (required_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_master"
                                              " WHERE type = 'table' AND name = '%s'",
                                              required_tables[i]);
      gint64 n = 0;

      if (!query_int (self, sql, &n, error))
        return FALSE;
      if (n != 1)
        {
          g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_CORRUPT,
                       _("Store “%s”: the file is damaged (table “%s” is missing)"),
                       self->parent.path, required_tables[i]);
          return FALSE;
        }
    }
  return TRUE;
}

PtceStoreBackend *
ptce_store_sqlite_open (const char          *path,
                        PtceStoreOpenFlags   flags,
                        GError             **error)
{
  PtceStoreSqlite *self = g_new0 (PtceStoreSqlite, 1);
  PtceStoreBackend *backend = (PtceStoreBackend *) self;
  gboolean create = (flags & PTCE_STORE_OPEN_CREATE) != 0;
  int open_flags;
  gint64 app_id = 0, version = 0, pages = 0;
  int rc;

  backend->vtable = &sqlite_vtable;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  backend->path = g_strdup (path);
  backend->read_only = (flags & PTCE_STORE_OPEN_READ_ONLY) != 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!create || backend->read_only)
        {
          g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_FOUND,
                       _("Store “%s”: no such file"), path);
          goto fail;
        }
    }
  else if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_A_STORE,
                   _("Store “%s”: not a libptce store (%s)"), path, _("not a regular file"));
      goto fail;
    }

  open_flags = backend->read_only ? SQLITE_OPEN_READONLY
                               : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  rc = sqlite3_open_v2 (path, &self->db, open_flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_error (self, rc, error);
      goto fail;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, PTCE_STORE_BUSY_TIMEOUT_MS);
  /* Cheap defences against a hostile file. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);

  if (!query_int (self, "PRAGMA page_count", &pages, error) ||
      !query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "PRAGMA user_version", &version, error))
    goto fail;

  if (pages == 0)
    {
      /* An empty file: a new store, when allowed. */
      if (!create || backend->read_only)
        {
          g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_A_STORE,
                       _("Store “%s”: not a libptce store (%s)"), path, _("empty file"));
          goto fail;
        }
      /* Pages of 16 KiB, set before the first table (a store keeps the
       * size it was made with): a pole's packed element fits one page
       * instead of a chain of overflow pages, and the b-trees are
       * shallower; an import of L writes its rows about 8 % faster, and
       * reads are as fast. */
      if (!exec (self, "PRAGMA page_size = 16384", error))
        goto fail;
    }
  else if (app_id != PTCE_STORE_APPLICATION_ID)
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NOT_A_STORE,
                   _("Store “%s”: not a libptce store (%s)"), path,
                   _("an SQLite database of another application"));
      goto fail;
    }

  if (version > PTCE_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_NEWER_VERSION,
                   _("Store “%s”: written by a newer version of libptce (schema %lld"
                     ", this version knows up to %d)"),
                   path, (long long) version, PTCE_STORE_SCHEMA_VERSION);
      goto fail;
    }

  /* the migrations write: the writers' page cache until they are done */
  if (!exec (self, "PRAGMA foreign_keys = ON", error) ||
      !exec (self, WRITE_CACHE, error))
    goto fail;

  if (!backend->read_only)
    {
      gint64 ignored;

      /* WAL persists in the file: readers in other processes read the last
       * committed state while a writer imports. */
      if (sqlite3_db_readonly (self->db, "main") == 1)
        backend->read_only = TRUE;
      else if (!query_int (self, "PRAGMA journal_mode = WAL", &ignored, error) ||
               !exec (self, "PRAGMA synchronous = FULL", error))
        goto fail;
    }

  if (version < PTCE_STORE_SCHEMA_VERSION)
    {
      if (backend->read_only)
        {
          g_set_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_READ_ONLY,
                       _("Store “%s”: cannot be written, it is read-only (%s)"), path,
                       _("its schema needs an upgrade"));
          goto fail;
        }
      if (!migrate (self, version, error))
        goto fail;
    }

  if (!check_tables (self, error) ||
      !exec (self, READ_CACHE, error))
    goto fail;

  return backend;

fail:
  sqlite_close (backend);
  return NULL;
}
