/*
 * read-xlsx.c — a workbook's worksheets as lines of TAB-separated cells.
 */
#include <string.h>

#include "import/read-xlsx.h"
#include "import/sheet.h"

/* A cell's text on one line: a line break inside a cell (Alt+Enter) parts
 * two paragraphs of it, which a .docx cell's reader parts by a space. */
static void
append_cell (GString *out, const char *text)
{
  for (const char *p = text; *p; p++)
    g_string_append_c (out, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

static gboolean
blank (const char *text)
{
  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

char *
dg_read_xlsx (const char *path, const char *data, gsize length, GError **error)
{
  g_autoptr (DgSheet) sheet = dg_sheet_from_xlsx (path, data, length, error);
  if (sheet == NULL)
    return NULL;
  GString *out = g_string_new (NULL);
  const char *current = NULL;
  for (guint r = 0; r < sheet->rows->len; r++)
    {
      const DgSheetRow *row = g_ptr_array_index (sheet->rows, r);
      if (r > 0 && g_strcmp0 (row->sheet, current) != 0)
        g_string_append_c (out, '\n');
      current = row->sheet;
      guint filled = row->cells->len;
      while (filled > 0 && blank (dg_sheet_cell (row, filled - 1)->text))
        filled--;
      for (guint c = 0; c < filled; c++)
        {
          if (c > 0)
            g_string_append_c (out, '\t');
          append_cell (out, dg_sheet_cell (row, c)->text);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
