/*
 * cmd-report.c — `dutygraph report MODEL -o report.html`: everything
 * check finds, the ownership diagram and the matrix in one HTML file
 * (render/report-html.h).
 */
#include <glib/gi18n.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/formats.h"
#include "cli/inputs.h"
#include "cli/rollup-run.h"
#include "render/report-html.h"
#include "render/report-pdf.h"
#include "render/rollup-report.h"
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
     "Given several models (files, directories or patterns), the report is the\n"
     "county view: every model's figures, per area in how many models and which\n"
     "it is uncovered, overlapped or in conflict and the leads most share, the\n"
     "load per kind of body, and the table of models by areas (as matrix\n"
     "--summary), with a search box.\n"
     "\n"
     "Exit status: 0 written, 2 bad input or usage, 3 rendering failed.");

/* Writes HTML to OUTPUT, printed to PDF first when PDF is set. */
static gboolean
write_report (const char *output, GBytes *html, gboolean pdf, double seconds, GError **error)
{
  g_autoptr (GBytes) bytes = pdf ? dg_report_pdf (html, seconds, error) : g_bytes_ref (html);
  if (bytes == NULL)
    return FALSE;
  gsize length = 0;
  const void *data = g_bytes_get_data (bytes, &length);
  if (!dg_output_write (output, data, length, error))
    return FALSE;
  return TRUE;
}

/* Several models: their roll-up as the county view. */
static gboolean
write_county_view (char **args, int n, const DgCliLimits *limits, const char *output, guint jobs,
                   gboolean pdf, double seconds, GError **error)
{
  g_autoptr (GPtrArray) inputs = dg_inputs_expand_for_output (args, n, output, error);
  if (inputs == NULL)
    return FALSE;
  g_autoptr (DgRollup) rollup = dg_cli_rollup (inputs, limits, output, jobs, error);
  if (rollup == NULL)
    return FALSE;
  g_autoptr (GBytes) html = dg_report_rollup_html (rollup);
  return write_report (output, html, pdf, seconds, error);
}

gboolean
dg_cmd_report (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  g_autofree char *output = NULL, *format_name = NULL, *org = NULL;
  gint jobs = 0;
  double seconds = DG_REPORT_PDF_SECONDS;
  DgCliLimits limits;
  DgCliLayout layout;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the report to FILE (- for stdout)"),
      "FILE" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: html or pdf (default: from -o, else html)"), "FORMAT" },
    { "org", 0, 0, G_OPTION_ARG_STRING, &org, N_("The body that compiles the report (编制单位)"),
      "NAME" },
    { "print-timeout", 0, 0, G_OPTION_ARG_DOUBLE, &seconds,
      N_("Give Chromium at most SECONDS to print the PDF (default: 120)"), "SECONDS" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      N_("Analyse N models at a time (default: the number of processors)"), "N" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      "MODEL…", _("The findings, diagram and matrix of a model as one HTML file."), _(description));
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  g_option_context_add_group (context, dg_cli_layout_group (&layout));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (argc < 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("report needs at least one MODEL"));
      return FALSE;
    }
  if (!dg_cli_parse_jobs (jobs, error))
    return FALSE;
  static const DgFormat formats[] = {
    { "html", ".html .htm", FALSE, NULL },
    { "pdf", ".pdf", TRUE, NULL },
  };
  const DgFormat *format = dg_format_pick ((DgFormatTable){ formats, G_N_ELEMENTS (formats), sizeof formats[0] },
                                           format_name, output, error);
  if (format == NULL)
    return FALSE;
  gboolean pdf = g_str_equal (format->name, "pdf");
  if (!(seconds > 0 && seconds <= 3600))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("--print-timeout must be more than 0 and at most 3600 seconds"));
      return FALSE;
    }
  /* One file is one model's report; several, a directory or a pattern
   * (that is not itself a file's name) the county view. */
  if (argc > 2 || g_file_test (argv[1], G_FILE_TEST_IS_DIR)
      || (strpbrk (argv[1], "*?[") != NULL && !g_file_test (argv[1], G_FILE_TEST_EXISTS)))
    return write_county_view (argv + 1, argc - 1, &limits, output, (guint) jobs, pdf, seconds, error);
  if (!dg_output_check_not_input (output, (const char *const *) argv + 1, error))
    return FALSE;
  DgDiagramOptions diagram = { DG_VIEW_OWNERSHIP, -1, NULL, NULL, 0, 0 };
  if (!dg_cli_layout_apply (&layout, &diagram, error))
    return FALSE;
  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load (argv[1], &limits, output, &model, &graph, error))
    return FALSE;
  g_autoptr (DgReport) report = dg_check_run (graph);
  g_autoptr (GBytes) html = dg_report_html (report, &diagram, org, error);
  if (html == NULL)
    return FALSE;
  return write_report (output, html, pdf, seconds, error);
}
