/* ptce-strategy.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-date.h"
#include "ptce-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_STRATEGY (ptce_strategy_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceStrategy, ptce_strategy, PTCE, STRATEGY, GObject)

PTCE_AVAILABLE_IN_ALL
PtceStrategy       *ptce_strategy_new                               (const char         *statement);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_strategy_get_statement                     (PtceStrategy       *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_strategy_set_statement                     (PtceStrategy       *self,
                                                                     const char         *statement);
PTCE_AVAILABLE_IN_ALL
PtceDate           *ptce_strategy_get_adopted                       (PtceStrategy       *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_strategy_set_adopted                       (PtceStrategy       *self,
                                                                     PtceDate           *adopted);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_strategy_get_objectives                    (PtceStrategy       *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_strategy_set_objectives                    (PtceStrategy       *self,
                                                                     const char * const *objectives);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_strategy_get_sustainable_local_development (PtceStrategy       *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_strategy_set_sustainable_local_development (PtceStrategy       *self,
                                                                     gboolean            value);
PTCE_AVAILABLE_IN_ALL
gboolean ptce_strategy_get_sustainable_local_development_stated (PtceStrategy *self);
PTCE_AVAILABLE_IN_ALL
void ptce_strategy_set_sustainable_local_development_stated (PtceStrategy *self,
                                                             gboolean value);

G_END_DECLS
