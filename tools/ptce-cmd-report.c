/* ptce-cmd-report.c: `ptce report FILE (--pole ID | --territory CODE)
 *                     [--date YYYY-MM-DD] [--lang fr|en] --output OUT.html`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Writes the self-contained HTML report (PtceReport) of one pole, or of the
 * poles of a territory, as of a date. OUT is written atomically (a failure
 * leaves an existing OUT as it was); `--output -` writes to the standard
 * output. --lang chooses the language of the report (and of the messages),
 * otherwise the language of the message catalogue. Exit status: 0 when
 * written, 2 when the usage or the input is invalid or OUT cannot be
 * written. Only the public API of libptce is used. */
#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "ptce-cli.h"

/* Makes gettext answer in @lang from now on. LANGUAGE is what gettext
 * reads first, but it ignores it under the "C" locale: C.UTF-8 (built into
 * glibc) does not, and changes nothing else of the messages. */
static void
use_language (const char *lang)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);

  if (messages == NULL || strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0)
    setlocale (LC_MESSAGES, "C.UTF-8");
  g_setenv ("LANGUAGE", lang, TRUE);
  /* Tells gettext that its catalogues changed: it forgets what it found. */
  textdomain (textdomain (NULL));
}

int
ptce_cmd_report (int    argc,
                 char **argv)
{
  g_autofree char *pole_arg = NULL;
  g_autofree char *territory_arg = NULL;
  g_autofree char *date_arg = NULL;
  g_autofree char *lang_arg = NULL;
  g_autofree char *output_arg = NULL;
  g_autofree char *geography_arg = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "pole", 'p', 0, G_OPTION_ARG_STRING, &pole_arg,
      N_("Report on the pole of this id"), N_("ID") },
    { "territory", 't', 0, G_OPTION_ARG_STRING, &territory_arg,
      N_("Report on the poles of a territory: reg:CODE, dep:CODE, epci:SIREN, or all"), N_("CODE") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_arg,
      N_("Report as of this date instead of today"), N_("YYYY-MM-DD") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang_arg,
      N_("Write the report in French or English (default: the language of the messages)"), N_("fr|en") },
    { "geography", 'g', 0, G_OPTION_ARG_FILENAME, &geography_arg,
      N_("Use this geography file instead of the embedded one"), N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_arg,
      N_("Write the HTML report to OUT (“-” for the standard output); required"), N_("OUT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(PtceDate) when = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(PtceGeography) geography = NULL;
  g_autoptr(PtceReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (!ptce_cli_parse_options (C_("ptce report", "FILE"), entries,
                               _("Writes a self-contained HTML report of one pole of a ptce/1 file, or of the poles of a territory, as of a date: the verdict and the diagnosis with the law's words, identity and territory, members, timeline, cooperations, indicators and their sources, with charts. It needs no network to be read, and prints cleanly."),
                               _("OUT is replaced only once the whole report is written: an error leaves an existing OUT as it was.\n\nExit status: 0 when OUT is written, 2 when the usage or the input is invalid or OUT cannot be written."),
                               &argc, &argv))
    return PTCE_EXIT_INVALID;

  /* The language first: every message after this one is in it. */
  if (lang_arg != NULL)
    {
      if (strcmp (lang_arg, "fr") != 0 && strcmp (lang_arg, "en") != 0)
        {
          ptce_cli_print_errorf (_("--lang “%s”: expected “fr” or “en”"), lang_arg);
          return PTCE_EXIT_INVALID;
        }
      use_language (lang_arg);
    }

  if (ptce_cli_n_args (files) != 1)
    {
      ptce_cli_print_errorf (ptce_cli_n_args (files) == 0
                             ? _("report: a FILE is needed (see “%s”)")
                             : _("report: only one FILE can be reported on at a time (see “%s”)"),
                             "ptce report --help");
      return PTCE_EXIT_INVALID;
    }
  if ((pole_arg == NULL) == (territory_arg == NULL))
    {
      ptce_cli_print_errorf (_("report: give either --pole ID or --territory CODE (see “%s”)"),
                             "ptce report --help");
      return PTCE_EXIT_INVALID;
    }
  if (output_arg == NULL || *output_arg == '\0')
    {
      ptce_cli_print_errorf (_("report: --output OUT is needed, “-” for the standard output (see “%s”)"),
                             "ptce report --help");
      return PTCE_EXIT_INVALID;
    }

  when = ptce_cli_parse_date (date_arg);
  if (when == NULL)
    return PTCE_EXIT_INVALID;
  geography = ptce_cli_load_geography (geography_arg);
  if (geography == NULL)
    return PTCE_EXIT_INVALID;
  dataset = ptce_cli_load_dataset (files[0]);
  if (dataset == NULL)
    return PTCE_EXIT_INVALID;

  report = pole_arg != NULL
    ? ptce_report_new_for_pole (dataset, pole_arg)
    : ptce_report_new_for_territory (dataset, territory_arg);
  ptce_report_set_date (report, when);
  ptce_report_set_geography (report, geography);

  if (strcmp (output_arg, "-") == 0)
    {
      g_autoptr(GBytes) bytes = ptce_report_to_bytes (report, &error);
      gsize length;
      const char *data;

      if (bytes == NULL)
        {
          ptce_cli_print_error (error->message);
          return PTCE_EXIT_INVALID;
        }
      data = g_bytes_get_data (bytes, &length);
      while (length > 0)
        {
          gssize n = write (STDOUT_FILENO, data, length);

          if (n < 0 && errno == EINTR)
            continue;
          if (n <= 0)
            {
              ptce_cli_print_errorf (_("Cannot write to the standard output: %s"),
                                     g_strerror (n == 0 ? EIO : errno));
              return PTCE_EXIT_INVALID;
            }
          data += n;
          length -= (gsize) n;
        }
      return PTCE_EXIT_OK;
    }

  if (!ptce_report_save_file (report, output_arg, &error))
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  return PTCE_EXIT_OK;
}
