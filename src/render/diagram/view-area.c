/*
 * view-area.c — one area, its sub-areas, and everyone holding any of them.
 */
#include "render/diagram/draw.h"
#include "render/diagram/style.h"
#include "render/diagram/views.h"

/* Marks AREA and its descendants; a loop, not recursion, because nothing
 * bounds how deep a model's area tree goes. */
static void
collect_subtree (const DgGraph *graph, int area, gboolean *in_view)
{
  g_autoptr (GArray) pending = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (pending, area);
  while (pending->len > 0)
    {
      int a = g_array_index (pending, int, pending->len - 1);
      g_array_set_size (pending, pending->len - 1);
      in_view[a] = TRUE;
      g_autoptr (GArray) children = dg_graph_area_children (graph, a);
      g_array_append_vals (pending, children->data, children->len);
    }
}

/* One area, its sub-areas and everyone holding any of them. */
void
dg_diagram_view_area (DgDiagram *d, int focus)
{
  const DgModel *m = d->model;
  const guint nb = m->bodies->len, na = m->areas->len;
  g_autofree gboolean *in_view = g_new0 (gboolean, na + 1);
  g_autofree gboolean *holder = g_new0 (gboolean, nb + 1);
  g_autoptr (GPtrArray) links = dg_links_new ();
  collect_subtree (d->graph, focus, in_view);

  gboolean classes_drawn = FALSE;
  for (guint a = 0; a < na; a++)
    {
      if (!in_view[a])
        continue;
      g_autoptr (GArray) holdings = dg_graph_area_holdings (d->graph, (int) a);
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          dg_links_add (links, m, h, TRUE);
          if (h->class_wide)
            classes_drawn = TRUE;
          else
            holder[h->body] = TRUE;
        }
    }

  /* Holders in one column: one holding only a sub-area would otherwise
   * sit beside the focus area, among the areas. */
  Agraph_t *holders = agsubg (d->root, "holders", TRUE);
  if (holders == NULL)
    {
      d->failed = TRUE;
      return;
    }
  dg_draw_set_plain (d, holders, "rank", "min");
  for (guint b = 0; b < nb; b++)
    if (holder[b])
      dg_draw_body (d, holders, (int) b, BODY_PLAIN);
  for (guint i = 0; i < links->len; i++)
    {
      const DgLink *link = g_ptr_array_index (links, i);
      Agnode_t *class_node = link->body < 0 ? dg_draw_class (d, link->kinds) : NULL;
      if (class_node && agsubnode (holders, class_node, TRUE) == NULL)
        d->failed = TRUE;
    }
  for (guint a = 0; a < na; a++)
    if (in_view[a])
      dg_draw_area (d, d->root, (int) a, (int) a == focus ? AREA_FOCUS : AREA_BARE);
  for (guint a = 0; a < na; a++)
    if (in_view[a] && (int) a != focus)
      dg_draw_tree_edge (d, dg_model_area (m, (int) a)->parent, (int) a);

  for (guint i = 0; i < links->len; i++)
    {
      const DgLink *link = g_ptr_array_index (links, i);
      Agnode_t *from = link->body >= 0 ? d->body_node[link->body] : dg_draw_class (d, link->kinds);
      dg_draw_link (d, link, from, d->area_node[link->area], LINE_LABELLED);
    }

  g_autoptr (GString) subtitle = g_string_new ("领域：");
  dg_draw_append_ancestry (subtitle, m, focus, 0);
  dg_escape_dot_markup (subtitle, dg_model_area (m, focus)->name);
  dg_draw_set_plain (d, d->root, "ranksep", "1.2");
  dg_draw_set_plain (d, d->root, "nodesep", "0.25");
  dg_draw_title_and_legend (d, subtitle->str, FALSE, FALSE, classes_drawn);
}

