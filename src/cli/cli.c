/*
 * cli.c — the pieces every subcommand shares: option contexts, the
 * --format and resource-limit options, loading a model into a graph.
 */
#include <glib/gi18n.h>

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cli/cli.h"
#include "cli/formats.h"
#include "cli/suggest-option.h"
#include "graph/graph.h"
#include "util/data-dir.h"
#include "util/output.h"

G_DEFINE_QUARK (dg-cli-error-quark, dg_cli_error)

/* The formats of the reports of check, stats, diff, who, what, list and
 * eval (cli/formats.h); -o never implies one. */
typedef struct {
  DgFormat format;
  DgReportFormat value;
} ReportFormat;

static const ReportFormat report_formats[] = {
  { { "text", NULL, FALSE, NULL }, DG_FORMAT_TEXT },
  { { "json", NULL, FALSE, NULL }, DG_FORMAT_JSON },
};

gboolean
dg_cli_parse_report_format (const char *name, DgReportFormat *format, GError **error)
{
  const ReportFormat *chosen = (const ReportFormat *) dg_format_pick (DG_FORMAT_TABLE (report_formats),
                                                                      name, NULL, error);
  if (chosen == NULL)
    return FALSE;
  *format = chosen->value;
  return TRUE;
}

gboolean
dg_cli_parse_fail_on (const char *name, DgSeverity *threshold, gboolean *never, GError **error)
{
  *threshold = DG_SEVERITY_ERROR;
  *never = name != NULL && g_str_equal (name, "none");
  if (name == NULL || *never || dg_severity_from_name (name, threshold))
    return TRUE;
  g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
               _ ("unknown severity '%s' for --fail-on (expected error, warning, info or none)"), name);
  return FALSE;
}

gboolean
dg_cli_parse_jobs (gint jobs, GError **error)
{
  if (jobs >= 0)
    return TRUE;
  g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
               "-j/--jobs must be a number of threads, at least 1 (0 for one per processor)");
  return FALSE;
}

/* The ranges --help-limits states: a file of at least one byte and at
 * most 4 GiB (memory stays under a multiple of it, docs/model-format.md);
 * at least one level of nesting, at most 1024 (the checks recurse). */
#define MAX_FILE_BYTES_LIMIT G_GINT64_CONSTANT (4294967296)
#define MAX_DEPTH_LIMIT 1024

static gboolean
check_limits (GOptionContext *context, GOptionGroup *group, gpointer data, GError **error)
{
  (void) context;
  (void) group;
  const DgCliLimits *limits = data;
  if (limits->max_file_bytes < 1 || limits->max_file_bytes > MAX_FILE_BYTES_LIMIT)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _ ("--max-file-size must be from 1 to %" PRId64 " bytes, not %" PRId64),
                   (int64_t) MAX_FILE_BYTES_LIMIT, (int64_t) limits->max_file_bytes);
      return FALSE;
    }
  if (limits->max_depth < 1 || limits->max_depth > MAX_DEPTH_LIMIT)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _ ("--max-depth must be from 1 to %d, not %d"), MAX_DEPTH_LIMIT, limits->max_depth);
      return FALSE;
    }
  return TRUE;
}

GOptionGroup *
dg_cli_limits_group (DgCliLimits *limits)
{
  DgLoadLimits defaults;
  dg_load_limits_init (&defaults);
  limits->max_file_bytes = (gint64) defaults.max_file_bytes;
  limits->max_depth = (gint) defaults.max_depth;
  static GOptionEntry entries[3];
  GOptionEntry e[] = {
    { "max-file-size", 0, 0, G_OPTION_ARG_INT64, NULL,
      N_ ("Refuse model files larger than BYTES (1 to 4294967296; default 67108864)"), "BYTES" },
    { "max-depth", 0, 0, G_OPTION_ARG_INT, NULL,
      N_ ("Refuse YAML nested deeper than N (1 to 1024; default 64)"), "N" },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
  };
  memcpy (entries, e, sizeof e);
  entries[0].arg_data = &limits->max_file_bytes;
  entries[1].arg_data = &limits->max_depth;
  GOptionGroup *group = g_option_group_new ("limits", N_ ("Resource limits:"),
                                            N_ ("Show the resource-limit options"), limits, NULL);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_group_add_entries (group, entries);
  g_option_group_set_parse_hooks (group, NULL, check_limits);
  return group;
}

void
dg_cli_limits_apply (const DgCliLimits *limits, DgLoadLimits *out)
{
  dg_load_limits_init (out);
  if (limits == NULL)
    return;
  if (limits->max_file_bytes > 0)
    out->max_file_bytes = (gsize) limits->max_file_bytes;
  if (limits->max_depth > 0)
    out->max_depth = (guint) limits->max_depth;
}

GOptionGroup *
dg_cli_layout_group (DgCliLayout *layout)
{
  layout->seconds = DG_DIAGRAM_DEFAULT_LAYOUT_SECONDS;
  layout->mib = (gint64) DG_DIAGRAM_DEFAULT_LAYOUT_MIB;
  static GOptionEntry entries[3];
  GOptionEntry e[] = {
    { "layout-timeout", 0, 0, G_OPTION_ARG_DOUBLE, NULL,
      N_ ("Stop a diagram layout after SECONDS (default 120)"), "SECONDS" },
    { "layout-memory", 0, 0, G_OPTION_ARG_INT64, NULL,
      N_ ("Stop a diagram layout that needs more than MIB mebibytes (default 4096)"), "MIB" },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
  };
  memcpy (entries, e, sizeof e);
  entries[0].arg_data = &layout->seconds;
  entries[1].arg_data = &layout->mib;
  GOptionGroup *group = g_option_group_new ("layout", N_ ("Diagram layout limits:"),
                                            N_ ("Show the diagram layout limits"), NULL, NULL);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_group_add_entries (group, entries);
  return group;
}

gboolean
dg_cli_layout_apply (const DgCliLayout *layout, DgDiagramOptions *options, GError **error)
{
  if (!(layout->seconds > 0 && layout->seconds <= 86400))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _ ("--layout-timeout must be more than 0 and at most 86400 seconds"));
      return FALSE;
    }
  if (layout->mib < 1 || layout->mib > (G_GINT64_CONSTANT (1) << 30))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _ ("--layout-memory must be between 1 and 1073741824 MiB"));
      return FALSE;
    }
  options->layout_seconds = layout->seconds;
  options->layout_mib = (guint64) layout->mib;
  return TRUE;
}

gboolean
dg_cli_load (const char *path, const DgCliLimits *limits, const char *output, DgModel **model,
             DgGraph **graph, GError **error)
{
  DgLoadLimits load_limits;
  dg_cli_limits_apply (limits, &load_limits);
  g_autoptr (DgModel) m = dg_model_load (path, &load_limits, error);
  if (m == NULL || !dg_cli_check_output_not_model (output, m, error))
    return FALSE;
  g_autoptr (DgGraph) g = dg_graph_build (m, error);
  if (g == NULL)
    return FALSE;
  *model = g_steal_pointer (&m);
  *graph = g_steal_pointer (&g);
  return TRUE;
}

char *
dg_cli_default_taxonomy (void)
{
  char *path = dg_builtin_taxonomy_path ("safety-areas");
  if (path && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return path;
  g_free (path);
  return NULL;
}

gboolean
dg_cli_load_input (const DgInput *input, const DgCliLimits *limits, const char *output,
                   DgModel **model, DgGraph **graph, GError **error)
{
  if (input->found && !dg_input_looks_like_model (input->path))
    return FALSE;
  return dg_cli_load (input->path, limits, output, model, graph, error);
}

gboolean
dg_cli_check_output_not_model (const char *output, const DgModel *model, GError **error)
{
  /* Every path a model names is an input: the files it was read from,
   * its document (`source:`), and the same for each model above it. */
  g_autoptr (GPtrArray) inputs = g_ptr_array_new ();
  for (const DgModel *m = model; m != NULL; m = m->upper_model)
    {
      for (guint i = 0; i < m->files->len; i++)
        g_ptr_array_add (inputs, g_ptr_array_index (m->files, i));
      const char *named[] = { m->source, m->taxonomy, m->upper };
      for (guint i = 0; i < G_N_ELEMENTS (named); i++)
        if (named[i])
          g_ptr_array_add (inputs, (gpointer) named[i]);
      if (m->upper_model == m)
        break;
    }
  g_ptr_array_add (inputs, NULL);
  return dg_output_check_not_input (output, (const char *const *) inputs->pdata, error);
}

GOptionContext *
dg_cli_context (const char *parameter, const char *summary, const char *description)
{
  GOptionContext *context = g_option_context_new (parameter);
  /* GOption translates the summary, description and option texts itself. */
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (description)
    g_option_context_set_description (context, description);
  return context;
}

gboolean
dg_cli_parse (GOptionContext *context, int *argc, char ***argv, GError **error)
{
  g_autoptr (GError) local = NULL;
  /* Parsing removes what it took from argv; the hint needs it as given. */
  g_autofree char **given = g_memdup2 (*argv, sizeof (char *) * (gsize) (*argc + 1));
  int n_given = *argc;
  if (!g_option_context_parse (context, argc, argv, &local))
    {
      g_autofree char *hint = g_error_matches (local, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION)
                                  ? dg_cli_option_hint (context, n_given, given)
                                  : NULL;
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, hint ? "%s; %s" : "%s", local->message,
                   hint);
      return FALSE;
    }
  return TRUE;
}
