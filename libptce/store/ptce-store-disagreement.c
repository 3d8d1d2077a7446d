/* ptce-store-disagreement.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-store-disagreement-private.h"
#include "ptce-enum-types.h"

/**
 * SECTION:ptce-store-disagreement
 * @Title: PtceStoreDisagreement
 * @Short_description: two submissions that say different things
 *
 * ptce_store_list_disagreements() compares what the submissions say about
 * the same entity and period: an actor's SIREN, SIRET or RNA, the start or
 * end of a membership, the value of an indicator for a subject and period.
 * Each #PtceStoreDisagreement gives both values and both submissions (see
 * ptce_store_lookup_submission() for their source, submitter and date).
 *
 * Disagreements are made by the store and read-only.
 */

/**
 * PtceStoreDisagreement:
 *
 * What two submissions say differently about one entity and period. Read-only.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_STORE_DISAGREEMENT:
 *
 * The #GType of #PtceStoreDisagreement.
 *
 * Since: 1.0
 */

struct _PtceStoreDisagreement
{
  GObject parent_instance;

  PtceStoreDisagreementKind kind;
  char *subject;
  char *field;
  gint64 submission;
  char *value;
  gint64 other_submission;
  char *other_value;
};

G_DEFINE_FINAL_TYPE (PtceStoreDisagreement, ptce_store_disagreement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SUBJECT,
  PROP_FIELD,
  PROP_SUBMISSION,
  PROP_VALUE,
  PROP_OTHER_SUBMISSION,
  PROP_OTHER_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_store_disagreement_finalize (GObject *object)
{
  PtceStoreDisagreement *self = (PtceStoreDisagreement *) object;

  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->other_value, g_free);

  G_OBJECT_CLASS (ptce_store_disagreement_parent_class)->finalize (object);
}

static void
ptce_store_disagreement_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  PtceStoreDisagreement *self = PTCE_STORE_DISAGREEMENT (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_SUBJECT: g_value_set_string (value, self->subject); break;
    case PROP_FIELD: g_value_set_string (value, self->field); break;
    case PROP_SUBMISSION: g_value_set_int64 (value, self->submission); break;
    case PROP_VALUE: g_value_set_string (value, self->value); break;
    case PROP_OTHER_SUBMISSION: g_value_set_int64 (value, self->other_submission); break;
    case PROP_OTHER_VALUE: g_value_set_string (value, self->other_value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_store_disagreement_class_init (PtceStoreDisagreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_store_disagreement_finalize;
  object_class->get_property = ptce_store_disagreement_get_property;

  /**
   * PtceStoreDisagreement:kind:
   *
   * What the two submissions disagree about.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, PTCE_TYPE_STORE_DISAGREEMENT_KIND, PTCE_STORE_DISAGREEMENT_IDENTIFIER, ro);
  /**
   * PtceStoreDisagreement:subject:
   *
   * The entity: an actor id, a pole id and actor id joined by a slash for a membership, the subject of a figure.
   *
   * Since: 1.0
   */
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, ro);
  /**
   * PtceStoreDisagreement:field:
   *
   * What of it: "siren", "siret", "rna", "start", "end", or the indicator and its period for a figure ("jobs 2021").
   *
   * Since: 1.0
   */
  properties[PROP_FIELD] = g_param_spec_string ("field", NULL, NULL, NULL, ro);
  /**
   * PtceStoreDisagreement:submission:
   *
   * The earlier submission.
   *
   * Since: 1.0
   */
  properties[PROP_SUBMISSION] = g_param_spec_int64 ("submission", NULL, NULL, 0, G_MAXINT64, 0, ro);
  /**
   * PtceStoreDisagreement:value:
   *
   * What the earlier submission says.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] = g_param_spec_string ("value", NULL, NULL, NULL, ro);
  /**
   * PtceStoreDisagreement:other-submission:
   *
   * The later submission.
   *
   * Since: 1.0
   */
  properties[PROP_OTHER_SUBMISSION] = g_param_spec_int64 ("other-submission", NULL, NULL, 0, G_MAXINT64, 0, ro);
  /**
   * PtceStoreDisagreement:other-value:
   *
   * What the later submission says.
   *
   * Since: 1.0
   */
  properties[PROP_OTHER_VALUE] = g_param_spec_string ("other-value", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_store_disagreement_init (PtceStoreDisagreement *self)
{
}

PtceStoreDisagreement *
ptce_store_disagreement_new_internal (
    PtceStoreDisagreementKind kind,
    const char *subject,
    const char *field,
    gint64 submission,
    const char *value,
    gint64 other_submission,
    const char *other_value)
{
  PtceStoreDisagreement *self = g_object_new (PTCE_TYPE_STORE_DISAGREEMENT, NULL);

  self->kind = kind;
  self->subject = g_strdup (subject);
  self->field = g_strdup (field);
  self->submission = submission;
  self->value = g_strdup (value);
  self->other_submission = other_submission;
  self->other_value = g_strdup (other_value);
  return self;
}

/**
 * ptce_store_disagreement_get_kind:
 * @self: a #PtceStoreDisagreement
 *
 * Gets #PtceStoreDisagreement:kind.
 *
 * Returns: what the two submissions disagree about
 *
 * Since: 1.0
 */
PtceStoreDisagreementKind
ptce_store_disagreement_get_kind (PtceStoreDisagreement *self)
{
  g_return_val_if_fail (PTCE_IS_STORE_DISAGREEMENT (self), PTCE_STORE_DISAGREEMENT_IDENTIFIER);
  return self->kind;
}

/**
 * ptce_store_disagreement_get_subject:
 * @self: a #PtceStoreDisagreement
 *
 * Gets #PtceStoreDisagreement:subject.
 *
 * Returns: (nullable): the entity: an actor id, a pole id and actor id joined by a slash for a membership, the subject of a figure
 *
 * Since: 1.0
 */
const char *
ptce_store_disagreement_get_subject (PtceStoreDisagreement *self)
{
  g_return_val_if_fail (PTCE_IS_STORE_DISAGREEMENT (self), NULL);
  return self->subject;
}

/**
 * ptce_store_disagreement_get_field:
 * @self: a #PtceStoreDisagreement
 *
 * Gets #PtceStoreDisagreement:field.
 *
 * Returns: (nullable): what of it: "siren", "siret", "rna", "start", "end", or the indicator and its period for a figure ("jobs 2021")
 *
 * Since: 1.0
 */
const char *
ptce_store_disagreement_get_field (PtceStoreDisagreement *self)
{
  g_return_val_if_fail (PTCE_IS_STORE_DISAGREEMENT (self), NULL);
  return self->field;
}

/**
 * ptce_store_disagreement_get_submission:
 * @self: a #PtceStoreDisagreement
 *
 * Gets #PtceStoreDisagreement:submission.
 *
 * Returns: the earlier submission
 *
 * Since: 1.0
 */
gint64
ptce_store_disagreement_get_submission (PtceStoreDisagreement *self)
{
  g_return_val_if_fail (PTCE_IS_STORE_DISAGREEMENT (self), 0);
  return self->submission;
}

/**
 * ptce_store_disagreement_get_value:
 * @self: a #PtceStoreDisagreement
 *
 * Gets #PtceStoreDisagreement:value.
 *
 * Returns: (nullable): what the earlier submission says
 *
 * Since: 1.0
 */
const char *
ptce_store_disagreement_get_value (PtceStoreDisagreement *self)
{
  g_return_val_if_fail (PTCE_IS_STORE_DISAGREEMENT (self), NULL);
  return self->value;
}

/**
 * ptce_store_disagreement_get_other_submission:
 * @self: a #PtceStoreDisagreement
 *
 * Gets #PtceStoreDisagreement:other-submission.
 *
 * Returns: the later submission
 *
 * Since: 1.0
 */
gint64
ptce_store_disagreement_get_other_submission (PtceStoreDisagreement *self)
{
  g_return_val_if_fail (PTCE_IS_STORE_DISAGREEMENT (self), 0);
  return self->other_submission;
}

/**
 * ptce_store_disagreement_get_other_value:
 * @self: a #PtceStoreDisagreement
 *
 * Gets #PtceStoreDisagreement:other-value.
 *
 * Returns: (nullable): what the later submission says
 *
 * Since: 1.0
 */
const char *
ptce_store_disagreement_get_other_value (PtceStoreDisagreement *self)
{
  g_return_val_if_fail (PTCE_IS_STORE_DISAGREEMENT (self), NULL);
  return self->other_value;
}
