/* fuzz-legal-categories.c: libFuzzer harness for legal-category files
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * ptce_legal_categories_new_from_bytes() reads two CSV files: the INSEE
 * nomenclature and the rules that map its prefixes to actor kinds and ESS
 * families. The first byte of the input says which one the rest replaces:
 * even, the nomenclature (with the embedded rules); odd, the rules (with
 * the real nomenclature of data/legal-categories/, read once).
 *
 * Invariants checked besides "no crash, no leak, no UB":
 * - the failure contract of fuzz_check_error();
 * - what loaded can be read all over: every category of the list has
 *   UTF-8 strings and is found again by its code, and an actor of that
 *   category gets an inference.
 */
#include "fuzz-common.h"

static GBytes *nomenclature;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *path = g_build_filename (PTCE_FUZZ_DATADIR, "insee-categories-juridiques.csv", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  fuzz_common_init ();
  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      fprintf (stderr, "fuzz-legal-categories: %s\n", error->message);
      abort ();
    }
  nomenclature = g_bytes_new_take (contents, length);
  return 0;
}

static void
check_utf8 (const char *s,
            const char *what)
{
  FUZZ_CHECK (s == NULL || g_utf8_validate (s, -1, NULL), "%s is not valid UTF-8", what);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) fuzzed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceLegalCategories) categories = NULL;
  g_autoptr(GListModel) list = NULL;

  if (size < 1)
    return 0;
  fuzzed = g_bytes_new (data + 1, size - 1);
  if (data[0] % 2 == 0)
    categories = ptce_legal_categories_new_from_bytes (fuzzed, NULL, &error);
  else
    categories = ptce_legal_categories_new_from_bytes (nomenclature, fuzzed, &error);
  fuzz_check_error (categories != NULL, error);
  if (categories == NULL)
    return 0;

  list = ptce_legal_categories_list (categories);
  for (guint i = 0; i < g_list_model_get_n_items (list) && i < 256; i++)
    {
      g_autoptr(PtceLegalCategory) category = g_list_model_get_item (list, i);
      const char *code = ptce_legal_category_get_code (category);
      g_autoptr(PtceLegalCategory) again = ptce_legal_categories_lookup (categories, code);
      g_autoptr(PtceActor) actor = ptce_actor_new ("fuzz", NULL);
      g_autoptr(PtceActorInference) inference = NULL;
      g_autoptr(GError) check_error = NULL;

      check_utf8 (code, "code");
      check_utf8 (ptce_legal_category_get_label (category), "label");
      check_utf8 (ptce_legal_category_get_note (category), "note");
      FUZZ_CHECK (again != NULL, "listed category %s is not found by its code", code);
      ptce_legal_categories_check (categories, code, &check_error);
      fuzz_check_error (check_error == NULL, check_error);
      ptce_actor_set_legal_category (actor, code);
      inference = ptce_legal_categories_infer_actor (categories, actor);
      FUZZ_CHECK (inference != NULL, "no inference for category %s", code);
    }
  return 0;
}
