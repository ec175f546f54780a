/*
 * pdf-table.c — rebuilding a table's rows from positioned text (see
 * pdf-table.h).
 */
#include <string.h>

#include "import/pdf-table.h"
#include "util/regex-once.h"

void
dg_pdf_table_free (DgPdfTable *table)
{
  if (table == NULL)
    return;
  g_array_unref (table->lines);
  g_free (table->rows);
  g_free (table->header);
  g_free (table->border);
  g_free (table);
}

/* A header cell is a label (序号, 牵头单位, 安全生产监管职责), not prose. */
#define HEADER_CHARS 16

typedef struct {
  const DgPdfPiece *pieces;
} Order;

static double
centre (const DgPdfPiece *p)
{
  return (p->y0 + p->y1) / 2;
}

static int
by_centre (gconstpointer a, gconstpointer b, gpointer data)
{
  const DgPdfPiece *pieces = ((const Order *) data)->pieces;
  const DgPdfPiece *x = &pieces[*(const guint *) a], *y = &pieces[*(const guint *) b];
  double cx = centre (x), cy = centre (y);
  if (cx != cy)
    return (cx > cy) - (cx < cy);
  return (x->x0 > y->x0) - (x->x0 < y->x0);
}

static int
by_left (gconstpointer a, gconstpointer b, gpointer data)
{
  const DgPdfPiece *pieces = ((const Order *) data)->pieces;
  double x = pieces[*(const guint *) a].x0, y = pieces[*(const guint *) b].x0;
  return (x > y) - (x < y);
}

/* The pieces in bands: those whose centres lie within half a character
 * of the band's first are one line of the page.  A GPtrArray of GArray
 * (guint piece indices, left to right), top to bottom. */
static GPtrArray *
bands_of (const DgPdfPiece *pieces, guint n, double em)
{
  g_autoptr (GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  for (guint i = 0; i < n; i++)
    g_array_append_val (order, i);
  Order o = { pieces };
  g_array_sort_with_data (order, by_centre, &o);
  GPtrArray *bands = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GArray *band = NULL;
  double top = 0;
  for (guint k = 0; k < order->len; k++)
    {
      guint i = g_array_index (order, guint, k);
      if (band == NULL || centre (&pieces[i]) - top > em / 2)
        {
          band = g_array_new (FALSE, FALSE, sizeof (guint));
          g_ptr_array_add (bands, band);
          top = centre (&pieces[i]);
        }
      g_array_append_val (band, i);
    }
  for (guint b = 0; b < bands->len; b++)
    g_array_sort_with_data (g_ptr_array_index (bands, b), by_left, &o);
  return bands;
}

static gboolean
ends_sentence (const char *text)
{
  return g_str_has_suffix (text, "。") || g_str_has_suffix (text, "；") || g_str_has_suffix (text, "：")
         || g_str_has_suffix (text, "！") || g_str_has_suffix (text, "？");
}

/* Whether BAND can head a table: two pieces or more, apart by a character
 * at least, each a short label. */
static gboolean
is_header (const DgPdfPiece *pieces, const GArray *band, double em)
{
  if (band->len < 2)
    return FALSE;
  for (guint k = 0; k < band->len; k++)
    {
      const DgPdfPiece *p = &pieces[g_array_index (band, guint, k)];
      /* A label has two characters or more and closes no sentence: not a
       * bullet before its item (● 负责…。), not a sentence of prose. */
      glong chars = g_utf8_strlen (p->text, -1);
      if (chars > HEADER_CHARS || chars < 2 || ends_sentence (p->text) || g_str_has_suffix (p->text, "，"))
        return FALSE;
      if (k > 0 && p->x0 - pieces[g_array_index (band, guint, k - 1)].x1 < em)
        return FALSE;
    }
  return TRUE;
}

static gboolean
all_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* 一、道路交通安全, （二）消防安全: a group's title. */
static gboolean
opens_with_numeral (const char *text)
{
  static GRegex *re = NULL;
  dg_regex_once (&re, "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)])", G_REGEX_DEFAULT);
  return g_regex_match (re, text, 0, NULL);
}

/* 东坪镇人民政府, 中共东坪镇委员会: the issuing organ signing. */
static gboolean
is_signature (const char *text)
{
  static GRegex *re = NULL;
  dg_regex_once (&re, "^\\p{Han}{2,20}(?:人民政府|委员会|办事处)$", G_REGEX_DEFAULT);
  return g_regex_match (re, text, 0, NULL);
}

static gboolean
is_date (const char *text)
{
  static GRegex *re = NULL;
  dg_regex_once (&re,
                 "^[0-9〇零一二三四五六七八九十○]{2,4}年[0-9一二三四五六七八九十]{1,2}月"
                 "(?:[0-9一二三四五六七八九十]{1,3}日)?$",
                 G_REGEX_DEFAULT);
  return g_regex_match (re, text, 0, NULL);
}

/* Whether NEXT goes on the text of ABOVE, which the column's width cut:
 * ABOVE reaches the column's edge (REACH), or falls short of it by the
 * character that line breaking moved down with a closing mark that may
 * not open a line (…条 / 例》第四条). */
static gboolean
wrapped (const DgPdfPiece *above, const DgPdfPiece *next, double reach, double em)
{
  if (above->x1 >= reach - 0.6 * em)
    return TRUE;
  const char *second = g_utf8_next_char (next->text);
  if (*second == '\0' || above->x1 < reach - 1.8 * em)
    return FALSE;
  return g_utf8_strchr ("》）」』】〕，。、；：！？…", -1, g_utf8_get_char (second)) != NULL;
}

static void
append_piece (GString *cell, const char *text)
{
  if (cell->len > 0)
    {
      gunichar a = g_utf8_get_char (g_utf8_find_prev_char (cell->str, cell->str + cell->len));
      gunichar b = g_utf8_get_char (text);
      /* Words in Latin letters keep their space; Chinese has none to keep. */
      if (a < 0x80 && b < 0x80 && g_ascii_isalnum ((char) a) && g_ascii_isalnum ((char) b))
        g_string_append_c (cell, ' ');
    }
  g_string_append (cell, text);
}

typedef struct {
  guint columns;
  double *border;  /* columns - 1 borders, left to right */
  GString **cells; /* the open row */
  const DgPdfPiece **last; /* the last piece of each column in the open row */
  GString *rows;
  guint data_rows; /* rows below the header with two cells filled or more */
  gboolean header_done;
} Reading;

static void
close_row (Reading *r)
{
  guint filled = 0;
  gboolean any = FALSE;
  for (guint c = 0; c < r->columns; c++)
    if (r->cells[c]->len > 0)
      filled++, any = TRUE;
  if (!any)
    return;
  if (r->rows->len > 0)
    g_string_append_c (r->rows, '\n');
  for (guint c = 0; c < r->columns; c++)
    {
      if (c > 0)
        g_string_append_c (r->rows, '\t');
      g_string_append (r->rows, r->cells[c]->str);
      g_string_truncate (r->cells[c], 0);
      r->last[c] = NULL;
    }
  if (r->header_done && filled >= 2)
    r->data_rows++;
  r->header_done = TRUE;
}

static guint
column_of (const Reading *r, double x)
{
  guint c = 0;
  while (c + 1 < r->columns && x >= r->border[c])
    c++;
  return c;
}

static int
by_interval (gconstpointer a, gconstpointer b)
{
  double x = ((const double *) a)[0], y = ((const double *) b)[0];
  return (x > y) - (x < y);
}

/* The borders between the header's columns: where no piece of the
 * table's bands FIRST..END lies, between the centres of two header cells.
 * A cell's text may run wider than its header's label, and either may be
 * centred, so the header alone does not say where a column ends.  False
 * when two header cells have no gap between them. */
static gboolean
find_borders (const DgPdfPiece *pieces, GPtrArray *bands, guint first, guint end, const double *centres,
              guint columns, double em, double *border)
{
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, 2 * sizeof (double));
  for (guint b = first; b < end; b++)
    {
      const GArray *band = g_ptr_array_index (bands, b);
      for (guint k = 0; k < band->len; k++)
        {
          const DgPdfPiece *p = &pieces[g_array_index (band, guint, k)];
          double span[2] = { p->x0, p->x1 };
          g_array_append_val (spans, span);
        }
    }
  g_array_sort (spans, by_interval);
  /* The gaps of the spans' union, each as [from, to]. */
  g_autoptr (GArray) gaps = g_array_new (FALSE, FALSE, 2 * sizeof (double));
  double reach = -G_MAXDOUBLE;
  for (guint i = 0; i < spans->len; i++)
    {
      const double *span = (const double *) (void *) (spans->data + i * 2 * sizeof (double));
      if (i > 0 && span[0] - reach > em / 4)
        {
          double gap[2] = { reach, span[0] };
          g_array_append_val (gaps, gap);
        }
      reach = MAX (reach, span[1]);
    }
  for (guint c = 0; c + 1 < columns; c++)
    {
      double widest = 0;
      gboolean found = FALSE;
      for (guint g = 0; g < gaps->len; g++)
        {
          const double *gap = (const double *) (void *) (gaps->data + g * 2 * sizeof (double));
          if (gap[0] >= centres[c] && gap[1] <= centres[c + 1] && gap[1] - gap[0] > widest)
            {
              widest = gap[1] - gap[0];
              border[c] = (gap[0] + gap[1]) / 2;
              found = TRUE;
            }
        }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* Whether BAND's pieces, TAB between them, read HEADER. */
static gboolean
band_text_is (const DgPdfPiece *pieces, const GArray *band, const char *header)
{
  if (header == NULL)
    return FALSE;
  g_autoptr (GString) text = g_string_new (NULL);
  for (guint k = 0; k < band->len; k++)
    {
      if (k > 0)
        g_string_append_c (text, '\t');
      g_string_append (text, pieces[g_array_index (band, guint, k)].text);
    }
  return g_str_equal (text->str, header);
}

/* Where the table that starts at BANDS[FIRST] ends: at a band far below
 * the last, with a piece left of the table (LEFT) or across a column's
 * border (between two header cells' CENTRES, or on a known BORDER: prose
 * again), or a lone signature under it.  HEADER: BANDS[FIRST] heads it. */
static guint
region_end (const DgPdfPiece *pieces, GPtrArray *bands, guint first, gboolean header, guint columns,
            const double *centres, const double *border, double left, double em)
{
  double bottom = -G_MAXDOUBLE;
  guint end = first;
  if (header)
    {
      const GArray *head = g_ptr_array_index (bands, first);
      for (guint k = 0; k < head->len; k++)
        bottom = MAX (bottom, pieces[g_array_index (head, guint, k)].y1);
      end = first + 1;
    }
  /* Where the first column ends: a piece left of it is in that column. */
  double second = centres ? centres[1] : border[0];
  gboolean serial = FALSE; /* the first column numbers the rows: 序号 */
  for (; end < bands->len; end++)
    {
      const GArray *band = g_ptr_array_index (bands, end);
      const DgPdfPiece *lead = &pieces[g_array_index (band, guint, 0)];
      gboolean fits = bottom == -G_MAXDOUBLE || lead->y0 - bottom <= 3 * em;
      if (end == first + (header ? 1 : 0))
        serial = lead->x1 < second && all_digits (lead->text);
      /* The signature under the table: a lone piece that is a date or an
       * issuing organ, or, in a table whose rows are numbered, a lone
       * piece in the first column that is neither a number nor a group's
       * title. */
      if (band->len == 1 && (is_date (lead->text) || is_signature (lead->text)
                             || (serial && lead->x1 < second && !all_digits (lead->text)
                                 && !opens_with_numeral (lead->text))))
        fits = FALSE;
      for (guint k = 0; k < band->len && fits; k++)
        {
          const DgPdfPiece *p = &pieces[g_array_index (band, guint, k)];
          if (p->x0 < left - 2 * em)
            fits = FALSE;
          for (guint c = 0; c + 1 < columns && fits; c++)
            if (centres ? p->x0 < centres[c] && p->x1 > centres[c + 1]
                        : p->x0 < border[c] - em / 4 && p->x1 > border[c] + em / 2)
              fits = FALSE;
        }
      if (!fits)
        break;
      for (guint k = 0; k < band->len; k++)
        bottom = MAX (bottom, pieces[g_array_index (band, guint, k)].y1);
    }
  return end;
}

/* The rows of BANDS[FIRST..END) in the columns BORDER parts, the first
 * band the header when HEADER; NULL when no row has two cells filled. */
static DgPdfTable *
read_rows (const DgPdfPiece *pieces, GPtrArray *bands, guint first, guint end, guint columns,
           const double *border, gboolean header, double em)
{
  Reading r = { 0 };
  r.columns = columns;
  r.border = g_memdup2 (border, columns * sizeof (double));
  r.header_done = !header;
  /* How far each column's text reaches: a line of it that ends there ran
   * on into the next line; one that ends short closed its paragraph. */
  g_autofree double *reaches = g_new (double, columns);
  for (guint c = 0; c < columns; c++)
    reaches[c] = -G_MAXDOUBLE;
  for (guint b = first + (header ? 1 : 0); b < end; b++)
    {
      const GArray *band = g_ptr_array_index (bands, b);
      for (guint k = 0; k < band->len; k++)
        {
          const DgPdfPiece *p = &pieces[g_array_index (band, guint, k)];
          guint c = column_of (&r, p->x0);
          reaches[c] = MAX (reaches[c], p->x1);
        }
    }
  double reach = reaches[0];
  r.cells = g_new (GString *, columns);
  r.last = g_new0 (const DgPdfPiece *, columns);
  r.rows = g_string_new (NULL);
  for (guint c = 0; c < columns; c++)
    r.cells[c] = g_string_new (NULL);
  g_autoptr (GArray) used = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint b = first; b < end; b++)
    {
      const GArray *band = g_ptr_array_index (bands, b);
      /* A row starts where the first column gets text of its own: not the
       * rest of a line that filled the column and ran on. */
      const DgPdfPiece *lead = &pieces[g_array_index (band, guint, 0)];
      if (b > first && column_of (&r, lead->x0) == 0)
        {
          const DgPdfPiece *above = r.last[0];
          /* Ran on: the line ended where the column's text ends and at
           * its border (a column whose text never fills it never wraps),
           * mid-sentence, and is no row's number. */
          gboolean runs_on = above != NULL && above->x1 >= reach - 0.6 * em
                             && above->x1 >= r.border[0] - 1.5 * em && !ends_sentence (above->text)
                             && !all_digits (above->text) && !opens_with_numeral (lead->text);
          if (!runs_on || (header && b == first + 1))
            close_row (&r);
        }
      for (guint k = 0; k < band->len; k++)
        {
          guint i = g_array_index (band, guint, k);
          const DgPdfPiece *p = &pieces[i];
          guint c = column_of (&r, p->x0);
          /* Two paragraphs of a cell (镇教育办公室 / 东坪派出所) are two
           * texts, parted by a space as the .docx reader parts them. */
          if (r.last[c] != NULL && !wrapped (r.last[c], p, reaches[c], em))
            g_string_append_c (r.cells[c], ' ');
          append_piece (r.cells[c], p->text);
          r.last[c] = p;
          g_array_append_val (used, i);
        }
    }
  close_row (&r);
  DgPdfTable *t = NULL;
  if (r.data_rows >= 1)
    {
      t = g_new0 (DgPdfTable, 1);
      t->lines = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint k = 0; k < used->len; k++)
        g_array_append_val (t->lines, pieces[g_array_index (used, guint, k)].line);
      t->rows = g_string_free (g_steal_pointer (&r.rows), FALSE);
      t->columns = columns;
      t->border = g_steal_pointer (&r.border);
      t->left = pieces[g_array_index ((GArray *) g_ptr_array_index (bands, first), guint, 0)].x0;
    }
  for (guint c = 0; c < columns; c++)
    g_string_free (r.cells[c], TRUE);
  g_free (r.cells);
  g_free (r.last);
  g_free (r.border);
  if (r.rows)
    g_string_free (r.rows, TRUE);
  return t;
}

/* Reads the table whose header is BANDS[FIRST]; returns the band after
 * it, and the table (or NULL when too little of one followed). */
static guint
read_table (const DgPdfPiece *pieces, GPtrArray *bands, guint first, double em, DgPdfTable **out)
{
  *out = NULL;
  const GArray *head = g_ptr_array_index (bands, first);
  guint columns = head->len;
  g_autofree double *centres = g_new (double, columns);
  for (guint c = 0; c < columns; c++)
    {
      const DgPdfPiece *h = &pieces[g_array_index (head, guint, c)];
      centres[c] = (h->x0 + h->x1) / 2;
    }
  double left = pieces[g_array_index (head, guint, 0)].x0;
  guint end = region_end (pieces, bands, first, TRUE, columns, centres, NULL, left, em);
  if (end == first + 1)
    return first + 1;
  /* Bands that line up under a header but leave no gap between its
   * columns are no table, nor is any run of them: the page is read on
   * after them, so that it is read once. */
  g_autofree double *border = g_new (double, columns);
  if (!find_borders (pieces, bands, first, end, centres, columns, em, border))
    return end;
  *out = read_rows (pieces, bands, first, end, columns, border, TRUE, em);
  if (*out)
    {
      (*out)->left = left;
      const char *eol = strchr ((*out)->rows, '\n');
      (*out)->header = eol ? g_strndup ((*out)->rows, (gsize) (eol - (*out)->rows)) : g_strdup ((*out)->rows);
    }
  return end;
}

static int
by_guint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return (x > y) - (x < y);
}

static void
count (GHashTable *counts, guint line)
{
  gpointer key = GUINT_TO_POINTER (line + 1);
  g_hash_table_replace (counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
}

/* Whether every piece of each line TABLE takes is in it; TABLE's lines
 * then ascending, each once. */
static gboolean
takes_whole_lines (const DgPdfPiece *pieces, guint n, DgPdfTable *table)
{
  g_autoptr (GHashTable) used = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GHashTable) all = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint k = 0; k < table->lines->len; k++)
    count (used, g_array_index (table->lines, guint, k));
  for (guint i = 0; i < n; i++)
    if (g_hash_table_contains (used, GUINT_TO_POINTER (pieces[i].line + 1)))
      count (all, pieces[i].line);
  GHashTableIter it;
  gpointer key, value;
  g_hash_table_iter_init (&it, used);
  while (g_hash_table_iter_next (&it, &key, &value))
    if (g_hash_table_lookup (all, key) != value)
      return FALSE;
  g_array_sort (table->lines, by_guint);
  guint kept = 0;
  for (guint k = 0; k < table->lines->len; k++)
    if (kept == 0 || g_array_index (table->lines, guint, kept - 1) != g_array_index (table->lines, guint, k))
      g_array_index (table->lines, guint, kept++) = g_array_index (table->lines, guint, k);
  g_array_set_size (table->lines, kept);
  return TRUE;
}

GPtrArray *
dg_pdf_tables_find (const DgPdfPiece *pieces, guint n, double em, const DgPdfTable *open)
{
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) dg_pdf_table_free);
  if (n == 0 || em <= 0)
    return tables;
  g_autoptr (GPtrArray) bands = bands_of (pieces, n, em);
  guint b = 0;
  /* The rows a table of the page before goes on with, in its columns:
   * whatever fits them, even a row that reads like a header (11 食品安全…),
   * but its header repeated on this page (Word's 重复标题行) is not read
   * again. */
  if (open != NULL && open->reaches_end)
    {
      guint end = region_end (pieces, bands, 0, FALSE, open->columns, NULL, open->border, open->left, em);
      gboolean repeated = end > 0 && band_text_is (pieces, g_ptr_array_index (bands, 0), open->header);
      DgPdfTable *rest = end > (repeated ? 1u : 0u)
                             ? read_rows (pieces, bands, repeated ? 1 : 0, end, open->columns, open->border,
                                          FALSE, em)
                             : NULL;
      if (rest && repeated)
        {
          const GArray *head = g_ptr_array_index (bands, 0);
          for (guint k = 0; k < head->len; k++)
            g_array_append_val (rest->lines, pieces[g_array_index (head, guint, k)].line);
        }
      if (rest && takes_whole_lines (pieces, n, rest))
        {
          rest->left = open->left;
          rest->continues = TRUE;
          g_free (rest->header);
          rest->header = g_strdup (open->header);
          rest->reaches_end = end == bands->len;
          g_ptr_array_add (tables, rest);
          b = end;
        }
      else
        dg_pdf_table_free (rest);
    }
  while (b < bands->len)
    {
      if (!is_header (pieces, g_ptr_array_index (bands, b), em))
        {
          b++;
          continue;
        }
      DgPdfTable *table = NULL;
      guint next = read_table (pieces, bands, b, em, &table);
      if (table && takes_whole_lines (pieces, n, table))
        {
          table->reaches_end = next == bands->len;
          g_ptr_array_add (tables, table);
          b = next;
        }
      else if (table == NULL)
        b = MAX (b + 1, next); /* each band read once: no table in that run */
      else
        {
          dg_pdf_table_free (table);
          b++;
        }
    }
  return tables;
}
