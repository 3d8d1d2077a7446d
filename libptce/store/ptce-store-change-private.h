/* ptce-store-change-private.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-store-change.h"

G_BEGIN_DECLS

PtceStoreChange *ptce_store_change_new_internal (PtceStoreChangeKind  kind,
                                                 const char          *subject,
                                                 const char          *before,
                                                 const char          *after);

G_END_DECLS
