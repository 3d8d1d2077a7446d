/* ptce-json-writer.h
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
 * PTCE_TYPE_JSON_WRITER:
 *
 * The #GType of #PtceJsonWriter.
 *
 * Since: 1.0
 */
#define PTCE_TYPE_JSON_WRITER (ptce_json_writer_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceJsonWriter, ptce_json_writer, PTCE, JSON_WRITER, GObject)

PTCE_AVAILABLE_IN_ALL
PtceJsonWriter *ptce_json_writer_new        (void);
PTCE_AVAILABLE_IN_ALL
gboolean        ptce_json_writer_get_pretty (PtceJsonWriter  *self);
PTCE_AVAILABLE_IN_ALL
void            ptce_json_writer_set_pretty (PtceJsonWriter  *self,
                                             gboolean         pretty);
PTCE_AVAILABLE_IN_ALL
gboolean        ptce_json_writer_save_file  (PtceJsonWriter  *self,
                                             PtceDataset     *dataset,
                                             const char      *path,
                                             GError         **error);
PTCE_AVAILABLE_IN_ALL
GBytes         *ptce_json_writer_save_bytes (PtceJsonWriter  *self,
                                             PtceDataset     *dataset,
                                             GError         **error);
PTCE_AVAILABLE_IN_ALL
JsonNode       *ptce_json_writer_save_node  (PtceJsonWriter  *self,
                                             PtceDataset     *dataset,
                                             GError         **error);

G_END_DECLS
