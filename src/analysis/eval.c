/*
 * eval.c — sets of items and triples from two models, and their overlap.
 */
#include <stdlib.h>
#include <string.h>

#include "analysis/eval.h"
#include "util/normalize.h"

void
dg_eval_free (DgEval *e)
{
  if (e == NULL)
    return;
  g_ptr_array_unref (e->missed_triples);
  g_ptr_array_unref (e->extra_triples);
  g_ptr_array_unref (e->missed_items);
  g_ptr_array_unref (e->unmatched_bodies);
  g_ptr_array_unref (e->holders);
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

/* The place a model's document is issued for, with its level
 * (东湖镇人民政府 → 东湖镇), folded; NULL when it names none. */
static char *
place_of (const DgModel *m)
{
  static const char *const levels[] = { "街道", "镇", "乡", "县", "区", "旗", NULL };
  const char *from = m->issuers && m->issuers->len ? g_ptr_array_index (m->issuers, 0) : m->title;
  if (!from)
    return NULL;
  g_autofree char *folded = dg_normalize_name (from);
  for (const char *p = g_utf8_next_char (folded); *p; p = g_utf8_next_char (p))
    for (const char *const *l = levels; *l; l++)
      if (g_str_has_prefix (p, *l))
        return g_strndup (folded, (gsize) (p - folded) + strlen (*l));
  return NULL;
}

/* A name as compared: folded (width, script, white space), without the
 * document's place (东湖镇应急办 → 应急办) or a bare level word in front
 * (镇应急办 → 应急办), so that 張山子鎮教委, 镇教委 and 教委 are one. */
static char *
name_key (const char *name, const char *place)
{
  static const char *const levels[] = { "街道", "镇", "乡", "县", "区", "旗", NULL };
  char *key = dg_normalize_name (name);
  const char *p = key;
  if (place && g_str_has_prefix (p, place))
    p += strlen (place);
  else
    for (const char *const *l = levels; *l; l++)
      if (g_str_has_prefix (p, *l))
        {
          p += strlen (*l);
          break;
        }
  if (g_utf8_strlen (p, -1) < 2)
    p = key;
  char *out = g_strdup (p);
  g_free (key);
  return out;
}

/* Whether a name or alias of A and one of B have the same key. */
static gboolean
same_name (const DgBody *a, const char *place_a, const DgBody *b, const char *place_b)
{
  g_autoptr (GPtrArray) ka = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (ka, name_key (a->name, place_a));
  for (guint i = 0; i < a->aliases->len; i++)
    g_ptr_array_add (ka, name_key (g_ptr_array_index (a->aliases, i), place_a));
  gboolean same = FALSE;
  for (guint j = 0; j <= b->aliases->len && !same; j++)
    {
      g_autofree char *kb = name_key (j == 0 ? b->name : g_ptr_array_index (b->aliases, j - 1), place_b);
      for (guint i = 0; i < ka->len && !same; i++)
        same = g_str_equal (g_ptr_array_index (ka, i), kb);
    }
  return same;
}

/* Predicted body index -> gold body index, or -1.  Exact names first, so
 * an alias never steals a body another predicted body names exactly;
 * then names and aliases compared by their keys. */
static GArray *
match_bodies (const DgModel *gold, const DgModel *pred)
{
  GArray *map = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_set_size (map, pred->bodies->len);
  g_autofree gboolean *taken = g_new0 (gboolean, gold->bodies->len + 1);
  g_autofree char *gold_place = place_of (gold);
  g_autofree char *pred_place = place_of (pred);
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
            if (pass == 0 ? g_str_equal (pb->name, gb->name)
                          : same_name (pb, pred_place, gb, gold_place))
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

/* A duty's text as compared: folded, without punctuation or space. */
static char *
text_key (const char *text)
{
  g_autofree char *folded = dg_normalize_name (text ? text : "");
  GString *out = g_string_new (NULL);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* One gold duty's text and clause, under its holder. */
typedef struct {
  char *text;
  char *clause;
} GoldText;

static void
gold_text_free (gpointer data)
{
  GoldText *t = data;
  g_free (t->text);
  g_free (t->clause);
  g_free (t);
}

/* The clause a predicted duty of holder WHO is scored under: its own when
 * the gold has that item, else that of the gold duty of the same holder
 * whose text it is or holds or is held by (a different clause notation
 * is not an error); else its own. */
static const char *
clause_by_text (GHashTable *by_holder, KeySet *gold_items, const char *who, const char *clause,
                const char *text)
{
  g_autofree char *item = g_strdup_printf ("%s\t%s", who, clause);
  if (!by_holder || g_hash_table_contains (gold_items->set, item))
    return clause;
  GPtrArray *texts = g_hash_table_lookup (by_holder, who);
  g_autofree char *key = text_key (text);
  if (!texts || g_utf8_strlen (key, -1) < 4)
    return clause;
  for (guint i = 0; i < texts->len; i++)
    {
      const GoldText *t = g_ptr_array_index (texts, i);
      if (g_str_equal (t->text, key))
        return t->clause;
    }
  for (guint i = 0; i < texts->len; i++)
    {
      const GoldText *t = g_ptr_array_index (texts, i);
      if (g_utf8_strlen (t->text, -1) >= 4 && (strstr (t->text, key) || strstr (key, t->text)))
        return t->clause;
    }
  return clause;
}

/* Items, clauses and triples of M (holders through MAP).  BY_HOLDER (the
 * gold's texts by holder) and GOLD_ITEMS are given for the predicted
 * model only. */
static void
collect (const DgModel *m, const GArray *map, GHashTable *by_holder, KeySet *gold_items,
         KeySet *items, KeySet *clauses, KeySet *triples)
{
  for (guint i = 0; i < m->duties->len; i++)
    {
      const DgDuty *d = dg_model_duty (m, (int) i);
      g_autofree char *own = clause_key (d->clause);
      guint holders = d->kinds ? 1 : d->bodies->len;
      for (guint h = 0; h < holders; h++)
        {
          g_autofree char *who = holder (m, d, h, map);
          const char *clause = clause_by_text (by_holder, gold_items, who, own, d->text);
          keyset_add (clauses, g_strdup (clause));
          keyset_add (items, g_strdup_printf ("%s\t%s", who, clause));
          for (guint a = 0; a < d->areas->len; a++)
            {
              const char *area = dg_model_area (m, g_array_index (d->areas, int, a))->id;
              keyset_add (triples, g_strdup_printf ("%s\t%s\t%s", who, area, dg_role_name (d->role)));
            }
        }
      if (holders == 0)
        keyset_add (clauses, g_strdup (own));
    }
}

/* The gold's duty texts by holder key, for clause_by_text. */
static GHashTable *
texts_by_holder (const DgModel *gold, const GArray *identity)
{
  GHashTable *by = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < gold->duties->len; i++)
    {
      const DgDuty *d = dg_model_duty (gold, (int) i);
      guint holders = d->kinds ? 1 : d->bodies->len;
      for (guint h = 0; h < holders; h++)
        {
          char *who = holder (gold, d, h, identity);
          GPtrArray *texts = g_hash_table_lookup (by, who);
          if (!texts)
            {
              texts = g_ptr_array_new_with_free_func (gold_text_free);
              g_hash_table_insert (by, who, texts);
            }
          else
            g_free (who);
          GoldText *t = g_new0 (GoldText, 1);
          t->text = text_key (d->text);
          t->clause = clause_key (d->clause);
          g_ptr_array_add (texts, t);
        }
    }
  return by;
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

static void
holder_free (gpointer data)
{
  DgEvalHolder *h = data;
  g_free (h->name);
  g_free (h);
}

/* Counts each entry of LIST ("NAME rest", from readable) under its
 * holder's name, at the member OFFSET of DgEvalHolder. */
static void
count_by_holder (GPtrArray *holders, GHashTable *by_name, const GPtrArray *list, gsize offset)
{
  for (guint i = 0; i < list->len; i++)
    {
      const char *entry = g_ptr_array_index (list, i);
      const char *space = strchr (entry, ' ');
      g_autofree char *name = space ? g_strndup (entry, (gsize) (space - entry)) : g_strdup (entry);
      DgEvalHolder *h = g_hash_table_lookup (by_name, name);
      if (!h)
        {
          h = g_new0 (DgEvalHolder, 1);
          h->name = g_strdup (name);
          g_hash_table_insert (by_name, h->name, h);
          g_ptr_array_add (holders, h);
        }
      (*(guint *) ((char *) h + offset))++;
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
  collect (gold, identity, NULL, NULL, &gi, &gc, &gt);
  g_autoptr (GHashTable) by_holder = texts_by_holder (gold, identity);
  collect (pred, map, by_holder, &gi, &pi, &pc, &pt);
  compare (gold, &gi, &pi, &e->items, e->missed_items, NULL);
  compare (gold, &gc, &pc, &e->clauses, NULL, NULL);
  compare (gold, &gt, &pt, &e->triples, e->missed_triples, e->extra_triples);
  keyset_clear (&gi), keyset_clear (&gc), keyset_clear (&gt);
  keyset_clear (&pi), keyset_clear (&pc), keyset_clear (&pt);
  e->holders = g_ptr_array_new_with_free_func (holder_free);
  g_autoptr (GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  count_by_holder (e->holders, by_name, e->missed_items, G_STRUCT_OFFSET (DgEvalHolder, missed_items));
  count_by_holder (e->holders, by_name, e->missed_triples, G_STRUCT_OFFSET (DgEvalHolder, missed_triples));
  count_by_holder (e->holders, by_name, e->extra_triples, G_STRUCT_OFFSET (DgEvalHolder, extra_triples));
  return e;
}
