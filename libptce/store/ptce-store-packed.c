/* ptce-store-packed.c: an element's text kept compressed
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <lz4.h>

#include "ptce-store-packed-private.h"
#include "ptce-i18n-private.h"

/* Below this, a JSON element rarely loses a quarter to LZ4 alone. */
#define PACK_MIN_LENGTH 512
#define HEADER_LENGTH 4
/* An LZ4 block gives back less than this many bytes per byte it holds
 * (a match of 255 more bytes costs one more byte): a length above that
 * is damage, and must not be allocated first (4 bytes can claim 2 GB). */
#define LZ4_MAX_RATIO 255

guint8 *
ptce_store_pack (const char *text,
                 gsize       length,
                 gsize      *packed_length)
{
  g_autofree guint8 *packed = NULL;
  int bound, written;

  if (length < PACK_MIN_LENGTH || length > LZ4_MAX_INPUT_SIZE)
    return NULL;
  bound = LZ4_compressBound ((int) length);
  packed = g_malloc (HEADER_LENGTH + (gsize) bound);
  written = LZ4_compress_default (text, (char *) packed + HEADER_LENGTH, (int) length, bound);
  if (written <= 0 || HEADER_LENGTH + (gsize) written > length - length / 4)
    return NULL;
  for (guint i = 0; i < HEADER_LENGTH; i++)
    packed[i] = (guint8) (length >> (8 * i));
  *packed_length = HEADER_LENGTH + (gsize) written;
  return g_steal_pointer (&packed);
}

gsize
ptce_store_packed_text_length (gconstpointer data,
                               gsize         length)
{
  const guint8 *bytes = data;
  gsize text_length = 0;

  if (length > HEADER_LENGTH && length - HEADER_LENGTH <= G_MAXINT)
    for (guint i = 0; i < HEADER_LENGTH; i++)
      text_length |= (gsize) bytes[i] << (8 * i);
  if (text_length > LZ4_MAX_INPUT_SIZE || text_length / LZ4_MAX_RATIO > length - HEADER_LENGTH)
    return 0;
  return text_length;
}

/* Unpacks @data into @text, of the length the header says; FALSE when it
 * does not give that many bytes, or gives a NUL byte. */
static gboolean
unpack_to (const guint8 *data,
           gsize         length,
           char         *text,
           gsize         text_length)
{
  if (LZ4_decompress_safe ((const char *) data + HEADER_LENGTH, text, (int) (length - HEADER_LENGTH),
                           (int) text_length) != (int) text_length ||
      memchr (text, '\0', text_length) != NULL)
    return FALSE;
  text[text_length] = '\0';
  return TRUE;
}

static void
set_damaged (GError **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("a compressed element does not decompress whole"));
}

char *
ptce_store_unpack (gconstpointer  data,
                   gsize          length,
                   GError       **error)
{
  gsize text_length = ptce_store_packed_text_length (data, length);
  g_autofree char *text = text_length > 0 ? g_try_malloc (text_length + 1) : NULL;

  if (text == NULL || !unpack_to (data, length, text, text_length))
    {
      set_damaged (error);
      return NULL;
    }
  return g_steal_pointer (&text);
}

const char *
ptce_store_unpack_into (gconstpointer  data,
                        gsize          length,
                        GByteArray    *buffer,
                        GError       **error)
{
  gsize text_length = ptce_store_packed_text_length (data, length);

  if (text_length > 0)
    g_byte_array_set_size (buffer, (guint) text_length + 1);
  if (text_length == 0 || !unpack_to (data, length, (char *) buffer->data, text_length))
    {
      set_damaged (error);
      return NULL;
    }
  return (const char *) buffer->data;
}
