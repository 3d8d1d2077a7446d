/* ptce-diagnosis-private.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-diagnosis.h"

G_BEGIN_DECLS

/* Takes @legal_basis and @findings (PtceFindingData records of
 * ptce-finding-private.h, in order, the array's free function
 * ptce_finding_data_free()): the findings are made of them when first
 * asked for as objects. */
PtceDiagnosis *ptce_diagnosis_new_internal (PtcePole   *pole,
                                            PtceDate   *date,
                                            const char *ruleset_version,
                                            char       *legal_basis,
                                            GPtrArray  *findings);

G_END_DECLS
