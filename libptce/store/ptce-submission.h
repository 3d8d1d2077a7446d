/* ptce-submission.h: one file received by a store, with its provenance
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-version-macros.h"
#include "ptce-date.h"

G_BEGIN_DECLS

#define PTCE_TYPE_SUBMISSION (ptce_submission_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceSubmission, ptce_submission, PTCE, SUBMISSION, GObject)

PTCE_AVAILABLE_IN_ALL
gint64      ptce_submission_get_id        (PtceSubmission *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_submission_get_sha256    (PtceSubmission *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_submission_get_source    (PtceSubmission *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_submission_get_submitter (PtceSubmission *self);
PTCE_AVAILABLE_IN_ALL
PtceDate   *ptce_submission_get_received  (PtceSubmission *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_submission_get_imported  (PtceSubmission *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_submission_get_title     (PtceSubmission *self);
PTCE_AVAILABLE_IN_ALL
guint64     ptce_submission_get_size      (PtceSubmission *self);
PTCE_AVAILABLE_IN_ALL
guint       ptce_submission_get_n_poles   (PtceSubmission *self);
PTCE_AVAILABLE_IN_ALL
guint       ptce_submission_get_n_actors  (PtceSubmission *self);
PTCE_AVAILABLE_IN_ALL
gboolean    ptce_submission_get_existed   (PtceSubmission *self);

G_END_DECLS
