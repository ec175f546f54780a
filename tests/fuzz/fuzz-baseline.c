/*
 * fuzz-baseline.c — libFuzzer harness for the baseline loader and its
 * application: one input is one baseline file, applied to the findings of
 * the town-a test model, so a crash, a leak or a blow-up of memory in the
 * reader or in the matching of entries to findings is found.
 */
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/baseline-apply.h"
#include "analysis/findings.h"
#include "model/baseline.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *scratch_dir;
static char *baseline_path;
static DgModel *base_model;
static DgGraph *base_graph;

static void
cleanup (void)
{
  g_clear_pointer (&base_graph, dg_graph_free);
  g_clear_pointer (&base_model, dg_model_free);
  if (baseline_path)
    g_unlink (baseline_path);
  if (scratch_dir)
    g_rmdir (scratch_dir);
  g_clear_pointer (&baseline_path, g_free);
  g_clear_pointer (&scratch_dir, g_free);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  g_autoptr (GError) error = NULL;
  scratch_dir = g_dir_make_tmp ("dg-fuzz-baseline-XXXXXX", &error);
  if (scratch_dir == NULL)
    g_error ("fuzz-baseline: %s", error->message);
  baseline_path = g_build_filename (scratch_dir, "base.yaml", NULL);
  atexit (cleanup);
  dg_graph_init_library ();
  g_autofree char *model = g_build_filename (DG_SOURCE_ROOT, "tests/cli/data/town-a/model.yaml", NULL);
  base_model = dg_model_load (model, NULL, &error);
  if (base_model == NULL || (base_graph = dg_graph_build (base_model, &error)) == NULL)
    g_error ("fuzz-baseline: %s", error->message);
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
  if (!g_file_set_contents (baseline_path, (const char *) data, (gssize) size, NULL))
    abort ();
  g_autoptr (GError) error = NULL;
  g_autoptr (DgBaseline) baseline = dg_baseline_load (baseline_path, NULL, &error);
  if (baseline == NULL)
    {
      require_located (error);
      return 0;
    }
  g_autoptr (DgReport) report = dg_check_run (base_graph);
  g_autoptr (DgBaselineOutcome) outcome = dg_baseline_apply (baseline, report, &error);
  if (outcome == NULL)
    require_located (error);
  return 0;
}
