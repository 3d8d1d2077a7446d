/* ptce-store-sha256.c: the SHA-256 of a submission's bytes
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The rounds are FIPS 180-4's; with the SHA extensions, the state is kept
 * as the instructions want it: (A, B, E, F) and (C, D, G, H) in two
 * registers, and each instruction does two rounds.
 */
#include "config.h"

#include <string.h>

#include "ptce-store-sha256-private.h"

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define HAVE_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

#ifdef HAVE_SHA_NI

static const guint32 round_constants[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static gboolean
cpu_has_sha (void)
{
  unsigned int a, b, c, d;

  if (!__get_cpuid (1, &a, &b, &c, &d) || !(c & bit_SSSE3) || !(c & bit_SSE4_1))
    return FALSE;
  if (!__get_cpuid_count (7, 0, &a, &b, &c, &d))
    return FALSE;
  return (b & bit_SHA) != 0;
}

/* Hashes @n_blocks blocks of 64 bytes into @state (H0 … H7). */
__attribute__ ((target ("sha,sse4.1,ssse3")))
static void
blocks_sha_ni (guint32       state[8],
               const guint8 *data,
               gsize         n_blocks)
{
  /* each 32-bit word of a block is big-endian */
  const __m128i byte_swap = _mm_set_epi64x (0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i dcba = _mm_loadu_si128 ((const __m128i *) &state[0]);
  __m128i hgfe = _mm_loadu_si128 ((const __m128i *) &state[4]);
  __m128i cdab = _mm_shuffle_epi32 (dcba, 0xB1);
  __m128i efgh = _mm_shuffle_epi32 (hgfe, 0x1B);
  __m128i abef = _mm_alignr_epi8 (cdab, efgh, 8);
  __m128i cdgh = _mm_blend_epi16 (efgh, cdab, 0xF0);
  __m128i fbea, dchg;

  for (; n_blocks > 0; n_blocks--, data += 64)
    {
      const __m128i abef_before = abef, cdgh_before = cdgh;
      /* w[k % 4]: the message words 4k … 4k + 3 of the schedule */
      __m128i w[4];

      for (guint j = 0; j < 4; j++)
        w[j] = _mm_shuffle_epi8 (_mm_loadu_si128 ((const __m128i *) (data + 16 * j)), byte_swap);
      for (guint k = 0; k < 16; k++)
        {
          __m128i wk;

          if (k >= 4)
            {
              /* W[t] = σ1(W[t−2]) + W[t−7] + σ0(W[t−15]) + W[t−16] */
              __m128i x = _mm_sha256msg1_epu32 (w[k % 4], w[(k + 1) % 4]);

              x = _mm_add_epi32 (x, _mm_alignr_epi8 (w[(k + 3) % 4], w[(k + 2) % 4], 4));
              w[k % 4] = _mm_sha256msg2_epu32 (x, w[(k + 3) % 4]);
            }
          wk = _mm_add_epi32 (w[k % 4], _mm_loadu_si128 ((const __m128i *) &round_constants[4 * k]));
          cdgh = _mm_sha256rnds2_epu32 (cdgh, abef, wk);
          /* the two rounds made (A, B, E, F) of what was (C, D, G, H) */
          abef = _mm_sha256rnds2_epu32 (abef, cdgh, _mm_shuffle_epi32 (wk, 0x0E));
        }
      abef = _mm_add_epi32 (abef, abef_before);
      cdgh = _mm_add_epi32 (cdgh, cdgh_before);
    }

  fbea = _mm_shuffle_epi32 (abef, 0x1B);
  dchg = _mm_shuffle_epi32 (cdgh, 0xB1);
  _mm_storeu_si128 ((__m128i *) &state[0], _mm_blend_epi16 (fbea, dchg, 0xF0));
  _mm_storeu_si128 ((__m128i *) &state[4], _mm_alignr_epi8 (dchg, fbea, 8));
}

static char *
sha256_sha_ni (const guint8 *data,
               gsize         length)
{
  guint32 state[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  };
  guint8 tail[128] = { 0, };
  gsize full = length / 64, rest = length % 64;
  gsize tail_length = rest < 56 ? 64 : 128;
  guint64 bits = (guint64) length * 8;
  GString *hex = g_string_sized_new (64);

  blocks_sha_ni (state, data, full);
  /* the padding: 0x80, zeros, the length in bits, big-endian */
  if (rest > 0)
    memcpy (tail, data + full * 64, rest);
  tail[rest] = 0x80;
  for (guint i = 0; i < 8; i++)
    tail[tail_length - 1 - i] = (guint8) (bits >> (8 * i));
  blocks_sha_ni (state, tail, tail_length / 64);

  for (guint i = 0; i < 8; i++)
    g_string_append_printf (hex, "%08x", state[i]);
  return g_string_free (hex, FALSE);
}

#endif /* HAVE_SHA_NI */

gboolean
ptce_store_sha256_accelerated (void)
{
#ifdef HAVE_SHA_NI
  static gsize has = 0;

  if (g_once_init_enter (&has))
    g_once_init_leave (&has, cpu_has_sha () ? 2 : 1);
  return has == 2;
#else
  return FALSE;
#endif
}

char *
ptce_store_sha256 (GBytes *bytes)
{
#ifdef HAVE_SHA_NI
  if (ptce_store_sha256_accelerated ())
    {
      gsize length;
      const guint8 *data = g_bytes_get_data (bytes, &length);

      return sha256_sha_ni (data, length);
    }
#endif
  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}
