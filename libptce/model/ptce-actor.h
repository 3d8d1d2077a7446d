/* ptce-actor.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-date.h"
#include "ptce-enums.h"
#include "ptce-version-macros.h"
#include "ptce-site.h"
#include "ptce-composition.h"

G_BEGIN_DECLS

#define PTCE_TYPE_ACTOR (ptce_actor_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceActor, ptce_actor, PTCE, ACTOR, GObject)

PTCE_AVAILABLE_IN_ALL
PtceActor     *ptce_actor_new                  (const char    *id,
                                                const char    *name);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_actor_get_id               (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_actor_get_name             (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_name             (PtceActor     *self,
                                                const char    *name);
PTCE_AVAILABLE_IN_ALL
PtceActorKind  ptce_actor_get_kind             (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_kind             (PtceActor     *self,
                                                PtceActorKind  kind);
PTCE_AVAILABLE_IN_ALL
PtceEssFamily  ptce_actor_get_ess_family       (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_ess_family       (PtceActor     *self,
                                                PtceEssFamily  family);
PTCE_AVAILABLE_IN_ALL
PtceEssBasis   ptce_actor_get_ess_basis        (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_ess_basis        (PtceActor     *self,
                                                PtceEssBasis   basis);
PTCE_AVAILABLE_IN_ALL
gboolean       ptce_actor_is_ess_enterprise    (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
gboolean       ptce_actor_is_enterprise        (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
gboolean       ptce_actor_is_legal_person      (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_actor_get_siren            (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_siren            (PtceActor     *self,
                                                const char    *siren);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_actor_get_siret            (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_siret            (PtceActor     *self,
                                                const char    *siret);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_actor_get_rna              (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_rna              (PtceActor     *self,
                                                const char    *rna);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_actor_get_legal_category   (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_legal_category   (PtceActor     *self,
                                                const char    *legal_category);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_actor_get_naf              (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_naf              (PtceActor     *self,
                                                const char    *naf);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_actor_get_seat_commune     (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_seat_commune     (PtceActor     *self,
                                                const char    *commune);
PTCE_AVAILABLE_IN_ALL
PtceDate      *ptce_actor_get_esus_start       (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_esus_start       (PtceActor     *self,
                                                PtceDate      *start);
PTCE_AVAILABLE_IN_ALL
PtceDate      *ptce_actor_get_esus_end         (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_set_esus_end         (PtceActor     *self,
                                                PtceDate      *end);
PTCE_AVAILABLE_IN_ALL
gboolean       ptce_actor_is_esus_on           (PtceActor     *self,
                                                PtceDate      *when);
PTCE_AVAILABLE_IN_ALL
GListModel    *ptce_actor_get_sites            (PtceActor     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_actor_add_site             (PtceActor     *self,
                                                PtceSite      *site);
PTCE_AVAILABLE_IN_ALL
gboolean       ptce_actor_remove_site          (PtceActor     *self,
                                                PtceSite      *site);
PTCE_AVAILABLE_IN_ALL
GListModel    *ptce_actor_get_compositions     (PtceActor       *self);
PTCE_AVAILABLE_IN_ALL
gboolean       ptce_actor_add_composition      (PtceActor       *self,
                                                PtceComposition *composition);

G_END_DECLS
