/*
 * formats.c — choosing a command's output format from its table (see
 * formats.h), and the texts of --help and of the errors that list the
 * formats, built from the rows in the language of the interface.
 */
#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/formats.h"

const DgFormat *
dg_format_row (DgFormatTable table, gsize i)
{
  g_return_val_if_fail (i < table.n_rows, NULL);
  return (const DgFormat *) ((const char *) table.first + i * table.row_size);
}

/* "svg, png, pdf or dot": the names joined as a sentence lists them. */
static char *
names (DgFormatTable table)
{
  GString *out = g_string_new (NULL);
  for (gsize i = 0; i < table.n_rows; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == table.n_rows ? C_ ("list of formats", " or ")
                                                    : C_ ("list of formats", ", "));
      g_string_append (out, dg_format_row (table, i)->name);
    }
  return g_string_free (out, FALSE);
}

static gboolean
has_suffix (const DgFormat *format, const char *lower_path)
{
  if (format->suffixes == NULL)
    return FALSE;
  g_auto (GStrv) suffixes = g_strsplit (format->suffixes, " ", -1);
  for (guint i = 0; suffixes[i]; i++)
    if (suffixes[i][0] && g_str_has_suffix (lower_path, suffixes[i]))
      return TRUE;
  return FALSE;
}

const DgFormat *
dg_format_pick (DgFormatTable table, const char *name, const char *output, GError **error)
{
  gboolean to_stdout = output == NULL || g_str_equal (output, "-");
  const DgFormat *chosen = NULL;
  if (name)
    {
      for (gsize i = 0; i < table.n_rows && chosen == NULL; i++)
        if (g_str_equal (dg_format_row (table, i)->name, name))
          chosen = dg_format_row (table, i);
      if (chosen == NULL)
        {
          g_autofree char *expected = names (table);
          g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _ ("unknown format '%s' (expected %s)"),
                       name, expected);
          return NULL;
        }
    }
  else if (!to_stdout)
    {
      g_autofree char *lower = g_ascii_strdown (output, -1);
      for (gsize i = 0; i < table.n_rows && chosen == NULL; i++)
        if (has_suffix (dg_format_row (table, i), lower))
          chosen = dg_format_row (table, i);
    }
  if (chosen == NULL)
    chosen = table.first;
  if (to_stdout && chosen->binary && isatty (STDOUT_FILENO))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _ ("refusing to write %s to a terminal (use -o FILE)"), chosen->name);
      return NULL;
    }
  return chosen;
}

char *
dg_format_option_help (DgFormatTable table)
{
  g_autofree char *all = names (table);
  return g_strdup_printf (_ ("Output format: %s (default: from -o, else %s)"), all, table.first->name);
}

void
dg_format_describe (GString *out, DgFormatTable table)
{
  for (gsize i = 0; i < table.n_rows; i++)
    {
      const DgFormat *f = dg_format_row (table, i);
      if (f->help == NULL)
        continue;
      g_string_append_printf (out, "  %-*s %s\n", 5, f->name, _ (f->help));
    }
}
