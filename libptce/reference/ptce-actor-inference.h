/* ptce-actor-inference.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-actor.h"
#include "ptce-enums.h"
#include "ptce-legal-category.h"
#include "ptce-reference-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_ACTOR_INFERENCE (ptce_actor_inference_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceActorInference, ptce_actor_inference, PTCE, ACTOR_INFERENCE, GObject)

PTCE_AVAILABLE_IN_ALL
PtceActorKind       ptce_actor_inference_get_kind                  (PtceActorInference *self);
PTCE_AVAILABLE_IN_ALL
PtceDerivation      ptce_actor_inference_get_kind_derivation       (PtceActorInference *self);
PTCE_AVAILABLE_IN_ALL
PtceEssFamily       ptce_actor_inference_get_ess_family            (PtceActorInference *self);
PTCE_AVAILABLE_IN_ALL
PtceDerivation      ptce_actor_inference_get_ess_family_derivation (PtceActorInference *self);
PTCE_AVAILABLE_IN_ALL
PtceEssBasis        ptce_actor_inference_get_ess_basis             (PtceActorInference *self);
PTCE_AVAILABLE_IN_ALL
PtceDerivation      ptce_actor_inference_get_ess_basis_derivation  (PtceActorInference *self);
PTCE_AVAILABLE_IN_ALL
PtceLegalCategory  *ptce_actor_inference_get_legal_category        (PtceActorInference *self);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_actor_inference_get_conflicts             (PtceActorInference *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_actor_inference_is_ess_enterprise         (PtceActorInference *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_actor_inference_apply                     (PtceActorInference *self,
                                                                    PtceActor          *actor);

G_END_DECLS
