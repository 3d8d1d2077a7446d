/* ptce-report-html.c: safe HTML text for the reports
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "ptce-report-html-private.h"

/* What HTML5 reports as a parse error when it appears in text: the C0
 * controls but tab, line feed, form feed and carriage return; DEL and the
 * C1 controls; the noncharacters. */
static gboolean
is_html_error_char (gunichar c)
{
  if (c < 0x20)
    return c != '\t' && c != '\n' && c != '\f' && c != '\r';
  if (c >= 0x7f && c <= 0x9f)
    return TRUE;
  if (c >= 0xfdd0 && c <= 0xfdef)
    return TRUE;
  return (c & 0xfffe) == 0xfffe;
}

static void
append_cleaned (GString    *out,
                const char *text,
                gsize       max_chars,
                gboolean    markup)
{
  const char *p = text;
  const char *end;
  gsize n = 0;
  guint open_embeddings = 0, open_isolates = 0;

  if (text == NULL)
    return;
  end = text + strlen (text);

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      gsize len;

      if (max_chars > 0 && n == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* An invalid byte: one replacement character, go on after it. */
          g_string_append (out, "\xef\xbf\xbd");
          p++;
          n++;
          continue;
        }
      len = g_utf8_next_char (p) - p;
      /* Count the bidirectional embeddings, overrides and isolates the
       * text opens, to close them at its end. */
      if (c >= 0x202a && c <= 0x202e && c != 0x202c)
        open_embeddings++;
      else if (c == 0x202c && open_embeddings > 0)
        open_embeddings--;
      else if (c >= 0x2066 && c <= 0x2068)
        open_isolates++;
      else if (c == 0x2069 && open_isolates > 0)
        open_isolates--;
      switch (markup ? c : 0)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        default:
          if (is_html_error_char (c))
            g_string_append (out, "\xef\xbf\xbd");
          else
            g_string_append_len (out, p, (gssize) len);
        }
      p += len;
      n++;
    }
  /* A text from a dataset cannot reorder what follows it. */
  while (open_embeddings-- > 0)
    g_string_append (out, "\xe2\x80\xac");  /* U+202C POP DIRECTIONAL FORMATTING */
  while (open_isolates-- > 0)
    g_string_append (out, "\xe2\x81\xa9");  /* U+2069 POP DIRECTIONAL ISOLATE */
}

static void
append_escaped (GString    *out,
                const char *text,
                gsize       max_chars)
{
  append_cleaned (out, text, max_chars, TRUE);
}

char *
ptce_report_clean (const char *text,
                   gsize       max_chars)
{
  GString *out = g_string_new (NULL);

  append_cleaned (out, text, max_chars, FALSE);
  return g_string_free (out, FALSE);
}

char *
ptce_report_escape (const char *text,
                    gsize       max_chars)
{
  GString *out = g_string_new (NULL);

  append_escaped (out, text, max_chars);
  return g_string_free (out, FALSE);
}

void
ptce_report_append_text (GString    *out,
                         const char *text)
{
  append_escaped (out, text, 0);
}

void
ptce_report_append_name (GString    *out,
                         const char *text)
{
  g_string_append (out, "<bdi>");
  append_escaped (out, text, 0);
  g_string_append (out, "</bdi>");
}

void
ptce_report_append_printf (GString    *out,
                           const char *format,
                           ...)
{
  va_list args;
  const char *p = format;

  va_start (args, format);
  while (*p != '\0')
    {
      const char *percent = strchr (p, '%');
      g_autofree char *literal = NULL;

      if (percent == NULL)
        {
          append_escaped (out, p, 0);
          break;
        }
      literal = g_strndup (p, percent - p);
      append_escaped (out, literal, 0);
      if (percent[1] == 's')
        append_escaped (out, va_arg (args, const char *), 0);
      else if (percent[1] == '%')
        g_string_append_c (out, '%');
      else
        {
          /* Not a conversion this function knows: kept as text. */
          g_string_append_c (out, '%');
          p = percent + 1;
          continue;
        }
      p = percent + 2;
    }
  va_end (args);
}

char *
ptce_report_format_number (double            value,
                           guint             decimals,
                           PtceReportNumbers numbers)
{
  const char *group = numbers == PTCE_REPORT_NUMBERS_FR ? "\xe2\x80\xaf" : ",";
  const char *point = numbers == PTCE_REPORT_NUMBERS_FR ? "," : ".";
  g_autofree char *raw = NULL;
  GString *out;
  const char *digits;
  const char *dot;
  gsize int_len;

  if (!isfinite (value))
    return g_strdup ("—");
  if (decimals > 6)
    decimals = 6;
  raw = g_strdup_printf ("%.*f", (int) decimals, value);
  if (strcmp (raw, "-0") == 0 || (raw[0] == '-' && strspn (raw + 1, "0.") == strlen (raw + 1)))
    memmove (raw, raw + 1, strlen (raw));
  /* Trailing zeros of the decimals are noise in a report. */
  if (strchr (raw, '.') != NULL)
    {
      char *q = raw + strlen (raw) - 1;

      while (*q == '0')
        *q-- = '\0';
      if (*q == '.')
        *q = '\0';
    }

  out = g_string_new (NULL);
  digits = raw;
  if (*digits == '-')
    {
      g_string_append (out, "−");
      digits++;
    }
  dot = strchr (digits, '.');
  int_len = dot != NULL ? (gsize) (dot - digits) : strlen (digits);
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, group);
      g_string_append_c (out, digits[i]);
    }
  if (dot != NULL)
    {
      g_string_append (out, point);
      g_string_append (out, dot + 1);
    }
  return g_string_free (out, FALSE);
}
