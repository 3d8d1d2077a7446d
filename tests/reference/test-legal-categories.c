/* test-legal-categories.c: INSEE legal categories, ESS and kind inference
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <libptce/libptce.h>

static PtceLegalCategories *
cats (void)
{
  return ptce_legal_categories_get_default ();
}

typedef struct {
  const char     *code;
  const char     *label;
  PtceEssFamily   family;
  PtceEssBasis    basis;
  PtceDerivation  derivation;
  PtceActorKind   kind;
  gboolean        public_law;
  gboolean        commercial;
} CategoryCase;

static void
test_lookup (void)
{
  static const CategoryCase cases[] = {
    { "9220", "Association déclarée", PTCE_ESS_FAMILY_ASSOCIATION, PTCE_ESS_BASIS_BY_STATUS,
      PTCE_DERIVATION_EXPLICIT, PTCE_ACTOR_KIND_ENTERPRISE, FALSE, FALSE },
    { "9223", "Groupement d'employeurs", PTCE_ESS_FAMILY_ASSOCIATION, PTCE_ESS_BASIS_BY_STATUS,
      PTCE_DERIVATION_EXPLICIT, PTCE_ACTOR_KIND_ENTERPRISE_GROUPING, FALSE, FALSE },
    { "9300", "Fondation", PTCE_ESS_FAMILY_FOUNDATION, PTCE_ESS_BASIS_BY_STATUS,
      PTCE_DERIVATION_EXPLICIT, PTCE_ACTOR_KIND_ENTERPRISE, FALSE, FALSE },
    { "8210", "Mutuelle", PTCE_ESS_FAMILY_MUTUAL, PTCE_ESS_BASIS_BY_STATUS,
      PTCE_DERIVATION_EXPLICIT, PTCE_ACTOR_KIND_ENTERPRISE, FALSE, FALSE },
    { "5458", "SARL coopérative ouvrière de production (SCOP)", PTCE_ESS_FAMILY_COOPERATIVE,
      PTCE_ESS_BASIS_BY_STATUS, PTCE_DERIVATION_EXPLICIT, PTCE_ACTOR_KIND_ENTERPRISE, FALSE, TRUE },
    { "6317", "Société coopérative agricole", PTCE_ESS_FAMILY_COOPERATIVE, PTCE_ESS_BASIS_BY_STATUS,
      PTCE_DERIVATION_EXPLICIT, PTCE_ACTOR_KIND_ENTERPRISE, FALSE, FALSE },
    { "5710", "SAS, société par actions simplifiée", PTCE_ESS_FAMILY_UNKNOWN, PTCE_ESS_BASIS_UNKNOWN,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_ENTERPRISE, FALSE, TRUE },
    { "5499", "Société à responsabilité limitée (sans autre indication)", PTCE_ESS_FAMILY_UNKNOWN,
      PTCE_ESS_BASIS_UNKNOWN, PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_ENTERPRISE, FALSE, TRUE },
    { "6540", "Société civile immobilière", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_ENTERPRISE, FALSE, FALSE },
    { "6220", "Groupement d'intérêt économique (GIE)", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_ENTERPRISE_GROUPING, FALSE, FALSE },
    { "1000", "Entrepreneur individuel", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_ENTERPRISE, FALSE, FALSE },
    { "7210", "Commune et commune nouvelle", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_LOCAL_AUTHORITY, TRUE, FALSE },
    { "7220", "Département", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_LOCAL_AUTHORITY, TRUE, FALSE },
    { "7230", "Région", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_LOCAL_AUTHORITY, TRUE, FALSE },
    { "7346", "Communauté de communes", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING, TRUE, FALSE },
    { "7348", "Communauté d'agglomération", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING, TRUE, FALSE },
    { "7344", "Métropole", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING, TRUE, FALSE },
    { "7357", "Pôle d'équilibre territorial et rural (PETR)", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING, TRUE, FALSE },
    { "7355", "Syndicat mixte ouvert", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING, TRUE, FALSE },
    { "7383", "Établissement public national à caractère scientifique culturel et professionnel",
      PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS, PTCE_DERIVATION_INFERRED,
      PTCE_ACTOR_KIND_HIGHER_EDUCATION, TRUE, FALSE },
    { "7331", "Établissement public local d'enseignement", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_TRAINING_BODY, TRUE, FALSE },
    { "7381", "Organisme consulaire", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON, TRUE, FALSE },
    { "7410", "Groupement d'intérêt public (GIP)", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON, TRUE, FALSE },
    { "4140", "Établissement public local à caractère industriel ou commercial", PTCE_ESS_FAMILY_NONE,
      PTCE_ESS_BASIS_NOT_ESS, PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON, TRUE, FALSE },
    { "8510", "Institution de prévoyance", PTCE_ESS_FAMILY_NONE, PTCE_ESS_BASIS_NOT_ESS,
      PTCE_DERIVATION_INFERRED, PTCE_ACTOR_KIND_ENTERPRISE, FALSE, FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const CategoryCase *x = &cases[i];
      g_autoptr(PtceLegalCategory) c = ptce_legal_categories_lookup (cats (), x->code);

      g_test_message ("%s", x->code);
      g_assert_nonnull (c);
      g_assert_cmpstr (ptce_legal_category_get_code (c), ==, x->code);
      g_assert_cmpstr (ptce_legal_category_get_label (c), ==, x->label);
      g_assert_cmpint (ptce_legal_category_get_ess_family (c), ==, x->family);
      g_assert_cmpint (ptce_legal_category_get_ess_basis (c), ==, x->basis);
      g_assert_cmpint (ptce_legal_category_get_ess_derivation (c), ==, x->derivation);
      g_assert_cmpint (ptce_legal_category_get_suggested_kind (c), ==, x->kind);
      g_assert_cmpint (ptce_legal_category_is_public_law (c), ==, x->public_law);
      g_assert_cmpint (ptce_legal_category_is_commercial_company (c), ==, x->commercial);
      g_assert_nonnull (ptce_legal_category_get_note (c));
      g_assert_false (ptce_legal_category_is_ess_doubtful (c));
    }
}

static void
test_doubtful (void)
{
  g_autoptr(PtceLegalCategory) avocats = ptce_legal_categories_lookup (cats (), "9224");
  g_autoptr(PtceLegalCategory) congregation = ptce_legal_categories_lookup (cats (), "9240");

  g_assert_true (ptce_legal_category_is_ess_doubtful (avocats));
  g_assert_cmpint (ptce_legal_category_get_ess_family (avocats), ==, PTCE_ESS_FAMILY_ASSOCIATION);
  g_assert_cmpint (ptce_legal_category_get_ess_basis (avocats), ==, PTCE_ESS_BASIS_UNKNOWN);
  g_assert_cmpint (ptce_legal_category_get_ess_derivation (avocats), ==, PTCE_DERIVATION_EXPLICIT);
  g_assert_true (ptce_legal_category_is_ess_doubtful (congregation));
  g_assert_cmpint (ptce_legal_category_get_suggested_kind (congregation), ==, PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON);
}

static void
test_unknown (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (ptce_legal_categories_lookup (cats (), "1234"));
  g_assert_null (ptce_legal_categories_lookup (cats (), ""));
  g_assert_true (ptce_legal_categories_check (cats (), "9220", &error));
  g_assert_no_error (error);
  g_assert_false (ptce_legal_categories_check (cats (), "1234", &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER);
  g_assert_nonnull (strstr (error->message, "“1234” is not in the INSEE nomenclature"));
  g_clear_error (&error);
  g_assert_false (ptce_legal_categories_check (cats (), "92-20", &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER);
  g_assert_nonnull (strstr (error->message, "not a digit"));
}

/* Every row of the shipped file is embedded as it is, and every category
 * has an ESS answer and a suggested kind. */
static void
test_every_row (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "legal-categories",
                                                 "insee-categories-juridiques.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GListModel) all = ptce_legal_categories_list (cats ());
  guint n_rows = 0;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint l = 1; lines[l] != NULL; l++)
    {
      g_autoptr(PtceLegalCategory) c = NULL;
      g_autofree char *code = NULL;
      const char *family;

      g_strchomp (lines[l]);  /* the file has CRLF line ends, as INSEE's */
      if (lines[l][0] == '\0')
        continue;
      n_rows++;
      code = g_strndup (lines[l], 4);
      c = ptce_legal_categories_lookup (cats (), code);
      g_assert_nonnull (c);
      /* The label is the text between the first comma and the last one,
       * quotes aside. */
      family = strrchr (lines[l], ',') + 1;
      g_assert_nonnull (strstr (lines[l], ptce_legal_category_get_label (c)));
      g_test_message ("%s → “%s”", code, family);
      if (*family != '\0')
        g_assert_cmpint (ptce_legal_category_get_ess_derivation (c), ==, PTCE_DERIVATION_EXPLICIT);
      else
        g_assert_cmpint (ptce_legal_category_get_ess_derivation (c), ==, PTCE_DERIVATION_INFERRED);
      g_assert_cmpint (ptce_legal_category_get_suggested_kind (c), !=, PTCE_ACTOR_KIND_UNKNOWN);
      g_assert_cmpint (ptce_legal_category_is_public_law (c), ==, code[0] == '4' || code[0] == '7');
    }
  g_assert_cmpuint (n_rows, ==, 260);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 260);
}

typedef struct {
  const char     *category;
  PtceActorKind   kind;
  PtceEssFamily   family;
  PtceEssBasis    basis;
  /* expected */
  PtceActorKind   out_kind;
  PtceDerivation  kind_from;
  PtceEssFamily   out_family;
  PtceDerivation  family_from;
  PtceEssBasis    out_basis;
  PtceDerivation  basis_from;
  guint           n_conflicts;
  gboolean        ess_enterprise;
} InferCase;

#define U_K PTCE_ACTOR_KIND_UNKNOWN
#define U_F PTCE_ESS_FAMILY_UNKNOWN
#define U_B PTCE_ESS_BASIS_UNKNOWN
#define EXP PTCE_DERIVATION_EXPLICIT
#define INF PTCE_DERIVATION_INFERRED
#define NON PTCE_DERIVATION_NONE

static void
test_infer (void)
{
  static const InferCase cases[] = {
    /* Nothing stated: all from the category. */
    { "9220", U_K, U_F, U_B, PTCE_ACTOR_KIND_ENTERPRISE, INF, PTCE_ESS_FAMILY_ASSOCIATION, INF,
      PTCE_ESS_BASIS_BY_STATUS, INF, 0, TRUE },
    { "7383", U_K, U_F, U_B, PTCE_ACTOR_KIND_HIGHER_EDUCATION, INF, PTCE_ESS_FAMILY_NONE, INF,
      PTCE_ESS_BASIS_NOT_ESS, INF, 0, FALSE },
    { "7210", U_K, U_F, U_B, PTCE_ACTOR_KIND_LOCAL_AUTHORITY, INF, PTCE_ESS_FAMILY_NONE, INF,
      PTCE_ESS_BASIS_NOT_ESS, INF, 0, FALSE },
    /* A SAS: an enterprise, its ESS quality unknown until qualified. */
    { "5710", U_K, U_F, U_B, PTCE_ACTOR_KIND_ENTERPRISE, INF, U_F, NON, U_B, NON, 0, FALSE },
    { "5710", U_K, PTCE_ESS_FAMILY_COMMERCIAL_COMPANY, PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY,
      PTCE_ACTOR_KIND_ENTERPRISE, INF, PTCE_ESS_FAMILY_COMMERCIAL_COMPANY, EXP,
      PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY, EXP, 0, TRUE },
    /* Stated data win; contradictions are reported. */
    { "9220", PTCE_ACTOR_KIND_TRAINING_BODY, PTCE_ESS_FAMILY_COOPERATIVE, U_B,
      PTCE_ACTOR_KIND_TRAINING_BODY, EXP, PTCE_ESS_FAMILY_COOPERATIVE, EXP,
      PTCE_ESS_BASIS_BY_STATUS, INF, 1, FALSE },
    { "5710", U_K, U_F, PTCE_ESS_BASIS_BY_STATUS, PTCE_ACTOR_KIND_ENTERPRISE, INF, U_F, NON,
      PTCE_ESS_BASIS_BY_STATUS, EXP, 1, TRUE },
    { "6540", U_K, U_F, PTCE_ESS_BASIS_BY_STATUS, PTCE_ACTOR_KIND_ENTERPRISE, INF,
      PTCE_ESS_FAMILY_NONE, INF, PTCE_ESS_BASIS_BY_STATUS, EXP, 1, TRUE },
    { "9220", U_K, U_F, PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY, PTCE_ACTOR_KIND_ENTERPRISE, INF,
      PTCE_ESS_FAMILY_ASSOCIATION, INF, PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY, EXP, 1, TRUE },
    { "5499", PTCE_ACTOR_KIND_LOCAL_AUTHORITY, U_F, U_B, PTCE_ACTOR_KIND_LOCAL_AUTHORITY, EXP, U_F, NON,
      U_B, NON, 1, FALSE },
    { "7346", PTCE_ACTOR_KIND_ENTERPRISE, U_F, U_B, PTCE_ACTOR_KIND_ENTERPRISE, EXP,
      PTCE_ESS_FAMILY_NONE, INF, PTCE_ESS_BASIS_NOT_ESS, INF, 1, FALSE },
    { "9220", PTCE_ACTOR_KIND_NATURAL_PERSON, U_F, U_B, PTCE_ACTOR_KIND_NATURAL_PERSON, EXP,
      PTCE_ESS_FAMILY_ASSOCIATION, INF, PTCE_ESS_BASIS_BY_STATUS, INF, 1, FALSE },
    /* A doubtful category gives a family, not a basis. */
    { "9240", U_K, U_F, U_B, PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON, INF, PTCE_ESS_FAMILY_ASSOCIATION, INF,
      U_B, NON, 0, FALSE },
    /* No category, or one unknown: the stated family implies the basis. */
    { NULL, PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_FAMILY_COOPERATIVE, U_B, PTCE_ACTOR_KIND_ENTERPRISE, EXP,
      PTCE_ESS_FAMILY_COOPERATIVE, EXP, PTCE_ESS_BASIS_BY_STATUS, INF, 0, TRUE },
    { "1234", U_K, U_F, U_B, U_K, NON, U_F, NON, U_B, NON, 0, FALSE },
    { NULL, U_K, PTCE_ESS_FAMILY_NONE, U_B, U_K, NON, PTCE_ESS_FAMILY_NONE, EXP,
      PTCE_ESS_BASIS_NOT_ESS, INF, 0, FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const InferCase *x = &cases[i];
      g_autoptr(PtceActor) actor = ptce_actor_new ("a", NULL);
      g_autoptr(PtceActorInference) inf = NULL;

      g_test_message ("case %" G_GSIZE_FORMAT " (%s)", i, x->category ? x->category : "none");
      ptce_actor_set_legal_category (actor, x->category);
      ptce_actor_set_kind (actor, x->kind);
      ptce_actor_set_ess_family (actor, x->family);
      ptce_actor_set_ess_basis (actor, x->basis);
      inf = ptce_legal_categories_infer_actor (cats (), actor);

      g_assert_cmpint (ptce_actor_inference_get_kind (inf), ==, x->out_kind);
      g_assert_cmpint (ptce_actor_inference_get_kind_derivation (inf), ==, x->kind_from);
      g_assert_cmpint (ptce_actor_inference_get_ess_family (inf), ==, x->out_family);
      g_assert_cmpint (ptce_actor_inference_get_ess_family_derivation (inf), ==, x->family_from);
      g_assert_cmpint (ptce_actor_inference_get_ess_basis (inf), ==, x->out_basis);
      g_assert_cmpint (ptce_actor_inference_get_ess_basis_derivation (inf), ==, x->basis_from);
      for (const char * const *c = ptce_actor_inference_get_conflicts (inf); *c; c++)
        g_test_message ("  conflict: %s", *c);
      g_assert_cmpuint (g_strv_length ((char **) ptce_actor_inference_get_conflicts (inf)), ==,
                        x->n_conflicts);
      g_assert_cmpint (ptce_actor_inference_is_ess_enterprise (inf), ==, x->ess_enterprise);
      if (x->category != NULL && g_strcmp0 (x->category, "1234") != 0)
        g_assert_cmpstr (ptce_legal_category_get_code (ptce_actor_inference_get_legal_category (inf)),
                         ==, x->category);
      else
        g_assert_null (ptce_actor_inference_get_legal_category (inf));
    }
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_apply (void)
{
  g_autoptr(PtceActor) actor = ptce_actor_new ("a", "Université Grenoble Alpes");
  g_autoptr(PtceActorInference) inf = NULL;
  g_autoptr(PtceActorInference) again = NULL;
  guint notified = 0;

  ptce_actor_set_legal_category (actor, "7383");
  ptce_actor_set_ess_basis (actor, PTCE_ESS_BASIS_DECLARED_ONLY);  /* stated: kept */
  g_signal_connect (actor, "notify", G_CALLBACK (count_notify), &notified);

  inf = ptce_legal_categories_infer_actor (cats (), actor);
  /* Inferring changes nothing on the actor. */
  g_assert_cmpint (ptce_actor_get_kind (actor), ==, PTCE_ACTOR_KIND_UNKNOWN);
  g_assert_cmpuint (notified, ==, 0);

  g_assert_true (ptce_actor_inference_apply (inf, actor));
  g_assert_cmpint (ptce_actor_get_kind (actor), ==, PTCE_ACTOR_KIND_HIGHER_EDUCATION);
  g_assert_cmpint (ptce_actor_get_ess_family (actor), ==, PTCE_ESS_FAMILY_NONE);
  g_assert_cmpint (ptce_actor_get_ess_basis (actor), ==, PTCE_ESS_BASIS_DECLARED_ONLY);
  g_assert_cmpuint (notified, ==, 2);

  /* Now all is stated: nothing more to apply. */
  again = ptce_legal_categories_infer_actor (cats (), actor);
  g_assert_cmpint (ptce_actor_inference_get_kind_derivation (again), ==, PTCE_DERIVATION_EXPLICIT);
  g_assert_false (ptce_actor_inference_apply (again, actor));
  g_assert_cmpuint (notified, ==, 2);
}

static void
test_from_files (void)
{
  g_autofree char *categories = g_test_build_filename (G_TEST_DIST, "data", "reference",
                                                       "categories-small.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceLegalCategories) small = ptce_legal_categories_new_from_files (categories, NULL, &error);
  g_autoptr(PtceLegalCategory) coop = NULL;
  g_autoptr(PtceLegalCategory) assoc = NULL;
  g_autoptr(GListModel) all = NULL;

  g_assert_no_error (error);
  all = ptce_legal_categories_list (small);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  /* The replacement file says 5710 is a cooperative: explicit data win. */
  coop = ptce_legal_categories_lookup (small, "5710");
  g_assert_cmpint (ptce_legal_category_get_ess_family (coop), ==, PTCE_ESS_FAMILY_COOPERATIVE);
  g_assert_cmpint (ptce_legal_category_get_ess_derivation (coop), ==, PTCE_DERIVATION_EXPLICIT);
  g_assert_cmpstr (ptce_legal_category_get_label (coop), ==, "SAS, y compris SCIC");
  assoc = ptce_legal_categories_lookup (small, "9220");
  g_assert_cmpint (ptce_legal_category_get_suggested_kind (assoc), ==, PTCE_ACTOR_KIND_ENTERPRISE);
  g_assert_null (ptce_legal_categories_lookup (small, "7383"));
  g_assert_finalize_object (g_steal_pointer (&small));
}

typedef struct {
  const char *categories;
  const char *rules;
  gint        code;
  const char *says;
} BadCsv;

static void
test_bad_files (void)
{
  static const BadCsv cases[] = {
    { "", NULL, PTCE_ERROR_INVALID_REFERENCE_DATA, "empty" },
    { "code,name\n9220,x\n", NULL, PTCE_ERROR_INVALID_REFERENCE_DATA, "no column “label”" },
    { "code,label\n92x0,x\n", NULL, PTCE_ERROR_INVALID_REFERENCE_DATA, "<categories>:2:" },
    { "code,label\n9220,\n", NULL, PTCE_ERROR_INVALID_REFERENCE_DATA, "no label" },
    { "code,label\n9220,x\n9220,y\n", NULL, PTCE_ERROR_INVALID_REFERENCE_DATA, ":3: legal category 9220 is listed twice" },
    { "code,label\n9220,x\n5710,y\n1000,z\n5710,w\n", NULL, PTCE_ERROR_INVALID_REFERENCE_DATA, ":5: legal category 5710 is listed twice" },
    { "code,label,ess_family_by_status\n9220,x,charity\n", NULL, PTCE_ERROR_INVALID_REFERENCE_DATA, "“charity”" },
    { "code,label\n9220,\"x\n", NULL, PTCE_ERROR_INVALID_REFERENCE_DATA, "quoting" },
    { "code,label\n9220\n", NULL, PTCE_ERROR_INVALID_REFERENCE_DATA, "fewer than the header" },
    { "code,label\n", NULL, PTCE_ERROR_INVALID_REFERENCE_DATA, "no legal category" },
    { "code,label\n9220,x\n", "prefix,suggested_kind,ess_default,commercial_company\n9,wizard,unknown,no\n",
      PTCE_ERROR_INVALID_REFERENCE_DATA, "<rules>:2: unknown actor kind “wizard”" },
    { "code,label\n9220,x\n", "prefix,suggested_kind,ess_default,commercial_company\n9,enterprise,maybe,no\n",
      PTCE_ERROR_INVALID_REFERENCE_DATA, "“maybe”" },
    { "code,label\n9220,x\n", "prefix,suggested_kind,ess_default,commercial_company\n99999,enterprise,unknown,no\n",
      PTCE_ERROR_INVALID_REFERENCE_DATA, "1 to 4 digits" },
    { "code,label\n9220,x\n", "prefix,suggested_kind,ess_default,commercial_company\n9,enterprise,unknown,no\n9,enterprise,unknown,no\n",
      PTCE_ERROR_INVALID_REFERENCE_DATA, "two rules" },
    { "code,label\n9220,\xff\n", NULL, PTCE_ERROR_INVALID_REFERENCE_DATA, "UTF-8" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) c = g_bytes_new_static (cases[i].categories, strlen (cases[i].categories));
      g_autoptr(GBytes) r = cases[i].rules ? g_bytes_new_static (cases[i].rules, strlen (cases[i].rules)) : NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceLegalCategories) loaded = ptce_legal_categories_new_from_bytes (c, r, &error);

      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, error ? error->message : "(loaded)");
      g_assert_null (loaded);
      g_assert_error (error, PTCE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PtceLegalCategories) missing =
      ptce_legal_categories_new_from_files ("/nonexistent/categories.csv", NULL, &error);

    g_assert_null (missing);
    g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/LegalCategories/lookup", test_lookup);
  g_test_add_func ("/Ptce/LegalCategories/doubtful", test_doubtful);
  g_test_add_func ("/Ptce/LegalCategories/unknown", test_unknown);
  g_test_add_func ("/Ptce/LegalCategories/every-row", test_every_row);
  g_test_add_func ("/Ptce/LegalCategories/infer", test_infer);
  g_test_add_func ("/Ptce/LegalCategories/apply", test_apply);
  g_test_add_func ("/Ptce/LegalCategories/from-files", test_from_files);
  g_test_add_func ("/Ptce/LegalCategories/bad-files", test_bad_files);

  return g_test_run ();
}
