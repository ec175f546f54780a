/*
 * test-checked.h — a small model, written from YAML text, loaded, turned
 * into a graph and checked: what the analysis tests start from.
 */
#pragma once

#include "analysis/findings.h"
#include "model/model-load.h"
#include "test-util.h"

typedef struct {
  DgModel *model;
  DgGraph *graph;
  DgReport *report;
} Checked;

static inline void
checked_free (Checked *c)
{
  dg_report_free (c->report);
  dg_graph_free (c->graph);
  dg_model_free (c->model);
  g_free (c);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Checked, checked_free)

/* BODY is everything after the version and document lines. */
static inline Checked *
check (const char *body)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_util_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "m.yaml", NULL);
  g_autofree char *text = g_strconcat ("dutygraph: 1\ndocument: {id: t, title: 测试}\n", body, NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  Checked *c = g_new0 (Checked, 1);
  c->model = dg_model_load (path, NULL, &error);
  g_assert_no_error (error);
  c->graph = dg_graph_build (c->model, &error);
  g_assert_no_error (error);
  c->report = dg_check_run (c->graph);
  return c;
}
