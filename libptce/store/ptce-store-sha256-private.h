/* ptce-store-sha256-private.h: the SHA-256 of a submission's bytes
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A store names each submission by the SHA-256 of its bytes, which an
 * import needs before it writes anything (the same bytes are recorded
 * once). GLib's SHA-256 runs at about 250 MB/s, 1 to 1.4 s of a national
 * file, on a processor the model's build needs too; x86 processors since
 * about 2017 have instructions for its rounds, about eight times faster.
 * They are used when the processor has them, GLib's GChecksum otherwise.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The SHA-256 of @bytes in lower-case hexadecimal, as
 * g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, @bytes) gives it. */
char     *ptce_store_sha256             (GBytes *bytes);
/* Whether ptce_store_sha256() uses the processor's instructions here. */
gboolean  ptce_store_sha256_accelerated (void);

G_END_DECLS
