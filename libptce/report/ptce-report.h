/* ptce-report.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-checker.h"
#include "ptce-dataset.h"
#include "ptce-date.h"
#include "ptce-geography.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

/**
 * PTCE_TYPE_REPORT:
 *
 * The #GType of #PtceReport.
 *
 * Since: 1.0
 */
#define PTCE_TYPE_REPORT (ptce_report_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceReport, ptce_report, PTCE, REPORT, GObject)

PTCE_AVAILABLE_IN_ALL
PtceReport    *ptce_report_new               (void);
PTCE_AVAILABLE_IN_ALL
PtceReport    *ptce_report_new_for_pole      (PtceDataset    *dataset,
                                              const char     *pole_id);
PTCE_AVAILABLE_IN_ALL
PtceReport    *ptce_report_new_for_territory (PtceDataset    *dataset,
                                              const char     *territory);

PTCE_AVAILABLE_IN_ALL
PtceDataset   *ptce_report_get_dataset       (PtceReport     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_report_set_dataset       (PtceReport     *self,
                                              PtceDataset    *dataset);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_report_get_pole_id       (PtceReport     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_report_set_pole_id       (PtceReport     *self,
                                              const char     *pole_id);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_report_get_territory     (PtceReport     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_report_set_territory     (PtceReport     *self,
                                              const char     *territory);
PTCE_AVAILABLE_IN_ALL
PtceDate      *ptce_report_get_date          (PtceReport     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_report_set_date          (PtceReport     *self,
                                              PtceDate       *date);
PTCE_AVAILABLE_IN_ALL
PtceGeography *ptce_report_get_geography     (PtceReport     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_report_set_geography     (PtceReport     *self,
                                              PtceGeography  *geography);
PTCE_AVAILABLE_IN_ALL
PtceChecker   *ptce_report_get_checker       (PtceReport     *self);
PTCE_AVAILABLE_IN_ALL
void           ptce_report_set_checker       (PtceReport     *self,
                                              PtceChecker    *checker);

PTCE_AVAILABLE_IN_ALL
const char    *ptce_report_get_language      (void);
PTCE_AVAILABLE_IN_ALL
gboolean       ptce_report_has_network_picture (void);

PTCE_AVAILABLE_IN_ALL
GBytes        *ptce_report_to_bytes          (PtceReport     *self,
                                              GError        **error);
PTCE_AVAILABLE_IN_ALL
gboolean       ptce_report_to_stream         (PtceReport     *self,
                                              GOutputStream  *stream,
                                              GCancellable   *cancellable,
                                              GError        **error);
PTCE_AVAILABLE_IN_ALL
gboolean       ptce_report_save_file         (PtceReport     *self,
                                              const char     *path,
                                              GError        **error);

G_END_DECLS
