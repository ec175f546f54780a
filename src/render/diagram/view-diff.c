/*
 * view-diff.c — the change between two models (render --diff): the areas
 * whose holdings or findings changed, every holding coloured by what
 * happened to it.
 */
#include "render/diagram/draw.h"
#include "render/diagram/style.h"
#include "render/diagram/views.h"

/* The change between two models (render --diff): only the areas whose
 * holdings changed, or whose findings opened or closed, with every holder
 * on either side.  A holding on both sides is grey; one carried to a body
 * matched under another id (renamed, merged) is blue; one only in NEW is
 * green; one only in OLD is red and dashed, from the old body, drawn red
 * and dashed itself when it is gone. */

typedef struct {
  int holder;      /* NEW body, or -1 - OLD body for a body that is gone */
  int old_body;    /* the OLD body it came from, or -1 */
  char *area;      /* area id: the two models index areas differently */
  DgRole role;
  gboolean in_old, in_new;
  GArray *old_duties, *new_duties;
} DiffLine;

static void
diff_line_free (gpointer data)
{
  DiffLine *l = data;
  g_free (l->area);
  g_array_unref (l->old_duties);
  g_array_unref (l->new_duties);
  g_free (l);
}

static DiffLine *
diff_line (GPtrArray *lines, int holder, const char *area, DgRole role)
{
  for (guint i = 0; i < lines->len; i++)
    {
      DiffLine *l = g_ptr_array_index (lines, i);
      if (l->holder == holder && l->role == role && g_str_equal (l->area, area))
        return l;
    }
  DiffLine *l = g_new0 (DiffLine, 1);
  l->holder = holder;
  l->old_body = -1;
  l->area = g_strdup (area);
  l->role = role;
  l->old_duties = g_array_new (FALSE, FALSE, sizeof (int));
  l->new_duties = g_array_new (FALSE, FALSE, sizeof (int));
  g_ptr_array_add (lines, l);
  return l;
}

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

gboolean
dg_diagram_view_diff (DgDiagram *d, const DgDiff *diff, GError **error)
{
  const DgModel *om = diff->old_report->graph->model, *nm = d->model;
  const DgGraph *og = diff->old_report->graph;
  g_autofree int *new_of_old = g_new (int, om->bodies->len + 1);
  g_autofree gboolean *renamed = g_new0 (gboolean, om->bodies->len + 1);
  for (guint b = 0; b < om->bodies->len; b++)
    new_of_old[b] = -1;
  for (guint i = 0; i < diff->matches->len; i++)
    {
      const DgBodyMatch *match = &g_array_index (diff->matches, DgBodyMatch, i);
      new_of_old[match->old_body] = match->new_body;
      renamed[match->old_body] = !g_str_equal (dg_model_body (om, match->old_body)->id,
                                               dg_model_body (nm, match->new_body)->id);
    }

  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (diff_line_free);
  for (guint b = 0; b < om->bodies->len; b++)
    {
      g_autoptr (GArray) held = dg_graph_body_holdings (og, (int) b);
      for (guint i = 0; i < held->len; i++)
        {
          const DgHolding *h = &g_array_index (held, DgHolding, i);
          if (h->class_wide)
            continue;
          int holder = new_of_old[b] >= 0 ? new_of_old[b] : -1 - (int) b;
          DiffLine *l = diff_line (lines, holder, dg_model_area (om, h->area)->id, h->role);
          l->in_old = TRUE;
          if (renamed[b])
            l->old_body = (int) b;
          g_array_append_val (l->old_duties, h->duty);
        }
    }
  for (guint b = 0; b < nm->bodies->len; b++)
    {
      g_autoptr (GArray) held = dg_graph_body_holdings (d->graph, (int) b);
      for (guint i = 0; i < held->len; i++)
        {
          const DgHolding *h = &g_array_index (held, DgHolding, i);
          if (h->class_wide)
            continue;
          DiffLine *l = diff_line (lines, (int) b, dg_model_area (nm, h->area)->id, h->role);
          l->in_new = TRUE;
          g_array_append_val (l->new_duties, h->duty);
        }
    }

  /* The areas that changed, by id. */
  g_autoptr (GHashTable) changed = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < lines->len; i++)
    {
      DiffLine *l = g_ptr_array_index (lines, i);
      if (!l->in_old || !l->in_new || l->old_body >= 0)
        g_hash_table_add (changed, l->area);
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
      DiffLine *l = g_ptr_array_index (lines, i);
      Agnode_t *area = g_hash_table_lookup (area_nodes, l->area);
      if (area == NULL)
        continue;
      Agnode_t *holder;
      if (l->holder >= 0)
        {
          holder = d->body_node[l->holder];
          if (holder == NULL)
            {
              holder = dg_draw_body (d, d->root, l->holder, BODY_PLAIN);
              if (holder && is_added[l->holder])
                {
                  dg_draw_set_plain (d, holder, "color", COLOR_DIFF_ADDED);
                  dg_draw_set_plain (d, holder, "penwidth", "2");
                }
            }
        }
      else
        {
          int ob = -1 - l->holder;
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
      const char *color = COLOR_DIM, *what = "不变";
      if (!l->in_new)
        color = COLOR_DIFF_REMOVED, what = "删除";
      else if (!l->in_old)
        color = COLOR_DIFF_ADDED, what = "新增";
      else if (l->old_body >= 0)
        color = COLOR_DIFF_MOVED, what = "转移";
      dg_draw_set_plain (d, edge, "color", color);
      dg_draw_set_plain (d, edge, "fontcolor", color);
      dg_draw_set_plain (d, edge, "penwidth", l->in_old && l->in_new && l->old_body < 0 ? "1" : "2");
      if (!l->in_new || l->role != DG_ROLE_LEAD)
        dg_draw_set_plain (d, edge, "style", "dashed");
      g_autoptr (GString) label = g_string_new (what);
      g_string_append (label, " · ");
      g_string_append (label, dg_draw_role_words (l->role, FALSE));
      if (l->old_body >= 0)
        {
          g_string_append (label, "<BR/><FONT POINT-SIZE=\"9\">原");
          dg_escape_dot_markup (label, dg_model_body (om, l->old_body)->name);
          g_string_append (label, "</FONT>");
        }
      dg_draw_set_html (d, edge, "label", label->str);
      g_autoptr (GString) tip = g_string_new (what);
      append_duty_clauses (tip, l->in_new ? nm : om, l->in_new ? l->new_duties : l->old_duties);
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

  g_autoptr (GString) t = g_string_new (NULL);
  g_string_append (t, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">");
  g_string_append (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"24\"><B>变更对比</B></FONT></TD></TR>");
  g_string_append (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"14\">");
  dg_escape_dot_markup (t, om->number ? om->number : om->title);
  g_string_append (t, "（");
  dg_escape_dot_markup (t, om->path);
  g_string_append (t, "）→ ");
  dg_escape_dot_markup (t, nm->number ? nm->number : nm->title);
  g_string_append (t, "（");
  dg_escape_dot_markup (t, nm->path);
  g_string_append (t, "）</FONT></TD></TR>");
  const struct { const char *color, *sample, *text; } rows[] = {
    { COLOR_DIFF_ADDED, "━━━━", "新增的职责归属" },
    { COLOR_DIFF_REMOVED, "╍╍╍╍", "删除的职责归属（单位撤销则单位框为红色虚线）" },
    { COLOR_DIFF_MOVED, "━━━━", "随单位更名、合并转移的职责归属（注明原单位）" },
    { COLOR_DIM, "━━━━", "未变的职责归属" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_string_append_printf (t, "<TR><TD><FONT COLOR=\"%s\">%s</FONT></TD><TD ALIGN=\"LEFT\">%s</TD></TR>",
                            rows[i].color, rows[i].sample, rows[i].text);
  g_string_append_printf (t, "<TR><TD BORDER=\"1\" COLOR=\"%s\" STYLE=\"dashed\" FIXEDSIZE=\"TRUE\""
                          " WIDTH=\"48\" HEIGHT=\"18\"> </TD>"
                          "<TD ALIGN=\"LEFT\">失去全部负责单位的领域</TD></TR>", COLOR_DIFF_REMOVED);
  g_string_append_printf (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT COLOR=\"%s\">注：只画出归属或问题有变化的领域；红、黄底色为新模型中的冲突、共管。SVG 中鼠标悬停可见条款原文。</FONT></TD></TR>",
                          COLOR_NOTE);
  g_string_append (t, "</TABLE>");
  dg_draw_set_html (d, d->root, "label", t->str);
  dg_draw_set_plain (d, d->root, "labelloc", "t");
  dg_draw_set_plain (d, d->root, "labeljust", "l");
  (void) error;
  return TRUE;
}
