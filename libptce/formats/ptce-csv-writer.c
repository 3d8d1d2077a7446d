/* ptce-csv-writer.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-csv-writer.h"
#include "ptce-enum-types.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-save-private.h"
#include "ptce-actor.h"
#include "ptce-pole.h"
#include "ptce-membership.h"
#include "ptce-cooperation.h"
#include "ptce-model-private.h"

/**
 * SECTION:ptce-csv-writer
 * @Title: PtceCsvWriter
 * @Short_description: CSV tables for spreadsheets (RFC 4180)
 *
 * A #PtceCsvWriter holds one CSV table: a header row and rows of text
 * fields, written as RFC 4180 asks: UTF-8 without a byte order mark, fields
 * separated by commas, a field quoted with double quotes (doubled inside)
 * when it holds a comma, a quote, a line break or leading or trailing
 * spaces, and lines ended by CRLF. Every field is text: identifiers and
 * official codes keep their leading zeros ("01053", "2A004").
 *
 * ptce_csv_writer_new_for_actors(), ptce_csv_writer_new_for_memberships() and
 * ptce_csv_writer_new_for_cooperations() make the tables of a dataset with
 * the stable columns documented in `docs/csv.md`; the observatory makes the
 * tables of indicators and roll-ups. ptce_csv_writer_save_file() is atomic.
 */

/**
 * PtceCsvWriter:
 *
 * One CSV table being written.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_CSV_WRITER:
 *
 * The #GType of #PtceCsvWriter.
 *
 * Since: 1.0
 */

struct _PtceCsvWriter
{
  GObject   parent_instance;

  GStrv     header;
  guint     n_columns;
  guint     n_rows;
  GString  *text;
};

G_DEFINE_FINAL_TYPE (PtceCsvWriter, ptce_csv_writer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HEADER,
  PROP_N_ROWS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
append_field (GString    *out,
              const char *field)
{
  gsize length = strlen (field);
  gboolean quote = length > 0 && (field[0] == ' ' || field[length - 1] == ' ');

  if (!quote)
    quote = strpbrk (field, ",\"\r\n") != NULL;
  if (!quote)
    {
      g_string_append_len (out, field, length);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_row (GString            *out,
            const char * const *fields,
            guint               n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_field (out, fields[i] != NULL ? fields[i] : "");
    }
  g_string_append (out, "\r\n");
}

static void
ptce_csv_writer_finalize (GObject *object)
{
  PtceCsvWriter *self = (PtceCsvWriter *) object;

  g_clear_pointer (&self->header, g_strfreev);
  if (self->text != NULL)
    g_string_free (self->text, TRUE);

  G_OBJECT_CLASS (ptce_csv_writer_parent_class)->finalize (object);
}

static void
set_header (PtceCsvWriter      *self,
            const char * const *header)
{
  g_clear_pointer (&self->header, g_strfreev);
  g_string_truncate (self->text, 0);
  self->n_rows = 0;
  self->header = g_strdupv ((char **) header);
  if (self->header == NULL)
    self->header = g_new0 (char *, 1);
  self->n_columns = g_strv_length (self->header);
  /* Only valid UTF-8 goes out. */
  for (guint i = 0; i < self->n_columns; i++)
    if (!g_utf8_validate (self->header[i], -1, NULL))
      {
        g_free (self->header[i]);
        self->header[i] = g_strdup ("");
      }
  if (self->n_columns > 0)
    append_row (self->text, (const char * const *) self->header, self->n_columns);
}

static void
ptce_csv_writer_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PtceCsvWriter *self = PTCE_CSV_WRITER (object);

  switch (prop_id)
    {
    case PROP_HEADER:
      g_value_set_boxed (value, self->header);
      break;
    case PROP_N_ROWS:
      g_value_set_uint (value, self->n_rows);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_csv_writer_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PtceCsvWriter *self = PTCE_CSV_WRITER (object);

  switch (prop_id)
    {
    case PROP_HEADER:
      set_header (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_csv_writer_class_init (PtceCsvWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ptce_csv_writer_finalize;
  object_class->get_property = ptce_csv_writer_get_property;
  object_class->set_property = ptce_csv_writer_set_property;

  /**
   * PtceCsvWriter:header:
   *
   * The names of the columns, written as the first row.
   *
   * Since: 1.0
   */
  properties[PROP_HEADER] = g_param_spec_boxed ("header", NULL, NULL, G_TYPE_STRV,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS);
  /**
   * PtceCsvWriter:n-rows:
   *
   * The number of rows added, the header not counted.
   *
   * Since: 1.0
   */
  properties[PROP_N_ROWS] = g_param_spec_uint ("n-rows", NULL, NULL, 0, G_MAXUINT, 0,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                               G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_csv_writer_init (PtceCsvWriter *self)
{
  self->text = g_string_new (NULL);
  self->header = g_new0 (char *, 1);
}

/**
 * ptce_csv_writer_new:
 * @header: (array zero-terminated=1): the names of the columns
 *
 * Creates a table with the header row @header.
 *
 * Returns: (transfer full): a new #PtceCsvWriter
 *
 * Since: 1.0
 */
PtceCsvWriter *
ptce_csv_writer_new (const char * const *header)
{
  g_return_val_if_fail (header != NULL, NULL);

  return g_object_new (PTCE_TYPE_CSV_WRITER, "header", header, NULL);
}

/**
 * ptce_csv_writer_get_header:
 * @self: a #PtceCsvWriter
 *
 * Gets #PtceCsvWriter:header.
 *
 * Returns: (transfer none) (array zero-terminated=1): the column names
 *
 * Since: 1.0
 */
const char * const *
ptce_csv_writer_get_header (PtceCsvWriter *self)
{
  g_return_val_if_fail (PTCE_IS_CSV_WRITER (self), NULL);
  return (const char * const *) self->header;
}

/**
 * ptce_csv_writer_get_n_rows:
 * @self: a #PtceCsvWriter
 *
 * Gets #PtceCsvWriter:n-rows.
 *
 * Returns: the number of rows, the header not counted
 *
 * Since: 1.0
 */
guint
ptce_csv_writer_get_n_rows (PtceCsvWriter *self)
{
  g_return_val_if_fail (PTCE_IS_CSV_WRITER (self), 0);
  return self->n_rows;
}

/**
 * ptce_csv_writer_add_row:
 * @self: a #PtceCsvWriter
 * @fields: (array zero-terminated=1): one text per column
 * @error: return location for a #GError
 *
 * Adds a row. It must have as many fields as the header has columns, each
 * valid UTF-8.
 *
 * Returns: %TRUE when the row was added; %FALSE with
 *   %PTCE_ERROR_INVALID_FORMAT (nothing added) otherwise
 *
 * Since: 1.0
 */
gboolean
ptce_csv_writer_add_row (PtceCsvWriter       *self,
                         const char * const  *fields,
                         GError             **error)
{
  guint n;

  g_return_val_if_fail (PTCE_IS_CSV_WRITER (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();
  n = g_strv_length ((char **) fields);
  if (n != self->n_columns)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                   _("CSV row %u: %u fields where the header has %u columns"),
                   self->n_rows + 1, n, self->n_columns);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    if (!g_utf8_validate (fields[i], -1, NULL))
      {
        g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                     _("CSV row %u, column “%s”: the text is not valid UTF-8"),
                     self->n_rows + 1, self->header[i]);
        return FALSE;
      }
  append_row (self->text, fields, n);
  self->n_rows++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ROWS]);
  return TRUE;
}

/**
 * ptce_csv_writer_to_bytes:
 * @self: a #PtceCsvWriter
 *
 * Gets the table as CSV text.
 *
 * Returns: (transfer full): the UTF-8 bytes of the table
 *
 * Since: 1.0
 */
GBytes *
ptce_csv_writer_to_bytes (PtceCsvWriter *self)
{
  g_return_val_if_fail (PTCE_IS_CSV_WRITER (self), NULL);
  return g_bytes_new (self->text->str, self->text->len);
}

/**
 * ptce_csv_writer_save_file:
 * @self: a #PtceCsvWriter
 * @path: (type filename): where to write the table
 * @error: return location for a #GError
 *
 * Writes the table to @path atomically, as ptce_json_writer_save_file()
 * does: a crash leaves the old file or the new one, never a torn one.
 *
 * Returns: %TRUE on success; %FALSE with %PTCE_ERROR_IO otherwise
 *
 * Since: 1.0
 */
gboolean
ptce_csv_writer_save_file (PtceCsvWriter  *self,
                           const char     *path,
                           GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PTCE_IS_CSV_WRITER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = ptce_csv_writer_to_bytes (self);
  return ptce_save_bytes_atomically (path, bytes, error);
}

/* ------------------------------------------------------------------ */
/* The tables of a dataset                                             */

static const char *
nick (GType type,
      int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);
  const char *word = found != NULL ? found->value_nick : "";

  g_type_class_unref (klass);
  return word;
}

static char *
flags_words (GType type,
             guint value)
{
  GFlagsClass *klass = g_type_class_ref (type);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (value & klass->values[i].value) == klass->values[i].value)
      {
        if (out->len > 0)
          g_string_append_c (out, '|');
        g_string_append (out, klass->values[i].value_nick);
      }
  g_type_class_unref (klass);
  return g_string_free (out, FALSE);
}

static char *
date_text (PtceDate *date)
{
  return date != NULL ? ptce_date_to_iso8601 (date) : g_strdup ("");
}

static const char *
text (const char *value)
{
  return value != NULL ? value : "";
}

/**
 * ptce_csv_writer_new_for_actors:
 * @dataset: a #PtceDataset
 *
 * Makes the table of the dataset's actors, one row each, with the columns
 * id, name, kind, ess_family, ess_basis, ess_enterprise, siren, siret, rna,
 * legal_category, naf, seat_commune, esus_start, esus_end
 * (`docs/csv.md`). Enumerations are written with their ptce/1 words.
 *
 * Returns: (transfer full): a new #PtceCsvWriter
 *
 * Since: 1.0
 */
PtceCsvWriter *
ptce_csv_writer_new_for_actors (PtceDataset *dataset)
{
  static const char * const header[] = {
    "id", "name", "kind", "ess_family", "ess_basis", "ess_enterprise", "siren", "siret",
    "rna", "legal_category", "naf", "seat_commune", "esus_start", "esus_end", NULL,
  };
  PtceCsvWriter *self;
  GListModel *actors;

  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);

  self = ptce_csv_writer_new (header);
  actors = ptce_dataset_get_actors (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(PtceActor) actor = g_list_model_get_item (actors, i);
      g_autofree char *esus_start = date_text (ptce_actor_get_esus_start (actor));
      g_autofree char *esus_end = date_text (ptce_actor_get_esus_end (actor));
      const char *row[] = {
        ptce_actor_get_id (actor),
        text (ptce_actor_get_name (actor)),
        nick (PTCE_TYPE_ACTOR_KIND, ptce_actor_get_kind (actor)),
        nick (PTCE_TYPE_ESS_FAMILY, ptce_actor_get_ess_family (actor)),
        nick (PTCE_TYPE_ESS_BASIS, ptce_actor_get_ess_basis (actor)),
        ptce_actor_is_ess_enterprise (actor) ? "true" : "false",
        text (ptce_actor_get_siren (actor)),
        text (ptce_actor_get_siret (actor)),
        text (ptce_actor_get_rna (actor)),
        text (ptce_actor_get_legal_category (actor)),
        text (ptce_actor_get_naf (actor)),
        text (ptce_actor_get_seat_commune (actor)),
        esus_start,
        esus_end,
        NULL,
      };

      ptce_csv_writer_add_row (self, row, NULL);
    }
  return self;
}

/**
 * ptce_csv_writer_new_for_memberships:
 * @dataset: a #PtceDataset
 *
 * Makes the table of the memberships of every pole of the dataset, with
 * the columns pole_id, actor_id, roles (the role words separated by "|"),
 * member ("true" when the roles make the actor a member, "false" for a
 * body in link with the pole), start, end (`docs/csv.md`).
 *
 * Returns: (transfer full): a new #PtceCsvWriter
 *
 * Since: 1.0
 */
PtceCsvWriter *
ptce_csv_writer_new_for_memberships (PtceDataset *dataset)
{
  static const char * const header[] = {
    "pole_id", "actor_id", "roles", "member", "start", "end", NULL,
  };
  PtceCsvWriter *self;
  GListModel *poles;

  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);

  self = ptce_csv_writer_new (header);
  poles = ptce_dataset_get_poles (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      GListModel *memberships = ptce_pole_get_memberships (pole);

      for (guint k = 0; k < g_list_model_get_n_items (memberships); k++)
        {
          g_autoptr(PtceMembership) membership = g_list_model_get_item (memberships, k);
          g_autofree char *roles = flags_words (PTCE_TYPE_MEMBERSHIP_ROLE,
                                                ptce_membership_get_roles (membership));
          g_autofree char *start = date_text (ptce_membership_get_start (membership));
          g_autofree char *end = date_text (ptce_membership_get_end (membership));
          const char *row[] = {
            ptce_pole_get_id (pole),
            ptce_actor_get_id (ptce_membership_get_actor (membership)),
            roles,
            ptce_membership_is_member (membership) ? "true" : "false",
            start,
            end,
            NULL,
          };

          ptce_csv_writer_add_row (self, row, NULL);
        }
    }
  return self;
}

/**
 * ptce_csv_writer_new_for_cooperations:
 * @dataset: a #PtceDataset
 *
 * Makes the table of the cooperations of every pole, with the columns
 * pole_id, cooperation_id, mode, object, start, end, participants (actor
 * ids separated by "|"), description (`docs/csv.md`).
 *
 * Returns: (transfer full): a new #PtceCsvWriter
 *
 * Since: 1.0
 */
PtceCsvWriter *
ptce_csv_writer_new_for_cooperations (PtceDataset *dataset)
{
  static const char * const header[] = {
    "pole_id", "cooperation_id", "mode", "object", "start", "end", "participants",
    "description", NULL,
  };
  PtceCsvWriter *self;
  GListModel *poles;

  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);

  self = ptce_csv_writer_new (header);
  poles = ptce_dataset_get_poles (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      GListModel *cooperations = ptce_pole_get_cooperations (pole);

      for (guint k = 0; k < g_list_model_get_n_items (cooperations); k++)
        {
          g_autoptr(PtceCooperation) cooperation = g_list_model_get_item (cooperations, k);
          guint n_participants;
          PtceActor * const *participants =
            ptce_cooperation_peek_participant_array_private (cooperation, &n_participants);
          g_autoptr(GString) ids = g_string_new (NULL);
          g_autofree char *start = date_text (ptce_cooperation_get_start (cooperation));
          g_autofree char *end = date_text (ptce_cooperation_get_end (cooperation));

          for (guint p = 0; p < n_participants; p++)
            {
              if (p > 0)
                g_string_append_c (ids, '|');
              g_string_append (ids, ptce_actor_get_id (participants[p]));
            }
          {
            const char *row[] = {
              ptce_pole_get_id (pole),
              ptce_cooperation_get_id (cooperation),
              nick (PTCE_TYPE_COOPERATION_MODE, ptce_cooperation_get_mode (cooperation)),
              nick (PTCE_TYPE_COOPERATION_OBJECT, ptce_cooperation_get_object (cooperation)),
              start,
              end,
              ids->str,
              text (ptce_cooperation_get_description (cooperation)),
              NULL,
            };

            ptce_csv_writer_add_row (self, row, NULL);
          }
        }
    }
  return self;
}
