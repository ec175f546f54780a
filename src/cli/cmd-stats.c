/*
 * cmd-stats.c — `dutygraph stats MODEL`: the shape of the responsibility
 * network — who must coordinate with whom, who carries what, which bodies
 * cannot go without leaving gaps, who could take each gap, and the
 * periodic obligations — for one model or many (--summary: their roll-up).
 */
#include <string.h>

#include <glib/gi18n.h>

#include "cli/cli.h"
#include "cli/rollup-run.h"
#include "graph/graph.h"
#include "render/report.h"
#include "render/rollup-report.h"
#include "util/output.h"

static const char description[] = N_(
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
  "\n"
  "MODEL may be a file, a directory or a pattern; with several models the\n"
  "reports follow one another (JSON: an array).  --summary rolls them up as\n"
  "check --summary does.\n"
  "\n"
  "Exit status: 0 written, 2 bad input or usage.");

typedef struct {
  const DgCliLimits *limits;
  const char *output;
  DgReportFormat format;
  GPtrArray *texts; /* the reports, input order */
} Run;

static gpointer
stats_one (const DgInput *input, gpointer user, GError **error)
{
  const Run *run = user;
  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load_input (input, run->limits, run->output, &model, &graph, error))
    return NULL;
  /* The network analyses call igraph, which is not thread-safe as packaged. */
  dg_graph_igraph_lock ();
  g_autoptr (DgStats) stats = dg_stats_run (graph, error);
  dg_graph_igraph_unlock ();
  if (stats == NULL)
    return NULL;
  return run->format == DG_FORMAT_JSON ? dg_report_stats_json (stats)
                                       : dg_report_stats_text (stats);
}

static void
collect (gpointer result, gpointer user)
{
  Run *run = user;
  g_ptr_array_add (run->texts, g_strdup (result));
}

gboolean
dg_cmd_stats (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  g_autofree char *format_name = NULL, *output = NULL;
  gboolean summary = FALSE;
  gint jobs = 0;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text (default) or json"),
      "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the report to FILE (- for stdout)"),
      "FILE" },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary,
      N_("One roll-up of all the models (as check --summary) instead of a report per model"), NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      N_("Analyse N models at a time (default: the number of processors)"), "N" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      "MODEL…", _("Coordination pairs, load, fragility, proposed owners and periodic obligations."),
      _(description));
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  Run job = { &limits, output, DG_FORMAT_TEXT, NULL };
  if (!dg_cli_parse_report_format (format_name, &job.format, error))
    return FALSE;
  if (!dg_cli_parse_jobs (jobs, error))
    return FALSE;
  if (argc < 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("stats needs at least one MODEL"));
      return FALSE;
    }
  g_autoptr (GPtrArray) inputs = dg_inputs_expand_for_output (argv + 1, argc - 1, output, error);
  if (inputs == NULL)
    return FALSE;

  g_autofree char *text = NULL;
  if (summary)
    {
      g_autoptr (DgRollup) rollup = dg_cli_rollup (inputs, &limits, output, (guint) jobs, error);
      if (rollup == NULL)
        return FALSE;
      text = job.format == DG_FORMAT_JSON ? dg_report_rollup_json (rollup, "stats")
                                          : dg_report_rollup_text (rollup);
    }
  else
    {
      g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      job.texts = texts;
      DgBatch batch = { (guint) jobs, stats_one, collect, g_free, &job };
      guint reduced = 0;
      if (!dg_batch_run (&batch, inputs, &reduced, error))
        return FALSE;
      if (reduced == 0)
        {
          g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("no model among the inputs"));
          return FALSE;
        }
      text = dg_batch_join_reports (texts, job.format == DG_FORMAT_JSON);
    }
  if (!dg_output_write (output, text, strlen (text), error))
    return FALSE;
  return TRUE;
}
