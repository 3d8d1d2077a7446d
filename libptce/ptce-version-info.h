/* ptce-version-info.h: run-time version
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib.h>
#include "ptce-version.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

PTCE_AVAILABLE_IN_ALL
guint ptce_get_major_version (void);
PTCE_AVAILABLE_IN_ALL
guint ptce_get_minor_version (void);
PTCE_AVAILABLE_IN_ALL
guint ptce_get_micro_version (void);

G_END_DECLS
