/*
 * cmd-stats.c — `dutygraph stats MODEL`: the shape of the responsibility
 * network — who must coordinate with whom, who carries what, which bodies
 * cannot go without leaving gaps, who could take each gap, and the
 * periodic obligations.
 */
#include <glib/gi18n.h>

#include <string.h>

#include "cli/cli.h"
#include "render/report.h"
#include "util/output.h"

static const char *const description = N_ (
  "Sections:\n"
  "  coordination   pairs of bodies that share areas (or fields), heaviest\n"
  "                 first, with the shared areas; communities of the network\n"
  "                 (Louvain, fixed seed) as candidate joint working groups\n"
  "  load           per body: areas led, areas only supported, lead duties and\n"
  "                 their share, betweenness in the coordination network\n"
  "  single points  expected areas exactly one body holds\n"
  "  removal        bodies whose dissolution would uncover expected areas\n"
  "  proposed       up to three candidate owners per uncovered area, with why\n"
  "  periodic       duties with every:/times:, per position\n"
  "Duties common to a whole class of bodies (applies-to) do not make pairs.\n"
  "\n"
  "Exit status: 0 written, 2 bad input or usage.");

int
dg_cmd_stats (int argc, char **argv, GError **error)
{
  g_autofree char *format_name = NULL, *output = NULL;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_ ("Output format: text (default) or json"),
      "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write the report to FILE (- for stdout)"),
      "FILE" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      "MODEL", N_ ("Coordination pairs, load, fragility, proposed owners and periodic obligations."),
      description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return DG_EXIT_INPUT;
  DgReportFormat format;
  if (!dg_cli_parse_report_format (format_name, &format, error))
    return DG_EXIT_INPUT;
  if (argc != 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _ ("stats needs exactly one MODEL"));
      return DG_EXIT_INPUT;
    }
  if (!dg_output_check_not_input (output, (const char *const[]){ argv[1], NULL }, error))
    return DG_EXIT_INPUT;

  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load (argv[1], &limits, output, &model, &graph, error))
    return DG_EXIT_INPUT;

  g_autoptr (DgStats) stats = dg_stats_run (graph, error);
  if (stats == NULL)
    return DG_EXIT_INTERNAL;
  g_autofree char *text = format == DG_FORMAT_JSON ? dg_report_stats_json (stats)
                                                   : dg_report_stats_text (stats);
  if (!dg_output_write (output, text, strlen (text), error))
    return DG_EXIT_INPUT;
  return DG_EXIT_OK;
}
