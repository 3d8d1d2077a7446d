/* ptce-util.c: the codes the model stores once
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-util-private.h"

/* Not g_intern_string(): GLib's quark table drops its old array each time
 * it grows (a definite leak to ASan and valgrind, by design of GLib). Here
 * the strings stay reachable from one table, for the life of the process. */
static GMutex codes_lock;
static GHashTable *codes;

const char *
ptce_code_intern (const char *code)
{
  const char *stored;

  g_mutex_lock (&codes_lock);
  if (codes == NULL)
    codes = g_hash_table_new (g_str_hash, g_str_equal);
  stored = g_hash_table_lookup (codes, code);
  if (stored == NULL)
    {
      char *copy = g_strdup (code);

      g_hash_table_add (codes, copy);
      stored = copy;
    }
  g_mutex_unlock (&codes_lock);
  return stored;
}
