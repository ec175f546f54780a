/*
 * test-query.c — matching what users type to areas and bodies.
 */
#include "analysis/query.h"
#include "model/model-load.h"
#include "test-util.h"

static DgModel *
model (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_util_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "m.yaml", NULL);
  g_file_set_contents (path,
      "dutygraph: 1\ndocument: {id: t, title: 测试}\n"
      "bodies:\n"
      "  - {id: jiaowei, name: 镇教委, kind: department, aliases: [教委, 张山子镇教委]}\n"
      "  - {id: jiaojing, name: 张山子交警中队, kind: station, aliases: [交警中队]}\n"
      "  - {id: jiaotong, name: 交通办, kind: office}\n"
      "areas:\n"
      "  - {id: transport, name: 交通运输, keywords: [交通]}\n"
      "  - {id: transport.bus, name: 校车安全, parent: transport, keywords: [校车]}\n"
      "  - {id: transport.road, name: 道路交通安全, parent: transport, keywords: [道路交通]}\n"
      "  - {id: gas, name: 燃气安全, keywords: [燃气, 液化气]}\n"
      "duties: []\n",
      -1, &error);
  g_assert_no_error (error);
  DgModel *m = dg_model_load (path, NULL, &error);
  g_assert_no_error (error);
  return m;
}

static char *
areas (const DgModel *m, const char *query)
{
  g_autoptr (GArray) found = dg_query_areas (m, query);
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (out, "%s%s", i ? " " : "", dg_model_area (m, g_array_index (found, int, i))->id);
  return g_string_free (out, FALSE);
}

static char *
bodies (const DgModel *m, const char *query)
{
  g_autoptr (GArray) found = dg_query_bodies (m, query);
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (out, "%s%s", i ? " " : "", dg_model_body (m, g_array_index (found, int, i))->id);
  return g_string_free (out, FALSE);
}

#define ASSERT_MATCH(fn, m, query, expected)                                                       \
  do                                                                                               \
    {                                                                                              \
      g_autofree char *got = fn (m, query);                                                        \
      g_assert_cmpstr (got, ==, expected);                                                         \
    }                                                                                              \
  while (0)

static void
test_areas (void)
{
  g_autoptr (DgModel) m = model ();
  ASSERT_MATCH (areas, m, "校车", "transport.bus");         /* keyword */
  ASSERT_MATCH (areas, m, "gas", "gas");                    /* id */
  ASSERT_MATCH (areas, m, "液化气", "gas");                  /* second keyword */
  ASSERT_MATCH (areas, m, " 燃气安全 ", "gas");              /* name, spaces trimmed */
  /* 交通 is transport's keyword: exact wins over the substring in 道路交通安全. */
  ASSERT_MATCH (areas, m, "交通", "transport");
  /* A substring that hits a parent and its child answers with the parent. */
  ASSERT_MATCH (areas, m, "安全", "transport.bus transport.road gas");
  ASSERT_MATCH (areas, m, "铁路", "");
  ASSERT_MATCH (areas, m, "", "");
}

static void
test_bodies (void)
{
  g_autoptr (DgModel) m = model ();
  ASSERT_MATCH (bodies, m, "教委", "jiaowei");              /* alias */
  ASSERT_MATCH (bodies, m, "张山子镇教委", "jiaowei");       /* another alias */
  ASSERT_MATCH (bodies, m, "交警中队", "jiaojing");
  ASSERT_MATCH (bodies, m, "交", "jiaojing jiaotong");      /* substrings: all, model order */
  ASSERT_MATCH (bodies, m, "jiaotong", "jiaotong");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/query/areas", test_areas);
  g_test_add_func ("/query/bodies", test_bodies);
  return g_test_run ();
}
