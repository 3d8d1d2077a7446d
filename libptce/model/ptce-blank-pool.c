/* ptce-blank-pool.c: GObjects made ahead on one thread for another
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-blank-pool-private.h"

#define MAX_TYPES 4
/* Objects of a type made at a time, when fewer than that are ready: as
 * many as the taker took so far, within these bounds. A national
 * dataset's worker takes a cooperation every 2 µs or so, and a batch of
 * the largest is 2 to 3 ms of the feeder's time; a small dataset's worker
 * leaves few untaken. */
#define MIN_BATCH 256
#define MAX_BATCH 8192
/* Moved to the taker's own array at a time: one lock for as many. */
#define TAKEN 256

typedef struct
{
  GType      type;
  GPtrArray *ready;   /* under the lock */
  gint       n_ready; /* ready->len, read without the lock (atomic) */
  gint       n_taken; /* moved to @taken so far (atomic) */
  GPtrArray *taken;   /* the taker's own */
} Kind;

struct _PtceBlankPool
{
  GMutex lock;
  guint  n_kinds;
  Kind   kinds[MAX_TYPES];
};

static gsize taken_total;  /* atomic */

static gboolean
pool_wanted (void)
{
  const char *forced = g_getenv ("PTCE_BLANK_POOL");

  if (forced != NULL && *forced != '\0')
    return strcmp (forced, "0") != 0;
  /* glib_check_version() returns NULL when the running GLib is 2.76 or
   * later: there GSlice is malloc() */
  return glib_check_version (2, 76, 0) != NULL;
}

PtceBlankPool *
ptce_blank_pool_new (const GType *types,
                     guint        n_types)
{
  PtceBlankPool *pool;

  g_return_val_if_fail (types != NULL, NULL);
  g_return_val_if_fail (n_types > 0 && n_types <= MAX_TYPES, NULL);

  for (guint i = 0; i < n_types; i++)
    g_return_val_if_fail (G_TYPE_IS_OBJECT (types[i]), NULL);
  if (!pool_wanted ())
    return NULL;
  pool = g_new0 (PtceBlankPool, 1);
  g_mutex_init (&pool->lock);
  pool->n_kinds = n_types;
  for (guint i = 0; i < n_types; i++)
    {
      pool->kinds[i].type = types[i];
      pool->kinds[i].ready = g_ptr_array_new_with_free_func (g_object_unref);
      pool->kinds[i].taken = g_ptr_array_new_with_free_func (g_object_unref);
    }
  return pool;
}

void
ptce_blank_pool_feed (PtceBlankPool *pool)
{
  g_return_if_fail (pool != NULL);

  for (guint i = 0; i < pool->n_kinds; i++)
    {
      Kind *kind = &pool->kinds[i];
      guint size = CLAMP ((guint) g_atomic_int_get (&kind->n_taken), MIN_BATCH, MAX_BATCH);
      GPtrArray *batch;

      if ((guint) g_atomic_int_get (&kind->n_ready) >= size)
        continue;
      /* made outside the lock: the taker takes meanwhile */
      batch = g_ptr_array_new_full (size, g_object_unref);
      for (guint j = 0; j < size; j++)
        g_ptr_array_add (batch, g_object_new (kind->type, NULL));
      g_mutex_lock (&pool->lock);
      g_ptr_array_extend_and_steal (kind->ready, batch);
      g_atomic_int_set (&kind->n_ready, (gint) kind->ready->len);
      g_mutex_unlock (&pool->lock);
    }
}

gpointer
ptce_blank_pool_take (PtceBlankPool *pool,
                      guint          type_index)
{
  Kind *kind;

  g_return_val_if_fail (pool != NULL, NULL);
  g_return_val_if_fail (type_index < pool->n_kinds, NULL);

  kind = &pool->kinds[type_index];
  if (kind->taken->len == 0)
    {
      if (g_atomic_int_get (&kind->n_ready) == 0)
        return NULL;
      g_mutex_lock (&pool->lock);
      /* from the end: the feeder appends, nothing moves */
      for (guint j = 0; j < TAKEN && kind->ready->len > 0; j++)
        g_ptr_array_add (kind->taken,
                         g_ptr_array_steal_index_fast (kind->ready, kind->ready->len - 1));
      g_atomic_int_set (&kind->n_ready, (gint) kind->ready->len);
      g_atomic_int_add (&kind->n_taken, (gint) kind->taken->len);
      g_mutex_unlock (&pool->lock);
      if (kind->taken->len == 0)
        return NULL;
    }
  g_atomic_pointer_add (&taken_total, 1);
  return g_ptr_array_steal_index_fast (kind->taken, kind->taken->len - 1);
}

void
ptce_blank_pool_free (PtceBlankPool *pool)
{
  if (pool == NULL)
    return;
  for (guint i = 0; i < pool->n_kinds; i++)
    {
      g_ptr_array_unref (pool->kinds[i].ready);
      g_ptr_array_unref (pool->kinds[i].taken);
    }
  g_mutex_clear (&pool->lock);
  g_free (pool);
}

guint64
ptce_blank_pool_count_taken (void)
{
  return (guint64) g_atomic_pointer_get (&taken_total);
}
