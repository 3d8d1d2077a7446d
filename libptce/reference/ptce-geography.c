/* ptce-geography.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-error.h"
#include "ptce-geography-private.h"
#include "ptce-i18n-private.h"
#include "ptce-identifier.h"
#include "ptce-reference-private.h"
#include "ptce-reference-resources.h"

/**
 * SECTION:ptce-geography
 * @Title: PtceGeography
 * @Short_description: the official territories of France, by vintage
 *
 * A #PtceGeography is one vintage of the official geographic code (code
 * officiel géographique, COG, of INSEE) with the lists that go with it:
 * the current communes and their delegated and associated communes and
 * municipal arrondissements, the EPCI à fiscalité propre and their member
 * communes (DGCL), the établissements publics territoriaux of the
 * Métropole du Grand Paris, the départements and régions, the legal
 * populations, the SIRENs of communes and the postal codes.
 *
 * The library embeds one vintage, ptce_geography_get_default() (2026,
 * from Etalab's package @etalab/decoupage-administratif 6.0.0, under the
 * Licence Ouverte): it needs no file and no network, and loading it costs
 * nothing, since the compiled data is read in place. Another vintage can
 * be loaded at run time from a file that `tools/update-geography` writes
 * (ptce_geography_new_from_file()); docs/reference-data.md says how.
 *
 * Codes change every 1 January, when communes merge: a #PtceTerritory
 * records the vintage it was written in, and resolving it against another
 * vintage is reported (%PTCE_GEOGRAPHY_PROBLEM_VINTAGE_MISMATCH), as is
 * every code the vintage does not take as it is.
 *
 * A #PtceGeography made with g_object_new() (`Ptce.Geography()` in
 * Python, `new Ptce.Geography()` in GJS) is empty but safe: it has no
 * commune, an empty vintage and source, every lookup returns %NULL and
 * every check reports the code as unknown. Use
 * ptce_geography_get_default() or ptce_geography_new_from_file() instead.
 *
 * |[<!-- language="C" -->
 * PtceGeography *geo = ptce_geography_get_default ();
 * g_autoptr(PtceCommune) romans = ptce_geography_lookup_commune (geo, "26281");
 * g_autoptr(PtceEpci) agglo = ptce_geography_lookup_epci (geo, ptce_commune_get_epci (romans));
 *
 * g_print ("%s is in %s\n", ptce_commune_get_name (romans), ptce_epci_get_name (agglo));
 * ]|
 */

/**
 * PtceGeography:
 *
 * One vintage of the official geography of France. Its fields are private: use the accessors.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_GEOGRAPHY:
 *
 * The #GType of #PtceGeography.
 *
 * Since: 1.0
 */

#define DEFAULT_RESOURCE "/org/libptce/reference/geography.ptcegeo"

struct _PtceGeography
{
  GObject      parent_instance;

  PtceGeoData *data;
};

G_DEFINE_FINAL_TYPE (PtceGeography, ptce_geography, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VINTAGE,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_geography_finalize (GObject *object)
{
  PtceGeography *self = (PtceGeography *) object;

  g_clear_pointer (&self->data, ptce_geo_data_unref);

  G_OBJECT_CLASS (ptce_geography_parent_class)->finalize (object);
}

static void
ptce_geography_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PtceGeography *self = PTCE_GEOGRAPHY (object);

  switch (prop_id)
    {
    case PROP_VINTAGE:
      g_value_set_string (value, ptce_geography_get_vintage (self));
      break;
    case PROP_SOURCE:
      g_value_set_string (value, ptce_geography_get_source (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_geography_class_init (PtceGeographyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_geography_finalize;
  object_class->get_property = ptce_geography_get_property;

  /**
   * PtceGeography:vintage:
   *
   * The vintage of the geographic code: the year of the 1 January it
   * describes ("2026").
   *
   * Since: 1.0
   */
  properties[PROP_VINTAGE] = g_param_spec_string ("vintage", NULL, NULL, NULL, ro);

  /**
   * PtceGeography:source:
   *
   * Where the data comes from, as its file says.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_geography_init (PtceGeography *self)
{
  /* Made by g_object_new() (Ptce.Geography() in a binding): empty but
   * safe. The constructors replace it. */
  self->data = ptce_geo_data_ref (ptce_geo_data_get_empty ());
}

static PtceGeography *
geography_new_for_data (PtceGeoData *data)
{
  PtceGeography *self = g_object_new (PTCE_TYPE_GEOGRAPHY, NULL);

  g_clear_pointer (&self->data, ptce_geo_data_unref);
  self->data = data;
  return self;
}

PtceGeoData *
ptce_geography_get_data (PtceGeography *self)
{
  return self->data;
}

/**
 * ptce_geography_get_default:
 *
 * Gets the geography embedded in the library: the 2026 vintage of the
 * official geographic code. The first call takes a reference on data
 * that is part of the library; nothing is parsed.
 *
 * Returns: (transfer none): the embedded #PtceGeography
 *
 * Since: 1.0
 */
PtceGeography *
ptce_geography_get_default (void)
{
  static PtceGeography *default_geography = NULL;

  if (g_once_init_enter (&default_geography))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      PtceGeoData *data;

      bytes = g_resource_lookup_data (ptce_reference_get_resource (), DEFAULT_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        g_error ("libptce was built without its geography: %s", error->message);
      /* The embedded data was checked when it was compiled and by the
       * tests: only its header is checked here. */
      data = ptce_geo_data_new (bytes, TRUE, &error);
      if (data == NULL)
        g_error ("The geography embedded in libptce is damaged: %s", error->message);
      g_once_init_leave (&default_geography, geography_new_for_data (data));
    }
  return default_geography;
}

static PtceGeography *
new_from_bytes_named (GBytes      *bytes,
                      const char  *name,
                      GError     **error)
{
  gsize size;
  const char *raw = g_bytes_get_data (bytes, &size);
  PtceGeoData *data;

  if (size >= sizeof PTCE_GEO_MAGIC && memcmp (raw, PTCE_GEO_MAGIC, sizeof PTCE_GEO_MAGIC) == 0)
    {
      g_autoptr(GError) local = NULL;

      data = ptce_geo_data_new (bytes, FALSE, &local);
      if (data == NULL)
        {
          g_set_error (error, local->domain, local->code, "%s: %s", name, local->message);
          return NULL;
        }
    }
  else
    {
      g_autoptr(GBytes) blob = ptce_geo_builder_compile (raw != NULL ? raw : "", size, name, error);

      if (blob == NULL)
        return NULL;
      data = ptce_geo_data_new (blob, FALSE, error);
      if (data == NULL)
        return NULL;
    }
  return geography_new_for_data (data);
}

/**
 * ptce_geography_new_from_file:
 * @path: (type filename): a geography file
 * @error: return location for a #GError, or %NULL
 *
 * Loads a vintage of the geography from a file: the text form that
 * `tools/update-geography` writes from a version of Etalab's package
 * (data/geography/cog-2026.tsv is one), or its compiled form.
 *
 * Returns: (transfer full) (nullable): a new #PtceGeography, or %NULL with
 *   @error set: %PTCE_ERROR_IO when the file cannot be read,
 *   %PTCE_ERROR_INVALID_REFERENCE_DATA (with the line) when it is not a
 *   valid geography, %PTCE_ERROR_UNSUPPORTED_VERSION for a later format
 *
 * Since: 1.0
 */
PtceGeography *
ptce_geography_new_from_file (const char  *path,
                              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();

  display = g_filename_display_name (path);
  /* The 2026 vintage is 4 MB compiled, 3 MB as text: 256 MiB leaves room
   * for any vintage and refuses a runaway file. */
  bytes = ptce_reference_read_file (path, (goffset) 256 << 20, error);
  if (bytes == NULL)
    return NULL;
  return new_from_bytes_named (bytes, display, error);
}

/**
 * ptce_geography_new_from_bytes:
 * @bytes: the contents of a geography file
 * @error: return location for a #GError, or %NULL
 *
 * Loads a vintage of the geography from memory, in either form that
 * ptce_geography_new_from_file() reads. The compiled form is read in
 * place: @bytes is kept, not copied.
 *
 * Returns: (transfer full) (nullable): a new #PtceGeography, or %NULL with
 *   @error set
 *
 * Since: 1.0
 */
PtceGeography *
ptce_geography_new_from_bytes (GBytes  *bytes,
                               GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();
  return new_from_bytes_named (bytes, "<bytes>", error);
}

/**
 * ptce_geography_get_vintage:
 * @self: a #PtceGeography
 *
 * Gets the vintage of the geographic code.
 *
 * Returns: (transfer none): the vintage, such as "2026"
 *
 * Since: 1.0
 */
const char *
ptce_geography_get_vintage (PtceGeography *self)
{
  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  return self->data->vintage;
}

/**
 * ptce_geography_get_source:
 * @self: a #PtceGeography
 *
 * Gets where the data comes from, as its file says.
 *
 * Returns: (transfer none): the source, possibly empty
 *
 * Since: 1.0
 */
const char *
ptce_geography_get_source (PtceGeography *self)
{
  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  return self->data->source;
}

/**
 * ptce_geography_get_n_communes:
 * @self: a #PtceGeography
 *
 * Gets the number of current communes.
 *
 * Returns: the number of current communes (34 969 in 2026)
 *
 * Since: 1.0
 */
guint
ptce_geography_get_n_communes (PtceGeography *self)
{
  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), 0);
  return self->data->n_current;
}

/**
 * ptce_geography_lookup_commune:
 * @self: a #PtceGeography
 * @code: a commune code
 *
 * Looks up a commune by its code. When a code is both a current commune
 * and one of its delegated communes (a commune nouvelle keeps the code of
 * its chef-lieu), the current commune is returned. Former codes are not
 * followed: ptce_geography_check_commune() says what became of them.
 *
 * Returns: (transfer full) (nullable): the #PtceCommune, or %NULL when the
 *   vintage has no such code
 *
 * Since: 1.0
 */
PtceCommune *
ptce_geography_lookup_commune (PtceGeography *self,
                               const char    *code)
{
  gint index;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  index = ptce_geo_data_find_commune (self->data, code);
  return index < 0 ? NULL : ptce_commune_new_for_data (self->data, (guint) index);
}

/**
 * ptce_geography_lookup_commune_of_kind:
 * @self: a #PtceGeography
 * @code: a commune code
 * @kind: the kind of entry wanted
 *
 * Looks up the entry of a kind with a code: the delegated commune 01015
 * Arbignieu rather than the current commune 01015 Arboys en Bugey.
 *
 * Returns: (transfer full) (nullable): the #PtceCommune, or %NULL when the
 *   vintage has no entry of that kind and code
 *
 * Since: 1.0
 */
PtceCommune *
ptce_geography_lookup_commune_of_kind (PtceGeography   *self,
                                       const char      *code,
                                       PtceCommuneKind  kind)
{
  gint index;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  index = ptce_geo_data_find_commune (self->data, code);
  if (index < 0)
    return NULL;
  /* Entries of one code are adjacent, in the order of the kinds. */
  for (guint i = (guint) index;
       i < self->data->n_communes && strcmp (self->data->communes[i].code, code) == 0;
       i++)
    if (self->data->communes[i].kind == kind)
      return ptce_commune_new_for_data (self->data, i);
  return NULL;
}

/**
 * ptce_geography_lookup_commune_by_siren:
 * @self: a #PtceGeography
 * @siren: the SIREN of a commune as a legal person
 *
 * Looks up the commune whose SIREN is @siren.
 *
 * Returns: (transfer full) (nullable): the #PtceCommune, or %NULL
 *
 * Since: 1.0
 */
PtceCommune *
ptce_geography_lookup_commune_by_siren (PtceGeography *self,
                                        const char    *siren)
{
  const PtceGeoData *d;
  guint64 value;
  guint lo = 0, hi;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  g_return_val_if_fail (siren != NULL, NULL);

  d = self->data;
  if (strlen (siren) != 9 ||
      !g_ascii_string_to_unsigned (siren, 10, 1, 999999999, &value, NULL))
    return NULL;
  hi = d->n_siren_index;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (GEO_U32 (d->siren_index[mid].siren) < value)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < d->n_siren_index && GEO_U32 (d->siren_index[lo].siren) == value)
    return ptce_commune_new_for_data (self->data, GEO_U32 (d->siren_index[lo].commune));
  return NULL;
}

/**
 * ptce_geography_lookup_epci:
 * @self: a #PtceGeography
 * @siren: the SIREN of an EPCI or an EPT
 *
 * Looks up an EPCI à fiscalité propre, or an établissement public
 * territorial, by its SIREN.
 *
 * Returns: (transfer full) (nullable): the #PtceEpci, or %NULL
 *
 * Since: 1.0
 */
PtceEpci *
ptce_geography_lookup_epci (PtceGeography *self,
                            const char    *siren)
{
  gint index;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  g_return_val_if_fail (siren != NULL, NULL);

  index = ptce_geo_data_find_epci (self->data, siren);
  return index < 0 ? NULL : ptce_epci_new_for_data (self->data, (guint) index);
}

/**
 * ptce_geography_lookup_departement:
 * @self: a #PtceGeography
 * @code: a département code ("26", "2A", "974")
 *
 * Looks up a département by its code.
 *
 * Returns: (transfer full) (nullable): the #PtceDepartement, or %NULL
 *
 * Since: 1.0
 */
PtceDepartement *
ptce_geography_lookup_departement (PtceGeography *self,
                                   const char    *code)
{
  gint index;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  index = ptce_geo_data_find_departement (self->data, code);
  return index < 0 ? NULL : ptce_departement_new_for_data (self->data, (guint) index);
}

/**
 * ptce_geography_lookup_region:
 * @self: a #PtceGeography
 * @code: a région code ("84")
 *
 * Looks up a région by its code.
 *
 * Returns: (transfer full) (nullable): the #PtceRegion, or %NULL
 *
 * Since: 1.0
 */
PtceRegion *
ptce_geography_lookup_region (PtceGeography *self,
                              const char    *code)
{
  gint index;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  index = ptce_geo_data_find_region (self->data, code);
  return index < 0 ? NULL : ptce_region_new_for_data (self->data, (guint) index);
}

/* ------------------------------------------------------------------ */
/* Problems                                                           */

static PtceGeographyProblem *
problem_new (PtceGeoData              *data,
             PtceGeographyProblemKind  kind,
             PtceGeographyLevel        level,
             const char               *code,
             const char               *replacement,
             const char               *message)
{
  return ptce_geography_problem_new (kind, level, code, data->vintage, replacement, message);
}

/* What a commune code designates in the vintage: sets *current to the
 * index of the current commune to count (-1 when none) and returns the
 * problem, or NULL when @code is a current commune. */
static PtceGeographyProblem *
commune_problem (PtceGeoData *data,
                 const char  *code,
                 gint        *current)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = ptce_reference_quote (code, 20);
  g_autofree char *message = NULL;
  gint index;

  *current = -1;
  if (!ptce_identifier_check_commune_code (code, &error))
    return problem_new (data, PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE,
                        PTCE_GEOGRAPHY_LEVEL_COMMUNE, code, NULL, error->message);

  index = ptce_geo_data_find_commune (data, code);
  if (index >= 0)
    {
      const GeoCommune *c = &data->communes[index];
      const GeoCommune *parent;

      if (c->kind == PTCE_COMMUNE_KIND_CURRENT)
        {
          *current = index;
          return NULL;
        }
      *current = (gint) GEO_U32 (c->parent);
      parent = &data->communes[*current];
      switch (c->kind)
        {
        case PTCE_COMMUNE_KIND_DELEGATED:
          /* TRANSLATORS: "“01025” (Bâgé-la-Ville) is a delegated commune
           * of 01025 Bâgé-Dommartin in 2026, not a commune" */
          message = g_strdup_printf (_("“%s” (%s) is a delegated commune of %s %s in %s, not a commune"),
                                     shown, ptce_geo_data_string (data, c->name), parent->code,
                                     ptce_geo_data_string (data, parent->name), data->vintage);
          break;
        case PTCE_COMMUNE_KIND_ASSOCIATED:
          message = g_strdup_printf (_("“%s” (%s) is an associated commune of %s %s in %s, not a commune"),
                                     shown, ptce_geo_data_string (data, c->name), parent->code,
                                     ptce_geo_data_string (data, parent->name), data->vintage);
          break;
        default:
          message = g_strdup_printf (_("“%s” (%s) is a municipal arrondissement of %s %s in %s, not a commune"),
                                     shown, ptce_geo_data_string (data, c->name), parent->code,
                                     ptce_geo_data_string (data, parent->name), data->vintage);
          break;
        }
      return problem_new (data, PTCE_GEOGRAPHY_PROBLEM_NOT_A_COMMUNE,
                          PTCE_GEOGRAPHY_LEVEL_COMMUNE, code, parent->code, message);
    }

  index = ptce_geo_data_current_index (data, code);
  if (index >= 0)
    {
      const GeoCommune *now = &data->communes[index];

      *current = index;
      /* TRANSLATORS: "Commune code “75039” is obsolete in 2026: it is now
       * 93039 L'Île-Saint-Denis" */
      message = g_strdup_printf (_("Commune code “%s” is obsolete in %s: it is now %s %s"),
                                 shown, data->vintage, now->code,
                                 ptce_geo_data_string (data, now->name));
      return problem_new (data, PTCE_GEOGRAPHY_PROBLEM_OBSOLETE_CODE,
                          PTCE_GEOGRAPHY_LEVEL_COMMUNE, code, now->code, message);
    }

  /* TRANSLATORS: "Unknown commune “99999” in 2026" */
  message = g_strdup_printf (_("Unknown commune “%s” in %s"), shown, data->vintage);
  return problem_new (data, PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE,
                      PTCE_GEOGRAPHY_LEVEL_COMMUNE, code, NULL, message);
}

/**
 * ptce_geography_check_commune:
 * @self: a #PtceGeography
 * @code: a commune code
 * @error: return location for a #GError, or %NULL
 *
 * Checks that @code is a current commune of the vintage. The error says
 * what is wrong: the form of the code (ptce_identifier_check_commune_code()),
 * "unknown commune “99999” in 2026", the current commune a former code
 * stands for, the commune a delegated commune belongs to.
 *
 * Returns: %TRUE for a current commune, or %FALSE with @error set to
 *   %PTCE_ERROR_INVALID_IDENTIFIER
 *
 * Since: 1.0
 */
gboolean
ptce_geography_check_commune (PtceGeography  *self,
                              const char     *code,
                              GError        **error)
{
  g_autoptr(PtceGeographyProblem) problem = NULL;
  gint current;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();

  problem = commune_problem (self->data, code, &current);
  if (problem == NULL)
    return TRUE;
  g_propagate_error (error, ptce_geography_problem_to_error (problem));
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Lists and search                                                    */

/**
 * ptce_geography_list_communes:
 * @self: a #PtceGeography
 *
 * Lists the current communes, in code order. The items are created as
 * they are read.
 *
 * Returns: (transfer full): a #GListModel of #PtceCommune
 *
 * Since: 1.0
 */
GListModel *
ptce_geography_list_communes (PtceGeography *self)
{
  GArray *indices;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);

  indices = g_array_sized_new (FALSE, FALSE, sizeof (guint32), self->data->n_current);
  for (guint32 i = 0; i < self->data->n_communes; i++)
    if (self->data->communes[i].kind == PTCE_COMMUNE_KIND_CURRENT)
      g_array_append_val (indices, i);
  return ptce_geo_list_new (self->data, PTCE_TYPE_COMMUNE, indices);
}

/**
 * ptce_geography_list_epcis:
 * @self: a #PtceGeography
 *
 * Lists the EPCI à fiscalité propre and the établissements publics
 * territoriaux, in SIREN order.
 *
 * Returns: (transfer full): a #GListModel of #PtceEpci
 *
 * Since: 1.0
 */
GListModel *
ptce_geography_list_epcis (PtceGeography *self)
{
  GArray *indices;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);

  indices = g_array_sized_new (FALSE, FALSE, sizeof (guint32), self->data->n_epcis);
  for (guint32 i = 0; i < self->data->n_epcis; i++)
    g_array_append_val (indices, i);
  return ptce_geo_list_new (self->data, PTCE_TYPE_EPCI, indices);
}

/**
 * ptce_geography_list_departements:
 * @self: a #PtceGeography
 *
 * Lists the départements, in code order.
 *
 * Returns: (transfer full): a #GListModel of #PtceDepartement
 *
 * Since: 1.0
 */
GListModel *
ptce_geography_list_departements (PtceGeography *self)
{
  GListStore *store;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);

  store = g_list_store_new (PTCE_TYPE_DEPARTEMENT);
  for (guint i = 0; i < self->data->n_departements; i++)
    {
      g_autoptr(PtceDepartement) d = ptce_departement_new_for_data (self->data, i);
      g_list_store_append (store, d);
    }
  return G_LIST_MODEL (store);
}

/**
 * ptce_geography_list_regions:
 * @self: a #PtceGeography
 *
 * Lists the régions, in code order.
 *
 * Returns: (transfer full): a #GListModel of #PtceRegion
 *
 * Since: 1.0
 */
GListModel *
ptce_geography_list_regions (PtceGeography *self)
{
  GListStore *store;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);

  store = g_list_store_new (PTCE_TYPE_REGION);
  for (guint i = 0; i < self->data->n_regions; i++)
    {
      g_autoptr(PtceRegion) r = ptce_region_new_for_data (self->data, i);
      g_list_store_append (store, r);
    }
  return G_LIST_MODEL (store);
}

/**
 * ptce_geography_list_communes_by_postal_code:
 * @self: a #PtceGeography
 * @postal_code: a postal code ("26100")
 *
 * Lists the communes that a postal code serves, in code order. A postal
 * code may serve several communes, and delegated communes too.
 *
 * Returns: (transfer full): a #GListModel of #PtceCommune, empty when no
 *   commune has that postal code
 *
 * Since: 1.0
 */
GListModel *
ptce_geography_list_communes_by_postal_code (PtceGeography *self,
                                             const char    *postal_code)
{
  const PtceGeoData *d;
  GArray *indices;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  g_return_val_if_fail (postal_code != NULL, NULL);

  d = self->data;
  indices = g_array_new (FALSE, FALSE, sizeof (guint32));
  if (strlen (postal_code) < sizeof d->postal_index[0].code)
    {
      for (guint pos = ptce_geo_data_lower_bound_key (d->postal_index, d->n_postal_index, postal_code);
           pos < d->n_postal_index && strcmp (d->postal_index[pos].code, postal_code) == 0;
           pos++)
        {
          guint32 c = GEO_U32 (d->postal_index[pos].commune);
          g_array_append_val (indices, c);
        }
    }
  return ptce_geo_list_new (self->data, PTCE_TYPE_COMMUNE, indices);
}

typedef struct {
  const PtceGeoData *data;
} RankContext;

/* Current communes first, then the most populous, then by code. */
static int
rank_compare (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const PtceGeoData *d = ((const RankContext *) user_data)->data;
  const GeoCommune *ca = &d->communes[*(const guint32 *) a];
  const GeoCommune *cb = &d->communes[*(const guint32 *) b];
  guint32 pa = GEO_U32 (ca->population), pb = GEO_U32 (cb->population);

  if (ca->kind != cb->kind)
    return ca->kind < cb->kind ? -1 : 1;
  if (pa != pb)
    return pa > pb ? -1 : 1;
  return strcmp (ca->code, cb->code);
}

/* A delegated commune that has kept the code and the name of its commune
 * nouvelle (93066 Saint-Denis since 2025) adds nothing to a search. */
static gboolean
is_shadow (const PtceGeoData *data,
           guint32            index)
{
  const GeoCommune *c = &data->communes[index];
  guint32 parent = GEO_U32 (c->parent);

  return parent != PTCE_GEO_NONE32 &&
         strcmp (data->communes[parent].code, c->code) == 0 &&
         GEO_U32 (data->communes[parent].norm_name) == GEO_U32 (c->norm_name);
}

static void
add_group (GArray            *results,
           GArray            *group,
           const PtceGeoData *data,
           guint              max_results)
{
  RankContext ctx = { data };

  g_array_sort_with_data (group, rank_compare, &ctx);
  for (guint i = 0; i < group->len && (max_results == 0 || results->len < max_results); i++)
    g_array_append_val (results, g_array_index (group, guint32, i));
  g_array_set_size (group, 0);
}

/**
 * ptce_geography_search_communes:
 * @self: a #PtceGeography
 * @query: a name or part of a name
 * @max_results: the most results wanted, or 0 for all
 *
 * Searches communes by name, insensitive to case, accents, hyphens,
 * apostrophes and the spelling of "Saint"/"St" and "Sainte"/"Ste":
 * "saint denis", "St-Denis" and "SAINT-DENIS" find the same communes.
 * Names equal to the query come first, then names that begin with it,
 * then names that contain it; within each group current communes come
 * before delegated ones, and the most populous first.
 *
 * Returns: (transfer full): a #GListModel of #PtceCommune, possibly empty
 *
 * Since: 1.0
 */
GListModel *
ptce_geography_search_communes (PtceGeography *self,
                                const char    *query,
                                guint          max_results)
{
  const PtceGeoData *d;
  g_autofree char *norm = NULL;
  g_autofree guint32 *taken = NULL;
  g_autoptr(GArray) group = NULL;
  GArray *results;
  gsize len;
  guint lo = 0, hi;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  d = self->data;
  results = g_array_new (FALSE, FALSE, sizeof (guint32));
  norm = ptce_reference_normalize_name (query);
  if (norm == NULL || *norm == '\0')
    return ptce_geo_list_new (self->data, PTCE_TYPE_COMMUNE, results);

  len = strlen (norm);
  taken = g_new0 (guint32, PTCE_GEO_BITS_WORDS (d->n_communes));
  group = g_array_new (FALSE, FALSE, sizeof (guint32));

  /* The names that begin with the query form one run of the sorted
   * index, the equal ones first. */
  hi = d->n_name_index;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (ptce_geo_data_string (d, d->name_index[mid].name), norm) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint pos = lo; pos < d->n_name_index; pos++)
        {
          const char *name = ptce_geo_data_string (d, d->name_index[pos].name);
          guint32 c = GEO_U32 (d->name_index[pos].commune);

          if (strncmp (name, norm, len) != 0)
            break;
          if ((pass == 0) != (name[len] == '\0') || ptce_geo_bits_get (taken, c) ||
              is_shadow (d, c))
            continue;
          ptce_geo_bits_set (taken, c);
          g_array_append_val (group, c);
        }
      add_group (results, group, d, max_results);
    }

  /* Then the names that contain it, on a word boundary or not. */
  if (max_results == 0 || results->len < max_results)
    {
      for (guint pos = 0; pos < d->n_name_index; pos++)
        {
          guint32 c = GEO_U32 (d->name_index[pos].commune);

          if (!ptce_geo_bits_get (taken, c) && !is_shadow (d, c) &&
              strstr (ptce_geo_data_string (d, d->name_index[pos].name), norm) != NULL)
            {
              ptce_geo_bits_set (taken, c);
              g_array_append_val (group, c);
            }
        }
      add_group (results, group, d, max_results);
    }

  return ptce_geo_list_new (self->data, PTCE_TYPE_COMMUNE, results);
}

/* ------------------------------------------------------------------ */
/* Territories                                                         */

static void
add_problem (GListStore           *problems,
             PtceGeographyProblem *problem)
{
  g_list_store_append (problems, problem);
  g_object_unref (problem);
}

static gboolean
region_code_well_formed (const char *code)
{
  gsize len = strlen (code);

  if (len != 2 && len != 3)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (code[i]))
      return FALSE;
  return TRUE;
}

/* The level of the official geography a scale acts at, finest first; -1
 * when the scale does not say. */
static int
scale_level (PtceTerritoryScale scale)
{
  switch (scale)
    {
    case PTCE_TERRITORY_SCALE_NEIGHBOURHOOD:
    case PTCE_TERRITORY_SCALE_COMMUNE:
      return PTCE_GEOGRAPHY_LEVEL_COMMUNE;
    case PTCE_TERRITORY_SCALE_INTERCOMMUNAL:
    case PTCE_TERRITORY_SCALE_PAYS:
    case PTCE_TERRITORY_SCALE_INFRA_DEPARTEMENTAL:
      return PTCE_GEOGRAPHY_LEVEL_EPCI;
    case PTCE_TERRITORY_SCALE_DEPARTEMENT:
      return PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT;
    case PTCE_TERRITORY_SCALE_REGIONAL:
    case PTCE_TERRITORY_SCALE_INTERREGIONAL:
      return PTCE_GEOGRAPHY_LEVEL_REGION;
    case PTCE_TERRITORY_SCALE_UNKNOWN:
    default:
      return -1;
    }
}

/* A code of the territory that the vintage knows: its level, the record
 * it names, and whether it is read as context rather than extent. */
typedef struct {
  PtceGeographyLevel level;
  const char        *code;
  guint              index;
  gboolean           context;
} Part;

/* Whether the EPCI of index @e has a member in the département or région
 * (@level) of index @area. */
static gboolean
epci_touches (const PtceGeoData  *d,
              guint               e,
              PtceGeographyLevel  level,
              guint               area)
{
  guint32 first = GEO_U32 (d->epcis[e].members_first);
  guint32 count = GEO_U32 (d->epcis[e].members_count);

  for (guint m = 0; m < count; m++)
    {
      const GeoCommune *c = &d->communes[GEO_U32 (d->members[first + m])];

      if ((level == PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT ? c->departement : c->region) == area)
        return TRUE;
    }
  return FALSE;
}

/* Whether the finer part @inner lies in (or, for an EPCI, touches) the
 * coarser part @outer. */
static gboolean
part_inside (const PtceGeoData *d,
             const Part        *inner,
             const Part        *outer)
{
  switch (inner->level)
    {
    case PTCE_GEOGRAPHY_LEVEL_COMMUNE:
      {
        const GeoCommune *c = &d->communes[inner->index];

        if (outer->level == PTCE_GEOGRAPHY_LEVEL_EPCI)
          return GEO_U16 (c->epci) == outer->index || GEO_U16 (c->ept) == outer->index;
        if (outer->level == PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT)
          return c->departement == outer->index;
        return c->region == outer->index;
      }
    case PTCE_GEOGRAPHY_LEVEL_EPCI:
      return epci_touches (d, inner->index, outer->level, outer->index);
    case PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT:
      return d->departements[inner->index].region == outer->index;
    case PTCE_GEOGRAPHY_LEVEL_REGION:
    case PTCE_GEOGRAPHY_LEVEL_VINTAGE:
    default:
      return FALSE;
    }
}

/**
 * ptce_geography_resolve:
 * @self: a #PtceGeography
 * @territory: a #PtceTerritory
 *
 * Resolves a territory into the set of current communes it covers: its
 * communes, the member communes of its EPCI (or EPT), and the communes of
 * its départements and régions, without counting any twice.
 *
 * Territories often name the areas their communes lie in alongside them —
 * commune 93039, département 93, région 11 for a pole of L'Île-Saint-Denis
 * — and such a list is not meant as all of Île-de-France. So a code that
 * contains another code of the territory, of a finer level, is read as
 * context (where the territory lies), not as part of its extent, when it is
 * coarser than the scale the territory acts at (#PtceTerritory:scale): with
 * the scale "commune", the EPCI, départements and régions that contain its
 * communes are context; with "intercommunal", the départements and
 * régions; with "departement", the régions. When the scale is unknown,
 * départements and régions that contain a finer code are context and EPCI
 * never are. Codes that contain no other code are always part of the
 * extent. ptce_resolved_territory_dup_context_codes() tells which codes
 * were read as context.
 *
 * Nothing is refused: each code the vintage does not take as it is gives
 * a #PtceGeographyProblem. A former code counts as the commune that bears
 * it now and a delegated commune as the commune it belongs to (both
 * reported); a malformed or unknown code is left out (reported). A
 * territory written in another vintage is resolved all the same, and
 * that is reported too.
 *
 * Returns: (transfer full): the resolved territory
 *
 * Since: 1.0
 */
PtceResolvedTerritory *
ptce_geography_resolve (PtceGeography *self,
                        PtceTerritory *territory)
{
  PtceGeoData *d;
  guint32 *bits;
  GListStore *problems;
  g_autoptr(GArray) parts = NULL;
  g_autoptr(GPtrArray) context = NULL;
  PtceResolvedTerritory *resolved;
  const char *vintage;
  const char * const *codes;
  int scale;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  g_return_val_if_fail (PTCE_IS_TERRITORY (territory), NULL);

  ptce_i18n_init ();

  d = self->data;
  bits = g_new0 (guint32, PTCE_GEO_BITS_WORDS (d->n_communes));
  problems = g_list_store_new (PTCE_TYPE_GEOGRAPHY_PROBLEM);
  parts = g_array_new (FALSE, FALSE, sizeof (Part));

  vintage = ptce_territory_get_vintage (territory);
  if (vintage != NULL && *vintage != '\0' && strcmp (vintage, d->vintage) != 0)
    {
      g_autofree char *shown = ptce_reference_quote (vintage, 20);
      /* TRANSLATORS: "The territory is written in the 2024 geographic
       * code and was resolved against the 2026 one" */
      g_autofree char *message =
        g_strdup_printf (_("The territory is written in the %s geographic code and was resolved against the %s one"),
                         shown, d->vintage);
      add_problem (problems, problem_new (d, PTCE_GEOGRAPHY_PROBLEM_VINTAGE_MISMATCH,
                                          PTCE_GEOGRAPHY_LEVEL_VINTAGE, vintage, NULL, message));
    }

  /* 1. What each code names, and the problems. */
  codes = ptce_territory_get_communes (territory);
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      gint current;
      PtceGeographyProblem *problem = commune_problem (d, codes[i], &current);

      if (current >= 0)
        {
          Part part = { PTCE_GEOGRAPHY_LEVEL_COMMUNE, codes[i], (guint) current, FALSE };
          g_array_append_val (parts, part);
        }
      if (problem != NULL)
        add_problem (problems, problem);
    }

  codes = ptce_territory_get_epcis (territory);
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      gint e;

      if (!ptce_identifier_check_siren (codes[i], &error))
        {
          add_problem (problems, problem_new (d, PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE,
                                              PTCE_GEOGRAPHY_LEVEL_EPCI, codes[i], NULL,
                                              error->message));
          continue;
        }
      e = ptce_geo_data_find_epci (d, codes[i]);
      if (e < 0)
        {
          g_autoptr(PtceCommune) commune = ptce_geography_lookup_commune_by_siren (self, codes[i]);
          g_autofree char *message = NULL;

          if (commune != NULL)
            /* TRANSLATORS: "Unknown EPCI “212602817” in 2026: it is the
             * SIREN of commune 26281 Romans-sur-Isère" */
            message = g_strdup_printf (_("Unknown EPCI “%s” in %s: it is the SIREN of commune %s %s"),
                                       codes[i], d->vintage, ptce_commune_get_code (commune),
                                       ptce_commune_get_name (commune));
          else
            message = g_strdup_printf (_("Unknown EPCI “%s” in %s"), codes[i], d->vintage);
          add_problem (problems, problem_new (d, PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE,
                                              PTCE_GEOGRAPHY_LEVEL_EPCI, codes[i], NULL, message));
          continue;
        }
      {
        Part part = { PTCE_GEOGRAPHY_LEVEL_EPCI, codes[i], (guint) e, FALSE };
        g_array_append_val (parts, part);
      }
    }

  codes = ptce_territory_get_departements (territory);
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      gint dep;

      if (!ptce_identifier_check_departement_code (codes[i], &error))
        {
          add_problem (problems, problem_new (d, PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE,
                                              PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT, codes[i], NULL,
                                              error->message));
          continue;
        }
      dep = ptce_geo_data_find_departement (d, codes[i]);
      if (dep < 0)
        {
          g_autofree char *message =
            g_strdup_printf (_("Unknown département “%s” in %s"), codes[i], d->vintage);
          add_problem (problems, problem_new (d, PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE,
                                              PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT, codes[i], NULL,
                                              message));
          continue;
        }
      {
        Part part = { PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT, codes[i], (guint) dep, FALSE };
        g_array_append_val (parts, part);
      }
    }

  codes = ptce_territory_get_regions (territory);
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      gint reg;

      if (!region_code_well_formed (codes[i]))
        {
          g_autofree char *shown = ptce_reference_quote (codes[i], 20);
          g_autofree char *message =
            g_strdup_printf (_("Région code “%s”: a région code is 2 digits, or 3 for an overseas collectivity"),
                             shown);
          add_problem (problems, problem_new (d, PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE,
                                              PTCE_GEOGRAPHY_LEVEL_REGION, codes[i], NULL, message));
          continue;
        }
      reg = ptce_geo_data_find_region (d, codes[i]);
      if (reg < 0)
        {
          g_autofree char *message =
            g_strdup_printf (_("Unknown région “%s” in %s"), codes[i], d->vintage);
          add_problem (problems, problem_new (d, PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE,
                                              PTCE_GEOGRAPHY_LEVEL_REGION, codes[i], NULL, message));
          continue;
        }
      {
        Part part = { PTCE_GEOGRAPHY_LEVEL_REGION, codes[i], (guint) reg, FALSE };
        g_array_append_val (parts, part);
      }
    }

  /* 2. Which coarse codes only say where the finer ones lie. */
  scale = scale_level (ptce_territory_get_scale (territory));
  for (guint i = 0; i < parts->len; i++)
    {
      Part *outer = &g_array_index (parts, Part, i);
      gboolean may_be_context;

      if (outer->level == PTCE_GEOGRAPHY_LEVEL_COMMUNE)
        continue;
      may_be_context = scale >= 0 ? (int) outer->level > scale
                                  : outer->level != PTCE_GEOGRAPHY_LEVEL_EPCI;
      if (!may_be_context)
        continue;
      for (guint j = 0; j < parts->len && !outer->context; j++)
        {
          const Part *inner = &g_array_index (parts, Part, j);

          if (inner->level < outer->level && part_inside (d, inner, outer))
            outer->context = TRUE;
        }
    }

  /* 3. The extent: the communes of the codes that are not context. */
  context = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < parts->len; i++)
    {
      const Part *part = &g_array_index (parts, Part, i);

      if (part->context)
        {
          g_ptr_array_add (context, g_strdup (part->code));
          continue;
        }
      switch (part->level)
        {
        case PTCE_GEOGRAPHY_LEVEL_COMMUNE:
          ptce_geo_bits_set (bits, part->index);
          break;
        case PTCE_GEOGRAPHY_LEVEL_EPCI:
          for (guint m = 0; m < GEO_U32 (d->epcis[part->index].members_count); m++)
            ptce_geo_bits_set (bits, GEO_U32 (d->members[GEO_U32 (d->epcis[part->index].members_first) + m]));
          break;
        case PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT:
        case PTCE_GEOGRAPHY_LEVEL_REGION:
          for (guint c = 0; c < d->n_communes; c++)
            if (d->communes[c].kind == PTCE_COMMUNE_KIND_CURRENT &&
                (part->level == PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT ? d->communes[c].departement
                                                                 : d->communes[c].region) == part->index)
              ptce_geo_bits_set (bits, c);
          break;
        case PTCE_GEOGRAPHY_LEVEL_VINTAGE:
        default:
          g_assert_not_reached ();
        }
    }
  g_ptr_array_add (context, NULL);

  resolved = ptce_resolved_territory_new_for_data (d, bits, problems);
  ptce_resolved_territory_set_context (resolved, (char **) g_ptr_array_free (g_steal_pointer (&context), FALSE));
  return resolved;
}

/**
 * ptce_geography_territory_contains_commune:
 * @self: a #PtceGeography
 * @territory: a #PtceTerritory
 * @commune: a commune code
 *
 * Checks whether a territory contains a commune, as
 * ptce_resolved_territory_contains_commune() does on
 * ptce_geography_resolve(). To ask about many communes, resolve once.
 *
 * Returns: %TRUE when the commune is in the territory
 *
 * Since: 1.0
 */
gboolean
ptce_geography_territory_contains_commune (PtceGeography *self,
                                           PtceTerritory *territory,
                                           const char    *commune)
{
  g_autoptr(PtceResolvedTerritory) resolved = NULL;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), FALSE);
  g_return_val_if_fail (PTCE_IS_TERRITORY (territory), FALSE);
  g_return_val_if_fail (commune != NULL, FALSE);

  resolved = ptce_geography_resolve (self, territory);
  return ptce_resolved_territory_contains_commune (resolved, commune);
}

/**
 * ptce_geography_overlap:
 * @self: a #PtceGeography
 * @territory: a #PtceTerritory
 * @other: another #PtceTerritory
 *
 * Computes the overlap of two territories: the communes they share, with
 * the problems met resolving either.
 *
 * Returns: (transfer full): the overlap, empty when they share no commune
 *
 * Since: 1.0
 */
PtceResolvedTerritory *
ptce_geography_overlap (PtceGeography *self,
                        PtceTerritory *territory,
                        PtceTerritory *other)
{
  g_autoptr(PtceResolvedTerritory) a = NULL;
  g_autoptr(PtceResolvedTerritory) b = NULL;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  g_return_val_if_fail (PTCE_IS_TERRITORY (territory), NULL);
  g_return_val_if_fail (PTCE_IS_TERRITORY (other), NULL);

  a = ptce_geography_resolve (self, territory);
  b = ptce_geography_resolve (self, other);
  return ptce_resolved_territory_intersect (a, b);
}

/**
 * ptce_geography_dup_actor_territory:
 * @self: a #PtceGeography
 * @actor: a #PtceActor
 *
 * Gets the territory a local authority actor stands for: the commune or
 * the EPCI (or EPT) whose SIREN is the actor's SIREN, or, for a
 * département (legal category 7220) or a région (7230), the one its seat
 * commune is in. A commune, an EPCI, a département or a région that is a
 * member of a pole is thereby linked to its territory, which the rules can
 * compare with the pole's.
 *
 * Returns: (transfer full) (nullable): a new #PtceTerritory written in the
 *   vintage of @self, or %NULL when the actor is none of these
 *
 * Since: 1.0
 */
PtceTerritory *
ptce_geography_dup_actor_territory (PtceGeography *self,
                                    PtceActor     *actor)
{
  const char *siren;
  const char *category;
  const char *seat;
  PtceTerritory *territory = NULL;

  g_return_val_if_fail (PTCE_IS_GEOGRAPHY (self), NULL);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), NULL);

  siren = ptce_actor_get_siren (actor);
  if (siren != NULL)
    {
      g_autoptr(PtceCommune) commune = ptce_geography_lookup_commune_by_siren (self, siren);
      g_autoptr(PtceEpci) epci = NULL;

      if (commune != NULL)
        {
          territory = ptce_territory_new (ptce_commune_get_name (commune));
          ptce_territory_set_scale (territory, PTCE_TERRITORY_SCALE_COMMUNE);
          ptce_territory_add_commune (territory, ptce_commune_get_code (commune));
        }
      else if ((epci = ptce_geography_lookup_epci (self, siren)) != NULL)
        {
          territory = ptce_territory_new (ptce_epci_get_name (epci));
          ptce_territory_set_scale (territory, PTCE_TERRITORY_SCALE_INTERCOMMUNAL);
          ptce_territory_add_epci (territory, ptce_epci_get_siren (epci));
        }
    }

  category = ptce_actor_get_legal_category (actor);
  seat = ptce_actor_get_seat_commune (actor);
  if (territory == NULL && category != NULL && seat != NULL &&
      (strcmp (category, "7220") == 0 || strcmp (category, "7230") == 0))
    {
      gint index = ptce_geo_data_current_index (self->data, seat);

      if (index >= 0)
        {
          const GeoCommune *c = &self->data->communes[index];
          const char *codes[2] = { NULL, NULL };

          if (strcmp (category, "7220") == 0)
            {
              const GeoDepartement *dep = &self->data->departements[c->departement];

              territory = ptce_territory_new (ptce_geo_data_string (self->data, dep->name));
              ptce_territory_set_scale (territory, PTCE_TERRITORY_SCALE_DEPARTEMENT);
              codes[0] = dep->code;
              ptce_territory_set_departements (territory, codes);
            }
          else
            {
              const GeoRegion *reg = &self->data->regions[c->region];

              territory = ptce_territory_new (ptce_geo_data_string (self->data, reg->name));
              ptce_territory_set_scale (territory, PTCE_TERRITORY_SCALE_REGIONAL);
              codes[0] = reg->code;
              ptce_territory_set_regions (territory, codes);
            }
        }
    }

  if (territory != NULL)
    ptce_territory_set_vintage (territory, self->data->vintage);
  return territory;
}
