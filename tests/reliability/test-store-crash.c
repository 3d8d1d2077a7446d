/* test-store-crash.c: a store survives kills, a full disk, a read-only
 * file, and serves readers in other processes during an import.
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * - killed: store-helper imports a large submission into a store that
 *   holds a small one; the test kills it with SIGKILL at random moments
 *   spread over an import (at least 100 times). After every kill the store
 *   opens, passes PRAGMA integrity_check (ptce_store_check()), and holds
 *   either all of the submission (every pole, actor and observation row) or
 *   none of it.
 * - full: the same import under RLIMIT_FSIZE (SIGXFSZ ignored) fails with
 *   PTCE_STORE_ERROR_FULL and leaves the store as it was.
 * - read-only: an import into a store opened read-only fails with
 *   PTCE_STORE_ERROR_READ_ONLY and leaves the file's bytes unchanged.
 * - readers: two processes read the store again and again while a third
 *   imports; every read sees all of the submission or none of it.
 */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "libptce.h"
#include "store-common.h"

#define N_POLES 40          /* 480 actors, ~0.2 MB of JSON */
#define N_BASE_POLES 3

static gboolean
under_valgrind (void)
{
  return g_getenv ("PTCE_UNDER_VALGRIND") != NULL;
}

static char *
helper_path (void)
{
  return g_test_build_filename (G_TEST_BUILT, "reliability", "store-helper", NULL);
}

typedef struct {
  char *dir;
  char *base;     /* a store holding the small submission */
  char *store;    /* the store each round works on */
  char *big;      /* the large submission */
} Fixture;

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

static void
reset_store (Fixture *f)
{
  g_autofree char *wal = g_strconcat (f->store, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->store, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  copy_file (f->base, f->store);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *tag = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = NULL;
  g_autoptr(GBytes) small = store_test_submission (N_BASE_POLES, "base");
  g_autoptr(GBytes) big = store_test_submission (N_POLES, tag);
  g_autoptr(PtceSubmission) s = NULL;

  f->dir = g_dir_make_tmp ("ptce-store-crash-XXXXXX", &error);
  g_assert_no_error (error);
  f->base = g_build_filename (f->dir, "base.ptcestore", NULL);
  f->store = g_build_filename (f->dir, "work.ptcestore", NULL);
  f->big = g_build_filename (f->dir, "big.json", NULL);
  store = ptce_store_open (f->base, PTCE_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  s = ptce_store_import_bytes (store, small, "base", NULL, NULL, &error);
  g_assert_no_error (error);
  ptce_store_close (store);
  /* Closing the last connection checkpoints: one self-contained file. */
  g_assert_true (g_file_set_contents (f->big, g_bytes_get_data (big, NULL),
                                      g_bytes_get_size (big), NULL));
  reset_store (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->base);
  g_free (f->store);
  g_free (f->big);
}

static gint64
count (sqlite3    *db,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* Opens the store as the library does, checks it whole, and says whether
 * it holds the big submission: all of it (TRUE) or none of it (FALSE). */
static gboolean
store_holds_big (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = ptce_store_open (f->store, PTCE_STORE_OPEN_NONE, &error);
  g_autoptr(GListModel) list = NULL;
  sqlite3 *db = NULL;
  gint64 submissions, poles, actors, observations, members;

  g_assert_no_error (error);
  g_assert_true (ptce_store_check (store, &error));
  g_assert_no_error (error);
  list = ptce_store_list_submissions (store, &error);
  g_assert_no_error (error);
  ptce_store_close (store);

  /* Count the rows themselves, not what the submission says. */
  g_assert_cmpint (sqlite3_open_v2 (f->store, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  submissions = count (db, "SELECT count(*) FROM submission");
  poles = count (db, "SELECT count(*) FROM pole_version");
  actors = count (db, "SELECT count(*) FROM actor_version");
  observations = count (db, "SELECT count(*) FROM observation");
  members = count (db, "SELECT count(*) FROM membership");
  sqlite3_close (db);

  g_assert_cmpint (submissions, ==, g_list_model_get_n_items (list));
  if (submissions == 1)
    {
      g_assert_cmpint (poles, ==, N_BASE_POLES);
      g_assert_cmpint (actors, ==, N_BASE_POLES * 12);
      g_assert_cmpint (observations, ==, N_BASE_POLES);
      g_assert_cmpint (members, ==, N_BASE_POLES * 12);
      return FALSE;
    }
  g_assert_cmpint (submissions, ==, 2);
  g_assert_cmpint (poles, ==, N_BASE_POLES + N_POLES);
  g_assert_cmpint (actors, ==, (N_BASE_POLES + N_POLES) * 12);
  g_assert_cmpint (observations, ==, N_BASE_POLES + N_POLES);
  g_assert_cmpint (members, ==, (N_BASE_POLES + N_POLES) * 12);
  return TRUE;
}

static GPid
spawn_helper (char   **argv,
              gint    *out_fd)
{
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_assert_true (g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, out_fd, NULL, &error));
  g_assert_no_error (error);
  return pid;
}

static char *
read_all (int fd)
{
  GString *s = g_string_new (NULL);
  char buf[512];
  ssize_t n;

  while ((n = read (fd, buf, sizeof buf)) > 0)
    g_string_append_len (s, buf, n);
  close (fd);
  return g_string_free (s, FALSE);
}

static int
wait_for (GPid pid)
{
  int status = 0;

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  return status;
}

static void
test_killed (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *helper = helper_path ();
  char *argv[] = { helper, (char *) "import", f->store, f->big, NULL };
  guint n_kills = under_valgrind () ? 20 : 100;
  guint n_all = 0, n_none = 0, n_finished = 0;
  gint64 duration;
  GRand *rand = g_rand_new_with_seed (20261205);

  /* Imports to the end, to know how long one takes: the shortest of
   * three, as the first pays for cold caches and a loaded machine
   * stretches any one of them (the kills would then land after most
   * imports had finished). */
  duration = G_MAXINT64;
  for (guint k = 0; k < 3; k++)
    {
      gint64 start = g_get_monotonic_time ();
      int fd;
      GPid pid;
      g_autofree char *out = NULL;
      int status;

      reset_store (f);
      pid = spawn_helper (argv, &fd);
      out = read_all (fd);
      status = wait_for (pid);
      duration = MIN (duration, g_get_monotonic_time () - start);
      g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
      g_assert_true (g_str_has_prefix (out, "imported "));
      g_assert_true (store_holds_big (f));
    }
  g_test_message ("one import: %" G_GINT64_FORMAT " us", duration);

  for (guint k = 0; k < n_kills; k++)
    {
      int fd, status;
      GPid pid;

      reset_store (f);
      pid = spawn_helper (argv, &fd);
      /* Moments spread over the whole import, and a little beyond. */
      g_usleep (g_rand_int_range (rand, 0, (gint32) MIN (duration * 11 / 10, G_MAXINT32)));
      kill (pid, SIGKILL);
      status = wait_for (pid);
      g_free (read_all (fd));
      /* A helper that finished before its kill: the machine is faster now
       * than when the import was timed (the suite's other tests were
       * running then); the next moments are drawn from a shorter span. */
      if (WIFEXITED (status))
        {
          n_finished++;
          duration = MAX (duration * 3 / 4, 1000);
        }
      if (store_holds_big (f))
        n_all++;
      else
        n_none++;
    }
  g_rand_free (rand);
  g_test_message ("store-kills kills=%u all=%u none=%u finished-before-kill=%u",
                  n_kills, n_all, n_none, n_finished);
  g_assert_cmpuint (n_all + n_none, ==, n_kills);
  /* Most kills must land during the import, or this shows nothing.
   * Under valgrind the spawning test is slowed and not the helper (it
   * runs natively), so the moments measured are too long: the rounds
   * there check the test's own memory, not the kills' spread. */
  if (!under_valgrind ())
    g_assert_cmpuint (n_finished, <, n_kills / 2);
}

static void
test_full (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *helper = helper_path ();
  GStatBuf st;
  g_autofree char *limit = NULL;
  int fd, status;
  GPid pid;
  g_autofree char *out = NULL;
  g_autofree char *code = NULL;

  g_assert_cmpint (g_stat (f->store, &st), ==, 0);
  /* Room for a few pages of the WAL, which an import writes until its
   * commit, not for the submission. The store's own file, not written
   * before the commit, may be larger (its pages are of 16 KiB). */
  limit = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) 64 * 1024);
  g_assert_cmpint (st.st_size, >, 0);
  {
    char *argv[] = { helper, (char *) "import", f->store, f->big, limit, NULL };

    pid = spawn_helper (argv, &fd);
    out = read_all (fd);
    status = wait_for (pid);
  }
  g_test_message ("%s", out);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 3);
  code = g_strdup_printf ("error ptce-store-error-quark %d ", PTCE_STORE_ERROR_FULL);
  g_assert_true (g_str_has_prefix (out, code));
  g_assert_nonnull (strstr (out, "disk is full"));
  g_assert_false (store_holds_big (f));
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize n_before, n_after;
  g_autoptr(PtceStore) store = NULL;
  g_autoptr(PtceSubmission) s = NULL;

  g_assert_true (g_file_get_contents (f->store, &before, &n_before, NULL));
  store = ptce_store_open (f->store, PTCE_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  s = ptce_store_import_file (store, f->big, NULL, NULL, NULL, &error);
  g_assert_null (s);
  g_assert_error (error, PTCE_STORE_ERROR, PTCE_STORE_ERROR_READ_ONLY);
  g_test_message ("%s", error->message);
  ptce_store_close (store);
  g_assert_true (g_file_get_contents (f->store, &after, &n_after, NULL));
  g_assert_cmpmem (before, n_before, after, n_after);
  g_assert_false (store_holds_big (f));
}

static void
test_readers (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *helper = helper_path ();
  g_autofree char *stop = g_build_filename (f->dir, "stop", NULL);
  g_autofree char *before = g_strdup_printf ("%u", N_BASE_POLES);
  g_autofree char *after = g_strdup_printf ("%u", N_POLES);  /* the base ids are among the big one's */
  char *read_argv[] = { helper, (char *) "read", f->store, stop, before, after, NULL };
  char *import_argv[] = { helper, (char *) "import", f->store, f->big, NULL };
  GPid readers[2], importer;
  int reader_fd[2], import_fd, status;
  g_autofree char *import_out = NULL;
  g_autofree char *expected_end = g_strdup_printf (" %u\n", N_POLES);
  g_autofree char *expected_both = g_strdup_printf (": %u %u\n", N_BASE_POLES, N_POLES);

  for (guint i = 0; i < 2; i++)
    readers[i] = spawn_helper (read_argv, &reader_fd[i]);
  g_usleep (G_USEC_PER_SEC / 10);
  importer = spawn_helper (import_argv, &import_fd);
  import_out = read_all (import_fd);
  status = wait_for (importer);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (g_str_has_prefix (import_out, "imported "));
  g_usleep (G_USEC_PER_SEC / 10);
  g_assert_true (g_file_set_contents (stop, "", 0, NULL));
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *out = read_all (reader_fd[i]);

      status = wait_for (readers[i]);
      g_test_message ("reader %u: %s", i, out);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      g_assert_true (g_str_has_prefix (out, "reads "));
      /* The counts seen, in order: the base, then the whole submission
       * (a reader may start late), never back. */
      g_assert_true (g_str_has_suffix (out, expected_end));
      g_assert_true (strstr (out, ": ") != NULL);
      g_assert_true (g_str_has_suffix (out, expected_both) ||
                     strstr (out, ": ") + 2 == strstr (out, after));
    }
  g_assert_true (store_holds_big (f));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/Ptce/Reliability/Store/killed", Fixture, "killed",
              fixture_set_up, test_killed, fixture_tear_down);
  g_test_add ("/Ptce/Reliability/Store/full", Fixture, "full",
              fixture_set_up, test_full, fixture_tear_down);
  g_test_add ("/Ptce/Reliability/Store/read-only", Fixture, "read-only",
              fixture_set_up, test_read_only, fixture_tear_down);
  g_test_add ("/Ptce/Reliability/Store/readers", Fixture, "readers",
              fixture_set_up, test_readers, fixture_tear_down);
  return g_test_run ();
}
