/* ptce-json-extras-private.h: the members libptce does not know
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "ptce-pole.h"

G_BEGIN_DECLS

/* The model knows nothing of JSON (DESIGN §2). The members of a ptce/1
 * object that libptce does not know are kept, in document order, in a
 * #JsonObject attached as qdata to the GObject built from that object
 * (dataset, actor, site, pole, territory, strategy, membership,
 * cooperation, project, funding, observation). Stage entries are not
 * GObjects: theirs are attached to the pole, keyed by the entry's "since"
 * date. The writer writes them back after the known members. See
 * docs/format.md, "Unknown members". */

/* Attaches @extras (a new reference is taken); NULL or an empty object
 * removes what was attached. */
void        ptce_json_extras_set       (GObject    *object,
                                        JsonObject *extras);
/* Borrowed; NULL when nothing is attached. */
JsonObject *ptce_json_extras_get       (GObject    *object);

void        ptce_json_stage_extras_set (PtcePole   *pole,
                                        PtceDate   *since,
                                        JsonObject *extras);
JsonObject *ptce_json_stage_extras_get (PtcePole   *pole,
                                        PtceDate   *since);

G_END_DECLS
