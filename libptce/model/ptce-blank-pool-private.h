/* ptce-blank-pool-private.h: GObjects made ahead on one thread for another
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * On GLib 2.74, g_object_new() takes each instance from GSlice, which
 * refills every thread's magazines under one lock for the whole process,
 * and makes its new slabs under that lock too: a thread whose new pages
 * fault in holds it meanwhile. Two threads building a national dataset
 * (PtceJsonParts) wait on each other there: 14 000 sleeps in one read of L
 * from the store, most of them the caller's, on the worker's cooperations
 * (docs/performance.md, "the worker's objects made by the caller").
 *
 * A pool lets one thread, the feeder, make in batches the objects that one
 * other thread, the taker, would make one by one: the taker finds them
 * ready and seldom touches the lock. The objects are fresh from
 * g_object_new() with no property, as the types' _new() functions make
 * them before they fill their fields (ptce_cooperation_init_blank_private()).
 *
 * GLib 2.76 and later allocate with malloc(), in each thread's own arena:
 * there, ptce_blank_pool_new() makes no pool. PTCE_BLANK_POOL=1 in the
 * environment makes one whatever the version, =0 never (to compare). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PtceBlankPool PtceBlankPool;

/* A pool of objects of @types (at most 4), or NULL where none is worth
 * having (see above). */
PtceBlankPool *ptce_blank_pool_new   (const GType   *types,
                                      guint          n_types);
/* The feeder: makes a batch of each type of which fewer than a batch are
 * ready. Cheap when all are: one atomic read a type. */
void           ptce_blank_pool_feed  (PtceBlankPool *pool);
/* The taker: a fresh object of the pool's type @type_index (transfer
 * full), or NULL when none is ready; the caller then makes its own. */
gpointer       ptce_blank_pool_take  (PtceBlankPool *pool,
                                      guint          type_index);
/* Drops the objects not taken; neither thread uses @pool any more. */
void           ptce_blank_pool_free  (PtceBlankPool *pool);

/* How many objects the pools of the process have handed to takers so far:
 * for the tests, that the pool is used where it is meant to be. */
guint64        ptce_blank_pool_count_taken (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtceBlankPool, ptce_blank_pool_free)

G_END_DECLS
