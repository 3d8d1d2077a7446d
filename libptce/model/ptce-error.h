/* ptce-error.h: the libptce error domain
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib.h>
#include "ptce-version-macros.h"

G_BEGIN_DECLS

/**
 * PTCE_ERROR:
 *
 * The error domain of libptce: data that cannot be read, checked or saved.
 * Programmer errors are reported by critical warnings instead.
 *
 * Since: 1.0
 */
#define PTCE_ERROR (ptce_error_quark ())

/**
 * PtceError:
 * @PTCE_ERROR_FAILED: any other failure
 * @PTCE_ERROR_INVALID_JSON: the input is not well-formed JSON (the message
 *   gives line:column)
 * @PTCE_ERROR_INVALID_FORMAT: well-formed, but not what the format expects
 *   at that place (wrong type, missing member, unknown enum word…; the
 *   message gives the JSON path)
 * @PTCE_ERROR_UNSUPPORTED_VERSION: the format tag or version is not one this
 *   library reads
 * @PTCE_ERROR_DUPLICATE_ID: two objects of one collection share an id
 * @PTCE_ERROR_DANGLING_REFERENCE: an id refers to no object of the dataset
 * @PTCE_ERROR_INVALID_DATE: a date is not ISO 8601, does not exist, or ends
 *   before it starts
 * @PTCE_ERROR_INVALID_IDENTIFIER: a SIREN, SIRET, RNA, commune or NAF code is
 *   malformed or fails its check digit
 * @PTCE_ERROR_IN_USE: the object is still referenced and cannot be removed
 * @PTCE_ERROR_NOT_FOUND: no object or reference entry has that id or code
 * @PTCE_ERROR_IO: reading or writing a file failed
 * @PTCE_ERROR_LIMIT_EXCEEDED: the input is larger or deeper than the
 *   configured limits
 * @PTCE_ERROR_INVALID_REFERENCE_DATA: a reference data file (geography,
 *   legal categories) is malformed
 *
 * Error codes of the %PTCE_ERROR domain. New codes may be added in later
 * versions: handle unknown codes as %PTCE_ERROR_FAILED.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_ERROR_FAILED,
  PTCE_ERROR_INVALID_JSON,
  PTCE_ERROR_INVALID_FORMAT,
  PTCE_ERROR_UNSUPPORTED_VERSION,
  PTCE_ERROR_DUPLICATE_ID,
  PTCE_ERROR_DANGLING_REFERENCE,
  PTCE_ERROR_INVALID_DATE,
  PTCE_ERROR_INVALID_IDENTIFIER,
  PTCE_ERROR_IN_USE,
  PTCE_ERROR_NOT_FOUND,
  PTCE_ERROR_IO,
  PTCE_ERROR_LIMIT_EXCEEDED,
  PTCE_ERROR_INVALID_REFERENCE_DATA,
} PtceError;

PTCE_AVAILABLE_IN_ALL
GQuark ptce_error_quark (void);

G_END_DECLS
