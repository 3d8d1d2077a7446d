/* ptce-store-disagreement.h: two submissions that say different things
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-version-macros.h"
#include "ptce-store-enums.h"

G_BEGIN_DECLS

#define PTCE_TYPE_STORE_DISAGREEMENT (ptce_store_disagreement_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceStoreDisagreement, ptce_store_disagreement, PTCE, STORE_DISAGREEMENT, GObject)

PTCE_AVAILABLE_IN_ALL
PtceStoreDisagreementKind ptce_store_disagreement_get_kind (PtceStoreDisagreement *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_store_disagreement_get_subject (PtceStoreDisagreement *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_store_disagreement_get_field (PtceStoreDisagreement *self);
PTCE_AVAILABLE_IN_ALL
gint64 ptce_store_disagreement_get_submission (PtceStoreDisagreement *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_store_disagreement_get_value (PtceStoreDisagreement *self);
PTCE_AVAILABLE_IN_ALL
gint64 ptce_store_disagreement_get_other_submission (PtceStoreDisagreement *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_store_disagreement_get_other_value (PtceStoreDisagreement *self);

G_END_DECLS
