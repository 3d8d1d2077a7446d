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
  GObject   parent_instance;

  GType     item_type;
  gpointer *items;      /* n_items references, room for allocated */
  guint     n_items;
  guint     allocated;
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
  return ((PtceObjectList *) list)->n_items;
}

static gpointer
ptce_object_list_get_item (GListModel *list,
                           guint       position)
{
  PtceObjectList *self = (PtceObjectList *) list;

  if (position >= self->n_items)
    return NULL;
  return g_object_ref (self->items[position]);
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

  for (guint i = 0; i < self->n_items; i++)
    g_object_unref (self->items[i]);
  g_free (self->items);

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

/* Room for @more items beyond n_items. */
static void
reserve (PtceObjectList *self,
         guint           more)
{
  guint needed;

  g_return_if_fail (more <= G_MAXUINT - self->n_items);
  needed = self->n_items + more;
  if (needed <= self->allocated)
    return;
  /* a list filled at once gets its exact size; one that grows item by
   * item doubles */
  if (self->allocated > 0 && needed < self->allocated * 2 && self->allocated <= G_MAXUINT / 2)
    needed = self->allocated * 2;
  self->items = g_renew (gpointer, self->items, needed);
  self->allocated = needed;
}

/* Appends; FALSE when nothing was appended. */
static gboolean
append_n (PtceObjectList *self,
          gpointer       *items,
          guint           n)
{
  g_return_val_if_fail (PTCE_IS_OBJECT_LIST (self), FALSE);
  g_return_val_if_fail (n == 0 || items != NULL, FALSE);

  for (guint i = 0; i < n; i++)
    g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (items[i], self->item_type), FALSE);
  if (n == 0)
    return FALSE;
  reserve (self, n);
  for (guint i = 0; i < n; i++)
    self->items[self->n_items++] = g_object_ref (items[i]);
  return TRUE;
}

void
ptce_object_list_append_n (PtceObjectList *self,
                           gpointer       *items,
                           guint           n)
{
  guint position = PTCE_IS_OBJECT_LIST (self) ? self->n_items : 0;

  if (append_n (self, items, n))
    changed (self, position, 0, n);
}

void
ptce_object_list_fill_new (PtceObjectList *self,
                           gpointer       *items,
                           guint           n)
{
  append_n (self, items, n);
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

  ptce_work_scan (self->n_items);
  for (guint i = 0; i < self->n_items; i++)
    if (self->items[i] == item)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }
  return FALSE;
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

gboolean
ptce_object_list_remove_item (PtceObjectList *self,
                              gpointer        item)
{
  guint position;
  gpointer removed;

  if (!ptce_object_list_find (self, item, &position))
    return FALSE;
  removed = self->items[position];
  memmove (&self->items[position], &self->items[position + 1],
           (self->n_items - position - 1) * sizeof self->items[0]);
  self->n_items--;
  /* the list is consistent before anyone hears of the change, as a
   * GListStore's is */
  changed (self, position, 1, 0);
  g_object_unref (removed);
  return TRUE;
}

gpointer const *
ptce_object_list_peek_items (PtceObjectList *self,
                             guint          *n_items)
{
  *n_items = self->n_items;
  return self->items;
}
