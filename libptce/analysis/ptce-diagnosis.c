/* ptce-diagnosis.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-diagnosis-private.h"
#include "ptce-enum-types.h"
#include "ptce-finding-private.h"
#include "ptce-membership.h"
#include "ptce-funding.h"

/**
 * SECTION:ptce-diagnosis
 * @Title: PtceDiagnosis
 * @Short_description: what a PtceChecker found about a pole on a date
 *
 * A #PtceDiagnosis answers the question "as of this date, does this pole
 * meet the legal definition of a PTCE, and would it be eligible to a State
 * call?" with a list of #PtceFinding objects, one or more per rule of the
 * rule set, in the order of the rules (ptce_diagnosis_get_findings()).
 *
 * ptce_diagnosis_get_verdict() sums the findings up per level:
 *
 * - %PTCE_FINDING_LEVEL_DEFINITION: the definition findings (article 9 I);
 * - %PTCE_FINDING_LEVEL_EVIDENCE: the warnings; met when there are none;
 * - %PTCE_FINDING_LEVEL_ELIGIBILITY: the eligibility findings (décret
 *   n° 2015-431, article 3) *and* the definition findings, because the
 *   décret opens its calls to « tout pôle territorial de coopération
 *   économique », that is to a pole that first meets the definition;
 * - %PTCE_FINDING_LEVEL_INFORMATION: always met.
 *
 * A level is not met as soon as one of its findings is not met; it cannot
 * be told when none is not met but one cannot be told from the data.
 *
 * ptce_diagnosis_list_missing() gives the findings that stand between the
 * pole and eligibility, and ptce_diagnosis_dup_missing_actions() what a
 * coordinator can do about each. ptce_diagnosis_to_json() gives the whole
 * diagnosis as JSON for tools.
 */

/**
 * PtceDiagnosis:
 *
 * What a #PtceChecker found about a pole on a date: the findings and their verdict per level.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_DIAGNOSIS:
 *
 * The #GType of #PtceDiagnosis.
 *
 * Since: 1.0
 */

struct _PtceDiagnosis
{
  GObject     parent_instance;

  PtcePole   *pole;
  PtceDate   *date;
  char       *ruleset_version;
  char       *legal_basis;
  /* The findings in order: as the rules made them (PtceFindingData
   * records, @records) until the findings are first asked for as objects;
   * then @records is NULL and @array holds a PtceFinding made of each, in
   * the same order, for the diagnosis's life (the same objects however
   * often they are asked for). The verdicts and the missing actions read
   * the records, or the objects' records, and make no object: the
   * territory's report and `ptce check`'s exit status read a diagnosis of
   * every pole for them alone. */
  GPtrArray  *records;
  GPtrArray  *array;
  /* The list ptce_diagnosis_get_findings() lends, made on first use with
   * one splice: a diagnosis read only for its verdict (or made and
   * dropped, as the checker of every pole of a dataset does) never pays
   * for a GListStore and its sequence of ≈26 nodes. */
  GListStore *findings;
};

/* The public type is abstract, so that a binding cannot make one out of
 * nothing (Ptce.Diagnosis() raises a TypeError, new Ptce.Diagnosis() throws): a
 * diagnosis only exists as the library hands it out. This private final
 * type is the one instantiated. */
G_DEFINE_ABSTRACT_TYPE (PtceDiagnosis, ptce_diagnosis, G_TYPE_OBJECT)

typedef struct { PtceDiagnosis parent_instance; } PtceDiagnosisHandle;
typedef struct { PtceDiagnosisClass parent_class; } PtceDiagnosisHandleClass;
static GType ptce_diagnosis_handle_get_type (void);
G_DEFINE_FINAL_TYPE (PtceDiagnosisHandle, ptce_diagnosis_handle, PTCE_TYPE_DIAGNOSIS)
static void ptce_diagnosis_handle_class_init (PtceDiagnosisHandleClass *klass) { }
static void ptce_diagnosis_handle_init (PtceDiagnosisHandle *self) { }

enum {
  PROP_0,
  PROP_POLE,
  PROP_DATE,
  PROP_RULESET_VERSION,
  PROP_LEGAL_BASIS,
  PROP_FINDINGS,
  PROP_DEFINITION_VERDICT,
  PROP_EVIDENCE_VERDICT,
  PROP_ELIGIBILITY_VERDICT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_diagnosis_finalize (GObject *object)
{
  PtceDiagnosis *self = (PtceDiagnosis *) object;

  g_clear_object (&self->pole);
  g_clear_pointer (&self->date, ptce_date_unref);
  g_clear_pointer (&self->ruleset_version, g_free);
  g_clear_pointer (&self->legal_basis, g_free);
  g_clear_object (&self->findings);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->array, g_ptr_array_unref);

  G_OBJECT_CLASS (ptce_diagnosis_parent_class)->finalize (object);
}

static void
ptce_diagnosis_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PtceDiagnosis *self = PTCE_DIAGNOSIS (object);

  switch (prop_id)
    {
    case PROP_POLE:
      g_value_set_object (value, self->pole);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_RULESET_VERSION:
      g_value_set_string (value, self->ruleset_version);
      break;
    case PROP_LEGAL_BASIS:
      g_value_set_string (value, self->legal_basis);
      break;
    case PROP_FINDINGS:
      g_value_set_object (value, ptce_diagnosis_get_findings (self));
      break;
    case PROP_DEFINITION_VERDICT:
      g_value_set_enum (value, ptce_diagnosis_get_verdict (self, PTCE_FINDING_LEVEL_DEFINITION));
      break;
    case PROP_EVIDENCE_VERDICT:
      g_value_set_enum (value, ptce_diagnosis_get_verdict (self, PTCE_FINDING_LEVEL_EVIDENCE));
      break;
    case PROP_ELIGIBILITY_VERDICT:
      g_value_set_enum (value, ptce_diagnosis_get_verdict (self, PTCE_FINDING_LEVEL_ELIGIBILITY));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_diagnosis_class_init (PtceDiagnosisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_diagnosis_finalize;
  object_class->get_property = ptce_diagnosis_get_property;

  /**
   * PtceDiagnosis:pole:
   *
   * The pole that was checked.
   *
   * Since: 1.0
   */
  properties[PROP_POLE] = g_param_spec_object ("pole", NULL, NULL, PTCE_TYPE_POLE, ro);

  /**
   * PtceDiagnosis:date:
   *
   * The date the pole was checked as of.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, PTCE_TYPE_DATE, ro);

  /**
   * PtceDiagnosis:ruleset-version:
   *
   * The name and version of the rule set that made the diagnosis.
   *
   * Since: 1.0
   */
  properties[PROP_RULESET_VERSION] =
    g_param_spec_string ("ruleset-version", NULL, NULL, NULL, ro);

  /**
   * PtceDiagnosis:legal-basis:
   *
   * The texts in force on #PtceDiagnosis:date that the rules applied, in
   * the user's language.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_BASIS] = g_param_spec_string ("legal-basis", NULL, NULL, NULL, ro);

  /**
   * PtceDiagnosis:findings:
   *
   * The findings, in the order of the rules.
   *
   * Since: 1.0
   */
  properties[PROP_FINDINGS] =
    g_param_spec_object ("findings", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PtceDiagnosis:definition-verdict:
   *
   * Whether the pole meets the definition of article 9 I.
   *
   * Since: 1.0
   */
  properties[PROP_DEFINITION_VERDICT] =
    g_param_spec_enum ("definition-verdict", NULL, NULL, PTCE_TYPE_VERDICT,
                       PTCE_VERDICT_UNDETERMINED, ro);

  /**
   * PtceDiagnosis:evidence-verdict:
   *
   * Whether the data show the definition without any warning.
   *
   * Since: 1.0
   */
  properties[PROP_EVIDENCE_VERDICT] =
    g_param_spec_enum ("evidence-verdict", NULL, NULL, PTCE_TYPE_VERDICT,
                       PTCE_VERDICT_UNDETERMINED, ro);

  /**
   * PtceDiagnosis:eligibility-verdict:
   *
   * Whether the pole would be eligible to a State call under article 3 of
   * décret n° 2015-431 (which includes meeting the definition).
   *
   * Since: 1.0
   */
  properties[PROP_ELIGIBILITY_VERDICT] =
    g_param_spec_enum ("eligibility-verdict", NULL, NULL, PTCE_TYPE_VERDICT,
                       PTCE_VERDICT_UNDETERMINED, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_diagnosis_init (PtceDiagnosis *self)
{
}

PtceDiagnosis *
ptce_diagnosis_new_internal (PtcePole   *pole,
                             PtceDate   *date,
                             const char *ruleset_version,
                             char       *legal_basis,
                             GPtrArray  *findings)
{
  PtceDiagnosis *self = g_object_new (ptce_diagnosis_handle_get_type (), NULL);

  self->pole = g_object_ref (pole);
  self->date = ptce_date_ref (date);
  self->ruleset_version = g_strdup (ruleset_version);
  self->legal_basis = legal_basis;
  self->records = findings;
  return self;
}

/* The findings as objects, made of the records on first use. */
static GPtrArray *
findings_array (PtceDiagnosis *self)
{
  if (self->array == NULL)
    {
      GPtrArray *records = g_steal_pointer (&self->records);

      self->array = g_ptr_array_new_full (records->len, g_object_unref);
      for (guint i = 0; i < records->len; i++)
        g_ptr_array_add (self->array, ptce_finding_new_take_data (g_ptr_array_index (records, i)));
      /* each record's contents moved into its finding, and the record freed */
      g_ptr_array_set_free_func (records, NULL);
      g_ptr_array_unref (records);
    }
  return self->array;
}

static guint
n_findings (PtceDiagnosis *self)
{
  return self->array != NULL ? self->array->len : self->records->len;
}

/* The record of the @i-th finding, whether the objects are made or not. */
static const PtceFindingData *
finding_data (PtceDiagnosis *self,
              guint          i)
{
  if (self->array != NULL)
    return ptce_finding_peek_data (g_ptr_array_index (self->array, i));
  return g_ptr_array_index (self->records, i);
}

/**
 * ptce_diagnosis_get_pole:
 * @self: a #PtceDiagnosis
 *
 * Gets the pole that was checked.
 *
 * Returns: (transfer none): the pole
 *
 * Since: 1.0
 */
PtcePole *
ptce_diagnosis_get_pole (PtceDiagnosis *self)
{
  g_return_val_if_fail (PTCE_IS_DIAGNOSIS (self), NULL);
  return self->pole;
}

/**
 * ptce_diagnosis_get_date:
 * @self: a #PtceDiagnosis
 *
 * Gets the date the pole was checked as of.
 *
 * Returns: (transfer none): the date
 *
 * Since: 1.0
 */
PtceDate *
ptce_diagnosis_get_date (PtceDiagnosis *self)
{
  g_return_val_if_fail (PTCE_IS_DIAGNOSIS (self), NULL);
  return self->date;
}

/**
 * ptce_diagnosis_get_ruleset_version:
 * @self: a #PtceDiagnosis
 *
 * Gets the name and version of the rule set, such as "ptce-rules/1.2".
 *
 * Returns: (transfer none): the version
 *
 * Since: 1.0
 */
const char *
ptce_diagnosis_get_ruleset_version (PtceDiagnosis *self)
{
  g_return_val_if_fail (PTCE_IS_DIAGNOSIS (self), NULL);
  return self->ruleset_version;
}

/**
 * ptce_diagnosis_get_legal_basis:
 * @self: a #PtceDiagnosis
 *
 * Gets the texts in force on the date of the diagnosis that the rules
 * applied, translated.
 *
 * Returns: (transfer none): the legal basis
 *
 * Since: 1.0
 */
const char *
ptce_diagnosis_get_legal_basis (PtceDiagnosis *self)
{
  g_return_val_if_fail (PTCE_IS_DIAGNOSIS (self), NULL);
  return self->legal_basis;
}

/**
 * ptce_diagnosis_get_findings:
 * @self: a #PtceDiagnosis
 *
 * Gets the findings, in the order of the rules.
 *
 * Returns: (transfer none): a #GListModel of #PtceFinding
 *
 * Since: 1.0
 */
GListModel *
ptce_diagnosis_get_findings (PtceDiagnosis *self)
{
  g_return_val_if_fail (PTCE_IS_DIAGNOSIS (self), NULL);

  if (self->findings == NULL)
    {
      GPtrArray *array = findings_array (self);

      self->findings = g_list_store_new (PTCE_TYPE_FINDING);
      g_list_store_splice (self->findings, 0, 0, array->pdata, array->len);
    }
  return G_LIST_MODEL (self->findings);
}

/**
 * ptce_diagnosis_lookup_finding:
 * @self: a #PtceDiagnosis
 * @rule_id: a rule id, such as "V4"
 *
 * Finds the finding a rule made.
 *
 * Returns: (transfer none) (nullable): the finding, or %NULL when no rule
 *   of that id ran
 *
 * Since: 1.0
 */
PtceFinding *
ptce_diagnosis_lookup_finding (PtceDiagnosis *self,
                               const char    *rule_id)
{
  guint n;

  g_return_val_if_fail (PTCE_IS_DIAGNOSIS (self), NULL);
  g_return_val_if_fail (rule_id != NULL, NULL);

  n = n_findings (self);
  for (guint i = 0; i < n; i++)
    {
      if (g_strcmp0 (finding_data (self, i)->rule_id, rule_id) == 0)
        return g_ptr_array_index (findings_array (self), i); /* the array keeps its reference */
    }
  return NULL;
}

static gboolean
counts_for (PtceFindingLevel finding_level,
            PtceFindingLevel level)
{
  if (finding_level == level)
    return TRUE;
  return level == PTCE_FINDING_LEVEL_ELIGIBILITY &&
         finding_level == PTCE_FINDING_LEVEL_DEFINITION;
}

/**
 * ptce_diagnosis_get_verdict:
 * @self: a #PtceDiagnosis
 * @level: the level to sum up
 *
 * Sums up the findings of a level. The eligibility verdict also counts the
 * definition findings; the information level is always met.
 *
 * Returns: the verdict
 *
 * Since: 1.0
 */
PtceVerdict
ptce_diagnosis_get_verdict (PtceDiagnosis    *self,
                            PtceFindingLevel  level)
{
  gboolean undetermined = FALSE;
  guint n;

  g_return_val_if_fail (PTCE_IS_DIAGNOSIS (self), PTCE_VERDICT_UNDETERMINED);

  if (level == PTCE_FINDING_LEVEL_INFORMATION)
    return PTCE_VERDICT_MET;

  n = n_findings (self);
  for (guint i = 0; i < n; i++)
    {
      const PtceFindingData *finding = finding_data (self, i);

      if (!counts_for (finding->level, level))
        continue;
      switch (finding->status)
        {
        case PTCE_FINDING_STATUS_NOT_MET:
          return PTCE_VERDICT_NOT_MET;
        case PTCE_FINDING_STATUS_UNDETERMINED:
          undetermined = TRUE;
          break;
        case PTCE_FINDING_STATUS_MET:
        case PTCE_FINDING_STATUS_NOTE:
        default:
          break;
        }
    }
  return undetermined ? PTCE_VERDICT_UNDETERMINED : PTCE_VERDICT_MET;
}

/**
 * ptce_diagnosis_list_missing:
 * @self: a #PtceDiagnosis
 *
 * Lists what is missing for the pole to be eligible to a State call: the
 * definition and eligibility findings that are not met or cannot be told
 * (ptce_finding_blocks_eligibility()), in the order of the rules. Each has
 * a #PtceFinding:remedy.
 *
 * Returns: (transfer full): a #GListModel of #PtceFinding, empty when the
 *   pole is eligible
 *
 * Since: 1.0
 */
GListModel *
ptce_diagnosis_list_missing (PtceDiagnosis *self)
{
  GListStore *missing;
  guint n;

  g_return_val_if_fail (PTCE_IS_DIAGNOSIS (self), NULL);

  missing = g_list_store_new (PTCE_TYPE_FINDING);
  n = findings_array (self)->len;
  for (guint i = 0; i < n; i++)
    {
      PtceFinding *finding = g_ptr_array_index (self->array, i);

      if (ptce_finding_blocks_eligibility (finding))
        g_list_store_append (missing, finding);
    }
  return G_LIST_MODEL (missing);
}

/**
 * ptce_diagnosis_dup_missing_actions:
 * @self: a #PtceDiagnosis
 *
 * Lists what a coordinator can do or record for the pole to be eligible:
 * the remedies of ptce_diagnosis_list_missing(), each once, translated.
 *
 * Returns: (transfer full) (array zero-terminated=1): the actions, an empty
 *   vector when the pole is eligible
 *
 * Since: 1.0
 */
char **
ptce_diagnosis_dup_missing_actions (PtceDiagnosis *self)
{
  g_autoptr(GPtrArray) actions = NULL;
  guint n;

  g_return_val_if_fail (PTCE_IS_DIAGNOSIS (self), NULL);

  /* the findings ptce_diagnosis_list_missing() gives, in order, read from
   * their records: no object is made for a diagnosis read for this alone */
  actions = g_ptr_array_new_with_free_func (g_free);
  n = n_findings (self);
  for (guint i = 0; i < n; i++)
    {
      const PtceFindingData *finding = finding_data (self, i);
      const char *remedy;
      gboolean seen = FALSE;

      if (!ptce_finding_data_blocks_eligibility (finding))
        continue;
      remedy = finding->remedy;
      if (remedy == NULL)
        remedy = finding->message;
      for (guint j = 0; j < actions->len && !seen; j++)
        seen = g_strcmp0 (g_ptr_array_index (actions, j), remedy) == 0;
      if (!seen)
        g_ptr_array_add (actions, g_strdup (remedy));
    }
  g_ptr_array_add (actions, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&actions), FALSE);
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  /* the class of a registered enum type stays alive once referenced */
  return v != NULL ? v->value_nick : NULL;
}

static void
add_object_ref (JsonBuilder *builder,
                GObject     *object)
{
  const char *type = NULL;
  g_autofree char *id = NULL;

  if (PTCE_IS_MEMBERSHIP (object))
    {
      type = "membership";
      id = g_strdup (ptce_actor_get_id (ptce_membership_get_actor (PTCE_MEMBERSHIP (object))));
    }
  else if (PTCE_IS_FUNDING (object))
    {
      type = "funding";
      id = g_strdup (ptce_funding_get_call (PTCE_FUNDING (object)));
    }
  else
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), "id");

      if (PTCE_IS_ACTOR (object))
        type = "actor";
      else if (PTCE_IS_COOPERATION (object))
        type = "cooperation";
      else if (PTCE_IS_PROJECT (object))
        type = "project";
      else if (PTCE_IS_POLE (object))
        type = "pole";
      else if (PTCE_IS_TERRITORY (object))
        type = "territory";
      else if (PTCE_IS_STRATEGY (object))
        type = "strategy";
      else
        type = G_OBJECT_TYPE_NAME (object);
      if (pspec != NULL && pspec->value_type == G_TYPE_STRING)
        g_object_get (object, "id", &id, NULL);
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, type);
  if (id != NULL)
    {
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
    }
  json_builder_end_object (builder);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_finding (JsonBuilder *builder,
             PtceFinding *finding)
{
  GListModel *objects = ptce_finding_get_objects (finding);
  guint n = g_list_model_get_n_items (objects);

  json_builder_begin_object (builder);
  add_string_member (builder, "rule", ptce_finding_get_rule_id (finding));
  add_string_member (builder, "level",
                     enum_nick (PTCE_TYPE_FINDING_LEVEL, ptce_finding_get_level (finding)));
  add_string_member (builder, "status",
                     enum_nick (PTCE_TYPE_FINDING_STATUS, ptce_finding_get_status (finding)));
  add_string_member (builder, "title", ptce_finding_get_title (finding));
  add_string_member (builder, "message", ptce_finding_get_message (finding));
  add_string_member (builder, "remedy", ptce_finding_get_remedy (finding));

  json_builder_set_member_name (builder, "reference");
  json_builder_begin_object (builder);
  add_string_member (builder, "text", ptce_finding_get_legal_text (finding));
  add_string_member (builder, "article", ptce_finding_get_legal_article (finding));
  add_string_member (builder, "paragraph", ptce_finding_get_legal_paragraph (finding));
  add_string_member (builder, "version", ptce_finding_get_legal_version (finding));
  add_string_member (builder, "quote", ptce_finding_get_legal_quote (finding));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "objects");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (objects, i);

      add_object_ref (builder, object);
    }
  json_builder_end_array (builder);

  if (ptce_finding_get_has_measure (finding))
    {
      json_builder_set_member_name (builder, "measure");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "value");
      json_builder_add_double_value (builder, ptce_finding_get_value (finding));
      json_builder_set_member_name (builder, "threshold");
      json_builder_add_double_value (builder, ptce_finding_get_threshold (finding));
      /* a share says what it is out of; a count or a number of months is
       * the value itself (docs/rules.md, "Measures") */
      if (ptce_finding_get_total (finding) > 0)
        {
          json_builder_set_member_name (builder, "count");
          json_builder_add_int_value (builder, ptce_finding_get_count (finding));
          json_builder_set_member_name (builder, "total");
          json_builder_add_int_value (builder, ptce_finding_get_total (finding));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

/**
 * ptce_diagnosis_to_json:
 * @self: a #PtceDiagnosis
 *
 * Builds the diagnosis as a JSON object, for tools: the pole id and name,
 * the date, the rule set version, the legal basis, the verdict of each
 * level, the findings (rule id, level and status nicks, title, message,
 * remedy, legal reference, objects as type and id, measure) and the
 * actions missing for eligibility. Messages are in the user's language;
 * ids and nicks do not change with it.
 *
 * Returns: (transfer full): a #JsonNode holding an object
 *
 * Since: 1.0
 */
JsonNode *
ptce_diagnosis_to_json (PtceDiagnosis *self)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *date = NULL;
  g_auto(GStrv) actions = NULL;
  static const PtceFindingLevel levels[] = {
    PTCE_FINDING_LEVEL_DEFINITION,
    PTCE_FINDING_LEVEL_EVIDENCE,
    PTCE_FINDING_LEVEL_ELIGIBILITY,
  };
  guint n;

  g_return_val_if_fail (PTCE_IS_DIAGNOSIS (self), NULL);

  builder = json_builder_new ();
  date = ptce_date_to_iso8601 (self->date);
  json_builder_begin_object (builder);
  add_string_member (builder, "pole", ptce_pole_get_id (self->pole));
  add_string_member (builder, "name", ptce_pole_get_name (self->pole));
  add_string_member (builder, "date", date);
  add_string_member (builder, "ruleset", self->ruleset_version);
  add_string_member (builder, "legal_basis", self->legal_basis);

  json_builder_set_member_name (builder, "verdicts");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    add_string_member (builder, enum_nick (PTCE_TYPE_FINDING_LEVEL, levels[i]),
                       enum_nick (PTCE_TYPE_VERDICT,
                                  ptce_diagnosis_get_verdict (self, levels[i])));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  n = findings_array (self)->len;
  for (guint i = 0; i < n; i++)
    {
      PtceFinding *finding = g_ptr_array_index (self->array, i);

      add_finding (builder, finding);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  actions = ptce_diagnosis_dup_missing_actions (self);
  for (guint i = 0; actions[i] != NULL; i++)
    json_builder_add_string_value (builder, actions[i]);
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
