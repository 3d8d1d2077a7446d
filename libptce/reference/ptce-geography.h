/* ptce-geography.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-actor.h"
#include "ptce-commune.h"
#include "ptce-departement.h"
#include "ptce-epci.h"
#include "ptce-region.h"
#include "ptce-resolved-territory.h"
#include "ptce-territory.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_GEOGRAPHY (ptce_geography_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceGeography, ptce_geography, PTCE, GEOGRAPHY, GObject)

PTCE_AVAILABLE_IN_ALL
PtceGeography         *ptce_geography_get_default                  (void);
PTCE_AVAILABLE_IN_ALL
PtceGeography         *ptce_geography_new_from_file                (const char     *path,
                                                                    GError        **error);
PTCE_AVAILABLE_IN_ALL
PtceGeography         *ptce_geography_new_from_bytes               (GBytes         *bytes,
                                                                    GError        **error);
PTCE_AVAILABLE_IN_ALL
const char            *ptce_geography_get_vintage                  (PtceGeography  *self);
PTCE_AVAILABLE_IN_ALL
const char            *ptce_geography_get_source                   (PtceGeography  *self);
PTCE_AVAILABLE_IN_ALL
guint                  ptce_geography_get_n_communes               (PtceGeography  *self);

PTCE_AVAILABLE_IN_ALL
PtceCommune           *ptce_geography_lookup_commune               (PtceGeography  *self,
                                                                    const char     *code);
PTCE_AVAILABLE_IN_ALL
PtceCommune           *ptce_geography_lookup_commune_of_kind       (PtceGeography  *self,
                                                                    const char     *code,
                                                                    PtceCommuneKind kind);
PTCE_AVAILABLE_IN_ALL
PtceCommune           *ptce_geography_lookup_commune_by_siren      (PtceGeography  *self,
                                                                    const char     *siren);
PTCE_AVAILABLE_IN_ALL
PtceEpci              *ptce_geography_lookup_epci                  (PtceGeography  *self,
                                                                    const char     *siren);
PTCE_AVAILABLE_IN_ALL
PtceDepartement       *ptce_geography_lookup_departement           (PtceGeography  *self,
                                                                    const char     *code);
PTCE_AVAILABLE_IN_ALL
PtceRegion            *ptce_geography_lookup_region                (PtceGeography  *self,
                                                                    const char     *code);
PTCE_AVAILABLE_IN_ALL
gboolean               ptce_geography_check_commune                (PtceGeography  *self,
                                                                    const char     *code,
                                                                    GError        **error);
PTCE_AVAILABLE_IN_ALL
GListModel            *ptce_geography_list_communes                (PtceGeography  *self);
PTCE_AVAILABLE_IN_ALL
GListModel            *ptce_geography_list_epcis                   (PtceGeography  *self);
PTCE_AVAILABLE_IN_ALL
GListModel            *ptce_geography_list_departements            (PtceGeography  *self);
PTCE_AVAILABLE_IN_ALL
GListModel            *ptce_geography_list_regions                 (PtceGeography  *self);
PTCE_AVAILABLE_IN_ALL
GListModel            *ptce_geography_list_communes_by_postal_code (PtceGeography  *self,
                                                                    const char     *postal_code);
PTCE_AVAILABLE_IN_ALL
GListModel            *ptce_geography_search_communes              (PtceGeography  *self,
                                                                    const char     *query,
                                                                    guint           max_results);

PTCE_AVAILABLE_IN_ALL
PtceResolvedTerritory *ptce_geography_resolve                      (PtceGeography  *self,
                                                                    PtceTerritory  *territory);
PTCE_AVAILABLE_IN_ALL
gboolean               ptce_geography_territory_contains_commune   (PtceGeography  *self,
                                                                    PtceTerritory  *territory,
                                                                    const char     *commune);
PTCE_AVAILABLE_IN_ALL
PtceResolvedTerritory *ptce_geography_overlap                      (PtceGeography  *self,
                                                                    PtceTerritory  *territory,
                                                                    PtceTerritory  *other);
PTCE_AVAILABLE_IN_ALL
PtceTerritory         *ptce_geography_dup_actor_territory          (PtceGeography  *self,
                                                                    PtceActor      *actor);

G_END_DECLS
