/* ptce-json-rules-private.h: the reader's content rules, stated once
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include "ptce-date.h"
#include "ptce-enums.h"

G_BEGIN_DECLS

/* The rules of ptce/1 that bear on content rather than syntax, shared by
 * the builder (ptce-json-builder.c, which applies them to a tree) and the
 * writer (ptce-json-writer.c, which applies them to the model before it
 * writes, so that it never writes what the reader refuses: docs/format.md,
 * "What the writer produces").
 *
 * Each rule returns TRUE when the value passes; otherwise FALSE with
 * @error set to the reader's domain, code and message, without the JSON
 * path: the caller prefixes it with ptce_json_error_at(). */

gboolean ptce_json_rule_utf8_string      (const char          *value,
                                          GError             **error);
gboolean ptce_json_rule_utf8_member_name (const char          *name,
                                          GError             **error);
gboolean ptce_json_rule_finite           (double               value,
                                          GError             **error);
/* @depth: the nesting level of an array or object (the root is 1). */
gboolean ptce_json_rule_depth            (guint                depth,
                                          guint                max_depth,
                                          GError             **error);
gboolean ptce_json_rule_period           (const PtceDate      *start,
                                          const PtceDate      *end,
                                          const char          *start_name,
                                          const char          *end_name,
                                          GError             **error);
/* The text the writer gives @date must be one the reader takes back. */
gboolean ptce_json_rule_date_writable    (const PtceDate      *date,
                                          GError             **error);
gboolean ptce_json_rule_legal_person_kind (PtceActorKind       kind,
                                           GError            **error);

typedef enum
{
  PTCE_JSON_LISTED_ACTOR,
  PTCE_JSON_LISTED_PROJECT,
} PtceJsonListed;

/* @ids[@i] does not come earlier in @ids. */
gboolean ptce_json_rule_listed_once      (const char * const  *ids,
                                          guint                i,
                                          PtceJsonListed       what,
                                          GError             **error);

/* The members of each object of ptce/1 that the reader knows, NULL-ended;
 * the others are unknown members (docs/format.md), kept and written back.
 * The _1_1 lists are those of a "ptce/1.1" document. */
extern const char * const ptce_json_site_members[];
extern const char * const ptce_json_actor_members[];
extern const char * const ptce_json_actor_members_1_1[];
extern const char * const ptce_json_composition_members[];
extern const char * const ptce_json_stage_members[];
extern const char * const ptce_json_territory_members[];
extern const char * const ptce_json_strategy_members[];
extern const char * const ptce_json_membership_members[];
extern const char * const ptce_json_cooperation_members[];
extern const char * const ptce_json_project_members[];
extern const char * const ptce_json_funding_members[];
extern const char * const ptce_json_funding_members_1_1[];
extern const char * const ptce_json_pole_members[];
extern const char * const ptce_json_pole_members_1_1[];
extern const char * const ptce_json_legal_person_members[];
extern const char * const ptce_json_observation_members[];
extern const char * const ptce_json_dataset_members[];

/* Quotes a string from the input for a message, cut short at 40 bytes
 * (hostile input may be huge). */
char    *ptce_json_shown                 (const char          *text);

/* JSON paths, as errors name them: "$.poles[2].founded", ["odd name"]. */
void     ptce_json_path_append_member    (GString             *path,
                                          const char          *name);
void     ptce_json_path_append_index     (GString             *path,
                                          guint                index);

/* Sets @error to @cause with @path in front ("$.poles[2]: …"); frees
 * @cause. */
void     ptce_json_error_at              (GError             **error,
                                          const char          *path,
                                          GError              *cause);

G_END_DECLS
