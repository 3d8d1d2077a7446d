/* ptce-store-change.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-store-change-private.h"
#include "ptce-enum-types.h"

/**
 * SECTION:ptce-store-change
 * @Title: PtceStoreChange
 * @Short_description: one difference between two versions of a pole
 *
 * ptce_store_diff_pole() compares what two submissions say about one pole
 * and returns what changed as #PtceStoreChange objects: an actor that
 * joined or left, a cooperation added, removed or changed, a new stage, or
 * another member of the pole that changed. #PtceStoreChange:subject names
 * what changed (an actor id, a cooperation id, a member name such as
 * "territory"); #PtceStoreChange:before and #PtceStoreChange:after give the
 * ptce/1 JSON of each side (%NULL for a side where it is absent).
 *
 * Changes are made by the store and read-only.
 */

/**
 * PtceStoreChange:
 *
 * One change between two versions of a pole. Read-only.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_STORE_CHANGE:
 *
 * The #GType of #PtceStoreChange.
 *
 * Since: 1.0
 */

struct _PtceStoreChange
{
  GObject              parent_instance;

  PtceStoreChangeKind  kind;
  char                *subject;
  char                *before;
  char                *after;
};

G_DEFINE_FINAL_TYPE (PtceStoreChange, ptce_store_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SUBJECT,
  PROP_BEFORE,
  PROP_AFTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_store_change_finalize (GObject *object)
{
  PtceStoreChange *self = (PtceStoreChange *) object;

  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->before, g_free);
  g_clear_pointer (&self->after, g_free);

  G_OBJECT_CLASS (ptce_store_change_parent_class)->finalize (object);
}

static void
ptce_store_change_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PtceStoreChange *self = PTCE_STORE_CHANGE (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_SUBJECT: g_value_set_string (value, self->subject); break;
    case PROP_BEFORE: g_value_set_string (value, self->before); break;
    case PROP_AFTER: g_value_set_string (value, self->after); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_store_change_class_init (PtceStoreChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_store_change_finalize;
  object_class->get_property = ptce_store_change_get_property;

  /**
   * PtceStoreChange:kind:
   *
   * What changed.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL,
                                             PTCE_TYPE_STORE_CHANGE_KIND,
                                             PTCE_STORE_CHANGE_FIELD, ro);
  /**
   * PtceStoreChange:subject:
   *
   * What the change is about: an actor id, a cooperation id, "stage", or
   * the name of a member of the pole.
   *
   * Since: 1.0
   */
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, ro);
  /**
   * PtceStoreChange:before:
   *
   * The ptce/1 JSON of the older side, or %NULL where it is absent.
   *
   * Since: 1.0
   */
  properties[PROP_BEFORE] = g_param_spec_string ("before", NULL, NULL, NULL, ro);
  /**
   * PtceStoreChange:after:
   *
   * The ptce/1 JSON of the newer side, or %NULL where it is absent.
   *
   * Since: 1.0
   */
  properties[PROP_AFTER] = g_param_spec_string ("after", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_store_change_init (PtceStoreChange *self)
{
}

PtceStoreChange *
ptce_store_change_new_internal (PtceStoreChangeKind  kind,
                                const char          *subject,
                                const char          *before,
                                const char          *after)
{
  PtceStoreChange *self = g_object_new (PTCE_TYPE_STORE_CHANGE, NULL);

  self->kind = kind;
  self->subject = g_strdup (subject);
  self->before = g_strdup (before);
  self->after = g_strdup (after);
  return self;
}

/**
 * ptce_store_change_get_kind:
 * @self: a #PtceStoreChange
 *
 * Gets #PtceStoreChange:kind.
 *
 * Returns: what changed
 *
 * Since: 1.0
 */
PtceStoreChangeKind
ptce_store_change_get_kind (PtceStoreChange *self)
{
  g_return_val_if_fail (PTCE_IS_STORE_CHANGE (self), PTCE_STORE_CHANGE_FIELD);
  return self->kind;
}

/**
 * ptce_store_change_get_subject:
 * @self: a #PtceStoreChange
 *
 * Gets #PtceStoreChange:subject.
 *
 * Returns: (nullable): what the change is about
 *
 * Since: 1.0
 */
const char *
ptce_store_change_get_subject (PtceStoreChange *self)
{
  g_return_val_if_fail (PTCE_IS_STORE_CHANGE (self), NULL);
  return self->subject;
}

/**
 * ptce_store_change_get_before:
 * @self: a #PtceStoreChange
 *
 * Gets #PtceStoreChange:before.
 *
 * Returns: (nullable): the JSON of the older side
 *
 * Since: 1.0
 */
const char *
ptce_store_change_get_before (PtceStoreChange *self)
{
  g_return_val_if_fail (PTCE_IS_STORE_CHANGE (self), NULL);
  return self->before;
}

/**
 * ptce_store_change_get_after:
 * @self: a #PtceStoreChange
 *
 * Gets #PtceStoreChange:after.
 *
 * Returns: (nullable): the JSON of the newer side
 *
 * Since: 1.0
 */
const char *
ptce_store_change_get_after (PtceStoreChange *self)
{
  g_return_val_if_fail (PTCE_IS_STORE_CHANGE (self), NULL);
  return self->after;
}
