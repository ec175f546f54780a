/*
 * fragility.c — owns the load table, the single points and the removal
 * ranking.  Removing a body here means dissolving it without a successor:
 * its duties go with it.  An expected area stays covered while another
 * body still holds it, so what a removal uncovers is exactly the single
 * points that body holds — counting them is linear in holdings, where
 * re-running the coverage check once per body would be quadratic.
 * Coverage is read as `check` counts it (coverage.h): an expected leaf
 * area, not exempt, held by a duty on it or on an area above it (a
 * class-wide one included).
 */
#include "analysis/fragility.h"
#include "analysis/coverage.h"

void
dg_fragility_free (DgFragility *f)
{
  if (f == NULL)
    return;
  g_array_unref (f->loads);
  g_array_unref (f->single_points);
  g_array_unref (f->removal);
  g_free (f);
}

static void
count_load (const DgGraph *graph, DgBodyLoad *load)
{
  const DgModel *m = graph->model;
  dg_graph_body_area_counts (graph, load->body, &load->lead_areas, &load->support_areas);
  const GArray *duties = graph->body_duties[load->body];
  for (guint i = 0; i < duties->len; i++)
    {
      const DgDuty *d = dg_model_duty (m, g_array_index (duties, int, i));
      load->lead_duties += d->role == DG_ROLE_LEAD && d->kinds == 0;
    }
}

static gint
compare_removal (gconstpointer a, gconstpointer b, gpointer data)
{
  const DgBodyLoad *loads = data;
  int x = *(const int *) a, y = *(const int *) b;
  if (loads[x].single_points != loads[y].single_points)
    return loads[x].single_points > loads[y].single_points ? -1 : 1;
  return x < y ? -1 : x > y;
}

DgFragility *
dg_fragility_build (const DgGraph *graph, const DgCoordination *coordination)
{
  const DgModel *m = graph->model;
  DgFragility *f = g_new0 (DgFragility, 1);
  f->loads = g_array_sized_new (FALSE, TRUE, sizeof (DgBodyLoad), (guint) graph->n_bodies);
  f->single_points = g_array_new (FALSE, FALSE, sizeof (DgSinglePoint));
  f->removal = g_array_new (FALSE, FALSE, sizeof (int));
  for (igraph_integer_t b = 0; b < graph->n_bodies; b++)
    {
      DgBodyLoad load = { .body = (int) b };
      count_load (graph, &load);
      load.betweenness = g_array_index (coordination->betweenness, double, b);
      f->total_lead_duties += load.lead_duties;
      g_array_append_val (f->loads, load);
    }
  DgBodyLoad *loads = (DgBodyLoad *) (void *) f->loads->data;
  for (igraph_integer_t b = 0; b < graph->n_bodies && f->total_lead_duties > 0; b++)
    loads[b].lead_share = (double) loads[b].lead_duties / f->total_lead_duties;

  g_autoptr (DgCoverage) coverage = dg_coverage_new (graph);
  for (guint a = 0; a < m->areas->len; a++)
    {
      if (!dg_model_area (m, (int) a)->expected || dg_model_area_exempt (m, (int) a, NULL))
        continue;
      g_autoptr (GArray) children = dg_graph_area_children (graph, (int) a);
      if (children->len > 0)
        continue;
      const GArray *holdings = dg_coverage_area (coverage, (int) a)->holdings;
      if (holdings->len == 0 || dg_holdings_distinct_bodies (holdings, FALSE) != 1)
        continue;
      DgSinglePoint point = { (int) a, g_array_index (holdings, DgHolding, 0).body };
      g_array_append_val (f->single_points, point);
      loads[point.body].single_points++;
    }
  for (igraph_integer_t b = 0; b < graph->n_bodies; b++)
    if (loads[b].single_points > 0)
      {
        int body = (int) b;
        g_array_append_val (f->removal, body);
      }
  g_array_sort_with_data (f->removal, compare_removal, loads);
  return f;
}
