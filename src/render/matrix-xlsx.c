/*
 * matrix-xlsx.c — the matrix as an Excel workbook, through libxlsxwriter.
 * The workbook itself (a temporary file read back, fixed creation time)
 * is render/workbook.h's.  Every cell is written as a string: a body
 * named "=1+2" stays text.
 */
#include <errno.h>
#include <string.h>
#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "render/render-error.h"
#include "render/matrix.h"
#include "render/workbook.h"
#include "util/escape.h"

/* Excel's limit on a cell, in characters. */
#define CELL_MAX_CHARS 32000

/* A worksheet's size in Excel (and in libxlsxwriter). */
#define SHEET_MAX_ROWS 1048576u
#define SHEET_MAX_COLUMNS 16384u

/* Body columns on one printed page across: more are printed on further
 * pages, each with the area columns repeated. */
#define PRINT_COLUMNS_PER_PAGE 20u

typedef struct {
  lxw_format *heading, *kind, *id, *area, *marks;
  lxw_format *area_mark[4], *marks_mark[4]; /* conflict, shared, uncovered, no lead */
  lxw_format *lead, *support, *upper, *plain, *text;
} Formats;

static lxw_format *
new_format (lxw_workbook *wb, gboolean wrap)
{
  lxw_format *f = workbook_add_format (wb);
  format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (f, LXW_BORDER_THIN);
  format_set_border_color (f, 0xC8C8C8);
  if (wrap)
    format_set_text_wrap (f);
  return f;
}

static void
make_formats (lxw_workbook *wb, Formats *f)
{
  f->heading = new_format (wb, TRUE);
  format_set_bold (f->heading);
  format_set_bg_color (f->heading, 0xEEF2F7);
  f->kind = new_format (wb, TRUE);
  format_set_bg_color (f->kind, 0xEEF2F7);
  format_set_font_color (f->kind, 0x555555);
  f->id = new_format (wb, FALSE);
  format_set_font_color (f->id, 0x777777);
  f->area = new_format (wb, FALSE);
  f->marks = new_format (wb, TRUE);
  static const guint32 fills[4] = { 0xF8D0CC, 0xFDF0B8, 0xE6E6E6, 0xFDE2C4 };
  for (int i = 0; i < 4; i++)
    {
      f->area_mark[i] = new_format (wb, FALSE);
      format_set_bg_color (f->area_mark[i], fills[i]);
      f->marks_mark[i] = new_format (wb, TRUE);
      format_set_bg_color (f->marks_mark[i], fills[i]);
      if (i == 2)
        {
          format_set_italic (f->area_mark[i]);
          format_set_italic (f->marks_mark[i]);
        }
    }
  f->lead = new_format (wb, TRUE);
  format_set_bold (f->lead);
  format_set_font_color (f->lead, 0x0B4F9C);
  format_set_bg_color (f->lead, 0xDCE9F7);
  f->support = new_format (wb, TRUE);
  format_set_font_color (f->support, 0x2E7D32);
  format_set_bg_color (f->support, 0xE3F1E3);
  f->upper = new_format (wb, TRUE);
  format_set_font_color (f->upper, 0x6A4C93);
  format_set_bg_color (f->upper, 0xEDE6F5);
  f->plain = new_format (wb, TRUE);
  f->text = new_format (wb, TRUE);
}

/* Index into the finding formats of a row's strongest mark, or -1. */
static int
mark_index (guint marks)
{
  if (marks & DG_MATRIX_CONFLICT)
    return 0;
  if (marks & DG_MATRIX_UNCOVERED)
    return 2;
  if (marks & DG_MATRIX_NO_LEAD)
    return 3;
  if (marks & DG_MATRIX_SHARED)
    return 1;
  return -1;
}

static lxw_format *
cell_format (const Formats *f, const GArray *cell)
{
  gboolean any_upper = FALSE, any_support = FALSE;
  for (guint i = 0; i < cell->len; i++)
    {
      const DgHolding *h = &g_array_index (cell, DgHolding, i);
      if (h->role == DG_ROLE_LEAD && !h->with_upper)
        return f->lead;
      if (h->with_upper)
        any_upper = TRUE;
      else
        any_support = TRUE;
    }
  return any_support ? f->support : any_upper ? f->upper : f->plain;
}

typedef struct {
  lxw_error status;
} Writer;

static void
put (Writer *w, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *text, lxw_format *format)
{
  if (w->status != LXW_NO_ERROR)
    return;
  /* libxlsxwriter escapes markup and controls, not U+FFFE/U+FFFF. */
  g_autofree char *valid = dg_escape_xlsx (text);
  if (g_utf8_strlen (valid, -1) > CELL_MAX_CHARS)
    {
      const char *end = g_utf8_offset_to_pointer (valid, CELL_MAX_CHARS - 1);
      char *cut = g_strdup_printf ("%.*s…", (int) (end - valid), valid);
      g_free (valid);
      valid = cut;
    }
  /* OOXML reads "_xHHHH_" as an escaped character (libxlsxwriter writes
   * control characters so); a literal one keeps its '_' as "_x005F_". */
  if (strstr (valid, "_x"))
    {
      GString *escaped = g_string_new (NULL);
      for (const char *p = valid; *p; p++)
        {
          if (p[0] == '_' && p[1] == 'x' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3])
              && g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]) && p[6] == '_')
            g_string_append (escaped, "_x005F_");
          else
            g_string_append_c (escaped, *p);
        }
      g_free (valid);
      valid = g_string_free (escaped, FALSE);
    }
  if (valid[0] == '\0')
    w->status = format ? worksheet_write_blank (ws, row, col, format) : LXW_NO_ERROR;
  else
    w->status = worksheet_write_string (ws, row, col, valid, format);
}

static void
write_matrix (Writer *w, lxw_worksheet *ws, const DgMatrix *matrix, const Formats *f)
{
  const DgModel *m = matrix->report->graph->model;
  guint n_columns = matrix->columns->len;
  put (w, ws, 0, 0, _("area id"), f->heading);
  put (w, ws, 0, 1, _("area"), f->heading);
  put (w, ws, 0, 2, _("findings"), f->heading);
  put (w, ws, 1, 0, "", f->kind);
  put (w, ws, 1, 1, "", f->kind);
  put (w, ws, 1, 2, _("kind"), f->kind);
  for (guint c = 0; c < n_columns; c++)
    {
      int body = g_array_index (matrix->columns, int, c);
      g_autofree char *heading = dg_matrix_body_heading (m, body);
      put (w, ws, 0, (lxw_col_t) (3 + c), heading, f->heading);
      put (w, ws, 1, (lxw_col_t) (3 + c), dg_kind_label (dg_model_body (m, body)->kind), f->kind);
    }
  for (guint r = 0; r < matrix->rows->len; r++)
    {
      const DgMatrixRow *row = &g_array_index (matrix->rows, DgMatrixRow, r);
      lxw_row_t y = (lxw_row_t) (2 + r);
      int mark = mark_index (row->marks);
      g_autofree char *label = dg_matrix_area_label (m, row);
      g_autofree char *marks = dg_matrix_marks_text (row->marks);
      put (w, ws, y, 0, dg_model_area (m, row->area)->id, f->id);
      put (w, ws, y, 1, label, mark >= 0 ? f->area_mark[mark] : f->area);
      put (w, ws, y, 2, marks, mark >= 0 ? f->marks_mark[mark] : f->marks);
      for (guint c = 0; c < n_columns; c++)
        {
          const GArray *cell = dg_matrix_cell (matrix, r, c);
          g_autofree char *text = dg_matrix_cell_text (matrix, r, c);
          put (w, ws, y, (lxw_col_t) (3 + c), text, cell->len ? cell_format (f, cell) : NULL);
        }
    }
  if (w->status != LXW_NO_ERROR)
    return;
  worksheet_freeze_panes (ws, 2, 3);
  worksheet_set_column (ws, 0, 0, 22, NULL);
  worksheet_set_column (ws, 1, 1, 26, NULL);
  worksheet_set_column (ws, 2, 2, 16, NULL);
  if (n_columns > 0)
    worksheet_set_column (ws, 3, (lxw_col_t) (2 + n_columns), 14, NULL);
  worksheet_set_row (ws, 0, 45, NULL);
  /* Printed as offices print it: landscape A4, as many pages across as
   * groups of body columns (one when they fit), the heading rows and the
   * area columns on every page. */
  worksheet_set_landscape (ws);
  worksheet_set_paper (ws, 9);
  worksheet_fit_to_pages (ws, (uint16_t) MAX (1u, (n_columns + PRINT_COLUMNS_PER_PAGE - 1) / PRINT_COLUMNS_PER_PAGE),
                          0);
  w->status = worksheet_repeat_rows (ws, 0, 1);
  if (w->status == LXW_NO_ERROR)
    w->status = worksheet_repeat_columns (ws, 0, 2);
}

static void
write_list (Writer *w, lxw_worksheet *ws, const DgMatrixList *list, const Formats *f)
{
  guint n = 0;
  for (; list->headings[n]; n++)
    put (w, ws, 0, (lxw_col_t) n, list->headings[n], f->heading);
  for (guint r = 0; r < list->rows->len; r++)
    {
      char **cells = g_ptr_array_index (list->rows, r);
      for (guint i = 0; cells[i]; i++)
        put (w, ws, (lxw_row_t) (1 + r), (lxw_col_t) i, cells[i], f->text);
    }
  if (w->status != LXW_NO_ERROR)
    return;
  worksheet_freeze_panes (ws, 1, 1);
  /* The last column holds the long texts. */
  worksheet_set_column (ws, 0, (lxw_col_t) (n - 1), 16, NULL);
  worksheet_set_column (ws, (lxw_col_t) (n - 1), (lxw_col_t) (n - 1), n > 2 ? 60 : 40, NULL);
  worksheet_set_landscape (ws);
  worksheet_set_paper (ws, 9);
  worksheet_fit_to_pages (ws, 1, 0);
  w->status = worksheet_repeat_rows (ws, 0, 0);
}

/* FALSE, with an error saying to write CSV, when a sheet of the workbook
 * would need more rows or columns than XLSX has. */
static gboolean
fits (const DgMatrix *matrix, const GPtrArray *lists, GError **error)
{
  guint64 columns = matrix ? 3 + (guint64) matrix->columns->len : 0;
  guint64 rows = matrix ? 2 + (guint64) matrix->rows->len : 0;
  for (guint l = 0; l < lists->len; l++)
    {
      const DgMatrixList *list = g_ptr_array_index (lists, l);
      rows = MAX (rows, 1 + (guint64) list->rows->len);
      columns = MAX (columns, (guint64) g_strv_length ((char **) list->headings));
    }
  if (columns > SHEET_MAX_COLUMNS)
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_CAPACITY,
                   _("the matrix needs %llu columns, more than the %u of an XLSX worksheet; "
                     "write it as CSV (--format csv)"),
                   (unsigned long long) columns, SHEET_MAX_COLUMNS);
      return FALSE;
    }
  if (rows > SHEET_MAX_ROWS)
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_CAPACITY,
                   _("the matrix needs %llu rows, more than the %u of an XLSX worksheet; "
                     "write it as CSV (--format csv)"),
                   (unsigned long long) rows, SHEET_MAX_ROWS);
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  const DgMatrix *matrix;
  const GPtrArray *lists;
} Content;

/* The matrix first when there is one, then a sheet per list. */
static lxw_error
fill (lxw_workbook *wb, gconstpointer data)
{
  const Content *content = data;
  Formats f;
  make_formats (wb, &f);
  Writer w = { LXW_NO_ERROR };
  if (content->matrix)
    {
      lxw_worksheet *sheet = workbook_add_worksheet (wb, _("Matrix"));
      if (sheet == NULL)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
      write_matrix (&w, sheet, content->matrix, &f);
    }
  for (guint l = 0; l < content->lists->len && w.status == LXW_NO_ERROR; l++)
    {
      const DgMatrixList *list = g_ptr_array_index (content->lists, l);
      lxw_worksheet *ws = workbook_add_worksheet (wb, list->title);
      if (ws == NULL)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
      write_list (&w, ws, list, &f);
    }
  return w.status;
}

static GBytes *
write_workbook (const char *title, const DgMatrix *matrix, const GPtrArray *lists, GError **error)
{
  if (!fits (matrix, lists, error))
    return NULL;
  Content content = { matrix, lists };
  return dg_workbook_bytes (title, NULL, fill, &content, error);
}

GBytes *
dg_matrix_xlsx (const DgMatrix *matrix, GError **error)
{
  const DgModel *m = matrix->report->graph->model;
  g_autofree char *title = g_strdup_printf ("%s%s《%s》", m->number ? m->number : "",
                                            m->number ? " " : "", m->title ? m->title : m->doc_id);
  g_autoptr (GPtrArray) lists = dg_matrix_lists (m);
  return write_workbook (title, matrix, lists, error);
}

GBytes *
dg_lists_xlsx (const char *title, const GPtrArray *lists, GError **error)
{
  return write_workbook (title, NULL, lists, error);
}
