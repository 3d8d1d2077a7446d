/* ptce-departement.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-departement.h"
#include "ptce-geography-private.h"

/**
 * SECTION:ptce-departement
 * @Title: PtceDepartement
 * @Short_description: a département of the official geography
 *
 * A #PtceDepartement is a département of a vintage of the official
 * geographic code: the 101 départements of France ("01" to "95", "2A" and
 * "2B", "971" to "976"), and the overseas collectivities that the code
 * lists with them ("975", "977", "978", "984", "986" to "989").
 */

/**
 * PtceDepartement:
 *
 * A département in a vintage of the official geographic code. Its fields are private: use the accessors.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_DEPARTEMENT:
 *
 * The #GType of #PtceDepartement.
 *
 * Since: 1.0
 */

struct _PtceDepartement
{
  GObject      parent_instance;

  PtceGeoData *data;
  guint        index;
  gboolean     counted;
  guint        n_communes;
  guint64      population;
};

/* The public type is abstract, so that a binding cannot make one out of
 * nothing (Ptce.Departement() raises a TypeError, new Ptce.Departement() throws): a
 * departement only exists as the library hands it out. This private final
 * type is the one instantiated. */
G_DEFINE_ABSTRACT_TYPE (PtceDepartement, ptce_departement, G_TYPE_OBJECT)

typedef struct { PtceDepartement parent_instance; } PtceDepartementHandle;
typedef struct { PtceDepartementClass parent_class; } PtceDepartementHandleClass;
static GType ptce_departement_handle_get_type (void);
G_DEFINE_FINAL_TYPE (PtceDepartementHandle, ptce_departement_handle, PTCE_TYPE_DEPARTEMENT)
static void ptce_departement_handle_class_init (PtceDepartementHandleClass *klass) { }
static void ptce_departement_handle_init (PtceDepartementHandle *self) { }

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_REGION,
  PROP_CHEF_LIEU,
  PROP_VINTAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static inline const GeoDepartement *
record (PtceDepartement *self)
{
  return &self->data->departements[self->index];
}

static void
ptce_departement_finalize (GObject *object)
{
  PtceDepartement *self = (PtceDepartement *) object;

  g_clear_pointer (&self->data, ptce_geo_data_unref);

  G_OBJECT_CLASS (ptce_departement_parent_class)->finalize (object);
}

static void
ptce_departement_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PtceDepartement *self = PTCE_DEPARTEMENT (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, ptce_departement_get_code (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, ptce_departement_get_name (self));
      break;
    case PROP_REGION:
      g_value_set_string (value, ptce_departement_get_region (self));
      break;
    case PROP_CHEF_LIEU:
      g_value_set_string (value, ptce_departement_get_chef_lieu (self));
      break;
    case PROP_VINTAGE:
      g_value_set_string (value, ptce_departement_get_vintage (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_departement_class_init (PtceDepartementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_departement_finalize;
  object_class->get_property = ptce_departement_get_property;

  /**
   * PtceDepartement:code:
   *
   * The code of the département ("26", "2A", "974").
   *
   * Since: 1.0
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, ro);

  /**
   * PtceDepartement:name:
   *
   * The name of the département ("Drôme").
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);

  /**
   * PtceDepartement:region:
   *
   * The code of its région.
   *
   * Since: 1.0
   */
  properties[PROP_REGION] = g_param_spec_string ("region", NULL, NULL, NULL, ro);

  /**
   * PtceDepartement:chef-lieu:
   *
   * The code of its chef-lieu commune (the préfecture), or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_CHEF_LIEU] = g_param_spec_string ("chef-lieu", NULL, NULL, NULL, ro);

  /**
   * PtceDepartement:vintage:
   *
   * The vintage of the geographic code this entry comes from.
   *
   * Since: 1.0
   */
  properties[PROP_VINTAGE] = g_param_spec_string ("vintage", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_departement_init (PtceDepartement *self)
{
}

PtceDepartement *
ptce_departement_new_for_data (PtceGeoData *data,
                               guint        index)
{
  PtceDepartement *self;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (index < data->n_departements, NULL);

  self = g_object_new (ptce_departement_handle_get_type (), NULL);
  self->data = ptce_geo_data_ref (data);
  self->index = index;
  return self;
}

/**
 * ptce_departement_get_code:
 * @self: a #PtceDepartement
 *
 * Gets the code of the département.
 *
 * Returns: (transfer none): the code
 *
 * Since: 1.0
 */
const char *
ptce_departement_get_code (PtceDepartement *self)
{
  g_return_val_if_fail (PTCE_IS_DEPARTEMENT (self), NULL);
  return record (self)->code;
}

/**
 * ptce_departement_get_name:
 * @self: a #PtceDepartement
 *
 * Gets the name of the département.
 *
 * Returns: (transfer none): the name
 *
 * Since: 1.0
 */
const char *
ptce_departement_get_name (PtceDepartement *self)
{
  g_return_val_if_fail (PTCE_IS_DEPARTEMENT (self), NULL);
  return ptce_geo_data_string (self->data, record (self)->name);
}

/**
 * ptce_departement_get_region:
 * @self: a #PtceDepartement
 *
 * Gets the code of the région of the département.
 *
 * Returns: (transfer none) (nullable): the région code
 *
 * Since: 1.0
 */
const char *
ptce_departement_get_region (PtceDepartement *self)
{
  guint8 region;

  g_return_val_if_fail (PTCE_IS_DEPARTEMENT (self), NULL);

  region = record (self)->region;
  return region == PTCE_GEO_NONE8 ? NULL : self->data->regions[region].code;
}

/**
 * ptce_departement_get_chef_lieu:
 * @self: a #PtceDepartement
 *
 * Gets the code of the chef-lieu commune of the département.
 *
 * Returns: (transfer none) (nullable): the commune code, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_departement_get_chef_lieu (PtceDepartement *self)
{
  g_return_val_if_fail (PTCE_IS_DEPARTEMENT (self), NULL);
  return record (self)->chef_lieu[0] != '\0' ? record (self)->chef_lieu : NULL;
}

/**
 * ptce_departement_is_overseas:
 * @self: a #PtceDepartement
 *
 * Checks whether the département is overseas: a département and région
 * d'outre-mer (971 to 976) or an overseas collectivity.
 *
 * Returns: %TRUE overseas
 *
 * Since: 1.0
 */
gboolean
ptce_departement_is_overseas (PtceDepartement *self)
{
  g_return_val_if_fail (PTCE_IS_DEPARTEMENT (self), FALSE);
  return record (self)->zone != GEO_ZONE_METRO;
}

static void
count (PtceDepartement *self)
{
  if (self->counted)
    return;
  for (guint i = 0; i < self->data->n_communes; i++)
    {
      const GeoCommune *c = &self->data->communes[i];

      if (c->kind == PTCE_COMMUNE_KIND_CURRENT && c->departement == self->index)
        {
          self->n_communes++;
          self->population += GEO_U32 (c->population);
        }
    }
  self->counted = TRUE;
}

/**
 * ptce_departement_get_n_communes:
 * @self: a #PtceDepartement
 *
 * Gets the number of current communes of the département.
 *
 * Returns: the number of communes
 *
 * Since: 1.0
 */
guint
ptce_departement_get_n_communes (PtceDepartement *self)
{
  g_return_val_if_fail (PTCE_IS_DEPARTEMENT (self), 0);
  count (self);
  return self->n_communes;
}

/**
 * ptce_departement_get_population:
 * @self: a #PtceDepartement
 *
 * Gets the sum of the legal populations of the communes of the
 * département.
 *
 * Returns: the population
 *
 * Since: 1.0
 */
guint64
ptce_departement_get_population (PtceDepartement *self)
{
  g_return_val_if_fail (PTCE_IS_DEPARTEMENT (self), 0);
  count (self);
  return self->population;
}

/**
 * ptce_departement_get_vintage:
 * @self: a #PtceDepartement
 *
 * Gets the vintage of the geographic code this entry comes from.
 *
 * Returns: (transfer none): the vintage
 *
 * Since: 1.0
 */
const char *
ptce_departement_get_vintage (PtceDepartement *self)
{
  g_return_val_if_fail (PTCE_IS_DEPARTEMENT (self), NULL);
  return self->data->vintage;
}
