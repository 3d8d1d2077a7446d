/* ptce-area-figures.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-area-figures-private.h"
#include "ptce-enum-types.h"

/**
 * SECTION:ptce-area-figures
 * @Title: PtceAreaFigures
 * @Short_description: the figures of one territory: coverage by poles, members
 *
 * A #PtceAreaFigures is one row of a roll-up or of the coverage computed by
 * a #PtceObservatory: a commune, EPCI, département, région or the nation,
 * with its legal population and number of communes (from the official
 * geography), and, as of the date asked:
 *
 * - #PtceAreaFigures:n-communes-covered and
 *   #PtceAreaFigures:population-covered: the communes of the area that lie
 *   in the territory of at least one pole, each counted once however many
 *   poles cover it, and their population; these add up: the figure of a
 *   région is the sum of the figures of its départements;
 * - #PtceAreaFigures:n-members: the distinct actors, members of at least one
 *   of the poles, whose seat is in the area (an actor in two poles counted
 *   once); this adds up as well;
 * - #PtceAreaFigures:n-poles: the poles whose territory covers at least one
 *   commune of the area; this does not add up (a pole across two
 *   départements counts in each).
 *
 * An area is covered (ptce_area_figures_is_covered()) when one of its
 * communes is in a pole's territory.
 */

/**
 * PtceAreaFigures:
 *
 * The figures of one territory. Read-only; its fields are properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_AREA_FIGURES:
 *
 * The #GType of #PtceAreaFigures.
 *
 * Since: 1.0
 */

G_DEFINE_FINAL_TYPE (PtceAreaFigures, ptce_area_figures, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LEVEL,
  PROP_CODE,
  PROP_NAME,
  PROP_POPULATION,
  PROP_N_COMMUNES,
  PROP_N_COMMUNES_COVERED,
  PROP_POPULATION_COVERED,
  PROP_POPULATION_SHARE,
  PROP_N_POLES,
  PROP_N_MEMBERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_area_figures_finalize (GObject *object)
{
  PtceAreaFigures *self = (PtceAreaFigures *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (ptce_area_figures_parent_class)->finalize (object);
}

static void
ptce_area_figures_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PtceAreaFigures *self = PTCE_AREA_FIGURES (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;
    case PROP_CODE:
      g_value_set_string (value, ptce_area_figures_get_code (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, ptce_area_figures_get_name (self));
      break;
    case PROP_POPULATION:
      g_value_set_uint64 (value, self->population);
      break;
    case PROP_N_COMMUNES:
      g_value_set_uint (value, self->n_communes);
      break;
    case PROP_N_COMMUNES_COVERED:
      g_value_set_uint (value, self->n_communes_covered);
      break;
    case PROP_POPULATION_COVERED:
      g_value_set_uint64 (value, self->population_covered);
      break;
    case PROP_POPULATION_SHARE:
      g_value_set_double (value, ptce_area_figures_get_population_share (self));
      break;
    case PROP_N_POLES:
      g_value_set_uint (value, self->n_poles);
      break;
    case PROP_N_MEMBERS:
      g_value_set_uint (value, self->n_members);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_area_figures_class_init (PtceAreaFiguresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_area_figures_finalize;
  object_class->get_property = ptce_area_figures_get_property;

  /**
   * PtceAreaFigures:level:
   *
   * The level of the area in the official geography.
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] = g_param_spec_enum ("level", NULL, NULL, PTCE_TYPE_AREA_LEVEL,
                                              PTCE_AREA_LEVEL_NATION, ro);
  /**
   * PtceAreaFigures:code:
   *
   * The official code of the area (INSEE code, or SIREN of an EPCI; "" for
   * the nation).
   *
   * Since: 1.0
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, "", ro);
  /**
   * PtceAreaFigures:name:
   *
   * The official name of the area.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", ro);
  /**
   * PtceAreaFigures:population:
   *
   * The legal population of the area, from the geography.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION] = g_param_spec_uint64 ("population", NULL, NULL,
                                                     0, G_MAXUINT64, 0, ro);
  /**
   * PtceAreaFigures:n-communes:
   *
   * The number of current communes of the area.
   *
   * Since: 1.0
   */
  properties[PROP_N_COMMUNES] = g_param_spec_uint ("n-communes", NULL, NULL,
                                                   0, G_MAXUINT, 0, ro);
  /**
   * PtceAreaFigures:n-communes-covered:
   *
   * The communes of the area in the territory of at least one pole, each
   * counted once.
   *
   * Since: 1.0
   */
  properties[PROP_N_COMMUNES_COVERED] = g_param_spec_uint ("n-communes-covered", NULL, NULL,
                                                           0, G_MAXUINT, 0, ro);
  /**
   * PtceAreaFigures:population-covered:
   *
   * The legal population of the communes counted in
   * #PtceAreaFigures:n-communes-covered.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION_COVERED] = g_param_spec_uint64 ("population-covered", NULL, NULL,
                                                             0, G_MAXUINT64, 0, ro);
  /**
   * PtceAreaFigures:population-share:
   *
   * #PtceAreaFigures:population-covered over #PtceAreaFigures:population,
   * between 0 and 1 (0 for an area without population).
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION_SHARE] = g_param_spec_double ("population-share", NULL, NULL,
                                                           0, 1, 0, ro);
  /**
   * PtceAreaFigures:n-poles:
   *
   * The poles whose territory covers at least one commune of the area (not
   * additive).
   *
   * Since: 1.0
   */
  properties[PROP_N_POLES] = g_param_spec_uint ("n-poles", NULL, NULL, 0, G_MAXUINT, 0, ro);
  /**
   * PtceAreaFigures:n-members:
   *
   * The distinct actors, members of at least one of the poles, seated in
   * the area.
   *
   * Since: 1.0
   */
  properties[PROP_N_MEMBERS] = g_param_spec_uint ("n-members", NULL, NULL,
                                                  0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_area_figures_init (PtceAreaFigures *self)
{
  self->level = PTCE_AREA_LEVEL_NATION;
}

PtceAreaFigures *
ptce_area_figures_new_internal (PtceAreaLevel  level,
                                const char    *code,
                                const char    *name)
{
  PtceAreaFigures *self = g_object_new (PTCE_TYPE_AREA_FIGURES, NULL);

  self->level = level;
  self->code = g_strdup (code);
  self->name = g_strdup (name);
  return self;
}

/**
 * ptce_area_figures_get_level:
 * @self: a #PtceAreaFigures
 *
 * Gets #PtceAreaFigures:level.
 *
 * Returns: the level of the area
 *
 * Since: 1.0
 */
PtceAreaLevel
ptce_area_figures_get_level (PtceAreaFigures *self)
{
  g_return_val_if_fail (PTCE_IS_AREA_FIGURES (self), PTCE_AREA_LEVEL_NATION);
  return self->level;
}

/**
 * ptce_area_figures_get_code:
 * @self: a #PtceAreaFigures
 *
 * Gets #PtceAreaFigures:code.
 *
 * Returns: the official code of the area
 *
 * Since: 1.0
 */
const char *
ptce_area_figures_get_code (PtceAreaFigures *self)
{
  g_return_val_if_fail (PTCE_IS_AREA_FIGURES (self), NULL);
  return self->code != NULL ? self->code : "";
}

/**
 * ptce_area_figures_get_name:
 * @self: a #PtceAreaFigures
 *
 * Gets #PtceAreaFigures:name.
 *
 * Returns: the official name of the area
 *
 * Since: 1.0
 */
const char *
ptce_area_figures_get_name (PtceAreaFigures *self)
{
  g_return_val_if_fail (PTCE_IS_AREA_FIGURES (self), NULL);
  return self->name != NULL ? self->name : "";
}

/**
 * ptce_area_figures_get_population:
 * @self: a #PtceAreaFigures
 *
 * Gets #PtceAreaFigures:population.
 *
 * Returns: the legal population of the area
 *
 * Since: 1.0
 */
guint64
ptce_area_figures_get_population (PtceAreaFigures *self)
{
  g_return_val_if_fail (PTCE_IS_AREA_FIGURES (self), 0);
  return self->population;
}

/**
 * ptce_area_figures_get_n_communes:
 * @self: a #PtceAreaFigures
 *
 * Gets #PtceAreaFigures:n-communes.
 *
 * Returns: the number of communes of the area
 *
 * Since: 1.0
 */
guint
ptce_area_figures_get_n_communes (PtceAreaFigures *self)
{
  g_return_val_if_fail (PTCE_IS_AREA_FIGURES (self), 0);
  return self->n_communes;
}

/**
 * ptce_area_figures_get_n_communes_covered:
 * @self: a #PtceAreaFigures
 *
 * Gets #PtceAreaFigures:n-communes-covered.
 *
 * Returns: the communes of the area covered by a pole
 *
 * Since: 1.0
 */
guint
ptce_area_figures_get_n_communes_covered (PtceAreaFigures *self)
{
  g_return_val_if_fail (PTCE_IS_AREA_FIGURES (self), 0);
  return self->n_communes_covered;
}

/**
 * ptce_area_figures_get_population_covered:
 * @self: a #PtceAreaFigures
 *
 * Gets #PtceAreaFigures:population-covered.
 *
 * Returns: the population of the communes covered
 *
 * Since: 1.0
 */
guint64
ptce_area_figures_get_population_covered (PtceAreaFigures *self)
{
  g_return_val_if_fail (PTCE_IS_AREA_FIGURES (self), 0);
  return self->population_covered;
}

/**
 * ptce_area_figures_get_population_share:
 * @self: a #PtceAreaFigures
 *
 * Gets #PtceAreaFigures:population-share.
 *
 * Returns: the share of the population covered, between 0 and 1
 *
 * Since: 1.0
 */
double
ptce_area_figures_get_population_share (PtceAreaFigures *self)
{
  g_return_val_if_fail (PTCE_IS_AREA_FIGURES (self), 0);
  if (self->population == 0)
    return 0;
  return MIN (1.0, (double) self->population_covered / (double) self->population);
}

/**
 * ptce_area_figures_get_n_poles:
 * @self: a #PtceAreaFigures
 *
 * Gets #PtceAreaFigures:n-poles.
 *
 * Returns: the poles present in the area
 *
 * Since: 1.0
 */
guint
ptce_area_figures_get_n_poles (PtceAreaFigures *self)
{
  g_return_val_if_fail (PTCE_IS_AREA_FIGURES (self), 0);
  return self->n_poles;
}

/**
 * ptce_area_figures_get_n_members:
 * @self: a #PtceAreaFigures
 *
 * Gets #PtceAreaFigures:n-members.
 *
 * Returns: the distinct members seated in the area
 *
 * Since: 1.0
 */
guint
ptce_area_figures_get_n_members (PtceAreaFigures *self)
{
  g_return_val_if_fail (PTCE_IS_AREA_FIGURES (self), 0);
  return self->n_members;
}

/**
 * ptce_area_figures_is_covered:
 * @self: a #PtceAreaFigures
 *
 * Checks whether a pole covers at least one commune of the area.
 *
 * Returns: %TRUE when the area has a pole
 *
 * Since: 1.0
 */
gboolean
ptce_area_figures_is_covered (PtceAreaFigures *self)
{
  g_return_val_if_fail (PTCE_IS_AREA_FIGURES (self), FALSE);
  return self->n_communes_covered > 0;
}
