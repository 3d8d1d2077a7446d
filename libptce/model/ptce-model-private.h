/* ptce-model-private.h: what the ptce/1 builder may do that the API does not
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The builder checks every reference against the dataset as it reads it
 * and ptce_dataset_validate() runs once at the end, so these skip checks
 * already made and the change signals of lists that nobody can watch yet
 * (the objects are new, not yet handed out). */
#pragma once

#include "ptce-cooperation.h"
#include "ptce-dataset.h"
#include "ptce-pole.h"

G_BEGIN_DECLS

/* Appends @n actors, distinct and not yet participants, at once: one
 * items-changed instead of one per actor. */
void     ptce_cooperation_append_participants_private (PtceCooperation  *self,
                                                       PtceActor       **actors,
                                                       guint             n);

/* ptce_dataset_add_pole() without check of the references of @pole to
 * the actors of @self, which the caller checks (ptce_dataset_validate()). */
gboolean ptce_dataset_add_pole_unchecked_private       (PtceDataset      *self,
                                                       PtcePole         *pole,
                                                       GError          **error);

G_END_DECLS
