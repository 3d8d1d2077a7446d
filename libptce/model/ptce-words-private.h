/* ptce-words-private.h: the words of an enum or flags type, for messages
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Messages that list the accepted words take them from the type, so that
 * a word added to the format is in every message that lists them. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The format words of @type (an enum or flags type), each in quotes and
 * separated by commas: “enterprise”, “local-authority”, … (0 of a flags
 * type left out). Free with g_free(). */
char *ptce_words_list_private (GType type);

G_END_DECLS
