/* ptce-report-private.h: what the parts of a report share
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-report.h"
#include "ptce-report-chart-private.h"
#include "ptce-report-html-private.h"
#include "ptce-actor.h"
#include "ptce-pole.h"
#include "ptce-network.h"
#include "ptce-network-builder.h"

G_BEGIN_DECLS

/* The territory a territory report is about. */
typedef enum {
  PTCE_REPORT_AREA_ALL,
  PTCE_REPORT_AREA_REGION,
  PTCE_REPORT_AREA_DEPARTEMENT,
  PTCE_REPORT_AREA_EPCI,
} PtceReportArea;

typedef struct {
  GString           *out;
  PtceDataset       *dataset;
  PtceDate          *when;
  char              *when_text;
  char              *title;            /* the document's title, set by the body */
  PtceGeography     *geography;
  PtceChecker       *checker;
  PtceReportNumbers  numbers;
  guint              next_id;
  /* The sources cited, in the order of their first citation. */
  GPtrArray         *sources;
  GHashTable        *source_numbers;   /* source text → its number */
} PtceReportContext;

/* A new id for an element of the page: "@prefix-N". */
char       *ptce_report_new_id            (PtceReportContext *ctx,
                                           const char        *prefix);

/* The number of @source in the list of sources, adding it when new; 0 for
 * NULL or "". */
guint       ptce_report_cite              (PtceReportContext *ctx,
                                           const char        *source);
/* Appends " [n]" (a link to the source) when @source is given. */
void        ptce_report_append_citation   (PtceReportContext *ctx,
                                           const char        *source);

/* Words of the model, translated. */
const char *ptce_report_kind_label        (PtceActorKind        kind);
const char *ptce_report_family_label      (PtceEssFamily        family);
const char *ptce_report_stage_label       (PtceStage            stage);
const char *ptce_report_legal_form_label  (PtceLegalForm        form);
const char *ptce_report_mode_label        (PtceCooperationMode  mode);
const char *ptce_report_object_label      (PtceCooperationObject object);
const char *ptce_report_scale_label       (PtceTerritoryScale   scale);
const char *ptce_report_verdict_label     (PtceVerdict          verdict);
const char *ptce_report_status_label      (PtceFindingStatus    status);
const char *ptce_report_level_heading     (PtceFindingLevel     level);

/* "2014-03" or "" for NULL (new string). */
char       *ptce_report_date_text         (PtceDate            *date);
/* A pole's name, or its id when it has none. */
const char *ptce_report_pole_name         (PtcePole            *pole);
const char *ptce_report_actor_name        (PtceActor           *actor);

/* Opens a <table> with a caption and header cells; closes it. */
void        ptce_report_open_table        (PtceReportContext  *ctx,
                                           const char         *caption,
                                           const char * const *headers);
void        ptce_report_close_table       (PtceReportContext  *ctx);

/* Appends a figure: the chart (already drawn in @svg) with its text
 * alternative as caption. */
void        ptce_report_append_figure     (PtceReportContext  *ctx,
                                           const char         *svg,
                                           const char         *alt);

/* <hN>@text</hN>, with an id when @id is not NULL. */
void        ptce_report_heading           (PtceReportContext  *ctx,
                                           int                 level,
                                           const char         *id,
                                           const char         *text);
/* Table cells: a number, a text, a row header (a name). */
void        ptce_report_number_cell       (PtceReportContext  *ctx,
                                           double              value);
void        ptce_report_cell              (PtceReportContext  *ctx,
                                           const char         *text);
void        ptce_report_row_header        (PtceReportContext  *ctx,
                                           const char         *text);

/* The whole diagnosis section of a pole, and its verdict line. */
void        ptce_report_append_verdicts   (PtceReportContext  *ctx,
                                           PtceDiagnosis      *diagnosis,
                                           gboolean            compact);

/* The body of each kind of report. */
gboolean    ptce_report_write_pole        (PtceReportContext  *ctx,
                                           PtcePole           *pole,
                                           GError            **error);
gboolean    ptce_report_write_territory   (PtceReportContext  *ctx,
                                           PtceReportArea      area,
                                           const char         *code,
                                           GError            **error);

/* @network (a PtceNetwork of actors) as an SVG picture laid out by
 * Graphviz, "" when it has no node, or NULL when libptce was built
 * without Graphviz (new string). */
char       *ptce_report_network_svg       (PtceReportContext  *ctx,
                                           PtceNetwork        *network);

G_END_DECLS
