/* ptce-json-emit-private.h: model → ptce/1 text, without a tree
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "ptce-dataset.h"

G_BEGIN_DECLS

/* Whether @dataset states a fact only ptce/1.1 can say: the document then
 * declares "ptce/1.1" (ptce-json-writer.c). */
gboolean ptce_json_dataset_uses_1_1 (PtceDataset *dataset);

/* Checks @dataset, which ptce_dataset_validate() accepted, by the reader's
 * content rules (ptce-json-rules-private.h), in the order the reader reads
 * the document, so that the first problem is the one the reader would
 * report, with its JSON path. The limits are the reader's largest
 * (PTCE_JSON_READER_MAX_DEPTH_LIMIT).
 *
 * Sets *@needs_tree to TRUE, and stops, when an unknown member kept in
 * the model bears the name of a member the reader knows in the document
 * to be written (an actor's "composition" kept from a ptce/1 file, now
 * written as ptce/1.1): the reader would read it as that member, which only
 * the reader itself can judge; the caller then checks the tree with it. */
gboolean ptce_json_check_dataset    (PtceDataset  *dataset,
                                     gboolean     *needs_tree,
                                     GError      **error);

/* The text of @dataset, byte for byte what json-glib 1.6's JsonGenerator
 * writes of the writer's tree (indent 2 when @pretty), with the writer's
 * two repairs (no "1e+40.0", U+001F escaped), without the final newline.
 * Nothing is checked: call ptce_json_check_dataset() first.
 * NUL-terminated; free with g_free(). */
char    *ptce_json_emit_dataset     (PtceDataset  *dataset,
                                     gboolean      pretty,
                                     gsize        *length);

/* The same for any JsonNode (compact), for the differential test. */
char    *ptce_json_emit_node        (JsonNode     *node,
                                     gboolean      pretty,
                                     gsize        *length);

G_END_DECLS
