/* ptce-actor.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-actor.h"
#include "ptce-enum-types.h"
#include "ptce-list-store-private.h"
#include "ptce-model-private.h"
#include "ptce-object-list-private.h"
#include "ptce-read-only-list-private.h"
#include "ptce-util-private.h"

/**
 * SECTION:ptce-actor
 * @Title: PtceActor
 * @Short_description: an organisation or a person taking part in poles
 *
 * A #PtceActor is anybody a pole is made of or in link with: an enterprise,
 * a local authority, a research centre, a training body, a natural person…
 * Its #PtceActor:kind says what it is in the words of article 9 I. Whether
 * it belongs to the social and solidarity economy is kept apart, as an ESS
 * family and the basis of that claim, so that "ESS enterprise" is derived
 * (ptce_actor_is_ess_enterprise()) and never typed twice.
 *
 * An actor carries its public identifiers (SIREN, SIRET of its seat, RNA
 * for associations), its INSEE legal category, its NAF activity code, the
 * commune of its seat, its ESUS approval period and its sites.
 *
 * Identifiers are stored as given; checking them is the reference layer's
 * work.
 */

/**
 * PtceActor:
 *
 * An organisation or a person taking part in poles. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_ACTOR:
 *
 * The #GType of #PtceActor.
 *
 * Since: 1.0
 */

struct _PtceActor
{
  GObject        parent_instance;

  char          *id;
  char          *name;
  PtceActorKind  kind;
  PtceEssFamily  ess_family;
  PtceEssBasis   ess_basis;
  char          *siren;
  char          *siret;
  char          *rna;
  char          *legal_category;
  char          *naf;
  char          *seat_commune;
  PtceDate      *esus_start;
  PtceDate      *esus_end;
  PtceObjectList *sites;      /* NULL until the first site or a getter */
  GListModel    *sites_view;  /* what get_sites() lends */
  GListStore    *compositions;
  GListModel    *compositions_view;  /* what get_compositions() lends */
};

G_DEFINE_FINAL_TYPE (PtceActor, ptce_actor, G_TYPE_OBJECT)

static PtceObjectList *sites_list     (PtceActor *self);
static GListStore *compositions_store (PtceActor *self);

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_ESS_FAMILY,
  PROP_ESS_BASIS,
  PROP_SIREN,
  PROP_SIRET,
  PROP_RNA,
  PROP_LEGAL_CATEGORY,
  PROP_NAF,
  PROP_SEAT_COMMUNE,
  PROP_ESUS_START,
  PROP_ESUS_END,
  PROP_SITES,
  PROP_COMPOSITIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_actor_finalize (GObject *object)
{
  PtceActor *self = (PtceActor *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->siren, g_free);
  g_clear_pointer (&self->siret, g_free);
  g_clear_pointer (&self->rna, g_free);
  g_clear_pointer (&self->legal_category, ptce_code_free);
  g_clear_pointer (&self->naf, ptce_code_free);
  g_clear_pointer (&self->seat_commune, ptce_code_free);
  g_clear_pointer (&self->esus_start, ptce_date_unref);
  g_clear_pointer (&self->esus_end, ptce_date_unref);
  g_clear_object (&self->sites_view);
  g_clear_object (&self->sites);
  g_clear_object (&self->compositions_view);
  g_clear_object (&self->compositions);

  G_OBJECT_CLASS (ptce_actor_parent_class)->finalize (object);
}

static void
ptce_actor_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PtceActor *self = PTCE_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ESS_FAMILY:
      g_value_set_enum (value, self->ess_family);
      break;
    case PROP_ESS_BASIS:
      g_value_set_enum (value, self->ess_basis);
      break;
    case PROP_SIREN:
      g_value_set_string (value, self->siren);
      break;
    case PROP_SIRET:
      g_value_set_string (value, self->siret);
      break;
    case PROP_RNA:
      g_value_set_string (value, self->rna);
      break;
    case PROP_LEGAL_CATEGORY:
      g_value_set_string (value, self->legal_category);
      break;
    case PROP_NAF:
      g_value_set_string (value, self->naf);
      break;
    case PROP_SEAT_COMMUNE:
      g_value_set_string (value, self->seat_commune);
      break;
    case PROP_ESUS_START:
      g_value_set_boxed (value, self->esus_start);
      break;
    case PROP_ESUS_END:
      g_value_set_boxed (value, self->esus_end);
      break;
    case PROP_SITES:
      g_value_set_object (value, ptce_actor_get_sites (self));
      break;
    case PROP_COMPOSITIONS:
      g_value_set_object (value, ptce_read_only_list_lend (compositions_store (self), &self->compositions_view));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_actor_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PtceActor *self = PTCE_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      /* construct-only: set once, never notified */
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      ptce_actor_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      ptce_actor_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_ESS_FAMILY:
      ptce_actor_set_ess_family (self, g_value_get_enum (value));
      break;
    case PROP_ESS_BASIS:
      ptce_actor_set_ess_basis (self, g_value_get_enum (value));
      break;
    case PROP_SIREN:
      ptce_actor_set_siren (self, g_value_get_string (value));
      break;
    case PROP_SIRET:
      ptce_actor_set_siret (self, g_value_get_string (value));
      break;
    case PROP_RNA:
      ptce_actor_set_rna (self, g_value_get_string (value));
      break;
    case PROP_LEGAL_CATEGORY:
      ptce_actor_set_legal_category (self, g_value_get_string (value));
      break;
    case PROP_NAF:
      ptce_actor_set_naf (self, g_value_get_string (value));
      break;
    case PROP_SEAT_COMMUNE:
      ptce_actor_set_seat_commune (self, g_value_get_string (value));
      break;
    case PROP_ESUS_START:
      ptce_actor_set_esus_start (self, g_value_get_boxed (value));
      break;
    case PROP_ESUS_END:
      ptce_actor_set_esus_end (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_actor_class_init (PtceActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_actor_finalize;
  object_class->get_property = ptce_actor_get_property;
  object_class->set_property = ptce_actor_set_property;

  /**
   * PtceActor:id:
   *
   * The identifier of the actor, unique in its dataset. Set at
   * construction.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceActor:name:
   *
   * The name of the actor: its legal name, or a person's name.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);

  /**
   * PtceActor:kind:
   *
   * What the actor is in the words of article 9 I.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PTCE_TYPE_ACTOR_KIND, PTCE_ACTOR_KIND_UNKNOWN, rw);

  /**
   * PtceActor:ess-family:
   *
   * The ESS family of the actor (article 1 II).
   *
   * Since: 1.0
   */
  properties[PROP_ESS_FAMILY] =
    g_param_spec_enum ("ess-family", NULL, NULL, PTCE_TYPE_ESS_FAMILY, PTCE_ESS_FAMILY_UNKNOWN, rw);

  /**
   * PtceActor:ess-basis:
   *
   * On what ground the actor is said to belong to the ESS, or not.
   *
   * Since: 1.0
   */
  properties[PROP_ESS_BASIS] =
    g_param_spec_enum ("ess-basis", NULL, NULL, PTCE_TYPE_ESS_BASIS, PTCE_ESS_BASIS_UNKNOWN, rw);

  /**
   * PtceActor:siren:
   *
   * The SIREN number of the legal unit (9 digits), as given.
   *
   * Since: 1.0
   */
  properties[PROP_SIREN] = g_param_spec_string ("siren", NULL, NULL, NULL, rw);

  /**
   * PtceActor:siret:
   *
   * The SIRET number of the seat establishment (14 digits), as given.
   *
   * Since: 1.0
   */
  properties[PROP_SIRET] = g_param_spec_string ("siret", NULL, NULL, NULL, rw);

  /**
   * PtceActor:rna:
   *
   * The number of an association in the Répertoire national des
   * associations ("W" and 9 digits), as given.
   *
   * Since: 1.0
   */
  properties[PROP_RNA] = g_param_spec_string ("rna", NULL, NULL, NULL, rw);

  /**
   * PtceActor:legal-category:
   *
   * The INSEE legal category (catégorie juridique, 4 digits, level III),
   * for example "9220" for a declared association.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_CATEGORY] = g_param_spec_string ("legal-category", NULL, NULL, NULL, rw);

  /**
   * PtceActor:naf:
   *
   * The NAF activity code (APE), for example "88.99B".
   *
   * Since: 1.0
   */
  properties[PROP_NAF] = g_param_spec_string ("naf", NULL, NULL, NULL, rw);

  /**
   * PtceActor:seat-commune:
   *
   * The official geographic code (COG) of the commune of the seat.
   *
   * Since: 1.0
   */
  properties[PROP_SEAT_COMMUNE] = g_param_spec_string ("seat-commune", NULL, NULL, NULL, rw);

  /**
   * PtceActor:esus-start:
   *
   * When the ESUS approval (entreprise solidaire d'utilité sociale) was
   * granted, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_ESUS_START] = g_param_spec_boxed ("esus-start", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceActor:esus-end:
   *
   * When the ESUS approval ends, or %NULL when it is open or unknown.
   *
   * Since: 1.0
   */
  properties[PROP_ESUS_END] = g_param_spec_boxed ("esus-end", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceActor:sites:
   *
   * The sites (establishments) of the actor, a #GListModel of #PtceSite.
   *
   * Since: 1.0
   */
  properties[PROP_SITES] =
    g_param_spec_object ("sites", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PtceActor:compositions:
   *
   * What the actor groups, when it is a grouping (a GIE, a union, a
   * federation…): a #GListModel of #PtceComposition, each as of a date.
   *
   * Since: 1.0
   */
  properties[PROP_COMPOSITIONS] =
    g_param_spec_object ("compositions", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_actor_init (PtceActor *self)
{
  /* the lists are made on first use: most actors have no composition, and
   * a GListStore costs a GObject and a GSequence */
}

/* One array, not a GListStore (a GSequence, and a signal emitted under
 * GLib's signal lock for each site added): 200 000 actors in L, built on
 * two threads at once (ptce-object-list-private.h). */
static PtceObjectList *
sites_list (PtceActor *self)
{
  if (self->sites == NULL)
    self->sites = ptce_object_list_new (PTCE_TYPE_SITE);
  return self->sites;
}

static GListStore *
compositions_store (PtceActor *self)
{
  if (self->compositions == NULL)
    self->compositions = g_list_store_new (PTCE_TYPE_COMPOSITION);
  return self->compositions;
}

/**
 * ptce_actor_new:
 * @id: the identifier of the actor, unique in its dataset
 * @name: (nullable): the name of the actor
 *
 * Creates an actor of unknown kind and ESS qualification.
 *
 * Returns: (transfer full): a new #PtceActor
 *
 * Since: 1.0
 */
PtceActor *
ptce_actor_new (const char *id,
                const char *name)
{
  PtceActor *self;

  g_return_val_if_fail (id != NULL, NULL);

  /* no property by name nor GValue: the fields are filled directly */
  self = g_object_new (PTCE_TYPE_ACTOR, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  return self;
}

/**
 * ptce_actor_get_id:
 * @self: a #PtceActor
 *
 * Gets the identifier of the actor.
 *
 * Returns: (transfer none): the identifier
 *
 * Since: 1.0
 */
const char *
ptce_actor_get_id (PtceActor *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), NULL);
  return self->id;
}

/**
 * ptce_actor_get_name:
 * @self: a #PtceActor
 *
 * Gets the name of the actor.
 *
 * Returns: (transfer none) (nullable): the name
 *
 * Since: 1.0
 */
/**
 * ptce_actor_set_name:
 * @self: a #PtceActor
 * @name: (nullable): the new name
 *
 * Sets the name of the actor.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_actor, PtceActor, PTCE_IS_ACTOR, name, PROP_NAME, ptce_set_str)

/**
 * ptce_actor_get_siren:
 * @self: a #PtceActor
 *
 * Gets the SIREN number, as given.
 *
 * Returns: (transfer none) (nullable): the SIREN number
 *
 * Since: 1.0
 */
/**
 * ptce_actor_set_siren:
 * @self: a #PtceActor
 * @siren: (nullable): the SIREN number
 *
 * Sets the SIREN number.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_actor, PtceActor, PTCE_IS_ACTOR, siren, PROP_SIREN, ptce_set_str)

/**
 * ptce_actor_get_siret:
 * @self: a #PtceActor
 *
 * Gets the SIRET number of the seat, as given.
 *
 * Returns: (transfer none) (nullable): the SIRET number
 *
 * Since: 1.0
 */
/**
 * ptce_actor_set_siret:
 * @self: a #PtceActor
 * @siret: (nullable): the SIRET number of the seat
 *
 * Sets the SIRET number of the seat.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_actor, PtceActor, PTCE_IS_ACTOR, siret, PROP_SIRET, ptce_set_str)

/**
 * ptce_actor_get_rna:
 * @self: a #PtceActor
 *
 * Gets the RNA number, as given.
 *
 * Returns: (transfer none) (nullable): the RNA number
 *
 * Since: 1.0
 */
/**
 * ptce_actor_set_rna:
 * @self: a #PtceActor
 * @rna: (nullable): the RNA number
 *
 * Sets the RNA number of an association.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_actor, PtceActor, PTCE_IS_ACTOR, rna, PROP_RNA, ptce_set_str)

/**
 * ptce_actor_get_legal_category:
 * @self: a #PtceActor
 *
 * Gets the INSEE legal category code.
 *
 * Returns: (transfer none) (nullable): the 4-digit code
 *
 * Since: 1.0
 */
/**
 * ptce_actor_set_legal_category:
 * @self: a #PtceActor
 * @legal_category: (nullable): the 4-digit INSEE legal category code
 *
 * Sets the INSEE legal category code.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_actor, PtceActor, PTCE_IS_ACTOR, legal_category, PROP_LEGAL_CATEGORY, ptce_set_code)

/**
 * ptce_actor_get_naf:
 * @self: a #PtceActor
 *
 * Gets the NAF activity code.
 *
 * Returns: (transfer none) (nullable): the NAF code
 *
 * Since: 1.0
 */
/**
 * ptce_actor_set_naf:
 * @self: a #PtceActor
 * @naf: (nullable): the NAF activity code
 *
 * Sets the NAF activity code.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_actor, PtceActor, PTCE_IS_ACTOR, naf, PROP_NAF, ptce_set_code)

/**
 * ptce_actor_get_seat_commune:
 * @self: a #PtceActor
 *
 * Gets the commune code of the seat.
 *
 * Returns: (transfer none) (nullable): the commune code
 *
 * Since: 1.0
 */
/**
 * ptce_actor_set_seat_commune:
 * @self: a #PtceActor
 * @commune: (nullable): the commune code of the seat
 *
 * Sets the commune code of the seat.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_actor, PtceActor, PTCE_IS_ACTOR, seat_commune, PROP_SEAT_COMMUNE, ptce_set_code)

/**
 * ptce_actor_get_kind:
 * @self: a #PtceActor
 *
 * Gets what the actor is in the words of article 9 I.
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
PtceActorKind
ptce_actor_get_kind (PtceActor *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), PTCE_ACTOR_KIND_UNKNOWN);
  return self->kind;
}

/**
 * ptce_actor_set_kind:
 * @self: a #PtceActor
 * @kind: the kind
 *
 * Sets what the actor is in the words of article 9 I.
 *
 * Since: 1.0
 */
void
ptce_actor_set_kind (PtceActor     *self,
                     PtceActorKind  kind)
{
  g_return_if_fail (PTCE_IS_ACTOR (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * ptce_actor_get_ess_family:
 * @self: a #PtceActor
 *
 * Gets the ESS family of the actor.
 *
 * Returns: the family
 *
 * Since: 1.0
 */
PtceEssFamily
ptce_actor_get_ess_family (PtceActor *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), PTCE_ESS_FAMILY_UNKNOWN);
  return self->ess_family;
}

/**
 * ptce_actor_set_ess_family:
 * @self: a #PtceActor
 * @family: the family
 *
 * Sets the ESS family of the actor.
 *
 * Since: 1.0
 */
void
ptce_actor_set_ess_family (PtceActor     *self,
                           PtceEssFamily  family)
{
  g_return_if_fail (PTCE_IS_ACTOR (self));

  if (self->ess_family == family)
    return;
  self->ess_family = family;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESS_FAMILY]);
}

/**
 * ptce_actor_get_ess_basis:
 * @self: a #PtceActor
 *
 * Gets on what ground the actor is said to belong to the ESS.
 *
 * Returns: the basis
 *
 * Since: 1.0
 */
PtceEssBasis
ptce_actor_get_ess_basis (PtceActor *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), PTCE_ESS_BASIS_UNKNOWN);
  return self->ess_basis;
}

/**
 * ptce_actor_set_ess_basis:
 * @self: a #PtceActor
 * @basis: the basis
 *
 * Sets on what ground the actor is said to belong to the ESS.
 *
 * Since: 1.0
 */
void
ptce_actor_set_ess_basis (PtceActor    *self,
                          PtceEssBasis  basis)
{
  g_return_if_fail (PTCE_IS_ACTOR (self));

  if (self->ess_basis == basis)
    return;
  self->ess_basis = basis;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESS_BASIS]);
}

/**
 * ptce_actor_is_enterprise:
 * @self: a #PtceActor
 *
 * Checks whether the actor is an enterprise or a grouping of enterprises,
 * ESS or not.
 *
 * Returns: %TRUE for an enterprise or grouping of enterprises
 *
 * Since: 1.0
 */
gboolean
ptce_actor_is_enterprise (PtceActor *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), FALSE);

  return self->kind == PTCE_ACTOR_KIND_ENTERPRISE ||
         self->kind == PTCE_ACTOR_KIND_ENTERPRISE_GROUPING;
}

/**
 * ptce_actor_is_ess_enterprise:
 * @self: a #PtceActor
 *
 * Checks whether the actor is an enterprise of the ESS in the sense of
 * article 1: an enterprise (or grouping) whose ESS basis is its legal
 * form or a qualified commercial company. An actor only declared ESS,
 * without evidence, is not counted.
 *
 * Returns: %TRUE for an ESS enterprise
 *
 * Since: 1.0
 */
gboolean
ptce_actor_is_ess_enterprise (PtceActor *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), FALSE);

  return ptce_actor_is_enterprise (self) &&
         (self->ess_basis == PTCE_ESS_BASIS_BY_STATUS ||
          self->ess_basis == PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY);
}

/**
 * ptce_actor_is_legal_person:
 * @self: a #PtceActor
 *
 * Checks whether the actor is a legal person (« personne morale »): any
 * known kind but a natural person.
 *
 * Returns: %TRUE for a legal person
 *
 * Since: 1.0
 */
gboolean
ptce_actor_is_legal_person (PtceActor *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), FALSE);

  return self->kind != PTCE_ACTOR_KIND_NATURAL_PERSON &&
         self->kind != PTCE_ACTOR_KIND_UNKNOWN;
}

/**
 * ptce_actor_get_esus_start:
 * @self: a #PtceActor
 *
 * Gets when the ESUS approval was granted.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
PtceDate *
ptce_actor_get_esus_start (PtceActor *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), NULL);
  return self->esus_start;
}

/**
 * ptce_actor_set_esus_start:
 * @self: a #PtceActor
 * @start: (nullable): when the ESUS approval was granted
 *
 * Sets when the ESUS approval was granted.
 *
 * Since: 1.0
 */
void
ptce_actor_set_esus_start (PtceActor *self,
                           PtceDate  *start)
{
  g_return_if_fail (PTCE_IS_ACTOR (self));

  if (ptce_set_date (&self->esus_start, start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESUS_START]);
}

/**
 * ptce_actor_get_esus_end:
 * @self: a #PtceActor
 *
 * Gets when the ESUS approval ends.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
PtceDate *
ptce_actor_get_esus_end (PtceActor *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), NULL);
  return self->esus_end;
}

/**
 * ptce_actor_set_esus_end:
 * @self: a #PtceActor
 * @end: (nullable): when the ESUS approval ends
 *
 * Sets when the ESUS approval ends.
 *
 * Since: 1.0
 */
void
ptce_actor_set_esus_end (PtceActor *self,
                         PtceDate  *end)
{
  g_return_if_fail (PTCE_IS_ACTOR (self));

  if (ptce_set_date (&self->esus_end, end))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESUS_END]);
}

/**
 * ptce_actor_is_esus_on:
 * @self: a #PtceActor
 * @when: the moment asked about
 *
 * Checks whether the actor holds the ESUS approval on a date: it was
 * granted on or before @when and has not ended.
 *
 * Returns: %TRUE when the actor is ESUS on @when
 *
 * Since: 1.0
 */
gboolean
ptce_actor_is_esus_on (PtceActor *self,
                       PtceDate  *when)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  return self->esus_start != NULL &&
         ptce_period_contains (self->esus_start, self->esus_end, when);
}

/**
 * ptce_actor_get_sites:
 * @self: a #PtceActor
 *
 * Gets the sites of the actor. The list model emits
 * #GListModel::items-changed as sites are added and removed.
 *
 * Returns: (transfer none): a #GListModel of #PtceSite
 *
 * Since: 1.0
 */
GListModel *
ptce_actor_get_sites (PtceActor *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), NULL);
  return ptce_read_only_list_lend_list (sites_list (self), &self->sites_view);
}

/**
 * ptce_actor_add_site:
 * @self: a #PtceActor
 * @site: a #PtceSite
 *
 * Adds a site at the end of the actor's sites.
 *
 * Since: 1.0
 */
void
ptce_actor_add_site (PtceActor *self,
                     PtceSite  *site)
{
  g_return_if_fail (PTCE_IS_ACTOR (self));
  g_return_if_fail (PTCE_IS_SITE (site));

  ptce_object_list_append_n (sites_list (self), (gpointer *) &site, 1);
}

void
ptce_actor_add_site_private (PtceActor *self,
                             PtceSite  *site)
{
  g_return_if_fail (PTCE_IS_ACTOR (self));

  ptce_object_list_fill_new (sites_list (self), (gpointer *) &site, 1);
}

/**
 * ptce_actor_remove_site:
 * @self: a #PtceActor
 * @site: a #PtceSite of the actor
 *
 * Removes a site from the actor.
 *
 * Returns: %TRUE when the site was found and removed
 *
 * Since: 1.0
 */
gboolean
ptce_actor_remove_site (PtceActor *self,
                        PtceSite  *site)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (PTCE_IS_SITE (site), FALSE);

  return self->sites != NULL && ptce_object_list_remove_item (self->sites, site);
}

/**
 * ptce_actor_get_compositions:
 * @self: a #PtceActor
 *
 * Gets what the actor groups, as of the dates recorded (see
 * #PtceComposition), in the order they were added.
 *
 * Returns: (transfer none): a #GListModel of #PtceComposition
 *
 * Since: 1.0
 */
GListModel *
ptce_actor_get_compositions (PtceActor *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), NULL);
  return ptce_read_only_list_lend (compositions_store (self), &self->compositions_view);
}

/**
 * ptce_actor_add_composition:
 * @self: a #PtceActor
 * @composition: what the actor groups on a date
 *
 * Adds a composition at the end of the actor's compositions, once.
 *
 * Returns: %TRUE if @composition was added, %FALSE if the actor had it
 *   already
 *
 * Since: 1.0
 */
gboolean
ptce_actor_add_composition (PtceActor       *self,
                            PtceComposition *composition)
{
  g_return_val_if_fail (PTCE_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (PTCE_IS_COMPOSITION (composition), FALSE);

  return ptce_list_store_add_once (compositions_store (self), composition);
}

GListModel *
ptce_actor_peek_compositions_private (PtceActor *self)
{
  return self->compositions != NULL ? G_LIST_MODEL (self->compositions) : NULL;
}

GListModel *
ptce_actor_peek_sites_private (PtceActor *self)
{
  return self->sites != NULL ? G_LIST_MODEL (self->sites) : NULL;
}
