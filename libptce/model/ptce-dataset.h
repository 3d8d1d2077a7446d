/* ptce-dataset.h
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
#include "ptce-observation.h"
#include "ptce-pole.h"

G_BEGIN_DECLS

#define PTCE_TYPE_DATASET (ptce_dataset_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceDataset, ptce_dataset, PTCE, DATASET, GObject)

PTCE_AVAILABLE_IN_ALL
PtceDataset     *ptce_dataset_new                   (void);
PTCE_AVAILABLE_IN_ALL
const char      *ptce_dataset_get_title             (PtceDataset      *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_dataset_set_title             (PtceDataset      *self,
                                                     const char       *title);
PTCE_AVAILABLE_IN_ALL
const char      *ptce_dataset_get_source            (PtceDataset      *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_dataset_set_source            (PtceDataset      *self,
                                                     const char       *source);
PTCE_AVAILABLE_IN_ALL
PtceDate        *ptce_dataset_get_date              (PtceDataset      *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_dataset_set_date              (PtceDataset      *self,
                                                     PtceDate         *date);
PTCE_AVAILABLE_IN_ALL
const char      *ptce_dataset_get_cog_vintage       (PtceDataset      *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_dataset_set_cog_vintage       (PtceDataset      *self,
                                                     const char       *vintage);

PTCE_AVAILABLE_IN_ALL
GListModel      *ptce_dataset_get_actors            (PtceDataset      *self);
PTCE_AVAILABLE_IN_ALL
gboolean         ptce_dataset_add_actor             (PtceDataset      *self,
                                                     PtceActor        *actor,
                                                     GError          **error);
PTCE_AVAILABLE_IN_ALL
gboolean         ptce_dataset_remove_actor          (PtceDataset      *self,
                                                     PtceActor        *actor,
                                                     GError          **error);
PTCE_AVAILABLE_IN_ALL
PtceActor       *ptce_dataset_lookup_actor          (PtceDataset      *self,
                                                     const char       *id);

PTCE_AVAILABLE_IN_ALL
GListModel      *ptce_dataset_get_poles             (PtceDataset      *self);
PTCE_AVAILABLE_IN_ALL
gboolean         ptce_dataset_add_pole              (PtceDataset      *self,
                                                     PtcePole         *pole,
                                                     GError          **error);
PTCE_AVAILABLE_IN_ALL
gboolean         ptce_dataset_remove_pole           (PtceDataset      *self,
                                                     PtcePole         *pole,
                                                     GError          **error);
PTCE_AVAILABLE_IN_ALL
PtcePole        *ptce_dataset_lookup_pole           (PtceDataset      *self,
                                                     const char       *id);

PTCE_AVAILABLE_IN_ALL
GListModel      *ptce_dataset_get_observations      (PtceDataset      *self);
PTCE_AVAILABLE_IN_ALL
gboolean         ptce_dataset_add_observation       (PtceDataset      *self,
                                                     PtceObservation  *observation,
                                                     GError          **error);
PTCE_AVAILABLE_IN_ALL
gboolean         ptce_dataset_remove_observation    (PtceDataset      *self,
                                                     PtceObservation  *observation);
PTCE_AVAILABLE_IN_ALL
GListModel      *ptce_dataset_list_observations_of  (PtceDataset      *self,
                                                     const char       *subject);

PTCE_AVAILABLE_IN_ALL
gboolean         ptce_dataset_validate              (PtceDataset      *self,
                                                     GError          **error);

G_END_DECLS
