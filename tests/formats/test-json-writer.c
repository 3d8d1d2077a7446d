/* test-json-writer.c: the writer that streams text from the model, against
 * the tree writer it replaced
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * ptce_json_writer_save_bytes() writes the text straight from the model
 * and checks the model by the reader's rules in place; until 2026-12 it
 * built a json-glib tree, checked it by building a second model with the
 * reader's builder, and wrote it with JsonGenerator. The old path is kept
 * (ptce_json_writer_save_bytes_by_tree_private()) so that this test can
 * hold the new one to it: on every sample, every valid file of the hostile
 * corpus, generated datasets and random datasets full of what breaks
 * writers (control bytes, U+001F, invalid UTF-8, doubles of every kind,
 * unknown members nested deep, periods reversed, names listed twice),
 * both give the same bytes, pretty and compact, or the same error: domain,
 * code and message, JSON path included. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <libptce/libptce.h>

#include "bench-gen.h"
#include "ptce-json-emit-private.h"
#include "ptce-json-extras-private.h"
#include "ptce-json-rules-private.h"
#include "ptce-json-writer-private.h"

/* Both writers on @dataset: the same bytes or the same error. Returns
 * whether it saved. */
static gboolean
assert_same_save (PtceDataset *dataset,
                  const char  *what)
{
  gboolean saved = FALSE;

  for (int pretty = 0; pretty < 2; pretty++)
    {
      g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) tree_error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) tree_bytes = NULL;
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(GError) node_error = NULL;

      ptce_json_writer_set_pretty (writer, pretty);
      bytes = ptce_json_writer_save_bytes (writer, dataset, &error);
      tree_bytes = ptce_json_writer_save_bytes_by_tree_private (writer, dataset, &tree_error);
      node = ptce_json_writer_save_node (writer, dataset, &node_error);
      if (tree_bytes == NULL)
        {
          g_test_message ("%s: both refuse: %s", what, tree_error->message);
          g_assert_null (bytes);
          g_assert_nonnull (error);
          g_assert_cmpstr (g_quark_to_string (error->domain), ==,
                           g_quark_to_string (tree_error->domain));
          g_assert_cmpint (error->code, ==, tree_error->code);
          g_assert_cmpstr (error->message, ==, tree_error->message);
          g_assert_null (node);
          g_assert_cmpint (node_error->code, ==, tree_error->code);
          g_assert_cmpstr (node_error->message, ==, tree_error->message);
          continue;
        }
      g_assert_no_error (error);
      g_assert_no_error (node_error);
      g_assert_nonnull (node);
      if (!g_bytes_equal (bytes, tree_bytes))
        {
          const char *a = g_bytes_get_data (bytes, NULL);
          const char *b = g_bytes_get_data (tree_bytes, NULL);
          gsize i = 0;

          while (i < g_bytes_get_size (bytes) && i < g_bytes_get_size (tree_bytes) && a[i] == b[i])
            i++;
          g_test_message ("%s (%s): first difference at byte %" G_GSIZE_FORMAT
                          ":\n  stream: …%.60s\n  tree:   …%.60s", what,
                          pretty ? "pretty" : "compact", i, a + (i > 20 ? i - 20 : 0),
                          b + (i > 20 ? i - 20 : 0));
        }
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                       g_bytes_get_data (tree_bytes, NULL), g_bytes_get_size (tree_bytes));
      saved = TRUE;
    }
  return saved;
}

static void
compare_file (const char *path,
              guint      *n_compared)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  ptce_json_reader_set_max_depth (reader, PTCE_JSON_READER_MAX_DEPTH_LIMIT);
  dataset = ptce_json_reader_load_file (reader, path, &error);
  if (dataset == NULL)
    return;  /* a file of the hostile corpus the reader refuses */
  g_test_message ("%s", path);
  assert_same_save (dataset, path);
  (*n_compared)++;
}

static void
compare_dir (const char *dir_path,
             guint      *n_compared)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        compare_dir (path, n_compared);
      else if (g_str_has_suffix (name, ".json"))
        compare_file (path, n_compared);
    }
}

/* Every sample of data/ and every file of tests/data/ that loads. */
static void
test_files (void)
{
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
  g_autofree char *tests = g_test_build_filename (G_TEST_DIST, "data", NULL);
  guint n_samples = 0, n_tests = 0;

  compare_dir (samples, &n_samples);
  compare_dir (tests, &n_tests);
  g_test_message ("%u samples, %u files of tests/data compared", n_samples, n_tests);
  g_assert_cmpuint (n_samples, >=, 5);
  g_assert_cmpuint (n_tests, >=, 10);
}

/* Datasets of bench-gen (docs/performance.md), small and at size S. */
static void
test_generated (void)
{
  BenchGenSize sizes[] = {
    { 3, 40, 60, 1 },
    { 20, 300, 500, 2 },
    { 0, 0, 0, 3 },
  };

  g_assert_true (bench_gen_size_from_name ("S", &sizes[2]));
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GBytes) bytes = bench_gen_bytes (&sizes[i]);
      g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
      g_autoptr(PtceDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;

      dataset = ptce_json_reader_load_bytes (reader, bytes, &error);
      g_assert_no_error (error);
      g_assert_true (assert_same_save (dataset, "generated"));
    }
}

/* ---- random datasets ---------------------------------------------------- */

typedef struct
{
  GRand *rand;
  guint  n_saved;
  guint  n_refused;
  guint  breaks;  /* 1 in @breaks of the things that can break, breaks */
} Gen;

static gboolean
chance (Gen   *g,
        guint  one_in)
{
  return g_rand_int_range (g->rand, 0, one_in) == 0;
}

/* A string of words, with now and then a byte that writers must escape,
 * a non-ASCII letter, and (rarely) invalid UTF-8. */
static char *
gen_string (Gen *g)
{
  static const char * const pieces[] = {
    "Pôle", "coopération", "a", "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\x01", "\x1e",
    "\x1f", "\x7f", " ", "€", "𝄞", "é", "Zéro", "42", "-", "\u2028",
  };
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (g->rand, 0, 6);

  for (guint i = 0; i < n; i++)
    g_string_append (s, pieces[g_rand_int_range (g->rand, 0, G_N_ELEMENTS (pieces))]);
  if (chance (g, 40 * g->breaks))
    g_string_append (s, chance (g, 2) ? "\xff" : "\xc3");
  return g_string_free (s, FALSE);
}

static char *
gen_maybe_string (Gen *g)
{
  return chance (g, 3) ? NULL : gen_string (g);
}

static double
gen_double (Gen *g)
{
  static const double specials[] = {
    0.0, -0.0, 1.0, 0.1, 1e40, -1e40, 1e21, 1e-7, 5e-324, 1.7976931348623157e308,
    9.0e15, 9.0e15 + 2, 123456789012345678.0, 0.5, 2.5e-3, 48.0, -3.25,
  };

  if (chance (g, 2))
    return specials[g_rand_int_range (g->rand, 0, G_N_ELEMENTS (specials))];
  if (chance (g, 2))
    return g_rand_double_range (g->rand, -1e6, 1e6);
  return ldexp (g_rand_double (g->rand), g_rand_int_range (g->rand, -1070, 1020));
}

static PtceDate *
gen_date (Gen *g)
{
  int year = g_rand_int_range (g->rand, 1990, 2030);

  switch (g_rand_int_range (g->rand, 0, 4))
    {
    case 0:
      return NULL;
    case 1:
      return ptce_date_new (year, 0, 0, NULL);
    case 2:
      return ptce_date_new (year, g_rand_int_range (g->rand, 1, 13), 0, NULL);
    default:
      return ptce_date_new (year, g_rand_int_range (g->rand, 1, 13),
                            g_rand_int_range (g->rand, 1, 29), NULL);
    }
}

/* A period, reversed now and then. */
static void
gen_period (Gen       *g,
            PtceDate **start,
            PtceDate **end)
{
  *start = gen_date (g);
  *end = gen_date (g);
  if (*start != NULL && *end != NULL && !ptce_period_is_valid (*start, *end) &&
      !chance (g, 4 * g->breaks))
    {
      PtceDate *swap = *start;

      *start = *end;
      *end = swap;
    }
}

static JsonNode *gen_node (Gen *g, guint depth);

static JsonObject *
gen_object (Gen                *g,
            guint               depth,
            const char * const *known)
{
  JsonObject *object = json_object_new ();
  guint n = g_rand_int_range (g->rand, 0, 4);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = NULL;

      if (known != NULL && chance (g, 30 * g->breaks))
        name = g_strdup (known[g_rand_int_range (g->rand, 0, g_strv_length ((char **) known))]);
      else if (chance (g, 3))
        name = gen_string (g);
      else
        name = g_strdup_printf ("x_%u", g_rand_int_range (g->rand, 0, 5));
      json_object_set_member (object, name, gen_node (g, depth + 1));
    }
  return object;
}

static JsonNode *
gen_node (Gen   *g,
          guint  depth)
{
  JsonNode *node;

  switch (depth > 6 ? g_rand_int_range (g->rand, 0, 5) : g_rand_int_range (g->rand, 0, 8))
    {
    case 0:
      return json_node_new (JSON_NODE_NULL);
    case 1:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, chance (g, 2));
      return node;
    case 2:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_int (node, (gint64) g_rand_int (g->rand) * (chance (g, 2) ? -1 : 1) *
                                (chance (g, 2) ? G_GINT64_CONSTANT (1) << 31 : 1));
      return node;
    case 3:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_double (node, chance (g, 60 * g->breaks) ? (chance (g, 2) ? NAN : INFINITY)
                                                              : gen_double (g));
      return node;
    case 4:
      {
        g_autofree char *s = gen_string (g);

        node = json_node_new (JSON_NODE_VALUE);
        json_node_set_string (node, s);
        return node;
      }
    case 5:
    case 6:
      {
        JsonArray *array = json_array_new ();
        guint n = g_rand_int_range (g->rand, 0, 4);

        for (guint i = 0; i < n; i++)
          json_array_add_element (array, gen_node (g, depth + 1));
        node = json_node_new (JSON_NODE_ARRAY);
        json_node_take_array (node, array);
        return node;
      }
    default:
      node = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (node, gen_object (g, depth, NULL));
      return node;
    }
}

/* Nested deeper than the reader's largest limit. */
static JsonNode *
deep_node (void)
{
  JsonNode *node = json_node_new (JSON_NODE_NULL);

  for (guint i = 0; i < PTCE_JSON_READER_MAX_DEPTH_LIMIT + 2; i++)
    {
      JsonArray *array = json_array_new ();
      JsonNode *outer = json_node_new (JSON_NODE_ARRAY);

      json_array_add_element (array, node);
      json_node_take_array (outer, array);
      node = outer;
    }
  return node;
}

/* Unknown members on @object, now and then. */
static void
gen_extras (Gen                *g,
            gpointer            object,
            const char * const *known)
{
  g_autoptr(JsonObject) extras = NULL;

  if (!chance (g, 3))
    return;
  extras = gen_object (g, 1, known);
  if (chance (g, 200 * g->breaks))
    json_object_set_member (extras, "deep", deep_node ());
  ptce_json_extras_set (G_OBJECT (object), extras);
}

static char **
gen_strv (Gen *g)
{
  guint n = g_rand_int_range (g->rand, 0, 3);
  char **v = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    v[i] = gen_string (g);
  return v;
}

static const char * const site_known[] = { "commune", "siret", "label", "address", "headquarters", NULL };
static const char * const actor_known[] = { "id", "name", "kind", "siren", "composition", "sites", NULL };
static const char * const pole_known[] = { "id", "stages", "legal_person", "carrier", "projects", NULL };
static const char * const funding_known[] = { "call", "amount", "projects", NULL };
static const char * const any_known[] = { "id", "start", "end", "since", "stage", "actor", NULL };

static PtceDataset *
gen_dataset (Gen *g)
{
  PtceDataset *dataset = ptce_dataset_new ();
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_actors = g_rand_int_range (g->rand, 1, 8);
  guint n_poles = g_rand_int_range (g->rand, 0, 4);
  g_autofree char *title = gen_maybe_string (g);
  g_autoptr(PtceDate) date = gen_date (g);

  ptce_dataset_set_title (dataset, title);
  ptce_dataset_set_date (dataset, date);
  for (guint i = 0; i < n_actors; i++)
    {
      g_autofree char *id = chance (g, 5) ? g_strdup_printf ("a%u-%s", i, "é\x1f\"") :
                            g_strdup_printf ("a%u", i);
      g_autofree char *name = gen_maybe_string (g);
      g_autofree char *siren = gen_maybe_string (g);
      g_autoptr(PtceActor) actor = ptce_actor_new (id, name);
      g_autoptr(PtceDate) start = NULL;
      g_autoptr(PtceDate) end = NULL;
      guint n_sites = g_rand_int_range (g->rand, 0, 3);

      ptce_actor_set_kind (actor, g_rand_int_range (g->rand, 0, 4));
      ptce_actor_set_ess_family (actor, g_rand_int_range (g->rand, 0, 3));
      ptce_actor_set_siren (actor, siren);
      gen_period (g, &start, &end);
      ptce_actor_set_esus_start (actor, start);
      ptce_actor_set_esus_end (actor, end);
      for (guint j = 0; j < n_sites; j++)
        {
          g_autofree char *commune = gen_maybe_string (g);
          g_autoptr(PtceSite) site = ptce_site_new (commune);

          ptce_site_set_headquarters (site, chance (g, 2));
          gen_extras (g, site, site_known);
          ptce_actor_add_site (actor, site);
        }
      gen_extras (g, actor, actor_known);
      g_assert_true (ptce_dataset_add_actor (dataset, actor, NULL));
      g_ptr_array_add (actors, g_object_ref (actor));
    }
  /* compositions (ptce/1.1), naming other actors, twice now and then */
  for (guint i = 0; i < n_actors; i++)
    if (n_actors > 1 && chance (g, 6))
      {
        g_autoptr(PtceDate) when = gen_date (g);
        g_autoptr(PtceComposition) composition = ptce_composition_new (when);
        const char *ids[4] = { NULL };
        guint n = 0;

        for (guint j = 0; j < n_actors && n < 2; j++)
          if (j != i)
            ids[n++] = ptce_actor_get_id (actors->pdata[j]);
        if (chance (g, 3 * g->breaks))
          ids[n++] = ids[0];
        ptce_composition_set_member_ids (composition, ids);
        ptce_composition_set_n_members (composition, g_rand_int_range (g->rand, -1, 40));
        gen_extras (g, composition, any_known);
        ptce_actor_add_composition (actors->pdata[i], composition);
      }

  for (guint i = 0; i < n_poles; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      g_autofree char *name = gen_maybe_string (g);
      g_autofree char *description = gen_maybe_string (g);
      g_auto(GStrv) aliases = gen_strv (g);
      g_autoptr(PtcePole) pole = ptce_pole_new (id, name);
      g_autoptr(PtceDate) founded = NULL;
      g_autoptr(PtceDate) dissolved = NULL;
      g_autoptr(GPtrArray) project_ids = g_ptr_array_new ();
      guint n;

      ptce_pole_set_description (pole, description);
      ptce_pole_set_aliases (pole, (const char * const *) aliases);
      gen_period (g, &founded, &dissolved);
      ptce_pole_set_founded (pole, founded);
      ptce_pole_set_dissolved (pole, dissolved);
      ptce_pole_set_typology (pole, g_rand_int_range (g->rand, 0, 4));
      ptce_pole_set_carrier (pole, chance (g, 2) ? actors->pdata[0] : NULL);
      n = g_rand_int_range (g->rand, 0, 3);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PtceDate) since = ptce_date_new (2000 + j, 0, 0, NULL);
          g_autoptr(JsonObject) extras = chance (g, 3) ? gen_object (g, 5, any_known) : NULL;

          ptce_pole_set_stage (pole, g_rand_int_range (g->rand, 1, 4), since);
          if (extras != NULL)
            ptce_json_stage_extras_set (pole, since, extras);
        }
      if (chance (g, 5))
        {
          g_autoptr(PtceActor) legal = ptce_actor_new (id, name);
          g_autofree char *naf = gen_maybe_string (g);

          ptce_actor_set_kind (legal, chance (g, 3 * g->breaks) ? PTCE_ACTOR_KIND_NATURAL_PERSON
                                                                  : PTCE_ACTOR_KIND_ENTERPRISE);
          ptce_actor_set_naf (legal, naf);
          gen_extras (g, legal, any_known);
          ptce_pole_set_legal_person (pole, legal);
        }
      if (chance (g, 2))
        {
          g_autofree char *tname = gen_maybe_string (g);
          g_autoptr(PtceTerritory) territory = ptce_territory_new (tname);
          g_auto(GStrv) communes = gen_strv (g);

          ptce_territory_set_communes (territory, (const char * const *) communes);
          gen_extras (g, territory, any_known);
          ptce_pole_set_territory (pole, territory);
        }
      if (chance (g, 2))
        {
          g_autofree char *statement = gen_maybe_string (g);
          g_autoptr(PtceStrategy) strategy = ptce_strategy_new (statement);

          if (chance (g, 2))
            {
              ptce_strategy_set_sustainable_local_development (strategy, chance (g, 2));
              ptce_strategy_set_sustainable_local_development_stated (strategy, TRUE);
            }
          gen_extras (g, strategy, any_known);
          ptce_pole_set_strategy (pole, strategy);
        }
      n = g_rand_int_range (g->rand, 0, 3);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PtceMembership) membership =
            ptce_membership_new (actors->pdata[g_rand_int_range (g->rand, 0, n_actors)],
                                 g_rand_int_range (g->rand, 0, 4));
          g_autoptr(PtceDate) start = NULL;
          g_autoptr(PtceDate) end = NULL;

          gen_period (g, &start, &end);
          ptce_membership_set_start (membership, start);
          ptce_membership_set_end (membership, end);
          gen_extras (g, membership, any_known);
          ptce_pole_add_membership (pole, membership);
        }
      n = g_rand_int_range (g->rand, 0, 3);
      for (guint j = 0; j < n; j++)
        {
          g_autofree char *cid = g_strdup_printf ("c%u", j);
          g_autofree char *text = gen_maybe_string (g);
          g_autoptr(PtceCooperation) cooperation = ptce_cooperation_new (cid, g_rand_int_range (g->rand, 0, 3));
          g_autoptr(PtceDate) start = NULL;
          g_autoptr(PtceDate) end = NULL;

          gen_period (g, &start, &end);
          ptce_cooperation_set_start (cooperation, start);
          ptce_cooperation_set_end (cooperation, end);
          ptce_cooperation_set_description (cooperation, text);
          for (guint k = 0; k < n_actors; k++)
            if (chance (g, 2))
              ptce_cooperation_add_participant (cooperation, actors->pdata[k]);
          gen_extras (g, cooperation, any_known);
          g_assert_true (ptce_pole_add_cooperation (pole, cooperation, NULL));
        }
      n = g_rand_int_range (g->rand, 0, 3);
      for (guint j = 0; j < n; j++)
        {
          g_autofree char *jid = g_strdup_printf ("j%u", j);
          g_autofree char *project_title = gen_maybe_string (g);
          g_autoptr(PtceProject) project = ptce_project_new (jid, project_title);
          g_auto(GStrv) sectors = gen_strv (g);

          ptce_project_set_sectors (project, (const char * const *) sectors);
          ptce_project_set_innovation (project, g_rand_int_range (g->rand, 0, 3));
          ptce_project_set_innovation_stated (project, chance (g, 3));
          if (chance (g, 3))
            {
              ptce_project_set_sustainable_local_development (project, chance (g, 2));
              ptce_project_set_sustainable_local_development_stated (project, TRUE);
            }
          ptce_project_add_participant (project, actors->pdata[0]);
          gen_extras (g, project, any_known);
          g_assert_true (ptce_pole_add_project (pole, project, NULL));
          g_ptr_array_add (project_ids, (gpointer) ptce_project_get_id (project));
        }
      n = g_rand_int_range (g->rand, 0, 3);
      for (guint j = 0; j < n; j++)
        {
          g_autofree char *call = gen_maybe_string (g);
          g_autoptr(PtceFunding) funding = ptce_funding_new (call, g_rand_int_range (g->rand, 0, 3));
          const char *ids[3] = { NULL };

          if (chance (g, 2))
            ptce_funding_set_amount (funding, fabs (gen_double (g)));
          ptce_funding_set_duration_months (funding, g_rand_int_range (g->rand, 0, 40));
          if (project_ids->len > 0 && chance (g, 2))
            {
              ids[0] = project_ids->pdata[0];
              if (chance (g, 3 * g->breaks))
                ids[1] = ids[0];
              ptce_funding_set_projects (funding, ids);
            }
          gen_extras (g, funding, funding_known);
          ptce_pole_add_funding (pole, funding);
        }
      gen_extras (g, pole, pole_known);
      g_assert_true (ptce_dataset_add_pole (dataset, pole, NULL));
    }

  for (guint i = 0; i < 4; i++)
    if (chance (g, 2))
      {
        g_autofree char *unit = gen_maybe_string (g);
        g_autoptr(PtceObservation) observation =
          ptce_observation_new (ptce_actor_get_id (actors->pdata[g_rand_int_range (g->rand, 0, n_actors)]),
                                "jobs", gen_double (g));
        g_autoptr(PtceDate) start = NULL;
        g_autoptr(PtceDate) end = NULL;

        gen_period (g, &start, &end);
        ptce_observation_set_start (observation, start);
        ptce_observation_set_end (observation, end);
        ptce_observation_set_unit (observation, unit);
        gen_extras (g, observation, any_known);
        ptce_dataset_add_observation (dataset, observation, NULL);
      }
  gen_extras (g, dataset, ptce_json_dataset_members);
  return dataset;
}

/* Under valgrind, whose interest is how memory is used rather than how
 * many shapes are tried, a fifth of the datasets: every kind of member and
 * of break still comes up many times. */
static gboolean
under_valgrind (void)
{
  return g_getenv ("PTCE_UNDER_VALGRIND") != NULL;
}

static void
test_random (void)
{
  Gen g = { g_rand_new_with_seed (11), 0, 0, 1 };
  guint n = g_test_slow () ? 20000 : under_valgrind () ? 300 : 1500;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceDataset) dataset = NULL;
      g_autofree char *what = g_strdup_printf ("random dataset %u", i);

      /* most datasets save; one in four has many things to break */
      g.breaks = i % 4 == 0 ? 1 : 8;
      dataset = gen_dataset (&g);
      if (assert_same_save (dataset, what))
        g.n_saved++;
      else
        g.n_refused++;
    }
  g_test_message ("%u saved, %u refused, by both writers alike", g.n_saved, g.n_refused);
  /* the test is worth something only when both outcomes are common */
  g_assert_cmpuint (g.n_saved, >, n / 4);
  g_assert_cmpuint (g.n_refused, >, n / 20);
  g_rand_free (g.rand);
}

/* Any JsonNode: the same text as JsonGenerator (with the writer's repairs,
 * which ptce_json_writer_node_to_string() applies), compact. */
static void
test_nodes (void)
{
  Gen g = { g_rand_new_with_seed (7), 0, 0, 1000000 };

  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr(JsonNode) node = gen_node (&g, 1);
      g_autofree char *expected = ptce_json_writer_node_to_string (node);
      g_autofree char *text = NULL;
      gsize length;

      text = ptce_json_emit_node (node, FALSE, &length);
      g_assert_cmpstr (text, ==, expected);
      g_assert_cmpuint (length, ==, strlen (expected));
    }
  g_rand_free (g.rand);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/JsonWriter/stream-equals-tree/files", test_files);
  g_test_add_func ("/Ptce/JsonWriter/stream-equals-tree/generated", test_generated);
  g_test_add_func ("/Ptce/JsonWriter/stream-equals-tree/random", test_random);
  g_test_add_func ("/Ptce/JsonWriter/stream-equals-tree/nodes", test_nodes);

  return g_test_run ();
}
