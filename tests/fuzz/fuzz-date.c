/* fuzz-date.c: libFuzzer harness for ptce_date_new_from_iso8601()
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Invariants checked besides "no crash, no leak, no UB":
 * - the failure contract of fuzz_check_error() with PTCE_ERROR_INVALID_DATE;
 * - the accepted forms are canonical, so an accepted text is written back
 *   byte for byte by ptce_date_to_iso8601(), and that text parses to an
 *   equal date;
 * - the first day a date covers is not after its last day.
 */
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_strndup (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) date = ptce_date_new_from_iso8601 (text, &error);
  g_autofree char *written = NULL;
  g_autoptr(PtceDate) again = NULL;

  fuzz_check_error (date != NULL, error);
  if (date == NULL)
    {
      FUZZ_CHECK (error->code == PTCE_ERROR_INVALID_DATE, "code %d: %s", error->code, error->message);
      return 0;
    }

  written = ptce_date_to_iso8601 (date);
  FUZZ_CHECK (strcmp (written, text) == 0, "“%s” written back as “%s”", text, written);
  again = ptce_date_new_from_iso8601 (written, &error);
  FUZZ_CHECK (again != NULL, "“%s” does not parse again", written);
  FUZZ_CHECK (ptce_date_equal (date, again) && ptce_date_compare (date, again) == 0,
              "“%s” parses to another date", written);
  FUZZ_CHECK (ptce_date_hash (date) == ptce_date_hash (again), "hash differs");
  FUZZ_CHECK (ptce_date_get_first_julian (date) <= ptce_date_get_last_julian (date),
              "“%s” ends before it starts", text);
  FUZZ_CHECK (ptce_period_contains (date, date, date), "“%s” does not contain itself", text);
  return 0;
}
