/* ptce-indicator.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-version-macros.h"
#include "ptce-date.h"

G_BEGIN_DECLS

#define PTCE_TYPE_INDICATOR (ptce_indicator_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceIndicator, ptce_indicator, PTCE, INDICATOR, GObject)

PTCE_AVAILABLE_IN_ALL
const char         *ptce_indicator_get_id           (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_indicator_get_category     (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_indicator_get_subject      (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_indicator_get_label        (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_indicator_get_label_en     (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_indicator_get_label_fr     (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_indicator_get_unit         (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_indicator_get_has_value    (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
double              ptce_indicator_get_value        (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
PtceDate           *ptce_indicator_get_start        (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
PtceDate           *ptce_indicator_get_end          (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_indicator_get_additive     (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_indicator_get_method       (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
GListModel         *ptce_indicator_get_observations (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_indicator_get_sources      (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_indicator_get_disagreement (PtceIndicator *self);
PTCE_AVAILABLE_IN_ALL
char               *ptce_indicator_dup_value_text   (PtceIndicator *self);

G_END_DECLS
