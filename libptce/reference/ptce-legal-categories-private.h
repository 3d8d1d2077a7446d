/* ptce-legal-categories-private.h: internal constructors
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-actor-inference.h"
#include "ptce-legal-category.h"
#include "ptce-legal-categories.h"

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

/* What a PtceActorInference says, without the object: for a caller that
 * reads it once and drops it, as the checker does for each participant of
 * each pole (g_object_new() and the finalisation of an object per
 * participant cost more than the inference). Zero is unknown / none. */
typedef struct {
  PtceActorKind   kind;
  PtceDerivation  kind_derivation;
  PtceEssFamily   family;
  PtceDerivation  family_derivation;
  PtceEssBasis    basis;
  PtceDerivation  basis_derivation;
  GPtrArray      *conflicts;  /* char *, in order; NULL when there is none */
} PtceActorInferenceData;

/* Fills @data as ptce_actor_inference_new_for_actor() fills its object;
 * free with ptce_actor_inference_data_clear(). */
void                ptce_actor_inference_data_fill      (PtceActorInferenceData *data,
                                                         PtceActor              *actor,
                                                         PtceLegalCategory      *category);
void                ptce_actor_inference_data_clear     (PtceActorInferenceData *data);

/* ptce_legal_categories_infer_actor() into @data. */
void                ptce_legal_categories_infer_actor_data (PtceLegalCategories    *self,
                                                            PtceActor              *actor,
                                                            PtceActorInferenceData *data);

G_END_DECLS
