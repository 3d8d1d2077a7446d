/* ptce-csv-problem-private.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-csv-problem.h"

G_BEGIN_DECLS

/* Takes @message. */
PtceCsvProblem *ptce_csv_problem_new_internal (guint       row,
                                               guint       last_row,
                                               const char *column,
                                               char       *message);

G_END_DECLS
