/*
 * table.c — finding duty tables in a document's text and reading their
 * rows (see table.h).  A header is recognised by the words of its cells,
 * matched on their folded form, so that 牽頭單位 and a full-width
 * 事項 are the same column; rows go on while lines split by the header's
 * separator.
 */
#include <string.h>

#include "import/table.h"
#include "util/normalize.h"

/* Header words by column, tried in this order for each cell: a cell is
 * the first column one of whose words it contains (配合责任单位 is a
 * cooperating column before it is a lead one). */
static const char *const serial_words[] = { "序号", "编号", NULL };
static const char *const cooperate_words[] = { "配合", "协办", "协助单位", "协同单位", "参与单位", NULL };
static const char *const lead_words[] = { "牵头", "责任单位", "责任部门", "主责", "主办单位", "责任主体",
                                          "承办单位", "实施主体", NULL };
static const char *const basis_words[] = { "依据", NULL };
static const char *const item_words[] = { "事项", "工作任务", "职责内容", "任务", "职责", "内容",
                                          "工作", NULL };
/* 监管领域: the field the task is in, which names its area when the
 * task's own words do not. */
static const char *const field_words[] = { "领域", "行业", "类别", NULL };
/* 单位 alone, not 牵头单位: the unit the row's duties are listed for. */
static const char *const holder_words[] = { "单位", "部门", "科室", "站所", NULL };

static const struct {
  DgTableColumn column;
  const char *const *words;
} header_words[] = {
  { DG_TABLE_SERIAL, serial_words }, { DG_TABLE_COOPERATE, cooperate_words },
  { DG_TABLE_LEAD, lead_words },     { DG_TABLE_BASIS, basis_words },
  { DG_TABLE_ITEM, item_words },     { DG_TABLE_HOLDER, holder_words },
  { DG_TABLE_FIELD, field_words },
};

static int
header_column (const char *cell)
{
  g_autofree char *name = dg_normalize_name (cell);
  /* A header cell is a short label, not a sentence that mentions 牵头. */
  if (*name == '\0' || g_utf8_strlen (name, -1) > 12)
    return -1;
  /* 牵头领导, 责任领导: leaders by post, not the units that lead. */
  if (strstr (name, "领导"))
    return -1;
  for (guint h = 0; h < G_N_ELEMENTS (header_words); h++)
    for (const char *const *w = header_words[h].words; *w; w++)
      if (strstr (name, *w))
        return (int) header_words[h].column;
  return -1;
}

/* Splits one line at SEP, found in ORIG (quotes honoured for ','); the
 * cells are the same character ranges of FOLD, trimmed.  A `|` row loses
 * the empty cells its outer borders make.  Returns NULL for a line
 * without the separator. */
static GPtrArray *
split_row (const char *orig, const char *orig_end, const char *fold, const char *fold_end,
           gunichar sep, guint *first_column)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  gboolean quoted = FALSE, found = FALSE;
  const char *o = orig, *f = fold, *start = fold;
  while (o < orig_end && f < fold_end)
    {
      gunichar c = g_utf8_get_char (o);
      if (sep == ',' && c == '"')
        quoted = !quoted;
      else if (c == sep && !quoted)
        {
          g_ptr_array_add (cells, g_strstrip (g_strndup (start, (gsize) (f - start))));
          start = g_utf8_next_char (f);
          found = TRUE;
        }
      o = g_utf8_next_char (o);
      f = g_utf8_next_char (f);
    }
  g_ptr_array_add (cells, g_strstrip (g_strndup (start, (gsize) (fold_end - start))));
  *first_column = 1;
  if (!found)
    {
      g_ptr_array_unref (cells);
      return NULL;
    }
  if (sep == '|')
    {
      const char *lead = orig;
      while (lead < orig_end && (*lead == ' ' || *lead == '\t'))
        lead++;
      if (lead == orig_end || *lead != '|')
        {
          g_ptr_array_unref (cells);
          return NULL;
        }
      *first_column = 2 + (guint) (lead - orig);
      g_ptr_array_remove_index (cells, 0);
      if (cells->len && *(char *) g_ptr_array_index (cells, cells->len - 1) == '\0')
        g_ptr_array_remove_index (cells, cells->len - 1);
    }
  if (sep == ',')
    for (guint i = 0; i < cells->len; i++)
      {
        char *c = g_ptr_array_index (cells, i);
        gsize n = strlen (c);
        if (n >= 2 && c[0] == '"' && c[n - 1] == '"')
          {
            /* "…" quotes the cell; "" inside it is one quotation mark. */
            char *w = c;
            for (const char *r = c + 1; r < c + n - 1; r++)
              {
                *w++ = *r;
                if (*r == '"' && r[1] == '"' && r + 1 < c + n - 1)
                  r++;
              }
            *w = '\0';
          }
      }
  return cells;
}

/* A `|---|:--:|` rule under a header. */
static gboolean
is_rule (GPtrArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    for (const char *p = g_ptr_array_index (cells, i); *p; p++)
      if (!strchr ("-:= +", *p))
        return FALSE;
  return TRUE;
}

/* 一、道路交通安全 or （二）消防: a group title rather than a task. */
static gboolean
numbered_title (const char *s)
{
  const char *p = s;
  if (g_str_has_prefix (p, "（"))
    p += strlen ("（");
  gboolean numeral = FALSE;
  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      if ((g_unichar_isdigit (c) || g_utf8_strchr ("一二三四五六七八九十", -1, c)))
        numeral = TRUE;
      else
        break;
      p = g_utf8_next_char (p);
    }
  return numeral && (g_str_has_prefix (p, "、") || g_str_has_prefix (p, "）")
                     || g_str_has_prefix (p, "．"));
}

static void
row_free (gpointer data)
{
  DgTableRow *r = data;
  g_free (r->group);
  for (int c = 0; c < DG_TABLE_COLUMNS; c++)
    g_free (r->cells[c]);
  g_free (r);
}

static void
table_free (gpointer data)
{
  DgTable *t = data;
  g_ptr_array_unref (t->rows);
  g_free (t);
}

typedef struct {
  const char *orig, *orig_end, *fold, *fold_end;
} Line;

GPtrArray *
dg_tables_find (const char *original, const char *folded)
{
  GPtrArray *tables = g_ptr_array_new_with_free_func (table_free);
  /* The lines of both texts: folding keeps every line end in place. */
  g_autoptr (GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));
  for (const char *o = original, *f = folded;;)
    {
      const char *oe = strchr (o, '\n'), *fe = strchr (f, '\n');
      if (!oe || !fe)
        {
          Line l = { o, o + strlen (o), f, f + strlen (f) };
          g_array_append_val (lines, l);
          break;
        }
      Line l = { o, oe, f, fe };
      if (oe > o && oe[-1] == '\r')
        l.orig_end--, l.fold_end = fe > f && fe[-1] == '\r' ? fe - 1 : fe;
      g_array_append_val (lines, l);
      o = oe + 1;
      f = fe + 1;
    }
  static const gunichar seps[] = { '\t', '|', ',' };
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *h = &g_array_index (lines, Line, i);
      int map[64];
      gunichar sep = 0;
      for (guint s = 0; s < G_N_ELEMENTS (seps) && !sep; s++)
        {
          guint col;
          g_autoptr (GPtrArray) cells = split_row (h->orig, h->orig_end, h->fold, h->fold_end, seps[s], &col);
          if (!cells || cells->len > G_N_ELEMENTS (map))
            continue;
          gboolean seen[DG_TABLE_COLUMNS] = { FALSE };
          guint item_column = 0;
          for (guint c = 0; c < cells->len; c++)
            {
              int k = header_column (g_ptr_array_index (cells, c));
              /* 责任事项 | 责任内容: the later column spells the duty out, the
               * earlier is its title, read as the row's field. */
              if (k == DG_TABLE_ITEM && seen[DG_TABLE_ITEM] && !seen[DG_TABLE_FIELD])
                {
                  map[item_column] = DG_TABLE_FIELD;
                  seen[DG_TABLE_FIELD] = TRUE;
                  seen[DG_TABLE_ITEM] = FALSE;
                }
              if (k == DG_TABLE_ITEM && !seen[DG_TABLE_ITEM])
                item_column = c;
              if (k >= 0 && seen[k])
                k = -1;
              if (k >= 0)
                seen[k] = TRUE;
              map[c] = k;
            }
          /* 序号 | 行业领域 | 牵头单位 | 配合单位: the field is the task. */
          if (!seen[DG_TABLE_ITEM] && seen[DG_TABLE_FIELD])
            for (guint c = 0; c < cells->len; c++)
              if (map[c] == DG_TABLE_FIELD)
                {
                  map[c] = DG_TABLE_ITEM;
                  seen[DG_TABLE_ITEM] = TRUE;
                  seen[DG_TABLE_FIELD] = FALSE;
                }
          if (seen[DG_TABLE_ITEM]
              && (seen[DG_TABLE_LEAD] || seen[DG_TABLE_COOPERATE] || seen[DG_TABLE_HOLDER]))
            sep = seps[s];
          for (guint c = cells->len; c < G_N_ELEMENTS (map); c++)
            map[c] = -1;
        }
      if (!sep)
        continue;
      DgTable *t = g_new0 (DgTable, 1);
      t->first_line = t->last_line = i + 1;
      t->rows = g_ptr_array_new_with_free_func (row_free);
      g_autofree char *group = NULL;
      const DgTableRow *above = NULL;
      guint j = i + 1;
      for (; j < lines->len; j++)
        {
          const Line *l = &g_array_index (lines, Line, j);
          guint col;
          g_autoptr (GPtrArray) cells = split_row (l->orig, l->orig_end, l->fold, l->fold_end, sep, &col);
          if (!cells)
            break;
          t->last_line = j + 1;
          if (is_rule (cells))
            continue;
          guint filled = 0, at = 0;
          for (guint c = 0; c < cells->len; c++)
            if (*(char *) g_ptr_array_index (cells, c))
              filled++, at = c;
          if (filled == 0)
            continue;
          const char *only = g_ptr_array_index (cells, at);
          /* A group's title opens its row (a cell spanning the table is
           * its first); a lone cell further right is a row whose other
           * cells continue those above. */
          if (filled == 1 && at == 0 && (map[0] != DG_TABLE_ITEM || numbered_title (only)))
            {
              g_free (group);
              group = g_strdup (only);
              above = NULL;
              continue;
            }
          DgTableRow *r = g_new0 (DgTableRow, 1);
          r->line = j + 1;
          r->column = col;
          r->group = g_strdup (group);
          for (guint c = 0; c < cells->len && c < G_N_ELEMENTS (map); c++)
            if (map[c] >= 0 && *(char *) g_ptr_array_index (cells, c))
              r->cells[map[c]] = g_strdup (g_ptr_array_index (cells, c));
          /* A merged cell is read once, in its first row: the rows below
           * it carry it on. */
          static const DgTableColumn carried[] = { DG_TABLE_SERIAL, DG_TABLE_ITEM, DG_TABLE_LEAD,
                                                   DG_TABLE_HOLDER };
          for (guint c = 0; above && c < G_N_ELEMENTS (carried); c++)
            if (!r->cells[carried[c]] && above->cells[carried[c]])
              r->cells[carried[c]] = g_strdup (above->cells[carried[c]]);
          g_ptr_array_add (t->rows, r);
          above = r;
        }
      g_ptr_array_add (tables, t);
      i = j - 1;
    }
  return tables;
}

GPtrArray *
dg_table_unit_names (const char *cell)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  if (!cell)
    return names;
  g_auto (GStrv) parts = g_regex_split_simple ("[、，；;,/\\s]+", cell, 0, 0);
  for (guint i = 0; parts[i]; i++)
    if (*g_strstrip (parts[i]))
      g_ptr_array_add (names, g_strdup (parts[i]));
  return names;
}
