/* ptce-network-metrics.c: the measures of PtceNetwork
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The definitions, formulas and a worked example are in docs/network.md.
 * Betweenness and closeness follow the conventions of NetworkX (the tests
 * compare with it to 1e-9): Brandes' algorithm, weighted shortest paths
 * over the distance 1 / weight, the same rescaling. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ptce-network-private.h"

#define NODE(self, i) (&g_array_index ((self)->nodes, PtceNetworkNode, (i)))
#define EDGE(self, e) (&g_array_index ((self)->edges, PtceNetworkEdge, (e)))

/**
 * ptce_network_get_density:
 * @self: a #PtceNetwork
 *
 * Gets the density of the network: the share of the possible ties that
 * exist, 2m / (n (n − 1)) for the actors and poles networks, m / (a c) for
 * the bipartite graph of a actors and c cooperations.
 *
 * Returns: the density, 0 when no tie is possible
 *
 * Since: 1.0
 */
double
ptce_network_get_density (PtceNetwork *self)
{
  double n, m;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0.);

  n = self->nodes->len;
  m = self->edges->len;
  if (self->kind == PTCE_NETWORK_KIND_BIPARTITE)
    {
      double a = 0, c;

      for (guint i = 0; i < self->nodes->len; i++)
        if (NODE (self, i)->type == PTCE_NETWORK_NODE_TYPE_ACTOR)
          a++;
      c = n - a;
      return a > 0 && c > 0 ? m / (a * c) : 0.;
    }
  if (n < 2)
    return 0.;
  return 2. * m / (n * (n - 1.));
}

/**
 * ptce_network_get_degree:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets the degree of a node: how many ties it has.
 *
 * Returns: the degree
 *
 * Since: 1.0
 */
guint
ptce_network_get_degree (PtceNetwork *self,
                         guint        node)
{
  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);
  g_return_val_if_fail (node < self->nodes->len, 0);
  return self->offsets[node + 1] - self->offsets[node];
}

/**
 * ptce_network_get_weighted_degree:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets the weighted degree (strength) of a node: the sum of the weights of
 * its ties.
 *
 * Returns: the weighted degree
 *
 * Since: 1.0
 */
double
ptce_network_get_weighted_degree (PtceNetwork *self,
                                  guint        node)
{
  double sum = 0;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0.);
  g_return_val_if_fail (node < self->nodes->len, 0.);

  for (guint k = self->offsets[node]; k < self->offsets[node + 1]; k++)
    sum += EDGE (self, self->adj_edge[k])->weight;
  return sum;
}

static void
ensure_components (PtceNetwork *self)
{
  guint n = self->nodes->len;
  g_autofree guint *queue = NULL;

  if (self->component != NULL)
    return;
  self->component = g_new (guint, n + 1);
  queue = g_new (guint, n + 1);
  for (guint i = 0; i < n; i++)
    self->component[i] = G_MAXUINT;
  self->n_components = 0;
  self->largest_component = 0;
  for (guint s = 0; s < n; s++)
    {
      guint head = 0, tail = 0, c;

      if (self->component[s] != G_MAXUINT)
        continue;
      c = self->n_components++;
      self->component[s] = c;
      queue[tail++] = s;
      while (head < tail)
        {
          guint v = queue[head++];

          for (guint k = self->offsets[v]; k < self->offsets[v + 1]; k++)
            {
              guint w = self->adj[k];

              if (self->component[w] == G_MAXUINT)
                {
                  self->component[w] = c;
                  queue[tail++] = w;
                }
            }
        }
      if (tail > self->largest_component)
        self->largest_component = tail;
    }
}

/**
 * ptce_network_get_n_components:
 * @self: a #PtceNetwork
 *
 * Gets the number of connected components (an isolated node is one).
 *
 * Returns: the number of components
 *
 * Since: 1.0
 */
guint
ptce_network_get_n_components (PtceNetwork *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);
  ensure_components (self);
  return self->n_components;
}

/**
 * ptce_network_get_node_component:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets the connected component a node belongs to, numbered 0 … n − 1 in
 * the order of their first node.
 *
 * Returns: the component's number
 *
 * Since: 1.0
 */
guint
ptce_network_get_node_component (PtceNetwork *self,
                                 guint        node)
{
  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);
  g_return_val_if_fail (node < self->nodes->len, 0);
  ensure_components (self);
  return self->component[node];
}

/**
 * ptce_network_get_largest_component_size:
 * @self: a #PtceNetwork
 *
 * Gets the number of nodes of the largest connected component.
 *
 * Returns: the size, 0 for an empty network
 *
 * Since: 1.0
 */
guint
ptce_network_get_largest_component_size (PtceNetwork *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);
  ensure_components (self);
  return self->largest_component;
}

/* ------------------------------------------------------------------ */
/* Shortest paths                                                     */

/* A binary heap of (distance, order, node) for Dijkstra; ties on the
 * distance are broken by insertion order, as NetworkX does. */
typedef struct {
  double  dist;
  guint64 order;
  guint   pred;
  guint   node;
} HeapItem;

typedef struct {
  HeapItem *items;
  gsize     len;
  gsize     cap;
  guint64   counter;
} Heap;

static gboolean
heap_less (const HeapItem *a,
           const HeapItem *b)
{
  if (a->dist != b->dist)
    return a->dist < b->dist;
  return a->order < b->order;
}

static void
heap_push (Heap   *h,
           double  dist,
           guint   pred,
           guint   node)
{
  gsize i;

  if (h->len == h->cap)
    {
      h->cap = MAX (16, h->cap * 2);
      h->items = g_renew (HeapItem, h->items, h->cap);
    }
  i = h->len++;
  h->items[i] = (HeapItem) { dist, h->counter++, pred, node };
  while (i > 0)
    {
      gsize parent = (i - 1) / 2;
      HeapItem tmp;

      if (!heap_less (&h->items[i], &h->items[parent]))
        break;
      tmp = h->items[i];
      h->items[i] = h->items[parent];
      h->items[parent] = tmp;
      i = parent;
    }
}

static HeapItem
heap_pop (Heap *h)
{
  HeapItem top = h->items[0];
  gsize i = 0;

  h->items[0] = h->items[--h->len];
  for (;;)
    {
      gsize l = 2 * i + 1, r = l + 1, m = i;
      HeapItem tmp;

      if (l < h->len && heap_less (&h->items[l], &h->items[m]))
        m = l;
      if (r < h->len && heap_less (&h->items[r], &h->items[m]))
        m = r;
      if (m == i)
        break;
      tmp = h->items[i];
      h->items[i] = h->items[m];
      h->items[m] = tmp;
      i = m;
    }
  return top;
}

/* Work arrays of one single-source search. */
typedef struct {
  guint   n;
  guint  *order;     /* nodes in the order they were settled */
  guint   n_order;
  double *sigma;     /* number of shortest paths */
  double *dist;      /* distance, or -1 when not reached */
  double *delta;
  guint  *pred;      /* predecessors, CSR-like: pred_start[w] … */
  guint  *pred_len;
  gboolean *settled;
  Heap    heap;
} Search;

static void
search_init (Search      *s,
             PtceNetwork *self)
{
  guint n = self->nodes->len;

  memset (s, 0, sizeof *s);
  s->n = n;
  s->order = g_new (guint, n + 1);
  s->sigma = g_new (double, n + 1);
  s->dist = g_new (double, n + 1);
  s->delta = g_new (double, n + 1);
  /* predecessors of w are stored in the slots of w's adjacency */
  s->pred = g_new (guint, self->offsets[n] + 1);
  s->pred_len = g_new (guint, n + 1);
  s->settled = g_new (gboolean, n + 1);
}

static void
search_clear (Search *s)
{
  g_free (s->order);
  g_free (s->sigma);
  g_free (s->dist);
  g_free (s->delta);
  g_free (s->pred);
  g_free (s->pred_len);
  g_free (s->settled);
  g_free (s->heap.items);
}

static inline double
edge_distance (PtceNetwork *self,
               guint        k)
{
  return 1.0 / EDGE (self, self->adj_edge[k])->weight;
}

/* Shortest paths from @source: fills order, sigma, dist and the
 * predecessors. Unweighted: breadth first; weighted: Dijkstra over 1/w. */
static void
search_run (Search      *s,
            PtceNetwork *self,
            guint        source,
            gboolean     weighted)
{
  for (guint i = 0; i < s->n; i++)
    {
      s->sigma[i] = 0;
      s->dist[i] = -1;
      s->pred_len[i] = 0;
      s->settled[i] = FALSE;
    }
  s->n_order = 0;

  if (!weighted)
    {
      guint head = 0;

      s->sigma[source] = 1;
      s->dist[source] = 0;
      s->order[s->n_order++] = source;
      while (head < s->n_order)
        {
          guint v = s->order[head++];
          double dv = s->dist[v];

          for (guint k = self->offsets[v]; k < self->offsets[v + 1]; k++)
            {
              guint w = self->adj[k];

              if (s->dist[w] < 0)
                {
                  s->dist[w] = dv + 1;
                  s->order[s->n_order++] = w;
                }
              if (s->dist[w] == dv + 1)
                {
                  s->sigma[w] += s->sigma[v];
                  s->pred[self->offsets[w] + s->pred_len[w]++] = v;
                }
            }
        }
      return;
    }

  /* Dijkstra, written as NetworkX's _single_source_dijkstra_path_basic so
   * that equal sums of floating-point distances compare the same. */
  s->heap.len = 0;
  s->heap.counter = 0;
  s->dist[source] = 0;
  s->sigma[source] = 1;
  heap_push (&s->heap, 0, source, source);
  while (s->heap.len > 0)
    {
      HeapItem item = heap_pop (&s->heap);
      guint v = item.node;

      if (s->settled[v])
        continue;
      if (v != source)
        s->sigma[v] += s->sigma[item.pred];
      s->settled[v] = TRUE;
      s->order[s->n_order++] = v;
      s->dist[v] = item.dist;
      for (guint k = self->offsets[v]; k < self->offsets[v + 1]; k++)
        {
          guint w = self->adj[k];
          double vw = item.dist + edge_distance (self, k);

          if (s->settled[w])
            {
              /* NetworkX still counts an equal path to a settled node
               * (it can only be w == a node at the same distance, with a
               * zero-length edge, which 1/w never gives). */
              continue;
            }
          if (s->dist[w] < 0 || vw < s->dist[w])
            {
              s->dist[w] = vw;
              heap_push (&s->heap, vw, v, w);
              s->sigma[w] = 0;
              s->pred_len[w] = 0;
              s->pred[self->offsets[w] + s->pred_len[w]++] = v;
            }
          else if (vw == s->dist[w])
            {
              s->sigma[w] += s->sigma[v];
              s->pred[self->offsets[w] + s->pred_len[w]++] = v;
            }
        }
    }
}

/* Adds the dependencies of @source's search to @bc. */
static void
search_accumulate (Search      *s,
                   PtceNetwork *self,
                   guint        source,
                   double      *bc)
{
  for (guint i = 0; i < s->n_order; i++)
    s->delta[s->order[i]] = 0;
  for (guint i = s->n_order; i-- > 0;)
    {
      guint w = s->order[i];
      double coeff = (1 + s->delta[w]) / s->sigma[w];

      for (guint p = 0; p < s->pred_len[w]; p++)
        {
          guint v = s->pred[self->offsets[w] + p];
          s->delta[v] += s->sigma[v] * coeff;
        }
      if (w != source)
        bc[w] += s->delta[w];
    }
}

static void
rescale (double   *bc,
         guint     n,
         gboolean  normalized,
         guint     k)
{
  double scale;

  if (normalized)
    {
      if (n <= 2)
        return;
      scale = 1. / (((double) n - 1.) * ((double) n - 2.));
    }
  else
    scale = 0.5;
  if (k != 0)
    scale = scale * n / k;
  for (guint i = 0; i < n; i++)
    bc[i] *= scale;
}

static double *
betweenness (PtceNetwork *self,
             gboolean     normalized,
             gboolean     weighted,
             const guint *sources,
             guint        n_sources,
             guint       *n_values)
{
  guint n = self->nodes->len;
  double *bc = g_new0 (double, n + 1);
  Search s;

  search_init (&s, self);
  for (guint i = 0; i < (sources != NULL ? n_sources : n); i++)
    {
      guint source = sources != NULL ? sources[i] : i;

      search_run (&s, self, source, weighted);
      search_accumulate (&s, self, source, bc);
    }
  search_clear (&s);
  rescale (bc, n, normalized, sources != NULL ? n_sources : 0);
  *n_values = n;
  return bc;
}

/**
 * ptce_network_compute_betweenness:
 * @self: a #PtceNetwork
 * @normalized: whether to divide by the number of pairs, (n − 1)(n − 2) / 2
 * @weighted: whether shortest paths follow the distance 1 / weight (a
 *   stronger tie is a shorter path) rather than the number of ties
 * @n_values: (out): the number of nodes
 *
 * Computes the betweenness centrality of every node exactly, with Brandes'
 * algorithm in O(n m) (O(n m + n² log n) weighted): for node v, the sum
 * over pairs of other nodes {s, t} of the share of the shortest s–t paths
 * that go through v. The nodes with the highest betweenness are the
 * brokers of the network.
 *
 * Returns: (array length=n_values) (transfer full): the betweenness of each node
 *
 * Since: 1.0
 */
double *
ptce_network_compute_betweenness (PtceNetwork *self,
                                  gboolean     normalized,
                                  gboolean     weighted,
                                  guint       *n_values)
{
  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);
  g_return_val_if_fail (n_values != NULL, NULL);
  return betweenness (self, normalized, weighted, NULL, 0, n_values);
}

/**
 * ptce_network_compute_betweenness_sampled:
 * @self: a #PtceNetwork
 * @normalized: as for ptce_network_compute_betweenness()
 * @weighted: as for ptce_network_compute_betweenness()
 * @n_sources: the number of source nodes to sample (all nodes, and so the
 *   exact value, when it is the number of nodes or more)
 * @seed: the seed of the random choice of the sources
 * @n_values: (out): the number of nodes
 *
 * Estimates the betweenness of every node from @n_sources source nodes
 * drawn at random without replacement, scaling the sum of their
 * dependencies by n / @n_sources: an unbiased estimate in O(@n_sources m),
 * for large graphs. ptce_network_get_betweenness_error_bound() says how far
 * from the exact value it can be.
 *
 * Returns: (array length=n_values) (transfer full): the estimated betweenness of each node
 *
 * Since: 1.0
 */
double *
ptce_network_compute_betweenness_sampled (PtceNetwork *self,
                                          gboolean     normalized,
                                          gboolean     weighted,
                                          guint        n_sources,
                                          guint32      seed,
                                          guint       *n_values)
{
  guint n;
  g_autofree guint *perm = NULL;
  g_autoptr(GRand) rand = NULL;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);
  g_return_val_if_fail (n_values != NULL, NULL);
  g_return_val_if_fail (n_sources > 0, NULL);

  n = self->nodes->len;
  if (n_sources >= n)
    return betweenness (self, normalized, weighted, NULL, 0, n_values);

  /* The first n_sources places of a partial Fisher–Yates shuffle. */
  rand = g_rand_new_with_seed (seed);
  perm = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    perm[i] = i;
  for (guint i = 0; i < n_sources; i++)
    {
      guint j = (guint) g_rand_int_range (rand, (gint32) i, (gint32) n);
      guint tmp = perm[i];

      perm[i] = perm[j];
      perm[j] = tmp;
    }
  return betweenness (self, normalized, weighted, perm, n_sources, n_values);
}

/**
 * ptce_network_get_betweenness_error_bound:
 * @self: a #PtceNetwork
 * @n_sources: the number of sources of the estimate
 * @confidence: the probability wanted, in (0, 1), such as 0.95
 *
 * Gets how far the normalised betweenness that
 * ptce_network_compute_betweenness_sampled() estimates from @n_sources
 * sources can be from the exact value: with probability at least
 * @confidence, for each node, |estimate − exact| ≤ ε where, by Hoeffding's
 * inequality over the per-source terms n δ_s(v) / ((n − 1)(n − 2)), each in
 * [0, n / (n − 1)],
 *
 * ε = n / (n − 1) · √(ln(2 / (1 − @confidence)) / (2 k)).
 *
 * The bound holds for sampling without replacement too; multiply by (n −
 * 1)(n − 2) / 2 for the unnormalised value. It is 0 when @n_sources covers
 * every node (the estimate is then exact).
 *
 * Returns: the bound ε on the normalised betweenness
 *
 * Since: 1.0
 */
double
ptce_network_get_betweenness_error_bound (PtceNetwork *self,
                                          guint        n_sources,
                                          double       confidence)
{
  double n;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0.);
  g_return_val_if_fail (n_sources > 0, 0.);
  g_return_val_if_fail (confidence > 0 && confidence < 1, 0.);

  n = self->nodes->len;
  if (n_sources >= self->nodes->len || n < 3)
    return 0.;
  return n / (n - 1) * sqrt (log (2. / (1. - confidence)) / (2. * n_sources));
}

/**
 * ptce_network_compute_closeness:
 * @self: a #PtceNetwork
 * @weighted: whether distances follow 1 / weight rather than the number of
 *   ties
 * @n_values: (out): the number of nodes
 *
 * Computes the closeness centrality of every node, corrected for graphs
 * that are not connected (Wasserman and Faust): for node u reaching r other
 * nodes at distances summing to D, (r / D) · (r / (n − 1)); 0 for an
 * isolated node.
 *
 * Returns: (array length=n_values) (transfer full): the closeness of each node
 *
 * Since: 1.0
 */
double *
ptce_network_compute_closeness (PtceNetwork *self,
                                gboolean     weighted,
                                guint       *n_values)
{
  guint n;
  double *out;
  Search s;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  n = self->nodes->len;
  out = g_new0 (double, n + 1);
  search_init (&s, self);
  for (guint u = 0; u < n; u++)
    {
      double total = 0;
      guint reached;

      search_run (&s, self, u, weighted);
      for (guint i = 0; i < s.n_order; i++)
        total += s.dist[s.order[i]];
      reached = s.n_order - 1;
      if (total > 0 && n > 1)
        out[u] = ((double) reached / total) * ((double) reached / (n - 1.));
    }
  search_clear (&s);
  *n_values = n;
  return out;
}

/**
 * ptce_network_compute_clustering:
 * @self: a #PtceNetwork
 * @n_values: (out): the number of nodes
 *
 * Computes the local clustering coefficient of every node: the share of the
 * pairs of its neighbours that are tied, 2 T(v) / (d(v) (d(v) − 1)) for
 * T(v) triangles through v of degree d(v); 0 when d(v) < 2. Weights are not
 * used. (The bipartite graph has no triangle.)
 *
 * Returns: (array length=n_values) (transfer full): the clustering of each node
 *
 * Since: 1.0
 */
double *
ptce_network_compute_clustering (PtceNetwork *self,
                                 guint       *n_values)
{
  guint n;
  double *out;
  g_autofree guint *mark = NULL;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  n = self->nodes->len;
  out = g_new0 (double, n + 1);
  mark = g_new (guint, n + 1);
  for (guint i = 0; i < n; i++)
    mark[i] = G_MAXUINT;
  for (guint v = 0; v < n; v++)
    {
      guint d = self->offsets[v + 1] - self->offsets[v];
      guint64 links = 0;

      if (d < 2)
        continue;
      for (guint k = self->offsets[v]; k < self->offsets[v + 1]; k++)
        mark[self->adj[k]] = v;
      for (guint k = self->offsets[v]; k < self->offsets[v + 1]; k++)
        {
          guint u = self->adj[k];

          for (guint j = self->offsets[u]; j < self->offsets[u + 1]; j++)
            if (mark[self->adj[j]] == v)
              links++;
        }
      /* each tie between two neighbours was seen from both ends */
      out[v] = (double) links / ((double) d * (d - 1.));
    }
  *n_values = n;
  return out;
}

/**
 * ptce_network_get_average_clustering:
 * @self: a #PtceNetwork
 *
 * Gets the mean of the local clustering coefficients of all the nodes
 * (those of degree below 2 counting 0).
 *
 * Returns: the average clustering, 0 for an empty network
 *
 * Since: 1.0
 */
double
ptce_network_get_average_clustering (PtceNetwork *self)
{
  g_autofree double *c = NULL;
  guint n;
  double sum = 0;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0.);

  c = ptce_network_compute_clustering (self, &n);
  if (n == 0)
    return 0.;
  for (guint i = 0; i < n; i++)
    sum += c[i];
  return sum / n;
}

/**
 * ptce_network_count_ties_by_mode:
 * @self: a #PtceNetwork
 * @mode: a cooperation mode
 *
 * Counts the ties made (at least in part) by a cooperation of @mode. A tie
 * made by cooperations of several modes counts once for each.
 *
 * Returns: the number of ties
 *
 * Since: 1.0
 */
guint
ptce_network_count_ties_by_mode (PtceNetwork         *self,
                                 PtceCooperationMode  mode)
{
  guint count = 0;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);
  g_return_val_if_fail ((guint) mode < 32, 0);

  for (guint e = 0; e < self->edges->len; e++)
    if (EDGE (self, e)->modes & (1u << mode))
      count++;
  return count;
}

/**
 * ptce_network_count_ties_by_object:
 * @self: a #PtceNetwork
 * @object: a cooperation object
 *
 * Counts the ties made (at least in part) by a cooperation of @object.
 *
 * Returns: the number of ties
 *
 * Since: 1.0
 */
guint
ptce_network_count_ties_by_object (PtceNetwork           *self,
                                   PtceCooperationObject  object)
{
  guint count = 0;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);
  g_return_val_if_fail ((guint) object < 32, 0);

  for (guint e = 0; e < self->edges->len; e++)
    if (EDGE (self, e)->objects & (1u << object))
      count++;
  return count;
}

/**
 * ptce_network_count_ties_between:
 * @self: a #PtceNetwork
 * @a: a category
 * @b: a category (the same as @a for the ties inside one category)
 *
 * Counts the ties between an actor of category @a and one of category @b
 * (in either order): ESS enterprises ↔ other enterprises ↔ local
 * authorities ↔ research and training.
 *
 * Returns: the number of ties
 *
 * Since: 1.0
 */
guint
ptce_network_count_ties_between (PtceNetwork         *self,
                                 PtceNetworkCategory  a,
                                 PtceNetworkCategory  b)
{
  guint count = 0;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);

  for (guint e = 0; e < self->edges->len; e++)
    {
      const PtceNetworkEdge *edge = EDGE (self, e);
      PtceNetworkCategory cu = NODE (self, edge->u)->category;
      PtceNetworkCategory cv = NODE (self, edge->v)->category;

      if ((cu == a && cv == b) || (cu == b && cv == a))
        count++;
    }
  return count;
}

/**
 * ptce_network_count_ties_between_families:
 * @self: a #PtceNetwork
 * @a: an ESS family
 * @b: an ESS family (the same as @a for the ties inside one family)
 *
 * Counts the ties between an actor of ESS family @a and one of family @b
 * (in either order), the families being stated or inferred.
 *
 * Returns: the number of ties
 *
 * Since: 1.0
 */
guint
ptce_network_count_ties_between_families (PtceNetwork   *self,
                                          PtceEssFamily  a,
                                          PtceEssFamily  b)
{
  guint count = 0;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);

  for (guint e = 0; e < self->edges->len; e++)
    {
      const PtceNetworkEdge *edge = EDGE (self, e);
      PtceEssFamily fu = NODE (self, edge->u)->family;
      PtceEssFamily fv = NODE (self, edge->v)->family;

      if ((fu == a && fv == b) || (fu == b && fv == a))
        count++;
    }
  return count;
}

/**
 * ptce_network_get_ei_index:
 * @self: a #PtceNetwork
 *
 * Gets the E-I index (Krackhardt and Stern) of the article 9 categories:
 * (E − I) / (E + I), E counting the ties between actors of different
 * categories and I those inside one category, over the ties whose two
 * actors have a known category. −1: every tie stays inside a category; +1:
 * every tie crosses categories.
 *
 * Returns: the E-I index, or NAN when no tie joins two actors of known
 *   category
 *
 * Since: 1.0
 */
double
ptce_network_get_ei_index (PtceNetwork *self)
{
  double external = 0, internal = 0;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), NAN);

  for (guint e = 0; e < self->edges->len; e++)
    {
      const PtceNetworkEdge *edge = EDGE (self, e);
      PtceNetworkCategory cu = NODE (self, edge->u)->category;
      PtceNetworkCategory cv = NODE (self, edge->v)->category;

      if (cu == PTCE_NETWORK_CATEGORY_UNKNOWN || cv == PTCE_NETWORK_CATEGORY_UNKNOWN)
        continue;
      if (cu == cv)
        internal++;
      else
        external++;
    }
  if (external + internal == 0)
    return NAN;
  return (external - internal) / (external + internal);
}

/**
 * ptce_network_get_animator_share:
 * @self: a #PtceNetwork
 *
 * Gets the share of the ties that involve an animator of a pole
 * (ptce_network_get_node_is_animator()): how much of the cooperation goes
 * through the animation structure.
 *
 * Returns: the share, in [0, 1]; 0 without ties
 *
 * Since: 1.0
 */
double
ptce_network_get_animator_share (PtceNetwork *self)
{
  double count = 0;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0.);

  if (self->edges->len == 0)
    return 0.;
  for (guint e = 0; e < self->edges->len; e++)
    {
      const PtceNetworkEdge *edge = EDGE (self, e);

      if (NODE (self, edge->u)->animator || NODE (self, edge->v)->animator)
        count++;
    }
  return count / self->edges->len;
}

static guint32
edge_first (PtceNetwork           *self,
            const PtceNetworkEdge *edge)
{
  return g_array_index (self->edge_spans, PtceSpan, edge->span_first).first;
}

static guint32
edge_last (PtceNetwork           *self,
           const PtceNetworkEdge *edge)
{
  return g_array_index (self->edge_spans, PtceSpan, edge->span_first + edge->span_count - 1).last;
}

/**
 * ptce_network_count_new_ties:
 * @self: a #PtceNetwork
 *
 * Counts the ties that did not exist on the first day of the network's
 * period and appeared during it.
 *
 * Returns: the number of new ties
 *
 * Since: 1.0
 */
guint
ptce_network_count_new_ties (PtceNetwork *self)
{
  guint count = 0;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);
  for (guint e = 0; e < self->edges->len; e++)
    if (edge_first (self, EDGE (self, e)) > self->w0)
      count++;
  return count;
}

/**
 * ptce_network_count_ended_ties:
 * @self: a #PtceNetwork
 *
 * Counts the ties that existed during the network's period but no longer
 * on its last day.
 *
 * Returns: the number of ended ties
 *
 * Since: 1.0
 */
guint
ptce_network_count_ended_ties (PtceNetwork *self)
{
  guint count = 0;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);
  for (guint e = 0; e < self->edges->len; e++)
    if (edge_last (self, EDGE (self, e)) < self->w1)
      count++;
  return count;
}

/**
 * ptce_network_count_lasting_ties:
 * @self: a #PtceNetwork
 *
 * Counts the ties that exist on both the first and the last day of the
 * network's period.
 *
 * Returns: the number of lasting ties
 *
 * Since: 1.0
 */
guint
ptce_network_count_lasting_ties (PtceNetwork *self)
{
  guint count = 0;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);
  for (guint e = 0; e < self->edges->len; e++)
    {
      const PtceNetworkEdge *edge = EDGE (self, e);

      if (edge_first (self, edge) == self->w0 && edge_last (self, edge) == self->w1)
        count++;
    }
  return count;
}

static int
double_compare (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * ptce_network_get_median_tie_duration:
 * @self: a #PtceNetwork
 *
 * Gets the median, over the ties, of the number of days each exists within
 * the network's period (a tie interrupted and resumed counts the days of
 * each run). The mean of the two middle values for an even number of ties.
 *
 * Returns: the median duration in days, or NAN without ties
 *
 * Since: 1.0
 */
double
ptce_network_get_median_tie_duration (PtceNetwork *self)
{
  g_autofree double *days = NULL;
  guint m;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), NAN);

  m = self->edges->len;
  if (m == 0)
    return NAN;
  days = g_new (double, m);
  for (guint e = 0; e < m; e++)
    days[e] = EDGE (self, e)->days;
  qsort (days, m, sizeof (double), double_compare);
  if (m % 2 == 1)
    return days[m / 2];
  return (days[m / 2 - 1] + days[m / 2]) / 2.;
}
