/* ptce-error.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-error.h"

/**
 * SECTION:ptce-error
 * @Title: PtceError
 * @Short_description: the libptce error domain
 *
 * Every data error of libptce — a file that cannot be read, a reference
 * that points nowhere, an identifier whose check digit is wrong — is a
 * #GError in %PTCE_ERROR whose message says where and what, in the user's
 * language.
 */

/**
 * ptce_error_quark:
 *
 * Gets the quark of the %PTCE_ERROR domain.
 *
 * Returns: the error quark
 *
 * Since: 1.0
 */
G_DEFINE_QUARK (ptce-error-quark, ptce_error)
