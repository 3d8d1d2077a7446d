/* ptce-epci.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-reference-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_EPCI (ptce_epci_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceEpci, ptce_epci, PTCE, EPCI, GObject)

PTCE_AVAILABLE_IN_ALL
const char         *ptce_epci_get_siren             (PtceEpci *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_epci_get_name              (PtceEpci *self);
PTCE_AVAILABLE_IN_ALL
PtceEpciKind        ptce_epci_get_kind              (PtceEpci *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_epci_is_fiscal             (PtceEpci *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_epci_get_tax_regime        (PtceEpci *self);
PTCE_AVAILABLE_IN_ALL
guint               ptce_epci_get_population        (PtceEpci *self);
PTCE_AVAILABLE_IN_ALL
guint               ptce_epci_get_total_population  (PtceEpci *self);
PTCE_AVAILABLE_IN_ALL
guint               ptce_epci_get_n_members         (PtceEpci *self);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_epci_get_members           (PtceEpci *self);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_epci_get_departements      (PtceEpci *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_epci_get_vintage           (PtceEpci *self);

G_END_DECLS
