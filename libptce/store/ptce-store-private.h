/* ptce-store-private.h: what the files of PtceStore share
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * PtceStore is one type in four files, one a part of its work:
 * ptce-store.c (the object, opening, the submissions, the queries and the
 * actor matches), ptce-store-import.c (a file recorded as a submission),
 * ptce-store-read.c (a dataset, a pole or an actor read back) and
 * ptce-store-history.c (a pole's versions and their differences, and the
 * disagreements between submissions). The rows are the backend's
 * (ptce-store-backend-private.h). */
#pragma once

#include <json-glib/json-glib.h>

#include "ptce-store.h"
#include "ptce-store-backend-private.h"

G_BEGIN_DECLS

struct _PtceStore
{
  GObject           parent_instance;

  char             *path;
  PtceStoreBackend *backend;
  gboolean          read_only;
  /* held by every call that uses the backend: a store may be used from
   * several threads (the asynchronous calls run in others), one call at a
   * time; recursive, as some calls make others */
  GRecMutex         lock;
};

#define BACKEND(self) ((self)->backend->vtable)

/* The arguments of a read, whichever it needs. */
typedef struct {
  const char *id;
  PtceDate   *as_of;
  PtceDate   *as_known;
  gint64      from;
  gint64      to;
  GPtrArray  *out;
} ReadArgs;

typedef gpointer (*ReadFunc) (PtceStore *self, const ReadArgs *args, GError **error);

/* ptce-store.c: what every part uses to run a call and report damage */
gboolean     ptce_store_ensure_open    (PtceStore       *self,
                                        GError         **error);
gpointer     ptce_store_in_read        (PtceStore       *self,
                                        ReadFunc         read,
                                        const ReadArgs  *args,
                                        GError         **error);
gboolean     ptce_store_damaged        (PtceStore       *self,
                                        const char      *detail,
                                        GError         **error);
gint64       ptce_store_known_day      (PtceDate        *as_known);
GPtrArray   *ptce_store_latest_rows    (GPtrArray       *rows);
GListModel  *ptce_store_list_model_from (GPtrArray      *array,
                                        GType            type);

/* ptce-store-import.c: the identifiers actors are matched by, strongest
 * first */
extern const char * const ptce_store_identifier_kinds[3];

/* ptce-store-read.c: a stored fragment parsed and its members read (the
 * history reads them too); rows made one dataset, as a read makes it */
const char  *ptce_store_member_string  (JsonObject      *object,
                                        const char      *name);
JsonArray   *ptce_store_member_array   (JsonObject      *object,
                                        const char      *name);
PtceDate    *ptce_store_object_date    (JsonObject      *object,
                                        const char      *name);
JsonNode    *ptce_store_parse_fragment (PtceStore       *self,
                                        const char      *json,
                                        GError         **error);
PtceDataset *ptce_store_materialise    (PtceStore       *self,
                                        GPtrArray       *poles,
                                        GPtrArray       *actors,
                                        gint64           root_submission,
                                        PtceDate        *as_of,
                                        gboolean         whole,
                                        gboolean         by_key,
                                        gboolean         poles_as_of,
                                        GError         **error);

G_END_DECLS
