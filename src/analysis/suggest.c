/*
 * suggest.c — owns the proposals of owners for uncovered areas.  Each
 * candidate body is scored by its strongest reason, in this order:
 *
 *   0. the law gives the area to its kind of department: one of the area's
 *      (or an ancestor's) `law-holders` is a word of its name or aliases, or
 *      the word is 人民政府 and it is the government — the proposal quotes
 *      the area's source-text (安全生产法 第十条 and each regulation's
 *      article on responsibilities);
 *   1. its `manages` portfolio includes the area or an area above it
 *      (管行业必须管安全: the body in charge of the business answers for it);
 *   2. it holds areas beside the gap, under the same parent — the
 *      "nearest business" of 安全生产法 第十条 read on the taxonomy (more
 *      such areas first);
 *   3. it holds the wider area above the gap (nearest first);
 *   4. (a tie-break only) its name or aliases share two-character words with the area's name
 *      and keywords (a word in more than NAME_COMMON bodies' names, such
 *      as 安全 or the town's own name, says nothing and is ignored);
 *   5. it leads the `residual` area: 安全生产法 第十条 gives it what the
 *      document leaves unassigned;
 *   6. it is the territorial government (属地管理), the default owner.
 *
 * Ties go to model order, so the proposals are deterministic.  Indexes
 * built once (area -> managers, word -> bodies) keep the cost
 * proportional to holdings and names, not to gaps times bodies.
 */
#include <string.h>

#include "analysis/suggest.h"

#define NAME_COMMON 3

static const char *const basis_names[] = {
  "law", "manages", "sibling", "above", "name", "residual", "territorial",
};

const char *
dg_suggest_basis_name (DgSuggestBasis basis)
{
  g_return_val_if_fail (basis <= DG_SUGGEST_TERRITORIAL, "?");
  return basis_names[basis];
}

typedef struct {
  const DgGraph *graph;
  const DgModel *model;
  GHashTable *managers;  /* area + 1 -> GArray of int bodies managing it */
  GHashTable *word_bodies; /* two-character word -> GArray of int bodies whose names hold it */
  GArray *residual;      /* DgSuggestion of the residual area's leads */
} Index;

static gboolean
is_han (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

/* Adds the two-character Han words of S to WORDS (a set of new strings). */
static void
add_words (GHashTable *words, const char *s)
{
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      const char *q = g_utf8_next_char (p);
      if (*q == '\0')
        break;
      if (is_han (g_utf8_get_char (p)) && is_han (g_utf8_get_char (q)))
        g_hash_table_add (words, g_strndup (p, g_utf8_next_char (q) - p));
    }
}

/* Appends BODY to KEY's list unless it ends it already; a new KEY is
 * inserted as given (the table owns it). */
static void
append_body (GHashTable *table, gpointer key, int body)
{
  GArray *bodies = g_hash_table_lookup (table, key);
  if (bodies == NULL)
    {
      bodies = g_array_new (FALSE, FALSE, sizeof (int));
      g_hash_table_insert (table, key, bodies);
    }
  else if (bodies->len > 0 && g_array_index (bodies, int, bodies->len - 1) == body)
    return;
  g_array_append_val (bodies, body);
}

static void
index_build (Index *ix, const DgReport *report)
{
  const DgModel *m = report->graph->model;
  ix->graph = report->graph;
  ix->model = m;
  ix->managers = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  ix->word_bodies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_array_unref);
  ix->residual = g_array_new (FALSE, FALSE, sizeof (DgSuggestion));
  for (guint b = 0; b < m->bodies->len; b++)
    {
      const DgBody *body = dg_model_body (m, (int) b);
      for (guint i = 0; i < body->manages->len; i++)
        append_body (ix->managers, GINT_TO_POINTER (g_array_index (body->manages, int, i) + 1),
                     (int) b);
      g_autoptr (GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      add_words (words, body->name);
      for (guint i = 0; i < body->aliases->len; i++)
        add_words (words, g_ptr_array_index (body->aliases, i));
      GHashTableIter it;
      gpointer word;
      g_hash_table_iter_init (&it, words);
      /* Each body appears once per word, in model order, whatever the
       * order the set yields its words in. */
      while (g_hash_table_iter_next (&it, &word, NULL))
        {
          GArray *bodies = g_hash_table_lookup (ix->word_bodies, word);
          if (bodies == NULL)
            append_body (ix->word_bodies, g_strdup (word), (int) b);
          else
            append_body (ix->word_bodies, word, (int) b);
        }
    }
  for (guint a = 0; a < m->areas->len; a++)
    {
      if (!dg_model_area (m, (int) a)->residual)
        continue;
      g_autoptr (GArray) holdings = dg_graph_area_holdings (report->graph, (int) a);
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          if (h->role != DG_ROLE_LEAD || h->class_wide || !dg_model_body_can_be_residual (m, h->body))
            continue;
          DgSuggestion s = { h->body, DG_SUGGEST_RESIDUAL, (int) a, 0 };
          g_array_append_val (ix->residual, s);
        }
    }
}

static void
index_clear (Index *ix)
{
  g_hash_table_unref (ix->managers);
  g_hash_table_unref (ix->word_bodies);
  g_array_unref (ix->residual);
}

/* Keeps, per body, its strongest reason: lower basis, then higher count. */
static void
offer (GHashTable *best, DgSuggestion s)
{
  DgSuggestion *have = g_hash_table_lookup (best, GINT_TO_POINTER (s.body + 1));
  if (have == NULL)
    {
      g_hash_table_insert (best, GINT_TO_POINTER (s.body + 1), g_memdup2 (&s, sizeof s));
      return;
    }
  if (s.basis < have->basis || (s.basis == have->basis && s.count > have->count))
    *have = s;
}

/* Bodies holding areas beside AREA (not as one of a class), each with how
 * many such areas it holds and the first of them. */
static void
offer_siblings (const Index *ix, int area, GHashTable *best)
{
  int parent = dg_model_area (ix->model, area)->parent;
  if (parent < 0)
    return;
  g_autoptr (GArray) siblings = dg_graph_area_children (ix->graph, parent);
  g_autoptr (GHashTable) found = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < siblings->len; i++)
    {
      int sibling = g_array_index (siblings, int, i);
      if (sibling == area)
        continue;
      g_autoptr (GArray) holdings = dg_graph_area_holdings (ix->graph, sibling);
      g_autoptr (GHashTable) counted = g_hash_table_new (NULL, NULL);
      for (guint j = 0; j < holdings->len; j++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, j);
          if (h->class_wide || !g_hash_table_add (counted, GINT_TO_POINTER (h->body + 1)))
            continue;
          DgSuggestion *s = g_hash_table_lookup (found, GINT_TO_POINTER (h->body + 1));
          if (s == NULL)
            {
              DgSuggestion fresh = { h->body, DG_SUGGEST_SIBLING, sibling, 0 };
              s = g_memdup2 (&fresh, sizeof fresh);
              g_hash_table_insert (found, GINT_TO_POINTER (h->body + 1), s);
              g_array_append_val (order, h->body);
            }
          s->count++;
        }
    }
  for (guint i = 0; i < order->len; i++)
    offer (best, *(DgSuggestion *) g_hash_table_lookup (
                     found, GINT_TO_POINTER (g_array_index (order, int, i) + 1)));
}

static void
offer_names (const Index *ix, int area, GHashTable *best)
{
  const DgArea *a = dg_model_area (ix->model, area);
  g_autoptr (GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_words (words, a->name);
  for (guint i = 0; i < a->keywords->len; i++)
    add_words (words, g_ptr_array_index (a->keywords, i));
  g_autoptr (GHashTable) counts = g_hash_table_new (NULL, NULL);
  GHashTableIter it;
  gpointer word;
  g_hash_table_iter_init (&it, words);
  while (g_hash_table_iter_next (&it, &word, NULL))
    {
      GArray *bodies = g_hash_table_lookup (ix->word_bodies, word);
      if (bodies == NULL || bodies->len > NAME_COMMON)
        continue;
      for (guint i = 0; i < bodies->len; i++)
        {
          gpointer key = GINT_TO_POINTER (g_array_index (bodies, int, i) + 1);
          g_hash_table_insert (counts, key,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
        }
    }
  /* Offering in any order is safe: offer() keeps the same best per body. */
  g_hash_table_iter_init (&it, counts);
  gpointer key, value;
  while (g_hash_table_iter_next (&it, &key, &value))
    offer (best, (DgSuggestion){ GPOINTER_TO_INT (key) - 1, DG_SUGGEST_NAME, -1,
                                 GPOINTER_TO_UINT (value) });
}

static gint
compare_suggestions (gconstpointer a, gconstpointer b)
{
  const DgSuggestion *x = a, *y = b;
  if (x->basis != y->basis)
    return x->basis < y->basis ? -1 : 1;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return x->body < y->body ? -1 : x->body > y->body;
}

/* Whether the body's name or an alias contains WORD. */
static gboolean
named (const DgBody *b, const char *word)
{
  if (strstr (b->name, word))
    return TRUE;
  for (guint i = 0; i < b->aliases->len; i++)
    if (strstr (g_ptr_array_index (b->aliases, i), word))
      return TRUE;
  return FALSE;
}

/* Bodies of the kind of department the law names for AREA, or for the
 * nearest ancestor that names any. */
static void
offer_law (const Index *ix, int area, GHashTable *best)
{
  const DgModel *m = ix->model;
  int a = area;
  while (a >= 0 && (dg_model_area (m, a)->law_holders == NULL
                    || dg_model_area (m, a)->law_holders->len == 0))
    a = dg_model_area (m, a)->parent;
  if (a < 0)
    return;
  const GPtrArray *words = dg_model_area (m, a)->law_holders;
  for (guint b = 0; b < m->bodies->len; b++)
    {
      const DgBody *body = dg_model_body (m, (int) b);
      if (body->kind == DG_KIND_LEADER || body->kind == DG_KIND_EXTERNAL)
        continue;
      for (guint i = 0; i < words->len; i++)
        {
          const char *word = g_ptr_array_index (words, i);
          gboolean government = g_str_has_suffix (word, "人民政府");
          if (government ? body->kind == DG_KIND_GOVERNMENT : named (body, word))
            {
              /* The order of the law's words ranks the bodies it names. */
              offer (best, (DgSuggestion){ (int) b, DG_SUGGEST_LAW, a, G_MAXUINT - i });
              break;
            }
        }
    }
}

static GArray *
propose (const Index *ix, int area)
{
  const DgModel *m = ix->model;
  g_autoptr (GHashTable) best = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  offer_law (ix, area, best);
  for (int a = area; a >= 0; a = dg_model_area (m, a)->parent)
    {
      GArray *managers = g_hash_table_lookup (ix->managers, GINT_TO_POINTER (a + 1));
      for (guint i = 0; managers && i < managers->len; i++)
        offer (best, (DgSuggestion){ g_array_index (managers, int, i), DG_SUGGEST_MANAGES, a, 0 });
    }
  offer_siblings (ix, area, best);
  guint depth = 0;
  for (int a = dg_model_area (m, area)->parent; a >= 0; a = dg_model_area (m, a)->parent)
    {
      g_autoptr (GArray) holdings = dg_graph_area_holdings (ix->graph, a);
      depth++;
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          /* Nearer wider areas rank first: a smaller distance, a larger count. */
          if (!h->class_wide)
            offer (best, (DgSuggestion){ h->body, DG_SUGGEST_ABOVE, a, G_MAXUINT - depth });
        }
    }
  offer_names (ix, area, best);
  for (guint i = 0; i < ix->residual->len; i++)
    offer (best, g_array_index (ix->residual, DgSuggestion, i));
  for (guint b = 0; b < m->bodies->len; b++)
    if (dg_model_body (m, (int) b)->kind == DG_KIND_GOVERNMENT)
      offer (best, (DgSuggestion){ (int) b, DG_SUGGEST_TERRITORIAL, -1, 0 });

  GArray *out = g_array_new (FALSE, FALSE, sizeof (DgSuggestion));
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init (&it, best);
  while (g_hash_table_iter_next (&it, NULL, &value))
    g_array_append_vals (out, value, 1);
  g_array_sort (out, compare_suggestions);
  if (out->len > DG_SUGGEST_MAX)
    g_array_set_size (out, DG_SUGGEST_MAX);
  for (guint i = 0; i < out->len; i++)
    if (g_array_index (out, DgSuggestion, i).basis == DG_SUGGEST_ABOVE
        || g_array_index (out, DgSuggestion, i).basis == DG_SUGGEST_LAW)
      g_array_index (out, DgSuggestion, i).count = 0;
  return out;
}

static void
proposal_free (DgGapProposal *p)
{
  g_array_unref (p->candidates);
  g_free (p);
}

GPtrArray *
dg_suggest_owners (const DgReport *report)
{
  Index ix;
  index_build (&ix, report);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) proposal_free);
  for (guint i = 0; i < report->findings->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (report->findings, i);
      if (f->kind != DG_FINDING_UNCOVERED)
        continue;
      DgGapProposal *p = g_new0 (DgGapProposal, 1);
      p->area = f->area;
      p->candidates = propose (&ix, f->area);
      g_ptr_array_add (out, p);
    }
  index_clear (&ix);
  return out;
}
