/* ptce-work.c: see ptce-work-private.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-work-private.h"

guint64 ptce_work_scanned = 0;
