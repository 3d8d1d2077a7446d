/* test-geography.c: the embedded geography, lookups, territories
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <libptce/libptce.h>

static PtceGeography *
geo (void)
{
  return ptce_geography_get_default ();
}

static gboolean
strv_contains (char * const *strv,
               const char   *s)
{
  return g_strv_contains ((const char * const *) strv, s);
}

static void
test_default (void)
{
  PtceGeography *g = geo ();
  g_autoptr(GListModel) communes = ptce_geography_list_communes (g);
  g_autoptr(GListModel) epcis = ptce_geography_list_epcis (g);
  g_autoptr(GListModel) deps = ptce_geography_list_departements (g);
  g_autoptr(GListModel) regions = ptce_geography_list_regions (g);
  guint n_ept = 0, n_fiscal = 0;

  g_assert_true (PTCE_IS_GEOGRAPHY (g));
  g_assert_true (ptce_geography_get_default () == g);
  g_assert_cmpstr (ptce_geography_get_vintage (g), ==, "2026");
  g_assert_nonnull (strstr (ptce_geography_get_source (g), "@etalab/decoupage-administratif@6.0.0"));
  g_assert_cmpuint (ptce_geography_get_n_communes (g), ==, 34969);
  g_assert_cmpuint (g_list_model_get_n_items (communes), ==, 34969);
  g_assert_true (g_list_model_get_item_type (communes) == PTCE_TYPE_COMMUNE);
  g_assert_null (g_list_model_get_item (communes, 34969));
  g_assert_cmpuint (g_list_model_get_n_items (deps), ==, 109);
  g_assert_cmpuint (g_list_model_get_n_items (regions), ==, 26);

  for (guint i = 0; i < g_list_model_get_n_items (epcis); i++)
    {
      g_autoptr(PtceEpci) e = g_list_model_get_item (epcis, i);

      if (ptce_epci_is_fiscal (e))
        n_fiscal++;
      else
        n_ept++;
    }
  g_assert_cmpuint (n_fiscal, ==, 1255);
  g_assert_cmpuint (n_ept, ==, 11);
}

/* The embedded blob passes every check that a file loaded at run time
 * gets: ptce_geography_get_default() only checks its header. */
static void
test_embedded_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/org/libptce/reference/geography.ptcegeo",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_autoptr(PtceGeography) checked = NULL;

  g_assert_no_error (error);
  checked = ptce_geography_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ptce_geography_get_n_communes (checked), ==, 34969);
  g_assert_cmpstr (ptce_geography_get_vintage (checked), ==, "2026");
  g_assert_finalize_object (checked);
  checked = NULL;
}

typedef struct {
  const char *code;
  const char *name;
  const char *departement;
  const char *departement_name;
  const char *region;
  const char *region_name;
  const char *epci;
  const char *epci_name;
  PtceEpciKind epci_kind;
  const char *ept;
  const char *ept_name;
  const char *siren;
  const char *postal_code;
} Example;

static void
test_examples (void)
{
  static const Example examples[] = {
    { "26281", "Romans-sur-Isère", "26", "Drôme", "84", "Auvergne-Rhône-Alpes",
      "200068781", "CA Valence Romans Agglo", PTCE_EPCI_KIND_CA, NULL, NULL, "212602817", "26100" },
    { "40312", "Tarnos", "40", "Landes", "75", "Nouvelle-Aquitaine",
      "244000659", "CC du Seignanx", PTCE_EPCI_KIND_CC, NULL, NULL, "214003121", "40220" },
    { "93039", "L'Île-Saint-Denis", "93", "Seine-Saint-Denis", "11", "Île-de-France",
      "200054781", "Métropole du Grand Paris", PTCE_EPCI_KIND_METROPOLE,
      "200057867", "Plaine Commune", "219300399", "93450" },
    { "2A004", "Ajaccio", "2A", "Corse-du-Sud", "94", "Corse",
      "242010056", NULL, PTCE_EPCI_KIND_CA, NULL, NULL, "212000046", "20000" },
    { "97411", "Saint-Denis", "974", "La Réunion", "04", "La Réunion",
      "249740119", NULL, PTCE_EPCI_KIND_CA, NULL, NULL, "219740115", "97400" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      const Example *x = &examples[i];
      g_autoptr(PtceCommune) c = ptce_geography_lookup_commune (geo (), x->code);
      g_autoptr(PtceDepartement) d = NULL;
      g_autoptr(PtceRegion) r = NULL;
      g_autoptr(PtceEpci) e = NULL;

      g_test_message ("%s %s", x->code, x->name);
      g_assert_nonnull (c);
      g_assert_cmpstr (ptce_commune_get_code (c), ==, x->code);
      g_assert_cmpstr (ptce_commune_get_name (c), ==, x->name);
      g_assert_cmpint (ptce_commune_get_kind (c), ==, PTCE_COMMUNE_KIND_CURRENT);
      g_assert_true (ptce_commune_is_current (c));
      g_assert_null (ptce_commune_get_parent (c));
      g_assert_cmpstr (ptce_commune_get_departement (c), ==, x->departement);
      g_assert_cmpstr (ptce_commune_get_region (c), ==, x->region);
      g_assert_cmpstr (ptce_commune_get_epci (c), ==, x->epci);
      g_assert_cmpstr (ptce_commune_get_ept (c), ==, x->ept);
      g_assert_cmpstr (ptce_commune_get_siren (c), ==, x->siren);
      g_assert_cmpstr (ptce_commune_get_vintage (c), ==, "2026");
      g_assert_cmpuint (ptce_commune_get_population (c), >, 1000);
      g_assert_true (g_strv_contains (ptce_commune_get_postal_codes (c), x->postal_code));

      d = ptce_geography_lookup_departement (geo (), x->departement);
      g_assert_nonnull (d);
      g_assert_cmpstr (ptce_departement_get_name (d), ==, x->departement_name);
      g_assert_cmpstr (ptce_departement_get_region (d), ==, x->region);
      r = ptce_geography_lookup_region (geo (), x->region);
      g_assert_nonnull (r);
      g_assert_cmpstr (ptce_region_get_name (r), ==, x->region_name);
      g_assert_true (g_strv_contains (ptce_region_get_departements (r), x->departement));

      e = ptce_geography_lookup_epci (geo (), x->epci);
      g_assert_nonnull (e);
      if (x->epci_name != NULL)
        {
          g_assert_cmpstr (ptce_epci_get_name (e), ==, x->epci_name);
          g_assert_cmpint (ptce_epci_get_kind (e), ==, x->epci_kind);
        }
      g_assert_true (ptce_epci_is_fiscal (e));
      g_assert_true (g_strv_contains (ptce_epci_get_members (e), x->code));
      g_assert_true (g_strv_contains (ptce_epci_get_departements (e), x->departement));
      g_assert_cmpuint (ptce_epci_get_n_members (e), ==,
                        g_strv_length ((char **) ptce_epci_get_members (e)));

      if (x->ept != NULL)
        {
          g_autoptr(PtceEpci) ept = ptce_geography_lookup_epci (geo (), x->ept);

          g_assert_nonnull (ept);
          g_assert_cmpstr (ptce_epci_get_name (ept), ==, x->ept_name);
          g_assert_cmpint (ptce_epci_get_kind (ept), ==, PTCE_EPCI_KIND_EPT);
          g_assert_false (ptce_epci_is_fiscal (ept));
          g_assert_null (ptce_epci_get_tax_regime (ept));
          g_assert_true (g_strv_contains (ptce_epci_get_members (ept), x->code));
        }
    }
}

static void
test_epci (void)
{
  g_autoptr(PtceEpci) agglo = ptce_geography_lookup_epci (geo (), "200068781");
  g_autoptr(PtceEpci) lyon = ptce_geography_lookup_epci (geo (), "200046977");
  g_autoptr(PtceEpci) missing = ptce_geography_lookup_epci (geo (), "212602817");
  g_auto(GStrv) deps = NULL;
  const char * const *members;

  g_assert_cmpint (ptce_epci_get_kind (agglo), ==, PTCE_EPCI_KIND_CA);
  g_assert_cmpstr (ptce_epci_get_siren (agglo), ==, "200068781");
  g_assert_cmpstr (ptce_epci_get_tax_regime (agglo), ==, "FPU");
  g_assert_cmpuint (ptce_epci_get_n_members (agglo), ==, 54);
  g_assert_cmpuint (ptce_epci_get_total_population (agglo), >=, ptce_epci_get_population (agglo));
  g_assert_cmpuint (ptce_epci_get_population (agglo), >, 200000);
  members = ptce_epci_get_members (agglo);
  for (guint i = 1; members[i] != NULL; i++)
    g_assert_cmpstr (members[i - 1], <, members[i]);
  g_object_get (agglo, "members", &deps, NULL);
  g_assert_true (g_strv_equal ((const char * const *) deps, members));

  g_assert_cmpint (ptce_epci_get_kind (lyon), ==, PTCE_EPCI_KIND_METROPOLE_LYON);
  /* A commune's SIREN is not an EPCI's. */
  g_assert_null (missing);
  g_assert_null (ptce_geography_lookup_epci (geo (), "2000687"));
  g_assert_null (ptce_geography_lookup_epci (geo (), ""));
}

static void
test_departement_region (void)
{
  g_autoptr(GListModel) regions = ptce_geography_list_regions (geo ());
  g_autoptr(PtceDepartement) reunion = ptce_geography_lookup_departement (geo (), "974");
  g_autoptr(PtceDepartement) drome = ptce_geography_lookup_departement (geo (), "26");
  g_autoptr(PtceRegion) aura = ptce_geography_lookup_region (geo (), "84");
  guint total = 0;
  guint64 population = 0;

  g_assert_true (ptce_departement_is_overseas (reunion));
  g_assert_false (ptce_departement_is_overseas (drome));
  g_assert_cmpstr (ptce_departement_get_chef_lieu (reunion), ==, "97411");
  g_assert_cmpstr (ptce_departement_get_chef_lieu (drome), ==, "26362");
  g_assert_cmpuint (ptce_departement_get_n_communes (drome), >, 300);
  g_assert_cmpuint (ptce_departement_get_population (drome), >, 500000);
  g_assert_false (ptce_region_is_overseas (aura));
  g_assert_cmpuint (g_strv_length ((char **) ptce_region_get_departements (aura)), ==, 12);
  g_assert_cmpstr (ptce_region_get_chef_lieu (aura), ==, "69123");

  /* The régions partition the current communes. */
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(PtceRegion) r = g_list_model_get_item (regions, i);

      total += ptce_region_get_n_communes (r);
      population += ptce_region_get_population (r);
    }
  g_assert_cmpuint (total, ==, 34969);
  g_assert_cmpuint (population, >, 65000000);

  g_assert_null (ptce_geography_lookup_departement (geo (), "20"));
  g_assert_null (ptce_geography_lookup_departement (geo (), "96"));
  g_assert_null (ptce_geography_lookup_region (geo (), "99"));
  g_assert_null (ptce_geography_lookup_region (geo (), "8400000"));
}

static void
test_kinds (void)
{
  g_autoptr(PtceCommune) arm = ptce_geography_lookup_commune (geo (), "75101");
  g_autoptr(PtceCommune) coma = ptce_geography_lookup_commune (geo (), "01120");
  g_autoptr(PtceCommune) nouvelle = ptce_geography_lookup_commune (geo (), "01015");
  g_autoptr(PtceCommune) delegated = ptce_geography_lookup_commune_of_kind (geo (), "01015",
                                                                          PTCE_COMMUNE_KIND_DELEGATED);
  g_autoptr(PtceCommune) none = ptce_geography_lookup_commune_of_kind (geo (), "26281",
                                                                     PTCE_COMMUNE_KIND_DELEGATED);
  g_autoptr(PtceCommune) ile = ptce_geography_lookup_commune (geo (), "93039");
  g_autoptr(PtceCommune) ajaccio = ptce_geography_lookup_commune (geo (), "2A004");
  PtceCommuneKind kind;

  g_assert_cmpint (ptce_commune_get_kind (arm), ==, PTCE_COMMUNE_KIND_MUNICIPAL_ARRONDISSEMENT);
  g_assert_cmpstr (ptce_commune_get_parent (arm), ==, "75056");
  g_assert_null (ptce_commune_get_epci (arm));
  g_assert_false (ptce_commune_is_current (arm));
  g_assert_cmpint (ptce_commune_get_kind (coma), ==, PTCE_COMMUNE_KIND_ASSOCIATED);
  g_assert_cmpstr (ptce_commune_get_parent (coma), ==, "01262");

  g_assert_cmpstr (ptce_commune_get_name (nouvelle), ==, "Arboys en Bugey");
  g_assert_true (ptce_commune_is_current (nouvelle));
  g_assert_cmpstr (ptce_commune_get_name (delegated), ==, "Arbignieu");
  g_assert_cmpstr (ptce_commune_get_parent (delegated), ==, "01015");
  g_object_get (delegated, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, PTCE_COMMUNE_KIND_DELEGATED);
  g_assert_null (none);

  g_assert_true (g_strv_contains (ptce_commune_get_former_codes (ile), "75039"));
  g_assert_true (g_strv_contains (ptce_commune_get_former_codes (ajaccio), "20004"));
}

static void
test_lookup_bad_input (void)
{
  static const char *bad[] = { "", "9", "99999", "2a004", "262810000", "\xff\xfe\xfd", "x\ty",
                               "26281 ", "00000" };
  g_autofree char *huge = g_strnfill (100000, '2');

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PtceCommune) c = ptce_geography_lookup_commune (geo (), bad[i]);
      g_autoptr(PtceCommune) s = ptce_geography_lookup_commune_by_siren (geo (), bad[i]);
      g_autoptr(GListModel) p = ptce_geography_list_communes_by_postal_code (geo (), bad[i]);
      g_autoptr(GListModel) q = ptce_geography_search_communes (geo (), bad[i], 5);

      g_assert_null (c);
      g_assert_null (s);
      g_assert_cmpuint (g_list_model_get_n_items (p), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (q), <=, 5);
    }
  g_assert_null (ptce_geography_lookup_commune (geo (), huge));
  g_assert_null (ptce_geography_lookup_epci (geo (), huge));
  g_assert_null (ptce_geography_lookup_departement (geo (), huge));
  g_assert_null (ptce_geography_lookup_commune_by_siren (geo (), "000000000"));
}

static void
test_siren (void)
{
  g_autoptr(PtceCommune) romans = ptce_geography_lookup_commune_by_siren (geo (), "212602817");
  g_autoptr(PtceCommune) paris = ptce_geography_lookup_commune_by_siren (geo (), "217500016");

  g_assert_cmpstr (ptce_commune_get_code (romans), ==, "26281");
  g_assert_cmpstr (ptce_commune_get_code (paris), ==, "75056");
  g_assert_null (ptce_geography_lookup_commune_by_siren (geo (), "200068781"));
}

/* Every SIREN of the data passes the check: a test of both. */
static void
test_all_sirens_valid (void)
{
  g_autoptr(GListModel) communes = ptce_geography_list_communes (geo ());
  g_autoptr(GListModel) epcis = ptce_geography_list_epcis (geo ());
  guint n_with_siren = 0;

  for (guint i = 0; i < g_list_model_get_n_items (communes); i++)
    {
      g_autoptr(PtceCommune) c = g_list_model_get_item (communes, i);
      g_autoptr(GError) error = NULL;
      const char *siren = ptce_commune_get_siren (c);

      if (siren == NULL)
        continue;
      n_with_siren++;
      ptce_identifier_check_siren (siren, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (n_with_siren, >, 34800);

  for (guint i = 0; i < g_list_model_get_n_items (epcis); i++)
    {
      g_autoptr(PtceEpci) e = g_list_model_get_item (epcis, i);
      g_autoptr(GError) error = NULL;

      ptce_identifier_check_siren (ptce_epci_get_siren (e), &error);
      g_assert_no_error (error);
    }
}

static void
test_postal_codes (void)
{
  g_autoptr(GListModel) romans = ptce_geography_list_communes_by_postal_code (geo (), "26100");
  g_autoptr(GListModel) paris1 = ptce_geography_list_communes_by_postal_code (geo (), "75001");
  g_autoptr(PtceCommune) first = NULL;
  gboolean seen_paris = FALSE, seen_arm = FALSE;

  g_assert_cmpuint (g_list_model_get_n_items (romans), ==, 1);
  first = g_list_model_get_item (romans, 0);
  g_assert_cmpstr (ptce_commune_get_code (first), ==, "26281");

  for (guint i = 0; i < g_list_model_get_n_items (paris1); i++)
    {
      g_autoptr(PtceCommune) c = g_list_model_get_item (paris1, i);

      seen_paris |= g_str_equal (ptce_commune_get_code (c), "75056");
      seen_arm |= g_str_equal (ptce_commune_get_code (c), "75101");
    }
  g_assert_true (seen_paris);
  g_assert_true (seen_arm);
}

static char **
search_codes (const char *query,
              guint       max)
{
  g_autoptr(GListModel) found = ptce_geography_search_communes (geo (), query, max);
  guint n = g_list_model_get_n_items (found);
  char **codes = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceCommune) c = g_list_model_get_item (found, i);
      codes[i] = g_strdup (ptce_commune_get_code (c));
    }
  return codes;
}

static void
test_search (void)
{
  g_auto(GStrv) a = search_codes ("saint denis", 0);
  g_auto(GStrv) b = search_codes ("ST-DENIS", 0);
  g_auto(GStrv) c = search_codes ("Saint-Dénis", 0);
  g_auto(GStrv) ile = search_codes ("ile saint denis", 10);
  g_auto(GStrv) ile2 = search_codes ("L'ÎLE-ST-DENIS", 10);
  g_auto(GStrv) arbignieu = search_codes ("arbignieu", 10);
  g_auto(GStrv) limited = search_codes ("saint", 7);
  g_auto(GStrv) none = search_codes ("zzzzqqq", 0);
  g_auto(GStrv) empty = search_codes (" - ", 0);

  /* The four Saint-Denis, the most populous first; the delegated
   * Saint-Denis that shares code and name with its commune nouvelle (93066)
   * is not listed twice. */
  g_assert_cmpstr (a[0], ==, "97411");
  g_assert_cmpstr (a[1], ==, "93066");
  g_assert_cmpstr (a[2], !=, "93066");
  g_assert_true (strv_contains (a, "11339"));
  g_assert_true (strv_contains (a, "30247"));
  /* Case, accents, hyphens and "St" do not matter. */
  g_assert_true (g_strv_equal ((const char * const *) a, (const char * const *) b));
  g_assert_true (g_strv_equal ((const char * const *) a, (const char * const *) c));
  g_assert_true (strv_contains (a, "93039"));  /* contains "st denis" */

  g_assert_cmpstr (ile[0], ==, "93039");
  g_assert_cmpstr (ile2[0], ==, "93039");
  g_assert_cmpstr (arbignieu[0], ==, "01015");
  g_assert_cmpuint (g_strv_length (limited), ==, 7);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (g_strv_length (empty), ==, 0);
}

static void
test_search_ligature (void)
{
  g_autoptr(GListModel) found = ptce_geography_search_communes (geo (), "oeuilly", 0);
  gboolean seen = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(PtceCommune) c = g_list_model_get_item (found, i);
      seen |= g_str_equal (ptce_commune_get_name (c), "Œuilly");
    }
  g_assert_true (seen);
}

static void
test_check_commune (void)
{
  static const struct { const char *code; gboolean ok; const char *says; } cases[] = {
    { "26281", TRUE, NULL },
    { "2A004", TRUE, NULL },
    { "97411", TRUE, NULL },
    { "99999", FALSE, "Unknown commune “99999” in 2026" },
    { "75039", FALSE, "obsolete in 2026: it is now 93039" },
    { "20004", FALSE, "it is now 2A004 Ajaccio" },
    { "01120", FALSE, "associated commune of 01262" },
    { "75101", FALSE, "municipal arrondissement of 75056 Paris" },
    { "2a004", FALSE, "capital" },
    { "123", FALSE, "length" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = ptce_geography_check_commune (geo (), cases[i].code, &error);

      g_test_message ("%s: %s", cases[i].code, error ? error->message : "ok");
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (!cases[i].ok)
        {
          g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER);
          g_assert_nonnull (strstr (error->message, cases[i].says));
        }
    }
}

static PtceTerritory *
territory (const char *vintage,
           const char *communes,
           const char *epcis,
           const char *departements,
           const char *regions)
{
  PtceTerritory *t = ptce_territory_new ("test");
  g_auto(GStrv) c = g_strsplit (communes, " ", -1);
  g_auto(GStrv) e = g_strsplit (epcis, " ", -1);
  g_auto(GStrv) d = g_strsplit (departements, " ", -1);
  g_auto(GStrv) r = g_strsplit (regions, " ", -1);

  ptce_territory_set_vintage (t, vintage);
  ptce_territory_set_communes (t, *communes ? (const char * const *) c : NULL);
  ptce_territory_set_epcis (t, *epcis ? (const char * const *) e : NULL);
  ptce_territory_set_departements (t, *departements ? (const char * const *) d : NULL);
  ptce_territory_set_regions (t, *regions ? (const char * const *) r : NULL);
  return t;
}

static void
test_resolve_mixed (void)
{
  g_autoptr(PtceTerritory) t = territory ("2026", "26281", "244000659", "2A", "04");
  g_autoptr(PtceResolvedTerritory) r = ptce_geography_resolve (geo (), t);
  g_autoptr(PtceEpci) seignanx = ptce_geography_lookup_epci (geo (), "244000659");
  g_autoptr(PtceDepartement) corse_du_sud = ptce_geography_lookup_departement (geo (), "2A");
  g_autoptr(PtceRegion) reunion = ptce_geography_lookup_region (geo (), "04");
  g_autoptr(PtceCommune) romans = ptce_geography_lookup_commune (geo (), "26281");
  g_auto(GStrv) epcis = ptce_resolved_territory_dup_epcis (r);
  g_auto(GStrv) deps = ptce_resolved_territory_dup_departements (r);
  g_auto(GStrv) regions = ptce_resolved_territory_dup_regions (r);
  g_auto(GStrv) codes = ptce_resolved_territory_dup_commune_codes (r);
  g_autoptr(GListModel) listed = ptce_resolved_territory_list_communes (r);
  const char * const expected_deps[] = { "26", "2A", "40", "974", NULL };
  const char * const expected_regions[] = { "04", "75", "84", "94", NULL };
  guint64 population = 0;

  g_assert_cmpuint (g_list_model_get_n_items (ptce_resolved_territory_get_problems (r)), ==, 0);
  g_assert_cmpstr (ptce_resolved_territory_get_vintage (r), ==, "2026");
  g_assert_cmpuint (ptce_resolved_territory_get_n_communes (r), ==,
                    1 + ptce_epci_get_n_members (seignanx) +
                    ptce_departement_get_n_communes (corse_du_sud) +
                    ptce_region_get_n_communes (reunion));
  /* The population is the sum over the parts, none counted twice. */
  {
    const char * const *members = ptce_epci_get_members (seignanx);
    guint64 expected = ptce_commune_get_population (romans) +
                       ptce_departement_get_population (corse_du_sud) +
                       ptce_region_get_population (reunion);

    for (guint i = 0; members[i] != NULL; i++)
      {
        g_autoptr(PtceCommune) m = ptce_geography_lookup_commune (geo (), members[i]);
        expected += ptce_commune_get_population (m);
      }
    g_assert_cmpuint (ptce_resolved_territory_get_population (r), ==, expected);
  }
  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(PtceCommune) c = g_list_model_get_item (listed, i);

      population += ptce_commune_get_population (c);
      g_assert_cmpstr (ptce_commune_get_code (c), ==, codes[i]);
    }
  g_assert_cmpuint (population, ==, ptce_resolved_territory_get_population (r));
  g_assert_cmpuint (g_strv_length (codes), ==, ptce_resolved_territory_get_n_communes (r));

  for (const char * const *c = (const char * const []) { "26281", "40312", "2A004", "97411", NULL }; *c; c++)
    {
      g_assert_true (ptce_resolved_territory_contains_commune (r, *c));
      g_assert_true (ptce_geography_territory_contains_commune (geo (), t, *c));
    }
  g_assert_false (ptce_resolved_territory_contains_commune (r, "93039"));
  g_assert_false (ptce_resolved_territory_contains_commune (r, "26362"));  /* Valence */
  g_assert_false (ptce_resolved_territory_contains_commune (r, "99999"));
  /* A former code stands for its commune now. */
  g_assert_true (ptce_resolved_territory_contains_commune (r, "20004"));

  g_assert_true (strv_contains (epcis, "200068781"));
  g_assert_true (strv_contains (epcis, "244000659"));
  g_assert_true (g_strv_equal ((const char * const *) deps, expected_deps));
  g_assert_true (g_strv_equal ((const char * const *) regions, expected_regions));
  g_assert_true (ptce_resolved_territory_covers_epci (r, "244000659"));
  g_assert_false (ptce_resolved_territory_covers_epci (r, "200068781"));
  g_assert_false (ptce_resolved_territory_covers_epci (r, "000000000"));
}

static void
test_resolve_no_double_count (void)
{
  g_autoptr(PtceTerritory) t = territory ("2026", "26281 26362", "200068781", "", "");
  g_autoptr(PtceResolvedTerritory) r = ptce_geography_resolve (geo (), t);
  g_autoptr(PtceTerritory) empty = territory ("2026", "", "", "", "");
  g_autoptr(PtceResolvedTerritory) nothing = ptce_geography_resolve (geo (), empty);
  g_auto(GStrv) epts = NULL;

  g_assert_cmpuint (ptce_resolved_territory_get_n_communes (r), ==, 54);
  g_assert_true (ptce_resolved_territory_covers_epci (r, "200068781"));
  epts = ptce_resolved_territory_dup_epts (r);
  g_assert_cmpuint (g_strv_length (epts), ==, 0);

  g_assert_true (ptce_resolved_territory_is_empty (nothing));
  g_assert_cmpuint (ptce_resolved_territory_get_population (nothing), ==, 0);
}

static void
test_resolve_ept (void)
{
  g_autoptr(PtceTerritory) t = territory ("2026", "", "200057867", "", "");
  g_autoptr(PtceResolvedTerritory) r = ptce_geography_resolve (geo (), t);
  g_auto(GStrv) epts = ptce_resolved_territory_dup_epts (r);
  g_auto(GStrv) epcis = ptce_resolved_territory_dup_epcis (r);
  const char * const mgp[] = { "200054781", NULL };

  g_assert_cmpuint (ptce_resolved_territory_get_n_communes (r), ==, 8);
  g_assert_true (ptce_resolved_territory_contains_commune (r, "93039"));
  g_assert_true (strv_contains (epts, "200057867"));
  g_assert_true (g_strv_equal ((const char * const *) epcis, mgp));
}

typedef struct {
  PtceTerritoryScale scale;
  const char        *communes;
  const char        *epcis;
  const char        *departements;
  const char        *regions;
  const char        *context;     /* space-separated, expected */
  const char        *departement; /* … or the whole of it is expected */
  guint              n_communes;  /* … or this number, when not 0 */
} ContextCase;

/* Coarser codes that contain a finer code of the territory say where it
 * lies; they do not extend it, unless the scale says the pole acts at
 * their level. */
static void
test_resolve_context (void)
{
  static const ContextCase cases[] = {
    /* Le PHARES: a commune, with its EPT, département and région. */
    { PTCE_TERRITORY_SCALE_COMMUNE, "93039", "200057867", "93", "11",
      "200057867 93 11", NULL, 1 },
    /* PTCE Sud Aquitaine: the CC du Seignanx, seat Tarnos. */
    { PTCE_TERRITORY_SCALE_INTERCOMMUNAL, "40312", "244000659", "40", "75",
      "40 75", NULL, 8 },
    { PTCE_TERRITORY_SCALE_UNKNOWN, "26281", "", "26", "", "26", NULL, 1 },
    { PTCE_TERRITORY_SCALE_UNKNOWN, "26281", "200068781", "", "", "", NULL, 54 },
    { PTCE_TERRITORY_SCALE_UNKNOWN, "", "", "26", "84", "84", "26", 0 },
    { PTCE_TERRITORY_SCALE_DEPARTEMENT, "26281", "", "26", "84", "84", "26", 0 },
    { PTCE_TERRITORY_SCALE_REGIONAL, "", "", "26", "84", "", NULL, 4025 },
    /* A département that holds none of the communes extends the territory. */
    { PTCE_TERRITORY_SCALE_COMMUNE, "26281", "", "2A", "", "", NULL, 125 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const ContextCase *x = &cases[i];
      g_autoptr(PtceTerritory) t = territory ("2026", x->communes, x->epcis, x->departements, x->regions);
      g_autoptr(PtceResolvedTerritory) r = NULL;
      g_auto(GStrv) context = NULL;
      g_auto(GStrv) expected = g_strsplit (x->context, " ", -1);

      g_test_message ("case %" G_GSIZE_FORMAT, i);
      ptce_territory_set_scale (t, x->scale);
      r = ptce_geography_resolve (geo (), t);
      context = ptce_resolved_territory_dup_context_codes (r);
      if (*x->context == '\0')
        g_assert_cmpuint (g_strv_length (context), ==, 0);
      else
        g_assert_true (g_strv_equal ((const char * const *) context, (const char * const *) expected));
      if (x->departement != NULL)
        {
          g_autoptr(PtceDepartement) d = ptce_geography_lookup_departement (geo (), x->departement);
          g_assert_cmpuint (ptce_resolved_territory_get_n_communes (r), ==, ptce_departement_get_n_communes (d));
        }
      else
        g_assert_cmpuint (ptce_resolved_territory_get_n_communes (r), ==, x->n_communes);
      g_assert_cmpuint (g_list_model_get_n_items (ptce_resolved_territory_get_problems (r)), ==, 0);
    }
}

typedef struct {
  const char              *vintage;
  const char              *communes;
  const char              *epcis;
  const char              *departements;
  const char              *regions;
  PtceGeographyProblemKind kind;
  PtceGeographyLevel       level;
  const char              *code;
  const char              *replacement;
  const char              *says;
  guint                    n_communes;
} ProblemCase;

static void
test_resolve_problems (void)
{
  static const ProblemCase cases[] = {
    { "2024", "26281", "", "", "", PTCE_GEOGRAPHY_PROBLEM_VINTAGE_MISMATCH, PTCE_GEOGRAPHY_LEVEL_VINTAGE,
      "2024", NULL, "written in the 2024 geographic code", 1 },
    { "2026", "99999", "", "", "", PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE, PTCE_GEOGRAPHY_LEVEL_COMMUNE,
      "99999", NULL, "Unknown commune “99999” in 2026", 0 },
    { "2026", "75039", "", "", "", PTCE_GEOGRAPHY_PROBLEM_OBSOLETE_CODE, PTCE_GEOGRAPHY_LEVEL_COMMUNE,
      "75039", "93039", "it is now 93039 L'Île-Saint-Denis", 1 },
    { "2026", "01120", "", "", "", PTCE_GEOGRAPHY_PROBLEM_NOT_A_COMMUNE, PTCE_GEOGRAPHY_LEVEL_COMMUNE,
      "01120", "01262", "associated commune", 1 },
    { "2026", "28025", "", "", "", PTCE_GEOGRAPHY_PROBLEM_NOT_A_COMMUNE, PTCE_GEOGRAPHY_LEVEL_COMMUNE,
      "28025", "28319", "“28025” (Barmainville) is a delegated commune of 28319 Neuville Saint Denis", 1 },
    { "2026", "75056 75101", "", "", "", PTCE_GEOGRAPHY_PROBLEM_NOT_A_COMMUNE, PTCE_GEOGRAPHY_LEVEL_COMMUNE,
      "75101", "75056", "municipal arrondissement", 1 },
    { "2026", "2a004", "", "", "", PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE, PTCE_GEOGRAPHY_LEVEL_COMMUNE,
      "2a004", NULL, "capital", 0 },
    { "2026", "", "123", "", "", PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE, PTCE_GEOGRAPHY_LEVEL_EPCI,
      "123", NULL, "length", 0 },
    { "2026", "", "200068782", "", "", PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE, PTCE_GEOGRAPHY_LEVEL_EPCI,
      "200068782", NULL, "check digit", 0 },
    { "2026", "", "212602817", "", "", PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE, PTCE_GEOGRAPHY_LEVEL_EPCI,
      "212602817", NULL, "SIREN of commune 26281 Romans-sur-Isère", 0 },
    { "2026", "", "732829320", "", "", PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE, PTCE_GEOGRAPHY_LEVEL_EPCI,
      "732829320", NULL, "Unknown EPCI “732829320” in 2026", 0 },
    { "2026", "", "", "96", "", PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE, PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT,
      "96", NULL, "Unknown département “96” in 2026", 0 },
    { "2026", "", "", "20", "", PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE, PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT,
      "20", NULL, "2A", 0 },
    { "2026", "", "", "", "99", PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE, PTCE_GEOGRAPHY_LEVEL_REGION,
      "99", NULL, "Unknown région “99” in 2026", 0 },
    { "2026", "", "", "", "A1", PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE, PTCE_GEOGRAPHY_LEVEL_REGION,
      "A1", NULL, "2 digits", 0 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const ProblemCase *x = &cases[i];
      g_autoptr(PtceTerritory) t = territory (x->vintage, x->communes, x->epcis, x->departements, x->regions);
      g_autoptr(PtceResolvedTerritory) r = ptce_geography_resolve (geo (), t);
      GListModel *problems = ptce_resolved_territory_get_problems (r);
      g_autoptr(PtceGeographyProblem) p = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
      p = g_list_model_get_item (problems, 0);
      g_test_message ("%s", ptce_geography_problem_get_message (p));
      g_assert_cmpint (ptce_geography_problem_get_kind (p), ==, x->kind);
      g_assert_cmpint (ptce_geography_problem_get_level (p), ==, x->level);
      g_assert_cmpstr (ptce_geography_problem_get_code (p), ==, x->code);
      g_assert_cmpstr (ptce_geography_problem_get_vintage (p), ==, "2026");
      g_assert_cmpstr (ptce_geography_problem_get_replacement (p), ==, x->replacement);
      if (x->says != NULL)
        g_assert_nonnull (strstr (ptce_geography_problem_get_message (p), x->says));
      g_assert_cmpuint (ptce_resolved_territory_get_n_communes (r), ==, x->n_communes);
      if (x->replacement != NULL && x->level == PTCE_GEOGRAPHY_LEVEL_COMMUNE)
        g_assert_true (ptce_resolved_territory_contains_commune (r, x->replacement));

      error = ptce_geography_problem_to_error (p);
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER);
      g_assert_cmpstr (error->message, ==, ptce_geography_problem_get_message (p));
    }
}

static void
test_overlap (void)
{
  g_autoptr(PtceTerritory) agglo = territory ("2026", "", "200068781", "", "");
  g_autoptr(PtceTerritory) drome = territory ("2026", "", "", "26", "");
  g_autoptr(PtceTerritory) landes = territory ("2026", "", "", "40", "");
  g_autoptr(PtceTerritory) romans = territory ("2026", "26281 40312", "", "", "");
  g_autoptr(PtceTerritory) old = territory ("2024", "99999", "", "", "");
  g_autoptr(PtceResolvedTerritory) a = ptce_geography_overlap (geo (), agglo, drome);
  g_autoptr(PtceResolvedTerritory) b = ptce_geography_overlap (geo (), agglo, landes);
  g_autoptr(PtceResolvedTerritory) c = ptce_geography_overlap (geo (), romans, agglo);
  g_autoptr(PtceResolvedTerritory) d = ptce_geography_overlap (geo (), romans, landes);
  g_autoptr(PtceResolvedTerritory) e = ptce_geography_overlap (geo (), old, drome);
  g_auto(GStrv) c_codes = ptce_resolved_territory_dup_commune_codes (c);
  g_auto(GStrv) d_codes = ptce_resolved_territory_dup_commune_codes (d);
  const char * const just_romans[] = { "26281", NULL };
  const char * const just_tarnos[] = { "40312", NULL };

  g_assert_cmpuint (ptce_resolved_territory_get_n_communes (a), ==, 54);
  g_assert_true (ptce_resolved_territory_is_empty (b));
  g_assert_true (g_strv_equal ((const char * const *) c_codes, just_romans));
  g_assert_true (g_strv_equal ((const char * const *) d_codes, just_tarnos));
  /* The problems of both sides are kept. */
  g_assert_cmpuint (g_list_model_get_n_items (ptce_resolved_territory_get_problems (e)), ==, 2);
  g_assert_true (ptce_resolved_territory_is_empty (e));
}

static void
test_actor_territory (void)
{
  static const struct {
    const char *siren;
    const char *category;
    const char *seat;
    const char *name;
    const char *commune;
    const char *epci;
    const char *departement;
    const char *region;
  } cases[] = {
    { "212602817", "7210", NULL, "Romans-sur-Isère", "26281", NULL, NULL, NULL },
    { "200068781", "7348", NULL, "CA Valence Romans Agglo", NULL, "200068781", NULL, NULL },
    { "200057867", NULL, NULL, "Plaine Commune", NULL, "200057867", NULL, NULL },
    { NULL, "7220", "26362", "Drôme", NULL, NULL, "26", NULL },
    { NULL, "7230", "26281", "Auvergne-Rhône-Alpes", NULL, NULL, NULL, "84" },
    { NULL, "7220", "75039", "Seine-Saint-Denis", NULL, NULL, "93", NULL },  /* a former code */
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PtceActor) actor = ptce_actor_new ("a", "an actor");
      g_autoptr(PtceTerritory) t = NULL;
      const char * const *codes;

      ptce_actor_set_siren (actor, cases[i].siren);
      ptce_actor_set_legal_category (actor, cases[i].category);
      ptce_actor_set_seat_commune (actor, cases[i].seat);
      t = ptce_geography_dup_actor_territory (geo (), actor);
      g_assert_nonnull (t);
      g_assert_cmpstr (ptce_territory_get_name (t), ==, cases[i].name);
      g_assert_cmpstr (ptce_territory_get_vintage (t), ==, "2026");
      codes = ptce_territory_get_communes (t);
      g_assert_cmpstr (codes ? codes[0] : NULL, ==, cases[i].commune);
      codes = ptce_territory_get_epcis (t);
      g_assert_cmpstr (codes ? codes[0] : NULL, ==, cases[i].epci);
      codes = ptce_territory_get_departements (t);
      g_assert_cmpstr (codes ? codes[0] : NULL, ==, cases[i].departement);
      codes = ptce_territory_get_regions (t);
      g_assert_cmpstr (codes ? codes[0] : NULL, ==, cases[i].region);
    }

  {
    g_autoptr(PtceActor) company = ptce_actor_new ("b", "L'Oréal");

    ptce_actor_set_siren (company, "732829320");
    ptce_actor_set_legal_category (company, "5599");
    ptce_actor_set_seat_commune (company, "92026");
    g_assert_null (ptce_geography_dup_actor_territory (geo (), company));
  }
}

static char *
test_data (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "reference", name, NULL);
}

static void
test_from_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = test_data ("cog-2099.tsv");
  g_autoptr(PtceGeography) g = ptce_geography_new_from_file (path, &error);
  g_autoptr(PtceCommune) merged = NULL;
  g_autoptr(PtceCommune) hameau = NULL;
  g_autoptr(PtceEpci) e = NULL;
  g_autoptr(PtceTerritory) t = territory ("2026", "99002 98001", "", "", "");
  g_autoptr(PtceResolvedTerritory) r = NULL;
  g_autoptr(GListModel) found = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (ptce_geography_get_vintage (g), ==, "2099");
  g_assert_cmpuint (ptce_geography_get_n_communes (g), ==, 3);
  merged = ptce_geography_lookup_commune (g, "99001");
  g_assert_cmpstr (ptce_commune_get_name (merged), ==, "Ville-Nouvelle");
  g_assert_cmpstr (ptce_commune_get_vintage (merged), ==, "2099");
  g_assert_cmpstr (ptce_commune_get_siren (merged), ==, "212602817");
  hameau = ptce_geography_lookup_commune (g, "99002");
  g_assert_cmpint (ptce_commune_get_kind (hameau), ==, PTCE_COMMUNE_KIND_DELEGATED);
  e = ptce_geography_lookup_epci (g, "200068781");
  g_assert_cmpstr (ptce_epci_get_name (e), ==, "Agglomération d'Essai");
  g_assert_cmpuint (ptce_epci_get_n_members (e), ==, 2);
  g_assert_cmpstr (ptce_epci_get_vintage (e), ==, "2099");

  /* A territory written in 2026 resolves against 2099, and says so. */
  r = ptce_geography_resolve (g, t);
  g_assert_cmpuint (ptce_resolved_territory_get_n_communes (r), ==, 2);
  g_assert_cmpuint (ptce_resolved_territory_get_population (r), ==, 1050);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_resolved_territory_get_problems (r)), ==, 2);

  found = ptce_geography_search_communes (g, "st essai", 0);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&g));
  /* What the geography gave stays valid once it is gone. */
  g_assert_cmpstr (ptce_commune_get_name (merged), ==, "Ville-Nouvelle");
}

static void
test_from_file_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceGeography) g = ptce_geography_new_from_file ("/nonexistent/cog.tsv", &error);

  g_assert_null (g);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO);
}

typedef struct {
  const char *text;
  gint        code;
  const char *says;
} BadFile;

#define HEAD "ptce-geography\t1\nvintage\t2099\n"
#define HEAD11 "ptce-geography\t1.1\nvintage\t2099\n"
#define R99 "R\t99\tR\t\tmetro\n"
#define D99 "D\t99\tD\t99\t\tmetro\n"
#define C1 "C\t99001\tCOM\tA\t99\t99\tmetro\t\t\t1\t\t\t\t\n"

static void
test_bad_text (void)
{
  static const BadFile cases[] = {
    { "", PTCE_ERROR_INVALID_REFERENCE_DATA, "empty" },
    { "hello\n", PTCE_ERROR_INVALID_REFERENCE_DATA, ":1:" },
    { "ptce-geography\t2\n", PTCE_ERROR_UNSUPPORTED_VERSION, "version “2”" },
    { "ptce-geography\t1\n" R99 D99 C1, PTCE_ERROR_INVALID_REFERENCE_DATA, "vintage" },
    { HEAD R99 D99, PTCE_ERROR_INVALID_REFERENCE_DATA, "no commune" },
    { HEAD R99 D99 "C\t99001\tCOM\tA\n", PTCE_ERROR_INVALID_REFERENCE_DATA, ":5: a “C” record has 4 fields" },
    { HEAD R99 D99 "C\t9900X\tCOM\tA\t99\t99\tmetro\t\t\t1\t\t\t\t\n", PTCE_ERROR_INVALID_REFERENCE_DATA, ":5: code" },
    { HEAD R99 D99 "C\t99001\tXXX\tA\t99\t99\tmetro\t\t\t1\t\t\t\t\n", PTCE_ERROR_INVALID_REFERENCE_DATA, "kind “XXX”" },
    { HEAD R99 D99 "C\t99001\tCOM\tA\t98\t99\tmetro\t\t\t1\t\t\t\t\n", PTCE_ERROR_INVALID_REFERENCE_DATA, "département “98”" },
    { HEAD R99 D99 "C\t99001\tCOM\tA\t99\t99\tmars\t\t\t1\t\t\t\t\n", PTCE_ERROR_INVALID_REFERENCE_DATA, "zone “mars”" },
    { HEAD R99 D99 "C\t99001\tCOM\tA\t99\t99\tmetro\t\t\t-1\t\t\t\t\n", PTCE_ERROR_INVALID_REFERENCE_DATA, "population" },
    { HEAD R99 D99 "C\t99001\tCOM\tA\t99\t99\tmetro\t200068781\t\t1\t\t\t\t\n", PTCE_ERROR_INVALID_REFERENCE_DATA, "EPCI “200068781”" },
    { HEAD R99 D99 "C\t99001\tCOMD\tA\t99\t99\tmetro\t\t\t1\t\t\t\t\n", PTCE_ERROR_INVALID_REFERENCE_DATA, "parent" },
    { HEAD R99 D99 C1 "C\t99002\tCOMD\tB\t99\t99\tmetro\t\t\t\t\t\t99003\t\n", PTCE_ERROR_INVALID_REFERENCE_DATA, "“99003”" },
    { HEAD R99 D99 C1 C1, PTCE_ERROR_INVALID_REFERENCE_DATA, "twice" },
    { HEAD R99 D99 "C\t99001\tCOM\tA\t99\t99\tmetro\t\t\t1\t\t9910\t\t\n", PTCE_ERROR_INVALID_REFERENCE_DATA, "postal codes: “9910”" },
    { HEAD R99 D99 "C\t99001\tCOM\tA\t99\t99\tmetro\t\t\t1\t12345678\t\t\t\n", PTCE_ERROR_INVALID_REFERENCE_DATA, "SIREN" },
    { HEAD R99 "D\t99\tD\t98\t\tmetro\n" C1, PTCE_ERROR_INVALID_REFERENCE_DATA, "région “98”" },
    { HEAD R99 D99 "E\t2000\tCC\tX\tFPU\t1\t1\n" C1, PTCE_ERROR_INVALID_REFERENCE_DATA, "9 digits" },
    { HEAD R99 D99 "E\t200068781\tXX\tX\tFPU\t1\t1\n" C1, PTCE_ERROR_INVALID_REFERENCE_DATA, "EPCI kind" },
    { HEAD R99 D99 "E\t200057867\tEPT\tX\t\t1\t1\nC\t99001\tCOM\tA\t99\t99\tmetro\t200057867\t\t1\t\t\t\t\n",
      PTCE_ERROR_INVALID_REFERENCE_DATA, "is an EPT" },
    { HEAD R99 D99 "Z\tx\n" C1, PTCE_ERROR_INVALID_REFERENCE_DATA, "record type “Z”" },
    { HEAD "a\tb\tc\n", PTCE_ERROR_INVALID_REFERENCE_DATA, ":3:" },
    { HEAD R99 D99 "C\t99001\tCOM\t\xff\t99\t99\tmetro\t\t\t1\t\t\t\t\n", PTCE_ERROR_INVALID_REFERENCE_DATA, "UTF-8" },
    /* Format 1.1 ends with the number of records. */
    { HEAD11 R99 D99 C1, PTCE_ERROR_INVALID_REFERENCE_DATA, "ends before its “end” line: it was cut" },
    { HEAD11 R99 D99 C1 "end\t4\n", PTCE_ERROR_INVALID_REFERENCE_DATA, ":6: the “end” line counts 4 records, but the file has 3" },
    { HEAD11 R99 D99 C1 "end\tthree\n", PTCE_ERROR_INVALID_REFERENCE_DATA, "number of records" },
    { HEAD11 R99 D99 "end\t2\n" C1, PTCE_ERROR_INVALID_REFERENCE_DATA, ":6: there is more after the “end” line of line 5" },
    { "ptce-geography\t3\n", PTCE_ERROR_UNSUPPORTED_VERSION, "(1 and 1.1 are)" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceGeography) g = ptce_geography_new_from_bytes (bytes, &error);

      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, error ? error->message : "(loaded)");
      g_assert_null (g);
      g_assert_error (error, PTCE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }

  {
    const char *good = HEAD11 R99 D99 C1 "end\t3\n# a comment after the end\n\n";
    g_autoptr(GBytes) bytes = g_bytes_new_static (good, strlen (good));
    g_autoptr(GError) error = NULL;
    g_autoptr(PtceGeography) g = ptce_geography_new_from_bytes (bytes, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (ptce_geography_get_n_communes (g), ==, 1);
  }
  {
    const char *good = HEAD R99 D99 C1;
    g_autoptr(GBytes) bytes = g_bytes_new_static (good, strlen (good));
    g_autoptr(GError) error = NULL;
    g_autoptr(PtceGeography) g = ptce_geography_new_from_bytes (bytes, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (ptce_geography_get_n_communes (g), ==, 1);
  }
}

/* The committed vintage, cut anywhere, is refused: a cut file cannot pass
 * for a whole one (format 1.1). */
static void
test_cut_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "geography", "cog-2026.tsv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  GRand *rand = g_rand_new_with_seed (1976);

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "ptce-geography\t1.1\n"));
  for (guint round = 0; round < 12; round++)
    {
      /* Cuts at line ends too, where nothing else would show. */
      gsize cut = (gsize) g_rand_int_range (rand, 1, (gint32) length - 1);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PtceGeography) g = NULL;

      if (round % 2 == 0)
        {
          const char *nl = strchr (text + cut, '\n');
          cut = nl != NULL && (gsize) (nl + 1 - text) < length - 1 ? (gsize) (nl + 1 - text) : cut;
        }
      bytes = g_bytes_new_static (text, cut);
      g = ptce_geography_new_from_bytes (bytes, &error);
      g_test_message ("cut at %" G_GSIZE_FORMAT ": %s", cut, error != NULL ? error->message : "loaded");
      g_assert_null (g);
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_REFERENCE_DATA);
      g_clear_error (&error);
    }
  g_rand_free (rand);
}

/* Damage the compiled blob byte by byte: each load either fails with an
 * error, or gives a geography that answers without crashing. */
static void
test_bad_blob (void)
{
  g_autoptr(GBytes) blob = g_resources_lookup_data ("/org/libptce/reference/geography.ptcegeo",
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  gsize size;
  const guint8 *data = g_bytes_get_data (blob, &size);
  g_autofree guint8 *copy = g_memdup2 (data, size);
  guint n_rejected = 0, n_loaded = 0;
  GRand *rand = g_rand_new_with_seed (2026);

  for (guint round = 0; round < 400; round++)
    {
      /* The header and section table first, then anywhere. */
      gsize at = round < 200 ? round : (gsize) g_rand_int_range (rand, 0, (gint32) size);
      guint8 saved = copy[at];
      g_autoptr(GBytes) damaged = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceGeography) g = NULL;

      copy[at] ^= (guint8) g_rand_int_range (rand, 1, 256);
      damaged = g_bytes_new_static (copy, size);
      g = ptce_geography_new_from_bytes (damaged, &error);
      if (g == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == PTCE_ERROR);
          n_rejected++;
        }
      else
        {
          g_autoptr(PtceCommune) c = ptce_geography_lookup_commune (g, "26281");
          g_autoptr(GListModel) s = ptce_geography_search_communes (g, "saint", 3);
          g_autoptr(PtceTerritory) t = territory ("2026", "26281", "200068781", "26", "84");
          g_autoptr(PtceResolvedTerritory) r = ptce_geography_resolve (g, t);

          g_assert_no_error (error);
          if (c != NULL)
            g_assert_nonnull (ptce_commune_get_name (c));
          g_assert_cmpuint (g_list_model_get_n_items (s), <=, 3);
          g_assert_nonnull (r);
          n_loaded++;
        }
      copy[at] = saved;
    }
  g_rand_free (rand);
  g_test_message ("%u damaged blobs rejected, %u loaded", n_rejected, n_loaded);
  g_assert_cmpuint (n_rejected, >, 100);

  /* Truncated. */
  {
    g_autoptr(GBytes) cut = g_bytes_new_static (copy, size / 2);
    g_autoptr(GError) error = NULL;
    g_autoptr(PtceGeography) g = ptce_geography_new_from_bytes (cut, &error);

    g_assert_null (g);
    g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_REFERENCE_DATA);
  }
  /* Misaligned: the loader copies rather than reading unaligned records. */
  {
    g_autofree guint8 *shifted = g_malloc (size + 1);
    g_autoptr(GBytes) odd = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(PtceGeography) g = NULL;
    g_autoptr(PtceCommune) c = NULL;

    memcpy (shifted + 1, data, size);
    odd = g_bytes_new_static (shifted + 1, size);
    g = ptce_geography_new_from_bytes (odd, &error);
    g_assert_no_error (error);
    c = ptce_geography_lookup_commune (g, "2A004");
    g_assert_cmpstr (ptce_commune_get_name (c), ==, "Ajaccio");
  }
}

static void
test_properties (void)
{
  g_autoptr(PtceCommune) c = ptce_geography_lookup_commune (geo (), "93039");
  g_autofree char *name = NULL, *ept = NULL, *vintage = NULL;
  g_auto(GStrv) postal = NULL;
  guint population = 0;

  g_object_get (c, "name", &name, "ept", &ept, "population", &population,
                "postal-codes", &postal, NULL);
  g_assert_cmpstr (name, ==, "L'Île-Saint-Denis");
  g_assert_cmpstr (ept, ==, "200057867");
  g_assert_cmpuint (population, ==, ptce_commune_get_population (c));
  g_assert_cmpstr (postal[0], ==, "93450");
  g_object_get (geo (), "vintage", &vintage, NULL);
  g_assert_cmpstr (vintage, ==, "2026");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Geography/default", test_default);
  g_test_add_func ("/Ptce/Geography/embedded-valid", test_embedded_valid);
  g_test_add_func ("/Ptce/Geography/examples", test_examples);
  g_test_add_func ("/Ptce/Geography/epci", test_epci);
  g_test_add_func ("/Ptce/Geography/departement-region", test_departement_region);
  g_test_add_func ("/Ptce/Geography/kinds", test_kinds);
  g_test_add_func ("/Ptce/Geography/lookup-bad-input", test_lookup_bad_input);
  g_test_add_func ("/Ptce/Geography/siren", test_siren);
  g_test_add_func ("/Ptce/Geography/all-sirens-valid", test_all_sirens_valid);
  g_test_add_func ("/Ptce/Geography/postal-codes", test_postal_codes);
  g_test_add_func ("/Ptce/Geography/search", test_search);
  g_test_add_func ("/Ptce/Geography/search-ligature", test_search_ligature);
  g_test_add_func ("/Ptce/Geography/check-commune", test_check_commune);
  g_test_add_func ("/Ptce/Geography/resolve-mixed", test_resolve_mixed);
  g_test_add_func ("/Ptce/Geography/resolve-no-double-count", test_resolve_no_double_count);
  g_test_add_func ("/Ptce/Geography/resolve-ept", test_resolve_ept);
  g_test_add_func ("/Ptce/Geography/resolve-context", test_resolve_context);
  g_test_add_func ("/Ptce/Geography/resolve-problems", test_resolve_problems);
  g_test_add_func ("/Ptce/Geography/overlap", test_overlap);
  g_test_add_func ("/Ptce/Geography/actor-territory", test_actor_territory);
  g_test_add_func ("/Ptce/Geography/from-file", test_from_file);
  g_test_add_func ("/Ptce/Geography/from-file-missing", test_from_file_missing);
  g_test_add_func ("/Ptce/Geography/bad-text", test_bad_text);
  g_test_add_func ("/Ptce/Geography/cut-text", test_cut_text);
  g_test_add_func ("/Ptce/Geography/bad-blob", test_bad_blob);
  g_test_add_func ("/Ptce/Geography/properties", test_properties);

  return g_test_run ();
}
