/* ptce-json-glib-tree.c: json-glib behind the parser-neutral cursor
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "ptce-error.h"
#include "ptce-json-scan-private.h"
#include "ptce-tree-private.h"

/* Nodes are JsonNode pointers. json-glib 1.6 keeps the members of an object
 * in document order (json_object_get_members()) but records no source
 * position per node, so get_position() always says no. */

static PtceTreeType
jg_get_type (PtceTreeNode node)
{
  JsonNode *n = (JsonNode *) node;

  switch (JSON_NODE_TYPE (n))
    {
    case JSON_NODE_OBJECT:
      return PTCE_TREE_OBJECT;
    case JSON_NODE_ARRAY:
      return PTCE_TREE_ARRAY;
    case JSON_NODE_NULL:
      return PTCE_TREE_NULL;
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (n))
    {
    case G_TYPE_BOOLEAN:
      return PTCE_TREE_BOOLEAN;
    case G_TYPE_INT64:
      return PTCE_TREE_INTEGER;
    case G_TYPE_DOUBLE:
      return PTCE_TREE_DOUBLE;
    case G_TYPE_STRING:
      return PTCE_TREE_STRING;
    default:
      /* nodes built by hand may hold other GTypes: treat them as absent */
      return PTCE_TREE_NULL;
    }
}

static gboolean
jg_get_boolean (PtceTreeNode node)
{
  return json_node_get_boolean ((JsonNode *) node);
}

static gint64
jg_get_integer (PtceTreeNode node)
{
  return json_node_get_int ((JsonNode *) node);
}

static double
jg_get_double (PtceTreeNode node)
{
  return json_node_get_double ((JsonNode *) node);
}

static const char *
jg_get_string (PtceTreeNode node)
{
  return json_node_get_string ((JsonNode *) node);
}

static guint
jg_array_length (PtceTreeNode node)
{
  return json_array_get_length (json_node_get_array ((JsonNode *) node));
}

static PtceTreeNode
jg_array_index (PtceTreeNode node,
                guint        index)
{
  return json_array_get_element (json_node_get_array ((JsonNode *) node), index);
}

static guint
jg_object_size (PtceTreeNode node)
{
  return json_object_get_size (json_node_get_object ((JsonNode *) node));
}

static PtceTreeNode
jg_object_lookup (PtceTreeNode  node,
                  const char   *name)
{
  return json_object_get_member (json_node_get_object ((JsonNode *) node), name);
}

static void
jg_object_foreach (PtceTreeNode       node,
                   PtceTreeMemberFunc func,
                   gpointer           user_data)
{
  JsonObject *object = json_node_get_object ((JsonNode *) node);
  GList *members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!func (l->data, json_object_get_member (object, l->data), user_data))
      break;
  g_list_free (members);
}

static gboolean
jg_get_position (PtceTreeNode  node,
                 guint        *line,
                 guint        *column)
{
  return FALSE;
}

static const PtceTreeVTable json_glib_vtable = {
  .name = "json-glib",
  .get_type = jg_get_type,
  .get_boolean = jg_get_boolean,
  .get_integer = jg_get_integer,
  .get_double = jg_get_double,
  .get_string = jg_get_string,
  .array_length = jg_array_length,
  .array_index = jg_array_index,
  .object_size = jg_object_size,
  .object_lookup = jg_object_lookup,
  .object_foreach = jg_object_foreach,
  .get_position = jg_get_position,
};

const PtceTreeVTable *
ptce_json_glib_tree_vtable (void)
{
  return &json_glib_vtable;
}

static gpointer
jg_parse (const char    *data,
          gsize          length,
          guint          max_depth G_GNUC_UNUSED,
          PtceTreeNode  *root,
          GError       **error)
{
  JsonParser *parser = json_parser_new_immutable ();
  GError *local = NULL;

  if (!json_parser_load_from_data (parser, data, (gssize) length, &local))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_JSON, "%s", local->message);
      g_error_free (local);
      g_object_unref (parser);
      return NULL;
    }
  *root = json_parser_get_root (parser);
  return parser;
}

static const PtceTreeParser json_glib_parser = {
  .name = "json-glib",
  .vtable = ptce_json_glib_tree_vtable,
  .checks_input = FALSE,  /* ptce_json_scan() runs first */
  .parse = jg_parse,
  .free_document = g_object_unref,
};

const PtceTreeParser *
ptce_json_glib_tree_parser (void)
{
  return &json_glib_parser;
}

/* ── any tree into a json-glib one ──────────────────────────────────── */

static JsonNode *to_json_node (const PtceTreeVTable *vt,
                               PtceTreeNode          node);

typedef struct {
  const PtceTreeVTable *vt;
  JsonObject           *object;
} MemberCopy;

static gboolean
copy_member (const char   *name,
             PtceTreeNode  value,
             gpointer      user_data)
{
  MemberCopy *copy = user_data;

  json_object_set_member (copy->object, name, to_json_node (copy->vt, value));
  return TRUE;
}

static JsonNode *
to_json_node (const PtceTreeVTable *vt,
              PtceTreeNode          node)
{
  JsonNode *out;

  switch (vt->get_type (node))
    {
    case PTCE_TREE_NULL:
      return json_node_new (JSON_NODE_NULL);
    case PTCE_TREE_BOOLEAN:
      out = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (out, vt->get_boolean (node));
      return out;
    case PTCE_TREE_INTEGER:
      out = json_node_new (JSON_NODE_VALUE);
      json_node_set_int (out, vt->get_integer (node));
      return out;
    case PTCE_TREE_DOUBLE:
      out = json_node_new (JSON_NODE_VALUE);
      json_node_set_double (out, vt->get_double (node));
      return out;
    case PTCE_TREE_STRING:
      out = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (out, vt->get_string (node));
      return out;
    case PTCE_TREE_ARRAY:
      {
        guint n = vt->array_length (node);
        JsonArray *array = json_array_sized_new (n);

        for (guint i = 0; i < n; i++)
          json_array_add_element (array, to_json_node (vt, vt->array_index (node, i)));
        out = json_node_new (JSON_NODE_ARRAY);
        json_node_take_array (out, array);
        return out;
      }
    case PTCE_TREE_OBJECT:
    default:
      {
        MemberCopy copy = { vt, json_object_new () };

        vt->object_foreach (node, copy_member, &copy);
        out = json_node_new (JSON_NODE_OBJECT);
        json_node_take_object (out, copy.object);
        return out;
      }
    }
}

JsonNode *
ptce_tree_parse_json_node (const char *data,
                           gsize       length,
                           guint       max_depth)
{
#ifdef HAVE_SIMDJSON
  const PtceTreeParser *parser = ptce_simdjson_tree_parser ();
  PtceTreeNode root = NULL;
  gpointer document = parser->parse (data, length, max_depth, &root, NULL);
  JsonNode *out;

  if (document == NULL)
    return NULL;
  /* depth is bounded by @max_depth, which parse() checked */
  out = to_json_node (parser->vtable (), root);
  parser->free_document (document);
  return out;
#else
  return NULL;
#endif
}

gpointer
ptce_tree_parse_checked (const PtceTreeParser  *parser,
                         gpointer               cache,
                         const char            *data,
                         gsize                  length,
                         guint                  max_depth,
                         const char            *source,
                         PtceTreeNode          *root,
                         const PtceTreeParser **used,
                         GError               **error)
{
  gpointer document;
  GError *local = NULL;

  *used = parser;
  if (!parser->checks_input && !ptce_json_scan (data, length, max_depth, source, error))
    return NULL;
  document = cache != NULL ? parser->parse_cached (cache, data, length, max_depth, root, &local)
                           : parser->parse (data, length, max_depth, root, &local);
  if (document == NULL && local == NULL)
    {
      /* a fast parser that cannot take these bytes: the scan says what is
       * wrong with them, or they go to the reference parser */
      if (!ptce_json_scan (data, length, max_depth, source, error))
        return NULL;
      *used = ptce_json_glib_tree_parser ();
      document = (*used)->parse (data, length, max_depth, root, &local);
    }
  if (document == NULL)
    g_propagate_error (error, local);
  return document;
}
