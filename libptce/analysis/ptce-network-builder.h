/* ptce-network-builder.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-dataset.h"
#include "ptce-date.h"
#include "ptce-enums.h"
#include "ptce-network.h"
#include "ptce-network-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_NETWORK_BUILDER (ptce_network_builder_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceNetworkBuilder, ptce_network_builder, PTCE, NETWORK_BUILDER, GObject)

PTCE_AVAILABLE_IN_ALL
PtceNetworkBuilder *ptce_network_builder_new              (PtceDataset           *dataset);
PTCE_AVAILABLE_IN_ALL
PtceDataset        *ptce_network_builder_get_dataset      (PtceNetworkBuilder    *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_network_builder_set_dataset      (PtceNetworkBuilder    *self,
                                                           PtceDataset           *dataset);
PTCE_AVAILABLE_IN_ALL
PtceNetworkKind     ptce_network_builder_get_kind         (PtceNetworkBuilder    *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_network_builder_set_kind         (PtceNetworkBuilder    *self,
                                                           PtceNetworkKind        kind);
PTCE_AVAILABLE_IN_ALL
PtceNetworkWeight   ptce_network_builder_get_weight       (PtceNetworkBuilder    *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_network_builder_set_weight       (PtceNetworkBuilder    *self,
                                                           PtceNetworkWeight      weight);
PTCE_AVAILABLE_IN_ALL
gboolean            ptce_network_builder_get_members_only (PtceNetworkBuilder    *self);
PTCE_AVAILABLE_IN_ALL
void                ptce_network_builder_set_members_only (PtceNetworkBuilder    *self,
                                                           gboolean               members_only);
PTCE_AVAILABLE_IN_ALL
void                ptce_network_builder_add_pole         (PtceNetworkBuilder    *self,
                                                           const char            *pole_id);
PTCE_AVAILABLE_IN_ALL
void                ptce_network_builder_set_date         (PtceNetworkBuilder    *self,
                                                           PtceDate              *date);
PTCE_AVAILABLE_IN_ALL
void                ptce_network_builder_set_period       (PtceNetworkBuilder    *self,
                                                           PtceDate              *start,
                                                           PtceDate              *end);
PTCE_AVAILABLE_IN_ALL
void                ptce_network_builder_add_mode         (PtceNetworkBuilder    *self,
                                                           PtceCooperationMode    mode);
PTCE_AVAILABLE_IN_ALL
void                ptce_network_builder_add_object       (PtceNetworkBuilder    *self,
                                                           PtceCooperationObject  object);
PTCE_AVAILABLE_IN_ALL
PtceNetwork        *ptce_network_builder_build            (PtceNetworkBuilder    *self,
                                                           GError               **error);

G_END_DECLS
