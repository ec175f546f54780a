/*
 * view-diff.c — the change between two models (render --diff): the areas
 * whose holdings or findings changed, every holding coloured by what
 * happened to it.
 */
#include "render/diagram/draw.h"
#include "render/diagram/style.h"
#include "render/diagram/views.h"

/* The change between two models (render --diff), as analysis/diff.c
 * lined it up (DgDiff.holdings): only the areas whose holdings changed, or
 * whose findings opened or closed, with every holder on either side.  A
 * holding kept is grey; one carried to a body matched under another id
 * (renamed, merged), or transferred from another body, is blue and names
 * the body it came from; one only in NEW is green; one only in OLD is red
 * and dashed, from the old body, drawn red and dashed itself when it is
 * gone. */

static void
append_duty_clauses (GString *out, const DgModel *m, const GArray *duties)
{
  for (guint i = 0; i < duties->len; i++)
    {
      const DgDuty *duty = dg_model_duty (m, g_array_index (duties, int, i));
      g_string_append (out, PLAIN_NEWLINE);
      dg_escape_dot_plain (out, duty->clause);
      g_string_append_c (out, ' ');
      dg_escape_dot_plain (out, duty->text);
    }
}

/* The area id of a line: the two models index areas differently. */
static const char *
line_area (const DgDiff *diff, const DgHoldingChange *c)
{
  if (c->new_area >= 0)
    return dg_model_area (diff->new_report->graph->model, c->new_area)->id;
  return dg_model_area (diff->old_report->graph->model, c->old_area)->id;
}

gboolean
dg_diagram_view_diff (DgDiagram *d, const DgDiff *diff, GError **error)
{
  const DgModel *om = diff->old_report->graph->model, *nm = d->model;
  const GPtrArray *lines = diff->holdings;

  /* The areas that changed, by id. */
  g_autoptr (GHashTable) changed = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < lines->len; i++)
    {
      const DgHoldingChange *l = g_ptr_array_index (lines, i);
      if (l->kind != DG_HOLDING_KEPT)
        g_hash_table_add (changed, (gpointer) line_area (diff, l));
    }
  const GArray *finding_sets[] = { diff->opened, diff->closed };
  for (guint k = 0; k < G_N_ELEMENTS (finding_sets); k++)
    for (guint i = 0; i < finding_sets[k]->len; i++)
      {
        const DgFindingChange *c = &g_array_index (finding_sets[k], DgFindingChange, i);
        const DgFinding *f = c->new_finding ? c->new_finding : c->old_finding;
        const DgModel *fm = c->new_finding ? nm : om;
        if (f->area >= 0 && f->kind != DG_FINDING_PRINCIPLE)
          g_hash_table_add (changed, dg_model_area (fm, f->area)->id);
      }
  for (guint i = 0; i < diff->areas_lost->len; i++)
    g_hash_table_add (changed, dg_model_area (om, g_array_index (diff->areas_lost, int, i))->id);

  /* Areas in NEW model order, then those only OLD has, in its order. */
  g_autoptr (GHashTable) area_nodes = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint a = 0; a < nm->areas->len; a++)
    if (g_hash_table_contains (changed, dg_model_area (nm, (int) a)->id))
      g_hash_table_insert (area_nodes, dg_model_area (nm, (int) a)->id,
                           dg_draw_area (d, d->root, (int) a, AREA_WITH_PATH));
  for (guint a = 0; a < om->areas->len; a++)
    {
      const DgArea *area = dg_model_area (om, (int) a);
      if (!g_hash_table_contains (changed, area->id) || g_hash_table_contains (area_nodes, area->id))
        continue;
      g_autofree char *name = g_strdup_printf ("oa:%u", a);
      Agnode_t *node = dg_draw_node (d, d->root, name);
      if (node == NULL)
        continue;
      g_autoptr (GString) label = g_string_new (NULL);
      dg_escape_dot_markup (label, area->name);
      dg_draw_set_html (d, node, "label", label->str);
      dg_draw_set_plain (d, node, "shape", "box");
      dg_draw_set_plain (d, node, "style", "rounded,dashed");
      dg_draw_set_plain (d, node, "color", COLOR_DIFF_REMOVED);
      g_hash_table_insert (area_nodes, area->id, node);
    }
  for (guint i = 0; i < diff->areas_lost->len; i++)
    {
      Agnode_t *node = g_hash_table_lookup (
          area_nodes, dg_model_area (om, g_array_index (diff->areas_lost, int, i))->id);
      if (node)
        {
          dg_draw_set_plain (d, node, "color", COLOR_DIFF_REMOVED);
          dg_draw_set_plain (d, node, "penwidth", "2");
          dg_draw_set_plain (d, node, "style", "rounded,dashed");
        }
    }

  g_autofree Agnode_t **gone = g_new0 (Agnode_t *, om->bodies->len + 1);
  g_autofree gboolean *is_added = g_new0 (gboolean, nm->bodies->len + 1);
  for (guint i = 0; i < diff->added->len; i++)
    is_added[g_array_index (diff->added, int, i)] = TRUE;
  guint drawn = 0;
  for (guint i = 0; i < lines->len; i++)
    {
      const DgHoldingChange *l = g_ptr_array_index (lines, i);
      Agnode_t *area = g_hash_table_lookup (area_nodes, line_area (diff, l));
      if (area == NULL)
        continue;
      Agnode_t *holder;
      if (l->new_body >= 0)
        {
          holder = d->body_node[l->new_body];
          if (holder == NULL)
            {
              holder = dg_draw_body (d, d->root, l->new_body, BODY_PLAIN);
              if (holder && is_added[l->new_body])
                {
                  dg_draw_set_plain (d, holder, "color", COLOR_DIFF_ADDED);
                  dg_draw_set_plain (d, holder, "penwidth", "2");
                }
            }
        }
      else
        {
          int ob = l->old_body;
          holder = gone[ob];
          if (holder == NULL)
            {
              g_autofree char *name = g_strdup_printf ("ob:%d", ob);
              holder = gone[ob] = dg_draw_node (d, d->root, name);
              if (holder == NULL)
                continue;
              g_autoptr (GString) label = g_string_new (NULL);
              dg_escape_dot_markup (label, dg_model_body (om, ob)->name);
              g_string_append (label, "（撤销）");
              dg_draw_set_html (d, holder, "label", label->str);
              dg_draw_set_plain (d, holder, "shape", "box");
              dg_draw_set_plain (d, holder, "style", "dashed");
              dg_draw_set_plain (d, holder, "color", COLOR_DIFF_REMOVED);
              dg_draw_set_plain (d, holder, "fontcolor", COLOR_DIFF_REMOVED);
            }
        }
      Agedge_t *edge = dg_draw_edge (d, holder, area);
      if (edge == NULL)
        continue;
      drawn++;
      /* The body a holding came from, when another than the one drawn. */
      int came_from = -1;
      if (l->old_body >= 0 && l->new_body >= 0
          && !g_str_equal (dg_model_body (om, l->old_body)->id, dg_model_body (nm, l->new_body)->id))
        came_from = l->old_body;
      const char *color = COLOR_DIM, *what = "不变";
      switch (l->kind)
        {
        case DG_HOLDING_REMOVED: color = COLOR_DIFF_REMOVED, what = "删除"; break;
        case DG_HOLDING_ADDED: color = COLOR_DIFF_ADDED, what = "新增"; break;
        case DG_HOLDING_CARRIED: color = COLOR_DIFF_MOVED, what = "转移"; break;
        case DG_HOLDING_TRANSFERRED: color = COLOR_DIFF_MOVED, what = "移交"; break;
        case DG_HOLDING_KEPT: break;
        }
      gboolean in_new = l->kind != DG_HOLDING_REMOVED;
      dg_draw_set_plain (d, edge, "color", color);
      dg_draw_set_plain (d, edge, "fontcolor", color);
      dg_draw_set_plain (d, edge, "penwidth", l->kind == DG_HOLDING_KEPT ? "1" : "2");
      if (!in_new || l->role != DG_ROLE_LEAD)
        dg_draw_set_plain (d, edge, "style", "dashed");
      g_autoptr (GString) label = g_string_new (what);
      g_string_append (label, " · ");
      g_string_append (label, dg_role_words (l->role, FALSE));
      if (came_from >= 0)
        {
          g_string_append (label, "<BR/><FONT POINT-SIZE=\"9\">原");
          dg_escape_dot_markup (label, dg_model_body (om, came_from)->name);
          g_string_append (label, "</FONT>");
        }
      dg_draw_set_html (d, edge, "label", label->str);
      g_autoptr (GString) tip = g_string_new (what);
      append_duty_clauses (tip, in_new ? nm : om, in_new ? l->new_duties : l->old_duties);
      dg_draw_set_plain (d, edge, "tooltip", tip->str);
    }
  if (drawn == 0 && g_hash_table_size (changed) == 0)
    {
      Agnode_t *node = dg_draw_node (d, d->root, "same");
      if (node)
        {
          dg_draw_set_html (d, node, "label", "两个模型的职责归属相同");
          dg_draw_set_plain (d, node, "shape", "plaintext");
        }
    }

  /* The title is the new model's, as in every other view; the old one is
   * named by its 文号 or title, never by a file path. */
  g_autoptr (GString) t = g_string_new (NULL);
  dg_draw_append_title (t, nm, 2);
  g_string_append (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"16\">变更对比：对照");
  dg_escape_dot_markup (t, om->number && om->number[0] ? om->number : om->title);
  g_string_append (t, "</FONT></TD></TR>");
  if (nm->basis && nm->basis[0])
    {
      g_string_append (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"14\">依据：");
      dg_escape_dot_markup (t, nm->basis);
      g_string_append (t, "</FONT></TD></TR>");
    }
  const struct { const char *color, *sample, *text; } rows[] = {
    { COLOR_DIFF_ADDED, "━━━━", "新增的职责归属" },
    { COLOR_DIFF_REMOVED, "╍╍╍╍", "删除的职责归属（单位撤销则单位框为红色虚线）" },
    { COLOR_DIFF_MOVED, "━━━━", "随单位更名、合并转移的职责归属（注明原单位）" },
    { COLOR_DIFF_MOVED, "━━━━", "从另一单位移交来的职责归属（注明原单位）" },
    { COLOR_DIM, "━━━━", "未变的职责归属" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_string_append_printf (t, "<TR><TD><FONT COLOR=\"%s\">%s</FONT></TD><TD ALIGN=\"LEFT\">%s</TD></TR>",
                            rows[i].color, rows[i].sample, rows[i].text);
  g_string_append_printf (t, "<TR><TD BORDER=\"1\" COLOR=\"%s\" STYLE=\"dashed\" FIXEDSIZE=\"TRUE\""
                          " WIDTH=\"48\" HEIGHT=\"18\"> </TD>"
                          "<TD ALIGN=\"LEFT\">失去全部负责单位的领域</TD></TR>", COLOR_DIFF_REMOVED);
  g_string_append_printf (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT COLOR=\"%s\">注：只画出归属或问题有变化的领域；红、黄底色为新模型中的冲突、共管。%s</FONT></TD></TR>",
                          COLOR_NOTE, d->hover ? "SVG 中鼠标悬停可见条款原文。" : "");
  g_string_append (t, "</TABLE>");
  dg_draw_set_html (d, d->root, "label", t->str);
  dg_draw_set_plain (d, d->root, "labelloc", "t");
  dg_draw_set_plain (d, d->root, "labeljust", "l");
  (void) error;
  return TRUE;
}
