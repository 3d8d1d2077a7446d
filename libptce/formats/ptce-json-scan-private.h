/* ptce-json-scan-private.h: the linear pre-scan of JSON bytes
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Checks, in one linear pass with no recursion, that @data (of @length
 * bytes, not necessarily NUL-terminated) is one well-formed JSON value
 * (RFC 8259) that any parser can take without harm:
 *
 * - valid UTF-8 with no NUL byte, and no "\u0000" escape nor unpaired
 *   surrogate escape in strings (C strings could not hold them);
 * - correct syntax, else %PTCE_ERROR_INVALID_JSON with "line L, column C"
 *   (1-based, columns counted in characters);
 * - arrays and objects nested at most @max_depth deep, else
 *   %PTCE_ERROR_LIMIT_EXCEEDED at the place where the limit is crossed;
 * - integers (no fraction, no exponent) within the signed 64-bit range,
 *   else %PTCE_ERROR_INVALID_FORMAT at their place (json-glib would wrap
 *   them silently);
 * - no object with the same member name twice (compared as written), else
 *   %PTCE_ERROR_INVALID_JSON (json-glib would silently keep the last one).
 *
 * Returns TRUE when all hold. */
gboolean ptce_json_scan (const char  *data,
                         gsize        length,
                         guint        max_depth,
                         GError     **error);

G_END_DECLS
