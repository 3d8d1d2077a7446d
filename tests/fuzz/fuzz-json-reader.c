/* fuzz-json-reader.c: libFuzzer harness for the ptce/1 JSON reader, on
 * every parser of the build at once (a differential fuzzer)
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Feeds the input to ptce_json_reader_load_bytes() with the default limits,
 * once per parser of the build (ptce-json-reader-private.h: simdjson when
 * built with it, and json-glib, the reference). PTCE_FUZZ_PARSERS (a comma
 * list, e.g. "json-glib") runs only those: the json-glib-only path stays
 * reachable, and a build without simdjson runs json-glib alone.
 *
 * Invariants checked besides "no crash, no leak, no UB, no hang":
 * - the failure contract of fuzz_check_error(), for every parser;
 * - the parsers agree: all fail, with the same error domain, code and
 *   message (which carries the line:column or the JSON path), or all
 *   succeed with the same model, compared through what the writer writes of
 *   it (every field and every unknown member);
 * - nothing is lost: a dataset that was read is written by
 *   ptce_json_writer_save_bytes() without error, that text is read again
 *   by every parser without error, and written again it gives the very
 *   same bytes.
 */
#include "fuzz-common.h"

#include "ptce-json-reader-private.h"

#define MAX_PARSERS 4

static PtceJsonReader *readers[MAX_PARSERS];
static guint n_readers;
static PtceJsonWriter *writer;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  const char *wanted = g_getenv ("PTCE_FUZZ_PARSERS");
  g_auto(GStrv) names = NULL;

  fuzz_common_init ();
  if (wanted != NULL && wanted[0] != '\0')
    names = g_strsplit (wanted, ",", -1);
  else
    names = g_strdupv ((char **) ptce_json_reader_list_parsers ());

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      PtceJsonReader *reader = ptce_json_reader_new ();

      FUZZ_CHECK (n_readers < MAX_PARSERS, "more than %d parsers", MAX_PARSERS);
      FUZZ_CHECK (ptce_json_reader_set_parser (reader, names[i], &error),
                  "PTCE_FUZZ_PARSERS: %s", error->message);
      readers[n_readers++] = reader;
    }
  FUZZ_CHECK (n_readers > 0, "no parser to run");
  writer = ptce_json_writer_new ();
  ptce_json_writer_set_pretty (writer, FALSE);
  return 0;
}

/* What reader @r makes of @bytes: the written model, or NULL and @error. */
static GBytes *
outcome (PtceJsonReader  *r,
         GBytes          *bytes,
         GError         **error)
{
  g_autoptr(PtceDataset) dataset = NULL;
  GBytes *written;

  dataset = ptce_json_reader_load_bytes (r, bytes, error);
  fuzz_check_error (dataset != NULL, error != NULL ? *error : NULL);
  if (dataset == NULL)
    return NULL;
  written = ptce_json_writer_save_bytes (writer, dataset, error);
  FUZZ_CHECK (written != NULL, "%s: a dataset that was read cannot be written: %s",
              ptce_json_reader_get_parser (r), (*error)->message);
  return written;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) first_error = NULL;
  g_autoptr(GBytes) first = NULL;
  const char *first_name = ptce_json_reader_get_parser (readers[0]);

  first = outcome (readers[0], bytes, &first_error);
  for (guint i = 1; i < n_readers; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) written = outcome (readers[i], bytes, &error);
      const char *name = ptce_json_reader_get_parser (readers[i]);

      FUZZ_CHECK ((first == NULL) == (written == NULL),
                  "%s %s, %s %s: %s", first_name, first != NULL ? "reads it" : "refuses it",
                  name, written != NULL ? "reads it" : "refuses it",
                  first_error != NULL ? first_error->message : error->message);
      if (first == NULL)
        {
          FUZZ_CHECK (error->domain == first_error->domain && error->code == first_error->code,
                      "%s refuses with %s %d, %s with %s %d",
                      first_name, g_quark_to_string (first_error->domain), first_error->code,
                      name, g_quark_to_string (error->domain), error->code);
          FUZZ_CHECK (g_str_equal (error->message, first_error->message),
                      "the errors differ:\n  %s: %s\n  %s: %s",
                      first_name, first_error->message, name, error->message);
        }
      else
        {
          FUZZ_CHECK (g_bytes_equal (first, written),
                      "%s and %s read different models (written: %zu and %zu bytes)",
                      first_name, name, g_bytes_get_size (first), g_bytes_get_size (written));
        }
    }
  if (first == NULL)
    return 0;

  /* What the writer wrote, every parser reads again, to the same bytes. */
  for (guint i = 0; i < n_readers; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) rewritten = outcome (readers[i], first, &error);

      FUZZ_CHECK (rewritten != NULL, "%s: what the writer wrote cannot be read again: %s",
                  ptce_json_reader_get_parser (readers[i]), error->message);
      FUZZ_CHECK (g_bytes_equal (first, rewritten),
                  "%s: written twice, the dataset differs (%zu then %zu bytes): something was lost or changed",
                  ptce_json_reader_get_parser (readers[i]),
                  g_bytes_get_size (first), g_bytes_get_size (rewritten));
    }
  return 0;
}
