/*
 * checks.h — the individual checks behind dg_check_run(), one per file.
 *
 * Each check reads the graph through a DgCheckContext (holdings per area
 * computed once) and appends DgFindings to the report; check.c runs them
 * all and orders the result.  Internal to the analysis layer.
 */
#pragma once

#include "analysis/findings.h"

G_BEGIN_DECLS

typedef struct {
  const DgGraph *graph;
  const DgModel *model;
  GArray **area_holdings;  /* per area: its direct DgHoldings */
  GArray **area_children;  /* per area: child area indexes */
  DgReport *report;
} DgCheckContext;

DgReport *dg_report_new (const DgGraph *graph);
DgFinding *dg_finding_new (DgFindingKind kind, DgSeverity severity);
void dg_report_add (DgReport *report, DgFinding *finding);

void dg_check_uncovered (DgCheckContext *ctx);
void dg_check_no_lead (DgCheckContext *ctx);
void dg_check_overlap (DgCheckContext *ctx);
void dg_check_vague (DgCheckContext *ctx);
void dg_check_idle (DgCheckContext *ctx);
void dg_check_principles (DgCheckContext *ctx);

G_END_DECLS
