/* bench-gen.h: a deterministic generator of valid ptce/1 datasets
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Shared by the generator program (bench-gen.c's main lives in
 * bench-gen-main.c), the benchmark and the tests that count work on data of
 * two sizes. The same size and seed give the same bytes on every machine:
 * the random numbers come from splitmix64, never from the C library. */
#pragma once

#include <stdio.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint   n_poles;
  guint   n_actors;
  guint   n_cooperations;
  guint64 seed;
} BenchGenSize;

/* The reference sizes (DESIGN.md §7): S today's France, M = 10 × S, L a
 * national observatory. */
gboolean bench_gen_size_from_name (const char   *name,
                                   BenchGenSize *size);

/* Writes one ptce/1 document to @out; the commune codes come from the
 * embedded geography. Returns FALSE when writing failed. */
gboolean bench_gen_write (FILE               *out,
                          const BenchGenSize *size);

/* The same, into memory. */
GBytes  *bench_gen_bytes (const BenchGenSize *size);

G_END_DECLS
