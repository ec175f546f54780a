/*
 * diag.c — diagnostic lines escaped for the terminal (see diag.h).
 */
#include <glib/gi18n.h>

#include <string.h>

#include "util/diag.h"
#include "util/escape.h"

char *
dg_diag_line (const char *file, int line, int column, const char *message)
{
  g_autofree char *raw = g_strdup_printf (_ ("%s:%d:%d: error: %s"), file, line, column, message);
  return dg_escape_terminal_dup (raw);
}

char *
dg_diag_place_line (const char *file, const char *place, const char *message)
{
  g_autofree char *raw = g_strdup_printf (_ ("%s:%s: error: %s"), file, place, message);
  return dg_escape_terminal_dup (raw);
}

char *
dg_diag_printf (const char *file, int line, int column, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  return dg_diag_line (file, line, column, message);
}

char *
dg_diag_for_terminal (const char *message, gboolean multiline)
{
  if (!multiline)
    return dg_escape_terminal_dup (message);
  GString *out = g_string_new (NULL);
  for (const char *p = message;;)
    {
      const char *nl = strchr (p, '\n');
      dg_escape_terminal (out, p, nl ? nl - p : -1);
      if (nl == NULL)
        break;
      g_string_append_c (out, '\n');
      p = nl + 1;
    }
  return g_string_free (out, FALSE);
}
