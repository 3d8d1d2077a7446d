/* ptce-actor-inference.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-enum-types.h"
#include "ptce-i18n-private.h"
#include "ptce-legal-categories-private.h"

/**
 * SECTION:ptce-actor-inference
 * @Title: PtceActorInference
 * @Short_description: an actor's kind and ESS qualification, stated or
 *   inferred from its legal category
 *
 * ptce_legal_categories_infer_actor() gives a #PtceActorInference: for the
 * article 9 kind, the ESS family and the ESS basis of an actor, the value
 * to use and where it comes from (#PtceDerivation). What the actor's data
 * state always wins (%PTCE_DERIVATION_EXPLICIT); what they leave unknown
 * is inferred from the actor's INSEE legal category
 * (%PTCE_DERIVATION_INFERRED), and an ESS basis still unknown follows from
 * the family (an association, a cooperative, a mutual or a foundation is
 * ESS by status).
 *
 * Where the stated data contradict the legal category — a "cooperative"
 * whose category is a declared association, a SAS said to be ESS by
 * status, a local authority whose category is a private company — the
 * contradiction is kept as a message (ptce_actor_inference_get_conflicts())
 * for the rules to report. Nothing is changed on the actor unless
 * ptce_actor_inference_apply() is called.
 */

/**
 * PtceActorInference:
 *
 * An actor's kind and ESS qualification, stated or inferred. Its fields are private: use the accessors.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_ACTOR_INFERENCE:
 *
 * The #GType of #PtceActorInference.
 *
 * Since: 1.0
 */

struct _PtceActorInference
{
  GObject            parent_instance;

  PtceActorKind      kind;
  PtceDerivation     kind_derivation;
  PtceEssFamily      family;
  PtceDerivation     family_derivation;
  PtceEssBasis       basis;
  PtceDerivation     basis_derivation;
  PtceLegalCategory *category;
  GPtrArray         *conflicts;  /* NULL-terminated */
};

G_DEFINE_FINAL_TYPE (PtceActorInference, ptce_actor_inference, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_KIND_DERIVATION,
  PROP_ESS_FAMILY,
  PROP_ESS_FAMILY_DERIVATION,
  PROP_ESS_BASIS,
  PROP_ESS_BASIS_DERIVATION,
  PROP_LEGAL_CATEGORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_actor_inference_finalize (GObject *object)
{
  PtceActorInference *self = (PtceActorInference *) object;

  g_clear_object (&self->category);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);

  G_OBJECT_CLASS (ptce_actor_inference_parent_class)->finalize (object);
}

static void
ptce_actor_inference_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PtceActorInference *self = PTCE_ACTOR_INFERENCE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_KIND_DERIVATION:
      g_value_set_enum (value, self->kind_derivation);
      break;
    case PROP_ESS_FAMILY:
      g_value_set_enum (value, self->family);
      break;
    case PROP_ESS_FAMILY_DERIVATION:
      g_value_set_enum (value, self->family_derivation);
      break;
    case PROP_ESS_BASIS:
      g_value_set_enum (value, self->basis);
      break;
    case PROP_ESS_BASIS_DERIVATION:
      g_value_set_enum (value, self->basis_derivation);
      break;
    case PROP_LEGAL_CATEGORY:
      g_value_set_object (value, self->category);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_actor_inference_class_init (PtceActorInferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_actor_inference_finalize;
  object_class->get_property = ptce_actor_inference_get_property;

  /**
   * PtceActorInference:kind:
   *
   * The article 9 kind of the actor, stated or inferred.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PTCE_TYPE_ACTOR_KIND, PTCE_ACTOR_KIND_UNKNOWN, ro);

  /**
   * PtceActorInference:kind-derivation:
   *
   * Where #PtceActorInference:kind comes from.
   *
   * Since: 1.0
   */
  properties[PROP_KIND_DERIVATION] =
    g_param_spec_enum ("kind-derivation", NULL, NULL, PTCE_TYPE_DERIVATION, PTCE_DERIVATION_NONE, ro);

  /**
   * PtceActorInference:ess-family:
   *
   * The ESS family of the actor, stated or inferred.
   *
   * Since: 1.0
   */
  properties[PROP_ESS_FAMILY] =
    g_param_spec_enum ("ess-family", NULL, NULL, PTCE_TYPE_ESS_FAMILY, PTCE_ESS_FAMILY_UNKNOWN, ro);

  /**
   * PtceActorInference:ess-family-derivation:
   *
   * Where #PtceActorInference:ess-family comes from.
   *
   * Since: 1.0
   */
  properties[PROP_ESS_FAMILY_DERIVATION] =
    g_param_spec_enum ("ess-family-derivation", NULL, NULL, PTCE_TYPE_DERIVATION, PTCE_DERIVATION_NONE, ro);

  /**
   * PtceActorInference:ess-basis:
   *
   * The ESS basis of the actor, stated or inferred.
   *
   * Since: 1.0
   */
  properties[PROP_ESS_BASIS] =
    g_param_spec_enum ("ess-basis", NULL, NULL, PTCE_TYPE_ESS_BASIS, PTCE_ESS_BASIS_UNKNOWN, ro);

  /**
   * PtceActorInference:ess-basis-derivation:
   *
   * Where #PtceActorInference:ess-basis comes from.
   *
   * Since: 1.0
   */
  properties[PROP_ESS_BASIS_DERIVATION] =
    g_param_spec_enum ("ess-basis-derivation", NULL, NULL, PTCE_TYPE_DERIVATION, PTCE_DERIVATION_NONE, ro);

  /**
   * PtceActorInference:legal-category:
   *
   * The legal category of the actor, or %NULL when it has none or one
   * the nomenclature does not know.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_CATEGORY] =
    g_param_spec_object ("legal-category", NULL, NULL, PTCE_TYPE_LEGAL_CATEGORY, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_actor_inference_init (PtceActorInference *self)
{
  self->conflicts = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->conflicts, NULL);
}

G_GNUC_PRINTF (2, 3)
static void
add_conflict (PtceActorInferenceData *data,
              const char             *format,
              ...)
{
  va_list args;

  if (data->conflicts == NULL)
    data->conflicts = g_ptr_array_new_with_free_func (g_free);
  va_start (args, format);
  g_ptr_array_add (data->conflicts, g_strdup_vprintf (format, args));
  va_end (args);
}

static const char *
nick (GType       type,
      gint        value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  g_type_class_unref (klass);  /* registered enum classes stay alive */
  return v != NULL ? v->value_nick : "?";
}

static gboolean
family_is_by_status (PtceEssFamily family)
{
  return family == PTCE_ESS_FAMILY_ASSOCIATION || family == PTCE_ESS_FAMILY_COOPERATIVE ||
         family == PTCE_ESS_FAMILY_MUTUAL || family == PTCE_ESS_FAMILY_FOUNDATION;
}

static gboolean
is_public_authority (PtceActorKind kind)
{
  return kind == PTCE_ACTOR_KIND_LOCAL_AUTHORITY || kind == PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING;
}

void
ptce_actor_inference_data_fill (PtceActorInferenceData *self,
                                PtceActor              *actor,
                                PtceLegalCategory      *category)
{
  PtceActorKind kind = ptce_actor_get_kind (actor);
  PtceEssFamily family = ptce_actor_get_ess_family (actor);
  PtceEssBasis basis = ptce_actor_get_ess_basis (actor);
  const char *code = category != NULL ? ptce_legal_category_get_code (category) : NULL;
  const char *label = category != NULL ? ptce_legal_category_get_label (category) : NULL;

  ptce_i18n_init ();

  *self = (PtceActorInferenceData) { 0 };

  /* Kind. */
  if (kind != PTCE_ACTOR_KIND_UNKNOWN)
    {
      self->kind = kind;
      self->kind_derivation = PTCE_DERIVATION_EXPLICIT;
    }
  else if (category != NULL && ptce_legal_category_get_suggested_kind (category) != PTCE_ACTOR_KIND_UNKNOWN)
    {
      self->kind = ptce_legal_category_get_suggested_kind (category);
      self->kind_derivation = PTCE_DERIVATION_INFERRED;
    }

  /* ESS family. */
  if (family != PTCE_ESS_FAMILY_UNKNOWN)
    {
      self->family = family;
      self->family_derivation = PTCE_DERIVATION_EXPLICIT;
    }
  else if (category != NULL && ptce_legal_category_get_ess_family (category) != PTCE_ESS_FAMILY_UNKNOWN)
    {
      self->family = ptce_legal_category_get_ess_family (category);
      self->family_derivation = PTCE_DERIVATION_INFERRED;
    }

  /* ESS basis: stated, else the category's, else what the family implies. */
  if (basis != PTCE_ESS_BASIS_UNKNOWN)
    {
      self->basis = basis;
      self->basis_derivation = PTCE_DERIVATION_EXPLICIT;
    }
  else if (category != NULL && ptce_legal_category_get_ess_basis (category) != PTCE_ESS_BASIS_UNKNOWN)
    {
      self->basis = ptce_legal_category_get_ess_basis (category);
      self->basis_derivation = PTCE_DERIVATION_INFERRED;
    }
  else if (family_is_by_status (self->family) &&
           (category == NULL || !ptce_legal_category_is_ess_doubtful (category)))
    {
      self->basis = PTCE_ESS_BASIS_BY_STATUS;
      self->basis_derivation = PTCE_DERIVATION_INFERRED;
    }
  else if (self->family == PTCE_ESS_FAMILY_NONE)
    {
      self->basis = PTCE_ESS_BASIS_NOT_ESS;
      self->basis_derivation = PTCE_DERIVATION_INFERRED;
    }

  if (category == NULL)
    return;

  /* Contradictions between stated data and the category. */
  if (family != PTCE_ESS_FAMILY_UNKNOWN &&
      ptce_legal_category_get_ess_family (category) != PTCE_ESS_FAMILY_UNKNOWN &&
      ptce_legal_category_get_ess_family (category) != family &&
      !ptce_legal_category_is_ess_doubtful (category))
    /* TRANSLATORS: "The ESS family “cooperative” is stated, but legal
     * category 9220 (Association déclarée) is of the family “association”" */
    add_conflict (self, _("The ESS family “%s” is stated, but legal category %s (%s) is of the family “%s”"),
                  nick (PTCE_TYPE_ESS_FAMILY, family), code, label,
                  nick (PTCE_TYPE_ESS_FAMILY, ptce_legal_category_get_ess_family (category)));

  if (basis == PTCE_ESS_BASIS_BY_STATUS)
    {
      if (ptce_legal_category_get_ess_family (category) == PTCE_ESS_FAMILY_UNKNOWN &&
          ptce_legal_category_is_commercial_company (category))
        add_conflict (self, _("ESS by status is stated, but legal category %s (%s) is a commercial company, ESS only when qualified (article 1 II 2° of law n° 2014-856)"),
                      code, label);
      else if (ptce_legal_category_get_ess_basis (category) == PTCE_ESS_BASIS_NOT_ESS)
        add_conflict (self, _("ESS by status is stated, but legal category %s (%s) is not an ESS status"),
                      code, label);
    }
  else if (basis == PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY &&
           !ptce_legal_category_is_commercial_company (category))
    add_conflict (self, _("A qualified commercial company is stated, but legal category %s (%s) is not a commercial company"),
                  code, label);

  if (kind != PTCE_ACTOR_KIND_UNKNOWN &&
      ptce_legal_category_get_suggested_kind (category) != PTCE_ACTOR_KIND_UNKNOWN &&
      is_public_authority (kind) != is_public_authority (ptce_legal_category_get_suggested_kind (category)))
    add_conflict (self, _("The kind “%s” is stated, but legal category %s (%s) suggests “%s”"),
                  nick (PTCE_TYPE_ACTOR_KIND, kind), code, label,
                  nick (PTCE_TYPE_ACTOR_KIND, ptce_legal_category_get_suggested_kind (category)));
  else if (kind == PTCE_ACTOR_KIND_NATURAL_PERSON)
    add_conflict (self, _("A natural person is stated, but the actor has legal category %s (%s)"),
                  code, label);
}

PtceActorInference *
ptce_actor_inference_new_for_actor (PtceActor         *actor,
                                    PtceLegalCategory *category)
{
  PtceActorInference *self = g_object_new (PTCE_TYPE_ACTOR_INFERENCE, NULL);
  PtceActorInferenceData data;

  ptce_actor_inference_data_fill (&data, actor, category);
  self->kind = data.kind;
  self->kind_derivation = data.kind_derivation;
  self->family = data.family;
  self->family_derivation = data.family_derivation;
  self->basis = data.basis;
  self->basis_derivation = data.basis_derivation;
  self->category = category != NULL ? g_object_ref (category) : NULL;
  if (data.conflicts != NULL)
    {
      /* the strings move into the NULL-terminated list, before its NULL */
      g_ptr_array_set_size (self->conflicts, 0);
      for (guint i = 0; i < data.conflicts->len; i++)
        g_ptr_array_add (self->conflicts, g_ptr_array_index (data.conflicts, i));
      g_ptr_array_add (self->conflicts, NULL);
      g_ptr_array_set_free_func (data.conflicts, NULL);
      g_ptr_array_unref (data.conflicts);
    }
  return self;
}

void
ptce_actor_inference_data_clear (PtceActorInferenceData *data)
{
  g_clear_pointer (&data->conflicts, g_ptr_array_unref);
}

/**
 * ptce_actor_inference_get_kind:
 * @self: a #PtceActorInference
 *
 * Gets the article 9 kind of the actor, stated or inferred.
 *
 * Returns: the kind, %PTCE_ACTOR_KIND_UNKNOWN when neither the actor nor
 *   its legal category says
 *
 * Since: 1.0
 */
PtceActorKind
ptce_actor_inference_get_kind (PtceActorInference *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_INFERENCE (self), PTCE_ACTOR_KIND_UNKNOWN);
  return self->kind;
}

/**
 * ptce_actor_inference_get_kind_derivation:
 * @self: a #PtceActorInference
 *
 * Gets where the kind comes from.
 *
 * Returns: the derivation
 *
 * Since: 1.0
 */
PtceDerivation
ptce_actor_inference_get_kind_derivation (PtceActorInference *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_INFERENCE (self), PTCE_DERIVATION_NONE);
  return self->kind_derivation;
}

/**
 * ptce_actor_inference_get_ess_family:
 * @self: a #PtceActorInference
 *
 * Gets the ESS family of the actor, stated or inferred.
 *
 * Returns: the family
 *
 * Since: 1.0
 */
PtceEssFamily
ptce_actor_inference_get_ess_family (PtceActorInference *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_INFERENCE (self), PTCE_ESS_FAMILY_UNKNOWN);
  return self->family;
}

/**
 * ptce_actor_inference_get_ess_family_derivation:
 * @self: a #PtceActorInference
 *
 * Gets where the ESS family comes from.
 *
 * Returns: the derivation
 *
 * Since: 1.0
 */
PtceDerivation
ptce_actor_inference_get_ess_family_derivation (PtceActorInference *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_INFERENCE (self), PTCE_DERIVATION_NONE);
  return self->family_derivation;
}

/**
 * ptce_actor_inference_get_ess_basis:
 * @self: a #PtceActorInference
 *
 * Gets the ESS basis of the actor, stated or inferred.
 *
 * Returns: the basis
 *
 * Since: 1.0
 */
PtceEssBasis
ptce_actor_inference_get_ess_basis (PtceActorInference *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_INFERENCE (self), PTCE_ESS_BASIS_UNKNOWN);
  return self->basis;
}

/**
 * ptce_actor_inference_get_ess_basis_derivation:
 * @self: a #PtceActorInference
 *
 * Gets where the ESS basis comes from.
 *
 * Returns: the derivation
 *
 * Since: 1.0
 */
PtceDerivation
ptce_actor_inference_get_ess_basis_derivation (PtceActorInference *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_INFERENCE (self), PTCE_DERIVATION_NONE);
  return self->basis_derivation;
}

/**
 * ptce_actor_inference_get_legal_category:
 * @self: a #PtceActorInference
 *
 * Gets the legal category of the actor.
 *
 * Returns: (transfer none) (nullable): the #PtceLegalCategory, or %NULL
 *   when the actor has none or one the nomenclature does not know
 *
 * Since: 1.0
 */
PtceLegalCategory *
ptce_actor_inference_get_legal_category (PtceActorInference *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_INFERENCE (self), NULL);
  return self->category;
}

/**
 * ptce_actor_inference_get_conflicts:
 * @self: a #PtceActorInference
 *
 * Gets the contradictions between what the actor's data state and what its
 * legal category implies, as messages in the user's language.
 *
 * Returns: (transfer none) (array zero-terminated=1): the messages,
 *   possibly none
 *
 * Since: 1.0
 */
const char * const *
ptce_actor_inference_get_conflicts (PtceActorInference *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_INFERENCE (self), NULL);
  return (const char * const *) self->conflicts->pdata;
}

/**
 * ptce_actor_inference_is_ess_enterprise:
 * @self: a #PtceActorInference
 *
 * Checks whether, with the stated and inferred values together, the actor
 * is an ESS enterprise: an enterprise or grouping of enterprises, ESS by
 * status or a qualified commercial company (as
 * ptce_actor_is_ess_enterprise() says of stated values alone).
 *
 * Returns: %TRUE for an ESS enterprise
 *
 * Since: 1.0
 */
gboolean
ptce_actor_inference_is_ess_enterprise (PtceActorInference *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_INFERENCE (self), FALSE);

  return (self->kind == PTCE_ACTOR_KIND_ENTERPRISE ||
          self->kind == PTCE_ACTOR_KIND_ENTERPRISE_GROUPING) &&
         (self->basis == PTCE_ESS_BASIS_BY_STATUS ||
          self->basis == PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY);
}

/**
 * ptce_actor_inference_apply:
 * @self: a #PtceActorInference
 * @actor: the #PtceActor it was made for
 *
 * Writes the inferred values on @actor. Only the fields that the actor
 * leaves unknown are set: stated values are never overwritten.
 *
 * Returns: %TRUE when a field of @actor changed
 *
 * Since: 1.0
 */
gboolean
ptce_actor_inference_apply (PtceActorInference *self,
                            PtceActor          *actor)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (PTCE_IS_ACTOR_INFERENCE (self), FALSE);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), FALSE);

  if (self->kind_derivation == PTCE_DERIVATION_INFERRED &&
      ptce_actor_get_kind (actor) == PTCE_ACTOR_KIND_UNKNOWN)
    {
      ptce_actor_set_kind (actor, self->kind);
      changed = TRUE;
    }
  if (self->family_derivation == PTCE_DERIVATION_INFERRED &&
      ptce_actor_get_ess_family (actor) == PTCE_ESS_FAMILY_UNKNOWN)
    {
      ptce_actor_set_ess_family (actor, self->family);
      changed = TRUE;
    }
  if (self->basis_derivation == PTCE_DERIVATION_INFERRED &&
      ptce_actor_get_ess_basis (actor) == PTCE_ESS_BASIS_UNKNOWN)
    {
      ptce_actor_set_ess_basis (actor, self->basis);
      changed = TRUE;
    }
  return changed;
}
