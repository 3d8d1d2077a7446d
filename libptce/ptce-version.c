/* ptce-version.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-version-info.h"

/**
 * SECTION:ptce-version-info
 * @Title: Run-time version
 * @Short_description: the version of the libptce a program runs against
 *
 * Bindings cannot see the compile-time macros; these functions give the
 * version of the library actually loaded.
 */

/**
 * ptce_get_major_version:
 *
 * Gets the major version of the libptce loaded at run time.
 *
 * Returns: the major version
 *
 * Since: 1.0
 */
guint
ptce_get_major_version (void)
{
  return PTCE_MAJOR_VERSION;
}

/**
 * ptce_get_minor_version:
 *
 * Gets the minor version of the libptce loaded at run time.
 *
 * Returns: the minor version
 *
 * Since: 1.0
 */
guint
ptce_get_minor_version (void)
{
  return PTCE_MINOR_VERSION;
}

/**
 * ptce_get_micro_version:
 *
 * Gets the micro version of the libptce loaded at run time.
 *
 * Returns: the micro version
 *
 * Since: 1.0
 */
guint
ptce_get_micro_version (void)
{
  return PTCE_MICRO_VERSION;
}
