/* ptce-submission-private.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-submission.h"

G_BEGIN_DECLS

PtceSubmission *ptce_submission_new_internal (gint64      id,
                                              const char *sha256,
                                              const char *source,
                                              const char *submitter,
                                              PtceDate   *received,
                                              const char *imported,
                                              const char *title,
                                              guint64     size,
                                              guint       n_poles,
                                              guint       n_actors);
void            ptce_submission_set_existed  (PtceSubmission *self,
                                              gboolean        existed);

G_END_DECLS
