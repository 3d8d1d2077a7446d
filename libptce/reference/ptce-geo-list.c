/* ptce-geo-list.c: a list model over records of the compiled geography
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Holds record indices; creates the #PtceCommune or #PtceEpci of an item
 * only when asked for it, so that a list of the 35 000 communes of France
 * costs 4 bytes per commune until it is read. */
#include "config.h"

#include "ptce-geography-private.h"

#define PTCE_TYPE_GEO_LIST (ptce_geo_list_get_type ())
G_DECLARE_FINAL_TYPE (PtceGeoList, ptce_geo_list, PTCE, GEO_LIST, GObject)

struct _PtceGeoList
{
  GObject      parent_instance;

  PtceGeoData *data;
  GType        item_type;
  GArray      *indices;
};

static GType
ptce_geo_list_get_item_type (GListModel *model)
{
  return PTCE_GEO_LIST (model)->item_type;
}

static guint
ptce_geo_list_get_n_items (GListModel *model)
{
  return PTCE_GEO_LIST (model)->indices->len;
}

static gpointer
ptce_geo_list_get_item (GListModel *model,
                        guint       position)
{
  PtceGeoList *self = PTCE_GEO_LIST (model);
  guint32 index;

  if (position >= self->indices->len)
    return NULL;
  index = g_array_index (self->indices, guint32, position);
  if (self->item_type == PTCE_TYPE_EPCI)
    return ptce_epci_new_for_data (self->data, index);
  return ptce_commune_new_for_data (self->data, index);
}

static void
ptce_geo_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ptce_geo_list_get_item_type;
  iface->get_n_items = ptce_geo_list_get_n_items;
  iface->get_item = ptce_geo_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (PtceGeoList, ptce_geo_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, ptce_geo_list_model_init))

static void
ptce_geo_list_finalize (GObject *object)
{
  PtceGeoList *self = (PtceGeoList *) object;

  g_clear_pointer (&self->indices, g_array_unref);
  g_clear_pointer (&self->data, ptce_geo_data_unref);

  G_OBJECT_CLASS (ptce_geo_list_parent_class)->finalize (object);
}

static void
ptce_geo_list_class_init (PtceGeoListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ptce_geo_list_finalize;
}

static void
ptce_geo_list_init (PtceGeoList *self)
{
}

GListModel *
ptce_geo_list_new (PtceGeoData *data,
                   GType        item_type,
                   GArray      *indices)
{
  PtceGeoList *self = g_object_new (PTCE_TYPE_GEO_LIST, NULL);

  g_assert (item_type == PTCE_TYPE_COMMUNE || item_type == PTCE_TYPE_EPCI);
  self->data = ptce_geo_data_ref (data);
  self->item_type = item_type;
  self->indices = indices;
  return G_LIST_MODEL (self);
}
