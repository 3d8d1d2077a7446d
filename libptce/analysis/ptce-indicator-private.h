/* ptce-indicator-private.h: how the observatory builds its indicators
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-indicator.h"
#include "ptce-observation.h"

G_BEGIN_DECLS

/* One entry of the catalogue of indicators (docs/indicators.md). */
typedef struct {
  const char *id;
  const char *label_en;   /* marked N_() */
  const char *label_fr;
  const char *unit;
  gboolean    additive;
} PtceIndicatorInfo;

const PtceIndicatorInfo *ptce_indicator_info_lookup (const char *id);

/* A new indicator of catalogue @id (or, for an id outside the catalogue,
 * labelled by the id and in @unit). */
PtceIndicator *ptce_indicator_new_internal  (const char      *id,
                                             const char      *category,
                                             const char      *subject,
                                             const char      *unit,
                                             PtceDate        *start,
                                             PtceDate        *end);
void           ptce_indicator_set_value     (PtceIndicator   *self,
                                             double           value);
void           ptce_indicator_take_method   (PtceIndicator   *self,
                                             char            *method);
/* Adds @observation to the ones used, and its source to the sources. */
void           ptce_indicator_add_observation (PtceIndicator   *self,
                                               PtceObservation *observation);
void           ptce_indicator_set_disagreement (PtceIndicator  *self,
                                                gboolean        disagreement);

G_END_DECLS
