/* ptce-words.h: enums and flags to and from the words of the format
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-version-macros.h"

G_BEGIN_DECLS

PTCE_AVAILABLE_IN_ALL
const char  *ptce_enum_to_string   (GType               enum_type,
                                    int                 value);
PTCE_AVAILABLE_IN_ALL
gboolean     ptce_enum_from_string (GType               enum_type,
                                    const char         *word,
                                    int                *value,
                                    GError            **error);
PTCE_AVAILABLE_IN_ALL
char       **ptce_flags_to_strv    (GType               flags_type,
                                    guint               value);
PTCE_AVAILABLE_IN_ALL
gboolean     ptce_flags_from_strv  (GType               flags_type,
                                    const char * const *words,
                                    guint              *value,
                                    GError            **error);

G_END_DECLS
