/*
 * read-pdf.c — a PDF's text layer through poppler-glib.  poppler gives
 * each page's text in reading order with a box per character; the boxes
 * say where a line starts and ends, which is what tells a line the page
 * wrapped (it reaches the right margin, the next one starts at the left
 * margin) from a paragraph's end, and which lines are the running head
 * and foot that every page repeats.
 */
#include <glib/gi18n.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "import/import.h"
#include "import/pdf-table.h"
#include "import/read-pdf.h"
#include "util/regex-once.h"

/* poppler-glib 22 declares no g_autoptr cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

typedef struct
{
  char *text;
  double x0, x1, y0, y1;
  int page;
  gboolean drop;  /* a running head or foot, or a page number */
  gboolean table; /* the rows of a table (pdf-table.h), TAB between cells */
  gboolean tabled; /* taken into a table's rows: gone, but part of the page */
  gboolean continues; /* a table's rows going on from the page before */
} Line;

static void
line_clear (gpointer data)
{
  g_free (((Line *) data)->text);
}

/* A run of a line's characters with no wide gap inside: a table's cells
 * on one line are pieces apart. */
typedef struct
{
  char *text;
  double x0, x1, y0, y1;
  guint line;
  int page;
} Piece;

static void
piece_clear (gpointer data)
{
  g_free (((Piece *) data)->text);
}

static char *drop_mixed_spaces (const char *text);

static void
piece_close (GArray *pieces, Piece *piece, GString *text)
{
  g_strstrip (text->str);
  text->len = strlen (text->str);
  if (text->len > 0 && piece->x1 > piece->x0)
    {
      piece->text = drop_mixed_spaces (text->str);
      g_array_append_val (pieces, *piece);
    }
  g_string_truncate (text, 0);
  piece->x0 = piece->y0 = G_MAXDOUBLE;
  piece->x1 = piece->y1 = -G_MAXDOUBLE;
}

static gboolean
is_cjk (gunichar c)
{
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

/* poppler puts a space where a glyph gap is wide, and between Chinese and
 * a digit set in another font there always is one (47 号, 2023 年): a
 * single space between a Chinese character and an ASCII letter or digit
 * goes; spaces between two Chinese words (issuers 张山子镇委员会 张山子镇人民政府)
 * stay. */
static char *
drop_mixed_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gunichar before = 0;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == ' ' && before != 0)
        {
          const char *q = g_utf8_next_char (p);
          gunichar after = *q ? g_utf8_get_char (q) : 0;
          gboolean ascii_before = before < 0x80 && g_ascii_isalnum ((char) before);
          gboolean ascii_after = after < 0x80 && after != 0 && g_ascii_isalnum ((char) after);
          if ((is_cjk (before) && ascii_after) || (ascii_before && is_cjk (after)))
            continue;
        }
      g_string_append_unichar (out, c);
      before = c;
    }
  return g_string_free (out, FALSE);
}

/* The lines of one page, each with the box of its visible characters,
 * and their pieces. */
static void
page_lines (PopplerPage *page, int number, GArray *lines, GArray *pieces)
{
  g_autofree char *text = poppler_page_get_text (page);
  PopplerRectangle *boxes = NULL;
  guint n_boxes = 0;
  if (text == NULL)
    return;
  if (!poppler_page_get_text_layout (page, &boxes, &n_boxes))
    n_boxes = 0;
  GString *current = g_string_new (NULL);
  GString *piece_text = g_string_new (NULL);
  Line line = { NULL, G_MAXDOUBLE, -G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, number, FALSE, FALSE, FALSE, FALSE };
  Piece piece = { NULL, G_MAXDOUBLE, -G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, lines->len, number };
  guint index = 0;
  for (const char *p = text;; p = g_utf8_next_char (p), index++)
    {
      gunichar c = *p ? g_utf8_get_char (p) : '\n';
      if (c == '\n')
        {
          g_strstrip (current->str);
          current->len = strlen (current->str);
          piece_close (pieces, &piece, piece_text);
          if (current->len > 0)
            {
              line.text = drop_mixed_spaces (current->str);
              if (line.x0 > line.x1)
                line.x0 = line.x1 = line.y0 = line.y1 = 0;
              g_array_append_val (lines, line);
            }
          g_string_truncate (current, 0);
          line = (Line) { NULL, G_MAXDOUBLE, -G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, number, FALSE, FALSE, FALSE, FALSE };
          piece.line = lines->len;
          if (*p == '\0')
            break;
          continue;
        }
      if (c == '\t' || c == '\r' || g_unichar_iscntrl (c))
        c = ' ';
      g_string_append_unichar (current, c);
      if (index < n_boxes && !g_unichar_isspace (c))
        {
          const PopplerRectangle *b = &boxes[index];
          double x0 = MIN (b->x1, b->x2), x1 = MAX (b->x1, b->x2);
          double y0 = MIN (b->y1, b->y2), y1 = MAX (b->y1, b->y2);
          /* A gap of most of a character ends a piece (a cell's border),
           * and so does a step back or onto another line, where poppler's
           * order goes from one cell to the next. */
          double h = y1 - y0;
          if (piece.x1 > piece.x0
              && (x0 - piece.x1 > 0.8 * h || x0 < piece.x1 - 0.5 * h
                  || fabs ((y0 + y1) / 2 - (piece.y0 + piece.y1) / 2) > 0.5 * h))
            piece_close (pieces, &piece, piece_text);
          line.x0 = MIN (line.x0, x0);
          line.x1 = MAX (line.x1, x1);
          line.y0 = MIN (line.y0, y0);
          line.y1 = MAX (line.y1, y1);
          piece.x0 = MIN (piece.x0, x0);
          piece.x1 = MAX (piece.x1, x1);
          piece.y0 = MIN (piece.y0, y0);
          piece.y1 = MAX (piece.y1, y1);
        }
      g_string_append_unichar (piece_text, c);
    }
  g_string_free (current, TRUE);
  g_string_free (piece_text, TRUE);
  g_free (boxes);
}

static int by_double (gconstpointer a, gconstpointer b);

/* Each page's tables (pdf-table.h), read off the pieces of its lines that
 * are not a head or a foot: the first line a table takes becomes its
 * rows, the others go. */
static void
mark_tables (GArray *lines, GArray *pieces, int pages)
{
  guint at = 0;
  g_autoptr (GPtrArray) before = NULL; /* the page before's tables */
  for (int page = 0; page < pages; page++)
    {
      g_autoptr (GArray) here = g_array_new (FALSE, FALSE, sizeof (DgPdfPiece));
      g_autoptr (GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
      for (; at < pieces->len && g_array_index (pieces, Piece, at).page == page; at++)
        {
          const Piece *p = &g_array_index (pieces, Piece, at);
          if (g_array_index (lines, Line, p->line).drop)
            continue;
          DgPdfPiece d = { p->text, p->x0, p->x1, p->y0, p->y1, p->line };
          g_array_append_val (here, d);
          double h = p->y1 - p->y0;
          g_array_append_val (heights, h);
        }
      if (here->len == 0)
        {
          g_clear_pointer (&before, g_ptr_array_unref);
          continue;
        }
      g_array_sort (heights, by_double);
      double em = g_array_index (heights, double, heights->len / 2);
      const DgPdfTable *open = before && before->len ? g_ptr_array_index (before, before->len - 1) : NULL;
      GPtrArray *tables = dg_pdf_tables_find ((const DgPdfPiece *) (void *) here->data, here->len, em, open);
      for (guint t = 0; t < tables->len; t++)
        {
          DgPdfTable *table = g_ptr_array_index (tables, t);
          for (guint k = 0; k < table->lines->len; k++)
            {
              Line *l = &g_array_index (lines, Line, g_array_index (table->lines, guint, k));
              if (k == 0)
                {
                  g_free (l->text);
                  l->text = g_strdup (table->rows);
                  l->table = TRUE;
                  l->continues = table->continues;
                }
              else
                l->drop = l->tabled = TRUE;
            }
        }
      g_clear_pointer (&before, g_ptr_array_unref);
      before = tables;
    }
}

/* A line that is only a page number: 3, - 3 -, — 3 —, 第 3 页, 第3页 共9页,
 * 3 / 9, Page 3. */
static gboolean
is_page_number (const char *text)
{
  static GRegex *pattern;
  dg_regex_once (&pattern,
                 "^(?:[-—–－‐一~～·\\s]*\\d+[-—–－‐一~～·\\s]*"
                 "|第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?"
                 "|\\d+\\s*/\\s*\\d+|(?i:page)\\s*\\d+(?:\\s*(?i:of)\\s*\\d+)?)$",
                 G_REGEX_OPTIMIZE);
  return g_regex_match (pattern, text, 0, NULL);
}

/* A line's text with its digits as '#' and no spaces: a running head or
 * foot that carries the page number or date is the same on every page. */
static char *
shape_of (const char *text)
{
  GString *out = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        continue;
      if (g_unichar_isdigit (c))
        g_string_append_c (out, '#');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The lines a page could have as head or foot: its first two and last two. */
#define EDGE 2

static void
mark_running_lines (GArray *lines, int pages)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree int *first = g_new (int, pages + 1), *last = g_new (int, pages + 1);
  for (int p = 0; p <= pages; p++)
    first[p] = -1, last[p] = -1;
  for (guint i = 0; i < lines->len; i++)
    {
      Line *l = &g_array_index (lines, Line, i);
      if (first[l->page] < 0)
        first[l->page] = (int) i;
      last[l->page] = (int) i;
    }
  /* Each shape counted once per page it appears on at the page's edge. */
  for (int p = 0; p < pages; p++)
    {
      if (first[p] < 0)
        continue;
      g_autoptr (GHashTable) here = g_hash_table_new (g_str_hash, g_str_equal);
      for (int i = first[p]; i <= last[p]; i++)
        {
          if (i >= first[p] + EDGE && i <= last[p] - EDGE)
            continue;
          Line *l = &g_array_index (lines, Line, i);
          if (g_utf8_strlen (l->text, -1) > 60)
            continue;
          char *shape = shape_of (l->text);
          if (g_hash_table_contains (here, shape))
            {
              g_free (shape);
              continue;
            }
          g_hash_table_add (here, shape);
          gpointer count = g_hash_table_lookup (seen, shape);
          g_hash_table_replace (seen, g_strdup (shape), GINT_TO_POINTER (GPOINTER_TO_INT (count) + 1));
        }
      GHashTableIter it;
      gpointer key;
      g_hash_table_iter_init (&it, here);
      while (g_hash_table_iter_next (&it, &key, NULL))
        g_free (key);
    }
  /* Repeated on most pages (and on two at least). */
  int needed = MAX (2, (pages + 1) / 2);
  for (int p = 0; p < pages; p++)
    for (int i = first[p]; i >= 0 && i <= last[p]; i++)
      {
        if (i >= first[p] + EDGE && i <= last[p] - EDGE)
          continue;
        Line *l = &g_array_index (lines, Line, i);
        g_autofree char *shape = shape_of (l->text);
        if (is_page_number (l->text)
            || GPOINTER_TO_INT (g_hash_table_lookup (seen, shape)) >= needed)
          l->drop = TRUE;
      }
}

static int
by_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* A numbering token at the start of TEXT: a line that starts one begins a
 * unit of its own even after a full line. */
static gboolean
starts_numbered (const char *text)
{
  static GRegex *pattern;
  dg_regex_once (&pattern,
                 "^(?:第[一二三四五六七八九十百零〇\\d]+[章节条款]|[一二三四五六七八九十]+、"
                 "|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．)）]|[①-⑳⑴-⒇㈠-㈩])",
                 G_REGEX_OPTIMIZE);
  return g_regex_match (pattern, text, 0, NULL);
}

static gboolean
ends_sentence (const char *text)
{
  return g_str_has_suffix (text, "。") || g_str_has_suffix (text, "；") || g_str_has_suffix (text, "：")
         || g_str_has_suffix (text, "！") || g_str_has_suffix (text, "？")
         || g_str_has_suffix (text, ";") || g_str_has_suffix (text, ":");
}

/* A line that opens with a short label and its colon (县公安局：负责…,
 * 主要职责：…): after a full stop it starts a paragraph of its own, even when
 * the sentence before ended right at the margin. */
static gboolean
opens_with_label (const char *text)
{
  int chars = 0;
  for (const char *p = text; *p && chars <= 16; p = g_utf8_next_char (p), chars++)
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0xFF1A || c == ':')
        return chars >= 2;
      if (c == 0xFF0C || c == 0x3001 || c == 0x3002 || c == 0xFF1B || c == ',' || c == ';'
          || c == ' ' || c == 0x3000 || c == 0xFF01 || c == 0xFF1F)
        return FALSE;
    }
  return FALSE;
}

/* The body's lines joined into paragraphs: a line goes on in the next when
 * it reaches the right margin and the next starts at the left margin (a
 * paragraph's first line is indented, its last one short), a vertical gap
 * of a blank line or more not between them, and the next line is not a
 * unit of its own after a full stop (numbered, a heading, a label and its
 * colon); across a page break too. */
static char *
join_lines (GArray *lines)
{
  g_autoptr (GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE;
  for (guint i = 0; i < lines->len; i++)
    {
      Line *l = &g_array_index (lines, Line, i);
      /* A table's lines are the page's too: they say where its margins are. */
      if ((l->drop && !l->tabled) || l->x1 <= l->x0)
        continue;
      double h = l->y1 - l->y0;
      g_array_append_val (heights, h);
      left = MIN (left, l->x0);
      right = MAX (right, l->x1);
    }
  double em = 10;
  if (heights->len > 0)
    {
      g_array_sort (heights, by_double);
      em = MAX (g_array_index (heights, double, heights->len / 2), 1.0);
    }
  /* The usual distance from one line to the next on a page: a gap well
   * beyond it is a blank line in the document. */
  g_autoptr (GArray) pitches = g_array_new (FALSE, FALSE, sizeof (double));
  const Line *above = NULL;
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      if (l->drop || l->x1 <= l->x0)
        continue;
      if (above != NULL && above->page == l->page && l->y0 > above->y0)
        {
          double pitch = l->y0 - above->y0;
          g_array_append_val (pitches, pitch);
        }
      above = l;
    }
  double pitch = 1.5 * em;
  if (pitches->len > 0)
    {
      g_array_sort (pitches, by_double);
      pitch = g_array_index (pitches, double, pitches->len / 2);
    }
  GString *out = g_string_new (NULL);
  const Line *previous = NULL;
  gboolean after_table = FALSE; /* the last text written is a table's */
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      if (l->drop)
        continue;
      if (l->table)
        {
          /* A table stands between blank lines, as every reader gives it;
           * its rows on the next page go on right under the rows before. */
          if (out->len > 0 && !(l->continues && after_table))
            g_string_append (out, "\n\n");
          g_string_append (out, l->text);
          g_string_append (out, "\n");
          previous = NULL;
          after_table = TRUE;
          continue;
        }
      if (after_table)
        {
          g_string_append_c (out, '\n');
          after_table = FALSE;
          previous = l;
          g_string_append (out, l->text);
          continue;
        }
      gboolean join = FALSE;
      if (previous != NULL && previous->x1 > previous->x0 && l->x1 > l->x0)
        {
          gboolean full = previous->x1 >= right - 2.5 * em;
          gboolean flush = l->x0 <= left + 0.5 * em;
          gboolean near = l->page != previous->page
                          || ((l->y0 - previous->y1) < 1.5 * em && l->y0 - previous->y0 <= 1.6 * pitch);
          /* After a full stop, a numbered line starts anew, and so does a
           * heading or a name: short of the margin and not ending a
           * sentence (a paragraph's last line ends in 。). */
          gboolean heading = l->x1 < right - 2.5 * em && !ends_sentence (l->text);
          gboolean new_unit = ends_sentence (previous->text)
                              && (starts_numbered (l->text) || heading || opens_with_label (l->text));
          join = full && flush && near && !new_unit;
        }
      if (join)
        {
          gunichar a = g_utf8_get_char (g_utf8_find_prev_char (out->str, out->str + out->len));
          gunichar b = g_utf8_get_char (l->text);
          if (a < 0x80 && b < 0x80 && g_ascii_isalnum ((char) a) && g_ascii_isalnum ((char) b))
            g_string_append_c (out, ' ');
        }
      else if (out->len > 0)
        {
          g_string_append_c (out, '\n');
          if (previous != NULL && previous->page == l->page && l->y0 - previous->y0 > 1.6 * pitch)
            g_string_append_c (out, '\n');
        }
      g_string_append (out, l->text);
      previous = l;
    }
  if (out->len > 0)
    g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

char *
dg_read_pdf (const char *path, const char *data, gsize length, GError **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (data, length);
  g_autoptr (GError) local = NULL;
  g_autoptr (PopplerDocument) doc = poppler_document_new_from_bytes (bytes, NULL, &local);
  if (doc == NULL)
    {
      if (g_error_matches (local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                     _("%s: error: the PDF is password-protected; save an unprotected copy "
                       "first"),
                     path);
      else
        g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                     _("%s: error: not a readable PDF (damaged or incomplete)"), path);
      return NULL;
    }
  int pages = poppler_document_get_n_pages (doc);
  g_autoptr (GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));
  g_array_set_clear_func (lines, line_clear);
  g_autoptr (GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_array_set_clear_func (pieces, piece_clear);
  for (int p = 0; p < pages; p++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (doc, p);
      if (page != NULL)
        page_lines (page, p, lines, pieces);
    }
  if (lines->len == 0)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                   _("%s: error: no text layer: run OCR first (the PDF's pages are images, a "
                     "scan)"),
                   path);
      return NULL;
    }
  mark_running_lines (lines, pages);
  mark_tables (lines, pieces, pages);
  return join_lines (lines);
}
