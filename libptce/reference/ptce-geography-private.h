/* ptce-geography-private.h: internal constructors of the geography types
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

#include "ptce-geo-data-private.h"
#include "ptce-commune.h"
#include "ptce-epci.h"
#include "ptce-departement.h"
#include "ptce-region.h"
#include "ptce-geography.h"
#include "ptce-geography-problem.h"
#include "ptce-resolved-territory.h"

G_BEGIN_DECLS

PtceCommune           *ptce_commune_new_for_data       (PtceGeoData *data,
                                                        guint        index);
guint                  ptce_commune_get_index          (PtceCommune *self);
PtceEpci              *ptce_epci_new_for_data          (PtceGeoData *data,
                                                        guint        index);
PtceDepartement       *ptce_departement_new_for_data   (PtceGeoData *data,
                                                        guint        index);
PtceRegion            *ptce_region_new_for_data        (PtceGeoData *data,
                                                        guint        index);
PtceGeoData           *ptce_geography_get_data         (PtceGeography *self);

PtceGeographyProblem  *ptce_geography_problem_new      (PtceGeographyProblemKind  kind,
                                                        PtceGeographyLevel        level,
                                                        const char               *code,
                                                        const char               *vintage,
                                                        const char               *replacement,
                                                        const char               *message);

/* Takes @bits (one bit per commune record, current communes only) and
 * @problems. */
PtceResolvedTerritory *ptce_resolved_territory_new_for_data (PtceGeoData *data,
                                                             guint32     *bits,
                                                             GListStore  *problems);
/* Takes @codes, the codes read as context (NULL-terminated). */
void                   ptce_resolved_territory_set_context  (PtceResolvedTerritory *self,
                                                             char                 **codes);
const guint32         *ptce_resolved_territory_get_bits     (PtceResolvedTerritory *self);
/* ptce_resolved_territory_contains_commune(), and in *@known whether the
 * vintage has @commune as an entry of its communes (what
 * ptce_geography_lookup_commune() finds), from one search: the rules ask
 * both for every member of every pole. */
gboolean               ptce_resolved_territory_locate_commune (PtceResolvedTerritory *self,
                                                               const char            *commune,
                                                               gboolean              *known);
PtceGeoData           *ptce_resolved_territory_get_data     (PtceResolvedTerritory *self);

/* A GListModel of #PtceCommune or #PtceEpci created on demand from record
 * indices (takes @indices, an array of guint32). */
GListModel            *ptce_geo_list_new               (PtceGeoData *data,
                                                        GType        item_type,
                                                        GArray      *indices);

/* Sum, count and distinct codes over the current communes of a set. */
#define PTCE_GEO_BITS_WORDS(n) (((n) + 31) / 32)

static inline gboolean
ptce_geo_bits_get (const guint32 *bits,
                   guint          i)
{
  return (bits[i / 32] >> (i % 32)) & 1u;
}

static inline void
ptce_geo_bits_set (guint32 *bits,
                   guint    i)
{
  bits[i / 32] |= 1u << (i % 32);
}

G_END_DECLS
