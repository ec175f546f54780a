/*
 * cmd-render.c — `dutygraph render MODEL`: a diagram of who holds which
 * duty area, as SVG, PNG, PDF or DOT.  The diagram is complete in memory
 * before anything is written, so a failure leaves no partial file.
 */
#include <glib/gi18n.h>

#include <string.h>

#include "cli/cli.h"
#include "cli/formats.h"
#include "cli/view-spec.h"
#include "render/diagram.h"
#include "util/output.h"

static const char *const description = N_ (
  "Views (--view):\n"
  "  ownership  the wall chart: every body holding an area on the left, the\n"
  "             areas grouped by top-level category on the right (default);\n"
  "             duties common to a whole class of bodies are left out\n"
  "  area:ID    one area, its sub-areas and every body holding any of them\n"
  "  body:ID    one body, the areas it holds, and the other holders of those\n"
  "             areas it must coordinate with\n"
  "  coordination  the bodies that share areas, linked by the number of shared\n"
  "             areas, boxed by community (candidate joint working groups)\n"
  "An area or body may be given by name, alias or keyword instead of its id.\n"
  "\n"
  "Solid lines lead (负责), dashed lines support (协助, 配合, 参与, 监督, 指导),\n"
  "dotted lines assist an authority above the town. Areas led by several bodies\n"
  "are red, areas led by one and supported by others yellow, expected areas\n"
  "nobody holds dashed and grey. In SVG, hovering shows the clauses.\n"
  "\n"
  "The format comes from --format, else from the extension of -o (.svg, .png,\n"
  ".pdf, .dot, .gv), else svg. DOT output is the graph before layout, to edit\n"
  "and lay out with Graphviz's dot.\n"
  "\n"
  "Exit status: 0 written, 2 bad input or usage, 3 rendering failed.");

/* The formats render writes, the default first (cli/formats.h); each is
 * dg_render_diagram's format of the same name. */
typedef struct {
  DgFormat format;
} RenderFormat;

static const RenderFormat formats[] = {
  { { "svg", ".svg", FALSE, NULL } },
  { { "png", ".png", TRUE, NULL } },
  { { "pdf", ".pdf", TRUE, NULL } },
  { { "dot", ".dot .gv", FALSE, NULL } },
};

/* render --diff OLD NEW: both models checked, the diff drawn on NEW. */
static gboolean
render_diff (const char *old_path, const char *new_path, const DgCliLimits *limits,
             const char *output, const char *format, DgDiagramOptions *options, GError **error)
{
  g_autoptr (DgModel) old_model = NULL, new_model = NULL;
  g_autoptr (DgGraph) old_graph = NULL, new_graph = NULL;
  if (!dg_cli_load (old_path, limits, output, &old_model, &old_graph, error)
      || !dg_cli_load (new_path, limits, output, &new_model, &new_graph, error))
    return FALSE;
  g_autoptr (DgReport) old_report = dg_check_run (old_graph);
  g_autoptr (DgReport) new_report = dg_check_run (new_graph);
  g_autoptr (DgDiff) diff = dg_diff_compute (old_report, new_report);
  options->kind = DG_VIEW_DIFF;
  options->diff = diff;
  g_autoptr (GBytes) diagram = dg_render_diagram (new_report, options, format, error);
  if (diagram == NULL)
    return FALSE;
  gsize length = 0;
  const void *data = g_bytes_get_data (diagram, &length);
  if (!dg_output_write (output, data, length, error))
    return FALSE;
  return TRUE;
}

gboolean
dg_cmd_render (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  g_autofree char *view = NULL, *format_name = NULL, *output = NULL, *font = NULL;
  gboolean as_diff = FALSE;
  DgCliLimits limits;
  DgCliLayout layout;
  g_autofree char *format_help = dg_format_option_help (DG_FORMAT_TABLE (formats));
  GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view,
      N_ ("What to draw: ownership (default), coordination, area:ID or body:ID"), "VIEW" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, format_help, "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write the diagram to FILE (- for stdout)"),
      "FILE" },
    { "diff", 0, 0, G_OPTION_ARG_NONE, &as_diff,
      N_ ("Draw the change between two models: render --diff OLD NEW"), NULL },
    { "font", 0, 0, G_OPTION_ARG_STRING, &font,
      /* The default is DG_DIAGRAM_DEFAULT_FONT, written out for translators. */
      N_ ("Font family for all text (default: Noto Sans CJK SC)"), "NAME" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      "MODEL", N_ ("Draw who holds which duty area, as SVG, PNG, PDF or DOT."), description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  g_option_context_add_group (context, dg_cli_layout_group (&layout));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (argc != (as_diff ? 3 : 2))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   as_diff ? _ ("render --diff needs an OLD and a NEW model")
                           : _ ("render needs exactly one MODEL"));
      return FALSE;
    }
  if (as_diff && view)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _ ("--diff and --view do not go together"));
      return FALSE;
    }

  const DgFormat *chosen = dg_format_pick (DG_FORMAT_TABLE (formats), format_name, output, error);
  if (chosen == NULL)
    return FALSE;
  const char *format = chosen->name;
  if (!dg_output_check_not_input (output, (const char *const *) argv + 1, error))
    return FALSE;
  DgDiagramOptions options = { DG_VIEW_OWNERSHIP, -1, font, NULL, 0, 0 };
  if (!dg_cli_layout_apply (&layout, &options, error))
    return FALSE;
  if (as_diff)
    return render_diff (argv[1], argv[2], &limits, output, format, &options, error);

  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load (argv[1], &limits, output, &model, &graph, error))
    return FALSE;

  if (!dg_view_parse (model, view, &options, error))
    return FALSE;

  g_autoptr (DgReport) report = dg_check_run (graph);
  g_autoptr (GBytes) diagram = dg_render_diagram (report, &options, format, error);
  if (diagram == NULL)
    return FALSE;
  gsize length = 0;
  const void *data = g_bytes_get_data (diagram, &length);
  if (!dg_output_write (output, data, length, error))
    return FALSE;
  return TRUE;
}
