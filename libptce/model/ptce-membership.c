/* ptce-membership.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-membership.h"
#include "ptce-enum-types.h"
#include "ptce-model-private.h"
#include "ptce-util-private.h"

/**
 * SECTION:ptce-membership
 * @Title: PtceMembership
 * @Short_description: an actor's place in a pole, with its roles and period
 *
 * A #PtceMembership ties a #PtceActor to a pole: the roles it holds there
 * (#PtceMembershipRole, several at once) and the period they are held.
 *
 * Article 9 I of law n° 2014-856 draws a line between two kinds of ties.
 * ESS enterprises « s'associent à des entreprises »: those join the pole.
 * The pole is « en lien avec » local authorities, research centres,
 * higher-education establishments, training bodies and any other person:
 * those are linked to it without necessarily joining. So only the
 * founding-member, member and animator roles make the actor a member of
 * the pole (ptce_membership_is_member()). A partner, a funder, a research
 * partner, an observer or a tenant of a shared site, holding no other
 * role, is a link, not a member: the tie is recorded, because the
 * definition asks for such links, but it does not count among the
 * members.
 *
 * The period runs from #PtceMembership:start to #PtceMembership:end, both
 * possibly partial dates (a year, a month), with the rules of
 * ptce_period_contains(). A side left %NULL is open: a membership
 * whose start is not known counts as active on any date before its end.
 * A period that ends before it starts is kept as given; the checker
 * reports it (ptce_period_is_valid()).
 */

/**
 * PtceMembership:
 *
 * An actor's place in a pole: its roles and when it held them. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_MEMBERSHIP:
 *
 * The #GType of #PtceMembership.
 *
 * Since: 1.0
 */

struct _PtceMembership
{
  GObject             parent_instance;

  PtceActor          *actor;
  PtceMembershipRole  roles;
  PtceDate           *start;
  PtceDate           *end;
};

G_DEFINE_FINAL_TYPE (PtceMembership, ptce_membership, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTOR,
  PROP_ROLES,
  PROP_START,
  PROP_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The roles that make an actor a member: « s'associent » (article 9 I). */
#define MEMBER_ROLES (PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER | \
                      PTCE_MEMBERSHIP_ROLE_MEMBER | \
                      PTCE_MEMBERSHIP_ROLE_ANIMATOR)

static void
ptce_membership_finalize (GObject *object)
{
  PtceMembership *self = (PtceMembership *) object;

  g_clear_object (&self->actor);
  g_clear_pointer (&self->start, ptce_date_unref);
  g_clear_pointer (&self->end, ptce_date_unref);

  G_OBJECT_CLASS (ptce_membership_parent_class)->finalize (object);
}

static void
ptce_membership_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PtceMembership *self = PTCE_MEMBERSHIP (object);

  switch (prop_id)
    {
    case PROP_ACTOR:
      g_value_set_object (value, self->actor);
      break;
    case PROP_ROLES:
      g_value_set_flags (value, self->roles);
      break;
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_membership_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PtceMembership *self = PTCE_MEMBERSHIP (object);

  switch (prop_id)
    {
    case PROP_ACTOR:
      /* construct-only: set once, never notified */
      self->actor = g_value_dup_object (value);
      break;
    case PROP_ROLES:
      ptce_membership_set_roles (self, g_value_get_flags (value));
      break;
    case PROP_START:
      ptce_membership_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      ptce_membership_set_end (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_membership_class_init (PtceMembershipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_membership_finalize;
  object_class->get_property = ptce_membership_get_property;
  object_class->set_property = ptce_membership_set_property;

  /**
   * PtceMembership:actor:
   *
   * The actor that holds the roles. Set at construction.
   *
   * Since: 1.0
   */
  properties[PROP_ACTOR] =
    g_param_spec_object ("actor", NULL, NULL, PTCE_TYPE_ACTOR,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceMembership:roles:
   *
   * The roles the actor holds in the pole; several may be held at once.
   *
   * Since: 1.0
   */
  properties[PROP_ROLES] =
    g_param_spec_flags ("roles", NULL, NULL, PTCE_TYPE_MEMBERSHIP_ROLE,
                        PTCE_MEMBERSHIP_ROLE_NONE, rw);

  /**
   * PtceMembership:start:
   *
   * When the actor took up its roles, or %NULL when not known.
   *
   * Since: 1.0
   */
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceMembership:end:
   *
   * When the actor left its roles, or %NULL while it holds them (or when
   * not known).
   *
   * Since: 1.0
   */
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, PTCE_TYPE_DATE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_membership_init (PtceMembership *self)
{
}

/**
 * ptce_membership_new:
 * @actor: the actor that holds the roles
 * @roles: the roles it holds in the pole
 *
 * Creates a membership with an open period.
 *
 * Returns: (transfer full): a new #PtceMembership
 *
 * Since: 1.0
 */
PtceMembership *
ptce_membership_new (PtceActor          *actor,
                     PtceMembershipRole  roles)
{
  PtceMembership *self;

  g_return_val_if_fail (PTCE_IS_ACTOR (actor), NULL);

  self = g_object_new (PTCE_TYPE_MEMBERSHIP, NULL);
  return ptce_membership_init_blank_private (self, actor, roles);
}

PtceMembership *
ptce_membership_init_blank_private (PtceMembership     *blank,
                                    PtceActor          *actor,
                                    PtceMembershipRole  roles)
{
  g_return_val_if_fail (PTCE_IS_MEMBERSHIP (blank), NULL);
  g_return_val_if_fail (blank->actor == NULL, NULL);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), NULL);

  /* no property by name nor GValue: the fields are filled directly */
  blank->actor = g_object_ref (actor);
  blank->roles = roles;
  return blank;
}

/**
 * ptce_membership_get_actor:
 * @self: a #PtceMembership
 *
 * Gets the actor that holds the roles.
 *
 * Returns: (transfer none): the actor
 *
 * Since: 1.0
 */
PtceActor *
ptce_membership_get_actor (PtceMembership *self)
{
  g_return_val_if_fail (PTCE_IS_MEMBERSHIP (self), NULL);
  return self->actor;
}

/**
 * ptce_membership_get_roles:
 * @self: a #PtceMembership
 *
 * Gets the roles the actor holds in the pole.
 *
 * Returns: the roles
 *
 * Since: 1.0
 */
PtceMembershipRole
ptce_membership_get_roles (PtceMembership *self)
{
  g_return_val_if_fail (PTCE_IS_MEMBERSHIP (self), PTCE_MEMBERSHIP_ROLE_NONE);
  return self->roles;
}

/**
 * ptce_membership_set_roles:
 * @self: a #PtceMembership
 * @roles: the roles the actor holds in the pole
 *
 * Replaces the roles the actor holds in the pole.
 *
 * Since: 1.0
 */
void
ptce_membership_set_roles (PtceMembership     *self,
                           PtceMembershipRole  roles)
{
  g_return_if_fail (PTCE_IS_MEMBERSHIP (self));

  if (self->roles == roles)
    return;
  self->roles = roles;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLES]);
}

/**
 * ptce_membership_has_role:
 * @self: a #PtceMembership
 * @role: one role, or several
 *
 * Checks whether the actor holds every role in @role. Asked about
 * %PTCE_MEMBERSHIP_ROLE_NONE, it tells whether the actor holds no role at
 * all.
 *
 * Returns: %TRUE when all the roles in @role are held
 *
 * Since: 1.0
 */
gboolean
ptce_membership_has_role (PtceMembership     *self,
                          PtceMembershipRole  role)
{
  g_return_val_if_fail (PTCE_IS_MEMBERSHIP (self), FALSE);

  if (role == PTCE_MEMBERSHIP_ROLE_NONE)
    return self->roles == PTCE_MEMBERSHIP_ROLE_NONE;
  return (self->roles & role) == role;
}

/**
 * ptce_membership_is_member:
 * @self: a #PtceMembership
 *
 * Checks whether the actor has joined the pole (« s'associent », article
 * 9 I): it holds the founding-member, member or animator role. A partner,
 * funder, research partner, observer or tenant holding none of these is
 * a link (« en lien avec »), not a member. The period is not looked at:
 * ask ptce_membership_is_active_on() too.
 *
 * Returns: %TRUE when the roles make the actor a member
 *
 * Since: 1.0
 */
gboolean
ptce_membership_is_member (PtceMembership *self)
{
  g_return_val_if_fail (PTCE_IS_MEMBERSHIP (self), FALSE);

  return (self->roles & MEMBER_ROLES) != 0;
}

/**
 * ptce_membership_get_start:
 * @self: a #PtceMembership
 *
 * Gets when the actor took up its roles.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
PtceDate *
ptce_membership_get_start (PtceMembership *self)
{
  g_return_val_if_fail (PTCE_IS_MEMBERSHIP (self), NULL);
  return self->start;
}

/**
 * ptce_membership_set_start:
 * @self: a #PtceMembership
 * @start: (nullable): when the actor took up its roles, or %NULL
 *
 * Sets when the actor took up its roles.
 *
 * Since: 1.0
 */
void
ptce_membership_set_start (PtceMembership *self,
                           PtceDate       *start)
{
  g_return_if_fail (PTCE_IS_MEMBERSHIP (self));

  if (ptce_set_date (&self->start, start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

/**
 * ptce_membership_get_end:
 * @self: a #PtceMembership
 *
 * Gets when the actor left its roles.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
PtceDate *
ptce_membership_get_end (PtceMembership *self)
{
  g_return_val_if_fail (PTCE_IS_MEMBERSHIP (self), NULL);
  return self->end;
}

/**
 * ptce_membership_set_end:
 * @self: a #PtceMembership
 * @end: (nullable): when the actor left its roles, or %NULL
 *
 * Sets when the actor left its roles.
 *
 * Since: 1.0
 */
void
ptce_membership_set_end (PtceMembership *self,
                         PtceDate       *end)
{
  g_return_if_fail (PTCE_IS_MEMBERSHIP (self));

  if (ptce_set_date (&self->end, end))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

/**
 * ptce_membership_is_active_on:
 * @self: a #PtceMembership
 * @when: the moment asked about
 *
 * Checks whether the membership's period contains @when, with the rules of
 * ptce_period_contains(): from the first day of #PtceMembership:start
 * to the last day of #PtceMembership:end, a %NULL side being open. This
 * says nothing of the roles: a partner link is active too; combine with
 * ptce_membership_is_member() to ask who is a member on a date.
 *
 * Returns: %TRUE when the membership is active on @when
 *
 * Since: 1.0
 */
gboolean
ptce_membership_is_active_on (PtceMembership *self,
                              PtceDate       *when)
{
  g_return_val_if_fail (PTCE_IS_MEMBERSHIP (self), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  return ptce_period_contains (self->start, self->end, when);
}
