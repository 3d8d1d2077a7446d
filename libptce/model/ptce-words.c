/* ptce-words.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-words.h"
#include "ptce-words-private.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"

/**
 * SECTION:ptce-words
 * @Title: Enum words
 * @Short_description: enums and flags to and from the words of ptce/1
 *
 * The ptce/1 format writes an enum value as a word, its GEnum nick
 * (`"mutualisation"`, `"founding-member"`), and a set of flags as an array
 * of words. These four functions give the same words to programs, in every
 * language: GJS cannot read a nick from an enum value, and in Python the
 * `value_nicks` of a flags value also lists `none`.
 *
 * They take the #GType of any enum or flags type of libptce:
 *
 * |[<!-- language="Python" -->
 * Ptce.enum_to_string(Ptce.CooperationMode.__gtype__, coop.props.mode)   # 'mutualisation'
 * ok, mode = Ptce.enum_from_string(Ptce.CooperationMode.__gtype__, 'partenariat')
 * Ptce.flags_to_strv(Ptce.MembershipRole.__gtype__, m.props.roles)      # ['founding-member']
 * ]|
 *
 * |[<!-- language="JavaScript" -->
 * Ptce.enum_to_string(Ptce.CooperationMode.$gtype, coop.mode);           // 'mutualisation'
 * const [, roles] = Ptce.flags_from_strv(Ptce.MembershipRole.$gtype, ['member', 'tenant']);
 * ]|
 */

/**
 * ptce_enum_to_string:
 * @enum_type: the #GType of an enum type
 * @value: a value of @enum_type
 *
 * Gets the word that ptce/1 writes for @value: its nick.
 *
 * Returns: (transfer none) (nullable): the word, or %NULL when @value is
 *   not a value of @enum_type
 *
 * Since: 1.0
 */
const char *
ptce_enum_to_string (GType enum_type,
                     int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value (klass, value);
  return ev != NULL ? ev->value_nick : NULL;
}

char *
ptce_words_list_private (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GString *words = g_string_new (NULL);
  guint n;

  if (G_IS_ENUM_CLASS (klass))
    {
      GEnumClass *e = G_ENUM_CLASS (klass);

      n = e->n_values;
      for (guint i = 0; i < n; i++)
        g_string_append_printf (words, "%s“%s”", i ? ", " : "", e->values[i].value_nick);
    }
  else
    {
      GFlagsClass *f = G_FLAGS_CLASS (klass);
      gboolean first = TRUE;

      n = f->n_values;
      for (guint i = 0; i < n; i++)
        if (f->values[i].value != 0)
          {
            g_string_append_printf (words, "%s“%s”", first ? "" : ", ", f->values[i].value_nick);
            first = FALSE;
          }
    }
  return g_string_free (words, FALSE);
}

/**
 * ptce_enum_from_string:
 * @enum_type: the #GType of an enum type
 * @word: a word of ptce/1, such as "mutualisation"
 * @value: (out): return location for the value
 * @error: return location for a #GError
 *
 * Finds the value of @enum_type that ptce/1 writes as @word (its nick),
 * as the reader does.
 *
 * Returns: %TRUE with @value set; %FALSE with @error set to
 *   %PTCE_ERROR_INVALID_FORMAT, listing the words, when @word is none
 *
 * Since: 1.0
 */
gboolean
ptce_enum_from_string (GType        enum_type,
                       const char  *word,
                       int         *value,
                       GError     **error)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autofree char *words = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (word != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, word);
  if (ev != NULL)
    {
      if (value != NULL)
        *value = ev->value;
      return TRUE;
    }
  words = ptce_words_list_private (enum_type);
  g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
               _("“%s” is not a word of %s: the words are %s"),
               word, g_type_name (enum_type), words);
  return FALSE;
}

/**
 * ptce_flags_to_strv:
 * @flags_type: the #GType of a flags type
 * @value: a set of flags of @flags_type
 *
 * Gets the words that ptce/1 writes for @value, in the order of the
 * flags' values; no flag gives an empty array (not "none"). Bits that are
 * no flag of @flags_type are left out.
 *
 * Returns: (transfer full) (array zero-terminated=1): the words
 *
 * Since: 1.0
 */
char **
ptce_flags_to_strv (GType flags_type,
                    guint value)
{
  g_autoptr(GFlagsClass) klass = NULL;
  GPtrArray *words;

  g_return_val_if_fail (G_TYPE_IS_FLAGS (flags_type), NULL);

  klass = g_type_class_ref (flags_type);
  words = g_ptr_array_new ();
  for (guint i = 0; i < klass->n_values; i++)
    {
      const GFlagsValue *fv = &klass->values[i];

      if (fv->value != 0 && (value & fv->value) == fv->value)
        g_ptr_array_add (words, g_strdup (fv->value_nick));
    }
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

/**
 * ptce_flags_from_strv:
 * @flags_type: the #GType of a flags type
 * @words: (array zero-terminated=1) (nullable): words of ptce/1, such as
 *   "founding-member"
 * @value: (out): return location for the set of flags
 * @error: return location for a #GError
 *
 * Finds the set of flags that ptce/1 writes as @words, as the reader does.
 * %NULL or an empty array is no flag.
 *
 * Returns: %TRUE with @value set; %FALSE with @error set to
 *   %PTCE_ERROR_INVALID_FORMAT, listing the words, when a word is none
 *
 * Since: 1.0
 */
gboolean
ptce_flags_from_strv (GType               flags_type,
                      const char * const *words,
                      guint              *value,
                      GError            **error)
{
  g_autoptr(GFlagsClass) klass = NULL;
  guint result = 0;

  g_return_val_if_fail (G_TYPE_IS_FLAGS (flags_type), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();

  klass = g_type_class_ref (flags_type);
  for (gsize i = 0; words != NULL && words[i] != NULL; i++)
    {
      GFlagsValue *fv = g_flags_get_value_by_nick (klass, words[i]);

      if (fv == NULL || fv->value == 0)
        {
          g_autofree char *known = ptce_words_list_private (flags_type);

          g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                       _("“%s” is not a word of %s: the words are %s"),
                       words[i], g_type_name (flags_type), known);
          return FALSE;
        }
      result |= fv->value;
    }
  if (value != NULL)
    *value = result;
  return TRUE;
}
