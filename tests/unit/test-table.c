/*
 * test-table.c — duty tables found in small texts, their cells read off
 * the text by hand: TAB rows with a group row and merged (empty) cells,
 * a |-bordered paste with its rule, CSV with a quoted comma, traditional
 * header words, and prose that only mentions the header words.
 */
#include <string.h>

#include "import/table.h"
#include "util/normalize.h"

static GPtrArray *
find (const char *text)
{
  g_autofree char *folded = dg_normalize_text (text);
  return dg_tables_find (text, folded);
}

static const DgTableRow *
row (GPtrArray *tables, guint t, guint r)
{
  const DgTable *table = g_ptr_array_index (tables, t);
  return g_ptr_array_index (table->rows, r);
}

static void
test_tab_rows (void)
{
  g_autoptr (GPtrArray) t = find ("某镇责任清单\n\n事项\t牵头单位\t配合单位\t依据\n"
                                  "一、消防安全\t\t\t\n"
                                  "消防检查\t镇应急办\t派出所、各村\t《消防法》\n"
                                  "火灾隐患整治\t\t派出所\t\n"
                                  "\n镇人民政府\n");
  g_assert_cmpuint (t->len, ==, 1);
  const DgTable *table = g_ptr_array_index (t, 0);
  g_assert_cmpuint (table->first_line, ==, 3);
  g_assert_cmpuint (table->last_line, ==, 6);
  g_assert_cmpuint (table->rows->len, ==, 2);
  const DgTableRow *r = row (t, 0, 0);
  g_assert_cmpuint (r->line, ==, 5);
  g_assert_cmpstr (r->group, ==, "一、消防安全");
  g_assert_cmpstr (r->cells[DG_TABLE_ITEM], ==, "消防检查");
  g_assert_cmpstr (r->cells[DG_TABLE_LEAD], ==, "镇应急办");
  g_assert_cmpstr (r->cells[DG_TABLE_COOPERATE], ==, "派出所、各村");
  g_assert_cmpstr (r->cells[DG_TABLE_BASIS], ==, "《消防法》");
  r = row (t, 0, 1);
  g_assert_cmpstr (r->cells[DG_TABLE_LEAD], ==, "镇应急办"); /* merged with the cell above */
  g_assert_null (r->cells[DG_TABLE_BASIS]);
  /* A lone cell right of the first is a row, not a group's title. */
  g_autoptr (GPtrArray) lone = find ("事项\t牵头单位\n\t镇应急办\n消防检查\t\n");
  g_assert_cmpuint (((DgTable *) g_ptr_array_index (lone, 0))->rows->len, ==, 2);
  g_assert_null (row (lone, 0, 0)->cells[DG_TABLE_ITEM]);
  g_assert_null (row (lone, 0, 0)->group);
  g_assert_cmpstr (row (lone, 0, 1)->cells[DG_TABLE_LEAD], ==, "镇应急办");
  g_autoptr (GPtrArray) names = dg_table_unit_names ("派出所、各村 镇教育办");
  g_assert_cmpuint (names->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (names, 2), ==, "镇教育办");
}

static void
test_pipe_rows (void)
{
  g_autoptr (GPtrArray) t = find ("| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 燃气检查 | 镇建设办 |\n"
                                  "| 2 | 校车管理 |  |\n职责如下：\n");
  g_assert_cmpuint (t->len, ==, 1);
  g_assert_cmpuint (((DgTable *) g_ptr_array_index (t, 0))->rows->len, ==, 2);
  const DgTableRow *r = row (t, 0, 1);
  g_assert_cmpstr (r->cells[DG_TABLE_SERIAL], ==, "2");
  g_assert_cmpstr (r->cells[DG_TABLE_ITEM], ==, "校车管理");
  g_assert_cmpstr (r->cells[DG_TABLE_LEAD], ==, "镇建设办");
}

static void
test_csv_rows (void)
{
  /* Traditional header words; the quoted cell keeps its comma. */
  g_autoptr (GPtrArray) t = find ("事項,牽頭單位,協辦單位\n危化品檢查,鎮應急辦,\"派出所,市場所\"\n");
  g_assert_cmpuint (t->len, ==, 1);
  const DgTableRow *r = row (t, 0, 0);
  g_assert_cmpstr (r->cells[DG_TABLE_LEAD], ==, "镇应急办");
  g_autoptr (GPtrArray) names = dg_table_unit_names (r->cells[DG_TABLE_COOPERATE]);
  g_assert_cmpuint (names->len, ==, 2);
  g_autoptr (GPtrArray) q = find ("事项,牵头单位\n\"\"\"三同时\"\"检查\",镇经委\n");
  g_assert_cmpstr (row (q, 0, 0)->cells[DG_TABLE_ITEM], ==, "\"三同时\"检查");
}

static void
test_prose_is_no_table (void)
{
  g_autoptr (GPtrArray) a = find ("1、镇应急办牵头，派出所配合，负责消防检查事项。\n");
  g_assert_cmpuint (a->len, ==, 0);
  /* One column named only: not a duty table. */
  g_autoptr (GPtrArray) b = find ("事项\t备注\n消防\t无\n");
  g_assert_cmpuint (b->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/table/tab-rows", test_tab_rows);
  g_test_add_func ("/table/pipe-rows", test_pipe_rows);
  if (dg_normalize_has_script_folding ())
    g_test_add_func ("/table/csv-rows", test_csv_rows);
  g_test_add_func ("/table/prose", test_prose_is_no_table);
  return g_test_run ();
}
