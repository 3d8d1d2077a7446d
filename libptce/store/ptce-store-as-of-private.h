/* ptce-store-as-of-private.h: a stored element as of a validity date
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A pole as of a date is left out before its founding and after its
 * dissolution; otherwise it keeps the memberships, cooperations and
 * projects whose period holds the date, and the stages and fundings begun
 * by then. An observation is kept once begun. ptce-store-read.c cuts a parsed
 * tree when it must rename references as well; the cut here works on the
 * stored text itself, with the same rules: a whole dataset as of a date
 * cuts every pole, and parsing each into a json-glib tree and writing it
 * back took most of that read.
 */
#pragma once

#include "ptce-date.h"

G_BEGIN_DECLS

/* Whether a period of these ISO 8601 bounds (NULL: open, or not a date)
 * holds @when. */
gboolean ptce_store_period_holds          (const char  *start,
                                           const char  *end,
                                           PtceDate    *when);
/* Whether @date (NULL: none, or not a date) is on or before @when. */
gboolean ptce_store_begun_by              (const char  *date,
                                           PtceDate    *when);

/* The pole of the stored text @json as of @when. FALSE when the text is
 * not cut here (it has escapes, or the scan cannot read it: the tree's
 * cut then says what is wrong); else *@exists says whether the pole was
 * there on that date, and *@out is its cut text, NULL when nothing is
 * cut out. */
gboolean ptce_store_pole_text_as_of       (const char  *json,
                                           PtceDate    *when,
                                           gboolean    *exists,
                                           char       **out);
/* The same for an observation, which is kept whole or not at all. */
gboolean ptce_store_observation_text_as_of (const char *json,
                                            PtceDate   *when,
                                            gboolean   *exists);

G_END_DECLS
