/*
 * test-util.h — scratch directories for unit tests, removed when the test
 * program exits so runs leave nothing behind in the temporary directory.
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>

static GPtrArray *test_util_dirs;

static void
test_util_remove_dirs (void)
{
  for (guint i = 0; test_util_dirs && i < test_util_dirs->len; i++)
    {
      const char *dir = g_ptr_array_index (test_util_dirs, i);
      g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;
      while (d && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_chmod (path, 0700);
          g_remove (path);
        }
      g_rmdir (dir);
    }
  g_clear_pointer (&test_util_dirs, g_ptr_array_unref);
}

/* A new empty directory; the caller frees the string. */
static inline char *
test_util_tmpdir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("dg-test-XXXXXX", &error);
  g_assert_no_error (error);
  if (test_util_dirs == NULL)
    {
      test_util_dirs = g_ptr_array_new_with_free_func (g_free);
      atexit (test_util_remove_dirs);
    }
  g_ptr_array_add (test_util_dirs, g_strdup (dir));
  return dir;
}
