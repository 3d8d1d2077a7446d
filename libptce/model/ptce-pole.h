/* ptce-pole.h
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
#include "ptce-cooperation.h"
#include "ptce-funding.h"
#include "ptce-membership.h"
#include "ptce-project.h"
#include "ptce-strategy.h"
#include "ptce-territory.h"

G_BEGIN_DECLS

#define PTCE_TYPE_POLE (ptce_pole_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtcePole, ptce_pole, PTCE, POLE, GObject)

PTCE_AVAILABLE_IN_ALL
PtcePole           *ptce_pole_new                          (const char         *id,
                                                            const char         *name);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_pole_get_id                       (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_pole_get_name                     (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_name                     (PtcePole           *self,
                                                            const char         *name);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_pole_get_aliases                  (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_aliases                  (PtcePole           *self,
                                                            const char * const *aliases);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_pole_get_description              (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_description              (PtcePole           *self,
                                                            const char         *description);
PTCE_AVAILABLE_IN_ALL
PtceDate           *ptce_pole_get_founded                  (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_founded                  (PtcePole           *self,
                                                            PtceDate           *founded);
PTCE_AVAILABLE_IN_ALL
PtceDate           *ptce_pole_get_dissolved                (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_dissolved                (PtcePole           *self,
                                                            PtceDate           *dissolved);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_pole_exists_on                    (PtcePole           *self,
                                                            PtceDate           *when);
PTCE_AVAILABLE_IN_ALL
PtcePoleTypology    ptce_pole_get_typology                 (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_typology                 (PtcePole           *self,
                                                            PtcePoleTypology    typology);
PTCE_AVAILABLE_IN_ALL
PtcePoleOrigin      ptce_pole_get_origin                   (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_origin                   (PtcePole           *self,
                                                            PtcePoleOrigin      origin);
PTCE_AVAILABLE_IN_ALL
PtceLegalForm       ptce_pole_get_legal_form               (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_legal_form               (PtcePole           *self,
                                                            PtceLegalForm       legal_form);
PTCE_AVAILABLE_IN_ALL
PtceActor          *ptce_pole_get_carrier                  (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_carrier                  (PtcePole           *self,
                                                            PtceActor          *carrier);
PTCE_AVAILABLE_IN_ALL
PtceTerritory      *ptce_pole_get_territory                (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_territory                (PtcePole           *self,
                                                            PtceTerritory      *territory);
PTCE_AVAILABLE_IN_ALL
PtceStrategy       *ptce_pole_get_strategy                 (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_strategy                 (PtcePole           *self,
                                                            PtceStrategy       *strategy);

PTCE_AVAILABLE_IN_ALL
void                ptce_pole_set_stage                    (PtcePole           *self,
                                                            PtceStage           stage,
                                                            PtceDate           *since);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_pole_remove_stage                 (PtcePole           *self,
                                                            PtceDate           *since);
PTCE_AVAILABLE_IN_ALL
guint               ptce_pole_get_n_stage_changes          (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
PtceStage           ptce_pole_get_stage_change             (PtcePole           *self,
                                                            guint               position,
                                                            PtceDate          **since);
PTCE_AVAILABLE_IN_ALL
PtceStage           ptce_pole_get_stage_on                 (PtcePole           *self,
                                                            PtceDate           *when);

PTCE_AVAILABLE_IN_ALL
GListModel         *ptce_pole_get_memberships              (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_add_membership               (PtcePole           *self,
                                                            PtceMembership     *membership);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_pole_remove_membership            (PtcePole           *self,
                                                            PtceMembership     *membership);
PTCE_AVAILABLE_IN_ALL
GListModel         *ptce_pole_list_memberships_active_on   (PtcePole           *self,
                                                            PtceDate           *when);
PTCE_AVAILABLE_IN_ALL
GListModel         *ptce_pole_list_members_on              (PtcePole           *self,
                                                            PtceDate           *when);
PTCE_AVAILABLE_IN_ALL
GListModel         *ptce_pole_list_memberships_of          (PtcePole           *self,
                                                            PtceActor          *actor);

PTCE_AVAILABLE_IN_ALL
GListModel         *ptce_pole_get_cooperations             (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_pole_add_cooperation              (PtcePole           *self,
                                                            PtceCooperation    *cooperation,
                                                            GError            **error);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_pole_remove_cooperation           (PtcePole           *self,
                                                            PtceCooperation    *cooperation);
PTCE_AVAILABLE_IN_ALL
PtceCooperation    *ptce_pole_lookup_cooperation           (PtcePole           *self,
                                                            const char         *id);
PTCE_AVAILABLE_IN_ALL
GListModel         *ptce_pole_list_cooperations_active_on  (PtcePole           *self,
                                                            PtceDate           *when);

PTCE_AVAILABLE_IN_ALL
GListModel         *ptce_pole_get_projects                 (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_pole_add_project                  (PtcePole           *self,
                                                            PtceProject        *project,
                                                            GError            **error);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_pole_remove_project               (PtcePole           *self,
                                                            PtceProject        *project);
PTCE_AVAILABLE_IN_ALL
PtceProject        *ptce_pole_lookup_project               (PtcePole           *self,
                                                            const char         *id);

PTCE_AVAILABLE_IN_ALL
GListModel         *ptce_pole_get_fundings                 (PtcePole           *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_pole_add_funding                  (PtcePole           *self,
                                                            PtceFunding        *funding);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_pole_remove_funding               (PtcePole           *self,
                                                            PtceFunding        *funding);

PTCE_AVAILABLE_IN_ALL
gboolean            ptce_pole_references_actor             (PtcePole           *self,
                                                            PtceActor          *actor);
PTCE_AVAILABLE_IN_ALL
PtceActor *ptce_pole_get_legal_person (PtcePole *self);
PTCE_AVAILABLE_IN_ALL
void ptce_pole_set_legal_person (PtcePole *self,
                                 PtceActor *value);

G_END_DECLS
