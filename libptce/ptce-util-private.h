/* ptce-util-private.h: small helpers shared by the model's setters
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <string.h>

#include <glib.h>
#include "ptce-date.h"

G_BEGIN_DECLS

/* Replaces *dest by a copy of src; returns TRUE when the value changed, so
 * setters notify only on a real change (GLib 2.74 has no g_set_str). */
static inline gboolean
ptce_set_str (char       **dest,
              const char  *src)
{
  char *copy;

  if (g_strcmp0 (*dest, src) == 0)
    return FALSE;
  copy = g_strdup (src);
  g_free (*dest);
  *dest = copy;
  return TRUE;
}

/* Codes repeat across a dataset (NAF and legal category codes, commune
 * codes, indicator ids and units): a short one is interned, stored once for
 * the process (ptce_code_intern()), a longer one copied. Whether a stored
 * string is interned follows from its length alone, so that it is released
 * without a flag: ptce_code_free(). The getters still return a string
 * that lives at least as long as the object. Short only, so that hostile
 * input cannot grow the process's interned strings by more than a few
 * bytes per value it carries. (ptce-util.c) */
#define PTCE_CODE_INTERN_MAX 16

const char *ptce_code_intern (const char *code);

static inline char *
ptce_code_dup (const char *src)
{
  if (src == NULL)
    return NULL;
  if (strnlen (src, PTCE_CODE_INTERN_MAX + 1) <= PTCE_CODE_INTERN_MAX)
    return (char *) ptce_code_intern (src);
  return g_strdup (src);
}

static inline void
ptce_code_free (char *code)
{
  if (code != NULL && strnlen (code, PTCE_CODE_INTERN_MAX + 1) > PTCE_CODE_INTERN_MAX)
    g_free (code);
}

/* ptce_set_str() for a code. */
static inline gboolean
ptce_set_code (char       **dest,
               const char  *src)
{
  char *copy;

  if (g_strcmp0 (*dest, src) == 0)
    return FALSE;
  copy = ptce_code_dup (src);
  ptce_code_free (*dest);
  *dest = copy;
  return TRUE;
}

/* The getter and setter of a string property of a model type, defined
 * once for every such property: PREFIX is the functions' prefix
 * (ptce_actor), TYPE the instance type, IS_TYPE its check, STORE
 * ptce_set_str or ptce_set_code. The setter notifies only on a real
 * change, through the file's properties[] array. */
#define PTCE_DEFINE_STRING_PROPERTY(PREFIX, TYPE, IS_TYPE, field, PROP, STORE) \
const char *                                                              \
PREFIX##_get_##field (TYPE *self)                                         \
{                                                                         \
  g_return_val_if_fail (IS_TYPE (self), NULL);                            \
  return self->field;                                                     \
}                                                                         \
void                                                                      \
PREFIX##_set_##field (TYPE       *self,                                   \
                      const char *value)                                  \
{                                                                         \
  g_return_if_fail (IS_TYPE (self));                                      \
  if (STORE (&self->field, value))                                        \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);         \
}

/* Same for a NULL-terminated string vector; NULL and empty are equal. */
static inline gboolean
ptce_set_strv (char               ***dest,
               const char * const   *src)
{
  static const char * const empty[] = { NULL };
  const char * const *old = *dest ? (const char * const *) *dest : empty;
  const char * const *new = src ? src : empty;

  if (g_strv_equal (old, new))
    return FALSE;
  g_strfreev (*dest);
  *dest = g_strdupv ((char **) new);
  return TRUE;
}

/* Same for a reference-counted date; equal dates do not count as change. */
static inline gboolean
ptce_set_date (PtceDate **dest,
               PtceDate  *src)
{
  if (*dest == src)
    return FALSE;
  if (*dest != NULL && src != NULL && ptce_date_equal (*dest, src))
    return FALSE;
  if (src != NULL)
    ptce_date_ref (src);
  if (*dest != NULL)
    ptce_date_unref (*dest);
  *dest = src;
  return TRUE;
}

/* The rule for the ids of actors, poles, cooperations and projects, the
 * same as the ptce/1 reader's: given and not empty. An object made by
 * g_object_new() without its "id" has none; the dataset and the pole refuse
 * it when it is added, with %PTCE_ERROR_INVALID_FORMAT. */
static inline gboolean
ptce_id_is_valid (const char *id)
{
  return id != NULL && *id != '\0';
}

/* An empty vector for getters that must never return NULL. */
static inline const char * const *
ptce_strv_or_empty (char **strv)
{
  static const char * const empty[] = { NULL };

  return strv ? (const char * const *) strv : empty;
}

G_END_DECLS
