/*
 * baseline-run.h — `check --baseline`: which baseline file belongs to a
 * model, and applying it to the model's report.
 *
 * --baseline FILE gives one model's baseline.  --baseline DIR gives one per
 * model: DIR/NAME.baseline.yaml for the model file NAME.yaml (so a town's
 * baseline may sit beside its model, and a county keeps one per town); a
 * model without one there has no accepted findings.
 */
#pragma once

#include "analysis/baseline-apply.h"
#include "cli/cli.h"

G_BEGIN_DECLS

/* The baseline file of MODEL_PATH under BASELINE (a file or a directory),
 * or NULL when BASELINE is a directory without one for it. */
char *dg_cli_baseline_path (const char *baseline, const char *model_path);

/* Applies the baseline of REPORT's model under BASELINE (NULL: none) to
 * REPORT.  *OUTCOME is NULL when the model has none.  FALSE with ERROR
 * (exit 2) when the baseline does not load or does not fit the model. */
gboolean dg_cli_apply_baseline (const char *baseline, const DgCliLimits *limits, DgReport *report,
                                DgBaselineOutcome **outcome, GError **error);

G_END_DECLS
