/* ptce-territory.h
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

#define PTCE_TYPE_TERRITORY (ptce_territory_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceTerritory, ptce_territory, PTCE, TERRITORY, GObject)

PTCE_AVAILABLE_IN_ALL
PtceTerritory       *ptce_territory_new              (const char         *name);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_territory_get_name         (PtceTerritory      *self);
PTCE_AVAILABLE_IN_ALL
void                 ptce_territory_set_name         (PtceTerritory      *self,
                                                      const char         *name);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_territory_get_vintage      (PtceTerritory      *self);
PTCE_AVAILABLE_IN_ALL
void                 ptce_territory_set_vintage      (PtceTerritory      *self,
                                                      const char         *vintage);
PTCE_AVAILABLE_IN_ALL
PtceTerritoryScale   ptce_territory_get_scale        (PtceTerritory      *self);
PTCE_AVAILABLE_IN_ALL
void                 ptce_territory_set_scale        (PtceTerritory      *self,
                                                      PtceTerritoryScale  scale);
PTCE_AVAILABLE_IN_ALL
const char * const  *ptce_territory_get_communes     (PtceTerritory      *self);
PTCE_AVAILABLE_IN_ALL
void                 ptce_territory_set_communes     (PtceTerritory      *self,
                                                      const char * const *codes);
PTCE_AVAILABLE_IN_ALL
const char * const  *ptce_territory_get_epcis        (PtceTerritory      *self);
PTCE_AVAILABLE_IN_ALL
void                 ptce_territory_set_epcis        (PtceTerritory      *self,
                                                      const char * const *sirens);
PTCE_AVAILABLE_IN_ALL
const char * const  *ptce_territory_get_departements (PtceTerritory      *self);
PTCE_AVAILABLE_IN_ALL
void                 ptce_territory_set_departements (PtceTerritory      *self,
                                                      const char * const *codes);
PTCE_AVAILABLE_IN_ALL
const char * const  *ptce_territory_get_regions      (PtceTerritory      *self);
PTCE_AVAILABLE_IN_ALL
void                 ptce_territory_set_regions      (PtceTerritory      *self,
                                                      const char * const *codes);
PTCE_AVAILABLE_IN_ALL
void                 ptce_territory_add_commune      (PtceTerritory      *self,
                                                      const char         *code);
PTCE_AVAILABLE_IN_ALL
void                 ptce_territory_add_epci         (PtceTerritory      *self,
                                                      const char         *siren);
PTCE_AVAILABLE_IN_ALL
gboolean             ptce_territory_is_delimited     (PtceTerritory      *self);

G_END_DECLS
