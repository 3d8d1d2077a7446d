/* ptce-commune.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-reference-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_COMMUNE (ptce_commune_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceCommune, ptce_commune, PTCE, COMMUNE, GObject)

PTCE_AVAILABLE_IN_ALL
const char         *ptce_commune_get_code          (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_commune_get_name          (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
PtceCommuneKind     ptce_commune_get_kind          (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_commune_is_current        (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_commune_get_parent        (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_commune_get_departement   (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_commune_get_region        (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_commune_get_epci          (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_commune_get_ept           (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
guint               ptce_commune_get_population    (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_commune_get_siren         (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_commune_get_postal_codes  (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
const char * const *ptce_commune_get_former_codes  (PtceCommune *self);
PTCE_AVAILABLE_IN_ALL
const char         *ptce_commune_get_vintage       (PtceCommune *self);

G_END_DECLS
