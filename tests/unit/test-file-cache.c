/* The per-process file cache: a file is loaded once however many ask, from
 * however many threads, and loaded again once it is rewritten. */
#include <glib/gstdio.h>

#include "model/file-cache.h"

static gint loads;

static gpointer
load_contents (const char *path, gpointer user, gboolean *keep)
{
  (void) user;
  g_atomic_int_inc (&loads);
  g_usleep (20000); /* long enough for the other threads to ask meanwhile */
  char *text = NULL;
  g_file_get_contents (path, &text, NULL, NULL);
  *keep = TRUE;
  return text;
}

typedef struct {
  DgFileCache *cache;
  const char *path;
  const char *seen;
} Ask;

static gpointer
ask (gpointer data)
{
  Ask *a = data;
  gboolean owned;
  a->seen = dg_file_cache_get (a->cache, a->path, 1 << 20, "k", TRUE, load_contents, NULL, &owned);
  g_assert_false (owned);
  return NULL;
}

static void
test_once_across_threads (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dg-cache-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "taxonomy.yaml", NULL);
  g_assert_true (g_file_set_contents (path, "areas: []\n", -1, NULL));
  DgFileCache *cache = dg_file_cache_new (g_free);
  loads = 0;
  Ask asks[4];
  GThread *threads[4];
  for (int i = 0; i < 4; i++)
    {
      asks[i] = (Ask){ cache, path, NULL };
      threads[i] = g_thread_new ("ask", ask, &asks[i]);
    }
  for (int i = 0; i < 4; i++)
    g_thread_join (threads[i]);
  g_assert_cmpint (loads, ==, 1);
  for (int i = 0; i < 4; i++)
    g_assert_true (asks[i].seen == asks[0].seen);
  g_assert_cmpstr (asks[0].seen, ==, "areas: []\n");

  /* Rewritten (another size): loaded again, the new bytes. */
  g_assert_true (g_file_set_contents (path, "areas: [x]\n", -1, NULL));
  ask (&asks[0]);
  g_assert_cmpint (loads, ==, 2);
  g_assert_cmpstr (asks[0].seen, ==, "areas: [x]\n");

  /* Too big, or missing: not loaded, NULL for the caller to report. */
  gboolean owned;
  g_assert_null (dg_file_cache_get (cache, path, 4, "k", TRUE, load_contents, NULL, &owned));
  g_assert_cmpint (loads, ==, 2);
  g_unlink (path);
  g_assert_null (dg_file_cache_get (cache, path, 1 << 20, "k", TRUE, load_contents, NULL, &owned));
  g_rmdir (dir);
  dg_file_cache_clear (cache);
  dg_file_cache_free (cache);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/file-cache/once-across-threads", test_once_across_threads);
  return g_test_run ();
}
