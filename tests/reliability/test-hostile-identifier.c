/* test-hostile-identifier.c: hostile input for the identifier and code checks
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Families (docs/reliability.md):
 * - table: tests/data/hostile/identifier/cases.tsv (CHECK:TEXT inputs);
 * - mutations of valid SIRENs and SIRETs: every digit replaced by each other
 *   digit, every pair of adjacent digits swapped, every cut; judged by an
 *   oracle written from the domain brief (9 or 14 digits, Luhn, La Poste's
 *   sum of digits, a SIRET's SIREN part a valid SIREN): accepted exactly
 *   when the oracle accepts, otherwise
 *   refused with PTCE_ERROR_INVALID_IDENTIFIER quoting the text;
 * - huge: a megabyte of digits is refused, quoted cut short.
 */
#include <string.h>

#include "libptce.h"
#include "hostile-common.h"

typedef gboolean (*CheckFunc) (const char *text, GError **error);

static gboolean
check_siret_for (const char  *text,
                 GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, " ", 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return ptce_identifier_check_siret_for_siren (parts[0], parts[1], error);
}

static CheckFunc
check_of (const char *name)
{
  static const struct { const char *name; CheckFunc func; } checks[] = {
    { "siren", ptce_identifier_check_siren },
    { "siret", ptce_identifier_check_siret },
    { "siret_for", check_siret_for },
    { "rna", ptce_identifier_check_rna },
    { "naf", ptce_identifier_check_naf },
    { "commune", ptce_identifier_check_commune_code },
    { "departement", ptce_identifier_check_departement_code },
    { "legal-category", ptce_identifier_check_legal_category },
  };

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    if (strcmp (checks[i].name, name) == 0)
      return checks[i].func;
  g_error ("unknown check “%s”", name);
  return NULL;
}

static void
test_table (void)
{
  g_autoptr(GPtrArray) cases = hostile_load_cases ("identifier");
  g_autoptr(GHashTable) checks_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < cases->len; i++)
    {
      HostileCase *c = g_ptr_array_index (cases, i);
      g_autofree char *label = g_strdup_printf ("identifier/cases.tsv:%u (%s)", c->line, c->note);
      const char *colon = strchr (c->input, ':');
      g_autofree char *check = NULL;
      g_autoptr(GError) error = NULL;
      gboolean ok;

      if (colon == NULL)
        g_error ("%s: the input is CHECK:TEXT", label);
      check = g_strndup (c->input, colon - c->input);
      g_hash_table_add (checks_seen, g_strdup (check));
      ok = check_of (check) (colon + 1, &error);
      if (hostile_case_is_ok (c))
        hostile_assert_ok (ok, error, label);
      else
        {
          hostile_assert_error (error, c->domain_quark, c->code, c->substring, NULL, label);
          g_assert_false (ok);
        }
    }
  /* Every check has its cases. */
  g_assert_cmpuint (g_hash_table_size (checks_seen), ==, 8);
  hostile_report_count ("identifier", "table", cases->len);
}

/* ---- the oracle ------------------------------------------------------------ */

static gboolean
all_digits (const char *s,
            gsize       n)
{
  if (strlen (s) != n)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

static gboolean
luhn (const char *s)
{
  gsize n = strlen (s);
  int sum = 0;

  for (gsize i = 0; i < n; i++)
    {
      int d = s[n - 1 - i] - '0';

      if (i % 2 == 1)
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
  return sum % 10 == 0;
}

/* A SIREN: 9 digits passing Luhn. A SIRET: 14 digits whose first 9 are a
 * SIREN, passing Luhn as a whole, or, for La Poste (SIREN 356000000), whose
 * digits sum to a multiple of 5. */
static gboolean
oracle (gboolean    siret,
        const char *s)
{
  g_autofree char *siren = NULL;
  int sum = 0;

  if (!siret)
    return all_digits (s, 9) && luhn (s);
  if (!all_digits (s, 14))
    return FALSE;
  siren = g_strndup (s, 9);
  if (!luhn (siren))
    return FALSE;
  for (const char *p = s; *p != '\0'; p++)
    sum += *p - '0';
  return luhn (s) || (strcmp (siren, "356000000") == 0 && sum % 5 == 0);
}

static guint n_mutants, n_refused;

static void
check_mutant (gboolean    siret,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = siret ? ptce_identifier_check_siret (text, &error)
                      : ptce_identifier_check_siren (text, &error);
  g_autofree char *label = g_strdup_printf ("%s “%s”", siret ? "SIRET" : "SIREN", text);

  n_mutants++;
  if (oracle (siret, text))
    {
      hostile_assert_ok (ok, error, label);
      return;
    }
  n_refused++;
  if (ok)
    {
      g_test_message ("FAIL: %s accepted, the oracle refuses it", label);
      g_test_fail_printf ("%s accepted, the oracle refuses it", label);
      return;
    }
  hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER, label, NULL, label);
}

static void
mutate (gboolean    siret,
        const char *valid)
{
  gsize n = strlen (valid);

  check_mutant (siret, valid);
  for (gsize pos = 0; pos < n; pos++)
    {
      g_autofree char *swapped = g_strdup (valid);

      for (char d = '0'; d <= '9'; d++)
        {
          g_autofree char *t = g_strdup (valid);

          if (t[pos] == d)
            continue;
          t[pos] = d;
          check_mutant (siret, t);
        }
      if (pos + 1 < n && valid[pos] != valid[pos + 1])
        {
          swapped[pos] = valid[pos + 1];
          swapped[pos + 1] = valid[pos];
          check_mutant (siret, swapped);
        }
      {
        g_autofree char *cut = g_strndup (valid, pos);
        check_mutant (siret, cut);
      }
    }
}

static void
test_mutations (void)
{
  static const char * const sirens[] = { "732829320", "552100554", "356000000", "130005481" };
  static const char * const sirets[] = { "73282932000074", "55210055400013", "35600000000048", "35600000010000" };

  for (guint i = 0; i < G_N_ELEMENTS (sirens); i++)
    mutate (FALSE, sirens[i]);
  for (guint i = 0; i < G_N_ELEMENTS (sirets); i++)
    mutate (TRUE, sirets[i]);
  /* Luhn catches every single-digit change, so most mutants are refused;
   * a few swaps (09 ↔ 90) and La Poste variants pass. */
  g_assert_cmpuint (n_refused, >, n_mutants * 3 / 4);
  g_assert_cmpuint (n_refused, <, n_mutants);
  hostile_report_count ("identifier", "mutations", n_mutants);
}

static void
test_huge (void)
{
  gsize size = 1024 * 1024;
  g_autofree char *text = g_malloc (size + 1);
  g_autoptr(GError) error = NULL;

  memset (text, '7', size);
  text[size] = '\0';
  g_assert_false (ptce_identifier_check_siren (text, &error));
  hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER,
                        "SIREN “7777777777777777777777777777777777777777…”: wrong length: 1048576 characters, 9 expected",
                        NULL, "a megabyte of digits");
  g_assert_cmpuint (strlen (error->message), <, 256);
  hostile_report_count ("identifier", "huge", 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Hostile/Identifier/table", test_table);
  g_test_add_func ("/Ptce/Hostile/Identifier/mutations", test_mutations);
  g_test_add_func ("/Ptce/Hostile/Identifier/huge", test_huge);

  return g_test_run ();
}
