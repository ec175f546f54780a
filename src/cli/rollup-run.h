/*
 * rollup-run.h — `--summary`, shared by check and stats: every model of
 * the inputs loaded, checked and reduced to its summary on the worker
 * threads, and folded into one roll-up in input order.
 */
#pragma once

#include "analysis/rollup.h"
#include "cli/batch.h"
#include "cli/cli.h"

G_BEGIN_DECLS

/* The roll-up of INPUTS; NULL with ERROR set (exit 2) when a model has
 * problems (all of them reported) or when none of the inputs is a model. */
DgRollup *dg_cli_rollup (const GPtrArray *inputs, const DgCliLimits *limits, const char *output,
                         guint jobs, GError **error);

/* dg_cli_rollup() with each model's findings first filtered by its
 * baseline under BASELINE (cli/baseline-run.h); OUTCOMES receives a
 * DgBaselineOutcome* for each model that has one, in input order. */
DgRollup *dg_cli_rollup_with_baselines (const GPtrArray *inputs, const DgCliLimits *limits,
                                        const char *output, guint jobs, const char *baseline,
                                        GPtrArray *outcomes, GError **error);

G_END_DECLS
