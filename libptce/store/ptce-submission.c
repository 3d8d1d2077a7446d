/* ptce-submission.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-submission-private.h"

/**
 * SECTION:ptce-submission
 * @Title: PtceSubmission
 * @Short_description: one file received by a store, with its provenance
 *
 * A #PtceSubmission is one ptce/1 file as a #PtceStore received it: who
 * sent it (#PtceSubmission:submitter), from which source
 * (#PtceSubmission:source), on which day (#PtceSubmission:received), and the
 * SHA-256 of its exact bytes, which the store keeps so the file can be read
 * again as it arrived (ptce_store_dup_submission_bytes()). Submissions are
 * append-only: a store never changes one once recorded.
 *
 * The date received decides what a store "knew" at a date: the
 * `as_known` argument of ptce_store_load_dataset() counts the submissions
 * received on or before it.
 *
 * Submissions are made by the store and read-only.
 */

/**
 * PtceSubmission:
 *
 * One submission of a #PtceStore. Read-only; its fields are properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_SUBMISSION:
 *
 * The #GType of #PtceSubmission.
 *
 * Since: 1.0
 */

struct _PtceSubmission
{
  GObject   parent_instance;

  gint64    id;
  char     *sha256;
  char     *source;
  char     *submitter;
  PtceDate *received;
  char     *imported;
  char     *title;
  guint64   size;
  guint     n_poles;
  guint     n_actors;
  gboolean  existed;
};

G_DEFINE_FINAL_TYPE (PtceSubmission, ptce_submission, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SHA256,
  PROP_SOURCE,
  PROP_SUBMITTER,
  PROP_RECEIVED,
  PROP_IMPORTED,
  PROP_TITLE,
  PROP_SIZE,
  PROP_N_POLES,
  PROP_N_ACTORS,
  PROP_EXISTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_submission_finalize (GObject *object)
{
  PtceSubmission *self = (PtceSubmission *) object;

  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->submitter, g_free);
  g_clear_pointer (&self->received, ptce_date_unref);
  g_clear_pointer (&self->imported, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (ptce_submission_parent_class)->finalize (object);
}

static void
ptce_submission_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PtceSubmission *self = PTCE_SUBMISSION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_SHA256: g_value_set_string (value, self->sha256); break;
    case PROP_SOURCE: g_value_set_string (value, self->source); break;
    case PROP_SUBMITTER: g_value_set_string (value, self->submitter); break;
    case PROP_RECEIVED: g_value_set_boxed (value, self->received); break;
    case PROP_IMPORTED: g_value_set_string (value, self->imported); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_SIZE: g_value_set_uint64 (value, self->size); break;
    case PROP_N_POLES: g_value_set_uint (value, self->n_poles); break;
    case PROP_N_ACTORS: g_value_set_uint (value, self->n_actors); break;
    case PROP_EXISTED: g_value_set_boolean (value, self->existed); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_submission_class_init (PtceSubmissionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_submission_finalize;
  object_class->get_property = ptce_submission_get_property;

  /**
   * PtceSubmission:id:
   *
   * The number of the submission in its store (1, 2, …), in the order
   * received; 0 for a submission not from a store.
   *
   * Since: 1.0
   */
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  /**
   * PtceSubmission:sha256:
   *
   * The SHA-256 of the exact bytes received, in lower-case hexadecimal.
   *
   * Since: 1.0
   */
  properties[PROP_SHA256] = g_param_spec_string ("sha256", NULL, NULL, NULL, ro);
  /**
   * PtceSubmission:source:
   *
   * Where the file comes from ("the pole", "CRESS Occitanie", "AAP 2015
   * application"…), as the importer said.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, ro);
  /**
   * PtceSubmission:submitter:
   *
   * Who sent the file, as the importer said.
   *
   * Since: 1.0
   */
  properties[PROP_SUBMITTER] = g_param_spec_string ("submitter", NULL, NULL, NULL, ro);
  /**
   * PtceSubmission:received:
   *
   * The day the file was received, which decides from when the store
   * knows what it says.
   *
   * Since: 1.0
   */
  properties[PROP_RECEIVED] = g_param_spec_boxed ("received", NULL, NULL, PTCE_TYPE_DATE, ro);
  /**
   * PtceSubmission:imported:
   *
   * When the store recorded it: an ISO 8601 UTC timestamp.
   *
   * Since: 1.0
   */
  properties[PROP_IMPORTED] = g_param_spec_string ("imported", NULL, NULL, NULL, ro);
  /**
   * PtceSubmission:title:
   *
   * The title of the dataset the file holds, if it has one.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  /**
   * PtceSubmission:size:
   *
   * The size of the file received, in bytes.
   *
   * Since: 1.0
   */
  properties[PROP_SIZE] = g_param_spec_uint64 ("size", NULL, NULL, 0, G_MAXUINT64, 0, ro);
  /**
   * PtceSubmission:n-poles:
   *
   * How many poles the file describes.
   *
   * Since: 1.0
   */
  properties[PROP_N_POLES] = g_param_spec_uint ("n-poles", NULL, NULL, 0, G_MAXUINT, 0, ro);
  /**
   * PtceSubmission:n-actors:
   *
   * How many actors the file describes.
   *
   * Since: 1.0
   */
  properties[PROP_N_ACTORS] = g_param_spec_uint ("n-actors", NULL, NULL, 0, G_MAXUINT, 0, ro);
  /**
   * PtceSubmission:existed:
   *
   * %TRUE when an import found the same bytes already recorded and returned
   * that earlier submission instead of recording them twice.
   *
   * Since: 1.0
   */
  properties[PROP_EXISTED] = g_param_spec_boolean ("existed", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_submission_init (PtceSubmission *self)
{
}

PtceSubmission *
ptce_submission_new_internal (gint64      id,
                              const char *sha256,
                              const char *source,
                              const char *submitter,
                              PtceDate   *received,
                              const char *imported,
                              const char *title,
                              guint64     size,
                              guint       n_poles,
                              guint       n_actors)
{
  PtceSubmission *self = g_object_new (PTCE_TYPE_SUBMISSION, NULL);

  self->id = id;
  self->sha256 = g_strdup (sha256);
  self->source = g_strdup (source);
  self->submitter = g_strdup (submitter);
  self->received = received ? ptce_date_ref (received) : NULL;
  self->imported = g_strdup (imported);
  self->title = g_strdup (title);
  self->size = size;
  self->n_poles = n_poles;
  self->n_actors = n_actors;
  return self;
}

void
ptce_submission_set_existed (PtceSubmission *self,
                             gboolean        existed)
{
  self->existed = !!existed;
}

/**
 * ptce_submission_get_id:
 * @self: a #PtceSubmission
 *
 * Gets #PtceSubmission:id.
 *
 * Returns: the number of the submission in its store
 *
 * Since: 1.0
 */
gint64
ptce_submission_get_id (PtceSubmission *self)
{
  g_return_val_if_fail (PTCE_IS_SUBMISSION (self), 0);
  return self->id;
}

/**
 * ptce_submission_get_sha256:
 * @self: a #PtceSubmission
 *
 * Gets #PtceSubmission:sha256.
 *
 * Returns: (nullable): the SHA-256 of the bytes received
 *
 * Since: 1.0
 */
const char *
ptce_submission_get_sha256 (PtceSubmission *self)
{
  g_return_val_if_fail (PTCE_IS_SUBMISSION (self), NULL);
  return self->sha256;
}

/**
 * ptce_submission_get_source:
 * @self: a #PtceSubmission
 *
 * Gets #PtceSubmission:source.
 *
 * Returns: (nullable): where the file comes from
 *
 * Since: 1.0
 */
const char *
ptce_submission_get_source (PtceSubmission *self)
{
  g_return_val_if_fail (PTCE_IS_SUBMISSION (self), NULL);
  return self->source;
}

/**
 * ptce_submission_get_submitter:
 * @self: a #PtceSubmission
 *
 * Gets #PtceSubmission:submitter.
 *
 * Returns: (nullable): who sent the file
 *
 * Since: 1.0
 */
const char *
ptce_submission_get_submitter (PtceSubmission *self)
{
  g_return_val_if_fail (PTCE_IS_SUBMISSION (self), NULL);
  return self->submitter;
}

/**
 * ptce_submission_get_received:
 * @self: a #PtceSubmission
 *
 * Gets #PtceSubmission:received.
 *
 * Returns: (nullable) (transfer none): the day the file was received
 *
 * Since: 1.0
 */
PtceDate *
ptce_submission_get_received (PtceSubmission *self)
{
  g_return_val_if_fail (PTCE_IS_SUBMISSION (self), NULL);
  return self->received;
}

/**
 * ptce_submission_get_imported:
 * @self: a #PtceSubmission
 *
 * Gets #PtceSubmission:imported.
 *
 * Returns: (nullable): when the store recorded it (ISO 8601, UTC)
 *
 * Since: 1.0
 */
const char *
ptce_submission_get_imported (PtceSubmission *self)
{
  g_return_val_if_fail (PTCE_IS_SUBMISSION (self), NULL);
  return self->imported;
}

/**
 * ptce_submission_get_title:
 * @self: a #PtceSubmission
 *
 * Gets #PtceSubmission:title.
 *
 * Returns: (nullable): the title of the dataset received
 *
 * Since: 1.0
 */
const char *
ptce_submission_get_title (PtceSubmission *self)
{
  g_return_val_if_fail (PTCE_IS_SUBMISSION (self), NULL);
  return self->title;
}

/**
 * ptce_submission_get_size:
 * @self: a #PtceSubmission
 *
 * Gets #PtceSubmission:size.
 *
 * Returns: the size of the file received, in bytes
 *
 * Since: 1.0
 */
guint64
ptce_submission_get_size (PtceSubmission *self)
{
  g_return_val_if_fail (PTCE_IS_SUBMISSION (self), 0);
  return self->size;
}

/**
 * ptce_submission_get_n_poles:
 * @self: a #PtceSubmission
 *
 * Gets #PtceSubmission:n-poles.
 *
 * Returns: how many poles the file describes
 *
 * Since: 1.0
 */
guint
ptce_submission_get_n_poles (PtceSubmission *self)
{
  g_return_val_if_fail (PTCE_IS_SUBMISSION (self), 0);
  return self->n_poles;
}

/**
 * ptce_submission_get_n_actors:
 * @self: a #PtceSubmission
 *
 * Gets #PtceSubmission:n-actors.
 *
 * Returns: how many actors the file describes
 *
 * Since: 1.0
 */
guint
ptce_submission_get_n_actors (PtceSubmission *self)
{
  g_return_val_if_fail (PTCE_IS_SUBMISSION (self), 0);
  return self->n_actors;
}

/**
 * ptce_submission_get_existed:
 * @self: a #PtceSubmission
 *
 * Gets #PtceSubmission:existed.
 *
 * Returns: whether the import found these bytes already recorded
 *
 * Since: 1.0
 */
gboolean
ptce_submission_get_existed (PtceSubmission *self)
{
  g_return_val_if_fail (PTCE_IS_SUBMISSION (self), FALSE);
  return self->existed;
}
