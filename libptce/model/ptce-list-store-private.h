/* ptce-list-store-private.h: the lists that model objects own
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A model object keeps each of its short lists (the participants of a
 * project, the projects and fundings of a pole, the compositions of an
 * actor) in a #GListStore that it hands out as a #GListModel, so that a UI
 * can bind it; the lists a large dataset has many or long ones of (the
 * participants of a cooperation, the memberships and cooperations of a
 * pole, the sites of an actor, the actors, poles and observations of a
 * dataset) in a list of ptce-object-list-private.h, which costs no tree
 * node per item. An item is the very object: two actors with the same id
 * are two items. */
#pragma once

#include <gio/gio.h>

#include "ptce-work-private.h"

G_BEGIN_DECLS

/* Appends @item unless @store holds it already; TRUE when it was
 * appended. */
static inline gboolean
ptce_list_store_add_once (GListStore *store,
                          gpointer    item)
{
  /* a linear scan: for the short lists of one object only (a dataset
   * indexes its own) */
  ptce_work_scan (g_list_model_get_n_items (G_LIST_MODEL (store)));
  if (g_list_store_find (store, item, NULL))
    return FALSE;
  g_list_store_append (store, item);
  return TRUE;
}

/* A list that its owner fills before anyone can see it (the ptce/1
 * builder, ptce-model-private.h): the items wait in *@pending, which holds
 * a reference to each, and go into the list at once
 * (ptce_object_list_flush()), so that it emits one items-changed for the
 * whole list instead of one per item, each a signal emission of about a
 * thousand instructions. */
static inline void
ptce_list_store_hold (GPtrArray **pending,
                      gpointer    item)
{
  g_ptr_array_add (*pending, g_object_ref (item));
}

/* Removes @item from @store; TRUE when @store held it. */
static inline gboolean
ptce_list_store_remove_item (GListStore *store,
                             gpointer    item)
{
  guint position;

  ptce_work_scan (g_list_model_get_n_items (G_LIST_MODEL (store)));
  if (!g_list_store_find (store, item, &position))
    return FALSE;
  g_list_store_remove (store, position);
  return TRUE;
}

G_END_DECLS
