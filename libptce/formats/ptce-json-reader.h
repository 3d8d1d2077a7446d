/* ptce-json-reader.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include "ptce-version-macros.h"
#include "ptce-dataset.h"

G_BEGIN_DECLS

/**
 * PTCE_JSON_READER_DEFAULT_MAX_DEPTH:
 *
 * The default of #PtceJsonReader:max-depth: 64 levels of nested arrays and
 * objects. A ptce/1 document needs 6; the rest is room for unknown members.
 *
 * Since: 1.0
 */
#define PTCE_JSON_READER_DEFAULT_MAX_DEPTH 64

/**
 * PTCE_JSON_READER_MAX_DEPTH_LIMIT:
 *
 * The highest value #PtceJsonReader:max-depth accepts. json-glib parses,
 * copies and writes recursively: this bound keeps the stack safe.
 *
 * Since: 1.0
 */
#define PTCE_JSON_READER_MAX_DEPTH_LIMIT 4096

/**
 * PTCE_JSON_READER_DEFAULT_MAX_SIZE:
 *
 * The default of #PtceJsonReader:max-size: 256 MiB, room for the national
 * observatory stress size (about 190 MB of JSON). json-glib holds about
 * twelve times the size of its input in memory.
 *
 * Since: 1.0
 */
#define PTCE_JSON_READER_DEFAULT_MAX_SIZE (G_GUINT64_CONSTANT (256) * 1024 * 1024)

/**
 * PTCE_TYPE_JSON_READER:
 *
 * The #GType of #PtceJsonReader.
 *
 * Since: 1.0
 */
#define PTCE_TYPE_JSON_READER (ptce_json_reader_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceJsonReader, ptce_json_reader, PTCE, JSON_READER, GObject)

PTCE_AVAILABLE_IN_ALL
PtceJsonReader *ptce_json_reader_new           (void);
PTCE_AVAILABLE_IN_ALL
guint           ptce_json_reader_get_max_depth (PtceJsonReader  *self);
PTCE_AVAILABLE_IN_ALL
void            ptce_json_reader_set_max_depth (PtceJsonReader  *self,
                                                guint            max_depth);
PTCE_AVAILABLE_IN_ALL
guint64         ptce_json_reader_get_max_size  (PtceJsonReader  *self);
PTCE_AVAILABLE_IN_ALL
void            ptce_json_reader_set_max_size  (PtceJsonReader  *self,
                                                guint64          max_size);
PTCE_AVAILABLE_IN_ALL
PtceDataset    *ptce_json_reader_load_file     (PtceJsonReader  *self,
                                                const char      *path,
                                                GError         **error);
PTCE_AVAILABLE_IN_ALL
PtceDataset    *ptce_json_reader_load_bytes    (PtceJsonReader  *self,
                                                GBytes          *bytes,
                                                GError         **error);
PTCE_AVAILABLE_IN_ALL
PtceDataset    *ptce_json_reader_load_node     (PtceJsonReader  *self,
                                                JsonNode        *node,
                                                GError         **error);

G_END_DECLS
