/* ptce-reference-util.c: helpers shared by the reference layer
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-reference-private.h"

GBytes *
ptce_reference_read_file (const char  *path,
                          goffset      max_size,
                          GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *display = g_filename_display_name (path);
  GStatBuf st;
  char *contents;
  gsize length;

  ptce_i18n_init ();

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      /* GLib's own message would name the file a second time */
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_IO, _("Cannot read “%s”: %s"),
                   display, g_strerror (saved_errno));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_IO,
                   _("Cannot read “%s”: not a regular file"), display);
      return NULL;
    }
  if (st.st_size > max_size)
    {
      g_autofree char *size_text = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) st.st_size);
      g_autofree char *limit_text = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) max_size);

      g_set_error (error, PTCE_ERROR, PTCE_ERROR_LIMIT_EXCEEDED,
                   _("“%s” is %s bytes long, more than the %s bytes a reference data file may have"),
                   display, size_text, limit_text);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, &local))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_IO, _("Cannot read “%s”: %s"),
                   display, local->message);
      return NULL;
    }
  return g_bytes_new_take (contents, length);
}

char *
ptce_reference_quote (const char *text,
                      gsize       max)
{
  g_autofree char *valid = NULL;
  const char *end;
  glong n_chars;

  if (text == NULL)
    return g_strdup ("");

  /* Look at a bounded prefix only: 4 bytes per character at most. */
  valid = g_utf8_make_valid (text, MIN (strlen (text), max * 4 + 4));
  n_chars = g_utf8_strlen (valid, -1);
  if ((gsize) n_chars <= max && strlen (text) <= max * 4 + 4)
    return g_steal_pointer (&valid);

  end = g_utf8_offset_to_pointer (valid, MIN ((glong) max, n_chars));
  return g_strdup_printf ("%.*s…", (int) (end - valid), valid);
}

/* Ligatures and letters that canonical decomposition leaves whole. */
static const char *
fold_special (gunichar c)
{
  switch (c)
    {
    case 0x0153: /* œ */
    case 0x0152: /* Œ */
      return "oe";
    case 0x00E6: /* æ */
    case 0x00C6: /* Æ */
      return "ae";
    case 0x00DF: /* ß */
      return "ss";
    default:
      return NULL;
    }
}

char *
ptce_reference_normalize_name (const char *name)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) out = NULL;
  g_auto(GStrv) words = NULL;
  gboolean pending_space = FALSE;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return NULL;

  decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return NULL;

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *special;

      if (g_unichar_ismark (c))
        continue;
      special = fold_special (c);
      if (special == NULL && !g_unichar_isalnum (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        {
          g_string_append_c (out, ' ');
          pending_space = FALSE;
        }
      if (special != NULL)
        g_string_append (out, special);
      else
        g_string_append_unichar (out, g_unichar_tolower (c));
    }

  /* "Saint" and "St" name the same places: fold the long forms. */
  words = g_strsplit (out->str, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strcmp (words[i], "saint") == 0)
        g_free (g_steal_pointer (&words[i])), words[i] = g_strdup ("st");
      else if (strcmp (words[i], "sainte") == 0)
        g_free (g_steal_pointer (&words[i])), words[i] = g_strdup ("ste");
    }
  return g_strjoinv (" ", words);
}

gboolean
ptce_reference_luhn_valid (const char *digits,
                           gsize       len)
{
  guint sum = 0;

  for (gsize i = 0; i < len; i++)
    {
      /* From the right: the rightmost digit is kept, the next doubled… */
      guint d = (guint) (digits[len - 1 - i] - '0');

      if (i % 2 == 1)
        {
          d *= 2;
          if (d > 9)
            d -= 9;
        }
      sum += d;
    }
  return sum % 10 == 0;
}

char **
ptce_reference_csv_split (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = line;

  for (;;)
    {
      if (*p == '"')
        {
          /* A quoted field: "" is a quote, the field ends at a lone quote. */
          p++;
          for (;;)
            {
              if (*p == '\0')
                goto malformed;
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p++);
            }
          if (*p != ',' && *p != '\0')
            goto malformed;
        }
      else
        {
          while (*p != ',' && *p != '\0')
            {
              if (*p == '"')
                goto malformed;
              g_string_append_c (field, *p++);
            }
        }
      g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
      if (*p == '\0')
        break;
      p++;  /* the comma */
      field = g_string_new (NULL);
    }
  g_ptr_array_add (fields, NULL);
  return (char **) g_ptr_array_free (fields, FALSE);

malformed:
  g_string_free (field, TRUE);
  g_ptr_array_free (fields, TRUE);
  return NULL;
}
