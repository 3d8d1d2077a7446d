/* ptce-composition.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-date.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_COMPOSITION (ptce_composition_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceComposition, ptce_composition, PTCE, COMPOSITION, GObject)

PTCE_AVAILABLE_IN_ALL
PtceComposition *ptce_composition_new                  (PtceDate        *date);
PTCE_AVAILABLE_IN_ALL
PtceDate        *ptce_composition_get_date             (PtceComposition *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_composition_set_date             (PtceComposition *self,
                                                        PtceDate        *date);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_composition_get_member_ids    (PtceComposition    *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_composition_set_member_ids       (PtceComposition    *self,
                                                        const char * const *ids);
PTCE_AVAILABLE_IN_ALL
int              ptce_composition_get_n_members        (PtceComposition *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_composition_set_n_members        (PtceComposition *self,
                                                        int              n_members);
PTCE_AVAILABLE_IN_ALL
int              ptce_composition_get_n_non_ess_members (PtceComposition *self);
PTCE_AVAILABLE_IN_ALL
void             ptce_composition_set_n_non_ess_members (PtceComposition *self,
                                                         int              n_members);

G_END_DECLS
