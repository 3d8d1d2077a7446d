/* ptce-reference-private.h: helpers shared by the reference layer
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A value as an error message may show it: valid UTF-8, at most @max
 * characters, "…" appended when cut. The text may be hostile and huge. */
char     *ptce_reference_quote            (const char *text,
                                           gsize       max);

/* Normalised form of a place name for searching: lower case, accents and
 * ligatures folded (é→e, œ→oe), every run of other characters (hyphens,
 * apostrophes, spaces, dots) made one space, and the words "saint" and
 * "sainte" written "st" and "ste". NULL for invalid UTF-8. */
char     *ptce_reference_normalize_name   (const char *name);

/* TRUE when the @len ASCII digits of @digits pass the Luhn check. */
gboolean  ptce_reference_luhn_valid       (const char *digits,
                                           gsize       len);

/* Splits one CSV record (RFC 4180 quoting, no line break inside a field);
 * NULL when the quoting is broken. */
char    **ptce_reference_csv_split        (const char *line);

/* Reads a reference data file whole, refusing what is not a regular file
 * (a device such as /dev/zero would grow until memory runs out) and files
 * over @max_size bytes. Errors: PTCE_ERROR_IO or PTCE_ERROR_LIMIT_EXCEEDED,
 * naming the file. */
GBytes   *ptce_reference_read_file        (const char  *path,
                                           goffset      max_size,
                                           GError     **error);

G_END_DECLS
