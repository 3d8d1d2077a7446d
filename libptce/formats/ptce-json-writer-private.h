/* ptce-json-writer-private.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-json-writer.h"

G_BEGIN_DECLS

/* Compact text of a node, numbers written as ptce_json_writer_save_bytes()
 * writes them (json-glib 1.6 alone writes "1e+40.0"). */
char *ptce_json_writer_node_to_string (JsonNode *node);

G_END_DECLS
