/*
 * baseline-run.c — a model's baseline found and applied (see baseline-run.h).
 */
#include <string.h>

#include "cli/baseline-run.h"

char *
dg_cli_baseline_path (const char *baseline, const char *model_path)
{
  if (!g_file_test (baseline, G_FILE_TEST_IS_DIR))
    return g_strdup (baseline);
  g_autofree char *base = g_path_get_basename (model_path);
  for (const char *const *ext = (const char *const[]){ ".yaml", ".yml", NULL }; *ext; ext++)
    if (g_str_has_suffix (base, *ext))
      {
        base[strlen (base) - strlen (*ext)] = '\0';
        break;
      }
  g_autofree char *name = g_strconcat (base, ".baseline.yaml", NULL);
  char *path = g_build_filename (baseline, name, NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return path;
  g_free (path);
  return NULL;
}

gboolean
dg_cli_apply_baseline (const char *baseline, const DgCliLimits *limits, DgReport *report,
                       DgBaselineOutcome **outcome, GError **error)
{
  *outcome = NULL;
  if (baseline == NULL)
    return TRUE;
  g_autofree char *path = dg_cli_baseline_path (baseline, report->graph->model->path);
  if (path == NULL)
    return TRUE;
  DgLoadLimits load_limits;
  dg_cli_limits_apply (limits, &load_limits);
  g_autoptr (DgBaseline) b = dg_baseline_load (path, &load_limits, error);
  if (b == NULL)
    return FALSE;
  *outcome = dg_baseline_apply (b, report, error);
  return *outcome != NULL;
}
