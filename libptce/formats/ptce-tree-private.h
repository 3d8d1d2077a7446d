/* ptce-tree-private.h: the seam between parsing and model building
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The ptce/1 reader works in three steps (docs/format.md, "How a file is
 * read"):
 *
 *   1. ptce_json_scan() checks the raw bytes once, linearly and without
 *      recursion: size, UTF-8, NUL bytes, JSON syntax (with line:column),
 *      nesting depth, integer range and duplicate member names;
 *   2. a parser turns the checked bytes into a tree (a parser that checks
 *      as much by itself, simdjson, goes first, and step 1 runs only on
 *      what it refuses: see checks_input below);
 *   3. the builder (ptce-json-builder-private.h) walks that tree through the
 *      small cursor interface below and builds a fresh #PtceDataset.
 *
 * The builder never sees a parser type: json-glib is one implementation of
 * #PtceTreeVTable (ptce_json_glib_tree_vtable()); a faster parser only has
 * to provide another vtable to get the very same model and the very same
 * errors, because every semantic check (types, ids, enums, dates, ranges,
 * references) and every error message lives in the builder.
 *
 * A node is an opaque pointer owned by the tree; it stays valid as long as
 * the tree does. Strings are NUL-terminated, valid UTF-8 (step 1 made sure
 * of it) and borrowed from the tree.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PTCE_TREE_NULL,
  PTCE_TREE_BOOLEAN,
  PTCE_TREE_INTEGER,   /* a number written without fraction nor exponent */
  PTCE_TREE_DOUBLE,    /* any other number; may be infinite (1e400) */
  PTCE_TREE_STRING,
  PTCE_TREE_ARRAY,
  PTCE_TREE_OBJECT,
} PtceTreeType;

typedef gconstpointer PtceTreeNode;

/* Called for each member of an object, in document order; return FALSE to
 * stop the iteration. */
typedef gboolean (*PtceTreeMemberFunc) (const char   *name,
                                        PtceTreeNode  value,
                                        gpointer      user_data);

typedef struct _PtceTreeVTable PtceTreeVTable;

struct _PtceTreeVTable
{
  const char   *name;  /* of the implementation, for diagnostics */

  PtceTreeType  (*get_type)       (PtceTreeNode node);
  gboolean      (*get_boolean)    (PtceTreeNode node);
  gint64        (*get_integer)    (PtceTreeNode node);
  double        (*get_double)     (PtceTreeNode node);
  const char   *(*get_string)     (PtceTreeNode node);

  guint         (*array_length)   (PtceTreeNode node);
  PtceTreeNode  (*array_index)    (PtceTreeNode node,
                                   guint        index);

  guint         (*object_size)    (PtceTreeNode node);
  /* NULL when the object has no member of that name */
  PtceTreeNode  (*object_lookup)  (PtceTreeNode node,
                                   const char  *name);
  void          (*object_foreach) (PtceTreeNode       node,
                                   PtceTreeMemberFunc func,
                                   gpointer           user_data);

  /* Where the node starts in the source (1-based line and column, columns
   * counted in characters), when the parser knows it; FALSE otherwise, and
   * the builder's messages then give the JSON path alone. */
  gboolean      (*get_position)   (PtceTreeNode node,
                                   guint       *line,
                                   guint       *column);
};

/* The json-glib implementation: nodes are JsonNode pointers. */
const PtceTreeVTable *ptce_json_glib_tree_vtable (void);

/* Step 2: a parser turns bytes that step 1 checked into a tree. parse()
 * returns the document that owns the tree, with *root set, or NULL with
 * @error set (PTCE_ERROR_INVALID_JSON), or NULL without an error when a
 * fast parser cannot take these bytes as the reference parser (json-glib)
 * would: the reader then hands them to json-glib. The nodes stay valid until
 * free_document(). A document may hold per-thread state until it is freed:
 * build it and free it in the same thread, one at a time.
 *
 * A parser whose checks_input is TRUE is handed the bytes before step 1:
 * its parse() must then refuse (NULL without an error) whatever
 * ptce_json_scan() would refuse with @max_depth, and the reader scans only
 * the bytes it refused, to give the scan's error or, when the scan finds
 * nothing wrong, to hand them to json-glib. The bytes it accepts are read
 * exactly as if they had been scanned first, at the cost of one parse. */
typedef struct _PtceTreeParser PtceTreeParser;

struct _PtceTreeParser
{
  const char            *name;
  const PtceTreeVTable *(*vtable)        (void);
  gboolean                checks_input;
  gpointer              (*parse)         (const char    *data,
                                          gsize          length,
                                          guint          max_depth,
                                          PtceTreeNode  *root,
                                          GError       **error);
  void                  (*free_document) (gpointer       document);

  /* Optional (NULL when the parser has none): parse() for many small
   * documents parsed one after the other on one thread, such as the
   * store's fragments, reusing the buffers of a cache made by cache_new()
   * on that thread. The document belongs to the cache: it lives until the
   * next parse_cached() with the same cache or cache_free(), and is never
   * given to free_document(). */
  gpointer              (*cache_new)     (void);
  void                  (*cache_free)    (gpointer       cache);
  gpointer              (*parse_cached)  (gpointer       cache,
                                          const char    *data,
                                          gsize          length,
                                          guint          max_depth,
                                          PtceTreeNode  *root,
                                          GError       **error);
};

const PtceTreeParser *ptce_json_glib_tree_parser (void);
#ifdef HAVE_SIMDJSON
/* simdjson's DOM (ptce-simdjson-tree.cc, the one C++ file) */
const PtceTreeParser *ptce_simdjson_tree_parser (void);
#endif

/* Step 1 and step 2 as every reader of ptce/1 takes them: @data parsed by
 * @parser (through @cache, its parse_cached(), when not NULL) or, for
 * bytes it cannot take, by json-glib once ptce_json_scan() has passed
 * them; bytes that could hurt json-glib never reach it. NULL with @error
 * set (the scan's error, at its place in @source) when the bytes are not
 * JSON a reader takes. *used: the parser whose document it returns, for
 * its vtable and its free_document() (a cached document belongs to the
 * cache: not freed when *used is @parser and @cache is not NULL). */
gpointer ptce_tree_parse_checked (const PtceTreeParser  *parser,
                                  gpointer               cache,
                                  const char            *data,
                                  gsize                  length,
                                  guint                  max_depth,
                                  const char            *source,
                                  PtceTreeNode          *root,
                                  const PtceTreeParser **used,
                                  GError               **error);

/* A json-glib tree of @data made by the fastest parser built in (simdjson
 * when there is one), for code that works on JsonNodes: the store's
 * fragments, text libptce wrote itself, which JsonParser's tokenizer reads
 * at a fraction of the speed. NULL when that parser does not take @data,
 * or when there is none: the caller then asks JsonParser, for its tree or
 * for its error. Objects keep their members in document order, numbers
 * without fraction nor exponent are integers, as JsonParser makes them. */
typedef struct _JsonNode JsonNode;
JsonNode *ptce_tree_parse_json_node (const char *data,
                                     gsize       length,
                                     guint       max_depth);

G_END_DECLS
