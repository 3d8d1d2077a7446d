/* ptce-date.h: calendar dates that may be partial
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_DATE (ptce_date_get_type ())

typedef struct _PtceDate PtceDate;

PTCE_AVAILABLE_IN_ALL
GType              ptce_date_get_type            (void) G_GNUC_CONST;
PTCE_AVAILABLE_IN_ALL
PtceDate          *ptce_date_new                 (int             year,
                                                  int             month,
                                                  int             day,
                                                  GError        **error);
PTCE_AVAILABLE_IN_ALL
PtceDate          *ptce_date_new_from_iso8601    (const char     *text,
                                                  GError        **error);
PTCE_AVAILABLE_IN_ALL
PtceDate          *ptce_date_new_from_julian     (guint32         julian_day);
PTCE_AVAILABLE_IN_ALL
PtceDate          *ptce_date_new_today           (void);
PTCE_AVAILABLE_IN_ALL
PtceDate          *ptce_date_ref                 (PtceDate       *self);
PTCE_AVAILABLE_IN_ALL
void               ptce_date_unref               (PtceDate       *self);
PTCE_AVAILABLE_IN_ALL
int                ptce_date_get_year            (const PtceDate *self);
PTCE_AVAILABLE_IN_ALL
int                ptce_date_get_month           (const PtceDate *self);
PTCE_AVAILABLE_IN_ALL
int                ptce_date_get_day             (const PtceDate *self);
PTCE_AVAILABLE_IN_ALL
PtceDatePrecision  ptce_date_get_precision       (const PtceDate *self);
PTCE_AVAILABLE_IN_ALL
guint32            ptce_date_get_first_julian    (const PtceDate *self);
PTCE_AVAILABLE_IN_ALL
guint32            ptce_date_get_last_julian     (const PtceDate *self);
PTCE_AVAILABLE_IN_ALL
char              *ptce_date_to_iso8601          (const PtceDate *self);
PTCE_AVAILABLE_IN_ALL
char              *ptce_date_to_words            (const PtceDate *self);
PTCE_AVAILABLE_IN_ALL
int                ptce_date_compare             (const PtceDate *a,
                                                  const PtceDate *b);
PTCE_AVAILABLE_IN_ALL
gboolean           ptce_date_equal               (const PtceDate *a,
                                                  const PtceDate *b);
PTCE_AVAILABLE_IN_ALL
guint              ptce_date_hash                (const PtceDate *self);
PTCE_AVAILABLE_IN_ALL
gboolean           ptce_period_contains     (const PtceDate *start,
                                                  const PtceDate *end,
                                                  const PtceDate *when);
PTCE_AVAILABLE_IN_ALL
gboolean           ptce_period_is_valid     (const PtceDate *start,
                                                  const PtceDate *end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtceDate, ptce_date_unref)

G_END_DECLS
