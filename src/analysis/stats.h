/*
 * stats.h — everything `dutygraph stats` reports about one model, computed
 * once: the check report (for the gaps), the coordination network, load
 * and fragility, proposed owners of the gaps, periodic obligations.
 */
#pragma once

#include "analysis/coordination.h"
#include "analysis/findings.h"
#include "analysis/fragility.h"
#include "analysis/periodic.h"
#include "analysis/suggest.h"

G_BEGIN_DECLS

typedef struct {
  const DgGraph *graph;
  DgReport *report;
  DgCoordination *coordination;
  DgFragility *fragility;
  GPtrArray *proposals;  /* of DgGapProposal*, one per uncovered area, report order */
  GArray *obligations;   /* DgObligation */
} DgStats;

DgStats *dg_stats_run (const DgGraph *graph, GError **error);
void dg_stats_free (DgStats *stats);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgStats, dg_stats_free)

G_END_DECLS
