/* ptce-checker.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-analysis-enums.h"
#include "ptce-dataset.h"
#include "ptce-date.h"
#include "ptce-diagnosis.h"
#include "ptce-geography.h"
#include "ptce-legal-categories.h"
#include "ptce-pole.h"
#include "ptce-rule.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_CHECKER (ptce_checker_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceChecker, ptce_checker, PTCE, CHECKER, GObject)

PTCE_AVAILABLE_IN_ALL
PtceChecker   *ptce_checker_new                        (void);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_checker_get_ruleset_version        (PtceChecker *self);
PTCE_AVAILABLE_IN_ALL
GListModel    *ptce_checker_get_rules                  (PtceChecker *self);
PTCE_AVAILABLE_IN_ALL
double         ptce_checker_get_location_threshold     (PtceChecker *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_checker_set_location_threshold     (PtceChecker *self,
                                                        double       threshold);
PTCE_AVAILABLE_IN_ALL
guint          ptce_checker_get_min_ess_enterprises    (PtceChecker *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_checker_set_min_ess_enterprises    (PtceChecker *self,
                                                        guint        count);
PTCE_AVAILABLE_IN_ALL
guint          ptce_checker_get_continuity_months      (PtceChecker *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_checker_set_continuity_months      (PtceChecker *self,
                                                        guint        months);
PTCE_AVAILABLE_IN_ALL
gboolean       ptce_checker_get_strict                 (PtceChecker *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_checker_set_strict                 (PtceChecker *self,
                                                        gboolean     strict);
PTCE_AVAILABLE_IN_ALL
PtceGeography       *ptce_checker_get_geography        (PtceChecker         *self);
PTCE_AVAILABLE_IN_ALL
void                 ptce_checker_set_geography        (PtceChecker         *self,
                                                        PtceGeography       *geography);
PTCE_AVAILABLE_IN_ALL
PtceLegalCategories *ptce_checker_get_legal_categories (PtceChecker         *self);
PTCE_AVAILABLE_IN_ALL
void                 ptce_checker_set_legal_categories (PtceChecker         *self,
                                                        PtceLegalCategories *categories);
PTCE_AVAILABLE_IN_ALL
PtceDiagnosis *ptce_checker_check                      (PtceChecker *self,
                                                        PtceDataset *dataset,
                                                        PtcePole    *pole,
                                                        PtceDate    *when);
PTCE_AVAILABLE_IN_ALL
GListModel    *ptce_checker_check_dataset              (PtceChecker *self,
                                                        PtceDataset *dataset,
                                                        PtceDate    *when);

G_END_DECLS
