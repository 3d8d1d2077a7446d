/* ptce-read-only-list.c: a read-only view of a list model
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Private: see ptce-read-only-list-private.h. */
#include "config.h"

#include "ptce-read-only-list-private.h"

struct _PtceReadOnlyList
{
  GObject     parent_instance;

  GListModel *model;
  gulong      handler;
};

static void ptce_read_only_list_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PtceReadOnlyList, ptce_read_only_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ptce_read_only_list_iface_init))

static GType
ptce_read_only_list_get_item_type (GListModel *list)
{
  PtceReadOnlyList *self = (PtceReadOnlyList *) list;

  return self->model != NULL ? g_list_model_get_item_type (self->model) : G_TYPE_OBJECT;
}

static guint
ptce_read_only_list_get_n_items (GListModel *list)
{
  PtceReadOnlyList *self = (PtceReadOnlyList *) list;

  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

static gpointer
ptce_read_only_list_get_item (GListModel *list,
                              guint       position)
{
  PtceReadOnlyList *self = (PtceReadOnlyList *) list;

  return self->model != NULL ? g_list_model_get_item (self->model, position) : NULL;
}

static void
ptce_read_only_list_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ptce_read_only_list_get_item_type;
  iface->get_n_items = ptce_read_only_list_get_n_items;
  iface->get_item = ptce_read_only_list_get_item;
}

static void
on_items_changed (GListModel       *model,
                  guint             position,
                  guint             removed,
                  guint             added,
                  PtceReadOnlyList *self)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
ptce_read_only_list_dispose (GObject *object)
{
  PtceReadOnlyList *self = (PtceReadOnlyList *) object;

  g_clear_signal_handler (&self->handler, self->model);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (ptce_read_only_list_parent_class)->dispose (object);
}

static void
ptce_read_only_list_class_init (PtceReadOnlyListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ptce_read_only_list_dispose;
}

static void
ptce_read_only_list_init (PtceReadOnlyList *self)
{
}

GListModel *
ptce_read_only_list_new (GListModel *model)
{
  PtceReadOnlyList *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (PTCE_TYPE_READ_ONLY_LIST, NULL);
  self->model = g_object_ref (model);
  self->handler = g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), self);
  return G_LIST_MODEL (self);
}
