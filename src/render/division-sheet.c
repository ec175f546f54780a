/*
 * division-sheet.c — building an office sheet (division-sheet.h): its
 * title, the document it rests on, its columns and rows.
 */
#include <glib/gi18n.h>

#include "render/division-sheet.h"

DgOfficeSheet *
dg_office_sheet_new (const char *title, const char *sheet_name, const DgModel *model, const char *org)
{
  DgOfficeSheet *sheet = g_new0 (DgOfficeSheet, 1);
  sheet->title = g_strdup (title);
  sheet->sheet_name = g_strdup (sheet_name);
  sheet->provenance = dg_provenance_new (model, org);
  const DgProvenance *p = sheet->provenance;
  if (p->number || p->title)
    /* TRANSLATORS: the document a sheet rests on: 文号 and title. */
    sheet->basis = g_strdup_printf (_("Basis: %s%s%s%s"), p->number ? p->number : "",
                                    p->title ? "《" : "", p->title ? p->title : "",
                                    p->title ? "》" : "");
  sheet->headings = g_ptr_array_new_with_free_func (g_free);
  sheet->widths = g_array_new (FALSE, FALSE, sizeof (double));
  sheet->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return sheet;
}

void
dg_office_sheet_free (DgOfficeSheet *sheet)
{
  if (!sheet)
    return;
  g_free (sheet->title);
  g_free (sheet->basis);
  g_free (sheet->note);
  g_free (sheet->sheet_name);
  g_ptr_array_unref (sheet->headings);
  g_array_unref (sheet->widths);
  g_ptr_array_unref (sheet->rows);
  dg_provenance_free (sheet->provenance);
  g_free (sheet);
}

void
dg_office_sheet_column (DgOfficeSheet *sheet, const char *heading, double width)
{
  g_ptr_array_add (sheet->headings, g_strdup (heading));
  g_array_append_val (sheet->widths, width);
}

void
dg_office_sheet_row (DgOfficeSheet *sheet, char **cells)
{
  g_return_if_fail (g_strv_length (cells) == sheet->headings->len);
  g_ptr_array_add (sheet->rows, cells);
}
