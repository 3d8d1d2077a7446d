/* bench-geography.c: the embedded geography against json-glib on its source
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * bench-geography [--runs N] [--lookups N] [--target RATIO]
 *   (PTCE_COG_SOURCE_DIR: the data/ folder of the npm package, which
 *   tests/reference/with-cog-source.sh provides)
 *
 * In one run, on the same machine, measures:
 *  - loading the embedded geography as ptce_geography_get_default() does
 *    (a reference on the GResource data, header checked), and loading the
 *    same compiled blob with every record checked
 *    (ptce_geography_new_from_bytes());
 *  - parsing the source JSON files (communes, EPCI, EPT, départements,
 *    régions) with json-glib, and parsing them and building hash tables to
 *    look communes and EPCI up — what a program without libptce would do;
 *  - commune and EPCI lookups by code: binary search in place, the public
 *    lookup (which creates a PtceCommune), and GHashTable on the parsed JSON.
 * Each figure is the median of --runs runs. The ratio of the JSON parse to
 * the embedded load is checked against --target (20 by default): below it
 * the benchmark fails. No absolute time is a pass/fail criterion. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-glib/json-glib.h>
#include <libptce/libptce.h>

#include "ptce-geo-data-private.h"

#include "bench-median.h"

#define RESOURCE "/org/libptce/reference/geography.ptcegeo"

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec * 1e-9;
}

static const char *source_files[] = {
  "communes.json", "epci.json", "ept.json", "departements.json", "regions.json",
};

typedef struct {
  JsonParser *parsers[G_N_ELEMENTS (source_files)];
  GHashTable *communes;  /* code → JsonObject (current communes) */
  GHashTable *epcis;     /* SIREN → JsonObject */
} JsonGeo;

static void
json_geo_clear (JsonGeo *g)
{
  g_clear_pointer (&g->communes, g_hash_table_unref);
  g_clear_pointer (&g->epcis, g_hash_table_unref);
  for (gsize i = 0; i < G_N_ELEMENTS (g->parsers); i++)
    g_clear_object (&g->parsers[i]);
}

static void
json_geo_parse (JsonGeo    *g,
                const char *dir,
                gboolean    index)
{
  for (gsize i = 0; i < G_N_ELEMENTS (source_files); i++)
    {
      g_autofree char *path = g_build_filename (dir, source_files[i], NULL);
      g_autoptr(GError) error = NULL;

      g->parsers[i] = json_parser_new_immutable ();
      if (!json_parser_load_from_file (g->parsers[i], path, &error))
        g_error ("%s", error->message);
    }
  if (!index)
    return;

  g->communes = g_hash_table_new (g_str_hash, g_str_equal);
  g->epcis = g_hash_table_new (g_str_hash, g_str_equal);
  {
    JsonArray *a = json_node_get_array (json_parser_get_root (g->parsers[0]));

    for (guint i = 0; i < json_array_get_length (a); i++)
      {
        JsonObject *o = json_array_get_object_element (a, i);

        if (strcmp (json_object_get_string_member (o, "type"), "commune-actuelle") == 0)
          g_hash_table_insert (g->communes, (gpointer) json_object_get_string_member (o, "code"), o);
      }
  }
  for (guint f = 1; f <= 2; f++)
    {
      JsonArray *a = json_node_get_array (json_parser_get_root (g->parsers[f]));

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonObject *o = json_array_get_object_element (a, i);
          g_hash_table_insert (g->epcis, (gpointer) json_object_get_string_member (o, "code"), o);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  int runs = 7;
  int n_lookups = 200000;
  double target = 20.0;
  const GOptionEntry entries[] = {
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs of each measure (the median is kept)", "N" },
    { "lookups", 'l', 0, G_OPTION_ARG_INT, &n_lookups, "Lookups per run", "N" },
    { "target", 't', 0, G_OPTION_ARG_DOUBLE, &target, "Least ratio of JSON parsing to embedded load", "RATIO" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) blob = NULL;
  const char *dir = g_getenv ("PTCE_COG_SOURCE_DIR");
  g_autofree double *t_embedded = NULL, *t_checked = NULL, *t_parse = NULL, *t_index = NULL;
  g_autofree double *l_inplace = NULL, *l_public = NULL, *l_hash = NULL;
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sirens = g_ptr_array_new_with_free_func (g_free);
  JsonGeo reference = { { NULL, }, };
  guint load_repeats = 2000;
  double parse, embedded, checked, indexed;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (dir == NULL)
    {
      g_printerr ("PTCE_COG_SOURCE_DIR is not set: run through tests/reference/with-cog-source.sh\n");
      return 2;
    }
  if (runs < 1 || n_lookups < 1)
    return 2;

  blob = g_resources_lookup_data (RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);

  /* The codes to look up: every current commune and EPCI of the source,
   * shuffled, so that the two sides answer the same questions. */
  json_geo_parse (&reference, dir, TRUE);
  {
    GHashTableIter iter;
    gpointer key;
    GRand *rand = g_rand_new_with_seed (2026);

    g_hash_table_iter_init (&iter, reference.communes);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (codes, g_strdup (key));
    g_hash_table_iter_init (&iter, reference.epcis);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (sirens, g_strdup (key));
    for (guint i = codes->len - 1; i > 0; i--)
      {
        guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1);
        gpointer tmp = codes->pdata[i];

        codes->pdata[i] = codes->pdata[j];
        codes->pdata[j] = tmp;
      }
    g_rand_free (rand);
  }

  t_embedded = g_new (double, runs);
  t_checked = g_new (double, runs);
  t_parse = g_new (double, runs);
  t_index = g_new (double, runs);
  l_inplace = g_new (double, runs);
  l_public = g_new (double, runs);
  l_hash = g_new (double, runs);

  for (int r = 0; r < runs; r++)
    {
      double start;
      guint found = 0;

      /* Load as ptce_geography_get_default() does: too fast to time once. */
      start = now ();
      for (guint k = 0; k < load_repeats; k++)
        {
          GBytes *bytes = g_resources_lookup_data (RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
          PtceGeoData *d = ptce_geo_data_new (bytes, TRUE, NULL);

          g_assert_nonnull (d);
          ptce_geo_data_unref (d);
          g_bytes_unref (bytes);
        }
      t_embedded[r] = (now () - start) / load_repeats;

      start = now ();
      {
        g_autoptr(PtceGeography) g = ptce_geography_new_from_bytes (blob, &error);
        g_assert_no_error (error);
        g_assert_nonnull (g);
      }
      t_checked[r] = now () - start;

      start = now ();
      {
        JsonGeo g = { { NULL, }, };

        json_geo_parse (&g, dir, FALSE);
        t_parse[r] = now () - start;
        json_geo_clear (&g);
      }

      start = now ();
      {
        JsonGeo g = { { NULL, }, };

        json_geo_parse (&g, dir, TRUE);
        t_index[r] = now () - start;
        json_geo_clear (&g);
      }

      /* Lookups: commune codes, and one EPCI every ten. */
      {
        PtceGeoData *d = ptce_geo_data_new (blob, TRUE, NULL);

        start = now ();
        for (int i = 0; i < n_lookups; i++)
          {
            found += ptce_geo_data_find_commune (d, codes->pdata[i % codes->len]) >= 0;
            if (i % 10 == 0)
              found += ptce_geo_data_find_epci (d, sirens->pdata[i % sirens->len]) >= 0;
          }
        l_inplace[r] = n_lookups / (now () - start);
        ptce_geo_data_unref (d);
      }

      start = now ();
      for (int i = 0; i < n_lookups; i++)
        {
          g_autoptr(PtceCommune) c = ptce_geography_lookup_commune (ptce_geography_get_default (),
                                                                    codes->pdata[i % codes->len]);
          found += c != NULL;
          if (i % 10 == 0)
            {
              g_autoptr(PtceEpci) e = ptce_geography_lookup_epci (ptce_geography_get_default (),
                                                                  sirens->pdata[i % sirens->len]);
              found += e != NULL;
            }
        }
      l_public[r] = n_lookups / (now () - start);

      start = now ();
      for (int i = 0; i < n_lookups; i++)
        {
          found += g_hash_table_lookup (reference.communes, codes->pdata[i % codes->len]) != NULL;
          if (i % 10 == 0)
            found += g_hash_table_lookup (reference.epcis, sirens->pdata[i % sirens->len]) != NULL;
        }
      l_hash[r] = n_lookups / (now () - start);

      /* Every code of the source is found by all three. */
      g_assert_cmpuint (found, ==, 3 * ((guint) n_lookups + ((guint) n_lookups + 9) / 10));
    }

  embedded = bench_median (t_embedded, runs);
  checked = bench_median (t_checked, runs);
  parse = bench_median (t_parse, runs);
  indexed = bench_median (t_index, runs);

  g_print ("Geography %s: %u communes, %u EPCI and EPT; medians of %d runs\n",
           ptce_geography_get_vintage (ptce_geography_get_default ()),
           codes->len, sirens->len, runs);
  g_print ("\nLoad\n");
  g_print ("  embedded, as ptce_geography_get_default() (header checked) %12.3f us\n", embedded * 1e6);
  g_print ("  same blob, every record checked (new_from_bytes)             %12.3f ms\n", checked * 1e3);
  g_print ("  json-glib, parse the 5 source files                           %12.3f ms\n", parse * 1e3);
  g_print ("  json-glib, parse and index communes and EPCI                  %12.3f ms\n", indexed * 1e3);
  g_print ("\nLookups by code (commune, and an EPCI every ten)\n");
  g_print ("  in place (binary search on the blob)     %12.0f /s\n", bench_median (l_inplace, runs));
  g_print ("  public API (creates a PtceCommune)       %12.0f /s\n", bench_median (l_public, runs));
  g_print ("  GHashTable on the parsed JSON             %12.0f /s\n", bench_median (l_hash, runs));
  g_print ("\nRatios\n");
  g_print ("  JSON parse / embedded load               %12.0fx\n", parse / embedded);
  g_print ("  JSON parse and index / embedded load     %12.0fx\n", indexed / embedded);
  g_print ("  JSON parse / fully checked load          %12.1fx\n", parse / checked);
  g_print ("  target (JSON parse / embedded load)      %12.0fx  %s\n", target,
           parse / embedded >= target ? "met" : "NOT MET");

  if (parse / embedded < target)
    status = 1;
  json_geo_clear (&reference);
  return status;
}
