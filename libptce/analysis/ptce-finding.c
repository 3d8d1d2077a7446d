/* ptce-finding.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-finding-private.h"
#include "ptce-enum-types.h"
#include "ptce-i18n-private.h"

/**
 * SECTION:ptce-finding
 * @Title: PtceFinding
 * @Short_description: one finding of a PTCE diagnosis, with its legal ground
 *
 * A #PtceFinding is what one rule of a #PtceChecker found about a pole on a
 * date. It says:
 *
 * - which rule (#PtceFinding:rule-id, stable across releases: "V1" … "V18",
 *   with suffixes such as "V6.eligibility" for the part of a rule that the
 *   décret makes stricter; see `docs/rules.md`),
 * - at which #PtceFindingLevel it weighs (definition, evidence, eligibility,
 *   information) and with which #PtceFindingStatus (met, not met, cannot
 *   tell, note),
 * - the legal reference: the text, the article and paragraph, the words of
 *   the text the rule checks, and the date from which the wording applied
 *   was in force (#PtceFinding:legal-version),
 * - a message in the user's language, and where something is missing, what
 *   to do about it (#PtceFinding:remedy),
 * - the objects concerned (#PtceActor, #PtceMembership, #PtceCooperation,
 *   #PtceProject, #PtceFunding …) as a #GListModel a user interface can bind
 *   to show the finding next to the data,
 * - where it applies, a measured value against its threshold: "4 of 15
 *   members located on the territory, 27 %, below 50 %" has
 *   #PtceFinding:count 4, #PtceFinding:total 15, #PtceFinding:value 0.27 and
 *   #PtceFinding:threshold 0.5. A measure is a share (value = count /
 *   total), a count (total 0) or a number of months (count and total 0);
 *   the "Measures" table of docs/rules.md says which rule measures what.
 *
 * Findings are made by the checker and read-only.
 */

/**
 * PtceFinding:
 *
 * One finding of a #PtceDiagnosis: what one rule found about a pole on a date, with its legal ground. Read-only; its fields are properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_FINDING:
 *
 * The #GType of #PtceFinding.
 *
 * Since: 1.0
 */

struct _PtceFinding
{
  GObject            parent_instance;

  /* What the rule found (ptce-finding-private.h): made by the rules as a
   * plain record, and moved here when the diagnosis is first asked for
   * its findings as objects (ptce_finding_new_take_data()). */
  PtceFindingData    data;
  /* Made when the objects are first asked for (most findings of a
   * diagnosis are never shown one by one), then kept. */
  GListStore        *objects;
  /* data.added holds every object added, in order (references),
   * duplicates included, or NULL before the first; those from n_flushed
   * on are not yet in @objects. The rules add whole lists of members
   * whose items are distinct as a rule: the duplicates are dropped when
   * the objects are asked for (each object once, at its first place),
   * not checked for at each of the ≈100 adds of a pole's diagnosis that
   * nobody reads. */
  guint              n_flushed;
};

G_DEFINE_FINAL_TYPE (PtceFinding, ptce_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE_ID,
  PROP_LEVEL,
  PROP_STATUS,
  PROP_TITLE,
  PROP_MESSAGE,
  PROP_REMEDY,
  PROP_LEGAL_TEXT,
  PROP_LEGAL_ARTICLE,
  PROP_LEGAL_PARAGRAPH,
  PROP_LEGAL_QUOTE,
  PROP_LEGAL_VERSION,
  PROP_OBJECTS,
  PROP_HAS_MEASURE,
  PROP_VALUE,
  PROP_THRESHOLD,
  PROP_COUNT,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_finding_finalize (GObject *object)
{
  PtceFinding *self = (PtceFinding *) object;

  ptce_finding_data_clear (&self->data);
  g_clear_object (&self->objects);

  G_OBJECT_CLASS (ptce_finding_parent_class)->finalize (object);
}

static void
ptce_finding_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PtceFinding *self = PTCE_FINDING (object);

  switch (prop_id)
    {
    case PROP_RULE_ID:
      g_value_set_string (value, self->data.rule_id);
      break;
    case PROP_LEVEL:
      g_value_set_enum (value, self->data.level);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->data.status);
      break;
    case PROP_TITLE:
      g_value_set_string (value, ptce_finding_get_title (self));
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->data.message);
      break;
    case PROP_REMEDY:
      g_value_set_string (value, self->data.remedy);
      break;
    case PROP_LEGAL_TEXT:
      g_value_set_string (value, self->data.legal_text);
      break;
    case PROP_LEGAL_ARTICLE:
      g_value_set_string (value, self->data.legal_article);
      break;
    case PROP_LEGAL_PARAGRAPH:
      g_value_set_string (value, self->data.legal_paragraph);
      break;
    case PROP_LEGAL_QUOTE:
      g_value_set_string (value, self->data.legal_quote);
      break;
    case PROP_LEGAL_VERSION:
      g_value_set_string (value, self->data.legal_version);
      break;
    case PROP_OBJECTS:
      g_value_set_object (value, ptce_finding_get_objects (self));
      break;
    case PROP_HAS_MEASURE:
      g_value_set_boolean (value, self->data.has_measure);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->data.value);
      break;
    case PROP_THRESHOLD:
      g_value_set_double (value, self->data.threshold);
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->data.count);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, self->data.total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_finding_class_init (PtceFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_finding_finalize;
  object_class->get_property = ptce_finding_get_property;

  /**
   * PtceFinding:rule-id:
   *
   * The stable identifier of the rule that made the finding ("V1",
   * "V6.eligibility" …).
   *
   * Since: 1.0
   */
  properties[PROP_RULE_ID] = g_param_spec_string ("rule-id", NULL, NULL, NULL, ro);

  /**
   * PtceFinding:level:
   *
   * What the finding weighs on: the definition, the evidence, the
   * eligibility, or nothing (information).
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, PTCE_TYPE_FINDING_LEVEL,
                       PTCE_FINDING_LEVEL_DEFINITION, ro);

  /**
   * PtceFinding:status:
   *
   * Whether the condition is met, not met, or cannot be told from the data.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, PTCE_TYPE_FINDING_STATUS,
                       PTCE_FINDING_STATUS_MET, ro);

  /**
   * PtceFinding:title:
   *
   * The short name of the rule, in the user's language.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);

  /**
   * PtceFinding:message:
   *
   * What was found, in the user's language, with the figures and names
   * that explain it.
   *
   * Since: 1.0
   */
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, ro);

  /**
   * PtceFinding:remedy:
   *
   * What a coordinator can do or record so that the condition is met or can
   * be told, or %NULL when nothing is asked.
   *
   * Since: 1.0
   */
  properties[PROP_REMEDY] = g_param_spec_string ("remedy", NULL, NULL, NULL, ro);

  /**
   * PtceFinding:legal-text:
   *
   * The text the rule comes from, as it is cited in French law: "loi
   * n° 2014-856 du 31 juillet 2014" or "décret n° 2015-431 du 15 avril 2015".
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_TEXT] = g_param_spec_string ("legal-text", NULL, NULL, NULL, ro);

  /**
   * PtceFinding:legal-article:
   *
   * The article of #PtceFinding:legal-text ("9", "3" …).
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_ARTICLE] = g_param_spec_string ("legal-article", NULL, NULL, NULL, ro);

  /**
   * PtceFinding:legal-paragraph:
   *
   * The paragraph or item inside the article ("I", "II", "2°" …), or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_PARAGRAPH] = g_param_spec_string ("legal-paragraph", NULL, NULL, NULL, ro);

  /**
   * PtceFinding:legal-quote:
   *
   * The words of the text that the rule checks, quoted in French as the
   * text says them.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_QUOTE] = g_param_spec_string ("legal-quote", NULL, NULL, NULL, ro);

  /**
   * PtceFinding:legal-version:
   *
   * The date (ISO 8601) from which the wording the rule applied was in
   * force: "2014-08-02" for the original article 9, "2020-12-09" for its II
   * as rewritten by loi n° 2020-1525, "2015-04-18" for décret n° 2015-431.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_VERSION] = g_param_spec_string ("legal-version", NULL, NULL, NULL, ro);

  /**
   * PtceFinding:objects:
   *
   * The objects the finding is about (#GObject: actors, memberships,
   * cooperations, projects, fundings, the pole itself).
   *
   * Since: 1.0
   */
  properties[PROP_OBJECTS] =
    g_param_spec_object ("objects", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PtceFinding:has-measure:
   *
   * Whether the finding compares a measured value with a threshold.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_MEASURE] = g_param_spec_boolean ("has-measure", NULL, NULL, FALSE, ro);

  /**
   * PtceFinding:value:
   *
   * The measured value: a share between 0 and 1 when #PtceFinding:total is
   * not 0, otherwise a count or a number of months.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, ro);

  /**
   * PtceFinding:threshold:
   *
   * The threshold #PtceFinding:value is compared with, in the same unit.
   *
   * Since: 1.0
   */
  properties[PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, ro);

  /**
   * PtceFinding:count:
   *
   * The number of objects counted (the numerator of a share).
   *
   * Since: 1.0
   */
  properties[PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PtceFinding:total:
   *
   * The number the count is out of (the denominator of a share), or 0 when
   * the measure is not a share.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL] = g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_finding_init (PtceFinding *self)
{
}

/* Over this many objects, the duplicates are found through a hash set. */
#define ADDED_SCAN_MAX 16

PtceFindingData *
ptce_finding_data_new (const char        *rule_id,
                       PtceFindingLevel   level,
                       PtceFindingStatus  status,
                       const char        *title,
                       const char        *legal_text,
                       const char        *legal_article,
                       const char        *legal_paragraph,
                       const char        *legal_quote,
                       const char        *legal_version)
{
  PtceFindingData *data = g_new0 (PtceFindingData, 1);

  data->rule_id = rule_id;
  data->level = level;
  data->status = status;
  data->title = title;
  data->legal_text = legal_text;
  data->legal_article = legal_article;
  data->legal_paragraph = legal_paragraph;
  data->legal_quote = legal_quote;
  data->legal_version = legal_version;
  return data;
}

void
ptce_finding_data_clear (PtceFindingData *data)
{
  g_clear_pointer (&data->message, g_free);
  g_clear_pointer (&data->remedy, g_free);
  g_clear_pointer (&data->added, g_ptr_array_unref);
}

void
ptce_finding_data_free (gpointer data)
{
  ptce_finding_data_clear (data);
  g_free (data);
}

PtceFinding *
ptce_finding_new_take_data (PtceFindingData *data)
{
  PtceFinding *self = g_object_new (PTCE_TYPE_FINDING, NULL);

  self->data = *data;
  g_free (data);
  return self;
}

const PtceFindingData *
ptce_finding_peek_data (PtceFinding *self)
{
  return &self->data;
}

void
ptce_finding_data_take_message (PtceFindingData *data,
                                char            *message)
{
  g_free (data->message);
  data->message = message;
}

void
ptce_finding_data_take_remedy (PtceFindingData *data,
                               char            *remedy)
{
  g_free (data->remedy);
  data->remedy = remedy;
}

void
ptce_finding_data_add_object (PtceFindingData *data,
                              gpointer         object)
{
  g_return_if_fail (G_IS_OBJECT (object));

  if (data->added == NULL)
    data->added = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (data->added, g_object_ref (object));
}

void
ptce_finding_data_add_objects (PtceFindingData *data,
                               GPtrArray       *objects)
{
  if (objects->len == 0)
    return;
  if (data->added == NULL)
    data->added = g_ptr_array_new_full (objects->len, g_object_unref);
  for (guint i = 0; i < objects->len; i++)
    g_ptr_array_add (data->added, g_object_ref (g_ptr_array_index (objects, i)));
}

/* Drops from @self->data.added, past n_flushed, every object met before
 * (there or earlier), keeping the first place of each: a scan while the
 * objects are few, an index past ADDED_SCAN_MAX. */
static void
drop_duplicates (PtceFinding *self)
{
  GPtrArray *added = self->data.added;
  g_autoptr(GHashTable) set = NULL;
  guint kept = self->n_flushed;

  if (added->len > ADDED_SCAN_MAX)
    {
      set = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < self->n_flushed; i++)
        g_hash_table_add (set, g_ptr_array_index (added, i));
    }
  for (guint i = self->n_flushed; i < added->len; i++)
    {
      gpointer object = g_ptr_array_index (added, i);
      gboolean seen = FALSE;

      if (set != NULL)
        seen = !g_hash_table_add (set, object);
      else
        for (guint j = 0; j < kept && !seen; j++)
          seen = g_ptr_array_index (added, j) == object;
      if (seen)
        g_object_unref (object);
      else
        g_ptr_array_index (added, kept++) = object;
    }
  /* the tail holds moved or released pointers: cut it without the free
   * function */
  g_ptr_array_set_free_func (added, NULL);
  g_ptr_array_set_size (added, kept);
  g_ptr_array_set_free_func (added, g_object_unref);
}

void
ptce_finding_data_set_measure (PtceFindingData *data,
                               double           value,
                               double           threshold,
                               guint            count,
                               guint            total)
{
  data->has_measure = TRUE;
  data->value = value;
  data->threshold = threshold;
  data->count = count;
  data->total = total;
}

/**
 * ptce_finding_get_rule_id:
 * @self: a #PtceFinding
 *
 * Gets the stable identifier of the rule that made the finding.
 *
 * Returns: (transfer none): the rule id, such as "V4" or "V6.eligibility"
 *
 * Since: 1.0
 */
const char *
ptce_finding_get_rule_id (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), NULL);
  return self->data.rule_id;
}

/**
 * ptce_finding_get_level:
 * @self: a #PtceFinding
 *
 * Gets what the finding weighs on.
 *
 * Returns: the level
 *
 * Since: 1.0
 */
PtceFindingLevel
ptce_finding_get_level (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), PTCE_FINDING_LEVEL_INFORMATION);
  return self->data.level;
}

/**
 * ptce_finding_get_status:
 * @self: a #PtceFinding
 *
 * Gets the outcome of the check.
 *
 * Returns: the status
 *
 * Since: 1.0
 */
PtceFindingStatus
ptce_finding_get_status (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), PTCE_FINDING_STATUS_UNDETERMINED);
  return self->data.status;
}

/**
 * ptce_finding_get_title:
 * @self: a #PtceFinding
 *
 * Gets the short name of the rule, translated.
 *
 * Returns: (transfer none): the title
 *
 * Since: 1.0
 */
const char *
ptce_finding_get_title (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), NULL);
  /* translated when read: most findings of a diagnosis made for every
   * pole are never shown */
  return self->data.title != NULL ? g_dgettext (GETTEXT_PACKAGE, self->data.title) : NULL;
}

/**
 * ptce_finding_get_message:
 * @self: a #PtceFinding
 *
 * Gets what was found, translated.
 *
 * Returns: (transfer none): the message
 *
 * Since: 1.0
 */
const char *
ptce_finding_get_message (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), NULL);
  return self->data.message;
}

/**
 * ptce_finding_get_remedy:
 * @self: a #PtceFinding
 *
 * Gets what to do or record so that the condition is met or can be told.
 *
 * Returns: (transfer none) (nullable): the remedy, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_finding_get_remedy (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), NULL);
  return self->data.remedy;
}

/**
 * ptce_finding_get_legal_text:
 * @self: a #PtceFinding
 *
 * Gets the legal text the rule comes from, as French law cites it.
 *
 * Returns: (transfer none): the text
 *
 * Since: 1.0
 */
const char *
ptce_finding_get_legal_text (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), NULL);
  return self->data.legal_text;
}

/**
 * ptce_finding_get_legal_article:
 * @self: a #PtceFinding
 *
 * Gets the article of the legal text.
 *
 * Returns: (transfer none): the article
 *
 * Since: 1.0
 */
const char *
ptce_finding_get_legal_article (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), NULL);
  return self->data.legal_article;
}

/**
 * ptce_finding_get_legal_paragraph:
 * @self: a #PtceFinding
 *
 * Gets the paragraph or item of the article.
 *
 * Returns: (transfer none) (nullable): the paragraph, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_finding_get_legal_paragraph (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), NULL);
  return self->data.legal_paragraph;
}

/**
 * ptce_finding_get_legal_quote:
 * @self: a #PtceFinding
 *
 * Gets the words of the text that the rule checks, in French.
 *
 * Returns: (transfer none) (nullable): the quote, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_finding_get_legal_quote (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), NULL);
  return self->data.legal_quote;
}

/**
 * ptce_finding_get_legal_version:
 * @self: a #PtceFinding
 *
 * Gets the date (ISO 8601) from which the wording applied was in force.
 *
 * Returns: (transfer none): the date, such as "2020-12-09"
 *
 * Since: 1.0
 */
const char *
ptce_finding_get_legal_version (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), NULL);
  return self->data.legal_version;
}

/**
 * ptce_finding_dup_reference:
 * @self: a #PtceFinding
 *
 * Formats the legal reference of the finding the way French law cites it:
 * "loi n° 2014-856 du 31 juillet 2014, art. 9 I".
 *
 * Returns: (transfer full): the reference
 *
 * Since: 1.0
 */
char *
ptce_finding_dup_reference (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), NULL);

  if (self->data.legal_paragraph != NULL && *self->data.legal_paragraph != '\0')
    return g_strdup_printf ("%s, art. %s %s", self->data.legal_text,
                            self->data.legal_article, self->data.legal_paragraph);
  return g_strdup_printf ("%s, art. %s", self->data.legal_text, self->data.legal_article);
}

/**
 * ptce_finding_get_objects:
 * @self: a #PtceFinding
 *
 * Gets the objects the finding is about, each once.
 *
 * Returns: (transfer none): a #GListModel of #GObject
 *
 * Since: 1.0
 */
GListModel *
ptce_finding_get_objects (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), NULL);

  if (self->objects == NULL)
    self->objects = g_list_store_new (G_TYPE_OBJECT);
  if (self->data.added != NULL && self->n_flushed < self->data.added->len)
    {
      guint n;

      drop_duplicates (self);
      n = g_list_model_get_n_items (G_LIST_MODEL (self->objects));

      g_list_store_splice (self->objects, n, 0, self->data.added->pdata + self->n_flushed,
                           self->data.added->len - self->n_flushed);
      self->n_flushed = self->data.added->len;
    }
  return G_LIST_MODEL (self->objects);
}

/**
 * ptce_finding_get_has_measure:
 * @self: a #PtceFinding
 *
 * Checks whether the finding compares a measured value with a threshold.
 *
 * Returns: %TRUE when #PtceFinding:value and #PtceFinding:threshold apply
 *
 * Since: 1.0
 */
gboolean
ptce_finding_get_has_measure (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), FALSE);
  return self->data.has_measure;
}

/**
 * ptce_finding_get_value:
 * @self: a #PtceFinding
 *
 * Gets the measured value.
 *
 * Returns: the value, 0 when the finding has no measure
 *
 * Since: 1.0
 */
double
ptce_finding_get_value (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), 0.0);
  return self->data.value;
}

/**
 * ptce_finding_get_threshold:
 * @self: a #PtceFinding
 *
 * Gets the threshold the value is compared with.
 *
 * Returns: the threshold, 0 when the finding has no measure
 *
 * Since: 1.0
 */
double
ptce_finding_get_threshold (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), 0.0);
  return self->data.threshold;
}

/**
 * ptce_finding_get_count:
 * @self: a #PtceFinding
 *
 * Gets the number of objects counted.
 *
 * Returns: the count
 *
 * Since: 1.0
 */
guint
ptce_finding_get_count (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), 0);
  return self->data.count;
}

/**
 * ptce_finding_get_total:
 * @self: a #PtceFinding
 *
 * Gets the number the count is out of, or 0 when the measure is not a
 * share.
 *
 * Returns: the total
 *
 * Since: 1.0
 */
guint
ptce_finding_get_total (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), 0);
  return self->data.total;
}

/**
 * ptce_finding_blocks_eligibility:
 * @self: a #PtceFinding
 *
 * Checks whether the finding stands between the pole and the eligibility
 * to a State call: a definition or eligibility finding that is not met or
 * cannot be told. These are the findings
 * ptce_diagnosis_list_missing() gives.
 *
 * Returns: %TRUE when the finding must be resolved to be eligible
 *
 * Since: 1.0
 */
gboolean
ptce_finding_blocks_eligibility (PtceFinding *self)
{
  g_return_val_if_fail (PTCE_IS_FINDING (self), FALSE);

  return ptce_finding_data_blocks_eligibility (&self->data);
}
