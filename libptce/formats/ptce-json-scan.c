/* ptce-json-scan.c: the linear pre-scan of JSON bytes
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-json-scan-private.h"

/* See ptce-json-scan-private.h for what is checked and why. The scan keeps
 * no line counter while it runs: on an error only, it counts lines and
 * characters from the start up to the offending byte. */

/* Above this many members, an object's names go into a hash table instead
 * of being compared one by one. */
#define KEYS_LINEAR_MAX 16

typedef struct
{
  GArray     *spans;  /* of KeySpan: the names of one open object */
  GHashTable *set;    /* of char*, once spans grows past KEYS_LINEAR_MAX */
} KeySet;

typedef struct
{
  gsize offset;
  gsize length;
} KeySpan;

typedef struct
{
  const guchar *start;
  const guchar *end;
  const guchar *p;
  const char   *source;  /* display name of the file, or NULL */
  guint         max_depth;
  guint         depth;
  guchar       *stack;  /* '[' or '{' for each open container */
  KeySet       *keys;   /* one per depth */
} Scan;

typedef enum {
  S_VALUE,
  S_VALUE_OR_CLOSE,
  S_KEY,
  S_KEY_OR_CLOSE,
  S_COLON,
  S_COMMA_OR_CLOSE,
  S_END,
} State;

static void
position_of (const guchar *start,
             const guchar *at,
             guint        *line,
             guint        *column)
{
  guint l = 1, c = 1;

  for (const guchar *q = start; q < at; q++)
    {
      if (*q == '\n')
        {
          l++;
          c = 1;
        }
      else if ((*q & 0xC0) != 0x80)
        c++;
    }
  *line = l;
  *column = c;
}

G_GNUC_PRINTF (5, 6)
static gboolean
scan_fail (Scan         *scan,
           const guchar *at,
           GError      **error,
           PtceError     code,
           const char   *format,
           ...)
{
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;
  va_list args;
  guint line, column;

  position_of (scan->start, at, &line, &column);
  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  message = ptce_json_format_place (scan->source, line, column, what);
  g_set_error_literal (error, PTCE_ERROR, code, message);
  return FALSE;
}

/* A short, printable rendering of the character at @at, for messages. */
static char *
show_char (Scan         *scan,
           const guchar *at)
{
  gunichar c;

  if (at >= scan->end)
    return g_strdup ("");
  c = g_utf8_get_char ((const char *) at);
  if (g_unichar_isprint (c))
    {
      char buf[8] = { 0 };

      g_unichar_to_utf8 (c, buf);
      /* TRANSLATORS: quotes around a piece of the input */
      return g_strdup_printf (_("“%s”"), buf);
    }
  return g_strdup_printf ("U+%04X", c);
}

static gboolean
unexpected (Scan        *scan,
            GError     **error,
            const char  *expected)
{
  g_autofree char *found = show_char (scan, scan->p);

  /* TRANSLATORS: "expected a value, found “]”" */
  return scan_fail (scan, scan->p, error, PTCE_ERROR_INVALID_JSON,
                    _("expected %s, found %s"), expected, found);
}

static gboolean
end_of_input (Scan    *scan,
              GError **error)
{
  const char *inside;

  if (scan->depth == 0)
    inside = _("unexpected end of input");
  else if (scan->stack[scan->depth - 1] == '[')
    inside = _("unexpected end of input inside an array");
  else
    inside = _("unexpected end of input inside an object");
  return scan_fail (scan, scan->end, error, PTCE_ERROR_INVALID_JSON, "%s", inside);
}

static int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the 4 hex digits of a \u escape whose backslash is at @esc. */
static gboolean
read_u_escape (Scan         *scan,
               const guchar *esc,
               guint        *unit,
               GError      **error)
{
  guint value = 0;

  if (scan->end - esc < 6 || esc[1] != 'u')
    return scan_fail (scan, esc, error, PTCE_ERROR_INVALID_JSON,
                      _("“\\u” must be followed by four hexadecimal digits"));
  for (int i = 2; i < 6; i++)
    {
      int h = hex_value (esc[i]);

      if (h < 0)
        return scan_fail (scan, esc, error, PTCE_ERROR_INVALID_JSON,
                          _("“\\u” must be followed by four hexadecimal digits"));
      value = value * 16 + (guint) h;
    }
  *unit = value;
  return TRUE;
}

/* scan->p is on the opening quote; leaves it after the closing one. */
static gboolean
scan_string (Scan    *scan,
             GError **error)
{
  const guchar *open = scan->p;
  const guchar *q = scan->p + 1;

  for (;;)
    {
      /* the common case: plain characters */
      while (q < scan->end && *q != '"' && *q != '\\' && *q >= 0x20)
        q++;
      if (q >= scan->end)
        return scan_fail (scan, open, error, PTCE_ERROR_INVALID_JSON,
                          _("this string is not closed before the end of input"));
      if (*q == '"')
        break;
      if (*q < 0x20)
        return scan_fail (scan, q, error, PTCE_ERROR_INVALID_JSON,
                          _("the control character U+%04X must be escaped in a string"),
                          (guint) *q);
      /* a backslash */
      if (q + 1 >= scan->end)
        return scan_fail (scan, open, error, PTCE_ERROR_INVALID_JSON,
                          _("this string is not closed before the end of input"));
      switch (q[1])
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          q += 2;
          break;
        case 'u':
          {
            guint unit;

            if (!read_u_escape (scan, q, &unit, error))
              return FALSE;
            if (unit == 0)
              return scan_fail (scan, q, error, PTCE_ERROR_INVALID_JSON,
                                _("the escape “\\u0000” (a NUL character) is not supported"));
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              return scan_fail (scan, q, error, PTCE_ERROR_INVALID_JSON,
                                _("the escape “\\u%04X” is a low surrogate without a high one"), unit);
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                guint low;

                if (scan->end - q < 12 || q[6] != '\\' || q[7] != 'u' ||
                    !read_u_escape (scan, q + 6, &low, NULL) || low < 0xDC00 || low > 0xDFFF)
                  return scan_fail (scan, q, error, PTCE_ERROR_INVALID_JSON,
                                    _("the escape “\\u%04X” is a high surrogate without a low one"), unit);
                q += 12;
              }
            else
              q += 6;
          }
          break;
        default:
          {
            g_autofree char *found = show_char (scan, q + 1);

            /* show_char() quotes the character itself.
             * TRANSLATORS: "“\” followed by “x” is not a valid escape" */
            return scan_fail (scan, q, error, PTCE_ERROR_INVALID_JSON,
                              _("“\\” followed by %s is not a valid escape"), found);
          }
        }
    }
  scan->p = q + 1;
  return TRUE;
}

static gboolean
integer_in_range (const guchar *digits,
                  gsize         n,
                  gboolean      negative)
{
  const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

  if (n < 19)
    return TRUE;
  if (n > 19)
    return FALSE;
  return memcmp (digits, limit, 19) <= 0;
}

static gboolean
scan_number (Scan    *scan,
             GError **error)
{
  const guchar *q = scan->p;
  const guchar *digits;
  gboolean negative = FALSE, integer = TRUE;

  if (*q == '-')
    {
      negative = TRUE;
      q++;
    }
  digits = q;
  if (q >= scan->end || !g_ascii_isdigit (*q))
    return scan_fail (scan, scan->p, error, PTCE_ERROR_INVALID_JSON,
                      _("a number must have digits after “-”"));
  if (*q == '0')
    {
      q++;
      if (q < scan->end && g_ascii_isdigit (*q))
        return scan_fail (scan, scan->p, error, PTCE_ERROR_INVALID_JSON,
                          _("a number cannot start with the digit 0 followed by other digits"));
    }
  else
    while (q < scan->end && g_ascii_isdigit (*q))
      q++;
  if (!integer_in_range (digits, (gsize) (q - digits), negative) &&
      (q >= scan->end || (*q != '.' && *q != 'e' && *q != 'E')))
    {
      gsize n = (gsize) (q - scan->p);

      return scan_fail (scan, scan->p, error, PTCE_ERROR_INVALID_FORMAT,
                        _("the integer %.*s%s is out of range (−2⁶³ to 2⁶³−1)"),
                        (int) MIN (n, 40), (const char *) scan->p, n > 40 ? "…" : "");
    }
  if (q < scan->end && *q == '.')
    {
      integer = FALSE;
      q++;
      if (q >= scan->end || !g_ascii_isdigit (*q))
        return scan_fail (scan, scan->p, error, PTCE_ERROR_INVALID_JSON,
                          _("a number must have digits after its decimal point"));
      while (q < scan->end && g_ascii_isdigit (*q))
        q++;
    }
  if (q < scan->end && (*q == 'e' || *q == 'E'))
    {
      integer = FALSE;
      q++;
      if (q < scan->end && (*q == '+' || *q == '-'))
        q++;
      if (q >= scan->end || !g_ascii_isdigit (*q))
        return scan_fail (scan, scan->p, error, PTCE_ERROR_INVALID_JSON,
                          _("a number must have digits in its exponent"));
      while (q < scan->end && g_ascii_isdigit (*q))
        q++;
    }
  (void) integer;
  scan->p = q;
  return TRUE;
}

static gboolean
scan_word (Scan    *scan,
           GError **error)
{
  static const char * const words[] = { "true", "false", "null" };
  const guchar *q = scan->p;
  gsize n;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize len = strlen (words[i]);

      if ((gsize) (scan->end - q) >= len && memcmp (q, words[i], len) == 0 &&
          ((gsize) (scan->end - q) == len || !g_ascii_isalnum (q[len])))
        {
          scan->p = q + len;
          return TRUE;
        }
    }
  for (n = 0; q + n < scan->end && n < 32 && (g_ascii_isalnum (q[n]) || q[n] == '_'); n++)
    ;
  if (n == 0)
    return unexpected (scan, error, _("a value"));
  return scan_fail (scan, q, error, PTCE_ERROR_INVALID_JSON,
                    _("expected a value, found the word “%.*s”"), (int) n, (const char *) q);
}

static void
keyset_reset (KeySet *set)
{
  if (set->spans == NULL)
    set->spans = g_array_new (FALSE, FALSE, sizeof (KeySpan));
  g_array_set_size (set->spans, 0);
  g_clear_pointer (&set->set, g_hash_table_unref);
}

/* Records the member name whose quotes span [open, close]; FALSE when the
 * object already has a member of that name. */
static gboolean
keyset_add (Scan         *scan,
            KeySet       *set,
            const guchar *open,
            const guchar *close)
{
  KeySpan span = { (gsize) (open + 1 - scan->start), (gsize) (close - open - 1) };

  if (set->set != NULL)
    {
      char *key = g_strndup ((const char *) open + 1, span.length);

      if (g_hash_table_contains (set->set, key))
        {
          g_free (key);
          return FALSE;
        }
      g_hash_table_add (set->set, key);
      return TRUE;
    }

  for (guint i = 0; i < set->spans->len; i++)
    {
      const KeySpan *other = &g_array_index (set->spans, KeySpan, i);

      if (other->length == span.length &&
          memcmp (scan->start + other->offset, scan->start + span.offset, span.length) == 0)
        return FALSE;
    }
  g_array_append_val (set->spans, span);

  if (set->spans->len > KEYS_LINEAR_MAX)
    {
      set->set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < set->spans->len; i++)
        {
          const KeySpan *s = &g_array_index (set->spans, KeySpan, i);

          g_hash_table_add (set->set, g_strndup ((const char *) scan->start + s->offset, s->length));
        }
    }
  return TRUE;
}

static gboolean
push (Scan    *scan,
      guchar   kind,
      GError **error)
{
  if (scan->depth >= scan->max_depth)
    return scan_fail (scan, scan->p, error, PTCE_ERROR_LIMIT_EXCEEDED,
                      _("arrays and objects are nested deeper than the limit of %u levels"),
                      scan->max_depth);
  scan->stack[scan->depth] = kind;
  if (kind == '{')
    keyset_reset (&scan->keys[scan->depth]);
  scan->depth++;
  scan->p++;
  return TRUE;
}

static gboolean
scan_run (Scan    *scan,
          GError **error)
{
  State state = S_VALUE;

  for (;;)
    {
      while (scan->p < scan->end &&
             (*scan->p == ' ' || *scan->p == '\n' || *scan->p == '\r' || *scan->p == '\t'))
        scan->p++;

      if (scan->p >= scan->end)
        {
          if (state == S_END)
            return TRUE;
          if (state == S_VALUE && scan->depth == 0)
            return scan_fail (scan, scan->p, error, PTCE_ERROR_INVALID_JSON,
                              _("the document is empty: expected a JSON value"));
          return end_of_input (scan, error);
        }

      switch (state)
        {
        case S_VALUE_OR_CLOSE:
          if (*scan->p == ']')
            {
              scan->depth--;
              scan->p++;
              state = scan->depth == 0 ? S_END : S_COMMA_OR_CLOSE;
              break;
            }
          G_GNUC_FALLTHROUGH;
        case S_VALUE:
          switch (*scan->p)
            {
            case '{':
              if (!push (scan, '{', error))
                return FALSE;
              state = S_KEY_OR_CLOSE;
              continue;
            case '[':
              if (!push (scan, '[', error))
                return FALSE;
              state = S_VALUE_OR_CLOSE;
              continue;
            case '"':
              if (!scan_string (scan, error))
                return FALSE;
              break;
            case '-': case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
              if (!scan_number (scan, error))
                return FALSE;
              break;
            default:
              if (!scan_word (scan, error))
                return FALSE;
              break;
            }
          state = scan->depth == 0 ? S_END : S_COMMA_OR_CLOSE;
          break;

        case S_KEY_OR_CLOSE:
          if (*scan->p == '}')
            {
              scan->depth--;
              scan->p++;
              state = scan->depth == 0 ? S_END : S_COMMA_OR_CLOSE;
              break;
            }
          G_GNUC_FALLTHROUGH;
        case S_KEY:
          if (*scan->p != '"')
            return unexpected (scan, error, _("a member name in double quotes"));
          {
            const guchar *open = scan->p;

            if (!scan_string (scan, error))
              return FALSE;
            if (!keyset_add (scan, &scan->keys[scan->depth - 1], open, scan->p - 1))
              return scan_fail (scan, open, error, PTCE_ERROR_INVALID_JSON,
                                _("the member %.*s%s appears twice in this object"),
                                (int) MIN (scan->p - open, 64), (const char *) open,
                                scan->p - open > 64 ? "…" : "");
          }
          state = S_COLON;
          break;

        case S_COLON:
          if (*scan->p != ':')
            return unexpected (scan, error, _("“:” after the member name"));
          scan->p++;
          state = S_VALUE;
          break;

        case S_COMMA_OR_CLOSE:
          {
            guchar top = scan->stack[scan->depth - 1];

            if (*scan->p == ',')
              {
                scan->p++;
                state = top == '[' ? S_VALUE : S_KEY;
              }
            else if ((top == '[' && *scan->p == ']') || (top == '{' && *scan->p == '}'))
              {
                scan->depth--;
                scan->p++;
                state = scan->depth == 0 ? S_END : S_COMMA_OR_CLOSE;
              }
            else
              return unexpected (scan, error, top == '[' ? _("“,” or “]”") : _("“,” or “}”"));
          }
          break;

        case S_END:
          return unexpected (scan, error, _("the end of the document"));

        default:
          g_assert_not_reached ();
        }
    }
}

char *
ptce_json_format_place (const char *source,
                        guint       line,
                        guint       column,
                        const char *what)
{
  if (source != NULL)
    /* json-glib's form (json_parser_load_from_file()), not translated:
     * editors and compilers read it the same way in every language */
    return g_strdup_printf ("%s:%u:%u: %s", source, line, column, what);
  /* TRANSLATORS: "line 3, column 14: <what went wrong>" */
  return g_strdup_printf (_("line %u, column %u: %s"), line, column, what);
}

void
ptce_json_prefix_source (const char  *source,
                         GError     **error)
{
  gsize n;

  if (source == NULL || error == NULL || *error == NULL)
    return;
  n = strlen (source);
  if (strncmp ((*error)->message, source, n) == 0 && (*error)->message[n] == ':')
    return;
  g_prefix_error (error, "%s: ", source);
}

gboolean
ptce_json_scan (const char  *data,
                gsize        length,
                guint        max_depth,
                const char  *source,
                GError     **error)
{
  Scan scan = { 0 };
  const char *bad = NULL;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (max_depth > 0, FALSE);

  ptce_i18n_init ();

  scan.start = (const guchar *) (data ? data : "");
  scan.end = scan.start + length;
  scan.p = scan.start;
  scan.max_depth = max_depth;
  scan.source = source;

  /* A positive length makes g_utf8_validate_len() refuse NUL bytes too. */
  if (length > 0 && !g_utf8_validate_len (data, length, &bad))
    {
      if (*bad == '\0')
        return scan_fail (&scan, (const guchar *) bad, error, PTCE_ERROR_INVALID_JSON,
                          _("a NUL byte is not allowed in a JSON text"));
      return scan_fail (&scan, (const guchar *) bad, error, PTCE_ERROR_INVALID_JSON,
                        _("the text is not valid UTF-8 (byte 0x%02X)"), (guint) (guchar) *bad);
    }

  scan.stack = g_malloc (max_depth);
  scan.keys = g_new0 (KeySet, max_depth);
  ok = scan_run (&scan, error);

  for (guint i = 0; i < max_depth; i++)
    {
      if (scan.keys[i].spans != NULL)
        g_array_unref (scan.keys[i].spans);
      g_clear_pointer (&scan.keys[i].set, g_hash_table_unref);
    }
  g_free (scan.keys);
  g_free (scan.stack);
  return ok;
}
