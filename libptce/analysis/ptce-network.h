/* ptce-network.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include <json-glib/json-glib.h>
#include "ptce-date.h"
#include "ptce-enums.h"
#include "ptce-network-enums.h"
#include "ptce-reference-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_NETWORK (ptce_network_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceNetwork, ptce_network, PTCE, NETWORK, GObject)

/* What the network is */
PTCE_AVAILABLE_IN_ALL
PtceNetworkKind      ptce_network_get_kind                     (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
PtceNetworkWeight    ptce_network_get_weight                   (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
PtceDate            *ptce_network_get_start                    (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
PtceDate            *ptce_network_get_end                      (PtceNetwork          *self);

/* Nodes */
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_get_n_nodes                  (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
int                  ptce_network_lookup_node                  (PtceNetwork          *self,
                                                                const char           *id);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_network_get_node_id                  (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_network_get_node_label               (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
PtceNetworkNodeType  ptce_network_get_node_type                (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
PtceNetworkCategory  ptce_network_get_node_category            (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
PtceDerivation       ptce_network_get_node_category_derivation (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
PtceEssFamily        ptce_network_get_node_ess_family          (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
PtceDerivation       ptce_network_get_node_ess_family_derivation (PtceNetwork        *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_network_get_node_legal_category      (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
const char          *ptce_network_get_node_commune             (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
gboolean             ptce_network_get_node_is_animator         (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
PtceDate            *ptce_network_dup_node_start               (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
PtceDate            *ptce_network_dup_node_end                 (PtceNetwork          *self,
                                                                guint                 node);

/* Edges */
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_get_n_edges                  (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_get_edge_source              (PtceNetwork          *self,
                                                                guint                 edge);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_get_edge_target              (PtceNetwork          *self,
                                                                guint                 edge);
PTCE_AVAILABLE_IN_ALL
double               ptce_network_get_edge_weight              (PtceNetwork          *self,
                                                                guint                 edge);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_get_edge_count               (PtceNetwork          *self,
                                                                guint                 edge);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_get_edge_months              (PtceNetwork          *self,
                                                                guint                 edge);
PTCE_AVAILABLE_IN_ALL
gboolean             ptce_network_edge_has_mode                (PtceNetwork          *self,
                                                                guint                 edge,
                                                                PtceCooperationMode   mode);
PTCE_AVAILABLE_IN_ALL
gboolean             ptce_network_edge_has_object              (PtceNetwork          *self,
                                                                guint                 edge,
                                                                PtceCooperationObject object);
PTCE_AVAILABLE_IN_ALL
PtceDate            *ptce_network_dup_edge_start               (PtceNetwork          *self,
                                                                guint                 edge);
PTCE_AVAILABLE_IN_ALL
PtceDate            *ptce_network_dup_edge_end                 (PtceNetwork          *self,
                                                                guint                 edge);
PTCE_AVAILABLE_IN_ALL
guint               *ptce_network_dup_edge_list                (PtceNetwork          *self,
                                                                guint                *n_values);
PTCE_AVAILABLE_IN_ALL
double              *ptce_network_dup_edge_weights             (PtceNetwork          *self,
                                                                guint                *n_values);

/* Metrics */
PTCE_AVAILABLE_IN_ALL
double               ptce_network_get_density                  (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_get_degree                   (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
double               ptce_network_get_weighted_degree          (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_get_n_components             (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_get_node_component           (PtceNetwork          *self,
                                                                guint                 node);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_get_largest_component_size   (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
double              *ptce_network_compute_betweenness          (PtceNetwork          *self,
                                                                gboolean              normalized,
                                                                gboolean              weighted,
                                                                guint                *n_values);
PTCE_AVAILABLE_IN_ALL
double              *ptce_network_compute_betweenness_sampled  (PtceNetwork          *self,
                                                                gboolean              normalized,
                                                                gboolean              weighted,
                                                                guint                 n_sources,
                                                                guint32               seed,
                                                                guint                *n_values);
PTCE_AVAILABLE_IN_ALL
double               ptce_network_get_betweenness_error_bound  (PtceNetwork          *self,
                                                                guint                 n_sources,
                                                                double                confidence);
PTCE_AVAILABLE_IN_ALL
double              *ptce_network_compute_closeness            (PtceNetwork          *self,
                                                                gboolean              weighted,
                                                                guint                *n_values);
PTCE_AVAILABLE_IN_ALL
double              *ptce_network_compute_clustering           (PtceNetwork          *self,
                                                                guint                *n_values);
PTCE_AVAILABLE_IN_ALL
double               ptce_network_get_average_clustering       (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_count_ties_by_mode           (PtceNetwork          *self,
                                                                PtceCooperationMode   mode);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_count_ties_by_object         (PtceNetwork          *self,
                                                                PtceCooperationObject object);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_count_ties_between           (PtceNetwork          *self,
                                                                PtceNetworkCategory   a,
                                                                PtceNetworkCategory   b);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_count_ties_between_families  (PtceNetwork          *self,
                                                                PtceEssFamily         a,
                                                                PtceEssFamily         b);
PTCE_AVAILABLE_IN_ALL
double               ptce_network_get_ei_index                 (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
double               ptce_network_get_animator_share           (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_count_new_ties               (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_count_ended_ties             (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
guint                ptce_network_count_lasting_ties           (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
double               ptce_network_get_median_tie_duration      (PtceNetwork          *self);

/* Exports */
PTCE_AVAILABLE_IN_ALL
char                *ptce_network_to_dot                       (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
char                *ptce_network_to_graphml                   (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
char                *ptce_network_to_gexf                      (PtceNetwork          *self);
PTCE_AVAILABLE_IN_ALL
JsonNode            *ptce_network_to_json                      (PtceNetwork          *self);

G_END_DECLS
