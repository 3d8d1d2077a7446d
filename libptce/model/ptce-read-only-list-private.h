/* ptce-read-only-list-private.h: the lists the model lends, read-only
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A model object keeps its lists in #GListStore s or in lists of objects
 * (ptce-object-list-private.h), but lends them as a #PtceReadOnlyList: a
 * #GListModel over the list that has no way to change it. A binding that
 * got the list itself could append to it or delete from it
 * (`ds.get_actors().append(x)`, `del ds.get_poles()[1]`) and bypass the
 * checked add_…/remove_… functions, their id index and their in-use
 * checks. The view forwards the list's items and re-emits its
 * #GListModel::items-changed as its own, so a UI binds it as it would the
 * list. */
#pragma once

#include <gio/gio.h>

#include "ptce-object-list-private.h"

G_BEGIN_DECLS

#define PTCE_TYPE_READ_ONLY_LIST (ptce_read_only_list_get_type ())
G_DECLARE_FINAL_TYPE (PtceReadOnlyList, ptce_read_only_list, PTCE, READ_ONLY_LIST, GObject)

GListModel *ptce_read_only_list_new (GListModel *model);

/* The read-only view of @model (a #GListStore, or a list of objects of
 * ptce-object-list-private.h), made on first use and kept in *@view (the
 * owner clears it in its finalize, before the model). */
static inline GListModel *
ptce_read_only_list_lend_model (GListModel  *model,
                                GListModel **view)
{
  GListModel *made;

  if (g_atomic_pointer_get (view) != NULL)
    return g_atomic_pointer_get (view);
  made = ptce_read_only_list_new (model);
  if (!g_atomic_pointer_compare_and_exchange (view, NULL, made))
    g_object_unref (made);
  return g_atomic_pointer_get (view);
}

/* The same for a store. */
static inline GListModel *
ptce_read_only_list_lend (GListStore  *store,
                          GListModel **view)
{
  return ptce_read_only_list_lend_model (G_LIST_MODEL (store), view);
}

/* The same for a list of objects. */
static inline GListModel *
ptce_read_only_list_lend_list (PtceObjectList  *list,
                               GListModel     **view)
{
  return ptce_read_only_list_lend_model (G_LIST_MODEL (list), view);
}

G_END_DECLS
