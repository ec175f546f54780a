/*
 * file-cache.c — a per-process cache of values made from files (see
 * file-cache.h).  A file is taken as unchanged while its size and its
 * modification and status-change times (to the nanosecond) are: reading
 * and comparing its bytes for every model would cost as much as a fifth
 * of parsing it again.  Values replaced because their file changed are kept
 * until the cache is cleared, since other threads may still borrow them.
 */
#include <string.h>
#include <sys/stat.h>

#include "model/file-cache.h"

typedef struct {
  char *stamp;      /* size and change times of the file when VALUE was made */
  gpointer value;
  gboolean loading; /* a thread is making the value */
} Entry;

struct DgFileCache {
  GMutex lock;
  GCond loaded;
  GHashTable *entries; /* "dev:ino:limits" -> Entry* */
  GPtrArray *values;   /* every value ever kept, current and replaced */
};

static void
entry_free (gpointer data)
{
  Entry *e = data;
  g_free (e->stamp);
  g_free (e);
}

DgFileCache *
dg_file_cache_new (GDestroyNotify free_value)
{
  DgFileCache *cache = g_new0 (DgFileCache, 1);
  g_mutex_init (&cache->lock);
  g_cond_init (&cache->loaded);
  cache->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entry_free);
  cache->values = g_ptr_array_new_with_free_func (free_value);
  return cache;
}

void
dg_file_cache_clear (DgFileCache *cache)
{
  g_mutex_lock (&cache->lock);
  g_hash_table_remove_all (cache->entries);
  g_ptr_array_set_size (cache->values, 0);
  g_mutex_unlock (&cache->lock);
}

void
dg_file_cache_free (DgFileCache *cache)
{
  if (cache == NULL)
    return;
  g_hash_table_unref (cache->entries);
  g_ptr_array_unref (cache->values);
  g_mutex_clear (&cache->lock);
  g_cond_clear (&cache->loaded);
  g_free (cache);
}

/* What changes when the file is written: its size and its modification
 * and status-change times to the nanosecond. */
static char *
stamp_of (const struct stat *st)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GINT64_FORMAT ".%09ld:%" G_GINT64_FORMAT
                          ".%09ld",
                          (guint64) st->st_size, (gint64) st->st_mtim.tv_sec, st->st_mtim.tv_nsec,
                          (gint64) st->st_ctim.tv_sec, st->st_ctim.tv_nsec);
}

gpointer
dg_file_cache_get (DgFileCache *cache, const char *path, gsize max_bytes, const char *limits_key,
                   gboolean wait, DgFileCacheLoad load, gpointer user, gboolean *owned)
{
  *owned = FALSE;
  struct stat st;
  if (stat (path, &st) != 0 || !S_ISREG (st.st_mode) || (guint64) st.st_size > max_bytes)
    return NULL;
  g_autofree char *stamp = stamp_of (&st);
  g_autofree char *key = g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ":%s",
                                          (guint64) st.st_dev, (guint64) st.st_ino, limits_key);
  g_mutex_lock (&cache->lock);
  Entry *e = g_hash_table_lookup (cache->entries, key);
  while (wait && e && e->loading)
    {
      g_cond_wait (&cache->loaded, &cache->lock);
      e = g_hash_table_lookup (cache->entries, key);
    }
  if (e && e->value && e->stamp && g_str_equal (e->stamp, stamp))
    {
      gpointer value = e->value;
      g_mutex_unlock (&cache->lock);
      return value;
    }
  if (e == NULL)
    {
      e = g_new0 (Entry, 1);
      g_hash_table_insert (cache->entries, g_strdup (key), e);
    }
  gboolean mark = wait && !e->loading;
  if (mark)
    e->loading = TRUE;
  g_mutex_unlock (&cache->lock);

  gboolean keep = TRUE;
  gpointer value = load (path, user, &keep);

  g_mutex_lock (&cache->lock);
  /* The table may have changed while loading: look the entry up again. */
  e = g_hash_table_lookup (cache->entries, key);
  if (mark)
    e->loading = FALSE;
  if (keep && value)
    {
      g_free (e->stamp);
      e->stamp = g_strdup (stamp);
      e->value = value;
      g_ptr_array_add (cache->values, value);
    }
  else
    *owned = TRUE;
  if (mark)
    g_cond_broadcast (&cache->loaded);
  g_mutex_unlock (&cache->lock);
  return value;
}
