/* ptce-geography-problem.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-enum-types.h"
#include "ptce-error.h"
#include "ptce-geography-private.h"

/**
 * SECTION:ptce-geography-problem
 * @Title: PtceGeographyProblem
 * @Short_description: a code of a territory that the geography does not
 *   take as it is
 *
 * When a #PtceGeography resolves a #PtceTerritory, each code it cannot take
 * as it is gives a #PtceGeographyProblem: a malformed code, a code the
 * vintage does not know, the former code of a commune, a delegated commune
 * given for a commune, a territory written in another vintage. A problem
 * says the code, its level, the vintage it was looked up in, what was used
 * instead if anything (#PtceGeographyProblem:replacement), and a message in
 * the user's language. The rules engine turns problems into findings;
 * ptce_geography_problem_to_error() gives one as a #GError.
 */

/**
 * PtceGeographyProblem:
 *
 * A code of a territory that the geography does not take as it is. Its fields are private: use the accessors.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_GEOGRAPHY_PROBLEM:
 *
 * The #GType of #PtceGeographyProblem.
 *
 * Since: 1.0
 */

struct _PtceGeographyProblem
{
  GObject                   parent_instance;

  PtceGeographyProblemKind  kind;
  PtceGeographyLevel        level;
  char                     *code;
  char                     *vintage;
  char                     *replacement;
  char                     *message;
};

G_DEFINE_FINAL_TYPE (PtceGeographyProblem, ptce_geography_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_LEVEL,
  PROP_CODE,
  PROP_VINTAGE,
  PROP_REPLACEMENT,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_geography_problem_finalize (GObject *object)
{
  PtceGeographyProblem *self = (PtceGeographyProblem *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->vintage, g_free);
  g_clear_pointer (&self->replacement, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (ptce_geography_problem_parent_class)->finalize (object);
}

static void
ptce_geography_problem_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PtceGeographyProblem *self = PTCE_GEOGRAPHY_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_VINTAGE:
      g_value_set_string (value, self->vintage);
      break;
    case PROP_REPLACEMENT:
      g_value_set_string (value, self->replacement);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_geography_problem_class_init (PtceGeographyProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_geography_problem_finalize;
  object_class->get_property = ptce_geography_problem_get_property;

  /**
   * PtceGeographyProblem:kind:
   *
   * What is wrong.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PTCE_TYPE_GEOGRAPHY_PROBLEM_KIND,
                       PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE, ro);

  /**
   * PtceGeographyProblem:level:
   *
   * The level of the geography the code was given for (commune, EPCI,
   * département, région, or the vintage itself).
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, PTCE_TYPE_GEOGRAPHY_LEVEL,
                       PTCE_GEOGRAPHY_LEVEL_COMMUNE, ro);

  /**
   * PtceGeographyProblem:code:
   *
   * The code as the territory gives it (for a vintage mismatch, the
   * territory's vintage).
   *
   * Since: 1.0
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, ro);

  /**
   * PtceGeographyProblem:vintage:
   *
   * The vintage of the geography the code was looked up in.
   *
   * Since: 1.0
   */
  properties[PROP_VINTAGE] = g_param_spec_string ("vintage", NULL, NULL, NULL, ro);

  /**
   * PtceGeographyProblem:replacement:
   *
   * The code used instead (the current commune of a former code, the
   * commune a delegated commune belongs to), or %NULL when the code was
   * left out.
   *
   * Since: 1.0
   */
  properties[PROP_REPLACEMENT] = g_param_spec_string ("replacement", NULL, NULL, NULL, ro);

  /**
   * PtceGeographyProblem:message:
   *
   * What is wrong, in the user's language.
   *
   * Since: 1.0
   */
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_geography_problem_init (PtceGeographyProblem *self)
{
}

PtceGeographyProblem *
ptce_geography_problem_new (PtceGeographyProblemKind  kind,
                            PtceGeographyLevel        level,
                            const char               *code,
                            const char               *vintage,
                            const char               *replacement,
                            const char               *message)
{
  PtceGeographyProblem *self = g_object_new (PTCE_TYPE_GEOGRAPHY_PROBLEM, NULL);

  self->kind = kind;
  self->level = level;
  self->code = g_strdup (code);
  self->vintage = g_strdup (vintage);
  self->replacement = g_strdup (replacement);
  self->message = g_strdup (message);
  return self;
}

/**
 * ptce_geography_problem_get_kind:
 * @self: a #PtceGeographyProblem
 *
 * Gets what is wrong.
 *
 * Returns: the kind of problem
 *
 * Since: 1.0
 */
PtceGeographyProblemKind
ptce_geography_problem_get_kind (PtceGeographyProblem *self)
{
  g_return_val_if_fail (PTCE_IS_GEOGRAPHY_PROBLEM (self), PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE);
  return self->kind;
}

/**
 * ptce_geography_problem_get_level:
 * @self: a #PtceGeographyProblem
 *
 * Gets the level of the geography the code was given for.
 *
 * Returns: the level
 *
 * Since: 1.0
 */
PtceGeographyLevel
ptce_geography_problem_get_level (PtceGeographyProblem *self)
{
  g_return_val_if_fail (PTCE_IS_GEOGRAPHY_PROBLEM (self), PTCE_GEOGRAPHY_LEVEL_COMMUNE);
  return self->level;
}

/**
 * ptce_geography_problem_get_code:
 * @self: a #PtceGeographyProblem
 *
 * Gets the code as the territory gives it.
 *
 * Returns: (transfer none): the code
 *
 * Since: 1.0
 */
const char *
ptce_geography_problem_get_code (PtceGeographyProblem *self)
{
  g_return_val_if_fail (PTCE_IS_GEOGRAPHY_PROBLEM (self), NULL);
  return self->code;
}

/**
 * ptce_geography_problem_get_vintage:
 * @self: a #PtceGeographyProblem
 *
 * Gets the vintage of the geography the code was looked up in.
 *
 * Returns: (transfer none): the vintage
 *
 * Since: 1.0
 */
const char *
ptce_geography_problem_get_vintage (PtceGeographyProblem *self)
{
  g_return_val_if_fail (PTCE_IS_GEOGRAPHY_PROBLEM (self), NULL);
  return self->vintage;
}

/**
 * ptce_geography_problem_get_replacement:
 * @self: a #PtceGeographyProblem
 *
 * Gets the code used instead of the one given.
 *
 * Returns: (transfer none) (nullable): the code used instead, or %NULL
 *   when the code was left out
 *
 * Since: 1.0
 */
const char *
ptce_geography_problem_get_replacement (PtceGeographyProblem *self)
{
  g_return_val_if_fail (PTCE_IS_GEOGRAPHY_PROBLEM (self), NULL);
  return self->replacement;
}

/**
 * ptce_geography_problem_get_message:
 * @self: a #PtceGeographyProblem
 *
 * Gets what is wrong, in the user's language.
 *
 * Returns: (transfer none): the message
 *
 * Since: 1.0
 */
const char *
ptce_geography_problem_get_message (PtceGeographyProblem *self)
{
  g_return_val_if_fail (PTCE_IS_GEOGRAPHY_PROBLEM (self), NULL);
  return self->message;
}

/**
 * ptce_geography_problem_to_error:
 * @self: a #PtceGeographyProblem
 *
 * Gives the problem as a #GError of code %PTCE_ERROR_INVALID_IDENTIFIER
 * with the problem's message.
 *
 * Returns: (transfer full): a new #GError
 *
 * Since: 1.0
 */
GError *
ptce_geography_problem_to_error (PtceGeographyProblem *self)
{
  g_return_val_if_fail (PTCE_IS_GEOGRAPHY_PROBLEM (self), NULL);
  return g_error_new_literal (PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER, self->message);
}
