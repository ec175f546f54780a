/*
 * cmd-rectification.c — `dutygraph rectification MODEL -o 整改清单.xlsx`:
 * the findings to act on as a 整改清单 (render/rectification.h), XLSX or
 * CSV; --baseline sets aside the findings a reviewer accepted.
 */
#include <glib/gi18n.h>

#include "cli/baseline-run.h"
#include "cli/cli.h"
#include "cli/sheet-run.h"
#include "render/rectification.h"
#include "util/output.h"

static const char description[] =
  N_("The list of problems to fix that an inspector or the 安委会 asks for: one\n"
     "row per error or warning of check, most severe first, with the problem in\n"
     "words, the area, the basis (the document's clauses and the law's article),\n"
     "the proposed lead and cooperating bodies (for a gap the proposed owners of\n"
     "stats; for a conflict or an area nobody leads the body whose business\n"
     "includes it), the measure, a blank deadline for the office to fill in, and\n"
     "the status 待整改. Above the list: the title, the document, the 编制单位\n"
     "(--org), the date and the version.\n"
     "\n"
     "--baseline FILE leaves out the findings a reviewer accepted\n"
     "(docs/baseline.md) and says how many.\n"
     "\n"
     "Formats (--format, else from the extension of -o, else csv): xlsx (prints\n"
     "as it is, A4 landscape, one page wide, the header row on every page) or\n"
     "csv (UTF-8 with a byte-order mark, for Excel and WPS).\n"
     "\n"
     "Exit status: 0 written, 2 bad input or usage, 3 writing failed.");

gboolean
dg_cmd_rectification (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  g_autofree char *format_name = NULL, *output = NULL, *org = NULL, *baseline = NULL;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: xlsx or csv (default: from -o, else csv)"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the list to FILE (- for stdout)"),
      "FILE" },
    { "org", 0, 0, G_OPTION_ARG_STRING, &org, N_("The body that compiles the list (编制单位)"),
      "NAME" },
    { "baseline", 0, 0, G_OPTION_ARG_FILENAME, &baseline,
      N_("Leave out the findings FILE accepts (docs/baseline.md)"), "FILE" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      "MODEL", N_("The rectification list (整改清单): each finding with its basis, proposed owners and measure."),
      description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (argc != 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("rectification needs exactly one MODEL"));
      return FALSE;
    }
  const char *format = NULL;
  if (!dg_cli_sheet_format (format_name, output, &format, error))
    return FALSE;
  const char *inputs[] = { argv[1], baseline, NULL };
  if (!dg_output_check_not_input (output, inputs, error))
    return FALSE;
  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load (argv[1], &limits, output, &model, &graph, error))
    return FALSE;
  g_autoptr (DgReport) report = dg_check_run (graph);
  g_autoptr (DgBaselineOutcome) outcome = NULL;
  if (!dg_cli_apply_baseline (baseline, &limits, report, &outcome, error))
    return FALSE;
  g_autoptr (DgOfficeSheet) sheet = dg_rectification_sheet (report, org, outcome ? outcome->accepted : 0,
                                                            outcome ? outcome->path : NULL);
  return dg_cli_write_sheet (sheet, format, output, error);
}
