/* ptce-project.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-project.h"
#include "ptce-enum-types.h"
#include "ptce-list-store-private.h"
#include "ptce-model-private.h"
#include "ptce-read-only-list-private.h"
#include "ptce-util-private.h"

/**
 * SECTION:ptce-project
 * @Title: PtceProject
 * @Short_description: a project that actors of a pole carry together
 *
 * Article 9 I describes a pole as mettant en œuvre « une stratégie commune
 * […] au service de projets économiques et sociaux innovants, socialement
 * ou technologiquement, et porteurs d'un développement local durable ». A
 * #PtceProject is one of those projects: its title, how it is innovative
 * (#PtceProject:innovation, socially and/or technologically), the sectors
 * it works in, its objectives, whether it is said to carry sustainable local
 * development, the period it runs over and the actors that take part.
 *
 * An actor takes part at most once: adding it again does nothing. The
 * period may be partial or open; ptce_project_is_active_on() answers
 * whether the project runs on a date.
 */

/**
 * PtceProject:
 *
 * A project of a pole, socially or technologically innovative. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_PROJECT:
 *
 * The #GType of #PtceProject.
 *
 * Since: 1.0
 */

struct _PtceProject
{
  GObject         parent_instance;

  char           *id;
  char           *title;
  PtceInnovation  innovation;
  char          **sectors;
  char          **objectives;
  gboolean        sustainable_local_development;
  PtceDate       *start;
  PtceDate       *end;
  GListStore     *participants;
  GListModel     *participants_view;  /* what get_participants() lends */
  gboolean  innovation_stated;
  gboolean  sustainable_local_development_stated;
};

G_DEFINE_FINAL_TYPE (PtceProject, ptce_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_INNOVATION,
  PROP_SECTORS,
  PROP_OBJECTIVES,
  PROP_SUSTAINABLE_LOCAL_DEVELOPMENT,
  PROP_START,
  PROP_END,
  PROP_PARTICIPANTS,
  PROP_INNOVATION_STATED,
  PROP_SUSTAINABLE_LOCAL_DEVELOPMENT_STATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_project_finalize (GObject *object)
{
  PtceProject *self = (PtceProject *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->sectors, g_strfreev);
  g_clear_pointer (&self->objectives, g_strfreev);
  g_clear_pointer (&self->start, ptce_date_unref);
  g_clear_pointer (&self->end, ptce_date_unref);
  g_clear_object (&self->participants_view);
  g_clear_object (&self->participants);

  G_OBJECT_CLASS (ptce_project_parent_class)->finalize (object);
}

static void
ptce_project_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PtceProject *self = PTCE_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_INNOVATION:
      g_value_set_flags (value, self->innovation);
      break;
    case PROP_SECTORS:
      g_value_set_boxed (value, ptce_strv_or_empty (self->sectors));
      break;
    case PROP_OBJECTIVES:
      g_value_set_boxed (value, ptce_strv_or_empty (self->objectives));
      break;
    case PROP_SUSTAINABLE_LOCAL_DEVELOPMENT:
      g_value_set_boolean (value, self->sustainable_local_development);
      break;
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    case PROP_PARTICIPANTS:
      g_value_set_object (value, ptce_read_only_list_lend (self->participants, &self->participants_view));
      break;
    case PROP_INNOVATION_STATED:
      g_value_set_boolean (value, ptce_project_get_innovation_stated (self));
      break;
    case PROP_SUSTAINABLE_LOCAL_DEVELOPMENT_STATED:
      g_value_set_boolean (value, ptce_project_get_sustainable_local_development_stated (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_project_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PtceProject *self = PTCE_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      /* construct-only: set once, never notified */
      self->id = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      ptce_project_set_title (self, g_value_get_string (value));
      break;
    case PROP_INNOVATION:
      ptce_project_set_innovation (self, g_value_get_flags (value));
      break;
    case PROP_SECTORS:
      ptce_project_set_sectors (self, g_value_get_boxed (value));
      break;
    case PROP_OBJECTIVES:
      ptce_project_set_objectives (self, g_value_get_boxed (value));
      break;
    case PROP_SUSTAINABLE_LOCAL_DEVELOPMENT:
      ptce_project_set_sustainable_local_development (self, g_value_get_boolean (value));
      break;
    case PROP_START:
      ptce_project_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      ptce_project_set_end (self, g_value_get_boxed (value));
      break;
    case PROP_INNOVATION_STATED:
      ptce_project_set_innovation_stated (self, g_value_get_boolean (value));
      break;
    case PROP_SUSTAINABLE_LOCAL_DEVELOPMENT_STATED:
      ptce_project_set_sustainable_local_development_stated (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_project_class_init (PtceProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_project_finalize;
  object_class->get_property = ptce_project_get_property;
  object_class->set_property = ptce_project_set_property;

  /**
   * PtceProject:id:
   *
   * The identifier of the project, unique in its pole. Set at
   * construction.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceProject:title:
   *
   * The title of the project.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);

  /**
   * PtceProject:innovation:
   *
   * How the project is innovative: « socialement ou technologiquement »,
   * or both.
   *
   * Since: 1.0
   */
  properties[PROP_INNOVATION] =
    g_param_spec_flags ("innovation", NULL, NULL, PTCE_TYPE_INNOVATION,
                        PTCE_INNOVATION_NONE, rw);

  /**
   * PtceProject:sectors:
   *
   * The sectors or filières the project works in, as free words.
   *
   * Since: 1.0
   */
  properties[PROP_SECTORS] = g_param_spec_boxed ("sectors", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * PtceProject:objectives:
   *
   * The objectives of the project, one sentence each.
   *
   * Since: 1.0
   */
  properties[PROP_OBJECTIVES] = g_param_spec_boxed ("objectives", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * PtceProject:sustainable-local-development:
   *
   * Whether the project is said to carry sustainable local development
   * (« porteurs d'un développement local durable »).
   *
   * Since: 1.0
   */
  properties[PROP_SUSTAINABLE_LOCAL_DEVELOPMENT] =
    g_param_spec_boolean ("sustainable-local-development", NULL, NULL, FALSE, rw);

  /**
   * PtceProject:start:
   *
   * When the project began, or %NULL when it is not known.
   *
   * Since: 1.0
   */
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceProject:end:
   *
   * When the project ended, or %NULL when it still runs or the end is not
   * known.
   *
   * Since: 1.0
   */
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceProject:participants:
   *
   * The actors taking part in the project, a #GListModel of #PtceActor.
   *
   * Since: 1.0
   */
  properties[PROP_PARTICIPANTS] =
    g_param_spec_object ("participants", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PtceProject:innovation-stated:
   *
   * Whether the data state how the project is innovative, even as not at
   * all: %FALSE with #PtceProject:innovation empty means "not stated", %TRUE
   * with it empty means "stated: not innovative" (rule V14 then finds the
   * project not innovative). A project with innovation flags is always
   * stated.
   *
   * Since: 1.0
   */
  properties[PROP_INNOVATION_STATED] =
    g_param_spec_boolean ("innovation-stated", NULL, NULL, FALSE, rw);

  /**
   * PtceProject:sustainable-local-development-stated:
   *
   * Whether the data state if the project carries sustainable local
   * development, even as not: with #PtceProject:sustainable-local-development
   * %FALSE, %TRUE means "stated: no" and %FALSE "not stated".
   *
   * Since: 1.0
   */
  properties[PROP_SUSTAINABLE_LOCAL_DEVELOPMENT_STATED] =
    g_param_spec_boolean ("sustainable-local-development-stated", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_project_init (PtceProject *self)
{
  self->participants = g_list_store_new (PTCE_TYPE_ACTOR);
}

/**
 * ptce_project_new:
 * @id: the identifier of the project, unique in its pole
 * @title: (nullable): the title of the project
 *
 * Creates a project with no participant, not said to be innovative, over
 * an unknown period.
 *
 * Returns: (transfer full): a new #PtceProject
 *
 * Since: 1.0
 */
PtceProject *
ptce_project_new (const char *id,
                  const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (PTCE_TYPE_PROJECT, "id", id, "title", title, NULL);
}

/**
 * ptce_project_get_id:
 * @self: a #PtceProject
 *
 * Gets the identifier of the project.
 *
 * Returns: (transfer none): the identifier
 *
 * Since: 1.0
 */
const char *
ptce_project_get_id (PtceProject *self)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), NULL);
  return self->id;
}

/**
 * ptce_project_get_title:
 * @self: a #PtceProject
 *
 * Gets the title of the project.
 *
 * Returns: (transfer none) (nullable): the title
 *
 * Since: 1.0
 */
const char *
ptce_project_get_title (PtceProject *self)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), NULL);
  return self->title;
}

/**
 * ptce_project_set_title:
 * @self: a #PtceProject
 * @title: (nullable): the title
 *
 * Sets the title of the project.
 *
 * Since: 1.0
 */
void
ptce_project_set_title (PtceProject *self,
                        const char  *title)
{
  g_return_if_fail (PTCE_IS_PROJECT (self));

  if (ptce_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * ptce_project_get_innovation:
 * @self: a #PtceProject
 *
 * Gets how the project is innovative.
 *
 * Returns: the innovation flags
 *
 * Since: 1.0
 */
PtceInnovation
ptce_project_get_innovation (PtceProject *self)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), PTCE_INNOVATION_NONE);
  return self->innovation;
}

/**
 * ptce_project_set_innovation:
 * @self: a #PtceProject
 * @innovation: the innovation flags
 *
 * Sets how the project is innovative, socially and/or technologically.
 *
 * Since: 1.0
 */
void
ptce_project_set_innovation (PtceProject    *self,
                             PtceInnovation  innovation)
{
  g_return_if_fail (PTCE_IS_PROJECT (self));

  if (self->innovation == innovation)
    return;
  self->innovation = innovation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INNOVATION]);
}

/**
 * ptce_project_get_sectors:
 * @self: a #PtceProject
 *
 * Gets the sectors the project works in.
 *
 * Returns: (transfer none) (array zero-terminated=1): the sectors, an empty
 *   vector when none is given
 *
 * Since: 1.0
 */
const char * const *
ptce_project_get_sectors (PtceProject *self)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), NULL);
  return ptce_strv_or_empty (self->sectors);
}

/**
 * ptce_project_set_sectors:
 * @self: a #PtceProject
 * @sectors: (nullable) (array zero-terminated=1): the sectors
 *
 * Sets the sectors the project works in.
 *
 * Since: 1.0
 */
void
ptce_project_set_sectors (PtceProject        *self,
                          const char * const *sectors)
{
  g_return_if_fail (PTCE_IS_PROJECT (self));

  if (ptce_set_strv (&self->sectors, sectors))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTORS]);
}

/**
 * ptce_project_get_objectives:
 * @self: a #PtceProject
 *
 * Gets the objectives of the project.
 *
 * Returns: (transfer none) (array zero-terminated=1): the objectives, an
 *   empty vector when none is given
 *
 * Since: 1.0
 */
const char * const *
ptce_project_get_objectives (PtceProject *self)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), NULL);
  return ptce_strv_or_empty (self->objectives);
}

/**
 * ptce_project_set_objectives:
 * @self: a #PtceProject
 * @objectives: (nullable) (array zero-terminated=1): the objectives
 *
 * Sets the objectives of the project.
 *
 * Since: 1.0
 */
void
ptce_project_set_objectives (PtceProject        *self,
                             const char * const *objectives)
{
  g_return_if_fail (PTCE_IS_PROJECT (self));

  if (ptce_set_strv (&self->objectives, objectives))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECTIVES]);
}

/**
 * ptce_project_get_sustainable_local_development:
 * @self: a #PtceProject
 *
 * Gets whether the project is said to carry sustainable local development.
 *
 * Returns: %TRUE when it is
 *
 * Since: 1.0
 */
gboolean
ptce_project_get_sustainable_local_development (PtceProject *self)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), FALSE);
  return self->sustainable_local_development;
}

/**
 * ptce_project_set_sustainable_local_development:
 * @self: a #PtceProject
 * @value: whether the project carries sustainable local development
 *
 * Sets whether the project is said to carry sustainable local development.
 *
 * Since: 1.0
 */
void
ptce_project_set_sustainable_local_development (PtceProject *self,
                                                gboolean     value)
{
  g_return_if_fail (PTCE_IS_PROJECT (self));

  value = !!value;
  if (self->sustainable_local_development == value)
    return;
  self->sustainable_local_development = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUSTAINABLE_LOCAL_DEVELOPMENT]);
}

/**
 * ptce_project_get_start:
 * @self: a #PtceProject
 *
 * Gets when the project began.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL when unknown
 *
 * Since: 1.0
 */
PtceDate *
ptce_project_get_start (PtceProject *self)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), NULL);
  return self->start;
}

/**
 * ptce_project_set_start:
 * @self: a #PtceProject
 * @start: (nullable): when the project began
 *
 * Sets when the project began.
 *
 * Since: 1.0
 */
void
ptce_project_set_start (PtceProject *self,
                        PtceDate    *start)
{
  g_return_if_fail (PTCE_IS_PROJECT (self));

  if (ptce_set_date (&self->start, start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

/**
 * ptce_project_get_end:
 * @self: a #PtceProject
 *
 * Gets when the project ended.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL when it is open
 *   or unknown
 *
 * Since: 1.0
 */
PtceDate *
ptce_project_get_end (PtceProject *self)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), NULL);
  return self->end;
}

/**
 * ptce_project_set_end:
 * @self: a #PtceProject
 * @end: (nullable): when the project ended
 *
 * Sets when the project ended.
 *
 * Since: 1.0
 */
void
ptce_project_set_end (PtceProject *self,
                      PtceDate    *end)
{
  g_return_if_fail (PTCE_IS_PROJECT (self));

  if (ptce_set_date (&self->end, end))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

/**
 * ptce_project_is_active_on:
 * @self: a #PtceProject
 * @when: the moment asked about
 *
 * Checks whether the project runs on a date: from the first day of its
 * start to the last day of its end, an unknown start or end being open
 * (see ptce_period_contains()).
 *
 * Returns: %TRUE when the project runs on @when
 *
 * Since: 1.0
 */
gboolean
ptce_project_is_active_on (PtceProject *self,
                           PtceDate    *when)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  return ptce_period_contains (self->start, self->end, when);
}

/**
 * ptce_project_get_participants:
 * @self: a #PtceProject
 *
 * Gets the actors taking part in the project. The list model emits
 * #GListModel::items-changed as participants are added and removed.
 *
 * Returns: (transfer none): a #GListModel of #PtceActor
 *
 * Since: 1.0
 */
GListModel *
ptce_project_get_participants (PtceProject *self)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), NULL);
  return ptce_read_only_list_lend (self->participants, &self->participants_view);
}

/**
 * ptce_project_add_participant:
 * @self: a #PtceProject
 * @actor: a #PtceActor
 *
 * Adds an actor at the end of the participants, unless it already takes
 * part.
 *
 * Returns: %TRUE when @actor was added, %FALSE when it already took part
 *
 * Since: 1.0
 */
gboolean
ptce_project_add_participant (PtceProject *self,
                              PtceActor   *actor)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), FALSE);

  return ptce_list_store_add_once (self->participants, actor);
}

/**
 * ptce_project_remove_participant:
 * @self: a #PtceProject
 * @actor: a #PtceActor
 *
 * Removes an actor from the participants.
 *
 * Returns: %TRUE when @actor took part and was removed
 *
 * Since: 1.0
 */
gboolean
ptce_project_remove_participant (PtceProject *self,
                                 PtceActor   *actor)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), FALSE);

  return ptce_list_store_remove_item (self->participants, actor);
}

/**
 * ptce_project_has_participant:
 * @self: a #PtceProject
 * @actor: a #PtceActor
 *
 * Checks whether an actor takes part in the project (the very object, not
 * another actor with the same id).
 *
 * Returns: %TRUE when @actor is a participant
 *
 * Since: 1.0
 */
gboolean
ptce_project_has_participant (PtceProject *self,
                              PtceActor   *actor)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), FALSE);

  return g_list_store_find (self->participants, actor, NULL);
}

/**
 * ptce_project_get_innovation_stated:
 * @self: a #PtceProject
 *
 * Gets whether the project's innovation is stated, even as none.
 *
 * Returns: %TRUE when stated
 *
 * Since: 1.0
 */
gboolean
ptce_project_get_innovation_stated (PtceProject *self)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), FALSE);

  return self->innovation_stated || self->innovation != PTCE_INNOVATION_NONE;
}

/**
 * ptce_project_set_innovation_stated:
 * @self: a #PtceProject
 * @value: whether the innovation is stated
 *
 * Sets whether the project's innovation is stated; with no innovation flag,
 * %TRUE says the project was assessed as not innovative.
 *
 * Since: 1.0
 */
void
ptce_project_set_innovation_stated (PtceProject *self,
                                    gboolean value)
{
  g_return_if_fail (PTCE_IS_PROJECT (self));

  value = !!value;
  if (self->innovation_stated == value)
    return;
  self->innovation_stated = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INNOVATION_STATED]);
}

/**
 * ptce_project_get_sustainable_local_development_stated:
 * @self: a #PtceProject
 *
 * Gets whether the project says if it carries sustainable local
 * development, even as not.
 *
 * Returns: %TRUE when stated
 *
 * Since: 1.0
 */
gboolean
ptce_project_get_sustainable_local_development_stated (PtceProject *self)
{
  g_return_val_if_fail (PTCE_IS_PROJECT (self), FALSE);

  return self->sustainable_local_development_stated || self->sustainable_local_development;
}

/**
 * ptce_project_set_sustainable_local_development_stated:
 * @self: a #PtceProject
 * @value: whether it is stated
 *
 * Sets whether the project says if it carries sustainable local
 * development.
 *
 * Since: 1.0
 */
void
ptce_project_set_sustainable_local_development_stated (PtceProject *self,
                                                       gboolean value)
{
  g_return_if_fail (PTCE_IS_PROJECT (self));

  value = !!value;
  if (self->sustainable_local_development_stated == value)
    return;
  self->sustainable_local_development_stated = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUSTAINABLE_LOCAL_DEVELOPMENT_STATED]);
}

GListModel *
ptce_project_peek_participants_private (PtceProject *self)
{
  return G_LIST_MODEL (self->participants);
}
