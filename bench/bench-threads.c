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
 *
 * The same rounds then run an arithmetic loop that touches no memory, as
 * long as one round of objects took: what two threads at once cost when
 * they share nothing in the process. Above 1.0 there, the slowdown is the
 * machine's (two virtual processors that do not both run at full speed),
 * not the allocator's nor libptce's.
 *
 * Last, a loop of reads at random places of a buffer larger than the
 * caches, each independent of the one before, as the build's reads of
 * objects another thread made: what two threads at once cost when both
 * wait on memory. On the 2-core micro-VM of docs/performance.md it is
 * about 1.0 most of the time, and up to 1.5 in the spells when the store's
 * reads on two threads are slow while the loads on one are not; the
 * arithmetic loop shows little of those spells.
 * Usage: bench-threads [N] [R] */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include <libptce/libptce.h>

#include "bench-median.h"

static guint n_objects;
static guint64 n_steps;  /* of the arithmetic loop, for n_objects */
static guint64 n_reads;  /* of the memory loop, for n_objects */
static guint64 *probe;   /* the memory loop's buffer */
static gsize n_probe;    /* its length, in words */

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

/* The arithmetic loop: as many steps as @data objects are worth, in
 * registers (a 64-bit mix); an empty array, so that it is joined as
 * make() is. */
static gpointer
spin (gpointer data)
{
  guint64 steps = n_steps / n_objects * GPOINTER_TO_UINT (data);
  guint64 x = steps;
  volatile guint64 sink;

  for (guint64 i = 0; i < steps; i++)
    x = (x ^ (x >> 29)) * 0xBF58476D1CE4E5B9u + i;
  sink = x;
  (void) sink;
  return g_ptr_array_new ();
}

/* The memory loop: as many reads at random places of @probe as @data
 * objects are worth (a xorshift walk: each address is known before the
 * read before it returns, so several are in flight at once). */
static gpointer
wander (gpointer data)
{
  guint64 reads = n_reads / n_objects * GPOINTER_TO_UINT (data);
  guint64 x = reads | 1, sum = 0;
  volatile guint64 sink;

  for (guint64 i = 0; i < reads; i++)
    {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      sum += probe[x % n_probe];
    }
  sink = sum;
  (void) sink;
  return g_ptr_array_new ();
}

/* One round of @work: wall and CPU seconds; what it made is kept in
 * @kept. */
static void
round_of (GThreadFunc  work,
          guint        n_threads,
          GPtrArray   *kept,
          double      *wall,
          double      *cpu)
{
  double w0 = clock_of (CLOCK_MONOTONIC), c0 = clock_of (CLOCK_PROCESS_CPUTIME_ID);
  GPtrArray *mine;
  GThread *other = NULL;

  if (n_threads == 2)
    other = g_thread_new ("bench-threads", work, GUINT_TO_POINTER (n_objects / 2));
  mine = work (GUINT_TO_POINTER (n_threads == 2 ? n_objects - n_objects / 2 : n_objects));
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

/* @rounds of @work on one thread then on two, alternated; the medians'
 * table. Returns the CPU ratio, 0 when a clock did not move. */
static double
measure (const char  *what,
         GThreadFunc  work,
         guint        rounds,
         GPtrArray   *kept)
{
  g_autofree double *wall1 = g_new (double, rounds);
  g_autofree double *cpu1 = g_new (double, rounds);
  g_autofree double *wall2 = g_new (double, rounds);
  g_autofree double *cpu2 = g_new (double, rounds);
  double w1, c1, w2, c2;

  for (guint r = 0; r < rounds; r++)
    {
      round_of (work, 1, kept, &wall1[r], &cpu1[r]);
      round_of (work, 2, kept, &wall2[r], &cpu2[r]);
    }
  w1 = bench_median (wall1, rounds);
  c1 = bench_median (cpu1, rounds);
  w2 = bench_median (wall2, rounds);
  c2 = bench_median (cpu2, rounds);
  g_print ("\n%s, medians of %u rounds\n", what, rounds);
  g_print ("| threads | wall | CPU |\n| ---: | ---: | ---: |\n");
  g_print ("| 1 | %.3f s | %.3f s |\n| 2 | %.3f s | %.3f s |\n", w1, c1, w2, c2);
  g_print ("CPU, two threads against one: %.2f; wall clock: %.2f\n", c2 / c1, w2 / w1);
  /* a clock that did not move measured nothing */
  return w1 > 0 && c1 > 0 && w2 > 0 && c2 > 0 ? c2 / c1 : 0;
}

int
main (int    argc,
      char **argv)
{
  guint rounds = argc > 2 ? (guint) atoi (argv[2]) : 5;
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autofree char *objects = NULL;
  g_autofree char *memory = NULL;
  double t0, round_cpu, objects_ratio, spin_ratio, reads_ratio;

  n_objects = argc > 1 ? (guint) atoi (argv[1]) : 500000;
  if (n_objects < 2 || rounds < 1)
    {
      g_printerr ("Usage: bench-threads [N ≥ 2] [ROUNDS ≥ 1]\n");
      return 2;
    }
  /* a warm-up: the types' classes, the allocator's first pages */
  g_ptr_array_unref (make (GUINT_TO_POINTER (1000)));
  objects = g_strdup_printf ("%u cooperations, G_SLICE=%s", n_objects,
                             g_getenv ("G_SLICE") ? g_getenv ("G_SLICE") : "(unset)");
  t0 = clock_of (CLOCK_PROCESS_CPUTIME_ID);
  objects_ratio = measure (objects, make, rounds, kept);
  /* the loop about as long as a round of objects: a round of one and of
   * two threads took (CPU - t0) / rounds, and a step takes a nanosecond
   * or so */
  round_cpu = (clock_of (CLOCK_PROCESS_CPUTIME_ID) - t0) / rounds / 2;
  n_steps = MAX ((guint64) (round_cpu * 1e9), n_objects);
  spin_ratio = measure ("the arithmetic loop, no memory", spin, rounds, kept);

  /* 512 bytes an object, 8 to 256 MB: past the last level of cache of
   * the default N; a read in flight with others takes about 10 ns here */
  n_probe = CLAMP ((gsize) n_objects * 512, (gsize) 8 << 20, (gsize) 256 << 20) / sizeof (guint64);
  probe = g_new (guint64, n_probe);
  for (gsize i = 0; i < n_probe; i++)
    probe[i] = i;
  n_reads = MAX ((guint64) (round_cpu * 1e8), n_objects);
  memory = g_strdup_printf ("reads at random places of %zu MB", n_probe * sizeof (guint64) >> 20);
  reads_ratio = measure (memory, wander, rounds, kept);
  g_clear_pointer (&probe, g_free);

  if (objects_ratio > 0 && spin_ratio > 0 && reads_ratio > 0)
    g_print ("\nObjects against the arithmetic loop: %.2f, against the memory loop: %.2f "
             "(1.0: the objects slow the threads no more than the machine does)\n",
             objects_ratio / spin_ratio, objects_ratio / reads_ratio);
  return objects_ratio > 0 && spin_ratio > 0 && reads_ratio > 0 ? 0 : 1;
}
