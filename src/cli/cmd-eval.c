/*
 * cmd-eval.c — `dutygraph eval GOLD PREDICTED`: how close an imported
 * model is to a hand-made one of the same document.
 */
#include <glib/gi18n.h>
#include <string.h>

#include "analysis/eval.h"
#include "cli/cli.h"
#include "render/eval-report.h"
#include "util/output.h"

static const char description[] =
  N_("Scores PREDICTED (e.g. from dutygraph import) against GOLD (hand-made):\n"
     "  bodies    matched by name or alias; how many carry the gold name exactly\n"
     "  clauses   the clauses duties cite\n"
     "  items     (body, clause) pairs; a duty bound with applies-to counts as 'class'\n"
     "  triples   (body, area, role) for every area of every duty\n"
     "each with precision, recall and F1, then what was missed and what was extra.\n"
     "\n"
     "Exit status: 0 scored, 2 bad input.");

gboolean
dg_cmd_eval (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  g_autofree char *format_name = NULL, *output = NULL;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text (default) or json"),
      N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the scores to FILE (- for stdout)"),
      N_("FILE") },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      _("GOLD PREDICTED"), _("Score a model against a hand-made one of the same document."),
      _(description));
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  DgReportFormat format;
  if (!dg_cli_parse_report_format (format_name, &format, error))
    return FALSE;
  if (argc != 3)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("eval needs a GOLD and a PREDICTED model"));
      return FALSE;
    }
  if (!dg_output_check_not_input (output, (const char *const *) argv + 1, error))
    return FALSE;
  g_autoptr (DgModel) gold = NULL, predicted = NULL;
  g_autoptr (DgGraph) gold_graph = NULL, predicted_graph = NULL;
  if (!dg_cli_load (argv[1], &limits, output, &gold, &gold_graph, error)
      || !dg_cli_load (argv[2], &limits, output, &predicted, &predicted_graph, error))
    return FALSE;
  g_autoptr (DgEval) eval = dg_eval_compute (gold, predicted);
  g_autofree char *text = format == DG_FORMAT_JSON ? dg_report_eval_json (eval, gold, argv[1], argv[2])
                                                   : dg_report_eval_text (eval, argv[1], argv[2]);
  if (!dg_output_write (output, text, strlen (text), error))
    return FALSE;
  return TRUE;
}
