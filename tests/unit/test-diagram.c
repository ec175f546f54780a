/*
 * test-diagram.c — the diagram's views on a small model built by hand,
 * linking the render layer alone: which nodes and lines each view writes
 * into the DOT (no layout), how a finding marks an area, how model text is
 * escaped, and how the diff view draws a duty moved to another body.
 *
 * The model: 甲<办> (office) and 乙所 both lead 消防, a conflict; 丙所
 * assists 公众聚集场所 under 消防; 道路交通 is expected and held by nobody.
 */
#include <string.h>

#include "analysis/diff.h"
#include "render/diagram.h"
#include "render/render-error.h"

static void
add_body (DgModel *m, const char *id, const char *name, DgBodyKind kind)
{
  DgBody *b = dg_body_new ();
  b->id = g_strdup (id);
  b->name = g_strdup (name);
  b->kind = kind;
  g_hash_table_insert (m->body_by_id, b->id, GINT_TO_POINTER (m->bodies->len + 1));
  g_ptr_array_add (m->bodies, b);
}

static void
add_area (DgModel *m, const char *id, const char *name, int parent, gboolean expected)
{
  DgArea *a = dg_area_new ();
  a->id = g_strdup (id);
  a->name = g_strdup (name);
  a->parent = parent;
  a->expected = expected;
  g_hash_table_insert (m->area_by_id, a->id, GINT_TO_POINTER (m->areas->len + 1));
  g_ptr_array_add (m->areas, a);
}

static void
add_duty (DgModel *m, int body, DgRole role, int area, const char *clause, const char *text)
{
  DgDuty *d = dg_duty_new ();
  g_array_append_val (d->bodies, body);
  d->role = role;
  g_array_append_val (d->areas, area);
  d->clause = g_strdup (clause);
  d->text = g_strdup (text);
  g_ptr_array_add (m->duties, d);
}

enum { BODY_JIA, BODY_YI, BODY_BING };
enum { AREA_FIRE, AREA_PUBLIC, AREA_ROAD };

static DgModel *
small_model (void)
{
  DgModel *m = dg_model_new ();
  m->path = g_strdup ("/nowhere/old.yaml");
  m->doc_id = g_strdup ("t");
  m->number = g_strdup ("测发〔2024〕1号");
  m->title = g_strdup ("测试文件");
  add_body (m, "jia", "甲<办>", DG_KIND_OFFICE);
  add_body (m, "yi", "乙所", DG_KIND_STATION);
  add_body (m, "bing", "丙所", DG_KIND_STATION);
  add_area (m, "fire", "消防", -1, TRUE);
  add_area (m, "fire.public", "公众聚集场所", AREA_FIRE, FALSE);
  add_area (m, "road", "道路交通", -1, TRUE);
  add_duty (m, BODY_JIA, DG_ROLE_LEAD, AREA_FIRE, "一(1)", "负责消防安全。");
  add_duty (m, BODY_YI, DG_ROLE_LEAD, AREA_FIRE, "一(2)", "负责消防监督检查。");
  add_duty (m, BODY_BING, DG_ROLE_ASSIST, AREA_PUBLIC, "一(3)", "协助公众聚集场所消防检查。");
  return m;
}

typedef struct {
  DgModel *model;
  DgGraph *graph;
  DgReport *report;
} Checked;

static void
checked_init (Checked *c, DgModel *m)
{
  g_autoptr (GError) error = NULL;
  c->model = m;
  c->graph = dg_graph_build (m, &error);
  g_assert_no_error (error);
  c->report = dg_check_run (c->graph);
}

static void
checked_clear (Checked *c)
{
  dg_report_free (c->report);
  dg_graph_free (c->graph);
  dg_model_free (c->model);
}

static char *
render_dot (const DgReport *report, const DgDiagramOptions *options)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = dg_render_diagram (report, options, "dot", &error);
  g_assert_no_error (error);
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  return g_strndup (data, size);
}

static guint
count (const char *haystack, const char *needle)
{
  guint n = 0;
  for (const char *p = strstr (haystack, needle); p; p = strstr (p + strlen (needle), needle))
    n++;
  return n;
}

/* Every holder once, both categories boxed, one line per holding, the
 * conflict filled red, the gap dashed, the body's name escaped. */
static void
test_ownership (void)
{
  Checked c;
  checked_init (&c, small_model ());
  DgDiagramOptions options = { .kind = DG_VIEW_OWNERSHIP };
  g_autofree char *dot = render_dot (c.report, &options);

  g_assert_cmpuint (count (dot, "id=\"body-jia\""), ==, 1);
  g_assert_cmpuint (count (dot, "id=\"body-yi\""), ==, 1);
  g_assert_cmpuint (count (dot, "id=\"body-bing\""), ==, 1);
  g_assert_cmpuint (count (dot, "id=\"area-fire\""), ==, 1);
  g_assert_cmpuint (count (dot, "id=\"area-fire.public\""), ==, 1);
  g_assert_cmpuint (count (dot, "id=\"area-road\""), ==, 1);
  g_assert_nonnull (strstr (dot, "subgraph cluster_a0 {"));
  g_assert_nonnull (strstr (dot, "subgraph cluster_a2 {"));
  g_assert_cmpuint (count (dot, " -> "), ==, 3);
  g_assert_nonnull (strstr (dot, "#f9d0d0"));        /* the conflict on 消防 */
  g_assert_nonnull (strstr (dot, "rounded,dashed")); /* 道路交通, held by nobody */
  /* Markup in the label; a plain, quoted tooltip keeps the text as it is. */
  g_assert_nonnull (strstr (dot, "label=<甲&lt;办&gt;>"));
  g_assert_null (strstr (dot, "label=<甲<办>"));
  g_assert_nonnull (strstr (dot, "tooltip=\"甲<办>（办公室，jia）\""));
  g_assert_nonnull (strstr (dot, "测发〔2024〕1号"));
  g_assert_nonnull (strstr (dot, "职责归属总图"));
  checked_clear (&c);
}

/* 消防 with its sub-area: the three holders, one tree line, every line
 * labelled with its clause. */
static void
test_area (void)
{
  Checked c;
  checked_init (&c, small_model ());
  DgDiagramOptions options = { .kind = DG_VIEW_AREA, .index = AREA_FIRE };
  g_autofree char *dot = render_dot (c.report, &options);

  g_assert_cmpuint (count (dot, " -> "), ==, 4);
  g_assert_cmpuint (count (dot, "tooltip=下级领域"), ==, 1);
  g_assert_nonnull (strstr (dot, "一(1)"));
  g_assert_nonnull (strstr (dot, "一(2)"));
  g_assert_nonnull (strstr (dot, "一(3)"));
  g_assert_null (strstr (dot, "area-road"));
  g_assert_nonnull (strstr (dot, "领域：消防"));
  checked_clear (&c);
}

/* 乙所 and the other direct holder of 消防, dimmed; 丙所 holds only the
 * sub-area and is not drawn. */
static void
test_body (void)
{
  Checked c;
  checked_init (&c, small_model ());
  DgDiagramOptions options = { .kind = DG_VIEW_BODY, .index = BODY_YI };
  g_autofree char *dot = render_dot (c.report, &options);

  g_assert_cmpuint (count (dot, " -> "), ==, 2);
  g_assert_cmpuint (count (dot, "dir=back"), ==, 1);
  g_assert_nonnull (strstr (dot, "id=\"body-jia\""));
  g_assert_null (strstr (dot, "body-bing"));
  g_assert_nonnull (strstr (dot, "同一领域的其他单位"));
  checked_clear (&c);
}

/* A view that does not fit the model is refused as a view error. */
static void
test_bad_view (void)
{
  Checked c;
  checked_init (&c, small_model ());
  DgDiagramOptions options = { .kind = DG_VIEW_AREA, .index = 7 };
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = dg_render_diagram (c.report, &options, "dot", &error);
  g_assert_null (bytes);
  g_assert_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_VIEW);
  g_clear_error (&error);
  options.kind = DG_VIEW_OWNERSHIP;
  bytes = dg_render_diagram (c.report, &options, "gif", &error);
  g_assert_null (bytes);
  g_assert_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_FORMAT);
  checked_clear (&c);
}

/* 乙所's lead on 消防 handed to 丙所: one transfer line from 丙所 naming
 * 乙所, no removal; 甲's line unchanged; the title is the new model's, its
 * basis below, and no file path. */
static void
test_diff_transfer (void)
{
  Checked before, after;
  checked_init (&before, small_model ());
  DgModel *m = small_model ();
  g_free (m->title);
  m->title = g_strdup ("测试文件（调整后）");
  g_clear_pointer (&m->number, g_free);
  m->basis = g_strdup ("测试依据");
  g_free (m->path);
  m->path = g_strdup ("/nowhere/new.yaml");
  DgDuty *moved = dg_model_duty (m, 1);
  g_array_index (moved->bodies, int, 0) = BODY_BING;
  checked_init (&after, m);

  g_autoptr (DgDiff) diff = dg_diff_compute (before.report, after.report);
  g_assert_cmpuint (diff->moved->len, ==, 1);
  guint transferred = 0, removed = 0;
  for (guint i = 0; i < diff->holdings->len; i++)
    {
      const DgHoldingChange *h = g_ptr_array_index (diff->holdings, i);
      if (h->kind == DG_HOLDING_TRANSFERRED)
        {
          transferred++;
          g_assert_cmpint (h->old_body, ==, BODY_YI);
          g_assert_cmpint (h->new_body, ==, BODY_BING);
        }
      removed += h->kind == DG_HOLDING_REMOVED;
    }
  g_assert_cmpuint (transferred, ==, 1);
  g_assert_cmpuint (removed, ==, 0);

  DgDiagramOptions options = { .kind = DG_VIEW_DIFF, .diff = diff };
  g_autofree char *dot = render_dot (after.report, &options);
  g_assert_cmpuint (count (dot, " -> "), ==, 2);
  g_assert_cmpuint (count (dot, "移交 · 负责"), ==, 1);
  g_assert_cmpuint (count (dot, "原乙所"), ==, 1);
  g_assert_cmpuint (count (dot, "不变 · 负责"), ==, 1);
  g_assert_null (strstr (dot, "删除 · "));
  g_assert_nonnull (strstr (dot, "<B>测试文件（调整后）</B>"));
  g_assert_nonnull (strstr (dot, "变更对比：对照测发〔2024〕1号"));
  g_assert_nonnull (strstr (dot, "依据：测试依据"));
  g_assert_null (strstr (dot, ".yaml"));
  checked_clear (&after);
  checked_clear (&before);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  dg_graph_init_library ();
  g_test_add_func ("/diagram/ownership", test_ownership);
  g_test_add_func ("/diagram/area", test_area);
  g_test_add_func ("/diagram/body", test_body);
  g_test_add_func ("/diagram/bad-view", test_bad_view);
  g_test_add_func ("/diagram/diff-transfer", test_diff_transfer);
  return g_test_run ();
}
