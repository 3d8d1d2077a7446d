/* ptce-pole.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-pole.h"
#include "ptce-enum-types.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-list-store-private.h"
#include "ptce-model-private.h"
#include "ptce-object-list-private.h"
#include "ptce-read-only-list-private.h"
#include "ptce-util-private.h"
#include "ptce-work-private.h"

/**
 * SECTION:ptce-pole
 * @Title: PtcePole
 * @Short_description: a pôle territorial de coopération économique
 *
 * A #PtcePole is a PTCE in the sense of article 9 I of law n° 2014-856: a
 * grouping, on one territory, of ESS enterprises that join
 * (« s'associent ») with other enterprises, local authorities, research
 * centres, training bodies and other legal persons it is in link with
 * (« en lien avec »), to carry out a common and continuous strategy of
 * mutualisation, coopération or partenariat in the service of innovative
 * projects that carry sustainable local development.
 *
 * A pole has an id, a name and other names it is known by, founding and
 * dissolution dates (ptce_pole_exists_on()), a typology, an origin, a legal
 * form, the actor that carries it (#PtcePole:carrier), a #PtceTerritory and
 * a #PtceStrategy.
 *
 * Its stage of maturity (emergence, construction, consolidation,
 * development, inactive, dissolved) is kept as a history of changes, each
 * dated by the day it starts from, sorted by that date:
 * ptce_pole_get_stage_on() gives the stage on any date. Two changes cannot
 * share a date: setting the stage at a date already in the history replaces
 * that change.
 *
 * Who is in the pole is a list of #PtceMembership, each with roles and a
 * period. Article 9 I separates the enterprises that join the pole from the
 * bodies it is in link with: ptce_pole_list_members_on() gives only the
 * memberships that make a member (founding member, member, animator),
 * ptce_pole_list_memberships_active_on() gives every tie active on a date,
 * partner links included. The cooperations and projects of the pole have
 * ids unique in the pole and can be looked up by id in constant time; the
 * funding decisions are a plain list.
 *
 * Every collection is a #GListModel that emits #GListModel::items-changed,
 * and every property notifies on a real change only, so that a user
 * interface can bind the pole directly. The `list_*` functions return new
 * lists, snapshots as of the call.
 */

/**
 * PtcePole:
 *
 * A pôle territorial de coopération économique. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_POLE:
 *
 * The #GType of #PtcePole.
 *
 * Since: 1.0
 */

typedef struct
{
  PtceStage  stage;
  PtceDate  *since;
} StageChange;

struct _PtcePole
{
  GObject           parent_instance;

  char             *id;
  char             *name;
  char            **aliases;
  char             *description;
  PtceDate         *founded;
  PtceDate         *dissolved;
  PtcePoleTypology  typology;
  PtcePoleOrigin    origin;
  PtceLegalForm     legal_form;
  PtceActor        *carrier;
  PtceTerritory    *territory;
  PtceStrategy     *strategy;

  GArray           *stages;         /* of StageChange, sorted by since */

  /* the two long lists of a pole (a national dataset has a million
   * cooperations) are arrays, not GListStores: no tree node per item, and
   * the rules and the observatory read them in place */
  PtceObjectList   *memberships;
  GListModel       *memberships_view;  /* what get_memberships() lends */
  PtceObjectList   *cooperations;
  GListModel       *cooperations_view;  /* what get_cooperations() lends */
  GHashTable       *cooperations_by_id;  /* borrowed id → borrowed cooperation */
  GListStore       *projects;
  GListModel       *projects_view;  /* what get_projects() lends */
  GHashTable       *projects_by_id;      /* borrowed id → borrowed project */
  GListStore       *fundings;
  GListModel       *fundings_view;  /* what get_fundings() lends */
  PtceActor *legal_person;
  /* while the builder fills (ptce-model-private.h): what goes into the
   * stores at the end, with a reference each; NULL otherwise */
  GPtrArray        *pending_memberships;
  GPtrArray        *pending_cooperations;
};

G_DEFINE_FINAL_TYPE (PtcePole, ptce_pole, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ALIASES,
  PROP_DESCRIPTION,
  PROP_FOUNDED,
  PROP_DISSOLVED,
  PROP_TYPOLOGY,
  PROP_ORIGIN,
  PROP_LEGAL_FORM,
  PROP_CARRIER,
  PROP_TERRITORY,
  PROP_STRATEGY,
  PROP_MEMBERSHIPS,
  PROP_COOPERATIONS,
  PROP_PROJECTS,
  PROP_FUNDINGS,
  PROP_LEGAL_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
stage_change_clear (gpointer data)
{
  StageChange *change = data;

  g_clear_pointer (&change->since, ptce_date_unref);
}

static void
ptce_pole_finalize (GObject *object)
{
  PtcePole *self = (PtcePole *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->aliases, g_strfreev);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->founded, ptce_date_unref);
  g_clear_pointer (&self->dissolved, ptce_date_unref);
  g_clear_object (&self->carrier);
  g_clear_object (&self->territory);
  g_clear_object (&self->strategy);
  g_clear_pointer (&self->stages, g_array_unref);
  g_clear_object (&self->memberships_view);
  g_clear_object (&self->memberships);
  g_clear_pointer (&self->pending_memberships, g_ptr_array_unref);
  /* the tables borrow from the stores: drop them first */
  g_clear_pointer (&self->cooperations_by_id, g_hash_table_unref);
  g_clear_pointer (&self->pending_cooperations, g_ptr_array_unref);
  g_clear_object (&self->cooperations_view);
  g_clear_object (&self->cooperations);
  g_clear_pointer (&self->projects_by_id, g_hash_table_unref);
  g_clear_object (&self->projects_view);
  g_clear_object (&self->projects);
  g_clear_object (&self->fundings_view);
  g_clear_object (&self->fundings);
  g_clear_object (&self->legal_person);

  G_OBJECT_CLASS (ptce_pole_parent_class)->finalize (object);
}

static void
ptce_pole_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PtcePole *self = PTCE_POLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, ptce_strv_or_empty (self->aliases));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_FOUNDED:
      g_value_set_boxed (value, self->founded);
      break;
    case PROP_DISSOLVED:
      g_value_set_boxed (value, self->dissolved);
      break;
    case PROP_TYPOLOGY:
      g_value_set_flags (value, self->typology);
      break;
    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;
    case PROP_LEGAL_FORM:
      g_value_set_enum (value, self->legal_form);
      break;
    case PROP_CARRIER:
      g_value_set_object (value, self->carrier);
      break;
    case PROP_TERRITORY:
      g_value_set_object (value, self->territory);
      break;
    case PROP_STRATEGY:
      g_value_set_object (value, self->strategy);
      break;
    case PROP_MEMBERSHIPS:
      g_value_set_object (value, ptce_read_only_list_lend_list (self->memberships, &self->memberships_view));
      break;
    case PROP_COOPERATIONS:
      g_value_set_object (value, ptce_read_only_list_lend_list (self->cooperations, &self->cooperations_view));
      break;
    case PROP_PROJECTS:
      g_value_set_object (value, ptce_read_only_list_lend (self->projects, &self->projects_view));
      break;
    case PROP_FUNDINGS:
      g_value_set_object (value, ptce_read_only_list_lend (self->fundings, &self->fundings_view));
      break;
    case PROP_LEGAL_PERSON:
      g_value_set_object (value, self->legal_person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_pole_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PtcePole *self = PTCE_POLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      /* construct-only: set once, never notified */
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      ptce_pole_set_name (self, g_value_get_string (value));
      break;
    case PROP_ALIASES:
      ptce_pole_set_aliases (self, g_value_get_boxed (value));
      break;
    case PROP_DESCRIPTION:
      ptce_pole_set_description (self, g_value_get_string (value));
      break;
    case PROP_FOUNDED:
      ptce_pole_set_founded (self, g_value_get_boxed (value));
      break;
    case PROP_DISSOLVED:
      ptce_pole_set_dissolved (self, g_value_get_boxed (value));
      break;
    case PROP_TYPOLOGY:
      ptce_pole_set_typology (self, g_value_get_flags (value));
      break;
    case PROP_ORIGIN:
      ptce_pole_set_origin (self, g_value_get_enum (value));
      break;
    case PROP_LEGAL_FORM:
      ptce_pole_set_legal_form (self, g_value_get_enum (value));
      break;
    case PROP_CARRIER:
      ptce_pole_set_carrier (self, g_value_get_object (value));
      break;
    case PROP_TERRITORY:
      ptce_pole_set_territory (self, g_value_get_object (value));
      break;
    case PROP_STRATEGY:
      ptce_pole_set_strategy (self, g_value_get_object (value));
      break;
    case PROP_LEGAL_PERSON:
      ptce_pole_set_legal_person (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

enum {
  SIGNAL_STAGES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ptce_pole_class_init (PtcePoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  ptce_i18n_init ();

  object_class->finalize = ptce_pole_finalize;
  object_class->get_property = ptce_pole_get_property;
  object_class->set_property = ptce_pole_set_property;

  /**
   * PtcePole:id:
   *
   * The identifier of the pole, unique in its dataset. Set at
   * construction.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PtcePole:name:
   *
   * The name of the pole.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);

  /**
   * PtcePole:aliases:
   *
   * Other names the pole is known by: former names, acronyms, the name of
   * the structure that carries it.
   *
   * Since: 1.0
   */
  properties[PROP_ALIASES] = g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * PtcePole:description:
   *
   * A free description of the pole.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);

  /**
   * PtcePole:founded:
   *
   * When the pole was founded, or %NULL when it is not known.
   *
   * Since: 1.0
   */
  properties[PROP_FOUNDED] = g_param_spec_boxed ("founded", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtcePole:dissolved:
   *
   * When the pole was dissolved, or %NULL when it still exists or the date
   * is not known.
   *
   * Since: 1.0
   */
  properties[PROP_DISSOLVED] = g_param_spec_boxed ("dissolved", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtcePole:typology:
   *
   * The profiles of the pole in the Labo de l'ESS typology.
   *
   * Since: 1.0
   */
  properties[PROP_TYPOLOGY] =
    g_param_spec_flags ("typology", NULL, NULL, PTCE_TYPE_POLE_TYPOLOGY,
                        PTCE_POLE_TYPOLOGY_NONE, rw);

  /**
   * PtcePole:origin:
   *
   * Where the dynamic of the pole came from.
   *
   * Since: 1.0
   */
  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL, PTCE_TYPE_POLE_ORIGIN,
                       PTCE_POLE_ORIGIN_UNKNOWN, rw);

  /**
   * PtcePole:legal-form:
   *
   * The legal form of the pole, or of the structure that carries it.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_FORM] =
    g_param_spec_enum ("legal-form", NULL, NULL, PTCE_TYPE_LEGAL_FORM,
                       PTCE_LEGAL_FORM_UNKNOWN, rw);

  /**
   * PtcePole:carrier:
   *
   * The actor that carries and animates the pole (« structure porteuse »),
   * or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_CARRIER] = g_param_spec_object ("carrier", NULL, NULL, PTCE_TYPE_ACTOR, rw);

  /**
   * PtcePole:territory:
   *
   * The territory the pole acts on, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORY] =
    g_param_spec_object ("territory", NULL, NULL, PTCE_TYPE_TERRITORY, rw);

  /**
   * PtcePole:strategy:
   *
   * The common strategy of the pole, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_STRATEGY] = g_param_spec_object ("strategy", NULL, NULL, PTCE_TYPE_STRATEGY, rw);

  /**
   * PtcePole:memberships:
   *
   * The ties of actors to the pole, a #GListModel of #PtceMembership.
   *
   * Since: 1.0
   */
  properties[PROP_MEMBERSHIPS] =
    g_param_spec_object ("memberships", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PtcePole:cooperations:
   *
   * The cooperations of the pole, a #GListModel of #PtceCooperation.
   *
   * Since: 1.0
   */
  properties[PROP_COOPERATIONS] =
    g_param_spec_object ("cooperations", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PtcePole:projects:
   *
   * The projects of the pole, a #GListModel of #PtceProject.
   *
   * Since: 1.0
   */
  properties[PROP_PROJECTS] = g_param_spec_object ("projects", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PtcePole:fundings:
   *
   * The funding decisions the pole received, a #GListModel of #PtceFunding.
   *
   * Since: 1.0
   */
  properties[PROP_FUNDINGS] = g_param_spec_object ("fundings", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PtcePole:legal-person:
   *
   * The pole itself as a legal person, when it is one (an association or a
   * SCIC named after the pole…): an actor that holds its identifiers (SIREN,
   * RNA), its INSEE legal category and its ESS status. It belongs to the
   * pole, not to the actors of a dataset, and its id is the pole's id.
   * %NULL when the pole is not stated to be its own legal person. Rules V10
   * (décret n° 2015-431 article 3 1°) and V5 read it as the pole's carrier.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_PERSON] =
    g_param_spec_object ("legal-person", NULL, NULL, PTCE_TYPE_ACTOR, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PtcePole::stages-changed:
   * @self: the #PtcePole
   *
   * Emitted when the stage history changes: a stage recorded, replaced or
   * removed. A user interface re-reads the history with
   * ptce_pole_get_n_stage_changes() and ptce_pole_get_stage_change().
   *
   * Since: 1.0
   */
  signals[SIGNAL_STAGES_CHANGED] =
    g_signal_new ("stages-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ptce_pole_init (PtcePole *self)
{
  self->stages = g_array_new (FALSE, FALSE, sizeof (StageChange));
  g_array_set_clear_func (self->stages, stage_change_clear);
  self->memberships = ptce_object_list_new (PTCE_TYPE_MEMBERSHIP);
  self->cooperations = ptce_object_list_new (PTCE_TYPE_COOPERATION);
  self->cooperations_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->projects = g_list_store_new (PTCE_TYPE_PROJECT);
  self->projects_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->fundings = g_list_store_new (PTCE_TYPE_FUNDING);
}

/**
 * ptce_pole_new:
 * @id: the identifier of the pole, unique in its dataset
 * @name: (nullable): the name of the pole
 *
 * Creates a pole with no member, no stage history and unknown dates.
 *
 * Returns: (transfer full): a new #PtcePole
 *
 * Since: 1.0
 */
PtcePole *
ptce_pole_new (const char *id,
               const char *name)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (PTCE_TYPE_POLE, "id", id, "name", name, NULL);
}

/**
 * ptce_pole_get_id:
 * @self: a #PtcePole
 *
 * Gets the identifier of the pole.
 *
 * Returns: (transfer none): the identifier
 *
 * Since: 1.0
 */
const char *
ptce_pole_get_id (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return self->id;
}

/**
 * ptce_pole_get_name:
 * @self: a #PtcePole
 *
 * Gets the name of the pole.
 *
 * Returns: (transfer none) (nullable): the name
 *
 * Since: 1.0
 */
const char *
ptce_pole_get_name (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return self->name;
}

/**
 * ptce_pole_set_name:
 * @self: a #PtcePole
 * @name: (nullable): the name
 *
 * Sets the name of the pole.
 *
 * Since: 1.0
 */
void
ptce_pole_set_name (PtcePole   *self,
                    const char *name)
{
  g_return_if_fail (PTCE_IS_POLE (self));

  if (ptce_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * ptce_pole_get_aliases:
 * @self: a #PtcePole
 *
 * Gets the other names the pole is known by.
 *
 * Returns: (transfer none) (array zero-terminated=1): the other names, an
 *   empty vector when there is none
 *
 * Since: 1.0
 */
const char * const *
ptce_pole_get_aliases (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return ptce_strv_or_empty (self->aliases);
}

/**
 * ptce_pole_set_aliases:
 * @self: a #PtcePole
 * @aliases: (nullable) (array zero-terminated=1): the other names
 *
 * Sets the other names the pole is known by.
 *
 * Since: 1.0
 */
void
ptce_pole_set_aliases (PtcePole           *self,
                       const char * const *aliases)
{
  g_return_if_fail (PTCE_IS_POLE (self));

  if (ptce_set_strv (&self->aliases, aliases))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

/**
 * ptce_pole_get_description:
 * @self: a #PtcePole
 *
 * Gets the free description of the pole.
 *
 * Returns: (transfer none) (nullable): the description
 *
 * Since: 1.0
 */
const char *
ptce_pole_get_description (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return self->description;
}

/**
 * ptce_pole_set_description:
 * @self: a #PtcePole
 * @description: (nullable): the description
 *
 * Sets the free description of the pole.
 *
 * Since: 1.0
 */
void
ptce_pole_set_description (PtcePole   *self,
                           const char *description)
{
  g_return_if_fail (PTCE_IS_POLE (self));

  if (ptce_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * ptce_pole_get_founded:
 * @self: a #PtcePole
 *
 * Gets when the pole was founded.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL when unknown
 *
 * Since: 1.0
 */
PtceDate *
ptce_pole_get_founded (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return self->founded;
}

/**
 * ptce_pole_set_founded:
 * @self: a #PtcePole
 * @founded: (nullable): when the pole was founded
 *
 * Sets when the pole was founded.
 *
 * Since: 1.0
 */
void
ptce_pole_set_founded (PtcePole *self,
                       PtceDate *founded)
{
  g_return_if_fail (PTCE_IS_POLE (self));

  if (ptce_set_date (&self->founded, founded))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOUNDED]);
}

/**
 * ptce_pole_get_dissolved:
 * @self: a #PtcePole
 *
 * Gets when the pole was dissolved.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL when the pole
 *   still exists or the date is unknown
 *
 * Since: 1.0
 */
PtceDate *
ptce_pole_get_dissolved (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return self->dissolved;
}

/**
 * ptce_pole_set_dissolved:
 * @self: a #PtcePole
 * @dissolved: (nullable): when the pole was dissolved
 *
 * Sets when the pole was dissolved.
 *
 * Since: 1.0
 */
void
ptce_pole_set_dissolved (PtcePole *self,
                         PtceDate *dissolved)
{
  g_return_if_fail (PTCE_IS_POLE (self));

  if (ptce_set_date (&self->dissolved, dissolved))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISSOLVED]);
}

/**
 * ptce_pole_exists_on:
 * @self: a #PtcePole
 * @when: the moment asked about
 *
 * Checks whether the pole exists on a date: from the first day of its
 * founding date to the last day of its dissolution date, an unknown date
 * leaving that end open (see ptce_period_contains()).
 *
 * Returns: %TRUE when the pole exists on @when
 *
 * Since: 1.0
 */
gboolean
ptce_pole_exists_on (PtcePole *self,
                     PtceDate *when)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  return ptce_period_contains (self->founded, self->dissolved, when);
}

/**
 * ptce_pole_get_typology:
 * @self: a #PtcePole
 *
 * Gets the profiles of the pole in the Labo de l'ESS typology.
 *
 * Returns: the typology flags
 *
 * Since: 1.0
 */
PtcePoleTypology
ptce_pole_get_typology (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), PTCE_POLE_TYPOLOGY_NONE);
  return self->typology;
}

/**
 * ptce_pole_set_typology:
 * @self: a #PtcePole
 * @typology: the typology flags
 *
 * Sets the profiles of the pole in the Labo de l'ESS typology.
 *
 * Since: 1.0
 */
void
ptce_pole_set_typology (PtcePole         *self,
                        PtcePoleTypology  typology)
{
  g_return_if_fail (PTCE_IS_POLE (self));

  if (self->typology == typology)
    return;
  self->typology = typology;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPOLOGY]);
}

/**
 * ptce_pole_get_origin:
 * @self: a #PtcePole
 *
 * Gets where the dynamic of the pole came from.
 *
 * Returns: the origin
 *
 * Since: 1.0
 */
PtcePoleOrigin
ptce_pole_get_origin (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), PTCE_POLE_ORIGIN_UNKNOWN);
  return self->origin;
}

/**
 * ptce_pole_set_origin:
 * @self: a #PtcePole
 * @origin: the origin
 *
 * Sets where the dynamic of the pole came from.
 *
 * Since: 1.0
 */
void
ptce_pole_set_origin (PtcePole       *self,
                      PtcePoleOrigin  origin)
{
  g_return_if_fail (PTCE_IS_POLE (self));

  if (self->origin == origin)
    return;
  self->origin = origin;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
}

/**
 * ptce_pole_get_legal_form:
 * @self: a #PtcePole
 *
 * Gets the legal form of the pole.
 *
 * Returns: the legal form
 *
 * Since: 1.0
 */
PtceLegalForm
ptce_pole_get_legal_form (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), PTCE_LEGAL_FORM_UNKNOWN);
  return self->legal_form;
}

/**
 * ptce_pole_set_legal_form:
 * @self: a #PtcePole
 * @legal_form: the legal form
 *
 * Sets the legal form of the pole, or of the structure that carries it.
 *
 * Since: 1.0
 */
void
ptce_pole_set_legal_form (PtcePole      *self,
                          PtceLegalForm  legal_form)
{
  g_return_if_fail (PTCE_IS_POLE (self));

  if (self->legal_form == legal_form)
    return;
  self->legal_form = legal_form;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_FORM]);
}

/**
 * ptce_pole_get_carrier:
 * @self: a #PtcePole
 *
 * Gets the actor that carries and animates the pole.
 *
 * Returns: (transfer none) (nullable): the carrier, or %NULL
 *
 * Since: 1.0
 */
PtceActor *
ptce_pole_get_carrier (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return self->carrier;
}

/**
 * ptce_pole_set_carrier:
 * @self: a #PtcePole
 * @carrier: (nullable): the actor that carries the pole
 *
 * Sets the actor that carries and animates the pole. In a dataset, it
 * must be one of the dataset's actors.
 *
 * Since: 1.0
 */
void
ptce_pole_set_carrier (PtcePole  *self,
                       PtceActor *carrier)
{
  g_return_if_fail (PTCE_IS_POLE (self));
  g_return_if_fail (carrier == NULL || PTCE_IS_ACTOR (carrier));

  if (g_set_object (&self->carrier, carrier))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARRIER]);
}

/**
 * ptce_pole_get_territory:
 * @self: a #PtcePole
 *
 * Gets the territory the pole acts on.
 *
 * Returns: (transfer none) (nullable): the territory, or %NULL
 *
 * Since: 1.0
 */
PtceTerritory *
ptce_pole_get_territory (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return self->territory;
}

/**
 * ptce_pole_set_territory:
 * @self: a #PtcePole
 * @territory: (nullable): the territory
 *
 * Sets the territory the pole acts on.
 *
 * Since: 1.0
 */
void
ptce_pole_set_territory (PtcePole      *self,
                         PtceTerritory *territory)
{
  g_return_if_fail (PTCE_IS_POLE (self));
  g_return_if_fail (territory == NULL || PTCE_IS_TERRITORY (territory));

  if (g_set_object (&self->territory, territory))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY]);
}

/**
 * ptce_pole_get_strategy:
 * @self: a #PtcePole
 *
 * Gets the common strategy of the pole.
 *
 * Returns: (transfer none) (nullable): the strategy, or %NULL
 *
 * Since: 1.0
 */
PtceStrategy *
ptce_pole_get_strategy (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return self->strategy;
}

/**
 * ptce_pole_set_strategy:
 * @self: a #PtcePole
 * @strategy: (nullable): the strategy
 *
 * Sets the common strategy of the pole.
 *
 * Since: 1.0
 */
void
ptce_pole_set_strategy (PtcePole     *self,
                        PtceStrategy *strategy)
{
  g_return_if_fail (PTCE_IS_POLE (self));
  g_return_if_fail (strategy == NULL || PTCE_IS_STRATEGY (strategy));

  if (g_set_object (&self->strategy, strategy))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRATEGY]);
}

/* Stage history */

/* Finds the change dated exactly @since; otherwise returns FALSE with
 * *position where it would be inserted to keep the history sorted. */
static gboolean
find_stage_change (PtcePole *self,
                   PtceDate *since,
                   guint    *position)
{
  guint lo = 0, hi = self->stages->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int cmp = ptce_date_compare (g_array_index (self->stages, StageChange, mid).since, since);

      if (cmp == 0)
        {
          *position = mid;
          return TRUE;
        }
      if (cmp < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *position = lo;
  return FALSE;
}

/**
 * ptce_pole_set_stage:
 * @self: a #PtcePole
 * @stage: the stage the pole entered
 * @since: the date from which the pole is in @stage
 *
 * Records that the pole entered @stage on @since. The history stays sorted
 * by date; when a change is already recorded at exactly that date (same
 * date, same precision), its stage is replaced.
 *
 * Since: 1.0
 */
void
ptce_pole_set_stage (PtcePole  *self,
                     PtceStage  stage,
                     PtceDate  *since)
{
  guint position;

  g_return_if_fail (PTCE_IS_POLE (self));
  g_return_if_fail (since != NULL);

  if (find_stage_change (self, since, &position))
    {
      StageChange *change = &g_array_index (self->stages, StageChange, position);

      if (change->stage == stage)
        return;
      change->stage = stage;
    }
  else
    {
      StageChange change = { stage, ptce_date_ref (since) };

      g_array_insert_val (self->stages, position, change);
    }
  g_signal_emit (self, signals[SIGNAL_STAGES_CHANGED], 0);
}

/**
 * ptce_pole_remove_stage:
 * @self: a #PtcePole
 * @since: the date of the change to remove
 *
 * Removes the stage change recorded at exactly @since (same date, same
 * precision).
 *
 * Returns: %TRUE when such a change was found and removed
 *
 * Since: 1.0
 */
gboolean
ptce_pole_remove_stage (PtcePole *self,
                        PtceDate *since)
{
  guint position;

  g_return_val_if_fail (PTCE_IS_POLE (self), FALSE);
  g_return_val_if_fail (since != NULL, FALSE);

  if (!find_stage_change (self, since, &position))
    return FALSE;
  g_array_remove_index (self->stages, position);
  g_signal_emit (self, signals[SIGNAL_STAGES_CHANGED], 0);
  return TRUE;
}

/**
 * ptce_pole_get_n_stage_changes:
 * @self: a #PtcePole
 *
 * Gets how many stage changes the history holds.
 *
 * Returns: the number of stage changes
 *
 * Since: 1.0
 */
guint
ptce_pole_get_n_stage_changes (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), 0);
  return self->stages->len;
}

/**
 * ptce_pole_get_stage_change:
 * @self: a #PtcePole
 * @position: the position of the change, from 0 (the earliest) to
 *   ptce_pole_get_n_stage_changes() - 1
 * @since: (out) (optional) (transfer none): return location for the date
 *   of the change
 *
 * Gets one change of the stage history, which is sorted by date.
 *
 * Returns: the stage the pole entered at that change
 *
 * Since: 1.0
 */
PtceStage
ptce_pole_get_stage_change (PtcePole  *self,
                            guint      position,
                            PtceDate **since)
{
  const StageChange *change;

  g_return_val_if_fail (PTCE_IS_POLE (self), PTCE_STAGE_UNKNOWN);
  g_return_val_if_fail (position < self->stages->len, PTCE_STAGE_UNKNOWN);

  change = &g_array_index (self->stages, StageChange, position);
  if (since != NULL)
    *since = change->since;
  return change->stage;
}

/**
 * ptce_pole_get_stage_on:
 * @self: a #PtcePole
 * @when: the moment asked about
 *
 * Gets the stage of the pole on a date: the stage of the latest change
 * whose date starts on or before @when, each partial date standing for its
 * first day ("2016" for 1 January 2016). When two changes start on the
 * same day ("2016" and "2016-01-01"), the more precise one is the later.
 *
 * Returns: the stage on @when, or %PTCE_STAGE_UNKNOWN when no change is
 *   recorded on or before it
 *
 * Since: 1.0
 */
PtceStage
ptce_pole_get_stage_on (PtcePole *self,
                        PtceDate *when)
{
  guint32 day;
  guint i;

  g_return_val_if_fail (PTCE_IS_POLE (self), PTCE_STAGE_UNKNOWN);
  g_return_val_if_fail (when != NULL, PTCE_STAGE_UNKNOWN);

  day = ptce_date_get_first_julian (when);
  for (i = self->stages->len; i > 0; i--)
    {
      const StageChange *change = &g_array_index (self->stages, StageChange, i - 1);

      if (ptce_date_get_first_julian (change->since) <= day)
        return change->stage;
    }
  return PTCE_STAGE_UNKNOWN;
}

/* Memberships */

/**
 * ptce_pole_get_memberships:
 * @self: a #PtcePole
 *
 * Gets the ties of actors to the pole, members and links alike, whatever
 * their period. The list model emits #GListModel::items-changed as
 * memberships are added and removed.
 *
 * Returns: (transfer none): a #GListModel of #PtceMembership
 *
 * Since: 1.0
 */
GListModel *
ptce_pole_get_memberships (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return ptce_read_only_list_lend_list (self->memberships, &self->memberships_view);
}

PtceMembership * const *
ptce_pole_peek_membership_array_private (PtcePole *self,
                                         guint    *n_items)
{
  const PtceObjectArray *array = ptce_object_list_peek_array (self->memberships);

  *n_items = array->n_items;
  return (PtceMembership * const *) array->items;
}

PtceCooperation * const *
ptce_pole_peek_cooperation_array_private (PtcePole *self,
                                          guint    *n_items)
{
  const PtceObjectArray *array = ptce_object_list_peek_array (self->cooperations);

  *n_items = array->n_items;
  return (PtceCooperation * const *) array->items;
}

GListModel *
ptce_pole_peek_projects_private (PtcePole *self)
{
  return G_LIST_MODEL (self->projects);
}

GListModel *
ptce_pole_peek_fundings_private (PtcePole *self)
{
  return G_LIST_MODEL (self->fundings);
}

/**
 * ptce_pole_add_membership:
 * @self: a #PtcePole
 * @membership: a #PtceMembership
 *
 * Adds a membership at the end of the pole's memberships. One actor may
 * hold several memberships (it left and joined again, or its roles
 * changed); adding the very same membership object twice does nothing.
 *
 * Since: 1.0
 */
void
ptce_pole_add_membership (PtcePole       *self,
                          PtceMembership *membership)
{
  g_return_if_fail (PTCE_IS_POLE (self));
  g_return_if_fail (PTCE_IS_MEMBERSHIP (membership));

  if (self->pending_memberships != NULL)
    ptce_list_store_hold (&self->pending_memberships, membership);
  else
    ptce_object_list_add_once (self->memberships, membership);
}

void
ptce_pole_begin_fill_private (PtcePole *self)
{
  g_return_if_fail (PTCE_IS_POLE (self));
  g_return_if_fail (self->pending_memberships == NULL);

  self->pending_memberships = g_ptr_array_new_with_free_func (g_object_unref);
  self->pending_cooperations = g_ptr_array_new_with_free_func (g_object_unref);
}

void
ptce_pole_end_fill_private (PtcePole *self)
{
  g_return_if_fail (PTCE_IS_POLE (self));

  ptce_object_list_flush (self->memberships, &self->pending_memberships);
  ptce_object_list_flush (self->cooperations, &self->pending_cooperations);
}

/**
 * ptce_pole_remove_membership:
 * @self: a #PtcePole
 * @membership: a #PtceMembership
 *
 * Removes a membership from the pole.
 *
 * Returns: %TRUE when @membership was in the pole and was removed
 *
 * Since: 1.0
 */
gboolean
ptce_pole_remove_membership (PtcePole       *self,
                             PtceMembership *membership)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), FALSE);
  g_return_val_if_fail (PTCE_IS_MEMBERSHIP (membership), FALSE);

  return ptce_object_list_remove_item (self->memberships, membership);
}

typedef gboolean (*MembershipFilter) (PtceMembership *membership,
                                      gconstpointer   data);

/* A new store of @item_type holding the @n @items, filled with one
 * splice: an append per item would emit an items-changed each (about a
 * thousand instructions), and `ptce summary` and the observatory list a
 * pole's running cooperations and members for every pole. A #GListStore
 * still, and not a lighter list: what these functions return has always
 * been one, and GJS makes a Gio.ListStore iterable (for…of), not any
 * Gio.ListModel. */
static GListModel *
new_store_of (GType     item_type,
              gpointer *items,
              guint     n)
{
  GListStore *result = g_list_store_new (item_type);

  if (n > 0)
    g_list_store_splice (result, 0, 0, items, n);
  return G_LIST_MODEL (result);
}

static GListModel *
filter_memberships (PtcePole         *self,
                    MembershipFilter  filter,
                    gconstpointer     data)
{
  guint n;
  PtceMembership * const *memberships = ptce_pole_peek_membership_array_private (self, &n);
  g_autofree gpointer *kept = g_new (gpointer, MAX (n, 1));
  guint n_kept = 0;

  ptce_work_scan (n);
  for (guint i = 0; i < n; i++)
    if (filter (memberships[i], data))
      kept[n_kept++] = memberships[i];
  return new_store_of (PTCE_TYPE_MEMBERSHIP, kept, n_kept);
}

static gboolean
membership_active_on (PtceMembership *membership,
                      gconstpointer   data)
{
  return ptce_membership_is_active_on (membership, (PtceDate *) data);
}

static gboolean
membership_member_on (PtceMembership *membership,
                      gconstpointer   data)
{
  return ptce_membership_is_member (membership) &&
         ptce_membership_is_active_on (membership, (PtceDate *) data);
}

static gboolean
membership_of (PtceMembership *membership,
               gconstpointer   data)
{
  return ptce_membership_get_actor (membership) == data;
}

/**
 * ptce_pole_list_memberships_active_on:
 * @self: a #PtcePole
 * @when: the moment asked about
 *
 * Lists every membership active on a date, whatever its roles: the
 * members, and the partners and other bodies the pole is « en lien avec ».
 *
 * Returns: (transfer full): a new #GListModel of #PtceMembership, in the
 *   pole's order
 *
 * Since: 1.0
 */
GListModel *
ptce_pole_list_memberships_active_on (PtcePole *self,
                                      PtceDate *when)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  g_return_val_if_fail (when != NULL, NULL);

  return filter_memberships (self, membership_active_on, when);
}

/**
 * ptce_pole_list_members_on:
 * @self: a #PtcePole
 * @when: the moment asked about
 *
 * Lists the memberships active on a date whose roles make the actor a
 * member of the pole (founding member, member or animator; see
 * ptce_membership_is_member()). Partner links are left out: article 9 I
 * counts them as bodies the pole is in link with, not as members.
 *
 * Returns: (transfer full): a new #GListModel of #PtceMembership, in the
 *   pole's order
 *
 * Since: 1.0
 */
GListModel *
ptce_pole_list_members_on (PtcePole *self,
                           PtceDate *when)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  g_return_val_if_fail (when != NULL, NULL);

  return filter_memberships (self, membership_member_on, when);
}

/**
 * ptce_pole_list_memberships_of:
 * @self: a #PtcePole
 * @actor: a #PtceActor
 *
 * Lists the memberships an actor holds in the pole, at any time.
 *
 * Returns: (transfer full): a new #GListModel of #PtceMembership, in the
 *   pole's order
 *
 * Since: 1.0
 */
GListModel *
ptce_pole_list_memberships_of (PtcePole  *self,
                               PtceActor *actor)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), NULL);

  return filter_memberships (self, membership_of, actor);
}

/* Cooperations */

/**
 * ptce_pole_get_cooperations:
 * @self: a #PtcePole
 *
 * Gets the cooperations of the pole. The list model emits
 * #GListModel::items-changed as cooperations are added and removed.
 *
 * Returns: (transfer none): a #GListModel of #PtceCooperation
 *
 * Since: 1.0
 */
GListModel *
ptce_pole_get_cooperations (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return ptce_read_only_list_lend_list (self->cooperations, &self->cooperations_view);
}

/**
 * ptce_pole_add_cooperation:
 * @self: a #PtcePole
 * @cooperation: a #PtceCooperation
 * @error: return location for a #GError
 *
 * Adds a cooperation at the end of the pole's cooperations. Its id must be
 * unique in the pole.
 *
 * Returns: %TRUE on success, %FALSE with @error set to
 *   %PTCE_ERROR_DUPLICATE_ID when the pole already has a cooperation with
 *   that id
 *
 * Since: 1.0
 */
gboolean
ptce_pole_add_cooperation (PtcePole         *self,
                           PtceCooperation  *cooperation,
                           GError          **error)
{
  const char *id;

  g_return_val_if_fail (PTCE_IS_POLE (self), FALSE);
  g_return_val_if_fail (PTCE_IS_COOPERATION (cooperation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = ptce_cooperation_get_id (cooperation);
  if (!ptce_id_is_valid (id))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                   _("A cooperation without an id cannot be added to pole “%s”: an id cannot be empty (give it when the cooperation is made)"),
                   self->id != NULL ? self->id : "");
      return FALSE;
    }
  if (g_hash_table_contains (self->cooperations_by_id, id))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID,
                   _("Pole “%s” already has a cooperation with id “%s”"),
                   self->id, id);
      return FALSE;
    }
  g_hash_table_insert (self->cooperations_by_id, (gpointer) id, cooperation);
  if (self->pending_cooperations != NULL)
    ptce_list_store_hold (&self->pending_cooperations, cooperation);
  else
    ptce_object_list_append_n (self->cooperations, (gpointer *) &cooperation, 1);
  return TRUE;
}

/**
 * ptce_pole_remove_cooperation:
 * @self: a #PtcePole
 * @cooperation: a #PtceCooperation
 *
 * Removes a cooperation from the pole.
 *
 * Returns: %TRUE when @cooperation was in the pole and was removed
 *
 * Since: 1.0
 */
gboolean
ptce_pole_remove_cooperation (PtcePole        *self,
                              PtceCooperation *cooperation)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), FALSE);
  g_return_val_if_fail (PTCE_IS_COOPERATION (cooperation), FALSE);

  if (!ptce_object_list_find (self->cooperations, cooperation, NULL))
    return FALSE;
  /* the table borrows the id: out of it before the list lets go */
  if (ptce_cooperation_get_id (cooperation) != NULL)
    g_hash_table_remove (self->cooperations_by_id, ptce_cooperation_get_id (cooperation));
  ptce_object_list_remove_item (self->cooperations, cooperation);
  return TRUE;
}

/**
 * ptce_pole_lookup_cooperation:
 * @self: a #PtcePole
 * @id: the id of a cooperation
 *
 * Finds a cooperation of the pole by its id, in constant time.
 *
 * Returns: (transfer none) (nullable): the cooperation, or %NULL when the
 *   pole has none with that id
 *
 * Since: 1.0
 */
PtceCooperation *
ptce_pole_lookup_cooperation (PtcePole   *self,
                              const char *id)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->cooperations_by_id, id);
}

/**
 * ptce_pole_list_cooperations_active_on:
 * @self: a #PtcePole
 * @when: the moment asked about
 *
 * Lists the cooperations that run on a date (see
 * ptce_cooperation_is_active_on()).
 *
 * Returns: (transfer full): a new #GListModel of #PtceCooperation, in the
 *   pole's order
 *
 * Since: 1.0
 */
GListModel *
ptce_pole_list_cooperations_active_on (PtcePole *self,
                                       PtceDate *when)
{
  PtceCooperation * const *cooperations;
  g_autofree gpointer *kept = NULL;
  guint n, n_kept = 0;

  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  g_return_val_if_fail (when != NULL, NULL);

  cooperations = ptce_pole_peek_cooperation_array_private (self, &n);
  kept = g_new (gpointer, MAX (n, 1));
  ptce_work_scan (n);
  for (guint i = 0; i < n; i++)
    if (ptce_cooperation_is_active_on (cooperations[i], when))
      kept[n_kept++] = cooperations[i];
  return new_store_of (PTCE_TYPE_COOPERATION, kept, n_kept);
}

/* Projects */

/**
 * ptce_pole_get_projects:
 * @self: a #PtcePole
 *
 * Gets the projects of the pole. The list model emits
 * #GListModel::items-changed as projects are added and removed.
 *
 * Returns: (transfer none): a #GListModel of #PtceProject
 *
 * Since: 1.0
 */
GListModel *
ptce_pole_get_projects (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return ptce_read_only_list_lend (self->projects, &self->projects_view);
}

/**
 * ptce_pole_add_project:
 * @self: a #PtcePole
 * @project: a #PtceProject
 * @error: return location for a #GError
 *
 * Adds a project at the end of the pole's projects. Its id must be unique
 * in the pole.
 *
 * Returns: %TRUE on success, %FALSE with @error set to
 *   %PTCE_ERROR_DUPLICATE_ID when the pole already has a project with that
 *   id
 *
 * Since: 1.0
 */
gboolean
ptce_pole_add_project (PtcePole     *self,
                       PtceProject  *project,
                       GError      **error)
{
  const char *id;

  g_return_val_if_fail (PTCE_IS_POLE (self), FALSE);
  g_return_val_if_fail (PTCE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = ptce_project_get_id (project);
  if (!ptce_id_is_valid (id))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                   _("A project without an id cannot be added to pole “%s”: an id cannot be empty (give it when the project is made)"),
                   self->id != NULL ? self->id : "");
      return FALSE;
    }
  if (g_hash_table_contains (self->projects_by_id, id))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID,
                   _("Pole “%s” already has a project with id “%s”"),
                   self->id, id);
      return FALSE;
    }
  g_hash_table_insert (self->projects_by_id, (gpointer) id, project);
  g_list_store_append (self->projects, project);
  return TRUE;
}

/**
 * ptce_pole_remove_project:
 * @self: a #PtcePole
 * @project: a #PtceProject
 *
 * Removes a project from the pole.
 *
 * Returns: %TRUE when @project was in the pole and was removed
 *
 * Since: 1.0
 */
gboolean
ptce_pole_remove_project (PtcePole    *self,
                          PtceProject *project)
{
  guint position;

  g_return_val_if_fail (PTCE_IS_POLE (self), FALSE);
  g_return_val_if_fail (PTCE_IS_PROJECT (project), FALSE);

  if (!g_list_store_find (self->projects, project, &position))
    return FALSE;
  if (ptce_project_get_id (project) != NULL)
    g_hash_table_remove (self->projects_by_id, ptce_project_get_id (project));
  g_list_store_remove (self->projects, position);
  return TRUE;
}

/**
 * ptce_pole_lookup_project:
 * @self: a #PtcePole
 * @id: the id of a project
 *
 * Finds a project of the pole by its id, in constant time.
 *
 * Returns: (transfer none) (nullable): the project, or %NULL when the pole
 *   has none with that id
 *
 * Since: 1.0
 */
PtceProject *
ptce_pole_lookup_project (PtcePole   *self,
                          const char *id)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->projects_by_id, id);
}

/* Fundings */

/**
 * ptce_pole_get_fundings:
 * @self: a #PtcePole
 *
 * Gets the funding decisions the pole received. The list model emits
 * #GListModel::items-changed as fundings are added and removed.
 *
 * Returns: (transfer none): a #GListModel of #PtceFunding
 *
 * Since: 1.0
 */
GListModel *
ptce_pole_get_fundings (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);
  return ptce_read_only_list_lend (self->fundings, &self->fundings_view);
}

/**
 * ptce_pole_add_funding:
 * @self: a #PtcePole
 * @funding: a #PtceFunding
 *
 * Adds a funding decision at the end of the pole's fundings; adding the
 * very same funding object twice does nothing.
 *
 * Since: 1.0
 */
void
ptce_pole_add_funding (PtcePole    *self,
                       PtceFunding *funding)
{
  g_return_if_fail (PTCE_IS_POLE (self));
  g_return_if_fail (PTCE_IS_FUNDING (funding));

  ptce_list_store_add_once (self->fundings, funding);
}

/**
 * ptce_pole_remove_funding:
 * @self: a #PtcePole
 * @funding: a #PtceFunding
 *
 * Removes a funding decision from the pole.
 *
 * Returns: %TRUE when @funding was in the pole and was removed
 *
 * Since: 1.0
 */
gboolean
ptce_pole_remove_funding (PtcePole    *self,
                          PtceFunding *funding)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), FALSE);
  g_return_val_if_fail (PTCE_IS_FUNDING (funding), FALSE);

  return ptce_list_store_remove_item (self->fundings, funding);
}

/* References */

static gboolean
list_contains (GListModel *model,
               gpointer    item)
{
  guint n = g_list_model_get_n_items (model);

  ptce_work_scan (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) candidate = g_list_model_get_item (model, i);

      if ((gpointer) candidate == item)
        return TRUE;
    }
  return FALSE;
}

/**
 * ptce_pole_references_actor:
 * @self: a #PtcePole
 * @actor: a #PtceActor
 *
 * Checks whether the pole refers to an actor anywhere: as its carrier, in
 * one of its memberships (at any time, with any role), or as a participant
 * of one of its cooperations or projects. A dataset refuses to remove an
 * actor a pole refers to.
 *
 * Returns: %TRUE when the pole refers to @actor
 *
 * Since: 1.0
 */
gboolean
ptce_pole_references_actor (PtcePole  *self,
                            PtceActor *actor)
{
  guint n;

  g_return_val_if_fail (PTCE_IS_POLE (self), FALSE);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), FALSE);

  if (self->carrier == actor)
    return TRUE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->memberships));
  ptce_work_scan (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceMembership) membership =
        g_list_model_get_item (G_LIST_MODEL (self->memberships), i);

      if (ptce_membership_get_actor (membership) == actor)
        return TRUE;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->cooperations));
  ptce_work_scan (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceCooperation) cooperation =
        g_list_model_get_item (G_LIST_MODEL (self->cooperations), i);

      if (ptce_cooperation_has_participant (cooperation, actor))
        return TRUE;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->projects));
  ptce_work_scan (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceProject) project =
        g_list_model_get_item (G_LIST_MODEL (self->projects), i);

      if (list_contains (ptce_project_get_participants (project), actor))
        return TRUE;
    }

  return FALSE;
}

/**
 * ptce_pole_get_legal_person:
 * @self: a #PtcePole
 *
 * Gets the pole as a legal person of its own, if stated.
 *
 * Returns: (transfer none) (nullable): the actor that is the pole's own
 *   legal person, or %NULL
 *
 * Since: 1.0
 */
PtceActor *
ptce_pole_get_legal_person (PtcePole *self)
{
  g_return_val_if_fail (PTCE_IS_POLE (self), NULL);

  return self->legal_person;
}

/**
 * ptce_pole_set_legal_person:
 * @self: a #PtcePole
 * @value: (nullable): the actor that is the pole's own legal person, or
 *   %NULL
 *
 * Sets the pole's own legal person (see #PtcePole:legal-person).
 *
 * Since: 1.0
 */
void
ptce_pole_set_legal_person (PtcePole *self,
                            PtceActor *value)
{
  g_return_if_fail (PTCE_IS_POLE (self));

  if (g_set_object (&self->legal_person, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_PERSON]);
}
