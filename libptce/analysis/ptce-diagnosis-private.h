/* ptce-diagnosis-private.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-diagnosis.h"

G_BEGIN_DECLS

/* Takes the findings (a GListStore of PtceFinding) and the legal basis. */
/* Takes @legal_basis and @findings (PtceFinding, in order, references). */
PtceDiagnosis *ptce_diagnosis_new_internal (PtcePole   *pole,
                                            PtceDate   *date,
                                            const char *ruleset_version,
                                            char       *legal_basis,
                                            GPtrArray  *findings);

G_END_DECLS
