/*
 * pdf-table.h — a table's rows rebuilt from where a page's text sits.
 *
 * A PDF keeps no table, only pieces of text at places, and its reading
 * order runs down one column before the next, so a 责任清单 read as lines
 * loses which unit leads which task.  This module owns reading the table
 * back off the pieces' positions: pieces side by side on one band, each a
 * short label, form a header whose cells are the columns (split midway
 * between them); a row starts where the first column gets new text that
 * does not continue its last line; a piece that crosses a column's border,
 * or stands left of the table, ends it.  The rows come back as every other
 * reader gives a table: one line per row, cells separated by TAB.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *text;       /* the piece's characters, no space at either end */
  double x0, x1, y0, y1;  /* its box, y growing down the page */
  guint line;             /* the reader's line it is a part of */
} DgPdfPiece;

typedef struct {
  GArray *lines;        /* of guint: the reader's lines wholly in the table, ascending */
  char *rows;           /* the rows, "cell\tcell" each, separated by '\n' */
  char *header;         /* its header row as in ROWS (the page before's, when it continues) */
  guint columns;
  double *border;       /* columns - 1 borders between them, left to right */
  double left;          /* where the first column starts */
  gboolean reaches_end; /* the table runs to the page's last line */
  gboolean continues;   /* rows of the page before's last table, without its header */
} DgPdfTable;

void dg_pdf_table_free (DgPdfTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgPdfTable, dg_pdf_table_free)

/* The tables among the N PIECES of one page (any order); EM is the page's
 * usual character height.  OPEN (or NULL) is the page before's last table:
 * when it reached that page's end, the rows this page opens with in its
 * columns are its rest, a table that `continues`.  A GPtrArray of
 * DgPdfTable, possibly empty; a table that would take part of a line and
 * leave the rest is not one. */
GPtrArray *dg_pdf_tables_find (const DgPdfPiece *pieces, guint n, double em, const DgPdfTable *open);

G_END_DECLS
