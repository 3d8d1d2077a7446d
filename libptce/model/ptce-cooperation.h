/* ptce-cooperation.h
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

#define PTCE_TYPE_COOPERATION (ptce_cooperation_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceCooperation, ptce_cooperation, PTCE, COOPERATION, GObject)

PTCE_AVAILABLE_IN_ALL
PtceCooperation       *ptce_cooperation_new                (const char            *id,
                                                            PtceCooperationMode    mode);
PTCE_AVAILABLE_IN_ALL
const char            *ptce_cooperation_get_id             (PtceCooperation       *self);
PTCE_AVAILABLE_IN_ALL
PtceCooperationMode    ptce_cooperation_get_mode           (PtceCooperation       *self);
PTCE_AVAILABLE_IN_ALL
void                   ptce_cooperation_set_mode           (PtceCooperation       *self,
                                                            PtceCooperationMode    mode);
PTCE_AVAILABLE_IN_ALL
PtceCooperationObject  ptce_cooperation_get_object         (PtceCooperation       *self);
PTCE_AVAILABLE_IN_ALL
void                   ptce_cooperation_set_object         (PtceCooperation       *self,
                                                            PtceCooperationObject  object);
PTCE_AVAILABLE_IN_ALL
const char            *ptce_cooperation_get_description    (PtceCooperation       *self);
PTCE_AVAILABLE_IN_ALL
void                   ptce_cooperation_set_description    (PtceCooperation       *self,
                                                            const char            *description);
PTCE_AVAILABLE_IN_ALL
PtceDate              *ptce_cooperation_get_start          (PtceCooperation       *self);
PTCE_AVAILABLE_IN_ALL
void                   ptce_cooperation_set_start          (PtceCooperation       *self,
                                                            PtceDate              *start);
PTCE_AVAILABLE_IN_ALL
PtceDate              *ptce_cooperation_get_end            (PtceCooperation       *self);
PTCE_AVAILABLE_IN_ALL
void                   ptce_cooperation_set_end            (PtceCooperation       *self,
                                                            PtceDate              *end);
PTCE_AVAILABLE_IN_ALL
gboolean               ptce_cooperation_is_active_on       (PtceCooperation       *self,
                                                            PtceDate              *when);
PTCE_AVAILABLE_IN_ALL
GListModel            *ptce_cooperation_get_participants   (PtceCooperation       *self);
PTCE_AVAILABLE_IN_ALL
gboolean               ptce_cooperation_add_participant    (PtceCooperation       *self,
                                                            PtceActor             *actor);
PTCE_AVAILABLE_IN_ALL
gboolean               ptce_cooperation_remove_participant (PtceCooperation       *self,
                                                            PtceActor             *actor);
PTCE_AVAILABLE_IN_ALL
gboolean               ptce_cooperation_has_participant    (PtceCooperation       *self,
                                                            PtceActor             *actor);

G_END_DECLS
