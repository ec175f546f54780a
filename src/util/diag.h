/*
 * diag.h — the one place a diagnostic line is formatted.
 *
 * A diagnostic names an input's file and echoes its text (ids, keys,
 * queries), so the whole line goes through the terminal policy of
 * util/escape.h: nothing from an input can act on the terminal or start
 * a line of its own that reads like another diagnostic.  A message of
 * several lines holds lines made here, joined by '\n'.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "FILE:LINE:COL: error: MESSAGE" escaped, as a new string. */
char *dg_diag_line (const char *file, int line, int column, const char *message);

/* dg_diag_line() with MESSAGE made from FORMAT. */
char *dg_diag_printf (const char *file, int line, int column, const char *format, ...)
    G_GNUC_PRINTF (4, 5);

/* "FILE:PLACE: error: MESSAGE" escaped, as a new string: a place that is
 * not a line and column, such as a spreadsheet's cell (B12) or a part of
 * a package. */
char *dg_diag_place_line (const char *file, const char *place, const char *message);

/* MESSAGE for stderr: with MULTILINE each line escaped and the lines kept
 * apart, else the whole escaped onto one line (a message that is one line
 * by construction, so a newline in it came from an input). */
char *dg_diag_for_terminal (const char *message, gboolean multiline);

G_END_DECLS
