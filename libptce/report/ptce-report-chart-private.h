/* ptce-report-chart-private.h: the inline SVG charts of the reports
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Three kinds of chart, drawn as inline SVG with no script, no external
 * font and no external reference: horizontal bars (one series or stacked
 * series), a line over time, and a timeline of periods. Each chart is an
 * <svg role="img"> whose <title> is the text alternative the caller gives;
 * the caller also prints the same numbers as a table. The output depends
 * only on the input (no locale, no clock), so that tests can compare it
 * with golden files. */
#pragma once

#include <glib.h>

#include "ptce-report-html-private.h"

G_BEGIN_DECLS

/* The chart width in SVG user units (the picture scales down on a phone). */
#define PTCE_REPORT_CHART_WIDTH 640

typedef struct {
  const char         *id;             /* unique in the page */
  const char         *alt;            /* the text alternative */
  guint               n_rows;
  const char * const *row_labels;     /* n_rows labels */
  guint               n_series;       /* 1 or more */
  const char * const *series_labels;  /* n_series labels (a legend when > 1) */
  const double       *values;         /* n_rows × n_series, row by row, ≥ 0 */
  gboolean            integer;        /* counts: ticks on whole numbers */
  PtceReportNumbers   numbers;
} PtceReportBarChart;

typedef struct {
  const char         *id;
  const char         *alt;
  guint               n_points;
  const guint32      *days;           /* GDate Julian day of each point */
  const double       *values;
  PtceReportNumbers   numbers;
} PtceReportLineChart;

typedef struct {
  const char         *id;
  const char         *alt;
  guint               n_rows;
  const char * const *row_labels;
  const guint32      *starts;         /* GDate Julian day; 0 when not known */
  const guint32      *ends;           /* 0 when still running at @until */
  guint32             until;          /* the date of the report */
  PtceReportNumbers   numbers;
} PtceReportTimelineChart;

/* Ticks for an axis over [@lo, @hi]: about @max_ticks of them at a step of
 * 1, 2 or 5 times a power of ten (a whole step when @integer), the first
 * at or below @lo and the last at or above @hi. */
void ptce_report_nice_ticks      (double   lo,
                                  double   hi,
                                  guint    max_ticks,
                                  gboolean integer,
                                  double  *first,
                                  double  *step,
                                  guint   *n_ticks);

/* The fill colour of series @index of @n_series: colour-blind safe, and
 * of distinct lightness, so that grey print keeps the series apart. */
const char *ptce_report_series_colour (guint index,
                                       guint n_series);

void ptce_report_chart_bars      (GString                       *out,
                                  const PtceReportBarChart      *chart);
void ptce_report_chart_line      (GString                       *out,
                                  const PtceReportLineChart     *chart);
void ptce_report_chart_timeline  (GString                       *out,
                                  const PtceReportTimelineChart *chart);

G_END_DECLS
