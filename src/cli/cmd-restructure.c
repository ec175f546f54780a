/*
 * cmd-restructure.c — `dutygraph restructure MODEL SCENARIO -o NEW`:
 * apply a scenario's operations and write the resulting model, with a
 * summary of what moved and what was left without a holder.  The new
 * model is loaded back before it is written, so a model that would not
 * load is never left behind.
 */
#include <glib/gi18n.h>

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "analysis/restructure.h"
#include "cli/cli.h"
#include "model/model-write.h"
#include "render/restructure-report.h"
#include "util/output.h"

static const char *const description = N_ (
  "Operations (docs/scenario-format.md), applied in order: rename, merge, split,\n"
  "transfer, dissolve, add-body, add-duty, remove-duty.  Every duty keeps its\n"
  "clause and text; a duty that moved records how in its 'provenance'.  Duties\n"
  "and managed areas left without a holder (a dissolution without successor,\n"
  "what a split gives to no successor) are listed in the summary and are not\n"
  "in the new model.\n"
  "\n"
  "The summary goes to standard output, or to standard error when the model\n"
  "does (-o -).  Paths inside the new model are relative to where it is written.\n"
  "\n"
  "Exit status: 0 written, 2 bad input (nothing written), 3 internal error.");

/* Loads TEXT as a model file in DIR, where it will live, so its relative
 * paths resolve as they will; the file is removed again. */
static gboolean
check_loads (const char *text, const char *target, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *tmp = g_strdup_printf ("%s/.%s.check-XXXXXX", dir, base);
  int fd = g_mkstemp (tmp);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_WRITE, _ ("cannot write in %s: %s"), dir,
                   g_strerror (saved));
      return FALSE;
    }
  gsize len = strlen (text);
  gboolean written = write (fd, text, len) == (ssize_t) len;
  int saved = errno;
  close (fd);
  if (!written)
    {
      /* A full disk is the environment's failure, not the writer's. */
      g_unlink (tmp);
      g_set_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_WRITE, _ ("cannot write in %s: %s"), dir,
                   g_strerror (saved));
      return FALSE;
    }
  g_autoptr (GError) local = NULL;
  g_autoptr (DgModel) again = dg_model_load (tmp, NULL, &local);
  g_unlink (tmp);
  if (again == NULL)
    {
      g_set_error (error, DG_WRITE_ERROR, 0,
                   _ ("the restructured model does not load again (a bug): %s"), local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
dg_cmd_restructure (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  g_autofree char *output = NULL;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_ ("Write the new model to FILE (required; - for stdout)"), "FILE" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      "MODEL SCENARIO", N_ ("Apply a restructuring scenario to a model and write the new model."),
      description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (argc != 3)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _ ("restructure needs a MODEL and a SCENARIO"));
      return FALSE;
    }
  if (output == NULL)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _ ("restructure needs -o FILE for the new model (- for stdout)"));
      return FALSE;
    }
  if (!dg_output_check_not_input (output, (const char *const[]){ argv[1], argv[2], NULL }, error))
    return FALSE;

  DgLoadLimits load_limits;
  dg_cli_limits_apply (&limits, &load_limits);
  /* Both files are read before anything is reported: one run shows every problem. */
  g_autoptr (GError) model_error = NULL, scenario_error = NULL;
  g_autoptr (DgModel) model = dg_model_load (argv[1], &load_limits, &model_error);
  g_autoptr (DgScenario) scenario = dg_scenario_load (argv[2], &load_limits, &scenario_error);
  if (model == NULL || scenario == NULL)
    {
      if (model_error && scenario_error)
        g_set_error (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID, "%s\n%s", model_error->message,
                     scenario_error->message);
      else
        g_propagate_error (error, model_error ? g_steal_pointer (&model_error)
                                              : g_steal_pointer (&scenario_error));
      return FALSE;
    }
  /* The scenario was checked with the command line; the taxonomy is an input too. */
  if (!dg_cli_check_output_not_model (output, model, error))
    return FALSE;

  g_autoptr (DgRestructureLog) log = NULL;
  g_autoptr (DgModel) result = dg_restructure_apply (model, scenario, &log, error);
  if (result == NULL)
    return FALSE;
  gboolean to_stdout = g_str_equal (output, "-");
  g_autofree char *yaml = dg_model_write_yaml (result, output, error);
  if (yaml == NULL)
    return FALSE;
  if (!to_stdout && !check_loads (yaml, output, error))
    return FALSE;
  g_autofree char *summary = dg_report_restructure_text (scenario, log, model, result);
  if (!dg_output_write (output, yaml, strlen (yaml), error))
    return FALSE;
  fputs (summary, to_stdout ? stderr : stdout);
  return TRUE;
}
