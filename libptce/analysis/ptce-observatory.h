/* ptce-observatory.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-version-macros.h"
#include "ptce-dataset.h"
#include "ptce-pole.h"
#include "ptce-geography.h"
#include "ptce-csv-writer.h"
#include "ptce-observatory-enums.h"
#include "ptce-indicator.h"
#include "ptce-area-figures.h"

G_BEGIN_DECLS

#define PTCE_TYPE_OBSERVATORY (ptce_observatory_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceObservatory, ptce_observatory, PTCE, OBSERVATORY, GObject)

PTCE_AVAILABLE_IN_ALL
PtceObservatory   *ptce_observatory_new                  (PtceDataset       *dataset);
PTCE_AVAILABLE_IN_ALL
PtceDataset       *ptce_observatory_get_dataset          (PtceObservatory   *self);
PTCE_AVAILABLE_IN_ALL
PtceGeography     *ptce_observatory_get_geography        (PtceObservatory   *self);
PTCE_AVAILABLE_IN_ALL
void               ptce_observatory_set_geography        (PtceObservatory   *self,
                                                          PtceGeography     *geography);
PTCE_AVAILABLE_IN_ALL
PtceSelectionRule  ptce_observatory_get_selection_rule   (PtceObservatory   *self);
PTCE_AVAILABLE_IN_ALL
void               ptce_observatory_set_selection_rule   (PtceObservatory   *self,
                                                          PtceSelectionRule  rule);
PTCE_AVAILABLE_IN_ALL
const char        *ptce_observatory_get_preferred_source (PtceObservatory   *self);
PTCE_AVAILABLE_IN_ALL
void               ptce_observatory_set_preferred_source (PtceObservatory   *self,
                                                          const char        *source);

PTCE_AVAILABLE_IN_ALL
GListModel        *ptce_observatory_compute_pole         (PtceObservatory   *self,
                                                          PtcePole          *pole,
                                                          PtceDate          *when);
PTCE_AVAILABLE_IN_ALL
GListModel        *ptce_observatory_compute_totals       (PtceObservatory   *self,
                                                          GListModel        *poles,
                                                          PtceDate          *when);
PTCE_AVAILABLE_IN_ALL
GListModel        *ptce_observatory_break_down           (PtceObservatory   *self,
                                                          GListModel        *poles,
                                                          PtceBreakdown      breakdown,
                                                          PtceDate          *when);
PTCE_AVAILABLE_IN_ALL
GListModel        *ptce_observatory_roll_up              (PtceObservatory   *self,
                                                          GListModel        *poles,
                                                          PtceAreaLevel      level,
                                                          PtceDate          *when);
PTCE_AVAILABLE_IN_ALL
PtceAreaFigures   *ptce_observatory_compute_coverage     (PtceObservatory   *self,
                                                          GListModel        *poles,
                                                          PtceDate          *when);
PTCE_AVAILABLE_IN_ALL
GListModel        *ptce_observatory_list_series          (PtceObservatory   *self,
                                                          const char        *subject,
                                                          const char        *indicator);
PTCE_AVAILABLE_IN_ALL
GListModel        *ptce_observatory_list_disagreements   (PtceObservatory   *self);

PTCE_AVAILABLE_IN_ALL
PtceCsvWriter     *ptce_observatory_indicators_to_csv    (GListModel        *indicators);
PTCE_AVAILABLE_IN_ALL
PtceCsvWriter     *ptce_observatory_areas_to_csv         (GListModel        *areas);

G_END_DECLS
