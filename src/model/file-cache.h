/*
 * file-cache.h — files that many models name, read once per process: a
 * shared taxonomy, the model of the level above (`upper`).  An entry is
 * keyed by the file's identity (device, inode) and the load limits, and is
 * used only while the file's size and change times are those it was read
 * with, so a file rewritten in place is read again.  Safe across threads.  Internal to src/model.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct DgFileCache DgFileCache;

/* Makes the value for the file PATH; sets *KEEP to FALSE when the value
 * must not be shared (e.g. it records problems that depend on who asked). */
typedef gpointer (*DgFileCacheLoad) (const char *path, gpointer user, gboolean *keep);

/* A cache whose values are freed with FREE when it is cleared. */
DgFileCache *dg_file_cache_new (GDestroyNotify free_value);

/* The value for PATH: a cached one when the file is unchanged,
 * else LOAD's.  Returns NULL without calling LOAD when PATH cannot be read
 * or is larger than MAX_BYTES (the caller reports that).  A kept value is
 * owned by the cache and stays valid until dg_file_cache_clear(); a value
 * not kept is the caller's (*OWNED set).  With WAIT, a thread asking for
 * an entry another thread is loading waits for it instead of loading it
 * again: only for loaders that never ask the same cache recursively. */
gpointer dg_file_cache_get (DgFileCache *cache, const char *path, gsize max_bytes,
                            const char *limits_key, gboolean wait, DgFileCacheLoad load,
                            gpointer user, gboolean *owned);

/* Frees every value. */
void dg_file_cache_clear (DgFileCache *cache);

/* Frees every value and the cache. */
void dg_file_cache_free (DgFileCache *cache);

G_END_DECLS
