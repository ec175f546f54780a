/*
 * cmd-check.c — `dutygraph check MODEL…`: validate models and report
 * their findings.  All models are loaded before anything is written, so a
 * bad one leaves no partial report.
 */
#include <glib/gi18n.h>

#include "cli/cli.h"
#include "render/report.h"
#include "util/output.h"

static const char *const description = N_ (
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
  "Exit status: 0 no finding at or above --fail-on, 1 some, 2 bad input.");

int
dg_cmd_check (int argc, char **argv, GError **error)
{
  g_autofree char *format_name = NULL, *fail_on = NULL, *output = NULL;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_ ("Output format: text (default) or json"),
      "FORMAT" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on,
      N_ ("Exit 1 when a finding is at least this severe: error (default), warning, info, none"),
      "SEVERITY" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write the report to FILE (- for stdout)"),
      "FILE" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context
      = dg_cli_context ("MODEL…", N_ ("Validate responsibility models and report gaps and overlaps."),
                        description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return DG_EXIT_INPUT;

  DgReportFormat format;
  if (!dg_cli_parse_report_format (format_name, &format, error))
    return DG_EXIT_INPUT;
  DgSeverity threshold;
  gboolean never_fail;
  if (!dg_cli_parse_fail_on (fail_on, &threshold, &never_fail, error))
    return DG_EXIT_INPUT;
  if (argc < 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _ ("check needs at least one MODEL"));
      return DG_EXIT_INPUT;
    }
  if (!dg_output_check_not_input (output, (const char *const *) argv + 1, error))
    return DG_EXIT_INPUT;

  g_autoptr (GPtrArray) models = g_ptr_array_new_with_free_func ((GDestroyNotify) dg_model_free);
  g_autoptr (GPtrArray) graphs = g_ptr_array_new_with_free_func ((GDestroyNotify) dg_graph_free);
  GString *errors = NULL;
  for (int i = 1; i < argc; i++)
    {
      DgModel *model = NULL;
      DgGraph *graph = NULL;
      g_autoptr (GError) local = NULL;
      if (!dg_cli_load (argv[i], &limits, output, &model, &graph, &local))
        {
          if (local->domain != DG_LOAD_ERROR)
            {
              /* Not a problem of the model (e.g. -o names its taxonomy): say it alone. */
              g_propagate_error (error, g_steal_pointer (&local));
              if (errors)
                g_string_free (errors, TRUE);
              return DG_EXIT_INPUT;
            }
          /* Keep going: one run reports the problems of every model. */
          if (errors == NULL)
            errors = g_string_new (local->message);
          else
            g_string_append_printf (errors, "\n%s", local->message);
          continue;
        }
      g_ptr_array_add (models, model);
      g_ptr_array_add (graphs, graph);
    }
  if (errors)
    {
      g_set_error_literal (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID, errors->str);
      g_string_free (errors, TRUE);
      return DG_EXIT_INPUT;
    }

  /* One model: its report.  Several: text reports one after another, or a
   * JSON array of the per-model objects. */
  gboolean as_array = format == DG_FORMAT_JSON && graphs->len > 1;
  GString *out = g_string_new (as_array ? "[\n" : NULL);
  gboolean failing = FALSE;
  for (guint i = 0; i < graphs->len; i++)
    {
      g_autoptr (DgReport) report = dg_check_run (g_ptr_array_index (graphs, i));
      g_autofree char *text = format == DG_FORMAT_JSON ? dg_report_check_json (report)
                                                       : dg_report_check_text (report);
      if (i > 0)
        g_string_append (out, as_array ? ",\n" : "\n");
      g_string_append (out, g_strchomp (text));
      if (!as_array)
        g_string_append_c (out, '\n');
      failing |= !never_fail && dg_report_count_at_least (report, threshold) > 0;
    }
  if (as_array)
    g_string_append (out, "\n]\n");
  gboolean ok = dg_output_write (output, out->str, out->len, error);
  g_string_free (out, TRUE);
  if (!ok)
    return DG_EXIT_INPUT;
  return failing ? DG_EXIT_FINDINGS : DG_EXIT_OK;
}
