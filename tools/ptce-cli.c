/* ptce-cli.c: what the subcommands of `ptce` share
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

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

/* ---- progress ------------------------------------------------------------- */

/* The library reports no progress while it parses or writes (one call reads
 * or writes the whole file), so the line says what is being done and for how
 * long, not a fraction. */
struct _PtceCliProgress
{
  GMutex   lock;
  GCond    cond;
  gboolean done;
  gboolean shown;
  char    *what;
  gint64   start;
  gint64   after;    /* µs before the first line */
  GThread *thread;
};

/* Called with p->lock held (or before the thread exists). */
static void
progress_show (PtceCliProgress *p)
{
  /* TRANSLATORS: on the terminal during a long step: what is being done
   * ("reading FILE") and the whole seconds it has taken so far */
  g_autofree char *line = g_strdup_printf (_("%s… %u s"), p->what,
                                           (guint) ((g_get_monotonic_time () - p->start) / G_USEC_PER_SEC));

  /* One line, rewritten in place: carriage return, then clear to its end. */
  fprintf (stderr, "\rptce: %s\033[K", line);
  fflush (stderr);
  p->shown = TRUE;
}

static gpointer
progress_thread (gpointer data)
{
  PtceCliProgress *p = data;
  gint64 deadline = p->start + p->after;

  g_mutex_lock (&p->lock);
  while (!p->done)
    {
      if (g_cond_wait_until (&p->cond, &p->lock, deadline))
        continue;   /* stopped, or woken for nothing: look at done again */
      progress_show (p);
      deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
    }
  g_mutex_unlock (&p->lock);
  return NULL;
}

/* PTCE_PROGRESS_AFTER_MS: milliseconds before the line appears (1000 by
 * default; 0 shows it at once, which the tests use). */
static gint64
progress_after (void)
{
  const char *text = g_getenv ("PTCE_PROGRESS_AFTER_MS");
  guint64 ms;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT32, &ms, NULL))
    return 1000 * 1000;
  return (gint64) ms * 1000;
}

PtceCliProgress *
ptce_cli_progress_start (const char *what)
{
  PtceCliProgress *p;

  g_return_val_if_fail (what != NULL, NULL);

  /* Only for a person watching: never into a pipe, a file or a log. */
  if (!isatty (STDERR_FILENO))
    return NULL;
  p = g_new0 (PtceCliProgress, 1);
  g_mutex_init (&p->lock);
  g_cond_init (&p->cond);
  p->what = g_strdup (what);
  p->start = g_get_monotonic_time ();
  p->after = progress_after ();
  if (p->after == 0)
    {
      /* At once, before the step starts, whatever the thread's timing. */
      progress_show (p);
      p->after = G_USEC_PER_SEC / 2;
    }
  p->thread = g_thread_new ("ptce-progress", progress_thread, p);
  return p;
}

PtceCliProgress *
ptce_cli_progress_start_file (const char *format,
                              const char *path)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *what = NULL;

  if (!isatty (STDERR_FILENO))
    return NULL;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  what = g_strdup_printf (format, display);
#pragma GCC diagnostic pop
  return ptce_cli_progress_start (what);
}

void
ptce_cli_progress_stop (PtceCliProgress *p)
{
  if (p == NULL)
    return;
  g_mutex_lock (&p->lock);
  p->done = TRUE;
  g_cond_signal (&p->cond);
  g_mutex_unlock (&p->lock);
  g_thread_join (p->thread);
  if (p->shown)
    {
      /* The line goes away: what follows on stderr starts on a clean line. */
      fputs ("\r\033[K", stderr);
      fflush (stderr);
    }
  g_mutex_clear (&p->lock);
  g_cond_clear (&p->cond);
  g_free (p->what);
  g_free (p);
}

/* Reachable from here until exit (never freed on purpose): see below. */
static GPtrArray *kept_datasets;

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
  {
    /* TRANSLATORS: what ptce is doing, on the terminal: "reading FILE" */
    PtceCliProgress *progress = ptce_cli_progress_start_file (_("reading %s"), path);

    dataset = ptce_json_reader_load_file (reader, path, &error);
    ptce_cli_progress_stop (progress);
  }
  if (dataset != NULL)
    {
      /* A reference kept until the process ends: the command's own unref
       * then only drops a count, and the operating system takes the model
       * back at exit. Freeing it object by object took as long as a third
       * of the load (callgrind, `ptce summary` of S: 134 M of 674 M
       * instructions), after the command's output was all written. */
      if (kept_datasets == NULL)
        kept_datasets = g_ptr_array_new ();
      g_ptr_array_add (kept_datasets, g_object_ref (dataset));
      return dataset;
    }

  display = g_filename_display_name (path);

  /* The message says where in the file and what; the file name says which
   * file, unless the reader already put it first. */
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
