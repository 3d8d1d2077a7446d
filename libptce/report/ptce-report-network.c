/* ptce-report-network.c: the cooperation network of a pole, laid out by
 * Graphviz
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The organisations active in the pole on the date of the report are the
 * nodes; two of them are linked when they take part in one cooperation
 * active on that date (the weight of a link is the number of such
 * cooperations). The layout is Graphviz's (neato, through libgvc), never
 * our own; without the meson feature "graphviz" the report says the
 * picture is not available. The graph is built here from the public model
 * API; it is meant to give way to PtceNetwork once the network layer
 * exists. */
#include "config.h"

#include <string.h>

#include "ptce-report-private.h"
#include "ptce-cooperation.h"
#include "ptce-membership.h"
#include "ptce-i18n-private.h"

#ifdef PTCE_HAVE_GVC
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/* Graphviz keeps its state per context; one call at a time is safe. */
G_LOCK_DEFINE_STATIC (graphviz);

/* Node labels: short, without what HTML calls a parse error (Graphviz
 * escapes markup, not control characters), and free of the backslash
 * escapes Graphviz reads in a label ("\\N" is the node's name). */
static char *
node_label (const char *name)
{
  g_autofree char *clean = ptce_report_clean (name, 28);
  GString *out = g_string_new (NULL);

  for (const char *p = clean; *p != '\0'; p++)
    {
      if (*p == '\\')
        g_string_append (out, "\\\\");
      else if (*p == '\n' || *p == '\r' || *p == '\t' || *p == '\f')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

char *
ptce_report_network_svg (PtceReportContext *ctx,
                         PtcePole          *pole,
                         guint             *n_nodes,
                         guint             *n_edges)
{
  g_autoptr(GListModel) active = ptce_pole_list_memberships_active_on (pole, ctx->when);
  g_autoptr(GListModel) cooperations = ptce_pole_list_cooperations_active_on (pole, ctx->when);
  g_autoptr(GHashTable) nodes = g_hash_table_new (NULL, NULL);     /* actor → Agnode_t */
  g_autoptr(GHashTable) weights = g_hash_table_new (NULL, NULL);   /* Agedge_t → count */
  static GVC_t *process_gvc = NULL;
  GVC_t *gvc;
  Agraph_t *graph;
  char *data = NULL;
  unsigned int length = 0;
  GString *svg = NULL;
  const char *start;
  guint index = 0;

  *n_nodes = 0;
  *n_edges = 0;

  G_LOCK (graphviz);
  /* One Graphviz context for the life of the process, never freed: the
   * pango plugin of Graphviz 2.42 remembers the last font name it measured
   * as a pointer into the context's font table, and compares the next one
   * against it. Freeing the context between two reports left that pointer
   * dangling (a heap-use-after-free under ASan in the second report). */
  if (process_gvc == NULL)
    process_gvc = gvContext ();
  gvc = process_gvc;
  graph = agopen ((char *) "network", Agundirected, NULL);
  agattr (graph, AGRAPH, (char *) "overlap", (char *) "false");
  /* Straight ties: neato's spline router (splines=true) leaks its
   * surfaces in Graphviz 2.42, on every report. */
  agattr (graph, AGRAPH, (char *) "splines", (char *) "line");
  agattr (graph, AGRAPH, (char *) "bgcolor", (char *) "transparent");
  agattr (graph, AGRAPH, (char *) "fontname", (char *) "DejaVu Sans");
  agattr (graph, AGNODE, (char *) "shape", (char *) "box");
  agattr (graph, AGNODE, (char *) "style", (char *) "filled,rounded");
  agattr (graph, AGNODE, (char *) "fillcolor", (char *) "#ffffff");
  agattr (graph, AGNODE, (char *) "fontname", (char *) "DejaVu Sans");
  agattr (graph, AGNODE, (char *) "fontsize", (char *) "10");
  agattr (graph, AGNODE, (char *) "label", (char *) "");
  agattr (graph, AGEDGE, (char *) "penwidth", (char *) "1");
  agattr (graph, AGEDGE, (char *) "color", (char *) "#414487");

  for (guint i = 0; i < g_list_model_get_n_items (active); i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (active, i);
      PtceActor *actor = ptce_membership_get_actor (membership);
      char node_name[32];
      g_autofree char *label = NULL;
      Agnode_t *node;

      if (g_hash_table_contains (nodes, actor))
        continue;
      g_snprintf (node_name, sizeof node_name, "n%u", index++);
      node = agnode (graph, node_name, TRUE);
      label = node_label (ptce_report_actor_name (actor));
      agset (node, (char *) "label", label);
      /* ESS enterprises filled dark, the others light: apart in grey. */
      if (ptce_actor_is_ess_enterprise (actor))
        {
          agsafeset (node, (char *) "fillcolor", (char *) "#2a788e", (char *) "");
          agsafeset (node, (char *) "fontcolor", (char *) "#ffffff", (char *) "");
        }
      g_hash_table_insert (nodes, actor, node);
    }

  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(PtceCooperation) cooperation = g_list_model_get_item (cooperations, i);
      GListModel *participants = ptce_cooperation_get_participants (cooperation);
      guint n = g_list_model_get_n_items (participants);

      for (guint a = 0; a < n; a++)
        for (guint b = a + 1; b < n; b++)
          {
            g_autoptr(PtceActor) actor_a = g_list_model_get_item (participants, a);
            g_autoptr(PtceActor) actor_b = g_list_model_get_item (participants, b);
            Agnode_t *na = g_hash_table_lookup (nodes, actor_a);
            Agnode_t *nb = g_hash_table_lookup (nodes, actor_b);
            Agedge_t *edge;

            if (na == NULL || nb == NULL || na == nb)
              continue;
            edge = agedge (graph, na, nb, NULL, TRUE);
            g_hash_table_insert (weights, edge,
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (weights, edge)) + 1));
          }
    }
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, weights);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        char width[16];

        g_snprintf (width, sizeof width, "%u", MIN (GPOINTER_TO_UINT (value), 6u));
        agset (key, (char *) "penwidth", width);
      }
  }
  *n_nodes = agnnodes (graph);
  *n_edges = agnedges (graph);

  if (*n_nodes > 0 && gvLayout (gvc, graph, "neato") == 0)
    {
      if (gvRenderData (gvc, graph, "svg", &data, &length) == 0 && data != NULL)
        {
          /* Keep the <svg> element only: no XML declaration, no DOCTYPE
           * (an HTML parser refuses them in a body). */
          start = g_strstr_len (data, (gssize) length, "<svg");
          if (start != NULL)
            {
              g_autofree char *id = ptce_report_new_id (ctx, "network");

              svg = g_string_new (NULL);
              g_string_append_printf (svg, "<svg class=\"network\" id=\"%s\" role=\"img\" aria-labelledby=\"%s-title\"",
                                      id, id);
              g_string_append_len (svg, start + 4, (gssize) (length - (start + 4 - data)));
              /* The accessible name: a <title> right after the opening tag. */
              {
                const char *open_end = strchr (svg->str, '>');
                g_autofree char *title = g_strdup_printf ("<title id=\"%s-title\">%s</title>", id,
                                                          _("The cooperation network, laid out by Graphviz"));

                if (open_end != NULL)
                  g_string_insert (svg, open_end - svg->str + 1, title);
              }
            }
        }
      if (data != NULL)
        gvFreeRenderData (data);
      gvFreeLayout (gvc, graph);
    }
  agclose (graph);
  G_UNLOCK (graphviz);

  if (svg == NULL)
    return g_strdup ("");
  return g_string_free (svg, FALSE);
}

#else /* !PTCE_HAVE_GVC */

char *
ptce_report_network_svg (PtceReportContext *ctx,
                         PtcePole          *pole,
                         guint             *n_nodes,
                         guint             *n_edges)
{
  *n_nodes = 0;
  *n_edges = 0;
  return NULL;
}

#endif
