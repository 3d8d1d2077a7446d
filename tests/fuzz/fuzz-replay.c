/* fuzz-replay.c: run a libFuzzer harness over files, without libFuzzer
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every harness in tests/fuzz/ is also linked with this driver and built in
 * every tree (gcc, ASan+UBSan, valgrind). It feeds the harness each file of
 * the seed corpora and of the hostile corpus, so that an input that once
 * crashed a reader stays a regression test on every run, not only in the
 * clang fuzzing tree.
 *
 * Usage: fuzz-<name>-replay FILE-OR-DIRECTORY…
 * It fails when no input at all was found: a replay of nothing proves nothing.
 */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv) __attribute__((weak));

static guint n_inputs;

static void
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;
  uint8_t *copy;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      fprintf (stderr, "fuzz-replay: %s\n", error->message);
      exit (2);
    }
  /* An exact-size heap copy, so that ASan sees a read one byte past the
   * input, as libFuzzer would. */
  copy = g_memdup2 (contents, length > 0 ? length : 1);
  g_free (contents);
  LLVMFuzzerTestOneInput (copy, length);
  g_free (copy);
  n_inputs++;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
replay_path (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        {
          fprintf (stderr, "fuzz-replay: %s\n", error->message);
          exit (2);
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        if (!g_str_has_prefix (name, "README"))
          g_ptr_array_add (names, g_build_filename (path, name, NULL));
      /* A stable order, so that a failure is reproducible from the log. */
      g_ptr_array_sort (names, compare_paths);
      for (guint i = 0; i < names->len; i++)
        replay_path (g_ptr_array_index (names, i));
    }
  else if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    replay_file (path);
}

int
main (int    argc,
      char **argv)
{
  if (LLVMFuzzerInitialize != NULL)
    LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      if (!g_file_test (argv[i], G_FILE_TEST_EXISTS))
        {
          fprintf (stderr, "fuzz-replay: %s does not exist\n", argv[i]);
          return 2;
        }
      replay_path (argv[i]);
    }

  printf ("fuzz-replay: %u inputs ran without a crash\n", n_inputs);
  if (n_inputs == 0)
    {
      fprintf (stderr, "fuzz-replay: no input found\n");
      return 1;
    }
  return 0;
}
