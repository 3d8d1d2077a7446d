/* ptce.c: the `ptce` command-line tool, entry point and dispatch
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * `ptce COMMAND [ARGUMENTS…]` runs one subcommand. Each subcommand lives in
 * tools/ptce-cmd-<name>.c; tools/meson.build compiles the ones it lists and
 * defines PTCE_CLI_HAVE_<NAME> for each, so the table below names only the
 * commands that are really built (the tool still builds while a subcommand
 * is being written). */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ptce-cli.h"

typedef struct {
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *description;
} PtceCliCommand;

static const PtceCliCommand commands[] = {
#ifdef PTCE_CLI_HAVE_SUMMARY
  { "summary", ptce_cmd_summary,
    NC_("ptce command", "Summarise each pole of a ptce/1 file as of a date") },
#endif
#ifdef PTCE_CLI_HAVE_TERRITORY
  { "territory", ptce_cmd_territory,
    NC_("ptce command", "Say what a code or a name is in the official geography, or describe the territory of each pole") },
#endif
#ifdef PTCE_CLI_HAVE_CHECK
  { "check", ptce_cmd_check,
    NC_("ptce command", "Check a pole against article 9 of law n° 2014-856 and décret 2015-431") },
#endif
#ifdef PTCE_CLI_HAVE_VERIFY
  { "verify", ptce_cmd_verify,
    NC_("ptce command", "Report bad identifiers, legal categories and territory codes in a ptce/1 file") },
#endif
#ifdef PTCE_CLI_HAVE_REPORT
  { "report", ptce_cmd_report,
    NC_("ptce command", "Write a self-contained HTML report of a pole or of the poles of a territory") },
#endif
#ifdef PTCE_CLI_HAVE_CONVERT
  { "convert", ptce_cmd_convert,
    NC_("ptce command", "Convert a ptce/1 file to another form (for now: normalised ptce/1)") },
#endif
#ifdef PTCE_CLI_HAVE_STATS
  { "stats", ptce_cmd_stats,
    NC_("ptce command", "Compute the indicators of the poles, alone and together, or by territory") },
#endif
#ifdef PTCE_CLI_HAVE_COVERAGE
  { "coverage", ptce_cmd_coverage,
    NC_("ptce command", "Say which territories and what population the poles cover") },
#endif
#ifdef PTCE_CLI_HAVE_EXPORT
  { "export", ptce_cmd_export,
    NC_("ptce command", "Export actors, memberships, cooperations or indicators as CSV, or the dataset as JSON-LD") },
#endif
#ifdef PTCE_CLI_HAVE_IMPORT_CSV
  { "import-csv", ptce_cmd_import_csv,
    NC_("ptce command", "Make a ptce/1 file from a CSV list of actors and of memberships") },
#endif
#ifdef PTCE_CLI_HAVE_NETWORK
  { "network", ptce_cmd_network,
    NC_("ptce command", "Measure the cooperation network of poles, or write it for Gephi and Graphviz") },
#endif
#ifdef PTCE_CLI_HAVE_STORE
  { "store", ptce_cmd_store,
    NC_("ptce command", "Keep dated submissions in a store, and read them back as of a date and as known at a date") },
#endif
};

static void
print_usage (gboolean to_stdout)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gsize width = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, strlen (commands[i].name));

  g_string_append_printf (text, _("Usage: %s COMMAND [ARGUMENTS…]"), "ptce");
  g_string_append (text, "\n\n");
  g_string_append (text, _("Reads, checks and summarises data on French pôles territoriaux de coopération économique (PTCE)."));
  g_string_append (text, "\n\n");
  g_string_append (text, _("Commands:"));
  g_string_append_c (text, '\n');
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-*s  %s\n", (int) width, commands[i].name,
                            g_dpgettext2 (NULL, "ptce command", commands[i].description));
  g_string_append_c (text, '\n');
  g_string_append (text, _("Options:"));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, "  -h, --help     %s\n", _("Show this help and exit"));
  g_string_append_printf (text, "  -V, --version  %s\n", _("Show the version and exit"));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Every command also takes --max-size=SIZE: the largest ptce/1 file it reads, in bytes or with k, M or G (default %s; the library's is 256M)."), "1G");
  g_string_append_c (text, '\n');
  g_string_append_c (text, '\n');
  g_string_append (text, _("Run “ptce COMMAND --help” for the arguments of a command."));
  g_string_append_c (text, '\n');

  if (to_stdout)
    g_print ("%s", text->str);
  else
    g_printerr ("%s", text->str);
}

/* Takes --max-size=SIZE or --max-size SIZE out of the arguments of the
 * command (up to a "--"), for every command at once: they all read through
 * ptce_cli_load_dataset(). */
static gboolean
take_max_size (int   *argc,
               char **argv)
{
  int out = 2;

  for (int i = 2; i < *argc; i++)
    {
      const char *value = NULL;
      guint64 size;

      if (strcmp (argv[i], "--") == 0)
        {
          while (i < *argc)
            argv[out++] = argv[i++];
          break;
        }
      if (g_str_has_prefix (argv[i], "--max-size="))
        value = argv[i] + strlen ("--max-size=");
      else if (strcmp (argv[i], "--max-size") == 0)
        {
          if (i + 1 >= *argc)
            {
              ptce_cli_print_error (_("--max-size needs a SIZE"));
              return FALSE;
            }
          value = argv[++i];
        }
      else
        {
          argv[out++] = argv[i];
          continue;
        }
      if (!ptce_cli_parse_size (value, &size))
        {
          ptce_cli_print_errorf (_("--max-size “%s”: expected a size in bytes, 1 or more, or with k, M or G"),
                                 value);
          return FALSE;
        }
      ptce_cli_set_max_size (size);
    }
  argv[out] = NULL;
  *argc = out;
  return TRUE;
}

static const PtceCliCommand *
find_command (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

static int
run_command (const PtceCliCommand *command,
             int                   argc,
             char                **argv)
{
  g_autofree char *prgname = g_strdup_printf ("ptce %s", command->name);

  /* GOptionContext prints "Usage: <prgname> …" in a subcommand's --help. */
  g_set_prgname (prgname);
  return command->run (argc, argv);
}

/* Whether this program is the uninstalled ptce of the build tree it was
 * built in: an installed copy lives elsewhere and uses the configured
 * locale directory. */
static gboolean
running_from_build_tree (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *real_dir = NULL;
  g_autofree char *real_build = NULL;

  if (exe == NULL)
    return FALSE;
  dir = g_path_get_dirname (exe);
  real_dir = realpath (dir, NULL);
  real_build = realpath (PTCE_BUILD_TOOLSDIR, NULL);
  return real_dir != NULL && real_build != NULL && strcmp (real_dir, real_build) == 0;
}

int
main (int    argc,
      char **argv)
{
  const char *localedir;
  const PtceCliCommand *command;

  setlocale (LC_ALL, "");
  /* PTCE_LOCALEDIR lets the uninstalled tests find the catalogues of the
   * build tree, as the library itself does (libptce/ptce-i18n.c). The ptce
   * of a build tree sets it by itself, for the library too. */
  if (running_from_build_tree ())
    g_setenv ("PTCE_LOCALEDIR", PTCE_BUILD_LOCALEDIR, FALSE);
  localedir = g_getenv ("PTCE_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE,
                  localedir != NULL && *localedir != '\0' ? localedir : PTCE_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("ptce");

  if (argc < 2)
    {
      print_usage (FALSE);
      return PTCE_EXIT_INVALID;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      print_usage (TRUE);
      return PTCE_EXIT_OK;
    }

  if (strcmp (argv[1], "--version") == 0 || strcmp (argv[1], "-V") == 0)
    {
      g_print ("ptce %s (libptce %u.%u.%u)\n", PACKAGE_VERSION,
               ptce_get_major_version (), ptce_get_minor_version (),
               ptce_get_micro_version ());
      return PTCE_EXIT_OK;
    }

  /* `ptce help` and `ptce help COMMAND`, as git and meson do. */
  if (strcmp (argv[1], "help") == 0)
    {
      if (argc == 2)
        {
          print_usage (TRUE);
          return PTCE_EXIT_OK;
        }
      command = find_command (argv[2]);
      if (command != NULL)
        {
          char *help_argv[] = { argv[2], (char *) "--help", NULL };

          return run_command (command, 2, help_argv);
        }
      argv[1] = argv[2];
    }

  if (!take_max_size (&argc, argv))
    return PTCE_EXIT_INVALID;

  command = find_command (argv[1]);
  if (command == NULL)
    {
      g_autofree char *message = NULL;

      if (argv[1][0] == '-')
        message = g_strdup_printf (_("unknown option “%s”"), argv[1]);
      else
        message = g_strdup_printf (_("unknown command “%s”"), argv[1]);
      ptce_cli_print_error (message);
      g_printerr ("\n");
      print_usage (FALSE);
      return PTCE_EXIT_INVALID;
    }

  return run_command (command, argc - 1, argv + 1);
}
