/* ptce-store-cut-private.h: a ptce/1 text cut into its elements
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An import keeps each actor, pole and observation as the text of its
 * element in the file, whitespace outside strings removed: the file was
 * read by the reader already, so it is valid JSON, and cutting it is one
 * pass over its bytes (no tree, no writing back).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gsize    start;
  gsize    end;
  gboolean spaced;   /* whitespace outside its strings, to remove */
} PtceStoreSpan;

typedef struct {
  const char *text;
  gsize       length;
  char       *root;          /* the root object without its three arrays */
  GArray     *actors;        /* PtceStoreSpan of each element, in order */
  GArray     *poles;
  GArray     *observations;
} PtceStoreCut;

/* FALSE (and @cut cleared) when @text is not cut here: one of the three
 * arrays twice or not an array, no object at the root. @text must
 * outlive @cut. */
gboolean  ptce_store_cut_init        (PtceStoreCut *cut,
                                      const char   *text,
                                      gsize         length);
void      ptce_store_cut_clear       (PtceStoreCut *cut);
/* The compact text of one element. */
char     *ptce_store_cut_compact     (const PtceStoreCut *cut,
                                      const PtceStoreSpan *span);
/* Whether the element is an object whose member @name is the string
 * @value. */
gboolean  ptce_store_cut_member_is   (const PtceStoreCut  *cut,
                                      const PtceStoreSpan *span,
                                      const char          *name,
                                      const char          *value);
/* The string value of the element's member @name, or NULL when it is not
 * an object with such a member, or the member is not a string. */
char     *ptce_store_cut_member_string (const PtceStoreCut  *cut,
                                        const PtceStoreSpan *span,
                                        const char          *name);


/* The spans of the values of the members of the object @text (one
 * element's compact text) named @names[i] as written, without escapes:
 * @values[i], {0, 0} when it has no such member. FALSE when @text is not
 * an object the scan reads, or names one of them twice. */
gboolean  ptce_store_cut_members     (const char          *text,
                                      gsize                length,
                                      const char * const  *names,
                                      guint                n_names,
                                      PtceStoreSpan       *values);
/* Appends to @elements the spans of the elements of the array @array of
 * @text; FALSE when it is not an array the scan reads. */
gboolean  ptce_store_cut_elements    (const char          *text,
                                      gsize                length,
                                      const PtceStoreSpan *array,
                                      GArray              *elements);

G_END_DECLS
