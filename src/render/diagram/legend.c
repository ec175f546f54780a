/*
 * legend.c — the title and legend of the per-model views: document,
 * view, and what the lines, colours and kinds of body mean.
 */
#include "render/diagram/draw.h"
#include "render/diagram/style.h"

void
dg_draw_append_title (GString *out, const DgModel *model, guint colspan)
{
  g_string_append (out, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">");
  g_string_append (out, "<TR><TD ALIGN=\"LEFT\"");
  if (colspan > 0)
    g_string_append_printf (out, " COLSPAN=\"%u\"", colspan);
  g_string_append (out, "><FONT POINT-SIZE=\"24\"><B>");
  if (model->number && model->number[0])
    {
      dg_escape_dot_markup (out, model->number);
      g_string_append (out, "　");
    }
  dg_escape_dot_markup (out, model->title);
  g_string_append (out, "</B></FONT></TD></TR>");
}

static void
legend_row (GString *out, const char *sample_cell, const char *text)
{
  g_string_append_printf (out, "<TR>%s<TD ALIGN=\"LEFT\">%s</TD></TR>", sample_cell, text);
}

/* The graph label: document, view, and what the lines and colours mean.
 * Line samples are drawn with box-drawing glyphs: a table cell cannot
 * hold a real edge. */
void
dg_draw_title_and_legend (DgDiagram *d, const char *subtitle_markup, gboolean common_omitted,
                      gboolean dimmed_drawn, gboolean classes_drawn)
{
  const DgModel *m = d->model;
  g_autoptr (GString) t = g_string_new (NULL);
  dg_draw_append_title (t, m, 3);
  g_string_append_printf (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><FONT POINT-SIZE=\"16\">%s</FONT></TD></TR>",
                          subtitle_markup);

  g_autoptr (GString) rows = g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\">");
  legend_row (rows, "<TD>━━━━</TD>", "负责（牵头）");
  legend_row (rows, "<TD>╍╍╍╍</TD>", "协助 / 配合 / 参与 / 监督 / 指导");
  legend_row (rows, "<TD>┈┈┈┈</TD>", "协助 / 配合上级部门");
  if (classes_drawn)
    legend_row (rows, "<TD BORDER=\"1\" STYLE=\"dashed\">共同职责</TD>",
                "适用于一类单位全体的职责");
  if (dimmed_drawn)
    legend_row (rows, "<TD BORDER=\"1\" COLOR=\"" COLOR_DIM "\" BGCOLOR=\"" COLOR_DIM_FILL "\">　　</TD>",
                "同一领域的其他单位（需协调）");
  g_string_append (rows, "</TABLE>");

  g_autoptr (GString) marks = g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\">");
  g_autoptr (GString) uncovered_label = g_string_new ("<FONT COLOR=\"" COLOR_UNCOVERED "\">");
  g_string_append (uncovered_label, dg_finding_kind_info (DG_FINDING_UNCOVERED)->diagram);
  g_string_append (uncovered_label, "</FONT>");
  legend_row (marks,
              "<TD BORDER=\"2\" COLOR=\"" COLOR_CONFLICT_LINE "\" BGCOLOR=\"" COLOR_CONFLICT_FILL
              "\" STYLE=\"rounded\">　　</TD>",
              dg_finding_kind_info (DG_FINDING_CONFLICT)->diagram);
  legend_row (marks,
              "<TD BORDER=\"1\" COLOR=\"" COLOR_SHARED_LINE "\" BGCOLOR=\"" COLOR_SHARED_FILL
              "\" STYLE=\"rounded\">　　</TD>",
              dg_finding_kind_info (DG_FINDING_SHARED)->diagram);
  legend_row (marks,
              "<TD BORDER=\"1\" COLOR=\"" COLOR_UNCOVERED "\" STYLE=\"dashed\">　　</TD>",
              uncovered_label->str);
  g_string_append (marks, "</TABLE>");

  /* Kinds in a grid three rows high, column by column, so no column of
   * the legend stretches the others' rows. */
  guint n_kinds = 0;
  int drawn[DG_KIND_COUNT];
  for (int k = 0; k < DG_KIND_COUNT; k++)
    if (d->kinds_drawn & (1u << k))
      drawn[n_kinds++] = k;
  /* Always three rows: Graphviz stretches a nested table to fill its cell,
   * and a single row would become one tall swatch. */
  const guint n_rows = 3;
  guint n_columns = (n_kinds + n_rows - 1) / n_rows;
  g_autoptr (GString) kinds = g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\">");
  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append (kinds, "<TR>");
      for (guint c = 0; c < n_columns; c++)
        {
          guint i = c * n_rows + r;
          if (i < n_kinds)
            g_string_append_printf (kinds, "<TD BGCOLOR=\"%s\" COLOR=\"%s\">%s</TD>",
                                    dg_diagram_kind_fill[drawn[i]], COLOR_LINE, dg_kind_label (drawn[i]));
          else
            g_string_append (kinds, "<TD BORDER=\"0\"> </TD>");
        }
      g_string_append (kinds, "</TR>");
    }
  g_string_append (kinds, "</TABLE>");

  g_string_append_printf (t, "<TR><TD ALIGN=\"LEFT\" VALIGN=\"TOP\">%s</TD>"
                          "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\">%s</TD>"
                          "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\">%s</TD></TR>",
                          rows->str, marks->str, n_kinds > 0 ? kinds->str : "");
  g_autoptr (GString) notes = g_string_new (NULL);
  if (d->line_color)
    g_string_append (notes, "单位边框与其连线同色。");
  if (common_omitted)
    g_string_append (notes, "适用于全体部门的共同职责未画出。");
  if (d->hover)
    g_string_append (notes, "SVG 中鼠标悬停可见条款原文。");
  if (notes->len > 0)
    g_string_append_printf (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><FONT COLOR=\"%s\">注：%s</FONT></TD></TR>",
                            COLOR_NOTE, notes->str);
  g_string_append (t, "</TABLE>");
  dg_draw_set_html (d, d->root, "label", t->str);
  dg_draw_set_plain (d, d->root, "labelloc", "t");
  dg_draw_set_plain (d, d->root, "labeljust", "l");
}

