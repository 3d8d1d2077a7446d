/* ptce-json-builder-private.h: ptce/1 tree → model
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-dataset.h"
#include "ptce-tree-private.h"

G_BEGIN_DECLS

/* Builds a fresh #PtceDataset from the ptce/1 document whose root is @root,
 * read through @vtable (see ptce-tree-private.h). Every check of the format
 * is made here, so that every parser gives the same model and the same
 * errors: %PTCE_ERROR_INVALID_FORMAT, %PTCE_ERROR_UNSUPPORTED_VERSION,
 * %PTCE_ERROR_DUPLICATE_ID, %PTCE_ERROR_DANGLING_REFERENCE,
 * %PTCE_ERROR_INVALID_DATE and %PTCE_ERROR_LIMIT_EXCEEDED, each message
 * starting with the JSON path of the culprit ("$.poles[2].founded: …").
 *
 * @max_depth bounds the nesting of arrays and objects, as ptce_json_scan()
 * does for bytes. @check_strings asks to check that every string is valid
 * UTF-8: trees that did not come through ptce_json_scan() (a #JsonNode
 * built by hand) need it.
 *
 * Returns NULL with @error set on the first problem; nothing is half
 * built. */
PtceDataset *ptce_json_build_dataset (const PtceTreeVTable  *vtable,
                                      PtceTreeNode           root,
                                      guint                  max_depth,
                                      gboolean               check_strings,
                                      GError               **error);

G_END_DECLS
