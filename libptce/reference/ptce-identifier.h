/* ptce-identifier.h: checks of French public identifiers
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib.h>
#include "ptce-version-macros.h"

G_BEGIN_DECLS

PTCE_AVAILABLE_IN_ALL
gboolean ptce_identifier_check_siren            (const char  *siren,
                                                 GError     **error);
PTCE_AVAILABLE_IN_ALL
gboolean ptce_identifier_check_siret            (const char  *siret,
                                                 GError     **error);
PTCE_AVAILABLE_IN_ALL
gboolean ptce_identifier_check_siret_for_siren  (const char  *siret,
                                                 const char  *siren,
                                                 GError     **error);
PTCE_AVAILABLE_IN_ALL
gboolean ptce_identifier_check_rna              (const char  *rna,
                                                 GError     **error);
PTCE_AVAILABLE_IN_ALL
gboolean ptce_identifier_check_naf              (const char  *naf,
                                                 GError     **error);
PTCE_AVAILABLE_IN_ALL
gboolean ptce_identifier_check_commune_code     (const char  *code,
                                                 GError     **error);
PTCE_AVAILABLE_IN_ALL
gboolean ptce_identifier_check_departement_code (const char  *code,
                                                 GError     **error);
PTCE_AVAILABLE_IN_ALL
gboolean ptce_identifier_check_legal_category   (const char  *code,
                                                 GError     **error);

G_END_DECLS
