/*
 * matrix-md.c — the matrix as Markdown tables, for wikis and notes.
 *
 * Markdown passes HTML through, so model text is HTML-escaped first, then
 * the characters that act inside a table cell are backslash-escaped (a
 * name must not become a link, code, emphasis or a cell boundary); line
 * breaks in a cell become <br>.
 */
#include <string.h>

#include <glib/gi18n.h>

#include "render/html.h"
#include "render/matrix.h"

static void
append_md (GString *out, const char *text)
{
  g_autoptr (GString) html = g_string_new (NULL);
  dg_html_append (html, text);
  for (const char *p = html->str; *p; p++)
    {
      if (*p == '\n')
        g_string_append (out, "<br>");
      else if (*p == '\t')
        g_string_append_c (out, ' ');
      else
        {
          if (strchr ("\\`*_[]|~", *p))
            g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
    }
}

static void
append_row (GString *out, const char *const *cells, guint n)
{
  g_string_append_c (out, '|');
  for (guint i = 0; i < n; i++)
    {
      g_string_append_c (out, ' ');
      append_md (out, cells[i]);
      g_string_append (out, " |");
    }
  g_string_append_c (out, '\n');
}

static void
append_rule (GString *out, guint n)
{
  g_string_append_c (out, '|');
  for (guint i = 0; i < n; i++)
    g_string_append (out, " --- |");
  g_string_append_c (out, '\n');
}

static void
append_list (GString *out, const DgMatrixList *list)
{
  g_string_append (out, "\n## ");
  append_md (out, list->title);
  g_string_append (out, "\n\n");
  guint nh = g_strv_length ((char **) list->headings);
  append_row (out, list->headings, nh);
  append_rule (out, nh);
  for (guint r = 0; r < list->rows->len; r++)
    append_row (out, g_ptr_array_index (list->rows, r), nh);
}

GBytes *
dg_matrix_markdown (const DgMatrix *matrix)
{
  const DgModel *m = matrix->report->graph->model;
  GString *out = g_string_new ("# ");
  append_md (out, _("Responsibility matrix"));
  g_string_append (out, ": ");
  if (m->number)
    {
      append_md (out, m->number);
      g_string_append_c (out, ' ');
    }
  g_string_append (out, "《");
  append_md (out, m->title ? m->title : m->doc_id);
  g_string_append (out, "》\n\n");

  guint n = 3 + matrix->columns->len;
  g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (cells, g_strdup (_("area id")));
  g_ptr_array_add (cells, g_strdup (_("area")));
  g_ptr_array_add (cells, g_strdup (_("findings")));
  for (guint c = 0; c < matrix->columns->len; c++)
    g_ptr_array_add (cells, dg_matrix_body_heading (m, g_array_index (matrix->columns, int, c)));
  append_row (out, (const char *const *) cells->pdata, n);
  append_rule (out, n);

  g_ptr_array_set_size (cells, 0);
  g_ptr_array_add (cells, g_strdup (""));
  g_ptr_array_add (cells, g_strdup (""));
  g_ptr_array_add (cells, g_strdup (_("kind")));
  for (guint c = 0; c < matrix->columns->len; c++)
    g_ptr_array_add (cells, g_strdup (dg_kind_label (
                                dg_model_body (m, g_array_index (matrix->columns, int, c))->kind)));
  append_row (out, (const char *const *) cells->pdata, n);

  for (guint r = 0; r < matrix->rows->len; r++)
    {
      const DgMatrixRow *row = &g_array_index (matrix->rows, DgMatrixRow, r);
      g_ptr_array_set_size (cells, 0);
      g_ptr_array_add (cells, g_strdup (dg_model_area (m, row->area)->id));
      g_ptr_array_add (cells, dg_matrix_area_label (m, row));
      g_ptr_array_add (cells, dg_matrix_marks_text (row->marks));
      for (guint c = 0; c < matrix->columns->len; c++)
        g_ptr_array_add (cells, dg_matrix_cell_text (matrix, r, c));
      append_row (out, (const char *const *) cells->pdata, n);
    }

  g_autoptr (GPtrArray) lists = dg_matrix_lists (m);
  for (guint l = 0; l < lists->len; l++)
    append_list (out, g_ptr_array_index (lists, l));
  return g_string_free_to_bytes (out);
}

GBytes *
dg_lists_markdown (const char *title, const GPtrArray *lists)
{
  GString *out = g_string_new ("# ");
  append_md (out, title);
  g_string_append (out, "\n");
  for (guint l = 0; l < lists->len; l++)
    append_list (out, g_ptr_array_index (lists, l));
  return g_string_free_to_bytes (out);
}
