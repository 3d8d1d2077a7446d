/* ptce-report-network.c: the cooperation network of a pole, laid out by
 * Graphviz
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The network is the analysis layer's (PtceNetwork, the actors network of
 * the pole on the date of the report, as `ptce network --pole` builds it):
 * its nodes are the organisations taking part in a cooperation active on
 * that date, two of them tied when they share one (the weight of a tie is
 * the number of such cooperations). The report draws that graph, so that
 * the picture and the figures beside it are the same network. The layout
 * is Graphviz's (neato, through libgvc), never our own; without the meson
 * feature "graphviz" the report says the picture is not available. */
#include "config.h"

#include <string.h>

#include "ptce-report-private.h"
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
                         PtceNetwork       *network)
{
  guint n_network_nodes = ptce_network_get_n_nodes (network);
  guint n_network_edges = ptce_network_get_n_edges (network);
  g_autofree Agnode_t **nodes = g_new0 (Agnode_t *, n_network_nodes + 1);
  static GVC_t *process_gvc = NULL;
  GVC_t *gvc;
  Agraph_t *graph;
  char *data = NULL;
  unsigned int length = 0;
  GString *svg = NULL;
  const char *start;

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
  agattr (graph, AGNODE, (char *) "penwidth", (char *) "1");
  agattr (graph, AGEDGE, (char *) "penwidth", (char *) "1");
  agattr (graph, AGEDGE, (char *) "color", (char *) "#414487");

  for (guint i = 0; i < n_network_nodes; i++)
    {
      char node_name[32];
      g_autofree char *label = NULL;
      Agnode_t *node;

      g_snprintf (node_name, sizeof node_name, "n%u", i);
      node = agnode (graph, node_name, TRUE);
      label = node_label (ptce_network_get_node_label (network, i));
      agset (node, (char *) "label", label);
      /* ESS enterprises filled dark, the others light: apart in grey. */
      if (ptce_network_get_node_category (network, i) == PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE)
        {
          agsafeset (node, (char *) "fillcolor", (char *) "#2a788e", (char *) "");
          agsafeset (node, (char *) "fontcolor", (char *) "#ffffff", (char *) "");
        }
      /* The animator of the pole with a thick outline. */
      if (ptce_network_get_node_is_animator (network, i))
        agset (node, (char *) "penwidth", (char *) "3");
      nodes[i] = node;
    }

  for (guint e = 0; e < n_network_edges; e++)
    {
      guint a = ptce_network_get_edge_source (network, e);
      guint b = ptce_network_get_edge_target (network, e);
      double weight = ptce_network_get_edge_weight (network, e);
      char width[16];
      Agedge_t *edge;

      if (a >= n_network_nodes || b >= n_network_nodes || a == b)
        continue;
      edge = agedge (graph, nodes[a], nodes[b], NULL, TRUE);
      g_snprintf (width, sizeof width, "%u", (guint) CLAMP (weight, 1.0, 6.0));
      agset (edge, (char *) "penwidth", width);
    }

  if (agnnodes (graph) > 0 && gvLayout (gvc, graph, "neato") == 0)
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
                         PtceNetwork       *network)
{
  return NULL;
}

#endif
