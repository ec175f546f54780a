/*
 * fuzz-model.c — libFuzzer harness for the model loader and everything
 * downstream of it: one input is one model file; when it loads, the graph
 * is built, the checks run, and every text/JSON reporter and the DOT
 * writer (all three views) turn it into bytes, so a crash or leak anywhere
 * in the pipeline is found, not only in the parser.
 */
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/query.h"
#include "cli/view-spec.h"
#include "graph/graph.h"
#include "model/model-load.h"
#include "render/diagram.h"
#include "render/report.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The loader reads paths, not buffers; each worker process gets its own
 * directory so parallel jobs never read each other's input.  The files the
 * seeds refer to (taxonomies, the source text) are copied in beside the
 * input, so seeds load fully and mutations reach the taxonomy merge. */
static char *scratch_dir;
static char *model_path;

static const char *const companions[][2] = {
  { "model/taxonomy/safety-areas.yaml", "taxonomy/safety-areas.yaml" },
  { "model/sources/zhangshanzi-2020.txt", "sources/zhangshanzi-2020.txt" },
  { "tests/cli/data/town-a/taxonomy.yaml", "taxonomy.yaml" },
};

static void
remove_scratch (void)
{
  if (scratch_dir == NULL)
    return;
  g_unlink (model_path);
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *path = g_build_filename (scratch_dir, companions[i][1], NULL);
      g_autofree char *dir = g_path_get_dirname (path);
      g_unlink (path);
      if (!g_str_equal (dir, scratch_dir))
        g_rmdir (dir);
    }
  g_rmdir (scratch_dir);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  g_autoptr (GError) error = NULL;
  scratch_dir = g_dir_make_tmp ("dg-fuzz-XXXXXX", &error);
  if (scratch_dir == NULL)
    g_error ("fuzz-model: %s", error->message);
  model_path = g_build_filename (scratch_dir, "model.yaml", NULL);
  atexit (remove_scratch);
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *from = g_build_filename (DG_SOURCE_ROOT, companions[i][0], NULL);
      g_autofree char *to = g_build_filename (scratch_dir, companions[i][1], NULL);
      g_autofree char *dir = g_path_get_dirname (to);
      g_autofree char *contents = NULL;
      gsize length = 0;
      if (g_mkdir_with_parents (dir, 0700) != 0
          || !g_file_get_contents (from, &contents, &length, &error)
          || !g_file_set_contents (to, contents, (gssize) length, &error))
        g_error ("fuzz-model: %s", error ? error->message : to);
    }
  dg_graph_init_library ();
  return 0;
}

static void
exercise_queries (const DgGraph *graph, const char *query)
{
  g_autoptr (GArray) areas = dg_query_areas (graph->model, query);
  g_free (dg_report_who_text (graph, query, areas));
  g_free (dg_report_who_json (graph, query, areas));
  g_autoptr (GArray) bodies = dg_query_bodies (graph->model, query);
  g_free (dg_report_what_text (graph, query, bodies));
  g_free (dg_report_what_json (graph, query, bodies));
}

static void
exercise_view (const DgModel *model, const DgReport *report, const char *spec)
{
  DgDiagramOptions options = { DG_VIEW_OWNERSHIP, -1, NULL };
  g_autoptr (GError) error = NULL;
  if (!dg_view_parse (model, spec, &options, &error))
    return;
  g_autoptr (GBytes) dot = dg_render_diagram (report, &options, "dot", &error);
  (void) dot;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (!g_file_set_contents (model_path, (const char *) data, (gssize) size, NULL))
    abort ();
  DgLoadLimits limits;
  dg_load_limits_init (&limits);
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) model = dg_model_load (model_path, &limits, &error);
  if (model == NULL)
    {
      /* Every refusal must say where and why: main.c prints nothing else. */
      if (error == NULL || error->message == NULL || strstr (error->message, ": error: ") == NULL)
        abort ();
      return 0;
    }
  g_autoptr (DgGraph) graph = dg_graph_build (model, &error);
  if (graph == NULL)
    return 0;
  g_autoptr (DgReport) report = dg_check_run (graph);
  g_free (dg_report_check_text (report));
  g_free (dg_report_check_json (report));

  /* Queries and views taken from the model itself, so they match something. */
  if (model->areas->len > 0)
    {
      const DgArea *area = dg_model_area (model, 0);
      exercise_queries (graph, area->id);
      exercise_queries (graph, area->name);
      g_autofree char *spec = g_strconcat ("area:", area->id, NULL);
      exercise_view (model, report, spec);
    }
  if (model->bodies->len > 0)
    {
      const DgBody *body = dg_model_body (model, (int) model->bodies->len - 1);
      exercise_queries (graph, body->name);
      g_autofree char *spec = g_strconcat ("body:", body->id, NULL);
      exercise_view (model, report, spec);
    }
  exercise_view (model, report, "ownership");
  return 0;
}
