/*
 * view-body.c — one body, the areas it holds, and the other holders of
 * those areas it must coordinate with.
 */
#include "render/diagram/draw.h"
#include "render/diagram/style.h"
#include "render/diagram/views.h"

/* One body, the areas it holds, and the others holding those areas. */
void
dg_diagram_view_body (DgDiagram *d, int focus)
{
  const DgModel *m = d->model;
  const guint nb = m->bodies->len, na = m->areas->len;
  g_autoptr (GArray) holdings = dg_graph_body_holdings (d->graph, focus);
  g_autoptr (GPtrArray) own = dg_links_new ();
  g_autoptr (GPtrArray) others = dg_links_new ();
  g_autofree gboolean *held = g_new0 (gboolean, na + 1);
  g_autofree gboolean *other = g_new0 (gboolean, nb + 1);

  for (guint i = 0; i < holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (holdings, DgHolding, i);
      dg_links_add (own, m, h, FALSE);
      held[h->area] = TRUE;
    }
  /* Everyone shares a common duty, so it names no one to coordinate with. */
  for (guint a = 0; a < na; a++)
    {
      if (!held[a])
        continue;
      g_autoptr (GArray) area_holdings = dg_graph_area_holdings (d->graph, (int) a);
      for (guint i = 0; i < area_holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (area_holdings, DgHolding, i);
          if (h->body == focus || h->class_wide)
            continue;
          dg_links_add (others, m, h, FALSE);
          other[h->body] = TRUE;
        }
    }

  dg_draw_body (d, d->root, focus, BODY_FOCUS);
  for (guint a = 0; a < na; a++)
    if (held[a])
      dg_draw_area (d, d->root, (int) a, AREA_WITH_PATH);
  for (guint b = 0; b < nb; b++)
    if (other[b])
      dg_draw_body (d, d->root, (int) b, BODY_DIMMED);

  for (guint i = 0; i < own->len; i++)
    {
      const DgLink *link = g_ptr_array_index (own, i);
      dg_draw_link (d, link, d->body_node[focus], d->area_node[link->area], LINE_LABELLED);
    }
  for (guint i = 0; i < others->len; i++)
    {
      const DgLink *link = g_ptr_array_index (others, i);
      dg_draw_link (d, link, d->body_node[link->body], d->area_node[link->area],
                 LINE_LABELLED | LINE_DIMMED | LINE_REVERSED);
    }

  g_autoptr (GString) subtitle = g_string_new ("单位：");
  dg_escape_dot_markup (subtitle, dg_model_body (m, focus)->name);
  dg_draw_set_plain (d, d->root, "ranksep", "1.5");
  dg_draw_set_plain (d, d->root, "nodesep", "0.25");
  dg_draw_title_and_legend (d, subtitle->str, FALSE, others->len > 0, FALSE);
}

