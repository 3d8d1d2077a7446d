/* test-hostile-date.c: hostile input for ptce_date_new_from_iso8601()
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Two families:
 * - the hand-written table tests/data/hostile/date/cases.tsv;
 * - mutations of valid dates (truncation at every byte, every byte replaced
 *   by each of a set of hostile bytes, deleted, doubled), judged by an
 *   independent oracle written from ISO 8601 and the Gregorian calendar:
 *   the parser must accept exactly what the oracle accepts, and refuse the
 *   rest with PTCE_ERROR_INVALID_DATE and a message that names the text.
 */
#include <string.h>

#include "libptce.h"
#include "hostile-common.h"

/* --- the table --- */

static void
test_table (void)
{
  g_autoptr(GPtrArray) cases = hostile_load_cases ("date");

  for (guint i = 0; i < cases->len; i++)
    {
      HostileCase *c = g_ptr_array_index (cases, i);
      g_autofree char *label = g_strdup_printf ("date/cases.tsv:%u (%s)", c->line, c->note);
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceDate) date = ptce_date_new_from_iso8601 (c->input, &error);

      if (hostile_case_is_ok (c))
        hostile_assert_ok (date != NULL, error, label);
      else
        {
          hostile_assert_error (error, c->domain_quark, c->code, c->substring, NULL, label);
          if (date != NULL)
            g_test_fail_printf ("%s: a date came back together with an error", label);
        }
    }
  hostile_report_count ("date", "table", cases->len);
}

/* --- the oracle --- */

static gboolean
digits (const char *s,
        guint       n,
        int        *out)
{
  *out = 0;
  for (guint i = 0; i < n; i++)
    {
      if (s[i] < '0' || s[i] > '9')
        return FALSE;
      *out = *out * 10 + (s[i] - '0');
    }
  return TRUE;
}

static gboolean
is_leap (int y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in (int y,
         int m)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  return m == 2 && is_leap (y) ? 29 : days[m - 1];
}

/* Whether @text is a date of the form YYYY, YYYY-MM or YYYY-MM-DD that
 * exists in 0001-01-01 … 9999-12-31. */
static gboolean
oracle_accepts (const char *text)
{
  gsize n = strlen (text);
  int y, m = 0, d = 0;

  if (n != 4 && n != 7 && n != 10)
    return FALSE;
  if (!digits (text, 4, &y) || y < 1)
    return FALSE;
  if (n >= 7 && (text[4] != '-' || !digits (text + 5, 2, &m) || m < 1 || m > 12))
    return FALSE;
  if (n == 10 && (text[7] != '-' || !digits (text + 8, 2, &d) || d < 1 || d > days_in (y, m)))
    return FALSE;
  return TRUE;
}

/* The part of @text a message must show: the text up to its first invalid
 * UTF-8 byte, at most 32 bytes. */
static char *
shown_prefix (const char *text)
{
  const char *end;
  gsize n = MIN (strlen (text), 32);

  g_utf8_validate (text, n, &end);
  /* A character cut at byte 32 is shown as U+FFFD: drop it too. */
  return g_strndup (text, end - text);
}

/* What the message of a refused text must contain. A text of the right
 * form (YYYY[-MM[-DD]], month and day not 00) that is not a day of the
 * calendar is refused naming the field: "Year 0", "Month 13", "Day 30 does
 * not exist in 2023-02". Any other text is refused quoting it. */
static char *
expected_place (const char *text)
{
  gsize n = strlen (text);
  int y, m = 0, d = 0;
  gboolean form = (n == 4 || n == 7 || n == 10) && digits (text, 4, &y) &&
                  (n < 7 || (text[4] == '-' && digits (text + 5, 2, &m) && m != 0)) &&
                  (n < 10 || (text[7] == '-' && digits (text + 8, 2, &d) && d != 0));

  if (!form)
    return shown_prefix (text);
  if (y < 1)
    return g_strdup ("Year 0");
  if (m > 12)
    return g_strdup_printf ("Month %d", m);
  return g_strdup_printf ("Day %d does not exist in %.7s", d, text);
}

static guint n_mutants;
static guint n_refused;

static void
check_mutant (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) date = ptce_date_new_from_iso8601 (text, &error);
  g_autofree char *label = g_strescape (text, NULL);
  gboolean expected = oracle_accepts (text);

  n_mutants++;
  if (expected)
    {
      hostile_assert_ok (date != NULL, error, label);
      if (date != NULL)
        {
          g_autofree char *back = ptce_date_to_iso8601 (date);
          g_assert_cmpstr (back, ==, text);
        }
      return;
    }

  n_refused++;
  if (date != NULL)
    {
      g_test_message ("FAIL: “%s” accepted, the oracle refuses it", label);
      g_test_fail_printf ("“%s” accepted, the oracle refuses it", label);
      return;
    }
  {
    g_autofree char *place = expected_place (text);

    hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE, place, NULL, label);
  }
}

static void
test_mutations (void)
{
  static const char * const valid[] = { "2014", "2014-12", "2014-12-01", "2024-02-29", "0001-01-01" };
  static const char hostile_bytes[] = { '0', '1', '2', '3', '9', '-', '/', ' ', 'T', 'a', '\xff', '\xc3', '\x7f' };

  for (guint v = 0; v < G_N_ELEMENTS (valid); v++)
    {
      const char *seed = valid[v];
      gsize n = strlen (seed);

      for (gsize cut = 0; cut <= n; cut++)
        {
          g_autofree char *t = g_strndup (seed, cut);
          check_mutant (t);
        }
      for (gsize pos = 0; pos < n; pos++)
        {
          g_autofree char *deleted = g_strdup_printf ("%.*s%s", (int) pos, seed, seed + pos + 1);
          g_autofree char *doubled = g_strdup_printf ("%.*s%s", (int) pos + 1, seed, seed + pos);

          check_mutant (deleted);
          check_mutant (doubled);
          for (guint b = 0; b < G_N_ELEMENTS (hostile_bytes); b++)
            {
              g_autofree char *t = g_strdup (seed);
              t[pos] = hostile_bytes[b];
              check_mutant (t);
            }
        }
    }
  g_assert_cmpuint (n_refused, >, 0);
  g_assert_cmpuint (n_refused, <, n_mutants);
  hostile_report_count ("date", "mutations", n_mutants);
}

/* Every day of a leap and a common year, and the days just past the end of
 * each month: the calendar itself, against the oracle. */
static void
test_calendar (void)
{
  guint n = 0;

  for (int y = 2023; y <= 2024; y++)
    for (int m = 1; m <= 12; m++)
      for (int d = 1; d <= 32; d++)
        {
          char text[16];

          g_snprintf (text, sizeof text, "%04d-%02d-%02d", y, m, d);
          check_mutant (text);
          n++;
        }
  hostile_report_count ("date", "calendar", n);
}

/* A huge string is refused without quoting it whole. */
static void
test_huge (void)
{
  gsize size = 16 * 1024 * 1024;
  g_autofree char *text = g_malloc (size + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) date = NULL;

  memset (text, '2', size);
  text[size] = '\0';
  date = ptce_date_new_from_iso8601 (text, &error);
  g_assert_null (date);
  hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE, "“22222222222222222222222222222222…”",
                        NULL, "16 MiB of digits");
  g_assert_cmpuint (strlen (error->message), <, 256);
  hostile_report_count ("date", "huge", 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Hostile/Date/table", test_table);
  g_test_add_func ("/Ptce/Hostile/Date/mutations", test_mutations);
  g_test_add_func ("/Ptce/Hostile/Date/calendar", test_calendar);
  g_test_add_func ("/Ptce/Hostile/Date/huge", test_huge);

  return g_test_run ();
}
