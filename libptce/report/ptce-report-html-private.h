/* ptce-report-html-private.h: safe HTML text for the reports
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every string that comes from a dataset (names, descriptions, sources…)
 * reaches the HTML of a report through these functions, never through a
 * plain g_string_append(): they escape the five characters that mean
 * markup, replace what HTML5 calls a parse error (control characters,
 * noncharacters, invalid UTF-8) by U+FFFD, and can cut a long text to a
 * number of characters with an ellipsis. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How the figures of a report are written: French groups digits with a
 * narrow no-break space and uses a decimal comma. */
typedef enum {
  PTCE_REPORT_NUMBERS_EN,
  PTCE_REPORT_NUMBERS_FR,
} PtceReportNumbers;

/* @text escaped for HTML text or a quoted attribute value; at most
 * @max_chars characters of it (an ellipsis ends a cut text), all of it when
 * @max_chars is 0. NULL gives "". */
char *ptce_report_escape        (const char *text,
                                 gsize       max_chars);

/* The same, with the markup characters left as they are: for a consumer
 * that escapes them itself (Graphviz). */
char *ptce_report_clean         (const char *text,
                                 gsize       max_chars);

/* Appends ptce_report_escape (@text, 0). */
void  ptce_report_append_text   (GString    *out,
                                 const char *text);

/* Appends @text escaped inside <bdi>…</bdi>: a name in a right-to-left
 * script, or with bidirectional marks, cannot reorder the text around it. */
void  ptce_report_append_name   (GString    *out,
                                 const char *text);

/* Appends @format with each "%s" replaced by the next argument, escaped;
 * "%%" gives "%". The format itself is escaped too (it is a translated
 * message). Only %s is understood: format figures with
 * ptce_report_format_number() first. */
void  ptce_report_append_printf (GString    *out,
                                 const char *format,
                                 ...);

/* @value as people read it in @numbers: grouped digits, at most
 * @decimals decimals, trailing zeros dropped. */
char *ptce_report_format_number (double            value,
                                 guint             decimals,
                                 PtceReportNumbers numbers);

G_END_DECLS
