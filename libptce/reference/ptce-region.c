/* ptce-region.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-region.h"
#include "ptce-geography-private.h"

/**
 * SECTION:ptce-region
 * @Title: PtceRegion
 * @Short_description: a région of the official geography
 *
 * A #PtceRegion is a région of a vintage of the official geographic code:
 * the 18 régions of France ("84" Auvergne-Rhône-Alpes, "04" La Réunion…)
 * and the overseas collectivities that the code lists with them.
 */

/**
 * PtceRegion:
 *
 * A région in a vintage of the official geographic code. Its fields are private: use the accessors.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_REGION:
 *
 * The #GType of #PtceRegion.
 *
 * Since: 1.0
 */

struct _PtceRegion
{
  GObject      parent_instance;

  PtceGeoData *data;
  guint        index;
  char       **departements;
  gboolean     counted;
  guint        n_communes;
  guint64      population;
};

/* The public type is abstract, so that a binding cannot make one out of
 * nothing (Ptce.Region() raises a TypeError, new Ptce.Region() throws): a
 * region only exists as the library hands it out. This private final
 * type is the one instantiated. */
G_DEFINE_ABSTRACT_TYPE (PtceRegion, ptce_region, G_TYPE_OBJECT)

typedef struct { PtceRegion parent_instance; } PtceRegionHandle;
typedef struct { PtceRegionClass parent_class; } PtceRegionHandleClass;
static GType ptce_region_handle_get_type (void);
G_DEFINE_FINAL_TYPE (PtceRegionHandle, ptce_region_handle, PTCE_TYPE_REGION)
static void ptce_region_handle_class_init (PtceRegionHandleClass *klass) { }
static void ptce_region_handle_init (PtceRegionHandle *self) { }

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_CHEF_LIEU,
  PROP_DEPARTEMENTS,
  PROP_VINTAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static inline const GeoRegion *
record (PtceRegion *self)
{
  return &self->data->regions[self->index];
}

static void
ptce_region_finalize (GObject *object)
{
  PtceRegion *self = (PtceRegion *) object;

  g_clear_pointer (&self->departements, g_strfreev);
  g_clear_pointer (&self->data, ptce_geo_data_unref);

  G_OBJECT_CLASS (ptce_region_parent_class)->finalize (object);
}

static void
ptce_region_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PtceRegion *self = PTCE_REGION (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, ptce_region_get_code (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, ptce_region_get_name (self));
      break;
    case PROP_CHEF_LIEU:
      g_value_set_string (value, ptce_region_get_chef_lieu (self));
      break;
    case PROP_DEPARTEMENTS:
      g_value_set_boxed (value, ptce_region_get_departements (self));
      break;
    case PROP_VINTAGE:
      g_value_set_string (value, ptce_region_get_vintage (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_region_class_init (PtceRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_region_finalize;
  object_class->get_property = ptce_region_get_property;

  /**
   * PtceRegion:code:
   *
   * The code of the région ("84").
   *
   * Since: 1.0
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, ro);

  /**
   * PtceRegion:name:
   *
   * The name of the région ("Auvergne-Rhône-Alpes").
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);

  /**
   * PtceRegion:chef-lieu:
   *
   * The code of its chef-lieu commune, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_CHEF_LIEU] = g_param_spec_string ("chef-lieu", NULL, NULL, NULL, ro);

  /**
   * PtceRegion:departements:
   *
   * The codes of its départements.
   *
   * Since: 1.0
   */
  properties[PROP_DEPARTEMENTS] =
    g_param_spec_boxed ("departements", NULL, NULL, G_TYPE_STRV, ro);

  /**
   * PtceRegion:vintage:
   *
   * The vintage of the geographic code this entry comes from.
   *
   * Since: 1.0
   */
  properties[PROP_VINTAGE] = g_param_spec_string ("vintage", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_region_init (PtceRegion *self)
{
}

PtceRegion *
ptce_region_new_for_data (PtceGeoData *data,
                          guint        index)
{
  PtceRegion *self;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (index < data->n_regions, NULL);

  self = g_object_new (ptce_region_handle_get_type (), NULL);
  self->data = ptce_geo_data_ref (data);
  self->index = index;
  return self;
}

/**
 * ptce_region_get_code:
 * @self: a #PtceRegion
 *
 * Gets the code of the région.
 *
 * Returns: (transfer none): the code
 *
 * Since: 1.0
 */
const char *
ptce_region_get_code (PtceRegion *self)
{
  g_return_val_if_fail (PTCE_IS_REGION (self), NULL);
  return record (self)->code;
}

/**
 * ptce_region_get_name:
 * @self: a #PtceRegion
 *
 * Gets the name of the région.
 *
 * Returns: (transfer none): the name
 *
 * Since: 1.0
 */
const char *
ptce_region_get_name (PtceRegion *self)
{
  g_return_val_if_fail (PTCE_IS_REGION (self), NULL);
  return ptce_geo_data_string (self->data, record (self)->name);
}

/**
 * ptce_region_get_chef_lieu:
 * @self: a #PtceRegion
 *
 * Gets the code of the chef-lieu commune of the région.
 *
 * Returns: (transfer none) (nullable): the commune code, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_region_get_chef_lieu (PtceRegion *self)
{
  g_return_val_if_fail (PTCE_IS_REGION (self), NULL);
  return record (self)->chef_lieu[0] != '\0' ? record (self)->chef_lieu : NULL;
}

/**
 * ptce_region_is_overseas:
 * @self: a #PtceRegion
 *
 * Checks whether the région is overseas.
 *
 * Returns: %TRUE overseas
 *
 * Since: 1.0
 */
gboolean
ptce_region_is_overseas (PtceRegion *self)
{
  g_return_val_if_fail (PTCE_IS_REGION (self), FALSE);
  return record (self)->zone != GEO_ZONE_METRO;
}

/**
 * ptce_region_get_departements:
 * @self: a #PtceRegion
 *
 * Gets the codes of the départements of the région, in code order.
 *
 * Returns: (transfer none) (array zero-terminated=1): the département codes
 *
 * Since: 1.0
 */
const char * const *
ptce_region_get_departements (PtceRegion *self)
{
  g_return_val_if_fail (PTCE_IS_REGION (self), NULL);

  if (self->departements == NULL)
    {
      GPtrArray *codes = g_ptr_array_new ();

      for (guint d = 0; d < self->data->n_departements; d++)
        if (self->data->departements[d].region == self->index)
          g_ptr_array_add (codes, g_strdup (self->data->departements[d].code));
      g_ptr_array_add (codes, NULL);
      self->departements = (char **) g_ptr_array_free (codes, FALSE);
    }
  return (const char * const *) self->departements;
}

static void
count (PtceRegion *self)
{
  if (self->counted)
    return;
  for (guint i = 0; i < self->data->n_communes; i++)
    {
      const GeoCommune *c = &self->data->communes[i];

      if (c->kind == PTCE_COMMUNE_KIND_CURRENT && c->region == self->index)
        {
          self->n_communes++;
          self->population += GEO_U32 (c->population);
        }
    }
  self->counted = TRUE;
}

/**
 * ptce_region_get_n_communes:
 * @self: a #PtceRegion
 *
 * Gets the number of current communes of the région.
 *
 * Returns: the number of communes
 *
 * Since: 1.0
 */
guint
ptce_region_get_n_communes (PtceRegion *self)
{
  g_return_val_if_fail (PTCE_IS_REGION (self), 0);
  count (self);
  return self->n_communes;
}

/**
 * ptce_region_get_population:
 * @self: a #PtceRegion
 *
 * Gets the sum of the legal populations of the communes of the région.
 *
 * Returns: the population
 *
 * Since: 1.0
 */
guint64
ptce_region_get_population (PtceRegion *self)
{
  g_return_val_if_fail (PTCE_IS_REGION (self), 0);
  count (self);
  return self->population;
}

/**
 * ptce_region_get_vintage:
 * @self: a #PtceRegion
 *
 * Gets the vintage of the geographic code this entry comes from.
 *
 * Returns: (transfer none): the vintage
 *
 * Since: 1.0
 */
const char *
ptce_region_get_vintage (PtceRegion *self)
{
  g_return_val_if_fail (PTCE_IS_REGION (self), NULL);
  return self->data->vintage;
}
