/* ptce-store-cut.c: a ptce/1 text cut into its elements
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "ptce-store-cut-private.h"

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static gsize
skip_space (const char *text,
            gsize       length,
            gsize       pos)
{
  while (pos < length && is_space (text[pos]))
    pos++;
  return pos;
}

/* @pos at the opening quote: the position after the closing one, or
 * @length when there is none. memchr() finds the quotes: most of a
 * file's bytes are in strings. */
static gsize
skip_string (const char *text,
             gsize       length,
             gsize       pos)
{
  for (pos++; pos < length;)
    {
      const char *quote = memchr (text + pos, '"', length - pos);
      gsize at, backslashes = 0;

      if (quote == NULL)
        return length;
      at = (gsize) (quote - text);
      /* escaped when an odd number of backslashes comes before it */
      while (at - backslashes > pos && text[at - backslashes - 1] == '\\')
        backslashes++;
      if (backslashes % 2 == 0)
        return at + 1;
      pos = at + 1;
    }
  return length;
}

/* @pos at the first byte of a value: the position after it. @spaced (may
 * be NULL) is set when the value has whitespace outside its strings. */
static gsize
skip_value (const char *text,
            gsize       length,
            gsize       pos,
            gboolean   *spaced)
{
  guint depth = 0;

  if (pos >= length)
    return length;
  if (text[pos] == '"')
    return skip_string (text, length, pos);
  if (text[pos] != '{' && text[pos] != '[')
    {
      while (pos < length && !is_space (text[pos]) && text[pos] != ',' &&
             text[pos] != ']' && text[pos] != '}')
        pos++;
      return pos;
    }
  while (pos < length)
    {
      char c = text[pos];

      if (c == '"')
        {
          pos = skip_string (text, length, pos);
          continue;
        }
      if (c == '{' || c == '[')
        depth++;
      else if (spaced != NULL && is_space (c))
        *spaced = TRUE;
      else if ((c == '}' || c == ']') && --depth == 0)
        return pos + 1;
      pos++;
    }
  return length;
}

/* Copies @text[@start, @end) to @out without the whitespace outside
 * strings, a run at a time; returns the end of what it wrote (at most
 * @end - @start bytes). */
static char *
compact_into (char       *out,
              const char *text,
              gsize       start,
              gsize       end)
{
  gsize pos = start;

  while (pos < end)
    {
      gsize run = pos;

      if (text[pos] == '"')
        pos = MIN (skip_string (text, end, pos), end);
      else
        while (pos < end && text[pos] != '"' && !is_space (text[pos]))
          pos++;
      memcpy (out, text + run, pos - run);
      out += pos - run;
      while (pos < end && is_space (text[pos]))
        pos++;
    }
  return out;
}

/* Appends @text[@start, @end) without the whitespace outside strings. */
static void
append_compact (GString    *out,
                const char *text,
                gsize       start,
                gsize       end)
{
  gsize len = out->len;
  char *written;

  g_string_set_size (out, len + (end - start));
  written = compact_into (out->str + len, text, start, end);
  g_string_truncate (out, written - out->str);
}

/* The text of a JSON string (quotes included), escapes decoded; NULL
 * when it holds a NUL. */
static char *
decode_string (const char *quoted,
               gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *array = g_strdup_printf ("[%.*s]", (int) length, quoted);
  JsonNode *root;
  JsonArray *elements;
  const char *value;

  if (!json_parser_load_from_data (parser, array, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_ARRAY (root) ||
      (elements = json_node_get_array (root)) == NULL || json_array_get_length (elements) != 1 ||
      (value = json_array_get_string_element (elements, 0)) == NULL)
    return NULL;
  return g_strdup (value);
}

static gboolean
cut_array (const char *text,
           gsize       length,
           gsize       pos,
           GArray     *spans)
{
  pos = skip_space (text, length, pos + 1);
  if (pos < length && text[pos] == ']')
    return TRUE;
  while (pos < length)
    {
      PtceStoreSpan span = { pos, 0, FALSE };

      span.end = skip_value (text, length, pos, &span.spaced);

      g_array_append_val (spans, span);
      pos = skip_space (text, length, span.end);
      if (pos < length && text[pos] == ']')
        return TRUE;
      if (pos >= length || text[pos] != ',')
        return FALSE;
      pos = skip_space (text, length, pos + 1);
    }
  return FALSE;
}

gboolean
ptce_store_cut_init (PtceStoreCut *cut,
                     const char   *text,
                     gsize         length)
{
  static const char * const arrays[] = { "actors", "poles", "observations" };
  g_autoptr(GString) root = g_string_new ("{");
  gsize pos = 0;

  memset (cut, 0, sizeof *cut);
  cut->text = text;
  cut->length = length;
  /* a byte order mark, which the reader skips */
  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    pos = 3;
  pos = skip_space (text, length, pos);
  if (pos >= length || text[pos] != '{')
    return FALSE;
  pos = skip_space (text, length, pos + 1);
  while (pos < length && text[pos] == '"')
    {
      gsize name = pos, name_end = skip_string (text, length, pos), value;
      GArray **slot = NULL;

      g_autofree char *decoded = NULL;
      const char *plain = text + name + 1;
      gsize plain_length = name_end - name - 2;

      if (name_end > length || name_end - name < 2)
        goto refuse;
      if (memchr (plain, '\\', plain_length) != NULL)
        {
          /* a name written with escapes ("\u0070oles" is "poles") */
          decoded = decode_string (text + name, name_end - name);
          if (decoded == NULL)
            goto refuse;
          plain = decoded;
          plain_length = strlen (decoded);
        }
      for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
        if (plain_length == strlen (arrays[i]) && memcmp (plain, arrays[i], plain_length) == 0)
          slot = i == 0 ? &cut->actors : i == 1 ? &cut->poles : &cut->observations;
      pos = skip_space (text, length, name_end);
      if (pos >= length || text[pos] != ':')
        goto refuse;
      value = skip_space (text, length, pos + 1);
      pos = skip_value (text, length, value, NULL);
      if (slot != NULL)
        {
          if (*slot != NULL || value >= length || text[value] != '[')
            goto refuse;
          *slot = g_array_new (FALSE, FALSE, sizeof (PtceStoreSpan));
          if (!cut_array (text, length, value, *slot))
            goto refuse;
        }
      else
        {
          if (root->len > 1)
            g_string_append_c (root, ',');
          append_compact (root, text, name, name_end);
          g_string_append_c (root, ':');
          append_compact (root, text, value, pos);
        }
      pos = skip_space (text, length, pos);
      if (pos < length && text[pos] == ',')
        pos = skip_space (text, length, pos + 1);
    }
  if (pos >= length || text[pos] != '}')
    goto refuse;
  g_string_append_c (root, '}');
  cut->root = g_string_free (g_steal_pointer (&root), FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    {
      GArray **slot = i == 0 ? &cut->actors : i == 1 ? &cut->poles : &cut->observations;

      if (*slot == NULL)
        *slot = g_array_new (FALSE, FALSE, sizeof (PtceStoreSpan));
    }
  return TRUE;

refuse:
  ptce_store_cut_clear (cut);
  return FALSE;
}

void
ptce_store_cut_clear (PtceStoreCut *cut)
{
  g_clear_pointer (&cut->root, g_free);
  g_clear_pointer (&cut->actors, g_array_unref);
  g_clear_pointer (&cut->poles, g_array_unref);
  g_clear_pointer (&cut->observations, g_array_unref);
}

char *
ptce_store_cut_compact (const PtceStoreCut  *cut,
                        const PtceStoreSpan *span)
{
  gsize length = span->end - span->start;
  char *copy = g_malloc (length + 1);

  if (!span->spaced)
    memcpy (copy, cut->text + span->start, length);
  else
    length = compact_into (copy, cut->text, span->start, span->end) - copy;
  copy[length] = '\0';
  return copy;
}

/* The member of an object at @pos (its name's opening quote): the end of
 * its name, the span of its value, and where the next member starts (or
 * the closing brace); FALSE when the scan cannot read it. */
static gboolean
next_member (const char *text,
             gsize       length,
             gsize       pos,
             gsize      *name_end,
             gsize      *value,
             gsize      *value_end,
             gsize      *next)
{
  *name_end = skip_string (text, length, pos);
  *value = skip_space (text, length, *name_end);
  if (*name_end > length || *name_end - pos < 2 || *value >= length || text[*value] != ':')
    return FALSE;
  *value = skip_space (text, length, *value + 1);
  *value_end = skip_value (text, length, *value, NULL);
  if (*value >= length || *value_end > length || *value_end == *value)
    return FALSE;
  *next = skip_space (text, length, *value_end);
  if (*next < length && text[*next] == ',')
    *next = skip_space (text, length, *next + 1);
  return TRUE;
}

/* Whether the member whose name ends at @name_end is @name, as written. */
static gboolean
member_named (const char *text,
              gsize       pos,
              gsize       name_end,
              const char *name)
{
  return name_end - pos == strlen (name) + 2 && memcmp (text + pos + 1, name, name_end - pos - 2) == 0;
}

/* The value of the element's member @name (written without escapes):
 * its first and last byte + 1, or FALSE when the element is not an
 * object or has no such member. */
static gboolean
find_member (const PtceStoreCut  *cut,
             const PtceStoreSpan *span,
             const char          *name,
             gsize               *start,
             gsize               *end)
{
  const char *text = cut->text;
  gsize length = span->end;
  gsize pos = span->start;

  if (pos >= length || text[pos] != '{')
    return FALSE;
  pos = skip_space (text, length, pos + 1);
  while (pos < length && text[pos] == '"')
    {
      gsize name_end, next;

      if (!next_member (text, length, pos, &name_end, start, end, &next))
        return FALSE;
      if (member_named (text, pos, name_end, name))
        return TRUE;
      pos = next;
    }
  return FALSE;
}

gboolean
ptce_store_cut_member_is (const PtceStoreCut  *cut,
                          const PtceStoreSpan *span,
                          const char          *name,
                          const char          *value)
{
  const char *text = cut->text;
  g_autofree char *decoded = NULL;
  gsize start, end;

  if (value == NULL || !find_member (cut, span, name, &start, &end) || text[start] != '"')
    return FALSE;
  if (memchr (text + start, '\\', end - start) == NULL)
    return end - start == strlen (value) + 2 &&
           memcmp (text + start + 1, value, strlen (value)) == 0;
  /* written with escapes */
  decoded = decode_string (text + start, end - start);
  return decoded != NULL && strcmp (decoded, value) == 0;
}

char *
ptce_store_cut_member_string (const PtceStoreCut  *cut,
                              const PtceStoreSpan *span,
                              const char          *name)
{
  const char *text = cut->text;
  gsize start, end;

  if (!find_member (cut, span, name, &start, &end) || text[start] != '"' || end - start < 2)
    return NULL;
  if (memchr (text + start, '\\', end - start) == NULL)
    return g_strndup (text + start + 1, end - start - 2);
  return decode_string (text + start, end - start);
}

gboolean
ptce_store_cut_members (const char          *text,
                        gsize                length,
                        const char * const  *names,
                        guint                n_names,
                        PtceStoreSpan       *values)
{
  gsize pos = skip_space (text, length, 0);

  memset (values, 0, n_names * sizeof *values);
  if (pos >= length || text[pos] != '{')
    return FALSE;
  pos = skip_space (text, length, pos + 1);
  while (pos < length && text[pos] == '"')
    {
      gsize name_end, value, value_end, next;

      if (!next_member (text, length, pos, &name_end, &value, &value_end, &next))
        return FALSE;
      for (guint i = 0; i < n_names; i++)
        if (member_named (text, pos, name_end, names[i]))
          {
            /* twice: which one counts is the tree's to say */
            if (values[i].end != 0)
              return FALSE;
            values[i].start = value;
            values[i].end = value_end;
          }
      pos = next;
    }
  return pos < length && text[pos] == '}';
}

gboolean
ptce_store_cut_elements (const char          *text,
                         gsize                length,
                         const PtceStoreSpan *array,
                         GArray              *elements)
{
  if (array->end > length || array->start >= array->end || text[array->start] != '[')
    return FALSE;
  return cut_array (text, array->end, array->start, elements);
}
