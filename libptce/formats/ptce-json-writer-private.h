/* ptce-json-writer-private.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-json-writer.h"

G_BEGIN_DECLS

/* Compact text of a node, numbers written as ptce_json_writer_save_bytes()
 * writes them (json-glib 1.6 alone writes "1e+40.0"). */
char *ptce_json_writer_node_to_string (JsonNode *node);

/* The bytes of @dataset written as before the text came straight from the
 * model: a json-glib tree checked by the reader's builder, then
 * JsonGenerator (tests/formats/test-json-writer.c compares the two). */
GBytes *ptce_json_writer_save_bytes_by_tree_private (PtceJsonWriter  *self,
                                                     PtceDataset     *dataset,
                                                     GError         **error);

G_END_DECLS
