/*
 * check.c — runs every check over a graph and orders the findings: most
 * severe first, then by kind, then in model order of area, body and duty,
 * so that every output format lists the same findings in the same order.
 */
#include "analysis/checks.h"

static gint
compare_findings (gconstpointer a, gconstpointer b)
{
  const DgFinding *x = *(const DgFinding *const *) a, *y = *(const DgFinding *const *) b;
  if (x->severity != y->severity)
    return x->severity > y->severity ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if (x->principle != y->principle)
    return x->principle < y->principle ? -1 : 1;
  if (x->area != y->area)
    return x->area < y->area ? -1 : 1;
  if (x->body != y->body)
    return x->body < y->body ? -1 : 1;
  return x->duty < y->duty ? -1 : x->duty > y->duty;
}

DgReport *
dg_check_run (const DgGraph *graph)
{
  const DgModel *model = graph->model;
  const guint n_areas = model->areas->len;
  DgReport *report = dg_report_new (graph);
  report->coverage = dg_coverage_new (graph);
  DgCheckContext ctx = { graph, model, g_new0 (GArray *, n_areas + 1),
                         g_new0 (GArray *, n_areas + 1), report };
  for (guint a = 0; a < n_areas; a++)
    {
      ctx.area_holdings[a] = dg_graph_area_holdings (graph, (int) a);
      ctx.area_children[a] = dg_graph_area_children (graph, (int) a);
    }
  for (guint i = 0; i < model->exemptions->len; i++)
    {
      const DgExemption *e = g_ptr_array_index (model->exemptions, i);
      g_array_append_val (report->exempt_areas, e->area);
    }

  dg_check_uncovered (&ctx);
  dg_check_overlap (&ctx);
  dg_check_no_lead (&ctx);
  dg_check_vague (&ctx);
  dg_check_idle (&ctx);
  dg_check_principles (&ctx);

  /* g_ptr_array_sort is a merge sort in glib: stable, hence deterministic. */
  g_ptr_array_sort (report->findings, compare_findings);
  for (guint a = 0; a < n_areas; a++)
    {
      g_array_unref (ctx.area_holdings[a]);
      g_array_unref (ctx.area_children[a]);
    }
  g_free (ctx.area_holdings);
  g_free (ctx.area_children);
  return report;
}
