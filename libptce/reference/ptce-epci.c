/* ptce-epci.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-epci.h"
#include "ptce-enum-types.h"
#include "ptce-geography-private.h"

/**
 * SECTION:ptce-epci
 * @Title: PtceEpci
 * @Short_description: an intercommunal body of the official geography
 *
 * A #PtceEpci is an établissement public de coopération intercommunale à
 * fiscalité propre — communauté de communes, d'agglomération, urbaine,
 * métropole, and the Métropole de Lyon that the lists carry with them —
 * or one of the établissements publics territoriaux (EPT) of the Métropole
 * du Grand Paris, which group communes but are not EPCI à fiscalité propre
 * (ptce_epci_is_fiscal() tells them apart). Each is known by its SIREN, as
 * the DGCL and INSEE lists know them.
 *
 * Its member communes are those of the same vintage. Its populations are
 * those of the DGCL list, which may be of another year than the legal
 * populations of the communes.
 */

/**
 * PtceEpci:
 *
 * An EPCI à fiscalité propre or an EPT in a vintage of the official geography. Its fields are private: use the accessors.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_EPCI:
 *
 * The #GType of #PtceEpci.
 *
 * Since: 1.0
 */

struct _PtceEpci
{
  GObject      parent_instance;

  PtceGeoData *data;
  guint        index;

  char       **members;       /* built on first use */
  char       **departements;  /* built on first use */
};

/* The public type is abstract, so that a binding cannot make one out of
 * nothing (Ptce.Epci() raises a TypeError, new Ptce.Epci() throws): a
 * epci only exists as the library hands it out. This private final
 * type is the one instantiated. */
G_DEFINE_ABSTRACT_TYPE (PtceEpci, ptce_epci, G_TYPE_OBJECT)

typedef struct { PtceEpci parent_instance; } PtceEpciHandle;
typedef struct { PtceEpciClass parent_class; } PtceEpciHandleClass;
static GType ptce_epci_handle_get_type (void);
G_DEFINE_FINAL_TYPE (PtceEpciHandle, ptce_epci_handle, PTCE_TYPE_EPCI)
static void ptce_epci_handle_class_init (PtceEpciHandleClass *klass) { }
static void ptce_epci_handle_init (PtceEpciHandle *self) { }

enum {
  PROP_0,
  PROP_SIREN,
  PROP_NAME,
  PROP_KIND,
  PROP_TAX_REGIME,
  PROP_POPULATION,
  PROP_TOTAL_POPULATION,
  PROP_MEMBERS,
  PROP_VINTAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static inline const GeoEpci *
record (PtceEpci *self)
{
  return &self->data->epcis[self->index];
}

static void
ptce_epci_finalize (GObject *object)
{
  PtceEpci *self = (PtceEpci *) object;

  g_clear_pointer (&self->members, g_strfreev);
  g_clear_pointer (&self->departements, g_strfreev);
  g_clear_pointer (&self->data, ptce_geo_data_unref);

  G_OBJECT_CLASS (ptce_epci_parent_class)->finalize (object);
}

static void
ptce_epci_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PtceEpci *self = PTCE_EPCI (object);

  switch (prop_id)
    {
    case PROP_SIREN:
      g_value_set_string (value, ptce_epci_get_siren (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, ptce_epci_get_name (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, ptce_epci_get_kind (self));
      break;
    case PROP_TAX_REGIME:
      g_value_set_string (value, ptce_epci_get_tax_regime (self));
      break;
    case PROP_POPULATION:
      g_value_set_uint (value, ptce_epci_get_population (self));
      break;
    case PROP_TOTAL_POPULATION:
      g_value_set_uint (value, ptce_epci_get_total_population (self));
      break;
    case PROP_MEMBERS:
      g_value_set_boxed (value, ptce_epci_get_members (self));
      break;
    case PROP_VINTAGE:
      g_value_set_string (value, ptce_epci_get_vintage (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_epci_class_init (PtceEpciClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_epci_finalize;
  object_class->get_property = ptce_epci_get_property;

  /**
   * PtceEpci:siren:
   *
   * The SIREN of the EPCI ("200068781").
   *
   * Since: 1.0
   */
  properties[PROP_SIREN] = g_param_spec_string ("siren", NULL, NULL, NULL, ro);

  /**
   * PtceEpci:name:
   *
   * The name of the EPCI as the DGCL list writes it ("CA Valence Romans
   * Agglo").
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);

  /**
   * PtceEpci:kind:
   *
   * The kind of the EPCI: CC, CA, CU, métropole…
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PTCE_TYPE_EPCI_KIND, PTCE_EPCI_KIND_CC, ro);

  /**
   * PtceEpci:tax-regime:
   *
   * The tax regime: "FPU" (fiscalité professionnelle unique), "FA"
   * (fiscalité additionnelle), or %NULL for an EPT.
   *
   * Since: 1.0
   */
  properties[PROP_TAX_REGIME] = g_param_spec_string ("tax-regime", NULL, NULL, NULL, ro);

  /**
   * PtceEpci:population:
   *
   * The municipal population of the EPCI in the DGCL list.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION] =
    g_param_spec_uint ("population", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PtceEpci:total-population:
   *
   * The total population of the EPCI in the DGCL list (the municipal
   * population and the population counted apart).
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL_POPULATION] =
    g_param_spec_uint ("total-population", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PtceEpci:members:
   *
   * The codes of the member communes, in code order.
   *
   * Since: 1.0
   */
  properties[PROP_MEMBERS] = g_param_spec_boxed ("members", NULL, NULL, G_TYPE_STRV, ro);

  /**
   * PtceEpci:vintage:
   *
   * The vintage of the geographic code this entry comes from.
   *
   * Since: 1.0
   */
  properties[PROP_VINTAGE] = g_param_spec_string ("vintage", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_epci_init (PtceEpci *self)
{
}

PtceEpci *
ptce_epci_new_for_data (PtceGeoData *data,
                        guint        index)
{
  PtceEpci *self;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (index < data->n_epcis, NULL);

  self = g_object_new (ptce_epci_handle_get_type (), NULL);
  self->data = ptce_geo_data_ref (data);
  self->index = index;
  return self;
}

/**
 * ptce_epci_get_siren:
 * @self: a #PtceEpci
 *
 * Gets the SIREN of the EPCI.
 *
 * Returns: (transfer none): the SIREN
 *
 * Since: 1.0
 */
const char *
ptce_epci_get_siren (PtceEpci *self)
{
  g_return_val_if_fail (PTCE_IS_EPCI (self), NULL);
  return record (self)->siren;
}

/**
 * ptce_epci_get_name:
 * @self: a #PtceEpci
 *
 * Gets the name of the EPCI.
 *
 * Returns: (transfer none): the name
 *
 * Since: 1.0
 */
const char *
ptce_epci_get_name (PtceEpci *self)
{
  g_return_val_if_fail (PTCE_IS_EPCI (self), NULL);
  return ptce_geo_data_string (self->data, record (self)->name);
}

/**
 * ptce_epci_get_kind:
 * @self: a #PtceEpci
 *
 * Gets the kind of the EPCI.
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
PtceEpciKind
ptce_epci_get_kind (PtceEpci *self)
{
  g_return_val_if_fail (PTCE_IS_EPCI (self), PTCE_EPCI_KIND_CC);
  return (PtceEpciKind) record (self)->kind;
}

/**
 * ptce_epci_is_fiscal:
 * @self: a #PtceEpci
 *
 * Checks whether this is an EPCI à fiscalité propre (every kind but the
 * EPT of the Métropole du Grand Paris).
 *
 * Returns: %TRUE for an EPCI à fiscalité propre
 *
 * Since: 1.0
 */
gboolean
ptce_epci_is_fiscal (PtceEpci *self)
{
  g_return_val_if_fail (PTCE_IS_EPCI (self), FALSE);
  return record (self)->kind != PTCE_EPCI_KIND_EPT;
}

/**
 * ptce_epci_get_tax_regime:
 * @self: a #PtceEpci
 *
 * Gets the tax regime of the EPCI: "FPU" or "FA".
 *
 * Returns: (transfer none) (nullable): the tax regime, or %NULL for an
 *   EPT
 *
 * Since: 1.0
 */
const char *
ptce_epci_get_tax_regime (PtceEpci *self)
{
  g_return_val_if_fail (PTCE_IS_EPCI (self), NULL);

  switch (record (self)->tax)
    {
    case GEO_TAX_FPU:
      return "FPU";
    case GEO_TAX_FA:
      return "FA";
    default:
      return NULL;
    }
}

/**
 * ptce_epci_get_population:
 * @self: a #PtceEpci
 *
 * Gets the municipal population of the EPCI in the DGCL list.
 *
 * Returns: the population
 *
 * Since: 1.0
 */
guint
ptce_epci_get_population (PtceEpci *self)
{
  g_return_val_if_fail (PTCE_IS_EPCI (self), 0);
  return GEO_U32 (record (self)->population_municipal);
}

/**
 * ptce_epci_get_total_population:
 * @self: a #PtceEpci
 *
 * Gets the total population of the EPCI in the DGCL list.
 *
 * Returns: the population
 *
 * Since: 1.0
 */
guint
ptce_epci_get_total_population (PtceEpci *self)
{
  g_return_val_if_fail (PTCE_IS_EPCI (self), 0);
  return GEO_U32 (record (self)->population_total);
}

/**
 * ptce_epci_get_n_members:
 * @self: a #PtceEpci
 *
 * Gets the number of member communes.
 *
 * Returns: the number of members
 *
 * Since: 1.0
 */
guint
ptce_epci_get_n_members (PtceEpci *self)
{
  g_return_val_if_fail (PTCE_IS_EPCI (self), 0);
  return GEO_U32 (record (self)->members_count);
}

/**
 * ptce_epci_get_members:
 * @self: a #PtceEpci
 *
 * Gets the codes of the member communes, in code order.
 *
 * Returns: (transfer none) (array zero-terminated=1): the commune codes
 *
 * Since: 1.0
 */
const char * const *
ptce_epci_get_members (PtceEpci *self)
{
  g_return_val_if_fail (PTCE_IS_EPCI (self), NULL);

  if (self->members == NULL)
    {
      guint32 first = GEO_U32 (record (self)->members_first);
      guint32 count = GEO_U32 (record (self)->members_count);

      self->members = g_new0 (char *, count + 1);
      for (guint i = 0; i < count; i++)
        self->members[i] = g_strdup (self->data->communes[GEO_U32 (self->data->members[first + i])].code);
    }
  return (const char * const *) self->members;
}

/**
 * ptce_epci_get_departements:
 * @self: a #PtceEpci
 *
 * Gets the codes of the départements its member communes are in, in code
 * order: most EPCI are in one, a few straddle two or more.
 *
 * Returns: (transfer none) (array zero-terminated=1): the département codes
 *
 * Since: 1.0
 */
const char * const *
ptce_epci_get_departements (PtceEpci *self)
{
  g_return_val_if_fail (PTCE_IS_EPCI (self), NULL);

  if (self->departements == NULL)
    {
      guint32 first = GEO_U32 (record (self)->members_first);
      guint32 count = GEO_U32 (record (self)->members_count);
      gboolean seen[256] = { FALSE, };
      GPtrArray *codes = g_ptr_array_new ();

      for (guint i = 0; i < count; i++)
        seen[self->data->communes[GEO_U32 (self->data->members[first + i])].departement] = TRUE;
      /* Départements are stored in code order. */
      for (guint d = 0; d < self->data->n_departements; d++)
        if (seen[d])
          g_ptr_array_add (codes, g_strdup (self->data->departements[d].code));
      g_ptr_array_add (codes, NULL);
      self->departements = (char **) g_ptr_array_free (codes, FALSE);
    }
  return (const char * const *) self->departements;
}

/**
 * ptce_epci_get_vintage:
 * @self: a #PtceEpci
 *
 * Gets the vintage of the geographic code this entry comes from.
 *
 * Returns: (transfer none): the vintage
 *
 * Since: 1.0
 */
const char *
ptce_epci_get_vintage (PtceEpci *self)
{
  g_return_val_if_fail (PTCE_IS_EPCI (self), NULL);
  return self->data->vintage;
}
