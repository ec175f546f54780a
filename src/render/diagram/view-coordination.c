/*
 * view-coordination.c — the coordination network of all bodies
 * (analysis/coordination.h), its communities boxed as working groups.
 */
#include "render/diagram/draw.h"
#include "render/diagram/style.h"
#include "render/diagram/views.h"
#include "analysis/coordination.h"

/* The coordination network: every body that shares an area with another,
 * one undirected line per pair, thicker and labelled with the number of
 * shared areas (the areas in its tooltip), the bodies of one community
 * boxed together as a candidate joint working group. */
gboolean
dg_diagram_view_coordination (DgDiagram *d, GError **error)
{
  const DgModel *m = d->model;
  g_autoptr (DgCoordination) c = dg_coordination_build (d->graph, error);
  if (c == NULL)
    return FALSE;
  g_autofree gboolean *paired = g_new0 (gboolean, m->bodies->len + 1);
  guint heaviest = 1;
  for (guint i = 0; i < c->pairs->len; i++)
    {
      const DgCoordPair *p = g_ptr_array_index (c->pairs, i);
      paired[p->a] = paired[p->b] = TRUE;
      heaviest = MAX (heaviest, p->weight);
    }
  g_autofree Agraph_t **group = g_new0 (Agraph_t *, c->n_communities + 1);
  for (guint k = 0; k < c->n_communities; k++)
    {
      g_autofree char *name = g_strdup_printf ("cluster_c%u", k + 1);
      group[k] = agsubg (d->root, name, TRUE);
      if (group[k] == NULL)
        {
          d->failed = TRUE;
          return TRUE;
        }
      g_autofree char *label = g_strdup_printf ("协调组 %u", k + 1);
      dg_draw_set_plain (d, group[k], "label", label);
      dg_draw_set_plain (d, group[k], "style", "rounded,filled");
      dg_draw_set_plain (d, group[k], "color", COLOR_CLUSTER_LINE);
      dg_draw_set_plain (d, group[k], "fillcolor", COLOR_CLUSTER_FILL);
      dg_draw_set_plain (d, group[k], "fontsize", "16");
    }
  for (guint b = 0; b < m->bodies->len; b++)
    {
      if (!paired[b])
        continue;
      int k = g_array_index (c->community, int, b);
      dg_draw_body (d, k >= 0 ? group[k] : d->root, (int) b, BODY_PLAIN);
    }
  for (guint i = 0; i < c->pairs->len; i++)
    {
      const DgCoordPair *p = g_ptr_array_index (c->pairs, i);
      Agedge_t *edge = dg_draw_edge (d, d->body_node[p->a], d->body_node[p->b]);
      if (edge == NULL)
        continue;
      g_autofree char *weight = g_strdup_printf ("%u", p->weight);
      g_autofree char *width = g_strdup_printf ("%.1f", 0.8 + 3.2 * (p->weight - 1) / MAX (heaviest - 1, 1));
      dg_draw_set_plain (d, edge, "dir", "none");
      /* xlabel, not label: dot 2.43 frees a labelled edge between two
       * nodes of one rank twice (flat_edges), and a network has many. */
      dg_draw_set_plain (d, edge, "xlabel", weight);
      dg_draw_set_plain (d, edge, "penwidth", width);
      dg_draw_set_plain (d, edge, "weight", weight);
      g_autoptr (GString) tip = g_string_new (NULL);
      dg_escape_dot_plain (tip, dg_model_body (m, p->a)->name);
      g_string_append (tip, " — ");
      dg_escape_dot_plain (tip, dg_model_body (m, p->b)->name);
      g_string_append (tip, "：");
      for (guint j = 0; j < p->areas->len; j++)
        {
          if (j > 0)
            g_string_append (tip, "、");
          dg_escape_dot_plain (tip, dg_model_area (m, g_array_index (p->areas, int, j))->name);
        }
      dg_draw_set_plain (d, edge, "tooltip", tip->str);
    }

  g_autoptr (GString) t = g_string_new (NULL);
  dg_draw_append_title (t, m, 0);
  g_string_append (t, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\">协调网络</FONT></TD></TR>");
  g_string_append_printf (t, "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\">注：两单位负责同一领域（或同一大类下的领域）即相连；"
                          "线宽与数字为共享领域数；方框为候选联合工作组（Louvain 社区）。"
                          "适用于全体部门的共同职责不计。%s</FONT></TD></TR>",
                          COLOR_NOTE, d->hover ? "SVG 中鼠标悬停可见共享领域。" : "");
  g_string_append (t, "</TABLE>");
  dg_draw_set_html (d, d->root, "label", t->str);
  dg_draw_set_plain (d, d->root, "labelloc", "t");
  dg_draw_set_plain (d, d->root, "labeljust", "l");
  dg_draw_set_plain (d, d->root, "rankdir", "TB");
  return TRUE;
}
