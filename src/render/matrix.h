/*
 * matrix.h — the responsibility matrix (analysis/matrix.h) as files people
 * open: CSV for any spreadsheet, XLSX for Excel and WPS, Markdown and HTML.
 *
 * Every format has the same layout, the one matrix-read.h reads back:
 *   row 1      "area id", "area", "findings", then one column per body
 *              headed "NAME [ID]"
 *   row 2      the kind of each body (部门, 办公室 …) under its column
 *   then       one row per area in taxonomy order, its name indented by
 *              depth with ideographic spaces, the findings on it, and in
 *              each body's cell one line per holding: "ROLE CLAUSE"
 *              (负责 四(二)5(8); 协助上级 for assisting an authority above
 *              the town)
 *   then       (CSV) an empty row before each list of dg_matrix_lists():
 *              every duty verbatim, every body, the exemptions and the
 *              principles, each with a heading row; XLSX holds them as
 *              further sheets.
 * Labels go through gettext; model text is escaped for each format.
 */
#pragma once

#include "analysis/matrix.h"

G_BEGIN_DECLS

/* How a holding reads in a cell, without its clause: 负责, 协助上级 … */
const char *dg_matrix_role_words (DgRole role, gboolean with_upper);

/* "ROLE CLAUSE" for one holding (new string). */
char *dg_matrix_entry (const DgModel *model, const DgHolding *holding);

/* The entries of a cell, one per line (new string; "" when empty). */
char *dg_matrix_cell_text (const DgMatrix *matrix, guint row, guint column);

/* "NAME [ID]": a body column's heading (new string). */
char *dg_matrix_body_heading (const DgModel *model, int body);

/* The area's name after DEPTH ideographic spaces (new string). */
char *dg_matrix_area_label (const DgModel *model, const DgMatrixRow *row);

/* The findings on a row in words, joined by "; " (new string; "" when none). */
char *dg_matrix_marks_text (guint marks);

/* The lists that complete the matrix: every duty verbatim (clause, role,
 * body ids or kind:KIND, with, area ids or "(procedural)", period, times,
 * text), every body (id, name, kind, reports-to, manages, aliases one per
 * line, clause, note), the exemptions (area id, reason) and the
 * principles (id, clause, text, rule). */
typedef struct {
  const char *title;
  const char *const *headings; /* NULL-terminated */
  GPtrArray *rows;             /* of GStrv, as many cells as headings */
  char *owned_title;           /* set by dg_matrix_list_new(): title and headings */
  char **owned_headings;       /* belong to the list */
} DgMatrixList;

/* A list whose TITLE and HEADINGS (a NULL-terminated array, taken) it owns;
 * free it with dg_matrix_list_free(). */
DgMatrixList *dg_matrix_list_new (const char *title, char **headings);
void dg_matrix_list_free (DgMatrixList *list);

/* Documents made only of lists (the roll-up's matrix of many models):
 * CSV with an empty record between lists; Markdown and HTML with a heading
 * per list under TITLE; XLSX with a sheet per list, header row and first
 * column frozen.  The same escaping as the matrix. */
GBytes *dg_lists_csv (const GPtrArray *lists);
GBytes *dg_lists_markdown (const char *title, const GPtrArray *lists);
GBytes *dg_lists_html (const char *title, const GPtrArray *lists);
GBytes *dg_lists_xlsx (const char *title, const GPtrArray *lists, GError **error);
/* One list as an HTML <h2> and <table>, for pages that hold lists. */
void dg_list_html (GString *out, const DgMatrixList *list);

/* The four lists, in that order (new array of DgMatrixList*, freeing them). */
GPtrArray *dg_matrix_lists (const DgModel *model);

/* CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF): the matrix, then the
 * duty list.  A cell starting with = + - @ TAB CR or ' gets a ' in front,
 * so a spreadsheet never reads model text as a formula. */
GBytes *dg_matrix_csv (const DgMatrix *matrix);

/* Markdown tables: the matrix, then the duty list. */
GBytes *dg_matrix_markdown (const DgMatrix *matrix);

/* The matrix as an HTML <table> (no page around it), for the page below
 * and the report.  Rows carry data-area, columns data-body (the ids). */
void dg_matrix_html_table (GString *out, const DgMatrix *matrix);

/* The style sheet of the matrix and duty tables. */
extern const char dg_matrix_css[];

/* "NUMBER 《TITLE》" escaped for HTML. */
void dg_matrix_html_title (GString *out, const DgModel *model);

/* A whole HTML page: the matrix table, then the duty list. */
GBytes *dg_matrix_html (const DgMatrix *matrix);

/* XLSX: sheet 1 the matrix (header rows and area column frozen, roles and
 * findings coloured), then a sheet per list.  Cells are strings, never
 * formulas; the document's creation time is fixed, so the bytes are the
 * same on every run.  Fails when libxlsxwriter cannot write its file. */
GBytes *dg_matrix_xlsx (const DgMatrix *matrix, GError **error);

G_END_DECLS
