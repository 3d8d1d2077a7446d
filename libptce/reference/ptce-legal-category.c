/* ptce-legal-category.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-enum-types.h"
#include "ptce-legal-categories-private.h"

/**
 * SECTION:ptce-legal-category
 * @Title: PtceLegalCategory
 * @Short_description: an INSEE legal category and what follows from it
 *
 * A #PtceLegalCategory is one entry of the INSEE nomenclature of legal
 * categories (catégories juridiques, level III, 4 digits) with what
 * libptce derives from it:
 *
 * - its ESS family and basis: by status for associations, cooperatives,
 *   mutuals and foundations (article 1 II 1° of law n° 2014-856), from the
 *   `ess_family_by_status` column of the data file
 *   (%PTCE_DERIVATION_EXPLICIT); otherwise from the rules file by ranges of
 *   codes (%PTCE_DERIVATION_INFERRED): not ESS for public law and for the
 *   private forms article 1 does not list, unknown for commercial
 *   companies, which are ESS only when their statutes qualify them
 *   (article 1 II 2°) — the category alone cannot say;
 * - the article 9 kind it suggests for an actor (communes, départements,
 *   régions: local authority; EPCI, syndicats, PETR: grouping of local
 *   authorities; universities: higher education…), always an inference;
 * - whether it is public law (categories 4xxx and 7xxx).
 */

/**
 * PtceLegalCategory:
 *
 * An INSEE legal category and what follows from it. Its fields are private: use the accessors.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_LEGAL_CATEGORY:
 *
 * The #GType of #PtceLegalCategory.
 *
 * Since: 1.0
 */

struct _PtceLegalCategory
{
  GObject         parent_instance;

  char           *code;
  char           *label;
  PtceEssFamily   family;
  PtceEssBasis    basis;
  PtceDerivation  derivation;
  gboolean        doubtful;
  PtceActorKind   suggested_kind;
  char           *note;
  gboolean        commercial_company;
};

/* The public type is abstract, so that a binding cannot make one out of
 * nothing (Ptce.LegalCategory() raises a TypeError, new Ptce.LegalCategory() throws): a
 * legalcategory only exists as the library hands it out. This private final
 * type is the one instantiated. */
G_DEFINE_ABSTRACT_TYPE (PtceLegalCategory, ptce_legal_category, G_TYPE_OBJECT)

typedef struct { PtceLegalCategory parent_instance; } PtceLegalCategoryHandle;
typedef struct { PtceLegalCategoryClass parent_class; } PtceLegalCategoryHandleClass;
static GType ptce_legal_category_handle_get_type (void);
G_DEFINE_FINAL_TYPE (PtceLegalCategoryHandle, ptce_legal_category_handle, PTCE_TYPE_LEGAL_CATEGORY)
static void ptce_legal_category_handle_class_init (PtceLegalCategoryHandleClass *klass) { }
static void ptce_legal_category_handle_init (PtceLegalCategoryHandle *self) { }

enum {
  PROP_0,
  PROP_CODE,
  PROP_LABEL,
  PROP_ESS_FAMILY,
  PROP_ESS_BASIS,
  PROP_ESS_DERIVATION,
  PROP_SUGGESTED_KIND,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_legal_category_finalize (GObject *object)
{
  PtceLegalCategory *self = (PtceLegalCategory *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (ptce_legal_category_parent_class)->finalize (object);
}

static void
ptce_legal_category_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PtceLegalCategory *self = PTCE_LEGAL_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_ESS_FAMILY:
      g_value_set_enum (value, self->family);
      break;
    case PROP_ESS_BASIS:
      g_value_set_enum (value, self->basis);
      break;
    case PROP_ESS_DERIVATION:
      g_value_set_enum (value, self->derivation);
      break;
    case PROP_SUGGESTED_KIND:
      g_value_set_enum (value, self->suggested_kind);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_legal_category_class_init (PtceLegalCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_legal_category_finalize;
  object_class->get_property = ptce_legal_category_get_property;

  /**
   * PtceLegalCategory:code:
   *
   * The 4-digit code ("9220").
   *
   * Since: 1.0
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, ro);

  /**
   * PtceLegalCategory:label:
   *
   * The INSEE label, in French ("Association déclarée").
   *
   * Since: 1.0
   */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, ro);

  /**
   * PtceLegalCategory:ess-family:
   *
   * The ESS family the category implies, or %PTCE_ESS_FAMILY_UNKNOWN when
   * it cannot say, %PTCE_ESS_FAMILY_NONE when it is not an ESS form.
   *
   * Since: 1.0
   */
  properties[PROP_ESS_FAMILY] =
    g_param_spec_enum ("ess-family", NULL, NULL, PTCE_TYPE_ESS_FAMILY, PTCE_ESS_FAMILY_UNKNOWN, ro);

  /**
   * PtceLegalCategory:ess-basis:
   *
   * %PTCE_ESS_BASIS_BY_STATUS for the ESS forms of article 1 II 1°,
   * %PTCE_ESS_BASIS_NOT_ESS for the others, %PTCE_ESS_BASIS_UNKNOWN when
   * the category alone cannot say (commercial companies, doubtful cases).
   *
   * Since: 1.0
   */
  properties[PROP_ESS_BASIS] =
    g_param_spec_enum ("ess-basis", NULL, NULL, PTCE_TYPE_ESS_BASIS, PTCE_ESS_BASIS_UNKNOWN, ro);

  /**
   * PtceLegalCategory:ess-derivation:
   *
   * Whether the ESS family and basis are stated by the data file or
   * inferred from a range of codes.
   *
   * Since: 1.0
   */
  properties[PROP_ESS_DERIVATION] =
    g_param_spec_enum ("ess-derivation", NULL, NULL, PTCE_TYPE_DERIVATION, PTCE_DERIVATION_NONE, ro);

  /**
   * PtceLegalCategory:suggested-kind:
   *
   * The article 9 kind an actor of this category most likely is.
   *
   * Since: 1.0
   */
  properties[PROP_SUGGESTED_KIND] =
    g_param_spec_enum ("suggested-kind", NULL, NULL, PTCE_TYPE_ACTOR_KIND, PTCE_ACTOR_KIND_UNKNOWN, ro);

  /**
   * PtceLegalCategory:note:
   *
   * The note of the rule the suggested kind and ESS default come from, or
   * %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_legal_category_init (PtceLegalCategory *self)
{
}

PtceLegalCategory *
ptce_legal_category_new (const char     *code,
                         const char     *label,
                         PtceEssFamily   family,
                         PtceEssBasis    basis,
                         PtceDerivation  derivation,
                         gboolean        doubtful,
                         PtceActorKind   suggested_kind,
                         const char     *note,
                         gboolean        commercial_company)
{
  PtceLegalCategory *self = g_object_new (ptce_legal_category_handle_get_type (), NULL);

  self->code = g_strdup (code);
  self->label = g_strdup (label);
  self->family = family;
  self->basis = basis;
  self->derivation = derivation;
  self->doubtful = doubtful;
  self->suggested_kind = suggested_kind;
  self->note = (note != NULL && *note != '\0') ? g_strdup (note) : NULL;
  self->commercial_company = commercial_company;
  return self;
}

/**
 * ptce_legal_category_get_code:
 * @self: a #PtceLegalCategory
 *
 * Gets the 4-digit code of the category.
 *
 * Returns: (transfer none): the code
 *
 * Since: 1.0
 */
const char *
ptce_legal_category_get_code (PtceLegalCategory *self)
{
  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORY (self), NULL);
  return self->code;
}

/**
 * ptce_legal_category_get_label:
 * @self: a #PtceLegalCategory
 *
 * Gets the INSEE label of the category, in French.
 *
 * Returns: (transfer none): the label
 *
 * Since: 1.0
 */
const char *
ptce_legal_category_get_label (PtceLegalCategory *self)
{
  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORY (self), NULL);
  return self->label;
}

/**
 * ptce_legal_category_get_ess_family:
 * @self: a #PtceLegalCategory
 *
 * Gets the ESS family the category implies.
 *
 * Returns: the family
 *
 * Since: 1.0
 */
PtceEssFamily
ptce_legal_category_get_ess_family (PtceLegalCategory *self)
{
  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORY (self), PTCE_ESS_FAMILY_UNKNOWN);
  return self->family;
}

/**
 * ptce_legal_category_get_ess_basis:
 * @self: a #PtceLegalCategory
 *
 * Gets the ESS basis the category implies.
 *
 * Returns: the basis
 *
 * Since: 1.0
 */
PtceEssBasis
ptce_legal_category_get_ess_basis (PtceLegalCategory *self)
{
  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORY (self), PTCE_ESS_BASIS_UNKNOWN);
  return self->basis;
}

/**
 * ptce_legal_category_get_ess_derivation:
 * @self: a #PtceLegalCategory
 *
 * Gets whether the ESS family and basis are stated by the data file or
 * inferred from a range of codes.
 *
 * Returns: the derivation
 *
 * Since: 1.0
 */
PtceDerivation
ptce_legal_category_get_ess_derivation (PtceLegalCategory *self)
{
  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORY (self), PTCE_DERIVATION_NONE);
  return self->derivation;
}

/**
 * ptce_legal_category_is_ess_doubtful:
 * @self: a #PtceLegalCategory
 *
 * Checks whether the data file marks the ESS family of the category as
 * doubtful (9224 Association d'avocats, 9240 Congrégation): the family is
 * given, the basis is left unknown.
 *
 * Returns: %TRUE when the ESS family is doubtful
 *
 * Since: 1.0
 */
gboolean
ptce_legal_category_is_ess_doubtful (PtceLegalCategory *self)
{
  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORY (self), FALSE);
  return self->doubtful;
}

/**
 * ptce_legal_category_get_suggested_kind:
 * @self: a #PtceLegalCategory
 *
 * Gets the article 9 kind an actor of this category most likely is.
 *
 * Returns: the suggested kind, %PTCE_ACTOR_KIND_UNKNOWN when no rule
 *   covers the category
 *
 * Since: 1.0
 */
PtceActorKind
ptce_legal_category_get_suggested_kind (PtceLegalCategory *self)
{
  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORY (self), PTCE_ACTOR_KIND_UNKNOWN);
  return self->suggested_kind;
}

/**
 * ptce_legal_category_get_note:
 * @self: a #PtceLegalCategory
 *
 * Gets the note of the rule the suggested kind and the ESS default come
 * from.
 *
 * Returns: (transfer none) (nullable): the note, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_legal_category_get_note (PtceLegalCategory *self)
{
  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORY (self), NULL);
  return self->note;
}

/**
 * ptce_legal_category_is_public_law:
 * @self: a #PtceLegalCategory
 *
 * Checks whether the category is a legal person of public law: the
 * categories 4xxx (public industrial and commercial bodies) and 7xxx (the
 * State, local authorities, public establishments).
 *
 * Returns: %TRUE for public law
 *
 * Since: 1.0
 */
gboolean
ptce_legal_category_is_public_law (PtceLegalCategory *self)
{
  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORY (self), FALSE);
  return self->code[0] == '4' || self->code[0] == '7';
}

/**
 * ptce_legal_category_is_commercial_company:
 * @self: a #PtceLegalCategory
 *
 * Checks whether the category is a commercial company (société
 * commerciale: SNC, SCS, SCA, SARL, SA, SAS, SE…), which is ESS only when
 * its statutes meet article 1 II 2° and it is registered with the ESS
 * mention (article 1 III).
 *
 * Returns: %TRUE for a commercial company
 *
 * Since: 1.0
 */
gboolean
ptce_legal_category_is_commercial_company (PtceLegalCategory *self)
{
  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORY (self), FALSE);
  return self->commercial_company;
}
