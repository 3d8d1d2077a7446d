/* ptce-json-extras.c: the members libptce does not know
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-json-extras-private.h"

/* G_DEFINE_QUARK() defines functions with external linkage; declared static
 * first, they stay private to this file (and -Wmissing-prototypes quiet). */
static GQuark extras_quark (void);
static GQuark stage_extras_quark (void);

G_DEFINE_QUARK (ptce-json-extras, extras)
G_DEFINE_QUARK (ptce-json-stage-extras, stage_extras)

void
ptce_json_extras_set (GObject    *object,
                      JsonObject *extras)
{
  g_return_if_fail (G_IS_OBJECT (object));

  if (extras == NULL || json_object_get_size (extras) == 0)
    g_object_set_qdata (object, extras_quark (), NULL);
  else
    g_object_set_qdata_full (object, extras_quark (), json_object_ref (extras),
                             (GDestroyNotify) json_object_unref);
}

JsonObject *
ptce_json_extras_get (GObject *object)
{
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  return g_object_get_qdata (object, extras_quark ());
}

void
ptce_json_stage_extras_set (PtcePole   *pole,
                            PtceDate   *since,
                            JsonObject *extras)
{
  GHashTable *table;
  char *key;

  g_return_if_fail (PTCE_IS_POLE (pole));
  g_return_if_fail (since != NULL);

  table = g_object_get_qdata (G_OBJECT (pole), stage_extras_quark ());
  key = ptce_date_to_iso8601 (since);

  if (extras == NULL || json_object_get_size (extras) == 0)
    {
      if (table != NULL)
        g_hash_table_remove (table, key);
      g_free (key);
      return;
    }

  if (table == NULL)
    {
      table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) json_object_unref);
      g_object_set_qdata_full (G_OBJECT (pole), stage_extras_quark (), table,
                               (GDestroyNotify) g_hash_table_unref);
    }
  g_hash_table_replace (table, key, json_object_ref (extras));
}

JsonObject *
ptce_json_stage_extras_get (PtcePole *pole,
                            PtceDate *since)
{
  GHashTable *table;
  g_autofree char *key = NULL;

  g_return_val_if_fail (PTCE_IS_POLE (pole), NULL);
  g_return_val_if_fail (since != NULL, NULL);

  table = g_object_get_qdata (G_OBJECT (pole), stage_extras_quark ());
  if (table == NULL)
    return NULL;
  key = ptce_date_to_iso8601 (since);
  return g_hash_table_lookup (table, key);
}
