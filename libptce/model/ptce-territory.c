/* ptce-territory.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-territory.h"
#include "ptce-enum-types.h"
#include "ptce-util-private.h"

/**
 * SECTION:ptce-territory
 * @Title: PtceTerritory
 * @Short_description: the territory a pole acts on
 *
 * Article 9 I of law n° 2014-856 groups enterprises « sur un même
 * territoire », and article 3 4° of décret n° 2015-431 asks that a pole's
 * project « délimite son territoire d'activité ». A #PtceTerritory says
 * which: a name ("Pays de Figeac"), the scale at which the pole acts, and
 * the official codes of the areas it covers — communes by their code
 * officiel géographique ("46102", "2A004"), EPCI by their SIREN,
 * départements and régions by their COG codes.
 *
 * Commune codes change every 1 January as communes merge, so the codes are
 * read in the COG of a given year, the #PtceTerritory:vintage ("2024").
 * Resolving and checking the codes against that vintage is the reference
 * layer's work; the territory stores them as given, in the order given.
 *
 * A territory is delimited (ptce_territory_is_delimited()) when it lists at
 * least one commune or EPCI: a name, a scale or a département alone do not
 * say where the pole acts precisely enough.
 *
 * The code lists are never %NULL: an empty list is an empty vector.
 */

/**
 * PtceTerritory:
 *
 * The territory of a pole, as official geographic codes. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_TERRITORY:
 *
 * The #GType of #PtceTerritory.
 *
 * Since: 1.0
 */

struct _PtceTerritory
{
  GObject             parent_instance;

  char               *name;
  char               *vintage;
  PtceTerritoryScale  scale;
  char              **communes;
  char              **epcis;
  char              **departements;
  char              **regions;
};

G_DEFINE_FINAL_TYPE (PtceTerritory, ptce_territory, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_VINTAGE,
  PROP_SCALE,
  PROP_COMMUNES,
  PROP_EPCIS,
  PROP_DEPARTEMENTS,
  PROP_REGIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_territory_finalize (GObject *object)
{
  PtceTerritory *self = (PtceTerritory *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->vintage, g_free);
  g_clear_pointer (&self->communes, g_strfreev);
  g_clear_pointer (&self->epcis, g_strfreev);
  g_clear_pointer (&self->departements, g_strfreev);
  g_clear_pointer (&self->regions, g_strfreev);

  G_OBJECT_CLASS (ptce_territory_parent_class)->finalize (object);
}

static void
ptce_territory_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PtceTerritory *self = PTCE_TERRITORY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_VINTAGE:
      g_value_set_string (value, self->vintage);
      break;
    case PROP_SCALE:
      g_value_set_enum (value, self->scale);
      break;
    case PROP_COMMUNES:
      g_value_set_boxed (value, ptce_strv_or_empty (self->communes));
      break;
    case PROP_EPCIS:
      g_value_set_boxed (value, ptce_strv_or_empty (self->epcis));
      break;
    case PROP_DEPARTEMENTS:
      g_value_set_boxed (value, ptce_strv_or_empty (self->departements));
      break;
    case PROP_REGIONS:
      g_value_set_boxed (value, ptce_strv_or_empty (self->regions));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_territory_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PtceTerritory *self = PTCE_TERRITORY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      ptce_territory_set_name (self, g_value_get_string (value));
      break;
    case PROP_VINTAGE:
      ptce_territory_set_vintage (self, g_value_get_string (value));
      break;
    case PROP_SCALE:
      ptce_territory_set_scale (self, g_value_get_enum (value));
      break;
    case PROP_COMMUNES:
      ptce_territory_set_communes (self, g_value_get_boxed (value));
      break;
    case PROP_EPCIS:
      ptce_territory_set_epcis (self, g_value_get_boxed (value));
      break;
    case PROP_DEPARTEMENTS:
      ptce_territory_set_departements (self, g_value_get_boxed (value));
      break;
    case PROP_REGIONS:
      ptce_territory_set_regions (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_territory_class_init (PtceTerritoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_territory_finalize;
  object_class->get_property = ptce_territory_get_property;
  object_class->set_property = ptce_territory_set_property;

  /**
   * PtceTerritory:name:
   *
   * The name of the territory, as its pole calls it ("Pays de Figeac",
   * "quartier des Olivettes").
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);

  /**
   * PtceTerritory:vintage:
   *
   * The year of the code officiel géographique the codes are read in
   * ("2024"), or %NULL when it is not known.
   *
   * Since: 1.0
   */
  properties[PROP_VINTAGE] = g_param_spec_string ("vintage", NULL, NULL, NULL, rw);

  /**
   * PtceTerritory:scale:
   *
   * The scale at which the pole acts.
   *
   * Since: 1.0
   */
  properties[PROP_SCALE] =
    g_param_spec_enum ("scale", NULL, NULL, PTCE_TYPE_TERRITORY_SCALE,
                       PTCE_TERRITORY_SCALE_UNKNOWN, rw);

  /**
   * PtceTerritory:communes:
   *
   * The COG codes of the communes of the territory (5 characters, "2A"
   * or "2B" for Corsica). Never %NULL when read.
   *
   * Since: 1.0
   */
  properties[PROP_COMMUNES] = g_param_spec_boxed ("communes", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * PtceTerritory:epcis:
   *
   * The SIREN numbers of the EPCI (intercommunal bodies) the territory
   * covers. Never %NULL when read.
   *
   * Since: 1.0
   */
  properties[PROP_EPCIS] = g_param_spec_boxed ("epcis", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * PtceTerritory:departements:
   *
   * The COG codes of the départements the territory covers ("46", "2A",
   * "974"). Never %NULL when read.
   *
   * Since: 1.0
   */
  properties[PROP_DEPARTEMENTS] = g_param_spec_boxed ("departements", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * PtceTerritory:regions:
   *
   * The COG codes of the régions the territory covers ("76"). Never
   * %NULL when read.
   *
   * Since: 1.0
   */
  properties[PROP_REGIONS] = g_param_spec_boxed ("regions", NULL, NULL, G_TYPE_STRV, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_territory_init (PtceTerritory *self)
{
}

/**
 * ptce_territory_new:
 * @name: (nullable): the name of the territory
 *
 * Creates a territory of unknown scale that lists no code yet.
 *
 * Returns: (transfer full): a new #PtceTerritory
 *
 * Since: 1.0
 */
PtceTerritory *
ptce_territory_new (const char *name)
{
  return g_object_new (PTCE_TYPE_TERRITORY, "name", name, NULL);
}

/**
 * ptce_territory_get_name:
 * @self: a #PtceTerritory
 *
 * Gets the name of the territory.
 *
 * Returns: (transfer none) (nullable): the name
 *
 * Since: 1.0
 */
/**
 * ptce_territory_set_name:
 * @self: a #PtceTerritory
 * @name: (nullable): the new name
 *
 * Sets the name of the territory.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_territory, PtceTerritory, PTCE_IS_TERRITORY, name, PROP_NAME, ptce_set_str)

/**
 * ptce_territory_get_vintage:
 * @self: a #PtceTerritory
 *
 * Gets the year of the code officiel géographique the codes are read in.
 *
 * Returns: (transfer none) (nullable): the vintage ("2024"), or %NULL
 *
 * Since: 1.0
 */
/**
 * ptce_territory_set_vintage:
 * @self: a #PtceTerritory
 * @vintage: (nullable): the COG year ("2024"), or %NULL when unknown
 *
 * Sets the year of the code officiel géographique the codes are read in.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_territory, PtceTerritory, PTCE_IS_TERRITORY, vintage, PROP_VINTAGE, ptce_set_str)

/**
 * ptce_territory_get_scale:
 * @self: a #PtceTerritory
 *
 * Gets the scale at which the pole acts.
 *
 * Returns: the scale
 *
 * Since: 1.0
 */
PtceTerritoryScale
ptce_territory_get_scale (PtceTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_TERRITORY (self), PTCE_TERRITORY_SCALE_UNKNOWN);
  return self->scale;
}

/**
 * ptce_territory_set_scale:
 * @self: a #PtceTerritory
 * @scale: the scale
 *
 * Sets the scale at which the pole acts.
 *
 * Since: 1.0
 */
void
ptce_territory_set_scale (PtceTerritory      *self,
                          PtceTerritoryScale  scale)
{
  g_return_if_fail (PTCE_IS_TERRITORY (self));

  if (self->scale == scale)
    return;
  self->scale = scale;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

/* The four code lists share one getter/setter shape. */
#define TERRITORY_STRV_PROPERTY(field, arg, PROP)                          \
const char * const *                                                      \
ptce_territory_get_##field (PtceTerritory *self)                          \
{                                                                         \
  g_return_val_if_fail (PTCE_IS_TERRITORY (self), NULL);                  \
  return ptce_strv_or_empty (self->field);                                \
}                                                                         \
void                                                                      \
ptce_territory_set_##field (PtceTerritory      *self,                     \
                            const char * const *arg)                      \
{                                                                         \
  g_return_if_fail (PTCE_IS_TERRITORY (self));                            \
  if (ptce_set_strv (&self->field, arg))                                  \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);         \
}

/**
 * ptce_territory_get_communes:
 * @self: a #PtceTerritory
 *
 * Gets the COG codes of the communes of the territory.
 *
 * Returns: (transfer none) (array zero-terminated=1): the commune codes,
 *   never %NULL
 *
 * Since: 1.0
 */
/**
 * ptce_territory_set_communes:
 * @self: a #PtceTerritory
 * @codes: (nullable) (array zero-terminated=1): the COG codes of the
 *   communes, or %NULL for none
 *
 * Replaces the communes of the territory. The codes are kept as given and
 * in that order.
 *
 * Since: 1.0
 */
TERRITORY_STRV_PROPERTY (communes, codes, PROP_COMMUNES)

/**
 * ptce_territory_get_epcis:
 * @self: a #PtceTerritory
 *
 * Gets the SIREN numbers of the EPCI the territory covers.
 *
 * Returns: (transfer none) (array zero-terminated=1): the EPCI SIREN
 *   numbers, never %NULL
 *
 * Since: 1.0
 */
/**
 * ptce_territory_set_epcis:
 * @self: a #PtceTerritory
 * @sirens: (nullable) (array zero-terminated=1): the SIREN numbers of the
 *   EPCI, or %NULL for none
 *
 * Replaces the EPCI of the territory. The numbers are kept as given and in
 * that order.
 *
 * Since: 1.0
 */
TERRITORY_STRV_PROPERTY (epcis, sirens, PROP_EPCIS)

/**
 * ptce_territory_get_departements:
 * @self: a #PtceTerritory
 *
 * Gets the COG codes of the départements the territory covers.
 *
 * Returns: (transfer none) (array zero-terminated=1): the département
 *   codes, never %NULL
 *
 * Since: 1.0
 */
/**
 * ptce_territory_set_departements:
 * @self: a #PtceTerritory
 * @codes: (nullable) (array zero-terminated=1): the COG codes of the
 *   départements, or %NULL for none
 *
 * Replaces the départements of the territory.
 *
 * Since: 1.0
 */
TERRITORY_STRV_PROPERTY (departements, codes, PROP_DEPARTEMENTS)

/**
 * ptce_territory_get_regions:
 * @self: a #PtceTerritory
 *
 * Gets the COG codes of the régions the territory covers.
 *
 * Returns: (transfer none) (array zero-terminated=1): the région codes,
 *   never %NULL
 *
 * Since: 1.0
 */
/**
 * ptce_territory_set_regions:
 * @self: a #PtceTerritory
 * @codes: (nullable) (array zero-terminated=1): the COG codes of the
 *   régions, or %NULL for none
 *
 * Replaces the régions of the territory.
 *
 * Since: 1.0
 */
TERRITORY_STRV_PROPERTY (regions, codes, PROP_REGIONS)

#undef TERRITORY_STRV_PROPERTY

/* Appends @code to *@strv unless it is there already; TRUE when added. */
static gboolean
strv_add_unique (char       ***strv,
                 const char   *code)
{
  guint len;

  if (*strv != NULL && g_strv_contains ((const char * const *) *strv, code))
    return FALSE;

  len = *strv != NULL ? g_strv_length (*strv) : 0;
  *strv = g_renew (char *, *strv, len + 2);
  (*strv)[len] = g_strdup (code);
  (*strv)[len + 1] = NULL;
  return TRUE;
}

/**
 * ptce_territory_add_commune:
 * @self: a #PtceTerritory
 * @code: the COG code of a commune
 *
 * Adds a commune at the end of the territory's communes, unless it is
 * listed already. #PtceTerritory:communes is notified only when the list
 * changes.
 *
 * Since: 1.0
 */
void
ptce_territory_add_commune (PtceTerritory *self,
                            const char    *code)
{
  g_return_if_fail (PTCE_IS_TERRITORY (self));
  g_return_if_fail (code != NULL);

  if (strv_add_unique (&self->communes, code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMUNES]);
}

/**
 * ptce_territory_add_epci:
 * @self: a #PtceTerritory
 * @siren: the SIREN number of an EPCI
 *
 * Adds an EPCI at the end of the territory's EPCI, unless it is listed
 * already. #PtceTerritory:epcis is notified only when the list changes.
 *
 * Since: 1.0
 */
void
ptce_territory_add_epci (PtceTerritory *self,
                         const char    *siren)
{
  g_return_if_fail (PTCE_IS_TERRITORY (self));
  g_return_if_fail (siren != NULL);

  if (strv_add_unique (&self->epcis, siren))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EPCIS]);
}

/**
 * ptce_territory_is_delimited:
 * @self: a #PtceTerritory
 *
 * Checks whether the territory is delimited in the sense of article 3 4°
 * of décret n° 2015-431 (« délimite son territoire »): it lists at least
 * one commune or one EPCI. A name, a scale, départements or régions alone
 * do not delimit a territory.
 *
 * Returns: %TRUE when the territory lists a commune or an EPCI
 *
 * Since: 1.0
 */
gboolean
ptce_territory_is_delimited (PtceTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_TERRITORY (self), FALSE);

  return (self->communes != NULL && self->communes[0] != NULL) ||
         (self->epcis != NULL && self->epcis[0] != NULL);
}
