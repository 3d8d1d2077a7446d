/* ptce-indicator.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>

#include "ptce-i18n-private.h"
#include "ptce-indicator-private.h"

/**
 * SECTION:ptce-indicator
 * @Title: PtceIndicator
 * @Short_description: one figure an observatory publishes, with its provenance
 *
 * A #PtceIndicator is one figure computed by a #PtceObservatory about a
 * pole, a set of poles or a territory, as of a date or over a period:
 *
 * - a stable identifier (#PtceIndicator:id, such as "members_total" or
 *   "ess_share"; the catalogue with each formula is `docs/indicators.md`),
 *   and for a distribution, the category it counts (#PtceIndicator:category,
 *   such as "association" in "members_by_ess_family"),
 * - what it is about (#PtceIndicator:subject: a pole id, an actor id, a
 *   territory code, or "" for a set of poles),
 * - its label in English and in French, and in the user's language,
 * - its unit ("count", "share" between 0 and 1, "EUR", "jobs", "FTE",
 *   "years", "category"),
 * - its value, or none (#PtceIndicator:has-value) when the data do not give
 *   one (a share of zero members, a figure no source gave),
 * - the period it covers (#PtceIndicator:start, #PtceIndicator:end: the same
 *   date for an indicator as of a date),
 * - whether it adds up across poles or territories (#PtceIndicator:additive):
 *   the sum of the per-pole values of an additive indicator is the value
 *   for the set; a count of members is not additive, because one actor may
 *   belong to several poles,
 * - the observations it used and their sources; when those sources gave
 *   different figures for the same period, #PtceIndicator:disagreement is
 *   set and every figure stays listed.
 *
 * Indicators are made by the observatory and are read-only.
 */

/**
 * PtceIndicator:
 *
 * One figure of the observatory, with its definition and provenance.
 * Read-only; its fields are properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_INDICATOR:
 *
 * The #GType of #PtceIndicator.
 *
 * Since: 1.0
 */

struct _PtceIndicator
{
  GObject     parent_instance;

  /* The id and unit of an indicator of the catalogue are the catalogue's
   * own (static) strings, borrowed: a pole's ≈54 indicators are made for
   * every pole, each copying and freeing them; others are copied into
   * id_copy and unit_copy. */
  const char *id;
  char       *id_copy;
  char       *category;
  char       *subject;
  const PtceIndicatorInfo *info;
  const char *unit;
  char       *unit_copy;
  gboolean    has_value;
  double      value;
  PtceDate   *start;
  PtceDate   *end;
  char       *method;
  /* Both made on first use: most indicators (counts, shares, distributions)
   * use no observation, and an empty store for each cost as much as the
   * rest of the indicator. */
  GListStore *observations;
  GPtrArray  *sources;      /* NULL-terminated, distinct, or NULL when none */
  gboolean    disagreement;
};

G_DEFINE_FINAL_TYPE (PtceIndicator, ptce_indicator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CATEGORY,
  PROP_SUBJECT,
  PROP_LABEL,
  PROP_LABEL_EN,
  PROP_LABEL_FR,
  PROP_UNIT,
  PROP_HAS_VALUE,
  PROP_VALUE,
  PROP_START,
  PROP_END,
  PROP_ADDITIVE,
  PROP_METHOD,
  PROP_OBSERVATIONS,
  PROP_SOURCES,
  PROP_DISAGREEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The catalogue: docs/indicators.md gives each formula. */
static const PtceIndicatorInfo catalogue[] = {
  { "poles_total", N_("Poles"), "Pôles", "count", TRUE },
  { "members_total", N_("Members"), "Membres", "count", FALSE },
  { "members_by_kind", N_("Members by article 9 kind"),
    "Membres par catégorie de l'article 9", "count", FALSE },
  { "members_by_ess_family", N_("Members by ESS family"),
    "Membres par famille de l'ESS", "count", FALSE },
  { "ess_members", N_("ESS enterprise members"),
    "Membres entreprises de l'économie sociale et solidaire", "count", FALSE },
  { "ess_share", N_("Share of ESS enterprises among members"),
    "Part des entreprises de l'économie sociale et solidaire parmi les membres",
    "share", FALSE },
  { "non_ess_enterprise_count", N_("Other enterprises among members"),
    "Autres entreprises parmi les membres", "count", FALSE },
  { "links_total", N_("Bodies in link with the pole"),
    "Organismes en lien avec le pôle", "count", FALSE },
  { "public_partner_count", N_("Local authorities and their groupings, members or in link"),
    "Collectivités territoriales et leurs groupements, membres ou en lien",
    "count", FALSE },
  { "art9_coverage", N_("Article 9 categories present"),
    "Catégories de l'article 9 présentes", "count", FALSE },
  { "territorial_anchoring", N_("Share of members located on the territory"),
    "Part des membres implantés sur le territoire", "share", FALSE },
  { "territory_scale", N_("Scale of the territory"), "Échelle du territoire",
    "category", FALSE },
  { "cooperations_active", N_("Cooperations under way"), "Coopérations en cours",
    "count", TRUE },
  { "cooperations_by_mode", N_("Cooperations by mode"),
    "Coopérations par mode (mutualisation, coopération, partenariat)", "count", TRUE },
  { "cooperations_by_object", N_("Cooperations by object"),
    "Coopérations par objet", "count", TRUE },
  { "projects_active", N_("Projects under way"), "Projets en cours", "count", TRUE },
  { "age_years", N_("Age"), "Ancienneté", "years", FALSE },
  { "stage", N_("Stage"), "Stade", "category", FALSE },
  { "fundings_total", N_("Fundings received"), "Financements reçus", "EUR", TRUE },
  { "funding_by_call", N_("Fundings received by call"),
    "Financements reçus par appel", "EUR", TRUE },
  { "jobs_direct", N_("Direct jobs"), "Emplois directs", "jobs", TRUE },
  { "fte_members", N_("Full-time equivalents of the members"),
    "Équivalents temps plein des membres", "FTE", FALSE },
  { "animation_fte", N_("Full-time equivalents of the animation"),
    "Équivalents temps plein de l'animation", "FTE", TRUE },
  { "consolidated_turnover", N_("Consolidated turnover"),
    "Chiffre d'affaires consolidé", "EUR", TRUE },
  { "budget", N_("Budget"), "Budget", "EUR", TRUE },
  { "public_subsidies", N_("Public subsidies"), "Subventions publiques", "EUR", TRUE },
  { "public_subsidy_share", N_("Share of public subsidies in the budget"),
    "Part des subventions publiques dans le budget", "share", FALSE },
  { "members_reported", N_("Members reported by sources"),
    "Membres selon les sources", "count", FALSE },
  { "poles_by_stage", N_("Poles by stage"), "Pôles par stade", "count", TRUE },
  { "poles_by_typology", N_("Poles by typology"), "Pôles par typologie", "count", FALSE },
  { "poles_by_origin", N_("Poles by origin"), "Pôles par origine", "count", TRUE },
  { "poles_by_sector", N_("Poles by sector"), "Pôles par secteur", "count", FALSE },
};

/* Returns: (nullable): the catalogue entry of @id. */
const PtceIndicatorInfo *
ptce_indicator_info_lookup (const char *id)
{
  static GHashTable *by_id;  /* id → entry of the catalogue, made once */

  if (id == NULL)
    return NULL;
  if (g_once_init_enter (&by_id))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      /* the first entry of an id wins, as the scan found it */
      for (gsize i = G_N_ELEMENTS (catalogue); i > 0; i--)
        g_hash_table_insert (table, (gpointer) catalogue[i - 1].id,
                             (gpointer) &catalogue[i - 1]);
      g_once_init_leave (&by_id, table);
    }
  return g_hash_table_lookup (by_id, id);
}

static void
ptce_indicator_finalize (GObject *object)
{
  PtceIndicator *self = (PtceIndicator *) object;

  g_clear_pointer (&self->id_copy, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->unit_copy, g_free);
  g_clear_pointer (&self->start, ptce_date_unref);
  g_clear_pointer (&self->end, ptce_date_unref);
  g_clear_pointer (&self->method, g_free);
  g_clear_object (&self->observations);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (ptce_indicator_parent_class)->finalize (object);
}

static void
ptce_indicator_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PtceIndicator *self = PTCE_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, ptce_indicator_get_id (self));
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, ptce_indicator_get_category (self));
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, ptce_indicator_get_subject (self));
      break;
    case PROP_LABEL:
      g_value_set_string (value, ptce_indicator_get_label (self));
      break;
    case PROP_LABEL_EN:
      g_value_set_string (value, ptce_indicator_get_label_en (self));
      break;
    case PROP_LABEL_FR:
      g_value_set_string (value, ptce_indicator_get_label_fr (self));
      break;
    case PROP_UNIT:
      g_value_set_string (value, ptce_indicator_get_unit (self));
      break;
    case PROP_HAS_VALUE:
      g_value_set_boolean (value, self->has_value);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    case PROP_ADDITIVE:
      g_value_set_boolean (value, ptce_indicator_get_additive (self));
      break;
    case PROP_METHOD:
      g_value_set_string (value, self->method);
      break;
    case PROP_OBSERVATIONS:
      g_value_set_object (value, ptce_indicator_get_observations (self));
      break;
    case PROP_SOURCES:
      g_value_set_boxed (value, ptce_indicator_get_sources (self));
      break;
    case PROP_DISAGREEMENT:
      g_value_set_boolean (value, self->disagreement);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_indicator_class_init (PtceIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_indicator_finalize;
  object_class->get_property = ptce_indicator_get_property;

  /**
   * PtceIndicator:id:
   *
   * The stable identifier of the indicator, from the catalogue of
   * `docs/indicators.md` ("members_total", "ess_share" …); for a point of a
   * time series, the indicator of the observations.
   *
   * Since: 1.0
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", ro);
  /**
   * PtceIndicator:category:
   *
   * For one value of a distribution, the category it counts: the nick of
   * an article 9 kind, an ESS family, a cooperation mode or object, a stage,
   * or the call of a funding; "" otherwise.
   *
   * Since: 1.0
   */
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, "", ro);
  /**
   * PtceIndicator:subject:
   *
   * What the indicator is about: a pole id, an actor id, a territory code,
   * or "" for a set of poles.
   *
   * Since: 1.0
   */
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, "", ro);
  /**
   * PtceIndicator:label:
   *
   * The label of the indicator in the user's language.
   *
   * Since: 1.0
   */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, "", ro);
  /**
   * PtceIndicator:label-en:
   *
   * The label of the indicator in English.
   *
   * Since: 1.0
   */
  properties[PROP_LABEL_EN] = g_param_spec_string ("label-en", NULL, NULL, "", ro);
  /**
   * PtceIndicator:label-fr:
   *
   * The label of the indicator in French.
   *
   * Since: 1.0
   */
  properties[PROP_LABEL_FR] = g_param_spec_string ("label-fr", NULL, NULL, "", ro);
  /**
   * PtceIndicator:unit:
   *
   * The unit of the value: "count", "share" (between 0 and 1), "EUR",
   * "jobs", "FTE", "years", "category" (the value is 1 and the category
   * says which), or the unit of the observations for a time series.
   *
   * Since: 1.0
   */
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, "", ro);
  /**
   * PtceIndicator:has-value:
   *
   * Whether the data give a value: %FALSE for a share of nothing, an age
   * without a founding date, a figure no observation gave.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_VALUE] = g_param_spec_boolean ("has-value", NULL, NULL, FALSE, ro);
  /**
   * PtceIndicator:value:
   *
   * The value, meaningful when #PtceIndicator:has-value is set (0 otherwise).
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL,
                                                -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  /**
   * PtceIndicator:start:
   *
   * The first day of the period the indicator covers (the date itself for
   * an indicator as of a date), or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, PTCE_TYPE_DATE, ro);
  /**
   * PtceIndicator:end:
   *
   * The end of the period the indicator covers, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, PTCE_TYPE_DATE, ro);
  /**
   * PtceIndicator:additive:
   *
   * Whether the indicator adds up across poles and territories: the value
   * for a set is the sum of the values of its parts.
   *
   * Since: 1.0
   */
  properties[PROP_ADDITIVE] = g_param_spec_boolean ("additive", NULL, NULL, FALSE, ro);
  /**
   * PtceIndicator:method:
   *
   * How the value was obtained: for a value from observations, the method
   * the source gave, or the selection rule that picked one figure among
   * several; %NULL for a value computed from the model alone.
   *
   * Since: 1.0
   */
  properties[PROP_METHOD] = g_param_spec_string ("method", NULL, NULL, NULL, ro);
  /**
   * PtceIndicator:observations:
   *
   * The #PtceObservation objects the indicator used, every figure given for
   * the period included (not only the one picked).
   *
   * Since: 1.0
   */
  properties[PROP_OBSERVATIONS] = g_param_spec_object ("observations", NULL, NULL,
                                                       G_TYPE_LIST_MODEL, ro);
  /**
   * PtceIndicator:sources:
   *
   * The distinct sources of the observations used, in their order.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCES] = g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV, ro);
  /**
   * PtceIndicator:disagreement:
   *
   * Whether the observations used give different figures for the same
   * subject, indicator and period.
   *
   * Since: 1.0
   */
  properties[PROP_DISAGREEMENT] = g_param_spec_boolean ("disagreement", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_indicator_init (PtceIndicator *self)
{
}

static GListStore *
observations_store (PtceIndicator *self)
{
  if (self->observations == NULL)
    self->observations = g_list_store_new (PTCE_TYPE_OBSERVATION);
  return self->observations;
}

PtceIndicator *
ptce_indicator_new_internal (const char *id,
                             const char *category,
                             const char *subject,
                             const char *unit,
                             PtceDate   *start,
                             PtceDate   *end)
{
  PtceIndicator *self = g_object_new (PTCE_TYPE_INDICATOR, NULL);

  self->info = ptce_indicator_info_lookup (id);
  if (self->info != NULL)
    {
      self->id = self->info->id;
      self->unit = self->info->unit;
    }
  else
    {
      self->id = self->id_copy = g_strdup (id);
      self->unit = self->unit_copy = g_strdup (unit);
    }
  self->category = g_strdup (category);
  self->subject = g_strdup (subject);
  self->start = start != NULL ? ptce_date_ref (start) : NULL;
  self->end = end != NULL ? ptce_date_ref (end) : NULL;
  return self;
}

void
ptce_indicator_set_value (PtceIndicator *self,
                          double         value)
{
  self->has_value = isfinite (value);
  self->value = self->has_value ? value : 0;
}

void
ptce_indicator_take_method (PtceIndicator *self,
                            char          *method)
{
  g_free (self->method);
  self->method = method;
}

void
ptce_indicator_add_observation (PtceIndicator   *self,
                                PtceObservation *observation)
{
  const char *source = ptce_observation_get_source (observation);

  g_list_store_append (observations_store (self), observation);
  if (source == NULL || *source == '\0')
    return;
  if (self->sources == NULL)
    {
      self->sources = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (self->sources, NULL);
    }
  for (guint i = 0; i + 1 < self->sources->len; i++)
    if (g_str_equal (g_ptr_array_index (self->sources, i), source))
      return;
  g_ptr_array_insert (self->sources, self->sources->len - 1, g_strdup (source));
}

void
ptce_indicator_set_disagreement (PtceIndicator *self,
                                 gboolean       disagreement)
{
  self->disagreement = !!disagreement;
}

/**
 * ptce_indicator_get_id:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:id.
 *
 * Returns: the stable identifier of the indicator
 *
 * Since: 1.0
 */
const char *
ptce_indicator_get_id (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  return self->id != NULL ? self->id : "";
}

/**
 * ptce_indicator_get_category:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:category.
 *
 * Returns: the category counted, or "" when the indicator is not one value
 *   of a distribution
 *
 * Since: 1.0
 */
const char *
ptce_indicator_get_category (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  return self->category != NULL ? self->category : "";
}

/**
 * ptce_indicator_get_subject:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:subject.
 *
 * Returns: the id or code of what the indicator is about, "" for a set of
 *   poles
 *
 * Since: 1.0
 */
const char *
ptce_indicator_get_subject (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  return self->subject != NULL ? self->subject : "";
}

/**
 * ptce_indicator_get_label:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:label.
 *
 * Returns: the label in the user's language
 *
 * Since: 1.0
 */
const char *
ptce_indicator_get_label (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  if (self->info == NULL)
    return ptce_indicator_get_id (self);
  ptce_i18n_init ();
  return _(self->info->label_en);
}

/**
 * ptce_indicator_get_label_en:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:label-en.
 *
 * Returns: the label in English
 *
 * Since: 1.0
 */
const char *
ptce_indicator_get_label_en (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  return self->info != NULL ? self->info->label_en : ptce_indicator_get_id (self);
}

/**
 * ptce_indicator_get_label_fr:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:label-fr.
 *
 * Returns: the label in French
 *
 * Since: 1.0
 */
const char *
ptce_indicator_get_label_fr (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  return self->info != NULL ? self->info->label_fr : ptce_indicator_get_id (self);
}

/**
 * ptce_indicator_get_unit:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:unit.
 *
 * Returns: the unit of the value ("" when not known)
 *
 * Since: 1.0
 */
const char *
ptce_indicator_get_unit (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  return self->unit != NULL ? self->unit : "";
}

/**
 * ptce_indicator_get_has_value:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:has-value.
 *
 * Returns: %TRUE when the data give a value
 *
 * Since: 1.0
 */
gboolean
ptce_indicator_get_has_value (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), FALSE);
  return self->has_value;
}

/**
 * ptce_indicator_get_value:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:value.
 *
 * Returns: the value (0 when there is none)
 *
 * Since: 1.0
 */
double
ptce_indicator_get_value (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), 0);
  return self->value;
}

/**
 * ptce_indicator_get_start:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:start.
 *
 * Returns: (transfer none) (nullable): the start of the period covered
 *
 * Since: 1.0
 */
PtceDate *
ptce_indicator_get_start (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  return self->start;
}

/**
 * ptce_indicator_get_end:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:end.
 *
 * Returns: (transfer none) (nullable): the end of the period covered
 *
 * Since: 1.0
 */
PtceDate *
ptce_indicator_get_end (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  return self->end;
}

/**
 * ptce_indicator_get_additive:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:additive.
 *
 * Returns: %TRUE when values of the indicator add up across poles
 *
 * Since: 1.0
 */
gboolean
ptce_indicator_get_additive (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), FALSE);
  return self->info != NULL && self->info->additive;
}

/**
 * ptce_indicator_get_method:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:method.
 *
 * Returns: (nullable): how the value was obtained from observations
 *
 * Since: 1.0
 */
const char *
ptce_indicator_get_method (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  return self->method;
}

/**
 * ptce_indicator_get_observations:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:observations.
 *
 * Returns: (transfer none): a #GListModel of the #PtceObservation used
 *
 * Since: 1.0
 */
GListModel *
ptce_indicator_get_observations (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  return G_LIST_MODEL (observations_store (self));
}

/**
 * ptce_indicator_get_sources:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:sources.
 *
 * Returns: (transfer none) (array zero-terminated=1): the distinct sources
 *   of the observations used
 *
 * Since: 1.0
 */
const char * const *
ptce_indicator_get_sources (PtceIndicator *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  return self->sources != NULL ? (const char * const *) self->sources->pdata : none;
}

/**
 * ptce_indicator_get_disagreement:
 * @self: a #PtceIndicator
 *
 * Gets #PtceIndicator:disagreement.
 *
 * Returns: %TRUE when the observations used disagree
 *
 * Since: 1.0
 */
gboolean
ptce_indicator_get_disagreement (PtceIndicator *self)
{
  g_return_val_if_fail (PTCE_IS_INDICATOR (self), FALSE);
  return self->disagreement;
}

/**
 * ptce_indicator_dup_value_text:
 * @self: a #PtceIndicator
 *
 * Writes the value as the CSV and JSON exports do: "" when there is none,
 * an integer without decimals, otherwise the shortest decimal form that
 * reads back to the same number (with a dot, whatever the locale).
 *
 * Returns: (transfer full): the value as text
 *
 * Since: 1.0
 */
char *
ptce_indicator_dup_value_text (PtceIndicator *self)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (PTCE_IS_INDICATOR (self), NULL);
  if (!self->has_value)
    return g_strdup ("");
  if (self->value == floor (self->value) && fabs (self->value) < 1e15)
    return g_strdup_printf ("%.0f", self->value);
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, self->value);
      if (g_ascii_strtod (buffer, NULL) == self->value)
        break;
    }
  return g_strdup (buffer);
}
