/* ptce-analysis-enums.h: the words of the diagnosis
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * SECTION:ptce-analysis-enums
 * @Title: Diagnosis enumerations
 * @Short_description: levels, statuses and verdicts of the PTCE diagnosis
 *
 * The words a #PtceDiagnosis and its #PtceFinding objects are made of. As
 * for the model's enumerations, the nick of each value is the word that
 * the JSON output of ptce_diagnosis_to_json() and of `ptce check --format
 * json` writes.
 */

/**
 * PtceFindingLevel:
 * @PTCE_FINDING_LEVEL_DEFINITION: the legal definition of a PTCE (article 9
 *   I of law n° 2014-856): a finding that is not met means the pole is not
 *   a PTCE in the sense of the law
 * @PTCE_FINDING_LEVEL_EVIDENCE: a warning: the data do not show well
 *   something the definition asks for, without proving it absent
 * @PTCE_FINDING_LEVEL_ELIGIBILITY: eligibility to a State call for projects
 *   (article 3 of décret n° 2015-431), stricter than the law
 * @PTCE_FINDING_LEVEL_INFORMATION: information only: the texts in force,
 *   the selection regime, what cannot be checked from data
 *
 * What a finding of the diagnosis is about, and so what it weighs on.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_FINDING_LEVEL_DEFINITION,
  PTCE_FINDING_LEVEL_EVIDENCE,
  PTCE_FINDING_LEVEL_ELIGIBILITY,
  PTCE_FINDING_LEVEL_INFORMATION,
} PtceFindingLevel;

/**
 * PtceFindingStatus:
 * @PTCE_FINDING_STATUS_MET: the data show that the condition is met
 * @PTCE_FINDING_STATUS_NOT_MET: the data show that the condition is not met
 * @PTCE_FINDING_STATUS_UNDETERMINED: the data are not enough to tell; the
 *   finding says what is missing
 * @PTCE_FINDING_STATUS_NOTE: information, neither met nor not met
 *
 * The outcome of one check.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_FINDING_STATUS_MET,
  PTCE_FINDING_STATUS_NOT_MET,
  PTCE_FINDING_STATUS_UNDETERMINED,
  PTCE_FINDING_STATUS_NOTE,
} PtceFindingStatus;

/**
 * PtceVerdict:
 * @PTCE_VERDICT_MET: every finding of the level is met
 * @PTCE_VERDICT_NOT_MET: at least one finding of the level is not met
 * @PTCE_VERDICT_UNDETERMINED: none is not met, but at least one cannot be
 *   told from the data
 *
 * The summary of the findings of one level (ptce_diagnosis_get_verdict()).
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_VERDICT_MET,
  PTCE_VERDICT_NOT_MET,
  PTCE_VERDICT_UNDETERMINED,
} PtceVerdict;

G_END_DECLS
