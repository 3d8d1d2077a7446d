/* ptce-network.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-network-private.h"
#include "ptce-actor.h"
#include "ptce-actor-inference.h"
#include "ptce-cooperation.h"
#include "ptce-enum-types.h"
#include "ptce-legal-categories.h"
#include "ptce-membership.h"
#include "ptce-model-private.h"

/**
 * SECTION:ptce-network
 * @Title: PtceNetwork
 * @Short_description: the cooperation network of one pole, several poles or a dataset
 *
 * A #PtceNetwork is the graph of the cooperation ties of one or more poles
 * as of a date or over a period, built by a #PtceNetworkBuilder. It is one
 * of three graphs (#PtceNetworkKind):
 *
 * - the actor–actor projection: two actors are tied when they take part in
 *   the same #PtceCooperation; the weight counts the cooperations they share
 *   (or the calendar months in which they share one);
 * - the bipartite graph actors × cooperations;
 * - the inter-pole network: two poles are tied when actors belong to both,
 *   the weight counting those actors (or the months they share one).
 *
 * The graph is undirected, without loops or multiple edges. Its nodes are
 * numbered 0 … ptce_network_get_n_nodes() − 1 and its edges 0 …
 * ptce_network_get_n_edges() − 1; node and edge data are read through the
 * accessors (no object is made per node or edge: the graph is held in
 * compact arrays, the adjacency in compressed sparse rows).
 *
 * The metrics (density, degrees, components, betweenness, closeness,
 * clustering, ties by mode and between article 9 categories, E-I index,
 * share of the animator, continuity) and the exports (GraphML, GEXF 1.3,
 * Graphviz DOT, JSON) are computed from the same object. Their definitions,
 * with a worked example, are in docs/network.md.
 */

/**
 * PtceNetwork:
 *
 * The cooperation network of one or more poles, as of a date or over a period. Its fields are private.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_NETWORK:
 *
 * The #GType of #PtceNetwork.
 *
 * Since: 1.0
 */

G_DEFINE_FINAL_TYPE (PtceNetwork, ptce_network, G_TYPE_OBJECT)

static void
node_clear (gpointer data)
{
  PtceNetworkNode *node = data;

  g_free (node->id);
  g_free (node->label);
  g_free (node->legal_category);
  g_free (node->commune);
}

static void
ptce_network_finalize (GObject *object)
{
  PtceNetwork *self = PTCE_NETWORK (object);

  g_clear_pointer (&self->start, ptce_date_unref);
  g_clear_pointer (&self->end, ptce_date_unref);
  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->edges, g_array_unref);
  g_clear_pointer (&self->node_spans, g_array_unref);
  g_clear_pointer (&self->edge_spans, g_array_unref);
  g_clear_pointer (&self->offsets, g_free);
  g_clear_pointer (&self->adj, g_free);
  g_clear_pointer (&self->adj_edge, g_free);
  g_clear_pointer (&self->component, g_free);

  G_OBJECT_CLASS (ptce_network_parent_class)->finalize (object);
}

static void
ptce_network_class_init (PtceNetworkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ptce_network_finalize;
}

static void
ptce_network_init (PtceNetwork *self)
{
  self->nodes = g_array_new (FALSE, TRUE, sizeof (PtceNetworkNode));
  g_array_set_clear_func (self->nodes, node_clear);
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  self->edges = g_array_new (FALSE, TRUE, sizeof (PtceNetworkEdge));
  self->node_spans = g_array_new (FALSE, FALSE, sizeof (PtceSpan));
  self->edge_spans = g_array_new (FALSE, FALSE, sizeof (PtceSpan));
  self->offsets = g_new0 (guint, 1);
}

/* ------------------------------------------------------------------ */
/* Building                                                           */

/* One fact that makes a tie: the pair (u, v) through @through (a
 * cooperation, or an actor for the poles network) during @span. */
typedef struct {
  guint    u;
  guint    v;
  guint    through;
  guint    mode;
  guint    object;
  PtceSpan span;
} Incidence;

typedef struct {
  guint    node;
  PtceSpan span;
} NodeSpan;

typedef struct {
  PtceNetwork         *self;
  PtceLegalCategories *categories;
  GArray              *incidences;   /* Incidence */
  GArray              *node_spans;   /* NodeSpan */
  guint                n_through;
} Build;

/* The days of [@start, @end] (open ends being open) inside the window;
 * FALSE when there are none. */
static gboolean
clip (PtceDate *start,
      PtceDate *end,
      guint32   w0,
      guint32   w1,
      PtceSpan *out)
{
  guint32 first = start != NULL ? ptce_date_get_first_julian (start) : w0;
  guint32 last = end != NULL ? ptce_date_get_last_julian (end) : w1;

  if (first < w0)
    first = w0;
  if (last > w1)
    last = w1;
  if (first > last)
    return FALSE;
  out->first = first;
  out->last = last;
  return TRUE;
}

static int
span_compare (gconstpointer a,
              gconstpointer b)
{
  const PtceSpan *x = a, *y = b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  if (x->last != y->last)
    return x->last < y->last ? -1 : 1;
  return 0;
}

/* Sorts and merges the spans (overlapping or touching runs become one). */
static void
spans_normalise (GArray *spans)
{
  guint out = 0;

  if (spans->len < 2)
    return;
  g_array_sort (spans, span_compare);
  for (guint i = 1; i < spans->len; i++)
    {
      PtceSpan *cur = &g_array_index (spans, PtceSpan, out);
      PtceSpan *next = &g_array_index (spans, PtceSpan, i);

      if (next->first <= cur->last + 1)
        {
          if (next->last > cur->last)
            cur->last = next->last;
        }
      else
        {
          out++;
          g_array_index (spans, PtceSpan, out) = *next;
        }
    }
  g_array_set_size (spans, out + 1);
}

/* Intersection of two normalised lists of spans, appended to @out. */
static void
spans_intersect (const PtceSpan *a,
                 guint           n_a,
                 const PtceSpan *b,
                 guint           n_b,
                 GArray         *out)
{
  guint i = 0, j = 0;

  while (i < n_a && j < n_b)
    {
      guint32 first = MAX (a[i].first, b[j].first);
      guint32 last = MIN (a[i].last, b[j].last);

      if (first <= last)
        {
          PtceSpan s = { first, last };
          g_array_append_val (out, s);
        }
      if (a[i].last < b[j].last)
        i++;
      else
        j++;
    }
}

static int
month_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_get_year (&date) * 12 + (int) g_date_get_month (&date) - 1;
}

/* Distinct calendar months and days of normalised spans. */
static void
spans_measure (const PtceSpan *spans,
               guint           n,
               guint          *months,
               guint          *days)
{
  int counted = G_MININT;

  *months = 0;
  *days = 0;
  for (guint i = 0; i < n; i++)
    {
      int m0 = month_of (spans[i].first);
      int m1 = month_of (spans[i].last);

      *days += spans[i].last - spans[i].first + 1;
      if (m0 <= counted)
        m0 = counted + 1;
      if (m1 >= m0)
        *months += (guint) (m1 - m0 + 1);
      if (m1 > counted)
        counted = m1;
    }
}

static PtceNetworkCategory
category_of (PtceActorKind  kind,
             gboolean       ess)
{
  switch (kind)
    {
    case PTCE_ACTOR_KIND_ENTERPRISE:
    case PTCE_ACTOR_KIND_ENTERPRISE_GROUPING:
      return ess ? PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE : PTCE_NETWORK_CATEGORY_OTHER_ENTERPRISE;
    case PTCE_ACTOR_KIND_LOCAL_AUTHORITY:
    case PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING:
      return PTCE_NETWORK_CATEGORY_LOCAL_AUTHORITY;
    case PTCE_ACTOR_KIND_RESEARCH_CENTRE:
    case PTCE_ACTOR_KIND_HIGHER_EDUCATION:
    case PTCE_ACTOR_KIND_TRAINING_BODY:
      return PTCE_NETWORK_CATEGORY_RESEARCH_TRAINING;
    case PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON:
    case PTCE_ACTOR_KIND_NATURAL_PERSON:
      return PTCE_NETWORK_CATEGORY_OTHER;
    case PTCE_ACTOR_KIND_UNKNOWN:
    default:
      return PTCE_NETWORK_CATEGORY_UNKNOWN;
    }
}

static guint
add_node (Build               *b,
          const char          *id,
          const char          *label,
          PtceNetworkNodeType  type)
{
  PtceNetwork *self = b->self;
  PtceNetworkNode node = { 0 };
  gpointer found;

  if (g_hash_table_lookup_extended (self->index, id, NULL, &found))
    return GPOINTER_TO_UINT (found) - 1;

  node.id = g_strdup (id);
  node.label = g_strdup (label != NULL ? label : id);
  node.type = type;
  node.category = PTCE_NETWORK_CATEGORY_UNKNOWN;
  node.category_derivation = PTCE_DERIVATION_NONE;
  node.family = PTCE_ESS_FAMILY_UNKNOWN;
  node.family_derivation = PTCE_DERIVATION_NONE;
  node.mode = -1;
  node.object = -1;
  g_array_append_val (self->nodes, node);
  g_hash_table_insert (self->index,
                       g_array_index (self->nodes, PtceNetworkNode, self->nodes->len - 1).id,
                       GUINT_TO_POINTER (self->nodes->len));
  return self->nodes->len - 1;
}

static guint
add_actor_node (Build     *b,
                PtceActor *actor)
{
  guint n_before = b->self->nodes->len;
  guint i = add_node (b, ptce_actor_get_id (actor), ptce_actor_get_name (actor),
                      PTCE_NETWORK_NODE_TYPE_ACTOR);

  if (i == n_before)
    {
      g_autoptr(PtceActorInference) inference = NULL;
      PtceNetworkNode *node = &g_array_index (b->self->nodes, PtceNetworkNode, i);
      PtceDerivation kind_derivation, ess_derivation;

      inference = ptce_legal_categories_infer_actor (b->categories, actor);
      kind_derivation = ptce_actor_inference_get_kind_derivation (inference);
      ess_derivation = ptce_actor_inference_get_ess_basis_derivation (inference);
      node->category = category_of (ptce_actor_inference_get_kind (inference),
                                    ptce_actor_inference_is_ess_enterprise (inference));
      if (node->category == PTCE_NETWORK_CATEGORY_UNKNOWN)
        node->category_derivation = PTCE_DERIVATION_NONE;
      else if (kind_derivation == PTCE_DERIVATION_INFERRED ||
               ((node->category == PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE ||
                 node->category == PTCE_NETWORK_CATEGORY_OTHER_ENTERPRISE) &&
                ess_derivation == PTCE_DERIVATION_INFERRED))
        node->category_derivation = PTCE_DERIVATION_INFERRED;
      else
        node->category_derivation = PTCE_DERIVATION_EXPLICIT;
      node->family = ptce_actor_inference_get_ess_family (inference);
      node->family_derivation = ptce_actor_inference_get_ess_family_derivation (inference);
      node->legal_category = g_strdup (ptce_actor_get_legal_category (actor));
      node->commune = g_strdup (ptce_actor_get_seat_commune (actor));
    }
  return i;
}

static void
add_node_span (Build          *b,
               guint           node,
               const PtceSpan *span)
{
  NodeSpan ns = { node, *span };

  g_array_append_val (b->node_spans, ns);
}

static void
add_incidence (Build          *b,
               guint           u,
               guint           v,
               guint           through,
               int             mode,
               int             object,
               const PtceSpan *span)
{
  Incidence inc;

  if (u == v)
    return;
  inc.u = MIN (u, v);
  inc.v = MAX (u, v);
  inc.through = through;
  inc.mode = mode < 0 ? 0 : (guint) mode + 1;
  inc.object = object < 0 ? 0 : (guint) object + 1;
  inc.span = *span;
  g_array_append_val (b->incidences, inc);
}

/* The spans during which each actor holds a membership of @pole in the
 * window (only member roles when @members_only): actor → GArray of spans. */
static GHashTable *
membership_spans (PtcePole *pole,
                  gboolean  members_only,
                  guint32   w0,
                  guint32   w1)
{
  GHashTable *spans = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                             (GDestroyNotify) g_array_unref);
  GListModel *memberships = ptce_pole_get_memberships (pole);
  guint n = g_list_model_get_n_items (memberships);
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceMembership) m = g_list_model_get_item (memberships, i);
      PtceActor *actor = ptce_membership_get_actor (m);
      GArray *list;
      PtceSpan span;

      if (actor == NULL || (members_only && !ptce_membership_is_member (m)))
        continue;
      if (!clip (ptce_membership_get_start (m), ptce_membership_get_end (m), w0, w1, &span))
        continue;
      list = g_hash_table_lookup (spans, actor);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (PtceSpan));
          g_hash_table_insert (spans, actor, list);
        }
      g_array_append_val (list, span);
    }

  g_hash_table_iter_init (&iter, spans);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    spans_normalise (value);
  return spans;
}

/* Adds the actors of a pole's memberships in the window as nodes, and marks
 * the animators. */
static void
add_members (Build      *b,
             PtcePole   *pole,
             GHashTable *all_spans)
{
  GListModel *memberships = ptce_pole_get_memberships (pole);
  guint n = g_list_model_get_n_items (memberships);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceMembership) m = g_list_model_get_item (memberships, i);
      PtceActor *actor = ptce_membership_get_actor (m);
      GArray *spans;
      guint node;

      if (actor == NULL)
        continue;
      spans = g_hash_table_lookup (all_spans, actor);
      if (spans == NULL)
        continue;
      node = add_actor_node (b, actor);
      if (ptce_membership_has_role (m, PTCE_MEMBERSHIP_ROLE_ANIMATOR))
        {
          PtceSpan span;

          if (clip (ptce_membership_get_start (m), ptce_membership_get_end (m),
                    b->self->w0, b->self->w1, &span))
            g_array_index (b->self->nodes, PtceNetworkNode, node).animator = TRUE;
        }
    }

  g_hash_table_iter_init (&iter, all_spans);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *spans = value;
      guint node = add_actor_node (b, key);

      for (guint k = 0; k < spans->len; k++)
        add_node_span (b, node, &g_array_index (spans, PtceSpan, k));
    }
}

static void
build_cooperations (Build    *b,
                    PtcePole *pole,
                    gboolean  members_only,
                    guint32   mode_mask,
                    guint32   object_mask)
{
  PtceNetwork *self = b->self;
  g_autoptr(GHashTable) all_spans = membership_spans (pole, FALSE, self->w0, self->w1);
  g_autoptr(GHashTable) member_spans = NULL;
  GListModel *cooperations = ptce_pole_get_cooperations (pole);
  guint n = g_list_model_get_n_items (cooperations);
  g_autoptr(GArray) part_nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) part_first = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) part_count = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) part_spans = g_array_new (FALSE, FALSE, sizeof (PtceSpan));
  g_autoptr(GArray) pair_spans = g_array_new (FALSE, FALSE, sizeof (PtceSpan));

  if (members_only)
    member_spans = membership_spans (pole, TRUE, self->w0, self->w1);
  add_members (b, pole, all_spans);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceCooperation) c = g_list_model_get_item (cooperations, i);
      /* borrowed: no list model per cooperation (a million in L) */
      guint n_part;
      PtceActor * const *participants = ptce_cooperation_peek_participant_array_private (c, &n_part);
      PtceCooperationMode mode = ptce_cooperation_get_mode (c);
      PtceCooperationObject object = ptce_cooperation_get_object (c);
      guint through = b->n_through++;
      guint coop_node = 0;
      PtceSpan span;

      if (mode_mask != 0 && (mode_mask & (1u << mode)) == 0)
        continue;
      if (object_mask != 0 && (object_mask & (1u << object)) == 0)
        continue;
      if (!clip (ptce_cooperation_get_start (c), ptce_cooperation_get_end (c),
                 self->w0, self->w1, &span))
        continue;

      if (self->kind == PTCE_NETWORK_KIND_BIPARTITE)
        {
          g_autofree char *id = g_strdup_printf ("%s#%s", ptce_pole_get_id (pole),
                                                 ptce_cooperation_get_id (c));
          const char *label = ptce_cooperation_get_description (c);
          PtceNetworkNode *node;

          coop_node = add_node (b, id, ptce_cooperation_get_id (c),
                                PTCE_NETWORK_NODE_TYPE_COOPERATION);
          node = &g_array_index (self->nodes, PtceNetworkNode, coop_node);
          node->mode = mode;
          node->object = object;
          (void) label;
          add_node_span (b, coop_node, &span);
        }

      g_array_set_size (part_nodes, 0);
      g_array_set_size (part_first, 0);
      g_array_set_size (part_count, 0);
      g_array_set_size (part_spans, 0);
      for (guint k = 0; k < n_part; k++)
        {
          PtceActor *actor = participants[k];
          guint first = part_spans->len, node;

          if (members_only)
            {
              GArray *m = g_hash_table_lookup (member_spans, actor);

              if (m == NULL)
                continue;
              spans_intersect (&span, 1, (PtceSpan *) m->data, m->len, part_spans);
            }
          else
            g_array_append_val (part_spans, span);
          if (part_spans->len == first)
            continue;
          node = add_actor_node (b, actor);
          if (g_hash_table_lookup (all_spans, actor) == NULL)
            for (guint s = first; s < part_spans->len; s++)
              add_node_span (b, node, &g_array_index (part_spans, PtceSpan, s));
          g_array_append_val (part_nodes, node);
          g_array_append_val (part_first, first);
          {
            guint count = part_spans->len - first;
            g_array_append_val (part_count, count);
          }
        }

      for (guint x = 0; x < part_nodes->len; x++)
        {
          guint ux = g_array_index (part_nodes, guint, x);
          const PtceSpan *sx = &g_array_index (part_spans, PtceSpan, g_array_index (part_first, guint, x));
          guint nx = g_array_index (part_count, guint, x);

          if (self->kind == PTCE_NETWORK_KIND_BIPARTITE)
            {
              for (guint s = 0; s < nx; s++)
                add_incidence (b, ux, coop_node, through, mode, object, &sx[s]);
              continue;
            }
          for (guint y = x + 1; y < part_nodes->len; y++)
            {
              guint uy = g_array_index (part_nodes, guint, y);
              const PtceSpan *sy = &g_array_index (part_spans, PtceSpan, g_array_index (part_first, guint, y));
              guint ny = g_array_index (part_count, guint, y);

              g_array_set_size (pair_spans, 0);
              spans_intersect (sx, nx, sy, ny, pair_spans);
              for (guint s = 0; s < pair_spans->len; s++)
                add_incidence (b, ux, uy, through, mode, object,
                               &g_array_index (pair_spans, PtceSpan, s));
            }
        }
    }
}

/* Poles network: two poles are tied by each actor they share. */
static void
build_poles (Build     *b,
             GPtrArray *poles,
             gboolean   members_only)
{
  PtceNetwork *self = b->self;
  /* actor → GPtrArray of (pole node, spans) */
  g_autoptr(GHashTable) by_actor = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(GArray) pair_spans = g_array_new (FALSE, FALSE, sizeof (PtceSpan));
  g_autoptr(GHashTable) actor_ids = g_hash_table_new (g_direct_hash, g_direct_equal);
  GHashTableIter iter;
  gpointer key, value;

  for (guint p = 0; p < poles->len; p++)
    {
      PtcePole *pole = g_ptr_array_index (poles, p);
      GHashTable *spans = membership_spans (pole, members_only, self->w0, self->w1);
      guint node = add_node (b, ptce_pole_get_id (pole), ptce_pole_get_name (pole),
                             PTCE_NETWORK_NODE_TYPE_POLE);
      PtceSpan span;

      if (clip (ptce_pole_get_founded (pole), ptce_pole_get_dissolved (pole),
                self->w0, self->w1, &span))
        add_node_span (b, node, &span);
      g_ptr_array_add (tables, spans);
      g_hash_table_iter_init (&iter, spans);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          GPtrArray *list = g_hash_table_lookup (by_actor, key);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (by_actor, key, list);
              g_hash_table_insert (actor_ids, key, GUINT_TO_POINTER (g_hash_table_size (actor_ids)));
            }
          g_ptr_array_add (list, GUINT_TO_POINTER (node));
          g_ptr_array_add (list, value);
        }
    }

  g_hash_table_iter_init (&iter, by_actor);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *list = value;
      guint through = GPOINTER_TO_UINT (g_hash_table_lookup (actor_ids, key));

      for (guint x = 0; x < list->len; x += 2)
        for (guint y = x + 2; y < list->len; y += 2)
          {
            GArray *sx = g_ptr_array_index (list, x + 1);
            GArray *sy = g_ptr_array_index (list, y + 1);

            g_array_set_size (pair_spans, 0);
            spans_intersect ((PtceSpan *) sx->data, sx->len,
                             (PtceSpan *) sy->data, sy->len, pair_spans);
            for (guint s = 0; s < pair_spans->len; s++)
              add_incidence (b, GPOINTER_TO_UINT (g_ptr_array_index (list, x)),
                             GPOINTER_TO_UINT (g_ptr_array_index (list, y)),
                             through, -1, -1, &g_array_index (pair_spans, PtceSpan, s));
          }
    }
}

static int
incidence_compare (gconstpointer a,
                   gconstpointer b)
{
  const Incidence *x = a, *y = b;

  if (x->u != y->u)
    return x->u < y->u ? -1 : 1;
  if (x->v != y->v)
    return x->v < y->v ? -1 : 1;
  if (x->through != y->through)
    return x->through < y->through ? -1 : 1;
  return span_compare (&x->span, &y->span);
}

static int
node_span_compare (gconstpointer a,
                   gconstpointer b)
{
  const NodeSpan *x = a, *y = b;

  if (x->node != y->node)
    return x->node < y->node ? -1 : 1;
  return span_compare (&x->span, &y->span);
}

static void
finish_edges (Build *b)
{
  PtceNetwork *self = b->self;
  GArray *inc = b->incidences;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PtceSpan));
  guint i = 0;

  g_array_sort (inc, incidence_compare);
  while (i < inc->len)
    {
      const Incidence *head = &g_array_index (inc, Incidence, i);
      PtceNetworkEdge edge = { 0 };
      guint last_through = G_MAXUINT;

      edge.u = head->u;
      edge.v = head->v;
      g_array_set_size (spans, 0);
      for (; i < inc->len; i++)
        {
          const Incidence *cur = &g_array_index (inc, Incidence, i);

          if (cur->u != edge.u || cur->v != edge.v)
            break;
          if (cur->through != last_through)
            {
              edge.count++;
              last_through = cur->through;
            }
          if (cur->mode > 0)
            edge.modes |= 1u << (cur->mode - 1);
          if (cur->object > 0)
            edge.objects |= 1u << (cur->object - 1);
          g_array_append_val (spans, cur->span);
        }
      spans_normalise (spans);
      edge.span_first = self->edge_spans->len;
      edge.span_count = spans->len;
      g_array_append_vals (self->edge_spans, spans->data, spans->len);
      spans_measure ((PtceSpan *) spans->data, spans->len, &edge.months, &edge.days);
      edge.weight = self->weight == PTCE_NETWORK_WEIGHT_MONTHS ? edge.months : edge.count;
      if (self->kind == PTCE_NETWORK_KIND_BIPARTITE && self->weight == PTCE_NETWORK_WEIGHT_COUNT)
        edge.weight = 1;
      g_array_append_val (self->edges, edge);
    }
}

static void
finish_node_spans (Build *b)
{
  PtceNetwork *self = b->self;
  GArray *ns = b->node_spans;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PtceSpan));
  guint i = 0;

  g_array_sort (ns, node_span_compare);
  while (i < ns->len)
    {
      guint node = g_array_index (ns, NodeSpan, i).node;
      PtceNetworkNode *n = &g_array_index (self->nodes, PtceNetworkNode, node);

      g_array_set_size (spans, 0);
      for (; i < ns->len && g_array_index (ns, NodeSpan, i).node == node; i++)
        g_array_append_val (spans, g_array_index (ns, NodeSpan, i).span);
      spans_normalise (spans);
      n->span_first = self->node_spans->len;
      n->span_count = spans->len;
      g_array_append_vals (self->node_spans, spans->data, spans->len);
    }
}

static void
finish_adjacency (PtceNetwork *self)
{
  guint n = self->nodes->len, m = self->edges->len;
  g_autofree guint *fill = g_new0 (guint, n + 1);

  g_free (self->offsets);
  self->offsets = g_new0 (guint, n + 1);
  self->adj = g_new (guint, 2 * (gsize) m + 1);
  self->adj_edge = g_new (guint, 2 * (gsize) m + 1);
  for (guint e = 0; e < m; e++)
    {
      const PtceNetworkEdge *edge = &g_array_index (self->edges, PtceNetworkEdge, e);

      self->offsets[edge->u + 1]++;
      self->offsets[edge->v + 1]++;
    }
  for (guint i = 0; i < n; i++)
    self->offsets[i + 1] += self->offsets[i];
  memcpy (fill, self->offsets, sizeof (guint) * (n + 1));
  for (guint e = 0; e < m; e++)
    {
      const PtceNetworkEdge *edge = &g_array_index (self->edges, PtceNetworkEdge, e);

      self->adj[fill[edge->u]] = edge->v;
      self->adj_edge[fill[edge->u]++] = e;
      self->adj[fill[edge->v]] = edge->u;
      self->adj_edge[fill[edge->v]++] = e;
    }
}

PtceNetwork *
ptce_network_build_private (PtceDataset       *dataset,
                            GPtrArray         *poles,
                            PtceNetworkKind    kind,
                            PtceNetworkWeight  weight,
                            gboolean           members_only,
                            PtceDate          *start,
                            PtceDate          *end,
                            guint32            w0,
                            guint32            w1,
                            guint32            mode_mask,
                            guint32            object_mask)
{
  PtceNetwork *self = g_object_new (PTCE_TYPE_NETWORK, NULL);
  Build b = { 0 };

  (void) dataset;
  self->kind = kind;
  self->weight = weight;
  self->start = ptce_date_ref (start);
  self->end = ptce_date_ref (end);
  self->w0 = w0;
  self->w1 = w1;

  b.self = self;
  b.categories = ptce_legal_categories_get_default ();
  b.incidences = g_array_new (FALSE, FALSE, sizeof (Incidence));
  b.node_spans = g_array_new (FALSE, FALSE, sizeof (NodeSpan));

  if (kind == PTCE_NETWORK_KIND_POLES)
    build_poles (&b, poles, members_only);
  else
    for (guint p = 0; p < poles->len; p++)
      build_cooperations (&b, g_ptr_array_index (poles, p), members_only, mode_mask, object_mask);

  finish_edges (&b);
  finish_node_spans (&b);
  finish_adjacency (self);

  g_array_unref (b.incidences);
  g_array_unref (b.node_spans);
  return self;
}

/* ------------------------------------------------------------------ */
/* Accessors                                                          */

#define NODE(self, i) (&g_array_index ((self)->nodes, PtceNetworkNode, (i)))
#define EDGE(self, e) (&g_array_index ((self)->edges, PtceNetworkEdge, (e)))

/**
 * ptce_network_get_kind:
 * @self: a #PtceNetwork
 *
 * Gets which graph the network is.
 *
 * Returns: the kind of the network
 *
 * Since: 1.0
 */
PtceNetworkKind
ptce_network_get_kind (PtceNetwork *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK (self), PTCE_NETWORK_KIND_ACTORS);
  return self->kind;
}

/**
 * ptce_network_get_weight:
 * @self: a #PtceNetwork
 *
 * Gets what the weights of the ties count.
 *
 * Returns: the weight of the ties
 *
 * Since: 1.0
 */
PtceNetworkWeight
ptce_network_get_weight (PtceNetwork *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK (self), PTCE_NETWORK_WEIGHT_COUNT);
  return self->weight;
}

/**
 * ptce_network_get_start:
 * @self: a #PtceNetwork
 *
 * Gets the start of the period the network covers (the date, for a
 * network as of a date).
 *
 * Returns: (transfer none) (nullable): the start, or %NULL for a network
 *   not made by a #PtceNetworkBuilder
 *
 * Since: 1.0
 */
PtceDate *
ptce_network_get_start (PtceNetwork *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);
  return self->start;
}

/**
 * ptce_network_get_end:
 * @self: a #PtceNetwork
 *
 * Gets the end of the period the network covers (the date, for a network
 * as of a date).
 *
 * Returns: (transfer none) (nullable): the end, or %NULL for a network not
 *   made by a #PtceNetworkBuilder
 *
 * Since: 1.0
 */
PtceDate *
ptce_network_get_end (PtceNetwork *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);
  return self->end;
}

/**
 * ptce_network_get_n_nodes:
 * @self: a #PtceNetwork
 *
 * Gets the number of nodes.
 *
 * Returns: the number of nodes
 *
 * Since: 1.0
 */
guint
ptce_network_get_n_nodes (PtceNetwork *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);
  return self->nodes->len;
}

/**
 * ptce_network_lookup_node:
 * @self: a #PtceNetwork
 * @id: the id of a node: an actor's or a pole's id, or
 *   `POLE#COOPERATION` for a cooperation of the bipartite graph
 *
 * Finds a node by its id.
 *
 * Returns: the node's number, or -1 when no node has that id
 *
 * Since: 1.0
 */
int
ptce_network_lookup_node (PtceNetwork *self,
                          const char  *id)
{
  gpointer found;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), -1);
  g_return_val_if_fail (id != NULL, -1);

  if (!g_hash_table_lookup_extended (self->index, id, NULL, &found))
    return -1;
  return (int) GPOINTER_TO_UINT (found) - 1;
}

#define CHECK_NODE(val) \
  g_return_val_if_fail (PTCE_IS_NETWORK (self), val); \
  g_return_val_if_fail (node < self->nodes->len, val)
#define CHECK_EDGE(val) \
  g_return_val_if_fail (PTCE_IS_NETWORK (self), val); \
  g_return_val_if_fail (edge < self->edges->len, val)

/**
 * ptce_network_get_node_id:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets the id of a node: the actor's or the pole's id, or
 * `POLE#COOPERATION` for a cooperation.
 *
 * Returns: (transfer none): the id
 *
 * Since: 1.0
 */
const char *
ptce_network_get_node_id (PtceNetwork *self,
                          guint        node)
{
  CHECK_NODE (NULL);
  return NODE (self, node)->id;
}

/**
 * ptce_network_get_node_label:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets the label of a node: the actor's or pole's name, the cooperation's
 * id; the id when there is no name.
 *
 * Returns: (transfer none): the label
 *
 * Since: 1.0
 */
const char *
ptce_network_get_node_label (PtceNetwork *self,
                             guint        node)
{
  CHECK_NODE (NULL);
  return NODE (self, node)->label;
}

/**
 * ptce_network_get_node_type:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets what a node stands for.
 *
 * Returns: the type of the node
 *
 * Since: 1.0
 */
PtceNetworkNodeType
ptce_network_get_node_type (PtceNetwork *self,
                            guint        node)
{
  CHECK_NODE (PTCE_NETWORK_NODE_TYPE_ACTOR);
  return NODE (self, node)->type;
}

/**
 * ptce_network_get_node_category:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets the article 9 category of an actor node, from its stated kind and
 * ESS qualification or, where they are not stated, from what its legal
 * category implies (ptce_legal_categories_infer_actor()).
 *
 * Returns: the category (%PTCE_NETWORK_CATEGORY_UNKNOWN for other nodes)
 *
 * Since: 1.0
 */
PtceNetworkCategory
ptce_network_get_node_category (PtceNetwork *self,
                                guint        node)
{
  CHECK_NODE (PTCE_NETWORK_CATEGORY_UNKNOWN);
  return NODE (self, node)->category;
}

/**
 * ptce_network_get_node_category_derivation:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Says whether the category of a node is stated in the data or inferred
 * from its legal category.
 *
 * Returns: where the category comes from
 *
 * Since: 1.0
 */
PtceDerivation
ptce_network_get_node_category_derivation (PtceNetwork *self,
                                           guint        node)
{
  CHECK_NODE (PTCE_DERIVATION_NONE);
  return NODE (self, node)->category_derivation;
}

/**
 * ptce_network_get_node_ess_family:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets the ESS family of an actor node, stated or inferred.
 *
 * Returns: the ESS family (%PTCE_ESS_FAMILY_UNKNOWN for other nodes)
 *
 * Since: 1.0
 */
PtceEssFamily
ptce_network_get_node_ess_family (PtceNetwork *self,
                                  guint        node)
{
  CHECK_NODE (PTCE_ESS_FAMILY_UNKNOWN);
  return NODE (self, node)->family;
}

/**
 * ptce_network_get_node_ess_family_derivation:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Says whether the ESS family of a node is stated or inferred.
 *
 * Returns: where the ESS family comes from
 *
 * Since: 1.0
 */
PtceDerivation
ptce_network_get_node_ess_family_derivation (PtceNetwork *self,
                                             guint        node)
{
  CHECK_NODE (PTCE_DERIVATION_NONE);
  return NODE (self, node)->family_derivation;
}

/**
 * ptce_network_get_node_legal_category:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets the INSEE legal category code of an actor node.
 *
 * Returns: (transfer none) (nullable): the code, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_network_get_node_legal_category (PtceNetwork *self,
                                      guint        node)
{
  CHECK_NODE (NULL);
  return NODE (self, node)->legal_category;
}

/**
 * ptce_network_get_node_commune:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets the seat commune (COG code) of an actor node.
 *
 * Returns: (transfer none) (nullable): the code, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_network_get_node_commune (PtceNetwork *self,
                               guint        node)
{
  CHECK_NODE (NULL);
  return NODE (self, node)->commune;
}

/**
 * ptce_network_get_node_is_animator:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Checks whether an actor node holds the animator role of a pole of the
 * network during its period.
 *
 * Returns: %TRUE for an animator
 *
 * Since: 1.0
 */
gboolean
ptce_network_get_node_is_animator (PtceNetwork *self,
                                   guint        node)
{
  CHECK_NODE (FALSE);
  return NODE (self, node)->animator;
}

static PtceDate *
julian_date (guint32 julian)
{
  return ptce_date_new_from_julian (julian);
}

/**
 * ptce_network_dup_node_start:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets the first day, within the network's period, on which the node is
 * present: a membership of a pole, a tie, the cooperation or the pole runs.
 *
 * Returns: (transfer full) (nullable): the first day, or %NULL when not known
 *
 * Since: 1.0
 */
PtceDate *
ptce_network_dup_node_start (PtceNetwork *self,
                             guint        node)
{
  const PtceNetworkNode *n;

  CHECK_NODE (NULL);
  n = NODE (self, node);
  if (n->span_count == 0)
    return NULL;
  return julian_date (g_array_index (self->node_spans, PtceSpan, n->span_first).first);
}

/**
 * ptce_network_dup_node_end:
 * @self: a #PtceNetwork
 * @node: a node number
 *
 * Gets the last day, within the network's period, on which the node is
 * present.
 *
 * Returns: (transfer full) (nullable): the last day, or %NULL when not known
 *
 * Since: 1.0
 */
PtceDate *
ptce_network_dup_node_end (PtceNetwork *self,
                           guint        node)
{
  const PtceNetworkNode *n;

  CHECK_NODE (NULL);
  n = NODE (self, node);
  if (n->span_count == 0)
    return NULL;
  return julian_date (g_array_index (self->node_spans, PtceSpan,
                                     n->span_first + n->span_count - 1).last);
}

/**
 * ptce_network_get_n_edges:
 * @self: a #PtceNetwork
 *
 * Gets the number of edges (ties).
 *
 * Returns: the number of edges
 *
 * Since: 1.0
 */
guint
ptce_network_get_n_edges (PtceNetwork *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK (self), 0);
  return self->edges->len;
}

/**
 * ptce_network_get_edge_source:
 * @self: a #PtceNetwork
 * @edge: an edge number
 *
 * Gets the first end of an edge (the smaller node number; the graph is
 * undirected).
 *
 * Returns: a node number
 *
 * Since: 1.0
 */
guint
ptce_network_get_edge_source (PtceNetwork *self,
                              guint        edge)
{
  CHECK_EDGE (0);
  return EDGE (self, edge)->u;
}

/**
 * ptce_network_get_edge_target:
 * @self: a #PtceNetwork
 * @edge: an edge number
 *
 * Gets the second end of an edge (the larger node number).
 *
 * Returns: a node number
 *
 * Since: 1.0
 */
guint
ptce_network_get_edge_target (PtceNetwork *self,
                              guint        edge)
{
  CHECK_EDGE (0);
  return EDGE (self, edge)->v;
}

/**
 * ptce_network_get_edge_weight:
 * @self: a #PtceNetwork
 * @edge: an edge number
 *
 * Gets the weight of an edge, as ptce_network_get_weight() says.
 *
 * Returns: the weight, at least 1
 *
 * Since: 1.0
 */
double
ptce_network_get_edge_weight (PtceNetwork *self,
                              guint        edge)
{
  CHECK_EDGE (0.);
  return EDGE (self, edge)->weight;
}

/**
 * ptce_network_get_edge_count:
 * @self: a #PtceNetwork
 * @edge: an edge number
 *
 * Gets the number of cooperations that make a tie (of the actors network or
 * the bipartite graph), or of actors two poles share (poles network).
 *
 * Returns: the count
 *
 * Since: 1.0
 */
guint
ptce_network_get_edge_count (PtceNetwork *self,
                             guint        edge)
{
  CHECK_EDGE (0);
  return EDGE (self, edge)->count;
}

/**
 * ptce_network_get_edge_months:
 * @self: a #PtceNetwork
 * @edge: an edge number
 *
 * Gets the number of calendar months, within the network's period, in
 * which the tie exists on at least one day.
 *
 * Returns: the months
 *
 * Since: 1.0
 */
guint
ptce_network_get_edge_months (PtceNetwork *self,
                              guint        edge)
{
  CHECK_EDGE (0);
  return EDGE (self, edge)->months;
}

/**
 * ptce_network_edge_has_mode:
 * @self: a #PtceNetwork
 * @edge: an edge number
 * @mode: a cooperation mode
 *
 * Checks whether one of the cooperations that make a tie is of @mode.
 *
 * Returns: %TRUE when it is
 *
 * Since: 1.0
 */
gboolean
ptce_network_edge_has_mode (PtceNetwork         *self,
                            guint                edge,
                            PtceCooperationMode  mode)
{
  CHECK_EDGE (FALSE);
  g_return_val_if_fail ((guint) mode < 32, FALSE);
  return (EDGE (self, edge)->modes & (1u << mode)) != 0;
}

/**
 * ptce_network_edge_has_object:
 * @self: a #PtceNetwork
 * @edge: an edge number
 * @object: a cooperation object
 *
 * Checks whether one of the cooperations that make a tie has @object.
 *
 * Returns: %TRUE when it has
 *
 * Since: 1.0
 */
gboolean
ptce_network_edge_has_object (PtceNetwork           *self,
                              guint                  edge,
                              PtceCooperationObject  object)
{
  CHECK_EDGE (FALSE);
  g_return_val_if_fail ((guint) object < 32, FALSE);
  return (EDGE (self, edge)->objects & (1u << object)) != 0;
}

/**
 * ptce_network_dup_edge_start:
 * @self: a #PtceNetwork
 * @edge: an edge number
 *
 * Gets the first day, within the network's period, on which the tie
 * exists.
 *
 * Returns: (transfer full): the first day
 *
 * Since: 1.0
 */
PtceDate *
ptce_network_dup_edge_start (PtceNetwork *self,
                             guint        edge)
{
  CHECK_EDGE (NULL);
  return julian_date (g_array_index (self->edge_spans, PtceSpan, EDGE (self, edge)->span_first).first);
}

/**
 * ptce_network_dup_edge_end:
 * @self: a #PtceNetwork
 * @edge: an edge number
 *
 * Gets the last day, within the network's period, on which the tie exists.
 *
 * Returns: (transfer full): the last day
 *
 * Since: 1.0
 */
PtceDate *
ptce_network_dup_edge_end (PtceNetwork *self,
                           guint        edge)
{
  const PtceNetworkEdge *e;

  CHECK_EDGE (NULL);
  e = EDGE (self, edge);
  return julian_date (g_array_index (self->edge_spans, PtceSpan,
                                     e->span_first + e->span_count - 1).last);
}

/**
 * ptce_network_dup_edge_list:
 * @self: a #PtceNetwork
 * @n_values: (out): the length of the array: twice the number of edges
 *
 * Gets all the edges at once, as the pairs of node numbers `source0,
 * target0, source1, target1, …`: the quick way to hand the graph to
 * another library (docs/network.md shows it for NetworkX).
 *
 * Returns: (array length=n_values) (transfer full): the ends of the edges
 *
 * Since: 1.0
 */
guint *
ptce_network_dup_edge_list (PtceNetwork *self,
                            guint       *n_values)
{
  guint *out;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  out = g_new (guint, 2 * (gsize) self->edges->len + 1);
  for (guint e = 0; e < self->edges->len; e++)
    {
      out[2 * e] = EDGE (self, e)->u;
      out[2 * e + 1] = EDGE (self, e)->v;
    }
  *n_values = 2 * self->edges->len;
  return out;
}

/**
 * ptce_network_dup_edge_weights:
 * @self: a #PtceNetwork
 * @n_values: (out): the number of edges
 *
 * Gets the weights of all the edges at once, in the order of the edges.
 *
 * Returns: (array length=n_values) (transfer full): the weights
 *
 * Since: 1.0
 */
double *
ptce_network_dup_edge_weights (PtceNetwork *self,
                               guint       *n_values)
{
  double *out;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  out = g_new (double, self->edges->len + 1);
  for (guint e = 0; e < self->edges->len; e++)
    out[e] = EDGE (self, e)->weight;
  *n_values = self->edges->len;
  return out;
}

/* ------------------------------------------------------------------ */
/* Words                                                              */

const char *
ptce_network_enum_nick (GType type,
                        int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);
  const char *nick = v != NULL ? v->value_nick : "unknown";

  g_type_class_unref (klass);
  return nick;
}

const char *
ptce_network_category_nick (PtceNetworkCategory category)
{
  return ptce_network_enum_nick (PTCE_TYPE_NETWORK_CATEGORY, category);
}
