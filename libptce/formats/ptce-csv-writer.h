/* ptce-csv-writer.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-version-macros.h"
#include "ptce-dataset.h"

G_BEGIN_DECLS

#define PTCE_TYPE_CSV_WRITER (ptce_csv_writer_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceCsvWriter, ptce_csv_writer, PTCE, CSV_WRITER, GObject)

PTCE_AVAILABLE_IN_ALL
PtceCsvWriter      *ptce_csv_writer_new                  (const char * const *header);
PTCE_AVAILABLE_IN_ALL
PtceCsvWriter      *ptce_csv_writer_new_for_actors       (PtceDataset        *dataset);
PTCE_AVAILABLE_IN_ALL
PtceCsvWriter      *ptce_csv_writer_new_for_memberships  (PtceDataset        *dataset);
PTCE_AVAILABLE_IN_ALL
PtceCsvWriter      *ptce_csv_writer_new_for_cooperations (PtceDataset        *dataset);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_csv_writer_get_header           (PtceCsvWriter      *self);
PTCE_AVAILABLE_IN_ALL
guint               ptce_csv_writer_get_n_rows           (PtceCsvWriter      *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_csv_writer_add_row              (PtceCsvWriter      *self,
                                                          const char * const *fields,
                                                          GError            **error);
PTCE_AVAILABLE_IN_ALL
GBytes             *ptce_csv_writer_to_bytes             (PtceCsvWriter      *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_csv_writer_save_file            (PtceCsvWriter      *self,
                                                          const char         *path,
                                                          GError            **error);

G_END_DECLS
