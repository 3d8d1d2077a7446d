/* ptce-save-private.h: atomic saves shared by the writers of formats/
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes @bytes to @path atomically (temporary file, flush, rename; a
 * symbolic link is followed and kept; what is not a regular file is
 * refused), with a PTCE_ERROR_IO naming @path on failure. */
gboolean ptce_save_bytes_atomically (const char  *path,
                                     GBytes      *bytes,
                                     GError     **error);

G_END_DECLS
