/*
 * fuzz-sheet.c — libFuzzer harness for the sheet reader (import/sheet.h),
 * both of its backends.  An input that starts as a zip is a workbook as
 * it is; one that starts with '<' is the XML of the first worksheet,
 * optionally followed by a line "--strings--" and the XML of the shared
 * strings, packed here with libzip into a workbook so that the fuzzer
 * mutates the XML the xmlReader walks rather than the deflate stream; any
 * other input is a CSV already decoded.  A workbook refused must name the
 * file and say error; every cell read must be UTF-8 without NUL, lie
 * within Excel's bounds and have a name.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "import/sheet.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

static void
add_part (zip_t *zip, const char *name, const char *data, size_t size)
{
  zip_source_t *part = zip_source_buffer (zip, data, size, 0);
  if (part == NULL || zip_file_add (zip, name, part, ZIP_FL_OVERWRITE) < 0)
    abort ();
}

/* A workbook of one worksheet, SHEET, with shared strings STRINGS. */
static char *
package (const char *sheet, size_t sheet_size, const char *strings, size_t strings_size, size_t *size)
{
  static const char book[] = "<workbook xmlns=\"" MAIN "\" xmlns:r=\"" REL "\"><sheets>"
                             "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  static const char rels[] = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                             "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
  zip_error_t error;
  zip_error_init (&error);
  zip_source_t *source = zip_source_buffer_create (NULL, 0, 0, &error);
  zip_source_keep (source);
  zip_t *zip = zip_open_from_source (source, ZIP_TRUNCATE, &error);
  if (zip == NULL)
    abort ();
  add_part (zip, "xl/workbook.xml", book, sizeof book - 1);
  add_part (zip, "xl/_rels/workbook.xml.rels", rels, sizeof rels - 1);
  add_part (zip, "xl/worksheets/sheet1.xml", sheet, sheet_size);
  if (strings != NULL)
    add_part (zip, "xl/sharedStrings.xml", strings, strings_size);
  if (zip_close (zip) < 0)
    abort ();
  zip_stat_t st;
  if (zip_source_stat (source, &st) < 0 || zip_source_open (source) < 0)
    abort ();
  char *out = g_malloc (st.size + 1);
  zip_int64_t n = zip_source_read (source, out, st.size);
  if (n < 0 || (zip_uint64_t) n != st.size)
    abort ();
  zip_source_close (source);
  zip_source_free (source);
  zip_error_fini (&error);
  *size = st.size;
  return out;
}

static void
check_sheet (const DgSheet *sheet)
{
  for (guint r = 0; r < sheet->rows->len; r++)
    {
      const DgSheetRow *row = g_ptr_array_index (sheet->rows, r);
      if (row->cells->len > DG_SHEET_MAX_COLUMNS && sheet->format[0] == 'X')
        abort ();
      for (guint c = 0; c < row->cells->len; c++)
        {
          const DgSheetCell *cell = dg_sheet_cell (row, c);
          if (cell == NULL || cell->text == NULL || !g_utf8_validate (cell->text, -1, NULL) || cell->col != c
              || cell->row != r)
            abort ();
          g_autofree char *name = dg_sheet_cell_name (sheet, cell);
          if (name == NULL || name[0] == '\0')
            abort ();
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *bytes = (const char *) data;
  if (size >= 1 && bytes[0] != '<' && !(size >= 2 && bytes[0] == 'P' && bytes[1] == 'K'))
    {
      DgYamlDiag diag;
      dg_yaml_diag_init (&diag);
      g_autofree char *text = g_strndup (bytes, size);
      if (g_utf8_validate (text, -1, NULL))
        {
          g_autoptr (DgSheet) sheet = dg_sheet_from_csv ("fuzz.csv", text, strlen (text), &diag);
          if (sheet != NULL)
            check_sheet (sheet);
          else if (diag.total == 0)
            abort ();
        }
      dg_yaml_diag_clear (&diag);
      return 0;
    }
  g_autofree char *packed = NULL;
  size_t length = size;
  const char *xlsx = bytes;
  if (size >= 1 && bytes[0] == '<')
    {
      static const char mark[] = "\n--strings--\n";
      const char *split = memmem (bytes, size, mark, sizeof mark - 1);
      size_t sheet_size = split ? (size_t) (split - bytes) : size;
      const char *strings = split ? split + sizeof mark - 1 : NULL;
      size_t strings_size = split ? size - sheet_size - (sizeof mark - 1) : 0;
      packed = package (bytes, sheet_size, strings, strings_size, &length);
      xlsx = packed;
    }
  g_autoptr (GError) error = NULL;
  g_autoptr (DgSheet) sheet = dg_sheet_from_xlsx ("fuzz.xlsx", xlsx, length, &error);
  if (sheet == NULL)
    {
      if (error == NULL || strstr (error->message, "fuzz.xlsx") == NULL || strstr (error->message, "error") == NULL)
        abort ();
      return 0;
    }
  check_sheet (sheet);
  return 0;
}
