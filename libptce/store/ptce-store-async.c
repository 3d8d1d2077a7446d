/* ptce-store-async.c: the store's long calls, run in a thread for a main loop
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An import of a large file, a read of a whole dataset, the list of its
 * disagreements or a check of the file takes seconds: an application with
 * a window cannot wait for it on its main loop. Each of these runs the
 * synchronous call in a GTask's thread and hands its result back on the
 * caller's main context; the store's lock (ptce-store-private.h) keeps one
 * call at a time on it, whichever thread makes it. A server backend will
 * make every call wait for the network: the same functions serve it. */
#include "config.h"

#include "ptce-store.h"

typedef struct {
  char     *path;
  char     *pole_id;
  char     *source;
  char     *submitter;
  PtceDate *received;
  PtceDate *as_of;
  PtceDate *as_known;
} CallArgs;

static void
call_args_free (gpointer data)
{
  CallArgs *a = data;

  g_free (a->path);
  g_free (a->pole_id);
  g_free (a->source);
  g_free (a->submitter);
  g_clear_pointer (&a->received, ptce_date_unref);
  g_clear_pointer (&a->as_of, ptce_date_unref);
  g_clear_pointer (&a->as_known, ptce_date_unref);
  g_free (a);
}

static PtceDate *
date_ref_or_null (PtceDate *date)
{
  return date != NULL ? ptce_date_ref (date) : NULL;
}

/* A task on @self that runs @func in a thread with @args. */
static void
run_in_thread (PtceStore           *self,
               CallArgs            *args,
               gpointer             source_tag,
               gboolean             check_cancellable,
               GTaskThreadFunc      func,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, args, call_args_free);
  g_task_set_check_cancellable (task, check_cancellable);
  g_task_run_in_thread (task, func);
}

static gpointer
finish (PtceStore    *self,
        GAsyncResult *result,
        gpointer      source_tag,
        GError      **error)
{
  g_return_val_if_fail (PTCE_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, source_tag), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The object a call gives, or its error, as the task's result. */
static void
return_object (GTask   *task,
               gpointer object,
               GError  *error)
{
  if (object == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, object, g_object_unref);
}

static void
import_file_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  CallArgs *a = task_data;
  GError *error = NULL;
  PtceSubmission *s;

  /* cancelled before it began: nothing recorded; once begun, an import
   * is one transaction and ends as it ends */
  if (g_task_return_error_if_cancelled (task))
    return;
  s = ptce_store_import_file (source_object, a->path, a->source, a->submitter, a->received, &error);
  return_object (task, s, error);
}

/**
 * ptce_store_import_file_async:
 * @self: a #PtceStore
 * @path: (type filename): a ptce/1 file
 * @source: (nullable): where it comes from
 * @submitter: (nullable): who sent it
 * @received: (nullable): the day it was received; today when %NULL
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the import is done
 * @user_data: (closure): data for @callback
 *
 * Imports @path as ptce_store_import_file() does, in a thread, and calls
 * @callback on the thread-default main context of the caller; get the
 * submission there with ptce_store_import_file_finish().
 *
 * Cancelling @cancellable before the import begins records nothing and
 * gives %G_IO_ERROR_CANCELLED; an import that has begun is one
 * transaction, and its result (the submission, or why it failed) is
 * given whatever happens to @cancellable.
 *
 * Since: 1.0
 */
void
ptce_store_import_file_async (PtceStore           *self,
                              const char          *path,
                              const char          *source,
                              const char          *submitter,
                              PtceDate            *received,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  CallArgs *a;

  g_return_if_fail (PTCE_IS_STORE (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  a = g_new0 (CallArgs, 1);
  a->path = g_strdup (path);
  a->source = g_strdup (source);
  a->submitter = g_strdup (submitter);
  a->received = date_ref_or_null (received);
  run_in_thread (self, a, ptce_store_import_file_async, FALSE, import_file_thread,
                 cancellable, callback, user_data);
}

/**
 * ptce_store_import_file_finish:
 * @self: a #PtceStore
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Ends ptce_store_import_file_async().
 *
 * Returns: (transfer full): the submission, as ptce_store_import_file()
 *   returns it, or %NULL with @error set
 *
 * Since: 1.0
 */
PtceSubmission *
ptce_store_import_file_finish (PtceStore     *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return finish (self, result, ptce_store_import_file_async, error);
}

/* One pole when the arguments name one, else the whole dataset. */
static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CallArgs *a = task_data;
  GError *error = NULL;
  PtceDataset *dataset;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (a->pole_id != NULL)
    dataset = ptce_store_load_pole (source_object, a->pole_id, a->as_of, a->as_known, &error);
  else
    dataset = ptce_store_load_dataset (source_object, a->as_of, a->as_known, &error);
  return_object (task, dataset, error);
}

/**
 * ptce_store_load_dataset_async:
 * @self: a #PtceStore
 * @as_of: (nullable): the validity date; %NULL for everything the versions
 *   say, whatever its dates
 * @as_known: (nullable): count only the submissions received on or before
 *   this date; %NULL for all
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the dataset is read
 * @user_data: (closure): data for @callback
 *
 * Reads the dataset as ptce_store_load_dataset() does, in a thread, and
 * calls @callback on the thread-default main context of the caller; get
 * the dataset there with ptce_store_load_dataset_finish(). When
 * @cancellable is cancelled, the finish gives %G_IO_ERROR_CANCELLED.
 *
 * Since: 1.0
 */
void
ptce_store_load_dataset_async (PtceStore           *self,
                               PtceDate            *as_of,
                               PtceDate            *as_known,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  CallArgs *a;

  g_return_if_fail (PTCE_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  a = g_new0 (CallArgs, 1);
  a->as_of = date_ref_or_null (as_of);
  a->as_known = date_ref_or_null (as_known);
  run_in_thread (self, a, ptce_store_load_dataset_async, TRUE, load_thread,
                 cancellable, callback, user_data);
}

/**
 * ptce_store_load_dataset_finish:
 * @self: a #PtceStore
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Ends ptce_store_load_dataset_async().
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 *
 * Since: 1.0
 */
PtceDataset *
ptce_store_load_dataset_finish (PtceStore     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish (self, result, ptce_store_load_dataset_async, error);
}

/**
 * ptce_store_load_pole_async:
 * @self: a #PtceStore
 * @pole_id: the id of a pole
 * @as_of: (nullable): the validity date; %NULL for everything its version says
 * @as_known: (nullable): count only the submissions received on or before
 *   this date; %NULL for all
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the pole is read
 * @user_data: (closure): data for @callback
 *
 * Reads one pole as ptce_store_load_pole() does, in a thread, and calls
 * @callback on the thread-default main context of the caller; get the
 * dataset there with ptce_store_load_pole_finish(). When @cancellable is
 * cancelled, the finish gives %G_IO_ERROR_CANCELLED.
 *
 * Since: 1.0
 */
void
ptce_store_load_pole_async (PtceStore           *self,
                            const char          *pole_id,
                            PtceDate            *as_of,
                            PtceDate            *as_known,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  CallArgs *a;

  g_return_if_fail (PTCE_IS_STORE (self));
  g_return_if_fail (pole_id != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  a = g_new0 (CallArgs, 1);
  a->pole_id = g_strdup (pole_id);
  a->as_of = date_ref_or_null (as_of);
  a->as_known = date_ref_or_null (as_known);
  run_in_thread (self, a, ptce_store_load_pole_async, TRUE, load_thread,
                 cancellable, callback, user_data);
}

/**
 * ptce_store_load_pole_finish:
 * @self: a #PtceStore
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Ends ptce_store_load_pole_async().
 *
 * Returns: (transfer full): a dataset holding the pole and the actors it
 *   refers to, or %NULL with @error set
 *
 * Since: 1.0
 */
PtceDataset *
ptce_store_load_pole_finish (PtceStore     *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return finish (self, result, ptce_store_load_pole_async, error);
}

static void
disagreements_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  CallArgs *a = task_data;
  GError *error = NULL;
  GListModel *list;

  if (g_task_return_error_if_cancelled (task))
    return;
  list = ptce_store_list_disagreements (source_object, a->as_known, &error);
  return_object (task, list, error);
}

/**
 * ptce_store_list_disagreements_async:
 * @self: a #PtceStore
 * @as_known: (nullable): count only the submissions received on or before
 *   this date; %NULL for all
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the list is made
 * @user_data: (closure): data for @callback
 *
 * Lists the disagreements as ptce_store_list_disagreements() does (it
 * reads every version of the store), in a thread, and calls @callback on
 * the thread-default main context of the caller; get the list there with
 * ptce_store_list_disagreements_finish(). When @cancellable is cancelled,
 * the finish gives %G_IO_ERROR_CANCELLED.
 *
 * Since: 1.0
 */
void
ptce_store_list_disagreements_async (PtceStore           *self,
                                     PtceDate            *as_known,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  CallArgs *a;

  g_return_if_fail (PTCE_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  a = g_new0 (CallArgs, 1);
  a->as_known = date_ref_or_null (as_known);
  run_in_thread (self, a, ptce_store_list_disagreements_async, TRUE, disagreements_thread,
                 cancellable, callback, user_data);
}

/**
 * ptce_store_list_disagreements_finish:
 * @self: a #PtceStore
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Ends ptce_store_list_disagreements_async().
 *
 * Returns: (transfer full): a #GListModel of #PtceStoreDisagreement, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
GListModel *
ptce_store_list_disagreements_finish (PtceStore     *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return finish (self, result, ptce_store_list_disagreements_async, error);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (ptce_store_check (source_object, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ptce_store_check_async:
 * @self: a #PtceStore
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the check is done
 * @user_data: (closure): data for @callback
 *
 * Checks the whole file as ptce_store_check() does (it reads every page),
 * in a thread, and calls @callback on the thread-default main context of
 * the caller; get the answer there with ptce_store_check_finish(). When
 * @cancellable is cancelled, the finish gives %G_IO_ERROR_CANCELLED.
 *
 * Since: 1.0
 */
void
ptce_store_check_async (PtceStore           *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (PTCE_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  run_in_thread (self, g_new0 (CallArgs, 1), ptce_store_check_async, TRUE, check_thread,
                 cancellable, callback, user_data);
}

/**
 * ptce_store_check_finish:
 * @self: a #PtceStore
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Ends ptce_store_check_async().
 *
 * Returns: %TRUE when the store is sound, or %FALSE with @error set
 *   (%PTCE_STORE_ERROR_CORRUPT saying what is wrong)
 *
 * Since: 1.0
 */
gboolean
ptce_store_check_finish (PtceStore     *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (PTCE_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, ptce_store_check_async), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
