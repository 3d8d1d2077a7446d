/* ptce-object-list-private.h: a list of objects in one array, as a GListModel
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * What a model object keeps a list in when there are many items: a
 * cooperation's participants (a million cooperations in a large dataset),
 * a dataset's actors, poles and observations (hundreds of thousands).
 * A #GListStore costs a GSequence (a tree node per item) and an
 * items-changed plus a notify::n-items per change; this list holds its
 * items (one reference each) in one array and emits
 * #GListModel::items-changed, as a #GListStore does, for each change it
 * makes. It is private: the owner lends it read-only
 * (ptce-read-only-list-private.h), as it lends its stores. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The list's storage, which an owner can also keep alone until someone
 * asks it for a GListModel: a cooperation keeps its participants so, since
 * a million of them are built and walked without one (a GObject each
 * would be a third of the objects of a large dataset). Zeroed is empty. */
typedef struct
{
  gpointer *items;      /* n_items references, room for allocated */
  guint     n_items;
  guint     allocated;
} PtceObjectArray;

/* Drops the references and the room; @array is empty after. */
void            ptce_object_array_clear      (PtceObjectArray  *array);

/* Appends the @n objects of @items, one reference each, once each is
 * checked to be an @item_type; FALSE when nothing was appended. */
gboolean        ptce_object_array_append_n   (PtceObjectArray  *array,
                                              GType             item_type,
                                              gpointer         *items,
                                              guint             n);

/* Whether @item (the very object) is in @array, and where. A linear scan,
 * counted (ptce-work-private.h): for short lists. */
gboolean        ptce_object_array_find       (const PtceObjectArray *array,
                                              gpointer          item,
                                              guint            *position);

/* Removes the item at @position and returns its reference. */
gpointer        ptce_object_array_steal      (PtceObjectArray  *array,
                                              guint             position);

#define PTCE_TYPE_OBJECT_LIST (ptce_object_list_get_type ())
G_DECLARE_FINAL_TYPE (PtceObjectList, ptce_object_list, PTCE, OBJECT_LIST, GObject)

/* An empty list of @item_type objects. */
PtceObjectList *ptce_object_list_new         (GType            item_type);

/* A list of the @item_type objects of @array, whose items and room it
 * takes: @array is left empty. */
PtceObjectList *ptce_object_list_new_take    (GType            item_type,
                                              PtceObjectArray *array);

/* Appends the @n objects of @items (each of @item_type), one reference
 * each, with one items-changed. */
void            ptce_object_list_append_n    (PtceObjectList  *self,
                                              gpointer        *items,
                                              guint            n);

/* ptce_object_list_append_n() to a list that no one but its owner has
 * seen yet (the owner is being built): no items-changed, which no one
 * could receive, and no look for its handlers (GLib's signal lock, which
 * threads building at once would take turns on). */
void            ptce_object_list_fill_new    (PtceObjectList  *self,
                                              gpointer        *items,
                                              guint            n);

/* Appends the items held in *@pending (ptce_list_store_hold() of
 * ptce-list-store-private.h) with one items-changed, then frees *@pending
 * and sets it to NULL. */
void            ptce_object_list_flush       (PtceObjectList  *self,
                                              GPtrArray      **pending);

/* The list's storage, borrowed: its items in order (items is NULL or
 * dangling once the list changes). For the library's walks, without a
 * reference taken and dropped per item by g_list_model_get_item(). */
const PtceObjectArray *ptce_object_list_peek_array (PtceObjectList *self);

/* Whether @item (the very object) is in the list, and where. A linear
 * scan, counted (ptce-work-private.h), as g_list_store_find() is one. */
gboolean        ptce_object_list_find        (PtceObjectList  *self,
                                              gpointer         item,
                                              guint           *position);

/* Appends @item unless the list holds it already; TRUE when appended. */
gboolean        ptce_object_list_add_once    (PtceObjectList  *self,
                                              gpointer         item);

/* Removes the item at @position (which must be one). */
void            ptce_object_list_remove      (PtceObjectList  *self,
                                              guint            position);

/* Removes @item; TRUE when the list held it. */
gboolean        ptce_object_list_remove_item (PtceObjectList  *self,
                                              gpointer         item);

G_END_DECLS
