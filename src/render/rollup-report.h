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

/* The roll-up as matrix lists (render/matrix.h writes them as CSV, XLSX,
 * Markdown or HTML): models by areas, each cell the leads of the area in
 * the model with its findings; then per area its counts and the leads most
 * models share.  A new array of DgMatrixList*, freeing them. */
GPtrArray *dg_rollup_matrix_lists (const DgRollup *rollup);

/* The county view of `report`: one self-contained HTML page with the
 * models, the per-area counts, the load per body kind and the table of
 * models by areas, and a search box filtering their rows. */
GBytes *dg_report_rollup_html (const DgRollup *rollup);

G_END_DECLS
