/* ptce-csv-problem.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-csv-problem-private.h"
#include "ptce-i18n-private.h"

/**
 * SECTION:ptce-csv-problem
 * @Title: PtceCsvProblem
 * @Short_description: a row of a CSV table that could not be read, and why
 *
 * A #PtceCsvImporter reports every row it does not import as a
 * #PtceCsvProblem: the line of the file where the row starts (the header is
 * line 1), the column concerned when one is, and what is wrong. Blank rows
 * are reported together, as one problem spanning #PtceCsvProblem:row to
 * #PtceCsvProblem:last-row.
 */

/**
 * PtceCsvProblem:
 *
 * One row (or run of blank rows) a CSV import did not take. Read-only.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_CSV_PROBLEM:
 *
 * The #GType of #PtceCsvProblem.
 *
 * Since: 1.0
 */

struct _PtceCsvProblem
{
  GObject  parent_instance;

  guint    row;
  guint    last_row;
  char    *column;
  char    *message;
};

G_DEFINE_FINAL_TYPE (PtceCsvProblem, ptce_csv_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROW,
  PROP_LAST_ROW,
  PROP_COLUMN,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_csv_problem_finalize (GObject *object)
{
  PtceCsvProblem *self = (PtceCsvProblem *) object;

  g_clear_pointer (&self->column, g_free);
  g_clear_pointer (&self->message, g_free);
  G_OBJECT_CLASS (ptce_csv_problem_parent_class)->finalize (object);
}

static void
ptce_csv_problem_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PtceCsvProblem *self = PTCE_CSV_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_ROW:
      g_value_set_uint (value, self->row);
      break;
    case PROP_LAST_ROW:
      g_value_set_uint (value, ptce_csv_problem_get_last_row (self));
      break;
    case PROP_COLUMN:
      g_value_set_string (value, self->column);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, ptce_csv_problem_get_message (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_csv_problem_class_init (PtceCsvProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_csv_problem_finalize;
  object_class->get_property = ptce_csv_problem_get_property;

  /**
   * PtceCsvProblem:row:
   *
   * The line of the file where the row starts (1 is the header).
   *
   * Since: 1.0
   */
  properties[PROP_ROW] = g_param_spec_uint ("row", NULL, NULL, 0, G_MAXUINT, 0, ro);
  /**
   * PtceCsvProblem:last-row:
   *
   * The last line the problem spans (the same as #PtceCsvProblem:row but
   * for a run of blank rows).
   *
   * Since: 1.0
   */
  properties[PROP_LAST_ROW] = g_param_spec_uint ("last-row", NULL, NULL, 0, G_MAXUINT, 0, ro);
  /**
   * PtceCsvProblem:column:
   *
   * The column concerned, as the header names it, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_COLUMN] = g_param_spec_string ("column", NULL, NULL, NULL, ro);
  /**
   * PtceCsvProblem:message:
   *
   * What is wrong, in the user's language.
   *
   * Since: 1.0
   */
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_csv_problem_init (PtceCsvProblem *self)
{
}

PtceCsvProblem *
ptce_csv_problem_new_internal (guint       row,
                               guint       last_row,
                               const char *column,
                               char       *message)
{
  PtceCsvProblem *self = g_object_new (PTCE_TYPE_CSV_PROBLEM, NULL);

  self->row = row;
  self->last_row = MAX (row, last_row);
  self->column = g_strdup (column);
  self->message = message;
  return self;
}

/**
 * ptce_csv_problem_get_row:
 * @self: a #PtceCsvProblem
 *
 * Gets #PtceCsvProblem:row.
 *
 * Returns: the line where the row starts
 *
 * Since: 1.0
 */
guint
ptce_csv_problem_get_row (PtceCsvProblem *self)
{
  g_return_val_if_fail (PTCE_IS_CSV_PROBLEM (self), 0);
  return self->row;
}

/**
 * ptce_csv_problem_get_last_row:
 * @self: a #PtceCsvProblem
 *
 * Gets #PtceCsvProblem:last-row.
 *
 * Returns: the last line the problem spans
 *
 * Since: 1.0
 */
guint
ptce_csv_problem_get_last_row (PtceCsvProblem *self)
{
  g_return_val_if_fail (PTCE_IS_CSV_PROBLEM (self), 0);
  return MAX (self->row, self->last_row);
}

/**
 * ptce_csv_problem_get_column:
 * @self: a #PtceCsvProblem
 *
 * Gets #PtceCsvProblem:column.
 *
 * Returns: (nullable): the column concerned
 *
 * Since: 1.0
 */
const char *
ptce_csv_problem_get_column (PtceCsvProblem *self)
{
  g_return_val_if_fail (PTCE_IS_CSV_PROBLEM (self), NULL);
  return self->column;
}

/**
 * ptce_csv_problem_get_message:
 * @self: a #PtceCsvProblem
 *
 * Gets #PtceCsvProblem:message.
 *
 * Returns: what is wrong
 *
 * Since: 1.0
 */
const char *
ptce_csv_problem_get_message (PtceCsvProblem *self)
{
  g_return_val_if_fail (PTCE_IS_CSV_PROBLEM (self), NULL);
  return self->message != NULL ? self->message : "";
}

/**
 * ptce_csv_problem_to_string:
 * @self: a #PtceCsvProblem
 *
 * Says the problem in one line: "row 5, column “siren”: …", or
 * "rows 3–9: …".
 *
 * Returns: (transfer full): the problem as text
 *
 * Since: 1.0
 */
char *
ptce_csv_problem_to_string (PtceCsvProblem *self)
{
  g_autofree char *where = NULL;
  guint last;

  g_return_val_if_fail (PTCE_IS_CSV_PROBLEM (self), NULL);

  ptce_i18n_init ();
  last = ptce_csv_problem_get_last_row (self);
  if (last > self->row)
    where = g_strdup_printf (_("rows %u–%u"), self->row, last);
  else if (self->column != NULL)
    where = g_strdup_printf (_("row %u, column “%s”"), self->row, self->column);
  else
    where = g_strdup_printf (_("row %u"), self->row);
  return g_strdup_printf (_("%s: %s"), where, ptce_csv_problem_get_message (self));
}
