/* ptce-area-figures-private.h: the observatory fills the figures in
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "ptce-area-figures.h"

G_BEGIN_DECLS

struct _PtceAreaFigures
{
  GObject        parent_instance;

  PtceAreaLevel  level;
  char          *code;
  char          *name;
  guint64        population;
  guint          n_communes;
  guint          n_communes_covered;
  guint64        population_covered;
  guint          n_poles;
  guint          n_members;
};

PtceAreaFigures *ptce_area_figures_new_internal (PtceAreaLevel  level,
                                                 const char    *code,
                                                 const char    *name);

G_END_DECLS
