/*
 * cmd-report.c — `dutygraph report MODEL -o report.html`: everything
 * check finds, the ownership diagram and the matrix in one HTML file
 * (render/report-html.h).
 */
#include <glib/gi18n.h>

#include "cli/cli.h"
#include "render/report-html.h"
#include "util/output.h"

static const char description[] =
  N_("One self-contained HTML file for the people who act on the findings: the\n"
     "summary figures; the findings (gaps, conflicts, overlaps, areas without a\n"
     "lead, vague duties, bodies without duties, principle verdicts) with the\n"
     "clauses to cite; the ownership diagram; the responsibility matrix. In a\n"
     "browser, without a server or network: a search box (type 校车 or 教委),\n"
     "clicking an area or a body highlights its owners in the diagram and the\n"
     "matrix, check boxes filter the findings by kind. It prints on A4.\n"
     "\n"
     "Exit status: 0 written, 2 bad input or usage, 3 rendering failed.");

int
dg_cmd_report (int argc, char **argv, GError **error)
{
  g_autofree char *output = NULL;
  DgCliLimits limits;
  DgCliLayout layout;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the report to FILE (- for stdout)"),
      "FILE" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      "MODEL", _("The findings, diagram and matrix of a model as one HTML file."), _(description));
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  g_option_context_add_group (context, dg_cli_layout_group (&layout));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return DG_EXIT_INPUT;
  if (argc != 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("report needs exactly one MODEL"));
      return DG_EXIT_INPUT;
    }
  if (!dg_output_check_not_input (output, (const char *const *) argv + 1, error))
    return DG_EXIT_INPUT;
  DgDiagramOptions diagram = { DG_VIEW_OWNERSHIP, -1, NULL, NULL, 0, 0 };
  if (!dg_cli_layout_apply (&layout, &diagram, error))
    return DG_EXIT_INPUT;
  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load (argv[1], &limits, output, &model, &graph, error))
    return DG_EXIT_INPUT;
  g_autoptr (DgReport) report = dg_check_run (graph);
  g_autoptr (GBytes) html = dg_report_html (report, &diagram, error);
  if (html == NULL)
    return DG_EXIT_INTERNAL;
  gsize length = 0;
  const void *data = g_bytes_get_data (html, &length);
  if (!dg_output_write (output, data, length, error))
    return error && *error && g_error_matches (*error, DG_CLI_ERROR, DG_CLI_ERROR_INTERNAL)
               ? DG_EXIT_INTERNAL
               : DG_EXIT_INPUT;
  return DG_EXIT_OK;
}
