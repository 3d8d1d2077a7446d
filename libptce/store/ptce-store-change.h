/* ptce-store-change.h: one difference between two versions of a pole
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-version-macros.h"
#include "ptce-store-enums.h"

G_BEGIN_DECLS

#define PTCE_TYPE_STORE_CHANGE (ptce_store_change_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceStoreChange, ptce_store_change, PTCE, STORE_CHANGE, GObject)

PTCE_AVAILABLE_IN_ALL
PtceStoreChangeKind  ptce_store_change_get_kind    (PtceStoreChange *self);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_store_change_get_subject (PtceStoreChange *self);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_store_change_get_before  (PtceStoreChange *self);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_store_change_get_after   (PtceStoreChange *self);

G_END_DECLS
