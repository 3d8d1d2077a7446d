/* ptce-departement.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_DEPARTEMENT (ptce_departement_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceDepartement, ptce_departement, PTCE, DEPARTEMENT, GObject)

PTCE_AVAILABLE_IN_ALL
const char *ptce_departement_get_code        (PtceDepartement *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_departement_get_name        (PtceDepartement *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_departement_get_region      (PtceDepartement *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_departement_get_chef_lieu   (PtceDepartement *self);
PTCE_AVAILABLE_IN_ALL
gboolean    ptce_departement_is_overseas     (PtceDepartement *self);
PTCE_AVAILABLE_IN_ALL
guint       ptce_departement_get_n_communes  (PtceDepartement *self);
PTCE_AVAILABLE_IN_ALL
guint64     ptce_departement_get_population  (PtceDepartement *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_departement_get_vintage     (PtceDepartement *self);

G_END_DECLS
