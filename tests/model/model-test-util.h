/* model-test-util.h: what the model tests share — dates from text, a
 * recorder of items-changed, a counter of notify, error messages
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <libptce/libptce.h>

G_BEGIN_DECLS

/* A date from ISO 8601 text, which must be valid. */
PtceDate *date_new             (const char   *text);

/* The same, kept alive until model_test_run() returns: for a test that only
 * hands it to a setter. */
PtceDate *date                 (const char   *text);

/* g_test_run(), then frees the dates date() made. */
int       model_test_run       (void);

/* The error message names @id. */
void      assert_message_names (const GError *error,
                                const char   *id);

/* One emission of GListModel::items-changed. Connect on_items_changed()
 * with a GArray of Change as data; assert_change() checks the @index-th
 * emission. */
typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

void      on_items_changed     (GListModel   *model,
                                guint         position,
                                guint         removed,
                                guint         added,
                                GArray       *changes);
void      assert_change        (GArray       *changes,
                                guint         index,
                                guint         position,
                                guint         removed,
                                guint         added);

/* Counts notify emissions per property name: connect on_notify() to
 * "notify" with a GHashTable (g_str_hash, g_str_equal) as data, read with
 * notify_count(). */
void      on_notify            (GObject      *object,
                                GParamSpec   *pspec,
                                GHashTable   *counts);
guint     notify_count         (GHashTable   *counts,
                                const char   *name);

G_END_DECLS
