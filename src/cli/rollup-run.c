/*
 * rollup-run.c — the --summary pipeline: load, check, summarise, free on
 * the workers; fold in input order on the calling thread.
 */
#include <glib/gi18n.h>

#include "cli/baseline-run.h"
#include "cli/rollup-run.h"

typedef struct {
  const DgCliLimits *limits;
  const char *output;
  DgRollup *rollup;
  const char *baseline;
  GPtrArray *outcomes;
} Run;

/* What a worker hands back: the summary, and what the baseline did. */
typedef struct {
  DgModelSummary *summary;
  DgBaselineOutcome *outcome;
} Summarised;

static void
summarised_free (gpointer data)
{
  Summarised *s = data;
  dg_model_summary_free (s->summary);
  dg_baseline_outcome_free (s->outcome);
  g_free (s);
}

static gpointer
summarise (const DgInput *input, gpointer user, GError **error)
{
  const Run *run = user;
  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load_input (input, run->limits, run->output, &model, &graph, error))
    return NULL;
  g_autoptr (DgReport) report = dg_check_run (graph);
  g_autoptr (DgBaselineOutcome) outcome = NULL;
  if (!dg_cli_apply_baseline (run->baseline, run->limits, report, &outcome, error))
    return NULL;
  Summarised *s = g_new0 (Summarised, 1);
  s->summary = dg_model_summary_new (report);
  s->outcome = g_steal_pointer (&outcome);
  return s;
}

static void
fold (gpointer result, gpointer user)
{
  Run *run = user;
  Summarised *s = result;
  dg_rollup_add (run->rollup, s->summary);
  if (s->outcome && run->outcomes)
    g_ptr_array_add (run->outcomes, g_steal_pointer (&s->outcome));
}

DgRollup *
dg_cli_rollup (const GPtrArray *inputs, const DgCliLimits *limits, const char *output, guint jobs,
               GError **error)
{
  return dg_cli_rollup_with_baselines (inputs, limits, output, jobs, NULL, NULL, error);
}

DgRollup *
dg_cli_rollup_with_baselines (const GPtrArray *inputs, const DgCliLimits *limits,
                              const char *output, guint jobs, const char *baseline,
                              GPtrArray *outcomes, GError **error)
{
  g_autoptr (DgRollup) rollup = dg_rollup_new ();
  Run run = { limits, output, rollup, baseline, outcomes };
  DgBatch batch = { jobs, summarise, fold, summarised_free, &run };
  guint reduced = 0;
  if (!dg_batch_run (&batch, inputs, &reduced, error))
    return NULL;
  if (reduced == 0)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("no model among the inputs"));
      return NULL;
    }
  dg_rollup_finish (rollup);
  return g_steal_pointer (&rollup);
}
