/* fuzz-json-reader.c: libFuzzer harness for the ptce/1 JSON reader
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Feeds the input to ptce_json_reader_load_bytes() with the default limits.
 *
 * Invariants checked besides "no crash, no leak, no UB, no hang":
 * - the failure contract of fuzz_check_error();
 * - nothing is lost: a dataset that was read is written by
 *   ptce_json_writer_save_bytes() without error, that text is read again
 *   without error, and written again it gives the very same bytes.
 */
#include "fuzz-common.h"

static PtceJsonReader *reader;
static PtceJsonWriter *writer;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  reader = ptce_json_reader_new ();
  writer = ptce_json_writer_new ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(PtceDataset) again = NULL;
  g_autoptr(GBytes) rewritten = NULL;

  dataset = ptce_json_reader_load_bytes (reader, bytes, &error);
  fuzz_check_error (dataset != NULL, error);
  if (dataset == NULL)
    return 0;

  written = ptce_json_writer_save_bytes (writer, dataset, &error);
  FUZZ_CHECK (written != NULL, "a dataset that was read cannot be written: %s", error->message);
  again = ptce_json_reader_load_bytes (reader, written, &error);
  FUZZ_CHECK (again != NULL, "what the writer wrote cannot be read again: %s", error->message);
  rewritten = ptce_json_writer_save_bytes (writer, again, &error);
  FUZZ_CHECK (rewritten != NULL, "the dataset read again cannot be written: %s", error->message);
  FUZZ_CHECK (g_bytes_equal (written, rewritten),
              "written twice, the dataset differs (%zu then %zu bytes): something was lost or changed",
              g_bytes_get_size (written), g_bytes_get_size (rewritten));
  return 0;
}
