/* The roll-up's arithmetic on summaries made by hand: the majority rule
 * (more than half, not half), outliers, medians from counts per value;
 * and the name a county view gives a model. */
#include "analysis/rollup.h"

static DgModelSummary *
summary (const char *path, const char *leads, guint state)
{
  DgModelSummary *s = g_new0 (DgModelSummary, 1);
  s->path = g_strdup (path);
  s->doc_id = g_strdup (path);
  s->title = g_strdup ("t");
  s->areas = g_array_new (FALSE, FALSE, sizeof (DgAreaSummary));
  s->loads = g_array_new (FALSE, FALSE, sizeof (DgBodySummary));
  s->uppers = g_array_new (FALSE, FALSE, sizeof (DgUpperUse));
  DgAreaSummary a = { g_strdup ("gas"), g_strdup ("燃气"), state, g_strdup (leads) };
  g_array_append_val (s->areas, a);
  return s;
}

static void
free_summary (DgModelSummary *s)
{
  DgAreaSummary *a = &g_array_index (s->areas, DgAreaSummary, 0);
  g_free (a->id);
  g_free (a->path);
  g_free (a->leads);
  g_array_set_size (s->areas, 0);
  dg_model_summary_free (s);
}

static DgRollup *
fold (const char *const *leads, const guint *states, guint n)
{
  DgRollup *r = dg_rollup_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("t%u", i);
      DgModelSummary *s = summary (path, leads[i], states[i]);
      dg_rollup_add (r, s);
      free_summary (s);
    }
  dg_rollup_finish (r);
  return r;
}

static void
test_half_is_no_majority (void)
{
  const char *leads[] = { "a", "a", "b", "b" };
  const guint states[] = { DG_AREA_PRESENT, DG_AREA_PRESENT, DG_AREA_PRESENT, DG_AREA_PRESENT };
  g_autoptr (DgRollup) r = fold (leads, states, 4);
  const DgRollupArea *a = g_ptr_array_index (r->areas, 0);
  g_assert_cmpint (a->norm, ==, -1);
  g_assert_cmpuint (r->n_outliers, ==, 0);
  g_assert_cmpuint (a->assignments->len, ==, 2);
}

static void
test_exempt_not_counted (void)
{
  /* 2 of the 3 present models agree: a majority; the exempt one is no outlier. */
  const char *leads[] = { "a", "", "a", "a+b" };
  const guint states[] = { DG_AREA_PRESENT, DG_AREA_EXEMPT, DG_AREA_PRESENT | DG_AREA_UNCOVERED,
                           DG_AREA_PRESENT | DG_AREA_OVERLAPPED | DG_AREA_CONFLICT };
  g_autoptr (DgRollup) r = fold (leads, states, 4);
  const DgRollupArea *a = g_ptr_array_index (r->areas, 0);
  g_assert_cmpuint (a->present, ==, 3);
  g_assert_cmpuint (a->exempt, ==, 1);
  g_assert_cmpint (a->norm, ==, 0);
  g_assert_cmpuint (r->n_outliers, ==, 1);
  const DgAssignment *other = g_ptr_array_index (a->assignments, 1);
  g_assert_cmpstr (other->leads, ==, "a+b");
  g_assert_cmpuint (g_array_index (other->models, guint, 0), ==, 3);
  g_assert_cmpuint (a->uncovered->len, ==, 1);
  g_assert_cmpuint (g_array_index (a->uncovered, guint, 0), ==, 2);
  g_assert_cmpuint (a->conflict->len, ==, 1);
  g_assert_cmpuint (g_array_index (a->conflict, guint, 0), ==, 3);
}

static void
test_median (void)
{
  g_autoptr (GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));
  g_assert_cmpuint (dg_rollup_median (counts, 0), ==, 0);
  /* values 1,1,2,2,2,2 (n = 6): the 3rd smallest is 2 */
  guint c[] = { 0, 2, 4 };
  g_array_append_vals (counts, c, 3);
  g_assert_cmpuint (dg_rollup_median (counts, 6), ==, 2);
  /* values 0,1,1,1,1,2,2,2,2,4 (n = 10): the 5th smallest is 1 */
  g_array_set_size (counts, 0);
  guint d[] = { 1, 4, 4, 0, 1 };
  g_array_append_vals (counts, d, 5);
  g_assert_cmpuint (dg_rollup_median (counts, 10), ==, 1);
}

static char *
town_of (const char *path, const char *title, const char *const *issuers)
{
  g_autoptr (DgModel) m = dg_model_new ();
  m->path = g_strdup (path);
  m->title = g_strdup (title);
  for (; issuers && *issuers; issuers++)
    g_ptr_array_add (m->issuers, g_strdup (*issuers));
  return dg_rollup_town_name (m);
}

static void
test_town_name (void)
{
  const char *zhangshanzi[] = { "中共张山子镇委员会", "张山子镇人民政府", NULL };
  const char *county[] = { "某某县安全生产委员会", NULL };
  struct { const char *path, *title; const char *const *issuers; const char *want; } cases[] = {
    /* the issuers first, over a title naming no place */
    { "model/zhangshanzi-2020.yaml", "关于进一步明确安全生产监管职责的意见", zhangshanzi, "张山子镇" },
    { "x.yaml", "东山镇安全生产监管职责", NULL, "东山镇" },
    { "x.yaml", "西岭镇2024年安全生产重点工作任务分工方案", NULL, "西岭镇" },
    { "x.yaml", "河口街道办事处安全生产职责", NULL, "河口街道" },
    { "x.yaml", "安全生产职责", county, "某某县" },
    /* no place: the file's base name, never its directory */
    { "county-a/towns/../county.yaml", "区安全生产监管职责规定", NULL, "county" },
    { "a/b/town.v2.yml", NULL, NULL, "town.v2" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = town_of (cases[i].path, cases[i].title, cases[i].issuers);
      g_assert_cmpstr (got, ==, cases[i].want);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rollup/half-is-no-majority", test_half_is_no_majority);
  g_test_add_func ("/rollup/exempt-not-counted", test_exempt_not_counted);
  g_test_add_func ("/rollup/median", test_median);
  g_test_add_func ("/rollup/town-name", test_town_name);
  return g_test_run ();
}
