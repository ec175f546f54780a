/*
 * view-ownership.c — the wall chart: every body that holds an area in the
 * middle, the areas grouped by top-level category on either side.
 */
#include "render/diagram/draw.h"
#include "render/diagram/style.h"
#include "render/diagram/views.h"

/* The wall chart: bodies in the middle column, the areas someone holds or
 * should hold grouped by category on either side.  One column of areas
 * would be several times taller than wide; two halve that, and keep every
 * line between a body and an area one rank long.  Areas nobody touches
 * are left out: a full taxonomy would bury the document's assignments. */
void
dg_diagram_view_ownership (DgDiagram *d)
{
  const DgModel *m = d->model;
  const guint nb = m->bodies->len, na = m->areas->len;
  g_autoptr (GPtrArray) body_links = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autofree gboolean *area_drawn = g_new0 (gboolean, na + 1);
  gboolean common_omitted = FALSE;

  for (guint b = 0; b < nb; b++)
    {
      g_autoptr (GArray) holdings = dg_graph_body_holdings (d->graph, (int) b);
      GPtrArray *links = dg_links_new ();
      g_ptr_array_add (body_links, links);
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          if (h->class_wide)
            {
              common_omitted = TRUE;
              continue;
            }
          dg_links_add (links, m, h, FALSE);
          area_drawn[h->area] = TRUE;
        }
    }
  for (guint a = 0; a < na; a++)
    if (d->marks[a] & MARK_UNCOVERED)
      area_drawn[a] = TRUE;

  /* Categories in order of their first drawn area; the first ones, up to
   * half of the areas, go on the left. */
  g_autofree guint *category_size = g_new0 (guint, na + 1);
  g_autoptr (GArray) categories = g_array_new (FALSE, FALSE, sizeof (int));
  guint n_drawn = 0;
  for (guint a = 0; a < na; a++)
    if (area_drawn[a])
      {
        int root = dg_draw_area_root (m, (int) a);
        if (category_size[root]++ == 0)
          g_array_append_val (categories, root);
        n_drawn++;
      }
  g_autofree gboolean *on_left = g_new0 (gboolean, na + 1);
  guint n_left = 0;
  for (guint i = 0; i + 1 < categories->len; i++)
    {
      int root = g_array_index (categories, int, i);
      if (2 * (n_left + category_size[root]) > n_drawn + category_size[root])
        break;
      on_left[root] = TRUE;
      n_left += category_size[root];
    }

  g_autofree const char **line_color = g_new0 (const char *, nb + 1);
  guint n_bodies = 0;
  for (guint b = 0; b < nb; b++)
    if (((GPtrArray *) g_ptr_array_index (body_links, b))->len > 0)
      line_color[b] = dg_diagram_line_palette[n_bodies++ % G_N_ELEMENTS (dg_diagram_line_palette)];
  d->line_color = n_bodies > 0 ? line_color : NULL;
  /* One rank for every body, whichever side its areas are on. */
  Agraph_t *middle = agsubg (d->root, "bodies", TRUE);
  if (middle == NULL)
    {
      d->failed = TRUE;
      return;
    }
  dg_draw_set_plain (d, middle, "rank", "same");
  for (guint b = 0; b < nb; b++)
    if (line_color[b])
      dg_draw_body (d, middle, (int) b, BODY_PLAIN);

  g_autofree Agraph_t **cluster = g_new0 (Agraph_t *, na + 1);
  for (guint i = 0; i < categories->len; i++)
    {
      int root = g_array_index (categories, int, i);
      g_autofree char *name = g_strdup_printf ("cluster_a%d", root);
      cluster[root] = agsubg (d->root, name, TRUE);
      if (cluster[root] == NULL)
        {
          d->failed = TRUE;
          return;
        }
      g_autoptr (GString) label = g_string_new ("<B>");
      dg_escape_dot_markup (label, dg_model_area (m, root)->name);
      g_string_append (label, "</B>");
      dg_draw_set_html (d, cluster[root], "label", label->str);
      dg_draw_set_plain (d, cluster[root], "style", "rounded,filled");
      dg_draw_set_plain (d, cluster[root], "color", COLOR_CLUSTER_LINE);
      dg_draw_set_plain (d, cluster[root], "fillcolor", COLOR_CLUSTER_FILL);
      dg_draw_set_plain (d, cluster[root], "fontsize", "18");
      dg_draw_set_plain (d, cluster[root], "labeljust", on_left[root] ? "r" : "l");
    }
  for (guint a = 0; a < na; a++)
    if (area_drawn[a])
      dg_draw_area (d, cluster[dg_draw_area_root (m, (int) a)], (int) a, AREA_IN_CLUSTER);

  /* Areas nobody holds have no line to place them: pin each side's rank. */
  Agraph_t *left = agsubg (d->root, "left", TRUE);
  Agraph_t *right = agsubg (d->root, "right", TRUE);
  if (left == NULL || right == NULL)
    {
      d->failed = TRUE;
      return;
    }
  dg_draw_set_plain (d, left, "rank", "min");
  dg_draw_set_plain (d, right, "rank", "max");
  for (guint a = 0; a < na; a++)
    if (area_drawn[a] && agsubnode (on_left[dg_draw_area_root (m, (int) a)] ? left : right,
                                    d->area_node[a], TRUE) == NULL)
      d->failed = TRUE;

  for (guint b = 0; b < nb; b++)
    {
      const GPtrArray *links = g_ptr_array_index (body_links, b);
      for (guint i = 0; i < links->len; i++)
        {
          const DgLink *link = g_ptr_array_index (links, i);
          gboolean reversed = on_left[dg_draw_area_root (m, link->area)];
          dg_draw_link (d, link, d->body_node[b], d->area_node[link->area],
                     reversed ? LINE_REVERSED : 0);
        }
    }

  dg_draw_set_plain (d, d->root, "newrank", "true");
  dg_draw_set_plain (d, d->root, "ranksep", "4.5");
  dg_draw_set_plain (d, d->root, "nodesep", "0.12");
  dg_draw_title_and_legend (d, "职责归属总图", common_omitted, FALSE, FALSE);
  d->line_color = NULL;
}

