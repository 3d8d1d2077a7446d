/* ptce-memory-private.h: how libptce asks for the large buffers of a load
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Asks the kernel to back a large buffer with huge pages (2 MiB on x86-64),
 * where it allows them on request (Linux: transparent huge pages set to
 * "madvise", Debian's default). For the buffers a load fills once and then
 * reads all over: the file's bytes and the parser's tape, strings and
 * structural indexes, several bytes per byte of a file of hundreds of MB.
 * With 4 KiB pages each one costs a page fault and a TLB miss per 4 KiB,
 * dear on a virtual machine: on a 285 MB file this takes the load from
 * 11.8 s to 8.0 s (docs/performance.md, "Huge pages"). Only the whole
 * 2 MiB pages inside the buffer are advised; a smaller buffer, another
 * system or a kernel that refuses leave it as it was. (ptce-memory.c) */
void ptce_memory_advise_huge_pages (gpointer mem,
                                    gsize    size);

G_END_DECLS
