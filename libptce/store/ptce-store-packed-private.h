/* ptce-store-packed-private.h: an element's text kept compressed
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A pole's element is its whole text (members, cooperations, projects): 20
 * kB on average in a national file, half of what an import writes, and
 * what reading a dataset back reads most. LZ4 makes them a quarter of
 * that, at about 800 MB/s, and gives them back at several GB/s, which
 * costs less than reading the pages they would fill. Short texts (actors,
 * observations) gain little and stay as they are.
 *
 * A packed text is the length of the text, 4 bytes little-endian, then
 * its LZ4 block.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @text (of @length bytes) packed, or NULL when it is too short to gain
 * or would not be a quarter smaller. */
guint8 *ptce_store_pack   (const char    *text,
                           gsize          length,
                           gsize         *packed_length);
/* The text that @data (packed) holds, NUL-terminated; NULL with a
 * G_IO_ERROR_INVALID_DATA when it is not a whole packed text. */
char   *ptce_store_unpack (gconstpointer  data,
                           gsize          length,
                           GError       **error);
/* The length of the text that @data (packed) says it holds, 0 when it
 * cannot be one. */
gsize   ptce_store_packed_text_length (gconstpointer  data,
                                       gsize          length);
/* ptce_store_unpack() into @buffer, reused from one text to the next: the
 * text, NUL-terminated, is the buffer's data until its next use. */
const char *ptce_store_unpack_into    (gconstpointer  data,
                                       gsize          length,
                                       GByteArray    *buffer,
                                       GError       **error);

G_END_DECLS
