/* test-store-codecs.c: how a store hashes and packs what it keeps
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * With the processor's SHA instructions, the hash must be GLib's for every
 * length of padding (the last block or two) and for long inputs. A packed
 * element must unpack to its text, a file's frame to its bytes, and a
 * damaged one to an error. A stored pole cut as of a date in its text
 * keeps what the tree's cut keeps, and leaves to the tree what it cannot
 * read as written. */
#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "ptce-store-sha256-private.h"
#include "ptce-store-packed-private.h"
#include "ptce-store-file-bytes-private.h"
#include "ptce-store-as-of-private.h"

static void
require_instructions (void)
{
  if (!ptce_store_sha256_accelerated ())
    g_test_skip ("this processor (or valgrind's) has no SHA instructions: GLib's hash is used");
}

static void
assert_as_glib (const guint8 *data,
                gsize         length)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, length);
  g_autofree char *ours = ptce_store_sha256 (bytes);
  g_autofree char *glib = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  if (g_strcmp0 (ours, glib) != 0)
    g_error ("length %" G_GSIZE_FORMAT ": %s, GLib %s", length, ours, glib);
}

/* FIPS 180-2's examples, one block and two */
static void
test_vectors (void)
{
  static const struct { const char *text, *sha256; } vectors[] = {
    { "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
    { "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
    { "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
  };

  require_instructions ();
  if (g_test_failed () || !ptce_store_sha256_accelerated ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (vectors[i].text, strlen (vectors[i].text));
      g_autofree char *hash = ptce_store_sha256 (bytes);

      g_assert_cmpstr (hash, ==, vectors[i].sha256);
    }
}

/* Every length up to five blocks, then long inputs that are not a whole
 * number of blocks. */
static void
test_lengths (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);
  gsize max = 3 * 1024 * 1024 + 37;
  g_autofree guint8 *data = g_malloc (max);
  static const gsize long_lengths[] = { 4096, 65536 + 55, 1000000 + 1, 3 * 1024 * 1024 + 37 };

  require_instructions ();
  if (!ptce_store_sha256_accelerated ())
    return;
  for (gsize i = 0; i < max; i++)
    data[i] = (guint8) g_rand_int_range (rand, 0, 256);
  for (gsize length = 0; length <= 5 * 64; length++)
    assert_as_glib (data, length);
  for (guint i = 0; i < G_N_ELEMENTS (long_lengths); i++)
    assert_as_glib (data, long_lengths[i]);
  /* data not aligned on 16 bytes */
  assert_as_glib (data + 3, 1000);
}

/* A pole's element, of some kilobytes, repetitive as JSON is. */
static char *
pole_text (guint n_members)
{
  GString *text = g_string_new ("{\"id\":\"p1\",\"name\":\"Pôle\",\"memberships\":[");

  for (guint i = 0; i < n_members; i++)
    g_string_append_printf (text, "%s{\"actor\":\"act-%06u\",\"roles\":[\"member\"],\"start\":\"20%02u\"}",
                            i ? "," : "", i * 7919 % 1000003, 10 + i % 15);
  g_string_append (text, "]}");
  return g_string_free (text, FALSE);
}

static void
test_pack_round_trip (void)
{
  for (guint n = 0; n < 400; n += 7)
    {
      g_autofree char *text = pole_text (n);
      gsize length = strlen (text), packed_length = 0;
      g_autofree guint8 *packed = ptce_store_pack (text, length, &packed_length);
      g_autofree char *back = NULL;
      g_autoptr(GError) error = NULL;

      if (length < 512)
        {
          /* too short to be worth it */
          g_assert_null (packed);
          continue;
        }
      g_assert_nonnull (packed);
      g_assert_cmpuint (packed_length, <=, length - length / 4);
      back = ptce_store_unpack (packed, packed_length, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (back, ==, text);
    }
}

/* The most compressible text, one byte repeated (LZ4's best ratio, near
 * 255 to 1), still unpacks: the bound on a packed length is not tighter
 * than LZ4 itself. */
static void
test_pack_repetitive (void)
{
  static const gsize lengths[] = { 512, 4096, 1000000, 8 * 1024 * 1024 + 3 };

  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autofree char *text = g_strnfill (lengths[i], 'a');
      gsize packed_length = 0;
      g_autofree guint8 *packed = ptce_store_pack (text, lengths[i], &packed_length);
      g_autoptr(GError) error = NULL;
      g_autofree char *back = NULL;

      g_assert_nonnull (packed);
      back = ptce_store_unpack (packed, packed_length, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (back, ==, text);
    }
}

/* Text that does not compress stays as it is. */
static void
test_pack_incompressible (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  char text[4097];
  gsize packed_length;
  g_autofree guint8 *packed = NULL;

  for (guint i = 0; i < sizeof text - 1; i++)
    text[i] = (char) g_rand_int_range (rand, 'A', 'z' + 1);
  text[sizeof text - 1] = '\0';
  packed = ptce_store_pack (text, sizeof text - 1, &packed_length);
  g_assert_null (packed);
}

static void
assert_damaged (const guint8 *data,
                gsize         length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ptce_store_unpack (data, length, &error);

  g_assert_null (text);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

/* Every damage gives an error, never a text of another length nor a read
 * outside the bytes (ASan, valgrind). */
static void
test_unpack_damaged (void)
{
  g_autofree char *text = pole_text (200);
  gsize length = strlen (text), packed_length;
  g_autofree guint8 *packed = ptce_store_pack (text, length, &packed_length);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);
  static const guint8 nul[] = { 4, 0, 0, 0, 0x40, 'a', '\0', 'b', 'c' };

  g_assert_nonnull (packed);
  /* too short for a length, no text, a length of zero */
  assert_damaged (packed, 0);
  assert_damaged (packed, 3);
  assert_damaged (packed, 4);
  {
    g_autofree guint8 *zero = g_memdup2 (packed, packed_length);

    memset (zero, 0, 4);
    assert_damaged (zero, packed_length);
  }
  /* cut anywhere */
  for (gsize cut = 5; cut < packed_length; cut += 1 + cut / 8)
    assert_damaged (packed, cut);
  /* lengths one off, and far off */
  {
    g_autofree guint8 *copy = g_memdup2 (packed, packed_length);

    copy[0]++;
    assert_damaged (copy, packed_length);
    copy[0] -= 2;
    assert_damaged (copy, packed_length);
    copy[3] = 0x7f;
    assert_damaged (copy, packed_length);
  }
  /* a length no block of this size could give (4 bytes claiming 2 GB
   * were once allocated before the block was read), and one just above
   * LZ4's ratio */
  {
    guint8 claim[24] = { 0x00, 0x00, 0x00, 0x7d, 0x40, 'a' };
    gsize over = 255 * (sizeof claim - 4) + 255;

    assert_damaged (claim, sizeof claim);
    for (guint i = 0; i < 4; i++)
      claim[i] = (guint8) (over >> (8 * i));
    assert_damaged (claim, sizeof claim);
  }
  /* a NUL byte in the text a C string could not hold */
  assert_damaged (nul, sizeof nul);
  /* bytes flipped: an error, or by chance a text of the same length */
  for (guint round = 0; round < 200; round++)
    {
      g_autofree guint8 *copy = g_memdup2 (packed, packed_length);
      g_autoptr(GError) error = NULL;
      g_autofree char *back = NULL;

      copy[g_rand_int_range (rand, 4, (gint32) packed_length)] ^= (guint8) g_rand_int_range (rand, 1, 256);
      back = ptce_store_unpack (copy, packed_length, &error);
      if (back == NULL)
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      else
        g_assert_cmpuint (strlen (back), ==, length);
    }
}

/* The peak of the process's address space, in kB (Linux), or 0. */
static guint64
vm_peak_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmPeak:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("VmPeak:"), NULL, 10);
}

/* Four bytes that claim a text of 2 GB are refused before anything of
 * that size is allocated: the address space does not grow by it. (Under
 * valgrind, whose client allocations come from space it reserved, the
 * peak moves less: the check cannot fail there for the wrong reason.) */
static void
test_unpack_claimed_length (void)
{
  static const guint8 claim[] = { 0x00, 0x00, 0x00, 0x7d, 0x40, 'a', 'b', 'c', 'd' };
  guint64 before = vm_peak_kb ();

  if (before == 0)
    {
      g_test_skip ("no VmPeak in /proc/self/status");
      return;
    }
  assert_damaged (claim, sizeof claim);
  g_assert_cmpuint (vm_peak_kb () - before, <, 256 * 1024);
}

/* A file's bytes: one LZ4 frame, back exactly; cut, flipped or of
 * another length, an error (the frame's checksum). */
static void
test_file_frame (void)
{
  g_autoptr(GString) file = g_string_new ("{\"format\":\"ptce/1\",\"poles\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) frame = NULL;
  g_autoptr(GBytes) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  const guint8 *data;
  gsize size, length;

  /* over a 4 MB block, to have several */
  while (file->len < 5 * 1024 * 1024)
    {
      g_autofree char *pole = pole_text (g_rand_int_range (rand, 1, 300));

      g_string_append (file, pole);
      g_string_append_c (file, ',');
    }
  g_string_append (file, "{}]}");
  size = file->len;
  bytes = g_bytes_new (file->str, size);
  frame = ptce_store_compress (bytes);
  g_assert_nonnull (frame);
  data = g_bytes_get_data (frame, &length);
  g_assert_cmpuint (length * 3, <, size);
  back = ptce_store_decompress (data, length, size, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (back, bytes));

  /* of another length than recorded */
  for (gint delta = -2; delta <= 2; delta++)
    {
      g_autoptr(GBytes) other = NULL;

      if (delta == 0)
        continue;
      other = ptce_store_decompress (data, length, size + delta, &error);
      g_assert_null (other);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_clear_error (&error);
    }
  /* cut anywhere, trailing bytes */
  for (gsize cut = 0; cut < length; cut += 1 + cut / 3)
    {
      g_autoptr(GBytes) other = ptce_store_decompress (data, cut, size, &error);

      g_assert_null (other);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_clear_error (&error);
    }
  {
    g_autofree guint8 *longer = g_malloc0 (length + 1);
    g_autoptr(GBytes) other = NULL;

    memcpy (longer, data, length);
    other = ptce_store_decompress (longer, length + 1, size, &error);
    g_assert_null (other);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_clear_error (&error);
  }
  /* a byte changed anywhere */
  for (guint round = 0; round < 40; round++)
    {
      g_autofree guint8 *copy = g_memdup2 (data, length);
      g_autoptr(GBytes) other = NULL;

      copy[g_rand_int_range (rand, 0, (gint32) length)] ^= (guint8) g_rand_int_range (rand, 1, 256);
      other = ptce_store_decompress (copy, length, size, &error);
      g_assert_null (other);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_clear_error (&error);
    }
  /* a size no frame of this length could hold (a damaged row of 2024),
   * refused before a buffer of that size is asked for */
  {
    guint64 before = vm_peak_kb ();
    g_autoptr(GBytes) other = ptce_store_decompress (data, length, (gsize) 1 << 40, &error);

    g_assert_null (other);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_clear_error (&error);
    other = ptce_store_decompress (data, length, length * 256, &error);
    g_assert_null (other);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_clear_error (&error);
    if (before != 0)
      g_assert_cmpuint (vm_peak_kb () - before, <, 256 * 1024);
  }
}

/* The zlib streams of stores before schema 7: back exactly; a recorded
 * size beyond what deflate can give, or beyond what a GByteArray counts
 * (it once wrapped around to a 1-byte buffer), an error. */
static void
test_file_zlib (void)
{
  g_autofree char *text = pole_text (300);
  gsize size = strlen (text), length;
  g_autoptr(GConverter) zlib =
    G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 1));
  g_autofree guint8 *stream = g_malloc (size + 64);
  gsize read = 0;
  g_autoptr(GBytes) back = NULL;
  g_autoptr(GError) error = NULL;
  static const gsize wrong[] = { 0, 1, (gsize) G_MAXUINT + 1, (gsize) 1 << 40 };

  g_assert_cmpint (g_converter_convert (zlib, text, size, stream, size + 64,
                                        G_CONVERTER_INPUT_AT_END, &read, &length, &error),
                   ==, G_CONVERTER_FINISHED);
  g_assert_no_error (error);
  back = ptce_store_inflate (stream, length, size, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (back, NULL), g_bytes_get_size (back), text, size);
  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autoptr(GBytes) other = ptce_store_inflate (stream, length, wrong[i], &error);

      g_assert_null (other);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_clear_error (&error);
    }
}

/* A pole's text as of a date: NULL @expected when it was not there then;
 * the text itself when nothing is cut. */
static void
assert_pole_as_of (const char *json,
                   const char *date,
                   const char *expected)
{
  g_autoptr(PtceDate) when = ptce_date_new_from_iso8601 (date, NULL);
  g_autofree char *out = NULL;
  gboolean exists = TRUE;

  g_assert_true (ptce_store_pole_text_as_of (json, when, &exists, &out));
  if (expected == NULL)
    {
      g_assert_false (exists);
      g_assert_null (out);
      return;
    }
  g_assert_true (exists);
  g_assert_cmpstr (out ? out : json, ==, expected);
  /* nothing cut: no copy */
  if (strcmp (json, expected) == 0)
    g_assert_null (out);
}

static void
test_as_of_pole (void)
{
  const char *pole =
    "{\"id\":\"p\",\"founded\":\"2018\",\"memberships\":[{\"actor\":\"a\",\"start\":\"2017\"},"
    "{\"actor\":\"b\",\"start\":\"2022-07\"},{\"actor\":\"c\",\"start\":\"2015\",\"end\":\"2019\"},"
    "{\"actor\":\"d\",\"start\":\"2015\",\"end\":\"2022\"}],\"x-note\":{\"memberships\":[1,2]},"
    "\"stages\":[{\"stage\":\"emergence\",\"since\":\"2017\"},{\"stage\":\"construction\",\"since\":\"2023\"}],"
    "\"fundings\":[{\"amount\":5,\"date\":\"2021-03-01\"}]}";

  /* the members of the date (an end is its last day), the stages begun,
   * the unknown member as written, the array with nothing to cut too */
  assert_pole_as_of (pole, "2022-01-01",
                     "{\"id\":\"p\",\"founded\":\"2018\",\"memberships\":[{\"actor\":\"a\",\"start\":\"2017\"},"
                     "{\"actor\":\"d\",\"start\":\"2015\",\"end\":\"2022\"}],\"x-note\":{\"memberships\":[1,2]},"
                     "\"stages\":[{\"stage\":\"emergence\",\"since\":\"2017\"}],"
                     "\"fundings\":[{\"amount\":5,\"date\":\"2021-03-01\"}]}");
  /* before its founding, after its dissolution */
  assert_pole_as_of (pole, "2017-12-31", NULL);
  assert_pole_as_of ("{\"id\":\"p\",\"dissolved\":\"2020-06\"}", "2020-07-01", NULL);
  assert_pole_as_of ("{\"id\":\"p\",\"dissolved\":\"2020-06\"}", "2020-06-30",
                     "{\"id\":\"p\",\"dissolved\":\"2020-06\"}");
  /* nothing to cut */
  assert_pole_as_of (pole, "2030-01-01",
                     "{\"id\":\"p\",\"founded\":\"2018\",\"memberships\":[{\"actor\":\"a\",\"start\":\"2017\"},"
                     "{\"actor\":\"b\",\"start\":\"2022-07\"}],\"x-note\":{\"memberships\":[1,2]},"
                     "\"stages\":[{\"stage\":\"emergence\",\"since\":\"2017\"},{\"stage\":\"construction\",\"since\":\"2023\"}],"
                     "\"fundings\":[{\"amount\":5,\"date\":\"2021-03-01\"}]}");
  assert_pole_as_of ("{\"id\":\"p\",\"cooperations\":[]}", "2022-01-01",
                     "{\"id\":\"p\",\"cooperations\":[]}");
  /* what is no object, or has no date the model reads, stays; the
   * array may end empty */
  assert_pole_as_of ("{\"cooperations\":[1,{\"start\":\"not a date\"},{\"start\":\"2030\"}],"
                     "\"projects\":[{\"start\":\"2030\"}],\"stages\":\"none\"}", "2022-01-01",
                     "{\"cooperations\":[1,{\"start\":\"not a date\"}],\"projects\":[],\"stages\":\"none\"}");
}

/* What the scan cannot read as written is the tree's. */
static void
test_as_of_left_to_the_tree (void)
{
  static const char * const texts[] = {
    "{\"memberships\":[{\"start\":\"2030\",\"note\":\"a \\\"b\\\"\"}]}",
    "{\"memberships\":[{\"st\\u0061rt\":\"2030\"}]}",
    "{\"memberships\":[{\"start\":\"2010\",\"start\":\"2030\"}]}",
    "{\"memberships\":[],\"memberships\":[{\"start\":\"2030\"}]}",
    "{\"memberships\":[{\"start\":\"2030\"}]",
    "[{\"memberships\":[]}]",
    "{\"memberships\":[{\"start\":\"2030\"} {\"start\":\"2030\"}]}",
    "",
  };
  g_autoptr(PtceDate) when = ptce_date_new (2022, 1, 1, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *out = NULL;
      gboolean exists = TRUE;

      if (ptce_store_pole_text_as_of (texts[i], when, &exists, &out))
        g_error ("cut as written: %s", texts[i]);
      g_assert_null (out);
    }
}

static void
test_as_of_observation (void)
{
  g_autoptr(PtceDate) when = ptce_date_new (2022, 1, 1, NULL);
  gboolean exists = FALSE;

  g_assert_true (ptce_store_observation_text_as_of ("{\"subject\":\"p\",\"start\":\"2023\"}", when, &exists));
  g_assert_false (exists);
  g_assert_true (ptce_store_observation_text_as_of ("{\"subject\":\"p\",\"start\":\"2022\"}", when, &exists));
  g_assert_true (exists);
  g_assert_true (ptce_store_observation_text_as_of ("{\"subject\":\"p\"}", when, &exists));
  g_assert_true (exists);
  g_assert_false (ptce_store_observation_text_as_of ("{\"subject\":\"p\\u0020\"}", when, &exists));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Ptce/Store/sha256/vectors", test_vectors);
  g_test_add_func ("/Ptce/Store/sha256/lengths", test_lengths);
  g_test_add_func ("/Ptce/Store/packed/round-trip", test_pack_round_trip);
  g_test_add_func ("/Ptce/Store/packed/repetitive", test_pack_repetitive);
  g_test_add_func ("/Ptce/Store/packed/incompressible", test_pack_incompressible);
  g_test_add_func ("/Ptce/Store/packed/damaged", test_unpack_damaged);
  g_test_add_func ("/Ptce/Store/packed/claimed-length", test_unpack_claimed_length);
  g_test_add_func ("/Ptce/Store/file-frame", test_file_frame);
  g_test_add_func ("/Ptce/Store/file-zlib", test_file_zlib);
  g_test_add_func ("/Ptce/Store/as-of/pole", test_as_of_pole);
  g_test_add_func ("/Ptce/Store/as-of/left-to-the-tree", test_as_of_left_to_the_tree);
  g_test_add_func ("/Ptce/Store/as-of/observation", test_as_of_observation);
  return g_test_run ();
}
