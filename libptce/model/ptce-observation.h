/* ptce-observation.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-date.h"
#include "ptce-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_OBSERVATION (ptce_observation_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceObservation, ptce_observation, PTCE, OBSERVATION, GObject)

PTCE_AVAILABLE_IN_ALL
PtceObservation *ptce_observation_new             (const char      *subject,
                                                   const char      *indicator,
                                                   double           value);
PTCE_AVAILABLE_IN_ALL
const char      *ptce_observation_get_subject     (PtceObservation *self);
PTCE_AVAILABLE_IN_ALL
const char      *ptce_observation_get_indicator   (PtceObservation *self);
PTCE_AVAILABLE_IN_ALL
double           ptce_observation_get_value       (PtceObservation *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_observation_set_value       (PtceObservation *self,
                                                   double           value);
PTCE_AVAILABLE_IN_ALL
const char      *ptce_observation_get_unit        (PtceObservation *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_observation_set_unit        (PtceObservation *self,
                                                   const char      *unit);
PTCE_AVAILABLE_IN_ALL
PtceDate        *ptce_observation_get_start       (PtceObservation *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_observation_set_start       (PtceObservation *self,
                                                   PtceDate        *start);
PTCE_AVAILABLE_IN_ALL
PtceDate        *ptce_observation_get_end         (PtceObservation *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_observation_set_end         (PtceObservation *self,
                                                   PtceDate        *end);
PTCE_AVAILABLE_IN_ALL
const char      *ptce_observation_get_source      (PtceObservation *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_observation_set_source      (PtceObservation *self,
                                                   const char      *source);
PTCE_AVAILABLE_IN_ALL
const char      *ptce_observation_get_method      (PtceObservation *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_observation_set_method      (PtceObservation *self,
                                                   const char      *method);

G_END_DECLS
