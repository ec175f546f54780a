/*
 * stats.c — runs the analyses behind `stats` in the order they depend on
 * each other (fragility needs the network's betweenness, proposals the
 * gaps of the check) and owns their results.
 */
#include "analysis/stats.h"

void
dg_stats_free (DgStats *s)
{
  if (s == NULL)
    return;
  dg_report_free (s->report);
  dg_coordination_free (s->coordination);
  dg_fragility_free (s->fragility);
  if (s->proposals)
    g_ptr_array_unref (s->proposals);
  if (s->obligations)
    g_array_unref (s->obligations);
  g_free (s);
}

DgStats *
dg_stats_run (const DgGraph *graph, GError **error)
{
  g_autoptr (DgStats) s = g_new0 (DgStats, 1);
  s->graph = graph;
  s->report = dg_check_run (graph);
  s->coordination = dg_coordination_build (graph, error);
  if (s->coordination == NULL)
    return NULL;
  s->fragility = dg_fragility_build (graph, s->coordination);
  s->proposals = dg_suggest_owners (s->report);
  s->obligations = dg_periodic_obligations (graph);
  return g_steal_pointer (&s);
}
