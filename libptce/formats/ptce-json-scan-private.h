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
 * - correct syntax, else %PTCE_ERROR_INVALID_JSON at the place, written by
 *   ptce_json_format_place() (1-based, columns counted in characters);
 * - arrays and objects nested at most @max_depth deep, else
 *   %PTCE_ERROR_LIMIT_EXCEEDED at the place where the limit is crossed;
 * - integers (no fraction, no exponent) within the signed 64-bit range,
 *   else %PTCE_ERROR_INVALID_FORMAT at their place (json-glib would wrap
 *   them silently);
 * - no object with the same member name twice (compared as written), else
 *   %PTCE_ERROR_INVALID_JSON (json-glib would silently keep the last one).
 *
 * @source is the display name of the file the bytes come from, or NULL
 * for bytes in memory; it only changes how places are written.
 *
 * Returns TRUE when all hold. */
gboolean ptce_json_scan (const char  *data,
                         gsize        length,
                         guint        max_depth,
                         const char  *source,
                         GError     **error);

/* The one way every reader of ptce/1 (both parsers, load_file, the CLI, the
 * store) writes a place in a source, so that messages read alike:
 *
 * - in a file: json-glib's own form "FILE:LINE:COLUMN: what"
 *   ("pole.json:3:16: expected a value, found “]”"), the same in every
 *   language;
 * - in bytes from memory (@source NULL): "line L, column C: what",
 *   translated.
 *
 * Returns a new string. */
char    *ptce_json_format_place (const char  *source,
                                 guint        line,
                                 guint        column,
                                 const char  *what);

/* For an error about a whole file or a place that is a JSON path
 * ("$.poles[0].founded: …"), the file's name first, as json-glib and
 * compilers do: "FILE: message". Does nothing when @source is NULL, when
 * there is no error, or when the message already starts with "@source:". */
void     ptce_json_prefix_source (const char  *source,
                                  GError     **error);

G_END_DECLS
