/*
 * cmd-check.c — `dutygraph check MODEL…`: validate models and report
 * their findings, one report per model or (--summary) one roll-up of all.
 * Models are analysed on worker threads (-j) and their results taken in
 * input order; nothing is written until every model has loaded, so a bad
 * one leaves no partial report.
 */
#include <string.h>

#include <glib/gi18n.h>

#include "cli/baseline-run.h"
#include "cli/cli.h"
#include "cli/rollup-run.h"
#include "render/baseline-report.h"
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
  "--baseline FILE sets aside the findings a reviewer accepted (docs/baseline.md):\n"
  "only the others are listed and counted, and entries that match no finding\n"
  "are reported as stale.  With several models, --baseline DIR gives each model\n"
  "NAME.yaml the baseline DIR/NAME.baseline.yaml, if there is one.\n"
  "--write-baseline FILE starts a baseline accepting every finding of one model;\n"
  "fill in each reason and reviewer before using it.\n"
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
  const char *baseline;       /* --baseline, or NULL */
  const char *write_baseline; /* --write-baseline, or NULL */
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
  if (run->write_baseline)
    {
      /* Every finding, before any baseline sets some aside. */
      g_autoptr (DgBaseline) start = dg_baseline_from_report (report, run->write_baseline);
      g_autofree char *yaml = dg_baseline_to_yaml (start, error);
      if (yaml == NULL || !dg_cli_check_output_not_model (run->write_baseline, model, error)
          || !dg_output_write (run->write_baseline, yaml, strlen (yaml), error))
        return NULL;
    }
  g_autoptr (DgBaselineOutcome) outcome = NULL;
  if (!dg_cli_apply_baseline (run->baseline, run->limits, report, &outcome, error))
    return NULL;
  Checked *c = g_new0 (Checked, 1);
  c->text = run->format == DG_FORMAT_JSON ? dg_report_check_json (report)
                                          : dg_report_check_text (report);
  if (outcome && run->format == DG_FORMAT_JSON)
    {
      char *with = dg_report_baseline_json (c->text, outcome);
      g_free (c->text);
      c->text = with;
    }
  else if (outcome)
    {
      GString *out = g_string_new (c->text);
      g_autoptr (GPtrArray) one = g_ptr_array_new ();
      g_ptr_array_add (one, outcome);
      dg_report_baseline_text (out, one);
      g_free (c->text);
      c->text = g_string_free (out, FALSE);
    }
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
  g_autoptr (GPtrArray) outcomes
      = g_ptr_array_new_with_free_func ((GDestroyNotify) dg_baseline_outcome_free);
  g_autoptr (DgRollup) rollup = dg_cli_rollup_with_baselines (inputs, run->limits, run->output, jobs,
                                                              run->baseline, outcomes, error);
  if (rollup == NULL)
    return FALSE;
  g_autofree char *text = run->format == DG_FORMAT_JSON ? dg_report_rollup_json (rollup, "check")
                                                        : dg_report_rollup_text (rollup);
  if (run->baseline && run->format != DG_FORMAT_JSON)
    {
      GString *out = g_string_new (text);
      dg_report_baseline_text (out, outcomes);
      g_free (text);
      text = g_string_free (out, FALSE);
    }
  if (!dg_output_write (run->output, text, strlen (text), error))
    return FALSE;
  *failing = FALSE;
  for (int s = (int) run->threshold; !run->never_fail && s <= DG_SEVERITY_ERROR; s++)
    *failing |= rollup->severity[s] > 0;
  return TRUE;
}

/* A baseline file is one model's; a baseline is written from one model,
 * never onto the report, and before any baseline is applied. */
static gboolean
check_baseline_options (const Run *run, const GPtrArray *inputs, gboolean summary, GError **error)
{
  gboolean several = inputs->len > 1 || summary
                     || (inputs->len == 1 && ((const DgInput *) g_ptr_array_index (inputs, 0))->found);
  if (run->baseline && several && !g_file_test (run->baseline, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("--baseline %s is a file, the baseline of one model; for several models give "
                     "a directory holding NAME.baseline.yaml for each model NAME.yaml"),
                   run->baseline);
      return FALSE;
    }
  if (run->write_baseline && (several || run->baseline))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("--write-baseline starts the baseline of one model, without --baseline or "
                     "--summary"));
      return FALSE;
    }
  if (run->write_baseline && run->output && g_str_equal (run->write_baseline, run->output))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("--write-baseline and -o name the same file"));
      return FALSE;
    }
  /* The baseline read is an input like the models. */
  if (run->baseline && !g_file_test (run->baseline, G_FILE_TEST_IS_DIR)
      && !dg_output_check_not_input (run->output, (const char *const[]){ run->baseline, NULL }, error))
    return FALSE;
  if (run->write_baseline && !dg_output_check_not_input (run->write_baseline,
                                                          (const char *const[]){ ((const DgInput *) g_ptr_array_index (inputs, 0))->path, NULL },
                                                          error))
    return FALSE;
  return TRUE;
}

gboolean
dg_cmd_check (int argc, char **argv, DgRun *run, GError **error)
{
  g_autofree char *format_name = NULL, *fail_on = NULL, *output = NULL;
  g_autofree char *baseline = NULL, *write_baseline = NULL;
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
    { "baseline", 0, 0, G_OPTION_ARG_FILENAME, &baseline,
      N_("Set aside the findings accepted in FILE (a directory: one baseline per model)"), "FILE" },
    { "write-baseline", 0, 0, G_OPTION_ARG_FILENAME, &write_baseline,
      N_("Write a baseline accepting every finding of the model to FILE"), "FILE" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context
      = dg_cli_context ("MODEL…", _("Validate responsibility models and report gaps and overlaps."),
                        _(description));
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;

  Run job = { &limits, output, DG_FORMAT_TEXT, DG_SEVERITY_ERROR, FALSE, NULL, FALSE, baseline,
              write_baseline };
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
  if (!check_baseline_options (&job, inputs, summary, error))
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
  g_autofree char *out = dg_batch_join_reports (texts, job.format == DG_FORMAT_JSON);
  gboolean ok = dg_output_write (output, out, strlen (out), error);
  if (!ok)
    return FALSE;
  run->findings = job.failing;
  return TRUE;
}
