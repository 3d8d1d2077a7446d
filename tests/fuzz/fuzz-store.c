/* fuzz-store.c: libFuzzer harness for the store's reading of its own rows
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A store file is SQLite's: mutating its bytes mostly breaks SQLite's own
 * header and pages, which SQLite refuses before libptce reads a row (the
 * hostile tests of tests/store/ flip and cut whole files). What libptce
 * itself decodes is the content of the rows: the elements' texts (plain or
 * LZ4-packed), the root members, the file's bytes (an LZ4 frame or zlib)
 * with their encoding and recorded size, the dates received, and the
 * keys, ids, dates and values the queries join and filter on. This
 * harness fuzzes that content in a real store.
 *
 * A template store is made once from three sample files (data/samples/),
 * imported as three submissions received on three dates. Each input is a
 * list of edits applied to a copy of it with SQLite (the append-only
 * triggers dropped for the edit and made again), each edit
 *
 *   byte 0   bits 0-3: the column (see columns[] below)
 *            bit 4:    the value is bound as a BLOB rather than TEXT
 *            bits 5-7: which row of the table (modulo its rows)
 *   byte 1-2 the value's length, little-endian (cut to what is left)
 *   then     the value
 *
 * then the copy is opened read-only and read by every reading call: the
 * submissions and their bytes, the whole dataset (as known at each date
 * and as of one), each pole and actor, their versions and diffs, the
 * finds, the matches and the disagreements.
 *
 * Invariants checked besides "no crash, no leak, no UB, no hang":
 * - a call that fails sets a GError of PTCE_STORE_ERROR, a known code, a
 *   non-empty valid UTF-8 message under 4 096 bytes; one that succeeds sets
 *   none;
 * - a dataset read back can be written by the JSON writer, and what it
 *   writes is read again by the JSON reader.
 */
#include "fuzz-common.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#ifndef PTCE_FUZZ_SAMPLES
#error "PTCE_FUZZ_SAMPLES: the directory of the sample files"
#endif

typedef struct
{
  const char *table;
  const char *column;
} Column;

/* What an edit may change: every column libptce decodes itself, and
 * those its queries join or filter on. */
static const Column columns[16] = {
  { "actor_version", "json" },
  { "pole_version", "json" },
  { "observation", "json" },
  { "submission", "root" },
  { "submission_file", "bytes" },
  { "actor_version", "key" },
  { "pole_version", "pole" },
  { "submission_file", "size" },
  { "submission_file", "encoding" },
  { "membership", "start" },
  { "membership", "end" },
  { "membership", "actor" },
  { "pole_attribute", "value" },
  { "actor_version", "siren" },
  { "submission", "received" },
  { "submission", "received_julian" },
};

/* The columns bound as integers (the first 8 bytes of the value). */
static gboolean
is_integer (const Column *c)
{
  return g_str_equal (c->column, "size") || g_str_equal (c->column, "received_julian");
}

static char *work_dir;
static char *template_path;
static GBytes *template_bytes;  /* its file, read once */
static char *copy_path;
static char *triggers_sql;  /* the CREATE TRIGGER statements, ';'-joined */
static GPtrArray *trigger_names;
static PtceJsonWriter *writer;
static PtceJsonReader *reader;

static void
remove_store_files (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

static void
sql_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      fprintf (stderr, "fuzz-store: %s: %s\n", sql, message);
      abort ();
    }
}

/* The template: three samples, three submissions, three dates. */
static void
make_template (void)
{
  static const struct { const char *file, *received; } samples[] = {
    { "le-damier.json", "2022-01-10" },
    { "ptce-samples.json", "2023-03-01" },
    { "le-phares.json", "2024-06-30" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = ptce_store_open (template_path, PTCE_STORE_OPEN_CREATE, &error);
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  FUZZ_CHECK (store != NULL, "the template store: %s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_build_filename (PTCE_FUZZ_SAMPLES, samples[i].file, NULL);
      g_autoptr(PtceDate) received = ptce_date_new_from_iso8601 (samples[i].received, &error);
      g_autoptr(PtceSubmission) s = NULL;

      FUZZ_CHECK (received != NULL, "%s", error->message);
      s = ptce_store_import_file (store, path, "fuzz", "fuzz-store", received, &error);
      FUZZ_CHECK (s != NULL, "importing %s: %s", path, error->message);
    }
  ptce_store_close (store);

  /* The append-only triggers, to drop for an edit and make again. */
  FUZZ_CHECK (sqlite3_open (template_path, &db) == SQLITE_OK, "%s", sqlite3_errmsg (db));
  FUZZ_CHECK (sqlite3_prepare_v2 (db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'",
                                  -1, &stmt, NULL) == SQLITE_OK, "%s", sqlite3_errmsg (db));
  trigger_names = g_ptr_array_new_with_free_func (g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (trigger_names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_string_append_printf (sql, "%s;", (const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  FUZZ_CHECK (trigger_names->len > 0, "the template has no triggers");
  triggers_sql = g_string_free (g_steal_pointer (&sql), FALSE);
  {
    char *bytes = NULL;
    gsize length = 0;

    FUZZ_CHECK (g_file_get_contents (template_path, &bytes, &length, NULL), "the template is gone");
    template_bytes = g_bytes_new_take (bytes, length);
  }
}

static void
remove_work_dir (void)
{
  remove_store_files (copy_path);
  remove_store_files (template_path);
  g_rmdir (work_dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  const char *shm = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *pattern = g_build_filename (shm, "ptce-fuzz-store-XXXXXX", NULL);

  fuzz_common_init ();
  work_dir = g_mkdtemp (g_steal_pointer (&pattern));
  FUZZ_CHECK (work_dir != NULL, "a work directory: %s", g_strerror (errno));
  template_path = g_build_filename (work_dir, "template.ptcestore", NULL);
  copy_path = g_build_filename (work_dir, "input.ptcestore", NULL);
  make_template ();
  atexit (remove_work_dir);
  writer = ptce_json_writer_new ();
  ptce_json_writer_set_pretty (writer, FALSE);
  reader = ptce_json_reader_new ();
  return 0;
}

/* Applies the edits of @data to the copy. An edit SQLite refuses (a UNIQUE or NOT NULL constraint) is
 * skipped: the rows stay as a store could hold them. */
static void
apply_edits (sqlite3       *db,
             const uint8_t *data,
             size_t         size)
{
  gsize pos = 0;

  for (guint i = 0; i < trigger_names->len; i++)
    {
      g_autofree char *drop = g_strdup_printf ("DROP TRIGGER \"%s\"",
                                               (const char *) g_ptr_array_index (trigger_names, i));

      sql_exec (db, drop);
    }
  while (pos + 3 <= size)
    {
      guint8 op = data[pos];
      gsize length = MIN ((gsize) data[pos + 1] | (gsize) data[pos + 2] << 8, size - pos - 3);
      const Column *c = &columns[op & 15];
      const uint8_t *value = data + pos + 3;
      g_autofree char *update = g_strdup_printf ("UPDATE %s SET %s = ?1 WHERE rowid = "
                                                 "(SELECT rowid FROM %s ORDER BY rowid LIMIT 1 "
                                                 "OFFSET ?2 %% max (1, (SELECT count(*) FROM %s)))",
                                                 c->table, c->column, c->table, c->table);
      sqlite3_stmt *stmt = NULL;

      pos += 3 + length;
      FUZZ_CHECK (sqlite3_prepare_v2 (db, update, -1, &stmt, NULL) == SQLITE_OK, "%s: %s",
                  update, sqlite3_errmsg (db));
      if (is_integer (c))
        {
          gint64 n = 0;

          memcpy (&n, value, MIN (length, sizeof n));
          sqlite3_bind_int64 (stmt, 1, n);
        }
      else if (op & 16)
        sqlite3_bind_blob (stmt, 1, value, (int) length, SQLITE_TRANSIENT);
      else
        sqlite3_bind_text (stmt, 1, (const char *) value, (int) length, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, op >> 5);
      sqlite3_step (stmt);
      sqlite3_finalize (stmt);
    }
  sql_exec (db, triggers_sql);
}

/* The template, copied to copy_path, with the edits of @data. */
static void
copy_template (const uint8_t *data,
               size_t         size)
{
  gsize length;
  gconstpointer bytes = g_bytes_get_data (template_bytes, &length);
  sqlite3 *db = NULL;

  remove_store_files (copy_path);
  {
    FILE *f = fopen (copy_path, "wb");

    FUZZ_CHECK (f != NULL && fwrite (bytes, 1, length, f) == length && fclose (f) == 0,
                "%s: %s", copy_path, g_strerror (errno));
  }
  FUZZ_CHECK (sqlite3_open (copy_path, &db) == SQLITE_OK, "%s", sqlite3_errmsg (db));
  sql_exec (db, "BEGIN");
  apply_edits (db, data, size);
  sql_exec (db, "COMMIT");
  sqlite3_close (db);
}

/* The failure contract of the store: see the top of the file. */
static void
check_store_error (gboolean      ok,
                   const GError *error,
                   const char   *call)
{
  if (ok)
    {
      FUZZ_CHECK (error == NULL, "%s: success with an error set: %s", call, error->message);
      return;
    }
  FUZZ_CHECK (error != NULL, "%s: failure without an error", call);
  /* what each seed reaches, to see it (PTCE_FUZZ_VERBOSE=1) */
  if (g_getenv ("PTCE_FUZZ_VERBOSE") != NULL)
    fprintf (stderr, "%s: %s\n", call, error->message);
  FUZZ_CHECK (error->domain == PTCE_STORE_ERROR, "%s: domain %s, not PTCE_STORE_ERROR: %s", call,
              g_quark_to_string (error->domain), error->message);
  FUZZ_CHECK (error->code >= PTCE_STORE_ERROR_FAILED && error->code <= PTCE_STORE_ERROR_NOT_OPEN,
              "%s: unknown code %d", call, error->code);
  FUZZ_CHECK (error->message != NULL && error->message[0] != '\0', "%s: empty message", call);
  FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL), "%s: message is not UTF-8", call);
  FUZZ_CHECK (strlen (error->message) < 4096, "%s: message of %zu bytes", call,
              strlen (error->message));
}

/* A dataset the store gave is one the writer writes and the reader reads. */
static void
check_dataset (PtceDataset *dataset,
               const char  *call)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = ptce_json_writer_save_bytes (writer, dataset, &error);
  g_autoptr(PtceDataset) again = NULL;

  FUZZ_CHECK (written != NULL, "%s: the dataset cannot be written: %s", call, error->message);
  again = ptce_json_reader_load_bytes (reader, written, &error);
  FUZZ_CHECK (again != NULL, "%s: what was written cannot be read: %s", call, error->message);
}

static void
read_dataset (PtceStore  *store,
              PtceDate   *as_of,
              PtceDate   *as_known,
              const char *call)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = ptce_store_load_dataset (store, as_of, as_known, &error);

  check_store_error (dataset != NULL, error, call);
  if (dataset != NULL)
    check_dataset (dataset, call);
}

/* A list or a string array from the store (@expr, which sets
 * call_error): its contract, then freed. */
#define CHECK_CALL(call, expr, free_func) \
  G_STMT_START { \
    GError *call_error = NULL; \
    gpointer result_ = (expr); \
    check_store_error (result_ != NULL, call_error, call); \
    g_clear_error (&call_error); \
    if (result_ != NULL) \
      free_func (result_); \
  } G_STMT_END

static void
read_pole (PtceStore  *store,
           const char *id,
           GListModel *submissions)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) as_of = ptce_date_new (2023, 1, 1, NULL);
  g_autoptr(PtceDataset) pole = ptce_store_load_pole (store, id, as_of, NULL, &error);
  guint n = g_list_model_get_n_items (submissions);

  check_store_error (pole != NULL, error, "load_pole");
  if (pole != NULL)
    check_dataset (pole, "load_pole");
  CHECK_CALL ("list_pole_versions", ptce_store_list_pole_versions (store, id, &call_error),
              g_object_unref);
  CHECK_CALL ("lookup_pole_version", ptce_store_lookup_pole_version (store, id, NULL, &call_error),
              g_object_unref);
  if (n >= 2)
    {
      g_autoptr(PtceSubmission) first = g_list_model_get_item (submissions, 0);
      g_autoptr(PtceSubmission) last = g_list_model_get_item (submissions, n - 1);

      CHECK_CALL ("diff_pole",
                  ptce_store_diff_pole (store, id, ptce_submission_get_id (first),
                                        ptce_submission_get_id (last), &call_error),
                  g_object_unref);
    }
}

static void
read_actor (PtceStore  *store,
            const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceActor) actor = ptce_store_load_actor (store, id, NULL, NULL, &error);

  /* an actor not found is the store's answer for an id an edit changed */
  check_store_error (actor != NULL, error, "load_actor");
  if (actor != NULL && ptce_actor_get_siren (actor) != NULL)
    CHECK_CALL ("find_actors", ptce_store_find_actors (store, ptce_actor_get_siren (actor), NULL,
                                                       &call_error), g_object_unref);
  CHECK_CALL ("list_poles_of_actor", ptce_store_list_poles_of_actor (store, id, NULL, &call_error),
              g_strfreev);
  CHECK_CALL ("list_actor_matches", ptce_store_list_actor_matches (store, id, &call_error),
              g_object_unref);
  CHECK_CALL ("list_same_actors", ptce_store_list_same_actors (store, id, &call_error), g_strfreev);
}

/* Every reading call, on what the store says it holds. */
static void
read_everything (PtceStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) submissions = ptce_store_list_submissions (store, &error);
  g_autoptr(PtceDate) as_of = ptce_date_new (2022, 6, 30, NULL);
  g_autoptr(PtceDataset) whole = NULL;

  check_store_error (submissions != NULL, error, "list_submissions");
  if (submissions == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (submissions); i++)
    {
      g_autoptr(PtceSubmission) s = g_list_model_get_item (submissions, i);
      g_autoptr(GBytes) bytes = NULL;

      g_clear_error (&error);
      bytes = ptce_store_dup_submission_bytes (store, ptce_submission_get_id (s), &error);
      check_store_error (bytes != NULL, error, "dup_submission_bytes");
      read_dataset (store, NULL, ptce_submission_get_received (s), "load_dataset as known");
    }
  read_dataset (store, as_of, NULL, "load_dataset as of");

  g_clear_error (&error);
  whole = ptce_store_load_dataset (store, NULL, NULL, &error);
  check_store_error (whole != NULL, error, "load_dataset");
  if (whole != NULL)
    {
      GListModel *poles = ptce_dataset_get_poles (whole);
      GListModel *actors = ptce_dataset_get_actors (whole);

      check_dataset (whole, "load_dataset");
      for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
        {
          g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);

          read_pole (store, ptce_pole_get_id (pole), submissions);
        }
      for (guint i = 0; i < g_list_model_get_n_items (actors) && i < 8; i++)
        {
          g_autoptr(PtceActor) actor = g_list_model_get_item (actors, i);

          read_actor (store, ptce_actor_get_id (actor));
        }
    }
  {
    /* one value of each field the samples have */
    static const struct { PtceStorePoleField field; const char *value; } finds[] = {
      { PTCE_STORE_POLE_FIELD_STAGE, "emergence" },
      { PTCE_STORE_POLE_FIELD_COMMUNE, "13055" },
      { PTCE_STORE_POLE_FIELD_DEPARTEMENT, "63" },
      { PTCE_STORE_POLE_FIELD_REGION, "84" },
      { PTCE_STORE_POLE_FIELD_TYPOLOGY, "mutualisation" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (finds); i++)
      CHECK_CALL ("find_poles", ptce_store_find_poles (store, finds[i].field, finds[i].value, NULL,
                                                       &call_error), g_strfreev);
  }
  CHECK_CALL ("find_actors", ptce_store_find_actors (store, "500000000", NULL, &call_error),
              g_object_unref);
  CHECK_CALL ("list_disagreements", ptce_store_list_disagreements (store, NULL, &call_error),
              g_object_unref);
  g_clear_error (&error);
  if (!ptce_store_check (store, &error))
    check_store_error (FALSE, error, "check");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = NULL;

  copy_template (data, size);
  store = ptce_store_open (copy_path, PTCE_STORE_OPEN_READ_ONLY, &error);
  check_store_error (store != NULL, error, "open");
  if (store != NULL)
    read_everything (store);
  g_clear_object (&store);
  remove_store_files (copy_path);
  return 0;
}
