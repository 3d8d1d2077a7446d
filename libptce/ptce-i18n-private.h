/* ptce-i18n-private.h: gettext for the library's own messages
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib/gi18n-lib.h>

G_BEGIN_DECLS

/* Binds the libptce text domain once; every translated message goes
 * through _() after this. Safe to call from any thread. */
void ptce_i18n_init (void);

G_END_DECLS
