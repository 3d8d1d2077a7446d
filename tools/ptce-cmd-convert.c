/* ptce-cmd-convert.c: `ptce convert FILE --output OUT [--compact]`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Reads a ptce/1 file and writes its dataset to OUT. The one output form for
 * now is ptce/1 itself, normalised by PtceJsonWriter (members in the order of
 * docs/format.md, defaults left out, unknown members kept); the other forms
 * (CSV, JSON-LD…) will be options of this command. OUT is written
 * atomically by ptce_json_writer_save_file(): an error or a crash leaves an
 * existing OUT as it was. `--output -` writes to the standard output, and a
 * device or a pipe is written in place, never replaced. Exit
 * status: 0 when written, 2 when the usage or the input is invalid or OUT
 * cannot be written. Only the public API of libptce is used. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ptce-cli.h"

/* Writes all of @bytes to @fd; FALSE with errno set when it cannot (a
 * closed pipe, a full disk). */
static gboolean
write_all (int     fd,
           GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = EIO;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* The writer replaces a file by renaming a new one over it: right for a
 * regular file, wrong for a device or a pipe (`--output /dev/null` run as
 * root would replace the device with a regular file). Those are written in
 * place, as the standard output is. A directory is left to the writer,
 * which refuses it. */
static gboolean
is_special_file (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode);
}

static gboolean
write_special_file (const char *path,
                    GBytes     *bytes)
{
  int fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  int saved_errno = 0;
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;

  if (fd >= 0)
    {
      gboolean ok = write_all (fd, bytes);

      saved_errno = errno;
      if (close (fd) != 0 && ok)
        {
          ok = FALSE;
          saved_errno = errno;
        }
      if (ok)
        return TRUE;
    }
  else
    saved_errno = errno;

  display = g_filename_display_name (path);
  message = g_strdup_printf (_("Cannot write “%s”: %s"), display, g_strerror (saved_errno));
  ptce_cli_print_error (message);
  return FALSE;
}

/* What convert writes, ptce reads: pretty output is about 1.5 times the
 * compact input, so a file read under the limit can be written over it.
 * Then a note says which --max-size reads it back (docs/performance.md). */
static void
note_if_over_limit (const char *path)
{
  GStatBuf st;
  g_autofree char *display = NULL;
  g_autofree char *size = NULL;
  g_autofree char *limit = NULL;

  if (g_stat (path, &st) != 0 || (guint64) st.st_size <= ptce_cli_get_max_size ())
    return;
  display = g_filename_display_name (path);
  size = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) st.st_size);
  limit = g_strdup_printf ("%" G_GUINT64_FORMAT, ptce_cli_get_max_size ());
  /* TRANSLATORS: a file name, its size in bytes, the limit in bytes, then
   * the size again */
  ptce_cli_print_errorf (_("note: %s is %s bytes, over the limit of %s bytes of the commands that read it: read it with --max-size=%s"),
                         display, size, limit, size);
}

int
ptce_cmd_convert (int    argc,
                  char **argv)
{
  g_autofree char *output_arg = NULL;
  gboolean compact = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_arg,
      N_("Write to OUT (“-” for the standard output); required"), N_("OUT") },
    { "compact", 'c', 0, G_OPTION_ARG_NONE, &compact,
      N_("Write the JSON on one line instead of indented"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (C_("ptce convert", "FILE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(PtceJsonWriter) writer = NULL;
  gboolean saved;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Converts the dataset of a ptce/1 FILE into another form, written to OUT. For now the one form is ptce/1 itself, normalised: members in the documented order, values at their default left out, members libptce does not know kept. Other forms (CSV, JSON-LD) will come as options of this command."));
  g_option_context_set_description (context,
                                    _("OUT is replaced only once the whole FILE has been read and the whole dataset written: an error or a crash leaves an existing OUT as it was. FILE and OUT may be the same file. A device or a pipe is written in place.\n\nExit status: 0 when OUT is written, 2 when the usage or the input is invalid or OUT cannot be written (nothing is written then)."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (files == NULL || files[0] == NULL
                         ? _("convert: a FILE is needed (see “%s”)")
                         : _("convert: only one FILE can be converted at a time (see “%s”)"),
                         "ptce convert --help");

      ptce_cli_print_error (message);
      return PTCE_EXIT_INVALID;
    }

  if (output_arg == NULL || *output_arg == '\0')
    {
      g_autofree char *message =
        g_strdup_printf (_("convert: --output OUT is needed, “-” for the standard output (see “%s”)"),
                         "ptce convert --help");

      ptce_cli_print_error (message);
      return PTCE_EXIT_INVALID;
    }

  dataset = ptce_cli_load_dataset (files[0]);
  if (dataset == NULL)
    return PTCE_EXIT_INVALID;

  writer = ptce_json_writer_new ();
  ptce_json_writer_set_pretty (writer, !compact);

  if (strcmp (output_arg, "-") == 0 || is_special_file (output_arg))
    {
      /* Built whole before the first byte goes out: a dataset the writer
       * refuses writes nothing. */
      g_autoptr(GBytes) bytes = ptce_json_writer_save_bytes (writer, dataset, &error);

      if (bytes == NULL)
        {
          ptce_cli_print_error (error->message);
          return PTCE_EXIT_INVALID;
        }
      if (strcmp (output_arg, "-") != 0)
        return write_special_file (output_arg, bytes) ? PTCE_EXIT_OK : PTCE_EXIT_INVALID;
      if (!write_all (STDOUT_FILENO, bytes))
        {
          g_autofree char *message =
            g_strdup_printf (_("Cannot write to the standard output: %s"), g_strerror (errno));

          ptce_cli_print_error (message);
          return PTCE_EXIT_INVALID;
        }
      return PTCE_EXIT_OK;
    }

  /* Atomic: a temporary file beside OUT, flushed, then renamed over it. Its
   * message names OUT. */
  {
    /* TRANSLATORS: what ptce is doing, on the terminal: "writing FILE" */
    PtceCliProgress *progress = ptce_cli_progress_start_file (_("writing %s"), output_arg);

    saved = ptce_json_writer_save_file (writer, dataset, output_arg, &error);
    ptce_cli_progress_stop (progress);
  }
  if (!saved)
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  note_if_over_limit (output_arg);
  return PTCE_EXIT_OK;
}
