/* test-geography-source.c: the embedded geography against its source
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Reads every commune, EPCI, EPT, département and région of the npm package
 * the embedded vintage was converted from (PTCE_COG_SOURCE_DIR, set by
 * with-cog-source.sh) with json-glib, and checks that the library gives the
 * same facts. The converter and the compiler are thereby tested end to end,
 * independently of either. */
#include <string.h>

#include <json-glib/json-glib.h>
#include <libptce/libptce.h>

static JsonArray *
load_array (const char *name,
            JsonParser **parser_out)
{
  const char *dir = g_getenv ("PTCE_COG_SOURCE_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  JsonParser *parser;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, name, NULL);
  parser = json_parser_new ();
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  *parser_out = parser;
  return json_node_get_array (json_parser_get_root (parser));
}

static const char *
member_string (JsonObject *o,
               const char *name)
{
  return json_object_has_member (o, name) ? json_object_get_string_member (o, name) : NULL;
}

static char **
string_list (JsonObject *o,
             const char *name)
{
  GPtrArray *list = g_ptr_array_new ();

  if (json_object_has_member (o, name))
    {
      JsonArray *a = json_object_get_array_member (o, name);

      for (guint i = 0; i < json_array_get_length (a); i++)
        g_ptr_array_add (list, g_strdup (json_array_get_string_element (a, i)));
    }
  g_ptr_array_add (list, NULL);
  return (char **) g_ptr_array_free (list, FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* commune code → SIREN of its EPCI (or EPT), from the source's member lists */
static GHashTable *
membership (const char *file)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *groups = load_array (file, &parser);
  GHashTable *of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      JsonObject *g = json_array_get_object_element (groups, i);
      JsonArray *members = json_object_get_array_member (g, "membres");

      for (guint m = 0; m < json_array_get_length (members); m++)
        {
          JsonObject *member = json_array_get_object_element (members, m);

          g_assert_true (g_hash_table_insert (of, g_strdup (json_object_get_string_member (member, "code")),
                                              g_strdup (json_object_get_string_member (g, "code"))));
        }
    }
  return of;
}

static void
test_communes (void)
{
  PtceGeography *geo = ptce_geography_get_default ();
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *communes = load_array ("communes.json", &parser);
  g_autoptr(GHashTable) epci_of = membership ("epci.json");
  g_autoptr(GHashTable) ept_of = membership ("ept.json");
  static const struct { const char *type; PtceCommuneKind kind; } kinds[] = {
    { "commune-actuelle", PTCE_COMMUNE_KIND_CURRENT },
    { "commune-deleguee", PTCE_COMMUNE_KIND_DELEGATED },
    { "commune-associee", PTCE_COMMUNE_KIND_ASSOCIATED },
    { "arrondissement-municipal", PTCE_COMMUNE_KIND_MUNICIPAL_ARRONDISSEMENT },
  };
  guint n_current = 0;

  g_assert_cmpuint (json_array_get_length (communes), ==, 37590);

  for (guint i = 0; i < json_array_get_length (communes); i++)
    {
      JsonObject *o = json_array_get_object_element (communes, i);
      const char *code = json_object_get_string_member (o, "code");
      const char *type = json_object_get_string_member (o, "type");
      gint kind = -1;
      g_autoptr(PtceCommune) c = NULL;
      g_auto(GStrv) postal = string_list (o, "codesPostaux");
      g_auto(GStrv) former = string_list (o, "anciensCodes");
      const char *parent;

      for (gsize k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (strcmp (type, kinds[k].type) == 0)
          kind = (gint) kinds[k].kind;
      g_assert_cmpint (kind, >=, 0);

      c = ptce_geography_lookup_commune_of_kind (geo, code, (PtceCommuneKind) kind);
      if (c == NULL)
        g_error ("%s %s (%s) is not in the embedded geography", code,
                 json_object_get_string_member (o, "nom"), type);
      g_assert_cmpstr (ptce_commune_get_code (c), ==, code);
      g_assert_cmpstr (ptce_commune_get_name (c), ==, json_object_get_string_member (o, "nom"));
      g_assert_cmpint (ptce_commune_get_kind (c), ==, kind);
      g_assert_cmpstr (ptce_commune_get_departement (c), ==, json_object_get_string_member (o, "departement"));
      g_assert_cmpstr (ptce_commune_get_region (c), ==, json_object_get_string_member (o, "region"));
      g_assert_cmpuint (ptce_commune_get_population (c), ==,
                        json_object_has_member (o, "population") ?
                        (guint) json_object_get_int_member (o, "population") : 0);
      g_assert_cmpstr (ptce_commune_get_siren (c), ==, member_string (o, "siren"));
      g_assert_true (g_strv_equal (ptce_commune_get_postal_codes (c), (const char * const *) postal));
      g_assert_true (g_strv_equal (ptce_commune_get_former_codes (c), (const char * const *) former));

      parent = kind == PTCE_COMMUNE_KIND_CURRENT ? NULL :
               kind == PTCE_COMMUNE_KIND_MUNICIPAL_ARRONDISSEMENT ? member_string (o, "commune") :
               member_string (o, "chefLieu");
      g_assert_cmpstr (ptce_commune_get_parent (c), ==, parent);

      if (kind == PTCE_COMMUNE_KIND_CURRENT)
        {
          g_autoptr(GError) error = NULL;

          n_current++;
          g_assert_cmpstr (ptce_commune_get_epci (c), ==, g_hash_table_lookup (epci_of, code));
          g_assert_cmpstr (ptce_commune_get_ept (c), ==, g_hash_table_lookup (ept_of, code));
          ptce_geography_check_commune (geo, code, &error);
          g_assert_no_error (error);
        }
      else
        {
          g_assert_null (ptce_commune_get_epci (c));
          g_assert_null (ptce_commune_get_ept (c));
        }
    }
  g_assert_cmpuint (n_current, ==, ptce_geography_get_n_communes (geo));
  g_assert_cmpuint (n_current, ==, 34969);
}

static void
check_groups (const char *file,
              guint       expected)
{
  PtceGeography *geo = ptce_geography_get_default ();
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *groups = load_array (file, &parser);
  static const struct { const char *type; PtceEpciKind kind; } kinds[] = {
    { "CC", PTCE_EPCI_KIND_CC }, { "CA", PTCE_EPCI_KIND_CA }, { "CU", PTCE_EPCI_KIND_CU },
    { "METRO", PTCE_EPCI_KIND_METROPOLE }, { "MET69", PTCE_EPCI_KIND_METROPOLE_LYON },
    { "EPT", PTCE_EPCI_KIND_EPT },
  };

  g_assert_cmpuint (json_array_get_length (groups), ==, expected);
  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      JsonObject *o = json_array_get_object_element (groups, i);
      const char *siren = json_object_get_string_member (o, "code");
      const char *tax = json_object_get_string_member (o, "modeFinancement");
      JsonArray *members = json_object_get_array_member (o, "membres");
      g_autoptr(PtceEpci) e = ptce_geography_lookup_epci (geo, siren);
      g_autoptr(GPtrArray) codes = g_ptr_array_new ();
      const char * const *got;
      gint kind = -1;

      if (e == NULL)
        g_error ("%s %s is not in the embedded geography", siren, json_object_get_string_member (o, "nom"));
      for (gsize k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (strcmp (json_object_get_string_member (o, "type"), kinds[k].type) == 0)
          kind = (gint) kinds[k].kind;
      g_assert_cmpstr (ptce_epci_get_name (e), ==, json_object_get_string_member (o, "nom"));
      g_assert_cmpint (ptce_epci_get_kind (e), ==, kind);
      g_assert_cmpstr (ptce_epci_get_tax_regime (e), ==, *tax != '\0' ? tax : NULL);
      g_assert_cmpuint (ptce_epci_get_total_population (e), ==,
                        (guint) json_object_get_int_member (o, "populationTotale"));
      g_assert_cmpuint (ptce_epci_get_population (e), ==,
                        (guint) json_object_get_int_member (o, "populationMunicipale"));

      for (guint m = 0; m < json_array_get_length (members); m++)
        g_ptr_array_add (codes, (gpointer) json_object_get_string_member (json_array_get_object_element (members, m), "code"));
      g_ptr_array_sort (codes, compare_strings);
      g_ptr_array_add (codes, NULL);
      got = ptce_epci_get_members (e);
      g_assert_true (g_strv_equal (got, (const char * const *) codes->pdata));
      g_assert_cmpuint (ptce_epci_get_n_members (e), ==, json_array_get_length (members));
    }
}

static void
test_epcis (void)
{
  g_autoptr(GListModel) all = ptce_geography_list_epcis (ptce_geography_get_default ());

  check_groups ("epci.json", 1255);
  check_groups ("ept.json", 11);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1255 + 11);
}

static void
test_departements (void)
{
  PtceGeography *geo = ptce_geography_get_default ();
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *deps = load_array ("departements.json", &parser);
  g_autoptr(GListModel) all = ptce_geography_list_departements (geo);

  g_assert_cmpuint (json_array_get_length (deps), ==, g_list_model_get_n_items (all));
  for (guint i = 0; i < json_array_get_length (deps); i++)
    {
      JsonObject *o = json_array_get_object_element (deps, i);
      g_autoptr(PtceDepartement) d = ptce_geography_lookup_departement (geo, json_object_get_string_member (o, "code"));

      g_assert_nonnull (d);
      g_assert_cmpstr (ptce_departement_get_name (d), ==, json_object_get_string_member (o, "nom"));
      g_assert_cmpstr (ptce_departement_get_region (d), ==, json_object_get_string_member (o, "region"));
      g_assert_cmpstr (ptce_departement_get_chef_lieu (d), ==, member_string (o, "chefLieu"));
      g_assert_cmpint (ptce_departement_is_overseas (d), ==,
                       strcmp (json_object_get_string_member (o, "zone"), "metro") != 0);
    }
}

static void
test_regions (void)
{
  PtceGeography *geo = ptce_geography_get_default ();
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *regions = load_array ("regions.json", &parser);
  g_autoptr(GListModel) all = ptce_geography_list_regions (geo);

  g_assert_cmpuint (json_array_get_length (regions), ==, g_list_model_get_n_items (all));
  for (guint i = 0; i < json_array_get_length (regions); i++)
    {
      JsonObject *o = json_array_get_object_element (regions, i);
      g_autoptr(PtceRegion) r = ptce_geography_lookup_region (geo, json_object_get_string_member (o, "code"));

      g_assert_nonnull (r);
      g_assert_cmpstr (ptce_region_get_name (r), ==, json_object_get_string_member (o, "nom"));
      g_assert_cmpstr (ptce_region_get_chef_lieu (r), ==, member_string (o, "chefLieu"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("PTCE_COG_SOURCE_DIR") == NULL)
    {
      /* Run through with-cog-source.sh; alone, say so and fail. */
      g_printerr ("PTCE_COG_SOURCE_DIR is not set: run this test through with-cog-source.sh\n");
      return 1;
    }

  g_test_add_func ("/Ptce/GeographySource/communes", test_communes);
  g_test_add_func ("/Ptce/GeographySource/epcis", test_epcis);
  g_test_add_func ("/Ptce/GeographySource/departements", test_departements);
  g_test_add_func ("/Ptce/GeographySource/regions", test_regions);

  return g_test_run ();
}
