/* ptce-network-export.c: PtceNetwork as GraphML, GEXF 1.3, DOT and JSON
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * These writers live beside PtceNetwork in analysis/, not in formats/:
 * formats/ is the layer below analysis/ and may not see a PtceNetwork, and
 * a neutral graph type in formats/ only for these writers would copy the
 * network's arrays for nothing. They write text; callers save it. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ptce-network-private.h"
#include "ptce-enum-types.h"
#include "ptce-version.h"

#define NODE(self, i) (&g_array_index ((self)->nodes, PtceNetworkNode, (i)))
#define EDGE(self, e) (&g_array_index ((self)->edges, PtceNetworkEdge, (e)))

static char *
julian_iso (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

/* The words of a mask of modes or objects, joined by ",". */
static char *
mask_words (guint32 mask,
            GType   type)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < 32; i++)
    if (mask & (1u << i))
      {
        if (out->len > 0)
          g_string_append_c (out, ',');
        g_string_append (out, ptce_network_enum_nick (type, (int) i));
      }
  return g_string_free (out, FALSE);
}

static const char *
derivation_word (PtceDerivation d)
{
  switch (d)
    {
    case PTCE_DERIVATION_EXPLICIT:
      return "stated";
    case PTCE_DERIVATION_INFERRED:
      return "inferred";
    case PTCE_DERIVATION_NONE:
    default:
      return "none";
    }
}

static void
node_start_end (PtceNetwork           *self,
                const PtceNetworkNode *node,
                char                 **start,
                char                 **end)
{
  *start = *end = NULL;
  if (node->span_count == 0)
    return;
  *start = julian_iso (g_array_index (self->node_spans, PtceSpan, node->span_first).first);
  *end = julian_iso (g_array_index (self->node_spans, PtceSpan,
                                    node->span_first + node->span_count - 1).last);
}

static void
edge_start_end (PtceNetwork           *self,
                const PtceNetworkEdge *edge,
                char                 **start,
                char                 **end)
{
  *start = julian_iso (g_array_index (self->edge_spans, PtceSpan, edge->span_first).first);
  *end = julian_iso (g_array_index (self->edge_spans, PtceSpan,
                                    edge->span_first + edge->span_count - 1).last);
}

/* ------------------------------------------------------------------ */
/* DOT                                                                */

static void
dot_quote (GString    *out,
           const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static const char *
category_colour (PtceNetworkCategory c)
{
  switch (c)
    {
    case PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE:
      return "#66c2a5";
    case PTCE_NETWORK_CATEGORY_OTHER_ENTERPRISE:
      return "#fc8d62";
    case PTCE_NETWORK_CATEGORY_LOCAL_AUTHORITY:
      return "#8da0cb";
    case PTCE_NETWORK_CATEGORY_RESEARCH_TRAINING:
      return "#e78ac3";
    case PTCE_NETWORK_CATEGORY_OTHER:
      return "#a6d854";
    case PTCE_NETWORK_CATEGORY_UNKNOWN:
    default:
      return "#d9d9d9";
    }
}

static const char *
mode_colour (guint32 modes)
{
  /* one mode: its colour; several: black */
  if (modes == (1u << PTCE_COOPERATION_MODE_MUTUALISATION))
    return "#1b9e77";
  if (modes == (1u << PTCE_COOPERATION_MODE_COOPERATION))
    return "#d95f02";
  if (modes == (1u << PTCE_COOPERATION_MODE_PARTENARIAT))
    return "#7570b3";
  if (modes == 0)
    return "#666666";
  return "#000000";
}

/**
 * ptce_network_to_dot:
 * @self: a #PtceNetwork
 *
 * Writes the network in the Graphviz DOT language, styled by category:
 * actors are ellipses filled with the colour of their article 9 category
 * (dashed outline when the category is inferred from the legal category,
 * double outline for an animator), cooperations are boxes and poles
 * octagons; ties are coloured by mode (black when several), their width
 * grows with the weight. A legend lists the colours. Render it with
 * `dot -Tsvg` or `neato -Tsvg`.
 *
 * Returns: (transfer full): the DOT text
 *
 * Since: 1.0
 */
char *
ptce_network_to_dot (PtceNetwork *self)
{
  GString *out;
  static const PtceNetworkCategory legend[] = {
    PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE, PTCE_NETWORK_CATEGORY_OTHER_ENTERPRISE,
    PTCE_NETWORK_CATEGORY_LOCAL_AUTHORITY, PTCE_NETWORK_CATEGORY_RESEARCH_TRAINING,
    PTCE_NETWORK_CATEGORY_OTHER, PTCE_NETWORK_CATEGORY_UNKNOWN,
  };

  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);

  out = g_string_new ("graph ptce {\n");
  g_string_append (out, "  graph [overlap=false, splines=true, fontname=\"Helvetica\", rankdir=LR];\n");
  g_string_append (out, "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n");
  g_string_append (out, "  edge [fontname=\"Helvetica\", fontsize=8];\n");

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const PtceNetworkNode *node = NODE (self, i);
      const char *shape = node->type == PTCE_NETWORK_NODE_TYPE_COOPERATION ? "box"
                        : node->type == PTCE_NETWORK_NODE_TYPE_POLE ? "octagon" : "ellipse";

      g_string_append (out, "  ");
      dot_quote (out, node->id);
      g_string_append (out, " [label=");
      dot_quote (out, node->label);
      g_string_append_printf (out, ", shape=%s, fillcolor=\"%s\"", shape,
                              node->type == PTCE_NETWORK_NODE_TYPE_ACTOR
                              ? category_colour (node->category) : "#ffffff");
      if (node->category_derivation == PTCE_DERIVATION_INFERRED)
        g_string_append (out, ", style=\"filled,dashed\"");
      if (node->animator)
        g_string_append (out, ", peripheries=2");
      g_string_append (out, "];\n");
    }
  for (guint e = 0; e < self->edges->len; e++)
    {
      const PtceNetworkEdge *edge = EDGE (self, e);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (out, "  ");
      dot_quote (out, NODE (self, edge->u)->id);
      g_string_append (out, " -- ");
      dot_quote (out, NODE (self, edge->v)->id);
      g_string_append_printf (out, " [color=\"%s\", penwidth=%s", mode_colour (edge->modes),
                              g_ascii_formatd (buf, sizeof buf, "%.2f",
                                               1. + log (edge->weight > 0 ? edge->weight : 1.)));
      if (edge->weight != 1)
        g_string_append_printf (out, ", label=\"%s\"",
                                g_ascii_formatd (buf, sizeof buf, "%g", edge->weight));
      g_string_append (out, "];\n");
    }

  /* The legend: one node per category, apart from the graph. */
  g_string_append (out, "  subgraph cluster_legend {\n    label=\"legend\";\n    fontsize=10;\n");
  for (guint k = 0; k < G_N_ELEMENTS (legend); k++)
    g_string_append_printf (out, "    \"legend:%s\" [label=\"%s\", shape=ellipse, fillcolor=\"%s\"];\n",
                            ptce_network_category_nick (legend[k]),
                            ptce_network_category_nick (legend[k]),
                            category_colour (legend[k]));
  g_string_append (out, "  }\n}\n");
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* XML                                                                */

static void
xml_text (GString    *out,
          const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/* The attributes of nodes and edges, shared by GraphML and GEXF. */
typedef enum { T_STRING, T_INT, T_DOUBLE, T_BOOL } AttrType;

typedef struct {
  const char *name;
  AttrType    type;
} Attr;

static const Attr node_attrs[] = {
  { "type", T_STRING },
  { "category", T_STRING },
  { "category_derivation", T_STRING },
  { "ess_family", T_STRING },
  { "ess_family_derivation", T_STRING },
  { "legal_category", T_STRING },
  { "commune", T_STRING },
  { "animator", T_BOOL },
  { "mode", T_STRING },
  { "object", T_STRING },
  { "start", T_STRING },
  { "end", T_STRING },
};

static const Attr edge_attrs[] = {
  { "weight", T_DOUBLE },
  { "count", T_INT },
  { "months", T_INT },
  { "days", T_INT },
  { "modes", T_STRING },
  { "objects", T_STRING },
  { "start", T_STRING },
  { "end", T_STRING },
};

/* The value of node attribute @k, or NULL when it has none. */
static char *
node_value (PtceNetwork           *self,
            const PtceNetworkNode *node,
            guint                  k)
{
  char *start, *end;

  switch (k)
    {
    case 0:
      return g_strdup (ptce_network_enum_nick (PTCE_TYPE_NETWORK_NODE_TYPE, node->type));
    case 1:
      return node->type == PTCE_NETWORK_NODE_TYPE_ACTOR
             ? g_strdup (ptce_network_category_nick (node->category)) : NULL;
    case 2:
      return node->type == PTCE_NETWORK_NODE_TYPE_ACTOR
             ? g_strdup (derivation_word (node->category_derivation)) : NULL;
    case 3:
      return node->type == PTCE_NETWORK_NODE_TYPE_ACTOR
             ? g_strdup (ptce_network_enum_nick (PTCE_TYPE_ESS_FAMILY, node->family)) : NULL;
    case 4:
      return node->type == PTCE_NETWORK_NODE_TYPE_ACTOR
             ? g_strdup (derivation_word (node->family_derivation)) : NULL;
    case 5:
      return g_strdup (node->legal_category);
    case 6:
      return g_strdup (node->commune);
    case 7:
      return node->type == PTCE_NETWORK_NODE_TYPE_ACTOR
             ? g_strdup (node->animator ? "true" : "false") : NULL;
    case 8:
      return node->mode >= 0
             ? g_strdup (ptce_network_enum_nick (PTCE_TYPE_COOPERATION_MODE, node->mode)) : NULL;
    case 9:
      return node->object >= 0
             ? g_strdup (ptce_network_enum_nick (PTCE_TYPE_COOPERATION_OBJECT, node->object)) : NULL;
    case 10:
    case 11:
      node_start_end (self, node, &start, &end);
      if (k == 10)
        {
          g_free (end);
          return start;
        }
      g_free (start);
      return end;
    default:
      return NULL;
    }
}

static char *
edge_value (PtceNetwork           *self,
            const PtceNetworkEdge *edge,
            guint                  k)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *start, *end;

  switch (k)
    {
    case 0:
      return g_strdup (g_ascii_dtostr (buf, sizeof buf, edge->weight));
    case 1:
      return g_strdup_printf ("%u", edge->count);
    case 2:
      return g_strdup_printf ("%u", edge->months);
    case 3:
      return g_strdup_printf ("%u", edge->days);
    case 4:
      return edge->modes != 0 ? mask_words (edge->modes, PTCE_TYPE_COOPERATION_MODE) : NULL;
    case 5:
      return edge->objects != 0 ? mask_words (edge->objects, PTCE_TYPE_COOPERATION_OBJECT) : NULL;
    case 6:
    case 7:
      edge_start_end (self, edge, &start, &end);
      if (k == 6)
        {
          g_free (end);
          return start;
        }
      g_free (start);
      return end;
    default:
      return NULL;
    }
}

static const char *
graphml_type (AttrType t)
{
  switch (t)
    {
    case T_INT:
      return "int";
    case T_DOUBLE:
      return "double";
    case T_BOOL:
      return "boolean";
    case T_STRING:
    default:
      return "string";
    }
}

/**
 * ptce_network_to_graphml:
 * @self: a #PtceNetwork
 *
 * Writes the network as GraphML, with the attributes of the nodes (type,
 * category and whether it is stated or inferred, ESS family, legal
 * category, commune, animator, mode and object of a cooperation, first and
 * last day) and of the edges (weight, count, months, days, modes, objects,
 * first and last day). Missing values are left out.
 *
 * Returns: (transfer full): the GraphML text
 *
 * Since: 1.0
 */
char *
ptce_network_to_graphml (PtceNetwork *self)
{
  GString *out;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  g_string_append (out, "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
  for (guint k = 0; k < G_N_ELEMENTS (node_attrs); k++)
    g_string_append_printf (out, "  <key id=\"n%u\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                            k, node_attrs[k].name, graphml_type (node_attrs[k].type));
  for (guint k = 0; k < G_N_ELEMENTS (edge_attrs); k++)
    g_string_append_printf (out, "  <key id=\"e%u\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                            k, edge_attrs[k].name, graphml_type (edge_attrs[k].type));
  g_string_append (out, "  <graph id=\"ptce\" edgedefault=\"undirected\">\n");
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const PtceNetworkNode *node = NODE (self, i);

      g_string_append (out, "    <node id=\"");
      xml_text (out, node->id);
      g_string_append (out, "\">\n      <data key=\"label\">");
      xml_text (out, node->label);
      g_string_append (out, "</data>\n");
      for (guint k = 0; k < G_N_ELEMENTS (node_attrs); k++)
        {
          g_autofree char *value = node_value (self, node, k);

          if (value == NULL)
            continue;
          g_string_append_printf (out, "      <data key=\"n%u\">", k);
          xml_text (out, value);
          g_string_append (out, "</data>\n");
        }
      g_string_append (out, "    </node>\n");
    }
  for (guint e = 0; e < self->edges->len; e++)
    {
      const PtceNetworkEdge *edge = EDGE (self, e);

      g_string_append_printf (out, "    <edge id=\"e%u\" source=\"", e);
      xml_text (out, NODE (self, edge->u)->id);
      g_string_append (out, "\" target=\"");
      xml_text (out, NODE (self, edge->v)->id);
      g_string_append (out, "\">\n");
      for (guint k = 0; k < G_N_ELEMENTS (edge_attrs); k++)
        {
          g_autofree char *value = edge_value (self, edge, k);

          if (value == NULL)
            continue;
          g_string_append_printf (out, "      <data key=\"e%u\">", k);
          xml_text (out, value);
          g_string_append (out, "</data>\n");
        }
      g_string_append (out, "    </edge>\n");
    }
  g_string_append (out, "  </graph>\n</graphml>\n");
  return g_string_free (out, FALSE);
}

static const char *
gexf_type (AttrType t)
{
  switch (t)
    {
    case T_INT:
      return "integer";
    case T_DOUBLE:
      return "double";
    case T_BOOL:
      return "boolean";
    case T_STRING:
    default:
      return "string";
    }
}

static void
gexf_spells (GString        *out,
             const PtceSpan *spans,
             guint           n)
{
  if (n == 0)
    return;
  g_string_append (out, "        <spells>\n");
  for (guint s = 0; s < n; s++)
    {
      g_autofree char *start = julian_iso (spans[s].first);
      g_autofree char *end = julian_iso (spans[s].last);

      g_string_append_printf (out, "          <spell start=\"%s\" end=\"%s\"/>\n", start, end);
    }
  g_string_append (out, "        </spells>\n");
}

/**
 * ptce_network_to_gexf:
 * @self: a #PtceNetwork
 *
 * Writes the network as GEXF 1.3 for Gephi, with the attributes of
 * ptce_network_to_graphml() and, on every node and edge, its spells: the
 * runs of days, within the network's period, during which it exists, so
 * that Gephi's timeline plays the history of the poles (dates as
 * YYYY-MM-DD, both ends included).
 *
 * Returns: (transfer full): the GEXF text
 *
 * Since: 1.0
 */
char *
ptce_network_to_gexf (PtceNetwork *self)
{
  GString *out;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<gexf xmlns=\"http://gexf.net/1.3\"\n"
                      "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                      "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
                      "      version=\"1.3\">\n");
  g_string_append_printf (out, "  <meta>\n    <creator>libptce %s</creator>\n"
                          "    <description>cooperation network (%s)</description>\n  </meta>\n",
                          PTCE_VERSION_S, ptce_network_enum_nick (PTCE_TYPE_NETWORK_KIND, self->kind));
  g_string_append (out, "  <graph defaultedgetype=\"undirected\" mode=\"dynamic\" "
                        "timeformat=\"date\" timerepresentation=\"interval\"");
  if (self->start != NULL)
    {
      start = julian_iso (self->w0);
      end = julian_iso (self->w1);
      g_string_append_printf (out, " start=\"%s\" end=\"%s\"", start, end);
    }
  g_string_append (out, ">\n");

  g_string_append (out, "    <attributes class=\"node\" mode=\"static\">\n");
  for (guint k = 0; k < G_N_ELEMENTS (node_attrs); k++)
    g_string_append_printf (out, "      <attribute id=\"n%u\" title=\"%s\" type=\"%s\"/>\n",
                            k, node_attrs[k].name, gexf_type (node_attrs[k].type));
  g_string_append (out, "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n");
  /* the weight is the edge's own attribute in GEXF */
  for (guint k = 1; k < G_N_ELEMENTS (edge_attrs); k++)
    g_string_append_printf (out, "      <attribute id=\"e%u\" title=\"%s\" type=\"%s\"/>\n",
                            k, edge_attrs[k].name, gexf_type (edge_attrs[k].type));
  g_string_append (out, "    </attributes>\n");

  g_string_append (out, "    <nodes>\n");
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const PtceNetworkNode *node = NODE (self, i);

      g_string_append (out, "      <node id=\"");
      xml_text (out, node->id);
      g_string_append (out, "\" label=\"");
      xml_text (out, node->label);
      g_string_append (out, "\">\n        <attvalues>\n");
      for (guint k = 0; k < G_N_ELEMENTS (node_attrs); k++)
        {
          g_autofree char *value = node_value (self, node, k);

          if (value == NULL)
            continue;
          g_string_append_printf (out, "          <attvalue for=\"n%u\" value=\"", k);
          xml_text (out, value);
          g_string_append (out, "\"/>\n");
        }
      g_string_append (out, "        </attvalues>\n");
      gexf_spells (out, &g_array_index (self->node_spans, PtceSpan, node->span_first),
                   node->span_count);
      g_string_append (out, "      </node>\n");
    }
  g_string_append (out, "    </nodes>\n    <edges>\n");
  for (guint e = 0; e < self->edges->len; e++)
    {
      const PtceNetworkEdge *edge = EDGE (self, e);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (out, "      <edge id=\"e%u\" source=\"", e);
      xml_text (out, NODE (self, edge->u)->id);
      g_string_append (out, "\" target=\"");
      xml_text (out, NODE (self, edge->v)->id);
      g_string_append_printf (out, "\" weight=\"%s\">\n        <attvalues>\n",
                              g_ascii_dtostr (buf, sizeof buf, edge->weight));
      for (guint k = 1; k < G_N_ELEMENTS (edge_attrs); k++)
        {
          g_autofree char *value = edge_value (self, edge, k);

          if (value == NULL)
            continue;
          g_string_append_printf (out, "          <attvalue for=\"e%u\" value=\"", k);
          xml_text (out, value);
          g_string_append (out, "\"/>\n");
        }
      g_string_append (out, "        </attvalues>\n");
      gexf_spells (out, &g_array_index (self->edge_spans, PtceSpan, edge->span_first),
                   edge->span_count);
      g_string_append (out, "      </edge>\n");
    }
  g_string_append (out, "    </edges>\n  </graph>\n</gexf>\n");
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* JSON                                                               */

static void
json_value (JsonBuilder *b,
            AttrType     type,
            const char  *value)
{
  switch (type)
    {
    case T_INT:
      json_builder_add_int_value (b, g_ascii_strtoll (value, NULL, 10));
      break;
    case T_DOUBLE:
      json_builder_add_double_value (b, g_ascii_strtod (value, NULL));
      break;
    case T_BOOL:
      json_builder_add_boolean_value (b, g_str_equal (value, "true"));
      break;
    case T_STRING:
    default:
      json_builder_add_string_value (b, value);
    }
}

static void
json_number_or_null (JsonBuilder *b,
                     const char  *name,
                     double       value)
{
  json_builder_set_member_name (b, name);
  if (isnan (value))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, value);
}

/**
 * ptce_network_to_json:
 * @self: a #PtceNetwork
 *
 * Gives the network as JSON: `kind`, `weight`, `start`, `end`, the
 * headline `metrics` (nodes, edges, density, components, average
 * clustering, E-I index, animator share, new, ended and lasting ties,
 * median tie duration in days), and the `nodes` and `edges` with the
 * attributes of ptce_network_to_graphml() (edges name their ends by node
 * id in `source` and `target`) and, for nodes, `degree`, `weighted_degree`
 * and `betweenness` (exact, normalised, unweighted).
 *
 * Returns: (transfer full): a JSON object
 *
 * Since: 1.0
 */
JsonNode *
ptce_network_to_json (PtceNetwork *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree double *bc = NULL;
  guint n_bc;

  g_return_val_if_fail (PTCE_IS_NETWORK (self), NULL);

  bc = ptce_network_compute_betweenness (self, TRUE, FALSE, &n_bc);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, ptce_network_enum_nick (PTCE_TYPE_NETWORK_KIND, self->kind));
  json_builder_set_member_name (b, "weight");
  json_builder_add_string_value (b, ptce_network_enum_nick (PTCE_TYPE_NETWORK_WEIGHT, self->weight));
  if (self->start != NULL)
    {
      g_autofree char *s = julian_iso (self->w0);
      g_autofree char *e = julian_iso (self->w1);

      json_builder_set_member_name (b, "start");
      json_builder_add_string_value (b, s);
      json_builder_set_member_name (b, "end");
      json_builder_add_string_value (b, e);
    }

  json_builder_set_member_name (b, "metrics");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "nodes");
  json_builder_add_int_value (b, self->nodes->len);
  json_builder_set_member_name (b, "edges");
  json_builder_add_int_value (b, self->edges->len);
  json_number_or_null (b, "density", ptce_network_get_density (self));
  json_builder_set_member_name (b, "components");
  json_builder_add_int_value (b, ptce_network_get_n_components (self));
  json_builder_set_member_name (b, "largest_component");
  json_builder_add_int_value (b, ptce_network_get_largest_component_size (self));
  json_number_or_null (b, "average_clustering", ptce_network_get_average_clustering (self));
  json_number_or_null (b, "ei_index", ptce_network_get_ei_index (self));
  json_number_or_null (b, "animator_share", ptce_network_get_animator_share (self));
  json_builder_set_member_name (b, "new_ties");
  json_builder_add_int_value (b, ptce_network_count_new_ties (self));
  json_builder_set_member_name (b, "ended_ties");
  json_builder_add_int_value (b, ptce_network_count_ended_ties (self));
  json_builder_set_member_name (b, "lasting_ties");
  json_builder_add_int_value (b, ptce_network_count_lasting_ties (self));
  json_number_or_null (b, "median_tie_days", ptce_network_get_median_tie_duration (self));
  json_builder_set_member_name (b, "ties_by_mode");
  json_builder_begin_object (b);
  for (int m = PTCE_COOPERATION_MODE_MUTUALISATION; m <= PTCE_COOPERATION_MODE_PARTENARIAT; m++)
    {
      json_builder_set_member_name (b, ptce_network_enum_nick (PTCE_TYPE_COOPERATION_MODE, m));
      json_builder_add_int_value (b, ptce_network_count_ties_by_mode (self, m));
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "ties_between_categories");
  json_builder_begin_object (b);
  for (int x = PTCE_NETWORK_CATEGORY_UNKNOWN; x <= PTCE_NETWORK_CATEGORY_OTHER; x++)
    for (int y = x; y <= PTCE_NETWORK_CATEGORY_OTHER; y++)
      {
        guint count = ptce_network_count_ties_between (self, x, y);
        g_autofree char *name = NULL;

        if (count == 0)
          continue;
        name = g_strdup_printf ("%s/%s", ptce_network_category_nick (x),
                                ptce_network_category_nick (y));
        json_builder_set_member_name (b, name);
        json_builder_add_int_value (b, count);
      }
  json_builder_end_object (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "nodes");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const PtceNetworkNode *node = NODE (self, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, node->id);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, node->label);
      for (guint k = 0; k < G_N_ELEMENTS (node_attrs); k++)
        {
          g_autofree char *value = node_value (self, node, k);

          if (value == NULL)
            continue;
          json_builder_set_member_name (b, node_attrs[k].name);
          json_value (b, node_attrs[k].type, value);
        }
      json_builder_set_member_name (b, "degree");
      json_builder_add_int_value (b, ptce_network_get_degree (self, i));
      json_builder_set_member_name (b, "weighted_degree");
      json_builder_add_double_value (b, ptce_network_get_weighted_degree (self, i));
      json_builder_set_member_name (b, "betweenness");
      json_builder_add_double_value (b, bc[i]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "edges");
  json_builder_begin_array (b);
  for (guint e = 0; e < self->edges->len; e++)
    {
      const PtceNetworkEdge *edge = EDGE (self, e);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "source");
      json_builder_add_string_value (b, NODE (self, edge->u)->id);
      json_builder_set_member_name (b, "target");
      json_builder_add_string_value (b, NODE (self, edge->v)->id);
      for (guint k = 0; k < G_N_ELEMENTS (edge_attrs); k++)
        {
          g_autofree char *value = edge_value (self, edge, k);

          if (value == NULL)
            continue;
          json_builder_set_member_name (b, edge_attrs[k].name);
          json_value (b, edge_attrs[k].type, value);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
