/* ptce-store-deflate-private.h: a submission's bytes kept compressed
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A store keeps the exact bytes of every file it received, which are read
 * back rarely (to re-read a submission as it arrived) and are most of what
 * an import writes: a ptce/1 file compresses about seven times with zlib
 * at its fastest level, which an import computes on its second thread
 * while the first reads the file. zlib comes with GIO, no new dependency;
 * its format carries an Adler-32 checksum, so damaged bytes are found when
 * read back.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the store writes in a submission's encoding column. */
#define PTCE_STORE_ENCODING_IDENTITY "identity"
#define PTCE_STORE_ENCODING_ZLIB     "zlib"

/* The zlib stream of @bytes, or NULL when it would not be smaller. */
GBytes *ptce_store_deflate (GBytes        *bytes);
/* The @size bytes that @data (zlib) holds; NULL with a G_IO_ERROR when
 * they are not a whole zlib stream of exactly @size bytes. */
GBytes *ptce_store_inflate (gconstpointer  data,
                            gsize          length,
                            gsize          size,
                            GError       **error);

G_END_DECLS
