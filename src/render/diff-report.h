/*
 * diff-report.h — `diff` as text for people and as JSON for programs
 * (docs/json.md).  The two sides are named by their models' paths as
 * given on the command line (DgModel.path of DIFF's reports).
 */
#pragma once

#include "analysis/diff.h"

G_BEGIN_DECLS

/* Both count what is at or above FAIL_ON (dg_diff_opened_at_least), the
 * threshold of diff's exit status.  New strings. */
char *dg_report_diff_text (const DgDiff *diff, DgSeverity fail_on);
char *dg_report_diff_json (const DgDiff *diff, DgSeverity fail_on);

G_END_DECLS
