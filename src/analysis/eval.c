/*
 * eval.c — sets of items and triples from two models, and their overlap.
 */
#include <stdlib.h>
#include <string.h>

#include "analysis/eval.h"

void
dg_eval_free (DgEval *e)
{
  if (e == NULL)
    return;
  g_ptr_array_unref (e->missed_triples);
  g_ptr_array_unref (e->extra_triples);
  g_ptr_array_unref (e->missed_items);
  g_ptr_array_unref (e->unmatched_bodies);
  g_free (e);
}

double
dg_eval_precision (const DgEvalCount *c)
{
  return c->predicted ? (double) c->matched / c->predicted : (c->gold ? 0.0 : 1.0);
}

double
dg_eval_recall (const DgEvalCount *c)
{
  return c->gold ? (double) c->matched / c->gold : 1.0;
}

double
dg_eval_f1 (const DgEvalCount *c)
{
  double p = dg_eval_precision (c), r = dg_eval_recall (c);
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

/* Clauses compared without white space and with half-width brackets. */
static char *
clause_key (const char *clause)
{
  GString *out = g_string_new (NULL);
  for (const char *p = clause; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0x3000)
        continue;
      if (c == 0xFF08)
        c = '(';
      else if (c == 0xFF09)
        c = ')';
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
same_name (const DgBody *a, const DgBody *b)
{
  if (g_str_equal (a->name, b->name))
    return TRUE;
  for (guint i = 0; i < a->aliases->len; i++)
    if (g_str_equal (g_ptr_array_index (a->aliases, i), b->name))
      return TRUE;
  for (guint i = 0; i < b->aliases->len; i++)
    if (g_str_equal (g_ptr_array_index (b->aliases, i), a->name))
      return TRUE;
  return FALSE;
}

/* Predicted body index -> gold body index, or -1.  Exact names first, so
 * an alias never steals a body another predicted body names exactly. */
static GArray *
match_bodies (const DgModel *gold, const DgModel *pred)
{
  GArray *map = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_set_size (map, pred->bodies->len);
  g_autofree gboolean *taken = g_new0 (gboolean, gold->bodies->len + 1);
  for (guint p = 0; p < pred->bodies->len; p++)
    g_array_index (map, int, p) = -1;
  for (int pass = 0; pass < 2; pass++)
    for (guint p = 0; p < pred->bodies->len; p++)
      {
        if (g_array_index (map, int, p) >= 0)
          continue;
        const DgBody *pb = dg_model_body (pred, (int) p);
        for (guint g = 0; g < gold->bodies->len; g++)
          {
            const DgBody *gb = dg_model_body (gold, (int) g);
            if (taken[g])
              continue;
            if (pass == 0 ? g_str_equal (pb->name, gb->name) : same_name (pb, gb))
              {
                g_array_index (map, int, p) = (int) g;
                taken[g] = TRUE;
                break;
              }
          }
      }
  return map;
}

static char *
holder (const DgModel *m, const DgDuty *d, guint i, const GArray *map)
{
  if (d->kinds)
    return g_strdup ("class");
  int b = g_array_index (d->bodies, int, i);
  if (map == NULL)
    return g_strdup (dg_model_body (m, b)->id);
  int g = g_array_index (map, int, b);
  return g >= 0 ? g_strdup_printf ("%d", g) : g_strconcat ("?", dg_model_body (m, b)->name, NULL);
}

/* Keys in a deterministic order: the sets are hash tables only for lookup. */
typedef struct {
  GHashTable *set;
  GPtrArray *order;
} KeySet;

static void
keyset_init (KeySet *k)
{
  k->set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  k->order = g_ptr_array_new ();
}

static void
keyset_clear (KeySet *k)
{
  g_ptr_array_unref (k->order);
  g_hash_table_unref (k->set);
}

static void
keyset_add (KeySet *k, char *key)
{
  if (g_hash_table_contains (k->set, key))
    {
      g_free (key);
      return;
    }
  g_hash_table_add (k->set, key);
  g_ptr_array_add (k->order, key);
}

static void
collect (const DgModel *m, const GArray *map, const DgModel *gold, KeySet *items, KeySet *clauses,
         KeySet *triples)
{
  for (guint i = 0; i < m->duties->len; i++)
    {
      const DgDuty *d = dg_model_duty (m, (int) i);
      g_autofree char *clause = clause_key (d->clause);
      keyset_add (clauses, g_strdup (clause));
      guint holders = d->kinds ? 1 : d->bodies->len;
      for (guint h = 0; h < holders; h++)
        {
          g_autofree char *who = holder (m, d, h, map);
          keyset_add (items, g_strdup_printf ("%s\t%s", who, clause));
          for (guint a = 0; a < d->areas->len; a++)
            {
              const char *area = dg_model_area (m, g_array_index (d->areas, int, a))->id;
              keyset_add (triples, g_strdup_printf ("%s\t%s\t%s", who, area, dg_role_name (d->role)));
            }
        }
    }
  (void) gold;
}

/* Holder keys back to readable names for the lists of differences. */
static char *
readable (const DgModel *gold, const char *key)
{
  const char *tab = strchr (key, '\t');
  g_autofree char *who = g_strndup (key, (gsize) (tab - key));
  const char *name = who;
  if (g_ascii_isdigit (who[0]))
    name = dg_model_body (gold, atoi (who))->name;
  else if (who[0] == '?')
    name = who + 1;
  g_autofree char *rest = g_strdup (tab + 1);
  g_strdelimit (rest, "\t", ' ');
  return g_strdup_printf ("%s %s", name, rest);
}

static void
compare (const DgModel *gold, KeySet *g, KeySet *p, DgEvalCount *count, GPtrArray *missed,
         GPtrArray *extra)
{
  count->gold = g->order->len;
  count->predicted = p->order->len;
  count->matched = 0;
  for (guint i = 0; i < g->order->len; i++)
    {
      const char *k = g_ptr_array_index (g->order, i);
      if (g_hash_table_contains (p->set, k))
        count->matched++;
      else if (missed)
        g_ptr_array_add (missed, readable (gold, k));
    }
  for (guint i = 0; extra && i < p->order->len; i++)
    {
      const char *k = g_ptr_array_index (p->order, i);
      if (!g_hash_table_contains (g->set, k))
        g_ptr_array_add (extra, readable (gold, k));
    }
}

DgEval *
dg_eval_compute (const DgModel *gold, const DgModel *pred)
{
  DgEval *e = g_new0 (DgEval, 1);
  e->missed_triples = g_ptr_array_new_with_free_func (g_free);
  e->extra_triples = g_ptr_array_new_with_free_func (g_free);
  e->missed_items = g_ptr_array_new_with_free_func (g_free);
  e->unmatched_bodies = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) map = match_bodies (gold, pred);
  g_autoptr (GArray) identity = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < gold->bodies->len; i++)
    g_array_append_val (identity, i);

  e->bodies.gold = gold->bodies->len;
  e->bodies.predicted = pred->bodies->len;
  for (guint g = 0; g < gold->bodies->len; g++)
    {
      gboolean found = FALSE;
      for (guint p = 0; p < pred->bodies->len && !found; p++)
        if (g_array_index (map, int, p) == (int) g)
          {
            found = TRUE;
            e->bodies.matched++;
            if (g_str_equal (dg_model_body (pred, (int) p)->name, dg_model_body (gold, (int) g)->name))
              e->body_names_exact++;
          }
      if (!found)
        g_ptr_array_add (e->unmatched_bodies, g_strdup (dg_model_body (gold, (int) g)->name));
    }

  KeySet gi, gc, gt, pi, pc, pt;
  keyset_init (&gi), keyset_init (&gc), keyset_init (&gt);
  keyset_init (&pi), keyset_init (&pc), keyset_init (&pt);
  collect (gold, identity, gold, &gi, &gc, &gt);
  collect (pred, map, gold, &pi, &pc, &pt);
  compare (gold, &gi, &pi, &e->items, e->missed_items, NULL);
  compare (gold, &gc, &pc, &e->clauses, NULL, NULL);
  compare (gold, &gt, &pt, &e->triples, e->missed_triples, e->extra_triples);
  keyset_clear (&gi), keyset_clear (&gc), keyset_clear (&gt);
  keyset_clear (&pi), keyset_clear (&pc), keyset_clear (&pt);
  return e;
}
