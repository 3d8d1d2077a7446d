/* ptce-cooperation.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-cooperation.h"
#include "ptce-enum-types.h"
#include "ptce-model-private.h"
#include "ptce-object-list-private.h"
#include "ptce-read-only-list-private.h"
#include "ptce-util-private.h"

/**
 * SECTION:ptce-cooperation
 * @Title: PtceCooperation
 * @Short_description: a typed tie between several actors of a pole
 *
 * A #PtceCooperation records what actors of a pole do together. Article 9 I
 * asks for « une stratégie commune et continue de mutualisation, de
 * coopération ou de partenariat »: the #PtceCooperation:mode is one of those
 * three words, and the #PtceCooperation:object says what is put in common
 * (shared jobs, an employer group, premises, purchasing, a joint answer to a
 * tender…).
 *
 * A cooperation is n-ary: it ties any number of participants at once (an
 * employer group shared by five associations is one cooperation, not ten
 * pairs). A cooperation is meant to tie two actors or more; that is a rule
 * the checker reports, the model accepts any number while it is being
 * edited. An actor takes part at most once: adding it again does nothing.
 *
 * A cooperation runs over a period, from #PtceCooperation:start to
 * #PtceCooperation:end, either of which may be partial or unknown (an open
 * end); ptce_cooperation_is_active_on() answers whether it runs on a date.
 */

/**
 * PtceCooperation:
 *
 * A typed tie of mutualisation, coopération or partenariat between actors of a pole. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_COOPERATION:
 *
 * The #GType of #PtceCooperation.
 *
 * Since: 1.0
 */

struct _PtceCooperation
{
  GObject                parent_instance;

  char                  *id;
  PtceCooperationMode    mode;
  PtceCooperationObject  object;
  char                  *description;
  PtceDate              *start;
  PtceDate              *end;
  /* The participants are kept in @participant_array until a GListModel of
   * them is asked for (get_participants(), the property), then in
   * @participants for good: a large dataset builds and walks a million
   * cooperations without one (ptce-object-list-private.h). */
  PtceObjectArray        participant_array;
  PtceObjectList        *participants;       /* NULL until asked for */
  GListModel            *participants_view;  /* what get_participants() lends */
};

G_DEFINE_FINAL_TYPE (PtceCooperation, ptce_cooperation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MODE,
  PROP_OBJECT,
  PROP_DESCRIPTION,
  PROP_START,
  PROP_END,
  PROP_PARTICIPANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_cooperation_finalize (GObject *object)
{
  PtceCooperation *self = (PtceCooperation *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->start, ptce_date_unref);
  g_clear_pointer (&self->end, ptce_date_unref);
  g_clear_object (&self->participants_view);
  g_clear_object (&self->participants);
  ptce_object_array_clear (&self->participant_array);

  G_OBJECT_CLASS (ptce_cooperation_parent_class)->finalize (object);
}

static void
ptce_cooperation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PtceCooperation *self = PTCE_COOPERATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    case PROP_OBJECT:
      g_value_set_enum (value, self->object);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    case PROP_PARTICIPANTS:
      g_value_set_object (value, ptce_cooperation_get_participants (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_cooperation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PtceCooperation *self = PTCE_COOPERATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      /* construct-only: set once, never notified */
      self->id = g_value_dup_string (value);
      break;
    case PROP_MODE:
      ptce_cooperation_set_mode (self, g_value_get_enum (value));
      break;
    case PROP_OBJECT:
      ptce_cooperation_set_object (self, g_value_get_enum (value));
      break;
    case PROP_DESCRIPTION:
      ptce_cooperation_set_description (self, g_value_get_string (value));
      break;
    case PROP_START:
      ptce_cooperation_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      ptce_cooperation_set_end (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_cooperation_class_init (PtceCooperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_cooperation_finalize;
  object_class->get_property = ptce_cooperation_get_property;
  object_class->set_property = ptce_cooperation_set_property;

  /**
   * PtceCooperation:id:
   *
   * The identifier of the cooperation, unique in its pole. Set at
   * construction.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceCooperation:mode:
   *
   * Which of the three words of article 9 I the tie is: mutualisation,
   * coopération or partenariat.
   *
   * Since: 1.0
   */
  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, PTCE_TYPE_COOPERATION_MODE,
                       PTCE_COOPERATION_MODE_COOPERATION, rw);

  /**
   * PtceCooperation:object:
   *
   * What the cooperation puts in common.
   *
   * Since: 1.0
   */
  properties[PROP_OBJECT] =
    g_param_spec_enum ("object", NULL, NULL, PTCE_TYPE_COOPERATION_OBJECT,
                       PTCE_COOPERATION_OBJECT_OTHER, rw);

  /**
   * PtceCooperation:description:
   *
   * A free description of the cooperation.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);

  /**
   * PtceCooperation:start:
   *
   * When the cooperation began, or %NULL when it is not known.
   *
   * Since: 1.0
   */
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceCooperation:end:
   *
   * When the cooperation ended, or %NULL when it still runs or the end is
   * not known.
   *
   * Since: 1.0
   */
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceCooperation:participants:
   *
   * The actors tied by the cooperation, a #GListModel of #PtceActor.
   *
   * Since: 1.0
   */
  properties[PROP_PARTICIPANTS] =
    g_param_spec_object ("participants", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_cooperation_init (PtceCooperation *self)
{
  self->mode = PTCE_COOPERATION_MODE_COOPERATION;
  self->object = PTCE_COOPERATION_OBJECT_OTHER;
}

/* Where the participants are now: in the list once there is one. */
static const PtceObjectArray *
participants_now (PtceCooperation *self)
{
  return self->participants != NULL ? ptce_object_list_peek_array (self->participants)
                                    : &self->participant_array;
}

/* The participants as a list model, made from the array the first time. */
static PtceObjectList *
participants_list (PtceCooperation *self)
{
  if (self->participants == NULL)
    self->participants = ptce_object_list_new_take (PTCE_TYPE_ACTOR, &self->participant_array);
  return self->participants;
}

/**
 * ptce_cooperation_new:
 * @id: the identifier of the cooperation, unique in its pole
 * @mode: mutualisation, coopération or partenariat
 *
 * Creates a cooperation with no participant, of object
 * %PTCE_COOPERATION_OBJECT_OTHER and an unknown period.
 *
 * Returns: (transfer full): a new #PtceCooperation
 *
 * Since: 1.0
 */
PtceCooperation *
ptce_cooperation_new (const char          *id,
                      PtceCooperationMode  mode)
{
  PtceCooperation *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (PTCE_TYPE_COOPERATION, NULL);
  return ptce_cooperation_init_blank_private (self, id, mode);
}

PtceCooperation *
ptce_cooperation_init_blank_private (PtceCooperation     *blank,
                                     const char          *id,
                                     PtceCooperationMode  mode)
{
  g_return_val_if_fail (PTCE_IS_COOPERATION (blank), NULL);
  g_return_val_if_fail (blank->id == NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  /* no property by name nor GValue: the fields are filled directly */
  blank->id = g_strdup (id);
  blank->mode = mode;
  return blank;
}

/**
 * ptce_cooperation_get_id:
 * @self: a #PtceCooperation
 *
 * Gets the identifier of the cooperation.
 *
 * Returns: (transfer none): the identifier
 *
 * Since: 1.0
 */
const char *
ptce_cooperation_get_id (PtceCooperation *self)
{
  g_return_val_if_fail (PTCE_IS_COOPERATION (self), NULL);
  return self->id;
}

/**
 * ptce_cooperation_get_mode:
 * @self: a #PtceCooperation
 *
 * Gets which of the three words of article 9 I the tie is.
 *
 * Returns: the mode
 *
 * Since: 1.0
 */
PtceCooperationMode
ptce_cooperation_get_mode (PtceCooperation *self)
{
  g_return_val_if_fail (PTCE_IS_COOPERATION (self), PTCE_COOPERATION_MODE_COOPERATION);
  return self->mode;
}

/**
 * ptce_cooperation_set_mode:
 * @self: a #PtceCooperation
 * @mode: mutualisation, coopération or partenariat
 *
 * Sets which of the three words of article 9 I the tie is.
 *
 * Since: 1.0
 */
void
ptce_cooperation_set_mode (PtceCooperation     *self,
                           PtceCooperationMode  mode)
{
  g_return_if_fail (PTCE_IS_COOPERATION (self));

  if (self->mode == mode)
    return;
  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

/**
 * ptce_cooperation_get_object:
 * @self: a #PtceCooperation
 *
 * Gets what the cooperation puts in common.
 *
 * Returns: the object of the cooperation
 *
 * Since: 1.0
 */
PtceCooperationObject
ptce_cooperation_get_object (PtceCooperation *self)
{
  g_return_val_if_fail (PTCE_IS_COOPERATION (self), PTCE_COOPERATION_OBJECT_OTHER);
  return self->object;
}

/**
 * ptce_cooperation_set_object:
 * @self: a #PtceCooperation
 * @object: what the cooperation puts in common
 *
 * Sets what the cooperation puts in common.
 *
 * Since: 1.0
 */
void
ptce_cooperation_set_object (PtceCooperation       *self,
                             PtceCooperationObject  object)
{
  g_return_if_fail (PTCE_IS_COOPERATION (self));

  if (self->object == object)
    return;
  self->object = object;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECT]);
}

/**
 * ptce_cooperation_get_description:
 * @self: a #PtceCooperation
 *
 * Gets the free description of the cooperation.
 *
 * Returns: (transfer none) (nullable): the description
 *
 * Since: 1.0
 */
const char *
ptce_cooperation_get_description (PtceCooperation *self)
{
  g_return_val_if_fail (PTCE_IS_COOPERATION (self), NULL);
  return self->description;
}

/**
 * ptce_cooperation_set_description:
 * @self: a #PtceCooperation
 * @description: (nullable): the description
 *
 * Sets the free description of the cooperation.
 *
 * Since: 1.0
 */
void
ptce_cooperation_set_description (PtceCooperation *self,
                                  const char      *description)
{
  g_return_if_fail (PTCE_IS_COOPERATION (self));

  if (ptce_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * ptce_cooperation_get_start:
 * @self: a #PtceCooperation
 *
 * Gets when the cooperation began.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL when unknown
 *
 * Since: 1.0
 */
PtceDate *
ptce_cooperation_get_start (PtceCooperation *self)
{
  g_return_val_if_fail (PTCE_IS_COOPERATION (self), NULL);
  return self->start;
}

/**
 * ptce_cooperation_set_start:
 * @self: a #PtceCooperation
 * @start: (nullable): when the cooperation began
 *
 * Sets when the cooperation began.
 *
 * Since: 1.0
 */
void
ptce_cooperation_set_start (PtceCooperation *self,
                            PtceDate        *start)
{
  g_return_if_fail (PTCE_IS_COOPERATION (self));

  if (ptce_set_date (&self->start, start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

/**
 * ptce_cooperation_get_end:
 * @self: a #PtceCooperation
 *
 * Gets when the cooperation ended.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL when it is open
 *   or unknown
 *
 * Since: 1.0
 */
PtceDate *
ptce_cooperation_get_end (PtceCooperation *self)
{
  g_return_val_if_fail (PTCE_IS_COOPERATION (self), NULL);
  return self->end;
}

/**
 * ptce_cooperation_set_end:
 * @self: a #PtceCooperation
 * @end: (nullable): when the cooperation ended
 *
 * Sets when the cooperation ended.
 *
 * Since: 1.0
 */
void
ptce_cooperation_set_end (PtceCooperation *self,
                          PtceDate        *end)
{
  g_return_if_fail (PTCE_IS_COOPERATION (self));

  if (ptce_set_date (&self->end, end))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

/**
 * ptce_cooperation_is_active_on:
 * @self: a #PtceCooperation
 * @when: the moment asked about
 *
 * Checks whether the cooperation runs on a date: from the first day of its
 * start to the last day of its end, an unknown start or end being open
 * (see ptce_period_contains()).
 *
 * Returns: %TRUE when the cooperation runs on @when
 *
 * Since: 1.0
 */
gboolean
ptce_cooperation_is_active_on (PtceCooperation *self,
                               PtceDate        *when)
{
  g_return_val_if_fail (PTCE_IS_COOPERATION (self), FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  return ptce_period_contains (self->start, self->end, when);
}

/**
 * ptce_cooperation_get_participants:
 * @self: a #PtceCooperation
 *
 * Gets the actors tied by the cooperation. The list model emits
 * #GListModel::items-changed as participants are added and removed.
 *
 * Returns: (transfer none): a #GListModel of #PtceActor
 *
 * Since: 1.0
 */
GListModel *
ptce_cooperation_get_participants (PtceCooperation *self)
{
  g_return_val_if_fail (PTCE_IS_COOPERATION (self), NULL);

  return ptce_read_only_list_lend_list (participants_list (self), &self->participants_view);
}

/**
 * ptce_cooperation_add_participant:
 * @self: a #PtceCooperation
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
ptce_cooperation_add_participant (PtceCooperation *self,
                                  PtceActor       *actor)
{
  g_return_val_if_fail (PTCE_IS_COOPERATION (self), FALSE);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), FALSE);

  if (ptce_object_array_find (participants_now (self), actor, NULL))
    return FALSE;
  if (self->participants != NULL)
    ptce_object_list_append_n (self->participants, (gpointer *) &actor, 1);
  else
    ptce_object_array_append_n (&self->participant_array, PTCE_TYPE_ACTOR, (gpointer *) &actor, 1);
  return TRUE;
}

void
ptce_cooperation_append_participants_private (PtceCooperation  *self,
                                              PtceActor       **actors,
                                              guint             n)
{
  g_return_if_fail (PTCE_IS_COOPERATION (self));

  if (self->participants != NULL)
    ptce_object_list_fill_new (self->participants, (gpointer *) actors, n);
  else
    ptce_object_array_append_n (&self->participant_array, PTCE_TYPE_ACTOR, (gpointer *) actors, n);
}

/**
 * ptce_cooperation_remove_participant:
 * @self: a #PtceCooperation
 * @actor: a #PtceActor
 *
 * Removes an actor from the participants.
 *
 * Returns: %TRUE when @actor took part and was removed
 *
 * Since: 1.0
 */
gboolean
ptce_cooperation_remove_participant (PtceCooperation *self,
                                     PtceActor       *actor)
{
  guint position;

  g_return_val_if_fail (PTCE_IS_COOPERATION (self), FALSE);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), FALSE);

  if (self->participants != NULL)
    return ptce_object_list_remove_item (self->participants, actor);
  if (!ptce_object_array_find (&self->participant_array, actor, &position))
    return FALSE;
  g_object_unref (ptce_object_array_steal (&self->participant_array, position));
  return TRUE;
}

/**
 * ptce_cooperation_has_participant:
 * @self: a #PtceCooperation
 * @actor: a #PtceActor
 *
 * Checks whether an actor takes part in the cooperation (the very object,
 * not another actor with the same id).
 *
 * Returns: %TRUE when @actor is a participant
 *
 * Since: 1.0
 */
gboolean
ptce_cooperation_has_participant (PtceCooperation *self,
                                  PtceActor       *actor)
{
  g_return_val_if_fail (PTCE_IS_COOPERATION (self), FALSE);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), FALSE);

  return ptce_object_array_find (participants_now (self), actor, NULL);
}

PtceActor * const *
ptce_cooperation_peek_participant_array_private (PtceCooperation *self,
                                                 guint           *n_items)
{
  const PtceObjectArray *array = participants_now (self);

  *n_items = array->n_items;
  return (PtceActor * const *) array->items;
}
