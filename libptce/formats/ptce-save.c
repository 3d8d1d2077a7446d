/* ptce-save.c: atomic saves shared by the writers of formats/
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <sys/stat.h>

#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-save-private.h"

/* The file an atomic save replaces: the end of a chain of symbolic links,
 * or @path; NULL (error set) for what is not a regular file. */
static char *
save_target (const char  *path,
             GError     **error)
{
  g_autofree char *target = g_strdup (path);

  for (guint hops = 0; hops < 32; hops++)
    {
      struct stat st;
      g_autofree char *link = NULL;

      if (lstat (target, &st) != 0 || S_ISREG (st.st_mode))
        return g_steal_pointer (&target);
      if (!S_ISLNK (st.st_mode) || (link = g_file_read_link (target, NULL)) == NULL)
        break;
      if (g_path_is_absolute (link))
        {
          g_free (target);
          target = g_steal_pointer (&link);
        }
      else
        {
          g_autofree char *dir = g_path_get_dirname (target);

          g_free (target);
          target = g_build_filename (dir, link, NULL);
        }
    }
  {
    g_autofree char *display = g_filename_display_name (path);

    g_set_error (error, PTCE_ERROR, PTCE_ERROR_IO,
                 _("Cannot write “%s”: not a regular file (a save replaces the file, "
                   "which would destroy a device, a pipe or a directory)"),
                 display);
  }
  return NULL;
}

gboolean
ptce_save_bytes_atomically (const char  *path,
                            GBytes      *bytes,
                            GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *target = NULL;
  gconstpointer data;
  gsize length;

  ptce_i18n_init ();
  target = save_target (path, error);
  if (target == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  if (!g_file_set_contents_full (target, data, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PTCE_ERROR, PTCE_ERROR_IO, _("Cannot write “%s”: %s"),
                   display, local->message);
      return FALSE;
    }
  return TRUE;
}
