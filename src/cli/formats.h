/*
 * formats.h — the output formats of a command as one table: each row
 * names a format, the suffixes of -o that imply it, whether it is binary
 * (never written to a terminal), and its help paragraph, and the command's
 * own row type adds its renderer after it.  Choosing the format, refusing
 * an unknown one, the --format option's help and the list of formats in
 * --help all come from the table, so a new format is a new row.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *name;     /* the --format value */
  const char *suffixes; /* of -o that imply it, space-separated (".html .htm"), or NULL */
  gboolean binary;      /* refused on a terminal */
  const char *help;     /* N_(): what it writes, for --help; lines after the first
                         * indented by DG_FORMAT_HELP_INDENT, or NULL */
} DgFormat;

#define DG_FORMAT_HELP_INDENT "        "

/* A command's table: rows of its own type, each starting with a DgFormat,
 * the first row the default. */
typedef struct {
  const DgFormat *first;
  gsize n_rows;
  gsize row_size;
} DgFormatTable;

#define DG_FORMAT_TABLE(rows) ((DgFormatTable){ &(rows)[0].format, G_N_ELEMENTS (rows), sizeof ((rows)[0]) })

const DgFormat *dg_format_row (DgFormatTable table, gsize i);

/* The format NAME names, else the one OUTPUT's suffix implies, else the
 * first; NULL with DG_CLI_ERROR_USAGE for an unknown NAME, or a binary
 * format headed for a terminal.  Cast the result to the row type. */
const DgFormat *dg_format_pick (DgFormatTable table, const char *name, const char *output,
                                GError **error);

/* "Output format: csv, xlsx, md or html (default: from -o, else csv)", translated. */
char *dg_format_option_help (DgFormatTable table);

/* The help paragraphs of the rows, "  NAME  HELP\n" each, translated. */
void dg_format_describe (GString *out, DgFormatTable table);

G_END_DECLS
