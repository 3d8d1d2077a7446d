/* fuzz-common.h: what every libptce fuzz harness shares
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libptce.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

/* An invariant of the library that the input broke: report it as a crash,
 * so that libFuzzer keeps the input as an artifact. */
#define FUZZ_CHECK(cond, ...) \
  G_STMT_START { \
    if (G_UNLIKELY (!(cond))) \
      { \
        fprintf (stderr, "%s:%d: invariant broken: %s: ", __FILE__, __LINE__, #cond); \
        fprintf (stderr, __VA_ARGS__); \
        fputc ('\n', stderr); \
        abort (); \
      } \
  } G_STMT_END

/* A critical or a warning reached from data is a bug in the library (data
 * errors are GErrors, programmer errors are criticals): make them fatal. */
static inline void
fuzz_common_init (void)
{
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_FATAL_MASK);
}

/* The failure contract of every reader: NULL/FALSE comes with a GError of
 * the PTCE_ERROR domain, a known code, and a non-empty valid UTF-8 message;
 * success comes without one. */
static inline void
fuzz_check_error (gboolean      ok,
                  const GError *error)
{
  if (ok)
    {
      FUZZ_CHECK (error == NULL, "success with an error set: %s", error->message);
      return;
    }
  FUZZ_CHECK (error != NULL, "failure without an error");
  FUZZ_CHECK (error->domain == PTCE_ERROR, "domain %s, not PTCE_ERROR: %s",
              g_quark_to_string (error->domain), error->message);
  FUZZ_CHECK (error->code >= PTCE_ERROR_FAILED &&
              error->code <= PTCE_ERROR_INVALID_REFERENCE_DATA,
              "unknown code %d", error->code);
  FUZZ_CHECK (error->message != NULL && error->message[0] != '\0', "empty message");
  FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL), "message is not UTF-8");
  /* A message quotes at most a bounded piece of the input. */
  FUZZ_CHECK (strlen (error->message) < 4096, "message of %zu bytes", strlen (error->message));
}

/* The input as a NUL-terminated string (the parsers take C strings: an
 * embedded NUL ends the string, as it would for any C caller). */
static inline char *
fuzz_strndup (const uint8_t *data,
              size_t         size)
{
  char *s = g_malloc (size + 1);

  if (size > 0)
    memcpy (s, data, size);
  s[size] = '\0';
  return s;
}
