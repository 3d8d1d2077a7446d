/* ptce-rule.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-analysis-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_RULE (ptce_rule_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceRule, ptce_rule, PTCE, RULE, GObject)

PTCE_AVAILABLE_IN_ALL
const char          *ptce_rule_get_id              (PtceRule *self);
PTCE_AVAILABLE_IN_ALL
PtceFindingLevel     ptce_rule_get_level           (PtceRule *self);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_rule_get_title           (PtceRule *self);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_rule_get_legal_text      (PtceRule *self);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_rule_get_legal_article   (PtceRule *self);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_rule_get_legal_paragraph (PtceRule *self);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_rule_get_legal_quote     (PtceRule *self);
PTCE_AVAILABLE_IN_ALL
const char * const  *ptce_rule_get_parameters      (PtceRule *self);

G_END_DECLS
