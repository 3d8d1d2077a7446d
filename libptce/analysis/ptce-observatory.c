/* ptce-observatory.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ptce-i18n-private.h"
#include "ptce-observatory.h"
#include "ptce-indicator-private.h"
#include "ptce-area-figures-private.h"
#include "ptce-enum-types.h"
#include "ptce-actor.h"
#include "ptce-membership.h"
#include "ptce-cooperation.h"
#include "ptce-project.h"
#include "ptce-funding.h"
#include "ptce-site.h"
#include "ptce-territory.h"
#include "ptce-observation.h"
#include "ptce-commune.h"
#include "ptce-epci.h"
#include "ptce-departement.h"
#include "ptce-region.h"
#include "ptce-resolved-territory.h"
#include "ptce-model-private.h"
#include "ptce-work-private.h"

/**
 * SECTION:ptce-observatory
 * @Title: PtceObservatory
 * @Short_description: indicators per pole and across poles, roll-ups, coverage, time series
 *
 * A #PtceObservatory computes, from a #PtceDataset and the official
 * geography, the figures an observatory publishes, always the same way
 * (`docs/indicators.md` gives every formula):
 *
 * - ptce_observatory_compute_pole(): the indicators of one pole as of a
 *   date, or over a period when the date is partial (a year, a month);
 * - ptce_observatory_compute_totals(): the same over a set of poles, where
 *   an actor belonging to several poles counts once;
 * - ptce_observatory_break_down(): poles by stage, typology, origin, sector;
 * - ptce_observatory_roll_up() and ptce_observatory_compute_coverage(): the
 *   figures of each commune, EPCI, département or région and of the nation,
 *   territories without a pole included;
 * - ptce_observatory_list_series() and ptce_observatory_list_disagreements():
 *   time series from the dataset's #PtceObservation objects, each point with
 *   its sources and method, where sources that give different figures for
 *   the same subject, indicator and period are all kept, and one is picked
 *   by an explicit, changeable #PtceSelectionRule.
 *
 * A partial date stands for the period it covers: the state of the pole
 * (members, cooperations, stage) is taken on its last day, and figures from
 * observations are those of a period within it. A full date takes the
 * latest figures given for a period that began on or before it.
 */

/**
 * PtceObservatory:
 *
 * Computes indicators, roll-ups, coverage and time series over a dataset.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_OBSERVATORY:
 *
 * The #GType of #PtceObservatory.
 *
 * Since: 1.0
 */

struct _PtceObservatory
{
  GObject            parent_instance;

  PtceDataset       *dataset;
  PtceGeography     *geography;
  PtceSelectionRule  rule;
  char              *preferred_source;
};

G_DEFINE_FINAL_TYPE (PtceObservatory, ptce_observatory, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_GEOGRAPHY,
  PROP_SELECTION_RULE,
  PROP_PREFERRED_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_observatory_finalize (GObject *object)
{
  PtceObservatory *self = (PtceObservatory *) object;

  g_clear_object (&self->dataset);
  g_clear_object (&self->geography);
  g_clear_pointer (&self->preferred_source, g_free);

  G_OBJECT_CLASS (ptce_observatory_parent_class)->finalize (object);
}

static void
ptce_observatory_constructed (GObject *object)
{
  PtceObservatory *self = (PtceObservatory *) object;

  G_OBJECT_CLASS (ptce_observatory_parent_class)->constructed (object);
  if (self->dataset == NULL)
    self->dataset = ptce_dataset_new ();
}

static void
ptce_observatory_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PtceObservatory *self = PTCE_OBSERVATORY (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_GEOGRAPHY:
      g_value_set_object (value, self->geography);
      break;
    case PROP_SELECTION_RULE:
      g_value_set_enum (value, self->rule);
      break;
    case PROP_PREFERRED_SOURCE:
      g_value_set_string (value, self->preferred_source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_observatory_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PtceObservatory *self = PTCE_OBSERVATORY (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_set_object (&self->dataset, g_value_get_object (value));
      break;
    case PROP_GEOGRAPHY:
      ptce_observatory_set_geography (self, g_value_get_object (value));
      break;
    case PROP_SELECTION_RULE:
      ptce_observatory_set_selection_rule (self, g_value_get_enum (value));
      break;
    case PROP_PREFERRED_SOURCE:
      ptce_observatory_set_preferred_source (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_observatory_class_init (PtceObservatoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_observatory_finalize;
  object_class->constructed = ptce_observatory_constructed;
  object_class->get_property = ptce_observatory_get_property;
  object_class->set_property = ptce_observatory_set_property;

  /**
   * PtceObservatory:dataset:
   *
   * The dataset observed (an empty one when none is given).
   *
   * Since: 1.0
   */
  properties[PROP_DATASET] = g_param_spec_object ("dataset", NULL, NULL, PTCE_TYPE_DATASET,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  /**
   * PtceObservatory:geography:
   *
   * The official geography territories are resolved against; %NULL for
   * the embedded one, ptce_geography_get_default().
   *
   * Since: 1.0
   */
  properties[PROP_GEOGRAPHY] = g_param_spec_object ("geography", NULL, NULL,
                                                    PTCE_TYPE_GEOGRAPHY, rw);
  /**
   * PtceObservatory:selection-rule:
   *
   * How one figure is picked among the observations that give figures for
   * the same subject, indicator and period.
   *
   * Since: 1.0
   */
  properties[PROP_SELECTION_RULE] = g_param_spec_enum ("selection-rule", NULL, NULL,
                                                       PTCE_TYPE_SELECTION_RULE,
                                                       PTCE_SELECTION_RULE_LATEST, rw);
  /**
   * PtceObservatory:preferred-source:
   *
   * The source whose figures %PTCE_SELECTION_RULE_NAMED_SOURCE picks.
   *
   * Since: 1.0
   */
  properties[PROP_PREFERRED_SOURCE] = g_param_spec_string ("preferred-source", NULL, NULL,
                                                           NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_observatory_init (PtceObservatory *self)
{
  self->rule = PTCE_SELECTION_RULE_LATEST;
}

/**
 * ptce_observatory_new:
 * @dataset: the dataset to observe
 *
 * Creates an observatory of @dataset, with the embedded geography and the
 * %PTCE_SELECTION_RULE_LATEST rule.
 *
 * Returns: (transfer full): a new #PtceObservatory
 *
 * Since: 1.0
 */
PtceObservatory *
ptce_observatory_new (PtceDataset *dataset)
{
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);

  return g_object_new (PTCE_TYPE_OBSERVATORY, "dataset", dataset, NULL);
}

/**
 * ptce_observatory_get_dataset:
 * @self: a #PtceObservatory
 *
 * Gets #PtceObservatory:dataset.
 *
 * Returns: (transfer none): the dataset observed
 *
 * Since: 1.0
 */
PtceDataset *
ptce_observatory_get_dataset (PtceObservatory *self)
{
  g_return_val_if_fail (PTCE_IS_OBSERVATORY (self), NULL);
  return self->dataset;
}

/**
 * ptce_observatory_get_geography:
 * @self: a #PtceObservatory
 *
 * Gets #PtceObservatory:geography.
 *
 * Returns: (transfer none) (nullable): the geography set, or %NULL for the
 *   embedded one
 *
 * Since: 1.0
 */
PtceGeography *
ptce_observatory_get_geography (PtceObservatory *self)
{
  g_return_val_if_fail (PTCE_IS_OBSERVATORY (self), NULL);
  return self->geography;
}

/**
 * ptce_observatory_set_geography:
 * @self: a #PtceObservatory
 * @geography: (nullable): a geography, or %NULL for the embedded one
 *
 * Sets #PtceObservatory:geography.
 *
 * Since: 1.0
 */
void
ptce_observatory_set_geography (PtceObservatory *self,
                                PtceGeography   *geography)
{
  g_return_if_fail (PTCE_IS_OBSERVATORY (self));
  g_return_if_fail (geography == NULL || PTCE_IS_GEOGRAPHY (geography));

  if (g_set_object (&self->geography, geography))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GEOGRAPHY]);
}

/**
 * ptce_observatory_get_selection_rule:
 * @self: a #PtceObservatory
 *
 * Gets #PtceObservatory:selection-rule.
 *
 * Returns: the rule that picks one figure among disagreeing sources
 *
 * Since: 1.0
 */
PtceSelectionRule
ptce_observatory_get_selection_rule (PtceObservatory *self)
{
  g_return_val_if_fail (PTCE_IS_OBSERVATORY (self), PTCE_SELECTION_RULE_LATEST);
  return self->rule;
}

/**
 * ptce_observatory_set_selection_rule:
 * @self: a #PtceObservatory
 * @rule: a #PtceSelectionRule
 *
 * Sets #PtceObservatory:selection-rule.
 *
 * Since: 1.0
 */
void
ptce_observatory_set_selection_rule (PtceObservatory   *self,
                                     PtceSelectionRule  rule)
{
  g_return_if_fail (PTCE_IS_OBSERVATORY (self));
  g_return_if_fail (rule <= PTCE_SELECTION_RULE_MAXIMUM);

  if (self->rule == rule)
    return;
  self->rule = rule;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION_RULE]);
}

/**
 * ptce_observatory_get_preferred_source:
 * @self: a #PtceObservatory
 *
 * Gets #PtceObservatory:preferred-source.
 *
 * Returns: (nullable): the preferred source
 *
 * Since: 1.0
 */
const char *
ptce_observatory_get_preferred_source (PtceObservatory *self)
{
  g_return_val_if_fail (PTCE_IS_OBSERVATORY (self), NULL);
  return self->preferred_source;
}

/**
 * ptce_observatory_set_preferred_source:
 * @self: a #PtceObservatory
 * @source: (nullable): the source to prefer
 *
 * Sets #PtceObservatory:preferred-source.
 *
 * Since: 1.0
 */
void
ptce_observatory_set_preferred_source (PtceObservatory *self,
                                       const char      *source)
{
  g_return_if_fail (PTCE_IS_OBSERVATORY (self));

  if (g_strcmp0 (self->preferred_source, source) == 0)
    return;
  g_free (self->preferred_source);
  self->preferred_source = g_strdup (source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREFERRED_SOURCE]);
}

static PtceGeography *
geography_of (PtceObservatory *self)
{
  return self->geography != NULL ? self->geography : ptce_geography_get_default ();
}

/* ------------------------------------------------------------------ */
/* Dates                                                              */

typedef struct {
  PtceDate *when;      /* as given */
  PtceDate *day;       /* the last day it covers: the state is taken then */
  PtceDate *first;     /* the first day it covers */
  guint32   first_j;
  guint32   last_j;
  gboolean  partial;
} Span;

static void
span_init (Span     *span,
           PtceDate *when)
{
  span->when = ptce_date_ref (when);
  span->first_j = ptce_date_get_first_julian (when);
  span->last_j = ptce_date_get_last_julian (when);
  span->day = ptce_date_new_from_julian (span->last_j);
  span->first = ptce_date_new_from_julian (span->first_j);
  span->partial = ptce_date_get_precision (when) != PTCE_DATE_PRECISION_DAY;
}

static void
span_clear (Span *span)
{
  g_clear_pointer (&span->when, ptce_date_unref);
  g_clear_pointer (&span->day, ptce_date_unref);
  g_clear_pointer (&span->first, ptce_date_unref);
}

/* ------------------------------------------------------------------ */
/* Observations                                                       */

static gboolean
observation_span (PtceObservation *observation,
                  guint32         *first,
                  guint32         *last)
{
  PtceDate *start = ptce_observation_get_start (observation);
  PtceDate *end = ptce_observation_get_end (observation);

  if (start == NULL && end == NULL)
    return FALSE;
  *first = ptce_date_get_first_julian (start != NULL ? start : end);
  *last = ptce_date_get_last_julian (end != NULL ? end : start);
  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static const char *
rule_word (PtceSelectionRule rule)
{
  switch (rule)
    {
    case PTCE_SELECTION_RULE_NAMED_SOURCE:
      return "named-source";
    case PTCE_SELECTION_RULE_MEDIAN:
      return "median";
    case PTCE_SELECTION_RULE_MINIMUM:
      return "minimum";
    case PTCE_SELECTION_RULE_MAXIMUM:
      return "maximum";
    case PTCE_SELECTION_RULE_LATEST:
    default:
      return "latest";
    }
}

/* Fills @indicator from @group (observations of one subject, indicator and
 * period, in dataset order) with the selection rule. */
static void
select_figure (PtceObservatory *self,
               PtceIndicator   *indicator,
               GPtrArray       *group)
{
  g_autofree double *values = NULL;
  PtceObservation *picked = NULL;
  gboolean disagree = FALSE;
  double value = NAN;

  if (group->len == 0)
    return;
  values = g_new (double, group->len);
  for (guint i = 0; i < group->len; i++)
    {
      PtceObservation *observation = g_ptr_array_index (group, i);

      values[i] = ptce_observation_get_value (observation);
      if (values[i] != values[0])
        disagree = TRUE;
      ptce_indicator_add_observation (indicator, observation);
    }

  switch (self->rule)
    {
    case PTCE_SELECTION_RULE_NAMED_SOURCE:
      for (guint i = group->len; i > 0 && picked == NULL; i--)
        if (self->preferred_source != NULL &&
            g_strcmp0 (ptce_observation_get_source (g_ptr_array_index (group, i - 1)),
                       self->preferred_source) == 0)
          picked = g_ptr_array_index (group, i - 1);
      if (picked == NULL)
        picked = g_ptr_array_index (group, group->len - 1);
      value = ptce_observation_get_value (picked);
      break;
    case PTCE_SELECTION_RULE_MEDIAN:
      qsort (values, group->len, sizeof (double), compare_doubles);
      value = group->len % 2 == 1 ? values[group->len / 2]
                                  : (values[group->len / 2 - 1] + values[group->len / 2]) / 2;
      break;
    case PTCE_SELECTION_RULE_MINIMUM:
    case PTCE_SELECTION_RULE_MAXIMUM:
      value = values[0];
      for (guint i = 1; i < group->len; i++)
        value = self->rule == PTCE_SELECTION_RULE_MINIMUM ? MIN (value, values[i])
                                                           : MAX (value, values[i]);
      break;
    case PTCE_SELECTION_RULE_LATEST:
    default:
      picked = g_ptr_array_index (group, group->len - 1);
      value = ptce_observation_get_value (picked);
      break;
    }

  ptce_indicator_set_value (indicator, value);
  ptce_indicator_set_disagreement (indicator, disagree);
  if (group->len == 1)
    {
      const char *method = ptce_observation_get_method (g_ptr_array_index (group, 0));

      ptce_indicator_take_method (indicator, g_strdup (method));
    }
  else
    ptce_indicator_take_method (indicator, g_strdup_printf ("%s of %u figures",
                                                            rule_word (self->rule),
                                                            group->len));
}

/* The observations of @subject for @obs_indicator that @span selects: the
 * ones of the latest period that began by the end of the span (and, for a
 * partial span, that ended within or after its start). */
static GPtrArray *
observations_for (PtceObservatory *self,
                  const char      *subject,
                  const char      *obs_indicator,
                  const Span      *span,
                  guint32         *group_first,
                  guint32         *group_last)
{
  /* the dataset's own array, borrowed: no new list per member and figure */
  GPtrArray *all = ptce_dataset_peek_observations_of_private (self->dataset, subject);
  GPtrArray *group = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = all != NULL ? all->len : 0;
  guint32 best_first = 0, best_last = 0;
  gboolean found = FALSE;

  for (guint i = 0; i < n; i++)
    {
      PtceObservation *observation = g_ptr_array_index (all, i);
      guint32 first, last;

      if (g_strcmp0 (ptce_observation_get_indicator (observation), obs_indicator) != 0 ||
          !observation_span (observation, &first, &last))
        continue;
      if (first > span->last_j || (span->partial && last < span->first_j))
        continue;
      if (!found || last > best_last || (last == best_last && first > best_first))
        {
          g_ptr_array_set_size (group, 0);
          best_first = first;
          best_last = last;
          found = TRUE;
        }
      if (first == best_first && last == best_last)
        g_ptr_array_add (group, g_object_ref (observation));
    }
  *group_first = best_first;
  *group_last = best_last;
  return group;
}

/* An indicator from @group, the observations of @subject that
 * observations_for() selected, or without value when it is empty. */
static PtceIndicator *
indicator_from_group (PtceObservatory *self,
                      const char      *id,
                      const char      *subject,
                      const Span      *span,
                      GPtrArray       *group)
{
  PtceIndicator *indicator;

  if (group->len == 0)
    return ptce_indicator_new_internal (id, NULL, subject, NULL, span->first, span->day);
  {
    PtceObservation *one = g_ptr_array_index (group, 0);
    PtceDate *start = ptce_observation_get_start (one);
    PtceDate *end = ptce_observation_get_end (one);

    indicator = ptce_indicator_new_internal (id, NULL, subject, NULL,
                                             start != NULL ? start : end,
                                             end != NULL ? end : start);
  }
  select_figure (self, indicator, group);
  return indicator;
}

/* An indicator from the observations of @subject, or without value. */
static PtceIndicator *
indicator_from_observations (PtceObservatory *self,
                             const char      *id,
                             const char      *subject,
                             const char      *obs_indicator,
                             const Span      *span)
{
  guint32 first = 0, last = 0;
  g_autoptr(GPtrArray) group = observations_for (self, subject, obs_indicator, span,
                                                 &first, &last);

  return indicator_from_group (self, id, subject, span, group);
}

/* ------------------------------------------------------------------ */
/* Categories                                                          */

/* The seven article 9 categories of docs/indicators.md, or NULL. */
static const char *
art9_category (PtceActor *actor)
{
  if (ptce_actor_is_ess_enterprise (actor))
    return "ess-enterprise";
  switch (ptce_actor_get_kind (actor))
    {
    case PTCE_ACTOR_KIND_ENTERPRISE:
    case PTCE_ACTOR_KIND_ENTERPRISE_GROUPING:
      return "other-enterprise";
    case PTCE_ACTOR_KIND_LOCAL_AUTHORITY:
    case PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING:
      return "local-authority";
    case PTCE_ACTOR_KIND_RESEARCH_CENTRE:
      return "research";
    case PTCE_ACTOR_KIND_HIGHER_EDUCATION:
      return "higher-education";
    case PTCE_ACTOR_KIND_TRAINING_BODY:
      return "training";
    case PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON:
    case PTCE_ACTOR_KIND_NATURAL_PERSON:
      return "other";
    case PTCE_ACTOR_KIND_UNKNOWN:
    default:
      return NULL;
    }
}

static gboolean
is_public_body (PtceActor *actor)
{
  PtceActorKind kind = ptce_actor_get_kind (actor);

  return kind == PTCE_ACTOR_KIND_LOCAL_AUTHORITY ||
         kind == PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING;
}

static const char *
enum_nick (GType type,
           int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);
  const char *nick = found != NULL ? found->value_nick : "";

  g_type_class_unref (klass);
  return nick;
}

/* ------------------------------------------------------------------ */
/* The tally of one pole or of a set of poles                          */

typedef struct {
  PtceObservatory *self;
  const Span      *span;
  const char      *subject;
  GHashTable      *members;      /* PtceActor → itself: distinct members */
  GHashTable      *linked;       /* PtceActor → itself: in link, not members */
  GPtrArray       *member_list;  /* distinct members, in order of first sight */
  GPtrArray       *linked_list;  /* in order of first sight; those no longer
                                 * in @linked became members */
  guint            n_poles;
  guint            located;
  guint            placed_members;
  gboolean         anchoring_known;
  guint            cooperations;
  guint            by_mode[PTCE_COOPERATION_MODE_PARTENARIAT + 1];
  guint            by_object[PTCE_COOPERATION_OBJECT_FINANCING + 1];
  guint            projects;
  double           fundings;
  guint            n_fundings;
  guint            n_known_fundings;
  GHashTable      *by_call;      /* call → double* */
  GPtrArray       *calls;        /* in order of first sight */
} Tally;

static void
tally_init (Tally           *t,
            PtceObservatory *self,
            const Span      *span,
            const char      *subject)
{
  memset (t, 0, sizeof *t);
  t->self = self;
  t->span = span;
  t->subject = subject;
  t->members = g_hash_table_new (NULL, NULL);
  t->linked = g_hash_table_new (NULL, NULL);
  t->member_list = g_ptr_array_new ();
  t->linked_list = g_ptr_array_new ();
  t->by_call = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  t->calls = g_ptr_array_new_with_free_func (g_free);
}

static void
tally_clear (Tally *t)
{
  g_clear_pointer (&t->members, g_hash_table_unref);
  g_clear_pointer (&t->linked, g_hash_table_unref);
  g_clear_pointer (&t->member_list, g_ptr_array_unref);
  g_clear_pointer (&t->linked_list, g_ptr_array_unref);
  g_clear_pointer (&t->by_call, g_hash_table_unref);
  g_clear_pointer (&t->calls, g_ptr_array_unref);
}

static const char *
seat_of (PtceActor *actor)
{
  const char *seat = ptce_actor_get_seat_commune (actor);
  /* the list itself, NULL without a site: the getter would make a store
   * and a view, kept, for every member of every pole */
  GListModel *sites = ptce_actor_peek_sites_private (actor);
  guint n = sites != NULL ? g_list_model_get_n_items (sites) : 0;
  const char *first = NULL;

  if (seat != NULL && *seat != '\0')
    return seat;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceSite) site = g_list_model_get_item (sites, i);
      const char *commune = ptce_site_get_commune (site);

      if (commune == NULL || *commune == '\0')
        continue;
      if (ptce_site_get_headquarters (site))
        return commune;
      if (first == NULL)
        first = commune;
    }
  return first;
}

static gboolean
actor_in (PtceActor             *actor,
          PtceResolvedTerritory *resolved)
{
  GListModel *sites = ptce_actor_peek_sites_private (actor);
  guint n = sites != NULL ? g_list_model_get_n_items (sites) : 0;
  const char *seat = ptce_actor_get_seat_commune (actor);

  if (seat != NULL && ptce_resolved_territory_contains_commune (resolved, seat))
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceSite) site = g_list_model_get_item (sites, i);
      const char *commune = ptce_site_get_commune (site);

      if (commune != NULL && ptce_resolved_territory_contains_commune (resolved, commune))
        return TRUE;
    }
  return FALSE;
}

static void
tally_add_pole (Tally    *t,
                PtcePole *pole,
                gboolean  anchoring)
{
  const Span *span = t->span;
  /* The pole's own lists, walked once each, rather than the new lists of
   * ptce_pole_list_members_on(), _memberships_active_on() and
   * _cooperations_active_on() (a store each, three per pole): the same
   * tests, in the same order. */
  guint n_memberships, n_cooperations;
  PtceMembership * const *memberships =
    ptce_pole_peek_membership_array_private (pole, &n_memberships);
  PtceCooperation * const *cooperations =
    ptce_pole_peek_cooperation_array_private (pole, &n_cooperations);
  GListModel *projects = ptce_pole_peek_projects_private (pole);
  GListModel *fundings = ptce_pole_peek_fundings_private (pole);
  g_autoptr(GHashTable) pole_members = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) active = g_ptr_array_sized_new (n_memberships);  /* borrowed */
  guint n;

  if (ptce_pole_exists_on (pole, span->day))
    t->n_poles++;

  ptce_work_scan (n_memberships);
  for (guint i = 0; i < n_memberships; i++)
    {
      PtceMembership *membership = memberships[i];
      PtceActor *actor;

      if (!ptce_membership_is_active_on (membership, span->day))
        continue;
      g_ptr_array_add (active, membership);
      if (!ptce_membership_is_member (membership))
        continue;
      actor = ptce_membership_get_actor (membership);
      g_hash_table_add (pole_members, actor);
      if (g_hash_table_add (t->members, actor))
        g_ptr_array_add (t->member_list, actor);
      /* A member of one pole in link with another is a member of the set:
       * out of @linked, and skipped in @linked_list when it is read (a
       * removal from the list would scan it, per such actor, in a set of
       * every pole of a country). */
      g_hash_table_remove (t->linked, actor);
    }
  for (guint i = 0; i < active->len; i++)
    {
      PtceActor *actor = ptce_membership_get_actor (g_ptr_array_index (active, i));

      if (g_hash_table_contains (t->members, actor))
        continue;
      if (g_hash_table_add (t->linked, actor))
        g_ptr_array_add (t->linked_list, actor);
    }

  if (anchoring)
    {
      PtceTerritory *territory = ptce_pole_get_territory (pole);
      g_autoptr(PtceResolvedTerritory) resolved = NULL;

      if (territory != NULL)
        resolved = ptce_geography_resolve (geography_of (t->self), territory);
      if (resolved != NULL && !ptce_resolved_territory_is_empty (resolved) &&
          g_hash_table_size (pole_members) > 0)
        {
          GHashTableIter iter;
          gpointer actor;

          t->anchoring_known = TRUE;
          g_hash_table_iter_init (&iter, pole_members);
          while (g_hash_table_iter_next (&iter, &actor, NULL))
            {
              t->placed_members++;
              if (actor_in (actor, resolved))
                t->located++;
            }
        }
    }

  ptce_work_scan (n_cooperations);
  for (guint i = 0; i < n_cooperations; i++)
    {
      PtceCooperation *cooperation = cooperations[i];
      PtceCooperationMode mode = ptce_cooperation_get_mode (cooperation);
      PtceCooperationObject object = ptce_cooperation_get_object (cooperation);

      if (!ptce_cooperation_is_active_on (cooperation, span->day))
        continue;
      t->cooperations++;
      if (mode <= PTCE_COOPERATION_MODE_PARTENARIAT)
        t->by_mode[mode]++;
      if (object <= PTCE_COOPERATION_OBJECT_FINANCING)
        t->by_object[object]++;
    }

  n = g_list_model_get_n_items (projects);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceProject) project = g_list_model_get_item (projects, i);

      if (ptce_project_is_active_on (project, span->day))
        t->projects++;
    }

  n = g_list_model_get_n_items (fundings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceFunding) funding = g_list_model_get_item (fundings, i);
      PtceDate *date = ptce_funding_get_date (funding);
      const char *call = ptce_funding_get_call (funding);
      double *sum;

      if (date != NULL && ptce_date_get_first_julian (date) > span->last_j)
        continue;
      if (call == NULL || *call == '\0')
        call = enum_nick (PTCE_TYPE_CALL_KIND, ptce_funding_get_call_kind (funding));
      sum = g_hash_table_lookup (t->by_call, call);
      if (sum == NULL)
        {
          char *key = g_strdup (call);

          g_ptr_array_add (t->calls, key);
          sum = g_new0 (double, 2);   /* the sum, the number of known amounts */
          g_hash_table_insert (t->by_call, key, sum);
        }
      t->n_fundings++;
      /* An amount of -1 is not known: it is left out of the sums. */
      if (ptce_funding_get_amount (funding) >= 0)
        {
          t->fundings += ptce_funding_get_amount (funding);
          t->n_known_fundings++;
          sum[0] += ptce_funding_get_amount (funding);
          sum[1] += 1;
        }
    }
}

/* The indicators of @out, in order, as a new list (one splice rather
 * than an append with its items-changed for each of the ≈50 indicators
 * of a pole); frees @out. */
static GListModel *
indicators_model (GPtrArray *out)
{
  GListStore *store = g_list_store_new (PTCE_TYPE_INDICATOR);

  g_list_store_splice (store, 0, 0, out->pdata, out->len);
  g_ptr_array_unref (out);
  return G_LIST_MODEL (store);
}

static PtceIndicator *
add (GPtrArray   *out,
     const Tally *t,
     const char *id,
     const char *category,
     double      value)
{
  PtceIndicator *indicator = ptce_indicator_new_internal (id, category, t->subject, NULL,
                                                          t->span->first, t->span->day);

  ptce_indicator_set_value (indicator, value);
  g_ptr_array_add (out, indicator);  /* the array holds it */
  return indicator;
}

static void
add_enum_distribution (GPtrArray   *out,
                       const Tally *t,
                       const char  *id,
                       GType        type,
                       const guint *counts,
                       guint        n_values)
{
  GEnumClass *klass = g_type_class_ref (type);

  for (guint i = 0; i < klass->n_values && i < n_values; i++)
    add (out, t, id, klass->values[i].value_nick, counts[klass->values[i].value]);
  g_type_class_unref (klass);
}

/* The indicators every tally gives: members, links, cooperations,
 * projects, fundings. */
static void
emit_tally (GPtrArray   *out,
            const Tally *t)
{
  guint by_kind[PTCE_ACTOR_KIND_NATURAL_PERSON + 1] = { 0 };
  guint by_family[PTCE_ESS_FAMILY_COMMERCIAL_COMPANY + 1] = { 0 };
  guint ess = 0, non_ess = 0, public_bodies = 0;
  g_autoptr(GHashTable) categories = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_members = t->member_list->len;

  for (guint i = 0; i < n_members; i++)
    {
      PtceActor *actor = g_ptr_array_index (t->member_list, i);
      PtceActorKind kind = ptce_actor_get_kind (actor);
      PtceEssFamily family = ptce_actor_get_ess_family (actor);
      const char *category = art9_category (actor);

      if (kind <= PTCE_ACTOR_KIND_NATURAL_PERSON)
        by_kind[kind]++;
      if (family <= PTCE_ESS_FAMILY_COMMERCIAL_COMPANY)
        by_family[family]++;
      if (ptce_actor_is_ess_enterprise (actor))
        ess++;
      else if (ptce_actor_is_enterprise (actor))
        non_ess++;
      if (is_public_body (actor))
        public_bodies++;
      if (category != NULL)
        g_hash_table_add (categories, (gpointer) category);
    }
  for (guint i = 0; i < t->linked_list->len; i++)
    {
      PtceActor *actor = g_ptr_array_index (t->linked_list, i);
      const char *category;

      if (!g_hash_table_contains (t->linked, actor))
        continue;   /* a member of another pole of the set */
      category = art9_category (actor);
      if (is_public_body (actor))
        public_bodies++;
      if (category != NULL)
        g_hash_table_add (categories, (gpointer) category);
    }

  add (out, t, "members_total", NULL, n_members);
  add_enum_distribution (out, t, "members_by_kind", PTCE_TYPE_ACTOR_KIND,
                         by_kind, G_N_ELEMENTS (by_kind));
  add_enum_distribution (out, t, "members_by_ess_family", PTCE_TYPE_ESS_FAMILY,
                         by_family, G_N_ELEMENTS (by_family));
  add (out, t, "ess_members", NULL, ess);
  add (out, t, "ess_share", NULL, n_members > 0 ? (double) ess / n_members : NAN);
  add (out, t, "non_ess_enterprise_count", NULL, non_ess);
  add (out, t, "links_total", NULL, g_hash_table_size (t->linked));
  add (out, t, "public_partner_count", NULL, public_bodies);
  add (out, t, "art9_coverage", NULL, g_hash_table_size (categories));
  add (out, t, "cooperations_active", NULL, t->cooperations);
  add_enum_distribution (out, t, "cooperations_by_mode", PTCE_TYPE_COOPERATION_MODE,
                         t->by_mode, G_N_ELEMENTS (t->by_mode));
  add_enum_distribution (out, t, "cooperations_by_object", PTCE_TYPE_COOPERATION_OBJECT,
                         t->by_object, G_N_ELEMENTS (t->by_object));
  add (out, t, "projects_active", NULL, t->projects);
  add (out, t, "fundings_total", NULL,
       t->n_fundings > 0 && t->n_known_fundings == 0 ? NAN : t->fundings);
  for (guint i = 0; i < t->calls->len; i++)
    {
      const char *call = g_ptr_array_index (t->calls, i);
      const double *sum = g_hash_table_lookup (t->by_call, call);

      add (out, t, "funding_by_call", call, sum[1] > 0 ? sum[0] : NAN);
    }
}

/* The figures from observations about the pole itself. */
static const struct {
  const char *id;
  const char *observation;
} pole_figures[] = {
  { "jobs_direct", "jobs" },
  { "animation_fte", "animation_fte" },
  { "consolidated_turnover", "turnover" },
  { "budget", "budget" },
  { "public_subsidies", "public_subsidies" },
  { "members_reported", "members" },
};

static PtceIndicator *
find_indicator (GPtrArray  *out,
                const char *id)
{
  for (guint i = out->len; i > 0; i--)
    {
      PtceIndicator *indicator = g_ptr_array_index (out, i - 1);

      if (g_str_equal (ptce_indicator_get_id (indicator), id))
        return indicator;
    }
  return NULL;
}

/* public_subsidy_share: from its own observations, or subsidies / budget. */
static void
emit_subsidy_share (PtceObservatory *self,
                    GPtrArray       *out,
                    const Tally     *t,
                    const char      *subject)
{
  PtceIndicator *share = indicator_from_observations (self, "public_subsidy_share", subject,
                                                      "public_subsidy_share", t->span);
  PtceIndicator *subsidies = find_indicator (out, "public_subsidies");
  PtceIndicator *budget = find_indicator (out, "budget");

  if (!ptce_indicator_get_has_value (share) && subsidies != NULL && budget != NULL &&
      ptce_indicator_get_has_value (subsidies) && ptce_indicator_get_has_value (budget) &&
      ptce_indicator_get_value (budget) > 0)
    {
      GListModel *used;

      g_object_unref (share);
      share = ptce_indicator_new_internal ("public_subsidy_share", NULL, subject, NULL,
                                           ptce_indicator_get_start (budget),
                                           ptce_indicator_get_end (budget));
      ptce_indicator_set_value (share, ptce_indicator_get_value (subsidies) /
                                       ptce_indicator_get_value (budget));
      ptce_indicator_take_method (share, g_strdup ("public_subsidies / budget"));
      for (int k = 0; k < 2; k++)
        {
          used = ptce_indicator_get_observations (k == 0 ? subsidies : budget);
          for (guint i = 0; i < g_list_model_get_n_items (used); i++)
            {
              g_autoptr(PtceObservation) observation = g_list_model_get_item (used, i);

              ptce_indicator_add_observation (share, observation);
            }
        }
    }
  g_ptr_array_add (out, share);  /* the array holds it */
}

/* fte_members: the sum of the members' own FTE figures, each actor once. */
static void
emit_fte_members (PtceObservatory *self,
                  GPtrArray       *out,
                  const Tally     *t)
{
  PtceIndicator *sum = ptce_indicator_new_internal ("fte_members", NULL, t->subject, NULL,
                                                    t->span->first, t->span->day);
  double total = 0;
  gboolean any = FALSE, disagree = FALSE;

  for (guint i = 0; i < t->member_list->len; i++)
    {
      PtceActor *actor = g_ptr_array_index (t->member_list, i);
      const char *actor_id = ptce_actor_get_id (actor);
      guint32 first = 0, last = 0;
      g_autoptr(GPtrArray) group = observations_for (self, actor_id, "fte", t->span,
                                                     &first, &last);
      g_autoptr(PtceIndicator) one = NULL;

      /* a member without a figure adds nothing: no indicator made for it */
      if (group->len == 0)
        continue;
      one = indicator_from_group (self, "fte_members", actor_id, t->span, group);
      if (!ptce_indicator_get_has_value (one))
        continue;
      any = TRUE;
      total += ptce_indicator_get_value (one);
      disagree |= ptce_indicator_get_disagreement (one);
      /* the observations the member's indicator used: the whole group */
      for (guint k = 0; k < group->len; k++)
        ptce_indicator_add_observation (sum, g_ptr_array_index (group, k));
    }
  if (any)
    {
      ptce_indicator_set_value (sum, total);
      ptce_indicator_set_disagreement (sum, disagree);
      ptce_indicator_take_method (sum, g_strdup_printf ("sum over members (%s)",
                                                        rule_word (self->rule)));
    }
  g_ptr_array_add (out, sum);  /* the array holds it */
}

/**
 * ptce_observatory_compute_pole:
 * @self: a #PtceObservatory
 * @pole: a #PtcePole of the dataset
 * @when: the date, or a partial date for the period it covers
 *
 * Computes the indicators of @pole as of @when (`docs/indicators.md`):
 * members by article 9 kind and ESS family, ESS share, article 9
 * coverage, territorial anchoring, cooperations by mode and object,
 * projects, age and stage, fundings by call, and the figures the
 * dataset's observations give (jobs, FTE, turnover, budget, public
 * subsidies and their share). Distributions give one indicator per
 * category, zeros included, so that the list is the same for every pole.
 *
 * Returns: (transfer full): a new #GListModel of #PtceIndicator
 *
 * Since: 1.0
 */
GListModel *
ptce_observatory_compute_pole (PtceObservatory *self,
                               PtcePole        *pole,
                               PtceDate        *when)
{
  GPtrArray *out;
  const char *id;
  Span span;
  Tally t;

  g_return_val_if_fail (PTCE_IS_OBSERVATORY (self), NULL);
  g_return_val_if_fail (PTCE_IS_POLE (pole), NULL);
  g_return_val_if_fail (when != NULL, NULL);

  out = g_ptr_array_new_with_free_func (g_object_unref);
  id = ptce_pole_get_id (pole);
  span_init (&span, when);
  tally_init (&t, self, &span, id);
  tally_add_pole (&t, pole, TRUE);
  emit_tally (out, &t);

  add (out, &t, "territorial_anchoring", NULL,
       t.anchoring_known && t.placed_members > 0 ? (double) t.located / t.placed_members : NAN);
  if (ptce_pole_get_territory (pole) != NULL &&
      ptce_territory_get_scale (ptce_pole_get_territory (pole)) != PTCE_TERRITORY_SCALE_UNKNOWN)
    add (out, &t, "territory_scale",
         enum_nick (PTCE_TYPE_TERRITORY_SCALE,
                    ptce_territory_get_scale (ptce_pole_get_territory (pole))), 1);
  else
    add (out, &t, "territory_scale", NULL, NAN);

  {
    PtceDate *founded = ptce_pole_get_founded (pole);
    double age = NAN;

    if (founded != NULL && ptce_date_get_first_julian (founded) <= span.last_j)
      age = floor ((span.last_j - ptce_date_get_first_julian (founded)) / 365.2425);
    add (out, &t, "age_years", NULL, age);
  }
  if (ptce_pole_get_n_stage_changes (pole) > 0)
    add (out, &t, "stage", enum_nick (PTCE_TYPE_STAGE, ptce_pole_get_stage_on (pole, span.day)), 1);
  else
    add (out, &t, "stage", NULL, NAN);

  for (gsize i = 0; i < G_N_ELEMENTS (pole_figures); i++)
    {
      PtceIndicator *indicator = indicator_from_observations (self, pole_figures[i].id, id,
                                                              pole_figures[i].observation,
                                                              &span);

      g_ptr_array_add (out, indicator);  /* the array holds it */
    }
  emit_subsidy_share (self, out, &t, id);
  emit_fte_members (self, out, &t);

  tally_clear (&t);
  span_clear (&span);
  return indicators_model (out);
}

static GListModel *
poles_or_all (PtceObservatory *self,
              GListModel      *poles)
{
  return g_object_ref (poles != NULL ? poles : ptce_dataset_get_poles (self->dataset));
}

/**
 * ptce_observatory_compute_totals:
 * @self: a #PtceObservatory
 * @poles: (nullable): a #GListModel of #PtcePole, or %NULL for every pole
 *   of the dataset
 * @when: the date, or a partial date for the period it covers
 *
 * Computes the indicators of a set of poles, subject "": an actor that
 * belongs to several of them counts once in the members and their
 * distributions, and once in the members' FTE; additive indicators
 * (#PtceIndicator:additive: cooperations, projects, fundings, jobs,
 * turnover, budget, subsidies) are the sum of the poles' values.
 * "poles_total" counts the poles that exist on the date.
 *
 * Returns: (transfer full): a new #GListModel of #PtceIndicator
 *
 * Since: 1.0
 */
GListModel *
ptce_observatory_compute_totals (PtceObservatory *self,
                                 GListModel      *poles,
                                 PtceDate        *when)
{
  g_autoptr(GListModel) set = NULL;
  GPtrArray *out;
  Span span;
  Tally t;
  guint n;

  g_return_val_if_fail (PTCE_IS_OBSERVATORY (self), NULL);
  g_return_val_if_fail (poles == NULL || G_IS_LIST_MODEL (poles), NULL);
  g_return_val_if_fail (when != NULL, NULL);

  set = poles_or_all (self, poles);
  out = g_ptr_array_new_with_free_func (g_object_unref);
  span_init (&span, when);
  tally_init (&t, self, &span, "");
  n = g_list_model_get_n_items (set);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (set, i);

      if (PTCE_IS_POLE (item))
        tally_add_pole (&t, PTCE_POLE (item), FALSE);
    }
  add (out, &t, "poles_total", NULL, t.n_poles);
  emit_tally (out, &t);

  for (gsize k = 0; k < G_N_ELEMENTS (pole_figures); k++)
    {
      PtceIndicator *sum;
      gboolean any = FALSE, disagree = FALSE;
      double total = 0;

      if (g_str_equal (pole_figures[k].id, "members_reported"))
        continue;   /* counts of members do not add up */
      sum = ptce_indicator_new_internal (pole_figures[k].id, NULL, "", NULL,
                                         span.first, span.day);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (set, i);
          g_autoptr(PtceIndicator) one = NULL;
          GListModel *used;

          if (!PTCE_IS_POLE (item))
            continue;
          one = indicator_from_observations (self, pole_figures[k].id,
                                             ptce_pole_get_id (PTCE_POLE (item)),
                                             pole_figures[k].observation, &span);
          if (!ptce_indicator_get_has_value (one))
            continue;
          any = TRUE;
          total += ptce_indicator_get_value (one);
          disagree |= ptce_indicator_get_disagreement (one);
          used = ptce_indicator_get_observations (one);
          for (guint j = 0; j < g_list_model_get_n_items (used); j++)
            {
              g_autoptr(PtceObservation) observation = g_list_model_get_item (used, j);

              ptce_indicator_add_observation (sum, observation);
            }
        }
      if (any)
        {
          ptce_indicator_set_value (sum, total);
          ptce_indicator_set_disagreement (sum, disagree);
          ptce_indicator_take_method (sum, g_strdup_printf ("sum over poles (%s)",
                                                            rule_word (self->rule)));
        }
      g_ptr_array_add (out, sum);  /* the array holds it */
    }
  emit_fte_members (self, out, &t);

  tally_clear (&t);
  span_clear (&span);
  return indicators_model (out);
}

/* ------------------------------------------------------------------ */
/* Breakdowns                                                          */

static void
count_category (GHashTable *counts,
                GPtrArray  *order,
                const char *category)
{
  guint *count = g_hash_table_lookup (counts, category);

  if (count == NULL)
    {
      char *key = g_strdup (category);

      count = g_new0 (guint, 1);
      g_ptr_array_add (order, key);
      g_hash_table_insert (counts, key, count);
    }
  (*count)++;
}

/**
 * ptce_observatory_break_down:
 * @self: a #PtceObservatory
 * @poles: (nullable): a #GListModel of #PtcePole, or %NULL for every pole
 * @breakdown: how to break the poles down
 * @when: the date, or a partial date for the period it covers
 *
 * Counts the poles that exist on @when by stage, typology, origin or the
 * sectors of their projects. Each group is one #PtceIndicator
 * ("poles_by_stage", "poles_by_typology", "poles_by_origin",
 * "poles_by_sector") whose category is the group; stages and origins list
 * every value, zeros included; a pole without typology or sector counts
 * in the category "none". A pole may have several typologies and sectors,
 * so those counts do not add up to the number of poles.
 *
 * Returns: (transfer full): a new #GListModel of #PtceIndicator
 *
 * Since: 1.0
 */
GListModel *
ptce_observatory_break_down (PtceObservatory *self,
                             GListModel      *poles,
                             PtceBreakdown    breakdown,
                             PtceDate        *when)
{
  static const char * const ids[] = {
    "poles_by_stage", "poles_by_typology", "poles_by_origin", "poles_by_sector",
  };
  g_autoptr(GListModel) set = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) order = NULL;
  GPtrArray *out;
  Span span;
  Tally t;
  guint n;

  g_return_val_if_fail (PTCE_IS_OBSERVATORY (self), NULL);
  g_return_val_if_fail (poles == NULL || G_IS_LIST_MODEL (poles), NULL);
  g_return_val_if_fail (breakdown <= PTCE_BREAKDOWN_SECTOR, NULL);
  g_return_val_if_fail (when != NULL, NULL);

  set = poles_or_all (self, poles);
  counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  order = g_ptr_array_new_with_free_func (g_free);
  out = g_ptr_array_new_with_free_func (g_object_unref);
  span_init (&span, when);
  tally_init (&t, self, &span, "");

  /* Every value of a closed list appears, zeros included. */
  if (breakdown == PTCE_BREAKDOWN_STAGE || breakdown == PTCE_BREAKDOWN_ORIGIN)
    {
      GEnumClass *klass = g_type_class_ref (breakdown == PTCE_BREAKDOWN_STAGE
                                            ? PTCE_TYPE_STAGE : PTCE_TYPE_POLE_ORIGIN);

      for (guint i = 0; i < klass->n_values; i++)
        {
          count_category (counts, order, klass->values[i].value_nick);
          (*(guint *) g_hash_table_lookup (counts, klass->values[i].value_nick))--;
        }
      g_type_class_unref (klass);
    }

  n = g_list_model_get_n_items (set);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (set, i);
      PtcePole *pole;

      if (!PTCE_IS_POLE (item) || !ptce_pole_exists_on (PTCE_POLE (item), span.day))
        continue;
      pole = PTCE_POLE (item);
      switch (breakdown)
        {
        case PTCE_BREAKDOWN_STAGE:
          count_category (counts, order,
                          enum_nick (PTCE_TYPE_STAGE, ptce_pole_get_stage_on (pole, span.day)));
          break;
        case PTCE_BREAKDOWN_ORIGIN:
          count_category (counts, order,
                          enum_nick (PTCE_TYPE_POLE_ORIGIN, ptce_pole_get_origin (pole)));
          break;
        case PTCE_BREAKDOWN_TYPOLOGY:
          {
            GFlagsClass *klass = g_type_class_ref (PTCE_TYPE_POLE_TYPOLOGY);
            guint typology = ptce_pole_get_typology (pole);

            if (typology == 0)
              count_category (counts, order, "none");
            for (guint k = 0; k < klass->n_values; k++)
              if (klass->values[k].value != 0 && (typology & klass->values[k].value) != 0)
                count_category (counts, order, klass->values[k].value_nick);
            g_type_class_unref (klass);
          }
          break;
        case PTCE_BREAKDOWN_SECTOR:
        default:
          {
            GListModel *projects = ptce_pole_peek_projects_private (pole);
            g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

            for (guint k = 0; k < g_list_model_get_n_items (projects); k++)
              {
                g_autoptr(PtceProject) project = g_list_model_get_item (projects, k);
                const char * const *sectors = ptce_project_get_sectors (project);

                for (guint s = 0; sectors != NULL && sectors[s] != NULL; s++)
                  if (g_hash_table_add (seen, (gpointer) sectors[s]))
                    count_category (counts, order, sectors[s]);
              }
            if (g_hash_table_size (seen) == 0)
              count_category (counts, order, "none");
          }
          break;
        }
    }

  for (guint i = 0; i < order->len; i++)
    {
      const char *category = g_ptr_array_index (order, i);

      add (out, &t, ids[breakdown], category, *(guint *) g_hash_table_lookup (counts, category));
    }
  tally_clear (&t);
  span_clear (&span);
  return indicators_model (out);
}

/* ------------------------------------------------------------------ */
/* Roll-ups and coverage                                               */

typedef struct {
  PtceAreaFigures *figures;
  guint            last_pole;   /* 1 + index of the last pole counted */
} Area;

static void
area_free (gpointer data)
{
  Area *area = data;

  g_clear_object (&area->figures);
  g_free (area);
}

/* The code of the area at @level that holds @commune, or NULL. */
static const char *
area_code (PtceCommune   *commune,
           PtceAreaLevel  level)
{
  switch (level)
    {
    case PTCE_AREA_LEVEL_COMMUNE:
      return ptce_commune_get_code (commune);
    case PTCE_AREA_LEVEL_EPCI:
      return ptce_commune_get_epci (commune);
    case PTCE_AREA_LEVEL_DEPARTEMENT:
      return ptce_commune_get_departement (commune);
    case PTCE_AREA_LEVEL_REGION:
      return ptce_commune_get_region (commune);
    case PTCE_AREA_LEVEL_NATION:
    default:
      return "";
    }
}

/* The current commune that @code names (a former code, a delegated or
 * associated commune or a municipal arrondissement leads to it), or NULL. */
static PtceCommune *
current_commune (PtceGeography *geography,
                 const char    *code)
{
  PtceCommune *commune;

  if (code == NULL)
    return NULL;
  commune = ptce_geography_lookup_commune (geography, code);
  for (int hops = 0; commune != NULL && !ptce_commune_is_current (commune) && hops < 4; hops++)
    {
      const char *parent = ptce_commune_get_parent (commune);
      PtceCommune *next = parent != NULL ? ptce_geography_lookup_commune (geography, parent) : NULL;

      g_object_unref (commune);
      commune = next;
    }
  if (commune != NULL && !ptce_commune_is_current (commune))
    g_clear_object (&commune);
  return commune;
}

static char *
area_name (PtceGeography *geography,
           PtceAreaLevel  level,
           const char    *code)
{
  switch (level)
    {
    case PTCE_AREA_LEVEL_EPCI:
      {
        g_autoptr(PtceEpci) epci = ptce_geography_lookup_epci (geography, code);
        return g_strdup (epci != NULL ? ptce_epci_get_name (epci) : "");
      }
    case PTCE_AREA_LEVEL_DEPARTEMENT:
      {
        g_autoptr(PtceDepartement) dep = ptce_geography_lookup_departement (geography, code);
        return g_strdup (dep != NULL ? ptce_departement_get_name (dep) : "");
      }
    case PTCE_AREA_LEVEL_REGION:
      {
        g_autoptr(PtceRegion) region = ptce_geography_lookup_region (geography, code);
        return g_strdup (region != NULL ? ptce_region_get_name (region) : "");
      }
    case PTCE_AREA_LEVEL_COMMUNE:
    case PTCE_AREA_LEVEL_NATION:
    default:
      return g_strdup ("");
    }
}

/* Computes the figures of every area of @level (all of them, covered or
 * not; for communes, only those covered or with a member). */
static GPtrArray *
compute_areas (PtceObservatory *self,
               GListModel      *poles,
               PtceAreaLevel    level,
               PtceDate        *when)
{
  PtceGeography *geography = geography_of (self);
  g_autoptr(GListModel) set = poles_or_all (self, poles);
  g_autoptr(GListModel) communes = ptce_geography_list_communes (geography);
  g_autoptr(GHashTable) areas = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                       g_free, area_free);
  g_autoptr(GHashTable) covered = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                         g_free, NULL);
  g_autoptr(GHashTable) members = g_hash_table_new (NULL, NULL);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_communes = g_list_model_get_n_items (communes);
  guint n_poles = g_list_model_get_n_items (set);
  Span span;

  span_init (&span, when);

  /* The areas, with their population and communes. */
  for (guint i = 0; i < n_communes; i++)
    {
      g_autoptr(PtceCommune) commune = g_list_model_get_item (communes, i);
      const char *code;
      Area *area;

      if (!ptce_commune_is_current (commune))
        continue;
      code = area_code (commune, level);
      if (code == NULL)
        continue;
      area = g_hash_table_lookup (areas, code);
      if (area == NULL)
        {
          g_autofree char *name = level == PTCE_AREA_LEVEL_COMMUNE
                                  ? g_strdup (ptce_commune_get_name (commune))
                                  : area_name (geography, level, code);

          area = g_new0 (Area, 1);
          area->figures = ptce_area_figures_new_internal (level, code, name);
          g_hash_table_insert (areas, g_strdup (code), area);
        }
      area->figures->population += ptce_commune_get_population (commune);
      area->figures->n_communes++;
    }

  /* Coverage: each commune once, each pole once per area. */
  for (guint i = 0; i < n_poles; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (set, i);
      g_autoptr(PtceResolvedTerritory) resolved = NULL;
      g_autoptr(GListModel) pole_members = NULL;
      g_auto(GStrv) codes = NULL;
      PtceTerritory *territory;

      if (!PTCE_IS_POLE (item) || !ptce_pole_exists_on (PTCE_POLE (item), span.day))
        continue;
      pole_members = ptce_pole_list_members_on (PTCE_POLE (item), span.day);
      for (guint k = 0; k < g_list_model_get_n_items (pole_members); k++)
        {
          g_autoptr(PtceMembership) membership = g_list_model_get_item (pole_members, k);

          g_hash_table_add (members, ptce_membership_get_actor (membership));
        }
      territory = ptce_pole_get_territory (PTCE_POLE (item));
      if (territory == NULL)
        continue;
      resolved = ptce_geography_resolve (geography, territory);
      if (resolved == NULL)
        continue;
      codes = ptce_resolved_territory_dup_commune_codes (resolved);
      for (guint k = 0; codes != NULL && codes[k] != NULL; k++)
        {
          g_autoptr(PtceCommune) commune = current_commune (geography, codes[k]);
          const char *code;
          Area *area;

          if (commune == NULL)
            continue;
          code = area_code (commune, level);
          area = code != NULL ? g_hash_table_lookup (areas, code) : NULL;
          if (area == NULL)
            continue;
          if (area->last_pole != i + 1)
            {
              area->last_pole = i + 1;
              area->figures->n_poles++;
            }
          if (g_hash_table_add (covered, g_strdup (ptce_commune_get_code (commune))))
            {
              area->figures->n_communes_covered++;
              area->figures->population_covered += ptce_commune_get_population (commune);
            }
        }
    }

  /* Members, each once, at their seat. */
  {
    GHashTableIter iter;
    gpointer actor;

    g_hash_table_iter_init (&iter, members);
    while (g_hash_table_iter_next (&iter, &actor, NULL))
      {
        g_autoptr(PtceCommune) commune = current_commune (geography, seat_of (actor));
        const char *code = commune != NULL ? area_code (commune, level) : NULL;
        Area *area = code != NULL ? g_hash_table_lookup (areas, code) : NULL;

        if (area != NULL)
          area->figures->n_members++;
      }
  }

  /* In the geography's order of the areas. */
  {
    g_autoptr(GListModel) listed = NULL;

    switch (level)
      {
      case PTCE_AREA_LEVEL_EPCI:
        listed = ptce_geography_list_epcis (geography);
        break;
      case PTCE_AREA_LEVEL_DEPARTEMENT:
        listed = ptce_geography_list_departements (geography);
        break;
      case PTCE_AREA_LEVEL_REGION:
        listed = ptce_geography_list_regions (geography);
        break;
      case PTCE_AREA_LEVEL_COMMUNE:
      case PTCE_AREA_LEVEL_NATION:
      default:
        listed = g_object_ref (communes);
        break;
      }
    for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (listed, i);
        const char *code;
        Area *area;

        if (PTCE_IS_EPCI (item))
          code = ptce_epci_get_siren (PTCE_EPCI (item));
        else if (PTCE_IS_DEPARTEMENT (item))
          code = ptce_departement_get_code (PTCE_DEPARTEMENT (item));
        else if (PTCE_IS_REGION (item))
          code = ptce_region_get_code (PTCE_REGION (item));
        else
          code = area_code (PTCE_COMMUNE (item), level);
        area = code != NULL ? g_hash_table_lookup (areas, code) : NULL;
        if (area == NULL || area->figures == NULL)
          continue;
        if (level != PTCE_AREA_LEVEL_COMMUNE || area->figures->n_communes_covered > 0 ||
            area->figures->n_members > 0 || level == PTCE_AREA_LEVEL_NATION)
          g_ptr_array_add (result, g_steal_pointer (&area->figures));
      }
  }

  span_clear (&span);
  return result;
}

/**
 * ptce_observatory_roll_up:
 * @self: a #PtceObservatory
 * @poles: (nullable): a #GListModel of #PtcePole, or %NULL for every pole
 * @level: the level to roll up to
 * @when: the date (the last day of a partial date)
 *
 * Rolls the figures of the poles that exist on @when up to every EPCI,
 * département or région of the geography, in the geography's order,
 * including the ones no pole covers (their #PtceAreaFigures:n-poles is 0:
 * the territories without a pole). At the commune level, only the
 * communes covered by a pole or seating a member are listed. Covered
 * communes and members are counted once, so the figures of a région are
 * the sum of those of its départements, and of its EPCI when these lie in
 * it. %PTCE_AREA_LEVEL_NATION gives the one row of
 * ptce_observatory_compute_coverage().
 *
 * Returns: (transfer full): a new #GListModel of #PtceAreaFigures
 *
 * Since: 1.0
 */
GListModel *
ptce_observatory_roll_up (PtceObservatory *self,
                          GListModel      *poles,
                          PtceAreaLevel    level,
                          PtceDate        *when)
{
  g_autoptr(GPtrArray) areas = NULL;
  GListStore *out;

  g_return_val_if_fail (PTCE_IS_OBSERVATORY (self), NULL);
  g_return_val_if_fail (poles == NULL || G_IS_LIST_MODEL (poles), NULL);
  g_return_val_if_fail (level <= PTCE_AREA_LEVEL_NATION, NULL);
  g_return_val_if_fail (when != NULL, NULL);

  out = g_list_store_new (PTCE_TYPE_AREA_FIGURES);
  if (level == PTCE_AREA_LEVEL_NATION)
    {
      g_autoptr(PtceAreaFigures) nation = ptce_observatory_compute_coverage (self, poles, when);

      g_list_store_append (out, nation);
      return G_LIST_MODEL (out);
    }
  areas = compute_areas (self, poles, level, when);
  g_list_store_splice (out, 0, 0, areas->pdata, areas->len);
  return G_LIST_MODEL (out);
}

/**
 * ptce_observatory_compute_coverage:
 * @self: a #PtceObservatory
 * @poles: (nullable): a #GListModel of #PtcePole, or %NULL for every pole
 * @when: the date (the last day of a partial date)
 *
 * Computes the coverage of the whole country by the poles that exist on the
 * date: the communes covered and their population, the share of the
 * national population they hold, the poles with a territory the geography
 * places, and the distinct members seated in a known commune. The EPCI,
 * départements and régions with and without a pole are given by
 * ptce_observatory_roll_up().
 *
 * Returns: (transfer full): the figures of level %PTCE_AREA_LEVEL_NATION
 *
 * Since: 1.0
 */
PtceAreaFigures *
ptce_observatory_compute_coverage (PtceObservatory *self,
                                   GListModel      *poles,
                                   PtceDate        *when)
{
  g_autoptr(GPtrArray) areas = NULL;
  PtceAreaFigures *nation;

  g_return_val_if_fail (PTCE_IS_OBSERVATORY (self), NULL);
  g_return_val_if_fail (poles == NULL || G_IS_LIST_MODEL (poles), NULL);
  g_return_val_if_fail (when != NULL, NULL);

  ptce_i18n_init ();
  areas = compute_areas (self, poles, PTCE_AREA_LEVEL_NATION, when);
  if (areas->len > 0)
    nation = g_object_ref (g_ptr_array_index (areas, 0));
  else
    nation = ptce_area_figures_new_internal (PTCE_AREA_LEVEL_NATION, "", "");
  g_free (nation->name);
  nation->name = g_strdup (_("France"));
  return nation;
}

/* ------------------------------------------------------------------ */
/* Time series                                                         */

typedef struct {
  guint32    first;
  guint32    last;
  GPtrArray *observations;
} Point;

static void
point_free (gpointer data)
{
  Point *point = data;

  g_ptr_array_unref (point->observations);
  g_free (point);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *x = *(Point * const *) a, *y = *(Point * const *) b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  if (x->last != y->last)
    return x->last < y->last ? -1 : 1;
  return 0;
}

/* Groups @observations (of one subject and indicator) by period, in order. */
static void
append_series (PtceObservatory *self,
               GListStore      *out,
               GPtrArray       *observations,
               gboolean         only_disagreements)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func (point_free);

  for (guint i = 0; i < observations->len; i++)
    {
      PtceObservation *observation = g_ptr_array_index (observations, i);
      guint32 first, last;
      Point *point = NULL;

      if (!observation_span (observation, &first, &last))
        continue;
      for (guint k = 0; k < points->len && point == NULL; k++)
        {
          Point *p = g_ptr_array_index (points, k);

          if (p->first == first && p->last == last)
            point = p;
        }
      if (point == NULL)
        {
          point = g_new0 (Point, 1);
          point->first = first;
          point->last = last;
          point->observations = g_ptr_array_new ();
          g_ptr_array_add (points, point);
        }
      g_ptr_array_add (point->observations, observation);
    }
  g_ptr_array_sort (points, compare_points);

  for (guint k = 0; k < points->len; k++)
    {
      Point *point = g_ptr_array_index (points, k);
      PtceObservation *one = g_ptr_array_index (point->observations, 0);
      PtceDate *start = ptce_observation_get_start (one);
      PtceDate *end = ptce_observation_get_end (one);
      g_autoptr(PtceIndicator) indicator = NULL;

      indicator = ptce_indicator_new_internal (ptce_observation_get_indicator (one), NULL,
                                               ptce_observation_get_subject (one),
                                               ptce_observation_get_unit (one),
                                               start != NULL ? start : end,
                                               end != NULL ? end : start);
      select_figure (self, indicator, point->observations);
      if (!only_disagreements || ptce_indicator_get_disagreement (indicator))
        g_list_store_append (out, indicator);
    }
}

/**
 * ptce_observatory_list_series:
 * @self: a #PtceObservatory
 * @subject: the id of a pole or actor
 * @indicator: the indicator of the observations ("jobs", "members" …)
 *
 * Makes the time series of @indicator for @subject from the dataset's
 * observations: one #PtceIndicator per period, in the order of the
 * periods, with every observation of that period, their sources, the
 * value the #PtceObservatory:selection-rule picks and, when the sources
 * give different figures, #PtceIndicator:disagreement. Observations
 * without a period are left out.
 *
 * Returns: (transfer full): a new #GListModel of #PtceIndicator
 *
 * Since: 1.0
 */
GListModel *
ptce_observatory_list_series (PtceObservatory *self,
                              const char      *subject,
                              const char      *indicator)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) selected = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *out;

  g_return_val_if_fail (PTCE_IS_OBSERVATORY (self), NULL);
  g_return_val_if_fail (subject != NULL, NULL);
  g_return_val_if_fail (indicator != NULL, NULL);

  out = g_list_store_new (PTCE_TYPE_INDICATOR);
  all = ptce_dataset_list_observations_of (self->dataset, subject);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      PtceObservation *observation = g_list_model_get_item (all, i);

      if (g_strcmp0 (ptce_observation_get_indicator (observation), indicator) == 0)
        g_ptr_array_add (selected, observation);
      else
        g_object_unref (observation);
    }
  append_series (self, out, selected, FALSE);
  return G_LIST_MODEL (out);
}

/**
 * ptce_observatory_list_disagreements:
 * @self: a #PtceObservatory
 *
 * Lists, over the whole dataset, the subjects, indicators and periods for
 * which observations give different figures: one #PtceIndicator each, with
 * every observation and source, and the value the selection rule picks.
 *
 * Returns: (transfer full): a new #GListModel of #PtceIndicator
 *
 * Since: 1.0
 */
GListModel *
ptce_observatory_list_disagreements (PtceObservatory *self)
{
  GListModel *all;
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GPtrArray) keys = NULL;
  GListStore *out;

  g_return_val_if_fail (PTCE_IS_OBSERVATORY (self), NULL);

  out = g_list_store_new (PTCE_TYPE_INDICATOR);
  all = ptce_dataset_get_observations (self->dataset);
  groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                  (GDestroyNotify) g_ptr_array_unref);
  keys = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      PtceObservation *observation = g_list_model_get_item (all, i);
      char *key = g_strdup_printf ("%s\x1f%s", ptce_observation_get_subject (observation),
                                   ptce_observation_get_indicator (observation));
      GPtrArray *group = g_hash_table_lookup (groups, key);

      if (group == NULL)
        {
          group = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (keys, key);
          g_hash_table_insert (groups, key, group);
        }
      else
        g_free (key);
      g_ptr_array_add (group, observation);
    }
  for (guint i = 0; i < keys->len; i++)
    append_series (self, out, g_hash_table_lookup (groups, g_ptr_array_index (keys, i)), TRUE);
  return G_LIST_MODEL (out);
}

/* ------------------------------------------------------------------ */
/* CSV                                                                 */

static char *
date_text (PtceDate *date)
{
  return date != NULL ? ptce_date_to_iso8601 (date) : g_strdup ("");
}

/**
 * ptce_observatory_indicators_to_csv:
 * @indicators: a #GListModel of #PtceIndicator
 *
 * Makes the CSV table of indicators, one row each, with the columns of
 * `docs/indicators.md`: subject, indicator, category, value, unit, start,
 * end, additive, label_en, label_fr, method, sources (separated by " | "),
 * disagreement.
 *
 * Returns: (transfer full): a new #PtceCsvWriter holding the table
 *
 * Since: 1.0
 */
PtceCsvWriter *
ptce_observatory_indicators_to_csv (GListModel *indicators)
{
  static const char * const header[] = {
    "subject", "indicator", "category", "value", "unit", "start", "end", "additive",
    "label_en", "label_fr", "method", "sources", "disagreement", NULL,
  };
  PtceCsvWriter *writer;

  g_return_val_if_fail (G_IS_LIST_MODEL (indicators), NULL);

  writer = ptce_csv_writer_new (header);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (indicators, i);
      PtceIndicator *indicator;
      g_autofree char *value = NULL, *start = NULL, *end = NULL, *sources = NULL;
      const char *row[G_N_ELEMENTS (header)];

      if (!PTCE_IS_INDICATOR (item))
        continue;
      indicator = PTCE_INDICATOR (item);
      value = ptce_indicator_dup_value_text (indicator);
      start = date_text (ptce_indicator_get_start (indicator));
      end = date_text (ptce_indicator_get_end (indicator));
      sources = g_strjoinv (" | ", (char **) ptce_indicator_get_sources (indicator));
      row[0] = ptce_indicator_get_subject (indicator);
      row[1] = ptce_indicator_get_id (indicator);
      row[2] = ptce_indicator_get_category (indicator);
      row[3] = value;
      row[4] = ptce_indicator_get_unit (indicator);
      row[5] = start;
      row[6] = end;
      row[7] = ptce_indicator_get_additive (indicator) ? "true" : "false";
      row[8] = ptce_indicator_get_label_en (indicator);
      row[9] = ptce_indicator_get_label_fr (indicator);
      row[10] = ptce_indicator_get_method (indicator) != NULL
                ? ptce_indicator_get_method (indicator) : "";
      row[11] = sources;
      row[12] = ptce_indicator_get_disagreement (indicator) ? "true" : "false";
      row[13] = NULL;
      ptce_csv_writer_add_row (writer, row, NULL);
    }
  return writer;
}

/**
 * ptce_observatory_areas_to_csv:
 * @areas: a #GListModel of #PtceAreaFigures
 *
 * Makes the CSV table of roll-up or coverage rows, with the columns of
 * `docs/indicators.md`: level, code, name, population, communes,
 * communes_covered, population_covered, population_share, poles, members.
 *
 * Returns: (transfer full): a new #PtceCsvWriter holding the table
 *
 * Since: 1.0
 */
PtceCsvWriter *
ptce_observatory_areas_to_csv (GListModel *areas)
{
  static const char * const header[] = {
    "level", "code", "name", "population", "communes", "communes_covered",
    "population_covered", "population_share", "poles", "members", NULL,
  };
  PtceCsvWriter *writer;

  g_return_val_if_fail (G_IS_LIST_MODEL (areas), NULL);

  writer = ptce_csv_writer_new (header);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (areas, i);
      PtceAreaFigures *area;
      char population[24], communes[16], covered[16], population_covered[24];
      char share[G_ASCII_DTOSTR_BUF_SIZE], poles[16], members[16];
      const char *row[G_N_ELEMENTS (header)];

      if (!PTCE_IS_AREA_FIGURES (item))
        continue;
      area = PTCE_AREA_FIGURES (item);
      g_snprintf (population, sizeof population, "%" G_GUINT64_FORMAT, area->population);
      g_snprintf (communes, sizeof communes, "%u", area->n_communes);
      g_snprintf (covered, sizeof covered, "%u", area->n_communes_covered);
      g_snprintf (population_covered, sizeof population_covered, "%" G_GUINT64_FORMAT,
                  area->population_covered);
      g_ascii_formatd (share, sizeof share, "%.6f",
                       ptce_area_figures_get_population_share (area));
      g_snprintf (poles, sizeof poles, "%u", area->n_poles);
      g_snprintf (members, sizeof members, "%u", area->n_members);
      row[0] = enum_nick (PTCE_TYPE_AREA_LEVEL, area->level);
      row[1] = ptce_area_figures_get_code (area);
      row[2] = ptce_area_figures_get_name (area);
      row[3] = population;
      row[4] = communes;
      row[5] = covered;
      row[6] = population_covered;
      row[7] = share;
      row[8] = poles;
      row[9] = members;
      row[10] = NULL;
      ptce_csv_writer_add_row (writer, row, NULL);
    }
  return writer;
}
