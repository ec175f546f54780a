/*
 * sheet-run.c — choosing an office sheet's format and writing it
 * (sheet-run.h).
 */
#include <glib/gi18n.h>
#include <unistd.h>

#include "cli/sheet-run.h"
#include "util/output.h"

gboolean
dg_cli_sheet_format (const char *name, const char *output, const char **format, GError **error)
{
  static const char *const suffixes[] = { ".xlsx", "xlsx", ".csv", "csv", NULL };
  const char *chosen = name ? name : dg_cli_format_from_path (output, suffixes);
  if (chosen == NULL)
    chosen = "csv";
  if (g_str_equal (chosen, "xlsx"))
    *format = "xlsx";
  else if (g_str_equal (chosen, "csv"))
    *format = "csv";
  else
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("unknown format '%s' (expected xlsx or csv)"), chosen);
      return FALSE;
    }
  if ((output == NULL || g_str_equal (output, "-")) && g_str_equal (*format, "xlsx")
      && isatty (STDOUT_FILENO))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("refusing to write %s to a terminal (use -o FILE)"), *format);
      return FALSE;
    }
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
