/* ptce-i18n.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-i18n-private.h"

void
ptce_i18n_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      /* PTCE_LOCALEDIR lets the uninstalled tests find the .mo files of
       * the build tree; installed programs use the configured locale dir. */
      const char *dir = g_getenv ("PTCE_LOCALEDIR");

      bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : PTCE_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&initialized, 1);
    }
}
