/*
 * cmd-check.c — `dutygraph check MODEL…`: validate models and report
 * their findings, one report per model or (--summary) one roll-up of all.
 * Models are analysed on worker threads (-j) and their results taken in
 * input order; nothing is written until every model has loaded, so a bad
 * one leaves no partial report.
 */
#include <string.h>

#include <glib/gi18n.h>

#include "cli/cli.h"
#include "cli/rollup-run.h"
#include "render/report.h"
#include "render/rollup-report.h"
#include "util/output.h"

static const char description[] = N_(
  "Findings, most severe first:\n"
  "  uncovered  an expected area no duty reaches (error; warning when only a\n"
  "             duty on a wider area reaches it)\n"
  "  conflict   a leaf area led by two or more bodies (error; warning when the\n"
  "             law shares the area by design)\n"
  "  no-lead    an area held only in supporting roles (warning; info when only\n"
  "             by assisting an authority above the town)\n"
  "  vague      a duty that names no concrete area (warning)\n"
  "  idle       a body no duty binds (warning)\n"
  "  shared     a leaf area led by one body and supported by others (info)\n"
  "\n"
  "\n"
  "MODEL may be a file, a directory (every model under it) or a pattern\n"
  "('towns/*.yaml').  --summary rolls all the models up into one report: per\n"
  "area, in how many models and which it is uncovered, overlapped or in\n"
  "conflict; the outliers, models whose leads of an area differ from those of\n"
  "most; the load per kind of body.\n"
  "\n"
  "Exit status: 0 no finding at or above --fail-on, 1 some, 2 bad input.");

typedef struct {
  const DgCliLimits *limits;
  const char *output;
  DgReportFormat format;
  DgSeverity threshold;
  gboolean never_fail;
  GPtrArray *texts; /* the reports, input order */
  gboolean failing;
} Run;

typedef struct {
  char *text;
  gboolean failing;
} Checked;

static void
checked_free (gpointer data)
{
  Checked *c = data;
  g_free (c->text);
  g_free (c);
}

static gpointer
check_one (const DgInput *input, gpointer user, GError **error)
{
  const Run *run = user;
  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load_input (input, run->limits, run->output, &model, &graph, error))
    return NULL;
  g_autoptr (DgReport) report = dg_check_run (graph);
  Checked *c = g_new0 (Checked, 1);
  c->text = run->format == DG_FORMAT_JSON ? dg_report_check_json (report)
                                          : dg_report_check_text (report);
  c->failing = !run->never_fail && dg_report_count_at_least (report, run->threshold) > 0;
  return c;
}

static void
collect (gpointer result, gpointer user)
{
  Run *run = user;
  Checked *c = result;
  g_ptr_array_add (run->texts, g_steal_pointer (&c->text));
  run->failing |= c->failing;
}

/* Writes the roll-up; *FAILING tells whether it has findings at or above the threshold. */
static gboolean
write_summary (const GPtrArray *inputs, const Run *run, guint jobs, gboolean *failing,
               GError **error)
{
  g_autoptr (DgRollup) rollup = dg_cli_rollup (inputs, run->limits, run->output, jobs, error);
  if (rollup == NULL)
    return FALSE;
  g_autofree char *text = run->format == DG_FORMAT_JSON ? dg_report_rollup_json (rollup, "check")
                                                        : dg_report_rollup_text (rollup);
  if (!dg_output_write (run->output, text, strlen (text), error))
    return FALSE;
  *failing = FALSE;
  for (int s = (int) run->threshold; !run->never_fail && s <= DG_SEVERITY_ERROR; s++)
    *failing |= rollup->severity[s] > 0;
  return TRUE;
}

gboolean
dg_cmd_check (int argc, char **argv, DgRun *run, GError **error)
{
  g_autofree char *format_name = NULL, *fail_on = NULL, *output = NULL;
  gboolean summary = FALSE;
  gint jobs = 0;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("Output format: text (default) or json"),
      "FORMAT" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on,
      N_("Exit 1 when a finding is at least this severe: error (default), warning, info, none"),
      "SEVERITY" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the report to FILE (- for stdout)"),
      "FILE" },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary,
      N_("One roll-up of all the models instead of a report per model"), NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      N_("Analyse N models at a time (default: the number of processors)"), "N" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context
      = dg_cli_context ("MODEL…", _("Validate responsibility models and report gaps and overlaps."),
                        _(description));
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;

  Run job = { &limits, output, DG_FORMAT_TEXT, DG_SEVERITY_ERROR, FALSE, NULL, FALSE };
  if (!dg_cli_parse_report_format (format_name, &job.format, error))
    return FALSE;
  if (!dg_cli_parse_fail_on (fail_on, &job.threshold, &job.never_fail, error))
    return FALSE;
  if (!dg_cli_parse_jobs (jobs, error))
    return FALSE;
  if (argc < 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("check needs at least one MODEL"));
      return FALSE;
    }
  g_autoptr (GPtrArray) inputs = dg_inputs_expand_for_output (argv + 1, argc - 1, output, error);
  if (inputs == NULL)
    return FALSE;
  if (summary)
    return write_summary (inputs, &job, (guint) jobs, &run->findings, error);

  /* A report per model, in input order: text reports one after another,
   * JSON as an array of the per-model objects when there are several. */
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  job.texts = texts;
  DgBatch batch = { (guint) jobs, check_one, collect, checked_free, &job };
  guint reduced = 0;
  if (!dg_batch_run (&batch, inputs, &reduced, error))
    return FALSE;
  if (reduced == 0)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("no model among the inputs"));
      return FALSE;
    }
  gboolean as_array = job.format == DG_FORMAT_JSON && texts->len > 1;
  GString *out = g_string_new (as_array ? "[\n" : NULL);
  for (guint i = 0; i < texts->len; i++)
    {
      if (i > 0)
        g_string_append (out, as_array ? ",\n" : "\n");
      g_string_append (out, g_strchomp (g_ptr_array_index (texts, i)));
      if (!as_array)
        g_string_append_c (out, '\n');
    }
  if (as_array)
    g_string_append (out, "\n]\n");
  gboolean ok = dg_output_write (output, out->str, out->len, error);
  g_string_free (out, TRUE);
  if (!ok)
    return FALSE;
  run->findings = job.failing;
  return TRUE;
}
