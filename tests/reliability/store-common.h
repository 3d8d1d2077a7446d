/* store-common.h: the submissions that the store reliability tests import
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

/* A ptce/1 document of @n_poles poles of 12 members each, one cooperation
 * and one observation each; @tag makes the bytes (and so the submission)
 * differ from one round to the next. */
static inline GBytes *
store_test_submission (guint       n_poles,
                       const char *tag)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "{\"format\": \"ptce/1\", \"title\": \"store reliability\", "
                             "\"x-round\": \"%s\", \"actors\": [", tag);
  for (guint p = 0; p < n_poles; p++)
    for (guint m = 0; m < 12; m++)
      g_string_append_printf (s, "%s{\"id\": \"a-%u-%u\", \"name\": \"Actor %u of pole %u\", "
                                 "\"kind\": \"enterprise\", \"ess_family\": \"association\", "
                                 "\"ess_basis\": \"by-status\", \"seat_commune\": \"63113\"}",
                              p == 0 && m == 0 ? "" : ", ", p, m, m, p);
  g_string_append (s, "], \"poles\": [");
  for (guint p = 0; p < n_poles; p++)
    {
      g_string_append_printf (s, "%s{\"id\": \"pole-%u\", \"name\": \"Pole %u\", \"founded\": \"2014\", "
                                 "\"stages\": [{\"stage\": \"emergence\", \"since\": \"2014\"}], "
                                 "\"territory\": {\"communes\": [\"63113\"]}, "
                                 "\"carrier\": \"a-%u-0\", \"memberships\": [",
                              p == 0 ? "" : ", ", p, p, p);
      for (guint m = 0; m < 12; m++)
        g_string_append_printf (s, "%s{\"actor\": \"a-%u-%u\", \"roles\": [\"%s\"], \"start\": \"2014\"}",
                                m == 0 ? "" : ", ", p, m, m == 0 ? "animator" : "member");
      g_string_append_printf (s, "], \"cooperations\": [{\"id\": \"c\", \"mode\": \"mutualisation\", "
                                 "\"object\": \"shared-premises\", \"participants\": [\"a-%u-0\", \"a-%u-1\"]}]}",
                              p, p);
    }
  g_string_append (s, "], \"observations\": [");
  for (guint p = 0; p < n_poles; p++)
    g_string_append_printf (s, "%s{\"subject\": \"pole-%u\", \"indicator\": \"jobs\", \"value\": %u}",
                            p == 0 ? "" : ", ", p, p);
  g_string_append (s, "]}");
  return g_string_free_to_bytes (s);
}
