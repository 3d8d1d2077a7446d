/* fuzz-csv.c: libFuzzer harness for the CSV import of actors and memberships
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input is split at its first 0x00 byte (or used whole twice): the
 * first part is read as a list of actors, the second as a list of
 * memberships into the same dataset. Invariants besides "no crash, no
 * leak, no UB":
 * - the failure contract of fuzz_check_error();
 * - a refused table adds nothing to the dataset;
 * - every problem names a line of the table (from 2 to its number of lines
 *   plus one), with a UTF-8 message;
 * - the dataset built is one the ptce/1 writer accepts and the reader
 *   reads back with as many actors and poles.
 */
#include <string.h>

#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  return 0;
}

static void
check_problems (PtceCsvImporter *importer,
                const uint8_t   *data,
                size_t           size)
{
  GListModel *problems = ptce_csv_importer_get_problems (importer);
  guint lines = 1;

  /* A record ends at LF, CRLF or a lone CR (old spreadsheets of the Mac
   * wrote CR alone): each is a line break, as the importer counts them. */
  for (size_t i = 0; i < size; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')))
      lines++;
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(PtceCsvProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *text = ptce_csv_problem_to_string (problem);

      FUZZ_CHECK (ptce_csv_problem_get_row (problem) >= 2 &&
                  ptce_csv_problem_get_last_row (problem) <= lines + 1,
                  "problem at line %u–%u of a table of %u lines", ptce_csv_problem_get_row (problem),
                  ptce_csv_problem_get_last_row (problem), lines);
      FUZZ_CHECK (g_utf8_validate (text, -1, NULL), "problem text is not UTF-8");
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const uint8_t *nul = memchr (data, 0, size);
  size_t first = nul != NULL ? (size_t) (nul - data) : size;
  const uint8_t *second = nul != NULL ? nul + 1 : data;
  size_t second_size = nul != NULL ? size - first - 1 : size;
  g_autoptr(GBytes) actors = g_bytes_new (data, first);
  g_autoptr(GBytes) memberships = g_bytes_new (second, second_size);
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(PtceCsvImporter) importer = ptce_csv_importer_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = ptce_csv_importer_read_actors (importer, dataset, actors, &error);
  fuzz_check_error (ok, error);
  if (!ok)
    FUZZ_CHECK (g_list_model_get_n_items (ptce_dataset_get_actors (dataset)) == 0,
                "a refused table added actors");
  else
    check_problems (importer, data, first);
  g_clear_error (&error);

  ok = ptce_csv_importer_read_memberships (importer, dataset, memberships, &error);
  fuzz_check_error (ok, error);
  if (ok)
    check_problems (importer, second, second_size);
  g_clear_error (&error);

  {
    g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
    g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
    g_autoptr(GBytes) saved = ptce_json_writer_save_bytes (writer, dataset, &error);
    g_autoptr(PtceDataset) again = NULL;

    FUZZ_CHECK (saved != NULL, "the writer refused an imported dataset: %s",
                error != NULL ? error->message : "?");
    again = ptce_json_reader_load_bytes (reader, saved, &error);
    FUZZ_CHECK (again != NULL, "the reader refused an imported dataset: %s",
                error != NULL ? error->message : "?");
    FUZZ_CHECK (g_list_model_get_n_items (ptce_dataset_get_actors (again)) ==
                g_list_model_get_n_items (ptce_dataset_get_actors (dataset)), "actors lost");
    FUZZ_CHECK (g_list_model_get_n_items (ptce_dataset_get_poles (again)) ==
                g_list_model_get_n_items (ptce_dataset_get_poles (dataset)), "poles lost");
  }
  return 0;
}
