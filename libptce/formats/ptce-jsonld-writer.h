/* ptce-jsonld-writer.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-version-macros.h"
#include "ptce-dataset.h"

G_BEGIN_DECLS

/**
 * PTCE_JSONLD_CONTEXT_IRI:
 *
 * The IRI of the JSON-LD context the export refers to; the context itself
 * is `data/ptce-context.jsonld`, installed as
 * `$datadir/libptce/ptce-context.jsonld`.
 *
 * Since: 1.0
 */
#define PTCE_JSONLD_CONTEXT_IRI "https://w3id.org/ptce/context.jsonld"

#define PTCE_TYPE_JSONLD_WRITER (ptce_jsonld_writer_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceJsonldWriter, ptce_jsonld_writer, PTCE, JSONLD_WRITER, GObject)

PTCE_AVAILABLE_IN_ALL
PtceJsonldWriter *ptce_jsonld_writer_new          (void);
PTCE_AVAILABLE_IN_ALL
const char       *ptce_jsonld_writer_get_base_iri (PtceJsonldWriter  *self);
PTCE_AVAILABLE_IN_ALL
void              ptce_jsonld_writer_set_base_iri (PtceJsonldWriter  *self,
                                                   const char        *base_iri);
PTCE_AVAILABLE_IN_ALL
GBytes           *ptce_jsonld_writer_save_bytes   (PtceJsonldWriter  *self,
                                                   PtceDataset       *dataset,
                                                   GError           **error);
PTCE_AVAILABLE_IN_ALL
gboolean          ptce_jsonld_writer_save_file    (PtceJsonldWriter  *self,
                                                   PtceDataset       *dataset,
                                                   const char        *path,
                                                   GError           **error);

G_END_DECLS
