/* ptce-resolved-territory.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_RESOLVED_TERRITORY (ptce_resolved_territory_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceResolvedTerritory, ptce_resolved_territory, PTCE, RESOLVED_TERRITORY, GObject)

PTCE_AVAILABLE_IN_ALL
const char             *ptce_resolved_territory_get_vintage       (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
guint                   ptce_resolved_territory_get_n_communes    (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
gboolean                ptce_resolved_territory_is_empty          (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
guint64                 ptce_resolved_territory_get_population    (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
gboolean                ptce_resolved_territory_contains_commune  (PtceResolvedTerritory *self,
                                                                   const char            *commune);
PTCE_AVAILABLE_IN_ALL
char                  **ptce_resolved_territory_dup_commune_codes (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
GListModel             *ptce_resolved_territory_list_communes     (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
char                  **ptce_resolved_territory_dup_context_codes (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
GListModel             *ptce_resolved_territory_get_problems      (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
char                  **ptce_resolved_territory_dup_epcis         (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
char                  **ptce_resolved_territory_dup_epts          (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
char                  **ptce_resolved_territory_dup_departements  (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
char                  **ptce_resolved_territory_dup_regions       (PtceResolvedTerritory *self);
PTCE_AVAILABLE_IN_ALL
gboolean                ptce_resolved_territory_covers_epci       (PtceResolvedTerritory *self,
                                                                   const char            *siren);
PTCE_AVAILABLE_IN_ALL
PtceResolvedTerritory  *ptce_resolved_territory_intersect         (PtceResolvedTerritory *self,
                                                                   PtceResolvedTerritory *other);

G_END_DECLS
