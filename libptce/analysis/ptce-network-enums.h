/* ptce-network-enums.h: the words of the cooperation network
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * SECTION:ptce-network-enums
 * @Title: Network enumerations
 * @Short_description: the words of PtceNetwork
 *
 * The enumerations a #PtceNetwork is built and described with. The nick of
 * each value is the word that the JSON, GraphML and GEXF exports and
 * `ptce network` write.
 */

/**
 * PtceNetworkKind:
 * @PTCE_NETWORK_KIND_ACTORS: the actor–actor projection: two actors are
 *   tied when they take part in the same cooperation, weighted by the
 *   number of cooperations they share (or by the months they share one)
 * @PTCE_NETWORK_KIND_BIPARTITE: the bipartite graph actors × cooperations:
 *   an actor is tied to each cooperation it takes part in
 * @PTCE_NETWORK_KIND_POLES: the inter-pole network: two poles are tied when
 *   they share actors, weighted by how many (or by the months they share one)
 *
 * Which graph a #PtceNetwork is.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_NETWORK_KIND_ACTORS,
  PTCE_NETWORK_KIND_BIPARTITE,
  PTCE_NETWORK_KIND_POLES,
} PtceNetworkKind;

/**
 * PtceNetworkWeight:
 * @PTCE_NETWORK_WEIGHT_COUNT: the number of cooperations two actors share
 *   (actors network), of actors two poles share (poles network); 1 for the
 *   ties of the bipartite graph
 * @PTCE_NETWORK_WEIGHT_MONTHS: the number of calendar months, within the
 *   network's period, during which the tie exists
 *
 * What the weight of a tie counts.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_NETWORK_WEIGHT_COUNT,
  PTCE_NETWORK_WEIGHT_MONTHS,
} PtceNetworkWeight;

/**
 * PtceNetworkNodeType:
 * @PTCE_NETWORK_NODE_TYPE_ACTOR: an actor (#PtceActor)
 * @PTCE_NETWORK_NODE_TYPE_COOPERATION: a cooperation (#PtceCooperation), in
 *   the bipartite graph
 * @PTCE_NETWORK_NODE_TYPE_POLE: a pole (#PtcePole), in the inter-pole network
 *
 * What a node of a #PtceNetwork stands for.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_NETWORK_NODE_TYPE_ACTOR,
  PTCE_NETWORK_NODE_TYPE_COOPERATION,
  PTCE_NETWORK_NODE_TYPE_POLE,
} PtceNetworkNodeType;

/**
 * PtceNetworkCategory:
 * @PTCE_NETWORK_CATEGORY_UNKNOWN: the article 9 kind is not known (and
 *   cannot be inferred); also the category of nodes that are not actors
 * @PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE: an ESS enterprise (article 1)
 * @PTCE_NETWORK_CATEGORY_OTHER_ENTERPRISE: another enterprise or grouping of
 *   enterprises
 * @PTCE_NETWORK_CATEGORY_LOCAL_AUTHORITY: a local authority or grouping of
 *   local authorities
 * @PTCE_NETWORK_CATEGORY_RESEARCH_TRAINING: a research centre, higher
 *   education establishment or training body
 * @PTCE_NETWORK_CATEGORY_OTHER: another legal person or a natural person
 *
 * The article 9 categories that cross-category ties are counted between:
 * « des entreprises de l'économie sociale et solidaire [qui] s'associent à
 * des entreprises, en lien avec des collectivités territoriales et leurs
 * groupements, des centres de recherche, des établissements d'enseignement
 * supérieur et de recherche, des organismes de formation ou toute autre
 * personne physique ou morale ».
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_NETWORK_CATEGORY_UNKNOWN,
  PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE,
  PTCE_NETWORK_CATEGORY_OTHER_ENTERPRISE,
  PTCE_NETWORK_CATEGORY_LOCAL_AUTHORITY,
  PTCE_NETWORK_CATEGORY_RESEARCH_TRAINING,
  PTCE_NETWORK_CATEGORY_OTHER,
} PtceNetworkCategory;

G_END_DECLS
