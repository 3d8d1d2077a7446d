/* ptce-store.h: dated submissions of ptce/1 data, as of a date and as known at a date
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-version-macros.h"
#include "ptce-dataset.h"
#include "ptce-date.h"
#include "ptce-store-enums.h"
#include "ptce-submission.h"
#include "ptce-store-change.h"
#include "ptce-actor-match.h"
#include "ptce-store-disagreement.h"

G_BEGIN_DECLS

/**
 * PTCE_STORE_ERROR:
 *
 * The error domain of #PtceStore: a file that is not a store, damaged,
 * locked, read-only, or written by a newer version. See #PtceStoreError.
 *
 * Since: 1.0
 */
#define PTCE_STORE_ERROR (ptce_store_error_quark ())

PTCE_AVAILABLE_IN_ALL
GQuark ptce_store_error_quark (void);

#define PTCE_TYPE_STORE (ptce_store_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceStore, ptce_store, PTCE, STORE, GObject)

PTCE_AVAILABLE_IN_ALL
PtceStore      *ptce_store_open                 (const char          *path,
                                                 PtceStoreOpenFlags   flags,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
const char     *ptce_store_get_path             (PtceStore           *self);
PTCE_AVAILABLE_IN_ALL
gboolean        ptce_store_get_read_only        (PtceStore           *self);
PTCE_AVAILABLE_IN_ALL
void            ptce_store_close                (PtceStore           *self);
PTCE_AVAILABLE_IN_ALL
gboolean        ptce_store_check                (PtceStore           *self,
                                                 GError             **error);

PTCE_AVAILABLE_IN_ALL
PtceSubmission *ptce_store_import_bytes         (PtceStore           *self,
                                                 GBytes              *bytes,
                                                 const char          *source,
                                                 const char          *submitter,
                                                 PtceDate            *received,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
PtceSubmission *ptce_store_import_file          (PtceStore           *self,
                                                 const char          *path,
                                                 const char          *source,
                                                 const char          *submitter,
                                                 PtceDate            *received,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
PtceSubmission *ptce_store_import_dataset       (PtceStore           *self,
                                                 PtceDataset         *dataset,
                                                 const char          *source,
                                                 const char          *submitter,
                                                 PtceDate            *received,
                                                 GError             **error);

PTCE_AVAILABLE_IN_ALL
GListModel     *ptce_store_list_submissions     (PtceStore           *self,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
PtceSubmission *ptce_store_lookup_submission    (PtceStore           *self,
                                                 gint64               id,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
GBytes         *ptce_store_dup_submission_bytes (PtceStore           *self,
                                                 gint64               id,
                                                 GError             **error);

PTCE_AVAILABLE_IN_ALL
PtceDataset    *ptce_store_load_dataset         (PtceStore           *self,
                                                 PtceDate            *as_of,
                                                 PtceDate            *as_known,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
PtceDataset    *ptce_store_load_pole            (PtceStore           *self,
                                                 const char          *pole_id,
                                                 PtceDate            *as_of,
                                                 PtceDate            *as_known,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
PtceActor      *ptce_store_load_actor           (PtceStore           *self,
                                                 const char          *actor_id,
                                                 PtceDate            *as_of,
                                                 PtceDate            *as_known,
                                                 GError             **error);

PTCE_AVAILABLE_IN_ALL
void            ptce_store_import_file_async    (PtceStore           *self,
                                                 const char          *path,
                                                 const char          *source,
                                                 const char          *submitter,
                                                 PtceDate            *received,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
PTCE_AVAILABLE_IN_ALL
PtceSubmission *ptce_store_import_file_finish   (PtceStore           *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
void            ptce_store_load_dataset_async   (PtceStore           *self,
                                                 PtceDate            *as_of,
                                                 PtceDate            *as_known,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
PTCE_AVAILABLE_IN_ALL
PtceDataset    *ptce_store_load_dataset_finish  (PtceStore           *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
void            ptce_store_load_pole_async      (PtceStore           *self,
                                                 const char          *pole_id,
                                                 PtceDate            *as_of,
                                                 PtceDate            *as_known,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
PTCE_AVAILABLE_IN_ALL
PtceDataset    *ptce_store_load_pole_finish     (PtceStore           *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

PTCE_AVAILABLE_IN_ALL
void            ptce_store_list_disagreements_async  (PtceStore           *self,
                                                      PtceDate            *as_known,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
PTCE_AVAILABLE_IN_ALL
GListModel     *ptce_store_list_disagreements_finish (PtceStore           *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);
PTCE_AVAILABLE_IN_ALL
void            ptce_store_check_async          (PtceStore           *self,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
PTCE_AVAILABLE_IN_ALL
gboolean        ptce_store_check_finish         (PtceStore           *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

PTCE_AVAILABLE_IN_ALL
GListModel     *ptce_store_list_pole_versions   (PtceStore           *self,
                                                 const char          *pole_id,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
PtceSubmission *ptce_store_lookup_pole_version  (PtceStore           *self,
                                                 const char          *pole_id,
                                                 PtceDate            *as_known,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
GListModel     *ptce_store_diff_pole            (PtceStore           *self,
                                                 const char          *pole_id,
                                                 gint64               from_submission,
                                                 gint64               to_submission,
                                                 GError             **error);

PTCE_AVAILABLE_IN_ALL
char          **ptce_store_find_poles           (PtceStore           *self,
                                                 PtceStorePoleField   field,
                                                 const char          *value,
                                                 PtceDate            *as_known,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
GListModel     *ptce_store_find_actors          (PtceStore           *self,
                                                 const char          *identifier,
                                                 PtceDate            *as_known,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
char          **ptce_store_list_poles_of_actor  (PtceStore           *self,
                                                 const char          *actor_id,
                                                 PtceDate            *as_known,
                                                 GError             **error);

PTCE_AVAILABLE_IN_ALL
GListModel     *ptce_store_list_actor_matches   (PtceStore           *self,
                                                 const char          *actor_id,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
gboolean        ptce_store_undo_actor_match     (PtceStore           *self,
                                                 gint64               match_id,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
char          **ptce_store_list_same_actors     (PtceStore           *self,
                                                 const char          *actor_id,
                                                 GError             **error);
PTCE_AVAILABLE_IN_ALL
GListModel     *ptce_store_list_disagreements   (PtceStore           *self,
                                                 PtceDate            *as_known,
                                                 GError             **error);

G_END_DECLS
