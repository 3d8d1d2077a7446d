/* ptce-csv-problem.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-version-macros.h"

G_BEGIN_DECLS

#define PTCE_TYPE_CSV_PROBLEM (ptce_csv_problem_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceCsvProblem, ptce_csv_problem, PTCE, CSV_PROBLEM, GObject)

PTCE_AVAILABLE_IN_ALL
guint       ptce_csv_problem_get_row      (PtceCsvProblem *self);
PTCE_AVAILABLE_IN_ALL
guint       ptce_csv_problem_get_last_row (PtceCsvProblem *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_csv_problem_get_column   (PtceCsvProblem *self);
PTCE_AVAILABLE_IN_ALL
const char *ptce_csv_problem_get_message  (PtceCsvProblem *self);
PTCE_AVAILABLE_IN_ALL
char       *ptce_csv_problem_to_string    (PtceCsvProblem *self);

G_END_DECLS
