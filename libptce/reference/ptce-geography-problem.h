/* ptce-geography-problem.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-reference-enums.h"
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_GEOGRAPHY_PROBLEM (ptce_geography_problem_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceGeographyProblem, ptce_geography_problem, PTCE, GEOGRAPHY_PROBLEM, GObject)

PTCE_AVAILABLE_IN_ALL
PtceGeographyProblemKind  ptce_geography_problem_get_kind        (PtceGeographyProblem *self);
PTCE_AVAILABLE_IN_ALL
PtceGeographyLevel        ptce_geography_problem_get_level       (PtceGeographyProblem *self);
PTCE_AVAILABLE_IN_ALL
const char               *ptce_geography_problem_get_code        (PtceGeographyProblem *self);
PTCE_AVAILABLE_IN_ALL
const char               *ptce_geography_problem_get_vintage     (PtceGeographyProblem *self);
PTCE_AVAILABLE_IN_ALL
const char               *ptce_geography_problem_get_replacement (PtceGeographyProblem *self);
PTCE_AVAILABLE_IN_ALL
const char               *ptce_geography_problem_get_message     (PtceGeographyProblem *self);
PTCE_AVAILABLE_IN_ALL
GError                   *ptce_geography_problem_to_error        (PtceGeographyProblem *self);

G_END_DECLS
