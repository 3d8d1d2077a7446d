/* bench-threads.c: what it costs to make the model's objects on two
 * threads at once, against one (docs/performance.md)
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The store's whole dataset and the import build on two threads; on
 * GLib 2.74 each object they make comes from the slice allocator, whose
 * new memory is handed out under one lock. This makes N cooperations (a
 * model has a million in L) on one thread, then N split over two threads
 * running at once, R times each alternated, and prints the medians of
 * wall clock and CPU time and the CPU per object of two threads against
 * one: 1.0 when the threads do not slow each other down. Every object is
 * kept to the end, so that each round asks for new memory, as a read of
 * the store does (freed objects would come back from the allocator's
 * caches without its lock). Run it as is,
 * and with G_SLICE=always-malloc (what GLib 2.76 and later always do).
 * Usage: bench-threads [N] [R] */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include <libptce/libptce.h>

#include "bench-median.h"

static guint n_objects;

static double
clock_of (clockid_t id)
{
  struct timespec ts;

  clock_gettime (id, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec * 1e-9;
}

/* Makes @data objects (a count, as a pointer) and keeps them. */
static gpointer
make (gpointer data)
{
  guint n = GPOINTER_TO_UINT (data);
  GPtrArray *made = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (made, ptce_cooperation_new ("c1", PTCE_COOPERATION_MODE_MUTUALISATION));
  return made;
}

/* One round: wall and CPU seconds; the objects are kept in @kept. */
static void
round_of (guint      n_threads,
          GPtrArray *kept,
          double    *wall,
          double    *cpu)
{
  double w0 = clock_of (CLOCK_MONOTONIC), c0 = clock_of (CLOCK_PROCESS_CPUTIME_ID);
  GPtrArray *mine;
  GThread *other = NULL;

  if (n_threads == 2)
    other = g_thread_new ("bench-threads", make, GUINT_TO_POINTER (n_objects / 2));
  mine = make (GUINT_TO_POINTER (n_threads == 2 ? n_objects - n_objects / 2 : n_objects));
  if (other != NULL)
    {
      GPtrArray *theirs = g_thread_join (other);

      *wall = clock_of (CLOCK_MONOTONIC) - w0;
      *cpu = clock_of (CLOCK_PROCESS_CPUTIME_ID) - c0;
      g_ptr_array_add (kept, theirs);
    }
  else
    {
      *wall = clock_of (CLOCK_MONOTONIC) - w0;
      *cpu = clock_of (CLOCK_PROCESS_CPUTIME_ID) - c0;
    }
  g_ptr_array_add (kept, mine);
}

int
main (int    argc,
      char **argv)
{
  guint rounds = argc > 2 ? (guint) atoi (argv[2]) : 5;
  g_autofree double *wall1 = NULL, *cpu1 = NULL, *wall2 = NULL, *cpu2 = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  double w1, c1, w2, c2;

  n_objects = argc > 1 ? (guint) atoi (argv[1]) : 500000;
  if (n_objects < 2 || rounds < 1)
    {
      g_printerr ("Usage: bench-threads [N ≥ 2] [ROUNDS ≥ 1]\n");
      return 2;
    }
  wall1 = g_new (double, rounds);
  cpu1 = g_new (double, rounds);
  wall2 = g_new (double, rounds);
  cpu2 = g_new (double, rounds);
  /* a warm-up: the types' classes, the allocator's first pages */
  g_ptr_array_unref (make (GUINT_TO_POINTER (1000)));
  for (guint r = 0; r < rounds; r++)
    {
      round_of (1, kept, &wall1[r], &cpu1[r]);
      round_of (2, kept, &wall2[r], &cpu2[r]);
    }
  w1 = bench_median (wall1, rounds);
  c1 = bench_median (cpu1, rounds);
  w2 = bench_median (wall2, rounds);
  c2 = bench_median (cpu2, rounds);
  g_print ("%u cooperations, G_SLICE=%s, medians of %u rounds\n", n_objects,
           g_getenv ("G_SLICE") ? g_getenv ("G_SLICE") : "(unset)", rounds);
  g_print ("| threads | wall | CPU |\n| ---: | ---: | ---: |\n");
  g_print ("| 1 | %.3f s | %.3f s |\n| 2 | %.3f s | %.3f s |\n", w1, c1, w2, c2);
  g_print ("CPU per object, two threads against one: %.2f; wall clock: %.2f\n",
           c2 / c1, w2 / w1);
  /* a clock that did not move measured nothing */
  return w1 > 0 && c1 > 0 && w2 > 0 && c2 > 0 ? 0 : 1;
}
