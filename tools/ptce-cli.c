/* ptce-cli.c: what the subcommands of `ptce` share
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "ptce-cli.h"

void
ptce_cli_print_error (const char *message)
{
  g_return_if_fail (message != NULL);

  g_printerr ("ptce: %s\n", message);
}

static guint64 max_size = PTCE_CLI_DEFAULT_MAX_SIZE;

void
ptce_cli_set_max_size (guint64 size)
{
  max_size = size;
}

guint64
ptce_cli_get_max_size (void)
{
  return max_size;
}

gboolean
ptce_cli_parse_size (const char *text,
                     guint64    *out)
{
  char *end = NULL;
  guint64 value, unit = 1;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  errno = 0;
  value = g_ascii_strtoull (text, &end, 10);
  if (errno != 0)
    return FALSE;
  if (g_ascii_strcasecmp (end, "k") == 0)
    unit = 1024;
  else if (strcmp (end, "M") == 0)
    unit = 1024 * 1024;
  else if (strcmp (end, "G") == 0)
    unit = 1024 * 1024 * 1024;
  else if (*end != '\0')
    return FALSE;
  if (value == 0 || value > G_MAXUINT64 / unit)
    return FALSE;
  *out = value * unit;
  return TRUE;
}

PtceDataset *
ptce_cli_load_dataset (const char *path)
{
  g_autoptr(PtceJsonReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  PtceDataset *dataset;

  g_return_val_if_fail (path != NULL, NULL);

  reader = ptce_json_reader_new ();
  ptce_json_reader_set_max_size (reader, max_size);
  dataset = ptce_json_reader_load_file (reader, path, &error);
  if (dataset != NULL)
    return dataset;

  /* The message says where in the file and what; the file name says which
   * file, unless the reader already put it first. */
  display = g_filename_display_name (path);
  if (g_str_has_prefix (error->message, display) ||
      g_str_has_prefix (error->message, path))
    {
      ptce_cli_print_error (error->message);
    }
  else
    {
      /* TRANSLATORS: a file name, then what is wrong in it */
      g_autofree char *message = g_strdup_printf (C_("file name: error", "%s: %s"), display, error->message);

      ptce_cli_print_error (message);
    }
  return NULL;
}

void
ptce_cli_print_errorf (const char *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  ptce_cli_print_error (message);
}

gboolean
ptce_cli_parse_options (const char          *parameter_string,
                        const GOptionEntry  *entries,
                        const char          *summary,
                        const char          *description,
                        int                 *argc,
                        char              ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (description != NULL)
    g_option_context_set_description (context, description);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      ptce_cli_print_error (error->message);
      return FALSE;
    }
  return TRUE;
}

guint
ptce_cli_n_args (char **args)
{
  return args != NULL ? g_strv_length (args) : 0;
}

PtceDate *
ptce_cli_parse_date (const char *text)
{
  g_autoptr(PtceDate) date = NULL;

  if (text == NULL)
    return ptce_date_new_today ();

  date = ptce_date_new_from_iso8601 (text, NULL);
  if (date == NULL)
    {
      ptce_cli_print_errorf (_("--date “%s”: expected a date YYYY, YYYY-MM or YYYY-MM-DD"),
                             text);
      return NULL;
    }
  /* the data use partial dates, and so may the question: a moment asked
   * about as a year or a month is its first day (docs/rules.md) */
  if (ptce_date_get_precision (date) != PTCE_DATE_PRECISION_DAY)
    return ptce_date_new_from_julian (ptce_date_get_first_julian (date));
  return g_steal_pointer (&date);
}

PtceGeography *
ptce_cli_load_geography (const char *path)
{
  g_autoptr(GError) error = NULL;
  PtceGeography *geography;

  if (path == NULL)
    return g_object_ref (ptce_geography_get_default ());

  geography = ptce_geography_new_from_file (path, &error);
  if (geography == NULL)
    ptce_cli_print_error (error->message);
  return geography;
}

GListModel *
ptce_cli_select_poles (PtceDataset *dataset,
                       const char  *pole_id)
{
  PtcePole *pole;
  GListStore *selected;

  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);

  if (pole_id == NULL)
    return g_object_ref (ptce_dataset_get_poles (dataset));

  pole = ptce_dataset_lookup_pole (dataset, pole_id);
  if (pole == NULL)
    {
      ptce_cli_print_errorf (_("--pole “%s”: no pole of that id in the file"), pole_id);
      return NULL;
    }
  selected = g_list_store_new (PTCE_TYPE_POLE);
  g_list_store_append (selected, pole);
  return G_LIST_MODEL (selected);
}
