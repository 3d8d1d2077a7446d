/* ptce-network-private.h: what the files of PtceNetwork share
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-network.h"
#include "ptce-dataset.h"
#include "ptce-pole.h"

G_BEGIN_DECLS

/* A run of days, both included, as julian day numbers. */
typedef struct {
  guint32 first;
  guint32 last;
} PtceSpan;

typedef struct {
  char                *id;
  char                *label;
  PtceNetworkNodeType  type;
  PtceNetworkCategory  category;
  PtceDerivation       category_derivation;
  PtceEssFamily        family;
  PtceDerivation       family_derivation;
  char                *legal_category;
  char                *commune;
  gboolean             animator;
  int                  mode;        /* cooperation nodes, else -1 */
  int                  object;      /* cooperation nodes, else -1 */
  guint                span_first;  /* into node_spans */
  guint                span_count;
} PtceNetworkNode;

typedef struct {
  guint    u;
  guint    v;
  guint    count;       /* shared cooperations (or actors, for poles) */
  guint    months;
  guint    days;
  double   weight;
  guint32  modes;       /* 1 << PtceCooperationMode */
  guint32  objects;     /* 1 << PtceCooperationObject */
  guint    span_first;  /* into edge_spans */
  guint    span_count;
} PtceNetworkEdge;

struct _PtceNetwork
{
  GObject            parent_instance;

  PtceNetworkKind    kind;
  PtceNetworkWeight  weight;
  PtceDate          *start;
  PtceDate          *end;
  guint32            w0;        /* the window, julian days */
  guint32            w1;

  GArray            *nodes;     /* PtceNetworkNode */
  GHashTable        *index;     /* id → node + 1 */
  GArray            *edges;     /* PtceNetworkEdge */
  GArray            *node_spans;
  GArray            *edge_spans;

  /* CSR adjacency: the neighbours of node i are adj[offsets[i] … offsets[i+1]) */
  guint             *offsets;
  guint             *adj;
  guint             *adj_edge;

  /* components, computed on first use */
  guint             *component;
  guint              n_components;
  guint              largest_component;
};

PtceNetwork *ptce_network_build_private (PtceDataset       *dataset,
                                         GPtrArray         *poles,
                                         PtceNetworkKind    kind,
                                         PtceNetworkWeight  weight,
                                         gboolean           members_only,
                                         PtceDate          *start,
                                         PtceDate          *end,
                                         guint32            w0,
                                         guint32            w1,
                                         guint32            mode_mask,
                                         guint32            object_mask);

const char *ptce_network_category_nick    (PtceNetworkCategory category);
const char *ptce_network_enum_nick        (GType               type,
                                           int                 value);

G_END_DECLS
