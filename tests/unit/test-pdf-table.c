/*
 * test-pdf-table.c — tables read back off pieces of text placed by hand,
 * as a PDF places them (characters 14 units high, columns 90 apart): the
 * rows of a numbered table and where prose ends it, a cell whose text
 * wrapped, a cell of two paragraphs, lines that are no table (the
 * issuers side by side, bulleted items), and a table going on over a page.
 */
#include <string.h>

#include "import/pdf-table.h"

#define EM 14.0

/* A piece of one character height on band ROW (rows 16 apart). */
static DgPdfPiece
at (const char *text, double x0, double x1, int row, guint line)
{
  double y0 = 100 + 16 * row;
  return (DgPdfPiece){ text, x0, x1, y0, y0 + EM, line };
}

static void
test_numbered_rows (void)
{
  const DgPdfPiece pieces[] = {
    at ("序号", 80, 101, 0, 0),         at ("单位", 170, 191, 0, 1),     at ("职责", 260, 281, 0, 2),
    at ("1", 80, 87, 1, 3),             at ("镇应急办公室", 170, 233, 1, 4), at ("负责甲监管；", 260, 323, 1, 5),
    at ("2", 80, 87, 2, 6),             at ("派出所", 170, 201, 2, 7),    at ("负责乙。", 260, 302, 2, 8),
    at ("以上职责自印发之日起执行。", 80, 350, 3, 9),
  };
  g_autoptr (GPtrArray) tables = dg_pdf_tables_find (pieces, G_N_ELEMENTS (pieces), EM, NULL);
  g_assert_cmpuint (tables->len, ==, 1);
  const DgPdfTable *t = g_ptr_array_index (tables, 0);
  g_assert_cmpstr (t->rows, ==, "序号\t单位\t职责\n1\t镇应急办公室\t负责甲监管；\n2\t派出所\t负责乙。");
  /* Every line but the prose under the table. */
  g_assert_cmpuint (t->lines->len, ==, 9);
  for (guint i = 0; i < t->lines->len; i++)
    g_assert_cmpuint (g_array_index (t->lines, guint, i), ==, i);
}

static void
test_wrapped_and_two_paragraphs (void)
{
  /* The task column's text reaches 174 and wraps there; the cooperating
   * cell holds two names, each a paragraph that ends short of its reach. */
  const DgPdfPiece pieces[] = {
    at ("事项", 80, 101, 0, 0),               at ("牵头单位", 190, 232, 0, 1),   at ("配合单位", 300, 342, 0, 2),
    at ("农村道路交通安全整", 80, 174, 1, 3),  at ("镇交通管理站", 190, 253, 1, 4), at ("镇教育办公室", 300, 363, 1, 5),
    at ("治", 80, 90, 2, 6),                   at ("东坪派出所、各村", 300, 384, 2, 7),
    at ("校车安全管理", 80, 143, 3, 8),        at ("镇教委", 190, 221, 3, 9),
  };
  g_autoptr (GPtrArray) tables = dg_pdf_tables_find (pieces, G_N_ELEMENTS (pieces), EM, NULL);
  g_assert_cmpuint (tables->len, ==, 1);
  const DgPdfTable *t = g_ptr_array_index (tables, 0);
  g_assert_cmpstr (t->rows, ==,
                   "事项\t牵头单位\t配合单位\n农村道路交通安全整治\t镇交通管理站\t镇教育办公室 东坪派出所、各村\n"
                   "校车安全管理\t镇教委\t");
}

static void
test_no_table (void)
{
  /* Two issuers on one line, then prose across the page. */
  const DgPdfPiece issuers[] = {
    at ("中共某镇委员会", 80, 150, 0, 0),
    at ("某镇人民政府", 200, 260, 0, 0),
    at ("为落实安全生产责任，现将有关事项通知如下。", 80, 400, 1, 1),
  };
  g_autoptr (GPtrArray) none = dg_pdf_tables_find (issuers, G_N_ELEMENTS (issuers), EM, NULL);
  g_assert_cmpuint (none->len, ==, 0);
  /* Bulleted items: a bullet is no header's label. */
  const DgPdfPiece bullets[] = {
    at ("●", 80, 90, 0, 0),  at ("负责甲。", 110, 152, 0, 0),
    at ("●", 80, 90, 1, 1),  at ("负责乙。", 110, 152, 1, 1),
  };
  g_autoptr (GPtrArray) still_none = dg_pdf_tables_find (bullets, G_N_ELEMENTS (bullets), EM, NULL);
  g_assert_cmpuint (still_none->len, ==, 0);
  g_autoptr (GPtrArray) empty = dg_pdf_tables_find (NULL, 0, EM, NULL);
  g_assert_cmpuint (empty->len, ==, 0);
}

/* A table that runs to the page's end goes on at the top of the next,
 * without its header: those rows are read in its columns. */
static void
test_next_page (void)
{
  const DgPdfPiece first_page[] = {
    at ("序号", 80, 101, 0, 0), at ("单位", 170, 191, 0, 1),     at ("职责", 260, 281, 0, 2),
    at ("1", 80, 87, 1, 3),     at ("镇应急办公室", 170, 233, 1, 4), at ("负责甲监管；", 260, 323, 1, 5),
  };
  g_autoptr (GPtrArray) before = dg_pdf_tables_find (first_page, G_N_ELEMENTS (first_page), EM, NULL);
  g_assert_cmpuint (before->len, ==, 1);
  const DgPdfTable *open = g_ptr_array_index (before, 0);
  g_assert_true (open->reaches_end);
  const DgPdfPiece next_page[] = {
    at ("2", 80, 87, 0, 10),    at ("派出所", 170, 201, 0, 11),   at ("负责乙。", 260, 302, 0, 12),
    at ("3", 80, 87, 1, 13),    at ("镇卫生院", 170, 212, 1, 14), at ("负责丙。", 260, 302, 1, 15),
    at ("以上职责自印发之日起执行。", 80, 350, 2, 16),
  };
  g_autoptr (GPtrArray) after = dg_pdf_tables_find (next_page, G_N_ELEMENTS (next_page), EM, open);
  g_assert_cmpuint (after->len, ==, 1);
  const DgPdfTable *rest = g_ptr_array_index (after, 0);
  g_assert_true (rest->continues);
  g_assert_false (rest->reaches_end);
  g_assert_cmpstr (rest->rows, ==, "2\t派出所\t负责乙。\n3\t镇卫生院\t负责丙。");
  /* Without the table before, the same page holds none. */
  g_autoptr (GPtrArray) alone = dg_pdf_tables_find (next_page, G_N_ELEMENTS (next_page), EM, NULL);
  g_assert_cmpuint (alone->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pdf-table/numbered-rows", test_numbered_rows);
  g_test_add_func ("/pdf-table/wrapped-and-two-paragraphs", test_wrapped_and_two_paragraphs);
  g_test_add_func ("/pdf-table/no-table", test_no_table);
  g_test_add_func ("/pdf-table/next-page", test_next_page);
  return g_test_run ();
}
