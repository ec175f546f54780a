/*
 * areas.c — the keyword lexicon and longest-match tagging.
 */
#include <string.h>

#include "import/areas.h"

typedef struct {
  char *word;
  gsize len; /* bytes */
  int area;
} Keyword;

/* 事故…调查处理: the tail names the area when the head came earlier in the
 * sentence, for a clause that leaves its object to the one before
 * (发生伤亡事故，…，协助调查处理). */
typedef struct {
  char *head;
  char *tail;
  int area;
} GapKeyword;

struct DgAreaTagger {
  const DgModel *taxonomy;
  GHashTable *by_word;  /* keyword -> Keyword* */
  GHashTable *by_first; /* first character -> GPtrArray of Keyword*, longest first */
  GPtrArray *all;       /* owns the Keywords */
  GPtrArray *gapped;    /* owns the GapKeywords */
};

static void
gap_keyword_free (gpointer data)
{
  GapKeyword *k = data;
  g_free (k->head);
  g_free (k->tail);
  g_free (k);
}

static void
keyword_free (gpointer data)
{
  Keyword *k = data;
  g_free (k->word);
  g_free (k);
}

static int
longest_first (gconstpointer a, gconstpointer b)
{
  const Keyword *x = *(Keyword *const *) a, *y = *(Keyword *const *) b;
  if (x->len != y->len)
    return x->len > y->len ? -1 : 1;
  return x->area - y->area;
}

static void
add_keyword (DgAreaTagger *t, const char *word, int area)
{
  if (word == NULL || *word == '\0')
    return;
  const char *gap = strstr (word, "…");
  if (gap)
    {
      const char *tail = gap + strlen ("…");
      while (g_str_has_prefix (tail, "…"))
        tail += strlen ("…");
      if (gap == word || *tail == '\0')
        return;
      GapKeyword *g = g_new0 (GapKeyword, 1);
      g->head = g_strndup (word, (gsize) (gap - word));
      g->tail = g_strdup (tail);
      g->area = area;
      g_ptr_array_add (t->gapped, g);
      return;
    }
  gunichar first = g_utf8_get_char (word);
  GPtrArray *list = g_hash_table_lookup (t->by_first, GUINT_TO_POINTER (first));
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (t->by_first, GUINT_TO_POINTER (first), list);
    }
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (((Keyword *) g_ptr_array_index (list, i))->word, word))
      return; /* the first area to claim a word keeps it */
  Keyword *k = g_new0 (Keyword, 1);
  k->word = g_strdup (word);
  k->len = strlen (word);
  k->area = area;
  g_ptr_array_add (t->all, k);
  g_ptr_array_add (list, k);
  g_hash_table_insert (t->by_word, k->word, k);
}

static void
sort_list (gpointer key, gpointer value, gpointer user)
{
  (void) key;
  (void) user;
  g_ptr_array_sort (value, longest_first);
}

/* Whether one of AREA's keywords is WORD with a qualifier before it. */
static gboolean
specialises (const DgArea *area, const char *word)
{
  for (guint i = 0; i < area->keywords->len; i++)
    {
      const char *kw = g_ptr_array_index (area->keywords, i);
      if (strcmp (kw, word) != 0 && g_str_has_suffix (kw, word))
        return TRUE;
    }
  return FALSE;
}

DgAreaTagger *
dg_area_tagger_new (const DgModel *taxonomy)
{
  DgAreaTagger *t = g_new0 (DgAreaTagger, 1);
  t->taxonomy = taxonomy;
  t->by_first = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                       (GDestroyNotify) g_ptr_array_unref);
  t->all = g_ptr_array_new_with_free_func (keyword_free);
  t->by_word = g_hash_table_new (g_str_hash, g_str_equal);
  t->gapped = g_ptr_array_new_with_free_func (gap_keyword_free);
  for (guint i = 0; i < taxonomy->areas->len; i++)
    {
      const DgArea *a = dg_model_area (taxonomy, (int) i);
      for (guint k = 0; k < a->keywords->len; k++)
        {
          const char *word = g_ptr_array_index (a->keywords, k);
          /* The residual area is held by whoever is named the comprehensive
           * supervisor, or the territorial one (属地监管, 网格化监管: a
           * village's, a town's); inspecting or rectifying (专项整治, 大检查)
           * is what every body does and does not make it that. */
          if (a->residual && strstr (word, "综合") == NULL && strstr (word, "属地") == NULL
              && strstr (word, "网格化") == NULL)
            continue;
          add_keyword (t, word, (int) i);
        }
    }
  /* An area's name is a keyword only when it has none: the lexicon's
   * authors chose the words that name it (安全教育 alone is everyone's). */
  for (guint i = 0; i < taxonomy->areas->len; i++)
    if (dg_model_area (taxonomy, (int) i)->keywords->len == 0)
      add_keyword (t, dg_model_area (taxonomy, (int) i)->name, (int) i);
  g_hash_table_foreach (t->by_first, sort_list, NULL);
  return t;
}

void
dg_area_tagger_free (DgAreaTagger *t)
{
  if (t == NULL)
    return;
  g_hash_table_unref (t->by_first);
  g_hash_table_unref (t->by_word);
  g_ptr_array_unref (t->all);
  g_ptr_array_unref (t->gapped);
  g_free (t);
}

static gboolean
is_ancestor (const DgModel *m, int ancestor, int area)
{
  for (int a = dg_model_area (m, area)->parent, guard = 0; a >= 0 && guard < 64;
       a = dg_model_area (m, a)->parent, guard++)
    if (a == ancestor)
      return TRUE;
  return FALSE;
}

/* 民用爆炸物品和烟花爆竹公共安全管理: the second keyword's tail
 * (公共安全), or the words after it, belong to the first too when only a
 * conjunction separates them and the first plus that tail is itself a
 * keyword. */
static void
share_head (const DgAreaTagger *t, GArray *words, const char *last_end, const char *start,
            const Keyword *hit, const char *after)
{
  if (words->len == 0 || last_end == NULL)
    return;
  g_autofree char *between = g_strndup (last_end, (gsize) (start - last_end));
  if (!g_str_equal (between, "和") && !g_str_equal (between, "、") && !g_str_equal (between, "及")
      && !g_str_equal (between, "与"))
    return;
  const Keyword **prev = &g_array_index (words, const Keyword *, words->len - 1);
  /* Try every tail of HIT that follows a keyword prefix of HIT. */
  for (const char *tail = g_utf8_next_char (hit->word); *tail; tail = g_utf8_next_char (tail))
    {
      g_autofree char *head = g_strndup (hit->word, (gsize) (tail - hit->word));
      if (!g_hash_table_contains (t->by_word, head))
        continue;
      g_autofree char *joined = g_strconcat ((*prev)->word, tail, NULL);
      const Keyword *k = g_hash_table_lookup (t->by_word, joined);
      if (k)
        {
          *prev = k;
          return;
        }
    }
  /* 烟花爆竹、农药经营单位: the words after HIT qualify both (烟花爆竹经营). */
  const char *q = after;
  for (int chars = 0; *q && chars < 6; chars++)
    {
      q = g_utf8_next_char (q);
      g_autofree char *tail = g_strndup (after, (gsize) (q - after));
      g_autofree char *joined = g_strconcat ((*prev)->word, tail, NULL);
      const Keyword *k = g_hash_table_lookup (t->by_word, joined);
      if (k)
        {
          *prev = k;
          return;
        }
    }
}

/* The emergency-response areas: the area "emergency" and its rescue
 * child (not investigation, medical rescue or environmental response, which
 * are the work of a named sector). */
static gboolean
is_emergency_response (const DgModel *m, int area)
{
  const char *id = dg_model_area (m, area)->id;
  return g_str_equal (id, "emergency") || g_str_equal (id, "emergency.rescue");
}

/* 烟花爆竹的公共安全: HIT at P and the words after 的 forming a longer
 * keyword (烟花爆竹公共安全) name that keyword's area; *END gets where its
 * words end.  HIT itself when they do not. */
static const Keyword *
join_over_de (const DgAreaTagger *t, const Keyword *hit, const char *p, const char **end)
{
  *end = p + hit->len;
  if (!g_str_has_prefix (*end, "的"))
    return hit;
  const char *after = *end + strlen ("的");
  const Keyword *best = hit;
  const char *q = after;
  for (int chars = 0; *q && chars < 8; chars++)
    {
      q = g_utf8_next_char (q);
      g_autofree char *tail = g_strndup (after, (gsize) (q - after));
      g_autofree char *joined = g_strconcat (hit->word, tail, NULL);
      const Keyword *k = g_hash_table_lookup (t->by_word, joined);
      if (k)
        {
          best = k;
          *end = q;
        }
    }
  return best;
}

static gboolean
is_clause_mark (const char *p)
{
  gunichar c = g_utf8_get_char (p);
  return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002 || c == 0xFF1A;
}

/* 非法储存、销售烟花爆竹, 非法生产、经营、储存烟花爆竹: the words of a list
 * of verbs just before HIT (at P, in the clause from CLAUSE) qualify HIT as
 * well, when one of them and HIT form a keyword (非法储存烟花爆竹).  HIT
 * itself when none does. */
static const Keyword *
join_before_list (const DgAreaTagger *t, const Keyword *hit, const char *clause, const char *p)
{
  const Keyword *best = hit;
  const char *q = p;
  gboolean listed = FALSE;
  for (int chars = 0; q > clause && chars < 16; chars++)
    {
      q = g_utf8_find_prev_char (clause, q);
      if (is_clause_mark (q))
        break;
      if (!g_str_has_prefix (q, "、"))
        continue;
      listed = TRUE;
      /* The element before this 、, back to the one before it. */
      const char *start = q;
      for (int n = 0; start > clause && n < 6; n++)
        {
          start = g_utf8_find_prev_char (clause, start);
          if (is_clause_mark (start) || g_str_has_prefix (start, "、"))
            break;
          g_autofree char *words = g_strndup (start, (gsize) (q - start));
          g_autofree char *joined = g_strconcat (words, hit->word, NULL);
          const Keyword *k = g_hash_table_lookup (t->by_word, joined);
          if (k && k->len > best->len)
            best = k;
        }
    }
  return listed ? best : hit;
}

static const char *const negations[] = { "不包括", "不包含", "不含", "除了", "不属于", "以外的", NULL };

/* The areas whose gapped keyword's tail is in TEXT and whose head came
 * before it in the sentence (BEFORE, then TEXT up to the tail). */
static void
tag_gapped (const DgAreaTagger *t, const char *before, const char *text, GArray *found,
            GString *reason, int *shortest)
{
  for (guint i = 0; i < t->gapped->len; i++)
    {
      const GapKeyword *g = g_ptr_array_index (t->gapped, i);
      const char *tail = strstr (text, g->tail);
      if (tail == NULL)
        continue;
      g_autofree char *head_side = g_strndup (text, (gsize) (tail - text));
      if (!(before && strstr (before, g->head)) && !strstr (head_side, g->head))
        continue;
      gboolean seen = FALSE;
      for (guint j = 0; j < found->len; j++)
        seen |= g_array_index (found, int, j) == g->area;
      if (seen)
        continue;
      g_array_append_val (found, g->area);
      int chars = (int) g_utf8_strlen (g->tail, -1);
      if (*shortest == 0 || chars < *shortest)
        *shortest = chars;
      if (reason)
        g_string_append_printf (reason, "%s%s…%s→%s", reason->len ? ", " : "", g->head, g->tail,
                                dg_model_area (t->taxonomy, g->area)->id);
    }
}

/* Whether a clause opens by guiding or urging a party to act (指导学校…,
 * 督促企业…). */
static gboolean
starts_guiding (const char *s)
{
  return g_str_has_prefix (s, "指导") || g_str_has_prefix (s, "督促") || g_str_has_prefix (s, "引导");
}

/* At a clause's end: when the words after 开展 name an area, the words of
 * the party before it (from FROM to *ADDRESSEE) are dropped. */
static void
drop_addressee (GArray *words, guint from, guint *addressee)
{
  if (*addressee != G_MAXUINT && *addressee > from && words->len > *addressee)
    g_array_remove_range (words, from, *addressee - from);
  *addressee = G_MAXUINT;
}

static GArray *
tag_clause (const DgAreaTagger *t, const char *text, const char *sentence_before, GString *reason,
            int *shortest)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) words = g_array_new (FALSE, FALSE, sizeof (const Keyword *));
  gboolean negated = FALSE;
  gunichar before = 0;
  const char *last_end = NULL;
  guint clause_words = 0; /* words named before this clause */
  const char *p = text;
  gboolean addressee_start = starts_guiding (text);
  const char *clause_start = text;
  guint addressee_words = G_MAXUINT; /* words before 开展 in a guiding clause */
  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      guint clause_words_before_end = clause_words;
      if (c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002 || c == 0xFF09
          || c == ')')
        negated = FALSE;
      if (c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002 || c == 0xFF1A)
        clause_words = words->len;
      for (int i = 0; negations[i]; i++)
        if (g_str_has_prefix (p, negations[i]))
          negated = TRUE;
      GPtrArray *list = g_hash_table_lookup (t->by_first, GUINT_TO_POINTER (c));
      const Keyword *hit = NULL;
      for (guint i = 0; list && i < list->len; i++)
        {
          const Keyword *k = g_ptr_array_index (list, i);
          if (strncmp (p, k->word, k->len) == 0)
            {
              hit = k;
              break;
            }
        }
      if (hit)
        {
          /* 非X negates X, but 非法 is "illegal", not "not 法". */
          gboolean not_this = before == 0x975E && !g_str_has_prefix (hit->word, "法");
          /* 责任追究制: the system of the thing, which every body keeps. */
          if (g_str_has_prefix (p + hit->len, "制"))
            {
              gunichar after = g_utf8_get_char (p + hit->len + strlen ("制"));
              not_this |= after == 0 || after == 0xFF0C || after == 0x3001 || after == 0xFF1B
                          || after == 0x3002 || after == 0x548C /* 和 */ || after == ','
                          || after == ';';
            }
          const char *end = p + hit->len;
          if (!negated && !not_this)
            {
              const Keyword *whole = join_over_de (t, hit, p, &end);
              if (whole == hit)
                whole = join_before_list (t, hit, clause_start, p);
              share_head (t, words, last_end, p, whole, end);
              g_array_append_val (words, whole);
            }
          last_end = end;
          p = end;
          before = 0;
          continue;
        }
      /* 指导学校开展防溺水安全教育: the party guided (学校) is not the
       * field; what it is to carry out names the area, when it names one. */
      if (g_str_has_prefix (p, "开展") && words->len > clause_words && addressee_start
          && addressee_words == G_MAXUINT)
        addressee_words = words->len;
      if (c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002)
        {
          drop_addressee (words, clause_words_before_end, &addressee_words);
          addressee_start = starts_guiding (g_utf8_next_char (p));
          clause_start = g_utf8_next_char (p);
        }
      /* A、B等C: A and B are instances of C, which names the area. */
      if (c == 0x7B49 /* 等 */ && words->len > clause_words)
        {
          const char *next = g_utf8_next_char (p);
          GPtrArray *after = g_hash_table_lookup (t->by_first,
                                                  GUINT_TO_POINTER (g_utf8_get_char (next)));
          for (guint i = 0; after && i < after->len; i++)
            {
              const Keyword *k = g_ptr_array_index (after, i);
              if (strncmp (next, k->word, k->len) != 0)
                continue;
              /* 水库、泵站等水利行业: C is the field they belong to, and the
               * more precise examples stay. */
              guint kept = clause_words;
              for (guint w = clause_words; w < words->len; w++)
                {
                  const Keyword *e = g_array_index (words, const Keyword *, w);
                  if (e->area == k->area || is_ancestor (t->taxonomy, k->area, e->area))
                    g_array_index (words, const Keyword *, kept++) = e;
                }
              g_array_set_size (words, kept);
              last_end = NULL;
              break;
            }
        }
      before = c;
      p = g_utf8_next_char (p);
    }
  drop_addressee (words, clause_words, &addressee_words);
  /* One entry per area (its first keyword): what follows compares areas
   * pairwise, so it must not see a keyword repeated a million times. */
  {
    g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
    guint kept = 0;
    for (guint i = 0; i < words->len; i++)
      {
        const Keyword *k = g_array_index (words, const Keyword *, i);
        if (g_hash_table_add (seen, GINT_TO_POINTER (k->area + 1)))
          g_array_index (words, const Keyword *, kept++) = k;
      }
    g_array_set_size (words, kept);
  }
  /* A sector's own emergency plans and drills are part of the sector's
   * supervision: emergency response counts as an area of its own only when
   * the wording names no sector beside it.  Likewise a broad two-character
   * word naming a whole field (教育 in 宣传教育) yields to an unrelated area
   * named by a longer, more precise keyword. */
  gboolean sector = FALSE, precise = FALSE;
  for (guint i = 0; i < words->len; i++)
    {
      const Keyword *k = g_array_index (words, const Keyword *, i);
      if (!is_emergency_response (t->taxonomy, k->area))
        sector = TRUE;
      if (g_utf8_strlen (k->word, -1) > 2)
        precise = TRUE;
    }
  *shortest = 0;
  for (guint i = 0; i < words->len; i++)
    {
      const Keyword *k = g_array_index (words, const Keyword *, i);
      gboolean keep = TRUE;
      if (sector && is_emergency_response (t->taxonomy, k->area))
        keep = FALSE;
      if (precise && g_utf8_strlen (k->word, -1) <= 2 && words->len > 1
          && !dg_model_area_is_leaf (t->taxonomy, k->area))
        {
          gboolean related = FALSE;
          for (guint j = 0; j < words->len; j++)
            {
              const Keyword *o = g_array_index (words, const Keyword *, j);
              if (o != k && (is_ancestor (t->taxonomy, k->area, o->area)
                             || is_ancestor (t->taxonomy, o->area, k->area) || o->area == k->area))
                related = TRUE;
            }
          if (!related)
            keep = FALSE;
        }
      for (guint j = 0; j < words->len && keep; j++)
        {
          const Keyword *o = g_array_index (words, const Keyword *, j);
          if (is_ancestor (t->taxonomy, k->area, o->area))
            keep = FALSE;
          /* 烟花爆竹运输、燃放的公共安全管理: 公共安全 names a field the
           * other area found is a kind of (烟花爆竹公共安全). */
          else if (o->area != k->area && !dg_model_area_is_leaf (t->taxonomy, k->area)
                   && specialises (dg_model_area (t->taxonomy, o->area), k->word))
            keep = FALSE;
        }
      for (guint j = 0; j < found->len && keep; j++)
        if (g_array_index (found, int, j) == k->area)
          keep = FALSE;
      if (!keep)
        continue;
      g_array_append_val (found, k->area);
      int chars = (int) g_utf8_strlen (k->word, -1);
      if (*shortest == 0 || chars < *shortest)
        *shortest = chars;
      if (reason)
        g_string_append_printf (reason, "%s%s→%s", reason->len ? ", " : "", k->word,
                                dg_model_area (t->taxonomy, k->area)->id);
    }
  if (found->len == 0)
    tag_gapped (t, sentence_before, text, found, reason, shortest);
  return found;
}

/* 统筹…综合监督管理；组织开展…应急救援演练。 each clause up to a ； is a
 * duty of its own: the rules that let one keyword yield to another (a
 * sector's drills, a broad word beside a precise one) hold within it. */
GArray *
dg_area_tagger_tag (const DgAreaTagger *t, const char *text, const char *sentence_before,
                    GString *reason, int *shortest)
{
  const char *cut = strstr (text, "；");
  if (cut == NULL || cut[strlen ("；")] == '\0')
    return tag_clause (t, text, sentence_before, reason, shortest);
  GArray *found = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GString) before = g_string_new (sentence_before);
  *shortest = 0;
  for (const char *p = text; *p;)
    {
      const char *end = strstr (p, "；");
      end = end ? end + strlen ("；") : p + strlen (p);
      g_autofree char *piece = g_strndup (p, (gsize) (end - p));
      int piece_shortest = 0;
      g_autoptr (GArray) areas = tag_clause (t, piece, before->str, reason, &piece_shortest);
      for (guint i = 0; i < areas->len; i++)
        {
          int area = g_array_index (areas, int, i);
          gboolean seen = FALSE;
          for (guint j = 0; j < found->len && !seen; j++)
            seen = g_array_index (found, int, j) == area;
          if (!seen)
            g_array_append_val (found, area);
        }
      if (piece_shortest > 0 && (*shortest == 0 || piece_shortest < *shortest))
        *shortest = piece_shortest;
      g_string_append (before, piece);
      p = end;
    }
  return found;
}
