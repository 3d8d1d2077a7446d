/* ptce-site.h
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

#define PTCE_TYPE_SITE (ptce_site_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceSite, ptce_site, PTCE, SITE, GObject)

PTCE_AVAILABLE_IN_ALL
PtceSite   *ptce_site_new              (const char *commune);
PTCE_AVAILABLE_IN_ALL
const char *ptce_site_get_commune      (PtceSite   *self);
PTCE_AVAILABLE_IN_ALL
void        ptce_site_set_commune      (PtceSite   *self,
                                        const char *commune);
PTCE_AVAILABLE_IN_ALL
const char *ptce_site_get_siret        (PtceSite   *self);
PTCE_AVAILABLE_IN_ALL
void        ptce_site_set_siret        (PtceSite   *self,
                                        const char *siret);
PTCE_AVAILABLE_IN_ALL
const char *ptce_site_get_label        (PtceSite   *self);
PTCE_AVAILABLE_IN_ALL
void        ptce_site_set_label        (PtceSite   *self,
                                        const char *label);
PTCE_AVAILABLE_IN_ALL
const char *ptce_site_get_address      (PtceSite   *self);
PTCE_AVAILABLE_IN_ALL
void        ptce_site_set_address      (PtceSite   *self,
                                        const char *address);
PTCE_AVAILABLE_IN_ALL
gboolean    ptce_site_get_headquarters (PtceSite   *self);
PTCE_AVAILABLE_IN_ALL
void        ptce_site_set_headquarters (PtceSite   *self,
                                        gboolean    headquarters);

G_END_DECLS
