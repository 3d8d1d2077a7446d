/* reliability-helper.c: the processes the reliability tests kill or race
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A separate program rather than fork(): under the valgrind test setup a
 * forked copy of a test would be checked for leaks of its parent's heap,
 * while this program runs natively (valgrind does not trace children).
 *
 *   reliability-helper save-loop TARGET N_ACTORS FIRST
 *
 *     Saves generation FIRST, FIRST + 1… of the datasets of
 *     save-loop-common.h to TARGET with ptce_json_writer_save_file(), until
 *     killed, and tells where it is on standard output, one line each,
 *     flushed:
 *
 *       ready
 *       begin G
 *       end G MICROSECONDS     (the duration of that save, for the test to
 *                               spread its kills over a save)
 *
 *     test-save-crash.c kills it with SIGKILL at varied moments.
 *
 *   reliability-helper load PATH
 *
 *     Loads PATH once with ptce_json_reader_load_file() and exits 0 when it
 *     returned a dataset or an error of PTCE_ERROR, 3 otherwise; a crash
 *     shows as a signal. test-hostile-json.c truncates the file meanwhile.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libptce.h"
#include "save-loop-common.h"

static int
save_loop (const char *target,
           guint       n_actors,
           guint       first)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  PtceDataset *datasets[2] = { NULL, NULL };

  for (guint g = 0; g < 2; g++)
    {
      g_autoptr(GBytes) json = save_loop_dataset_json (g, n_actors);
      g_autoptr(GError) error = NULL;

      datasets[g] = ptce_json_reader_load_bytes (reader, json, &error);
      if (datasets[g] == NULL)
        {
          fprintf (stderr, "reliability-helper: %s\n", error->message);
          return 3;
        }
    }

  printf ("ready\n");
  fflush (stdout);

  for (guint g = first; ; g++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start;

      printf ("begin %u\n", g);
      fflush (stdout);
      start = g_get_monotonic_time ();
      if (!ptce_json_writer_save_file (writer, datasets[g % 2], target, &error))
        {
          fprintf (stderr, "reliability-helper: %s\n", error->message);
          return 3;
        }
      printf ("end %u %" G_GINT64_FORMAT "\n", g, g_get_monotonic_time () - start);
      fflush (stdout);
    }
}

static int
load (const char *path)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = ptce_json_reader_load_file (reader, path, &error);

  if (dataset != NULL || (error != NULL && error->domain == PTCE_ERROR))
    return 0;
  fprintf (stderr, "reliability-helper: load returned %s\n",
           error != NULL ? error->message : "neither a dataset nor an error");
  return 3;
}

int
main (int    argc,
      char **argv)
{
  if (argc == 5 && strcmp (argv[1], "save-loop") == 0)
    return save_loop (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10),
                      (guint) g_ascii_strtoull (argv[4], NULL, 10));
  if (argc == 3 && strcmp (argv[1], "load") == 0)
    return load (argv[2]);

  fprintf (stderr, "usage: %s save-loop TARGET N_ACTORS FIRST\n"
                   "       %s load PATH\n", argv[0], argv[0]);
  return 2;
}
