/* ptce-legal-categories.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-actor.h"
#include "ptce-actor-inference.h"
#include "ptce-legal-category.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_LEGAL_CATEGORIES (ptce_legal_categories_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceLegalCategories, ptce_legal_categories, PTCE, LEGAL_CATEGORIES, GObject)

PTCE_AVAILABLE_IN_ALL
PtceLegalCategories *ptce_legal_categories_get_default    (void);
PTCE_AVAILABLE_IN_ALL
PtceLegalCategories *ptce_legal_categories_new_from_files (const char          *categories_path,
                                                           const char          *rules_path,
                                                           GError             **error);
PTCE_AVAILABLE_IN_ALL
PtceLegalCategories *ptce_legal_categories_new_from_bytes (GBytes              *categories,
                                                           GBytes              *rules,
                                                           GError             **error);
PTCE_AVAILABLE_IN_ALL
PtceLegalCategory   *ptce_legal_categories_lookup         (PtceLegalCategories *self,
                                                           const char          *code);
PTCE_AVAILABLE_IN_ALL
gboolean             ptce_legal_categories_check          (PtceLegalCategories *self,
                                                           const char          *code,
                                                           GError             **error);
PTCE_AVAILABLE_IN_ALL
GListModel          *ptce_legal_categories_list           (PtceLegalCategories *self);
PTCE_AVAILABLE_IN_ALL
PtceActorInference  *ptce_legal_categories_infer_actor    (PtceLegalCategories *self,
                                                           PtceActor           *actor);

G_END_DECLS
