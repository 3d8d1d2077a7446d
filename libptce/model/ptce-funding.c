/* ptce-funding.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>

#include "ptce-funding.h"
#include "ptce-enum-types.h"
#include "ptce-util-private.h"

/**
 * SECTION:ptce-funding
 * @Title: PtceFunding
 * @Short_description: a funding decision for a pole
 *
 * Article 9 II of law n° 2014-856 has the State select the poles it
 * supports through calls for projects; since law n° 2020-1525 the
 * selection is made « par les financeurs ». Regions, départements and
 * communes run their own schemes. A #PtceFunding records one decision: the
 * call it was taken under (an identifier such as "AAP-2015" or
 * "AMI-2021-P2", and its #PtceCallKind), who decided it, when, the amount
 * granted and over how many months.
 *
 * Because the selection regime changed in 2020 and calls differ, decisions
 * are kept by call and never folded into a single "funded" flag: article
 * 3 6° of décret n° 2015-431 refuses a project already supported by a
 * previous State call, which only the history of decisions can tell.
 *
 * Unknown values have explicit markers: an amount of -1 means the amount
 * is not known (a decision reported without its figure), which is not the
 * same as 0 (support in kind only); a duration of 0 months means the
 * duration is not known.
 */

/**
 * PtceFunding:
 *
 * A funding decision taken for a pole under a call. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_FUNDING:
 *
 * The #GType of #PtceFunding.
 *
 * Since: 1.0
 */

struct _PtceFunding
{
  GObject       parent_instance;

  char         *call;
  PtceCallKind  call_kind;
  char         *funder;
  PtceDate     *date;
  double        amount;
  guint         duration_months;
  char    **projects;
};

G_DEFINE_FINAL_TYPE (PtceFunding, ptce_funding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CALL,
  PROP_CALL_KIND,
  PROP_FUNDER,
  PROP_DATE,
  PROP_AMOUNT,
  PROP_DURATION_MONTHS,
  PROP_PROJECTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_funding_finalize (GObject *object)
{
  PtceFunding *self = (PtceFunding *) object;

  g_clear_pointer (&self->call, g_free);
  g_clear_pointer (&self->funder, g_free);
  g_clear_pointer (&self->date, ptce_date_unref);
  g_clear_pointer (&self->projects, g_strfreev);

  G_OBJECT_CLASS (ptce_funding_parent_class)->finalize (object);
}

static void
ptce_funding_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PtceFunding *self = PTCE_FUNDING (object);

  switch (prop_id)
    {
    case PROP_CALL:
      g_value_set_string (value, self->call);
      break;
    case PROP_CALL_KIND:
      g_value_set_enum (value, self->call_kind);
      break;
    case PROP_FUNDER:
      g_value_set_string (value, self->funder);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_AMOUNT:
      g_value_set_double (value, self->amount);
      break;
    case PROP_DURATION_MONTHS:
      g_value_set_uint (value, self->duration_months);
      break;
    case PROP_PROJECTS:
      g_value_set_boxed (value, ptce_strv_or_empty (self->projects));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_funding_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PtceFunding *self = PTCE_FUNDING (object);

  switch (prop_id)
    {
    case PROP_CALL:
      ptce_funding_set_call (self, g_value_get_string (value));
      break;
    case PROP_CALL_KIND:
      ptce_funding_set_call_kind (self, g_value_get_enum (value));
      break;
    case PROP_FUNDER:
      ptce_funding_set_funder (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      ptce_funding_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_AMOUNT:
      ptce_funding_set_amount (self, g_value_get_double (value));
      break;
    case PROP_DURATION_MONTHS:
      ptce_funding_set_duration_months (self, g_value_get_uint (value));
      break;
    case PROP_PROJECTS:
      ptce_funding_set_projects (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_funding_class_init (PtceFundingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_funding_finalize;
  object_class->get_property = ptce_funding_get_property;
  object_class->set_property = ptce_funding_set_property;

  /**
   * PtceFunding:call:
   *
   * The identifier of the call or scheme the decision was taken under
   * ("AAP-2013", "AAP-2015", "AMI-2021-P2", or a regional scheme's name).
   *
   * Since: 1.0
   */
  properties[PROP_CALL] = g_param_spec_string ("call", NULL, NULL, NULL, rw);

  /**
   * PtceFunding:call-kind:
   *
   * The kind of call the decision was taken under.
   *
   * Since: 1.0
   */
  properties[PROP_CALL_KIND] =
    g_param_spec_enum ("call-kind", NULL, NULL, PTCE_TYPE_CALL_KIND, PTCE_CALL_KIND_OTHER, rw);

  /**
   * PtceFunding:funder:
   *
   * Who took the decision: the id of an actor of the dataset when the
   * funder is one, or else its name ("État", "Région Occitanie").
   *
   * Since: 1.0
   */
  properties[PROP_FUNDER] = g_param_spec_string ("funder", NULL, NULL, NULL, rw);

  /**
   * PtceFunding:date:
   *
   * When the decision was taken (often known only to the year), or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceFunding:amount:
   *
   * The amount granted, in euros, over the whole duration; -1 when the
   * amount is not known. 0 is a real amount: support without money.
   *
   * Since: 1.0
   */
  properties[PROP_AMOUNT] =
    g_param_spec_double ("amount", NULL, NULL, -1.0, G_MAXDOUBLE, -1.0, rw);

  /**
   * PtceFunding:duration-months:
   *
   * Over how many months the support runs (36 for the 2013 and 2015 State
   * calls, 24 for phase 2 of the 2021 AMI); 0 when not known.
   *
   * Since: 1.0
   */
  properties[PROP_DURATION_MONTHS] =
    g_param_spec_uint ("duration-months", NULL, NULL, 0, G_MAXUINT, 0, rw);

  /**
   * PtceFunding:projects:
   *
   * The ids of the projects of the pole this funding supported; empty when
   * not stated. Article 3 6° of décret n° 2015-431 asks whether « son
   * projet » was already supported by the State: rule V16 reads this list
   * when it is given.
   *
   * Since: 1.0
   */
  properties[PROP_PROJECTS] =
    g_param_spec_boxed ("projects", NULL, NULL, G_TYPE_STRV, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_funding_init (PtceFunding *self)
{
  self->amount = -1.0;
}

/**
 * ptce_funding_new:
 * @call: (nullable): the identifier of the call ("AAP-2015")
 * @call_kind: the kind of call
 *
 * Creates a funding decision with no funder, no date, an unknown amount
 * (-1) and an unknown duration (0).
 *
 * Returns: (transfer full): a new #PtceFunding
 *
 * Since: 1.0
 */
PtceFunding *
ptce_funding_new (const char   *call,
                  PtceCallKind  call_kind)
{
  return g_object_new (PTCE_TYPE_FUNDING, "call", call, "call-kind", call_kind, NULL);
}

/**
 * ptce_funding_get_call:
 * @self: a #PtceFunding
 *
 * Gets the identifier of the call the decision was taken under.
 *
 * Returns: (transfer none) (nullable): the call identifier
 *
 * Since: 1.0
 */
/**
 * ptce_funding_set_call:
 * @self: a #PtceFunding
 * @call: (nullable): the identifier of the call
 *
 * Sets the identifier of the call the decision was taken under.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_funding, PtceFunding, PTCE_IS_FUNDING, call, PROP_CALL, ptce_set_str)

/**
 * ptce_funding_get_funder:
 * @self: a #PtceFunding
 *
 * Gets who took the decision: an actor id or a name.
 *
 * Returns: (transfer none) (nullable): the funder
 *
 * Since: 1.0
 */
/**
 * ptce_funding_set_funder:
 * @self: a #PtceFunding
 * @funder: (nullable): the id of the funding actor, or its name
 *
 * Sets who took the decision.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_funding, PtceFunding, PTCE_IS_FUNDING, funder, PROP_FUNDER, ptce_set_str)

/**
 * ptce_funding_get_call_kind:
 * @self: a #PtceFunding
 *
 * Gets the kind of call the decision was taken under.
 *
 * Returns: the kind of call
 *
 * Since: 1.0
 */
PtceCallKind
ptce_funding_get_call_kind (PtceFunding *self)
{
  g_return_val_if_fail (PTCE_IS_FUNDING (self), PTCE_CALL_KIND_OTHER);
  return self->call_kind;
}

/**
 * ptce_funding_set_call_kind:
 * @self: a #PtceFunding
 * @call_kind: the kind of call
 *
 * Sets the kind of call the decision was taken under.
 *
 * Since: 1.0
 */
void
ptce_funding_set_call_kind (PtceFunding  *self,
                            PtceCallKind  call_kind)
{
  g_return_if_fail (PTCE_IS_FUNDING (self));

  if (self->call_kind == call_kind)
    return;
  self->call_kind = call_kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALL_KIND]);
}

/**
 * ptce_funding_get_date:
 * @self: a #PtceFunding
 *
 * Gets when the decision was taken.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
PtceDate *
ptce_funding_get_date (PtceFunding *self)
{
  g_return_val_if_fail (PTCE_IS_FUNDING (self), NULL);
  return self->date;
}

/**
 * ptce_funding_set_date:
 * @self: a #PtceFunding
 * @date: (nullable): when the decision was taken, or %NULL
 *
 * Sets when the decision was taken.
 *
 * Since: 1.0
 */
void
ptce_funding_set_date (PtceFunding *self,
                       PtceDate    *date)
{
  g_return_if_fail (PTCE_IS_FUNDING (self));

  if (ptce_set_date (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ptce_funding_get_amount:
 * @self: a #PtceFunding
 *
 * Gets the amount granted, in euros.
 *
 * Returns: the amount, or -1 when it is not known
 *
 * Since: 1.0
 */
double
ptce_funding_get_amount (PtceFunding *self)
{
  g_return_val_if_fail (PTCE_IS_FUNDING (self), -1.0);
  return self->amount;
}

/**
 * ptce_funding_set_amount:
 * @self: a #PtceFunding
 * @amount: the amount in euros, 0 or more, or -1 when it is not known
 *
 * Sets the amount granted. Any other negative amount, an infinite one and
 * NaN are refused.
 *
 * Since: 1.0
 */
void
ptce_funding_set_amount (PtceFunding *self,
                         double       amount)
{
  g_return_if_fail (PTCE_IS_FUNDING (self));
  g_return_if_fail (amount == -1.0 || (amount >= 0.0 && isfinite (amount)));

  if (self->amount == amount)
    return;
  self->amount = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}

/**
 * ptce_funding_get_duration_months:
 * @self: a #PtceFunding
 *
 * Gets over how many months the support runs.
 *
 * Returns: the duration in months, or 0 when it is not known
 *
 * Since: 1.0
 */
guint
ptce_funding_get_duration_months (PtceFunding *self)
{
  g_return_val_if_fail (PTCE_IS_FUNDING (self), 0);
  return self->duration_months;
}

/**
 * ptce_funding_set_duration_months:
 * @self: a #PtceFunding
 * @months: the duration in months, or 0 when it is not known
 *
 * Sets over how many months the support runs.
 *
 * Since: 1.0
 */
void
ptce_funding_set_duration_months (PtceFunding *self,
                                  guint        months)
{
  g_return_if_fail (PTCE_IS_FUNDING (self));

  if (self->duration_months == months)
    return;
  self->duration_months = months;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION_MONTHS]);
}

/**
 * ptce_funding_get_projects:
 * @self: a #PtceFunding
 *
 * Gets the ids of the projects of the pole the funding supported.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, possibly
 *   empty, never %NULL
 *
 * Since: 1.0
 */
const char * const *
ptce_funding_get_projects (PtceFunding *self)
{
  g_return_val_if_fail (PTCE_IS_FUNDING (self), NULL);

  return ptce_strv_or_empty (self->projects);
}

/**
 * ptce_funding_set_projects:
 * @self: a #PtceFunding
 * @value: (nullable) (array zero-terminated=1): the ids of projects of the
 *   pole, or %NULL for none stated
 *
 * Sets the projects the funding supported.
 *
 * Since: 1.0
 */
void
ptce_funding_set_projects (PtceFunding *self,
                           const char * const *value)
{
  g_return_if_fail (PTCE_IS_FUNDING (self));

  if (ptce_set_strv (&self->projects, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECTS]);
}
