/* ptce-strategy.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-strategy.h"
#include "ptce-util-private.h"

/**
 * SECTION:ptce-strategy
 * @Title: PtceStrategy
 * @Short_description: the common strategy a pole carries
 *
 * Article 9 I of law n° 2014-856 asks the members of a pole to « mettre en
 * œuvre une stratégie commune et continue de mutualisation, de coopération
 * ou de partenariat au service de projets économiques et sociaux
 * innovants […] et porteurs d'un développement local durable ».
 *
 * A #PtceStrategy records that strategy as written by the pole: its
 * statement, when it was adopted (a charter signed, a general assembly
 * vote — a date that is often known only to the year), its objectives,
 * and whether it states an aim of sustainable local development
 * (« développement local durable »).
 *
 * Whether the strategy is "continuous" is a question about time that the
 * checker asks from the adoption date and the pole's history; the strategy
 * itself stores only what was declared.
 */

/**
 * PtceStrategy:
 *
 * The common strategy of a pole. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_STRATEGY:
 *
 * The #GType of #PtceStrategy.
 *
 * Since: 1.0
 */

struct _PtceStrategy
{
  GObject    parent_instance;

  char      *statement;
  PtceDate  *adopted;
  char     **objectives;
  gboolean   sustainable_local_development;
  gboolean  sustainable_local_development_stated;
};

G_DEFINE_FINAL_TYPE (PtceStrategy, ptce_strategy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATEMENT,
  PROP_ADOPTED,
  PROP_OBJECTIVES,
  PROP_SUSTAINABLE_LOCAL_DEVELOPMENT,
  PROP_SUSTAINABLE_LOCAL_DEVELOPMENT_STATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_strategy_finalize (GObject *object)
{
  PtceStrategy *self = (PtceStrategy *) object;

  g_clear_pointer (&self->statement, g_free);
  g_clear_pointer (&self->adopted, ptce_date_unref);
  g_clear_pointer (&self->objectives, g_strfreev);

  G_OBJECT_CLASS (ptce_strategy_parent_class)->finalize (object);
}

static void
ptce_strategy_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PtceStrategy *self = PTCE_STRATEGY (object);

  switch (prop_id)
    {
    case PROP_STATEMENT:
      g_value_set_string (value, self->statement);
      break;
    case PROP_ADOPTED:
      g_value_set_boxed (value, self->adopted);
      break;
    case PROP_OBJECTIVES:
      g_value_set_boxed (value, ptce_strv_or_empty (self->objectives));
      break;
    case PROP_SUSTAINABLE_LOCAL_DEVELOPMENT:
      g_value_set_boolean (value, self->sustainable_local_development);
      break;
    case PROP_SUSTAINABLE_LOCAL_DEVELOPMENT_STATED:
      g_value_set_boolean (value, ptce_strategy_get_sustainable_local_development_stated (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_strategy_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PtceStrategy *self = PTCE_STRATEGY (object);

  switch (prop_id)
    {
    case PROP_STATEMENT:
      ptce_strategy_set_statement (self, g_value_get_string (value));
      break;
    case PROP_ADOPTED:
      ptce_strategy_set_adopted (self, g_value_get_boxed (value));
      break;
    case PROP_OBJECTIVES:
      ptce_strategy_set_objectives (self, g_value_get_boxed (value));
      break;
    case PROP_SUSTAINABLE_LOCAL_DEVELOPMENT:
      ptce_strategy_set_sustainable_local_development (self, g_value_get_boolean (value));
      break;
    case PROP_SUSTAINABLE_LOCAL_DEVELOPMENT_STATED:
      ptce_strategy_set_sustainable_local_development_stated (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_strategy_class_init (PtceStrategyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_strategy_finalize;
  object_class->get_property = ptce_strategy_get_property;
  object_class->set_property = ptce_strategy_set_property;

  /**
   * PtceStrategy:statement:
   *
   * The strategy in the pole's own words: what its members put in common
   * and to what end.
   *
   * Since: 1.0
   */
  properties[PROP_STATEMENT] = g_param_spec_string ("statement", NULL, NULL, NULL, rw);

  /**
   * PtceStrategy:adopted:
   *
   * When the members adopted the strategy, possibly only a year or a
   * month, or %NULL when not known.
   *
   * Since: 1.0
   */
  properties[PROP_ADOPTED] = g_param_spec_boxed ("adopted", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceStrategy:objectives:
   *
   * The objectives the strategy states, one sentence each, in the pole's
   * order. Never %NULL when read.
   *
   * Since: 1.0
   */
  properties[PROP_OBJECTIVES] = g_param_spec_boxed ("objectives", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * PtceStrategy:sustainable-local-development:
   *
   * Whether the strategy states an aim of sustainable local development
   * (« porteurs d'un développement local durable », article 9 I).
   *
   * Since: 1.0
   */
  properties[PROP_SUSTAINABLE_LOCAL_DEVELOPMENT] =
    g_param_spec_boolean ("sustainable-local-development", NULL, NULL, FALSE, rw);

  /**
   * PtceStrategy:sustainable-local-development-stated:
   *
   * Whether the data state if the strategy aims at sustainable local
   * development, even as not: with #PtceStrategy:sustainable-local-development
   * %FALSE, %TRUE means "stated: no" and %FALSE "not stated".
   *
   * Since: 1.0
   */
  properties[PROP_SUSTAINABLE_LOCAL_DEVELOPMENT_STATED] =
    g_param_spec_boolean ("sustainable-local-development-stated", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_strategy_init (PtceStrategy *self)
{
}

/**
 * ptce_strategy_new:
 * @statement: (nullable): the strategy in the pole's own words
 *
 * Creates a strategy with no adoption date and no objective.
 *
 * Returns: (transfer full): a new #PtceStrategy
 *
 * Since: 1.0
 */
PtceStrategy *
ptce_strategy_new (const char *statement)
{
  return g_object_new (PTCE_TYPE_STRATEGY, "statement", statement, NULL);
}

/**
 * ptce_strategy_get_statement:
 * @self: a #PtceStrategy
 *
 * Gets the statement of the strategy.
 *
 * Returns: (transfer none) (nullable): the statement
 *
 * Since: 1.0
 */
const char *
ptce_strategy_get_statement (PtceStrategy *self)
{
  g_return_val_if_fail (PTCE_IS_STRATEGY (self), NULL);
  return self->statement;
}

/**
 * ptce_strategy_set_statement:
 * @self: a #PtceStrategy
 * @statement: (nullable): the strategy in the pole's own words
 *
 * Sets the statement of the strategy.
 *
 * Since: 1.0
 */
void
ptce_strategy_set_statement (PtceStrategy *self,
                             const char   *statement)
{
  g_return_if_fail (PTCE_IS_STRATEGY (self));

  if (ptce_set_str (&self->statement, statement))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT]);
}

/**
 * ptce_strategy_get_adopted:
 * @self: a #PtceStrategy
 *
 * Gets when the strategy was adopted.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
PtceDate *
ptce_strategy_get_adopted (PtceStrategy *self)
{
  g_return_val_if_fail (PTCE_IS_STRATEGY (self), NULL);
  return self->adopted;
}

/**
 * ptce_strategy_set_adopted:
 * @self: a #PtceStrategy
 * @adopted: (nullable): when the strategy was adopted, or %NULL
 *
 * Sets when the strategy was adopted.
 *
 * Since: 1.0
 */
void
ptce_strategy_set_adopted (PtceStrategy *self,
                           PtceDate     *adopted)
{
  g_return_if_fail (PTCE_IS_STRATEGY (self));

  if (ptce_set_date (&self->adopted, adopted))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADOPTED]);
}

/**
 * ptce_strategy_get_objectives:
 * @self: a #PtceStrategy
 *
 * Gets the objectives the strategy states.
 *
 * Returns: (transfer none) (array zero-terminated=1): the objectives,
 *   never %NULL
 *
 * Since: 1.0
 */
const char * const *
ptce_strategy_get_objectives (PtceStrategy *self)
{
  g_return_val_if_fail (PTCE_IS_STRATEGY (self), NULL);
  return ptce_strv_or_empty (self->objectives);
}

/**
 * ptce_strategy_set_objectives:
 * @self: a #PtceStrategy
 * @objectives: (nullable) (array zero-terminated=1): the objectives, or
 *   %NULL for none
 *
 * Replaces the objectives of the strategy.
 *
 * Since: 1.0
 */
void
ptce_strategy_set_objectives (PtceStrategy       *self,
                              const char * const *objectives)
{
  g_return_if_fail (PTCE_IS_STRATEGY (self));

  if (ptce_set_strv (&self->objectives, objectives))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECTIVES]);
}

/**
 * ptce_strategy_get_sustainable_local_development:
 * @self: a #PtceStrategy
 *
 * Gets whether the strategy states an aim of sustainable local
 * development.
 *
 * Returns: %TRUE when it does
 *
 * Since: 1.0
 */
gboolean
ptce_strategy_get_sustainable_local_development (PtceStrategy *self)
{
  g_return_val_if_fail (PTCE_IS_STRATEGY (self), FALSE);
  return self->sustainable_local_development;
}

/**
 * ptce_strategy_set_sustainable_local_development:
 * @self: a #PtceStrategy
 * @value: whether the strategy states an aim of sustainable local
 *   development
 *
 * Sets whether the strategy states an aim of sustainable local
 * development (article 9 I).
 *
 * Since: 1.0
 */
void
ptce_strategy_set_sustainable_local_development (PtceStrategy *self,
                                                 gboolean      value)
{
  g_return_if_fail (PTCE_IS_STRATEGY (self));

  value = !!value;
  if (self->sustainable_local_development == value)
    return;
  self->sustainable_local_development = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUSTAINABLE_LOCAL_DEVELOPMENT]);
}

/**
 * ptce_strategy_get_sustainable_local_development_stated:
 * @self: a #PtceStrategy
 *
 * Gets whether the strategy says if it aims at sustainable local
 * development, even as not.
 *
 * Returns: %TRUE when stated
 *
 * Since: 1.0
 */
gboolean
ptce_strategy_get_sustainable_local_development_stated (PtceStrategy *self)
{
  g_return_val_if_fail (PTCE_IS_STRATEGY (self), FALSE);

  return self->sustainable_local_development_stated || self->sustainable_local_development;
}

/**
 * ptce_strategy_set_sustainable_local_development_stated:
 * @self: a #PtceStrategy
 * @value: whether it is stated
 *
 * Sets whether the strategy says if it aims at sustainable local
 * development.
 *
 * Since: 1.0
 */
void
ptce_strategy_set_sustainable_local_development_stated (PtceStrategy *self,
                                                        gboolean value)
{
  g_return_if_fail (PTCE_IS_STRATEGY (self));

  value = !!value;
  if (self->sustainable_local_development_stated == value)
    return;
  self->sustainable_local_development_stated = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUSTAINABLE_LOCAL_DEVELOPMENT_STATED]);
}
