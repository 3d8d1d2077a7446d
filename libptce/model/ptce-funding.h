/* ptce-funding.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <gio/gio.h>
#include "ptce-date.h"
#include "ptce-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_FUNDING (ptce_funding_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceFunding, ptce_funding, PTCE, FUNDING, GObject)

PTCE_AVAILABLE_IN_ALL
PtceFunding  *ptce_funding_new                (const char   *call,
                                               PtceCallKind  call_kind);
PTCE_AVAILABLE_IN_ALL
const char   *ptce_funding_get_call           (PtceFunding  *self);
PTCE_AVAILABLE_IN_ALL
void          ptce_funding_set_call           (PtceFunding  *self,
                                               const char   *call);
PTCE_AVAILABLE_IN_ALL
PtceCallKind  ptce_funding_get_call_kind      (PtceFunding  *self);
PTCE_AVAILABLE_IN_ALL
void          ptce_funding_set_call_kind      (PtceFunding  *self,
                                               PtceCallKind  call_kind);
PTCE_AVAILABLE_IN_ALL
const char   *ptce_funding_get_funder         (PtceFunding  *self);
PTCE_AVAILABLE_IN_ALL
void          ptce_funding_set_funder         (PtceFunding  *self,
                                               const char   *funder);
PTCE_AVAILABLE_IN_ALL
PtceDate     *ptce_funding_get_date           (PtceFunding  *self);
PTCE_AVAILABLE_IN_ALL
void          ptce_funding_set_date           (PtceFunding  *self,
                                               PtceDate     *date);
PTCE_AVAILABLE_IN_ALL
double        ptce_funding_get_amount         (PtceFunding  *self);
PTCE_AVAILABLE_IN_ALL
void          ptce_funding_set_amount         (PtceFunding  *self,
                                               double        amount);
PTCE_AVAILABLE_IN_ALL
guint         ptce_funding_get_duration_months (PtceFunding *self);
PTCE_AVAILABLE_IN_ALL
void          ptce_funding_set_duration_months (PtceFunding *self,
                                                guint        months);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_funding_get_projects (PtceFunding *self);
PTCE_AVAILABLE_IN_ALL
void ptce_funding_set_projects (PtceFunding *self,
                                const char * const *value);

G_END_DECLS
