/* ptce-version-macros.h: symbol visibility and availability
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib.h>

/* config.h defines _PTCE_EXTERN for the library's own sources; generated
 * sources (enum types) do not include it, hence the second branch. */
#ifndef _PTCE_EXTERN
# if defined (PTCE_COMPILATION) && defined (__GNUC__)
#  define _PTCE_EXTERN __attribute__((visibility ("default"))) extern
# else
#  define _PTCE_EXTERN extern
# endif
#endif

/**
 * SECTION:ptce-version-macros
 * @Title: Availability macros
 * @Short_description: which libptce version introduced a symbol
 *
 * Every public symbol of libptce carries one of these macros; they also
 * make the symbol visible in the shared library.
 */

/**
 * PTCE_VERSION_1_0:
 *
 * The encoded value of libptce 1.0, for PTCE_VERSION_MIN_REQUIRED.
 *
 * Since: 1.0
 */
#define PTCE_VERSION_1_0 (G_ENCODE_VERSION (1, 0))

/**
 * PTCE_AVAILABLE_IN_ALL:
 *
 * Marks a symbol available in every version of libptce.
 *
 * Since: 1.0
 */
#define PTCE_AVAILABLE_IN_ALL _PTCE_EXTERN

/**
 * PTCE_AVAILABLE_IN_1_0:
 *
 * Marks a symbol added in libptce 1.0.
 *
 * Since: 1.0
 */
#define PTCE_AVAILABLE_IN_1_0 _PTCE_EXTERN
