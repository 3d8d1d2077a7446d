/* ptce-membership.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-date.h"
#include "ptce-enums.h"
#include "ptce-version-macros.h"
#include "ptce-actor.h"

G_BEGIN_DECLS

#define PTCE_TYPE_MEMBERSHIP (ptce_membership_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceMembership, ptce_membership, PTCE, MEMBERSHIP, GObject)

PTCE_AVAILABLE_IN_ALL
PtceMembership     *ptce_membership_new          (PtceActor          *actor,
                                                  PtceMembershipRole  roles);
PTCE_AVAILABLE_IN_ALL
PtceActor          *ptce_membership_get_actor    (PtceMembership     *self);
PTCE_AVAILABLE_IN_ALL
PtceMembershipRole  ptce_membership_get_roles    (PtceMembership     *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_membership_set_roles    (PtceMembership     *self,
                                                  PtceMembershipRole  roles);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_membership_has_role     (PtceMembership     *self,
                                                  PtceMembershipRole  role);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_membership_is_member    (PtceMembership     *self);
PTCE_AVAILABLE_IN_ALL
PtceDate           *ptce_membership_get_start    (PtceMembership     *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_membership_set_start    (PtceMembership     *self,
                                                  PtceDate           *start);
PTCE_AVAILABLE_IN_ALL
PtceDate           *ptce_membership_get_end      (PtceMembership     *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_membership_set_end      (PtceMembership     *self,
                                                  PtceDate           *end);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_membership_is_active_on (PtceMembership     *self,
                                                  PtceDate           *when);

G_END_DECLS
