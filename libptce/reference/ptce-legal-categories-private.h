/* ptce-legal-categories-private.h: internal constructors
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-actor-inference.h"
#include "ptce-legal-category.h"

G_BEGIN_DECLS

PtceLegalCategory  *ptce_legal_category_new             (const char     *code,
                                                         const char     *label,
                                                         PtceEssFamily   family,
                                                         PtceEssBasis    basis,
                                                         PtceDerivation  derivation,
                                                         gboolean        doubtful,
                                                         PtceActorKind   suggested_kind,
                                                         const char     *note,
                                                         gboolean        commercial_company);

/* What the actor's own fields and its legal category (nullable) say. */
PtceActorInference *ptce_actor_inference_new_for_actor  (PtceActor         *actor,
                                                         PtceLegalCategory *category);

G_END_DECLS
