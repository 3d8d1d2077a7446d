/* ptce-store-file-bytes.c: a submission's bytes kept compressed
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <lz4frame.h>

#include "ptce-store-file-bytes-private.h"
#include "ptce-i18n-private.h"

/* zlib counts its input in 32 bits: larger buffers go in pieces. */
#define PIECE ((gsize) 1 << 26)

/* The most bytes a byte of each format gives back: an LZ4 block less than
 * 255, deflate 1032. A size recorded beyond that is damage, refused
 * before a buffer of that size is asked for. */
#define LZ4_MAX_RATIO  255
#define ZLIB_MAX_RATIO 1032

/* Whether @length bytes of a format giving back at most @ratio bytes per
 * byte can hold @size bytes, in a buffer of at most @max bytes; else an
 * error saying so. */
static gboolean
size_possible (gsize    length,
               gsize    size,
               gsize    ratio,
               gsize    max,
               GError **error)
{
  if (size / ratio <= length && size < max)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("%llu bytes recorded for %llu compressed"),
               (unsigned long long) size, (unsigned long long) length);
  return FALSE;
}

/* Runs @converter over @in into @out, at most its length: FALSE when the
 * output would not fit or the converter fails. */
static gboolean
convert_all (GConverter   *converter,
             const guint8 *in,
             gsize         in_size,
             GByteArray   *out,
             GError      **error)
{
  gsize in_pos = 0, out_pos = 0;

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
      if (result == G_CONVERTER_ERROR || out_pos == out->len)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("more bytes than recorded"));
          return FALSE;
        }
    }
  g_byte_array_set_size (out, out_pos);
  return TRUE;
}

GBytes *
ptce_store_compress (GBytes *bytes)
{
  LZ4F_preferences_t preferences = LZ4F_INIT_PREFERENCES;
  gsize size, bound, written;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autofree guint8 *frame = NULL;

  if (size == 0)
    return NULL;
  preferences.frameInfo.blockSizeID = LZ4F_max4MB;
  preferences.frameInfo.contentChecksumFlag = LZ4F_contentChecksumEnabled;
  preferences.frameInfo.contentSize = size;
  bound = LZ4F_compressFrameBound (size, &preferences);
  frame = g_try_malloc (bound);
  if (frame == NULL)
    return NULL;
  written = LZ4F_compressFrame (frame, bound, data, size, &preferences);
  if (LZ4F_isError (written) || written >= size)
    return NULL;
  return g_bytes_new_take (g_realloc (g_steal_pointer (&frame), written), written);
}

GBytes *
ptce_store_decompress (gconstpointer  data,
                       gsize          length,
                       gsize          size,
                       GError       **error)
{
  LZ4F_dctx *context = NULL;
  g_autofree guint8 *out = NULL;
  gsize in_pos = 0, out_pos = 0, hint = 1;
  const char *what = NULL;

  if (!size_possible (length, size, LZ4_MAX_RATIO, G_MAXSIZE, error))
    return NULL;
  /* one byte of room over @size: a frame that holds more is found */
  out = g_try_malloc (size + 1);
  if (out == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%llu bytes cannot be held"), (unsigned long long) size);
      return NULL;
    }
  if (LZ4F_isError (LZ4F_createDecompressionContext (&context, LZ4F_VERSION)))
    g_error ("LZ4F_createDecompressionContext: out of memory");
  /* a hint of 0: the frame is whole, checksum checked */
  while (hint != 0 && what == NULL)
    {
      gsize in_size = length - in_pos, out_size = size + 1 - out_pos;

      hint = LZ4F_decompress (context, out + out_pos, &out_size, (const guint8 *) data + in_pos,
                              &in_size, NULL);
      in_pos += in_size;
      out_pos += out_size;
      if (LZ4F_isError (hint))
        what = LZ4F_getErrorName (hint);
      else if (hint != 0 && in_size == 0 && out_size == 0)
        what = out_pos > size ? _("more bytes than recorded") : _("the frame is cut short");
    }
  LZ4F_freeDecompressionContext (context);
  if (what == NULL && (in_pos != length || out_pos != size))
    what = _("the frame's length is not the one recorded");
  if (what != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "LZ4: %s", what);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&out), size);
}

GBytes *
ptce_store_inflate (gconstpointer  data,
                    gsize          length,
                    gsize          size,
                    GError       **error)
{
  g_autoptr(GConverter) decompressor = NULL;
  g_autoptr(GByteArray) out = NULL;

  /* a GByteArray counts in guint */
  if (!size_possible (length, size, ZLIB_MAX_RATIO, G_MAXUINT, error))
    return NULL;
  decompressor = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
  /* one byte of room over @size: a stream that holds more is found */
  out = g_byte_array_sized_new ((guint) size + 1);
  g_byte_array_set_size (out, (guint) size + 1);
  if (!convert_all (decompressor, data, length, out, error))
    return NULL;
  if (out->len != size)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%llu bytes where %llu were recorded"),
                   (unsigned long long) out->len, (unsigned long long) size);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
