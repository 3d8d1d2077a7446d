/* ptce-object-list.c: a list of objects in one array, as a GListModel
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Private: see ptce-object-list-private.h. */
#include "config.h"

#include <string.h>

#include "ptce-object-list-private.h"
#include "ptce-work-private.h"

struct _PtceObjectList
{
  GObject          parent_instance;

  GType            item_type;
  PtceObjectArray  array;
};

static void ptce_object_list_iface_init (GListModelInterface *iface);

static guint items_changed_id;  /* GListModel's, looked up in class_init */

G_DEFINE_FINAL_TYPE_WITH_CODE (PtceObjectList, ptce_object_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ptce_object_list_iface_init))

static GType
ptce_object_list_get_item_type (GListModel *list)
{
  return ((PtceObjectList *) list)->item_type;
}

static guint
ptce_object_list_get_n_items (GListModel *list)
{
  return ((PtceObjectList *) list)->array.n_items;
}

static gpointer
ptce_object_list_get_item (GListModel *list,
                           guint       position)
{
  PtceObjectList *self = (PtceObjectList *) list;

  if (position >= self->array.n_items)
    return NULL;
  return g_object_ref (self->array.items[position]);
}

static void
ptce_object_list_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ptce_object_list_get_item_type;
  iface->get_n_items = ptce_object_list_get_n_items;
  iface->get_item = ptce_object_list_get_item;
}

static void
ptce_object_list_finalize (GObject *object)
{
  PtceObjectList *self = (PtceObjectList *) object;

  ptce_object_array_clear (&self->array);

  G_OBJECT_CLASS (ptce_object_list_parent_class)->finalize (object);
}

static void
ptce_object_list_class_init (PtceObjectListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ptce_object_list_finalize;
  items_changed_id = g_signal_lookup ("items-changed", G_TYPE_LIST_MODEL);
}

static void
ptce_object_list_init (PtceObjectList *self)
{
}

/* Emits items-changed, as a #GListStore does for each change; a list
 * nobody listens to (a new cooperation's, filled by the reader) skips the
 * emission, which would cost more than the change itself. */
static void
changed (PtceObjectList *self,
         guint           position,
         guint           removed,
         guint           added)
{
  if (g_signal_has_handler_pending (self, items_changed_id, 0, FALSE))
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

PtceObjectList *
ptce_object_list_new (GType item_type)
{
  PtceObjectList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (PTCE_TYPE_OBJECT_LIST, NULL);
  self->item_type = item_type;
  return self;
}

/* ── the storage ────────────────────────────────────────────────────── */

void
ptce_object_array_clear (PtceObjectArray *array)
{
  for (guint i = 0; i < array->n_items; i++)
    g_object_unref (array->items[i]);
  g_clear_pointer (&array->items, g_free);
  array->n_items = array->allocated = 0;
}

/* Room for @more items beyond n_items. */
static void
reserve (PtceObjectArray *array,
         guint            more)
{
  guint needed;

  g_return_if_fail (more <= G_MAXUINT - array->n_items);
  needed = array->n_items + more;
  if (needed <= array->allocated)
    return;
  /* an array filled at once gets its exact size; one that grows item by
   * item doubles */
  if (array->allocated > 0 && needed < array->allocated * 2 && array->allocated <= G_MAXUINT / 2)
    needed = array->allocated * 2;
  array->items = g_renew (gpointer, array->items, needed);
  array->allocated = needed;
}

gboolean
ptce_object_array_append_n (PtceObjectArray *array,
                            GType            item_type,
                            gpointer        *items,
                            guint            n)
{
  g_return_val_if_fail (n == 0 || items != NULL, FALSE);

  for (guint i = 0; i < n; i++)
    g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (items[i], item_type), FALSE);
  if (n == 0)
    return FALSE;
  reserve (array, n);
  for (guint i = 0; i < n; i++)
    array->items[array->n_items++] = g_object_ref (items[i]);
  return TRUE;
}

gboolean
ptce_object_array_find (const PtceObjectArray *array,
                        gpointer               item,
                        guint                 *position)
{
  ptce_work_scan (array->n_items);
  for (guint i = 0; i < array->n_items; i++)
    if (array->items[i] == item)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }
  return FALSE;
}

gpointer
ptce_object_array_steal (PtceObjectArray *array,
                         guint            position)
{
  gpointer removed;

  g_return_val_if_fail (position < array->n_items, NULL);

  removed = array->items[position];
  memmove (&array->items[position], &array->items[position + 1],
           (array->n_items - position - 1) * sizeof array->items[0]);
  array->n_items--;
  return removed;
}

/* ── the list ─────────────────────────────────────────────────────────── */

PtceObjectList *
ptce_object_list_new_take (GType            item_type,
                           PtceObjectArray *array)
{
  PtceObjectList *self = ptce_object_list_new (item_type);

  g_return_val_if_fail (array != NULL, self);

  self->array = *array;
  *array = (PtceObjectArray) { 0 };
  return self;
}

void
ptce_object_list_append_n (PtceObjectList *self,
                           gpointer       *items,
                           guint           n)
{
  guint position;

  g_return_if_fail (PTCE_IS_OBJECT_LIST (self));

  position = self->array.n_items;
  if (ptce_object_array_append_n (&self->array, self->item_type, items, n))
    changed (self, position, 0, n);
}

void
ptce_object_list_fill_new (PtceObjectList *self,
                           gpointer       *items,
                           guint           n)
{
  g_return_if_fail (PTCE_IS_OBJECT_LIST (self));

  ptce_object_array_append_n (&self->array, self->item_type, items, n);
}

void
ptce_object_list_flush (PtceObjectList  *self,
                        GPtrArray      **pending)
{
  g_return_if_fail (PTCE_IS_OBJECT_LIST (self));

  if (*pending == NULL)
    return;
  ptce_object_list_append_n (self, (*pending)->pdata, (*pending)->len);
  g_clear_pointer (pending, g_ptr_array_unref);
}

gboolean
ptce_object_list_find (PtceObjectList *self,
                       gpointer        item,
                       guint          *position)
{
  g_return_val_if_fail (PTCE_IS_OBJECT_LIST (self), FALSE);

  return ptce_object_array_find (&self->array, item, position);
}

gboolean
ptce_object_list_add_once (PtceObjectList *self,
                           gpointer        item)
{
  if (ptce_object_list_find (self, item, NULL))
    return FALSE;
  ptce_object_list_append_n (self, &item, 1);
  return TRUE;
}

void
ptce_object_list_remove (PtceObjectList *self,
                         guint           position)
{
  gpointer removed;

  g_return_if_fail (PTCE_IS_OBJECT_LIST (self));
  g_return_if_fail (position < self->array.n_items);

  removed = ptce_object_array_steal (&self->array, position);
  /* the list is consistent before anyone hears of the change, as a
   * GListStore's is */
  changed (self, position, 1, 0);
  g_object_unref (removed);
}

gboolean
ptce_object_list_remove_item (PtceObjectList *self,
                              gpointer        item)
{
  guint position;

  if (!ptce_object_list_find (self, item, &position))
    return FALSE;
  ptce_object_list_remove (self, position);
  return TRUE;
}

const PtceObjectArray *
ptce_object_list_peek_array (PtceObjectList *self)
{
  return &self->array;
}
