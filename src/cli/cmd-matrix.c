/*
 * cmd-matrix.c — `dutygraph matrix MODEL`: the responsibility matrix as
 * CSV, XLSX, Markdown or HTML (render/matrix.h describes the layout).
 */
#include <glib/gi18n.h>
#include <unistd.h>

#include "analysis/matrix.h"
#include "cli/cli.h"
#include "cli/inputs.h"
#include "cli/rollup-run.h"
#include "render/matrix.h"
#include "render/rollup-report.h"
#include "util/output.h"

static const char description[] =
  N_("Areas are rows, grouped by the taxonomy tree; every body is a column\n"
     "headed \"NAME [ID]\", with its kind in the second row. A cell lists the\n"
     "body's duties on the area, one per line: the role as the document words it\n"
     "(负责, 协助, 配合, 参与, 监督, 指导; 协助上级 when it assists an authority\n"
     "above the town) and the clause. The findings column marks conflicts\n"
     "(several lead), overlaps, gaps, areas without a lead, and exemptions.\n"
     "\n"
     "Formats (--format, else from the extension of -o, else csv):\n"
     "  csv   RFC 4180, UTF-8 with a byte-order mark (Excel and WPS read Chinese),\n"
     "        the matrix then, each after an empty row, every duty verbatim,\n"
     "        every body and the exemptions; a cell\n"
     "        starting with = + - @ TAB CR or ' gets a ' in front, so it is never\n"
     "        a formula. This is the layout the matrix import reads back.\n"
     "  xlsx  the matrix with header rows and area columns frozen, roles and\n"
     "        findings coloured; every duty verbatim, the bodies and the\n"
     "        exemptions on further sheets\n"
     "  md    Markdown tables\n"
     "  html  one page, no script, nothing loaded from elsewhere\n"
     "\n"
     "With --summary, MODEL may be several files, directories or patterns, and\n"
     "the matrix is of the models: one row per model, one column per area, each\n"
     "cell the ids of the bodies that lead the area there, marked where it is\n"
     "uncovered, overlapped, in conflict or led otherwise than in most models;\n"
     "then one row per area with its counts and the leads most models share.\n"
     "\n"
     "Exit status: 0 written, 2 bad input or usage, 3 writing failed.");

/* The format -o implies, or NULL. */
static const char *
format_from_path (const char *path)
{
  static const char *const suffixes[] = { ".csv", "csv", ".xlsx", "xlsx", ".md", "md", ".html", "html", ".htm", "html", NULL };
  return dg_cli_format_from_path (path, suffixes);
}

/* matrix --summary: the roll-up of every model of ARGS as lists. */
static gboolean
write_summary (char **args, int n, const DgCliLimits *limits, const char *output,
               const char *format, guint jobs, GError **error)
{
  g_autoptr (GPtrArray) inputs = dg_inputs_expand_for_output (args, n, output, error);
  if (inputs == NULL)
    return FALSE;
  g_autoptr (DgRollup) rollup = dg_cli_rollup (inputs, limits, output, jobs, error);
  if (rollup == NULL)
    return FALSE;
  g_autoptr (GPtrArray) lists = dg_rollup_matrix_lists (rollup);
  g_autofree char *title = g_strdup_printf (_("Responsibility matrix of %u models"),
                                            rollup->models->len);
  g_autoptr (GBytes) bytes = NULL;
  if (g_str_equal (format, "csv"))
    bytes = dg_lists_csv (lists);
  else if (g_str_equal (format, "md"))
    bytes = dg_lists_markdown (title, lists);
  else if (g_str_equal (format, "html"))
    bytes = dg_lists_html (title, lists);
  else if ((bytes = dg_lists_xlsx (title, lists, error)) == NULL)
    return FALSE;
  gsize length = 0;
  const void *data = g_bytes_get_data (bytes, &length);
  if (!dg_output_write (output, data, length, error))
    return FALSE;
  return TRUE;
}

gboolean
dg_cmd_matrix (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  g_autofree char *format_name = NULL, *output = NULL;
  gboolean summary = FALSE;
  gint jobs = 0;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: csv, xlsx, md or html (default: from -o, else csv)"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the matrix to FILE (- for stdout)"),
      "FILE" },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary,
      N_("The matrix of many models: models by areas, with the leads of each"), NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      N_("Analyse N models at a time (default: the number of processors)"), "N" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      "MODEL", _("The responsibility matrix: areas by bodies, with roles and clauses."), _(description));
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (!summary && argc != 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("matrix needs exactly one MODEL (several with --summary)"));
      return FALSE;
    }
  if (summary && argc < 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("matrix --summary needs at least one MODEL"));
      return FALSE;
    }
  if (!dg_cli_parse_jobs (jobs, error))
    return FALSE;
  const char *format = format_name ? format_name : format_from_path (output);
  if (format == NULL)
    format = "csv";
  if (!g_str_equal (format, "csv") && !g_str_equal (format, "xlsx") && !g_str_equal (format, "md")
      && !g_str_equal (format, "html"))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("unknown format '%s' (expected csv, xlsx, md or html)"), format);
      return FALSE;
    }
  if ((output == NULL || g_str_equal (output, "-")) && g_str_equal (format, "xlsx")
      && isatty (STDOUT_FILENO))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("refusing to write %s to a terminal (use -o FILE)"), format);
      return FALSE;
    }
  if (summary)
    return write_summary (argv + 1, argc - 1, &limits, output, format, (guint) jobs, error);
  if (!dg_output_check_not_input (output, (const char *const *) argv + 1, error))
    return FALSE;

  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load (argv[1], &limits, output, &model, &graph, error))
    return FALSE;
  g_autoptr (DgReport) report = dg_check_run (graph);
  g_autoptr (DgMatrix) matrix = dg_matrix_build (report);

  g_autoptr (GBytes) bytes = NULL;
  if (g_str_equal (format, "csv"))
    bytes = dg_matrix_csv (matrix);
  else if (g_str_equal (format, "md"))
    bytes = dg_matrix_markdown (matrix);
  else if (g_str_equal (format, "html"))
    bytes = dg_matrix_html (matrix);
  else if ((bytes = dg_matrix_xlsx (matrix, error)) == NULL)
    return FALSE;
  gsize length = 0;
  const void *data = g_bytes_get_data (bytes, &length);
  if (!dg_output_write (output, data, length, error))
    return FALSE;
  return TRUE;
}
