/* ptce-actor-match.h: two actor ids the store takes for one organisation
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-version-macros.h"
#include "ptce-store-enums.h"

G_BEGIN_DECLS

#define PTCE_TYPE_ACTOR_MATCH (ptce_actor_match_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceActorMatch, ptce_actor_match, PTCE, ACTOR_MATCH, GObject)

PTCE_AVAILABLE_IN_ALL
gint64 ptce_actor_match_get_id (PtceActorMatch *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_actor_match_get_actor (PtceActorMatch *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_actor_match_get_other_actor (PtceActorMatch *self);
PTCE_AVAILABLE_IN_ALL
PtceStoreMatchBasis ptce_actor_match_get_basis (PtceActorMatch *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_actor_match_get_value (PtceActorMatch *self);
PTCE_AVAILABLE_IN_ALL
gint64 ptce_actor_match_get_submission (PtceActorMatch *self);
PTCE_AVAILABLE_IN_ALL
gboolean ptce_actor_match_get_undone (PtceActorMatch *self);

G_END_DECLS
