/* ptce-actor-match.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-actor-match-private.h"
#include "ptce-enum-types.h"

/**
 * SECTION:ptce-actor-match
 * @Title: PtceActorMatch
 * @Short_description: two actor ids the store takes for one organisation
 *
 * When a submission is imported, the store looks for actors of other ids
 * that give the same SIRET, SIREN or RNA number, and records each match
 * with its basis: the two ids are then the same organisation for
 * ptce_store_list_same_actors(). A match is never made when an identifier
 * both actors give differs, and ptce_store_undo_actor_match() undoes one
 * for good (the undo is recorded; the match is not made again).
 * ptce_store_list_actor_matches() lists them.
 *
 * Matches are made by the store and read-only.
 */

/**
 * PtceActorMatch:
 *
 * Two actor ids of different submissions taken for one organisation. Read-only.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_ACTOR_MATCH:
 *
 * The #GType of #PtceActorMatch.
 *
 * Since: 1.0
 */

struct _PtceActorMatch
{
  GObject parent_instance;

  gint64 id;
  char *actor;
  char *other_actor;
  PtceStoreMatchBasis basis;
  char *value;
  gint64 submission;
  gboolean undone;
};

G_DEFINE_FINAL_TYPE (PtceActorMatch, ptce_actor_match, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ACTOR,
  PROP_OTHER_ACTOR,
  PROP_BASIS,
  PROP_VALUE,
  PROP_SUBMISSION,
  PROP_UNDONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_actor_match_finalize (GObject *object)
{
  PtceActorMatch *self = (PtceActorMatch *) object;

  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->other_actor, g_free);
  g_clear_pointer (&self->value, g_free);

  G_OBJECT_CLASS (ptce_actor_match_parent_class)->finalize (object);
}

static void
ptce_actor_match_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  PtceActorMatch *self = PTCE_ACTOR_MATCH (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_ACTOR: g_value_set_string (value, self->actor); break;
    case PROP_OTHER_ACTOR: g_value_set_string (value, self->other_actor); break;
    case PROP_BASIS: g_value_set_enum (value, self->basis); break;
    case PROP_VALUE: g_value_set_string (value, self->value); break;
    case PROP_SUBMISSION: g_value_set_int64 (value, self->submission); break;
    case PROP_UNDONE: g_value_set_boolean (value, self->undone); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_actor_match_class_init (PtceActorMatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_actor_match_finalize;
  object_class->get_property = ptce_actor_match_get_property;

  /**
   * PtceActorMatch:id:
   *
   * The number of the match in the store.
   *
   * Since: 1.0
   */
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  /**
   * PtceActorMatch:actor:
   *
   * The id of the actor already in the store.
   *
   * Since: 1.0
   */
  properties[PROP_ACTOR] = g_param_spec_string ("actor", NULL, NULL, NULL, ro);
  /**
   * PtceActorMatch:other-actor:
   *
   * The id of the actor of the submission that made the match.
   *
   * Since: 1.0
   */
  properties[PROP_OTHER_ACTOR] = g_param_spec_string ("other-actor", NULL, NULL, NULL, ro);
  /**
   * PtceActorMatch:basis:
   *
   * Which identifier the two share.
   *
   * Since: 1.0
   */
  properties[PROP_BASIS] = g_param_spec_enum ("basis", NULL, NULL, PTCE_TYPE_STORE_MATCH_BASIS, PTCE_STORE_MATCH_SIRET, ro);
  /**
   * PtceActorMatch:value:
   *
   * The identifier they share.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] = g_param_spec_string ("value", NULL, NULL, NULL, ro);
  /**
   * PtceActorMatch:submission:
   *
   * The submission whose import made the match.
   *
   * Since: 1.0
   */
  properties[PROP_SUBMISSION] = g_param_spec_int64 ("submission", NULL, NULL, 0, G_MAXINT64, 0, ro);
  /**
   * PtceActorMatch:undone:
   *
   * Whether the match was undone.
   *
   * Since: 1.0
   */
  properties[PROP_UNDONE] = g_param_spec_boolean ("undone", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_actor_match_init (PtceActorMatch *self)
{
}

PtceActorMatch *
ptce_actor_match_new_internal (
    gint64 id,
    const char *actor,
    const char *other_actor,
    PtceStoreMatchBasis basis,
    const char *value,
    gint64 submission,
    gboolean undone)
{
  PtceActorMatch *self = g_object_new (PTCE_TYPE_ACTOR_MATCH, NULL);

  self->id = id;
  self->actor = g_strdup (actor);
  self->other_actor = g_strdup (other_actor);
  self->basis = basis;
  self->value = g_strdup (value);
  self->submission = submission;
  self->undone = undone;
  return self;
}

/**
 * ptce_actor_match_get_id:
 * @self: a #PtceActorMatch
 *
 * Gets #PtceActorMatch:id.
 *
 * Returns: the number of the match in the store
 *
 * Since: 1.0
 */
gint64
ptce_actor_match_get_id (PtceActorMatch *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_MATCH (self), 0);
  return self->id;
}

/**
 * ptce_actor_match_get_actor:
 * @self: a #PtceActorMatch
 *
 * Gets #PtceActorMatch:actor.
 *
 * Returns: (nullable): the id of the actor already in the store
 *
 * Since: 1.0
 */
const char *
ptce_actor_match_get_actor (PtceActorMatch *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_MATCH (self), NULL);
  return self->actor;
}

/**
 * ptce_actor_match_get_other_actor:
 * @self: a #PtceActorMatch
 *
 * Gets #PtceActorMatch:other-actor.
 *
 * Returns: (nullable): the id of the actor of the submission that made the match
 *
 * Since: 1.0
 */
const char *
ptce_actor_match_get_other_actor (PtceActorMatch *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_MATCH (self), NULL);
  return self->other_actor;
}

/**
 * ptce_actor_match_get_basis:
 * @self: a #PtceActorMatch
 *
 * Gets #PtceActorMatch:basis.
 *
 * Returns: which identifier the two share
 *
 * Since: 1.0
 */
PtceStoreMatchBasis
ptce_actor_match_get_basis (PtceActorMatch *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_MATCH (self), PTCE_STORE_MATCH_SIRET);
  return self->basis;
}

/**
 * ptce_actor_match_get_value:
 * @self: a #PtceActorMatch
 *
 * Gets #PtceActorMatch:value.
 *
 * Returns: (nullable): the identifier they share
 *
 * Since: 1.0
 */
const char *
ptce_actor_match_get_value (PtceActorMatch *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_MATCH (self), NULL);
  return self->value;
}

/**
 * ptce_actor_match_get_submission:
 * @self: a #PtceActorMatch
 *
 * Gets #PtceActorMatch:submission.
 *
 * Returns: the submission whose import made the match
 *
 * Since: 1.0
 */
gint64
ptce_actor_match_get_submission (PtceActorMatch *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_MATCH (self), 0);
  return self->submission;
}

/**
 * ptce_actor_match_get_undone:
 * @self: a #PtceActorMatch
 *
 * Gets #PtceActorMatch:undone.
 *
 * Returns: whether the match was undone
 *
 * Since: 1.0
 */
gboolean
ptce_actor_match_get_undone (PtceActorMatch *self)
{
  g_return_val_if_fail (PTCE_IS_ACTOR_MATCH (self), FALSE);
  return self->undone;
}
