/* ptce-observatory-enums.h: the words of the observatory
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * SECTION:ptce-observatory-enums
 * @Title: Observatory enumerations
 * @Short_description: territorial levels, selection rules and breakdowns
 *
 * The words a #PtceObservatory works with. The nick of each value is the
 * word the CSV and JSON exports and the `ptce stats` and `ptce coverage`
 * commands write and accept.
 */

/**
 * PtceAreaLevel:
 * @PTCE_AREA_LEVEL_COMMUNE: a commune (INSEE code)
 * @PTCE_AREA_LEVEL_EPCI: an EPCI with its own taxation (SIREN)
 * @PTCE_AREA_LEVEL_DEPARTEMENT: a département (INSEE code)
 * @PTCE_AREA_LEVEL_REGION: a région (INSEE code)
 * @PTCE_AREA_LEVEL_NATION: the whole country of the geography
 *
 * A level of the official geography at which the observatory rolls up its
 * figures: commune → EPCI → département → région → nation.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_AREA_LEVEL_COMMUNE,
  PTCE_AREA_LEVEL_EPCI,
  PTCE_AREA_LEVEL_DEPARTEMENT,
  PTCE_AREA_LEVEL_REGION,
  PTCE_AREA_LEVEL_NATION,
} PtceAreaLevel;

/**
 * PtceSelectionRule:
 * @PTCE_SELECTION_RULE_LATEST: the observation whose period ends last; on a
 *   tie, the one recorded last in the dataset (the most recent source)
 * @PTCE_SELECTION_RULE_NAMED_SOURCE: the observation of the preferred
 *   source (#PtceObservatory:preferred-source); when that source gave no
 *   figure, as %PTCE_SELECTION_RULE_LATEST
 * @PTCE_SELECTION_RULE_MEDIAN: the median of the figures (the mean of the
 *   two middle ones for an even count)
 * @PTCE_SELECTION_RULE_MINIMUM: the smallest figure
 * @PTCE_SELECTION_RULE_MAXIMUM: the largest figure
 *
 * How one figure is picked when several observations give a figure for the
 * same subject, indicator and period. Every figure is kept either way: the
 * rule only says which one an indicator's value is.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_SELECTION_RULE_LATEST,
  PTCE_SELECTION_RULE_NAMED_SOURCE,
  PTCE_SELECTION_RULE_MEDIAN,
  PTCE_SELECTION_RULE_MINIMUM,
  PTCE_SELECTION_RULE_MAXIMUM,
} PtceSelectionRule;

/**
 * PtceBreakdown:
 * @PTCE_BREAKDOWN_STAGE: poles by stage on the date
 * @PTCE_BREAKDOWN_TYPOLOGY: poles by typology (a pole may have several)
 * @PTCE_BREAKDOWN_ORIGIN: poles by origin
 * @PTCE_BREAKDOWN_SECTOR: poles by the sectors of their projects (a pole may
 *   have several)
 *
 * A way to break a set of poles down into groups.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_BREAKDOWN_STAGE,
  PTCE_BREAKDOWN_TYPOLOGY,
  PTCE_BREAKDOWN_ORIGIN,
  PTCE_BREAKDOWN_SECTOR,
} PtceBreakdown;

G_END_DECLS
