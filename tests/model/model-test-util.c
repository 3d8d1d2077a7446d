/* model-test-util.c: what the model tests share (model-test-util.h)
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include "model-test-util.h"

/* The dates date() made, freed by model_test_run(). */
static GPtrArray *dates;

PtceDate *
date_new (const char *text)
{
  g_autoptr(GError) error = NULL;
  PtceDate *d = ptce_date_new_from_iso8601 (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (d);
  return d;
}

PtceDate *
date (const char *text)
{
  PtceDate *d = date_new (text);

  if (dates == NULL)
    dates = g_ptr_array_new_with_free_func ((GDestroyNotify) ptce_date_unref);
  g_ptr_array_add (dates, d);
  return d;
}

int
model_test_run (void)
{
  int ret = g_test_run ();

  g_clear_pointer (&dates, g_ptr_array_unref);
  return ret;
}

void
assert_message_names (const GError *error,
                      const char   *id)
{
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, id));
}

void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

void
assert_change (GArray *changes,
               guint   index,
               guint   position,
               guint   removed,
               guint   added)
{
  const Change *change;

  g_assert_cmpuint (index, <, changes->len);
  change = &g_array_index (changes, Change, index);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
}

void
on_notify (GObject    *object,
           GParamSpec *pspec,
           GHashTable *counts)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, pspec->name));

  g_hash_table_insert (counts, (gpointer) g_intern_string (pspec->name),
                       GUINT_TO_POINTER (count + 1));
}

guint
notify_count (GHashTable *counts,
              const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}
