/*
 * ids.c — the cgraph id discipline of every diagram: ids counted up in
 * creation order, so the order of clusters in the DOT, and so the layout,
 * never follows heap addresses.
 */
#include <glib.h>

#include "render/diagram/ids.h"

/* cgraph's default id discipline uses the address of an object's interned
 * name as its id, and keeps subgraphs ordered by id: the order of clusters
 * in the DOT, and so the layout, would follow heap addresses and change
 * with the environment.  These ids count up in creation order instead. */
typedef struct {
  Agraph_t *root;
  GHashTable *by_name; /* name -> GSIZE_TO_POINTER (id) */
  GPtrArray *names;    /* id / 2 - 1 -> name, in cgraph's string pool */
  IDTYPE anonymous;    /* next odd id for unnamed objects */
} SeqIds;

static void *
seq_open (Agraph_t *g, Agdisc_t *disc)
{
  (void) disc;
  SeqIds *ids = g_new0 (SeqIds, 1);
  ids->root = g;
  ids->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  /* cgraph reads flags stored in front of a name (is it an HTML string?),
   * so names must live in its string pool, which agclose() frees. */
  ids->names = g_ptr_array_new ();
  ids->anonymous = 1;
  return ids;
}

static long
seq_map (void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
  (void) objtype;
  SeqIds *ids = state;
  if (str == NULL)
    {
      *id = ids->anonymous;
      ids->anonymous += 2;
      return TRUE;
    }
  gpointer found = g_hash_table_lookup (ids->by_name, str);
  if (found)
    {
      *id = (IDTYPE) GPOINTER_TO_SIZE (found);
      return TRUE;
    }
  if (!createflag)
    return FALSE;
  char *name = agstrdup (ids->root, str);
  g_ptr_array_add (ids->names, name);
  *id = (IDTYPE) ids->names->len * 2;
  g_hash_table_insert (ids->by_name, name, GSIZE_TO_POINTER ((gsize) *id));
  return TRUE;
}

static long
seq_alloc (void *state, int objtype, IDTYPE id)
{
  (void) state;
  (void) objtype;
  (void) id;
  return FALSE; /* ids are only handed out by seq_map */
}

static void
seq_free (void *state, int objtype, IDTYPE id)
{
  (void) state;
  (void) objtype;
  (void) id; /* names live until the graph is closed */
}

static char *
seq_print (void *state, int objtype, IDTYPE id)
{
  (void) objtype;
  SeqIds *ids = state;
  if (id % 2 != 0 || id / 2 == 0 || id / 2 > ids->names->len)
    return NULL;
  return g_ptr_array_index (ids->names, id / 2 - 1);
}

static void
seq_close (void *state)
{
  SeqIds *ids = state;
  g_hash_table_unref (ids->by_name);
  g_ptr_array_unref (ids->names);
  g_free (ids);
}

static void
seq_register (void *state, int objtype, void *obj)
{
  (void) state;
  (void) objtype;
  (void) obj;
}

Agiddisc_t dg_diagram_ids = {
  seq_open, seq_map, seq_alloc, seq_free, seq_print, seq_close, seq_register,
};

