/* test-observatory.c: indicators, totals, roll-ups, coverage, time series
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * On tests/data/analysis/observatory.json: two poles share the member
 * a-assoc and the commune 63075 (Chamalières). Every expected figure is
 * computed by hand (docs/indicators.md, "Worked example"); populations come
 * from the embedded geography. */
#include <math.h>
#include <libptce/libptce.h>

static PtceDataset *
load_fixture (void)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "analysis",
                                                 "observatory.json", NULL);
  PtceDataset *dataset = ptce_json_reader_load_file (reader, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static PtceDate *
date_of (const char *iso)
{
  g_autoptr(GError) error = NULL;
  PtceDate *date = ptce_date_new_from_iso8601 (iso, &error);

  g_assert_no_error (error);
  return date;
}

/* The indicator @id (with @category, or "") of @list, or NULL. */
static PtceIndicator *
find (GListModel *list,
      const char *id,
      const char *category)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PtceIndicator) indicator = g_list_model_get_item (list, i);

      if (g_str_equal (ptce_indicator_get_id (indicator), id) &&
          g_str_equal (ptce_indicator_get_category (indicator), category))
        return indicator;
    }
  return NULL;
}

static double
value_of (GListModel *list,
          const char *id,
          const char *category)
{
  PtceIndicator *indicator = find (list, id, category);

  if (indicator == NULL)
    g_error ("no indicator %s/%s", id, category);
  g_assert_true (ptce_indicator_get_has_value (indicator));
  return ptce_indicator_get_value (indicator);
}

static gboolean
has_value (GListModel *list,
           const char *id)
{
  PtceIndicator *indicator = find (list, id, "");

  g_assert_nonnull (indicator);
  return ptce_indicator_get_has_value (indicator);
}

static guint64
population_of (const char *code)
{
  g_autoptr(PtceCommune) commune = ptce_geography_lookup_commune (ptce_geography_get_default (),
                                                                  code);

  g_assert_nonnull (commune);
  return ptce_commune_get_population (commune);
}

static void
test_pole (void)
{
  g_autoptr(PtceDataset) dataset = load_fixture ();
  g_autoptr(PtceObservatory) observatory = ptce_observatory_new (dataset);
  g_autoptr(PtceDate) year = date_of ("2022");
  g_autoptr(GListModel) p1 = ptce_observatory_compute_pole (observatory,
                                                             ptce_dataset_lookup_pole (dataset, "p1"),
                                                             year);
  g_autoptr(GListModel) p2 = ptce_observatory_compute_pole (observatory,
                                                             ptce_dataset_lookup_pole (dataset, "p2"),
                                                             year);
  PtceIndicator *jobs;
  PtceIndicator *share;

  /* p1: a-assoc (ESS) and a-pme (not ESS) join; a-ville is in link. */
  g_assert_cmpfloat (value_of (p1, "members_total", ""), ==, 2);
  g_assert_cmpfloat (value_of (p1, "members_by_kind", "enterprise"), ==, 2);
  g_assert_cmpfloat (value_of (p1, "members_by_kind", "local-authority"), ==, 0);
  g_assert_cmpfloat (value_of (p1, "members_by_ess_family", "association"), ==, 1);
  g_assert_cmpfloat (value_of (p1, "ess_share", ""), ==, 0.5);
  g_assert_cmpfloat (value_of (p1, "non_ess_enterprise_count", ""), ==, 1);
  g_assert_cmpfloat (value_of (p1, "links_total", ""), ==, 1);
  g_assert_cmpfloat (value_of (p1, "public_partner_count", ""), ==, 1);
  /* ESS enterprise, other enterprise, local authority */
  g_assert_cmpfloat (value_of (p1, "art9_coverage", ""), ==, 3);
  /* Both members are seated in Clermont-Ferrand and Chamalières. */
  g_assert_cmpfloat (value_of (p1, "territorial_anchoring", ""), ==, 1);
  g_assert_cmpfloat (value_of (p1, "cooperations_by_mode", "mutualisation"), ==, 1);
  g_assert_cmpfloat (value_of (p1, "cooperations_by_object", "shared-premises"), ==, 1);
  g_assert_cmpfloat (value_of (p1, "fundings_total", ""), ==, 100000);
  g_assert_cmpfloat (value_of (p1, "funding_by_call", "AAP-2015"), ==, 100000);
  /* Founded on 2015-01-01, seen on 2022-12-31: 7 whole years. */
  g_assert_cmpfloat (value_of (p1, "age_years", ""), ==, 7);
  g_assert_nonnull (find (p1, "stage", "consolidation"));
  g_assert_nonnull (find (p1, "territory_scale", "intercommunal"));
  g_assert_cmpfloat (value_of (p1, "budget", ""), ==, 200000);
  g_assert_cmpfloat (value_of (p1, "public_subsidy_share", ""), ==, 0.4);
  /* a-assoc 3 + a-pme 2 */
  g_assert_cmpfloat (value_of (p1, "fte_members", ""), ==, 5);
  g_assert_false (has_value (p1, "consolidated_turnover"));

  /* Two sources for p1's jobs in 2022: both kept, the latest picked. */
  jobs = find (p1, "jobs_direct", "");
  g_assert_cmpfloat (ptce_indicator_get_value (jobs), ==, 14);
  g_assert_true (ptce_indicator_get_disagreement (jobs));
  g_assert_true (ptce_indicator_get_additive (jobs));
  g_assert_cmpuint (g_list_model_get_n_items (ptce_indicator_get_observations (jobs)), ==, 2);
  g_assert_cmpstr (ptce_indicator_get_sources (jobs)[0], ==, "Source A");
  g_assert_cmpstr (ptce_indicator_get_sources (jobs)[1], ==, "Source B");
  g_assert_null (ptce_indicator_get_sources (jobs)[2]);
  g_assert_cmpstr (ptce_indicator_get_label_fr (jobs), ==, "Emplois directs");

  /* p2: nobody seated on its territory; its one funding has no amount. */
  g_assert_cmpfloat (value_of (p2, "members_total", ""), ==, 2);
  g_assert_cmpfloat (value_of (p2, "territorial_anchoring", ""), ==, 0);
  g_assert_false (has_value (p2, "fundings_total"));
  g_assert_cmpfloat (value_of (p2, "fte_members", ""), ==, 4);
  share = find (p2, "ess_share", "");
  g_assert_false (ptce_indicator_get_additive (share));
  g_assert_cmpstr (ptce_indicator_get_unit (share), ==, "share");
}

static void
test_totals_count_shared_member_once (void)
{
  g_autoptr(PtceDataset) dataset = load_fixture ();
  g_autoptr(PtceObservatory) observatory = ptce_observatory_new (dataset);
  g_autoptr(PtceDate) year = date_of ("2022");
  g_autoptr(GListModel) totals = ptce_observatory_compute_totals (observatory, NULL, year);
  g_autoptr(PtceDate) early = date_of ("2017-06-30");
  g_autoptr(GListModel) before = ptce_observatory_compute_totals (observatory, NULL, early);

  g_assert_cmpfloat (value_of (totals, "poles_total", ""), ==, 2);
  /* 2 + 2 per pole, but a-assoc is in both: 3 */
  g_assert_cmpfloat (value_of (totals, "members_total", ""), ==, 3);
  g_assert_cmpfloat (value_of (totals, "ess_members", ""), ==, 1);
  g_assert_cmpfloat (value_of (totals, "ess_share", ""), ==, 1.0 / 3);
  g_assert_cmpfloat (value_of (totals, "art9_coverage", ""), ==, 4);
  g_assert_cmpfloat (value_of (totals, "cooperations_active", ""), ==, 2);
  /* jobs add up: 14 + 5; FTE of members: 3 + 2 + 1, a-assoc once */
  g_assert_cmpfloat (value_of (totals, "jobs_direct", ""), ==, 19);
  g_assert_true (ptce_indicator_get_disagreement (find (totals, "jobs_direct", "")));
  g_assert_cmpfloat (value_of (totals, "fte_members", ""), ==, 6);
  g_assert_cmpfloat (value_of (totals, "fundings_total", ""), ==, 100000);

  /* On 2017-06-30 p2 does not exist yet, and no figure was published. */
  g_assert_cmpfloat (value_of (before, "poles_total", ""), ==, 1);
  g_assert_cmpfloat (value_of (before, "members_total", ""), ==, 2);
  g_assert_false (has_value (before, "jobs_direct"));
}

static void
test_selection_rules (void)
{
  struct {
    PtceSelectionRule rule;
    const char *source;
    double expected;
  } cases[] = {
    { PTCE_SELECTION_RULE_LATEST, NULL, 14 },
    { PTCE_SELECTION_RULE_NAMED_SOURCE, "Source A", 10 },
    { PTCE_SELECTION_RULE_NAMED_SOURCE, "Nobody", 14 },
    { PTCE_SELECTION_RULE_MEDIAN, NULL, 12 },
    { PTCE_SELECTION_RULE_MINIMUM, NULL, 10 },
    { PTCE_SELECTION_RULE_MAXIMUM, NULL, 14 },
  };
  g_autoptr(PtceDataset) dataset = load_fixture ();
  g_autoptr(PtceObservatory) observatory = ptce_observatory_new (dataset);
  g_autoptr(PtceDate) year = date_of ("2022");

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListModel) p1 = NULL;

      ptce_observatory_set_selection_rule (observatory, cases[i].rule);
      ptce_observatory_set_preferred_source (observatory, cases[i].source);
      p1 = ptce_observatory_compute_pole (observatory, ptce_dataset_lookup_pole (dataset, "p1"),
                                          year);
      g_assert_cmpfloat (value_of (p1, "jobs_direct", ""), ==, cases[i].expected);
      /* Every figure stays listed whatever the rule. */
      g_assert_cmpuint (g_list_model_get_n_items (
                          ptce_indicator_get_observations (find (p1, "jobs_direct", ""))), ==, 2);
    }
}

static void
test_series (void)
{
  g_autoptr(PtceDataset) dataset = load_fixture ();
  g_autoptr(PtceObservatory) observatory = ptce_observatory_new (dataset);
  g_autoptr(GListModel) series = ptce_observatory_list_series (observatory, "p1", "jobs");
  g_autoptr(GListModel) disagreements = ptce_observatory_list_disagreements (observatory);
  g_autoptr(PtceIndicator) first = NULL, second = NULL, only = NULL;
  g_autofree char *start = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (series), ==, 2);
  first = g_list_model_get_item (series, 0);
  second = g_list_model_get_item (series, 1);
  start = ptce_date_to_iso8601 (ptce_indicator_get_start (first));
  g_assert_cmpstr (start, ==, "2021");
  g_assert_cmpfloat (ptce_indicator_get_value (first), ==, 9);
  g_assert_false (ptce_indicator_get_disagreement (first));
  g_assert_cmpstr (ptce_indicator_get_unit (first), ==, "jobs");
  g_assert_cmpfloat (ptce_indicator_get_value (second), ==, 14);
  g_assert_true (ptce_indicator_get_disagreement (second));
  g_assert_cmpstr (ptce_indicator_get_method (second), ==, "latest of 2 figures");

  g_assert_cmpuint (g_list_model_get_n_items (disagreements), ==, 1);
  only = g_list_model_get_item (disagreements, 0);
  g_assert_cmpstr (ptce_indicator_get_subject (only), ==, "p1");
  g_assert_cmpstr (ptce_indicator_get_id (only), ==, "jobs");
}

static PtceAreaFigures *
area (GListModel *list,
      const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PtceAreaFigures) figures = g_list_model_get_item (list, i);

      if (g_str_equal (ptce_area_figures_get_code (figures), code))
        return figures;
    }
  g_error ("no area %s", code);
  return NULL;
}

static void
test_roll_up (void)
{
  g_autoptr(PtceDataset) dataset = load_fixture ();
  g_autoptr(PtceObservatory) observatory = ptce_observatory_new (dataset);
  g_autoptr(PtceDate) year = date_of ("2022");
  g_autoptr(GListModel) epcis = ptce_observatory_roll_up (observatory, NULL,
                                                          PTCE_AREA_LEVEL_EPCI, year);
  g_autoptr(GListModel) deps = ptce_observatory_roll_up (observatory, NULL,
                                                         PTCE_AREA_LEVEL_DEPARTEMENT, year);
  g_autoptr(GListModel) regions = ptce_observatory_roll_up (observatory, NULL,
                                                            PTCE_AREA_LEVEL_REGION, year);
  g_autoptr(PtceAreaFigures) nation = ptce_observatory_compute_coverage (observatory, NULL, year);
  guint64 clermont = population_of ("63113"), chamalieres = population_of ("63075");
  guint64 riom = population_of ("63300");
  guint64 sum_population = 0, sum_covered = 0;
  guint sum_members = 0, sum_communes = 0, n_regions_covered = 0;
  PtceAreaFigures *metropole, *riom_epci, *issoire, *puy_de_dome, *auvergne;

  /* Clermont Auvergne Métropole: Clermont-Ferrand (p1) and Chamalières
   * (p1 and p2), each counted once. */
  metropole = area (epcis, "246300701");
  g_assert_cmpuint (ptce_area_figures_get_n_communes_covered (metropole), ==, 2);
  g_assert_cmpuint (ptce_area_figures_get_population_covered (metropole), ==,
                    clermont + chamalieres);
  g_assert_cmpuint (ptce_area_figures_get_n_poles (metropole), ==, 2);
  g_assert_cmpuint (ptce_area_figures_get_n_members (metropole), ==, 2);
  g_assert_true (ptce_area_figures_is_covered (metropole));
  /* Riom Limagne et Volcans: Riom (p2); a-ville is in link, not a member. */
  riom_epci = area (epcis, "200070753");
  g_assert_cmpuint (ptce_area_figures_get_population_covered (riom_epci), ==, riom);
  g_assert_cmpuint (ptce_area_figures_get_n_poles (riom_epci), ==, 1);
  g_assert_cmpuint (ptce_area_figures_get_n_members (riom_epci), ==, 0);
  /* Agglo Pays d'Issoire: no pole, but a-labo is seated there. */
  issoire = area (epcis, "200070407");
  g_assert_false (ptce_area_figures_is_covered (issoire));
  g_assert_cmpuint (ptce_area_figures_get_n_poles (issoire), ==, 0);
  g_assert_cmpuint (ptce_area_figures_get_n_members (issoire), ==, 1);

  puy_de_dome = area (deps, "63");
  g_assert_cmpuint (ptce_area_figures_get_population_covered (puy_de_dome), ==,
                    clermont + chamalieres + riom);
  g_assert_cmpuint (ptce_area_figures_get_n_members (puy_de_dome), ==, 3);
  g_assert_cmpuint (ptce_area_figures_get_n_poles (puy_de_dome), ==, 2);

  /* The région is the sum of its EPCI, no commune counted twice. */
  auvergne = area (regions, "84");
  for (guint i = 0; i < g_list_model_get_n_items (epcis); i++)
    {
      g_autoptr(PtceAreaFigures) epci = g_list_model_get_item (epcis, i);
      g_autoptr(PtceEpci) known = ptce_geography_lookup_epci (ptce_geography_get_default (),
                                                              ptce_area_figures_get_code (epci));
      const char * const *departements = ptce_epci_get_departements (known);
      gboolean in_auvergne = FALSE;

      for (guint d = 0; departements != NULL && departements[d] != NULL; d++)
        {
          g_autoptr(PtceDepartement) dep = ptce_geography_lookup_departement (
              ptce_geography_get_default (), departements[d]);

          if (dep != NULL && g_strcmp0 (ptce_departement_get_region (dep), "84") == 0)
            in_auvergne = TRUE;
        }
      if (!in_auvergne)
        continue;
      sum_covered += ptce_area_figures_get_population_covered (epci);
      sum_members += ptce_area_figures_get_n_members (epci);
      sum_communes += ptce_area_figures_get_n_communes_covered (epci);
    }
  g_assert_cmpuint (ptce_area_figures_get_population_covered (auvergne), ==, sum_covered);
  g_assert_cmpuint (ptce_area_figures_get_population_covered (auvergne), ==,
                    clermont + chamalieres + riom);
  g_assert_cmpuint (ptce_area_figures_get_n_communes_covered (auvergne), ==, sum_communes);
  g_assert_cmpuint (ptce_area_figures_get_n_communes_covered (auvergne), ==, 3);
  g_assert_cmpuint (ptce_area_figures_get_n_members (auvergne), ==, sum_members);

  /* The nation: every région's population, the three communes covered. */
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(PtceAreaFigures) region = g_list_model_get_item (regions, i);

      sum_population += ptce_area_figures_get_population (region);
      if (ptce_area_figures_is_covered (region))
        n_regions_covered++;
    }
  g_assert_cmpuint (n_regions_covered, ==, 1);
  g_assert_cmpuint (ptce_area_figures_get_level (nation), ==, PTCE_AREA_LEVEL_NATION);
  g_assert_cmpuint (ptce_area_figures_get_population (nation), ==, sum_population);
  g_assert_cmpuint (ptce_area_figures_get_population_covered (nation), ==,
                    clermont + chamalieres + riom);
  g_assert_cmpfloat_with_epsilon (ptce_area_figures_get_population_share (nation),
                                  (double) (clermont + chamalieres + riom) / sum_population,
                                  1e-12);
  g_assert_cmpuint (ptce_area_figures_get_n_poles (nation), ==, 2);
  g_assert_cmpuint (ptce_area_figures_get_n_members (nation), ==, 3);
}

static void
test_break_down (void)
{
  g_autoptr(PtceDataset) dataset = load_fixture ();
  g_autoptr(PtceObservatory) observatory = ptce_observatory_new (dataset);
  g_autoptr(PtceDate) year = date_of ("2022");
  g_autoptr(GListModel) stages = ptce_observatory_break_down (observatory, NULL,
                                                              PTCE_BREAKDOWN_STAGE, year);
  g_autoptr(GListModel) typologies = ptce_observatory_break_down (observatory, NULL,
                                                                  PTCE_BREAKDOWN_TYPOLOGY, year);
  g_autoptr(GListModel) origins = ptce_observatory_break_down (observatory, NULL,
                                                               PTCE_BREAKDOWN_ORIGIN, year);
  g_autoptr(GListModel) sectors = ptce_observatory_break_down (observatory, NULL,
                                                               PTCE_BREAKDOWN_SECTOR, year);

  g_assert_cmpfloat (value_of (stages, "poles_by_stage", "consolidation"), ==, 1);
  g_assert_cmpfloat (value_of (stages, "poles_by_stage", "emergence"), ==, 1);
  g_assert_cmpfloat (value_of (stages, "poles_by_stage", "dissolved"), ==, 0);
  g_assert_cmpfloat (value_of (typologies, "poles_by_typology", "mutualisation"), ==, 1);
  g_assert_cmpfloat (value_of (typologies, "poles_by_typology", "sectoral"), ==, 1);
  g_assert_cmpfloat (value_of (typologies, "poles_by_typology", "none"), ==, 1);
  g_assert_cmpfloat (value_of (origins, "poles_by_origin", "citizen"), ==, 1);
  g_assert_cmpfloat (value_of (origins, "poles_by_origin", "local-authority"), ==, 1);
  g_assert_cmpfloat (value_of (sectors, "poles_by_sector", "culture"), ==, 1);
  g_assert_cmpfloat (value_of (sectors, "poles_by_sector", "none"), ==, 1);
}

static void
test_csv (void)
{
  static const char * const header[] = { "code", "text", NULL };
  static const char * const row[] = { "01053", "a \"quoted\", multi\nline", NULL };
  static const char * const short_row[] = { "only", NULL };
  g_autoptr(PtceCsvWriter) writer = ptce_csv_writer_new (header);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PtceDataset) dataset = load_fixture ();
  g_autoptr(PtceCsvWriter) actors = ptce_csv_writer_new_for_actors (dataset);
  g_autoptr(PtceCsvWriter) memberships = ptce_csv_writer_new_for_memberships (dataset);
  g_autoptr(PtceCsvWriter) cooperations = ptce_csv_writer_new_for_cooperations (dataset);
  g_autoptr(GBytes) coop_bytes = NULL;
  gsize length;
  const char *text;

  g_assert_true (ptce_csv_writer_add_row (writer, row, &error));
  g_assert_no_error (error);
  g_assert_false (ptce_csv_writer_add_row (writer, short_row, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
  g_assert_cmpuint (ptce_csv_writer_get_n_rows (writer), ==, 1);
  bytes = ptce_csv_writer_to_bytes (writer);
  text = g_bytes_get_data (bytes, &length);
  g_assert_cmpmem (text, length,
                   "code,text\r\n01053,\"a \"\"quoted\"\", multi\nline\"\r\n",
                   strlen ("code,text\r\n01053,\"a \"\"quoted\"\", multi\nline\"\r\n"));

  g_assert_cmpuint (ptce_csv_writer_get_n_rows (actors), ==, 4);
  g_assert_cmpuint (ptce_csv_writer_get_n_rows (memberships), ==, 5);
  g_assert_cmpuint (ptce_csv_writer_get_n_rows (cooperations), ==, 2);
  coop_bytes = ptce_csv_writer_to_bytes (cooperations);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (coop_bytes, NULL),
                                  g_bytes_get_size (coop_bytes),
                                  "p1,c1,mutualisation,shared-premises,2016,,a-assoc|a-pme,"));
}

static void
test_empty (void)
{
  g_autoptr(PtceObservatory) observatory = g_object_new (PTCE_TYPE_OBSERVATORY, NULL);
  g_autoptr(PtceIndicator) indicator = g_object_new (PTCE_TYPE_INDICATOR, NULL);
  g_autoptr(PtceAreaFigures) figures = g_object_new (PTCE_TYPE_AREA_FIGURES, NULL);
  g_autoptr(PtceCsvWriter) writer = g_object_new (PTCE_TYPE_CSV_WRITER, NULL);
  g_autoptr(PtceDate) year = date_of ("2022");
  g_autoptr(GListModel) totals = ptce_observatory_compute_totals (observatory, NULL, year);
  g_autofree char *value = ptce_indicator_dup_value_text (indicator);

  g_assert_cmpfloat (value_of (totals, "members_total", ""), ==, 0);
  g_assert_false (has_value (totals, "ess_share"));
  g_assert_cmpstr (ptce_indicator_get_id (indicator), ==, "");
  g_assert_cmpstr (value, ==, "");
  g_assert_null (ptce_indicator_get_sources (indicator)[0]);
  g_assert_cmpstr (ptce_area_figures_get_code (figures), ==, "");
  g_assert_cmpfloat (ptce_area_figures_get_population_share (figures), ==, 0);
  g_assert_cmpuint (ptce_csv_writer_get_n_rows (writer), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Observatory/pole", test_pole);
  g_test_add_func ("/Ptce/Observatory/totals-count-shared-member-once",
                   test_totals_count_shared_member_once);
  g_test_add_func ("/Ptce/Observatory/selection-rules", test_selection_rules);
  g_test_add_func ("/Ptce/Observatory/series", test_series);
  g_test_add_func ("/Ptce/Observatory/roll-up", test_roll_up);
  g_test_add_func ("/Ptce/Observatory/break-down", test_break_down);
  g_test_add_func ("/Ptce/Observatory/csv", test_csv);
  g_test_add_func ("/Ptce/Observatory/empty", test_empty);

  return g_test_run ();
}
