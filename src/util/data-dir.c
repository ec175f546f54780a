/*
 * data-dir.c — dutygraph's own data found (see data-dir.h).
 */
#include <string.h>

#include <glib/gstdio.h>

#include "util/data-dir.h"

char *
dg_data_dir (void)
{
  const char *env = g_getenv ("DUTYGRAPH_DATADIR");
  if (env && *env)
    return g_strdup (env);
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  if (exe)
    {
      /* BUILD/src/dutygraph, or BUILD/tests/test-NAME: the copies are in
       * BUILD/model/taxonomy (model/taxonomy/meson.build). */
      g_autofree char *dir = g_path_get_dirname (exe);
      char *in_build = g_build_filename (dir, "..", "model", "taxonomy", NULL);
      gboolean found = g_file_test (in_build, G_FILE_TEST_IS_DIR);
      g_free (in_build);
      if (found)
        return g_build_filename (dir, "..", "model", NULL);
    }
  return g_strdup (DG_DATADIR);
}

static gboolean
plain_name (const char *name)
{
  if (name[0] == '\0' || name[0] == '.')
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

char *
dg_builtin_taxonomy_path (const char *name)
{
  if (!plain_name (name))
    return NULL;
  g_autofree char *dir = dg_data_dir ();
  g_autofree char *file = g_strconcat (name, ".yaml", NULL);
  return g_build_filename (dir, "taxonomy", file, NULL);
}

/* The device and inode of PATH, as a key; FALSE when it cannot be read. */
static gboolean
file_identity (const char *path, guint64 *dev, guint64 *ino)
{
  GStatBuf st;
  if (g_stat (path, &st) != 0)
    return FALSE;
  *dev = (guint64) st.st_dev;
  *ino = (guint64) st.st_ino;
  return TRUE;
}

char *
dg_builtin_taxonomy_name (const char *path)
{
  guint64 dev, ino;
  if (path == NULL || !file_identity (path, &dev, &ino))
    return NULL;
  g_autofree char *base = g_path_get_basename (path);
  if (!g_str_has_suffix (base, ".yaml"))
    return NULL;
  base[strlen (base) - strlen (".yaml")] = '\0';
  g_autofree char *bundled = dg_builtin_taxonomy_path (base);
  guint64 bdev, bino;
  if (bundled == NULL || !file_identity (bundled, &bdev, &bino) || bdev != dev || bino != ino)
    return NULL;
  return g_strconcat (DG_BUILTIN_PREFIX, base, NULL);
}
