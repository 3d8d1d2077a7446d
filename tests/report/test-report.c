/* test-report.c: PtceReport from C — the pole and territory reports of the
 * samples, the three outputs (bytes, stream, file), the errors, and golden
 * tests of the SVG charts on hand-built data.
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The charts are private (ptce-report-chart-private.h): this test links the
 * internal library to draw them alone. Set PTCE_UPDATE_GOLDEN=1 to rewrite
 * the golden files of tests/data/report/ after a deliberate change, then
 * read the diff. */
#include <string.h>
#include <glib/gstdio.h>

#include <libptce/libptce.h>
#include "ptce-report-chart-private.h"
#include "ptce-report-html-private.h"

static PtceDataset *
load_sample (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(GError) error = NULL;
  PtceDataset *dataset = ptce_json_reader_load_file (reader, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static char *
render (PtceReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) when = ptce_date_new_from_iso8601 ("2025-06-30", NULL);
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  ptce_report_set_date (report, when);
  bytes = ptce_report_to_bytes (report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &length);
  g_assert_true (g_utf8_validate (data, (gssize) length, NULL));
  g_assert_cmpuint (strlen (data), ==, length);
  return g_strndup (data, length);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* What every report must be: one HTML5 document that loads nothing. */
static void
assert_self_contained (const char *html)
{
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_nonnull (strstr (html, "<meta charset=\"utf-8\">"));
  g_assert_nonnull (strstr (html, "default-src 'none'"));
  g_assert_nonnull (strstr (html, "@media print"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "<img"));
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "url("));
  g_assert_null (strstr (html, "@import"));
  /* Each chart has its text alternative, as title and as caption. */
  g_assert_cmpuint (count (html, "role=\"img\""), ==, count (html, "<title id=\""));
  g_assert_cmpuint (count (html, "<svg class=\"chart\""), <=, count (html, "<figcaption>"));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));
}

/* ------------------------------------------------------------------ */

static void
test_pole (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ("le-phares.json");
  g_autoptr(PtceReport) report = ptce_report_new_for_pole (dataset, "phares");
  g_autofree char *html = render (report);
  g_autoptr(PtceChecker) checker = ptce_checker_new ();
  g_autoptr(PtceDate) when = ptce_date_new_from_iso8601 ("2025-06-30", NULL);
  g_autoptr(PtceDiagnosis) diagnosis = NULL;
  GListModel *findings;
  const char *verdict, *identity, *diagnosis_at;

  assert_self_contained (html);
  g_assert_nonnull (strstr (html, "<h1><bdi>Le PHARES</bdi></h1>"));

  /* The verdict comes first, before the identity and the findings. */
  verdict = strstr (html, "id=\"verdict\"");
  identity = strstr (html, "id=\"identity\"");
  diagnosis_at = strstr (html, "id=\"diagnosis\"");
  g_assert_nonnull (verdict);
  g_assert_nonnull (identity);
  g_assert_nonnull (diagnosis_at);
  g_assert_true (verdict < identity && identity < diagnosis_at);
  g_assert_nonnull (strstr (html, "Meets the definition of a PTCE"));

  /* Every finding of the diagnosis is there, by its rule. */
  ptce_checker_set_geography (checker, ptce_geography_get_default ());
  diagnosis = ptce_checker_check (checker, dataset, ptce_dataset_lookup_pole (dataset, "phares"), when);
  findings = ptce_diagnosis_get_findings (diagnosis);
  g_assert_cmpuint (g_list_model_get_n_items (findings), >, 5);
  g_assert_cmpuint (count (html, "<article class=\"finding"), ==, g_list_model_get_n_items (findings));
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PtceFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *needle = g_strdup_printf ("data-rule=\"%s\"", ptce_finding_get_rule_id (finding));

      g_assert_nonnull (strstr (html, needle));
    }
  /* The law quoted in French, marked as French. */
  g_assert_nonnull (strstr (html, "<blockquote lang=\"fr\">"));

  /* Members, timeline, cooperations, indicators, sources. */
  g_assert_nonnull (strstr (html, "id=\"members\""));
  g_assert_nonnull (strstr (html, "id=\"timeline\""));
  g_assert_nonnull (strstr (html, "id=\"cooperations\""));
  g_assert_nonnull (strstr (html, "id=\"indicators\""));
  g_assert_nonnull (strstr (html, "id=\"sources\""));
  g_assert_nonnull (strstr (html, "<th scope=\"col\""));
  g_assert_nonnull (strstr (html, "Timeline of the 8 memberships"));
  /* Eight members, two of them ESS enterprises, on that date. */
  g_assert_nonnull (strstr (html, "8 members, of which 2 ESS enterprises"));
  /* The network picture or the word that it is missing. */
  if (ptce_report_has_network_picture ())
    g_assert_nonnull (strstr (html, "<svg class=\"network\""));
  else
    g_assert_nonnull (strstr (html, "class=\"no-network\""));
}

static void
test_pole_indicators (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ("le-damier.json");
  g_autoptr(PtceReport) report = ptce_report_new_for_pole (dataset, "le-damier");
  g_autofree char *html = render (report);

  assert_self_contained (html);
  /* Each observed indicator has its chart, its table and its source. */
  g_assert_cmpuint (count (html, "id=\"chart-indicator-"), >=, 1);
  g_assert_nonnull (strstr (html, "class=\"cite\" href=\"#source-1\""));
  g_assert_nonnull (strstr (html, "<li id=\"source-1\">"));
  /* Population of the territory from the reference geography. */
  g_assert_nonnull (strstr (html, "Clermont-Ferrand"));
  g_assert_nonnull (strstr (html, "inhabitants (COG"));
}

static void
test_territory (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ("ptce-samples.json");
  g_autoptr(PtceReport) all = ptce_report_new_for_territory (dataset, NULL);
  g_autoptr(PtceReport) auvergne = ptce_report_new_for_territory (dataset, "reg:84");
  g_autoptr(PtceReport) puy = ptce_report_new_for_territory (dataset, "63");
  g_autofree char *all_html = render (all);
  g_autofree char *auvergne_html = render (auvergne);
  g_autofree char *puy_html = render (puy);

  assert_self_contained (all_html);
  assert_self_contained (auvergne_html);
  g_assert_nonnull (strstr (all_html, "<bdi>Le PHARES</bdi>"));
  g_assert_nonnull (strstr (all_html, "<bdi>Le Damier</bdi>"));
  g_assert_nonnull (strstr (all_html, "id=\"coverage\""));
  g_assert_nonnull (strstr (all_html, "Départements with a pole"));
  g_assert_nonnull (strstr (all_html, "EPCI with a pole"));
  /* Only Le Damier is in Auvergne-Rhône-Alpes, and in the Puy-de-Dôme. */
  g_assert_nonnull (strstr (auvergne_html, "<h1><bdi>Région Auvergne-Rhône-Alpes (84)</bdi></h1>"));
  g_assert_nonnull (strstr (auvergne_html, "<bdi>Le Damier</bdi>"));
  g_assert_null (strstr (auvergne_html, "<bdi>Le PHARES</bdi>"));
  g_assert_nonnull (strstr (puy_html, "Département Puy-de-Dôme (63)"));
  g_assert_nonnull (strstr (puy_html, "<bdi>Le Damier</bdi>"));
}

static void
test_errors (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ("ptce-samples.json");
  const struct { const char *pole, *territory; int code; const char *words; } cases[] = {
    { "no-such-pole", NULL, PTCE_ERROR_NOT_FOUND, "no-such-pole" },
    { NULL, "xyz", PTCE_ERROR_NOT_FOUND, "xyz" },
    { NULL, "reg:99", PTCE_ERROR_NOT_FOUND, "99" },
    { NULL, "dep:", PTCE_ERROR_NOT_FOUND, "geography" },
    { NULL, "canton:12", PTCE_ERROR_NOT_FOUND, "reg:CODE" },
    { NULL, "11", PTCE_ERROR_NOT_FOUND, "reg:11 or dep:11" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PtceReport) report = ptce_report_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      ptce_report_set_dataset (report, dataset);
      ptce_report_set_pole_id (report, cases[i].pole);
      ptce_report_set_territory (report, cases[i].territory);
      bytes = ptce_report_to_bytes (report, &error);
      g_assert_null (bytes);
      g_assert_error (error, PTCE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].words));
    }

  /* No dataset: an error, not a crash. */
  {
    g_autoptr(PtceReport) report = ptce_report_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) bytes = ptce_report_to_bytes (report, &error);

    g_assert_null (bytes);
    g_assert_error (error, PTCE_ERROR, PTCE_ERROR_FAILED);
  }
}

static void
test_outputs (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ("le-damier.json");
  g_autoptr(PtceReport) report = ptce_report_new_for_pole (dataset, "le-damier");
  g_autoptr(PtceReport) bad = ptce_report_new_for_pole (dataset, "nope");
  g_autofree char *html = render (report);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-report-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* To a stream: the same bytes. */
  g_assert_true (ptce_report_to_stream (report, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), ==, strlen (html));
  g_assert_cmpint (memcmp (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)), html, strlen (html)), ==, 0);

  /* A report that cannot be made writes nothing to the stream. */
  g_assert_false (ptce_report_to_stream (bad, stream, NULL, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), ==, strlen (html));

  /* To a file, replacing the old one whole. */
  g_assert_no_error (error);
  path = g_build_filename (dir, "report.html", NULL);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (ptce_report_save_file (report, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpstr (contents, ==, html);
  g_clear_pointer (&contents, g_free);

  /* A failed report leaves the file as it was. */
  g_assert_false (ptce_report_save_file (bad, path, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpstr (contents, ==, html);

  /* A directory is not replaced. */
  g_assert_false (ptce_report_save_file (report, dir, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO);
  g_clear_error (&error);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  /* A directory that does not exist: an error naming the file. */
  {
    g_autofree char *missing = g_build_filename (dir, "no", "such", "report.html", NULL);

    g_assert_false (ptce_report_save_file (report, missing, &error));
    g_assert_error (error, PTCE_ERROR, PTCE_ERROR_IO);
    g_assert_nonnull (strstr (error->message, "report.html"));
    g_clear_error (&error);
  }

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_properties (void)
{
  g_autoptr(PtceDataset) dataset = load_sample ("le-damier.json");
  g_autoptr(PtceReport) report = g_object_new (PTCE_TYPE_REPORT, NULL);
  g_autoptr(PtceChecker) checker = ptce_checker_new ();
  g_autoptr(PtceDate) when = ptce_date_new (2020, 1, 1, NULL);
  g_autoptr(PtceDataset) got_dataset = NULL;
  g_autoptr(PtceDate) got_date = NULL;
  g_autofree char *pole_id = NULL;

  g_object_set (report, "dataset", dataset, "pole-id", "le-damier", "date", when,
                "checker", checker, "geography", ptce_geography_get_default (),
                "territory", "reg:84", NULL);
  g_object_get (report, "dataset", &got_dataset, "pole-id", &pole_id, "date", &got_date, NULL);
  g_assert_true (got_dataset == dataset);
  g_assert_cmpstr (pole_id, ==, "le-damier");
  g_assert_true (ptce_date_equal (got_date, when));
  g_assert_true (ptce_report_get_checker (report) == checker);
  g_assert_true (ptce_report_get_geography (report) == ptce_geography_get_default ());
  g_assert_cmpstr (ptce_report_get_territory (report), ==, "reg:84");
  g_assert_cmpstr (ptce_report_get_language (), ==, "en");

  /* Back to NULL: today, the default geography and checker. */
  ptce_report_set_date (report, NULL);
  ptce_report_set_checker (report, NULL);
  ptce_report_set_geography (report, NULL);
  g_assert_null (ptce_report_get_date (report));
  g_assert_null (ptce_report_get_checker (report));
}

/* ------------------------------------------------------------------ */
/* Text                                                               */

static void
test_escape (void)
{
  const struct { const char *in; gsize max; const char *out; } cases[] = {
    { "plain", 0, "plain" },
    { "<script>alert(1)</script>", 0, "&lt;script&gt;alert(1)&lt;/script&gt;" },
    { "a & b \"c\" 'd'", 0, "a &amp; b &quot;c&quot; &#39;d&#39;" },
    { "tab\tline\nok", 0, "tab\tline\nok" },
    { "nul\x01" "bell\x07", 0, "nul\xef\xbf\xbd" "bell\xef\xbf\xbd" },
    { "c1 \xc2\x85 next line", 0, "c1 \xef\xbf\xbd next line" },
    { "bad \xff byte", 0, "bad \xef\xbf\xbd byte" },
    { "nonchar \xef\xb7\x90", 0, "nonchar \xef\xbf\xbd" },
    { "\xe2\x80\xae" "RTL override" "\xe2\x80\xac", 0, "\xe2\x80\xae" "RTL override" "\xe2\x80\xac" },
    /* An override or an isolate left open is closed at the end. */
    { "\xe2\x80\xae" "open", 0, "\xe2\x80\xae" "open" "\xe2\x80\xac" },
    { "\xe2\x81\xa7" "isolate", 0, "\xe2\x81\xa7" "isolate" "\xe2\x81\xa9" },
    { "\xe2\x80\xae" "cut here", 3, "\xe2\x80\xae" "cu…" "\xe2\x80\xac" },
    { "Étude & Chantiers", 5, "Étude…" },
    { "<<<<<<", 3, "&lt;&lt;&lt;…" },
    { NULL, 0, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = ptce_report_escape (cases[i].in, cases[i].max);

      g_assert_cmpstr (out, ==, cases[i].out);
    }

  {
    g_autoptr(GString) out = g_string_new (NULL);

    ptce_report_append_printf (out, "%s <b> %s %% %d", "x&y", "<i>");
    g_assert_cmpstr (out->str, ==, "x&amp;y &lt;b&gt; &lt;i&gt; % %d");
    g_string_truncate (out, 0);
    ptce_report_append_name (out, "<b>");
    g_assert_cmpstr (out->str, ==, "<bdi>&lt;b&gt;</bdi>");
  }
}

static void
test_numbers (void)
{
  const struct { double value; guint decimals; const char *en, *fr; } cases[] = {
    { 0, 0, "0", "0" },
    { 7, 2, "7", "7" },
    { 1234567, 0, "1,234,567", "1\xe2\x80\xaf" "234\xe2\x80\xaf" "567" },
    { 2.5, 2, "2.5", "2,5" },
    { 1234.126, 2, "1,234.13", "1\xe2\x80\xaf" "234,13" },
    { -1500, 0, "−1,500", "−1\xe2\x80\xaf" "500" },
    { -0.004, 2, "0", "0" },
    { 999.999, 1, "1,000", "1\xe2\x80\xaf" "000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *en = ptce_report_format_number (cases[i].value, cases[i].decimals, PTCE_REPORT_NUMBERS_EN);
      g_autofree char *fr = ptce_report_format_number (cases[i].value, cases[i].decimals, PTCE_REPORT_NUMBERS_FR);

      g_assert_cmpstr (en, ==, cases[i].en);
      g_assert_cmpstr (fr, ==, cases[i].fr);
    }
}

/* ------------------------------------------------------------------ */
/* Charts                                                             */

static void
test_ticks (void)
{
  const struct { double lo, hi; guint max; gboolean integer; double first, step; guint n; } cases[] = {
    { 0, 6, 6, TRUE, 0, 2, 4 },          /* 0 2 4 6 */
    { 0, 0, 6, TRUE, 0, 1, 2 },          /* nothing to draw: 0 1 */
    { 0, 3, 6, TRUE, 0, 1, 4 },          /* counts never tick at 0.5 */
    { 0, 97, 5, FALSE, 0, 50, 3 },       /* 0 50 100 */
    { -3, 12, 5, FALSE, -5, 5, 5 },      /* -5 0 5 10 15 */
    { 0.2, 0.9, 5, FALSE, 0.2, 0.2, 5 }, /* 0.2 0.4 0.6 0.8 1 */
    { 120, 4800, 6, FALSE, 0, 1000, 6 }, /* 0 … 5000 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double first, step;
      guint n;

      ptce_report_nice_ticks (cases[i].lo, cases[i].hi, cases[i].max, cases[i].integer, &first, &step, &n);
      g_assert_cmpfloat_with_epsilon (first, cases[i].first, 1e-9);
      g_assert_cmpfloat_with_epsilon (step, cases[i].step, 1e-9);
      g_assert_cmpuint (n, ==, cases[i].n);
    }
}

static void
test_palette (void)
{
  /* Two series: far apart in lightness; never the same colour twice. */
  g_assert_cmpstr (ptce_report_series_colour (0, 2), !=, ptce_report_series_colour (1, 2));
  for (guint n = 2; n <= 6; n++)
    for (guint a = 0; a < n; a++)
      for (guint b = a + 1; b < n; b++)
        g_assert_cmpstr (ptce_report_series_colour (a, n), !=, ptce_report_series_colour (b, n));
}

/* Compares @svg with tests/data/report/@name, or writes it there when
 * PTCE_UPDATE_GOLDEN is set. */
static void
assert_golden (const char *svg,
               const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "report", name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("PTCE_UPDATE_GOLDEN") != NULL)
    {
      g_assert_true (g_file_set_contents (path, svg, -1, &error));
      g_assert_no_error (error);
      return;
    }
  g_assert_true (g_file_get_contents (path, &expected, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (svg, ==, expected);
}

static void
test_chart_bars (void)
{
  const char *rows[] = { "enterprises", "<b>local & co</b>", "a name far too long to be shown whole in a chart" };
  const char *series[] = { "ESS enterprises", "other members" };
  const double values[] = { 4, 3, 0, 2, 1, 0 };
  PtceReportBarChart chart = {
    .id = "bars", .alt = "Members: enterprises 7 (ESS 4); local & co 2; long 1.",
    .n_rows = 3, .row_labels = rows, .n_series = 2, .series_labels = series,
    .values = values, .integer = TRUE, .numbers = PTCE_REPORT_NUMBERS_EN,
  };
  g_autoptr(GString) svg = g_string_new (NULL);

  ptce_report_chart_bars (svg, &chart);
  /* What the picture must say, whatever the golden file holds. */
  g_assert_nonnull (strstr (svg->str, "aria-labelledby=\"bars-title\"><title id=\"bars-title\">Members: enterprises 7 (ESS 4); local &amp; co 2; long 1.</title>"));
  g_assert_nonnull (strstr (svg->str, ">&lt;b&gt;local &amp; co&lt;/b&gt;</text>"));
  g_assert_nonnull (strstr (svg->str, ">a name far too long to be shown …</text>"));
  /* Ticks 0 2 4 6 8 (the longest bar is 7), totals at the bar ends. */
  for (guint t = 0; t <= 8; t += 2)
    {
      g_autofree char *tick = g_strdup_printf ("text-anchor=\"middle\">%u</text>", t);

      g_assert_nonnull (strstr (svg->str, tick));
    }
  g_assert_null (strstr (svg->str, "text-anchor=\"middle\">10</text>"));
  g_assert_nonnull (strstr (svg->str, "text-anchor=\"start\">7</text>"));
  /* Four bars (the two zero segments are not drawn), a two-swatch legend. */
  g_assert_cmpuint (count (svg->str, "<rect class=\"bar\""), ==, 4);
  g_assert_cmpuint (count (svg->str, "<rect class=\"swatch\""), ==, 2);
  assert_golden (svg->str, "chart-bars.svg");
}

static void
test_chart_line (void)
{
  GDate d;
  guint32 days[3];
  const double values[] = { 12, 30.5, 24 };
  PtceReportLineChart chart = {
    .id = "line", .alt = "Jobs: 2019 12; 2021 30.5; 2023 24.",
    .n_points = 3, .days = days, .values = values, .numbers = PTCE_REPORT_NUMBERS_FR,
  };
  g_autoptr(GString) svg = g_string_new (NULL);

  for (guint i = 0; i < 3; i++)
    {
      g_date_clear (&d, 1);
      g_date_set_dmy (&d, 31, G_DATE_DECEMBER, 2019 + 2 * i);
      days[i] = g_date_get_julian (&d);
    }
  ptce_report_chart_line (svg, &chart);
  g_assert_nonnull (strstr (svg->str, "<title id=\"line-title\">Jobs: 2019 12; 2021 30.5; 2023 24.</title>"));
  /* Values in French: a decimal comma. Ticks 0 10 20 30 40. */
  g_assert_nonnull (strstr (svg->str, ">30,5</text>"));
  for (guint t = 0; t <= 40; t += 10)
    {
      g_autofree char *tick = g_strdup_printf ("text-anchor=\"end\">%u</text>", t);

      g_assert_nonnull (strstr (svg->str, tick));
    }
  /* Years on the time axis. */
  g_assert_nonnull (strstr (svg->str, ">2020</text>"));
  g_assert_nonnull (strstr (svg->str, ">2023</text>"));
  g_assert_cmpuint (count (svg->str, "<circle class=\"point\""), ==, 3);
  g_assert_cmpuint (count (svg->str, "<polyline"), ==, 1);
  assert_golden (svg->str, "chart-line.svg");
}

static void
test_chart_timeline (void)
{
  GDate d;
  const char *rows[] = { "Founder", "Joined later, left", "Start not known" };
  guint32 starts[3], ends[3] = { 0, 0, 0 }, until;
  PtceReportTimelineChart chart = {
    .id = "timeline", .alt = "Founder 2015–; Joined later 2018–2020; Start not known ?–.",
    .n_rows = 3, .row_labels = rows, .starts = starts, .ends = ends,
    .numbers = PTCE_REPORT_NUMBERS_EN,
  };
  g_autoptr(GString) svg = g_string_new (NULL);

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, G_DATE_MARCH, 2015);
  starts[0] = g_date_get_julian (&d);
  g_date_set_dmy (&d, 1, G_DATE_JUNE, 2018);
  starts[1] = g_date_get_julian (&d);
  g_date_set_dmy (&d, 31, G_DATE_DECEMBER, 2020);
  ends[1] = g_date_get_julian (&d);
  starts[2] = 0;
  g_date_set_dmy (&d, 30, G_DATE_JUNE, 2025);
  until = g_date_get_julian (&d);
  chart.until = until;

  ptce_report_chart_timeline (svg, &chart);
  g_assert_nonnull (strstr (svg->str, "<title id=\"timeline-title\">Founder 2015–; Joined later 2018–2020; Start not known ?–.</title>"));
  /* From 2015 to the date of the report: ticks 2015 … 2025. */
  g_assert_nonnull (strstr (svg->str, ">2015</text>"));
  g_assert_nonnull (strstr (svg->str, ">2025</text>"));
  g_assert_null (strstr (svg->str, ">2014</text>"));
  g_assert_cmpuint (count (svg->str, "<rect class=\"period\""), ==, 2);
  g_assert_cmpuint (count (svg->str, "<rect class=\"period open-start\""), ==, 1);
  g_assert_cmpuint (count (svg->str, "<line class=\"today\""), ==, 1);
  assert_golden (svg->str, "chart-timeline.svg");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Report/pole", test_pole);
  g_test_add_func ("/Ptce/Report/pole-indicators", test_pole_indicators);
  g_test_add_func ("/Ptce/Report/territory", test_territory);
  g_test_add_func ("/Ptce/Report/errors", test_errors);
  g_test_add_func ("/Ptce/Report/outputs", test_outputs);
  g_test_add_func ("/Ptce/Report/properties", test_properties);
  g_test_add_func ("/Ptce/Report/escape", test_escape);
  g_test_add_func ("/Ptce/Report/numbers", test_numbers);
  g_test_add_func ("/Ptce/Report/chart/ticks", test_ticks);
  g_test_add_func ("/Ptce/Report/chart/palette", test_palette);
  g_test_add_func ("/Ptce/Report/chart/bars", test_chart_bars);
  g_test_add_func ("/Ptce/Report/chart/line", test_chart_line);
  g_test_add_func ("/Ptce/Report/chart/timeline", test_chart_timeline);

  return g_test_run ();
}
