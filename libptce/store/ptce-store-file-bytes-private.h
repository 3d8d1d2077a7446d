/* ptce-store-file-bytes-private.h: a submission's bytes kept compressed
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A store keeps the exact bytes of every file it received, which are read
 * back rarely (to re-read a submission as it arrived) and would be much of
 * what an import writes. They are kept as one LZ4 frame (the format of the
 * lz4 tool), which takes 0.35 s of a 285 MB national file where zlib at
 * its fastest level took 1.2 s, on the thread that also scans the file
 * while the first writes the rows; it is about 4 times smaller than the
 * file, against 7 times with zlib. The frame carries the length and an
 * xxHash-32 of the bytes, so damaged bytes are found when read back.
 * Files recorded before schema 7 are zlib streams, still read.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the store writes in a submission's encoding column. */
#define PTCE_STORE_ENCODING_IDENTITY "identity"
#define PTCE_STORE_ENCODING_ZLIB     "zlib"
#define PTCE_STORE_ENCODING_LZ4      "lz4"

/* The LZ4 frame of @bytes, or NULL when it would not be smaller. */
GBytes *ptce_store_compress   (GBytes        *bytes);
/* The @size bytes that @data (an LZ4 frame) holds; NULL with a
 * G_IO_ERROR_INVALID_DATA when they are not one whole frame of exactly
 * @size bytes whose checksum holds. */
GBytes *ptce_store_decompress (gconstpointer  data,
                               gsize          length,
                               gsize          size,
                               GError       **error);
/* The same of a zlib stream, as stores kept them before. */
GBytes *ptce_store_inflate    (gconstpointer  data,
                               gsize          length,
                               gsize          size,
                               GError       **error);

G_END_DECLS
