/*
 * cmd-list.c — `dutygraph list bodies|areas MODEL`: the ids and names a
 * user may type wherever a body or an area is asked for.
 */
#include <string.h>

#include <glib/gi18n.h>

#include "cli/cli.h"
#include "render/list-report.h"
#include "util/output.h"

static const char description[] = N_ (
  "bodies: one line per body: id, name and aliases, separated by tabs.\n"
  "areas:  one line per area: id, name and the id of the area it belongs to.\n"
  "Any of them names the body or area in a scenario, in who and what, and in\n"
  "a baseline.\n"
  "\n"
  "Exit status: 0 listed, 2 bad input.");

gboolean
dg_cmd_list (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  g_autofree char *format_name = NULL, *output = NULL;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_ ("Output format: text (default) or json"),
      "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write the list to FILE (- for stdout)"),
      "FILE" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
    "bodies|areas MODEL", N_ ("List the ids, names and aliases of a model's bodies or areas."),
    description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  DgReportFormat format;
  if (!dg_cli_parse_report_format (format_name, &format, error))
    return FALSE;
  if (argc != 3)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _ ("list needs what to list (bodies or areas) and a MODEL"));
      return FALSE;
    }
  gboolean bodies = g_str_equal (argv[1], "bodies");
  if (!bodies && !g_str_equal (argv[1], "areas"))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _ ("list of '%s': expected bodies or areas"), argv[1]);
      return FALSE;
    }
  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load (argv[2], &limits, output, &model, &graph, error))
    return FALSE;
  g_autofree char *text = NULL;
  if (bodies)
    text = format == DG_FORMAT_JSON ? dg_report_list_bodies_json (model)
                                    : dg_report_list_bodies_text (model);
  else
    text = format == DG_FORMAT_JSON ? dg_report_list_areas_json (model)
                                    : dg_report_list_areas_text (model);
  if (!dg_output_write (output, text, strlen (text), error))
    return FALSE;
  return TRUE;
}
