/*
 * cmd-division.c — `dutygraph division MODEL -o 分工表.xlsx`: the 职责分工表
 * (render/division.h) as XLSX or CSV.
 */
#include <glib/gi18n.h>

#include "cli/cli.h"
#include "cli/sheet-run.h"
#include "render/division.h"
#include "util/output.h"

static const char description[] =
  N_("The table of who does what that an office circulates: one row per duty\n"
     "area the document assigns, in the taxonomy's order, with the bodies that\n"
     "lead it (牵头单位), the bodies that work with them (配合单位: assisting,\n"
     "cooperating, participating, supervising, guiding), each duty's text with\n"
     "its holders, and the clauses. A duty of a whole class of bodies is named\n"
     "by the class (各部门、各办公室、各站所). Above the table: the title, the\n"
     "document's number and title, the 编制单位 (--org), the date and the\n"
     "version.\n"
     "\n"
     "Formats (--format, else from the extension of -o, else csv):\n"
     "  xlsx  prints as it is: A4 landscape, one page wide, the header row on\n"
     "        every page, the provenance and page numbers in the footer\n"
     "  csv   UTF-8 with a byte-order mark, for Excel and WPS\n"
     "\n"
     "Exit status: 0 written, 2 bad input or usage, 3 writing failed.");

gboolean
dg_cmd_division (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  g_autofree char *format_name = NULL, *output = NULL, *org = NULL;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: xlsx or csv (default: from -o, else csv)"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the table to FILE (- for stdout)"),
      "FILE" },
    { "org", 0, 0, G_OPTION_ARG_STRING, &org, N_("The body that compiles the table (编制单位)"),
      "NAME" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      "MODEL", N_("The division of duties (职责分工表): areas with their lead and cooperating bodies."),
      description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (argc != 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("division needs exactly one MODEL"));
      return FALSE;
    }
  const char *format = NULL;
  if (!dg_cli_sheet_format (format_name, output, &format, error))
    return FALSE;
  if (!dg_output_check_not_input (output, (const char *const *) argv + 1, error))
    return FALSE;
  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load (argv[1], &limits, output, &model, &graph, error))
    return FALSE;
  g_autoptr (DgReport) report = dg_check_run (graph);
  g_autoptr (DgOfficeSheet) sheet = dg_division_sheet (report, org);
  return dg_cli_write_sheet (sheet, format, output, error);
}
