/* ptce-actor-match-private.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-actor-match.h"

G_BEGIN_DECLS

PtceActorMatch *ptce_actor_match_new_internal (
    gint64 id,
    const char *actor,
    const char *other_actor,
    PtceStoreMatchBasis basis,
    const char *value,
    gint64 submission,
    gboolean undone);

G_END_DECLS
