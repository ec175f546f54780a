/*
 * lookup.c — the shape `who` and `what` share: MODEL and a query in,
 * the matches written as text or JSON, exit 2 when nothing matches.
 */
#include <glib/gi18n.h>

#include <string.h>

#include "cli/lookup.h"
#include "util/output.h"

gboolean
dg_cli_lookup (const DgLookup *lookup, int argc, char **argv, GError **error)
{
  g_autofree char *format_name = NULL, *output = NULL;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_ ("Output format: text (default) or json"),
      "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write the answer to FILE (- for stdout)"),
      "FILE" },
    G_OPTION_ENTRY_NULL,
  };
  g_autofree char *parameter = g_strdup_printf ("MODEL %s", lookup->what);
  g_autoptr (GOptionContext) context = dg_cli_context (parameter, lookup->summary,
                                                       lookup->description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  DgReportFormat format;
  if (!dg_cli_parse_report_format (format_name, &format, error))
    return FALSE;
  if (argc != 3)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _ ("%s needs a MODEL and a %s"),
                   lookup->command, lookup->what);
      return FALSE;
    }
  if (!dg_output_check_not_input (output, (const char *const[]){ argv[1], NULL }, error))
    return FALSE;
  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load (argv[1], &limits, output, &model, &graph, error))
    return FALSE;
  g_autoptr (GArray) matches = lookup->query (model, argv[2]);
  if (matches->len == 0)
    {
      g_autofree char *near = lookup->suggest ? lookup->suggest (model, argv[2]) : NULL;
      if (near)
        g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                     _ ("no %s of '%s' matches '%s'; did you mean %s?"), _ (lookup->noun), argv[1],
                     argv[2], near);
      else
        g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _ ("no %s of '%s' matches '%s' (%s)"),
                     _ (lookup->noun), argv[1], argv[2], _ (lookup->hint));
      return FALSE;
    }
  g_autofree char *text = format == DG_FORMAT_JSON ? lookup->json (graph, argv[2], matches)
                                                   : lookup->text (graph, argv[2], matches);
  if (!dg_output_write (output, text, strlen (text), error))
    return FALSE;
  return TRUE;
}
