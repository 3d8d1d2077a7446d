/* ptce-work-private.h: a counter of the items the library's scans visit
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every loop of the library that walks a list to find something (a
 * duplicate, the observations of a subject, the memberships active on a
 * date…) adds the number of items it visits to ptce_work_scanned. Tests
 * read it on generated data of two sizes: a step repeated per item over a
 * list that grows with the data (a quadratic step) shows as a count that
 * grows faster than the data, whatever the machine and its load. The
 * counter is private (hidden from the shared library's symbols), not
 * atomic, and costs one addition per scan. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

extern guint64 ptce_work_scanned;

static inline void
ptce_work_scan (guint64 n)
{
  ptce_work_scanned += n;
}

G_END_DECLS
