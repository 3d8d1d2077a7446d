/* ptce-json-reader-private.h: which parser a reader uses (step 2 of
 * ptce-tree-private.h), for the benchmark and the differential tests
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-json-builder-private.h"
#include "ptce-json-reader.h"

G_BEGIN_DECLS

/* The names of the parsers of this build, the default first ("simdjson"
 * when built with it, then "json-glib"); NULL-terminated, static. */
const char * const *ptce_json_reader_list_parsers (void);

/* FALSE with PTCE_ERROR_NOT_FOUND for a name this build does not have. */
gboolean            ptce_json_reader_set_parser   (PtceJsonReader  *self,
                                                   const char      *name,
                                                   GError         **error);

const char         *ptce_json_reader_get_parser   (PtceJsonReader  *self);

/* The parser itself, for a layer above that reads a tree alone (the
 * store: the actors one pole's text names). */
const PtceTreeParser *ptce_json_reader_get_tree_parser (PtceJsonReader *self);

/* ptce_json_reader_load_bytes() of bytes read from a file whose display
 * name is @source (NULL: bytes from memory): every error message then
 * starts with it, "FILE:LINE:COLUMN: …" or "FILE: $.path: …"
 * (ptce_json_format_place()). What load_file and the store's import_file
 * use. */
PtceDataset        *ptce_json_reader_load_bytes_from (PtceJsonReader  *self,
                                                      GBytes          *bytes,
                                                      const char      *source,
                                                      GError         **error);

/* The bytes of a file as ptce_json_reader_load_file() reads them: up to
 * the reader's max-size (refused before reading when the file says its
 * size), in one buffer with huge pages when large, never mapped; errors
 * name the file (PTCE_ERROR_IO, "Cannot read “FILE”: …"). What the
 * store's import_file uses, which keeps the bytes. */
GBytes             *ptce_json_reader_read_file    (PtceJsonReader  *self,
                                                   const char      *path,
                                                   GError         **error);

/* The build of a dataset from a ptce/1 document already cut into its parts
 * (ptce-json-builder-private.h), with the reader's parser and limits, on
 * as many threads as the machine runs at once. */
PtceJsonParts      *ptce_json_reader_begin_parts  (PtceJsonReader  *self,
                                                   const char      *root,
                                                   GError         **error);

G_END_DECLS
