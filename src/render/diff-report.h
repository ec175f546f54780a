/*
 * diff-report.h — `diff` as text for people and as JSON for programs
 * (docs/json.md).  OLD_LABEL and NEW_LABEL name the two sides as given.
 */
#pragma once

#include "analysis/diff.h"

G_BEGIN_DECLS

char *dg_report_diff_text (const DgDiff *diff, DgSeverity fail_on);
char *dg_report_diff_json (const DgDiff *diff, DgSeverity fail_on);

G_END_DECLS
