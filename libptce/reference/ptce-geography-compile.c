/* ptce-geography-compile.c: build-time tool, text geography → blob
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * ptce-geography-compile INPUT.tsv OUTPUT
 *
 * Compiles the committed text form of a vintage (data/geography/) into the
 * blob that the library embeds in its GResource. The same compiler runs in
 * the library for files loaded at run time, so the two cannot disagree. */
#include "config.h"

#include <locale.h>

#include "ptce-geo-data-private.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) blob = NULL;
  g_autoptr(PtceGeoData) check = NULL;
  gsize length;

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      g_printerr ("Usage: %s INPUT.tsv OUTPUT\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &text, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  blob = ptce_geo_builder_compile (text, length, argv[1], &error);
  if (blob == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* Read it back with every check on: what is embedded is trusted later. */
  check = ptce_geo_data_new (blob, FALSE, &error);
  if (check == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  if (!g_file_set_contents (argv[2], g_bytes_get_data (blob, NULL),
                            (gssize) g_bytes_get_size (blob), &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
