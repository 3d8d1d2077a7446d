/* store-helper.c: the processes that the store reliability tests kill,
 * limit and race (tests/reliability/test-store-crash.c).
 *
 *   store-helper import STORE FILE [FSIZE-LIMIT]
 *     imports FILE into STORE; with a limit, under RLIMIT_FSIZE with
 *     SIGXFSZ ignored (a full disk). Prints "imported ID" or
 *     "error DOMAIN CODE MESSAGE"; exits 0 or 3.
 *   store-helper read STORE STOP-FILE ALLOWED...
 *     reads the store again and again until a read that starts after
 *     STOP-FILE exists: every read must see a number of poles among ALLOWED
 *     (all of a submission or none of it) and the actors and observations
 *     of those same poles. Prints "reads N: COUNTS" (the pole counts seen,
 *     in order) and exits 0, or prints what it saw and exits 4.
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <libptce/libptce.h>

static int
do_import (const char *path,
           const char *file,
           const char *limit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = NULL;
  g_autoptr(PtceSubmission) s = NULL;

  store = ptce_store_open (path, PTCE_STORE_OPEN_CREATE, &error);
  if (store != NULL && limit != NULL)
    {
      struct rlimit rl;

      rl.rlim_cur = rl.rlim_max = g_ascii_strtoull (limit, NULL, 10);
      signal (SIGXFSZ, SIG_IGN);
      if (setrlimit (RLIMIT_FSIZE, &rl) != 0)
        return 5;
    }
  if (store != NULL)
    s = ptce_store_import_file (store, file, "reliability", "store-helper", NULL, &error);
  if (s == NULL)
    {
      g_print ("error %s %d %s\n", g_quark_to_string (error->domain), error->code, error->message);
      return 3;
    }
  g_print ("imported %" G_GINT64_FORMAT "\n", ptce_submission_get_id (s));
  return 0;
}

static int
do_read (const char  *path,
         const char  *stop,
         char       **allowed)
{
  guint reads = 0;
  g_autoptr(GString) seen_counts = g_string_new (NULL);
  gboolean last = FALSE;
  guint previous = G_MAXUINT;

  /* The read that starts after STOP-FILE appears is the last one: it
   * started after the import had ended. */
  while (!last)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceStore) store = NULL;
      g_autoptr(PtceDataset) dataset = NULL;
      g_autofree char *seen = NULL;
      guint n_poles, n_actors, n_observations;
      gboolean ok = FALSE;

      last = g_file_test (stop, G_FILE_TEST_EXISTS);
      store = ptce_store_open (path, PTCE_STORE_OPEN_READ_ONLY, &error);
      if (store != NULL)
        dataset = ptce_store_load_dataset (store, NULL, NULL, &error);
      if (dataset == NULL)
        {
          g_print ("read %u failed: %s\n", reads, error->message);
          return 4;
        }
      n_poles = g_list_model_get_n_items (ptce_dataset_get_poles (dataset));
      n_actors = g_list_model_get_n_items (ptce_dataset_get_actors (dataset));
      n_observations = g_list_model_get_n_items (ptce_dataset_get_observations (dataset));
      seen = g_strdup_printf ("%u", n_poles);
      for (guint i = 0; allowed[i]; i++)
        ok = ok || g_str_equal (allowed[i], seen);
      /* One state of the store: the actors and observations of the same
       * submissions as the poles (12 members and one figure a pole). */
      if (!ok || n_actors != 12 * n_poles || n_observations != n_poles)
        {
          g_print ("read %u saw %u poles, %u actors, %u observations\n",
                   reads, n_poles, n_actors, n_observations);
          return 4;
        }
      if (n_poles != previous)
        g_string_append_printf (seen_counts, " %u", n_poles);
      previous = n_poles;
      reads++;
    }
  /* "reads N: COUNTS", the pole counts seen in order, without repeats. */
  g_print ("reads %u:%s\n", reads, seen_counts->str);
  return 0;
}

int
main (int argc, char **argv)
{
  if (argc >= 4 && g_str_equal (argv[1], "import"))
    return do_import (argv[2], argv[3], argc > 4 ? argv[4] : NULL);
  if (argc >= 5 && g_str_equal (argv[1], "read"))
    return do_read (argv[2], argv[3], argv + 4);
  g_printerr ("usage: store-helper import STORE FILE [LIMIT] | read STORE STOP ALLOWED...\n");
  return 2;
}
