/*
 * cmd-diff.c — `dutygraph diff OLD NEW`: what changed between two models
 * (a restructured one, or two editions of a document), and whether the
 * change makes things worse — the gate a county office puts on a draft.
 */
#include <glib/gi18n.h>

#include <string.h>

#include "analysis/diff.h"
#include "cli/cli.h"
#include "render/diff-report.h"
#include "util/output.h"

static const char *const description = N_ (
  "Bodies are matched by id, then by name, then by alias (a merged or renamed\n"
  "body keeps its old names as aliases); duties by clause and text. Findings\n"
  "are matched by kind, severity and subject (area, body, duty, principle):\n"
  "  opened   on NEW only: the change made it\n"
  "  closed   on OLD only: the change removed it\n"
  "  changed  on both, held by other bodies\n"
  "\n"
  "Exit status: 0 no finding opened at or above --fail-on, 1 some, 2 bad input.");

gboolean
dg_cmd_diff (int argc, char **argv, DgRun *run, GError **error)
{
  g_autofree char *format_name = NULL, *fail_on = NULL, *output = NULL;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_ ("Output format: text (default) or json"),
      "FORMAT" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on,
      N_ ("Exit 1 when the change opens a finding at least this severe: error (default), warning, info, none"),
      "SEVERITY" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write the report to FILE (- for stdout)"),
      "FILE" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context
      = dg_cli_context ("OLD NEW", N_ ("What changed between two models, and whether it is worse."),
                        description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  DgReportFormat format;
  if (!dg_cli_parse_report_format (format_name, &format, error))
    return FALSE;
  DgSeverity threshold;
  gboolean never_fail;
  if (!dg_cli_parse_fail_on (fail_on, &threshold, &never_fail, error))
    return FALSE;
  if (argc != 3)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _ ("diff needs an OLD and a NEW model"));
      return FALSE;
    }
  if (!dg_output_check_not_input (output, (const char *const *) argv + 1, error))
    return FALSE;

  g_autoptr (DgModel) old_model = NULL, new_model = NULL;
  g_autoptr (DgGraph) old_graph = NULL, new_graph = NULL;
  if (!dg_cli_load (argv[1], &limits, output, &old_model, &old_graph, error)
      || !dg_cli_load (argv[2], &limits, output, &new_model, &new_graph, error))
    return FALSE;

  g_autoptr (DgReport) old_report = dg_check_run (old_graph);
  g_autoptr (DgReport) new_report = dg_check_run (new_graph);
  g_autoptr (DgDiff) diff = dg_diff_compute (old_report, new_report);
  g_autofree char *text = format == DG_FORMAT_JSON ? dg_report_diff_json (diff, threshold)
                                                   : dg_report_diff_text (diff, threshold);
  if (!dg_output_write (output, text, strlen (text), error))
    return FALSE;
  run->findings = !never_fail && dg_diff_opened_at_least (diff, threshold) > 0;
  return TRUE;
}
