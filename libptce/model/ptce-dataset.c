/* ptce-dataset.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-dataset.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-list-store-private.h"
#include "ptce-read-only-list-private.h"
#include "ptce-model-private.h"
#include "ptce-object-list-private.h"
#include "ptce-util-private.h"
#include "ptce-work-private.h"

#include <math.h>

/**
 * SECTION:ptce-dataset
 * @Title: PtceDataset
 * @Short_description: the root of the model: actors, poles, observations
 *
 * A #PtceDataset is what is loaded and saved as one: the actors, the
 * poles and the observations (dated figures about an actor or a pole), with
 * free metadata (a title, a source, a date) and the vintage of the Code
 * officiel géographique its territory codes follow.
 *
 * Each collection is a #GListModel that emits #GListModel::items-changed,
 * and actors and poles are found by id in constant time
 * (ptce_dataset_lookup_actor(), ptce_dataset_lookup_pole()).
 *
 * The dataset keeps its references consistent. These are the rules:
 *
 * - Ids are unique. An actor or a pole whose id is already taken is
 *   refused with %PTCE_ERROR_DUPLICATE_ID. Actors and poles share one
 *   space of ids, because an observation names its subject by id alone and
 *   could not tell an actor from a pole of the same id.
 * - A pole refers to the dataset's own actors. ptce_dataset_add_pole()
 *   refuses, with %PTCE_ERROR_DANGLING_REFERENCE, a pole whose carrier, one
 *   of whose memberships, or a participant of one of whose cooperations or
 *   projects is not an actor of the dataset — the very object that
 *   ptce_dataset_lookup_actor() returns for its id, not a copy. The message
 *   names the pole, the actor and where the reference is.
 * - An observation is about an actor or a pole of the dataset:
 *   ptce_dataset_add_observation() refuses any other subject with
 *   %PTCE_ERROR_DANGLING_REFERENCE.
 * - Removing does not cascade. ptce_dataset_remove_actor() refuses, with
 *   %PTCE_ERROR_IN_USE, to remove an actor that a pole still refers to (see
 *   ptce_pole_references_actor()) or that an observation is about, and
 *   ptce_dataset_remove_pole() refuses to remove a pole that an
 *   observation is about. Silently deleting the memberships or figures that
 *   depend on them would lose data a coordinator typed; the message names
 *   the first pole or observation in the way, so that it can be dealt with
 *   first.
 *
 * A pole stays an ordinary object once added: its memberships,
 * cooperations and projects can still change, and may then refer to an
 * actor outside the dataset. ptce_dataset_validate() checks the whole
 * dataset again and reports the first problem, with the same messages.
 */

/**
 * PtceDataset:
 *
 * The root of the model: actors, poles and observations, loaded and saved together. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_DATASET:
 *
 * The #GType of #PtceDataset.
 *
 * Since: 1.0
 */

struct _PtceDataset
{
  GObject     parent_instance;

  char       *title;
  char       *source;
  PtceDate   *date;
  char       *cog_vintage;

  PtceObjectList *actors;
  GListModel     *actors_view;  /* what get_actors() lends */
  GHashTable *actors_by_id;  /* borrowed id → borrowed actor */
  PtceObjectList *poles;
  GListModel     *poles_view;  /* what get_poles() lends */
  GHashTable *poles_by_id;   /* borrowed id → borrowed pole */
  PtceObjectList *observations;
  GListModel     *observations_view;  /* what get_observations() lends */
  /* the observations again, indexed: the set of them (adding the same
   * object twice does nothing) and, for each subject, those about it in
   * the dataset's order; both borrow from the list */
  GHashTable *observation_set;
  GHashTable *observations_by_subject;  /* borrowed subject → GPtrArray */
  /* while the builder fills (ptce-model-private.h): what goes into the
   * lists at the end, with a reference each; NULL otherwise */
  GPtrArray  *pending_actors;
  GPtrArray  *pending_poles;
  GPtrArray  *pending_observations;
};

G_DEFINE_FINAL_TYPE (PtceDataset, ptce_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_DATE,
  PROP_COG_VINTAGE,
  PROP_ACTORS,
  PROP_POLES,
  PROP_OBSERVATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_dataset_finalize (GObject *object)
{
  PtceDataset *self = (PtceDataset *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->date, ptce_date_unref);
  g_clear_pointer (&self->cog_vintage, g_free);
  /* the tables borrow from the lists (or the pending lists): drop them
   * first */
  g_clear_pointer (&self->poles_by_id, g_hash_table_unref);
  g_clear_pointer (&self->observations_by_subject, g_hash_table_unref);
  g_clear_pointer (&self->observation_set, g_hash_table_unref);
  g_clear_pointer (&self->actors_by_id, g_hash_table_unref);
  g_clear_pointer (&self->pending_poles, g_ptr_array_unref);
  g_clear_pointer (&self->pending_observations, g_ptr_array_unref);
  g_clear_pointer (&self->pending_actors, g_ptr_array_unref);
  g_clear_object (&self->poles_view);
  g_clear_object (&self->poles);
  g_clear_object (&self->observations_view);
  g_clear_object (&self->observations);
  g_clear_object (&self->actors_view);
  g_clear_object (&self->actors);

  G_OBJECT_CLASS (ptce_dataset_parent_class)->finalize (object);
}

static void
ptce_dataset_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PtceDataset *self = PTCE_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_COG_VINTAGE:
      g_value_set_string (value, self->cog_vintage);
      break;
    case PROP_ACTORS:
      g_value_set_object (value, ptce_read_only_list_lend_list (self->actors, &self->actors_view));
      break;
    case PROP_POLES:
      g_value_set_object (value, ptce_read_only_list_lend_list (self->poles, &self->poles_view));
      break;
    case PROP_OBSERVATIONS:
      g_value_set_object (value, ptce_read_only_list_lend_list (self->observations, &self->observations_view));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_dataset_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PtceDataset *self = PTCE_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ptce_dataset_set_title (self, g_value_get_string (value));
      break;
    case PROP_SOURCE:
      ptce_dataset_set_source (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      ptce_dataset_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_COG_VINTAGE:
      ptce_dataset_set_cog_vintage (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_dataset_class_init (PtceDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  ptce_i18n_init ();

  object_class->finalize = ptce_dataset_finalize;
  object_class->get_property = ptce_dataset_get_property;
  object_class->set_property = ptce_dataset_set_property;

  /**
   * PtceDataset:title:
   *
   * The title of the dataset.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);

  /**
   * PtceDataset:source:
   *
   * Where the data comes from: a survey, a directory, a call's results.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, rw);

  /**
   * PtceDataset:date:
   *
   * The date the data describes or was gathered, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, PTCE_TYPE_DATE, rw);

  /**
   * PtceDataset:cog-vintage:
   *
   * The vintage (the year, as "2024") of the Code officiel géographique
   * that the territory and commune codes of the dataset follow.
   *
   * Since: 1.0
   */
  properties[PROP_COG_VINTAGE] = g_param_spec_string ("cog-vintage", NULL, NULL, NULL, rw);

  /**
   * PtceDataset:actors:
   *
   * The actors of the dataset, a #GListModel of #PtceActor.
   *
   * Since: 1.0
   */
  properties[PROP_ACTORS] = g_param_spec_object ("actors", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PtceDataset:poles:
   *
   * The poles of the dataset, a #GListModel of #PtcePole.
   *
   * Since: 1.0
   */
  properties[PROP_POLES] = g_param_spec_object ("poles", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PtceDataset:observations:
   *
   * The observations of the dataset, a #GListModel of #PtceObservation.
   *
   * Since: 1.0
   */
  properties[PROP_OBSERVATIONS] =
    g_param_spec_object ("observations", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_dataset_init (PtceDataset *self)
{
  self->actors = ptce_object_list_new (PTCE_TYPE_ACTOR);
  self->actors_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->poles = ptce_object_list_new (PTCE_TYPE_POLE);
  self->poles_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->observations = ptce_object_list_new (PTCE_TYPE_OBSERVATION);
  self->observation_set = g_hash_table_new (NULL, NULL);
  self->observations_by_subject =
    g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * ptce_dataset_new:
 *
 * Creates an empty dataset.
 *
 * Returns: (transfer full): a new #PtceDataset
 *
 * Since: 1.0
 */
PtceDataset *
ptce_dataset_new (void)
{
  return g_object_new (PTCE_TYPE_DATASET, NULL);
}

/* Metadata */

/**
 * ptce_dataset_get_title:
 * @self: a #PtceDataset
 *
 * Gets the title of the dataset.
 *
 * Returns: (transfer none) (nullable): the title
 *
 * Since: 1.0
 */
const char *
ptce_dataset_get_title (PtceDataset *self)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), NULL);
  return self->title;
}

/**
 * ptce_dataset_set_title:
 * @self: a #PtceDataset
 * @title: (nullable): the title
 *
 * Sets the title of the dataset.
 *
 * Since: 1.0
 */
void
ptce_dataset_set_title (PtceDataset *self,
                        const char  *title)
{
  g_return_if_fail (PTCE_IS_DATASET (self));

  if (ptce_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * ptce_dataset_get_source:
 * @self: a #PtceDataset
 *
 * Gets where the data comes from.
 *
 * Returns: (transfer none) (nullable): the source
 *
 * Since: 1.0
 */
const char *
ptce_dataset_get_source (PtceDataset *self)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), NULL);
  return self->source;
}

/**
 * ptce_dataset_set_source:
 * @self: a #PtceDataset
 * @source: (nullable): where the data comes from
 *
 * Sets where the data comes from.
 *
 * Since: 1.0
 */
void
ptce_dataset_set_source (PtceDataset *self,
                         const char  *source)
{
  g_return_if_fail (PTCE_IS_DATASET (self));

  if (ptce_set_str (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * ptce_dataset_get_date:
 * @self: a #PtceDataset
 *
 * Gets the date the data describes.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
PtceDate *
ptce_dataset_get_date (PtceDataset *self)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), NULL);
  return self->date;
}

/**
 * ptce_dataset_set_date:
 * @self: a #PtceDataset
 * @date: (nullable): the date the data describes
 *
 * Sets the date the data describes or was gathered.
 *
 * Since: 1.0
 */
void
ptce_dataset_set_date (PtceDataset *self,
                       PtceDate    *date)
{
  g_return_if_fail (PTCE_IS_DATASET (self));

  if (ptce_set_date (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ptce_dataset_get_cog_vintage:
 * @self: a #PtceDataset
 *
 * Gets the vintage of the Code officiel géographique the dataset's codes
 * follow.
 *
 * Returns: (transfer none) (nullable): the vintage, as "2024"
 *
 * Since: 1.0
 */
const char *
ptce_dataset_get_cog_vintage (PtceDataset *self)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), NULL);
  return self->cog_vintage;
}

/**
 * ptce_dataset_set_cog_vintage:
 * @self: a #PtceDataset
 * @vintage: (nullable): the vintage, as "2024"
 *
 * Sets the vintage of the Code officiel géographique the dataset's codes
 * follow.
 *
 * Since: 1.0
 */
void
ptce_dataset_set_cog_vintage (PtceDataset *self,
                              const char  *vintage)
{
  g_return_if_fail (PTCE_IS_DATASET (self));

  if (ptce_set_str (&self->cog_vintage, vintage))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COG_VINTAGE]);
}

void
ptce_dataset_begin_fill_private (PtceDataset *self)
{
  g_return_if_fail (PTCE_IS_DATASET (self));
  g_return_if_fail (self->pending_actors == NULL);

  self->pending_actors = g_ptr_array_new_with_free_func (g_object_unref);
  self->pending_poles = g_ptr_array_new_with_free_func (g_object_unref);
  self->pending_observations = g_ptr_array_new_with_free_func (g_object_unref);
}

void
ptce_dataset_end_fill_private (PtceDataset *self)
{
  g_return_if_fail (PTCE_IS_DATASET (self));

  ptce_dataset_end_fill_lists_private (self, PTCE_DATASET_LIST_ACTORS | PTCE_DATASET_LIST_POLES |
                                             PTCE_DATASET_LIST_OBSERVATIONS);
}

void
ptce_dataset_end_fill_lists_private (PtceDataset      *self,
                                     PtceDatasetLists  lists)
{
  g_return_if_fail (PTCE_IS_DATASET (self));

  if (lists & PTCE_DATASET_LIST_ACTORS)
    ptce_object_list_flush (self->actors, &self->pending_actors);
  if (lists & PTCE_DATASET_LIST_POLES)
    ptce_object_list_flush (self->poles, &self->pending_poles);
  if (lists & PTCE_DATASET_LIST_OBSERVATIONS)
    ptce_object_list_flush (self->observations, &self->pending_observations);
}

/* Reference checks shared by the add functions and validate() */

static gboolean
is_own_actor (PtceDataset *self,
              PtceActor   *actor)
{
  const char *id = ptce_actor_get_id (actor);

  return id != NULL && g_hash_table_lookup (self->actors_by_id, id) == actor;
}

/* Shown for an object without an id in a message. */
static const char *
shown_id (const char *id)
{
  return id != NULL ? id : "";
}

/* When @actor is a second object with the id of an actor of the dataset,
 * the message of @error says so: the id is taken, not missing. */
static void
append_if_id_taken (PtceDataset  *self,
                    PtceActor    *actor,
                    GError      **error)
{
  const char *id = ptce_actor_get_id (actor);
  char *message;

  if (error == NULL || *error == NULL ||
      id == NULL || !g_hash_table_contains (self->actors_by_id, id))
    return;
  message = g_strdup_printf ("%s; %s", (*error)->message,
                             _("another actor object of the dataset already has that id: refer to the one ptce_dataset_lookup_actor() returns"));
  g_free ((*error)->message);
  (*error)->message = message;
}

/* Returns the first of the @n @participants that is not an actor of the
 * dataset, or NULL. */
static PtceActor *
first_foreign_in (PtceDataset        *self,
                  PtceActor * const  *participants,
                  guint               n)
{
  for (guint i = 0; i < n; i++)
    if (!is_own_actor (self, participants[i]))
      return participants[i];
  return NULL;
}

/* The same for a list model. */
static PtceActor *
first_foreign_participant (PtceDataset *self,
                           GListModel  *participants)
{
  guint n = g_list_model_get_n_items (participants);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceActor) actor = g_list_model_get_item (participants, i);

      if (!is_own_actor (self, actor))
        return actor;  /* still owned by @participants */
    }
  return NULL;
}

/* With @actors_resolved, the caller made every actor of @pole (carrier,
 * members, participants) by looking its id up in @self and every
 * cooperation and project went through ptce_pole_add_cooperation() or
 * ptce_pole_add_project(), which refuse one without an id (the ptce/1
 * builder): what is left to check is the fundings. */
static gboolean
check_pole_references_full (PtceDataset  *self,
                            PtcePole     *pole,
                            gboolean      actors_resolved,
                            GError      **error)
{
  PtceActor *carrier = ptce_pole_get_carrier (pole);
  GListModel *list;
  guint n;

  if (actors_resolved)
    goto fundings;

  if (carrier != NULL && !is_own_actor (self, carrier))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE,
                   _("Pole “%s”: its carrier, actor “%s”, is not an actor of the dataset"),
                   ptce_pole_get_id (pole), shown_id (ptce_actor_get_id (carrier)));
      append_if_id_taken (self, carrier, error);
      return FALSE;
    }

  list = ptce_pole_get_memberships (pole);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (list, i);
      PtceActor *actor = ptce_membership_get_actor (membership);

      if (actor == NULL)
        {
          g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                       _("Pole “%s”: membership %u has no actor"),
                       ptce_pole_get_id (pole), i);
          return FALSE;
        }
      if (!is_own_actor (self, actor))
        {
          g_set_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE,
                       _("Pole “%s”: a membership refers to actor “%s”, which is not an actor of the dataset"),
                       ptce_pole_get_id (pole), shown_id (ptce_actor_get_id (actor)));
          append_if_id_taken (self, actor, error);
          return FALSE;
        }
    }

  list = ptce_pole_get_cooperations (pole);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceCooperation) cooperation = g_list_model_get_item (list, i);
      PtceActor * const *participants;
      PtceActor *actor;
      guint n_participants;

      if (!ptce_id_is_valid (ptce_cooperation_get_id (cooperation)))
        {
          g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                       _("Pole “%s”: cooperation %u has no id; an id cannot be empty"),
                       ptce_pole_get_id (pole), i);
          return FALSE;
        }
      participants = ptce_cooperation_peek_participant_array_private (cooperation, &n_participants);
      actor = first_foreign_in (self, participants, n_participants);

      if (actor != NULL)
        {
          g_set_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE,
                       _("Pole “%s”: cooperation “%s” refers to actor “%s”, which is not an actor of the dataset"),
                       ptce_pole_get_id (pole), ptce_cooperation_get_id (cooperation),
                       shown_id (ptce_actor_get_id (actor)));
          append_if_id_taken (self, actor, error);
          return FALSE;
        }
    }

  list = ptce_pole_get_projects (pole);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceProject) project = g_list_model_get_item (list, i);
      PtceActor *actor;

      if (!ptce_id_is_valid (ptce_project_get_id (project)))
        {
          g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                       _("Pole “%s”: project %u has no id; an id cannot be empty"),
                       ptce_pole_get_id (pole), i);
          return FALSE;
        }
      actor =
        first_foreign_participant (self, ptce_project_peek_participants_private (project));

      if (actor != NULL)
        {
          g_set_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE,
                       _("Pole “%s”: project “%s” refers to actor “%s”, which is not an actor of the dataset"),
                       ptce_pole_get_id (pole), ptce_project_get_id (project),
                       shown_id (ptce_actor_get_id (actor)));
          append_if_id_taken (self, actor, error);
          return FALSE;
        }
    }

fundings:
  /* a funding names projects of its pole (ptce/1.1) */
  list = ptce_pole_get_fundings (pole);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceFunding) funding = g_list_model_get_item (list, i);
      const char * const *ids = ptce_funding_get_projects (funding);

      for (guint j = 0; ids[j] != NULL; j++)
        if (ptce_pole_lookup_project (pole, ids[j]) == NULL)
          {
            g_set_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE,
                         _("Pole “%s”: a funding names project “%s”, which is not a project of the pole"),
                         ptce_pole_get_id (pole), ids[j]);
            return FALSE;
          }
    }

  return TRUE;
}

static gboolean
check_pole_references (PtceDataset  *self,
                       PtcePole     *pole,
                       GError      **error)
{
  return check_pole_references_full (self, pole, FALSE, error);
}

/* What a grouping groups names actors of the dataset (ptce/1.1). */
static gboolean
check_compositions (PtceDataset  *self,
                    PtceActor    *actor,
                    GError      **error)
{
  GListModel *list = ptce_actor_peek_compositions_private (actor);
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceComposition) composition = g_list_model_get_item (list, i);
      const char * const *ids = ptce_composition_get_member_ids (composition);
      int n_members = ptce_composition_get_n_members (composition);

      for (guint j = 0; ids[j] != NULL; j++)
        if (ptce_dataset_lookup_actor (self, ids[j]) == NULL ||
            g_strcmp0 (ids[j], ptce_actor_get_id (actor)) == 0)
          {
            g_set_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE,
                         _("Actor “%s”: its composition names “%s”, which is not another actor of the dataset"),
                         ptce_actor_get_id (actor), ids[j]);
            return FALSE;
          }
      if (n_members >= 0 && ptce_composition_get_n_non_ess_members (composition) > n_members)
        {
          g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                       _("Actor “%s”: its composition counts more members outside the ESS than members"),
                       ptce_actor_get_id (actor));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_observation_subject (PtceDataset      *self,
                           PtceObservation  *observation,
                           GError          **error)
{
  const char *subject = ptce_observation_get_subject (observation);
  const char *indicator = ptce_observation_get_indicator (observation);

  if (!ptce_id_is_valid (indicator))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                   _("An observation about “%s” has no indicator; an indicator cannot be empty"),
                   shown_id (subject));
      return FALSE;
    }
  if (!isfinite (ptce_observation_get_value (observation)))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                   _("An observation of indicator “%s” about “%s” has a value that is not a finite number"),
                   indicator, shown_id (subject));
      return FALSE;
    }
  if (subject == NULL ||
      (!g_hash_table_contains (self->actors_by_id, subject) &&
       !g_hash_table_contains (self->poles_by_id, subject)))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE,
                   _("An observation of indicator “%s” is about “%s”, which is neither an actor nor a pole of the dataset"),
                   indicator, shown_id (subject));
      return FALSE;
    }
  return TRUE;
}

/* Returns the first observation about @subject, or NULL; borrowed from the
 * dataset. */
static PtceObservation *
first_observation_of (PtceDataset *self,
                      const char  *subject)
{
  GPtrArray *about = g_hash_table_lookup (self->observations_by_subject, subject);

  return about != NULL && about->len > 0 ? g_ptr_array_index (about, 0) : NULL;
}

/* Actors */

/**
 * ptce_dataset_get_actors:
 * @self: a #PtceDataset
 *
 * Gets the actors of the dataset. The list model emits
 * #GListModel::items-changed as actors are added and removed.
 *
 * Returns: (transfer none): a #GListModel of #PtceActor
 *
 * Since: 1.0
 */
GListModel *
ptce_dataset_get_actors (PtceDataset *self)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), NULL);
  return ptce_read_only_list_lend_list (self->actors, &self->actors_view);
}

/**
 * ptce_dataset_add_actor:
 * @self: a #PtceDataset
 * @actor: a #PtceActor
 * @error: return location for a #GError
 *
 * Adds an actor at the end of the dataset's actors. Its id must be used
 * by no other actor and no pole of the dataset.
 *
 * Returns: %TRUE on success, %FALSE with @error set to
 *   %PTCE_ERROR_DUPLICATE_ID when the id is taken
 *
 * Since: 1.0
 */
gboolean
ptce_dataset_add_actor (PtceDataset  *self,
                        PtceActor    *actor,
                        GError      **error)
{
  const char *id;

  g_return_val_if_fail (PTCE_IS_DATASET (self), FALSE);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = ptce_actor_get_id (actor);
  if (!ptce_id_is_valid (id))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                   _("An actor without an id cannot be added to the dataset: an id cannot be empty (give it when the actor is made)"));
      return FALSE;
    }
  if (g_hash_table_lookup (self->actors_by_id, id) == actor)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID,
                   _("Actor “%s” is already in the dataset"), id);
      return FALSE;
    }
  if (g_hash_table_contains (self->actors_by_id, id))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID,
                   _("The dataset already has an actor with id “%s”"), id);
      return FALSE;
    }
  if (g_hash_table_contains (self->poles_by_id, id))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID,
                   _("Actor id “%s” is already the id of a pole of the dataset; observations could not tell them apart"),
                   id);
      return FALSE;
    }

  g_hash_table_insert (self->actors_by_id, (gpointer) id, actor);
  if (self->pending_actors != NULL)
    ptce_list_store_hold (&self->pending_actors, actor);
  else
    ptce_object_list_append_n (self->actors, (gpointer *) &actor, 1);
  return TRUE;
}

/**
 * ptce_dataset_remove_actor:
 * @self: a #PtceDataset
 * @actor: a #PtceActor
 * @error: return location for a #GError
 *
 * Removes an actor from the dataset. Removing does not cascade: while a
 * pole of the dataset refers to the actor (as carrier, in a membership, a
 * cooperation or a project) or an observation is about it, the actor is
 * kept and the first pole or observation in the way is named.
 *
 * Returns: %TRUE when the actor was removed; %FALSE with @error set to
 *   %PTCE_ERROR_IN_USE when it is still referenced, or
 *   %PTCE_ERROR_NOT_FOUND when it is not an actor of the dataset
 *
 * Since: 1.0
 */
gboolean
ptce_dataset_remove_actor (PtceDataset  *self,
                           PtceActor    *actor,
                           GError      **error)
{
  const char *id;
  PtceObservation *observation;
  guint position;
  guint n;

  g_return_val_if_fail (PTCE_IS_DATASET (self), FALSE);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = shown_id (ptce_actor_get_id (actor));
  if (!is_own_actor (self, actor) ||
      !ptce_object_list_find (self->actors, actor, &position))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND,
                   _("Actor “%s” is not in the dataset"), id);
      return FALSE;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->poles));
  ptce_work_scan (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (G_LIST_MODEL (self->poles), i);

      if (ptce_pole_references_actor (pole, actor))
        {
          g_set_error (error, PTCE_ERROR, PTCE_ERROR_IN_USE,
                       _("Actor “%s” cannot be removed: pole “%s” refers to it"),
                       id, ptce_pole_get_id (pole));
          return FALSE;
        }
    }

  observation = first_observation_of (self, id);
  if (observation != NULL)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_IN_USE,
                   _("Actor “%s” cannot be removed: an observation of indicator “%s” is about it"),
                   id, ptce_observation_get_indicator (observation));
      return FALSE;
    }

  /* the table borrows the id from the actor: unhook it before the list
   * may drop the last reference */
  g_hash_table_remove (self->actors_by_id, id);
  ptce_object_list_remove (self->actors, position);
  return TRUE;
}

/**
 * ptce_dataset_lookup_actor:
 * @self: a #PtceDataset
 * @id: the id of an actor
 *
 * Finds an actor of the dataset by its id, in constant time.
 *
 * Returns: (transfer none) (nullable): the actor, or %NULL when the dataset
 *   has none with that id
 *
 * Since: 1.0
 */
PtceActor *
ptce_dataset_lookup_actor (PtceDataset *self,
                           const char  *id)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->actors_by_id, id);
}

/* Poles */

/**
 * ptce_dataset_get_poles:
 * @self: a #PtceDataset
 *
 * Gets the poles of the dataset. The list model emits
 * #GListModel::items-changed as poles are added and removed.
 *
 * Returns: (transfer none): a #GListModel of #PtcePole
 *
 * Since: 1.0
 */
GListModel *
ptce_dataset_get_poles (PtceDataset *self)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), NULL);
  return ptce_read_only_list_lend_list (self->poles, &self->poles_view);
}

static gboolean
add_pole (PtceDataset  *self,
          PtcePole     *pole,
          gboolean      check_references,
          GError      **error)
{
  const char *id;

  id = ptce_pole_get_id (pole);
  if (!ptce_id_is_valid (id))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                   _("A pole without an id cannot be added to the dataset: an id cannot be empty (give it when the pole is made)"));
      return FALSE;
    }
  if (g_hash_table_lookup (self->poles_by_id, id) == pole)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID,
                   _("Pole “%s” is already in the dataset"), id);
      return FALSE;
    }
  if (g_hash_table_contains (self->poles_by_id, id))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID,
                   _("The dataset already has a pole with id “%s”"), id);
      return FALSE;
    }
  if (g_hash_table_contains (self->actors_by_id, id))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID,
                   _("Pole id “%s” is already the id of an actor of the dataset; observations could not tell them apart"),
                   id);
      return FALSE;
    }
  if (check_references && !check_pole_references (self, pole, error))
    return FALSE;

  g_hash_table_insert (self->poles_by_id, (gpointer) id, pole);
  if (self->pending_poles != NULL)
    ptce_list_store_hold (&self->pending_poles, pole);
  else
    ptce_object_list_append_n (self->poles, (gpointer *) &pole, 1);
  return TRUE;
}

/**
 * ptce_dataset_add_pole:
 * @self: a #PtceDataset
 * @pole: a #PtcePole
 * @error: return location for a #GError
 *
 * Adds a pole at the end of the dataset's poles. Its id must be used by no
 * other pole and no actor of the dataset, and every actor it refers to —
 * its carrier, the actors of its memberships, the participants of its
 * cooperations and projects — must be an actor of the dataset (the very
 * object ptce_dataset_lookup_actor() returns): add the actors first.
 *
 * Returns: %TRUE on success; %FALSE with @error set to
 *   %PTCE_ERROR_DUPLICATE_ID when the id is taken, or
 *   %PTCE_ERROR_DANGLING_REFERENCE naming the pole, the actor and where the
 *   reference is
 *
 * Since: 1.0
 */
gboolean
ptce_dataset_add_pole (PtceDataset  *self,
                       PtcePole     *pole,
                       GError      **error)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), FALSE);
  g_return_val_if_fail (PTCE_IS_POLE (pole), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_pole (self, pole, TRUE, error);
}

gboolean
ptce_dataset_add_pole_unchecked_private (PtceDataset  *self,
                                         PtcePole     *pole,
                                         GError      **error)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), FALSE);
  g_return_val_if_fail (PTCE_IS_POLE (pole), FALSE);

  return add_pole (self, pole, FALSE, error);
}

/**
 * ptce_dataset_remove_pole:
 * @self: a #PtceDataset
 * @pole: a #PtcePole
 * @error: return location for a #GError
 *
 * Removes a pole from the dataset, with its memberships, cooperations,
 * projects and fundings, which belong to it. Removing does not cascade to
 * observations: while an observation is about the pole, the pole is kept
 * and the observation is named.
 *
 * Returns: %TRUE when the pole was removed; %FALSE with @error set to
 *   %PTCE_ERROR_IN_USE when an observation is about it, or
 *   %PTCE_ERROR_NOT_FOUND when it is not a pole of the dataset
 *
 * Since: 1.0
 */
gboolean
ptce_dataset_remove_pole (PtceDataset  *self,
                          PtcePole     *pole,
                          GError      **error)
{
  const char *id;
  PtceObservation *observation;
  guint position;

  g_return_val_if_fail (PTCE_IS_DATASET (self), FALSE);
  g_return_val_if_fail (PTCE_IS_POLE (pole), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = shown_id (ptce_pole_get_id (pole));
  if (g_hash_table_lookup (self->poles_by_id, id) != pole ||
      !ptce_object_list_find (self->poles, pole, &position))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND,
                   _("Pole “%s” is not in the dataset"), id);
      return FALSE;
    }

  observation = first_observation_of (self, id);
  if (observation != NULL)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_IN_USE,
                   _("Pole “%s” cannot be removed: an observation of indicator “%s” is about it"),
                   id, ptce_observation_get_indicator (observation));
      return FALSE;
    }

  g_hash_table_remove (self->poles_by_id, id);
  ptce_object_list_remove (self->poles, position);
  return TRUE;
}

/**
 * ptce_dataset_lookup_pole:
 * @self: a #PtceDataset
 * @id: the id of a pole
 *
 * Finds a pole of the dataset by its id, in constant time.
 *
 * Returns: (transfer none) (nullable): the pole, or %NULL when the dataset
 *   has none with that id
 *
 * Since: 1.0
 */
PtcePole *
ptce_dataset_lookup_pole (PtceDataset *self,
                          const char  *id)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->poles_by_id, id);
}

/* Observations */

/**
 * ptce_dataset_get_observations:
 * @self: a #PtceDataset
 *
 * Gets the observations of the dataset. The list model emits
 * #GListModel::items-changed as observations are added and removed.
 *
 * Returns: (transfer none): a #GListModel of #PtceObservation
 *
 * Since: 1.0
 */
GListModel *
ptce_dataset_get_observations (PtceDataset *self)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), NULL);
  return ptce_read_only_list_lend_list (self->observations, &self->observations_view);
}

/**
 * ptce_dataset_add_observation:
 * @self: a #PtceDataset
 * @observation: a #PtceObservation
 * @error: return location for a #GError
 *
 * Adds an observation at the end of the dataset's observations. Its
 * subject must be the id of an actor or a pole of the dataset. Adding the
 * very same observation object twice does nothing.
 *
 * Returns: %TRUE on success, %FALSE with @error set to
 *   %PTCE_ERROR_DANGLING_REFERENCE when the subject is neither an actor nor
 *   a pole of the dataset
 *
 * Since: 1.0
 */
gboolean
ptce_dataset_add_observation (PtceDataset      *self,
                              PtceObservation  *observation,
                              GError          **error)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), FALSE);
  g_return_val_if_fail (PTCE_IS_OBSERVATION (observation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_observation_subject (self, observation, error))
    return FALSE;
  /* one already there is not added again */
  ptce_dataset_add_observation_unchecked_private (self, observation);
  return TRUE;
}

gboolean
ptce_dataset_check_observation_private (PtceDataset      *self,
                                        PtceObservation  *observation,
                                        GError          **error)
{
  return check_observation_subject (self, observation, error);
}

void
ptce_dataset_add_observation_unchecked_private (PtceDataset     *self,
                                                PtceObservation *observation)
{
  const char *subject;
  GPtrArray *about;

  if (!g_hash_table_add (self->observation_set, observation))
    return;  /* already there */

  subject = ptce_observation_get_subject (observation);  /* construct-only */
  about = g_hash_table_lookup (self->observations_by_subject, subject);
  if (about == NULL)
    {
      about = g_ptr_array_new ();
      g_hash_table_insert (self->observations_by_subject, (gpointer) subject, about);
    }
  g_ptr_array_add (about, observation);
  if (self->pending_observations != NULL)
    ptce_list_store_hold (&self->pending_observations, observation);
  else
    ptce_object_list_append_n (self->observations, (gpointer *) &observation, 1);
}

/**
 * ptce_dataset_remove_observation:
 * @self: a #PtceDataset
 * @observation: a #PtceObservation
 *
 * Removes an observation from the dataset.
 *
 * Returns: %TRUE when @observation was in the dataset and was removed
 *
 * Since: 1.0
 */
gboolean
ptce_dataset_remove_observation (PtceDataset     *self,
                                 PtceObservation *observation)
{
  const char *subject;
  GPtrArray *about;

  g_return_val_if_fail (PTCE_IS_DATASET (self), FALSE);
  g_return_val_if_fail (PTCE_IS_OBSERVATION (observation), FALSE);

  if (!g_hash_table_contains (self->observation_set, observation))
    return FALSE;
  subject = ptce_observation_get_subject (observation);
  about = g_hash_table_lookup (self->observations_by_subject, subject);
  ptce_work_scan (about->len);
  g_ptr_array_remove (about, observation);
  if (about->len == 0)
    g_hash_table_remove (self->observations_by_subject, subject);
  g_hash_table_remove (self->observation_set, observation);
  /* the list may hold the last reference: the indexes let go first */
  return ptce_object_list_remove_item (self->observations, observation);
}

/**
 * ptce_dataset_list_observations_of:
 * @self: a #PtceDataset
 * @subject: the id of an actor or a pole
 *
 * Lists the observations about one actor or pole, as of the call.
 *
 * Returns: (transfer full): a new #GListModel of #PtceObservation, in the
 *   dataset's order
 *
 * Since: 1.0
 */
GListModel *
ptce_dataset_list_observations_of (PtceDataset *self,
                                   const char  *subject)
{
  GListStore *result;
  GPtrArray *about;

  g_return_val_if_fail (PTCE_IS_DATASET (self), NULL);
  g_return_val_if_fail (subject != NULL, NULL);

  result = g_list_store_new (PTCE_TYPE_OBSERVATION);
  about = g_hash_table_lookup (self->observations_by_subject, subject);
  if (about != NULL)
    {
      ptce_work_scan (about->len);
      g_list_store_splice (result, 0, 0, about->pdata, about->len);
    }
  return G_LIST_MODEL (result);
}

/**
 * ptce_dataset_validate:
 * @self: a #PtceDataset
 * @error: return location for a #GError
 *
 * Checks the references of the whole dataset again: poles may have changed
 * since they were added, and now refer to an actor outside the dataset.
 * Every pole is checked as ptce_dataset_add_pole() does, and every
 * observation as ptce_dataset_add_observation() does, in the dataset's
 * order. This checks that the data holds together; whether a pole meets
 * article 9 is the checker's work.
 *
 * Returns: %TRUE when the dataset is consistent; %FALSE with @error set to
 *   the first problem found (%PTCE_ERROR_DANGLING_REFERENCE), with the
 *   same message as when adding
 *
 * Since: 1.0
 */
gboolean
ptce_dataset_validate (PtceDataset  *self,
                       GError      **error)
{
  g_return_val_if_fail (PTCE_IS_DATASET (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return ptce_dataset_validate_private (self, FALSE, error);
}

gboolean
ptce_dataset_validate_members_private (PtceDataset  *self,
                                       gboolean      actors_resolved,
                                       GError      **error)
{
  guint n;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->poles));
  ptce_work_scan (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (G_LIST_MODEL (self->poles), i);

      if (!check_pole_references_full (self, pole, actors_resolved, error))
        return FALSE;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->actors));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceActor) actor = g_list_model_get_item (G_LIST_MODEL (self->actors), i);

      if (!check_compositions (self, actor, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ptce_dataset_validate_observations_private (PtceDataset  *self,
                                            GError      **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->observations));

  ptce_work_scan (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceObservation) observation =
        g_list_model_get_item (G_LIST_MODEL (self->observations), i);

      if (!check_observation_subject (self, observation, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ptce_dataset_validate_private (PtceDataset  *self,
                               gboolean      actors_resolved,
                               GError      **error)
{
  return ptce_dataset_validate_members_private (self, actors_resolved, error) &&
         ptce_dataset_validate_observations_private (self, error);
}

GPtrArray *
ptce_dataset_peek_observations_of_private (PtceDataset *self,
                                           const char  *subject)
{
  GPtrArray *about;

  /* an object made without its id (g_object_new() in a binding) is the
   * subject of nothing */
  if (subject == NULL)
    return NULL;
  about = g_hash_table_lookup (self->observations_by_subject, subject);
  if (about != NULL)
    ptce_work_scan (about->len);
  return about;
}
