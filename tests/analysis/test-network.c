/* test-network.c: PtceNetwork built from the fictional sample
 * tests/data/analysis/network-sample.json, with figures worked out by hand
 * (the comments say how); tests/analysis/test_network.py checks every
 * metric against NetworkX.
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <libptce/libptce.h>
#include <math.h>
#include <string.h>

static PtceDataset *
load_sample (void)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "analysis",
                                                 "network-sample.json", NULL);
  g_autoptr(GError) error = NULL;
  PtceDataset *dataset = ptce_json_reader_load_file (reader, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static PtceDate *
date (const char *text)
{
  g_autoptr(GError) error = NULL;
  PtceDate *d = ptce_date_new_from_iso8601 (text, &error);

  g_assert_no_error (error);
  return d;
}

static PtceNetwork *
build (PtceDataset     *dataset,
       PtceNetworkKind  kind,
       const char      *pole,
       const char      *on,
       gboolean         members_only)
{
  g_autoptr(PtceNetworkBuilder) builder = ptce_network_builder_new (dataset);
  g_autoptr(PtceDate) d = date (on);
  g_autoptr(GError) error = NULL;
  PtceNetwork *network;

  ptce_network_builder_set_kind (builder, kind);
  ptce_network_builder_set_members_only (builder, members_only);
  if (pole != NULL)
    ptce_network_builder_add_pole (builder, pole);
  ptce_network_builder_set_date (builder, d);
  network = ptce_network_builder_build (builder, &error);
  g_assert_no_error (error);
  g_assert_nonnull (network);
  return network;
}

static int
edge_between (PtceNetwork *network,
              const char  *a,
              const char  *b)
{
  int u = ptce_network_lookup_node (network, a);
  int v = ptce_network_lookup_node (network, b);

  g_assert_cmpint (u, >=, 0);
  g_assert_cmpint (v, >=, 0);
  for (guint e = 0; e < ptce_network_get_n_edges (network); e++)
    {
      guint s = ptce_network_get_edge_source (network, e);
      guint t = ptce_network_get_edge_target (network, e);

      if ((s == (guint) u && t == (guint) v) || (s == (guint) v && t == (guint) u))
        return (int) e;
    }
  return -1;
}

/* Clairval on 2017-06-01. Cooperations running: locaux (animation,
 * ressourcerie, scop-batir, jardins: 6 ties), achats (ressourcerie, jardins,
 * imprimerie: 2 new ties, ressourcerie–jardins now weighs 2), marche-public
 * (scop-batir, transports, imprimerie: 3), chantier-ecole (scop-batir,
 * formation, commune: 3), financement (communaute, animation: 1): 15 ties.
 * Nodes: the 8 actors holding a membership on that day and transports, a
 * participant not yet a member: 9. */
static void
test_actors_on_date (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(PtceNetwork) network = build (dataset, PTCE_NETWORK_KIND_ACTORS, "clairval",
                                          "2017-06-01", FALSE);
  int sc = ptce_network_lookup_node (network, "scop-batir");
  int e;

  g_assert_cmpuint (ptce_network_get_n_nodes (network), ==, 9);
  g_assert_cmpuint (ptce_network_get_n_edges (network), ==, 15);
  g_assert_cmpfloat_with_epsilon (ptce_network_get_density (network), 30. / 72., 1e-12);
  g_assert_cmpuint (ptce_network_get_n_components (network), ==, 1);
  g_assert_cmpuint (ptce_network_get_largest_component_size (network), ==, 9);
  g_assert_cmpint (ptce_network_lookup_node (network, "universite"), ==, -1);
  g_assert_cmpint (sc, >=, 0);
  g_assert_cmpuint (ptce_network_get_degree (network, sc), ==, 7);
  g_assert_cmpfloat (ptce_network_get_weighted_degree (network, sc), ==, 7.);

  e = edge_between (network, "ressourcerie", "jardins");
  g_assert_cmpint (e, >=, 0);
  g_assert_cmpfloat (ptce_network_get_edge_weight (network, e), ==, 2.);
  g_assert_cmpuint (ptce_network_get_edge_count (network, e), ==, 2);
  g_assert_true (ptce_network_edge_has_mode (network, e, PTCE_COOPERATION_MODE_MUTUALISATION));
  g_assert_false (ptce_network_edge_has_mode (network, e, PTCE_COOPERATION_MODE_PARTENARIAT));
  g_assert_true (ptce_network_edge_has_object (network, e, PTCE_COOPERATION_OBJECT_GROUP_PURCHASING));

  /* ties by mode: 6 + 2 mutualisation, 3 coopération, 3 + 1 partenariat */
  g_assert_cmpuint (ptce_network_count_ties_by_mode (network, PTCE_COOPERATION_MODE_MUTUALISATION), ==, 8);
  g_assert_cmpuint (ptce_network_count_ties_by_mode (network, PTCE_COOPERATION_MODE_COOPERATION), ==, 3);
  g_assert_cmpuint (ptce_network_count_ties_by_mode (network, PTCE_COOPERATION_MODE_PARTENARIAT), ==, 4);
  g_assert_cmpuint (ptce_network_count_ties_by_object (network, PTCE_COOPERATION_OBJECT_JOINT_TENDER), ==, 3);

  /* categories: scop-batir (5458) and jardins (9220) are ESS by their
   * legal category, transports (5710) another enterprise by it */
  g_assert_cmpint (ptce_network_get_node_category (network, sc), ==, PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE);
  g_assert_cmpint (ptce_network_get_node_category_derivation (network, sc), ==, PTCE_DERIVATION_INFERRED);
  g_assert_cmpint (ptce_network_get_node_ess_family (network, sc), ==, PTCE_ESS_FAMILY_COOPERATIVE);
  g_assert_cmpint (ptce_network_get_node_category (network, ptce_network_lookup_node (network, "ressourcerie")),
                   ==, PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE);
  g_assert_cmpint (ptce_network_get_node_category_derivation (network, ptce_network_lookup_node (network, "ressourcerie")),
                   ==, PTCE_DERIVATION_EXPLICIT);
  g_assert_cmpint (ptce_network_get_node_category (network, ptce_network_lookup_node (network, "transports")),
                   ==, PTCE_NETWORK_CATEGORY_OTHER_ENTERPRISE);
  g_assert_cmpint (ptce_network_get_node_category (network, ptce_network_lookup_node (network, "communaute")),
                   ==, PTCE_NETWORK_CATEGORY_LOCAL_AUTHORITY);
  g_assert_cmpstr (ptce_network_get_node_legal_category (network, sc), ==, "5458");
  g_assert_cmpstr (ptce_network_get_node_commune (network, sc), ==, "63113");

  /* ESS ↔ other enterprises: ressourcerie–imprimerie, jardins–imprimerie,
   * scop-batir–transports, scop-batir–imprimerie */
  g_assert_cmpuint (ptce_network_count_ties_between (network, PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE,
                                                     PTCE_NETWORK_CATEGORY_OTHER_ENTERPRISE), ==, 4);
  g_assert_cmpuint (ptce_network_count_ties_between (network, PTCE_NETWORK_CATEGORY_OTHER_ENTERPRISE,
                                                     PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE), ==, 4);
  g_assert_cmpuint (ptce_network_count_ties_between (network, PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE,
                                                     PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE), ==, 6);
  g_assert_cmpuint (ptce_network_count_ties_between_families (network, PTCE_ESS_FAMILY_ASSOCIATION,
                                                              PTCE_ESS_FAMILY_COOPERATIVE), ==, 3);
  /* internal: the 6 of locaux and transports–imprimerie; external: 8 */
  g_assert_cmpfloat_with_epsilon (ptce_network_get_ei_index (network), 1. / 15., 1e-12);
  /* animation: with ressourcerie, scop-batir, jardins, communaute */
  g_assert_true (ptce_network_get_node_is_animator (network, ptce_network_lookup_node (network, "animation")));
  g_assert_cmpfloat_with_epsilon (ptce_network_get_animator_share (network), 4. / 15., 1e-12);
  /* a network as of a date: every tie lasts its one day */
  g_assert_cmpuint (ptce_network_count_lasting_ties (network), ==, 15);
  g_assert_cmpuint (ptce_network_count_new_ties (network), ==, 0);
  g_assert_cmpfloat (ptce_network_get_median_tie_duration (network), ==, 1.);
}

/* Members only: transports is not yet a member, commune and communaute are
 * partners (« en lien avec »), not members: 8 nodes, 10 ties. */
static void
test_members_only (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(PtceNetwork) network = build (dataset, PTCE_NETWORK_KIND_ACTORS, "clairval",
                                          "2017-06-01", TRUE);

  g_assert_cmpuint (ptce_network_get_n_nodes (network), ==, 8);
  g_assert_cmpuint (ptce_network_get_n_edges (network), ==, 10);
  g_assert_cmpint (ptce_network_lookup_node (network, "transports"), ==, -1);
  g_assert_cmpint (edge_between (network, "scop-batir", "commune"), ==, -1);
  /* commune and communaute have no tie left: 3 components */
  g_assert_cmpuint (ptce_network_get_n_components (network), ==, 3);
}

/* The bipartite graph: 9 actors, 5 cooperations, 4+3+3+3+2 ties. */
static void
test_bipartite (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(PtceNetwork) network = build (dataset, PTCE_NETWORK_KIND_BIPARTITE, "clairval",
                                          "2017-06-01", FALSE);
  int c = ptce_network_lookup_node (network, "clairval#achats");

  g_assert_cmpuint (ptce_network_get_n_nodes (network), ==, 14);
  g_assert_cmpuint (ptce_network_get_n_edges (network), ==, 15);
  g_assert_cmpfloat_with_epsilon (ptce_network_get_density (network), 15. / 45., 1e-12);
  g_assert_cmpint (c, >=, 0);
  g_assert_cmpint (ptce_network_get_node_type (network, c), ==, PTCE_NETWORK_NODE_TYPE_COOPERATION);
  g_assert_cmpuint (ptce_network_get_degree (network, c), ==, 3);
  g_assert_cmpfloat (ptce_network_get_average_clustering (network), ==, 0.);
}

/* Poles on 2019-06-01: clairval and val-sud share jardins, communaute and
 * transports; members only, communaute (a partner of both) drops out. */
static void
test_poles (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(PtceNetwork) network = build (dataset, PTCE_NETWORK_KIND_POLES, NULL,
                                          "2019-06-01", FALSE);
  g_autoptr(PtceNetwork) members = build (dataset, PTCE_NETWORK_KIND_POLES, NULL,
                                          "2019-06-01", TRUE);

  g_assert_cmpuint (ptce_network_get_n_nodes (network), ==, 2);
  g_assert_cmpuint (ptce_network_get_n_edges (network), ==, 1);
  g_assert_cmpfloat (ptce_network_get_edge_weight (network, 0), ==, 3.);
  g_assert_cmpint (ptce_network_get_node_type (network, 0), ==, PTCE_NETWORK_NODE_TYPE_POLE);
  g_assert_cmpfloat (ptce_network_get_edge_weight (members, 0), ==, 2.);
}

/* Over 2017–2018: the tie through recherche (from 2018-01) is new for
 * universite–animation and universite–jardins (animation–jardins existed);
 * marche-public ended on 2017-12-31: 3 ended ties; 17 ties in all. */
static void
test_period (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(PtceNetworkBuilder) builder = ptce_network_builder_new (dataset);
  g_autoptr(PtceDate) from = date ("2017");
  g_autoptr(PtceDate) to = date ("2018");
  g_autoptr(PtceNetwork) network = NULL;
  g_autoptr(PtceDate) start = NULL;
  g_autoptr(PtceDate) end = NULL;
  g_autoptr(GError) error = NULL;
  int e;

  ptce_network_builder_add_pole (builder, "clairval");
  ptce_network_builder_set_period (builder, from, to);
  network = ptce_network_builder_build (builder, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (ptce_network_get_n_edges (network), ==, 17);
  g_assert_cmpuint (ptce_network_count_new_ties (network), ==, 2);
  g_assert_cmpuint (ptce_network_count_ended_ties (network), ==, 3);
  g_assert_cmpuint (ptce_network_count_lasting_ties (network), ==, 12);
  e = edge_between (network, "scop-batir", "transports");
  g_assert_cmpint (e, >=, 0);
  start = ptce_network_dup_edge_start (network, e);
  end = ptce_network_dup_edge_end (network, e);
  g_assert_cmpint (ptce_date_get_first_julian (start), ==, ptce_date_get_first_julian (from));
  g_assert_cmpint (ptce_date_get_month (end), ==, 12);
  g_assert_cmpint (ptce_date_get_year (end), ==, 2017);
  g_assert_cmpuint (ptce_network_get_edge_months (network, e), ==, 12);
  /* 12 ties last 730 days, so the median is 730 */
  g_assert_cmpfloat (ptce_network_get_median_tie_duration (network), ==, 730.);

  /* weighted by shared months: ressourcerie–jardins share a month when
   * either locaux or achats runs: all 24 */
  g_clear_object (&network);
  ptce_network_builder_set_weight (builder, PTCE_NETWORK_WEIGHT_MONTHS);
  network = ptce_network_builder_build (builder, &error);
  g_assert_no_error (error);
  e = edge_between (network, "ressourcerie", "jardins");
  g_assert_cmpfloat (ptce_network_get_edge_weight (network, e), ==, 24.);
}

/* Only the modes asked for. */
static void
test_filter (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(PtceNetworkBuilder) builder = ptce_network_builder_new (dataset);
  g_autoptr(PtceDate) on = date ("2017-06-01");
  g_autoptr(PtceNetwork) network = NULL;
  g_autoptr(GError) error = NULL;

  ptce_network_builder_add_pole (builder, "clairval");
  ptce_network_builder_set_date (builder, on);
  ptce_network_builder_add_mode (builder, PTCE_COOPERATION_MODE_PARTENARIAT);
  network = ptce_network_builder_build (builder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ptce_network_get_n_edges (network), ==, 4);
  g_clear_object (&network);

  ptce_network_builder_add_object (builder, PTCE_COOPERATION_OBJECT_FINANCING);
  network = ptce_network_builder_build (builder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ptce_network_get_n_edges (network), ==, 1);
}

static void
test_errors (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(PtceNetworkBuilder) builder = ptce_network_builder_new (dataset);
  g_autoptr(PtceNetworkBuilder) empty = ptce_network_builder_new (NULL);
  g_autoptr(PtceDate) a = date ("2018-05-02");
  g_autoptr(PtceDate) b = date ("2018-05-01");
  g_autoptr(GError) error = NULL;
  PtceNetwork *network;

  network = ptce_network_builder_build (empty, &error);
  g_assert_null (network);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  ptce_network_builder_set_period (builder, a, b);
  network = ptce_network_builder_build (builder, &error);
  g_assert_null (network);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE);
  g_assert_nonnull (strstr (error->message, "2018-05-02"));
  g_assert_nonnull (strstr (error->message, "reversed"));
  g_clear_error (&error);

  ptce_network_builder_set_period (builder, a, NULL);
  network = ptce_network_builder_build (builder, &error);
  g_assert_null (network);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE);
  g_assert_nonnull (strstr (error->message, "empty"));
  g_clear_error (&error);

  ptce_network_builder_set_date (builder, NULL);
  ptce_network_builder_add_pole (builder, "clairval");
  ptce_network_builder_add_pole (builder, "nowhere");
  network = ptce_network_builder_build (builder, &error);
  g_assert_null (network);
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“nowhere”"));
}

/* A network made without a builder is empty, and every accessor copes. */
static void
test_empty (void)
{
  PtceNetwork *network = g_object_new (PTCE_TYPE_NETWORK, NULL);
  g_autofree double *bc = NULL;
  g_autofree char *dot = NULL;
  g_autofree char *gexf = NULL;
  g_autoptr(JsonNode) json = NULL;
  guint n = 1;

  g_assert_cmpuint (ptce_network_get_n_nodes (network), ==, 0);
  g_assert_cmpuint (ptce_network_get_n_components (network), ==, 0);
  g_assert_cmpfloat (ptce_network_get_density (network), ==, 0.);
  bc = ptce_network_compute_betweenness (network, TRUE, TRUE, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (isnan (ptce_network_get_ei_index (network)));
  g_assert_true (isnan (ptce_network_get_median_tie_duration (network)));
  dot = ptce_network_to_dot (network);
  g_assert_nonnull (strstr (dot, "graph ptce {"));
  gexf = ptce_network_to_gexf (network);
  g_assert_nonnull (strstr (gexf, "version=\"1.3\""));
  json = ptce_network_to_json (network);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json));
  g_assert_finalize_object (network);
}

/* DOT: categories as colours, inferred categories dashed, the animator
 * with a double outline, modes as edge colours. */
static void
test_dot (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ();
  g_autoptr(PtceNetwork) network = build (dataset, PTCE_NETWORK_KIND_ACTORS, "clairval",
                                          "2017-06-01", FALSE);
  g_autofree char *dot = ptce_network_to_dot (network);

  g_assert_nonnull (strstr (dot, "\"scop-batir\" [label=\"SCOP Bâtir\", shape=ellipse, "
                                 "fillcolor=\"#66c2a5\", style=\"filled,dashed\"];"));
  g_assert_nonnull (strstr (dot, "\"animation\" [label=\"Pôle Clairval (association)\", "
                                 "shape=ellipse, fillcolor=\"#66c2a5\", peripheries=2];"));
  g_assert_nonnull (strstr (dot, "\"ressourcerie\" -- \"jardins\" [color=\"#1b9e77\", penwidth=1.69, label=\"2\"];"));
  g_assert_nonnull (strstr (dot, "cluster_legend"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Network/actors-on-date", test_actors_on_date);
  g_test_add_func ("/Ptce/Network/members-only", test_members_only);
  g_test_add_func ("/Ptce/Network/bipartite", test_bipartite);
  g_test_add_func ("/Ptce/Network/poles", test_poles);
  g_test_add_func ("/Ptce/Network/period", test_period);
  g_test_add_func ("/Ptce/Network/filter", test_filter);
  g_test_add_func ("/Ptce/Network/errors", test_errors);
  g_test_add_func ("/Ptce/Network/empty", test_empty);
  g_test_add_func ("/Ptce/Network/dot", test_dot);

  return g_test_run ();
}
