/*
 * test-builders.c — every model builder starts its parts from the model's
 * own constructors: a body, an area and a duty made by the loader, the
 * matrix reader, the importer and restructuring carry the same defaults
 * where their input says nothing (reports to nobody, no counterpart, no
 * period, no confidence unless the importer scored it); and dg_model_copy
 * is deep.
 */
#include <string.h>

#include "analysis/restructure.h"
#include "import/import.h"
#include "import/matrix-read.h"
#include "test-util.h"

#define TAXONOMY DG_SOURCE_ROOT "/tests/cli/data/town-a/taxonomy.yaml"

/* One body 甲 (no reports-to), one area 消防 (no parent), one lead duty. */
static const char model_yaml[] = "dutygraph: 1\n"
                                 "document: {id: t, title: 测试}\n"
                                 "bodies:\n"
                                 "  - {id: a, name: 甲, kind: department}\n"
                                 "areas:\n"
                                 "  - {id: fire, name: 消防}\n"
                                 "duties:\n"
                                 "  - {body: a, role: lead, areas: [fire], clause: '1', text: 消防。}\n";

static char *
write_file (const char *dir, const char *name, const char *text)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* The defaults of dg_body_new() where a builder's input is silent. */
static void
assert_body_defaults (const DgBody *b)
{
  g_assert_cmpint (b->reports_to, ==, -1);
  g_assert_cmpint (b->reports_to_upper, ==, -1);
  g_assert_nonnull (b->aliases);
  g_assert_nonnull (b->manages);
  g_assert_cmpuint (b->manages->len, ==, 0);
  g_assert_null (b->note);
}

static void
assert_area_defaults (const DgArea *a)
{
  g_assert_cmpint (a->parent, ==, -1);
  g_assert_nonnull (a->keywords);
}

/* CONFIDENCE: -1 for hand-made duties; the importer's own score otherwise. */
static void
assert_duty_defaults (const DgDuty *d, gboolean scored)
{
  g_assert_nonnull (d->bodies);
  g_assert_nonnull (d->areas);
  g_assert_cmpint (d->role, ==, DG_ROLE_LEAD);
  g_assert_false (d->with_upper);
  g_assert_cmpint (d->with_body, ==, -1);
  g_assert_cmpint (d->with_upper_body, ==, -1);
  g_assert_cmpint (d->every, ==, DG_PERIOD_NONE);
  g_assert_cmpint (d->times, ==, 0);
  g_assert_null (d->note);
  if (scored)
    g_assert_cmpint (d->confidence, >=, 0);
  else
    g_assert_cmpint (d->confidence, ==, -1);
}

static void
test_constructors (void)
{
  g_autoptr (DgModel) m = dg_model_new ();
  DgBody *b = dg_body_new ();
  g_assert_cmpint (b->kind, ==, DG_KIND_DEPARTMENT);
  assert_body_defaults (b);
  g_ptr_array_add (m->bodies, b);
  DgArea *a = dg_area_new ();
  assert_area_defaults (a);
  g_assert_false (a->expected);
  g_ptr_array_add (m->areas, a);
  DgDuty *d = dg_duty_new ();
  assert_duty_defaults (d, FALSE);
  g_assert_cmpuint (d->bodies->len, ==, 0);
  g_ptr_array_add (m->duties, d);
}

static void
test_loader (void)
{
  g_autofree char *dir = test_util_tmpdir ();
  g_autofree char *path = write_file (dir, "town.yaml", model_yaml);
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) m = dg_model_load (path, NULL, &error);
  g_assert_no_error (error);
  assert_body_defaults (dg_model_body (m, 0));
  assert_area_defaults (dg_model_area (m, dg_model_area_index (m, "fire")));
  assert_duty_defaults (dg_model_duty (m, 0), FALSE);
}

static void
test_matrix_reader (void)
{
  /* 甲 with no kind given; 消防 a row of its own (no taxonomy). */
  const char *csv = "\"area id\",\"area\",\"findings\",\"甲 [a]\"\r\n"
                    "\"\",\"\",\"kind\",\"\"\r\n"
                    "\"fire\",\"消防\",\"\",\"牵头 1\"\r\n";
  g_autofree char *dir = test_util_tmpdir ();
  g_autofree char *path = write_file (dir, "matrix.csv", csv);
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) m = dg_matrix_read (path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (m->bodies->len, ==, 1);
  g_assert_cmpint (dg_model_body (m, 0)->kind, ==, DG_KIND_DEPARTMENT);
  assert_body_defaults (dg_model_body (m, 0));
  assert_area_defaults (dg_model_area (m, dg_model_area_index (m, "fire")));
  g_assert_cmpuint (m->duties->len, ==, 1);
  assert_duty_defaults (dg_model_duty (m, 0), FALSE);
}

static void
test_importer (void)
{
  /* One body, one duty it leads (负责): the importer scores the duty. */
  const char *doc = "1、镇消防站履行下列安全生产工作职责：\n(1)负责消防工作的安全管理；\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) taxonomy = dg_taxonomy_load (TAXONOMY, NULL, &error);
  g_assert_no_error (error);
  g_autoptr (DgModel) m = dg_import_bytes ("doc.txt", doc, strlen (doc), taxonomy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (m->bodies->len, >=, 1);
  for (guint i = 0; i < m->bodies->len; i++)
    assert_body_defaults (dg_model_body (m, (int) i));
  for (guint i = 0; i < m->areas->len; i++)
    if (dg_model_area (m, (int) i)->parent < 0)
      assert_area_defaults (dg_model_area (m, (int) i));
  g_assert_cmpuint (m->duties->len, ==, 1);
  assert_duty_defaults (dg_model_duty (m, 0), TRUE);
}

static void
test_restructure (void)
{
  g_autofree char *dir = test_util_tmpdir ();
  g_autofree char *model_path = write_file (dir, "town.yaml", model_yaml);
  g_autofree char *scenario_path = write_file (
      dir, "s.yaml",
      "dutygraph-scenario: 1\ntitle: 测试\noperations:\n"
      "  - {op: add-body, id: new, name: 新办, kind: department}\n"
      "  - {op: add-duty, body: new, role: lead, areas: [fire], clause: '9', text: 新。}\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) model = dg_model_load (model_path, NULL, &error);
  g_assert_no_error (error);
  g_autoptr (DgScenario) s = dg_scenario_load (scenario_path, NULL, &error);
  g_assert_no_error (error);
  g_autoptr (DgRestructureLog) log = NULL;
  g_autoptr (DgModel) m = dg_restructure_apply (model, s, &log, &error);
  g_assert_no_error (error);
  int added = dg_model_body_index (m, "new");
  g_assert_cmpint (added, >=, 0);
  assert_body_defaults (dg_model_body (m, added));
  g_assert_cmpuint (m->duties->len, ==, 2);
  assert_duty_defaults (dg_model_duty (m, 1), FALSE);
  g_assert_cmpint (g_array_index (dg_model_duty (m, 1)->bodies, int, 0), ==, added);
}

/* The copy shares nothing the original frees, and its locs point into its own file list. */
static void
test_copy (void)
{
  g_autofree char *dir = test_util_tmpdir ();
  g_autofree char *path = write_file (dir, "town.yaml", model_yaml);
  g_autoptr (GError) error = NULL;
  DgModel *m = dg_model_load (path, NULL, &error);
  g_assert_no_error (error);
  g_autoptr (DgModel) c = dg_model_copy (m);
  const DgBody *mb = dg_model_body (m, 0), *cb = dg_model_body (c, 0);
  g_assert_true (mb->name != cb->name && mb->aliases != cb->aliases);
  g_assert_true (dg_model_duty (m, 0)->areas != dg_model_duty (c, 0)->areas);
  g_assert_true (cb->loc.file != NULL && cb->loc.file != mb->loc.file);
  g_assert_cmpstr (cb->loc.file, ==, mb->loc.file);
  g_assert_cmpint (cb->loc.line, ==, mb->loc.line);
  dg_model_free (m);
  /* Everything still reads after the original is gone (ASan would catch a shared pointer). */
  g_assert_cmpstr (dg_model_body (c, 0)->name, ==, "甲");
  g_assert_cmpint (dg_model_body_index (c, "a"), ==, 0);
  g_assert_cmpint (g_array_index (dg_model_duty (c, 0)->areas, int, 0), ==,
                   dg_model_area_index (c, "fire"));
  g_assert_cmpstr (dg_model_duty (c, 0)->text, ==, "消防。");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/builders/constructors", test_constructors);
  g_test_add_func ("/builders/loader", test_loader);
  g_test_add_func ("/builders/matrix-reader", test_matrix_reader);
  g_test_add_func ("/builders/importer", test_importer);
  g_test_add_func ("/builders/restructure", test_restructure);
  g_test_add_func ("/builders/copy", test_copy);
  return g_test_run ();
}
