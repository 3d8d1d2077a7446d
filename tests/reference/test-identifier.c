/* test-identifier.c: the checks of SIREN, SIRET, RNA, NAF and codes
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <libptce/libptce.h>

typedef gboolean (*CheckFunc) (const char *value, GError **error);

typedef struct {
  const char *value;
  gboolean    valid;
  const char *says;  /* a fragment the error message must contain */
} Case;

static void
run_cases (CheckFunc   check,
           const Case *cases,
           gsize       n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = check (cases[i].value, &error);

      g_test_message ("“%s”: %s", cases[i].value, error != NULL ? error->message : "valid");
      g_assert_cmpint (ok, ==, cases[i].valid);
      if (cases[i].valid)
        g_assert_no_error (error);
      else
        {
          g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER);
          g_assert_nonnull (strstr (error->message, cases[i].says));
        }
    }
}

static void
test_siren (void)
{
  static const Case cases[] = {
    { "732829320", TRUE, NULL },          /* L'Oréal, the classic example */
    { "356000000", TRUE, NULL },          /* La Poste */
    { "212602817", TRUE, NULL },          /* Romans-sur-Isère, a commune */
    { "200068781", TRUE, NULL },          /* CA Valence Romans Agglo */
    { "732829321", FALSE, "check digit" },
    { "732829321", FALSE, "should be 0" },
    { "73282932", FALSE, "length" },
    { "7328293200", FALSE, "length" },
    { "", FALSE, "empty" },
    { "73282932A", FALSE, "not a digit" },
    { "732 829 320", FALSE, "a space" },
    { "７３２８２９３２０", FALSE, "not a digit" },  /* full-width digits */
    { "\xff\xfe", FALSE, "UTF-8" },
  };

  run_cases (ptce_identifier_check_siren, cases, G_N_ELEMENTS (cases));
}

static void
test_siret (void)
{
  static const Case cases[] = {
    { "73282932000074", TRUE, NULL },
    { "35600000000048", TRUE, NULL },     /* La Poste, siège: plain Luhn */
    { "35600000049837", TRUE, NULL },     /* La Poste office: digits add up to 45 */
    { "35600000049838", FALSE, "multiple of 5" },
    { "35600000000000", FALSE, "it is 14" },  /* neither rule */
    { "73282932000075", FALSE, "check digit" },
    { "73282932000075", FALSE, "should be 4" },
    { "7328293200007", FALSE, "length" },
    { "73282932100074", FALSE, "SIREN part" },
    { "7328293200007X", FALSE, "not a digit" },
    { "", FALSE, "empty" },
  };

  run_cases (ptce_identifier_check_siret, cases, G_N_ELEMENTS (cases));
}

static void
test_siret_for_siren (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ptce_identifier_check_siret_for_siren ("73282932000074", "732829320", &error));
  g_assert_no_error (error);
  g_assert_true (ptce_identifier_check_siret_for_siren ("35600000049837", "356000000", &error));
  g_assert_no_error (error);

  g_assert_false (ptce_identifier_check_siret_for_siren ("73282932000074", "356000000", &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER);
  g_assert_nonnull (strstr (error->message, "356000000"));
  g_assert_nonnull (strstr (error->message, "732829320"));
  g_clear_error (&error);

  /* An invalid SIRET is reported as such, before the comparison. */
  g_assert_false (ptce_identifier_check_siret_for_siren ("73282932000075", "732829320", &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER);
  g_assert_nonnull (strstr (error->message, "check digit"));
  g_clear_error (&error);

  /* A SIREN that only starts like the SIRET is not its SIREN. */
  g_assert_false (ptce_identifier_check_siret_for_siren ("73282932000074", "7328293200", &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER);
}

static void
test_rna (void)
{
  static const Case cases[] = {
    { "W751234567", TRUE, NULL },
    { "W261000123", TRUE, NULL },
    { "w751234567", FALSE, "capital" },
    { "W75123456", FALSE, "length" },
    { "W7512345678", FALSE, "length" },
    { "W9R1234567", FALSE, "not a digit" },
    { "301S0301001688", FALSE, "begin with" },  /* an old, pre-RNA number */
    { "", FALSE, "empty" },
  };

  run_cases (ptce_identifier_check_rna, cases, G_N_ELEMENTS (cases));
}

static void
test_naf (void)
{
  static const Case cases[] = {
    { "88.99B", TRUE, NULL },
    { "8899B", TRUE, NULL },
    { "01.11Z", TRUE, NULL },
    { "94.99Z", TRUE, NULL },
    { "34.00A", FALSE, "division 34" },     /* no division 34 in NAF rév. 2 */
    { "00.00A", FALSE, "division 00" },
    { "88.99b", FALSE, "capital letter" },
    { "88-99B", FALSE, "88.99B" },
    { "88.9B", FALSE, "88.99B" },
    { "889", FALSE, "88.99B" },
    { "", FALSE, "empty" },
  };

  run_cases (ptce_identifier_check_naf, cases, G_N_ELEMENTS (cases));
}

static void
test_commune_code (void)
{
  static const Case cases[] = {
    { "26281", TRUE, NULL },
    { "2A004", TRUE, NULL },
    { "2B033", TRUE, NULL },
    { "97411", TRUE, NULL },
    { "20004", TRUE, NULL },  /* well formed; obsolete since 1976 (the geography says) */
    { "2a004", FALSE, "capital" },
    { "2C004", FALSE, "not a digit" },
    { "2628", FALSE, "length" },
    { "262810", FALSE, "length" },
    { "", FALSE, "empty" },
  };

  run_cases (ptce_identifier_check_commune_code, cases, G_N_ELEMENTS (cases));
}

static void
test_departement_code (void)
{
  static const Case cases[] = {
    { "26", TRUE, NULL },
    { "2A", TRUE, NULL },
    { "974", TRUE, NULL },
    { "988", TRUE, NULL },
    { "20", FALSE, "2A" },
    { "123", FALSE, "overseas" },
    { "2", FALSE, "length" },
    { "2a", FALSE, "not a digit" },
    { "", FALSE, "empty" },
  };

  run_cases (ptce_identifier_check_departement_code, cases, G_N_ELEMENTS (cases));
}

static void
test_legal_category (void)
{
  static const Case cases[] = {
    { "9220", TRUE, NULL },
    { "7383", TRUE, NULL },
    { "922", FALSE, "length" },
    { "92200", FALSE, "length" },
    { "92a0", FALSE, "not a digit" },
  };

  run_cases (ptce_identifier_check_legal_category, cases, G_N_ELEMENTS (cases));
}

/* A hostile, huge value is quoted short in the message. */
static void
test_huge_value (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = g_strnfill (1 << 20, '9');

  g_assert_false (ptce_identifier_check_siren (huge, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER);
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_assert_nonnull (strstr (error->message, "…"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Identifier/siren", test_siren);
  g_test_add_func ("/Ptce/Identifier/siret", test_siret);
  g_test_add_func ("/Ptce/Identifier/siret-for-siren", test_siret_for_siren);
  g_test_add_func ("/Ptce/Identifier/rna", test_rna);
  g_test_add_func ("/Ptce/Identifier/naf", test_naf);
  g_test_add_func ("/Ptce/Identifier/commune-code", test_commune_code);
  g_test_add_func ("/Ptce/Identifier/departement-code", test_departement_code);
  g_test_add_func ("/Ptce/Identifier/legal-category", test_legal_category);
  g_test_add_func ("/Ptce/Identifier/huge-value", test_huge_value);

  return g_test_run ();
}
