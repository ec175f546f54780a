/*
 * rollup-run.c — the --summary pipeline: load, check, summarise, free on
 * the workers; fold in input order on the calling thread.
 */
#include <glib/gi18n.h>

#include "cli/rollup-run.h"

typedef struct {
  const DgCliLimits *limits;
  const char *output;
  DgRollup *rollup;
} Run;

static gpointer
summarise (const DgInput *input, gpointer user, GError **error)
{
  const Run *run = user;
  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load_input (input, run->limits, run->output, &model, &graph, error))
    return NULL;
  g_autoptr (DgReport) report = dg_check_run (graph);
  return dg_model_summary_new (report);
}

static void
fold (gpointer result, gpointer user)
{
  Run *run = user;
  dg_rollup_add (run->rollup, result);
}

DgRollup *
dg_cli_rollup (const GPtrArray *inputs, const DgCliLimits *limits, const char *output, guint jobs,
               GError **error)
{
  g_autoptr (DgRollup) rollup = dg_rollup_new ();
  Run run = { limits, output, rollup };
  DgBatch batch = { jobs, summarise, fold, (GDestroyNotify) dg_model_summary_free, &run };
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
