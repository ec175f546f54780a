/*
 * matrix-html.c — the matrix as an HTML table, alone on a page or inside
 * the report.  Every model text is escaped (html.h); ids, which the loader
 * restricts to letters, digits, '-', '_' and '.', are escaped all the same.
 * The page (the matrix, then the lists of matrix.h) has no script and
 * loads nothing.
 */
#include <glib/gi18n.h>

#include "render/html.h"
#include "render/matrix.h"

const char dg_matrix_css[] =
  "table.dg-matrix{border-collapse:separate;border-spacing:0;font-size:12px}\n"
  ".dg-matrix th,.dg-matrix td{border:1px solid #c8c8c8;padding:2px 4px;vertical-align:top;"
  "background:#fff}\n"
  ".dg-matrix thead th{position:sticky;top:0;background:#eef2f7;z-index:2}\n"
  ".dg-matrix thead tr.dg-kinds th{top:2.6em;font-weight:normal;color:#555}\n"
  ".dg-matrix th.dg-area{position:sticky;left:0;z-index:1;text-align:left;white-space:pre;"
  "font-weight:normal}\n"
  ".dg-matrix td.dg-id{color:#777;font-family:monospace}\n"
  ".dg-matrix .dg-entry{display:block;white-space:nowrap}\n"
  ".dg-matrix .dg-role-lead{color:#0b4f9c;font-weight:bold}\n"
  ".dg-matrix .dg-role-support{color:#2e7d32}\n"
  ".dg-matrix .dg-role-upper{color:#6a4c93}\n"
  ".dg-matrix tr.dg-conflict th.dg-area,.dg-matrix tr.dg-conflict td.dg-marks{background:#f8d0cc}\n"
  ".dg-matrix tr.dg-shared th.dg-area,.dg-matrix tr.dg-shared td.dg-marks{background:#fdf0b8}\n"
  ".dg-matrix tr.dg-uncovered th.dg-area,.dg-matrix tr.dg-uncovered td.dg-marks{background:#e6e6e6;"
  "color:#555;font-style:italic}\n"
  ".dg-matrix tr.dg-no-lead th.dg-area,.dg-matrix tr.dg-no-lead td.dg-marks{background:#fde2c4}\n"
  ".dg-matrix tr.dg-exempt{color:#999}\n"
  "table.dg-duties{border-collapse:collapse;font-size:12px}\n"
  ".dg-duties th,.dg-duties td{border:1px solid #c8c8c8;padding:2px 4px;vertical-align:top;"
  "text-align:left}\n"
  ".dg-duties td{white-space:pre-wrap}\n";

static const char *
role_class (const DgHolding *h)
{
  if (h->with_upper)
    return "dg-role-upper";
  return h->role == DG_ROLE_LEAD ? "dg-role-lead" : "dg-role-support";
}

static void
append_row_classes (GString *out, guint marks)
{
  const struct { guint mark; const char *name; } names[] = {
    { DG_MATRIX_CONFLICT, "dg-conflict" }, { DG_MATRIX_SHARED, "dg-shared" },
    { DG_MATRIX_STATUTORY, "dg-statutory" }, { DG_MATRIX_UNCOVERED, "dg-uncovered" },
    { DG_MATRIX_NO_LEAD, "dg-no-lead" }, { DG_MATRIX_EXEMPT, "dg-exempt" },
  };
  g_string_append (out, " class=\"dg-row");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (marks & names[i].mark)
      g_string_append_printf (out, " %s", names[i].name);
  g_string_append_c (out, '"');
  /* The finding kinds, as check names them, for the report's filters. */
  const struct { guint mark; DgFindingKind kind; } kinds[] = {
    { DG_MATRIX_CONFLICT, DG_FINDING_CONFLICT }, { DG_MATRIX_SHARED, DG_FINDING_SHARED },
    { DG_MATRIX_UNCOVERED, DG_FINDING_UNCOVERED }, { DG_MATRIX_NO_LEAD, DG_FINDING_NO_LEAD },
  };
  g_string_append (out, " data-kinds=\"");
  gboolean first = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (marks & kinds[i].mark)
      {
        g_string_append_printf (out, "%s%s", first ? "" : " ", dg_finding_kind_name (kinds[i].kind));
        first = FALSE;
      }
  g_string_append_c (out, '"');
}

void
dg_matrix_html_table (GString *out, const DgMatrix *matrix)
{
  const DgModel *m = matrix->report->graph->model;
  g_string_append (out, "<table class=\"dg-matrix\" id=\"dg-matrix\">\n<thead>\n<tr><th scope=\"col\">");
  dg_html_append (out, _("area id"));
  g_string_append (out, "</th><th scope=\"col\">");
  dg_html_append (out, _("area"));
  g_string_append (out, "</th><th scope=\"col\">");
  dg_html_append (out, _("findings"));
  g_string_append (out, "</th>");
  for (guint c = 0; c < matrix->columns->len; c++)
    {
      const DgBody *b = dg_model_body (m, g_array_index (matrix->columns, int, c));
      g_string_append (out, "<th scope=\"col\" class=\"dg-body\" data-body=\"");
      dg_html_append (out, b->id);
      g_string_append (out, "\">");
      dg_html_append (out, b->name);
      g_string_append (out, " <small>[");
      dg_html_append (out, b->id);
      g_string_append (out, "]</small></th>");
    }
  g_string_append (out, "</tr>\n<tr class=\"dg-kinds\"><th></th><th></th><th>");
  dg_html_append (out, _("kind"));
  g_string_append (out, "</th>");
  for (guint c = 0; c < matrix->columns->len; c++)
    {
      g_string_append (out, "<th>");
      dg_html_append (out, dg_kind_label (dg_model_body (m, g_array_index (matrix->columns, int, c))->kind));
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr>\n</thead>\n<tbody>\n");

  for (guint r = 0; r < matrix->rows->len; r++)
    {
      const DgMatrixRow *row = &g_array_index (matrix->rows, DgMatrixRow, r);
      const DgArea *a = dg_model_area (m, row->area);
      g_string_append (out, "<tr");
      append_row_classes (out, row->marks);
      g_string_append (out, " data-area=\"");
      dg_html_append (out, a->id);
      g_string_append (out, "\"><td class=\"dg-id\">");
      dg_html_append (out, a->id);
      g_string_append (out, "</td><th scope=\"row\" class=\"dg-area\">");
      g_autofree char *label = dg_matrix_area_label (m, row);
      dg_html_append (out, label);
      g_string_append (out, "</th><td class=\"dg-marks\">");
      g_autofree char *marks = dg_matrix_marks_text (row->marks);
      dg_html_append (out, marks);
      g_string_append (out, "</td>");
      for (guint c = 0; c < matrix->columns->len; c++)
        {
          const GArray *cell = dg_matrix_cell (matrix, r, c);
          const DgBody *b = dg_model_body (m, g_array_index (matrix->columns, int, c));
          g_string_append (out, "<td class=\"dg-cell\" data-body=\"");
          dg_html_append (out, b->id);
          g_string_append (out, "\">");
          for (guint i = 0; i < cell->len; i++)
            {
              const DgHolding *h = &g_array_index (cell, DgHolding, i);
              g_autofree char *entry = dg_matrix_entry (m, h);
              g_string_append_printf (out, "<span class=\"dg-entry %s\" title=\"", role_class (h));
              dg_html_append (out, dg_model_duty (m, h->duty)->text);
              g_string_append (out, "\">");
              dg_html_append (out, entry);
              g_string_append (out, "</span>");
            }
          g_string_append (out, "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

void
dg_list_html (GString *out, const DgMatrixList *list)
{
  g_string_append (out, "<h2>");
  dg_html_append (out, list->title);
  g_string_append (out, "</h2>\n<table class=\"dg-duties\">\n<thead><tr>");
  for (guint i = 0; list->headings[i]; i++)
    {
      g_string_append (out, "<th scope=\"col\">");
      dg_html_append (out, list->headings[i]);
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead>\n<tbody>\n");
  for (guint r = 0; r < list->rows->len; r++)
    {
      char **cells = g_ptr_array_index (list->rows, r);
      g_string_append (out, "<tr>");
      for (guint i = 0; cells[i]; i++)
        {
          g_string_append (out, "<td>");
          dg_html_append (out, cells[i]);
          g_string_append (out, "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

void
dg_matrix_html_title (GString *out, const DgModel *m)
{
  if (m->number)
    {
      dg_html_append (out, m->number);
      g_string_append_c (out, ' ');
    }
  g_string_append (out, "《");
  dg_html_append (out, m->title ? m->title : m->doc_id);
  g_string_append (out, "》");
}

GBytes *
dg_matrix_html (const DgMatrix *matrix)
{
  const DgModel *m = matrix->report->graph->model;
  GString *out = g_string_new ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                               "style-src 'unsafe-inline'\">\n<title>");
  dg_html_append (out, _("Responsibility matrix"));
  g_string_append (out, ": ");
  dg_matrix_html_title (out, m);
  g_string_append_printf (out, "</title>\n<style>\nbody{font-family:\"Noto Sans CJK SC\",sans-serif;"
                               "margin:1em}\n%s</style>\n</head>\n<body>\n<h1>", dg_matrix_css);
  dg_html_append (out, _("Responsibility matrix"));
  g_string_append (out, ": ");
  dg_matrix_html_title (out, m);
  g_string_append (out, "</h1>\n");
  dg_matrix_html_table (out, matrix);
  g_autoptr (GPtrArray) lists = dg_matrix_lists (m);
  for (guint l = 0; l < lists->len; l++)
    dg_list_html (out, g_ptr_array_index (lists, l));
  g_string_append (out, "</body>\n</html>\n");
  return g_string_free_to_bytes (out);
}

GBytes *
dg_lists_html (const char *title, const GPtrArray *lists)
{
  GString *out = g_string_new ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                               "style-src 'unsafe-inline'\">\n<title>");
  dg_html_append (out, title);
  g_string_append_printf (out, "</title>\n<style>\nbody{font-family:\"Noto Sans CJK SC\",sans-serif;"
                               "margin:1em}\n%s</style>\n</head>\n<body>\n<h1>", dg_matrix_css);
  dg_html_append (out, title);
  g_string_append (out, "</h1>\n");
  for (guint l = 0; l < lists->len; l++)
    dg_list_html (out, g_ptr_array_index (lists, l));
  g_string_append (out, "</body>\n</html>\n");
  return g_string_free_to_bytes (out);
}
