/* ptce-report.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "ptce-report-private.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-version-info.h"
#include "ptce-version.h"

/**
 * SECTION:ptce-report
 * @Title: PtceReport
 * @Short_description: a self-contained HTML report of a pole or a territory
 *
 * A #PtceReport turns a pole, or the poles of a territory, into one HTML5
 * document that people read: a pole's coordinator, a CRESS adviser, a
 * funder, an elected official. The document is self-contained: its style
 * sheet and its charts (SVG drawn by libptce) are inline, it loads no
 * script, font, picture or style sheet, and a Content-Security-Policy
 * forbids any load. It is UTF-8, readable on a phone, and prints cleanly
 * (a print style sheet starts each part on a new page).
 *
 * A pole report (#PtceReport:pole-id set) gives, as of #PtceReport:date:
 * the verdict of the diagnosis first; the identity of the pole (carrier,
 * legal form, founding, stage history, territory with its communes, EPCI
 * and population from the reference geography); the diagnosis against
 * article 9 of loi n° 2014-856 and décret n° 2015-431 finding by finding,
 * with the law's words and what to do, and what is missing for
 * eligibility; the members by article 9 kind and ESS family; the
 * membership timeline; the cooperations by mode and object; the
 * cooperation network as a picture when libptce was built with Graphviz;
 * the time series of each observed indicator; and the sources of every
 * figure.
 *
 * A territory report (#PtceReport:pole-id unset) covers a région, a
 * département, an EPCI (#PtceReport:territory: "reg:84", "dep:63",
 * "epci:200069177", or a bare code when it is not ambiguous) or, when
 * #PtceReport:territory is %NULL, the whole dataset: which EPCI and
 * départements have a pole, the population covered, the poles with their
 * verdicts and headline figures, and totals that count a member of two
 * poles once.
 *
 * Every chart has a text alternative and its numbers as a table; the
 * palette stays distinct for colour-blind readers and in grey print. All
 * text from the dataset is escaped: a name such as `<script>` is printed,
 * never run.
 *
 * The report is written in the language of libptce's message catalogue
 * (ptce_report_get_language()), as every other libptce message; the law
 * is quoted in French in both languages.
 *
 * |[<!-- language="C" -->
 * g_autoptr(PtceReport) report = ptce_report_new_for_pole (dataset, "le-damier");
 * if (!ptce_report_save_file (report, "le-damier.html", &error))
 *   g_printerr ("%s\n", error->message);
 * ]|
 */

/**
 * PtceReport:
 *
 * An HTML report of a pole or a territory; see the section description.
 *
 * Since: 1.0
 */

struct _PtceReport
{
  GObject        parent_instance;

  PtceDataset   *dataset;
  char          *pole_id;
  char          *territory;
  PtceDate      *date;
  PtceGeography *geography;
  PtceChecker   *checker;
};

G_DEFINE_FINAL_TYPE (PtceReport, ptce_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_POLE_ID,
  PROP_TERRITORY,
  PROP_DATE,
  PROP_GEOGRAPHY,
  PROP_CHECKER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_report_finalize (GObject *object)
{
  PtceReport *self = (PtceReport *) object;

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->pole_id, g_free);
  g_clear_pointer (&self->territory, g_free);
  g_clear_pointer (&self->date, ptce_date_unref);
  g_clear_object (&self->geography);
  g_clear_object (&self->checker);

  G_OBJECT_CLASS (ptce_report_parent_class)->finalize (object);
}

static void
ptce_report_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PtceReport *self = PTCE_REPORT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_POLE_ID:
      g_value_set_string (value, self->pole_id);
      break;
    case PROP_TERRITORY:
      g_value_set_string (value, self->territory);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_GEOGRAPHY:
      g_value_set_object (value, self->geography);
      break;
    case PROP_CHECKER:
      g_value_set_object (value, self->checker);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_report_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PtceReport *self = PTCE_REPORT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      ptce_report_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_POLE_ID:
      ptce_report_set_pole_id (self, g_value_get_string (value));
      break;
    case PROP_TERRITORY:
      ptce_report_set_territory (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      ptce_report_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_GEOGRAPHY:
      ptce_report_set_geography (self, g_value_get_object (value));
      break;
    case PROP_CHECKER:
      ptce_report_set_checker (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_report_class_init (PtceReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ptce_report_finalize;
  object_class->get_property = ptce_report_get_property;
  object_class->set_property = ptce_report_set_property;

  /**
   * PtceReport:dataset:
   *
   * The dataset the report is drawn from; a report cannot be written
   * without one.
   *
   * Since: 1.0
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, PTCE_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceReport:pole-id:
   *
   * The id of the pole of a pole report; %NULL for a territory report.
   *
   * Since: 1.0
   */
  properties[PROP_POLE_ID] =
    g_param_spec_string ("pole-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceReport:territory:
   *
   * The territory of a territory report: "reg:CODE" for a région,
   * "dep:CODE" for a département, "epci:SIREN" for an EPCI, a bare code
   * when it names one of them only, or %NULL (or "all") for the whole
   * dataset. Not used when #PtceReport:pole-id is set.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORY] =
    g_param_spec_string ("territory", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceReport:date:
   *
   * The date the report is as of; %NULL for today.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, PTCE_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceReport:geography:
   *
   * The reference geography for communes, EPCI and population; %NULL for
   * the one embedded in libptce (ptce_geography_get_default()).
   *
   * Since: 1.0
   */
  properties[PROP_GEOGRAPHY] =
    g_param_spec_object ("geography", NULL, NULL, PTCE_TYPE_GEOGRAPHY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PtceReport:checker:
   *
   * The checker whose diagnosis the report gives; %NULL for one with the
   * default settings.
   *
   * Since: 1.0
   */
  properties[PROP_CHECKER] =
    g_param_spec_object ("checker", NULL, NULL, PTCE_TYPE_CHECKER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_report_init (PtceReport *self)
{
}

/**
 * ptce_report_new:
 *
 * Creates a report with no dataset; set #PtceReport:dataset and
 * #PtceReport:pole-id or #PtceReport:territory before writing it.
 *
 * Returns: (transfer full): a new #PtceReport
 *
 * Since: 1.0
 */
PtceReport *
ptce_report_new (void)
{
  return g_object_new (PTCE_TYPE_REPORT, NULL);
}

/**
 * ptce_report_new_for_pole:
 * @dataset: the dataset
 * @pole_id: the id of a pole of @dataset
 *
 * Creates the report of one pole. The pole is looked up when the report
 * is written, which fails with %PTCE_ERROR_NOT_FOUND when @dataset has no
 * pole of that id.
 *
 * Returns: (transfer full): a new #PtceReport
 *
 * Since: 1.0
 */
PtceReport *
ptce_report_new_for_pole (PtceDataset *dataset,
                          const char  *pole_id)
{
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (pole_id != NULL, NULL);

  return g_object_new (PTCE_TYPE_REPORT, "dataset", dataset, "pole-id", pole_id, NULL);
}

/**
 * ptce_report_new_for_territory:
 * @dataset: the dataset
 * @territory: (nullable): the territory, as #PtceReport:territory says;
 *   %NULL for the whole dataset
 *
 * Creates the report of the poles of a territory.
 *
 * Returns: (transfer full): a new #PtceReport
 *
 * Since: 1.0
 */
PtceReport *
ptce_report_new_for_territory (PtceDataset *dataset,
                               const char  *territory)
{
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);

  return g_object_new (PTCE_TYPE_REPORT, "dataset", dataset, "territory", territory, NULL);
}

/**
 * ptce_report_get_dataset:
 * @self: a #PtceReport
 *
 * Gets the dataset the report is drawn from.
 *
 * Returns: (transfer none) (nullable): the dataset of the report
 *
 * Since: 1.0
 */
PtceDataset *
ptce_report_get_dataset (PtceReport *self)
{
  g_return_val_if_fail (PTCE_IS_REPORT (self), NULL);
  return self->dataset;
}

/**
 * ptce_report_set_dataset:
 * @self: a #PtceReport
 * @dataset: (nullable): the dataset
 *
 * Sets the dataset the report is drawn from.
 *
 * Since: 1.0
 */
void
ptce_report_set_dataset (PtceReport  *self,
                         PtceDataset *dataset)
{
  g_return_if_fail (PTCE_IS_REPORT (self));
  g_return_if_fail (dataset == NULL || PTCE_IS_DATASET (dataset));

  if (g_set_object (&self->dataset, dataset))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/**
 * ptce_report_get_pole_id:
 * @self: a #PtceReport
 *
 * Gets the id of the pole a pole report describes.
 *
 * Returns: (nullable): the id of the pole of a pole report, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_report_get_pole_id (PtceReport *self)
{
  g_return_val_if_fail (PTCE_IS_REPORT (self), NULL);
  return self->pole_id;
}

/**
 * ptce_report_set_pole_id:
 * @self: a #PtceReport
 * @pole_id: (nullable): the id of a pole, or %NULL for a territory report
 *
 * Makes the report the report of one pole.
 *
 * Since: 1.0
 */
void
ptce_report_set_pole_id (PtceReport *self,
                         const char *pole_id)
{
  g_return_if_fail (PTCE_IS_REPORT (self));

  if (g_strcmp0 (self->pole_id, pole_id) == 0)
    return;
  g_free (self->pole_id);
  self->pole_id = g_strdup (pole_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLE_ID]);
}

/**
 * ptce_report_get_territory:
 * @self: a #PtceReport
 *
 * Gets the territory a territory report covers ("reg:CODE", "dep:CODE",
 * "epci:SIREN" or a bare code).
 *
 * Returns: (nullable): the territory of a territory report, or %NULL for
 *   the whole dataset
 *
 * Since: 1.0
 */
const char *
ptce_report_get_territory (PtceReport *self)
{
  g_return_val_if_fail (PTCE_IS_REPORT (self), NULL);
  return self->territory;
}

/**
 * ptce_report_set_territory:
 * @self: a #PtceReport
 * @territory: (nullable): the territory, as #PtceReport:territory says
 *
 * Sets the territory of a territory report. A code that names no
 * territory is refused when the report is written.
 *
 * Since: 1.0
 */
void
ptce_report_set_territory (PtceReport *self,
                           const char *territory)
{
  g_return_if_fail (PTCE_IS_REPORT (self));

  if (g_strcmp0 (self->territory, territory) == 0)
    return;
  g_free (self->territory);
  self->territory = g_strdup (territory);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY]);
}

/**
 * ptce_report_get_date:
 * @self: a #PtceReport
 *
 * Gets the date the report describes the pole or the territory as of.
 *
 * Returns: (transfer none) (nullable): the date of the report, or %NULL
 *   for today
 *
 * Since: 1.0
 */
PtceDate *
ptce_report_get_date (PtceReport *self)
{
  g_return_val_if_fail (PTCE_IS_REPORT (self), NULL);
  return self->date;
}

/**
 * ptce_report_set_date:
 * @self: a #PtceReport
 * @date: (nullable): the date the report is as of, or %NULL for today
 *
 * Sets the date of the report. A partial date stands for its last day
 * (the report of "2020" is as of 31 December 2020).
 *
 * Since: 1.0
 */
void
ptce_report_set_date (PtceReport *self,
                      PtceDate   *date)
{
  g_return_if_fail (PTCE_IS_REPORT (self));

  if (self->date == date || (self->date != NULL && date != NULL && ptce_date_equal (self->date, date)))
    return;
  g_clear_pointer (&self->date, ptce_date_unref);
  self->date = date != NULL ? ptce_date_ref (date) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ptce_report_get_geography:
 * @self: a #PtceReport
 *
 * Gets the geography the report resolves territories with.
 *
 * Returns: (transfer none) (nullable): the reference geography set, or
 *   %NULL for the embedded one
 *
 * Since: 1.0
 */
PtceGeography *
ptce_report_get_geography (PtceReport *self)
{
  g_return_val_if_fail (PTCE_IS_REPORT (self), NULL);
  return self->geography;
}

/**
 * ptce_report_set_geography:
 * @self: a #PtceReport
 * @geography: (nullable): the reference geography, or %NULL for the
 *   embedded one
 *
 * Sets the reference geography the report resolves territories with.
 *
 * Since: 1.0
 */
void
ptce_report_set_geography (PtceReport    *self,
                           PtceGeography *geography)
{
  g_return_if_fail (PTCE_IS_REPORT (self));
  g_return_if_fail (geography == NULL || PTCE_IS_GEOGRAPHY (geography));

  if (g_set_object (&self->geography, geography))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GEOGRAPHY]);
}

/**
 * ptce_report_get_checker:
 * @self: a #PtceReport
 *
 * Gets the checker that gives the report its diagnosis.
 *
 * Returns: (transfer none) (nullable): the checker set, or %NULL for a
 *   default one
 *
 * Since: 1.0
 */
PtceChecker *
ptce_report_get_checker (PtceReport *self)
{
  g_return_val_if_fail (PTCE_IS_REPORT (self), NULL);
  return self->checker;
}

/**
 * ptce_report_set_checker:
 * @self: a #PtceReport
 * @checker: (nullable): the checker, or %NULL for a default one
 *
 * Sets the checker whose diagnosis the report gives (its strictness, its
 * thresholds).
 *
 * Since: 1.0
 */
void
ptce_report_set_checker (PtceReport  *self,
                         PtceChecker *checker)
{
  g_return_if_fail (PTCE_IS_REPORT (self));
  g_return_if_fail (checker == NULL || PTCE_IS_CHECKER (checker));

  if (g_set_object (&self->checker, checker))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKER]);
}

/**
 * ptce_report_get_language:
 *
 * The language reports are written in: the language of libptce's message
 * catalogue for the process (set by the locale and the `LANGUAGE`
 * environment variable), as a BCP 47 tag for the `lang` attribute of the
 * document: "en", or "fr" when the French catalogue is in use.
 *
 * Returns: the language tag
 *
 * Since: 1.0
 */
const char *
ptce_report_get_language (void)
{
  ptce_i18n_init ();
  /* TRANSLATORS: the BCP 47 tag of your language ("fr" for French): the
   * lang attribute of the reports written in your language */
  return C_("report: language tag", "en");
}

/* ------------------------------------------------------------------ */
/* Shared pieces                                                      */

char *
ptce_report_new_id (PtceReportContext *ctx,
                    const char        *prefix)
{
  return g_strdup_printf ("%s-%u", prefix, ++ctx->next_id);
}

guint
ptce_report_cite (PtceReportContext *ctx,
                  const char        *source)
{
  gpointer number;

  if (source == NULL || *source == '\0')
    return 0;
  number = g_hash_table_lookup (ctx->source_numbers, source);
  if (number != NULL)
    return GPOINTER_TO_UINT (number);
  g_ptr_array_add (ctx->sources, g_strdup (source));
  g_hash_table_insert (ctx->source_numbers, g_strdup (source), GUINT_TO_POINTER (ctx->sources->len));
  return ctx->sources->len;
}

void
ptce_report_append_citation (PtceReportContext *ctx,
                             const char        *source)
{
  guint n = ptce_report_cite (ctx, source);

  if (n > 0)
    g_string_append_printf (ctx->out, " <a class=\"cite\" href=\"#source-%u\">[%u]</a>", n, n);
}

char *
ptce_report_date_text (PtceDate *date)
{
  return date != NULL ? ptce_date_to_iso8601 (date) : g_strdup ("");
}

const char *
ptce_report_pole_name (PtcePole *pole)
{
  const char *name = ptce_pole_get_name (pole);

  return name != NULL && *name != '\0' ? name : ptce_pole_get_id (pole);
}

const char *
ptce_report_actor_name (PtceActor *actor)
{
  const char *name = ptce_actor_get_name (actor);

  return name != NULL && *name != '\0' ? name : ptce_actor_get_id (actor);
}

void
ptce_report_open_table (PtceReportContext  *ctx,
                        const char         *caption,
                        const char * const *headers)
{
  g_string_append (ctx->out, "<div class=\"table-wrap\"><table>");
  if (caption != NULL)
    {
      g_string_append (ctx->out, "<caption>");
      ptce_report_append_text (ctx->out, caption);
      g_string_append (ctx->out, "</caption>");
    }
  g_string_append (ctx->out, "<thead><tr>");
  for (guint i = 0; headers[i] != NULL; i++)
    {
      /* A header that starts with "#" is a number column. */
      gboolean num = headers[i][0] == '#';

      g_string_append (ctx->out, num ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
      ptce_report_append_text (ctx->out, headers[i] + (num ? 1 : 0));
      g_string_append (ctx->out, "</th>");
    }
  g_string_append (ctx->out, "</tr></thead>\n<tbody>\n");
}

void
ptce_report_close_table (PtceReportContext *ctx)
{
  g_string_append (ctx->out, "</tbody></table></div>\n");
}

void
ptce_report_append_figure (PtceReportContext *ctx,
                           const char        *svg,
                           const char        *alt)
{
  g_string_append (ctx->out, "<figure>\n");
  g_string_append (ctx->out, svg);
  g_string_append (ctx->out, "<figcaption>");
  ptce_report_append_text (ctx->out, alt);
  g_string_append (ctx->out, "</figcaption>\n</figure>\n");
}

/* ------------------------------------------------------------------ */
/* Words                                                              */

const char *
ptce_report_kind_label (PtceActorKind kind)
{
  switch (kind)
    {
    case PTCE_ACTOR_KIND_ENTERPRISE:
      return C_("article 9 kind, plural", "enterprises");
    case PTCE_ACTOR_KIND_ENTERPRISE_GROUPING:
      return C_("article 9 kind, plural", "groupings of enterprises");
    case PTCE_ACTOR_KIND_LOCAL_AUTHORITY:
      return C_("article 9 kind, plural", "local authorities");
    case PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING:
      return C_("article 9 kind, plural", "groupings of local authorities");
    case PTCE_ACTOR_KIND_RESEARCH_CENTRE:
      return C_("article 9 kind, plural", "research centres");
    case PTCE_ACTOR_KIND_HIGHER_EDUCATION:
      return C_("article 9 kind, plural", "higher-education and research establishments");
    case PTCE_ACTOR_KIND_TRAINING_BODY:
      return C_("article 9 kind, plural", "training bodies");
    case PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON:
      return C_("article 9 kind, plural", "other legal persons");
    case PTCE_ACTOR_KIND_NATURAL_PERSON:
      return C_("article 9 kind, plural", "natural persons");
    case PTCE_ACTOR_KIND_UNKNOWN:
    default:
      return C_("article 9 kind, plural", "kind not given");
    }
}

const char *
ptce_report_family_label (PtceEssFamily family)
{
  switch (family)
    {
    case PTCE_ESS_FAMILY_NONE:
      return C_("ESS family", "not ESS");
    case PTCE_ESS_FAMILY_ASSOCIATION:
      return C_("ESS family", "associations");
    case PTCE_ESS_FAMILY_COOPERATIVE:
      return C_("ESS family", "cooperatives");
    case PTCE_ESS_FAMILY_MUTUAL:
      return C_("ESS family", "mutuals");
    case PTCE_ESS_FAMILY_FOUNDATION:
      return C_("ESS family", "foundations");
    case PTCE_ESS_FAMILY_COMMERCIAL_COMPANY:
      return C_("ESS family", "ESS commercial companies");
    case PTCE_ESS_FAMILY_UNKNOWN:
    default:
      return C_("ESS family", "family not given");
    }
}

const char *
ptce_report_stage_label (PtceStage stage)
{
  switch (stage)
    {
    case PTCE_STAGE_EMERGENCE:
      return C_("pole stage", "emergence");
    case PTCE_STAGE_CONSTRUCTION:
      return C_("pole stage", "construction");
    case PTCE_STAGE_CONSOLIDATION:
      return C_("pole stage", "consolidation");
    case PTCE_STAGE_DEVELOPMENT:
      return C_("pole stage", "development (change of scale)");
    case PTCE_STAGE_INACTIVE:
      return C_("pole stage", "inactive");
    case PTCE_STAGE_DISSOLVED:
      return C_("pole stage", "dissolved");
    case PTCE_STAGE_UNKNOWN:
    default:
      return C_("pole stage", "not known");
    }
}

const char *
ptce_report_legal_form_label (PtceLegalForm form)
{
  switch (form)
    {
    case PTCE_LEGAL_FORM_ASSOCIATION:
      return C_("legal form", "association (loi 1901)");
    case PTCE_LEGAL_FORM_SCIC:
      return C_("legal form", "SCIC (cooperative company of collective interest)");
    case PTCE_LEGAL_FORM_SCOP:
      return C_("legal form", "SCOP (workers' cooperative)");
    case PTCE_LEGAL_FORM_OTHER_COOPERATIVE:
      return C_("legal form", "other cooperative");
    case PTCE_LEGAL_FORM_SAS:
      return C_("legal form", "SAS");
    case PTCE_LEGAL_FORM_SARL:
      return C_("legal form", "SARL");
    case PTCE_LEGAL_FORM_GIE:
      return C_("legal form", "GIE (economic interest grouping)");
    case PTCE_LEGAL_FORM_ENDOWMENT_FUND:
      return C_("legal form", "endowment fund");
    case PTCE_LEGAL_FORM_FOUNDATION:
      return C_("legal form", "foundation");
    case PTCE_LEGAL_FORM_NO_LEGAL_PERSONALITY:
      return C_("legal form", "no legal personality");
    case PTCE_LEGAL_FORM_OTHER:
      return C_("legal form", "other");
    case PTCE_LEGAL_FORM_UNKNOWN:
    default:
      return C_("legal form", "not given");
    }
}

const char *
ptce_report_mode_label (PtceCooperationMode mode)
{
  switch (mode)
    {
    case PTCE_COOPERATION_MODE_MUTUALISATION:
      return C_("cooperation mode", "mutualisation");
    case PTCE_COOPERATION_MODE_COOPERATION:
      return C_("cooperation mode", "cooperation");
    case PTCE_COOPERATION_MODE_PARTENARIAT:
    default:
      return C_("cooperation mode", "partnership");
    }
}

const char *
ptce_report_object_label (PtceCooperationObject object)
{
  switch (object)
    {
    case PTCE_COOPERATION_OBJECT_SHARED_EMPLOYMENT:
      return C_("cooperation object", "shared employment");
    case PTCE_COOPERATION_OBJECT_EMPLOYER_GROUP:
      return C_("cooperation object", "employer group");
    case PTCE_COOPERATION_OBJECT_SHARED_PREMISES:
      return C_("cooperation object", "shared premises");
    case PTCE_COOPERATION_OBJECT_GROUP_PURCHASING:
      return C_("cooperation object", "group purchasing");
    case PTCE_COOPERATION_OBJECT_SHARED_SERVICES:
      return C_("cooperation object", "shared services");
    case PTCE_COOPERATION_OBJECT_JOINT_TENDER:
      return C_("cooperation object", "joint tender");
    case PTCE_COOPERATION_OBJECT_JOINT_OFFER:
      return C_("cooperation object", "joint offer");
    case PTCE_COOPERATION_OBJECT_TRAINING:
      return C_("cooperation object", "training");
    case PTCE_COOPERATION_OBJECT_INCUBATION:
      return C_("cooperation object", "incubation");
    case PTCE_COOPERATION_OBJECT_FINANCING:
      return C_("cooperation object", "financing");
    case PTCE_COOPERATION_OBJECT_OTHER:
    default:
      return C_("cooperation object", "other");
    }
}

const char *
ptce_report_scale_label (PtceTerritoryScale scale)
{
  switch (scale)
    {
    case PTCE_TERRITORY_SCALE_NEIGHBOURHOOD:
      return C_("territory scale", "neighbourhood");
    case PTCE_TERRITORY_SCALE_COMMUNE:
      return C_("territory scale", "commune");
    case PTCE_TERRITORY_SCALE_INTERCOMMUNAL:
      return C_("territory scale", "intercommunal");
    case PTCE_TERRITORY_SCALE_PAYS:
      return C_("territory scale", "pays or PETR");
    case PTCE_TERRITORY_SCALE_INFRA_DEPARTEMENTAL:
      return C_("territory scale", "within a département");
    case PTCE_TERRITORY_SCALE_DEPARTEMENT:
      return C_("territory scale", "département");
    case PTCE_TERRITORY_SCALE_REGIONAL:
      return C_("territory scale", "région");
    case PTCE_TERRITORY_SCALE_INTERREGIONAL:
      return C_("territory scale", "several régions");
    case PTCE_TERRITORY_SCALE_UNKNOWN:
    default:
      return C_("pole stage", "not known");
    }
}

const char *
ptce_report_verdict_label (PtceVerdict verdict)
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

const char *
ptce_report_status_label (PtceFindingStatus status)
{
  /* A sign as well as a word: the status never rests on colour alone. */
  switch (status)
    {
    case PTCE_FINDING_STATUS_MET:
      return C_("finding status", "✔ met");
    case PTCE_FINDING_STATUS_NOT_MET:
      return C_("finding status", "✘ not met");
    case PTCE_FINDING_STATUS_UNDETERMINED:
      return C_("finding status", "? cannot tell");
    case PTCE_FINDING_STATUS_NOTE:
    default:
      return C_("finding status", "ℹ note");
    }
}

const char *
ptce_report_level_heading (PtceFindingLevel level)
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

/* ------------------------------------------------------------------ */
/* The document                                                       */

static const char style_sheet[] =
  ":root{color-scheme:light}"
  "body{font-family:\"DejaVu Sans\",Verdana,sans-serif;line-height:1.45;color:#111;background:#fff;"
  "max-width:60rem;margin:0 auto;padding:0.75rem}"
  "h1{font-size:1.6rem;margin:0.5rem 0}h2{font-size:1.3rem;border-bottom:2px solid #222;margin-top:2rem}"
  "h3{font-size:1.1rem}h4{font-size:1rem;margin:0.25rem 0}"
  "p,li,dd,td,th,h1,h2,h3,h4,figcaption,blockquote{overflow-wrap:anywhere}"
  "table{border-collapse:collapse;width:100%;margin:0.5rem 0 1rem}"
  "th,td{border:1px solid #888;padding:0.2rem 0.4rem;text-align:left;vertical-align:top}"
  "th{background:#eee}.num{text-align:right;white-space:nowrap}"
  /* A text column is never squeezed to a letter a line by the number
   * columns beside it (overflow-wrap:anywhere makes its narrowest width
   * one letter); a number column's header (ours, never the data's) wraps
   * between words only. */
  "td,th{min-width:5em}th.num{white-space:normal;overflow-wrap:normal;min-width:0;font-size:0.85em}td.num{min-width:0}"
  "caption{text-align:left;font-weight:bold;padding:0.25rem 0}"
  ".table-wrap{overflow-x:auto}"
  "figure{margin:1rem 0}figcaption{font-size:0.9rem;color:#333}"
  "svg.chart{display:block;max-width:100%;height:auto;font-size:12px;font-family:inherit}"
  "svg.chart text{fill:#111}"
  ".verdicts{border:3px solid #222;padding:0.5rem 1rem;margin:1rem 0}"
  ".verdicts dl{display:grid;grid-template-columns:auto auto;gap:0.2rem 1rem;margin:0}"
  ".verdicts dt{font-weight:bold}.verdicts dd{margin:0}"
  ".finding{border:1px solid #888;border-left-width:8px;padding:0.4rem 0.75rem;margin:0.5rem 0}"
  ".finding.not-met{border-left-color:#440154}.finding.undetermined{border-left-style:dashed}"
  ".finding.met{border-left-color:#7ad151}"
  ".status{font-weight:bold}"
  "blockquote{margin:0.25rem 0 0.25rem 1rem;padding-left:0.5rem;border-left:3px solid #bbb;font-style:italic}"
  ".ref{font-size:0.9rem;color:#333}"
  ".meta{color:#333}"
  "dl.facts{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:0.2rem 1rem}"
  "dl.facts dt{font-weight:bold}dl.facts dd{margin:0}"
  "ol.sources li{margin:0.25rem 0}"
  "a{color:#2a4d8f}"
  "@media (max-width:40rem){dl.facts,.verdicts dl{grid-template-columns:1fr}}"
  "@media print{@page{size:A4;margin:14mm}"
  "body{max-width:none;padding:0;font-size:10pt}"
  "section.part{break-before:page}h2{margin-top:0}"
  ".finding{padding:0.15rem 0.5rem;margin:0.3rem 0}.finding p{margin:0.2rem 0}"
  "blockquote{margin:0.1rem 0 0.1rem 0.5rem}"
  "h1,h2,h3,h4,caption{break-after:avoid}"
  "figure,tr,.finding,.verdicts,dl.facts{break-inside:avoid}"
  ".table-wrap{overflow:visible}a{color:#111;text-decoration:none}}";

/* Whether the geography knows CODE as a territory of AREA (the lookups
 * give a new reference, dropped here). */
static gboolean
geography_knows (PtceGeography  *geography,
                 PtceReportArea  area,
                 const char     *code)
{
  g_autoptr(GObject) found = NULL;

  switch (area)
    {
    case PTCE_REPORT_AREA_REGION:
      found = G_OBJECT (ptce_geography_lookup_region (geography, code));
      break;
    case PTCE_REPORT_AREA_DEPARTEMENT:
      found = G_OBJECT (ptce_geography_lookup_departement (geography, code));
      break;
    case PTCE_REPORT_AREA_EPCI:
      found = G_OBJECT (ptce_geography_lookup_epci (geography, code));
      break;
    case PTCE_REPORT_AREA_ALL:
    default:
      break;
    }
  return found != NULL;
}

static gboolean
parse_territory (PtceReport      *self,
                 PtceGeography   *geography,
                 PtceReportArea  *area,
                 char           **code,
                 GError         **error)
{
  const char *t = self->territory;
  const char *colon;
  gboolean is_region, is_departement;

  *code = NULL;
  if (t == NULL || *t == '\0' || g_ascii_strcasecmp (t, "all") == 0 || g_ascii_strcasecmp (t, "FR") == 0)
    {
      *area = PTCE_REPORT_AREA_ALL;
      return TRUE;
    }

  colon = strchr (t, ':');
  if (colon != NULL)
    {
      g_autofree char *kind = g_strndup (t, colon - t);
      const char *value = colon + 1;

      if (strcmp (kind, "reg") == 0 || strcmp (kind, "region") == 0)
        *area = PTCE_REPORT_AREA_REGION;
      else if (strcmp (kind, "dep") == 0 || strcmp (kind, "departement") == 0)
        *area = PTCE_REPORT_AREA_DEPARTEMENT;
      else if (strcmp (kind, "epci") == 0)
        *area = PTCE_REPORT_AREA_EPCI;
      else
        {
          g_autofree char *shown = ptce_report_escape (t, 40);

          g_set_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND,
                       _("Territory “%s”: expected reg:CODE, dep:CODE, epci:SIREN or all"), shown);
          return FALSE;
        }
      if (geography_knows (geography, *area, value))
        {
          *code = g_strdup (value);
          return TRUE;
        }
      {
        g_autofree char *shown = g_utf8_make_valid (value, MIN (strlen (value), 40));

        g_set_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND,
                     _("Territory “%s”: no such code in the reference geography %s"),
                     shown, ptce_geography_get_vintage (geography));
      }
      return FALSE;
    }

  if (geography_knows (geography, PTCE_REPORT_AREA_EPCI, t))
    {
      *area = PTCE_REPORT_AREA_EPCI;
      *code = g_strdup (t);
      return TRUE;
    }
  is_region = geography_knows (geography, PTCE_REPORT_AREA_REGION, t);
  is_departement = geography_knows (geography, PTCE_REPORT_AREA_DEPARTEMENT, t);
  if (is_region && is_departement)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND,
                   _("Territory “%s” is both a région and a département code: write reg:%s or dep:%s"),
                   t, t, t);
      return FALSE;
    }
  if (is_region || is_departement)
    {
      *area = is_region ? PTCE_REPORT_AREA_REGION : PTCE_REPORT_AREA_DEPARTEMENT;
      *code = g_strdup (t);
      return TRUE;
    }
  {
    g_autofree char *shown = g_utf8_make_valid (t, MIN (strlen (t), 40));

    g_set_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND,
                 _("Territory “%s”: no such code in the reference geography %s"),
                 shown, ptce_geography_get_vintage (geography));
  }
  return FALSE;
}

static void
append_head (GString    *out,
             const char *title)
{
  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  g_string_append (out, ptce_report_get_language ());
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   /* Nothing may load: no script, no font, no picture, no
                    * style sheet but the inline one. */
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                   "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
                   "<meta name=\"generator\" content=\"libptce ");
  g_string_append (out, PTCE_VERSION_S);
  g_string_append (out, "\">\n<title>");
  ptce_report_append_text (out, title);
  g_string_append (out, "</title>\n<style>");
  g_string_append (out, style_sheet);
  g_string_append (out, "</style>\n</head>\n<body>\n");
}

static void
append_sources (PtceReportContext *ctx)
{
  GString *out = ctx->out;
  const char *dataset_source = ptce_dataset_get_source (ctx->dataset);
  const char *title = ptce_dataset_get_title (ctx->dataset);
  g_autofree char *dataset_date = ptce_report_date_text (ptce_dataset_get_date (ctx->dataset));

  g_string_append (out, "<section class=\"part\" id=\"sources\">\n<h2>");
  ptce_report_append_text (out, _("Sources"));
  g_string_append (out, "</h2>\n<p>");
  ptce_report_append_printf (out, _("The facts about poles, members and cooperations come from the dataset “%s”"),
                             title != NULL && *title != '\0' ? title : _("(no title)"));
  if (*dataset_date != '\0')
    ptce_report_append_printf (out, _(", dated %s"), dataset_date);
  g_string_append (out, ".");
  if (dataset_source != NULL && *dataset_source != '\0')
    {
      g_string_append (out, " ");
      ptce_report_append_printf (out, _("Its source: %s"), dataset_source);
    }
  g_string_append (out, "</p>\n<p>");
  ptce_report_append_printf (out, _("Communes, EPCI, départements, régions and populations: the reference geography (COG %s) of %s."),
                             ptce_geography_get_vintage (ctx->geography),
                             ptce_geography_get_source (ctx->geography) != NULL
                             ? ptce_geography_get_source (ctx->geography) : "INSEE");
  g_string_append (out, "</p>\n<p>");
  ptce_report_append_printf (out, _("The diagnosis: rule set %s of libptce, from article 9 of loi n° 2014-856 and article 3 of décret n° 2015-431."),
                             ptce_checker_get_ruleset_version (ctx->checker));
  g_string_append (out, "</p>\n");
  if (ctx->sources->len > 0)
    {
      g_string_append (out, "<h3>");
      ptce_report_append_text (out, _("Sources of the observed figures"));
      g_string_append (out, "</h3>\n<ol class=\"sources\">\n");
      for (guint i = 0; i < ctx->sources->len; i++)
        {
          g_string_append_printf (out, "<li id=\"source-%u\">", i + 1);
          ptce_report_append_text (out, ctx->sources->pdata[i]);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ol>\n");
    }
  g_string_append (out, "<p class=\"meta\">");
  ptce_report_append_printf (out, _("Written by libptce %s on the data as of %s."), PTCE_VERSION_S, ctx->when_text);
  g_string_append (out, "</p>\n</section>\n");
}

static GBytes *
render (PtceReport  *self,
        GError     **error)
{
  PtceReportContext ctx = { 0 };
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) page = NULL;
  gboolean ok;

  ptce_i18n_init ();

  if (self->dataset == NULL)
    {
      g_set_error_literal (error, PTCE_ERROR, PTCE_ERROR_FAILED,
                           _("A report needs a dataset"));
      return NULL;
    }

  ctx.out = body;
  ctx.dataset = self->dataset;
  if (self->date != NULL)
    ctx.when = ptce_date_ref (self->date);
  else
    ctx.when = ptce_date_new_today ();
  ctx.when_text = ptce_date_to_words (ctx.when);  /* for the sentences */
  ctx.geography = g_object_ref (self->geography != NULL ? self->geography : ptce_geography_get_default ());
  if (self->checker != NULL)
    ctx.checker = g_object_ref (self->checker);
  else
    {
      ctx.checker = ptce_checker_new ();
      ptce_checker_set_geography (ctx.checker, ctx.geography);
    }
  ctx.numbers = strcmp (ptce_report_get_language (), "fr") == 0
    ? PTCE_REPORT_NUMBERS_FR : PTCE_REPORT_NUMBERS_EN;
  ctx.sources = g_ptr_array_new_with_free_func (g_free);
  ctx.source_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (self->pole_id != NULL)
    {
      PtcePole *pole = ptce_dataset_lookup_pole (self->dataset, self->pole_id);

      if (pole == NULL)
        {
          g_autofree char *shown = g_utf8_make_valid (self->pole_id, MIN (strlen (self->pole_id), 40));

          g_set_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND,
                       _("No pole has the id “%s”"), shown);
          ok = FALSE;
        }
      else
        ok = ptce_report_write_pole (&ctx, pole, error);
    }
  else
    {
      PtceReportArea area;
      g_autofree char *code = NULL;

      ok = parse_territory (self, ctx.geography, &area, &code, error) &&
           ptce_report_write_territory (&ctx, area, code, error);
    }

  if (ok)
    {
      append_sources (&ctx);
      page = g_string_new (NULL);
      append_head (page, ctx.title != NULL ? ctx.title : "");
      g_string_append_len (page, body->str, (gssize) body->len);
      g_string_append (page, "</body>\n</html>\n");
    }

  g_clear_pointer (&ctx.when, ptce_date_unref);
  g_clear_pointer (&ctx.when_text, g_free);
  g_clear_pointer (&ctx.title, g_free);
  g_clear_object (&ctx.geography);
  g_clear_object (&ctx.checker);
  g_clear_pointer (&ctx.sources, g_ptr_array_unref);
  g_clear_pointer (&ctx.source_numbers, g_hash_table_unref);

  if (!ok)
    return NULL;
  return g_string_free_to_bytes (g_steal_pointer (&page));
}

/**
 * ptce_report_to_bytes:
 * @self: a #PtceReport
 * @error: return location for a #GError
 *
 * Writes the report as one HTML5 document in UTF-8.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set: %PTCE_ERROR_NOT_FOUND when the pole or the territory does not
 *   exist, %PTCE_ERROR_FAILED when no dataset is set
 *
 * Since: 1.0
 */
GBytes *
ptce_report_to_bytes (PtceReport  *self,
                      GError     **error)
{
  g_return_val_if_fail (PTCE_IS_REPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return render (self, error);
}

/**
 * ptce_report_to_stream:
 * @self: a #PtceReport
 * @stream: where to write the document
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the report to @stream. The whole document is made before the
 * first byte is written: a report that cannot be made writes nothing.
 * The stream is not closed.
 *
 * Returns: %TRUE when written; %FALSE with @error set as
 *   ptce_report_to_bytes() says, or with the stream's error
 *
 * Since: 1.0
 */
gboolean
ptce_report_to_stream (PtceReport     *self,
                       GOutputStream  *stream,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (PTCE_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = render (self, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  return g_output_stream_write_all (stream, data, length, NULL, cancellable, error);
}

/**
 * ptce_report_save_file:
 * @self: a #PtceReport
 * @path: (type filename): where to write the document
 * @error: return location for a #GError
 *
 * Writes the report to a file, atomically: the document goes to a
 * temporary file in the directory of @path, flushed to the disk, then
 * renamed over @path (mode 0644). A failure or a crash leaves an existing
 * @path as it was. A @path that exists but is not a regular file (a
 * device, a pipe, a directory) is refused.
 *
 * Returns: %TRUE when written; %FALSE with @error set as
 *   ptce_report_to_bytes() says, or to %PTCE_ERROR_IO naming @path
 *
 * Since: 1.0
 */
gboolean
ptce_report_save_file (PtceReport  *self,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *target = NULL;
  gconstpointer data;
  gsize length;
  struct stat st;

  g_return_val_if_fail (PTCE_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();

  bytes = render (self, error);
  if (bytes == NULL)
    return FALSE;

  /* A symbolic link is followed: the file it names is replaced. */
  target = g_strdup (path);
  if (lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    {
      char *resolved = realpath (path, NULL);

      if (resolved != NULL)
        {
          g_free (target);
          target = g_strdup (resolved);
          free (resolved);
        }
    }
  if (stat (target, &st) == 0 && !S_ISREG (st.st_mode))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PTCE_ERROR, PTCE_ERROR_IO,
                   _("Cannot write “%s”: not a regular file (a save replaces the file, "
                     "which would destroy a device, a pipe or a directory)"),
                   display);
      return FALSE;
    }

  data = g_bytes_get_data (bytes, &length);
  if (!g_file_set_contents_full (target, data, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PTCE_ERROR, PTCE_ERROR_IO, _("Cannot write “%s”: %s"),
                   display, local->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * ptce_report_has_network_picture:
 *
 * Whether this libptce draws the cooperation network of a pole in its
 * reports: it does when it was built with Graphviz (the meson feature
 * `graphviz`); without it, a report says that the picture is not
 * available.
 *
 * Returns: %TRUE when reports hold the network picture
 *
 * Since: 1.0
 */
gboolean
ptce_report_has_network_picture (void)
{
#ifdef PTCE_HAVE_GVC
  return TRUE;
#else
  return FALSE;
#endif
}
