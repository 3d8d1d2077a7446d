/* ptce-legal-category.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-enums.h"
#include "ptce-reference-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_LEGAL_CATEGORY (ptce_legal_category_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceLegalCategory, ptce_legal_category, PTCE, LEGAL_CATEGORY, GObject)

PTCE_AVAILABLE_IN_ALL
const char     *ptce_legal_category_get_code             (PtceLegalCategory *self);
PTCE_AVAILABLE_IN_ALL
const char     *ptce_legal_category_get_label            (PtceLegalCategory *self);
PTCE_AVAILABLE_IN_ALL
PtceEssFamily   ptce_legal_category_get_ess_family       (PtceLegalCategory *self);
PTCE_AVAILABLE_IN_ALL
PtceEssBasis    ptce_legal_category_get_ess_basis        (PtceLegalCategory *self);
PTCE_AVAILABLE_IN_ALL
PtceDerivation  ptce_legal_category_get_ess_derivation   (PtceLegalCategory *self);
PTCE_AVAILABLE_IN_ALL
gboolean        ptce_legal_category_is_ess_doubtful      (PtceLegalCategory *self);
PTCE_AVAILABLE_IN_ALL
PtceActorKind   ptce_legal_category_get_suggested_kind   (PtceLegalCategory *self);
PTCE_AVAILABLE_IN_ALL
const char     *ptce_legal_category_get_note             (PtceLegalCategory *self);
PTCE_AVAILABLE_IN_ALL
gboolean        ptce_legal_category_is_public_law        (PtceLegalCategory *self);
PTCE_AVAILABLE_IN_ALL
gboolean        ptce_legal_category_is_commercial_company (PtceLegalCategory *self);

G_END_DECLS
