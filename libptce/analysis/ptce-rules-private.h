/* ptce-rules-private.h: the rule set behind PtceChecker
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-analysis-enums.h"
#include "ptce-dataset.h"
#include "ptce-diagnosis.h"
#include "ptce-geography.h"
#include "ptce-legal-categories.h"
#include "ptce-rule.h"

G_BEGIN_DECLS

/* The version of the rule set; it changes whenever a rule, a threshold
 * default or the reading of a text changes. */
#define PTCE_RULESET_VERSION "ptce-rules/1.2"

typedef enum {
  PTCE_LEGAL_SOURCE_LAW_2014_856,
  PTCE_LEGAL_SOURCE_DECREE_2015_431,
} PtceLegalSource;

/* Which wording of which text a rule applies: the finding's legal-version is
 * the date the wording in force on the date asked took effect. */
typedef enum {
  PTCE_WORDING_LAW_ARTICLE_1,
  PTCE_WORDING_LAW_ARTICLE_9_I,
  PTCE_WORDING_LAW_ARTICLE_9_II,
  PTCE_WORDING_DECREE_ARTICLE_3,
} PtceWording;

typedef struct _PtceRuleContext PtceRuleContext;
typedef struct _PtceRuleSettings PtceRuleSettings;

/* What the checker gives the rules, filled once per check: the reference
 * data and the parameters of the rules (docs/rules.md, "Parameters"). The
 * rules read it and never call back into PtceChecker, so the dependency
 * runs one way: checker → rules. */
struct _PtceRuleSettings
{
  PtceGeography       *geography;            /* borrowed, or NULL */
  PtceLegalCategories *categories;           /* borrowed */
  double               location_threshold;   /* V3 */
  guint                min_ess_enterprises;  /* V4.plural */
  guint                continuity_months;    /* V13 */
  gboolean             strict;               /* V12 */
};
typedef struct _PtceRuleInfo PtceRuleInfo;

struct _PtceRuleInfo
{
  const char       *id;
  PtceFindingLevel  level;
  const char       *title;       /* N_() */
  PtceLegalSource   source;
  PtceWording       wording;
  const char       *article;
  const char       *paragraph;
  const char       *quote;       /* the words of the text, French */
  const char       *parameters;  /* space-separated checker properties, or NULL */
  void            (*run)         (PtceRuleContext    *ctx,
                                  const PtceRuleInfo *info);
};

const PtceRuleInfo *ptce_rules_get_table   (guint              *n_rules);
const char         *ptce_rules_legal_text  (PtceLegalSource     source);

PtceRule           *ptce_rule_new_internal (const PtceRuleInfo *info);

/* Runs every rule of the table on @pole as of @when (never NULL). */
PtceDiagnosis      *ptce_rules_run         (const PtceRuleSettings *settings,
                                            PtceDataset        *dataset,
                                            PtcePole           *pole,
                                            PtceDate           *when);

G_END_DECLS
