/* ptce-finding-private.h: how the rules build their findings
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-finding.h"

G_BEGIN_DECLS

/* The strings are borrowed for the finding's life: the rule table's own
 * (static), which live as long as the process. @title is the untranslated
 * title (N_()), translated when read. */
PtceFinding *ptce_finding_new_internal (const char        *rule_id,
                                        PtceFindingLevel   level,
                                        PtceFindingStatus  status,
                                        const char        *title,
                                        const char        *legal_text,
                                        const char        *legal_article,
                                        const char        *legal_paragraph,
                                        const char        *legal_quote,
                                        const char        *legal_version);
/* Takes the message and the remedy (may be NULL). */
void         ptce_finding_take_message (PtceFinding       *self,
                                        char              *message);
void         ptce_finding_take_remedy  (PtceFinding       *self,
                                        char              *remedy);
/* Adds an object (or those of @objects) the finding is about; an object
 * added twice is listed once, at its first place. */
void         ptce_finding_add_object   (PtceFinding       *self,
                                        gpointer           object);
void         ptce_finding_add_objects  (PtceFinding       *self,
                                        GPtrArray         *objects);
void         ptce_finding_set_measure  (PtceFinding       *self,
                                        double             value,
                                        double             threshold,
                                        guint              count,
                                        guint              total);

G_END_DECLS
