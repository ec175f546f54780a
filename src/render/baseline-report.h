/*
 * baseline-report.h — what a baseline did to a check report: how many
 * findings it accepted and which of its entries are stale, as text after
 * the report and as a "baseline" member of the JSON report.
 */
#pragma once

#include "analysis/baseline-apply.h"

G_BEGIN_DECLS

/* Appends the baseline's lines to a text report (OUTCOMES: of
 * DgBaselineOutcome*, one per model that had a baseline). */
void dg_report_baseline_text (GString *out, const GPtrArray *outcomes);

/* JSON: the check report TEXT with {"baseline": {"file", "accepted",
 * "stale": [...]}} added; a new string. */
char *dg_report_baseline_json (const char *json, const DgBaselineOutcome *outcome);

G_END_DECLS
