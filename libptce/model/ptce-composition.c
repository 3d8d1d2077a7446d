/* ptce-composition.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-composition.h"
#include "ptce-util-private.h"

/**
 * SECTION:ptce-composition
 * @Title: PtceComposition
 * @Short_description: who a grouping of enterprises groups, on a date
 *
 * Article 3 2° of décret n° 2015-431 lets « un groupement d'entreprises dès
 * lors que la majorité de ses membres ne relèvent pas de l'économie sociale
 * et solidaire » stand for the enterprise outside the ESS a pole must
 * count among its members. Whether it may depends on who the grouping (a
 * GIE, a union, a federation, a groupement d'employeurs…) groups.
 *
 * A #PtceComposition records that, as of a date: the actors it groups when
 * their names are known, by the ids of actors of the same dataset (their
 * ESS status is then read from each actor; ids rather than references, so
 * that groupings that group each other make no reference cycle), or, when
 * they are not, how many members it has and how many of them are outside
 * the ESS. A grouping lists its compositions with
 * ptce_actor_add_composition(); the rule V7 reads the latest one on or
 * before the date asked.
 */

/**
 * PtceComposition:
 *
 * The composition of a grouping on a date. Its fields are private: use
 * the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_COMPOSITION:
 *
 * The #GType of #PtceComposition.
 *
 * Since: 1.0
 */

struct _PtceComposition
{
  GObject     parent_instance;

  PtceDate   *date;
  char      **member_ids;
  int         n_members;
  int         n_non_ess_members;
};

G_DEFINE_FINAL_TYPE (PtceComposition, ptce_composition, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_MEMBER_IDS,
  PROP_N_MEMBERS,
  PROP_N_NON_ESS_MEMBERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_composition_finalize (GObject *object)
{
  PtceComposition *self = (PtceComposition *) object;

  g_clear_pointer (&self->date, ptce_date_unref);
  g_clear_pointer (&self->member_ids, g_strfreev);

  G_OBJECT_CLASS (ptce_composition_parent_class)->finalize (object);
}

static void
ptce_composition_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PtceComposition *self = PTCE_COMPOSITION (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_MEMBER_IDS:
      g_value_set_boxed (value, ptce_strv_or_empty (self->member_ids));
      break;
    case PROP_N_MEMBERS:
      g_value_set_int (value, self->n_members);
      break;
    case PROP_N_NON_ESS_MEMBERS:
      g_value_set_int (value, self->n_non_ess_members);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_composition_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PtceComposition *self = PTCE_COMPOSITION (object);

  switch (prop_id)
    {
    case PROP_DATE:
      ptce_composition_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_MEMBER_IDS:
      ptce_composition_set_member_ids (self, g_value_get_boxed (value));
      break;
    case PROP_N_MEMBERS:
      ptce_composition_set_n_members (self, g_value_get_int (value));
      break;
    case PROP_N_NON_ESS_MEMBERS:
      ptce_composition_set_n_non_ess_members (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_composition_class_init (PtceCompositionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_composition_finalize;
  object_class->get_property = ptce_composition_get_property;
  object_class->set_property = ptce_composition_set_property;

  /**
   * PtceComposition:date:
   *
   * The date the composition describes, possibly partial; %NULL when
   * unknown (it then stands for any date).
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceComposition:member-ids:
   *
   * The ids of the actors the grouping groups (actors of the same
   * dataset); empty when their names are not known.
   *
   * Since: 1.0
   */
  properties[PROP_MEMBER_IDS] =
    g_param_spec_boxed ("member-ids", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * PtceComposition:n-members:
   *
   * How many members the grouping has, when their names are not listed;
   * -1 when not stated.
   *
   * Since: 1.0
   */
  properties[PROP_N_MEMBERS] =
    g_param_spec_int ("n-members", NULL, NULL, -1, G_MAXINT, -1, rw);

  /**
   * PtceComposition:n-non-ess-members:
   *
   * How many of its members are outside the ESS (article 1 of law
   * n° 2014-856), when their names are not listed; -1 when not stated.
   *
   * Since: 1.0
   */
  properties[PROP_N_NON_ESS_MEMBERS] =
    g_param_spec_int ("n-non-ess-members", NULL, NULL, -1, G_MAXINT, -1, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_composition_init (PtceComposition *self)
{
  self->n_members = -1;
  self->n_non_ess_members = -1;
}

/**
 * ptce_composition_new:
 * @date: (nullable): the date the composition describes, or %NULL
 *
 * Creates a composition with no member listed and no count stated.
 *
 * Returns: (transfer full): a new #PtceComposition
 *
 * Since: 1.0
 */
PtceComposition *
ptce_composition_new (PtceDate *date)
{
  return g_object_new (PTCE_TYPE_COMPOSITION, "date", date, NULL);
}

/**
 * ptce_composition_get_date:
 * @self: a #PtceComposition
 *
 * Gets the date the composition describes.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL when unknown
 *
 * Since: 1.0
 */
PtceDate *
ptce_composition_get_date (PtceComposition *self)
{
  g_return_val_if_fail (PTCE_IS_COMPOSITION (self), NULL);

  return self->date;
}

/**
 * ptce_composition_set_date:
 * @self: a #PtceComposition
 * @date: (nullable): the date, or %NULL
 *
 * Sets the date the composition describes.
 *
 * Since: 1.0
 */
void
ptce_composition_set_date (PtceComposition *self,
                           PtceDate        *date)
{
  g_return_if_fail (PTCE_IS_COMPOSITION (self));

  if (ptce_set_date (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ptce_composition_get_member_ids:
 * @self: a #PtceComposition
 *
 * Gets the ids of the actors the grouping groups.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, possibly
 *   empty, never %NULL
 *
 * Since: 1.0
 */
const char * const *
ptce_composition_get_member_ids (PtceComposition *self)
{
  g_return_val_if_fail (PTCE_IS_COMPOSITION (self), NULL);

  return (const char * const *) ptce_strv_or_empty (self->member_ids);
}

/**
 * ptce_composition_set_member_ids:
 * @self: a #PtceComposition
 * @ids: (nullable) (array zero-terminated=1): the ids of the actors the
 *   grouping groups, or %NULL for none
 *
 * Sets the actors the grouping groups, by their ids in the dataset.
 *
 * Since: 1.0
 */
void
ptce_composition_set_member_ids (PtceComposition    *self,
                                 const char * const *ids)
{
  g_return_if_fail (PTCE_IS_COMPOSITION (self));

  if (ptce_set_strv (&self->member_ids, ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_IDS]);
}

/**
 * ptce_composition_get_n_members:
 * @self: a #PtceComposition
 *
 * Gets how many members the grouping has, as stated.
 *
 * Returns: the count, or -1 when not stated
 *
 * Since: 1.0
 */
int
ptce_composition_get_n_members (PtceComposition *self)
{
  g_return_val_if_fail (PTCE_IS_COMPOSITION (self), -1);

  return self->n_members;
}

/**
 * ptce_composition_set_n_members:
 * @self: a #PtceComposition
 * @n_members: the count, or -1 when not stated
 *
 * Sets how many members the grouping has. A negative count is stored
 * as -1.
 *
 * Since: 1.0
 */
void
ptce_composition_set_n_members (PtceComposition *self,
                                int              n_members)
{
  g_return_if_fail (PTCE_IS_COMPOSITION (self));

  n_members = MAX (n_members, -1);
  if (self->n_members == n_members)
    return;
  self->n_members = n_members;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MEMBERS]);
}

/**
 * ptce_composition_get_n_non_ess_members:
 * @self: a #PtceComposition
 *
 * Gets how many of the grouping's members are outside the ESS, as
 * stated.
 *
 * Returns: the count, or -1 when not stated
 *
 * Since: 1.0
 */
int
ptce_composition_get_n_non_ess_members (PtceComposition *self)
{
  g_return_val_if_fail (PTCE_IS_COMPOSITION (self), -1);

  return self->n_non_ess_members;
}

/**
 * ptce_composition_set_n_non_ess_members:
 * @self: a #PtceComposition
 * @n_members: the count, or -1 when not stated
 *
 * Sets how many of the grouping's members are outside the ESS. A
 * negative count is stored as -1.
 *
 * Since: 1.0
 */
void
ptce_composition_set_n_non_ess_members (PtceComposition *self,
                                        int              n_members)
{
  g_return_if_fail (PTCE_IS_COMPOSITION (self));

  n_members = MAX (n_members, -1);
  if (self->n_non_ess_members == n_members)
    return;
  self->n_non_ess_members = n_members;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_NON_ESS_MEMBERS]);
}
