/*
 * rollup-report.h — the roll-up of many models (`check --summary`,
 * `stats --summary`) as text for people and as JSON for programs
 * (docs/json.md).  COMMAND names the command that made it.
 */
#pragma once

#include "analysis/rollup.h"

G_BEGIN_DECLS

char *dg_report_rollup_text (const DgRollup *rollup);
char *dg_report_rollup_json (const DgRollup *rollup, const char *command);

G_END_DECLS
