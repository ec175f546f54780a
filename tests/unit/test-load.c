/*
 * test-load.c — the model loader: what a valid model turns into, and that
 * every problem is reported with its position and all problems at once.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "model/model-load.h"
#include "test-util.h"

/* Writes TEXT to a fresh file in a temporary directory; returns its path. */
static char *
write_model (const char *name, const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_util_tmpdir ();
  char *path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

static DgModel *
load_ok (const char *text)
{
  g_autofree char *path = write_model ("m.yaml", text);
  g_autoptr (GError) error = NULL;
  DgModel *model = dg_model_load (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

/* The message of a failed load, with the temporary directory cut off. */
static char *
load_error (const char *text)
{
  g_autofree char *path = write_model ("m.yaml", text);
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) model = dg_model_load (path, NULL, &error);
  g_assert_null (model);
  g_assert_error (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *prefix = g_strconcat (dir, "/", NULL);
  g_auto (GStrv) parts = g_strsplit (error->message, prefix, -1);
  return g_strjoinv ("", parts);
}

static const char header[] = "dutygraph: 1\ndocument: {id: t, title: 测试}\n";

static void
test_valid_model (void)
{
  g_autofree char *text = g_strconcat (header,
      "bodies:\n"
      "  - {id: gov, name: 镇政府, kind: government}\n"
      "  - {id: edu, name: 镇教委, kind: department, reports-to: gov, aliases: [教委], manages: [school]}\n"
      "  - {id: pol, name: 派出所, kind: station, reports-to: gov}\n"
      "areas:\n"
      "  - {id: school, name: 学校, expected: true, keywords: [学校, 幼儿园]}\n"
      "  - {id: school.bus, name: 校车, parent: school, shared-basis: 条例第四条}\n"
      "duties:\n"
      "  - {bodies: [edu, pol], role: lead, areas: [school.bus], clause: '5(8)', text: 负责校车。}\n"
      "  - {applies-to: {kind: [department, station]}, role: lead, procedural: true, clause: '(1)', text: 共同。}\n"
      "  - {body: pol, role: assist, with: upper, areas: [school], clause: '6(1)', text: 协助。, every: quarter, times: 2}\n",
      NULL);
  g_autoptr (DgModel) m = load_ok (text);
  g_assert_cmpuint (m->bodies->len, ==, 3);
  g_assert_cmpuint (m->areas->len, ==, 2);
  g_assert_cmpuint (m->duties->len, ==, 3);
  const DgBody *edu = dg_model_body (m, dg_model_body_index (m, "edu"));
  g_assert_cmpstr (edu->name, ==, "镇教委");
  g_assert_cmpint (edu->kind, ==, DG_KIND_DEPARTMENT);
  g_assert_cmpint (edu->reports_to, ==, dg_model_body_index (m, "gov"));
  g_assert_cmpuint (edu->manages->len, ==, 1);
  g_assert_cmpint (g_array_index (edu->manages, int, 0), ==, dg_model_area_index (m, "school"));
  g_assert_cmpstr (g_ptr_array_index (edu->aliases, 0), ==, "教委");
  const DgArea *bus = dg_model_area (m, dg_model_area_index (m, "school.bus"));
  g_assert_cmpint (bus->parent, ==, dg_model_area_index (m, "school"));
  g_assert_cmpstr (bus->shared_basis, ==, "条例第四条");
  g_assert_false (bus->expected);
  const DgDuty *both = dg_model_duty (m, 0);
  g_assert_cmpuint (both->bodies->len, ==, 2);
  /* A class duty expands to every body of its kinds, in model order. */
  const DgDuty *common = dg_model_duty (m, 1);
  g_assert_cmpuint (common->bodies->len, ==, 2);
  g_assert_cmpint (g_array_index (common->bodies, int, 0), ==, dg_model_body_index (m, "edu"));
  g_assert_cmpint (g_array_index (common->bodies, int, 1), ==, dg_model_body_index (m, "pol"));
  g_assert_true (common->procedural);
  const DgDuty *periodic = dg_model_duty (m, 2);
  g_assert_true (periodic->with_upper);
  g_assert_cmpint (periodic->every, ==, DG_PERIOD_QUARTER);
  g_assert_cmpint (periodic->times, ==, 2);
  g_assert_cmpint (periodic->loc.line, ==, 13);
}

static void
test_json_is_accepted (void)
{
  g_autoptr (DgModel) m = load_ok (
      "{\"dutygraph\": 1, \"document\": {\"id\": \"t\", \"title\": \"测试\"},\n"
      " \"bodies\": [{\"id\": \"a\", \"name\": \"甲\", \"kind\": \"office\"}],\n"
      " \"duties\": [{\"body\": \"a\", \"role\": \"lead\", \"procedural\": true,"
      " \"clause\": \"一\", \"text\": \"负责。\"}]}\n");
  g_assert_cmpuint (m->duties->len, ==, 1);
}

static void
test_columns_count_characters (void)
{
  /* The bad kind stands after eight Chinese characters: column 35, not byte 51. */
  g_autofree char *text = g_strconcat (header,
      "bodies:\n  - {name: 镇应急管理办公室, id: a, kind: x}\nduties: []\n", NULL);
  g_autofree char *message = load_error (text);
  g_assert_cmpstr (message, ==,
                   "m.yaml:4:35: error: unknown kind 'x' (expected party, government, leader, "
                   "committee, office, department, station, village or external)");
}

static void
test_all_errors_reported (void)
{
  GString *text = g_string_new (header);
  g_string_append (text, "bodies:\n");
  for (int i = 0; i < 60; i++)
    g_string_append_printf (text, "  - {id: b%d, name: 甲, kind: nope}\n", i);
  g_string_append (text, "duties: []\n");
  g_autofree char *message = load_error (text->str);
  g_string_free (text, TRUE);
  g_auto (GStrv) lines = g_strsplit (message, "\n", -1);
  /* Capped at DG_LOAD_MAX_ERRORS, with a line saying how many were left out. */
  g_assert_cmpuint (g_strv_length (lines), ==, DG_LOAD_MAX_ERRORS + 1);
  g_assert_true (g_str_has_prefix (lines[0], "m.yaml:4:29: error: unknown kind 'nope'"));
  g_assert_true (g_str_has_suffix (lines[DG_LOAD_MAX_ERRORS], "10 more errors not shown"));
}

static void
test_with_on_lead_refused (void)
{
  g_autofree char *text = g_strconcat (header,
      "bodies: [{id: a, name: 甲, kind: office}]\n"
      "duties: [{body: a, role: lead, with: upper, procedural: true, clause: 一, text: 负责。}]\n",
      NULL);
  g_autofree char *message = load_error (text);
  g_assert_cmpstr (message, ==, "m.yaml:4:32: error: 'with' does not go with role lead");
}

static void
test_depth_limit (void)
{
  GString *text = g_string_new (header);
  g_string_append (text, "bodies: []\nduties: []\nareas: ");
  for (int i = 0; i < 30; i++)
    g_string_append_c (text, '[');
  for (int i = 0; i < 30; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '\n');
  g_autofree char *path = write_model ("deep.yaml", text->str);
  g_string_free (text, TRUE);
  DgLoadLimits limits;
  dg_load_limits_init (&limits);
  limits.max_depth = 10;
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) m = dg_model_load (path, &limits, &error);
  g_assert_null (m);
  g_assert_nonnull (strstr (error->message, "nesting deeper than 10 levels"));
}

static void
test_size_limit (void)
{
  g_autofree char *text = g_strconcat (header, "bodies: []\nduties: []\n", NULL);
  g_autofree char *path = write_model ("m.yaml", text);
  DgLoadLimits limits;
  dg_load_limits_init (&limits);
  limits.max_file_bytes = 16;
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) m = dg_model_load (path, &limits, &error);
  g_assert_null (m);
  g_assert_nonnull (strstr (error->message, ":1:1: error: file is"));
  g_assert_nonnull (strstr (error->message, "over the limit of 16"));
}

/* 各部门配合派出所…: a class duty supporting one of its own bodies binds
 * the others, and loads. */
static void
test_class_supports_member (void)
{
  g_autofree char *text = g_strconcat (header,
      "bodies:\n"
      "  - {id: edu, name: 镇教委, kind: department}\n"
      "  - {id: pol, name: 派出所, kind: department}\n"
      "  - {id: mkt, name: 市场监管所, kind: department}\n"
      "duties:\n"
      "  - {applies-to: {kind: department}, role: cooperate, with: pol, clause: '1', text: 配合派出所做好校车安全管理}\n",
      NULL);
  g_autoptr (DgModel) m = load_ok (text);
  const DgDuty *d = dg_model_duty (m, 0);
  g_assert_cmpuint (d->bodies->len, ==, 2);
  g_assert_cmpstr (dg_model_body (m, g_array_index (d->bodies, int, 0))->id, ==, "edu");
  g_assert_cmpstr (dg_model_body (m, g_array_index (d->bodies, int, 1))->id, ==, "mkt");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/load/valid-model", test_valid_model);
  g_test_add_func ("/load/json-is-accepted", test_json_is_accepted);
  g_test_add_func ("/load/columns-count-characters", test_columns_count_characters);
  g_test_add_func ("/load/all-errors-reported", test_all_errors_reported);
  g_test_add_func ("/load/with-on-lead-refused", test_with_on_lead_refused);
  g_test_add_func ("/load/depth-limit", test_depth_limit);
  g_test_add_func ("/load/size-limit", test_size_limit);
  g_test_add_func ("/load/class-supports-member", test_class_supports_member);
  return g_test_run ();
}
