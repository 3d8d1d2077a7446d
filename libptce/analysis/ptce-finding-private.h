/* ptce-finding-private.h: how the rules build their findings
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-finding.h"

G_BEGIN_DECLS

/* What a rule found, as a plain record: the rules fill one per finding,
 * the diagnosis keeps them, and a PtceFinding object is made of each (in
 * order, all at once) only when the diagnosis is first asked for its
 * findings as objects. A diagnosis read for its verdicts and missing
 * actions (a territory's report, `ptce check` deciding its exit status,
 * the checker of every pole) never makes nor finalises ≈26 GObjects.
 *
 * The strings without "char *" are borrowed for the process's life: the
 * rule table's own (static). @title is untranslated (N_()), translated
 * when read. */
typedef struct _PtceFindingData PtceFindingData;

struct _PtceFindingData
{
  const char        *rule_id;
  PtceFindingLevel   level;
  PtceFindingStatus  status;
  const char        *title;
  char              *message;
  char              *remedy;
  const char        *legal_text;
  const char        *legal_article;
  const char        *legal_paragraph;
  const char        *legal_quote;
  const char        *legal_version;
  GPtrArray         *added;   /* every object added (references), in order,
                               * duplicates included; NULL before the first */
  gboolean           has_measure;
  double             value;
  double             threshold;
  guint              count;
  guint              total;
};

PtceFindingData       *ptce_finding_data_new          (const char        *rule_id,
                                                       PtceFindingLevel   level,
                                                       PtceFindingStatus  status,
                                                       const char        *title,
                                                       const char        *legal_text,
                                                       const char        *legal_article,
                                                       const char        *legal_paragraph,
                                                       const char        *legal_quote,
                                                       const char        *legal_version);
void                   ptce_finding_data_clear        (PtceFindingData   *data);
/* Clears and frees a record of ptce_finding_data_new() (a GDestroyNotify). */
void                   ptce_finding_data_free         (gpointer           data);
/* Takes the message and the remedy (may be NULL). */
void                   ptce_finding_data_take_message (PtceFindingData   *data,
                                                       char              *message);
void                   ptce_finding_data_take_remedy  (PtceFindingData   *data,
                                                       char              *remedy);
/* Adds an object (or those of @objects) the finding is about; an object
 * added twice is listed once, at its first place. */
void                   ptce_finding_data_add_object   (PtceFindingData   *data,
                                                       gpointer           object);
void                   ptce_finding_data_add_objects  (PtceFindingData   *data,
                                                       GPtrArray         *objects);
void                   ptce_finding_data_set_measure  (PtceFindingData   *data,
                                                       double             value,
                                                       double             threshold,
                                                       guint              count,
                                                       guint              total);

/* ptce_finding_blocks_eligibility() of a record. */
static inline gboolean
ptce_finding_data_blocks_eligibility (const PtceFindingData *data)
{
  return (data->level == PTCE_FINDING_LEVEL_DEFINITION ||
          data->level == PTCE_FINDING_LEVEL_ELIGIBILITY) &&
         (data->status == PTCE_FINDING_STATUS_NOT_MET ||
          data->status == PTCE_FINDING_STATUS_UNDETERMINED);
}

/* A finding made of @data, whose contents it takes; frees the record. */
PtceFinding           *ptce_finding_new_take_data     (PtceFindingData   *data);
/* The record a finding holds. */
const PtceFindingData *ptce_finding_peek_data         (PtceFinding       *self);

G_END_DECLS
