/* ptce-rule.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-rule.h"
#include "ptce-enum-types.h"
#include "ptce-i18n-private.h"
#include "ptce-rules-private.h"

/**
 * SECTION:ptce-rule
 * @Title: PtceRule
 * @Short_description: the description of one rule of the PTCE diagnosis
 *
 * A #PtceRule describes a rule that a #PtceChecker runs: its stable id, the
 * #PtceFindingLevel its findings weigh on, a short title, the legal text,
 * article and paragraph it comes from, the words of the text it checks,
 * and the names of the #PtceChecker properties that tune it. The list of
 * rules is ptce_checker_get_rules(); `docs/rules.md` explains each one.
 *
 * Rules are described by the library and read-only.
 */

/**
 * PtceRule:
 *
 * The description of one rule a #PtceChecker runs. Read-only; its fields are properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_RULE:
 *
 * The #GType of #PtceRule.
 *
 * Since: 1.0
 */

struct _PtceRule
{
  GObject             parent_instance;

  const PtceRuleInfo *info;
  char              **parameters;
};

/* The public type is abstract, so that a binding cannot make one out of
 * nothing (Ptce.Rule() raises a TypeError, new Ptce.Rule() throws): a
 * rule only exists as the library hands it out. This private final
 * type is the one instantiated. */
G_DEFINE_ABSTRACT_TYPE (PtceRule, ptce_rule, G_TYPE_OBJECT)

typedef struct { PtceRule parent_instance; } PtceRuleHandle;
typedef struct { PtceRuleClass parent_class; } PtceRuleHandleClass;
static GType ptce_rule_handle_get_type (void);
G_DEFINE_FINAL_TYPE (PtceRuleHandle, ptce_rule_handle, PTCE_TYPE_RULE)
static void ptce_rule_handle_class_init (PtceRuleHandleClass *klass) { }
static void ptce_rule_handle_init (PtceRuleHandle *self) { }

enum {
  PROP_0,
  PROP_ID,
  PROP_LEVEL,
  PROP_TITLE,
  PROP_LEGAL_TEXT,
  PROP_LEGAL_ARTICLE,
  PROP_LEGAL_PARAGRAPH,
  PROP_LEGAL_QUOTE,
  PROP_PARAMETERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_rule_finalize (GObject *object)
{
  PtceRule *self = (PtceRule *) object;

  g_clear_pointer (&self->parameters, g_strfreev);

  G_OBJECT_CLASS (ptce_rule_parent_class)->finalize (object);
}

static void
ptce_rule_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PtceRule *self = PTCE_RULE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, ptce_rule_get_id (self));
      break;
    case PROP_LEVEL:
      g_value_set_enum (value, ptce_rule_get_level (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, ptce_rule_get_title (self));
      break;
    case PROP_LEGAL_TEXT:
      g_value_set_string (value, ptce_rule_get_legal_text (self));
      break;
    case PROP_LEGAL_ARTICLE:
      g_value_set_string (value, ptce_rule_get_legal_article (self));
      break;
    case PROP_LEGAL_PARAGRAPH:
      g_value_set_string (value, ptce_rule_get_legal_paragraph (self));
      break;
    case PROP_LEGAL_QUOTE:
      g_value_set_string (value, ptce_rule_get_legal_quote (self));
      break;
    case PROP_PARAMETERS:
      g_value_set_boxed (value, self->parameters);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_rule_class_init (PtceRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_rule_finalize;
  object_class->get_property = ptce_rule_get_property;

  /**
   * PtceRule:id:
   *
   * The stable identifier of the rule.
   *
   * Since: 1.0
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);

  /**
   * PtceRule:level:
   *
   * The level the findings of the rule weigh on by default (rule "V12"
   * weighs on the definition when #PtceChecker:strict is set).
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, PTCE_TYPE_FINDING_LEVEL,
                       PTCE_FINDING_LEVEL_DEFINITION, ro);

  /**
   * PtceRule:title:
   *
   * The short name of the rule, in the user's language.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);

  /**
   * PtceRule:legal-text:
   *
   * The legal text the rule comes from, as French law cites it.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_TEXT] = g_param_spec_string ("legal-text", NULL, NULL, NULL, ro);

  /**
   * PtceRule:legal-article:
   *
   * The article of the text.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_ARTICLE] = g_param_spec_string ("legal-article", NULL, NULL, NULL, ro);

  /**
   * PtceRule:legal-paragraph:
   *
   * The paragraph or item of the article, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_PARAGRAPH] = g_param_spec_string ("legal-paragraph", NULL, NULL, NULL, ro);

  /**
   * PtceRule:legal-quote:
   *
   * The words of the text the rule checks, in French.
   *
   * Since: 1.0
   */
  properties[PROP_LEGAL_QUOTE] = g_param_spec_string ("legal-quote", NULL, NULL, NULL, ro);

  /**
   * PtceRule:parameters:
   *
   * The names of the #PtceChecker properties that tune the rule.
   *
   * Since: 1.0
   */
  properties[PROP_PARAMETERS] =
    g_param_spec_boxed ("parameters", NULL, NULL, G_TYPE_STRV, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_rule_init (PtceRule *self)
{
}

PtceRule *
ptce_rule_new_internal (const PtceRuleInfo *info)
{
  PtceRule *self = g_object_new (ptce_rule_handle_get_type (), NULL);

  self->info = info;
  if (info->parameters != NULL)
    self->parameters = g_strsplit (info->parameters, " ", -1);
  else
    self->parameters = g_new0 (char *, 1);
  return self;
}

/**
 * ptce_rule_get_id:
 * @self: a #PtceRule
 *
 * Gets the stable identifier of the rule.
 *
 * Returns: (transfer none): the id, such as "V3"
 *
 * Since: 1.0
 */
const char *
ptce_rule_get_id (PtceRule *self)
{
  g_return_val_if_fail (PTCE_IS_RULE (self), NULL);
  return self->info->id;
}

/**
 * ptce_rule_get_level:
 * @self: a #PtceRule
 *
 * Gets the level the findings of the rule weigh on by default.
 *
 * Returns: the level
 *
 * Since: 1.0
 */
PtceFindingLevel
ptce_rule_get_level (PtceRule *self)
{
  g_return_val_if_fail (PTCE_IS_RULE (self), PTCE_FINDING_LEVEL_INFORMATION);
  return self->info->level;
}

/**
 * ptce_rule_get_title:
 * @self: a #PtceRule
 *
 * Gets the short name of the rule, translated.
 *
 * Returns: (transfer none): the title
 *
 * Since: 1.0
 */
const char *
ptce_rule_get_title (PtceRule *self)
{
  g_return_val_if_fail (PTCE_IS_RULE (self), NULL);
  ptce_i18n_init ();
  return _(self->info->title);
}

/**
 * ptce_rule_get_legal_text:
 * @self: a #PtceRule
 *
 * Gets the legal text the rule comes from.
 *
 * Returns: (transfer none): the text, such as "loi n° 2014-856 du 31
 *   juillet 2014"
 *
 * Since: 1.0
 */
const char *
ptce_rule_get_legal_text (PtceRule *self)
{
  g_return_val_if_fail (PTCE_IS_RULE (self), NULL);
  return ptce_rules_legal_text (self->info->source);
}

/**
 * ptce_rule_get_legal_article:
 * @self: a #PtceRule
 *
 * Gets the article of the legal text.
 *
 * Returns: (transfer none): the article
 *
 * Since: 1.0
 */
const char *
ptce_rule_get_legal_article (PtceRule *self)
{
  g_return_val_if_fail (PTCE_IS_RULE (self), NULL);
  return self->info->article;
}

/**
 * ptce_rule_get_legal_paragraph:
 * @self: a #PtceRule
 *
 * Gets the paragraph or item of the article.
 *
 * Returns: (transfer none) (nullable): the paragraph, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_rule_get_legal_paragraph (PtceRule *self)
{
  g_return_val_if_fail (PTCE_IS_RULE (self), NULL);
  return self->info->paragraph;
}

/**
 * ptce_rule_get_legal_quote:
 * @self: a #PtceRule
 *
 * Gets the words of the text the rule checks, in French.
 *
 * Returns: (transfer none) (nullable): the quote, or %NULL
 *
 * Since: 1.0
 */
const char *
ptce_rule_get_legal_quote (PtceRule *self)
{
  g_return_val_if_fail (PTCE_IS_RULE (self), NULL);
  return self->info->quote;
}

/**
 * ptce_rule_get_parameters:
 * @self: a #PtceRule
 *
 * Gets the names of the #PtceChecker properties that tune the rule.
 *
 * Returns: (transfer none) (array zero-terminated=1): the property names,
 *   possibly none
 *
 * Since: 1.0
 */
const char * const *
ptce_rule_get_parameters (PtceRule *self)
{
  g_return_val_if_fail (PTCE_IS_RULE (self), NULL);
  return (const char * const *) self->parameters;
}
