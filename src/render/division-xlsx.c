/*
 * division-xlsx.c — an office sheet (division-sheet.h) as an Excel
 * workbook (render/workbook.h) that prints as it is: A4 landscape, one
 * page wide, the header row on every page, the provenance and the page
 * number in the footer.  Cells are strings, never formulas.
 */
#include <string.h>

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "render/division-sheet.h"
#include "render/render-error.h"
#include "render/workbook.h"
#include "util/escape.h"

/* Excel's limits: characters in a cell, in a header or footer. */
#define CELL_MAX_CHARS 32000
#define FOOTER_MAX_CHARS 255

/* A4 in Excel's paper codes. */
#define PAPER_A4 9

typedef struct {
  lxw_format *title, *line, *heading, *cell, *number;
} Formats;

static lxw_format *
bordered (lxw_workbook *wb)
{
  lxw_format *f = workbook_add_format (wb);
  format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (f, LXW_BORDER_THIN);
  format_set_text_wrap (f);
  return f;
}

static void
make_formats (lxw_workbook *wb, Formats *f)
{
  f->title = workbook_add_format (wb);
  format_set_bold (f->title);
  format_set_font_size (f->title, 16);
  format_set_align (f->title, LXW_ALIGN_CENTER);
  format_set_align (f->title, LXW_ALIGN_VERTICAL_CENTER);
  f->line = workbook_add_format (wb);
  format_set_align (f->line, LXW_ALIGN_LEFT);
  format_set_align (f->line, LXW_ALIGN_VERTICAL_CENTER);
  f->heading = bordered (wb);
  format_set_bold (f->heading);
  format_set_align (f->heading, LXW_ALIGN_CENTER);
  format_set_align (f->heading, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color (f->heading, 0xE7ECF3);
  f->cell = bordered (wb);
  f->number = bordered (wb);
  format_set_align (f->number, LXW_ALIGN_CENTER);
}

/* TEXT as libxlsxwriter should get it: the XLSX escaping policy, cut to
 * Excel's limit, and a literal "_xHHHH_" kept literal ("_x005F_" before
 * it), since OOXML reads that form as an escaped character. */
static char *
cell_text (const char *text)
{
  g_autofree char *valid = dg_escape_xlsx (text);
  if (g_utf8_strlen (valid, -1) > CELL_MAX_CHARS)
    {
      const char *end = g_utf8_offset_to_pointer (valid, CELL_MAX_CHARS - 1);
      char *cut = g_strdup_printf ("%.*s…", (int) (end - valid), valid);
      g_free (valid);
      valid = cut;
    }
  GString *out = g_string_new (NULL);
  for (const char *p = valid; *p; p++)
    {
      if (p[0] == '_' && p[1] == 'x' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3])
          && g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]) && p[6] == '_')
        g_string_append (out, "_x005F_");
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Points per line of 11-point text, and Excel's highest row. */
#define LINE_POINTS 15.0
#define MAX_ROW_POINTS 409.0

/* How many lines TEXT takes in a column WIDTH characters wide.  Excel
 * grows a wrapped row to its text when it opens the file, LibreOffice and
 * WPS do not, so each row is given its height: a wide (CJK) character
 * counts two widths of '0', any other a little over one, and a line breaks
 * before the character that would pass the column's edge. */
static guint
wrapped_lines (const char *text, double width)
{
  double room = width > 2 ? width - 1 : 1;
  guint lines = 1;
  double used = 0;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '\n')
        {
          lines++;
          used = 0;
          continue;
        }
      double w = g_unichar_iswide (c) ? 2.0 : 1.1;
      if (used + w > room && used > 0)
        {
          lines++;
          used = 0;
        }
      used += w;
    }
  return lines;
}

typedef struct {
  lxw_error status;
  lxw_worksheet *ws;
  lxw_col_t last_col;
} Writer;

static void
put (Writer *w, lxw_row_t row, lxw_col_t col, const char *text, lxw_format *format)
{
  if (w->status != LXW_NO_ERROR)
    return;
  g_autofree char *valid = cell_text (text);
  w->status = valid[0] ? worksheet_write_string (w->ws, row, col, valid, format)
                       : worksheet_write_blank (w->ws, row, col, format);
}

/* A line across every column. */
static void
put_across (Writer *w, lxw_row_t row, const char *text, lxw_format *format, double height)
{
  if (w->status != LXW_NO_ERROR)
    return;
  g_autofree char *valid = cell_text (text);
  if (w->last_col == 0)
    w->status = worksheet_write_string (w->ws, row, 0, valid, format);
  else
    w->status = worksheet_merge_range (w->ws, row, 0, row, w->last_col, valid, format);
  if (w->status == LXW_NO_ERROR)
    w->status = worksheet_set_row (w->ws, row, height, NULL);
}

/* "provenance  page N of M", with '&' doubled (the footer's escape). */
static char *
footer (const DgOfficeSheet *sheet)
{
  g_autofree char *made = dg_provenance_line (sheet->provenance);
  g_autofree char *valid = cell_text (made);
  GString *out = g_string_new ("&L");
  for (const char *p = valid; *p; p++)
    {
      if (*p == '&')
        g_string_append_c (out, '&');
      g_string_append_c (out, *p);
    }
  /* TRANSLATORS: a printed page's footer; keep &P (this page) and &N (pages). */
  g_string_append_printf (out, "&R%s", _("page &P of &N"));
  if (g_utf8_strlen (out->str, -1) > FOOTER_MAX_CHARS)
    {
      /* A long 编制单位: the provenance row above the table still says it. */
      g_string_assign (out, "&R");
      g_string_append (out, _("page &P of &N"));
    }
  return g_string_free (out, FALSE);
}

static void
write_sheet (Writer *w, const DgOfficeSheet *sheet, const Formats *f)
{
  guint n = sheet->headings->len;
  w->last_col = (lxw_col_t) (n > 0 ? n - 1 : 0);
  lxw_row_t y = 0;
  put_across (w, y++, sheet->title, f->title, 32);
  if (sheet->basis)
    put_across (w, y++, sheet->basis, f->line, 20);
  g_autofree char *made = dg_provenance_line (sheet->provenance);
  put_across (w, y++, made, f->line, 20);
  if (sheet->note)
    put_across (w, y++, sheet->note, f->line, 20);
  lxw_row_t header = y++;
  guint header_lines = 1;
  for (guint c = 0; c < n; c++)
    {
      const char *heading = g_ptr_array_index (sheet->headings, c);
      put (w, header, (lxw_col_t) c, heading, f->heading);
      header_lines = MAX (header_lines, wrapped_lines (heading, g_array_index (sheet->widths, double, c)));
    }
  if (w->status == LXW_NO_ERROR)
    w->status = worksheet_set_row (w->ws, header, header_lines * LINE_POINTS + 6, NULL);
  for (guint r = 0; r < sheet->rows->len; r++, y++)
    {
      char **cells = g_ptr_array_index (sheet->rows, r);
      guint lines = 1;
      for (guint c = 0; c < n; c++)
        {
          put (w, y, (lxw_col_t) c, cells[c], c == 0 ? f->number : f->cell);
          lines = MAX (lines, wrapped_lines (cells[c], g_array_index (sheet->widths, double, c)));
        }
      if (w->status == LXW_NO_ERROR)
        w->status = worksheet_set_row (w->ws, y, MIN (MAX_ROW_POINTS, lines * LINE_POINTS + 3), NULL);
    }
  if (w->status != LXW_NO_ERROR)
    return;
  for (guint c = 0; c < n; c++)
    worksheet_set_column (w->ws, (lxw_col_t) c, (lxw_col_t) c,
                          g_array_index (sheet->widths, double, c), NULL);
  worksheet_freeze_panes (w->ws, header + 1, 0);
  worksheet_set_landscape (w->ws);
  worksheet_set_paper (w->ws, PAPER_A4);
  worksheet_set_margins (w->ws, 0.5, 0.5, 0.6, 0.7);
  worksheet_center_horizontally (w->ws);
  /* One page wide, as many pages tall as the rows need. */
  worksheet_fit_to_pages (w->ws, 1, 0);
  w->status = worksheet_repeat_rows (w->ws, header, header);
  if (w->status == LXW_NO_ERROR)
    {
      g_autofree char *foot = footer (sheet);
      w->status = worksheet_set_footer (w->ws, foot);
    }
}

static lxw_error
fill (lxw_workbook *wb, gconstpointer data)
{
  const DgOfficeSheet *sheet = data;
  Formats f;
  make_formats (wb, &f);
  Writer w = { LXW_NO_ERROR, NULL, 0 };
  w.ws = workbook_add_worksheet (wb, sheet->sheet_name);
  if (w.ws == NULL)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;
  write_sheet (&w, sheet, &f);
  return w.status;
}

GBytes *
dg_office_sheet_xlsx (const DgOfficeSheet *sheet, GError **error)
{
  return dg_workbook_bytes (sheet->title, sheet->provenance->org, fill, sheet, error);
}
