/* ptce-json-builder-private.h: ptce/1 tree → model
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-dataset.h"
#include "ptce-tree-private.h"

G_BEGIN_DECLS

/* Builds a fresh #PtceDataset from the ptce/1 document whose root is @root,
 * read through @vtable (see ptce-tree-private.h). Every check of the format
 * is made here, so that every parser gives the same model and the same
 * errors: %PTCE_ERROR_INVALID_FORMAT, %PTCE_ERROR_UNSUPPORTED_VERSION,
 * %PTCE_ERROR_DUPLICATE_ID, %PTCE_ERROR_DANGLING_REFERENCE,
 * %PTCE_ERROR_INVALID_DATE and %PTCE_ERROR_LIMIT_EXCEEDED, each message
 * starting with the JSON path of the culprit ("$.poles[2].founded: …").
 *
 * @max_depth bounds the nesting of arrays and objects, as ptce_json_scan()
 * does for bytes. @check_strings asks to check that every string is valid
 * UTF-8: trees that did not come through ptce_json_scan() (a #JsonNode
 * built by hand) need it.
 *
 * Returns NULL with @error set on the first problem; nothing is half
 * built. */
PtceDataset *ptce_json_build_dataset (const PtceTreeVTable  *vtable,
                                      PtceTreeNode           root,
                                      guint                  max_depth,
                                      gboolean               check_strings,
                                      GError               **error);

/* A #PtceDataset built from a ptce/1 document already cut into its parts
 * (the store's fragments), section by section, so that the caller can go
 * on reading the next section while the actors are built:
 *
 * - ptce_json_parts_new(): @root is the text of the root object without
 *   "actors", "poles" nor "observations"; NULL with @error when it is not
 *   a ptce/1 root.
 * - then the texts (char *, owned: the array is taken, the texts freed
 *   once built) of the elements of "actors", "poles" and "observations",
 *   in document order within each; the actors first, the observations
 *   before or after the poles.
 *   - The actors are built by a worker thread while the caller goes on
 *     (when there are enough of them and @n_threads > 1).
 *   - The poles are cut into chunks, which the caller (in finish()), the
 *     worker (once its actors are in) and helper threads on the other
 *     processors take in turns; their objects are added to the dataset in
 *     document order. When add_actors() is given @ids (the id each text
 *     says it has; the array is taken, its strings are the caller's and
 *     read until add_poles(), add_observations(), finish() or, for a
 *     build abandoned, free() returns),
 *     the worker first makes the actors from those ids, and the
 *     poles are built with them while the worker fills them (an actor
 *     text whose id is not among them fails). Otherwise the poles wait
 *     for the actors.
 *   - The actors may come in batches instead, as the caller reads them:
 *     declare_actors() with their ids first (taken, and read, as
 *     add_actors()'s @ids are), then add_actor_texts() for each batch in
 *     document order, then end_actors() (or finish()). The worker
 *     declares the actors and builds each batch as it comes; the poles
 *     can be built with them as soon as they are given. add_actors() is
 *     those three calls at once.
 *   - Or each batch with its ids, add_declared_actor_texts() (@ids taken
 *     and read as above, one per text): no id need be known before the
 *     first batch, the worker declares each batch's actors as it comes,
 *     and the poles can be built once end_actors() came and every batch
 *     is declared. add_poles() and add_observations() end the actors
 *     when end_actors() did not.
 *   - The observations are built and added to the dataset before
 *     add_observations() returns, on the calling thread; their subjects
 *     are checked at the end.
 * - ptce_json_parts_finish() waits, adds the observations, validates and
 *   returns the dataset, or NULL with the first error by document order:
 *   the error, and its path ($.poles[12].memberships[0]), that the spliced
 *   document would give (an element with two errors, one of them an id
 *   used twice or a subject unknown, may report the other one).
 *   ptce_json_parts_free() abandons a build.
 *
 * Each text is parsed alone by @parser (cached per thread when it can be),
 * with the scan and json-glib for a text it refuses, as the reader does. */
typedef struct _PtceJsonParts PtceJsonParts;

/* The poles may be given as elements that are not their texts yet
 * (add_pole_elements(); the store's packed ones): each text is made on the
 * thread that builds it, into a buffer that thread reuses, so that the
 * texts of a national file are never all in memory at once.
 * @text_length: the length of the text, to cut the poles into chunks;
 * @text: the text, NUL-terminated (the element's own or written in
 * @buffer), or NULL with @error: the build fails at the element;
 * @release (may be NULL): frees the element once its pole is built, on the
 * thread that gave it, so that what it held is that thread's to reuse
 * for the rest of the build (the element is then NULL in the array). The
 * elements array is taken as add_poles()'s texts are. */
typedef struct
{
  gsize        (*text_length) (gconstpointer element);
  const char  *(*text)        (gconstpointer element,
                               GByteArray   *buffer,
                               GError      **error);
  void         (*release)     (gpointer      element);
} PtceJsonPartsSource;

PtceJsonParts *ptce_json_parts_new              (const PtceTreeParser  *parser,
                                                 const char            *root,
                                                 guint                  max_depth,
                                                 guint                  n_threads,
                                                 GError               **error);
void           ptce_json_parts_add_actors       (PtceJsonParts         *parts,
                                                 GPtrArray             *texts,
                                                 GPtrArray             *ids);
void           ptce_json_parts_declare_actors   (PtceJsonParts         *parts,
                                                 GPtrArray             *ids);
void           ptce_json_parts_add_actor_texts  (PtceJsonParts         *parts,
                                                 GPtrArray             *texts);
void           ptce_json_parts_add_declared_actor_texts (PtceJsonParts *parts,
                                                         GPtrArray     *texts,
                                                         GPtrArray     *ids);
void           ptce_json_parts_end_actors       (PtceJsonParts         *parts);
void           ptce_json_parts_add_poles        (PtceJsonParts         *parts,
                                                 GPtrArray             *texts);
void           ptce_json_parts_add_pole_elements (PtceJsonParts            *parts,
                                                  GPtrArray                *elements,
                                                  const PtceJsonPartsSource *source);
void           ptce_json_parts_add_observations (PtceJsonParts         *parts,
                                                 GPtrArray             *texts);
PtceDataset   *ptce_json_parts_finish           (PtceJsonParts         *parts,
                                                 GError               **error);
void           ptce_json_parts_free             (PtceJsonParts         *parts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtceJsonParts, ptce_json_parts_free)

G_END_DECLS
