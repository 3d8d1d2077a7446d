/* ptce-checker.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-checker.h"
#include "ptce-enum-types.h"
#include "ptce-rules-private.h"

/**
 * SECTION:ptce-checker
 * @Title: PtceChecker
 * @Short_description: the PTCE diagnosis: article 9 and décret 2015-431
 *
 * A #PtceChecker runs the rule set of libptce on a pole as of a date and
 * returns a #PtceDiagnosis: "as of this date, does this pole meet the legal
 * definition of a PTCE (article 9 I of loi n° 2014-856), and would it be
 * eligible to a State call (article 3 of décret n° 2015-431)?"
 *
 * |[<!-- language="C" -->
 * g_autoptr(PtceChecker) checker = ptce_checker_new ();
 * g_autoptr(PtceDate) when = ptce_date_new (2016, 1, 1, NULL);
 * g_autoptr(PtceDiagnosis) diagnosis = ptce_checker_check (checker, dataset, pole, when);
 *
 * if (ptce_diagnosis_get_verdict (diagnosis, PTCE_FINDING_LEVEL_DEFINITION) == PTCE_VERDICT_MET)
 *   g_print ("%s is a PTCE in the sense of article 9 I\n", ptce_pole_get_name (pole));
 * ]|
 *
 * Every rule ("V0" … "V18", see ptce_checker_get_rules() and
 * `docs/rules.md`) gives at least one #PtceFinding, also when it cannot run
 * for lack of data: then the finding says what is missing, with the status
 * %PTCE_FINDING_STATUS_UNDETERMINED. Nothing is dropped silently.
 *
 * Where the law is open, the threshold is a property with a documented
 * default:
 *
 * - #PtceChecker:location-threshold — the share of members located on the
 *   territory under which rule V3 warns (default 0.5);
 * - #PtceChecker:min-ess-enterprises — how many ESS enterprises make the
 *   plural « d'entreprises de l'économie sociale et solidaire » (default 2);
 * - #PtceChecker:continuity-months — how long a strategy or cooperation
 *   must have run to show that it is « continue » (default 12);
 * - #PtceChecker:strict — whether a written common strategy is required by
 *   the definition (rule V12) rather than only expected (default %FALSE).
 *
 * The rules read the texts in force on the date asked: article 9 II as
 * written in 2014 (selection by an interministerial committee) before
 * 9 December 2020 and as rewritten by loi n° 2020-1525 (selection by the
 * funders) from then on; article 2 with its three objectives before the
 * PACTE law (in force on 24 May 2019) and four after. Each finding says
 * which wording it applied (#PtceFinding:legal-version) and the diagnosis
 * sums them up (#PtceDiagnosis:legal-basis).
 *
 * The territorial rules resolve the pole's territory and the members'
 * communes against the official geography, and the ESS status and kind of
 * an actor whose data do not say them are inferred from its INSEE legal
 * category, through the reference layer.
 */

/**
 * PtceChecker:
 *
 * Runs the rule set of libptce on a pole as of a date. Its properties are the thresholds the law leaves open.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_CHECKER:
 *
 * The #GType of #PtceChecker.
 *
 * Since: 1.0
 */

#define DEFAULT_LOCATION_THRESHOLD 0.5
#define DEFAULT_MIN_ESS_ENTERPRISES 2
#define DEFAULT_CONTINUITY_MONTHS 12

struct _PtceChecker
{
  GObject     parent_instance;

  double      location_threshold;
  guint       min_ess_enterprises;
  guint       continuity_months;
  gboolean    strict;
  GListStore *rules;
  PtceGeography       *geography;   /* NULL: the embedded one */
  PtceLegalCategories *categories;  /* NULL: the embedded ones */
};

G_DEFINE_FINAL_TYPE (PtceChecker, ptce_checker, G_TYPE_OBJECT)

/* Fills the settings the rules read, once per check: the rules never call
 * back into the checker. */
static void
fill_settings (PtceChecker      *self,
               PtceRuleSettings *settings)
{
  settings->geography = ptce_checker_get_geography (self);
  settings->categories = ptce_checker_get_legal_categories (self);
  settings->location_threshold = self->location_threshold;
  settings->min_ess_enterprises = self->min_ess_enterprises;
  settings->continuity_months = self->continuity_months;
  settings->strict = self->strict;
}

enum {
  PROP_0,
  PROP_LOCATION_THRESHOLD,
  PROP_MIN_ESS_ENTERPRISES,
  PROP_CONTINUITY_MONTHS,
  PROP_STRICT,
  PROP_RULESET_VERSION,
  PROP_RULES,
  PROP_GEOGRAPHY,
  PROP_LEGAL_CATEGORIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_checker_finalize (GObject *object)
{
  PtceChecker *self = (PtceChecker *) object;

  g_clear_object (&self->rules);
  g_clear_object (&self->geography);
  g_clear_object (&self->categories);

  G_OBJECT_CLASS (ptce_checker_parent_class)->finalize (object);
}

static void
ptce_checker_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PtceChecker *self = PTCE_CHECKER (object);

  switch (prop_id)
    {
    case PROP_LOCATION_THRESHOLD:
      g_value_set_double (value, self->location_threshold);
      break;
    case PROP_MIN_ESS_ENTERPRISES:
      g_value_set_uint (value, self->min_ess_enterprises);
      break;
    case PROP_CONTINUITY_MONTHS:
      g_value_set_uint (value, self->continuity_months);
      break;
    case PROP_STRICT:
      g_value_set_boolean (value, self->strict);
      break;
    case PROP_RULESET_VERSION:
      g_value_set_string (value, ptce_checker_get_ruleset_version (self));
      break;
    case PROP_RULES:
      g_value_set_object (value, self->rules);
      break;
    case PROP_GEOGRAPHY:
      g_value_set_object (value, ptce_checker_get_geography (self));
      break;
    case PROP_LEGAL_CATEGORIES:
      g_value_set_object (value, ptce_checker_get_legal_categories (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_checker_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PtceChecker *self = PTCE_CHECKER (object);

  switch (prop_id)
    {
    case PROP_LOCATION_THRESHOLD:
      ptce_checker_set_location_threshold (self, g_value_get_double (value));
      break;
    case PROP_MIN_ESS_ENTERPRISES:
      ptce_checker_set_min_ess_enterprises (self, g_value_get_uint (value));
      break;
    case PROP_CONTINUITY_MONTHS:
      ptce_checker_set_continuity_months (self, g_value_get_uint (value));
      break;
    case PROP_STRICT:
      ptce_checker_set_strict (self, g_value_get_boolean (value));
      break;
    case PROP_GEOGRAPHY:
      ptce_checker_set_geography (self, g_value_get_object (value));
      break;
    case PROP_LEGAL_CATEGORIES:
      ptce_checker_set_legal_categories (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_checker_class_init (PtceCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_checker_finalize;
  object_class->get_property = ptce_checker_get_property;
  object_class->set_property = ptce_checker_set_property;

  /**
   * PtceChecker:location-threshold:
   *
   * The share of members (0 to 1) that must be located on the territory
   * (a site or their seat in one of its communes) for rule V3 not to warn.
   * Article 9 I says « sur un même territoire » without a figure; the
   * default, 0.5, reads it as "most members", the lowest share at which
   * the grouping is still mainly on the territory.
   *
   * Since: 1.0
   */
  properties[PROP_LOCATION_THRESHOLD] =
    g_param_spec_double ("location-threshold", NULL, NULL, 0.0, 1.0,
                         DEFAULT_LOCATION_THRESHOLD, rw);

  /**
   * PtceChecker:min-ess-enterprises:
   *
   * How many ESS enterprises the members must count for rule V4.plural not
   * to warn. Article 9 I speaks of « entreprises de l'économie sociale et
   * solidaire » in the plural; the default, 2, is the smallest plural.
   * Rule V4 itself (the definition) asks for at least one.
   *
   * Since: 1.0
   */
  properties[PROP_MIN_ESS_ENTERPRISES] =
    g_param_spec_uint ("min-ess-enterprises", NULL, NULL, 1, G_MAXUINT,
                       DEFAULT_MIN_ESS_ENTERPRISES, rw);

  /**
   * PtceChecker:continuity-months:
   *
   * How many months a strategy or a cooperation must have run, on the date
   * asked, for rule V13 to take the strategy as « continue ». The law gives
   * no duration; the default, 12, is one full yearly cycle (one general
   * assembly, one budget), beyond what the 2011 EGESS criteria call « un
   * projet ponctuel ».
   *
   * Since: 1.0
   */
  properties[PROP_CONTINUITY_MONTHS] =
    g_param_spec_uint ("continuity-months", NULL, NULL, 0, 1200,
                       DEFAULT_CONTINUITY_MONTHS, rw);

  /**
   * PtceChecker:strict:
   *
   * Whether rule V12 (a written common strategy) weighs on the definition
   * instead of being evidence only. Article 9 I requires « une stratégie
   * commune » but not that it be written; off by default.
   *
   * Since: 1.0
   */
  properties[PROP_STRICT] = g_param_spec_boolean ("strict", NULL, NULL, FALSE, rw);

  /**
   * PtceChecker:ruleset-version:
   *
   * The name and version of the rule set.
   *
   * Since: 1.0
   */
  properties[PROP_RULESET_VERSION] =
    g_param_spec_string ("ruleset-version", NULL, NULL, NULL, ro);

  /**
   * PtceChecker:rules:
   *
   * The rules the checker runs, in order, as a #GListModel of #PtceRule.
   *
   * Since: 1.0
   */
  properties[PROP_RULES] =
    g_param_spec_object ("rules", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PtceChecker:geography:
   *
   * The official geography the territorial rules (V2, V3) resolve
   * territories and communes against, and that recognises local
   * authorities and their groupings by their SIREN. Setting %NULL goes back
   * to the geography embedded in the library
   * (ptce_geography_get_default()).
   *
   * Since: 1.0
   */
  properties[PROP_GEOGRAPHY] =
    g_param_spec_object ("geography", NULL, NULL, PTCE_TYPE_GEOGRAPHY, rw);

  /**
   * PtceChecker:legal-categories:
   *
   * The INSEE legal categories the rules infer an actor's kind and ESS
   * status from when its data do not state them, and that tell a carrier
   * of public law (rule V10). Setting %NULL goes back to the embedded
   * nomenclature (ptce_legal_categories_get_default()).
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_CATEGORIES] =
    g_param_spec_object ("legal-categories", NULL, NULL, PTCE_TYPE_LEGAL_CATEGORIES, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_checker_init (PtceChecker *self)
{
  const PtceRuleInfo *table;
  guint n_rules;

  self->location_threshold = DEFAULT_LOCATION_THRESHOLD;
  self->min_ess_enterprises = DEFAULT_MIN_ESS_ENTERPRISES;
  self->continuity_months = DEFAULT_CONTINUITY_MONTHS;
  self->rules = g_list_store_new (PTCE_TYPE_RULE);

  table = ptce_rules_get_table (&n_rules);
  for (guint i = 0; i < n_rules; i++)
    {
      g_autoptr(PtceRule) rule = ptce_rule_new_internal (&table[i]);

      g_list_store_append (self->rules, rule);
    }
}

/**
 * ptce_checker_new:
 *
 * Creates a checker with the default thresholds.
 *
 * Returns: (transfer full): a new #PtceChecker
 *
 * Since: 1.0
 */
PtceChecker *
ptce_checker_new (void)
{
  return g_object_new (PTCE_TYPE_CHECKER, NULL);
}

/**
 * ptce_checker_get_ruleset_version:
 * @self: a #PtceChecker
 *
 * Gets the name and version of the rule set, such as "ptce-rules/1.2". It
 * changes whenever a rule, a default threshold or the reading of a text
 * changes.
 *
 * Returns: (transfer none): the version
 *
 * Since: 1.0
 */
const char *
ptce_checker_get_ruleset_version (PtceChecker *self)
{
  g_return_val_if_fail (PTCE_IS_CHECKER (self), NULL);
  return PTCE_RULESET_VERSION;
}

/**
 * ptce_checker_get_rules:
 * @self: a #PtceChecker
 *
 * Gets the rules the checker runs, in the order their findings come.
 *
 * Returns: (transfer none): a #GListModel of #PtceRule
 *
 * Since: 1.0
 */
GListModel *
ptce_checker_get_rules (PtceChecker *self)
{
  g_return_val_if_fail (PTCE_IS_CHECKER (self), NULL);
  return G_LIST_MODEL (self->rules);
}

/**
 * ptce_checker_get_location_threshold:
 * @self: a #PtceChecker
 *
 * Gets the share of members that must be located on the territory.
 *
 * Returns: the share, from 0 to 1
 *
 * Since: 1.0
 */
double
ptce_checker_get_location_threshold (PtceChecker *self)
{
  g_return_val_if_fail (PTCE_IS_CHECKER (self), DEFAULT_LOCATION_THRESHOLD);
  return self->location_threshold;
}

/**
 * ptce_checker_set_location_threshold:
 * @self: a #PtceChecker
 * @threshold: a share, from 0 to 1
 *
 * Sets the share of members that must be located on the territory for
 * rule V3 not to warn.
 *
 * Since: 1.0
 */
void
ptce_checker_set_location_threshold (PtceChecker *self,
                                     double       threshold)
{
  g_return_if_fail (PTCE_IS_CHECKER (self));
  g_return_if_fail (threshold >= 0.0 && threshold <= 1.0);

  if (self->location_threshold == threshold)
    return;
  self->location_threshold = threshold;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION_THRESHOLD]);
}

/**
 * ptce_checker_get_min_ess_enterprises:
 * @self: a #PtceChecker
 *
 * Gets how many ESS enterprises make the plural of the law.
 *
 * Returns: the count, at least 1
 *
 * Since: 1.0
 */
guint
ptce_checker_get_min_ess_enterprises (PtceChecker *self)
{
  g_return_val_if_fail (PTCE_IS_CHECKER (self), DEFAULT_MIN_ESS_ENTERPRISES);
  return self->min_ess_enterprises;
}

/**
 * ptce_checker_set_min_ess_enterprises:
 * @self: a #PtceChecker
 * @count: a count, at least 1
 *
 * Sets how many ESS enterprises the members must count for rule
 * V4.plural not to warn.
 *
 * Since: 1.0
 */
void
ptce_checker_set_min_ess_enterprises (PtceChecker *self,
                                      guint        count)
{
  g_return_if_fail (PTCE_IS_CHECKER (self));
  g_return_if_fail (count >= 1);

  if (self->min_ess_enterprises == count)
    return;
  self->min_ess_enterprises = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_ESS_ENTERPRISES]);
}

/**
 * ptce_checker_get_continuity_months:
 * @self: a #PtceChecker
 *
 * Gets how many months make a strategy continuous.
 *
 * Returns: the number of months
 *
 * Since: 1.0
 */
guint
ptce_checker_get_continuity_months (PtceChecker *self)
{
  g_return_val_if_fail (PTCE_IS_CHECKER (self), DEFAULT_CONTINUITY_MONTHS);
  return self->continuity_months;
}

/**
 * ptce_checker_set_continuity_months:
 * @self: a #PtceChecker
 * @months: a number of months, at most 1200
 *
 * Sets how many months a strategy or cooperation must have run for rule
 * V13 to take it as continuous.
 *
 * Since: 1.0
 */
void
ptce_checker_set_continuity_months (PtceChecker *self,
                                    guint        months)
{
  g_return_if_fail (PTCE_IS_CHECKER (self));
  g_return_if_fail (months <= 1200);

  if (self->continuity_months == months)
    return;
  self->continuity_months = months;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTINUITY_MONTHS]);
}

/**
 * ptce_checker_get_strict:
 * @self: a #PtceChecker
 *
 * Gets whether a written common strategy is required by the definition.
 *
 * Returns: %TRUE in strict mode
 *
 * Since: 1.0
 */
gboolean
ptce_checker_get_strict (PtceChecker *self)
{
  g_return_val_if_fail (PTCE_IS_CHECKER (self), FALSE);
  return self->strict;
}

/**
 * ptce_checker_set_strict:
 * @self: a #PtceChecker
 * @strict: whether rule V12 weighs on the definition
 *
 * Sets whether a written common strategy (rule V12) is required by the
 * definition rather than only expected as evidence.
 *
 * Since: 1.0
 */
void
ptce_checker_set_strict (PtceChecker *self,
                         gboolean     strict)
{
  g_return_if_fail (PTCE_IS_CHECKER (self));

  strict = !!strict;
  if (self->strict == strict)
    return;
  self->strict = strict;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRICT]);
}

/**
 * ptce_checker_get_geography:
 * @self: a #PtceChecker
 *
 * Gets the official geography the rules use.
 *
 * Returns: (transfer none): the geography, the embedded one unless another
 *   was set
 *
 * Since: 1.0
 */
PtceGeography *
ptce_checker_get_geography (PtceChecker *self)
{
  g_return_val_if_fail (PTCE_IS_CHECKER (self), NULL);

  if (self->geography != NULL)
    return self->geography;
  return ptce_geography_get_default ();
}

/**
 * ptce_checker_set_geography:
 * @self: a #PtceChecker
 * @geography: (nullable): a geography, or %NULL for the embedded one
 *
 * Sets the official geography the rules use, for instance another vintage
 * of the official geographic code.
 *
 * Since: 1.0
 */
void
ptce_checker_set_geography (PtceChecker   *self,
                            PtceGeography *geography)
{
  g_return_if_fail (PTCE_IS_CHECKER (self));
  g_return_if_fail (geography == NULL || PTCE_IS_GEOGRAPHY (geography));

  if (g_set_object (&self->geography, geography))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GEOGRAPHY]);
}

/**
 * ptce_checker_get_legal_categories:
 * @self: a #PtceChecker
 *
 * Gets the legal categories the rules use.
 *
 * Returns: (transfer none): the legal categories, the embedded ones unless
 *   others were set
 *
 * Since: 1.0
 */
PtceLegalCategories *
ptce_checker_get_legal_categories (PtceChecker *self)
{
  g_return_val_if_fail (PTCE_IS_CHECKER (self), NULL);

  if (self->categories != NULL)
    return self->categories;
  return ptce_legal_categories_get_default ();
}

/**
 * ptce_checker_set_legal_categories:
 * @self: a #PtceChecker
 * @categories: (nullable): legal categories, or %NULL for the embedded ones
 *
 * Sets the legal categories the rules use to infer an actor's kind and
 * ESS status.
 *
 * Since: 1.0
 */
void
ptce_checker_set_legal_categories (PtceChecker         *self,
                                   PtceLegalCategories *categories)
{
  g_return_if_fail (PTCE_IS_CHECKER (self));
  g_return_if_fail (categories == NULL || PTCE_IS_LEGAL_CATEGORIES (categories));

  if (g_set_object (&self->categories, categories))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_CATEGORIES]);
}

/**
 * ptce_checker_check:
 * @self: a #PtceChecker
 * @dataset: (nullable): the dataset the pole comes from, for the
 *   observations some rules read (the composition of a grouping of
 *   enterprises), or %NULL
 * @pole: the pole to check
 * @when: (nullable): the date to check the pole as of, or %NULL for today
 *
 * Runs every rule on @pole as of @when. The memberships, cooperations,
 * projects and fundings are taken as they stand on that date, and the
 * legal texts in the wording in force on it.
 *
 * Returns: (transfer full): the diagnosis
 *
 * Since: 1.0
 */
PtceDiagnosis *
ptce_checker_check (PtceChecker *self,
                    PtceDataset *dataset,
                    PtcePole    *pole,
                    PtceDate    *when)
{
  g_autoptr(PtceDate) today = NULL;
  PtceRuleSettings settings;

  g_return_val_if_fail (PTCE_IS_CHECKER (self), NULL);
  g_return_val_if_fail (dataset == NULL || PTCE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (PTCE_IS_POLE (pole), NULL);

  if (when == NULL)
    when = today = ptce_date_new_today ();
  fill_settings (self, &settings);
  return ptce_rules_run (&settings, dataset, pole, when);
}

/**
 * ptce_checker_check_dataset:
 * @self: a #PtceChecker
 * @dataset: a dataset
 * @when: (nullable): the date to check the poles as of, or %NULL for today
 *
 * Checks every pole of @dataset as of @when, in the order of the dataset.
 *
 * Returns: (transfer full): a #GListModel of #PtceDiagnosis
 *
 * Since: 1.0
 */
GListModel *
ptce_checker_check_dataset (PtceChecker *self,
                            PtceDataset *dataset,
                            PtceDate    *when)
{
  g_autoptr(PtceDate) today = NULL;
  PtceRuleSettings settings;
  GListModel *poles;
  GListStore *result;
  guint n;

  g_return_val_if_fail (PTCE_IS_CHECKER (self), NULL);
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);

  if (when == NULL)
    when = today = ptce_date_new_today ();
  fill_settings (self, &settings);
  result = g_list_store_new (PTCE_TYPE_DIAGNOSIS);
  poles = ptce_dataset_get_poles (dataset);
  n = g_list_model_get_n_items (poles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);
      g_autoptr(PtceDiagnosis) diagnosis = ptce_rules_run (&settings, dataset, pole, when);

      g_list_store_append (result, diagnosis);
    }
  return G_LIST_MODEL (result);
}
