/* ptce-diagnosis.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include "ptce-analysis-enums.h"
#include "ptce-date.h"
#include "ptce-finding.h"
#include "ptce-pole.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_DIAGNOSIS (ptce_diagnosis_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceDiagnosis, ptce_diagnosis, PTCE, DIAGNOSIS, GObject)

PTCE_AVAILABLE_IN_ALL
PtcePole     *ptce_diagnosis_get_pole            (PtceDiagnosis    *self);
PTCE_AVAILABLE_IN_ALL
PtceDate     *ptce_diagnosis_get_date            (PtceDiagnosis    *self);
PTCE_AVAILABLE_IN_ALL
const char   *ptce_diagnosis_get_ruleset_version (PtceDiagnosis    *self);
PTCE_AVAILABLE_IN_ALL
const char   *ptce_diagnosis_get_legal_basis     (PtceDiagnosis    *self);
PTCE_AVAILABLE_IN_ALL
GListModel   *ptce_diagnosis_get_findings        (PtceDiagnosis    *self);
PTCE_AVAILABLE_IN_ALL
PtceFinding  *ptce_diagnosis_lookup_finding      (PtceDiagnosis    *self,
                                                  const char       *rule_id);
PTCE_AVAILABLE_IN_ALL
PtceVerdict   ptce_diagnosis_get_verdict         (PtceDiagnosis    *self,
                                                  PtceFindingLevel  level);
PTCE_AVAILABLE_IN_ALL
GListModel   *ptce_diagnosis_list_missing        (PtceDiagnosis    *self);
PTCE_AVAILABLE_IN_ALL
char        **ptce_diagnosis_dup_missing_actions (PtceDiagnosis    *self);
PTCE_AVAILABLE_IN_ALL
JsonNode     *ptce_diagnosis_to_json             (PtceDiagnosis    *self);

G_END_DECLS
