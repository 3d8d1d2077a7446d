/* ptce-project.h
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

#define PTCE_TYPE_PROJECT (ptce_project_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceProject, ptce_project, PTCE, PROJECT, GObject)

PTCE_AVAILABLE_IN_ALL
PtceProject        *ptce_project_new                (const char         *id,
                                                     const char         *title);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_project_get_id             (PtceProject        *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_project_get_title          (PtceProject        *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_project_set_title          (PtceProject        *self,
                                                     const char         *title);
PTCE_AVAILABLE_IN_ALL
PtceInnovation      ptce_project_get_innovation     (PtceProject        *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_project_set_innovation     (PtceProject        *self,
                                                     PtceInnovation      innovation);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_project_get_sectors        (PtceProject        *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_project_set_sectors        (PtceProject        *self,
                                                     const char * const *sectors);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_project_get_objectives     (PtceProject        *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_project_set_objectives     (PtceProject        *self,
                                                     const char * const *objectives);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_project_get_sustainable_local_development (PtceProject *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_project_set_sustainable_local_development (PtceProject *self,
                                                                    gboolean     value);
PTCE_AVAILABLE_IN_ALL
PtceDate           *ptce_project_get_start          (PtceProject        *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_project_set_start          (PtceProject        *self,
                                                     PtceDate           *start);
PTCE_AVAILABLE_IN_ALL
PtceDate           *ptce_project_get_end            (PtceProject        *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_project_set_end            (PtceProject        *self,
                                                     PtceDate           *end);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_project_is_active_on       (PtceProject        *self,
                                                     PtceDate           *when);
PTCE_AVAILABLE_IN_ALL
GListModel         *ptce_project_get_participants   (PtceProject        *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_project_add_participant    (PtceProject        *self,
                                                     PtceActor          *actor);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_project_remove_participant (PtceProject        *self,
                                                     PtceActor          *actor);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_project_has_participant    (PtceProject        *self,
                                                     PtceActor          *actor);
PTCE_AVAILABLE_IN_ALL
gboolean ptce_project_get_innovation_stated (PtceProject *self);
PTCE_AVAILABLE_IN_ALL
void ptce_project_set_innovation_stated (PtceProject *self,
                                         gboolean value);
PTCE_AVAILABLE_IN_ALL
gboolean ptce_project_get_sustainable_local_development_stated (PtceProject *self);
PTCE_AVAILABLE_IN_ALL
void ptce_project_set_sustainable_local_development_stated (PtceProject *self,
                                                            gboolean value);

G_END_DECLS
