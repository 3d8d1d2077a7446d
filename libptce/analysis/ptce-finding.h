/* ptce-finding.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-analysis-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_FINDING (ptce_finding_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceFinding, ptce_finding, PTCE, FINDING, GObject)

PTCE_AVAILABLE_IN_ALL
const char        *ptce_finding_get_rule_id         (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
PtceFindingLevel   ptce_finding_get_level           (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
PtceFindingStatus  ptce_finding_get_status          (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
const char        *ptce_finding_get_title           (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
const char        *ptce_finding_get_message         (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
const char        *ptce_finding_get_remedy          (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
const char        *ptce_finding_get_legal_text      (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
const char        *ptce_finding_get_legal_article   (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
const char        *ptce_finding_get_legal_paragraph (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
const char        *ptce_finding_get_legal_quote     (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
const char        *ptce_finding_get_legal_version   (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
char              *ptce_finding_dup_reference       (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
GListModel        *ptce_finding_get_objects         (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
gboolean           ptce_finding_get_has_measure     (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
double             ptce_finding_get_value           (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
double             ptce_finding_get_threshold       (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
guint              ptce_finding_get_count           (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
guint              ptce_finding_get_total           (PtceFinding *self);
PTCE_AVAILABLE_IN_ALL
gboolean           ptce_finding_blocks_eligibility  (PtceFinding *self);

G_END_DECLS
