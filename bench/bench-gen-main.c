/* bench-gen-main.c: writes a generated ptce/1 dataset
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   bench-gen SIZE [--seed N] [--output FILE]
 *
 * SIZE is XS, S, M or L (bench-gen.c), or POLES:ACTORS:COOPERATIONS. The
 * same size and seed write the same bytes. */
#include "config.h"

#include <stdlib.h>

#include "bench-gen.h"

int
main (int    argc,
      char **argv)
{
  gint64 seed = 1;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the generator (1)", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE, not stdout", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("SIZE");
  g_autoptr(GError) error = NULL;
  BenchGenSize size;
  FILE *out = stdout;
  guint p, a, c;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("bench-gen: %s\n", error ? error->message : "give one size: XS, S, M, L or P:A:C");
      return 2;
    }
  if (!bench_gen_size_from_name (argv[1], &size))
    {
      if (sscanf (argv[1], "%u:%u:%u", &p, &a, &c) != 3 || p == 0 || a < 2 * p)
        {
          g_printerr ("bench-gen: unknown size “%s”\n", argv[1]);
          return 2;
        }
      size = (BenchGenSize) { p, a, c, 1 };
    }
  size.seed = (guint64) seed;
  if (output != NULL && (out = fopen (output, "w")) == NULL)
    {
      g_printerr ("bench-gen: cannot write %s\n", output);
      return 2;
    }
  if (!bench_gen_write (out, &size) || (out != stdout && fclose (out) != 0))
    {
      g_printerr ("bench-gen: writing failed\n");
      return 1;
    }
  return 0;
}
