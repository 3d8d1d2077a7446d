/* ptce-network-builder.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-network-builder.h"
#include "ptce-network-private.h"
#include "ptce-enum-types.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-pole.h"

/**
 * SECTION:ptce-network-builder
 * @Title: PtceNetworkBuilder
 * @Short_description: says which cooperation network to build
 *
 * A #PtceNetworkBuilder collects what a #PtceNetwork is made of, then
 * builds it with ptce_network_builder_build():
 *
 * - the #PtceDataset (#PtceNetworkBuilder:dataset) and the poles to take
 *   (ptce_network_builder_add_pole(); every pole of the dataset when none
 *   is added);
 * - the date the network is taken on (ptce_network_builder_set_date(),
 *   today when not set) or the period it covers
 *   (ptce_network_builder_set_period()): a tie exists while one of its
 *   cooperations runs and, with #PtceNetworkBuilder:members-only, while both
 *   actors are members of the cooperation's pole (founding member, member or
 *   animator: ptce_membership_is_member());
 * - the graph (#PtceNetworkBuilder:kind) and what its weights count
 *   (#PtceNetworkBuilder:weight);
 * - optionally, the modes and objects of the cooperations to take
 *   (ptce_network_builder_add_mode(), ptce_network_builder_add_object();
 *   all when none is added; the poles network ignores them).
 *
 * |[<!-- language="Python" -->
 * builder = Ptce.NetworkBuilder.new(dataset)
 * builder.add_pole("phares")
 * builder.set_period(Ptce.Date.new_from_iso8601("2015"),
 *                    Ptce.Date.new_from_iso8601("2020"))
 * network = builder.build()
 * ]|
 */

/**
 * PtceNetworkBuilder:
 *
 * Says which cooperation network to build. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_NETWORK_BUILDER:
 *
 * The #GType of #PtceNetworkBuilder.
 *
 * Since: 1.0
 */

struct _PtceNetworkBuilder
{
  GObject            parent_instance;

  PtceDataset       *dataset;
  PtceNetworkKind    kind;
  PtceNetworkWeight  weight;
  gboolean           members_only;
  GPtrArray         *pole_ids;
  PtceDate          *date;
  gboolean           has_period;
  PtceDate          *start;
  PtceDate          *end;
  guint32            mode_mask;
  guint32            object_mask;
};

enum {
  PROP_0,
  PROP_DATASET,
  PROP_KIND,
  PROP_WEIGHT,
  PROP_MEMBERS_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PtceNetworkBuilder, ptce_network_builder, G_TYPE_OBJECT)

static void
ptce_network_builder_finalize (GObject *object)
{
  PtceNetworkBuilder *self = PTCE_NETWORK_BUILDER (object);

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->pole_ids, g_ptr_array_unref);
  g_clear_pointer (&self->date, ptce_date_unref);
  g_clear_pointer (&self->start, ptce_date_unref);
  g_clear_pointer (&self->end, ptce_date_unref);

  G_OBJECT_CLASS (ptce_network_builder_parent_class)->finalize (object);
}

static void
ptce_network_builder_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PtceNetworkBuilder *self = PTCE_NETWORK_BUILDER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_WEIGHT:
      g_value_set_enum (value, self->weight);
      break;
    case PROP_MEMBERS_ONLY:
      g_value_set_boolean (value, self->members_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_network_builder_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PtceNetworkBuilder *self = PTCE_NETWORK_BUILDER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      ptce_network_builder_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_KIND:
      ptce_network_builder_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_WEIGHT:
      ptce_network_builder_set_weight (self, g_value_get_enum (value));
      break;
    case PROP_MEMBERS_ONLY:
      ptce_network_builder_set_members_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_network_builder_class_init (PtceNetworkBuilderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ptce_network_builder_finalize;
  object_class->get_property = ptce_network_builder_get_property;
  object_class->set_property = ptce_network_builder_set_property;

  /**
   * PtceNetworkBuilder:dataset:
   *
   * The dataset the network is built from.
   *
   * Since: 1.0
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, PTCE_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceNetworkBuilder:kind:
   *
   * Which graph to build.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PTCE_TYPE_NETWORK_KIND, PTCE_NETWORK_KIND_ACTORS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceNetworkBuilder:weight:
   *
   * What the weights of the ties count.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT] =
    g_param_spec_enum ("weight", NULL, NULL, PTCE_TYPE_NETWORK_WEIGHT, PTCE_NETWORK_WEIGHT_COUNT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceNetworkBuilder:members-only:
   *
   * Whether an actor is tied only while it is a member of the pole (founding
   * member, member or animator), rather than whenever one of its
   * cooperations runs.
   *
   * Since: 1.0
   */
  properties[PROP_MEMBERS_ONLY] =
    g_param_spec_boolean ("members-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_network_builder_init (PtceNetworkBuilder *self)
{
  self->pole_ids = g_ptr_array_new_with_free_func (g_free);
}

/**
 * ptce_network_builder_new:
 * @dataset: (nullable): the dataset to build from
 *
 * Creates a builder of the actors network of every pole of @dataset as of
 * today.
 *
 * Returns: (transfer full): a new #PtceNetworkBuilder
 *
 * Since: 1.0
 */
PtceNetworkBuilder *
ptce_network_builder_new (PtceDataset *dataset)
{
  g_return_val_if_fail (dataset == NULL || PTCE_IS_DATASET (dataset), NULL);
  return g_object_new (PTCE_TYPE_NETWORK_BUILDER, "dataset", dataset, NULL);
}

/**
 * ptce_network_builder_get_dataset:
 * @self: a #PtceNetworkBuilder
 *
 * Gets the dataset the network is built from.
 *
 * Returns: (transfer none) (nullable): the dataset
 *
 * Since: 1.0
 */
PtceDataset *
ptce_network_builder_get_dataset (PtceNetworkBuilder *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK_BUILDER (self), NULL);
  return self->dataset;
}

/**
 * ptce_network_builder_set_dataset:
 * @self: a #PtceNetworkBuilder
 * @dataset: (nullable): the dataset
 *
 * Sets the dataset the network is built from.
 *
 * Since: 1.0
 */
void
ptce_network_builder_set_dataset (PtceNetworkBuilder *self,
                                  PtceDataset        *dataset)
{
  g_return_if_fail (PTCE_IS_NETWORK_BUILDER (self));
  g_return_if_fail (dataset == NULL || PTCE_IS_DATASET (dataset));

  if (g_set_object (&self->dataset, dataset))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/**
 * ptce_network_builder_get_kind:
 * @self: a #PtceNetworkBuilder
 *
 * Gets which graph is built.
 *
 * Returns: the kind of network
 *
 * Since: 1.0
 */
PtceNetworkKind
ptce_network_builder_get_kind (PtceNetworkBuilder *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK_BUILDER (self), PTCE_NETWORK_KIND_ACTORS);
  return self->kind;
}

/**
 * ptce_network_builder_set_kind:
 * @self: a #PtceNetworkBuilder
 * @kind: the kind of network
 *
 * Sets which graph is built.
 *
 * Since: 1.0
 */
void
ptce_network_builder_set_kind (PtceNetworkBuilder *self,
                               PtceNetworkKind     kind)
{
  g_return_if_fail (PTCE_IS_NETWORK_BUILDER (self));
  g_return_if_fail (kind <= PTCE_NETWORK_KIND_POLES);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * ptce_network_builder_get_weight:
 * @self: a #PtceNetworkBuilder
 *
 * Gets what the weights of the ties count.
 *
 * Returns: the weight
 *
 * Since: 1.0
 */
PtceNetworkWeight
ptce_network_builder_get_weight (PtceNetworkBuilder *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK_BUILDER (self), PTCE_NETWORK_WEIGHT_COUNT);
  return self->weight;
}

/**
 * ptce_network_builder_set_weight:
 * @self: a #PtceNetworkBuilder
 * @weight: what the weights count
 *
 * Sets what the weights of the ties count.
 *
 * Since: 1.0
 */
void
ptce_network_builder_set_weight (PtceNetworkBuilder *self,
                                 PtceNetworkWeight   weight)
{
  g_return_if_fail (PTCE_IS_NETWORK_BUILDER (self));
  g_return_if_fail (weight <= PTCE_NETWORK_WEIGHT_MONTHS);

  if (self->weight == weight)
    return;
  self->weight = weight;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT]);
}

/**
 * ptce_network_builder_get_members_only:
 * @self: a #PtceNetworkBuilder
 *
 * Gets whether actors are tied only while they are members.
 *
 * Returns: %TRUE when they are
 *
 * Since: 1.0
 */
gboolean
ptce_network_builder_get_members_only (PtceNetworkBuilder *self)
{
  g_return_val_if_fail (PTCE_IS_NETWORK_BUILDER (self), FALSE);
  return self->members_only;
}

/**
 * ptce_network_builder_set_members_only:
 * @self: a #PtceNetworkBuilder
 * @members_only: whether actors are tied only while they are members
 *
 * Sets whether actors are tied only while they are members of the
 * cooperation's pole.
 *
 * Since: 1.0
 */
void
ptce_network_builder_set_members_only (PtceNetworkBuilder *self,
                                       gboolean            members_only)
{
  g_return_if_fail (PTCE_IS_NETWORK_BUILDER (self));

  members_only = !!members_only;
  if (self->members_only == members_only)
    return;
  self->members_only = members_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBERS_ONLY]);
}

/**
 * ptce_network_builder_add_pole:
 * @self: a #PtceNetworkBuilder
 * @pole_id: the id of a pole of the dataset
 *
 * Adds a pole to the network. ptce_network_builder_build() fails when no
 * pole of the dataset has that id.
 *
 * Since: 1.0
 */
void
ptce_network_builder_add_pole (PtceNetworkBuilder *self,
                               const char         *pole_id)
{
  g_return_if_fail (PTCE_IS_NETWORK_BUILDER (self));
  g_return_if_fail (pole_id != NULL);

  for (guint i = 0; i < self->pole_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->pole_ids, i), pole_id))
      return;
  g_ptr_array_add (self->pole_ids, g_strdup (pole_id));
}

/**
 * ptce_network_builder_set_date:
 * @self: a #PtceNetworkBuilder
 * @date: (nullable): the date, or %NULL for today
 *
 * Builds the network as of a date (a partial date stands for its first
 * day), forgetting any period set before.
 *
 * Since: 1.0
 */
void
ptce_network_builder_set_date (PtceNetworkBuilder *self,
                               PtceDate           *date)
{
  g_return_if_fail (PTCE_IS_NETWORK_BUILDER (self));

  g_clear_pointer (&self->date, ptce_date_unref);
  g_clear_pointer (&self->start, ptce_date_unref);
  g_clear_pointer (&self->end, ptce_date_unref);
  self->has_period = FALSE;
  if (date != NULL)
    self->date = ptce_date_ref (date);
}

/**
 * ptce_network_builder_set_period:
 * @self: a #PtceNetworkBuilder
 * @start: (nullable): the start of the period
 * @end: (nullable): the end of the period
 *
 * Builds the network over a period, from the first day of @start to the
 * last day of @end, forgetting any date set before.
 * ptce_network_builder_build() fails when either end is missing (the
 * period is empty) or when @start comes after @end.
 *
 * Since: 1.0
 */
void
ptce_network_builder_set_period (PtceNetworkBuilder *self,
                                 PtceDate           *start,
                                 PtceDate           *end)
{
  g_return_if_fail (PTCE_IS_NETWORK_BUILDER (self));

  ptce_network_builder_set_date (self, NULL);
  self->has_period = TRUE;
  if (start != NULL)
    self->start = ptce_date_ref (start);
  if (end != NULL)
    self->end = ptce_date_ref (end);
}

/**
 * ptce_network_builder_add_mode:
 * @self: a #PtceNetworkBuilder
 * @mode: a cooperation mode
 *
 * Takes the cooperations of @mode (and of the other modes added); all
 * modes are taken when none is added.
 *
 * Since: 1.0
 */
void
ptce_network_builder_add_mode (PtceNetworkBuilder  *self,
                               PtceCooperationMode  mode)
{
  g_return_if_fail (PTCE_IS_NETWORK_BUILDER (self));
  g_return_if_fail ((guint) mode < 32);
  self->mode_mask |= 1u << mode;
}

/**
 * ptce_network_builder_add_object:
 * @self: a #PtceNetworkBuilder
 * @object: a cooperation object
 *
 * Takes the cooperations of @object (and of the other objects added); all
 * objects are taken when none is added.
 *
 * Since: 1.0
 */
void
ptce_network_builder_add_object (PtceNetworkBuilder    *self,
                                 PtceCooperationObject  object)
{
  g_return_if_fail (PTCE_IS_NETWORK_BUILDER (self));
  g_return_if_fail ((guint) object < 32);
  self->object_mask |= 1u << object;
}

/**
 * ptce_network_builder_build:
 * @self: a #PtceNetworkBuilder
 * @error: return location for a #GError
 *
 * Builds the network. Fails with %PTCE_ERROR_NOT_FOUND when no dataset is
 * set or a pole id is unknown, and with %PTCE_ERROR_INVALID_DATE when the
 * period lacks an end or is reversed.
 *
 * Returns: (transfer full): a new #PtceNetwork, or %NULL on error
 *
 * Since: 1.0
 */
PtceNetwork *
ptce_network_builder_build (PtceNetworkBuilder  *self,
                            GError             **error)
{
  g_autoptr(GPtrArray) poles = g_ptr_array_new ();
  g_autoptr(PtceDate) start = NULL;
  g_autoptr(PtceDate) end = NULL;
  guint32 w0, w1;

  g_return_val_if_fail (PTCE_IS_NETWORK_BUILDER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();

  if (self->dataset == NULL)
    {
      g_set_error_literal (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND,
                           _("network: no dataset to build the network from"));
      return NULL;
    }

  if (self->pole_ids->len == 0)
    {
      GListModel *all = ptce_dataset_get_poles (self->dataset);
      guint n = g_list_model_get_n_items (all);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PtcePole) pole = g_list_model_get_item (all, i);
          g_ptr_array_add (poles, pole);
        }
    }
  else
    for (guint i = 0; i < self->pole_ids->len; i++)
      {
        const char *id = g_ptr_array_index (self->pole_ids, i);
        PtcePole *pole = ptce_dataset_lookup_pole (self->dataset, id);

        if (pole == NULL)
          {
            g_set_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND,
                         _("network: no pole has the id “%s”"), id);
            return NULL;
          }
        g_ptr_array_add (poles, pole);
      }

  if (self->has_period)
    {
      if (self->start == NULL || self->end == NULL)
        {
          g_set_error_literal (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE,
                               self->start == NULL
                               ? _("network: the period has no start: it is empty")
                               : _("network: the period has no end: it is empty"));
          return NULL;
        }
      w0 = ptce_date_get_first_julian (self->start);
      w1 = ptce_date_get_last_julian (self->end);
      if (w0 > w1)
        {
          g_autofree char *s = ptce_date_to_iso8601 (self->start);
          g_autofree char *e = ptce_date_to_iso8601 (self->end);

          g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE,
                       _("network: the period is reversed: it starts on %s, after its end %s"),
                       s, e);
          return NULL;
        }
      start = ptce_date_ref (self->start);
      end = ptce_date_ref (self->end);
    }
  else
    {
      start = self->date != NULL ? ptce_date_ref (self->date) : ptce_date_new_today ();
      end = ptce_date_ref (start);
      w0 = w1 = ptce_date_get_first_julian (start);
    }

  return ptce_network_build_private (self->dataset, poles, self->kind, self->weight,
                                     self->members_only, start, end, w0, w1,
                                     self->mode_mask, self->object_mask);
}
