/* ptce-cli-observatory.h: what `ptce stats`, `ptce coverage` and `ptce
 * export` share
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-cli.h"

G_BEGIN_DECLS

typedef enum {
  FORMAT_TEXT,
  FORMAT_CSV,
  FORMAT_JSON,
} OutputFormat;

/* Each prints its error ("ptce: …") and returns FALSE/NULL on bad input. */
gboolean    ptce_cli_parse_format  (const char    *text,
                                    OutputFormat  *format);
gboolean    ptce_cli_parse_level   (const char    *text,
                                    PtceAreaLevel *level);
/* A full date, or a year or month standing for a period; today for NULL. */
PtceDate   *ptce_cli_parse_period  (const char    *text);
/* Every pole, or those of the ids given by repeated --pole options. */
GListModel *ptce_cli_select_poles_by_ids (PtceDataset *dataset,
                                          char       **ids);

void        ptce_cli_print_bytes   (GBytes        *bytes);
char       *ptce_cli_percent_text  (double         share);
void        ptce_cli_append_indicators_text (GString    *out,
                                             GListModel *indicators);
void        ptce_cli_append_area_text       (GString         *out,
                                             PtceAreaFigures *area);
void        ptce_cli_add_indicators_json    (JsonBuilder *builder,
                                             GListModel  *indicators);
void        ptce_cli_print_json             (JsonBuilder *builder);
/* The areas covered or seating a member. */
GListModel *ptce_cli_areas_with_poles       (GListModel  *areas);
void        ptce_cli_output_areas           (GListModel  *areas,
                                             OutputFormat format);

G_END_DECLS
