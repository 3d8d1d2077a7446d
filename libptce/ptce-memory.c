/* ptce-memory.c: huge pages for a load's large buffers
 * SPDX-License-Identifier: LGPL-2.1-or-later */

#include "config.h"

#include "ptce-memory-private.h"

#ifdef G_OS_UNIX
#include <sys/mman.h>
#endif

#define HUGE_PAGE_SIZE ((guintptr) 2 << 20)

void
ptce_memory_advise_huge_pages (gpointer mem,
                               gsize    size)
{
#if defined(G_OS_UNIX) && defined(MADV_HUGEPAGE)
  guintptr start, end;

  if (mem == NULL || size < 2 * HUGE_PAGE_SIZE)
    return;
  /* inward to whole huge pages: madvise() wants an aligned start, and a
   * page shared with another allocation is left as it is */
  start = ((guintptr) mem + HUGE_PAGE_SIZE - 1) & ~(HUGE_PAGE_SIZE - 1);
  end = ((guintptr) mem + size) & ~(HUGE_PAGE_SIZE - 1);
  if (end > start)
    (void) madvise ((void *) start, end - start, MADV_HUGEPAGE);  /* advice: a refusal changes nothing */
#else
  (void) mem;
  (void) size;
#endif
}
