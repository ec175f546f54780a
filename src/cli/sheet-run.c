/*
 * sheet-run.c — choosing an office sheet's format and writing it
 * (sheet-run.h).
 */
#include "cli/sheet-run.h"
#include "cli/formats.h"
#include "util/output.h"

gboolean
dg_cli_sheet_format (const char *name, const char *output, const char **format, GError **error)
{
  static const DgFormat formats[] = {
    { "csv", ".csv", FALSE, NULL },
    { "xlsx", ".xlsx", TRUE, NULL },
  };
  const DgFormat *chosen = dg_format_pick ((DgFormatTable){ formats, G_N_ELEMENTS (formats), sizeof formats[0] },
                                           name, output, error);
  if (chosen == NULL)
    return FALSE;
  *format = chosen->name;
  return TRUE;
}

gboolean
dg_cli_write_sheet (const DgOfficeSheet *sheet, const char *format, const char *output,
                    GError **error)
{
  g_autoptr (GBytes) bytes = g_str_equal (format, "xlsx") ? dg_office_sheet_xlsx (sheet, error)
                                                          : dg_office_sheet_csv (sheet);
  if (bytes == NULL)
    return FALSE;
  gsize length = 0;
  const void *data = g_bytes_get_data (bytes, &length);
  return dg_output_write (output, data, length, error);
}
