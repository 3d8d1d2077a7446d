/* test-store-sha256.c: the SHA-256 a store names submissions by
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * With the processor's SHA instructions, the hash must be GLib's for every
 * length of padding (the last block or two) and for long inputs. */
#include "config.h"

#include <string.h>

#include "ptce-store-sha256-private.h"

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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Ptce/Store/sha256/vectors", test_vectors);
  g_test_add_func ("/Ptce/Store/sha256/lengths", test_lengths);
  return g_test_run ();
}
