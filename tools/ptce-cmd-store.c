/* ptce-cmd-store.c: `ptce store init|import|list|show|history|diff|disagreements|find|export STORE …`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The observatory's store from the command line (libptce/store/, public API
 * only): create one, import ptce/1 files as dated submissions with their
 * provenance, list them, show a pole as of a date and as known at a date
 * with the submission its version comes from, its versions and what
 * changed between two, the disagreements, the poles and actors its indexes
 * find, and export a dataset as ptce/1. Exit status: 0 when done, 2 when the usage, the input or the
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
cmd_import (PtceStore    *store,
            const char   *path,
            char        **files,
            StoreOptions *o)
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
        {
          guint n_poles = ptce_submission_get_n_poles (s);
          guint n_actors = ptce_submission_get_n_actors (s);
          /* TRANSLATORS: how many poles a new submission has, then
           * (the next string) how many actors */
          g_autofree char *poles = g_strdup_printf (ngettext ("%u pole", "%u poles", n_poles), n_poles);
          g_autofree char *actors = g_strdup_printf (ngettext ("%u actor", "%u actors", n_actors), n_actors);

          /* TRANSLATORS: a file, the number of its new submission, "N
           * poles" and "N actors" */
          g_print (_("%s: submission %lld, %s, %s\n"), files[i],
                   (long long) ptce_submission_get_id (s), poles, actors);
        }
    }
  return PTCE_EXIT_OK;
}

static int
cmd_list (PtceStore    *store,
          const char   *path,
          char        **args,
          StoreOptions *o)
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

/* The lines under a shown pole's title: the submission its version comes
 * from, from whom, and the date it is known at. */
static char **
version_lines (PtceSubmission *s,
               PtceDate       *as_known)
{
  GPtrArray *lines = g_ptr_array_new ();
  g_autofree char *received = date_text (ptce_submission_get_received (s));
  const char *source = ptce_submission_get_source (s);
  const char *submitter = ptce_submission_get_submitter (s);

  g_ptr_array_add (lines, g_strdup_printf (_("Version: submission %lld, received %s"),
                                           (long long) ptce_submission_get_id (s), received));
  if (source != NULL && submitter != NULL)
    /* TRANSLATORS: where a submission comes from, and who sent it */
    g_ptr_array_add (lines, g_strdup_printf (_("From: %s (%s)"), source, submitter));
  else if (source != NULL || submitter != NULL)
    g_ptr_array_add (lines, g_strdup_printf (_("From: %s"), source != NULL ? source : submitter));
  if (as_known != NULL)
    {
      g_autofree char *known = ptce_date_to_iso8601 (as_known);

      /* TRANSLATORS: the date of --as-known: only the submissions
       * received by then count */
      g_ptr_array_add (lines, g_strdup_printf (_("As known on: %s"), known));
    }
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

/* A pole as `ptce summary` shows it, as of --as-of (today when absent),
 * under where its version comes from; then its members and partners by
 * id and name. */
static int
cmd_show (PtceStore     *store,
          const char    *path,
          char         **args,
          StoreOptions  *o)
{
  const char *pole_id = args[0];
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) as_of = NULL;
  g_autoptr(PtceDate) as_known = NULL;
  g_autoptr(PtceDate) when = NULL;
  g_autoptr(PtceSubmission) version = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) out = NULL;
  PtcePole *pole;
  GListModel *memberships;

  if (!parse_date_option ("--as-of", o->as_of, &as_of) ||
      !parse_date_option ("--as-known", o->as_known, &as_known))
    return PTCE_EXIT_INVALID;
  /* Two reads: an import committed between them is the only way the
   * version named could differ from the one shown. */
  version = ptce_store_lookup_pole_version (store, pole_id, as_known, &error);
  if (version != NULL)
    dataset = ptce_store_load_pole (store, pole_id, as_of, as_known, &error);
  if (dataset == NULL)
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }
  pole = ptce_dataset_lookup_pole (dataset, pole_id);
  when = as_of != NULL ? ptce_date_ref (as_of) : ptce_date_new_today ();
  lines = version_lines (version, as_known);
  out = g_string_new (NULL);
  ptce_cli_append_pole_summary (out, dataset, pole, when, (const char **) lines);

  memberships = ptce_pole_get_memberships (pole);
  g_string_append (out, "  ");
  g_string_append_printf (out, _("Members and partners: %u\n"), g_list_model_get_n_items (memberships));
  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(PtceMembership) m = g_list_model_get_item (memberships, i);
      PtceActor *actor = ptce_membership_get_actor (m);

      g_string_append_printf (out, "    %s\t%s\n", actor ? ptce_actor_get_id (actor) : "?",
                              actor && ptce_actor_get_name (actor) ? ptce_actor_get_name (actor) : "");
    }
  g_print ("%s", out->str);
  return PTCE_EXIT_OK;
}

static int
cmd_history (PtceStore    *store,
             const char   *path,
             char        **args,
             StoreOptions *o)
{
  const char *pole_id = args[0];
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
cmd_diff (PtceStore    *store,
          const char   *path,
          char        **args,
          StoreOptions *o)
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
cmd_disagreements (PtceStore    *store,
                   const char   *path,
                   char        **args,
                   StoreOptions *o)
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
cmd_export (PtceStore    *store,
            const char   *path,
            char        **args,
            StoreOptions *o)
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

/* One id a line. */
static void
print_ids (char **ids)
{
  for (guint i = 0; ids[i] != NULL; i++)
    g_print ("%s\n", ids[i]);
}

/* The store's indexes, without reading the poles: the poles by a field of
 * PtceStorePoleField ("commune", "region", "stage"…), the actors by a
 * SIREN, SIRET or RNA ("identifier": id and name a line), the poles of an
 * actor ("actor"). */
static int
cmd_find (PtceStore    *store,
          const char   *path,
          char        **args,
          StoreOptions *o)
{
  const char *field = args[0], *value = args[1];
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceDate) as_known = NULL;
  g_autoptr(GEnumClass) fields = g_type_class_ref (PTCE_TYPE_STORE_POLE_FIELD);
  GEnumValue *pole_field = g_enum_get_value_by_nick (fields, field);

  if (!parse_date_option ("--as-known", o->as_known, &as_known))
    return PTCE_EXIT_INVALID;
  /* a stage or a typology that is not a word of the format finds nothing:
   * say so instead */
  if (pole_field != NULL &&
      (pole_field->value == PTCE_STORE_POLE_FIELD_STAGE ||
       pole_field->value == PTCE_STORE_POLE_FIELD_TYPOLOGY))
    {
      const char *words[] = { value, NULL };
      int stage;
      guint typology;
      gboolean known = pole_field->value == PTCE_STORE_POLE_FIELD_STAGE
        ? ptce_enum_from_string (PTCE_TYPE_STAGE, value, &stage, &error)
        : ptce_flags_from_strv (PTCE_TYPE_POLE_TYPOLOGY, words, &typology, &error);

      if (!known)
        {
          ptce_cli_print_error (error->message);
          return PTCE_EXIT_INVALID;
        }
    }
  if (pole_field != NULL || strcmp (field, "actor") == 0)
    {
      g_auto(GStrv) ids = pole_field != NULL
        ? ptce_store_find_poles (store, pole_field->value, value, as_known, &error)
        : ptce_store_list_poles_of_actor (store, value, as_known, &error);

      if (ids == NULL)
        {
          ptce_cli_print_error (error->message);
          return PTCE_EXIT_INVALID;
        }
      print_ids (ids);
      return PTCE_EXIT_OK;
    }
  if (strcmp (field, "identifier") == 0)
    {
      g_autoptr(GListModel) actors = ptce_store_find_actors (store, value, as_known, &error);

      if (actors == NULL)
        {
          ptce_cli_print_error (error->message);
          return PTCE_EXIT_INVALID;
        }
      for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
        {
          g_autoptr(PtceActor) actor = g_list_model_get_item (actors, i);

          g_print ("%s\t%s\n", ptce_actor_get_id (actor),
                   ptce_actor_get_name (actor) ? ptce_actor_get_name (actor) : "");
        }
      return PTCE_EXIT_OK;
    }
  ptce_cli_print_errorf (_("store find: unknown field “%s” (one of %s)"), field,
                         "commune, epci, departement, region, stage, typology, sector, identifier, actor");
  return PTCE_EXIT_INVALID;
}

static int
cmd_init (PtceStore    *store,
          const char   *path,
          char        **args,
          StoreOptions *o)
{
  g_print (_("Store “%s” is ready\n"), path);
  return PTCE_EXIT_OK;
}

typedef int (*StoreCommand) (PtceStore    *store,
                             const char   *path,
                             char        **args,
                             StoreOptions *o);

/* The actions: the arguments after STORE (as the usage error names them,
 * and how many), how the store is opened, and what runs. */
static const struct {
  const char         *name;
  const char         *arguments;
  guint               min_args;
  guint               max_args;
  PtceStoreOpenFlags  flags;
  StoreCommand        run;
} actions[] = {
  { "init", N_("STORE"), 0, 0, PTCE_STORE_OPEN_CREATE, cmd_init },
  { "import", N_("STORE FILE…"), 1, G_MAXUINT, PTCE_STORE_OPEN_NONE, cmd_import },
  { "list", N_("STORE"), 0, 0, PTCE_STORE_OPEN_READ_ONLY, cmd_list },
  { "show", N_("STORE POLE"), 1, 1, PTCE_STORE_OPEN_READ_ONLY, cmd_show },
  { "history", N_("STORE POLE"), 1, 1, PTCE_STORE_OPEN_READ_ONLY, cmd_history },
  { "diff", N_("STORE POLE FROM TO"), 3, 3, PTCE_STORE_OPEN_READ_ONLY, cmd_diff },
  { "disagreements", N_("STORE"), 0, 0, PTCE_STORE_OPEN_READ_ONLY, cmd_disagreements },
  { "find", N_("STORE FIELD VALUE"), 2, 2, PTCE_STORE_OPEN_READ_ONLY, cmd_find },
  { "export", N_("STORE"), 0, 0, PTCE_STORE_OPEN_READ_ONLY, cmd_export },
};

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
      N_("Count only the submissions received by DATE (show, export, disagreements, find)"), N_("DATE") },
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
    g_option_context_new (C_("ptce store", "init|import|list|show|history|diff|disagreements|find|export STORE …"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceStore) store = NULL;
  guint action;
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
                                  "  find STORE FIELD VALUE     the poles by commune, epci, departement, region, stage,\n"
                                  "                             typology or sector; the actors by identifier (SIREN,\n"
                                  "                             SIRET, RNA); the poles of an actor (--as-known)\n"
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
  if (n_args == 0)
    {
      ptce_cli_print_errorf (_("store: expected an action and its arguments (see “%s”)"),
                             "ptce store --help");
      status = PTCE_EXIT_INVALID;
      goto out;
    }
  for (action = 0; action < G_N_ELEMENTS (actions); action++)
    if (strcmp (args[0], actions[action].name) == 0)
      break;
  if (action == G_N_ELEMENTS (actions))
    {
      ptce_cli_print_errorf (_("store: unknown action “%s” (see “%s”)"), args[0], "ptce store --help");
      status = PTCE_EXIT_INVALID;
      goto out;
    }
  /* the action, STORE, then its own arguments */
  if (n_args < 2 || n_args - 2 < actions[action].min_args || n_args - 2 > actions[action].max_args)
    {
      /* TRANSLATORS: "store show: expected STORE POLE (see …)": an action
       * and the arguments it takes, as --help names them */
      ptce_cli_print_errorf (_("store %s: expected %s (see “%s”)"), actions[action].name,
                             _(actions[action].arguments), "ptce store --help");
      status = PTCE_EXIT_INVALID;
      goto out;
    }

  store = open_store (args[1], actions[action].flags);
  status = store != NULL ? actions[action].run (store, args[1], args + 2, &o) : PTCE_EXIT_INVALID;

out:
  g_free (o.as_of);
  g_free (o.as_known);
  g_free (o.source);
  g_free (o.submitter);
  g_free (o.received);
  g_free (o.output);
  return status;
}
