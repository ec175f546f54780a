/*
 * fuzz-scenario.c — libFuzzer harness for the scenario loader and the
 * restructuring behind it: one input is one scenario file, applied to the
 * town-a test model; when it applies, the new model is written as YAML,
 * checked, and compared with the old one (diff), so a crash or leak in
 * the operations, the writer or the diff is found too.
 */
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/diff.h"
#include "analysis/restructure.h"
#include "model/model-write.h"
#include "render/diff-report.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *scratch_dir;
static char *scenario_path;
static DgModel *base_model;
static DgGraph *base_graph;
static DgReport *base_report;

static void
cleanup (void)
{
  g_clear_pointer (&base_report, dg_report_free);
  g_clear_pointer (&base_graph, dg_graph_free);
  g_clear_pointer (&base_model, dg_model_free);
  if (scenario_path)
    g_unlink (scenario_path);
  if (scratch_dir)
    g_rmdir (scratch_dir);
  g_clear_pointer (&scenario_path, g_free);
  g_clear_pointer (&scratch_dir, g_free);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  g_autoptr (GError) error = NULL;
  scratch_dir = g_dir_make_tmp ("dg-fuzz-scenario-XXXXXX", &error);
  if (scratch_dir == NULL)
    g_error ("fuzz-scenario: %s", error->message);
  scenario_path = g_build_filename (scratch_dir, "scenario.yaml", NULL);
  atexit (cleanup);
  dg_graph_init_library ();
  g_autofree char *model = g_build_filename (DG_SOURCE_ROOT, "tests/cli/data/town-a/model.yaml", NULL);
  base_model = dg_model_load (model, NULL, &error);
  if (base_model == NULL || (base_graph = dg_graph_build (base_model, &error)) == NULL)
    g_error ("fuzz-scenario: %s", error->message);
  base_report = dg_check_run (base_graph);
  return 0;
}

/* Every refusal must say where and why: main.c prints nothing else. */
static void
require_located (const GError *error)
{
  if (error == NULL || error->message == NULL || strstr (error->message, ": error: ") == NULL)
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (!g_file_set_contents (scenario_path, (const char *) data, (gssize) size, NULL))
    abort ();
  g_autoptr (GError) error = NULL;
  g_autoptr (DgScenario) scenario = dg_scenario_load (scenario_path, NULL, &error);
  if (scenario == NULL)
    {
      require_located (error);
      return 0;
    }
  g_autoptr (DgRestructureLog) log = NULL;
  g_autoptr (DgModel) changed = dg_restructure_apply (base_model, scenario, &log, &error);
  if (changed == NULL)
    {
      require_located (error);
      return 0;
    }
  g_autofree char *yaml = dg_model_write_yaml (changed, NULL, &error);
  if (yaml == NULL)
    abort (); /* the writer fails only when the emitter does */
  g_autoptr (DgGraph) graph = dg_graph_build (changed, &error);
  if (graph == NULL)
    return 0;
  g_autoptr (DgReport) report = dg_check_run (graph);
  g_autoptr (DgDiff) diff = dg_diff_compute (base_report, report);
  g_free (dg_report_diff_text (diff, DG_SEVERITY_ERROR));
  g_free (dg_report_diff_json (diff, DG_SEVERITY_WARNING));
  return 0;
}
