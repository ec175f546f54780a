/*
 * division-csv.c — an office sheet (division-sheet.h) as CSV for Excel,
 * WPS and LibreOffice: RFC 4180 fields, CRLF, UTF-8 with a byte-order mark
 * (without it Excel and WPS read the Chinese in the system code page).
 */
#include "render/division-sheet.h"
#include "util/escape.h"

static void
record (GString *out, const char *const *cells, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      dg_escape_csv (out, cells[i]);
    }
  g_string_append (out, "\r\n");
}

static void
line (GString *out, const char *text)
{
  if (text)
    record (out, &text, 1);
}

GBytes *
dg_office_sheet_csv (const DgOfficeSheet *sheet)
{
  GString *out = g_string_new ("\xef\xbb\xbf");
  line (out, sheet->title);
  line (out, sheet->basis);
  g_autofree char *made = dg_provenance_line (sheet->provenance);
  line (out, made);
  line (out, sheet->note);
  g_string_append (out, "\r\n");
  record (out, (const char *const *) sheet->headings->pdata, sheet->headings->len);
  for (guint r = 0; r < sheet->rows->len; r++)
    record (out, g_ptr_array_index (sheet->rows, r), sheet->headings->len);
  return g_string_free_to_bytes (out);
}
