/* ptce-area-figures.h
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib-object.h>
#include "ptce-version-macros.h"
#include "ptce-observatory-enums.h"

G_BEGIN_DECLS

#define PTCE_TYPE_AREA_FIGURES (ptce_area_figures_get_type ())

PTCE_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PtceAreaFigures, ptce_area_figures, PTCE, AREA_FIGURES, GObject)

PTCE_AVAILABLE_IN_ALL
PtceAreaLevel  ptce_area_figures_get_level              (PtceAreaFigures *self);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_area_figures_get_code               (PtceAreaFigures *self);
PTCE_AVAILABLE_IN_ALL
const char    *ptce_area_figures_get_name               (PtceAreaFigures *self);
PTCE_AVAILABLE_IN_ALL
guint64        ptce_area_figures_get_population         (PtceAreaFigures *self);
PTCE_AVAILABLE_IN_ALL
guint          ptce_area_figures_get_n_communes         (PtceAreaFigures *self);
PTCE_AVAILABLE_IN_ALL
guint          ptce_area_figures_get_n_communes_covered (PtceAreaFigures *self);
PTCE_AVAILABLE_IN_ALL
guint64        ptce_area_figures_get_population_covered (PtceAreaFigures *self);
PTCE_AVAILABLE_IN_ALL
double         ptce_area_figures_get_population_share   (PtceAreaFigures *self);
PTCE_AVAILABLE_IN_ALL
guint          ptce_area_figures_get_n_poles            (PtceAreaFigures *self);
PTCE_AVAILABLE_IN_ALL
guint          ptce_area_figures_get_n_members          (PtceAreaFigures *self);
PTCE_AVAILABLE_IN_ALL
gboolean       ptce_area_figures_is_covered             (PtceAreaFigures *self);

G_END_DECLS
