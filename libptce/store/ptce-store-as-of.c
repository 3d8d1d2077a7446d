/* ptce-store-as-of.c: a stored element as of a validity date
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-store-as-of-private.h"
#include "ptce-store-cut-private.h"

static PtceDate *
date_or_null (const char *text)
{
  return text ? ptce_date_new_from_iso8601 (text, NULL) : NULL;
}

gboolean
ptce_store_period_holds (const char *start,
                         const char *end,
                         PtceDate   *when)
{
  g_autoptr(PtceDate) first = date_or_null (start);
  g_autoptr(PtceDate) last = date_or_null (end);

  return ptce_period_contains (first, last, when);
}

gboolean
ptce_store_begun_by (const char *date,
                     PtceDate   *when)
{
  g_autoptr(PtceDate) begun = date_or_null (date);

  return begun == NULL || ptce_date_get_first_julian (begun) <= ptce_date_get_first_julian (when);
}

/* The string a member's value span holds (the text has no escapes), NULL
 * when it is absent or not a string, as the tree's cut reads it. */
static char *
span_string (const char          *text,
             const PtceStoreSpan *value)
{
  if (value->end == 0 || value->end - value->start < 2 || text[value->start] != '"')
    return NULL;
  return g_strndup (text + value->start + 1, value->end - value->start - 2);
}

/* The pole's dated arrays: which of their elements stay as of a date. */
typedef enum { HOLDS_THEN, BEGUN_BY_THEN } Rule;

static const struct
{
  const char *array;
  Rule        rule;
  const char *date;   /* BEGUN_BY_THEN: the member that dates it */
} dated[] = {
  { "memberships", HOLDS_THEN, NULL },
  { "cooperations", HOLDS_THEN, NULL },
  { "projects", HOLDS_THEN, NULL },
  { "stages", BEGUN_BY_THEN, "since" },
  { "fundings", BEGUN_BY_THEN, "date" },
};

/* Whether @element of @text stays as of @when; FALSE in *@read when the
 * scan cannot read it. An element that is no object stays, as it does in
 * the tree's cut. */
static gboolean
element_stays (const char          *text,
               const PtceStoreSpan *element,
               guint                kind,
               PtceDate            *when,
               gboolean            *read)
{
  const char *period[] = { "start", "end" };
  const char *begun[] = { dated[kind].date };
  gboolean holds = dated[kind].rule == HOLDS_THEN;
  PtceStoreSpan values[2];
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (text[element->start] != '{')
    return TRUE;
  if (!ptce_store_cut_members (text + element->start, element->end - element->start,
                               holds ? period : begun, holds ? 2 : 1, values))
    {
      *read = FALSE;
      return TRUE;
    }
  first = span_string (text + element->start, &values[0]);
  if (!holds)
    return ptce_store_begun_by (first, when);
  last = span_string (text + element->start, &values[1]);
  return ptce_store_period_holds (first, last, when);
}

gboolean
ptce_store_pole_text_as_of (const char  *json,
                            PtceDate    *when,
                            gboolean    *exists,
                            char       **out)
{
  enum { FOUNDED, DISSOLVED, N_DATES };
  const char *names[N_DATES + G_N_ELEMENTS (dated)] = { "founded", "dissolved" };
  PtceStoreSpan values[N_DATES + G_N_ELEMENTS (dated)];
  gsize length = strlen (json);
  g_autoptr(PtceDate) founded = NULL;
  g_autoptr(PtceDate) dissolved = NULL;
  g_autofree char *founded_text = NULL;
  g_autofree char *dissolved_text = NULL;
  g_autoptr(GString) cut = NULL;
  gsize copied = 0;

  *exists = FALSE;
  *out = NULL;
  /* names and dates as written: a text with escapes is the tree's */
  if (memchr (json, '\\', length) != NULL)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (dated); k++)
    names[N_DATES + k] = dated[k].array;
  if (!ptce_store_cut_members (json, length, names, G_N_ELEMENTS (names), values))
    return FALSE;

  founded_text = span_string (json, &values[FOUNDED]);
  dissolved_text = span_string (json, &values[DISSOLVED]);
  founded = date_or_null (founded_text);
  dissolved = date_or_null (dissolved_text);
  if ((founded && ptce_date_get_first_julian (founded) > ptce_date_get_first_julian (when)) ||
      (dissolved && ptce_date_get_last_julian (dissolved) < ptce_date_get_first_julian (when)))
    return TRUE;
  *exists = TRUE;

  /* the arrays in the order of the text, each written again when it
   * loses an element */
  for (gsize at = 0;;)
    {
      g_autoptr(GArray) elements = g_array_new (FALSE, FALSE, sizeof (PtceStoreSpan));
      const PtceStoreSpan *array = NULL;
      gboolean read = TRUE;
      guint kind = 0, kept = 0;
      gsize mark;

      for (guint k = 0; k < G_N_ELEMENTS (dated); k++)
        {
          const PtceStoreSpan *v = &values[N_DATES + k];

          if (v->end != 0 && v->start >= at && json[v->start] == '[' &&
              (array == NULL || v->start < array->start))
            {
              array = v;
              kind = k;
            }
        }
      if (array == NULL)
        break;
      at = array->end;
      if (!ptce_store_cut_elements (json, length, array, elements))
        return FALSE;
      if (cut == NULL)
        cut = g_string_sized_new (length);
      mark = cut->len;
      g_string_append_len (cut, json + copied, array->start - copied);
      g_string_append_c (cut, '[');
      for (guint i = 0; i < elements->len; i++)
        {
          const PtceStoreSpan *element = &g_array_index (elements, PtceStoreSpan, i);

          if (!element_stays (json, element, kind, when, &read))
            continue;
          if (kept++ > 0)
            g_string_append_c (cut, ',');
          g_string_append_len (cut, json + element->start, element->end - element->start);
        }
      if (!read)
        return FALSE;
      if (kept == elements->len)
        {
          /* nothing cut: the array stays as written, copied with the rest */
          g_string_truncate (cut, mark);
          continue;
        }
      g_string_append_c (cut, ']');
      copied = array->end;
    }
  if (cut == NULL || copied == 0)
    return TRUE;
  g_string_append_len (cut, json + copied, length - copied);
  *out = g_string_free (g_steal_pointer (&cut), FALSE);
  return TRUE;
}

gboolean
ptce_store_observation_text_as_of (const char *json,
                                   PtceDate   *when,
                                   gboolean   *exists)
{
  const char *names[] = { "start" };
  PtceStoreSpan value;
  gsize length = strlen (json);
  g_autofree char *start = NULL;

  *exists = FALSE;
  if (memchr (json, '\\', length) != NULL ||
      !ptce_store_cut_members (json, length, names, 1, &value))
    return FALSE;
  start = span_string (json, &value);
  *exists = ptce_store_begun_by (start, when);
  return TRUE;
}
