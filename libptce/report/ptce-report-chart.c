/* ptce-report-chart.c: the inline SVG charts of the reports
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "ptce-report-chart-private.h"

/* Room for the row labels of bar and timeline charts, and their length. */
#define LABEL_WIDTH 210
#define LABEL_CHARS 32
#define ROW_HEIGHT 22
#define BAR_HEIGHT 14
#define AXIS_HEIGHT 30
#define LEGEND_HEIGHT 24
#define PLOT_RIGHT (PTCE_REPORT_CHART_WIDTH - 56)

/* Viridis: colour-blind safe, lightness rising from the first colour to
 * the last, so that the series stay apart in grey print too. A dark
 * outline keeps the light ones visible on white paper. */
static const char * const palette[] = {
  "#440154", "#414487", "#2a788e", "#22a884", "#7ad151", "#fde725",
};

const char *
ptce_report_series_colour (guint index,
                           guint n_series)
{
  guint n = G_N_ELEMENTS (palette);

  if (n_series <= 1)
    return palette[1];
  if (n_series == 2)
    return index == 0 ? palette[1] : palette[4];
  if (n_series >= n)
    return palette[index % n];
  /* Spread over the whole range. */
  return palette[(index * (n - 1)) / (n_series - 1)];
}

void
ptce_report_nice_ticks (double   lo,
                        double   hi,
                        guint    max_ticks,
                        gboolean integer,
                        double  *first,
                        double  *step,
                        guint   *n_ticks)
{
  double rough, magnitude, norm, nice, last;

  if (!isfinite (lo) || !isfinite (hi))
    lo = 0, hi = 1;
  if (hi < lo)
    {
      double t = lo;

      lo = hi;
      hi = t;
    }
  if (hi == lo)
    hi = lo + 1;
  if (max_ticks < 2)
    max_ticks = 2;

  rough = (hi - lo) / (max_ticks - 1);
  magnitude = pow (10, floor (log10 (rough)));
  norm = rough / magnitude;
  if (norm <= 1)
    nice = 1;
  else if (norm <= 2)
    nice = 2;
  else if (norm <= 5)
    nice = 5;
  else
    nice = 10;
  *step = nice * magnitude;
  if (integer && *step < 1)
    *step = 1;
  *first = floor (lo / *step + 1e-9) * *step;
  last = ceil (hi / *step - 1e-9) * *step;
  *n_ticks = (guint) llround ((last - *first) / *step) + 1;
}

/* A coordinate: one decimal at most, '.' whatever the locale. */
static void
append_coord (GString *out,
              double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double rounded = round (value * 10) / 10;

  if (rounded == 0)
    rounded = 0;
  if (rounded == floor (rounded))
    g_string_append_printf (out, "%lld", (long long) rounded);
  else
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.1f", rounded));
}

/* Appends @format, where each "%c" takes a double coordinate from the
 * arguments and "%s" a string put as is (the caller escapes it). */
static void
svg (GString    *out,
     const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  for (const char *p = format; *p != '\0'; p++)
    {
      if (*p != '%')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      if (*p == 'c')
        append_coord (out, va_arg (args, double));
      else if (*p == 's')
        g_string_append (out, va_arg (args, const char *));
      else
        g_string_append_c (out, *p);
    }
  va_end (args);
}

static void
open_svg (GString    *out,
          const char *id,
          const char *alt,
          double      height)
{
  g_autofree char *eid = ptce_report_escape (id, 0);
  g_autofree char *ealt = ptce_report_escape (alt, 0);

  svg (out, "<svg class=\"chart\" id=\"%s\" viewBox=\"0 0 %c %c\" width=\"%c\" height=\"%c\" "
       "role=\"img\" aria-labelledby=\"%s-title\"><title id=\"%s-title\">%s</title>\n",
       eid, (double) PTCE_REPORT_CHART_WIDTH, height, (double) PTCE_REPORT_CHART_WIDTH, height,
       eid, eid, ealt);
}

static void
append_label (GString    *out,
              double      x,
              double      y,
              const char *anchor,
              const char *text,
              gsize       max_chars)
{
  g_autofree char *etext = ptce_report_escape (text, max_chars);

  svg (out, "<text x=\"%c\" y=\"%c\" text-anchor=\"%s\">%s</text>\n", x, y, anchor, etext);
}

/* ------------------------------------------------------------------ */
/* Bars                                                               */

void
ptce_report_chart_bars (GString                  *out,
                        const PtceReportBarChart *chart)
{
  double max_total = 0, first, step, scale;
  guint n_ticks;
  double top = chart->n_series > 1 ? LEGEND_HEIGHT : 4;
  double plot_left = LABEL_WIDTH + 8;
  double plot_height = chart->n_rows * ROW_HEIGHT;
  double height = top + plot_height + AXIS_HEIGHT;

  for (guint r = 0; r < chart->n_rows; r++)
    {
      double total = 0;

      for (guint s = 0; s < chart->n_series; s++)
        total += MAX (chart->values[r * chart->n_series + s], 0);
      max_total = MAX (max_total, total);
    }
  ptce_report_nice_ticks (0, max_total, 6, chart->integer, &first, &step, &n_ticks);
  scale = (PLOT_RIGHT - plot_left) / (step * (n_ticks - 1));

  open_svg (out, chart->id, chart->alt, height);

  /* The legend, when there are several series. */
  if (chart->n_series > 1)
    {
      double x = plot_left;

      for (guint s = 0; s < chart->n_series; s++)
        {
          svg (out, "<rect class=\"swatch\" x=\"%c\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\" stroke=\"#222\"/>\n",
               x, ptce_report_series_colour (s, chart->n_series));
          svg (out, "<text x=\"%c\" y=\"14\">", x + 16);
          ptce_report_append_text (out, chart->series_labels[s]);
          g_string_append (out, "</text>\n");
          x += 28 + 7 * g_utf8_strlen (chart->series_labels[s], -1);
        }
    }

  /* The grid and the ticks of the value axis. */
  for (guint t = 0; t < n_ticks; t++)
    {
      double value = first + t * step;
      double x = plot_left + (value - first) * scale;
      g_autofree char *label = ptce_report_format_number (value, 2, chart->numbers);

      svg (out, "<line class=\"grid\" x1=\"%c\" y1=\"%c\" x2=\"%c\" y2=\"%c\" stroke=\"#bbb\"/>\n",
           x, top, x, top + plot_height);
      append_label (out, x, top + plot_height + 16, "middle", label, 0);
    }

  for (guint r = 0; r < chart->n_rows; r++)
    {
      double y = top + r * ROW_HEIGHT;
      double x = plot_left;
      double total = 0;
      g_autofree char *total_text = NULL;

      append_label (out, LABEL_WIDTH, y + ROW_HEIGHT / 2.0 + 4, "end", chart->row_labels[r], LABEL_CHARS);
      for (guint s = 0; s < chart->n_series; s++)
        {
          double value = MAX (chart->values[r * chart->n_series + s], 0);
          double w = value * scale;

          total += value;
          if (value <= 0)
            continue;
          svg (out, "<rect class=\"bar\" x=\"%c\" y=\"%c\" width=\"%c\" height=\"%c\" fill=\"%s\" stroke=\"#222\" stroke-width=\"0.5\"/>\n",
               x, y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0, w, (double) BAR_HEIGHT,
               ptce_report_series_colour (s, chart->n_series));
          x += w;
        }
      total_text = ptce_report_format_number (total, 2, chart->numbers);
      append_label (out, x + 4, y + ROW_HEIGHT / 2.0 + 4, "start", total_text, 0);
    }
  svg (out, "<line class=\"axis\" x1=\"%c\" y1=\"%c\" x2=\"%c\" y2=\"%c\" stroke=\"#222\"/>\n",
       plot_left, top, plot_left, top + plot_height);
  g_string_append (out, "</svg>\n");
}

/* ------------------------------------------------------------------ */
/* Time axes                                                          */

static int
year_of (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_year (&date);
}

static guint32
first_day_of (int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, (GDateYear) CLAMP (year, 1, 9999));
  return g_date_get_julian (&date);
}

/* Year ticks between @lo and @hi (Julian days), at most about 8 of them. */
static void
append_year_axis (GString *out,
                  guint32  lo,
                  guint32  hi,
                  double   left,
                  double   right,
                  double   top,
                  double   bottom)
{
  int y0 = year_of (lo), y1 = year_of (hi);
  int every = 1;
  double scale = (right - left) / MAX (1.0, (double) hi - lo);

  while ((y1 - y0) / every > 8)
    every = every == 1 ? 2 : every == 2 ? 5 : every * 2;
  for (int year = y0; year <= y1 + 1; year++)
    {
      guint32 day = first_day_of (year);
      char label[16];
      double x;

      if ((year - y0) % every != 0 || day < lo || day > hi)
        continue;
      x = left + (day - lo) * scale;
      g_snprintf (label, sizeof label, "%d", year);
      svg (out, "<line class=\"grid\" x1=\"%c\" y1=\"%c\" x2=\"%c\" y2=\"%c\" stroke=\"#bbb\"/>\n",
           x, top, x, bottom);
      append_label (out, x, bottom + 16, "middle", label, 0);
    }
  svg (out, "<line class=\"axis\" x1=\"%c\" y1=\"%c\" x2=\"%c\" y2=\"%c\" stroke=\"#222\"/>\n",
       left, bottom, right, bottom);
}

/* ------------------------------------------------------------------ */
/* Line                                                               */

void
ptce_report_chart_line (GString                   *out,
                        const PtceReportLineChart *chart)
{
  double left = 64, right = PTCE_REPORT_CHART_WIDTH - 24, top = 10, plot_height = 180;
  double height = top + plot_height + AXIS_HEIGHT;
  double vmin = 0, vmax = 0, first, step, yscale, xscale;
  guint32 dmin = G_MAXUINT32, dmax = 0;
  guint n_ticks;

  for (guint i = 0; i < chart->n_points; i++)
    {
      vmin = MIN (vmin, chart->values[i]);
      vmax = MAX (vmax, chart->values[i]);
      dmin = MIN (dmin, chart->days[i]);
      dmax = MAX (dmax, chart->days[i]);
    }
  if (chart->n_points == 0)
    dmin = dmax = first_day_of (2000);
  /* Half a year of margin on each side, so that a point never sits on
   * the frame and a single point has an axis. */
  dmin = dmin > 183 ? dmin - 183 : 1;
  dmax += 183;
  ptce_report_nice_ticks (vmin, vmax, 5, FALSE, &first, &step, &n_ticks);
  yscale = plot_height / (step * (n_ticks - 1));
  xscale = (right - left) / MAX (1.0, (double) dmax - dmin);

  open_svg (out, chart->id, chart->alt, height);
  for (guint t = 0; t < n_ticks; t++)
    {
      double value = first + t * step;
      double y = top + plot_height - (value - first) * yscale;
      g_autofree char *label = ptce_report_format_number (value, 2, chart->numbers);

      svg (out, "<line class=\"grid\" x1=\"%c\" y1=\"%c\" x2=\"%c\" y2=\"%c\" stroke=\"#bbb\"/>\n",
           left, y, right, y);
      append_label (out, left - 6, y + 4, "end", label, 0);
    }
  append_year_axis (out, dmin, dmax, left, right, top, top + plot_height);

  if (chart->n_points > 1)
    {
      g_string_append (out, "<polyline class=\"series\" fill=\"none\" stroke=\"");
      g_string_append (out, ptce_report_series_colour (0, 1));
      g_string_append (out, "\" stroke-width=\"2\" points=\"");
      for (guint i = 0; i < chart->n_points; i++)
        svg (out, i > 0 ? " %c,%c" : "%c,%c",
             left + (chart->days[i] - dmin) * xscale,
             top + plot_height - (chart->values[i] - first) * yscale);
      g_string_append (out, "\"/>\n");
    }
  for (guint i = 0; i < chart->n_points; i++)
    {
      double x = left + (chart->days[i] - dmin) * xscale;
      double y = top + plot_height - (chart->values[i] - first) * yscale;
      g_autofree char *label = ptce_report_format_number (chart->values[i], 2, chart->numbers);

      svg (out, "<circle class=\"point\" cx=\"%c\" cy=\"%c\" r=\"4\" fill=\"%s\" stroke=\"#222\"/>\n",
           x, y, ptce_report_series_colour (0, 1));
      append_label (out, x, y - 8, "middle", label, 0);
    }
  g_string_append (out, "</svg>\n");
}

/* ------------------------------------------------------------------ */
/* Timeline                                                           */

void
ptce_report_chart_timeline (GString                       *out,
                            const PtceReportTimelineChart *chart)
{
  double left = LABEL_WIDTH + 8, right = PTCE_REPORT_CHART_WIDTH - 16, top = 4;
  double plot_height = chart->n_rows * ROW_HEIGHT;
  double height = top + plot_height + AXIS_HEIGHT;
  guint32 lo = chart->until, hi = chart->until;
  double scale;

  for (guint r = 0; r < chart->n_rows; r++)
    {
      if (chart->starts[r] != 0)
        lo = MIN (lo, chart->starts[r]);
      if (chart->ends[r] != 0)
        hi = MAX (hi, chart->ends[r]);
    }
  /* From the first of January of the first year, a year before when every
   * start is unknown. */
  lo = first_day_of (year_of (lo) - (lo == chart->until ? 1 : 0));
  scale = (right - left) / MAX (1.0, (double) hi - lo);

  open_svg (out, chart->id, chart->alt, height);
  append_year_axis (out, lo, hi, left, right, top, top + plot_height);
  svg (out, "<line class=\"today\" x1=\"%c\" y1=\"%c\" x2=\"%c\" y2=\"%c\" stroke=\"#222\" stroke-dasharray=\"4 3\"/>\n",
       left + (chart->until - lo) * scale, top, left + (chart->until - lo) * scale, top + plot_height);
  for (guint r = 0; r < chart->n_rows; r++)
    {
      double y = top + r * ROW_HEIGHT;
      guint32 start = chart->starts[r] != 0 ? chart->starts[r] : lo;
      guint32 end = chart->ends[r] != 0 ? chart->ends[r] : chart->until;
      double x0 = left + (start - lo) * scale;
      double x1 = left + ((end > start ? end : start) - lo) * scale;

      append_label (out, LABEL_WIDTH, y + ROW_HEIGHT / 2.0 + 4, "end", chart->row_labels[r], LABEL_CHARS);
      /* A start not known is drawn open: a lighter bar from the left edge. */
      svg (out, "<rect class=\"%s\" x=\"%c\" y=\"%c\" width=\"%c\" height=\"%c\" fill=\"%s\" stroke=\"#222\" stroke-width=\"0.5\"/>\n",
           chart->starts[r] != 0 ? "period" : "period open-start",
           x0, y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0, MAX (x1 - x0, 2.0), (double) BAR_HEIGHT,
           ptce_report_series_colour (chart->starts[r] != 0 ? 0 : 1, 2));
    }
  g_string_append (out, "</svg>\n");
}
