/*
 * test-sheet.c — import/sheet.h: cells named as a spreadsheet names them,
 * from CSV and from XLSX packages made here (libzip), and the workbooks a
 * reader must refuse (a document type, a sheet far sparser than its size).
 */
#include <string.h>
#include <zip.h>

#include "import/import.h"
#include "import/sheet.h"
#include "test-util.h"

#define MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/* A workbook of one or two worksheets (SHEET2 may be NULL), inline
 * strings only, as bytes. */
static GBytes *
workbook (const char *sheet1, const char *sheet2)
{
  g_autofree char *dir = test_util_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "book.xlsx", NULL);
  int err = 0;
  zip_t *z = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &err);
  g_assert_nonnull (z);
  g_autofree char *book = g_strdup_printf (
      "<workbook xmlns=\"" MAIN "\" xmlns:r=\"" REL "\"><sheets>"
      "<sheet name=\"矩阵\" sheetId=\"1\" r:id=\"rId1\"/>%s</sheets></workbook>",
      sheet2 ? "<sheet name=\"清单\" sheetId=\"2\" r:id=\"rId2\"/>" : "");
  const char *rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                     "<Relationship Id=\"rId2\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>";
  const char *names[] = { "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                          "xl/worksheets/sheet2.xml" };
  const char *texts[] = { book, rels, sheet1, sheet2 };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (texts[i] == NULL)
        continue;
      zip_source_t *s = zip_source_buffer (z, texts[i], strlen (texts[i]), 0);
      g_assert_cmpint (zip_file_add (z, names[i], s, ZIP_FL_OVERWRITE), >=, 0);
    }
  g_assert_cmpint (zip_close (z), ==, 0);
  char *data = NULL;
  gsize length = 0;
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (data, length);
}

static DgSheet *
read_workbook (GBytes *bytes, GError **error)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  return dg_sheet_from_xlsx ("book.xlsx", data, length, error);
}

static void
test_column_names (void)
{
  const struct { guint col; const char *name; } cases[] = {
    { 0, "A" }, { 25, "Z" }, { 26, "AA" }, { 41, "AP" }, { 701, "ZZ" }, { 702, "AAA" }, { 16383, "XFD" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = dg_sheet_column_name (cases[i].col);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

static void
test_csv_cells (void)
{
  DgYamlDiag diag;
  dg_yaml_diag_init (&diag);
  const char *csv = "a,\"b\nc\",\r\n\r\nd\r\n";
  g_autoptr (DgSheet) sheet = dg_sheet_from_csv ("m.csv", csv, strlen (csv), &diag);
  g_assert_nonnull (sheet);
  g_assert_cmpuint (sheet->rows->len, ==, 3);
  const DgSheetRow *first = g_ptr_array_index (sheet->rows, 0);
  g_assert_cmpuint (first->cells->len, ==, 3);
  const DgSheetCell *b1 = dg_sheet_cell (first, 1);
  g_assert_cmpstr (b1->text, ==, "b\nc");
  g_autofree char *b1_name = dg_sheet_cell_name (sheet, b1);
  g_assert_cmpstr (b1_name, ==, "B1");
  g_assert_true (dg_sheet_row_blank (g_ptr_array_index (sheet->rows, 1)));
  /* The record after the quoted newline is row 3, not line 4. */
  const DgSheetCell *a3 = dg_sheet_cell (g_ptr_array_index (sheet->rows, 2), 0);
  g_autofree char *a3_name = dg_sheet_cell_name (sheet, a3);
  g_assert_cmpstr (a3_name, ==, "A3");
  g_assert_cmpint (a3->loc.line, ==, 4);
  dg_sheet_error (&diag, sheet, a3, "bad '%s'", "\x1b]0;x\x07");
  g_autofree char *message = dg_yaml_diag_message (&diag, "m.csv");
  /* The cell named, the input's controls escaped by util/diag. */
  g_assert_true (g_str_has_prefix (message, "m.csv:A3: error: bad '"));
  g_assert_null (strchr (message, '\x1b'));
  dg_yaml_diag_clear (&diag);
}

static void
test_xlsx_cells (void)
{
  g_autoptr (GBytes) bytes = workbook (
      "<worksheet xmlns=\"" MAIN "\"><sheetData>"
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a_x000D_b_x005F_x0041_</t></is></c>"
      "<c r=\"C1\" t=\"inlineStr\"><is><r><t>甲</t></r><r><t xml:space=\"preserve\"> 乙</t></r></is></c></row>"
      "<row r=\"3\"><c t=\"n\"><v>5</v></c><c t=\"b\"><v>1</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" s=\"1\"/></row>"
      "</sheetData></worksheet>",
      "<worksheet xmlns=\"" MAIN "\"><sheetData><row><c r=\"B1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
      "</sheetData></worksheet>");
  g_autoptr (GError) error = NULL;
  g_autoptr (DgSheet) sheet = read_workbook (bytes, &error);
  g_assert_no_error (error);
  /* Row 1, row 3 (row 2 and the blank row 4 left out), the break between
   * worksheets, then the second worksheet's row. */
  g_assert_cmpuint (sheet->rows->len, ==, 4);
  const DgSheetRow *r1 = g_ptr_array_index (sheet->rows, 0);
  g_assert_cmpstr (dg_sheet_cell (r1, 0)->text, ==, "a\rb_x0041_");
  g_assert_cmpstr (dg_sheet_cell (r1, 1)->text, ==, "");
  g_assert_cmpstr (dg_sheet_cell (r1, 2)->text, ==, "甲 乙");
  const DgSheetRow *r3 = g_ptr_array_index (sheet->rows, 1);
  g_assert_cmpuint (r3->number, ==, 3);
  g_assert_cmpstr (dg_sheet_cell (r3, 0)->text, ==, "5");
  g_assert_cmpstr (dg_sheet_cell (r3, 1)->text, ==, "TRUE");
  g_autofree char *b3 = dg_sheet_cell_name (sheet, dg_sheet_cell (r3, 1));
  g_assert_cmpstr (b3, ==, "B3");
  g_assert_true (dg_sheet_row_blank (g_ptr_array_index (sheet->rows, 2)));
  const DgSheetRow *list = g_ptr_array_index (sheet->rows, 3);
  g_autofree char *b1 = dg_sheet_cell_name (sheet, dg_sheet_cell (list, 1));
  g_assert_cmpstr (b1, ==, "清单!B1");
}

static void
test_xlsx_refused (void)
{
  g_autoptr (GBytes) dtd = workbook ("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaa\">]>"
                                     "<worksheet xmlns=\"" MAIN "\"><sheetData/></worksheet>",
                                     NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (DgSheet) none = read_workbook (dtd, &error);
  g_assert_null (none);
  g_assert_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "book.xlsx:xl/worksheets/sheet1.xml: error: a document type"));
  g_clear_error (&error);

  /* Seventy rows of one cell each in column XFD: a million empty cells
   * from a few kilobytes. */
  GString *sparse = g_string_new ("<worksheet xmlns=\"" MAIN "\"><sheetData>");
  for (int r = 1; r <= 70; r++)
    g_string_append_printf (sparse, "<row r=\"%d\"><c r=\"XFD%d\" t=\"inlineStr\"><is><t>x</t></is></c></row>", r, r);
  g_string_append (sparse, "</sheetData></worksheet>");
  g_autoptr (GBytes) bytes = workbook (sparse->str, NULL);
  g_string_free (sparse, TRUE);
  g_autoptr (DgSheet) also_none = read_workbook (bytes, &error);
  g_assert_null (also_none);
  g_assert_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "too sparse"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sheet/column-names", test_column_names);
  g_test_add_func ("/sheet/csv-cells", test_csv_cells);
  g_test_add_func ("/sheet/xlsx-cells", test_xlsx_cells);
  g_test_add_func ("/sheet/xlsx-refused", test_xlsx_refused);
  return g_test_run ();
}
