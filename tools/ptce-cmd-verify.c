/* ptce-cmd-verify.c: `ptce verify FILE [--geography FILE]`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Reports the problems of reference data in a ptce/1 file: identifiers that
 * are malformed or fail their check digit (SIREN, SIRET and whether it
 * belongs to the SIREN, RNA, NAF), legal categories INSEE does not define
 * and contradictions between an actor's stated ESS status or kind and its
 * legal category, commune codes that the vintage does not know (seats and
 * sites), and the codes of each pole's territory. Exit status: 0 when
 * nothing is wrong, 1 when something is, 2 when the input or usage is
 * invalid. Only the public API of libptce is used. */
#include "config.h"

#include <string.h>

#include "ptce-cli.h"

typedef struct {
  GString *out;
  guint    n_problems;
  guint    n_objects;   /* actors and poles with at least one problem */
  gboolean current_counted;
} Report;

static void
report_problem (Report     *report,
                const char *subject,
                const char *message)
{
  if (!report->current_counted)
    {
      report->n_objects++;
      report->current_counted = TRUE;
      g_string_append_printf (report->out, "%s\n", subject);
    }
  report->n_problems++;
  g_string_append_printf (report->out, "  - %s\n", message);
}

static void
report_error (Report     *report,
              const char *subject,
              const char *where,
              GError     *error)
{
  g_autofree char *message = NULL;

  if (where == NULL)
    {
      report_problem (report, subject, error->message);
      return;
    }
  /* TRANSLATORS: where in the object (a field), then what is wrong */
  message = g_strdup_printf (C_("verify: field, error", "%s: %s"), where, error->message);
  report_problem (report, subject, message);
}

static void
verify_commune (Report        *report,
                const char    *subject,
                const char    *where,
                PtceGeography *geo,
                const char    *code)
{
  g_autoptr(GError) error = NULL;

  if (code != NULL && !ptce_geography_check_commune (geo, code, &error))
    report_error (report, subject, where, error);
}

static void
verify_actor (Report              *report,
              PtceGeography       *geo,
              PtceLegalCategories *categories,
              PtceActor           *actor)
{
  const char *siren = ptce_actor_get_siren (actor);
  const char *siret = ptce_actor_get_siret (actor);
  const char *rna = ptce_actor_get_rna (actor);
  const char *naf = ptce_actor_get_naf (actor);
  const char *category = ptce_actor_get_legal_category (actor);
  const char *name = ptce_actor_get_name (actor);
  g_autofree char *subject = NULL;
  g_autoptr(PtceActorInference) inference = NULL;
  GListModel *sites = ptce_actor_get_sites (actor);
  gboolean siren_ok = FALSE;

  /* TRANSLATORS: an actor's name and id */
  subject = g_strdup_printf (_("Actor %s (%s)"), name != NULL ? name : ptce_actor_get_id (actor),
                             ptce_actor_get_id (actor));
  report->current_counted = FALSE;

  if (siren != NULL)
    {
      g_autoptr(GError) error = NULL;

      siren_ok = ptce_identifier_check_siren (siren, &error);
      if (!siren_ok)
        report_error (report, subject, NULL, error);
    }
  if (siret != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (siren_ok ? !ptce_identifier_check_siret_for_siren (siret, siren, &error)
                   : !ptce_identifier_check_siret (siret, &error))
        report_error (report, subject, NULL, error);
    }
  if (rna != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!ptce_identifier_check_rna (rna, &error))
        report_error (report, subject, NULL, error);
    }
  if (naf != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!ptce_identifier_check_naf (naf, &error))
        report_error (report, subject, NULL, error);
    }
  if (category != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!ptce_legal_categories_check (categories, category, &error))
        report_error (report, subject, NULL, error);
    }
  inference = ptce_legal_categories_infer_actor (categories, actor);
  for (const char * const *c = ptce_actor_inference_get_conflicts (inference); *c != NULL; c++)
    report_problem (report, subject, *c);

  verify_commune (report, subject, C_("verify: field", "seat"), geo, ptce_actor_get_seat_commune (actor));

  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(PtceSite) site = g_list_model_get_item (sites, i);
      const char *label = ptce_site_get_label (site);
      const char *site_siret = ptce_site_get_siret (site);
      g_autofree char *where = NULL;

      /* TRANSLATORS: a site of an actor, by its number and label */
      where = label != NULL ? g_strdup_printf (_("site %u (%s)"), i + 1, label)
                            : g_strdup_printf (_("site %u"), i + 1);
      if (site_siret != NULL)
        {
          g_autoptr(GError) error = NULL;

          if (siren_ok ? !ptce_identifier_check_siret_for_siren (site_siret, siren, &error)
                       : !ptce_identifier_check_siret (site_siret, &error))
            report_error (report, subject, where, error);
        }
      verify_commune (report, subject, where, geo, ptce_site_get_commune (site));
    }
}

static void
verify_pole (Report        *report,
             PtceGeography *geo,
             PtcePole      *pole)
{
  PtceTerritory *territory = ptce_pole_get_territory (pole);
  const char *name = ptce_pole_get_name (pole);
  g_autofree char *subject = NULL;
  g_autoptr(PtceResolvedTerritory) resolved = NULL;
  GListModel *problems;

  if (territory == NULL)
    return;
  /* TRANSLATORS: a pole's name and id */
  subject = g_strdup_printf (_("Territory of the pole %s (%s)"),
                             name != NULL ? name : ptce_pole_get_id (pole), ptce_pole_get_id (pole));
  report->current_counted = FALSE;
  resolved = ptce_geography_resolve (geo, territory);
  problems = ptce_resolved_territory_get_problems (resolved);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(PtceGeographyProblem) p = g_list_model_get_item (problems, i);
      report_problem (report, subject, ptce_geography_problem_get_message (p));
    }
}

int
ptce_cmd_verify (int    argc,
                 char **argv)
{
  g_autofree char *geography_arg = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "geography", 'g', 0, G_OPTION_ARG_FILENAME, &geography_arg,
      N_("Check commune codes against the geography of FILE (written by tools/update-geography) instead of the embedded one"),
      N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(PtceGeography) geo = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  Report report = { out, 0, 0, FALSE };
  PtceLegalCategories *categories = ptce_legal_categories_get_default ();
  GListModel *actors;
  GListModel *poles;
  const char *vintage;

  if (!ptce_cli_parse_options (C_("ptce verify", "FILE"), entries,
                               _("Reports the problems of reference data in a ptce/1 file: SIREN, SIRET, RNA and NAF codes that are malformed or fail their check digit, SIRETs of another SIREN, legal categories INSEE does not define or that contradict an actor's stated ESS status or kind, commune codes unknown in the official geography, and the codes of each pole's territory."),
                               _("Exit status: 0 when nothing is wrong, 1 when something is, 2 when the usage or the input is invalid."),
                               &argc, &argv))
    return PTCE_EXIT_INVALID;
  if (ptce_cli_n_args (files) != 1)
    {
      ptce_cli_print_errorf (ptce_cli_n_args (files) == 0
                             ? _("verify: a FILE is needed (see “%s”)")
                             : _("verify: only one FILE can be verified at a time (see “%s”)"),
                             "ptce verify --help");
      return PTCE_EXIT_INVALID;
    }

  geo = ptce_cli_load_geography (geography_arg);
  if (geo == NULL)
    return PTCE_EXIT_INVALID;

  dataset = ptce_cli_load_dataset (files[0]);
  if (dataset == NULL)
    return PTCE_EXIT_INVALID;

  vintage = ptce_dataset_get_cog_vintage (dataset);
  if (vintage != NULL && strcmp (vintage, ptce_geography_get_vintage (geo)) != 0)
    {
      /* TRANSLATORS: the vintage of the file, then the one checked against */
      g_string_append_printf (out, _("Note: the file's codes are of the %s geographic code; they are checked against %s."),
                              vintage, ptce_geography_get_vintage (geo));
      g_string_append (out, "\n\n");
    }

  actors = ptce_dataset_get_actors (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(PtceActor) actor = g_list_model_get_item (actors, i);
      verify_actor (&report, geo, categories, actor);
    }
  poles = ptce_dataset_get_poles (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      verify_pole (&report, geo, pole);
    }

  if (report.n_problems == 0)
    {
      guint n_actors = g_list_model_get_n_items (actors);
      guint n_poles = g_list_model_get_n_items (poles);

      /* TRANSLATORS: followed by "and %u poles." */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "No problem found in %u actor",
                                                "No problem found in %u actors", n_actors),
                              n_actors);
      g_string_append (out, " ");
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "and %u pole.", "and %u poles.", n_poles),
                              n_poles);
    }
  else
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u problem", "%u problems", report.n_problems),
                              report.n_problems);
      g_string_append (out, " ");
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "in %u object.", "in %u objects.",
                                                report.n_objects),
                              report.n_objects);
    }
  g_string_append_c (out, '\n');
  g_print ("%s", out->str);
  return report.n_problems == 0 ? PTCE_EXIT_OK : PTCE_EXIT_NEGATIVE;
}
