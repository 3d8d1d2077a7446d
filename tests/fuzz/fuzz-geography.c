/* fuzz-geography.c: libFuzzer harness for geography vintage files
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Feeds the input to ptce_geography_new_from_bytes(), which takes both forms
 * of a vintage file: the text form (tools/update-geography) and the
 * compiled blob that is read in place. Seeds: a small text file and its
 * compiled form (tests/fuzz/seeds/geography/).
 *
 * Invariants checked besides "no crash, no leak, no UB":
 * - the failure contract of fuzz_check_error();
 * - a geography that loaded can be read all over without leaving its
 *   data: every object of every list, every property (strings valid
 *   UTF-8, as GObject and the bindings require), and every listed commune
 *   and EPCI is found again by its code.
 */
#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  return 0;
}

static void
check_strv (const char * const *strv,
            const char         *what)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    FUZZ_CHECK (g_utf8_validate (strv[i], -1, NULL), "%s: invalid UTF-8", what);
}

/* Reads every property of @object; strings must be valid UTF-8. */
static void
read_all_properties (GObject *object)
{
  guint n;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(specs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (object, specs[i]->name, &value);
      if (G_VALUE_HOLDS_STRING (&value) && g_value_get_string (&value) != NULL)
        FUZZ_CHECK (g_utf8_validate (g_value_get_string (&value), -1, NULL),
                    "%s:%s is not valid UTF-8", G_OBJECT_TYPE_NAME (object), specs[i]->name);
      else if (G_VALUE_HOLDS (&value, G_TYPE_STRV))
        check_strv (g_value_get_boxed (&value), specs[i]->name);
    }
}

static void
read_list (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      FUZZ_CHECK (item != NULL, "item %u of %u is NULL", i, n);
      read_all_properties (item);
    }
  FUZZ_CHECK (g_list_model_get_item (list, n) == NULL, "an item past the end");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceGeography) geo = ptce_geography_new_from_bytes (bytes, &error);
  g_autoptr(GListModel) communes = NULL;
  g_autoptr(GListModel) epcis = NULL;
  g_autoptr(GListModel) departements = NULL;
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(GListModel) found = NULL;
  guint n;

  fuzz_check_error (geo != NULL, error);
  if (geo == NULL)
    return 0;

  FUZZ_CHECK (g_utf8_validate (ptce_geography_get_vintage (geo), -1, NULL), "vintage");
  read_all_properties (G_OBJECT (geo));

  communes = ptce_geography_list_communes (geo);
  epcis = ptce_geography_list_epcis (geo);
  departements = ptce_geography_list_departements (geo);
  regions = ptce_geography_list_regions (geo);
  read_list (communes);
  read_list (epcis);
  read_list (departements);
  read_list (regions);

  n = g_list_model_get_n_items (communes);
  for (guint i = 0; i < n && i < 64; i++)
    {
      g_autoptr(PtceCommune) commune = g_list_model_get_item (communes, i);
      g_autoptr(PtceCommune) again = ptce_geography_lookup_commune (geo, ptce_commune_get_code (commune));
      g_autoptr(PtceEpci) epci = NULL;
      g_autoptr(GListModel) by_postal = NULL;
      g_autoptr(GError) check_error = NULL;
      const char * const *postal = ptce_commune_get_postal_codes (commune);

      FUZZ_CHECK (again != NULL, "listed commune %s is not found by its code", ptce_commune_get_code (commune));
      if (ptce_commune_get_epci (commune) != NULL)
        epci = ptce_geography_lookup_epci (geo, ptce_commune_get_epci (commune));
      if (postal != NULL && postal[0] != NULL)
        {
          by_postal = ptce_geography_list_communes_by_postal_code (geo, postal[0]);
          read_list (by_postal);
        }
      ptce_geography_check_commune (geo, ptce_commune_get_code (commune), &check_error);
      fuzz_check_error (check_error == NULL, check_error);
      if (ptce_commune_get_siren (commune) != NULL)
        {
          PtceCommune *by_siren = ptce_geography_lookup_commune_by_siren (geo, ptce_commune_get_siren (commune));

          g_clear_object (&by_siren);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (epcis) && i < 64; i++)
    {
      g_autoptr(PtceEpci) epci = g_list_model_get_item (epcis, i);
      g_autoptr(PtceEpci) again = ptce_geography_lookup_epci (geo, ptce_epci_get_siren (epci));

      FUZZ_CHECK (again != NULL, "listed EPCI %s is not found by its SIREN", ptce_epci_get_siren (epci));
    }

  /* A query made of the input's first bytes. */
  {
    g_autofree char *query = g_utf8_make_valid ((const char *) data, MIN (size, 12));

    found = ptce_geography_search_communes (geo, query, 10);
    read_list (found);
  }
  return 0;
}
