/* ptce-csv-importer.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-version-macros.h"
#include "ptce-dataset.h"
#include "ptce-csv-problem.h"

G_BEGIN_DECLS

#define PTCE_TYPE_CSV_IMPORTER (ptce_csv_importer_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceCsvImporter, ptce_csv_importer, PTCE, CSV_IMPORTER, GObject)

PTCE_AVAILABLE_IN_ALL
PtceCsvImporter *ptce_csv_importer_new              (void);
PTCE_AVAILABLE_IN_ALL
GListModel      *ptce_csv_importer_get_problems     (PtceCsvImporter  *self);
PTCE_AVAILABLE_IN_ALL
guint            ptce_csv_importer_get_n_imported   (PtceCsvImporter  *self);
PTCE_AVAILABLE_IN_ALL
gboolean         ptce_csv_importer_read_actors      (PtceCsvImporter  *self,
                                                     PtceDataset      *dataset,
                                                     GBytes           *bytes,
                                                     GError          **error);
PTCE_AVAILABLE_IN_ALL
gboolean         ptce_csv_importer_read_memberships (PtceCsvImporter  *self,
                                                     PtceDataset      *dataset,
                                                     GBytes           *bytes,
                                                     GError          **error);

G_END_DECLS
