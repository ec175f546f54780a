/*
 * matrix-csv.c — the matrix as CSV for Excel, WPS and LibreOffice.
 *
 * RFC 4180: every field quoted, quotes doubled, CRLF between records.
 * UTF-8 with a byte-order mark, which is what makes Excel and WPS read
 * Chinese as UTF-8 rather than the system code page.  Spreadsheets turn a
 * cell starting with = + - @ (and, in some, TAB or CR) into a formula, so
 * such a cell — and one starting with ', the escape itself — gets a ' in
 * front: the reader (matrix-read.c) takes exactly one off again.
 */
#include <string.h>

#include <glib/gi18n.h>

#include "render/matrix.h"
#include "util/escape.h"

static void
append_field (GString *out, const char *text, gboolean first)
{
  if (!first)
    g_string_append_c (out, ',');
  dg_escape_csv (out, text);
}

static void
end_record (GString *out)
{
  g_string_append (out, "\r\n");
}

static void
append_list (GString *out, const DgMatrixList *list)
{
  for (guint i = 0; list->headings[i]; i++)
    append_field (out, list->headings[i], i == 0);
  end_record (out);
  for (guint r = 0; r < list->rows->len; r++)
    {
      char **cells = g_ptr_array_index (list->rows, r);
      for (guint i = 0; cells[i]; i++)
        append_field (out, cells[i], i == 0);
      end_record (out);
    }
}

GBytes *
dg_matrix_csv (const DgMatrix *matrix)
{
  const DgModel *m = matrix->report->graph->model;
  GString *out = g_string_new ("\xef\xbb\xbf");

  append_field (out, _("area id"), TRUE);
  append_field (out, _("area"), FALSE);
  append_field (out, _("findings"), FALSE);
  for (guint c = 0; c < matrix->columns->len; c++)
    {
      g_autofree char *heading = dg_matrix_body_heading (m, g_array_index (matrix->columns, int, c));
      append_field (out, heading, FALSE);
    }
  end_record (out);

  append_field (out, "", TRUE);
  append_field (out, "", FALSE);
  append_field (out, _("kind"), FALSE);
  for (guint c = 0; c < matrix->columns->len; c++)
    append_field (out, dg_kind_label (dg_model_body (m, g_array_index (matrix->columns, int, c))->kind),
                  FALSE);
  end_record (out);

  for (guint r = 0; r < matrix->rows->len; r++)
    {
      const DgMatrixRow *row = &g_array_index (matrix->rows, DgMatrixRow, r);
      g_autofree char *label = dg_matrix_area_label (m, row);
      g_autofree char *marks = dg_matrix_marks_text (row->marks);
      append_field (out, dg_model_area (m, row->area)->id, TRUE);
      append_field (out, label, FALSE);
      append_field (out, marks, FALSE);
      for (guint c = 0; c < matrix->columns->len; c++)
        {
          g_autofree char *cell = dg_matrix_cell_text (matrix, r, c);
          append_field (out, cell, FALSE);
        }
      end_record (out);
    }

  /* An empty record before each list: duties, bodies, exemptions. */
  g_autoptr (GPtrArray) lists = dg_matrix_lists (m);
  for (guint l = 0; l < lists->len; l++)
    {
      end_record (out);
      append_list (out, g_ptr_array_index (lists, l));
    }
  return g_string_free_to_bytes (out);
}

GBytes *
dg_lists_csv (const GPtrArray *lists)
{
  GString *out = g_string_new ("\xef\xbb\xbf");
  for (guint l = 0; l < lists->len; l++)
    {
      if (l > 0)
        end_record (out);
      append_list (out, g_ptr_array_index (lists, l));
    }
  return g_string_free_to_bytes (out);
}
