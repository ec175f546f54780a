/*
 * eval-report.h — `dutygraph eval` as text and as JSON.
 */
#pragma once

#include "analysis/eval.h"

G_BEGIN_DECLS

char *dg_report_eval_text (const DgEval *eval, const char *gold_path, const char *predicted_path);
/* JSON: the common members of docs/json.md for the GOLD model, then the scores. */
char *dg_report_eval_json (const DgEval *eval, const DgModel *gold, const char *gold_path,
                           const char *predicted_path);

G_END_DECLS
