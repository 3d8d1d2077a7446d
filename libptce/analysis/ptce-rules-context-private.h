/* ptce-rules-context-private.h: what the rules of ptce-rules-*.c share
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The context of one run: the pole, the date, the participants and the
 * settings the checker filled once (PtceRuleSettings). The rules read only
 * this context; they never call back into PtceChecker. */
#pragma once

#include "ptce-rules-private.h"
#include "ptce-finding-private.h"
#include "ptce-resolved-territory.h"
#include "ptce-actor-inference.h"
#include "ptce-legal-categories-private.h"
#include "ptce-work-private.h"

G_BEGIN_DECLS

/* Dates of entry into force: the day after publication in the Journal
 * officiel (article 1 of the Civil code).
 *   loi n° 2014-856 du 31 juillet 2014, JORF of 1 August 2014;
 *   décret n° 2015-431 du 15 avril 2015, JORF n° 0090 of 17 April 2015;
 *   loi n° 2019-486 du 22 mai 2019 (PACTE), JORF n° 0119 of 23 May 2019:
 *     article 2 with four objectives instead of three;
 *   loi n° 2020-1525 du 7 décembre 2020 (ASAP), JORF n° 296 of
 *     8 December 2020: article 9 II rewritten (selection by the funders). */
#define LAW_2014_IN_FORCE    2014, 8, 2
#define DECREE_IN_FORCE      2015, 4, 18
#define PACTE_IN_FORCE       2019, 5, 24
#define ASAP_IN_FORCE        2020, 12, 9
#define LAW_2014_VERSION     "2014-08-02"
#define DECREE_VERSION       "2015-04-18"
#define PACTE_VERSION        "2019-05-24"
#define ASAP_VERSION         "2020-12-09"

/* How many names a message lists before "and N more". */
#define MAX_NAMES 8

typedef enum {
  TRI_UNKNOWN,
  TRI_NO,
  TRI_YES,
} Tri;

typedef struct {
  PtceActor      *actor;
  PtceMembership *membership;
  PtceActorKind   kind;       /* as stated, or inferred */
  Tri             ess;        /* whether it belongs to the ESS (article 1) */
  char          **conflicts;  /* stated data against the legal category */
} Participant;

struct _PtceRuleContext
{
  const PtceRuleSettings *settings;  /* filled once by the checker */
  PtceDataset *dataset;
  PtcePole    *pole;
  PtceDate    *when;
  char        *when_iso;
  guint32      when_julian;
  GPtrArray   *memberships;    /* PtceMembership: the pole's, in order,
                                * borrowed (the pole holds them through the
                                * run), read once per run rather than
                                * through the pole's view by each rule */
  GPtrArray   *cooperations;   /* PtceCooperation: the pole's, likewise */
  GArray      *members;        /* Participant: members on the date, each once */
  GArray      *links;          /* Participant: « en lien avec », not members */
  guint        n_memberships;  /* memberships recorded, at any date */
  GHashTable  *participants;   /* PtceActor → IN_MEMBERS or IN_LINKS: the
                                * index of members and links, which rules
                                * look actors up in */
  GPtrArray   *findings;       /* PtceFindingData, in order: the diagnosis
                                * takes the array at the end */

  PtceGeography         *geography;   /* settings->geography */
  PtceLegalCategories   *categories;  /* settings->categories */
  PtceResolvedTerritory *resolved;  /* the pole's territory, or NULL */
};

/* Values of PtceRuleContext.participants */
#define IN_MEMBERS GUINT_TO_POINTER (1)
#define IN_LINKS   GUINT_TO_POINTER (2)

/* The number of items of a list a rule is about to walk, added to the
 * library's work counter (ptce-work-private.h): the growth test counts the
 * diagnosis of every pole at two sizes, so a walk repeated per item of a
 * list that grows with the data shows as work that grows faster. */
static inline guint
counted_n_items (GListModel *list)
{
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;

  ptce_work_scan (n);
  return n;
}

/* The same for the pole's lists the context holds. */
static inline guint
counted_len (GPtrArray *array)
{
  ptce_work_scan (array->len);
  return array->len;
}

typedef Tri (*ParticipantTest) (const Participant *p,
                                gpointer           data);

guint32 julian (int year,
                int month,
                int day);

gboolean pacte_in_force (PtceRuleContext *ctx);

Tri effective_ess (const PtceActorInferenceData *inference);

PtceFindingData *emit_at_level (PtceRuleContext    *ctx,
                            const PtceRuleInfo *info,
                            PtceFindingLevel    level,
                            PtceFindingStatus   status,
                            char               *message,
                            char               *remedy);

PtceFindingData *emit (PtceRuleContext    *ctx,
                   const PtceRuleInfo *info,
                   PtceFindingStatus   status,
                   char               *message,
                   char               *remedy);

const char *actor_label (PtceActor *actor);

char *join_names (GPtrArray *actors);

void add_objects (PtceFindingData *finding,
                  GPtrArray   *objects);

PtceFindingData *emit_about (PtceRuleContext    *ctx,
                         const PtceRuleInfo *info,
                         PtceFindingStatus   status,
                         char               *message,
                         char               *remedy,
                         GPtrArray          *objects);

PtceFindingData *emit_about_pole (PtceRuleContext    *ctx,
                              const PtceRuleInfo *info,
                              PtceFindingStatus   status,
                              char               *message,
                              char               *remedy);

gboolean territory_placeable (PtceRuleContext *ctx,
                              PtceTerritory   *territory);

Tri actor_located_in (PtceRuleContext *ctx,
                      PtceActor       *actor,
                      PtceTerritory   *territory);

int months_between (guint32 from,
                    guint32 to);

/* The date in the messages' words (ptce_date_to_words()), or NULL. */
char *iso_or_null (PtceDate *date);

guint partition (GArray          *array,
                 ParticipantTest  test,
                 gpointer         data,
                 GPtrArray       *yes,
                 GPtrArray       *unknown);

Tri test_ess_enterprise (const Participant *p,
                         gpointer           data);

Tri test_non_ess_enterprise_or_grouping (const Participant *p,
                                         gpointer           data);

Tri test_non_ess_enterprise (const Participant *p,
                             gpointer           data);

Tri test_grouping (const Participant *p,
                   gpointer           data);

Tri test_article9_other (const Participant *p,
                         gpointer           data);

Tri test_legal_person (const Participant *p,
                       gpointer           data);

char *remedy_record_members (GPtrArray *unknown);

char *remedy_record_memberships (void);

gboolean report_missing_memberships (PtceRuleContext    *ctx,
                                     const PtceRuleInfo *info,
                                     const char         *message);

PtceFindingData *emit_unknown_members (PtceRuleContext    *ctx,
                                   const PtceRuleInfo *info,
                                   char               *message,
                                   GPtrArray          *unknown);

char *territory_label (PtceTerritory *territory);

char *remedy_delimit_territory (void);

gboolean report_missing_territory (PtceRuleContext    *ctx,
                                   const PtceRuleInfo *info,
                                   PtceTerritory      *territory,
                                   const char         *message);

/* The rules, by the part of the law they read. */
void rule_v0 (PtceRuleContext    *ctx,
              const PtceRuleInfo *info);
void rule_v1 (PtceRuleContext    *ctx,
              const PtceRuleInfo *info);
void rule_v3 (PtceRuleContext    *ctx,
              const PtceRuleInfo *info);
void rule_v4 (PtceRuleContext    *ctx,
              const PtceRuleInfo *info);
void rule_v4_plural (PtceRuleContext    *ctx,
                     const PtceRuleInfo *info);
void rule_v6 (PtceRuleContext    *ctx,
              const PtceRuleInfo *info);
void rule_v8 (PtceRuleContext    *ctx,
              const PtceRuleInfo *info);
void rule_v11 (PtceRuleContext    *ctx,
               const PtceRuleInfo *info);
void rule_v12 (PtceRuleContext    *ctx,
               const PtceRuleInfo *info);
void rule_v13 (PtceRuleContext    *ctx,
               const PtceRuleInfo *info);
void rule_v14 (PtceRuleContext    *ctx,
               const PtceRuleInfo *info);
void rule_v15 (PtceRuleContext    *ctx,
               const PtceRuleInfo *info);
void rule_v2 (PtceRuleContext    *ctx,
              const PtceRuleInfo *info);
void rule_v6_eligibility (PtceRuleContext    *ctx,
                          const PtceRuleInfo *info);
void rule_v7 (PtceRuleContext    *ctx,
              const PtceRuleInfo *info);
void rule_v8_eligibility (PtceRuleContext    *ctx,
                          const PtceRuleInfo *info);
void rule_v9 (PtceRuleContext    *ctx,
              const PtceRuleInfo *info);
void rule_v10 (PtceRuleContext    *ctx,
               const PtceRuleInfo *info);
void rule_v16 (PtceRuleContext    *ctx,
               const PtceRuleInfo *info);
void rule_v17 (PtceRuleContext    *ctx,
               const PtceRuleInfo *info);
void rule_v18 (PtceRuleContext    *ctx,
               const PtceRuleInfo *info);
void rule_v5 (PtceRuleContext    *ctx,
              const PtceRuleInfo *info);
void rule_v5_category (PtceRuleContext    *ctx,
                       const PtceRuleInfo *info);
void rule_id (PtceRuleContext    *ctx,
              const PtceRuleInfo *info);

G_END_DECLS
