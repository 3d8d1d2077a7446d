/* ptce-commune.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-commune.h"
#include "ptce-enum-types.h"
#include "ptce-geography-private.h"

/**
 * SECTION:ptce-commune
 * @Title: PtceCommune
 * @Short_description: a commune of the official geographic code
 *
 * A #PtceCommune is one entry of a vintage of the official geographic code
 * (COG), as a #PtceGeography gives it: a current commune, or a delegated or
 * associated commune or a municipal arrondissement that belongs to one
 * (its #PtceCommune:parent). It is read-only: it reads the compiled
 * geography in place, and stays valid as long as it lives, even if the
 * geography it came from is dropped.
 *
 * A current commune knows its département, its région, the EPCI à
 * fiscalité propre it is a member of, the EPT for the communes of the
 * Métropole du Grand Paris, its legal population, its SIREN (a commune is
 * a legal person) and its postal codes. The others know their département
 * and région and their parent.
 */

/**
 * PtceCommune:
 *
 * A commune, or a part of one, in a vintage of the official geographic code. Its fields are private: use the accessors.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_COMMUNE:
 *
 * The #GType of #PtceCommune.
 *
 * Since: 1.0
 */

struct _PtceCommune
{
  GObject      parent_instance;

  PtceGeoData *data;
  guint        index;

  /* Built on first use, from the records. */
  char         siren[10];
  char       **postal_codes;
  char       **former_codes;
};

/* The public type is abstract, so that a binding cannot make one out of
 * nothing (Ptce.Commune() raises a TypeError, new Ptce.Commune() throws): a
 * commune only exists as the library hands it out. This private final
 * type is the one instantiated. */
G_DEFINE_ABSTRACT_TYPE (PtceCommune, ptce_commune, G_TYPE_OBJECT)

typedef struct { PtceCommune parent_instance; } PtceCommuneHandle;
typedef struct { PtceCommuneClass parent_class; } PtceCommuneHandleClass;
static GType ptce_commune_handle_get_type (void);
G_DEFINE_FINAL_TYPE (PtceCommuneHandle, ptce_commune_handle, PTCE_TYPE_COMMUNE)
static void ptce_commune_handle_class_init (PtceCommuneHandleClass *klass) { }
static void ptce_commune_handle_init (PtceCommuneHandle *self) { }

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_KIND,
  PROP_PARENT,
  PROP_DEPARTEMENT,
  PROP_REGION,
  PROP_EPCI,
  PROP_EPT,
  PROP_POPULATION,
  PROP_SIREN,
  PROP_POSTAL_CODES,
  PROP_FORMER_CODES,
  PROP_VINTAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static inline const GeoCommune *
record (PtceCommune *self)
{
  return &self->data->communes[self->index];
}

static void
ptce_commune_finalize (GObject *object)
{
  PtceCommune *self = (PtceCommune *) object;

  g_clear_pointer (&self->postal_codes, g_strfreev);
  g_clear_pointer (&self->former_codes, g_strfreev);
  g_clear_pointer (&self->data, ptce_geo_data_unref);

  G_OBJECT_CLASS (ptce_commune_parent_class)->finalize (object);
}

static void
ptce_commune_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PtceCommune *self = PTCE_COMMUNE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, ptce_commune_get_code (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, ptce_commune_get_name (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, ptce_commune_get_kind (self));
      break;
    case PROP_PARENT:
      g_value_set_string (value, ptce_commune_get_parent (self));
      break;
    case PROP_DEPARTEMENT:
      g_value_set_string (value, ptce_commune_get_departement (self));
      break;
    case PROP_REGION:
      g_value_set_string (value, ptce_commune_get_region (self));
      break;
    case PROP_EPCI:
      g_value_set_string (value, ptce_commune_get_epci (self));
      break;
    case PROP_EPT:
      g_value_set_string (value, ptce_commune_get_ept (self));
      break;
    case PROP_POPULATION:
      g_value_set_uint (value, ptce_commune_get_population (self));
      break;
    case PROP_SIREN:
      g_value_set_string (value, ptce_commune_get_siren (self));
      break;
    case PROP_POSTAL_CODES:
      g_value_set_boxed (value, ptce_commune_get_postal_codes (self));
      break;
    case PROP_FORMER_CODES:
      g_value_set_boxed (value, ptce_commune_get_former_codes (self));
      break;
    case PROP_VINTAGE:
      g_value_set_string (value, ptce_commune_get_vintage (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_commune_class_init (PtceCommuneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_commune_finalize;
  object_class->get_property = ptce_commune_get_property;

  /**
   * PtceCommune:code:
   *
   * The code of the commune in the official geographic code ("26281",
   * "2A004", "97411").
   *
   * Since: 1.0
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, ro);

  /**
   * PtceCommune:name:
   *
   * The official name of the commune ("Romans-sur-Isère").
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);

  /**
   * PtceCommune:kind:
   *
   * What the code stands for: a current commune or a part of one.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PTCE_TYPE_COMMUNE_KIND,
                       PTCE_COMMUNE_KIND_CURRENT, ro);

  /**
   * PtceCommune:parent:
   *
   * The code of the current commune that a delegated or associated
   * commune or a municipal arrondissement belongs to; %NULL for a current
   * commune.
   *
   * Since: 1.0
   */
  properties[PROP_PARENT] = g_param_spec_string ("parent", NULL, NULL, NULL, ro);

  /**
   * PtceCommune:departement:
   *
   * The code of the département ("26", "2A", "974").
   *
   * Since: 1.0
   */
  properties[PROP_DEPARTEMENT] = g_param_spec_string ("departement", NULL, NULL, NULL, ro);

  /**
   * PtceCommune:region:
   *
   * The code of the région ("84", "04").
   *
   * Since: 1.0
   */
  properties[PROP_REGION] = g_param_spec_string ("region", NULL, NULL, NULL, ro);

  /**
   * PtceCommune:epci:
   *
   * The SIREN of the EPCI à fiscalité propre the commune is a member of,
   * or %NULL (a few island communes, overseas collectivities, and every
   * entry that is not a current commune).
   *
   * Since: 1.0
   */
  properties[PROP_EPCI] = g_param_spec_string ("epci", NULL, NULL, NULL, ro);

  /**
   * PtceCommune:ept:
   *
   * The SIREN of the établissement public territorial of the Métropole du
   * Grand Paris the commune is in, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_EPT] = g_param_spec_string ("ept", NULL, NULL, NULL, ro);

  /**
   * PtceCommune:population:
   *
   * The legal population of the commune (population municipale) that the
   * vintage carries, or 0 when it gives none.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION] =
    g_param_spec_uint ("population", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PtceCommune:siren:
   *
   * The SIREN of the commune as a legal person, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_SIREN] = g_param_spec_string ("siren", NULL, NULL, NULL, ro);

  /**
   * PtceCommune:postal-codes:
   *
   * The postal codes of the commune (La Poste), possibly none.
   *
   * Since: 1.0
   */
  properties[PROP_POSTAL_CODES] =
    g_param_spec_boxed ("postal-codes", NULL, NULL, G_TYPE_STRV, ro);

  /**
   * PtceCommune:former-codes:
   *
   * The codes the commune had before (mergers, a change of département),
   * possibly none.
   *
   * Since: 1.0
   */
  properties[PROP_FORMER_CODES] =
    g_param_spec_boxed ("former-codes", NULL, NULL, G_TYPE_STRV, ro);

  /**
   * PtceCommune:vintage:
   *
   * The vintage of the geographic code this entry comes from ("2026").
   *
   * Since: 1.0
   */
  properties[PROP_VINTAGE] = g_param_spec_string ("vintage", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_commune_init (PtceCommune *self)
{
}

PtceCommune *
ptce_commune_new_for_data (PtceGeoData *data,
                           guint        index)
{
  PtceCommune *self;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (index < data->n_communes, NULL);

  self = g_object_new (ptce_commune_handle_get_type (), NULL);
  self->data = ptce_geo_data_ref (data);
  self->index = index;
  return self;
}

guint
ptce_commune_get_index (PtceCommune *self)
{
  return self->index;
}

/**
 * ptce_commune_get_code:
 * @self: a #PtceCommune
 *
 * Gets the code of the commune in the official geographic code.
 *
 * Returns: (transfer none): the code
 *
 * Since: 1.0
 */
const char *
ptce_commune_get_code (PtceCommune *self)
{
  g_return_val_if_fail (PTCE_IS_COMMUNE (self), NULL);
  return record (self)->code;
}

/**
 * ptce_commune_get_name:
 * @self: a #PtceCommune
 *
 * Gets the official name of the commune.
 *
 * Returns: (transfer none): the name
 *
 * Since: 1.0
 */
const char *
ptce_commune_get_name (PtceCommune *self)
{
  g_return_val_if_fail (PTCE_IS_COMMUNE (self), NULL);
  return ptce_geo_data_string (self->data, record (self)->name);
}

/**
 * ptce_commune_get_kind:
 * @self: a #PtceCommune
 *
 * Gets what the code stands for.
 *
 * Returns: the kind of the entry
 *
 * Since: 1.0
 */
PtceCommuneKind
ptce_commune_get_kind (PtceCommune *self)
{
  g_return_val_if_fail (PTCE_IS_COMMUNE (self), PTCE_COMMUNE_KIND_CURRENT);
  return (PtceCommuneKind) record (self)->kind;
}

/**
 * ptce_commune_is_current:
 * @self: a #PtceCommune
 *
 * Checks whether the entry is a current commune, a commune in law, rather
 * than a part of one.
 *
 * Returns: %TRUE for a current commune
 *
 * Since: 1.0
 */
gboolean
ptce_commune_is_current (PtceCommune *self)
{
  g_return_val_if_fail (PTCE_IS_COMMUNE (self), FALSE);
  return record (self)->kind == PTCE_COMMUNE_KIND_CURRENT;
}

/**
 * ptce_commune_get_parent:
 * @self: a #PtceCommune
 *
 * Gets the code of the current commune that a delegated or associated
 * commune or a municipal arrondissement belongs to.
 *
 * Returns: (transfer none) (nullable): the code of the parent, or %NULL
 *   for a current commune
 *
 * Since: 1.0
 */
const char *
ptce_commune_get_parent (PtceCommune *self)
{
  guint32 parent;

  g_return_val_if_fail (PTCE_IS_COMMUNE (self), NULL);

  parent = GEO_U32 (record (self)->parent);
  if (parent == PTCE_GEO_NONE32)
    return NULL;
  return self->data->communes[parent].code;
}

/**
 * ptce_commune_get_departement:
 * @self: a #PtceCommune
 *
 * Gets the code of the département of the commune.
 *
 * Returns: (transfer none): the département code
 *
 * Since: 1.0
 */
const char *
ptce_commune_get_departement (PtceCommune *self)
{
  g_return_val_if_fail (PTCE_IS_COMMUNE (self), NULL);
  return self->data->departements[record (self)->departement].code;
}

/**
 * ptce_commune_get_region:
 * @self: a #PtceCommune
 *
 * Gets the code of the région of the commune.
 *
 * Returns: (transfer none): the région code
 *
 * Since: 1.0
 */
const char *
ptce_commune_get_region (PtceCommune *self)
{
  g_return_val_if_fail (PTCE_IS_COMMUNE (self), NULL);
  return self->data->regions[record (self)->region].code;
}

/**
 * ptce_commune_get_epci:
 * @self: a #PtceCommune
 *
 * Gets the SIREN of the EPCI à fiscalité propre the commune is a member
 * of. Look it up with ptce_geography_lookup_epci().
 *
 * Returns: (transfer none) (nullable): the SIREN of the EPCI, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_commune_get_epci (PtceCommune *self)
{
  guint16 epci;

  g_return_val_if_fail (PTCE_IS_COMMUNE (self), NULL);

  epci = GEO_U16 (record (self)->epci);
  return epci == PTCE_GEO_NONE16 ? NULL : self->data->epcis[epci].siren;
}

/**
 * ptce_commune_get_ept:
 * @self: a #PtceCommune
 *
 * Gets the SIREN of the établissement public territorial (Métropole du
 * Grand Paris) the commune is in.
 *
 * Returns: (transfer none) (nullable): the SIREN of the EPT, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_commune_get_ept (PtceCommune *self)
{
  guint16 ept;

  g_return_val_if_fail (PTCE_IS_COMMUNE (self), NULL);

  ept = GEO_U16 (record (self)->ept);
  return ept == PTCE_GEO_NONE16 ? NULL : self->data->epcis[ept].siren;
}

/**
 * ptce_commune_get_population:
 * @self: a #PtceCommune
 *
 * Gets the legal population (population municipale) of the commune.
 *
 * Returns: the population, or 0 when the vintage gives none
 *
 * Since: 1.0
 */
guint
ptce_commune_get_population (PtceCommune *self)
{
  g_return_val_if_fail (PTCE_IS_COMMUNE (self), 0);
  return GEO_U32 (record (self)->population);
}

/**
 * ptce_commune_get_siren:
 * @self: a #PtceCommune
 *
 * Gets the SIREN of the commune as a legal person.
 *
 * Returns: (transfer none) (nullable): the SIREN, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_commune_get_siren (PtceCommune *self)
{
  guint32 siren;

  g_return_val_if_fail (PTCE_IS_COMMUNE (self), NULL);

  siren = GEO_U32 (record (self)->siren);
  if (siren == 0)
    return NULL;
  if (self->siren[0] == '\0')
    g_snprintf (self->siren, sizeof self->siren, "%09u", siren);
  return self->siren;
}

static char **
code_list (const GeoCode8 *list,
           guint32         first_le,
           guint16         count_le)
{
  guint32 first = GEO_U32 (first_le);
  guint16 count = GEO_U16 (count_le);
  char **strv = g_new0 (char *, count + 1);

  for (guint i = 0; i < count; i++)
    strv[i] = g_strdup (list[first + i].code);
  return strv;
}

/**
 * ptce_commune_get_postal_codes:
 * @self: a #PtceCommune
 *
 * Gets the postal codes of the commune. A postal code is not a commune
 * code: several communes share one and a large commune has several.
 *
 * Returns: (transfer none) (array zero-terminated=1): the postal codes,
 *   possibly none
 *
 * Since: 1.0
 */
const char * const *
ptce_commune_get_postal_codes (PtceCommune *self)
{
  g_return_val_if_fail (PTCE_IS_COMMUNE (self), NULL);

  if (self->postal_codes == NULL)
    self->postal_codes = code_list (self->data->postal_list,
                                    record (self)->postal_first,
                                    record (self)->postal_count);
  return (const char * const *) self->postal_codes;
}

/**
 * ptce_commune_get_former_codes:
 * @self: a #PtceCommune
 *
 * Gets the codes the commune had in earlier vintages (before a merger or a
 * change of département; "20004" for Ajaccio before Corsica was split).
 *
 * Returns: (transfer none) (array zero-terminated=1): the former codes,
 *   possibly none
 *
 * Since: 1.0
 */
const char * const *
ptce_commune_get_former_codes (PtceCommune *self)
{
  g_return_val_if_fail (PTCE_IS_COMMUNE (self), NULL);

  if (self->former_codes == NULL)
    self->former_codes = code_list (self->data->former_list,
                                    record (self)->former_first,
                                    record (self)->former_count);
  return (const char * const *) self->former_codes;
}

/**
 * ptce_commune_get_vintage:
 * @self: a #PtceCommune
 *
 * Gets the vintage of the geographic code this entry comes from.
 *
 * Returns: (transfer none): the vintage, such as "2026"
 *
 * Since: 1.0
 */
const char *
ptce_commune_get_vintage (PtceCommune *self)
{
  g_return_val_if_fail (PTCE_IS_COMMUNE (self), NULL);
  return self->data->vintage;
}
