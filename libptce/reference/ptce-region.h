/* ptce-region.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_REGION (ptce_region_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceRegion, ptce_region, PTCE, REGION, GObject)

PTCE_AVAILABLE_IN_ALL
const char         *ptce_region_get_code          (PtceRegion *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_region_get_name          (PtceRegion *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_region_get_chef_lieu     (PtceRegion *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_region_is_overseas       (PtceRegion *self);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_region_get_departements  (PtceRegion *self);
PTCE_AVAILABLE_IN_ALL
guint               ptce_region_get_n_communes    (PtceRegion *self);
PTCE_AVAILABLE_IN_ALL
guint64             ptce_region_get_population    (PtceRegion *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_region_get_vintage       (PtceRegion *self);

G_END_DECLS
