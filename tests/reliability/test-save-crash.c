/* test-save-crash.c: saving is atomic, even when the process dies
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * - killed: reliability-helper saves a big dataset to one file again and
 *   again; the test kills it with SIGKILL at moments spread over a save
 *   (fractions of the duration of a save that the helper measured), many
 *   times. After every kill the file must read back as the last generation
 *   whose save had finished, or as the one being saved (the rename was
 *   done): an old or a new complete file, never a torn one.
 * - full: a save that cannot write (a file-size limit, RLIMIT_FSIZE with
 *   SIGXFSZ ignored, as a full disk would refuse), into a read-only
 *   directory, into a missing directory, or onto a directory fails with
 *   PTCE_ERROR_IO naming the file, and leaves the old file as it was and no
 *   temporary file behind.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "libptce.h"
#include "hostile-common.h"
#include "save-loop-common.h"

/* Big enough that a save takes a while, so kills land inside it; the
 * helper runs natively, but under valgrind the test's own reading back is
 * slow, hence fewer actors there. */
#define N_ACTORS (under_valgrind () ? 1000 : 5000)

static gboolean
under_valgrind (void)
{
  return g_getenv ("PTCE_UNDER_VALGRIND") != NULL;
}

/* A generation as it reads back: the reader's dataset written with
 * ptce_json_writer_save_bytes(), the form in which files are compared. */
static GBytes *
normalise (GBytes  *json,
           GError **error)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(PtceDataset) dataset = ptce_json_reader_load_bytes (reader, json, error);

  if (dataset == NULL)
    return NULL;
  return ptce_json_writer_save_bytes (writer, dataset, error);
}

static GBytes *
expected_generation (guint generation)
{
  g_autoptr(GBytes) json = save_loop_dataset_json (generation, N_ACTORS);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = normalise (json, &error);

  g_assert_no_error (error);
  return bytes;
}

static GBytes *
read_normalised (const char  *path,
                 GError     **error)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(PtceDataset) dataset = ptce_json_reader_load_file (reader, path, error);

  if (dataset == NULL)
    return NULL;
  return ptce_json_writer_save_bytes (writer, dataset, error);
}

static void
save_generation (const char *path,
                 guint       generation)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GBytes) json = save_loop_dataset_json (generation, N_ACTORS);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = ptce_json_reader_load_bytes (reader, json, &error);

  g_assert_no_error (error);
  ptce_json_writer_save_file (writer, dataset, path, &error);
  g_assert_no_error (error);
}

/* The names in @dir other than @keep. */
static GPtrArray *
other_files (const char *dir,
             const char *keep)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_strcmp0 (name, keep) != 0)
      g_ptr_array_add (names, g_strdup (name));
  return names;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_chmod (dir, 0700);
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* --- killed during save --- */

typedef struct {
  guint last_begin;
  guint last_end;
  gint64 save_usec;   /* duration of the last finished save */
  gboolean eof;
} HelperState;

static gboolean
read_line (GDataInputStream *in,
           HelperState      *state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_data_input_stream_read_line_utf8 (in, NULL, NULL, &error);
  guint g;
  gint64 usec;

  g_assert_no_error (error);
  if (line == NULL)
    {
      state->eof = TRUE;
      return FALSE;
    }
  if (sscanf (line, "begin %u", &g) == 1)
    state->last_begin = g;
  else if (sscanf (line, "end %u %" G_GINT64_FORMAT, &g, &usec) == 2)
    {
      g_assert_cmpuint (g, ==, state->last_begin);
      state->last_end = g;
      state->save_usec = usec;
    }
  else
    g_assert_cmpstr (line, ==, "ready");
  return TRUE;
}

static void
test_killed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-save-crash-XXXXXX", &error);
  g_autofree char *target = NULL;
  g_autofree char *helper = g_test_build_filename (G_TEST_BUILT, "reliability", "reliability-helper", NULL);
  g_autofree char *n_actors = g_strdup_printf ("%u", N_ACTORS);
  GBytes *expected[2] = { expected_generation (0), expected_generation (1) };
  guint n_kills = under_valgrind () ? 6 : 40;
  guint n_mid_save = 0, n_old = 0, n_new = 0;
  guint current = 0;   /* the generation the file holds */
  g_autoptr(GPtrArray) leftovers = NULL;

  g_assert_no_error (error);
  g_assert_false (g_bytes_equal (expected[0], expected[1]));
  target = g_build_filename (dir, "pole.json", NULL);
  save_generation (target, 0);

  for (guint k = 0; k < n_kills; k++)
    {
      g_autoptr(GSubprocess) proc = NULL;
      g_autoptr(GDataInputStream) in = NULL;
      HelperState state = { current, current, 0, FALSE };
      guint before = 0;
      g_autoptr(GBytes) found = NULL;
      gboolean mid_save;

      g_autofree char *first = g_strdup_printf ("%u", current + 1);

      /* The helper starts with the generation after the one the file
       * holds, so that old and new differ from the first save on. */
      proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, helper, "save-loop",
                               target, n_actors, first, NULL);
      g_assert_no_error (error);
      in = g_data_input_stream_new (g_subprocess_get_stdout_pipe (proc));

      /* Let one save finish, to know how long a save takes, then kill
       * during a later one at a fraction k/10 (0 to 1.08) of that time. */
      while (read_line (in, &state) && state.last_end <= current)
        ;
      g_assert_false (state.eof);
      while (read_line (in, &state) && state.last_begin <= state.last_end)
        ;
      g_assert_false (state.eof);
      g_usleep ((gulong) (state.save_usec * (k % 10) * 12 / 100));
      before = state.last_begin;
      g_subprocess_send_signal (proc, SIGKILL);
      while (read_line (in, &state))
        ;
      g_subprocess_wait (proc, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (proc));
      g_assert_cmpint (g_subprocess_get_term_sig (proc), ==, SIGKILL);
      g_assert_cmpuint (state.last_begin, >=, before);

      mid_save = state.last_begin > state.last_end;
      if (mid_save)
        n_mid_save++;

      found = read_normalised (target, &error);
      if (found == NULL)
        g_error ("round %u: after a kill %s, the file does not read: %s", k,
                 mid_save ? "during a save" : "between saves", error->message);

      /* Old: the last finished save. New: the save in progress, whose
       * rename was done before the kill. */
      if (g_bytes_equal (found, expected[state.last_end % 2]))
        {
          n_old++;
          current = state.last_end;
        }
      else if (mid_save && g_bytes_equal (found, expected[state.last_begin % 2]))
        {
          n_new++;
          current = state.last_begin;
        }
      else
        g_error ("round %u: the file is neither generation %u nor %u", k,
                 state.last_end, state.last_begin);
    }

  leftovers = other_files (dir, "pole.json");
  g_test_message ("crash-safety kills=%u mid-save=%u old=%u new=%u temporaries-left=%u",
                  n_kills, n_mid_save, n_old, n_new, leftovers->len);
  /* Most kills must land during a save, or this test shows nothing. */
  g_assert_cmpuint (n_mid_save, >=, n_kills / 2);
  g_assert_cmpuint (n_old + n_new, ==, n_kills);
  g_bytes_unref (expected[0]);
  g_bytes_unref (expected[1]);
  remove_tree (dir);
}

/* --- a save that cannot write --- */

typedef enum {
  DENY_FILE_SIZE,
  DENY_READ_ONLY_DIR,
} Denial;

static void
check_denied_save (Denial      denial,
                   const char *label)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-save-full-XXXXXX", &error);
  g_autofree char *target = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) leftovers = NULL;

  g_assert_no_error (error);
  target = g_build_filename (dir, "pole.json", NULL);
  save_generation (target, 0);
  before = read_normalised (target, &error);
  g_assert_no_error (error);

  if (denial == DENY_READ_ONLY_DIR)
    g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_setenv ("PTCE_TEST_TARGET", target, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_unsetenv ("PTCE_TEST_TARGET");

  after = read_normalised (target, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (before, after));
  leftovers = other_files (dir, "pole.json");
  if (leftovers->len > 0)
    g_error ("%s: the failed save left %s behind", label, (char *) g_ptr_array_index (leftovers, 0));
  remove_tree (dir);
}

/* Runs in the subprocess: the denial is set up here, then the save of a
 * bigger generation must fail with PTCE_ERROR_IO naming the file. */
static void
denied_save_child (Denial denial)
{
  const char *target = g_getenv ("PTCE_TEST_TARGET");
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GBytes) json = save_loop_dataset_json (1, N_ACTORS);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = ptce_json_reader_load_bytes (reader, json, &error);
  gboolean ok;

  g_assert_nonnull (target);
  g_assert_no_error (error);

  if (denial == DENY_FILE_SIZE)
    {
      /* What a full disk does to write(2), without privileges: the file
       * may not grow past 64 KiB; the old file is larger and stays. */
      struct rlimit limit = { 64 * 1024, 64 * 1024 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    }
  else if (geteuid () == 0)
    {
      /* root writes anywhere: become nobody to meet the read-only
       * directory. */
      hostile_become_nobody ();
    }

  ok = ptce_json_writer_save_file (writer, dataset, target, &error);
  g_assert_false (ok);
  hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO, target, NULL,
                        denial == DENY_FILE_SIZE ? "file size limit" : "read-only directory");
  hostile_become_root_again ();
}

static void
test_file_size_limit (void)
{
  if (g_test_subprocess ())
    {
      denied_save_child (DENY_FILE_SIZE);
      return;
    }
  check_denied_save (DENY_FILE_SIZE, "file-size-limit");
  g_test_message ("crash-safety full-disk=refused-and-old-file-kept");
}

static void
test_read_only_dir (void)
{
  if (g_test_subprocess ())
    {
      denied_save_child (DENY_READ_ONLY_DIR);
      return;
    }
  check_denied_save (DENY_READ_ONLY_DIR, "read-only-dir");
  g_test_message ("crash-safety read-only-dir=refused-and-old-file-kept");
}

static void
test_missing_dir_and_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-save-bad-XXXXXX", &error);
  g_autofree char *missing = NULL;
  g_autofree char *subdir = NULL;
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();

  g_assert_no_error (error);
  missing = g_build_filename (dir, "no-such-folder", "pole.json", NULL);
  g_assert_false (ptce_json_writer_save_file (writer, dataset, missing, &error));
  hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO, missing, NULL, "missing folder");
  g_clear_error (&error);

  subdir = g_build_filename (dir, "a-folder", NULL);
  g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);
  g_assert_false (ptce_json_writer_save_file (writer, dataset, subdir, &error));
  hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO, subdir, NULL, "onto a folder");
  g_assert_true (g_file_test (subdir, G_FILE_TEST_IS_DIR));
  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Reliability/Save/killed", test_killed);
  g_test_add_func ("/Ptce/Reliability/Save/file-size-limit", test_file_size_limit);
  g_test_add_func ("/Ptce/Reliability/Save/read-only-dir", test_read_only_dir);
  g_test_add_func ("/Ptce/Reliability/Save/missing-dir-and-directory", test_missing_dir_and_directory);

  return g_test_run ();
}
