/* test-differential.c: the fast reader and the reference reader agree
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every ptce/1 input of the test suite — the format fixtures, the samples,
 * the analysis fixtures, the hostile-input corpus and its fuzz regressions,
 * generated datasets (bench-gen XS and S), number and string edge cases —
 * and a fixed set of damaged copies of each (cut short, a byte changed, a
 * byte dropped) is read by every parser of the build (simdjson and
 * json-glib: ptce-json-reader-private.h). Both must fail or both succeed;
 * failing, with the same domain, code and message (the message carries
 * the file's name then FILE:LINE:COLUMN or the JSON path); succeeding, with the same model,
 * compared through what the writer writes of it (every field and every
 * unknown member). Prints "# differential-cases N" for the reliability
 * report. */
#include "config.h"

#include <string.h>

#include <libptce/libptce.h>

#include "bench-gen.h"
#include "ptce-json-reader-private.h"

static guint n_cases;
static guint n_failed_alike;

/* Under valgrind (meson test --setup valgrind) each input gets 4 damaged
 * places instead of 16 and S is left out: the same code paths, a twentieth
 * of the run time. */
static gboolean
under_valgrind (void)
{
  return g_getenv ("PTCE_UNDER_VALGRIND") != NULL;
}

#define SOURCE "input.json"

static PtceDataset *
load_with (const char  *parser,
           GBytes      *bytes,
           GError     **error)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();

  g_assert_true (ptce_json_reader_set_parser (reader, parser, NULL));
  /* as read from a file (load_file, the CLI): the messages compared are
   * then "input.json:LINE:COLUMN: …" and "input.json: $.path: …" */
  return ptce_json_reader_load_bytes_from (reader, bytes, SOURCE, error);
}

static void
check_same (const char *what,
            GBytes     *bytes)
{
  const char * const *parsers = ptce_json_reader_list_parsers ();
  g_autoptr(GError) reference_error = NULL;
  g_autoptr(PtceDataset) reference = load_with ("json-glib", bytes, &reference_error);
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(GBytes) reference_text = NULL;

  ptce_json_writer_set_pretty (writer, FALSE);
  if (reference != NULL)
    {
      reference_text = ptce_json_writer_save_bytes (writer, reference, NULL);
      g_assert_nonnull (reference_text);
    }
  else
    {
      /* the file first, in json-glib's form for a place in the text */
      if (!g_str_has_prefix (reference_error->message, SOURCE ":"))
        g_error ("%s: “%s” does not start with the file's name", what, reference_error->message);
      n_failed_alike++;
    }
  n_cases++;

  for (guint i = 0; parsers[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceDataset) dataset = NULL;
      g_autoptr(GBytes) text = NULL;

      if (strcmp (parsers[i], "json-glib") == 0)
        continue;
      dataset = load_with (parsers[i], bytes, &error);
      if (reference == NULL)
        {
          if (dataset != NULL)
            g_error ("%s: %s read what json-glib refuses (%s)", what, parsers[i],
                     reference_error->message);
          g_assert_nonnull (error);
          if (error->domain != reference_error->domain || error->code != reference_error->code ||
              strcmp (error->message, reference_error->message) != 0)
            g_error ("%s: %s fails with %s %d “%s”, json-glib with %s %d “%s”", what, parsers[i],
                     g_quark_to_string (error->domain), error->code, error->message,
                     g_quark_to_string (reference_error->domain), reference_error->code,
                     reference_error->message);
          continue;
        }
      if (dataset == NULL)
        g_error ("%s: %s refuses what json-glib reads: %s", what, parsers[i], error->message);
      g_assert_no_error (error);
      text = ptce_json_writer_save_bytes (writer, dataset, &error);
      g_assert_no_error (error);
      if (!g_bytes_equal (text, reference_text))
        g_error ("%s: %s and json-glib build different models (%zu and %zu bytes written)",
                 what, parsers[i], g_bytes_get_size (text), g_bytes_get_size (reference_text));
    }
}

/* The input and damaged copies of it: cut at 16 places, 16 bytes changed
 * to a JSON-significant byte, 16 bytes dropped; the places are spread over
 * the input so that every part of a document is hit. */
static void
check_with_damage (const char *what,
                   GBytes     *bytes)
{
  static const char significant[] = "{}[]\",:0-e.\\ n";
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  guint places = under_valgrind () ? 4 : 16;

  check_same (what, bytes);
  if (length < 2)
    return;
  for (guint k = 1; k <= places; k++)
    {
      gsize at = length * k / (places + 1);
      g_autoptr(GBytes) cut = g_bytes_new (data, at);
      g_autofree char *changed = g_memdup2 (data, length);
      g_autoptr(GBytes) changed_bytes = NULL;
      g_autofree char *dropped = g_malloc (length);
      g_autoptr(GBytes) dropped_bytes = NULL;
      g_autofree char *label = NULL;

      label = g_strdup_printf ("%s cut at %zu", what, at);
      check_same (label, cut);

      changed[at] = significant[k % (sizeof significant - 1)];
      changed_bytes = g_bytes_new (changed, length);
      g_free (label);
      label = g_strdup_printf ("%s with byte %zu changed to '%c'", what, at, changed[at]);
      check_same (label, changed_bytes);

      memcpy (dropped, data, at);
      memcpy (dropped + at, data + at + 1, length - at - 1);
      dropped_bytes = g_bytes_new (dropped, length - 1);
      g_free (label);
      label = g_strdup_printf ("%s without byte %zu", what, at);
      check_same (label, dropped_bytes);
    }
}

static void
check_directory (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      check_with_damage (path, bytes);
    }
}

static void
test_parsers (void)
{
  const char * const *parsers = ptce_json_reader_list_parsers ();

  g_assert_nonnull (parsers[0]);
#ifdef HAVE_SIMDJSON
  g_assert_cmpstr (parsers[0], ==, "simdjson");
#endif
  g_assert_true (g_strv_contains (parsers, "json-glib"));
  if (parsers[1] == NULL)
    g_test_message ("this build has json-glib only: the test compares it with itself");
}

static void
test_corpus (gconstpointer data)
{
  const char *const *parts = data;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, parts[0], parts[1], parts[2], NULL);

  check_directory (dir);
}

static void
test_generated (void)
{
  BenchGenSize xs, s;
  g_autoptr(GBytes) xs_bytes = NULL;
  g_autoptr(GBytes) s_bytes = NULL;

  g_assert_true (bench_gen_size_from_name ("XS", &xs));
  g_assert_true (bench_gen_size_from_name ("S", &s));
  xs_bytes = bench_gen_bytes (&xs);
  check_with_damage ("bench-gen XS", xs_bytes);
  if (under_valgrind ())
    return;
  s_bytes = bench_gen_bytes (&s);
  check_same ("bench-gen S", s_bytes);
}

/* Numbers, strings and nesting where parsers often differ, in an unknown
 * member (kept as it is) and in known ones. */
static void
test_edges (void)
{
  static const char * const values[] = {
    "0", "-0", "1", "-1", "1.0", "-0.0", "1e2", "1E+2", "1e-2", "0.1", "1e308", "1e400", "-1e400",
    "4.9e-324", "1e-400", "123456789012345678", "-9223372036854775808", "9223372036854775807",
    "9223372036854775808", "18446744073709551616", "1.7976931348623157e308",
    "0.30000000000000004", "true", "false", "null", "\"\"", "\"\\u0000\"", "\"a\\u0000b\"",
    "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"é\\u00e9\\/\\b\\f\\n\\r\\t\"", "[]", "{}",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "{\"\":1}", "{\"a\":1,\"a\":2}", "{\"\\u0000\":1}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *in_extra = g_strdup_printf (
        "{\"format\":\"ptce/1\",\"extra\":%s,\"actors\":[{\"id\":\"a\",\"x\":[%s]}],"
        "\"poles\":[{\"id\":\"p\",\"fundings\":[{\"amount\":%s}]}],"
        "\"observations\":[{\"subject\":\"p\",\"indicator\":\"i\",\"value\":%s}]}",
        values[i], values[i], values[i], values[i]);
      g_autoptr(GBytes) a = g_bytes_new (in_extra, strlen (in_extra));
      g_autoptr(GBytes) b = g_bytes_new (values[i], strlen (values[i]));

      check_same (values[i], a);
      check_same (values[i], b);
    }
}

static const char * const formats_dir[] = { "data", "formats", NULL };
static const char * const analysis_dir[] = { "data", "analysis", NULL };
static const char * const hostile_dir[] = { "data", "hostile", "json" };
static const char * const regressions_dir[] = { "data", "hostile", "json/regressions" };
static const char * const samples_dir[] = { "..", "data", "samples" };

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Differential/parsers", test_parsers);
  g_test_add_data_func ("/Ptce/Differential/formats", formats_dir, test_corpus);
  g_test_add_data_func ("/Ptce/Differential/analysis", analysis_dir, test_corpus);
  g_test_add_data_func ("/Ptce/Differential/hostile", hostile_dir, test_corpus);
  g_test_add_data_func ("/Ptce/Differential/regressions", regressions_dir, test_corpus);
  g_test_add_data_func ("/Ptce/Differential/samples", samples_dir, test_corpus);
  g_test_add_func ("/Ptce/Differential/generated", test_generated);
  g_test_add_func ("/Ptce/Differential/edges", test_edges);

  status = g_test_run ();
  g_print ("# differential-cases %u (%u refused alike)\n", n_cases, n_failed_alike);
  return status;
}
