/* ptce-observation.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>

#include "ptce-observation.h"
#include "ptce-util-private.h"

/**
 * SECTION:ptce-observation
 * @Title: PtceObservation
 * @Short_description: a dated figure about a pole or an actor, with its
 *   provenance
 *
 * Public figures about poles disagree: one source counts 90 member
 * enterprises where another counts 140, a creation date differs by a
 * month between two reports. A #PtceObservation therefore never stands
 * alone: it is one figure (#PtceObservation:value) of one indicator
 * ("members", "jobs", "fte", "turnover", "budget", "subsidies"…) about one
 * subject (the id of an actor or a pole of the dataset: actors and poles
 * share one space of ids, see #PtceDataset),
 * with its unit, the period it is about, where it comes from and how it
 * was obtained.
 *
 * The subject and the indicator say what the observation is; they are set
 * at construction and never change. The period runs from
 * #PtceObservation:start to #PtceObservation:end with the rules of
 * ptce_period_contains(): a figure for the year 2022 has start and
 * end "2022"; a count made on a day (a stock, such as members) has start
 * and end on that day; either side may be %NULL when unknown.
 *
 * Several observations of the same indicator about the same subject make a
 * time series, or disagree: both are kept.
 */

/**
 * PtceObservation:
 *
 * A dated figure about a pole or an actor, with its source and method. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_OBSERVATION:
 *
 * The #GType of #PtceObservation.
 *
 * Since: 1.0
 */

struct _PtceObservation
{
  GObject   parent_instance;

  char     *subject;
  char     *indicator;
  double    value;
  char     *unit;
  PtceDate *start;
  PtceDate *end;
  char     *source;
  char     *method;
};

G_DEFINE_FINAL_TYPE (PtceObservation, ptce_observation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SUBJECT,
  PROP_INDICATOR,
  PROP_VALUE,
  PROP_UNIT,
  PROP_START,
  PROP_END,
  PROP_SOURCE,
  PROP_METHOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_observation_finalize (GObject *object)
{
  PtceObservation *self = (PtceObservation *) object;

  g_clear_pointer (&self->subject, ptce_code_free);
  g_clear_pointer (&self->indicator, ptce_code_free);
  g_clear_pointer (&self->unit, ptce_code_free);
  g_clear_pointer (&self->start, ptce_date_unref);
  g_clear_pointer (&self->end, ptce_date_unref);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->method, g_free);

  G_OBJECT_CLASS (ptce_observation_parent_class)->finalize (object);
}

static void
ptce_observation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PtceObservation *self = PTCE_OBSERVATION (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_INDICATOR:
      g_value_set_string (value, self->indicator);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_METHOD:
      g_value_set_string (value, self->method);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_observation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PtceObservation *self = PTCE_OBSERVATION (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      /* construct-only: set once, never notified */
      self->subject = ptce_code_dup (g_value_get_string (value));
      break;
    case PROP_INDICATOR:
      /* construct-only: set once, never notified */
      self->indicator = ptce_code_dup (g_value_get_string (value));
      break;
    case PROP_VALUE:
      ptce_observation_set_value (self, g_value_get_double (value));
      break;
    case PROP_UNIT:
      ptce_observation_set_unit (self, g_value_get_string (value));
      break;
    case PROP_START:
      ptce_observation_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      ptce_observation_set_end (self, g_value_get_boxed (value));
      break;
    case PROP_SOURCE:
      ptce_observation_set_source (self, g_value_get_string (value));
      break;
    case PROP_METHOD:
      ptce_observation_set_method (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_observation_class_init (PtceObservationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags construct_only = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_observation_finalize;
  object_class->get_property = ptce_observation_get_property;
  object_class->set_property = ptce_observation_set_property;

  /**
   * PtceObservation:subject:
   *
   * The id of what the figure is about: an actor or a pole of the dataset
   * (ptce_dataset_add_observation() refuses any other). Set at
   * construction.
   *
   * Since: 1.0
   */
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, construct_only);

  /**
   * PtceObservation:indicator:
   *
   * The id of the indicator measured ("members", "jobs", "fte",
   * "turnover", "budget", "subsidies"…). Set at construction.
   *
   * Since: 1.0
   */
  properties[PROP_INDICATOR] = g_param_spec_string ("indicator", NULL, NULL, NULL, construct_only);

  /**
   * PtceObservation:value:
   *
   * The figure, a finite number in #PtceObservation:unit.
   *
   * The rule for a value that is not finite (NaN, an infinity, which a
   * binding can pass): the observation keeps it, with no warning, and the
   * dataset refuses it where it is used: ptce_dataset_add_observation(),
   * ptce_dataset_validate() and every save fail with
   * %PTCE_ERROR_INVALID_FORMAT. JSON has no such numbers, so a ptce/1 file
   * never holds one. GObject itself refuses NaN through this property
   * (with a warning, keeping the old value): ptce_observation_new() and
   * ptce_observation_set_value() take it.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -INFINITY, INFINITY, 0.0, rw);

  /**
   * PtceObservation:unit:
   *
   * The unit of the figure ("EUR", "FTE", "count"…), or %NULL for a plain
   * count.
   *
   * Since: 1.0
   */
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, NULL, rw);

  /**
   * PtceObservation:start:
   *
   * The first day of the period the figure is about, or %NULL when
   * unknown.
   *
   * Since: 1.0
   */
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceObservation:end:
   *
   * The last day of the period the figure is about, or %NULL when unknown.
   *
   * Since: 1.0
   */
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceObservation:source:
   *
   * Where the figure comes from: a report, a survey, a web page (its
   * title or URL).
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, rw);

  /**
   * PtceObservation:method:
   *
   * How the figure was obtained ("declared by the pole", "counted from the
   * members list", "estimate"…).
   *
   * Since: 1.0
   */
  properties[PROP_METHOD] = g_param_spec_string ("method", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_observation_init (PtceObservation *self)
{
}

/**
 * ptce_observation_new:
 * @subject: the id of the actor or pole the figure is about
 * @indicator: the id of the indicator measured
 * @value: the figure, a finite number
 *
 * Creates an observation with no unit, period or provenance yet. A value
 * that is not a finite number (NaN, an infinity) is kept, and refused by
 * the dataset (see #PtceObservation:value).
 *
 * Returns: (transfer full): a new #PtceObservation
 *
 * Since: 1.0
 */
PtceObservation *
ptce_observation_new (const char *subject,
                      const char *indicator,
                      double      value)
{
  PtceObservation *self;

  g_return_val_if_fail (subject != NULL, NULL);
  g_return_val_if_fail (indicator != NULL, NULL);

  /* Not through the "value" property: GObject refuses NaN there. No
   * property by name nor GValue: the fields are filled directly; the ids
   * repeat from one observation to the next, and are stored once. */
  self = g_object_new (PTCE_TYPE_OBSERVATION, NULL);
  self->subject = ptce_code_dup (subject);
  self->indicator = ptce_code_dup (indicator);
  self->value = value;
  return self;
}

/**
 * ptce_observation_get_subject:
 * @self: a #PtceObservation
 *
 * Gets the id of what the figure is about.
 *
 * Returns: (transfer none): the subject id
 *
 * Since: 1.0
 */
const char *
ptce_observation_get_subject (PtceObservation *self)
{
  g_return_val_if_fail (PTCE_IS_OBSERVATION (self), NULL);
  return self->subject;
}

/**
 * ptce_observation_get_indicator:
 * @self: a #PtceObservation
 *
 * Gets the id of the indicator measured.
 *
 * Returns: (transfer none): the indicator id
 *
 * Since: 1.0
 */
const char *
ptce_observation_get_indicator (PtceObservation *self)
{
  g_return_val_if_fail (PTCE_IS_OBSERVATION (self), NULL);
  return self->indicator;
}

/**
 * ptce_observation_get_value:
 * @self: a #PtceObservation
 *
 * Gets the figure.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
double
ptce_observation_get_value (PtceObservation *self)
{
  g_return_val_if_fail (PTCE_IS_OBSERVATION (self), 0.0);
  return self->value;
}

/**
 * ptce_observation_set_value:
 * @self: a #PtceObservation
 * @value: the figure, a finite number
 *
 * Sets the figure. A value that is not a finite number (NaN, an infinity)
 * is kept, and refused by the dataset: a figure that is not known is no
 * observation at all (see #PtceObservation:value).
 *
 * Since: 1.0
 */
void
ptce_observation_set_value (PtceObservation *self,
                            double           value)
{
  g_return_if_fail (PTCE_IS_OBSERVATION (self));
  if (self->value == value || (isnan (self->value) && isnan (value)))
    return;
  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * ptce_observation_get_unit:
 * @self: a #PtceObservation
 *
 * Gets the unit of the figure.
 *
 * Returns: (transfer none) (nullable): the unit
 *
 * Since: 1.0
 */
/**
 * ptce_observation_set_unit:
 * @self: a #PtceObservation
 * @unit: (nullable): the unit ("EUR", "FTE"…)
 *
 * Sets the unit of the figure.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_observation, PtceObservation, PTCE_IS_OBSERVATION, unit, PROP_UNIT, ptce_set_code)

/**
 * ptce_observation_get_source:
 * @self: a #PtceObservation
 *
 * Gets where the figure comes from.
 *
 * Returns: (transfer none) (nullable): the source
 *
 * Since: 1.0
 */
/**
 * ptce_observation_set_source:
 * @self: a #PtceObservation
 * @source: (nullable): where the figure comes from
 *
 * Sets where the figure comes from.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_observation, PtceObservation, PTCE_IS_OBSERVATION, source, PROP_SOURCE, ptce_set_str)

/**
 * ptce_observation_get_method:
 * @self: a #PtceObservation
 *
 * Gets how the figure was obtained.
 *
 * Returns: (transfer none) (nullable): the method
 *
 * Since: 1.0
 */
/**
 * ptce_observation_set_method:
 * @self: a #PtceObservation
 * @method: (nullable): how the figure was obtained
 *
 * Sets how the figure was obtained.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_observation, PtceObservation, PTCE_IS_OBSERVATION, method, PROP_METHOD, ptce_set_str)

/**
 * ptce_observation_get_start:
 * @self: a #PtceObservation
 *
 * Gets the start of the period the figure is about.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
PtceDate *
ptce_observation_get_start (PtceObservation *self)
{
  g_return_val_if_fail (PTCE_IS_OBSERVATION (self), NULL);
  return self->start;
}

/**
 * ptce_observation_set_start:
 * @self: a #PtceObservation
 * @start: (nullable): the start of the period, or %NULL
 *
 * Sets the start of the period the figure is about.
 *
 * Since: 1.0
 */
void
ptce_observation_set_start (PtceObservation *self,
                            PtceDate        *start)
{
  g_return_if_fail (PTCE_IS_OBSERVATION (self));

  if (ptce_set_date (&self->start, start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

/**
 * ptce_observation_get_end:
 * @self: a #PtceObservation
 *
 * Gets the end of the period the figure is about.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
PtceDate *
ptce_observation_get_end (PtceObservation *self)
{
  g_return_val_if_fail (PTCE_IS_OBSERVATION (self), NULL);
  return self->end;
}

/**
 * ptce_observation_set_end:
 * @self: a #PtceObservation
 * @end: (nullable): the end of the period, or %NULL
 *
 * Sets the end of the period the figure is about.
 *
 * Since: 1.0
 */
void
ptce_observation_set_end (PtceObservation *self,
                          PtceDate        *end)
{
  g_return_if_fail (PTCE_IS_OBSERVATION (self));

  if (ptce_set_date (&self->end, end))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}
