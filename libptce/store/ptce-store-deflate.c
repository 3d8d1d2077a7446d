/* ptce-store-deflate.c: a submission's bytes kept compressed
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "ptce-store-deflate-private.h"

/* zlib counts its input in 32 bits: larger buffers go in pieces. */
#define PIECE ((gsize) 1 << 26)

/* Runs @converter over @in into a buffer that grows up to @limit bytes:
 * FALSE when the output would pass @limit or the converter fails. */
static gboolean
convert_all (GConverter   *converter,
             const guint8 *in,
             gsize         in_size,
             gsize         start,
             gsize         limit,
             GByteArray   *out,
             GError      **error)
{
  gsize in_pos = 0, out_pos = 0;

  g_byte_array_set_size (out, MIN (start, limit));
  for (;;)
    {
      gsize piece = MIN (in_size - in_pos, PIECE);
      GConverterFlags flags = in_pos + piece == in_size ? G_CONVERTER_INPUT_AT_END : 0;
      gsize read = 0, written = 0;
      g_autoptr(GError) local_error = NULL;
      GConverterResult result;

      result = g_converter_convert (converter, in + in_pos, piece, out->data + out_pos,
                                    out->len - out_pos, flags, &read, &written, &local_error);
      if (result == G_CONVERTER_ERROR &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      in_pos += read;
      out_pos += written;
      if (result == G_CONVERTER_FINISHED)
        break;
      /* no room left: a larger buffer, up to @limit */
      if (result == G_CONVERTER_ERROR || out_pos == out->len)
        {
          if (out->len >= limit)
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                                   "more bytes than expected");
              return FALSE;
            }
          g_byte_array_set_size (out, MIN (limit, MAX (out->len * 2, out->len + 65536)));
        }
    }
  g_byte_array_set_size (out, out_pos);
  return TRUE;
}

GBytes *
ptce_store_deflate (GBytes *bytes)
{
  g_autoptr(GConverter) compressor =
    G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 1));
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  if (size == 0 ||
      !convert_all (compressor, data, size, size / 4 + 65536, size, out, NULL) ||
      out->len >= size)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

GBytes *
ptce_store_inflate (gconstpointer  data,
                    gsize          length,
                    gsize          size,
                    GError       **error)
{
  g_autoptr(GConverter) decompressor =
    G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
  g_autoptr(GByteArray) out = g_byte_array_new ();

  /* one byte of room over @size: a stream that holds more is found */
  if (!convert_all (decompressor, data, length, size + 1, size + 1, out, error))
    return NULL;
  if (out->len != size)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%" G_GSIZE_FORMAT " bytes where %" G_GSIZE_FORMAT " were recorded",
                   (gsize) out->len, size);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
