/* ptce-store-disagreement-private.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-store-disagreement.h"

G_BEGIN_DECLS

PtceStoreDisagreement *ptce_store_disagreement_new_internal (
    PtceStoreDisagreementKind kind,
    const char *subject,
    const char *field,
    gint64 submission,
    const char *value,
    gint64 other_submission,
    const char *other_value);

G_END_DECLS
