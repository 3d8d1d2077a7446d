/* ptce-identifier.c: checks of French public identifiers
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-identifier.h"
#include "ptce-reference-private.h"

/**
 * SECTION:ptce-identifier
 * @Title: Identifiers
 * @Short_description: SIREN, SIRET, RNA, NAF, commune and legal category
 *   codes
 *
 * Each check returns %TRUE for a valid identifier, or %FALSE with a
 * %PTCE_ERROR_INVALID_IDENTIFIER error whose message says what is wrong:
 * the length, a character that is not a digit, the check digit…
 *
 * - SIREN: 9 digits, the last a Luhn check digit.
 * - SIRET: 14 digits (the SIREN and a 5-digit establishment number, NIC),
 *   Luhn on the 14 digits; for La Poste (SIREN 356000000) the sum of the
 *   14 digits is a multiple of 5 instead.
 * - RNA: "W" and 9 digits.
 * - NAF (rév. 2): 2 digits of a division that exists, 2 digits, a capital
 *   letter, with or without a dot after the division ("88.99B", "8899B").
 * - Commune: 5 characters, digits or "2A"/"2B" (Corsica) and 3 digits.
 *   Only the form is checked here; whether a commune with that code exists
 *   in a vintage of the geographic code is ptce_geography_check_commune().
 * - Legal category: 4 digits; whether INSEE defines it is
 *   ptce_legal_categories_lookup().
 */

/* The longest value an error message quotes, in characters. */
#define QUOTE_MAX 40

static gboolean
fail (GError     **error,
      const char  *what,
      const char  *value,
      const char  *reason)
{
  g_autofree char *shown = ptce_reference_quote (value, QUOTE_MAX);

  /* TRANSLATORS: "SIREN “12345678”: wrong length: 8 characters, 9
   * expected" — the identifier's name, its value, what is wrong */
  g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER,
               _("%s “%s”: %s"), what, shown, reason);
  return FALSE;
}

/* Whether @value is ASCII with only digits from byte @start on, and
 * @len bytes long (any length when @len is 0): the common case of the
 * checks below, answered without validating UTF-8 or translating the
 * identifier's name, which only a failure words. */
static gboolean
ascii_digits (const char *value,
              gsize       start,
              gsize       len)
{
  gsize i;

  for (i = 0; value[i] != '\0'; i++)
    {
      guchar c = (guchar) value[i];

      if (c >= 0x80 || (i >= start && !g_ascii_isdigit (c)))
        return FALSE;
    }
  return len == 0 || i == len;
}

/* Reports the first character that is not an ASCII digit in [start, len),
 * if any. */
static gboolean
check_digits (const char  *value,
              gsize        start,
              const char  *what,
              GError     **error)
{
  const char *p;
  guint position = 1;

  if (ascii_digits (value, start, 0))
    return TRUE;
  /* Walking characters needs valid UTF-8: a truncated sequence would make
   * g_utf8_next_char() step over the terminating NUL. */
  if (!g_utf8_validate (value, -1, NULL))
    return fail (error, what, value, _("it is not valid text (UTF-8)"));

  for (p = value; *p != '\0'; p = g_utf8_next_char (p), position++)
    {
      if ((gsize) (p - value) < start)
        continue;
      if (!g_ascii_isdigit (*p))
        {
          g_autofree char *reason = NULL;
          g_autofree char *ch = NULL;

          if (*p == ' ')
            ch = g_strdup (_("a space"));
          else
            ch = g_strdup_printf ("“%.*s”", (int) (g_utf8_next_char (p) - p), p);
          reason = g_strdup_printf (_("character %u (%s) is not a digit"), position, ch);
          return fail (error, what, value, reason);
        }
    }
  return TRUE;
}

static gboolean
check_length (const char  *value,
              gsize        expected,
              const char  *what,
              GError     **error)
{
  gsize len = strlen (value);

  if (len == expected)
    return TRUE;
  if (len == 0)
    return fail (error, what, value, _("it is empty"));

  {
    g_autofree char *reason =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "wrong length: %u character, %u expected",
                                    "wrong length: %u characters, %u expected",
                                    (gulong) len),
                       (guint) MIN (len, G_MAXUINT), (guint) expected);
    return fail (error, what, value, reason);
  }
}

/* The check digit that would make the first @len - 1 digits pass Luhn. */
static guint
luhn_expected_digit (const char *digits,
                     gsize       len)
{
  g_autofree char *copy = g_strndup (digits, len);

  for (guint d = 0; d <= 9; d++)
    {
      copy[len - 1] = (char) ('0' + d);
      if (ptce_reference_luhn_valid (copy, len))
        return d;
    }
  g_assert_not_reached ();
  return 0;
}

/**
 * ptce_identifier_check_siren:
 * @siren: a SIREN number, as given
 * @error: return location for a #GError, or %NULL
 *
 * Checks a SIREN number: 9 digits with a Luhn check digit. Spaces are not
 * accepted: "123 456 789" is reported, so that data is stored in one form.
 *
 * Returns: %TRUE when @siren is valid, or %FALSE with @error set to
 *   %PTCE_ERROR_INVALID_IDENTIFIER
 *
 * Since: 1.0
 */
gboolean
ptce_identifier_check_siren (const char  *siren,
                             GError     **error)
{
  const char *what = "SIREN";

  g_return_val_if_fail (siren != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();

  if (!check_digits (siren, 0, what, error) || !check_length (siren, 9, what, error))
    return FALSE;
  if (!ptce_reference_luhn_valid (siren, 9))
    {
      g_autofree char *reason =
        g_strdup_printf (_("wrong check digit (Luhn): the last digit should be %u"),
                         luhn_expected_digit (siren, 9));
      return fail (error, what, siren, reason);
    }
  return TRUE;
}

/* La Poste's establishments do not follow Luhn: the sum of the 14 digits
 * of their SIRETs is a multiple of 5. */
#define LA_POSTE_SIREN "356000000"

/**
 * ptce_identifier_check_siret:
 * @siret: a SIRET number, as given
 * @error: return location for a #GError, or %NULL
 *
 * Checks a SIRET number: 14 digits, the first 9 a valid SIREN, and a Luhn
 * check over the 14 digits. La Poste (SIREN 356000000) numbers its
 * establishments otherwise: the sum of the 14 digits is a multiple of 5.
 *
 * Returns: %TRUE when @siret is valid, or %FALSE with @error set to
 *   %PTCE_ERROR_INVALID_IDENTIFIER
 *
 * Since: 1.0
 */
gboolean
ptce_identifier_check_siret (const char  *siret,
                             GError     **error)
{
  const char *what = "SIRET";

  g_return_val_if_fail (siret != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();

  if (!check_digits (siret, 0, what, error) || !check_length (siret, 14, what, error))
    return FALSE;

  if (!ptce_reference_luhn_valid (siret, 9))
    {
      g_autofree char *siren = g_strndup (siret, 9);
      g_autofree char *reason =
        g_strdup_printf (_("its SIREN part “%s” has a wrong check digit (Luhn)"), siren);
      return fail (error, what, siret, reason);
    }

  if (strncmp (siret, LA_POSTE_SIREN, 9) == 0)
    {
      guint sum = 0;

      for (guint i = 0; i < 14; i++)
        sum += (guint) (siret[i] - '0');
      if (sum % 5 != 0 && !ptce_reference_luhn_valid (siret, 14))
        {
          g_autofree char *reason =
            g_strdup_printf (_("wrong check digit: for La Poste (SIREN %s) the sum of the 14 digits must be a multiple of 5, and it is %u"),
                             LA_POSTE_SIREN, sum);
          return fail (error, what, siret, reason);
        }
      return TRUE;
    }

  if (!ptce_reference_luhn_valid (siret, 14))
    {
      g_autofree char *reason =
        g_strdup_printf (_("wrong check digit (Luhn): the last digit should be %u"),
                         luhn_expected_digit (siret, 14));
      return fail (error, what, siret, reason);
    }
  return TRUE;
}

/**
 * ptce_identifier_check_siret_for_siren:
 * @siret: a SIRET number, as given
 * @siren: the SIREN number of the legal unit the establishment should
 *   belong to
 * @error: return location for a #GError, or %NULL
 *
 * Checks that @siret is a valid SIRET (ptce_identifier_check_siret()) and
 * that it is an establishment of @siren: its first 9 digits are @siren.
 *
 * Returns: %TRUE when @siret is valid and belongs to @siren, or %FALSE
 *   with @error set to %PTCE_ERROR_INVALID_IDENTIFIER
 *
 * Since: 1.0
 */
gboolean
ptce_identifier_check_siret_for_siren (const char  *siret,
                                       const char  *siren,
                                       GError     **error)
{
  g_return_val_if_fail (siret != NULL, FALSE);
  g_return_val_if_fail (siren != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ptce_identifier_check_siret (siret, error))
    return FALSE;
  if (strncmp (siret, siren, 9) != 0 || strlen (siren) != 9)
    {
      g_autofree char *part = g_strndup (siret, 9);
      g_autofree char *shown = ptce_reference_quote (siren, QUOTE_MAX);
      g_autofree char *reason =
        g_strdup_printf (_("it is not an establishment of SIREN “%s”: its SIREN part is “%s”"),
                         shown, part);
      return fail (error, "SIRET", siret, reason);
    }
  return TRUE;
}

/**
 * ptce_identifier_check_rna:
 * @rna: an association number in the Répertoire national des associations
 * @error: return location for a #GError, or %NULL
 *
 * Checks an RNA number: a capital "W" and 9 digits ("W751234567"). The
 * numbers of associations registered before the RNA (of the form
 * "301S0301001688") and the numbers with a letter after the "W" that some
 * overseas and Corsican prefectures are said to issue are reported: check
 * them against the register.
 *
 * Returns: %TRUE when @rna has the RNA form, or %FALSE with @error set to
 *   %PTCE_ERROR_INVALID_IDENTIFIER
 *
 * Since: 1.0
 */
gboolean
ptce_identifier_check_rna (const char  *rna,
                           GError     **error)
{
  const char *what = "RNA";

  g_return_val_if_fail (rna != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();

  if (rna[0] == '\0')
    return fail (error, what, rna, _("it is empty"));
  if (rna[0] != 'W')
    {
      if (rna[0] == 'w')
        return fail (error, what, rna, _("it must begin with a capital “W”"));
      return fail (error, what, rna, _("it does not begin with “W” (an RNA number is “W” and 9 digits)"));
    }
  if (!check_digits (rna, 1, what, error))
    return FALSE;
  return check_length (rna, 10, what, error);
}

/* The divisions of NAF rév. 2 (NACE Rev. 2): 2-digit codes that exist. */
static gboolean
naf_division_exists (guint division)
{
  static const guint8 divisions[] = {
     1,  2,  3,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 35, 36, 37, 38,
    39, 41, 42, 43, 45, 46, 47, 49, 50, 51, 52, 53, 55, 56, 58, 59, 60, 61,
    62, 63, 64, 65, 66, 68, 69, 70, 71, 72, 73, 74, 75, 77, 78, 79, 80, 81,
    82, 84, 85, 86, 87, 88, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (divisions); i++)
    if (divisions[i] == division)
      return TRUE;
  return FALSE;
}

/**
 * ptce_identifier_check_naf:
 * @naf: a NAF activity code (code APE)
 * @error: return location for a #GError, or %NULL
 *
 * Checks a NAF rév. 2 code: 2 digits naming a division that exists, an
 * optional dot, 2 digits and a capital letter ("88.99B" or "8899B"). The
 * full list of the 732 sub-classes is not shipped: a code of an existing
 * division with a sub-class INSEE does not define passes.
 *
 * Returns: %TRUE when @naf has the NAF form, or %FALSE with @error set to
 *   %PTCE_ERROR_INVALID_IDENTIFIER
 *
 * Since: 1.0
 */
gboolean
ptce_identifier_check_naf (const char  *naf,
                           GError     **error)
{
  const char *what = "NAF";
  gsize len;
  gsize skip;
  guint division;

  g_return_val_if_fail (naf != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();

  len = strlen (naf);
  if (len == 0)
    return fail (error, what, naf, _("it is empty"));
  skip = (len >= 3 && naf[2] == '.') ? 1 : 0;
  if (len != 5 + skip)
    return fail (error, what, naf,
                 _("a NAF code is 2 digits, an optional dot, 2 digits and a capital letter, as in “88.99B”"));
  for (gsize i = 0; i < 4 + skip; i++)
    {
      if (i == 2 && skip)
        continue;
      if (!g_ascii_isdigit (naf[i]))
        return fail (error, what, naf,
                     _("a NAF code is 2 digits, an optional dot, 2 digits and a capital letter, as in “88.99B”"));
    }
  if (!g_ascii_isupper (naf[4 + skip]))
    return fail (error, what, naf, _("it must end with a capital letter"));

  division = (guint) ((naf[0] - '0') * 10 + (naf[1] - '0'));
  if (!naf_division_exists (division))
    {
      g_autofree char *reason =
        g_strdup_printf (_("division %02u does not exist in NAF rév. 2"), division);
      return fail (error, what, naf, reason);
    }
  return TRUE;
}

/**
 * ptce_identifier_check_commune_code:
 * @code: a commune code of the official geographic code (COG, "code
 *   INSEE")
 * @error: return location for a #GError, or %NULL
 *
 * Checks the form of a commune code: 5 characters, all digits, or "2A" or
 * "2B" (Corsica) and 3 digits. Overseas communes have codes of 5 digits
 * beginning with 97 or 98 (97411 Saint-Denis de La Réunion). A postal code
 * also has 5 digits but is a different thing: this check cannot tell them
 * apart, ptce_geography_check_commune() can.
 *
 * Returns: %TRUE when @code has the form of a commune code, or %FALSE with
 *   @error set to %PTCE_ERROR_INVALID_IDENTIFIER
 *
 * Since: 1.0
 */
gboolean
ptce_identifier_check_commune_code (const char  *code,
                                    GError     **error)
{
  const char *what;

  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* five digits, or 2A/2B and three: no message to word */
  if (ascii_digits (code, code[0] == '2' && (code[1] == 'A' || code[1] == 'B') ? 2 : 0, 5))
    return TRUE;

  ptce_i18n_init ();
  what = _("Commune code");

  if (code[0] == '2' && (code[1] == 'A' || code[1] == 'B' || code[1] == 'a' || code[1] == 'b'))
    {
      if (code[1] == 'a' || code[1] == 'b')
        return fail (error, what, code, _("Corsican codes are written with a capital “A” or “B”"));
      if (!check_digits (code, 2, what, error))
        return FALSE;
      return check_length (code, 5, what, error);
    }
  if (!check_digits (code, 0, what, error))
    return FALSE;
  return check_length (code, 5, what, error);
}

/**
 * ptce_identifier_check_departement_code:
 * @code: a département code of the official geographic code
 * @error: return location for a #GError, or %NULL
 *
 * Checks the form of a département code: 2 digits ("26"), "2A" or "2B"
 * (Corsica), or 3 digits beginning with 97 or 98 for overseas ("974").
 *
 * Returns: %TRUE when @code has the form of a département code, or %FALSE
 *   with @error set to %PTCE_ERROR_INVALID_IDENTIFIER
 *
 * Since: 1.0
 */
gboolean
ptce_identifier_check_departement_code (const char  *code,
                                        GError     **error)
{
  const char *what;
  gsize len;

  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();
  what = _("Département code");
  len = strlen (code);

  if (len == 2 && code[0] == '2' && (code[1] == 'A' || code[1] == 'B'))
    return TRUE;
  if (!check_digits (code, 0, what, error))
    return FALSE;
  if (len == 3 && code[0] == '9' && (code[1] == '7' || code[1] == '8'))
    return TRUE;
  if (len == 3)
    return fail (error, what, code, _("only overseas départements have 3 digits (97x, 98x)"));
  if (len == 2 && strcmp (code, "20") == 0)
    return fail (error, what, code, _("Corsica is “2A” and “2B” since 1976"));
  return check_length (code, 2, what, error);
}

/**
 * ptce_identifier_check_legal_category:
 * @code: an INSEE legal category code (catégorie juridique, level III)
 * @error: return location for a #GError, or %NULL
 *
 * Checks the form of a legal category code: 4 digits ("9220"). Whether
 * INSEE defines the category is ptce_legal_categories_lookup().
 *
 * Returns: %TRUE when @code has the form of a legal category, or %FALSE
 *   with @error set to %PTCE_ERROR_INVALID_IDENTIFIER
 *
 * Since: 1.0
 */
gboolean
ptce_identifier_check_legal_category (const char  *code,
                                      GError     **error)
{
  const char *what;

  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ascii_digits (code, 0, 4))
    return TRUE;

  ptce_i18n_init ();
  what = _("Legal category");

  if (!check_digits (code, 0, what, error))
    return FALSE;
  return check_length (code, 4, what, error);
}
