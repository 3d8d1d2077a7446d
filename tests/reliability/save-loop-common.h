/* save-loop-common.h: the datasets of the crash-safety test
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Both the test (test-save-crash.c) and the helper it kills
 * (save-loop-helper.c) build the same two datasets from this text, so that
 * the test knows what a complete file of each generation reads back as.
 * Generation g is "even" or "odd"; they differ in their title and in every
 * actor's name, so that a file mixing both cannot pass for either. */
#pragma once

#include <glib.h>

static inline GBytes *
save_loop_dataset_json (guint generation,
                        guint n_actors)
{
  GString *s = g_string_new (NULL);
  const char *parity = generation % 2 == 0 ? "even" : "odd";

  g_string_append_printf (s, "{\"format\": \"ptce/1\", \"title\": \"crash-safety %s\", \"actors\": [", parity);
  for (guint i = 0; i < n_actors; i++)
    g_string_append_printf (s,
                            "%s{\"id\": \"actor-%u\", \"name\": \"Actor %u of the %s generation, "
                            "with a name long enough to make the file large\", "
                            "\"kind\": \"enterprise\", \"ess_family\": \"association\", "
                            "\"ess_basis\": \"by-status\", \"seat_commune\": \"75056\"}",
                            i == 0 ? "" : ", ", i, i, parity);
  g_string_append (s, "]}");
  return g_string_free_to_bytes (s);
}
