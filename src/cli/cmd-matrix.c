/*
 * cmd-matrix.c — `dutygraph matrix MODEL`: the responsibility matrix as
 * CSV, XLSX, Markdown or HTML (render/matrix.h describes the layout).
 */
#include <glib/gi18n.h>

#include "analysis/matrix.h"
#include "cli/cli.h"
#include "cli/formats.h"
#include "cli/inputs.h"
#include "cli/rollup-run.h"
#include "render/matrix.h"
#include "render/rollup-report.h"
#include "util/output.h"

/* The --help text around the formats' own paragraphs (formats below). */
static const char description_head[] =
  N_("Areas are rows, grouped by the taxonomy tree; every body is a column\n"
     "headed \"NAME [ID]\", with its kind in the second row. A cell lists the\n"
     "body's duties on the area, one per line: the role as the document words it\n"
     "(负责, 协助, 配合, 参与, 监督, 指导; 协助上级 when it assists an authority\n"
     "above the town) and the clause. The findings column marks conflicts\n"
     "(several lead), overlaps, gaps, areas without a lead, and exemptions.\n"
     "\n"
     "Formats (--format, else from the extension of -o, else csv):\n");
static const char description_tail[] =
  N_("\n"
     "With --summary, MODEL may be several files, directories or patterns, and\n"
     "the matrix is of the models: one row per model, one column per area, each\n"
     "cell the ids of the bodies that lead the area there, marked where it is\n"
     "uncovered, overlapped, in conflict or led otherwise than in most models;\n"
     "then one row per area with its counts and the leads most models share.\n"
     "\n"
     "Exit status: 0 written, 2 bad input or usage, 3 writing failed.");

/* The renderers, each as the table calls them. */
static GBytes *
matrix_csv (const DgMatrix *matrix, GError **error G_GNUC_UNUSED)
{
  return dg_matrix_csv (matrix);
}

static GBytes *
matrix_md (const DgMatrix *matrix, GError **error G_GNUC_UNUSED)
{
  return dg_matrix_markdown (matrix);
}

static GBytes *
matrix_html (const DgMatrix *matrix, GError **error G_GNUC_UNUSED)
{
  return dg_matrix_html (matrix);
}

static GBytes *
lists_csv (const char *title G_GNUC_UNUSED, const GPtrArray *lists, GError **error G_GNUC_UNUSED)
{
  return dg_lists_csv (lists);
}

static GBytes *
lists_md (const char *title, const GPtrArray *lists, GError **error G_GNUC_UNUSED)
{
  return dg_lists_markdown (title, lists);
}

static GBytes *
lists_html (const char *title, const GPtrArray *lists, GError **error G_GNUC_UNUSED)
{
  return dg_lists_html (title, lists);
}

/* The formats matrix writes, the default first (cli/formats.h). */
typedef struct {
  DgFormat format;
  GBytes *(*matrix) (const DgMatrix *matrix, GError **error);
  GBytes *(*lists) (const char *title, const GPtrArray *lists, GError **error); /* --summary */
} MatrixFormat;

static const MatrixFormat formats[] = {
  { { "csv", ".csv", FALSE,
      N_ ("RFC 4180, UTF-8 with a byte-order mark (Excel and WPS read Chinese),\n"
          "        the matrix then, each after an empty row, every duty verbatim,\n"
          "        every body and the exemptions; a cell\n"
          "        starting with = + - @ TAB CR or ' gets a ' in front, so it is never\n"
          "        a formula. This is the layout the matrix import reads back.") },
    matrix_csv, lists_csv },
  { { "xlsx", ".xlsx", TRUE,
      N_ ("the matrix with header rows and area columns frozen, roles and\n"
          "        findings coloured; every duty verbatim, the bodies and the\n"
          "        exemptions on further sheets") },
    dg_matrix_xlsx, dg_lists_xlsx },
  { { "md", ".md", FALSE, N_ ("Markdown tables") }, matrix_md, lists_md },
  { { "html", ".html .htm", FALSE, N_ ("one page, no script, nothing loaded from elsewhere") },
    matrix_html, lists_html },
};

/* matrix --summary: the roll-up of every model of ARGS as lists. */
static gboolean
write_summary (char **args, int n, const DgCliLimits *limits, const char *output,
               const MatrixFormat *format, guint jobs, GError **error)
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
  g_autoptr (GBytes) bytes = format->lists (title, lists, error);
  if (bytes == NULL)
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
  g_autofree char *format_help = dg_format_option_help (DG_FORMAT_TABLE (formats));
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, format_help, "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the matrix to FILE (- for stdout)"),
      "FILE" },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary,
      N_("The matrix of many models: models by areas, with the leads of each"), NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      N_("Analyse N models at a time (default: the number of processors)"), "N" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GString) description = g_string_new (_(description_head));
  dg_format_describe (description, DG_FORMAT_TABLE (formats));
  g_string_append (description, _(description_tail));
  g_autoptr (GOptionContext) context = dg_cli_context (
      "MODEL", _("The responsibility matrix: areas by bodies, with roles and clauses."), description->str);
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
  const MatrixFormat *format = (const MatrixFormat *) dg_format_pick (DG_FORMAT_TABLE (formats),
                                                                      format_name, output, error);
  if (format == NULL)
    return FALSE;
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

  g_autoptr (GBytes) bytes = format->matrix (matrix, error);
  if (bytes == NULL)
    return FALSE;
  gsize length = 0;
  const void *data = g_bytes_get_data (bytes, &length);
  if (!dg_output_write (output, data, length, error))
    return FALSE;
  return TRUE;
}
