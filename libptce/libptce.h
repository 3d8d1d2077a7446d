/* libptce.h: the one header users include
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#define PTCE_INSIDE

#include "ptce-version.h"
#include "ptce-version-macros.h"
#include "ptce-version-info.h"

/* model */
#include "ptce-error.h"
#include "ptce-enums.h"
#include "ptce-date.h"
#include "ptce-site.h"
#include "ptce-actor.h"
#include "ptce-composition.h"
#include "ptce-membership.h"
#include "ptce-cooperation.h"
#include "ptce-project.h"
#include "ptce-territory.h"
#include "ptce-strategy.h"
#include "ptce-funding.h"
#include "ptce-observation.h"
#include "ptce-pole.h"
#include "ptce-dataset.h"
#include "ptce-words.h"

/* reference */
#include "ptce-reference-enums.h"
#include "ptce-identifier.h"
#include "ptce-commune.h"
#include "ptce-epci.h"
#include "ptce-departement.h"
#include "ptce-region.h"
#include "ptce-geography-problem.h"
#include "ptce-resolved-territory.h"
#include "ptce-geography.h"
#include "ptce-legal-category.h"
#include "ptce-actor-inference.h"
#include "ptce-legal-categories.h"

/* formats */
#include "ptce-json-reader.h"
#include "ptce-json-writer.h"
#include "ptce-csv-writer.h"
#include "ptce-jsonld-writer.h"
#include "ptce-csv-problem.h"
#include "ptce-csv-importer.h"

/* analysis */
#include "ptce-analysis-enums.h"
#include "ptce-finding.h"
#include "ptce-rule.h"
#include "ptce-diagnosis.h"
#include "ptce-checker.h"
#include "ptce-observatory-enums.h"
#include "ptce-indicator.h"
#include "ptce-area-figures.h"
#include "ptce-observatory.h"
#include "ptce-network-enums.h"
#include "ptce-network.h"
#include "ptce-network-builder.h"

/* store */
#include "ptce-store-enums.h"
#include "ptce-submission.h"
#include "ptce-store-change.h"
#include "ptce-actor-match.h"
#include "ptce-store-disagreement.h"
#include "ptce-store.h"

/* report */
#include "ptce-report.h"

#include "ptce-enum-types.h"

#undef PTCE_INSIDE
