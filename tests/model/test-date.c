/* test-date.c: PtceDate — partial dates, ISO 8601 in and out, periods
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <libintl.h>
#include <locale.h>
#include <string.h>
#include <libptce/libptce.h>

#include "model-test-util.h"

/* The Julian day of a full date, counted as GDate counts them. */
static guint32
julian (int year,
        int month,
        int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_assert_true (g_date_valid (&date));
  return g_date_get_julian (&date);
}

static const struct {
  const char        *text;
  int                year;
  int                month;
  int                day;
  PtceDatePrecision  precision;
} valid_dates[] = {
  { "2014",       2014,  0,  0, PTCE_DATE_PRECISION_YEAR },
  { "2014-12",    2014, 12,  0, PTCE_DATE_PRECISION_MONTH },
  { "2014-12-01", 2014, 12,  1, PTCE_DATE_PRECISION_DAY },
  { "2024-02-29", 2024,  2, 29, PTCE_DATE_PRECISION_DAY },
  { "2000-02-29", 2000,  2, 29, PTCE_DATE_PRECISION_DAY },
  { "0001",          1,  0,  0, PTCE_DATE_PRECISION_YEAR },
  { "0001-01-01",    1,  1,  1, PTCE_DATE_PRECISION_DAY },
  { "9999-12-31", 9999, 12, 31, PTCE_DATE_PRECISION_DAY },
  { "2015-01",    2015,  1,  0, PTCE_DATE_PRECISION_MONTH },
};

static void
test_iso8601_valid (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (valid_dates); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceDate) d = NULL;
      g_autofree char *back = NULL;

      g_test_message ("valid: “%s”", valid_dates[i].text);
      d = ptce_date_new_from_iso8601 (valid_dates[i].text, &error);
      g_assert_no_error (error);
      g_assert_nonnull (d);
      g_assert_cmpint (ptce_date_get_year (d), ==, valid_dates[i].year);
      g_assert_cmpint (ptce_date_get_month (d), ==, valid_dates[i].month);
      g_assert_cmpint (ptce_date_get_day (d), ==, valid_dates[i].day);
      g_assert_cmpint (ptce_date_get_precision (d), ==, valid_dates[i].precision);

      /* ISO 8601 out gives back exactly what came in. */
      back = ptce_date_to_iso8601 (d);
      g_assert_cmpstr (back, ==, valid_dates[i].text);
    }
}

static void
test_iso8601_invalid (void)
{
  g_autofree char *long_digits = g_strnfill (100000, '7');
  g_autofree char *long_tail = g_strconcat ("2014-12-01", long_digits, NULL);
  g_autofree char *long_dashes = g_strnfill (5000, '-');
  const char *invalid[] = {
    "2023-02-29",          /* no 29 February in 2023 */
    "2014-13",
    "2014-00",
    "2014-12-00",
    "2014-12-32",
    "2014-04-31",
    "0000",                /* no year 0 */
    "14",
    "201",
    "20145",
    "2014-1",
    "2014-12-1",
    "2014-123",
    "2014-12-011",
    "",
    "2014-12-01T00:00",
    "2014-12-01Z",
    "+2014",
    "-2014",
    " 2014",
    "2014 ",
    "2014-",
    "2014-12-",
    "2014--12",
    "2014/12/01",
    "20141201",            /* basic form is refused, only the extended one */
    "2014-W01",
    "2014-335",
    "abcd",
    "２０１４",             /* fullwidth digits are not ASCII digits */
    "2014-12-01é",
    "é",
    "\xff\xfe\xfd\xfc",    /* not even UTF-8 */
    long_digits,
    long_tail,
    long_dashes,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      PtceDate *d;

      g_test_message ("invalid #%" G_GSIZE_FORMAT, i);
      d = ptce_date_new_from_iso8601 (invalid[i], &error);
      g_assert_null (d);
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE);
      /* The message is readable whatever the input, and never quotes a
       * huge input whole. */
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpuint (strlen (error->message), <, 300);
    }

  /* Without a GError location, failure is still reported by NULL. */
  g_assert_null (ptce_date_new_from_iso8601 ("2014-13", NULL));
}

static void
test_iso8601_null_subprocess (void)
{
  if (g_test_subprocess ())
    {
      ptce_date_new_from_iso8601 (NULL, NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*text != NULL*");
}

static const struct {
  int       year;
  int       month;
  int       day;
  gboolean  valid;
} numeric_dates[] = {
  { 2014,  0,  0, TRUE },
  { 2014, 12,  0, TRUE },
  { 2014, 12,  1, TRUE },
  { 2024,  2, 29, TRUE },
  { 2023,  2, 29, FALSE },
  { 2014,  4, 31, FALSE },
  { 2014,  0,  5, FALSE },   /* a day without a month */
  {    0,  1,  1, FALSE },
  {   -1,  0,  0, FALSE },
  { 10000, 0,  0, FALSE },
  { 2014, 13,  0, FALSE },
  { 2014, -1,  0, FALSE },
  { 2014,  1, -1, FALSE },
  { 2014,  1, 32, FALSE },
};

static void
test_new (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (numeric_dates); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceDate) d = NULL;

      g_test_message ("%d-%d-%d", numeric_dates[i].year, numeric_dates[i].month, numeric_dates[i].day);
      d = ptce_date_new (numeric_dates[i].year, numeric_dates[i].month, numeric_dates[i].day, &error);
      if (numeric_dates[i].valid)
        {
          g_assert_no_error (error);
          g_assert_nonnull (d);
          g_assert_cmpint (ptce_date_get_year (d), ==, numeric_dates[i].year);
          g_assert_cmpint (ptce_date_get_month (d), ==, numeric_dates[i].month);
          g_assert_cmpint (ptce_date_get_day (d), ==, numeric_dates[i].day);
        }
      else
        {
          g_assert_null (d);
          g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE);
        }
    }
}

static void
test_iso8601_out_pads (void)
{
  g_autoptr(PtceDate) a = ptce_date_new (5, 0, 0, NULL);
  g_autoptr(PtceDate) b = ptce_date_new (812, 3, 0, NULL);
  g_autoptr(PtceDate) c = ptce_date_new (2014, 1, 2, NULL);
  g_autofree char *sa = ptce_date_to_iso8601 (a);
  g_autofree char *sb = ptce_date_to_iso8601 (b);
  g_autofree char *sc = ptce_date_to_iso8601 (c);

  g_assert_cmpstr (sa, ==, "0005");
  g_assert_cmpstr (sb, ==, "0812-03");
  g_assert_cmpstr (sc, ==, "2014-01-02");
}

static const struct {
  const char *text;
  int         first_y, first_m, first_d;
  int         last_y, last_m, last_d;
  guint       n_days;
} spans[] = {
  { "2014",       2014,  1,  1, 2014, 12, 31, 365 },
  { "2024",       2024,  1,  1, 2024, 12, 31, 366 },
  { "2014-12",    2014, 12,  1, 2014, 12, 31,  31 },
  { "2023-02",    2023,  2,  1, 2023,  2, 28,  28 },
  { "2024-02",    2024,  2,  1, 2024,  2, 29,  29 },
  { "1900-02",    1900,  2,  1, 1900,  2, 28,  28 },
  { "2014-04",    2014,  4,  1, 2014,  4, 30,  30 },
  { "2014-12-01", 2014, 12,  1, 2014, 12,  1,   1 },
  { "2024-02-29", 2024,  2, 29, 2024,  2, 29,   1 },
};

static void
test_julian_span (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      g_autoptr(PtceDate) d = date_new (spans[i].text);
      guint32 first = ptce_date_get_first_julian (d);
      guint32 last = ptce_date_get_last_julian (d);

      g_test_message ("span of %s", spans[i].text);
      g_assert_cmpuint (first, ==, julian (spans[i].first_y, spans[i].first_m, spans[i].first_d));
      g_assert_cmpuint (last, ==, julian (spans[i].last_y, spans[i].last_m, spans[i].last_d));
      g_assert_cmpuint (last - first + 1, ==, spans[i].n_days);
    }
}

/* The library counts Julian days by arithmetic: the same number as GDate
 * for every day of the years 1 to 2600 and of the last years, and for the
 * first and last day of every year and month, partial dates included. */
static void
test_julian_every_day (void)
{
  for (int year = 1; year <= 9999; year++)
    {
      gboolean all_days = year <= 2600 || year >= 9990;
      g_autoptr(PtceDate) y = ptce_date_new (year, 0, 0, NULL);

      g_assert_cmpuint (ptce_date_get_first_julian (y), ==, julian (year, 1, 1));
      g_assert_cmpuint (ptce_date_get_last_julian (y), ==, julian (year, 12, 31));
      for (int month = 1; month <= 12; month++)
        {
          int days = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
          g_autoptr(PtceDate) m = ptce_date_new (year, month, 0, NULL);

          g_assert_cmpuint (ptce_date_get_first_julian (m), ==, julian (year, month, 1));
          g_assert_cmpuint (ptce_date_get_last_julian (m), ==, julian (year, month, days));
          for (int day = 1; day <= days; day += all_days ? 1 : days - 1)
            {
              g_autoptr(PtceDate) d = ptce_date_new (year, month, day, NULL);

              g_assert_nonnull (d);
              if (ptce_date_get_first_julian (d) != julian (year, month, day))
                g_error ("%04d-%02d-%02d: %u, GDate %u", year, month, day,
                         ptce_date_get_first_julian (d), julian (year, month, day));
            }
        }
    }
}

static void
test_from_julian (void)
{
  g_autoptr(PtceDate) d = ptce_date_new_from_julian (julian (2014, 12, 1));
  g_autoptr(PtceDate) leap = ptce_date_new_from_julian (julian (2024, 2, 29));
  g_autoptr(PtceDate) expected = date_new ("2014-12-01");

  g_assert_cmpint (ptce_date_get_precision (d), ==, PTCE_DATE_PRECISION_DAY);
  g_assert_true (ptce_date_equal (d, expected));
  g_assert_cmpint (ptce_date_get_year (leap), ==, 2024);
  g_assert_cmpint (ptce_date_get_month (leap), ==, 2);
  g_assert_cmpint (ptce_date_get_day (leap), ==, 29);
  g_assert_cmpuint (ptce_date_get_first_julian (leap), ==, julian (2024, 2, 29));
}

static void
test_today (void)
{
  GDate before, after;
  g_autoptr(PtceDate) today = NULL;
  guint32 day;

  g_date_clear (&before, 1);
  g_date_clear (&after, 1);
  g_date_set_time_t (&before, time (NULL));
  today = ptce_date_new_today ();
  g_date_set_time_t (&after, time (NULL));

  g_assert_cmpint (ptce_date_get_precision (today), ==, PTCE_DATE_PRECISION_DAY);
  day = ptce_date_get_first_julian (today);
  g_assert_cmpuint (day, >=, g_date_get_julian (&before));
  g_assert_cmpuint (day, <=, g_date_get_julian (&after));
}

static void
test_ref_boxed (void)
{
  PtceDate *d = date_new ("2014-12");
  PtceDate *copy;

  g_assert_true (g_type_is_a (PTCE_TYPE_DATE, G_TYPE_BOXED));
  /* Dates are immutable: copying a boxed date shares it. */
  copy = g_boxed_copy (PTCE_TYPE_DATE, d);
  g_assert_true (copy == d);
  g_assert_true (ptce_date_ref (d) == d);
  ptce_date_unref (d);
  g_boxed_free (PTCE_TYPE_DATE, copy);
  g_assert_cmpint (ptce_date_get_month (d), ==, 12);
  ptce_date_unref (d);
}

static void
test_compare_order (void)
{
  /* The total order: by first day, then the less precise first. */
  const char *ordered[] = {
    "2013-12-31",
    "2014",
    "2014-01",
    "2014-01-01",
    "2014-01-02",
    "2014-02",
    "2014-02-01",
    "2014-12-31",
    "2015",
  };
  PtceDate *dates[G_N_ELEMENTS (ordered)];

  for (gsize i = 0; i < G_N_ELEMENTS (ordered); i++)
    dates[i] = date_new (ordered[i]);

  for (gsize i = 0; i < G_N_ELEMENTS (ordered); i++)
    for (gsize j = 0; j < G_N_ELEMENTS (ordered); j++)
      {
        int c = ptce_date_compare (dates[i], dates[j]);

        g_test_message ("compare %s %s", ordered[i], ordered[j]);
        if (i < j)
          g_assert_cmpint (c, <, 0);
        else if (i > j)
          g_assert_cmpint (c, >, 0);
        else
          g_assert_cmpint (c, ==, 0);
        g_assert_true ((c == 0) == ptce_date_equal (dates[i], dates[j]));
      }

  for (gsize i = 0; i < G_N_ELEMENTS (ordered); i++)
    ptce_date_unref (dates[i]);
}

static void
test_equal_hash (void)
{
  g_autoptr(PtceDate) a = date_new ("2014-12-01");
  g_autoptr(PtceDate) b = ptce_date_new (2014, 12, 1, NULL);
  g_autoptr(PtceDate) year = date_new ("2014");
  g_autoptr(PtceDate) month = date_new ("2014-01");
  g_autoptr(PtceDate) first = date_new ("2014-01-01");
  g_autoptr(PtceDate) year_again = ptce_date_new (2014, 0, 0, NULL);
  g_autoptr(GHashTable) table = NULL;

  g_assert_true (ptce_date_equal (a, b));
  g_assert_cmpuint (ptce_date_hash (a), ==, ptce_date_hash (b));
  /* Same first day, different precision: not the same date. */
  g_assert_false (ptce_date_equal (year, month));
  g_assert_false (ptce_date_equal (month, first));
  g_assert_false (ptce_date_equal (year, first));

  table = g_hash_table_new_full ((GHashFunc) ptce_date_hash, (GEqualFunc) ptce_date_equal,
                                 (GDestroyNotify) ptce_date_unref, NULL);
  g_hash_table_add (table, ptce_date_ref (year));
  g_hash_table_add (table, ptce_date_ref (month));
  g_hash_table_add (table, ptce_date_ref (first));
  g_hash_table_add (table, ptce_date_ref (a));
  g_assert_cmpuint (g_hash_table_size (table), ==, 4);
  g_hash_table_add (table, ptce_date_ref (year_again));
  g_hash_table_add (table, ptce_date_ref (b));
  g_assert_cmpuint (g_hash_table_size (table), ==, 4);
  g_assert_true (g_hash_table_contains (table, year_again));
}

static const struct {
  const char *start;   /* NULL: open */
  const char *end;     /* NULL: open */
  const char *when;
  gboolean    contains;
} periods[] = {
  /* A period from a partial start begins on the first day it covers… */
  { "2014",       NULL,         "2014-01-01", TRUE },
  { "2014",       NULL,         "2013-12-31", FALSE },
  { "2014-06",    NULL,         "2014-06-01", TRUE },
  { "2014-06",    NULL,         "2014-05-31", FALSE },
  /* …and one to a partial end finishes on the last day it covers. */
  { NULL,         "2016",       "2016-12-31", TRUE },
  { NULL,         "2016",       "2017-01-01", FALSE },
  { NULL,         "2024-02",    "2024-02-29", TRUE },
  { NULL,         "2023-02",    "2023-03-01", FALSE },
  { "2014",       "2016",       "2015-07-14", TRUE },
  { "2014",       "2016",       "2014-01-01", TRUE },
  { "2014",       "2016",       "2016-12-31", TRUE },
  { "2014",       "2016",       "2017-01-01", FALSE },
  { "2014-12-01", "2014-12-01", "2014-12-01", TRUE },
  { "2014-12-01", "2014-12-01", "2014-12-02", FALSE },
  { "2014-12-01", "2014-12-01", "2014-11-30", FALSE },
  /* A partial moment stands for its first day. */
  { "2014-06",    NULL,         "2014",       FALSE },
  { "2014",       "2014",       "2014",       TRUE },
  { NULL,         "2013-12-31", "2014",       FALSE },
  { "2014-01-01", NULL,         "2014",       TRUE },
  { NULL,         "2014-01-01", "2014-01",    TRUE },
  /* Open on both sides: always. */
  { NULL,         NULL,         "0001-01-01", TRUE },
  { NULL,         NULL,         "9999-12-31", TRUE },
};

static void
test_period_contains (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autoptr(PtceDate) start = periods[i].start ? date_new (periods[i].start) : NULL;
      g_autoptr(PtceDate) end = periods[i].end ? date_new (periods[i].end) : NULL;
      g_autoptr(PtceDate) when = date_new (periods[i].when);

      g_test_message ("[%s, %s] ∋ %s ?", periods[i].start, periods[i].end, periods[i].when);
      g_assert_cmpint (ptce_period_contains (start, end, when), ==, periods[i].contains);
    }
}

static const struct {
  const char *start;
  const char *end;
  gboolean    valid;
} validity[] = {
  { NULL,         NULL,         TRUE },
  { "2014",       NULL,         TRUE },
  { NULL,         "2014",       TRUE },
  { "2014",       "2014",       TRUE },
  { "2014-06",    "2014",       TRUE },    /* ends 31 December, after 1 June */
  { "2014-12",    "2014-12-01", TRUE },
  { "2014",       "2014-01-01", TRUE },
  { "2014-12-01", "2014-12-01", TRUE },
  { "2015",       "2014",       FALSE },
  { "2014-12-01", "2014-11-30", FALSE },
  { "2014-12",    "2014-11",    FALSE },
  { "2014-12-02", "2014-12-01", FALSE },
};

static void
test_period_is_valid (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (validity); i++)
    {
      g_autoptr(PtceDate) start = validity[i].start ? date_new (validity[i].start) : NULL;
      g_autoptr(PtceDate) end = validity[i].end ? date_new (validity[i].end) : NULL;

      g_test_message ("[%s, %s] valid ?", validity[i].start, validity[i].end);
      g_assert_cmpint (ptce_period_is_valid (start, end), ==, validity[i].valid);
    }
}

/* Switches the messages' language; gettext caches translations per locale,
 * and textdomain() is how a program tells it that LANGUAGE changed. */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  textdomain (textdomain (NULL));
}

/* Dates in the messages' words: ISO in English; in French, in words with
 * « 1er » for the first of a month (the catalogue of the build tree, found
 * through PTCE_LOCALEDIR in the test environment). */
static void
test_words (void)
{
  static const struct { const char *iso, *english, *french; } words[] = {
    { "2018-03-01", "2018-03-01", "1er mars 2018" },
    { "2020-04-23", "2020-04-23", "23 avril 2020" },
    { "2017-08", "2017-08", "août 2017" },
    { "2014", "2014", "2014" },
    { "1999-12-31", "1999-12-31", "31 décembre 1999" },
  };

  if (g_getenv ("PTCE_LOCALEDIR") == NULL)
    {
      g_test_skip ("PTCE_LOCALEDIR is not set: no catalogue to speak French from");
      return;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autoptr(PtceDate) date = date_new (words[i].iso);
      g_autofree char *english = NULL;
      g_autofree char *french = NULL;

      use_language ("en");
      english = ptce_date_to_words (date);
      use_language ("fr");
      french = ptce_date_to_words (date);
      g_assert_cmpstr (english, ==, words[i].english);
      g_assert_cmpstr (french, ==, words[i].french);
    }
  g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  /* the environment's locale (C.UTF-8 in the tests), so LANGUAGE counts */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Date/words", test_words);

  g_test_add_func ("/Ptce/Date/iso8601-valid", test_iso8601_valid);
  g_test_add_func ("/Ptce/Date/iso8601-invalid", test_iso8601_invalid);
  g_test_add_func ("/Ptce/Date/iso8601-null", test_iso8601_null_subprocess);
  g_test_add_func ("/Ptce/Date/iso8601-out-pads", test_iso8601_out_pads);
  g_test_add_func ("/Ptce/Date/new", test_new);
  g_test_add_func ("/Ptce/Date/julian-span", test_julian_span);
  g_test_add_func ("/Ptce/Date/julian-every-day", test_julian_every_day);
  g_test_add_func ("/Ptce/Date/from-julian", test_from_julian);
  g_test_add_func ("/Ptce/Date/today", test_today);
  g_test_add_func ("/Ptce/Date/ref-boxed", test_ref_boxed);
  g_test_add_func ("/Ptce/Date/compare-order", test_compare_order);
  g_test_add_func ("/Ptce/Date/equal-hash", test_equal_hash);
  g_test_add_func ("/Ptce/Date/period-contains", test_period_contains);
  g_test_add_func ("/Ptce/Date/period-is-valid", test_period_is_valid);

  return g_test_run ();
}
