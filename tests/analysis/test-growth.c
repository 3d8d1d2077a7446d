/* test-growth.c: no step grows faster than the data, shown by counting
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The library adds to a private counter the items each of its list scans
 * visits (libptce/ptce-work-private.h). On generated datasets of two sizes,
 * n and 2n (bench/bench-gen.c), the work of loading, of listing the
 * observations of every pole, of the per-pole lists the summary uses, of
 * the diagnosis and of the observatory's indicators of every pole must grow like the data: at most 2 × 1.3. A
 * quadratic step (a scan of a list that grows with the data, repeated per
 * item) would make it 4×. Counting, not timing: the result is the same on
 * any machine under any load. */
#include "config.h"

#include <libptce/libptce.h>

#include "bench-gen.h"
#include "ptce-work-private.h"

/* The work one dataset of @size costs, step by step. */
typedef struct
{
  guint64 load;
  guint64 observations_of;
  guint64 pole_lists;
  guint64 diagnosis;
  guint64 indicators;
  guint64 validate;
} Work;

static void
measure (const BenchGenSize *size,
         Work               *work)
{
  g_autoptr(GBytes) bytes = bench_gen_bytes (size);
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceChecker) checker = ptce_checker_new ();
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(PtceObservatory) observatory = NULL;
  g_autoptr(PtceDate) when = ptce_date_new (2025, 6, 30, NULL);
  g_autoptr(GError) error = NULL;
  GListModel *poles;
  guint n;

  g_assert_nonnull (bytes);

  ptce_work_scanned = 0;
  dataset = ptce_json_reader_load_bytes (reader, bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  work->load = ptce_work_scanned;

  poles = ptce_dataset_get_poles (dataset);
  n = g_list_model_get_n_items (poles);
  g_assert_cmpuint (n, ==, size->n_poles);

  ptce_work_scanned = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      g_autoptr(GListModel) about =
        ptce_dataset_list_observations_of (dataset, ptce_pole_get_id (pole));

      /* bench-gen writes 5 observations per pole */
      g_assert_cmpuint (g_list_model_get_n_items (about), ==, 5);
    }
  work->observations_of = ptce_work_scanned;

  ptce_work_scanned = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      g_autoptr(GListModel) members = ptce_pole_list_members_on (pole, when);
      g_autoptr(GListModel) active = ptce_pole_list_memberships_active_on (pole, when);
      /* made for the work it counts */
      g_autoptr(GListModel) cooperations G_GNUC_UNUSED =
        ptce_pole_list_cooperations_active_on (pole, when);

      g_assert_cmpuint (g_list_model_get_n_items (members), >, 0);
      /* a member has one active membership or more */
      g_assert_cmpuint (g_list_model_get_n_items (active), >=, g_list_model_get_n_items (members));
    }
  work->pole_lists = ptce_work_scanned;

  ptce_work_scanned = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      g_autoptr(PtceDiagnosis) diagnosis = ptce_checker_check (checker, dataset, pole, when);

      g_assert_nonnull (diagnosis);
    }
  work->diagnosis = ptce_work_scanned;

  /* the observatory's indicators of every pole (bench-ptce's step
   * "indicators"): the pole's lists and the observations of each member */
  observatory = ptce_observatory_new (dataset);
  ptce_work_scanned = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      g_autoptr(GListModel) indicators = ptce_observatory_compute_pole (observatory, pole, when);

      g_assert_cmpuint (g_list_model_get_n_items (indicators), >, 0);
    }
  work->indicators = ptce_work_scanned;

  ptce_work_scanned = 0;
  g_assert_true (ptce_dataset_validate (dataset, &error));
  g_assert_no_error (error);
  work->validate = ptce_work_scanned;
}

static void
assert_linear (const char *step,
               guint64     small,
               guint64     big)
{
  g_test_message ("%s: %" G_GUINT64_FORMAT " items scanned at n, %" G_GUINT64_FORMAT " at 2n",
                  step, small, big);
  /* 2 × 1.3, and some slack for the few items that do not double */
  g_assert_cmpuint (big, <=, small * 26 / 10 + 64);
}

static void
test_growth_linear (void)
{
  BenchGenSize small = { 20, 300, 500, 7 };
  BenchGenSize big = { 40, 600, 1000, 7 };
  Work at_n, at_2n;

  measure (&small, &at_n);
  measure (&big, &at_2n);

  /* the counter counts: the pole lists scan every membership, the
   * listing of observations visits each one it returns, the rules count
   * the pole's lists they walk (memberships, cooperations and their
   * participants, the sites of each member, projects, fundings) and the
   * observatory the pole's lists and the observations it reads. A rule or
   * an indicator that walked a list of the dataset for every pole, or a
   * pole's list for every item of it, would double the ratio. */
  g_assert_cmpuint (at_n.pole_lists, >, 0);
  g_assert_cmpuint (at_n.observations_of, ==, 5 * small.n_poles);
  g_assert_cmpuint (at_n.diagnosis, >, 0);

  assert_linear ("load", at_n.load, at_2n.load);
  assert_linear ("observations of every pole", at_n.observations_of, at_2n.observations_of);
  assert_linear ("per-pole lists", at_n.pole_lists, at_2n.pole_lists);
  assert_linear ("diagnosis of every pole", at_n.diagnosis, at_2n.diagnosis);
  g_assert_cmpuint (at_n.indicators, >, 0);
  assert_linear ("indicators of every pole", at_n.indicators, at_2n.indicators);
  assert_linear ("validate", at_n.validate, at_2n.validate);
}

/* The check can fail: adding the memberships of one growing pole one by one
 * scans the pole's list each time (it refuses the same object twice), a
 * step quadratic in the pole's size, and the counter shows it. */
static guint64
fill_one_pole (guint n)
{
  g_autoptr(PtcePole) pole = ptce_pole_new ("p", "P");

  ptce_work_scanned = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);
      g_autoptr(PtceActor) actor = ptce_actor_new (id, NULL);
      g_autoptr(PtceMembership) membership =
        ptce_membership_new (actor, PTCE_MEMBERSHIP_ROLE_MEMBER);

      ptce_pole_add_membership (pole, membership);
    }
  return ptce_work_scanned;
}

static void
test_growth_catches_quadratic (void)
{
  guint64 small = fill_one_pole (200);
  guint64 big = fill_one_pole (400);

  g_assert_cmpuint (big, >, small * 26 / 10 + 64);
}

/* The observations of a dataset are indexed: adding n of them, then
 * listing those of each subject, scans no list of all observations. */
static guint64
observe (guint n)
{
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);
      g_autoptr(PtceActor) actor = ptce_actor_new (id, NULL);

      g_assert_true (ptce_dataset_add_actor (dataset, actor, &error));
    }
  ptce_work_scanned = 0;
  for (guint i = 0; i < 2 * n; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i / 2);
      g_autoptr(PtceObservation) observation = ptce_observation_new (id, "jobs", i);

      g_assert_true (ptce_dataset_add_observation (dataset, observation, &error));
      /* the same object again does nothing */
      g_assert_true (ptce_dataset_add_observation (dataset, observation, &error));
    }
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_observations (dataset)), ==, 2 * n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);
      g_autoptr(GListModel) about = ptce_dataset_list_observations_of (dataset, id);
      g_autoptr(PtceObservation) second = NULL;

      g_assert_cmpuint (g_list_model_get_n_items (about), ==, 2);
      second = g_list_model_get_item (about, 1);
      g_assert_cmpfloat (ptce_observation_get_value (second), ==, 2 * i + 1);
    }
  return ptce_work_scanned;
}

static void
test_growth_observations (void)
{
  guint64 small = observe (500);
  guint64 big = observe (1000);

  assert_linear ("observations", small, big);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Growth/linear", test_growth_linear);
  g_test_add_func ("/Ptce/Growth/catches-quadratic", test_growth_catches_quadratic);
  g_test_add_func ("/Ptce/Growth/observations", test_growth_observations);

  return g_test_run ();
}
