/* ptce-date.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-date.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-model-private.h"

/**
 * SECTION:ptce-date
 * @Title: PtceDate
 * @Short_description: a calendar date that may be partial
 *
 * Sources about poles often give only a year ("created in 2014") or a
 * month. A #PtceDate keeps exactly what is known: a year, a year and a
 * month, or a full date, and is written in ISO 8601 ("2014",
 * "2014-12", "2014-12-01").
 *
 * A partial date covers a span of days: "2014" covers 1 January to 31
 * December 2014. An interval that starts at a partial date begins on the
 * first day it covers, and one that ends at a partial date finishes on the
 * last day it covers; ptce_period_contains() applies that rule. When a
 * partial date is used as the moment of a question ("members on 2016"), it
 * stands for its first day.
 *
 * Dates are immutable and reference counted.
 *
 * Comparing: ptce_date_equal() and ptce_date_compare() order dates by
 * first day, the less precise first ("2014" < "2014-01" < "2014-01-01");
 * ptce_date_to_iso8601() gives the text, as precise as the date. In
 * Python, libptce's override makes `==`, `<`, `sorted()`, `hash()` and
 * `str()` call them. GJS has no operator overloading: `a == b` and `a < b`
 * compare the JavaScript wrappers, not the dates, and answer wrongly
 * without a word; write `a.equal(b)`, `a.compare(b) < 0`,
 * `dates.sort((a, b) => a.compare(b))` and `a.to_iso8601()`.
 *
 * In GJS, `new Ptce.Date()` calls the boxed type's constructor without
 * arguments, ptce_date_new_today(): it means today. Say what you mean:
 * `Ptce.Date.new_today()`, `Ptce.Date.new(2014, 12, 0)` or
 * `Ptce.Date.new_from_iso8601('2014-12')`.
 *
 * Conversions, in Python (`datetime.date` has no partial dates: a partial
 * #PtceDate stands for its first or its last day, as the question needs):
 *
 * |[<!-- language="Python" -->
 * import datetime
 * d = Ptce.Date.new(day.year, day.month, day.day)            # from datetime.date
 * first = datetime.date.fromordinal(d.get_first_julian())    # to datetime.date
 * last = datetime.date.fromordinal(d.get_last_julian())
 * g = GLib.Date.new_julian(d.get_first_julian())             # to GLib.Date
 * d = Ptce.Date.new_from_julian(g.get_julian())              # from GLib.Date
 * ]|
 *
 * GLib's Julian days and Python's ordinals both count 1 January of year 1
 * as day 1, so they convert without arithmetic.
 */

struct _PtceDate
{
  grefcount ref_count;
  gint16    year;
  gint8     month;  /* 0 when unknown */
  gint8     day;    /* 0 when unknown */
  /* The first and last days covered, kept from the start: a date never
   * changes, and the rules and the observatory ask them for every
   * membership, cooperation and observation of every pole. (malloc gives
   * 24 bytes at least: the 8 more cost no memory.) */
  guint32   first_julian;
  guint32   last_julian;
};

G_DEFINE_BOXED_TYPE (PtceDate, ptce_date, ptce_date_ref, ptce_date_unref)

static guint32 julian_of (int year, int month, int day);

static PtceDate *
date_alloc (int year,
            int month,
            int day)
{
  PtceDate *self = g_new0 (PtceDate, 1);
  int last_month = month ? month : 12;

  g_ref_count_init (&self->ref_count);
  self->year = (gint16) year;
  self->month = (gint8) month;
  self->day = (gint8) day;
  self->first_julian = julian_of (year, month ? month : 1, day ? day : 1);
  self->last_julian = julian_of (year, last_month,
                                 day ? day : g_date_get_days_in_month ((GDateMonth) last_month,
                                                                       (GDateYear) year));
  return self;
}

/**
 * ptce_date_new:
 * @year: the year, 1 to 9999
 * @month: the month, 1 to 12, or 0 when only the year is known
 * @day: the day of the month, or 0 when it is not known
 * @error: return location for a #GError
 *
 * Creates a date, possibly partial. A day without a month is refused, and
 * so is a date that does not exist (2023-02-29).
 *
 * Returns: (transfer full) (nullable): a new date, or %NULL with @error set
 *   to %PTCE_ERROR_INVALID_DATE
 *
 * Since: 1.0
 */
PtceDate *
ptce_date_new (int      year,
               int      month,
               int      day,
               GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();

  if (year < 1 || year > 9999)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE,
                   _("Year %d is outside 1–9999"), year);
      return NULL;
    }
  if (month < 0 || month > 12)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE,
                   _("Month %d is outside 1–12"), month);
      return NULL;
    }
  if (day != 0 && month == 0)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE,
                   _("A day is given without a month"));
      return NULL;
    }
  if (day != 0 && (day < 1 || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year)))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE,
                   _("Day %d does not exist in %04d-%02d"), day, year, month);
      return NULL;
    }

  return date_alloc (year, month, day);
}

static gboolean
parse_digits (const char **p,
              guint        n,
              int         *out)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      value = value * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *out = value;
  return TRUE;
}

gboolean
ptce_date_parse_form_private (const char *text,
                              int        *year,
                              int        *month,
                              int        *day)
{
  const char *p = text;

  *month = *day = 0;
  if (!parse_digits (&p, 4, year))
    return FALSE;
  if (*p == '-')
    {
      p++;
      if (!parse_digits (&p, 2, month) || *month == 0)
        return FALSE;
      if (*p == '-')
        {
          p++;
          if (!parse_digits (&p, 2, day) || *day == 0)
            return FALSE;
        }
    }
  return *p == '\0';
}

/**
 * ptce_date_new_from_iso8601:
 * @text: an ISO 8601 calendar date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @error: return location for a #GError
 *
 * Parses a date in the extended ISO 8601 calendar form, possibly reduced
 * to a year or to a year and month. Times, week dates, ordinal dates and
 * signs are refused.
 *
 * Returns: (transfer full) (nullable): a new date, or %NULL with @error set
 *   to %PTCE_ERROR_INVALID_DATE
 *
 * Since: 1.0
 */
PtceDate *
ptce_date_new_from_iso8601 (const char  *text,
                            GError     **error)
{
  int year, month, day;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();

  if (ptce_date_parse_form_private (text, &year, &month, &day))
    return ptce_date_new (year, month, day, error);

  /* Quote at most a short prefix: the text may be hostile and huge. */
  shown = g_utf8_make_valid (text, MIN (strlen (text), 32));
  g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE,
               _("“%s%s” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
               shown, strlen (text) > 32 ? "…" : "");
  return NULL;
}

/**
 * ptce_date_new_from_julian:
 * @julian_day: a Julian day number, as #GDate counts them (1 is 1 January
 *   of year 1)
 *
 * Creates the full date of a Julian day.
 *
 * Returns: (transfer full): a new full date
 *
 * Since: 1.0
 */
PtceDate *
ptce_date_new_from_julian (guint32 julian_day)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (julian_day), NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian_day);
  return date_alloc (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

/**
 * ptce_date_new_today:
 *
 * Creates the full date of today, in local time. This is also what
 * `new Ptce.Date()` gives in GJS (the constructor without arguments).
 *
 * Returns: (transfer full): a new full date
 *
 * Since: 1.0
 */
PtceDate *
ptce_date_new_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return date_alloc (g_date_time_get_year (now),
                     g_date_time_get_month (now),
                     g_date_time_get_day_of_month (now));
}

/**
 * ptce_date_ref:
 * @self: a #PtceDate
 *
 * Takes a reference.
 *
 * Returns: (transfer full): @self
 *
 * Since: 1.0
 */
PtceDate *
ptce_date_ref (PtceDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ptce_date_unref:
 * @self: (transfer full): a #PtceDate
 *
 * Drops a reference, freeing the date with the last one.
 *
 * Since: 1.0
 */
void
ptce_date_unref (PtceDate *self)
{
  g_return_if_fail (self != NULL);

  if (g_ref_count_dec (&self->ref_count))
    g_free (self);
}

/**
 * ptce_date_get_year:
 * @self: a #PtceDate
 *
 * Gets the year.
 *
 * Returns: the year
 *
 * Since: 1.0
 */
int
ptce_date_get_year (const PtceDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->year;
}

/**
 * ptce_date_get_month:
 * @self: a #PtceDate
 *
 * Gets the month.
 *
 * Returns: the month, 1 to 12, or 0 when only the year is known
 *
 * Since: 1.0
 */
int
ptce_date_get_month (const PtceDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->month;
}

/**
 * ptce_date_get_day:
 * @self: a #PtceDate
 *
 * Gets the day of the month.
 *
 * Returns: the day, or 0 when it is not known
 *
 * Since: 1.0
 */
int
ptce_date_get_day (const PtceDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->day;
}

/**
 * ptce_date_get_precision:
 * @self: a #PtceDate
 *
 * Gets how much of the date is known.
 *
 * Returns: the precision
 *
 * Since: 1.0
 */
PtceDatePrecision
ptce_date_get_precision (const PtceDate *self)
{
  g_return_val_if_fail (self != NULL, PTCE_DATE_PRECISION_YEAR);

  if (self->day != 0)
    return PTCE_DATE_PRECISION_DAY;
  if (self->month != 0)
    return PTCE_DATE_PRECISION_MONTH;
  return PTCE_DATE_PRECISION_YEAR;
}

/* The Julian day number as GDate counts them (1 January of year 1 is day
 * 1, proleptic Gregorian calendar), by arithmetic: the rules and the
 * observatory ask it for every membership, cooperation and observation of
 * every pole, and a GDate checks and converts the date each time (≈500
 * instructions against ≈20). A date GDate refuses goes through GDate, so
 * that the result (and its warning) stays GDate's. */
static guint32
julian_of (int year,
           int month,
           int day)
{
  static const guint16 before_month[12] = {
    0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
  };
  static const guint8 days_in_month[12] = {
    31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
  };
  gboolean leap;
  guint32 y;

  leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (year >= 1 && year <= G_MAXUINT16 && month >= 1 && month <= 12 && day >= 1 &&
      day <= days_in_month[month - 1] + (month == 2 && leap ? 1 : 0))
    {
      y = (guint32) year - 1;
      return y * 365 + y / 4 - y / 100 + y / 400 + before_month[month - 1] +
             (month > 2 && leap ? 1 : 0) + (guint32) day;
    }
  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
    return g_date_get_julian (&date);
  }
}

/**
 * ptce_date_get_first_julian:
 * @self: a #PtceDate
 *
 * Gets the first day that the date covers: 1 January for a year, the
 * first of the month for a month, the day itself for a full date.
 *
 * Returns: a Julian day number, as #GDate counts them
 *
 * Since: 1.0
 */
guint32
ptce_date_get_first_julian (const PtceDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->first_julian;
}

/**
 * ptce_date_get_last_julian:
 * @self: a #PtceDate
 *
 * Gets the last day that the date covers: 31 December for a year, the last
 * day of the month for a month, the day itself for a full date.
 *
 * Returns: a Julian day number, as #GDate counts them
 *
 * Since: 1.0
 */
guint32
ptce_date_get_last_julian (const PtceDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->last_julian;
}

/**
 * ptce_date_to_iso8601:
 * @self: a #PtceDate
 *
 * Formats the date in ISO 8601, with only the parts that are known.
 *
 * Returns: (transfer full): "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 *
 * Since: 1.0
 */
char *
ptce_date_to_iso8601 (const PtceDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (ptce_date_get_precision (self))
    {
    case PTCE_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04d", self->year);
    case PTCE_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", self->year, self->month);
    case PTCE_DATE_PRECISION_DAY:
    default:
      return g_strdup_printf ("%04d-%02d-%02d", self->year, self->month, self->day);
    }
}

/**
 * ptce_date_to_words:
 * @self: a #PtceDate
 *
 * Formats the date as the sentences of libptce's messages write it, in
 * the language of those messages: ISO 8601 in English ("2018-03-01"),
 * in words in French (« 1er mars 2018 », « mars 2018 », « 2018 »). Use it
 * where a date goes into a sentence; use ptce_date_to_iso8601() where it
 * goes into data.
 *
 * Returns: (transfer full): the date in the messages' words
 *
 * Since: 1.0
 */
char *
ptce_date_to_words (const PtceDate *self)
{
  static const char * const mois[] = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre"
  };
  const char *style;

  g_return_val_if_fail (self != NULL, NULL);

  ptce_i18n_init ();
  /* TRANSLATORS: how dates read in the sentences of the diagnosis: "iso"
   * (2018-03-01) or "fr" (« 1er mars 2018 », in words); keep one of these
   * two words */
  style = C_("date style", "iso");
  if (strcmp (style, "fr") != 0)
    return ptce_date_to_iso8601 (self);

  switch (ptce_date_get_precision (self))
    {
    case PTCE_DATE_PRECISION_DAY:
      /* French writes the first of a month as an ordinal: « 1er » */
      if (self->day == 1)
        return g_strdup_printf ("1er %s %d", mois[self->month - 1], self->year);
      return g_strdup_printf ("%d %s %d", self->day, mois[self->month - 1], self->year);
    case PTCE_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%s %d", mois[self->month - 1], self->year);
    case PTCE_DATE_PRECISION_YEAR:
    default:
      return g_strdup_printf ("%d", self->year);
    }
}

/**
 * ptce_date_compare:
 * @a: a #PtceDate
 * @b: another #PtceDate
 *
 * Orders dates by their first day, then the less precise first: "2014"
 * sorts before "2014-01", which sorts before "2014-01-01". This is a total
 * order consistent with ptce_date_equal().
 *
 * Returns: negative, 0 or positive as @a sorts before, with or after @b
 *
 * Since: 1.0
 */
int
ptce_date_compare (const PtceDate *a,
                   const PtceDate *b)
{
  guint32 ja, jb;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  ja = ptce_date_get_first_julian (a);
  jb = ptce_date_get_first_julian (b);
  if (ja != jb)
    return ja < jb ? -1 : 1;
  return (int) ptce_date_get_precision (a) - (int) ptce_date_get_precision (b);
}

/**
 * ptce_date_equal:
 * @a: a #PtceDate
 * @b: another #PtceDate
 *
 * Checks whether two dates are the same, with the same precision.
 *
 * Returns: %TRUE when they are equal
 *
 * Since: 1.0
 */
gboolean
ptce_date_equal (const PtceDate *a,
                 const PtceDate *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->year == b->year && a->month == b->month && a->day == b->day;
}

/**
 * ptce_date_hash:
 * @self: a #PtceDate
 *
 * Hashes a date, for #GHashTable with ptce_date_equal().
 *
 * Returns: a hash value
 *
 * Since: 1.0
 */
guint
ptce_date_hash (const PtceDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return (guint) self->year * 372u + (guint) self->month * 31u + (guint) self->day;
}

/**
 * ptce_period_contains:
 * @start: (nullable): the start of the period, or %NULL when it is open
 * @end: (nullable): the end of the period, or %NULL when it is open
 * @when: the moment asked about
 *
 * Checks whether a period contains a moment. The period runs from the first
 * day of @start to the last day of @end, both included; @when stands for
 * its first day.
 *
 * Returns: %TRUE when @when falls in the period
 *
 * Since: 1.0
 */
gboolean
ptce_period_contains (const PtceDate *start,
                           const PtceDate *end,
                           const PtceDate *when)
{
  guint32 day;

  g_return_val_if_fail (when != NULL, FALSE);

  day = ptce_date_get_first_julian (when);
  if (start != NULL && day < ptce_date_get_first_julian (start))
    return FALSE;
  if (end != NULL && day > ptce_date_get_last_julian (end))
    return FALSE;
  return TRUE;
}

/**
 * ptce_period_is_valid:
 * @start: (nullable): the start of a period, or %NULL when it is open
 * @end: (nullable): the end of the period, or %NULL when it is open
 *
 * Checks that a period does not end before it starts: the last day of @end
 * must not come before the first day of @start.
 *
 * Returns: %TRUE when the period is well ordered (or open on a side)
 *
 * Since: 1.0
 */
gboolean
ptce_period_is_valid (const PtceDate *start,
                           const PtceDate *end)
{
  if (start == NULL || end == NULL)
    return TRUE;
  return ptce_date_get_last_julian (end) >= ptce_date_get_first_julian (start);
}
