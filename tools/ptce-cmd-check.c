/* ptce-cmd-check.c: `ptce check FILE [--pole ID] [--date YYYY[-MM[-DD]]]
 *                    [--format text|json] [--strict]`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Runs the PTCE diagnosis (PtceChecker) on one pole, or on every pole of a
 * ptce/1 file, as of a date, and prints the findings level by level with
 * their legal reference, then what is missing to be eligible to a State
 * call. Exit status: 0 when every pole checked meets the definition of
 * article 9 I, 1 when one does not or cannot be told to, 2 when the input
 * or the usage is invalid. Only the public API of libptce is used. */
#include "config.h"

#include <string.h>

#include "ptce-cli.h"

static const char *
verdict_label (PtceVerdict verdict)
{
  switch (verdict)
    {
    case PTCE_VERDICT_MET:
      return C_("verdict", "met");
    case PTCE_VERDICT_NOT_MET:
      return C_("verdict", "not met");
    case PTCE_VERDICT_UNDETERMINED:
    default:
      return C_("verdict", "cannot tell from the data");
    }
}

static const char *
status_mark (PtceFindingStatus status)
{
  switch (status)
    {
    case PTCE_FINDING_STATUS_MET:
      return C_("finding status, short", "met");
    case PTCE_FINDING_STATUS_NOT_MET:
      return C_("finding status, short", "NOT MET");
    case PTCE_FINDING_STATUS_UNDETERMINED:
      return C_("finding status, short", "unknown");
    case PTCE_FINDING_STATUS_NOTE:
    default:
      return C_("finding status, short", "note");
    }
}

static const char *
level_heading (PtceFindingLevel level)
{
  switch (level)
    {
    case PTCE_FINDING_LEVEL_DEFINITION:
      return _("Definition of a PTCE (loi n° 2014-856, article 9 I)");
    case PTCE_FINDING_LEVEL_EVIDENCE:
      return _("Evidence in the data (warnings)");
    case PTCE_FINDING_LEVEL_ELIGIBILITY:
      return _("Eligibility to a State call (décret n° 2015-431, article 3)");
    case PTCE_FINDING_LEVEL_INFORMATION:
    default:
      return _("Information");
    }
}

static void
append_finding (GString     *out,
                PtceFinding *finding)
{
  g_autofree char *reference = ptce_finding_dup_reference (finding);
  const char *remedy = ptce_finding_get_remedy (finding);

  g_string_append_printf (out, "  [%s] %s — %s\n",
                          status_mark (ptce_finding_get_status (finding)),
                          ptce_finding_get_rule_id (finding),
                          ptce_finding_get_title (finding));
  g_string_append_printf (out, "      %s\n", ptce_finding_get_message (finding));
  if (remedy != NULL && ptce_finding_get_status (finding) != PTCE_FINDING_STATUS_MET)
    /* TRANSLATORS: introduces what to do about a finding */
    g_string_append_printf (out, "      %s %s\n", _("To do:"), remedy);
  g_string_append_printf (out, "      (%s)\n", reference);
}

/* "  QUESTION: the verdict of @diagnosis at @level" */
static void
append_verdict (GString          *out,
                const char       *question,
                PtceDiagnosis    *diagnosis,
                PtceFindingLevel  level)
{
  g_string_append (out, "  ");
  /* TRANSLATORS: a question of the diagnosis, then its answer */
  g_string_append_printf (out, C_("check: question, answer", "%s: %s"), question,
                          verdict_label (ptce_diagnosis_get_verdict (diagnosis, level)));
  g_string_append_c (out, '\n');
}

static void
append_diagnosis (GString       *out,
                  PtceDiagnosis *diagnosis)
{
  static const PtceFindingLevel levels[] = {
    PTCE_FINDING_LEVEL_DEFINITION,
    PTCE_FINDING_LEVEL_EVIDENCE,
    PTCE_FINDING_LEVEL_ELIGIBILITY,
    PTCE_FINDING_LEVEL_INFORMATION,
  };
  PtcePole *pole = ptce_diagnosis_get_pole (diagnosis);
  GListModel *findings = ptce_diagnosis_get_findings (diagnosis);
  g_autofree char *when = ptce_date_to_words (ptce_diagnosis_get_date (diagnosis));
  const char *name = ptce_pole_get_name (pole);
  g_auto(GStrv) missing = NULL;

  /* TRANSLATORS: pole name, pole id, date */
  g_string_append_printf (out, _("%s (%s), as of %s"), name != NULL ? name : ptce_pole_get_id (pole),
                          ptce_pole_get_id (pole), when);
  g_string_append_c (out, '\n');
  /* the rule set on a line of its own, then the texts applied: the id
   * never runs into the sentence */
  /* TRANSLATORS: the name and version of the rule set, "ptce-rules/1.2" */
  g_string_append_printf (out, _("Rule set: %s"), ptce_diagnosis_get_ruleset_version (diagnosis));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, "%s\n", ptce_diagnosis_get_legal_basis (diagnosis));
  g_string_append_c (out, '\n');

  append_verdict (out, _("Meets the definition of a PTCE"), diagnosis,
                  PTCE_FINDING_LEVEL_DEFINITION);
  append_verdict (out, _("Shown by the data without warning"), diagnosis,
                  PTCE_FINDING_LEVEL_EVIDENCE);
  append_verdict (out, _("Eligible to a State call"), diagnosis,
                  PTCE_FINDING_LEVEL_ELIGIBILITY);

  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    {
      g_string_append_printf (out, "\n%s\n", level_heading (levels[l]));
      for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
        {
          g_autoptr(PtceFinding) finding = g_list_model_get_item (findings, i);

          if (ptce_finding_get_level (finding) == levels[l])
            append_finding (out, finding);
        }
    }

  missing = ptce_diagnosis_dup_missing_actions (diagnosis);
  g_string_append_c (out, '\n');
  if (missing[0] == NULL)
    {
      g_string_append (out, _("Nothing is missing to be eligible to a State call."));
      g_string_append_c (out, '\n');
    }
  else
    {
      g_string_append (out, _("What is missing to be eligible to a State call:"));
      g_string_append_c (out, '\n');
      for (guint i = 0; missing[i] != NULL; i++)
        g_string_append_printf (out, "  - %s\n", missing[i]);
    }
}

static char *
diagnoses_to_json (GListModel *diagnoses,
                   PtceChecker *checker,
                   const char  *when)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ruleset");
  json_builder_add_string_value (builder, ptce_checker_get_ruleset_version (checker));
  json_builder_set_member_name (builder, "date");
  json_builder_add_string_value (builder, when);
  json_builder_set_member_name (builder, "diagnoses");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (diagnoses); i++)
    {
      g_autoptr(PtceDiagnosis) diagnosis = g_list_model_get_item (diagnoses, i);

      json_builder_add_value (builder, ptce_diagnosis_to_json (diagnosis));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

int
ptce_cmd_check (int    argc,
                char **argv)
{
  g_autofree char *date_arg = NULL;
  g_autofree char *pole_arg = NULL;
  g_autofree char *format_arg = NULL;
  gboolean strict = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "pole", 'p', 0, G_OPTION_ARG_STRING, &pole_arg,
      N_("Check only the pole of this id"), N_("ID") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_arg,
      N_("Check as of DATE instead of today"), N_("YYYY[-MM[-DD]]") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_arg,
      N_("Write readable text (the default) or JSON for tools"), N_("text|json") },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      N_("Require a written common strategy for the definition"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(PtceDate) when = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(GListModel) poles = NULL;
  g_autoptr(PtceChecker) checker = NULL;
  g_autoptr(GListStore) diagnoses = NULL;
  g_autofree char *when_text = NULL;
  gboolean json = FALSE;
  int status = PTCE_EXIT_OK;

  if (!ptce_cli_parse_options (C_("ptce check", "FILE"), entries,
                               _("Checks whether each pole of a ptce/1 file meets, as of a date, the definition of a PTCE (article 9 I of loi n° 2014-856) and the conditions to answer a State call (article 3 of décret n° 2015-431), finding by finding, with the legal reference of each."),
                               _("Exit status: 0 when every pole checked meets the definition, 1 when one does not or when the data cannot tell, 2 when the input is invalid."),
                               &argc, &argv))
    return PTCE_EXIT_INVALID;

  if (ptce_cli_n_args (files) != 1)
    {
      ptce_cli_print_errorf (ptce_cli_n_args (files) == 0
                             ? _("check: a FILE is needed (see “%s”)")
                             : _("check: only one FILE can be checked at a time (see “%s”)"),
                             "ptce check --help");
      return PTCE_EXIT_INVALID;
    }

  if (format_arg == NULL || strcmp (format_arg, "text") == 0)
    json = FALSE;
  else if (strcmp (format_arg, "json") == 0)
    json = TRUE;
  else
    {
      ptce_cli_print_errorf (_("--format “%s”: expected “text” or “json”"), format_arg);
      return PTCE_EXIT_INVALID;
    }

  when = ptce_cli_parse_date (date_arg);
  if (when == NULL)
    return PTCE_EXIT_INVALID;
  when_text = ptce_date_to_iso8601 (when);

  dataset = ptce_cli_load_dataset (files[0]);
  if (dataset == NULL)
    return PTCE_EXIT_INVALID;

  poles = ptce_cli_select_poles (dataset, pole_arg);
  if (poles == NULL)
    return PTCE_EXIT_INVALID;
  if (g_list_model_get_n_items (poles) == 0)
    {
      ptce_cli_print_error (_("check: the file has no pole to check"));
      return PTCE_EXIT_INVALID;
    }

  checker = ptce_checker_new ();
  ptce_checker_set_strict (checker, strict);
  diagnoses = g_list_store_new (PTCE_TYPE_DIAGNOSIS);
  for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      g_autoptr(PtceDiagnosis) diagnosis = ptce_checker_check (checker, dataset, pole, when);

      if (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_DEFINITION) != PTCE_VERDICT_MET)
        status = PTCE_EXIT_NEGATIVE;
      g_list_store_append (diagnoses, diagnosis);
    }

  if (json)
    {
      g_autofree char *text = diagnoses_to_json (G_LIST_MODEL (diagnoses), checker, when_text);

      g_print ("%s\n", text);
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (diagnoses)); i++)
        {
          g_autoptr(PtceDiagnosis) diagnosis = g_list_model_get_item (G_LIST_MODEL (diagnoses), i);

          if (i > 0)
            g_string_append (out, "\n\n");
          append_diagnosis (out, diagnosis);
        }
      g_print ("%s", out->str);
    }
  return status;
}
