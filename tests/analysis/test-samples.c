/* test-samples.c: the real poles of data/samples and the test poles of
 * tests/data/analysis, read from ptce/1 and checked at several dates, with
 * the verdicts expected written here.
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The samples hold only public, sourced facts; where the sources are
 * silent (the kind of five of the PHARES associates, the participants of
 * most cooperations) the diagnosis must say it cannot tell, not guess. */
#include <libptce/libptce.h>

#define MET PTCE_FINDING_STATUS_MET
#define NOT PTCE_FINDING_STATUS_NOT_MET
#define UND PTCE_FINDING_STATUS_UNDETERMINED
#define NOTE PTCE_FINDING_STATUS_NOTE

typedef struct {
  const char        *rule;
  PtceFindingStatus  status;
  const char        *object_id;  /* an object the finding must name, or NULL */
} Expect;

typedef struct {
  const char  *path;
  const char  *file;        /* "samples" or "fixture" */
  const char  *pole;
  const char  *date;
  PtceVerdict  definition;
  PtceVerdict  eligibility;
  Expect       findings[8];
} SampleCase;

#define V_MET PTCE_VERDICT_MET
#define V_NOT PTCE_VERDICT_NOT_MET
#define V_UND PTCE_VERDICT_UNDETERMINED

static const SampleCase cases[] = {
  /* Le PHARES: the SCIC La Cité PHARES and its seven founding associates
   * from 2014-12-01 (statutes signed that day) */
  { "phares/before-founding-associates", "samples", "phares", "2014-06-01", V_NOT, V_NOT,
    { { "V0", NOTE, "phares" }, { "V4", NOT, NULL }, { "V9", NOT, NULL },
      { "V17", NOTE, NULL }, { NULL } } },
  { "phares/after-founding-associates", "samples", "phares", "2016-01-01", V_UND, V_UND,
    { { "V4", MET, "halage" }, { "V4.plural", MET, "cite-phares" },
      { "V6", UND, "solibio" }, { "V11", MET, "batiment-partage" },
      { "V10", MET, "cite-phares" }, { "V16", UND, NULL }, { "V3", MET, NULL }, { NULL } } },
  { "phares/2021", "samples", "phares", "2021-06-01", V_UND, V_UND,
    { { "V17", NOTE, NULL }, { "V13", MET, "bail-commercial" }, { NULL } } },

  /* Le Damier: an association whose members are not listed one by one;
   * Clermont Auvergne Métropole is a partner « en lien avec » */
  { "le-damier/before-founding", "samples", "le-damier", "2010-06-01", V_NOT, V_NOT,
    { { "V0", NOTE, NULL }, { "V4", NOT, NULL }, { NULL } } },
  { "le-damier/only-ess-enterprises", "samples", "le-damier", "2021-06-01", V_NOT, V_NOT,
    { { "V4", MET, "association-le-damier" }, { "V6", NOT, "association-le-damier" },
      { "V8", MET, "clermont-auvergne-metropole" },
      { "V8.eligibility", NOT, "clermont-auvergne-metropole" },
      { "V14", UND, "hub-ic" }, { "V10", MET, NULL }, { NULL } } },
  { "le-damier/before-hub-ic", "samples", "le-damier", "2016-06-01", V_NOT, V_NOT,
    { { "V14", NOT, NULL }, { NULL } } },

  /* PTCE Sud Aquitaine: its « socle », the CBE du Seignanx */
  { "sud-aquitaine/2021", "samples", "sud-aquitaine", "2021-01-01", V_NOT, V_NOT,
    { { "V6", NOT, "cbe-seignanx" }, { "V12", MET, NULL }, { "V2", MET, NULL },
      { "V4", MET, "cbe-seignanx" }, { "V4.plural", NOT, NULL }, { NULL } } },
  { "sud-aquitaine/before", "samples", "sud-aquitaine", "2013-06-01", V_NOT, V_NOT,
    { { "V4", NOT, NULL }, { NULL } } },

  /* test poles: complete once its enterprise outside the ESS joined */
  { "fixture/complete-before-pme", "fixture", "complete", "2018-06-01", V_NOT, V_NOT,
    { { "V6", NOT, "recyclerie" }, { "V11", NOT, NULL }, { "V13", NOT, NULL },
      { "V4", MET, "recyclerie" }, { "V8", MET, "commune-tarnos" }, { NULL } } },
  { "fixture/complete-after-pme", "fixture", "complete", "2020-06-01", V_MET, V_MET,
    { { "V6", MET, "pme" }, { "V11", MET, "atelier-partage" }, { "V13", MET, NULL },
      { "V8.eligibility", MET, "commune-tarnos" }, { "V3", MET, NULL }, { NULL } } },
  /* no legal personality: a PTCE, not eligible */
  { "fixture/no-legal-personality", "fixture", "convention", "2020-06-01", V_MET, V_NOT,
    { { "V10", NOT, "convention" }, { "V6", MET, "pme" }, { NULL } } },
};

static PtceDataset *
load (const char *which)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  PtceDataset *dataset;

  if (g_str_equal (which, "samples"))
    path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "ptce-samples.json", NULL);
  else
    path = g_test_build_filename (G_TEST_DIST, "data", "analysis", "check-poles.json", NULL);
  dataset = ptce_json_reader_load_file (reader, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static char *
object_id (GObject *object)
{
  char *id = NULL;

  if (PTCE_IS_MEMBERSHIP (object))
    return g_strdup (ptce_actor_get_id (ptce_membership_get_actor (PTCE_MEMBERSHIP (object))));
  if (PTCE_IS_FUNDING (object))
    return g_strdup (ptce_funding_get_call (PTCE_FUNDING (object)));
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (object), "id") != NULL)
    g_object_get (object, "id", &id, NULL);
  return id;
}

static gboolean
names (PtceFinding *finding,
       const char  *id)
{
  GListModel *objects = ptce_finding_get_objects (finding);

  for (guint i = 0; i < g_list_model_get_n_items (objects); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (objects, i);
      g_autofree char *oid = object_id (object);

      if (g_strcmp0 (oid, id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_sample (gconstpointer data)
{
  const SampleCase *c = data;
  g_autoptr(PtceDataset) dataset = load (c->file);
  g_autoptr(PtceChecker) checker = ptce_checker_new ();
  g_autoptr(PtceDate) when = ptce_date_new_from_iso8601 (c->date, NULL);
  g_autoptr(PtceDiagnosis) diagnosis = NULL;
  g_autoptr(GListModel) missing = NULL;
  PtcePole *pole = ptce_dataset_lookup_pole (dataset, c->pole);

  g_assert_nonnull (pole);
  diagnosis = ptce_checker_check (checker, dataset, pole, when);

  for (guint i = 0; c->findings[i].rule != NULL; i++)
    {
      const Expect *e = &c->findings[i];
      PtceFinding *finding = ptce_diagnosis_lookup_finding (diagnosis, e->rule);

      g_assert_nonnull (finding);
      if (ptce_finding_get_status (finding) != e->status)
        g_test_message ("%s: %s", e->rule, ptce_finding_get_message (finding));
      g_assert_cmpint (ptce_finding_get_status (finding), ==, e->status);
      if (e->object_id != NULL)
        {
          if (!names (finding, e->object_id))
            g_test_message ("%s should name %s: %s", e->rule, e->object_id,
                            ptce_finding_get_message (finding));
          g_assert_true (names (finding, e->object_id));
        }
    }

  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_DEFINITION), ==,
                   c->definition);
  g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_ELIGIBILITY), ==,
                   c->eligibility);

  /* eligible exactly when nothing is missing */
  missing = ptce_diagnosis_list_missing (diagnosis);
  g_assert_cmpint (g_list_model_get_n_items (missing) == 0, ==, c->eligibility == V_MET);
}

static void
test_legal_versions_by_date (void)
{
  g_autoptr(PtceDataset) dataset = load ("samples");
  g_autoptr(PtceChecker) checker = ptce_checker_new ();
  PtcePole *pole = ptce_dataset_lookup_pole (dataset, "phares");
  static const struct {
    const char *date;
    const char *article_9_ii;
    const char *basis_part;
  } dates[] = {
    { "2016-01-01", "2014-08-02", "interministerial committee" },
    { "2019-05-23", "2014-08-02", "three objectives" },
    { "2019-05-24", "2014-08-02", "four objectives" },
    { "2020-12-08", "2014-08-02", "interministerial committee" },
    { "2020-12-09", "2020-12-09", "selection by the funders" },
    { "2015-01-01", "2014-08-02", "not yet in force" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(PtceDate) when = ptce_date_new_from_iso8601 (dates[i].date, NULL);
      g_autoptr(PtceDiagnosis) diagnosis = ptce_checker_check (checker, dataset, pole, when);
      PtceFinding *v17 = ptce_diagnosis_lookup_finding (diagnosis, "V17");
      PtceFinding *v1 = ptce_diagnosis_lookup_finding (diagnosis, "V1");
      PtceFinding *v2 = ptce_diagnosis_lookup_finding (diagnosis, "V2");

      g_assert_cmpstr (ptce_finding_get_legal_version (v17), ==, dates[i].article_9_ii);
      g_assert_cmpstr (ptce_finding_get_legal_version (v1), ==, "2014-08-02");
      g_assert_cmpstr (ptce_finding_get_legal_version (v2), ==, "2015-04-18");
      if (strstr (ptce_diagnosis_get_legal_basis (diagnosis), dates[i].basis_part) == NULL)
        g_test_message ("%s: %s", dates[i].date, ptce_diagnosis_get_legal_basis (diagnosis));
      g_assert_nonnull (strstr (ptce_diagnosis_get_legal_basis (diagnosis), dates[i].basis_part));
    }
}

static void
test_check_dataset (void)
{
  g_autoptr(PtceDataset) dataset = load ("samples");
  g_autoptr(PtceChecker) checker = ptce_checker_new ();
  g_autoptr(PtceDate) when = ptce_date_new_from_iso8601 ("2021-06-01", NULL);
  g_autoptr(GListModel) diagnoses = ptce_checker_check_dataset (checker, dataset, when);
  GListModel *poles = ptce_dataset_get_poles (dataset);

  g_assert_cmpuint (g_list_model_get_n_items (diagnoses), ==, g_list_model_get_n_items (poles));
  for (guint i = 0; i < g_list_model_get_n_items (diagnoses); i++)
    {
      g_autoptr(PtceDiagnosis) diagnosis = g_list_model_get_item (diagnoses, i);
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);

      g_assert_true (ptce_diagnosis_get_pole (diagnosis) == pole);
      /* none of the three samples is shown to meet the definition */
      g_assert_cmpint (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_DEFINITION), !=,
                       PTCE_VERDICT_MET);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Ptce/Samples/%s", cases[i].path);

      g_test_add_data_func (path, &cases[i], test_sample);
    }
  g_test_add_func ("/Ptce/Samples/legal-versions-by-date", test_legal_versions_by_date);
  g_test_add_func ("/Ptce/Samples/check-dataset", test_check_dataset);

  return g_test_run ();
}
