/* hostile-common.h: the expectations tables of the hostile-input corpus
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each reader has a folder tests/data/hostile/<reader>/ with hand-written
 * cases and a cases.tsv, one case a line, tab-separated:
 *
 *   input  domain  code  message-substring  [note]
 *
 * - input: a file name in that folder (file readers), or the text given to
 *   the parser (string parsers), with C escapes (\t, \n, \\, \xNN) and “-”
 *   for the empty string;
 * - domain: the GError domain as its quark string (ptce-error-quark,
 *   g-file-error-quark…), or “ok” when the input must be accepted;
 * - code: the name of the code (INVALID_JSON, LIMIT_EXCEEDED…), “-” for ok;
 * - message-substring: what the message must contain to name the place (a
 *   JSON path, line:column, the quoted text…); @FILE@ stands for the path
 *   that was read.
 * Lines starting with # and empty lines are ignored. A line with the wrong
 * number of fields, an unknown code or an input file that does not exist
 * fails the test: a table that silently skips a case checks nothing.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char  *input;       /* unescaped */
  gsize  input_len;   /* the input may hold NUL bytes */
  char  *domain;      /* "ok" for a valid input */
  GQuark domain_quark;
  int    code;
  char  *substring;
  char  *note;
  guint  line;
} HostileCase;

/* The cases of tests/data/hostile/<reader>/cases.tsv, in order. Fails the
 * test on any malformed line. */
GPtrArray  *hostile_load_cases      (const char         *reader);

/* tests/data/hostile/<reader>/<name>, or the folder itself for NULL. */
char       *hostile_path            (const char         *reader,
                                     const char         *name);

gboolean    hostile_case_is_ok      (const HostileCase  *c);

/* The code of a PTCE_ERROR, a G_FILE_ERROR or a G_IO_ERROR from its name,
 * or -1. */
int         hostile_code_from_name  (GQuark              domain,
                                     const char         *name);
const char *hostile_code_name       (GQuark              domain,
                                     int                 code);

/* Checks that @error is exactly the expected one: domain, code, and a
 * message that contains @substring (after replacing @FILE@ by @file). @label
 * names the case in the failure. A mismatch marks the test failed and goes
 * on (every failing case of a table is reported); returns whether it held. */
gboolean    hostile_assert_error    (const GError       *error,
                                     GQuark              domain,
                                     int                 code,
                                     const char         *substring,
                                     const char         *file,
                                     const char         *label);

/* Marks the test failed unless the input was accepted without error. */
void        hostile_assert_ok       (gboolean            ok,
                                     const GError       *error,
                                     const char         *label);

/* The counts reported at the end of a run (see tools/reliability-report.sh):
 * prints “# hostile-cases <reader> <family> <n>” as a TAP comment. */
void        hostile_report_count    (const char         *reader,
                                     const char         *family,
                                     guint               n);

/* In a test subprocess run as root, makes nobody (uid and gid 65534) the
 * effective user so that file permissions apply; does nothing for another
 * user. Call hostile_become_root_again() before the subprocess returns, so
 * that LeakSanitizer can check it at exit. */
void        hostile_become_nobody     (void);
void        hostile_become_root_again (void);

G_END_DECLS
