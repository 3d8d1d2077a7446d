/* ptce-util.c: the codes the model stores once
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-util-private.h"

/* Not g_intern_string(): GLib's quark table drops its old array each time
 * it grows (a definite leak to ASan and valgrind, by design of GLib). Here
 * the strings stay reachable from one table, for the life of the process.
 * Each thread keeps the codes it met in a table of its own, in front of the
 * shared one: threads that build objects at once (the store's reads) do
 * not take turns on the lock for codes they have seen. */
static GMutex codes_lock;
static GHashTable *codes;
static GPrivate thread_codes = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

const char *
ptce_code_intern (const char *code)
{
  GHashTable *seen = g_private_get (&thread_codes);
  const char *stored;

  if (seen == NULL)
    {
      seen = g_hash_table_new (g_str_hash, g_str_equal);
      g_private_set (&thread_codes, seen);
    }
  stored = g_hash_table_lookup (seen, code);
  if (stored != NULL)
    return stored;

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
  g_hash_table_add (seen, (gpointer) stored);
  return stored;
}
