/* fuzz-identifier.c: libFuzzer harness for the identifier and code checks
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The first byte of the input chooses the check, the rest is the text (for
 * ptce_identifier_check_siret_for_siren(), the text is "SIRET SIREN").
 *
 * Invariants checked besides "no crash, no leak, no UB":
 * - the failure contract of fuzz_check_error();
 * - what a check accepts has the shape the domain brief gives it: a SIREN
 *   is 9 ASCII digits passing Luhn, a SIRET 14 digits whose SIREN part is
 *   one, passing Luhn (or La Poste's sum-of-digits rule), a commune code 5 characters of digits or
 *   2A/2B, an RNA number a W and 9 more characters, a NAF code
 *   NN.NNX or NNNNX, a département code 2 or 3 characters, a legal
 *   category 4 digits; a SIRET accepted for a SIREN starts with it.
 */
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  return 0;
}

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

/* @count ASCII digits from @from (the caller knows the length). */
static gboolean
digits_at (const char *s,
           gsize       from,
           gsize       count)
{
  for (gsize i = from; i < from + count; i++)
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

static gboolean
la_poste (const char *s)
{
  int sum = 0;

  if (strncmp (s, "356000000", 9) != 0)
    return FALSE;
  for (const char *p = s; *p != '\0'; p++)
    sum += *p - '0';
  return sum % 5 == 0;
}

typedef enum {
  CHECK_SIREN,
  CHECK_SIRET,
  CHECK_SIRET_FOR_SIREN,
  CHECK_RNA,
  CHECK_NAF,
  CHECK_COMMUNE,
  CHECK_DEPARTEMENT,
  CHECK_LEGAL_CATEGORY,
  N_CHECKS
} Check;

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;
  Check check;
  gsize n;

  if (size < 1)
    return 0;
  check = data[0] % N_CHECKS;
  text = fuzz_strndup (data + 1, size - 1);
  n = strlen (text);

  switch (check)
    {
    case CHECK_SIREN:
      ok = ptce_identifier_check_siren (text, &error);
      FUZZ_CHECK (!ok || (all_digits (text, 9) && luhn (text)), "SIREN “%s” accepted", text);
      break;
    case CHECK_SIRET:
      ok = ptce_identifier_check_siret (text, &error);
      {
        g_autofree char *siren = g_strndup (text, 9);

        FUZZ_CHECK (!ok || (all_digits (text, 14) && luhn (siren) && (luhn (text) || la_poste (text))),
                    "SIRET “%s” accepted", text);
      }
      break;
    case CHECK_SIRET_FOR_SIREN:
      {
        char *space = strchr (text, ' ');
        const char *siren = "";

        if (space != NULL)
          {
            *space = '\0';
            siren = space + 1;
          }
        ok = ptce_identifier_check_siret_for_siren (text, siren, &error);
        FUZZ_CHECK (!ok || (all_digits (text, 14) && strncmp (text, siren, 9) == 0 &&
                            strlen (siren) == 9),
                    "SIRET “%s” accepted for SIREN “%s”", text, siren);
      }
      break;
    case CHECK_RNA:
      ok = ptce_identifier_check_rna (text, &error);
      FUZZ_CHECK (!ok || (n == 10 && text[0] == 'W'), "RNA “%s” accepted", text);
      break;
    case CHECK_NAF:
      ok = ptce_identifier_check_naf (text, &error);
      FUZZ_CHECK (!ok || (n == 6 && digits_at (text, 0, 2) && text[2] == '.' &&
                          digits_at (text, 3, 2) && g_ascii_isupper (text[5])) ||
                  (n == 5 && digits_at (text, 0, 4) && g_ascii_isupper (text[4])),
                  "NAF “%s” accepted", text);
      break;
    case CHECK_COMMUNE:
      ok = ptce_identifier_check_commune_code (text, &error);
      FUZZ_CHECK (!ok || all_digits (text, 5) ||
                  (n == 5 && text[0] == '2' && (text[1] == 'A' || text[1] == 'B') &&
                   digits_at (text, 2, 3)),
                  "commune code “%s” accepted", text);
      break;
    case CHECK_DEPARTEMENT:
      ok = ptce_identifier_check_departement_code (text, &error);
      FUZZ_CHECK (!ok || n == 2 || n == 3, "département code “%s” accepted", text);
      break;
    case CHECK_LEGAL_CATEGORY:
      ok = ptce_identifier_check_legal_category (text, &error);
      FUZZ_CHECK (!ok || all_digits (text, 4), "legal category “%s” accepted", text);
      break;
    case N_CHECKS:
    default:
      g_assert_not_reached ();
    }

  fuzz_check_error (ok, error);
  return 0;
}
