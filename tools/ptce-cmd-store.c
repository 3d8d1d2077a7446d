/* ptce-cmd-store.c: `ptce store init|import|list|show|history|diff|disagreements|export STORE …`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The observatory's store from the command line (libptce/store/, public API
 * only): create one, import ptce/1 files as dated submissions with their
 * provenance, list them, show a pole as of a date and as known at a date,
 * its versions and what changed between two, and export a dataset as
 * ptce/1. Exit status: 0 when done, 2 when the usage, the input or the
 * store is invalid (one "ptce: …" line on stderr). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ptce-cli.h"

typedef struct {
  char *as_of;
  char *as_known;
  char *source;
  char *submitter;
  char *received;
  char *output;
} StoreOptions;

/* A date option: ISO 8601, a year or a month allowed. */
static gboolean
parse_date_option (const char  *option,
                   const char  *text,
                   PtceDate   **out)
{
  *out = NULL;
  if (text == NULL)
    return TRUE;
  *out = ptce_date_new_from_iso8601 (text, NULL);
  if (*out == NULL)
    {
      ptce_cli_print_errorf (_("%s “%s”: expected a date YYYY, YYYY-MM or YYYY-MM-DD"), option, text);
      return FALSE;
    }
  return TRUE;
}

static PtceStore *
open_store (const char *path,
            PtceStoreOpenFlags flags)
{
  g_autoptr(GError) error = NULL;
  PtceStore *store = ptce_store_open (path, flags, &error);

  if (store == NULL)
    ptce_cli_print_error (error->message);
  return store;
}

static char *
date_text (PtceDate *date)
{
  return date ? ptce_date_to_iso8601 (date) : g_strdup ("-");
}

static void
print_submission (PtceSubmission *s)
{
  g_autofree char *received = date_text (ptce_submission_get_received (s));
  const char *sha = ptce_submission_get_sha256 (s);

  g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%.12s\t%s\n",
           ptce_submission_get_id (s), received,
           ptce_submission_get_source (s) ? ptce_submission_get_source (s) : "-",
           ptce_submission_get_submitter (s) ? ptce_submission_get_submitter (s) : "-",
           sha ? sha : "-",
           ptce_submission_get_title (s) ? ptce_submission_get_title (s) : "");
}

static int
cmd_import (PtceStore *store, char **files, StoreOptions *o)
{
  g_autoptr(PtceDate) received = NULL;

  if (!parse_date_option ("--received", o->received, &received))
    return PTCE_EXIT_INVALID;
  for (guint i = 0; files[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceSubmission) s = NULL;
      /* TRANSLATORS: what ptce is doing, on the terminal: "importing FILE"
       * into a store */
      PtceCliProgress *progress = ptce_cli_progress_start_file (_("importing %s"), files[i]);

      s = ptce_store_import_file (store, files[i], o->source, o->submitter, received, &error);
      ptce_cli_progress_stop (progress);
      if (s == NULL)
        {
          ptce_cli_print_error (error->message);
          return PTCE_EXIT_INVALID;
        }
      if (ptce_submission_get_existed (s))
        g_print (_("%s: already recorded as submission %lld\n"), files[i],
                 (long long) ptce_submission_get_id (s));
      else
        g_print (_("%s: submission %lld, %u poles, %u actors\n"), files[i],
                 (long long) ptce_submission_get_id (s),
                 ptce_submission_get_n_poles (s), ptce_submission_get_n_actors (s));
    }
  return PTCE_EXIT_OK;
}

static int
cmd_list (PtceStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = ptce_store_list_submissions (store, &error);

  if (list == NULL)
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PtceSubmission) s = g_list_model_get_item (list, i);
      print_submission (s);
    }
  return PTCE_EXIT_OK;
}

static int
cmd_show (PtceStore *store, const char *pole_id, StoreOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) as_of = NULL;
  g_autoptr(PtceDate) as_known = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  PtcePole *pole;
  GListModel *memberships;

  if (!parse_date_option ("--as-of", o->as_of, &as_of) ||
      !parse_date_option ("--as-known", o->as_known, &as_known))
    return PTCE_EXIT_INVALID;
  dataset = ptce_store_load_pole (store, pole_id, as_of, as_known, &error);
  if (dataset == NULL)
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  pole = ptce_dataset_lookup_pole (dataset, pole_id);
  memberships = ptce_pole_get_memberships (pole);
  g_print ("%s — %s\n", ptce_pole_get_id (pole),
           ptce_pole_get_name (pole) ? ptce_pole_get_name (pole) : "");
  g_print (_("Members and partners: %u\n"), g_list_model_get_n_items (memberships));
  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(PtceMembership) m = g_list_model_get_item (memberships, i);
      PtceActor *actor = ptce_membership_get_actor (m);

      g_print ("  %s\t%s\n", actor ? ptce_actor_get_id (actor) : "?",
               actor && ptce_actor_get_name (actor) ? ptce_actor_get_name (actor) : "");
    }
  g_print (_("Cooperations: %u\n"), g_list_model_get_n_items (ptce_pole_get_cooperations (pole)));
  return PTCE_EXIT_OK;
}

static int
cmd_history (PtceStore *store, const char *pole_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) versions = ptce_store_list_pole_versions (store, pole_id, &error);

  if (versions == NULL)
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  if (g_list_model_get_n_items (versions) == 0)
    {
      ptce_cli_print_errorf (_("no pole “%s” in the store"), pole_id);
      return PTCE_EXIT_INVALID;
    }
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr(PtceSubmission) s = g_list_model_get_item (versions, i);
      print_submission (s);
    }
  return PTCE_EXIT_OK;
}

static const char *
change_word (PtceStoreChangeKind kind)
{
  switch (kind)
    {
    case PTCE_STORE_CHANGE_MEMBER_JOINED: return _("joined");
    case PTCE_STORE_CHANGE_MEMBER_LEFT: return _("left");
    case PTCE_STORE_CHANGE_MEMBERSHIP_CHANGED: return _("membership changed");
    case PTCE_STORE_CHANGE_COOPERATION_ADDED: return _("cooperation added");
    case PTCE_STORE_CHANGE_COOPERATION_REMOVED: return _("cooperation removed");
    case PTCE_STORE_CHANGE_COOPERATION_CHANGED: return _("cooperation changed");
    case PTCE_STORE_CHANGE_STAGE: return _("stage");
    case PTCE_STORE_CHANGE_FIELD:
    default: return _("changed");
    }
}

static gboolean
parse_id (const char *text, gint64 *out)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &v, NULL))
    {
      ptce_cli_print_errorf (_("“%s” is not a submission number"), text);
      return FALSE;
    }
  *out = (gint64) v;
  return TRUE;
}

static int
cmd_diff (PtceStore *store, char **args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) changes = NULL;
  gint64 from, to;

  if (!parse_id (args[1], &from) || !parse_id (args[2], &to))
    return PTCE_EXIT_INVALID;
  changes = ptce_store_diff_pole (store, args[0], from, to, &error);
  if (changes == NULL)
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(PtceStoreChange) c = g_list_model_get_item (changes, i);
      PtceStoreChangeKind kind = ptce_store_change_get_kind (c);

      if (kind == PTCE_STORE_CHANGE_STAGE)
        g_print ("%s\t%s → %s\n", change_word (kind),
                 ptce_store_change_get_before (c) ? ptce_store_change_get_before (c) : "-",
                 ptce_store_change_get_after (c) ? ptce_store_change_get_after (c) : "-");
      else
        g_print ("%s\t%s\n", change_word (kind), ptce_store_change_get_subject (c));
    }
  return PTCE_EXIT_OK;
}

static const char *
disagreement_word (PtceStoreDisagreementKind kind)
{
  switch (kind)
    {
    case PTCE_STORE_DISAGREEMENT_IDENTIFIER: return _("identifier");
    case PTCE_STORE_DISAGREEMENT_MEMBERSHIP: return _("membership");
    case PTCE_STORE_DISAGREEMENT_FIGURE:
    default: return _("figure");
    }
}

/* One line a disagreement: what, about what, then each side with its
 * submission and that submission's source. */
static char *
side_text (PtceStore  *store,
           gint64      submission,
           const char *value)
{
  g_autoptr(PtceSubmission) s = ptce_store_lookup_submission (store, submission, NULL);
  const char *source = s && ptce_submission_get_source (s) ? ptce_submission_get_source (s) : "-";

  /* TRANSLATORS: a value, the number of the submission that gives it and its source */
  return g_strdup_printf (_("%s (submission %lld, %s)"), value, (long long) submission, source);
}

static int
cmd_disagreements (PtceStore *store, StoreOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) as_known = NULL;
  g_autoptr(GListModel) list = NULL;

  if (!parse_date_option ("--as-known", o->as_known, &as_known))
    return PTCE_EXIT_INVALID;
  list = ptce_store_list_disagreements (store, as_known, &error);
  if (list == NULL)
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PtceStoreDisagreement) d = g_list_model_get_item (list, i);
      g_autofree char *a = side_text (store, ptce_store_disagreement_get_submission (d),
                                      ptce_store_disagreement_get_value (d));
      g_autofree char *b = side_text (store, ptce_store_disagreement_get_other_submission (d),
                                      ptce_store_disagreement_get_other_value (d));

      g_print ("%s\t%s\t%s\t%s\t%s\n", disagreement_word (ptce_store_disagreement_get_kind (d)),
               ptce_store_disagreement_get_subject (d), ptce_store_disagreement_get_field (d), a, b);
    }
  return PTCE_EXIT_OK;
}

static int
cmd_export (PtceStore *store, const char *path, StoreOptions *o)
{
  PtceCliProgress *progress;
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) as_of = NULL;
  g_autoptr(PtceDate) as_known = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();

  if (!parse_date_option ("--as-of", o->as_of, &as_of) ||
      !parse_date_option ("--as-known", o->as_known, &as_known))
    return PTCE_EXIT_INVALID;
  progress = ptce_cli_progress_start_file (_("reading %s"), path);
  dataset = ptce_store_load_dataset (store, as_of, as_known, &error);
  ptce_cli_progress_stop (progress);
  if (dataset == NULL)
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  ptce_json_writer_set_pretty (writer, TRUE);
  if (o->output == NULL || strcmp (o->output, "-") == 0)
    {
      g_autoptr(GBytes) bytes = ptce_json_writer_save_bytes (writer, dataset, &error);
      gsize length;
      const char *data;

      if (bytes == NULL)
        {
          ptce_cli_print_error (error->message);
          return PTCE_EXIT_INVALID;
        }
      data = g_bytes_get_data (bytes, &length);
      fwrite (data, 1, length, stdout);
      return fflush (stdout) == 0 ? PTCE_EXIT_OK : PTCE_EXIT_INVALID;
    }
  progress = ptce_cli_progress_start_file (_("writing %s"), o->output);
  if (!ptce_json_writer_save_file (writer, dataset, o->output, &error))
    {
      ptce_cli_progress_stop (progress);
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  ptce_cli_progress_stop (progress);
  return PTCE_EXIT_OK;
}

int
ptce_cmd_store (int    argc,
                char **argv)
{
  StoreOptions o = { 0, };
  g_auto(GStrv) args = NULL;
  const GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &o.as_of,
      N_("Show or export what was valid on DATE (show, export)"), N_("DATE") },
    { "as-known", 0, 0, G_OPTION_ARG_STRING, &o.as_known,
      N_("Count only the submissions received by DATE (show, export, disagreements)"), N_("DATE") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &o.source,
      N_("Where the imported files come from (import)"), N_("SOURCE") },
    { "submitter", 0, 0, G_OPTION_ARG_STRING, &o.submitter,
      N_("Who sent the imported files (import)"), N_("NAME") },
    { "received", 0, 0, G_OPTION_ARG_STRING, &o.received,
      N_("The day the files were received, today when absent (import)"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
      N_("Write the export to OUT instead of the standard output (export)"), N_("OUT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (C_("ptce store", "init|import|list|show|history|diff|disagreements|export STORE …"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = NULL;
  const char *action;
  guint n_args;
  int status;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Keeps dated ptce/1 submissions in a STORE file and reads them back as of a date and as known at a date:\n"
                                  "  init STORE                 create a store\n"
                                  "  import STORE FILE…         record files as submissions\n"
                                  "  list STORE                 list the submissions\n"
                                  "  show STORE POLE            show a pole (--as-of, --as-known)\n"
                                  "  history STORE POLE         list the versions of a pole\n"
                                  "  diff STORE POLE FROM TO    what changed between two submissions\n"
                                  "  disagreements STORE        where two submissions say different things (--as-known)\n"
                                  "  export STORE               write the dataset as ptce/1 (--as-of, --as-known)"));
  g_option_context_set_description (context,
                                    _("Exit status: 0 when done, 2 when the usage, the input or the store is invalid."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      ptce_cli_print_error (error->message);
      status = PTCE_EXIT_INVALID;
      goto out;
    }
  n_args = ptce_cli_n_args (args);
  action = n_args > 0 ? args[0] : NULL;
  if (n_args < 2 || action == NULL ||
      (strcmp (action, "import") == 0 && n_args < 3) ||
      ((strcmp (action, "show") == 0 || strcmp (action, "history") == 0) && n_args != 3) ||
      (strcmp (action, "diff") == 0 && n_args != 5) ||
      ((strcmp (action, "init") == 0 || strcmp (action, "list") == 0 ||
        strcmp (action, "export") == 0 || strcmp (action, "disagreements") == 0) && n_args != 2))
    {
      ptce_cli_print_errorf (_("store: expected an action and its arguments (see “%s”)"),
                             "ptce store --help");
      status = PTCE_EXIT_INVALID;
      goto out;
    }

  if (strcmp (action, "init") == 0)
    {
      store = open_store (args[1], PTCE_STORE_OPEN_CREATE);
      if (store != NULL)
        g_print (_("Store “%s” is ready\n"), args[1]);
      status = store ? PTCE_EXIT_OK : PTCE_EXIT_INVALID;
      goto out;
    }
  if (strcmp (action, "import") != 0 && strcmp (action, "list") != 0 &&
      strcmp (action, "show") != 0 && strcmp (action, "history") != 0 &&
      strcmp (action, "diff") != 0 && strcmp (action, "export") != 0 &&
      strcmp (action, "disagreements") != 0)
    {
      ptce_cli_print_errorf (_("store: unknown action “%s” (see “%s”)"), action, "ptce store --help");
      status = PTCE_EXIT_INVALID;
      goto out;
    }

  store = open_store (args[1], strcmp (action, "import") == 0 ? PTCE_STORE_OPEN_NONE
                                                              : PTCE_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    status = PTCE_EXIT_INVALID;
  else if (strcmp (action, "import") == 0)
    status = cmd_import (store, args + 2, &o);
  else if (strcmp (action, "list") == 0)
    status = cmd_list (store);
  else if (strcmp (action, "show") == 0)
    status = cmd_show (store, args[2], &o);
  else if (strcmp (action, "history") == 0)
    status = cmd_history (store, args[2]);
  else if (strcmp (action, "diff") == 0)
    status = cmd_diff (store, args + 2);
  else if (strcmp (action, "disagreements") == 0)
    status = cmd_disagreements (store, &o);
  else
    status = cmd_export (store, args[1], &o);

out:
  g_free (o.as_of);
  g_free (o.as_known);
  g_free (o.source);
  g_free (o.submitter);
  g_free (o.received);
  g_free (o.output);
  return status;
}
