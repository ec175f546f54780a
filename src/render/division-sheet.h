/*
 * division-sheet.h — the sheets an office circulates (职责分工表, 整改清单):
 * a title, the document it rests on, the provenance line, a header row and
 * one row per item, written as XLSX (printable as it is: A4 landscape,
 * fitted to the page's width, the header row repeated on every page) or as
 * CSV (UTF-8 with a byte-order mark, for Excel and WPS).
 *
 * The division table (division.h) and the rectification list
 * (rectification.h) fill a DgOfficeSheet; the two writers here know
 * nothing of either.  Every cell is text from the model or a label; both
 * writers escape it for their format (util/escape.h).
 */
#pragma once

#include <glib.h>

#include "render/provenance.h"

G_BEGIN_DECLS

typedef struct {
  char *title;        /* 安全生产监管职责分工表 */
  char *basis;        /* "依据：NUMBER《TITLE》", or NULL */
  char *note;         /* a line under the provenance (accepted findings left out), or NULL */
  char *sheet_name;   /* the XLSX worksheet's name (at most 31 characters) */
  GPtrArray *headings;/* of char* */
  GArray *widths;     /* double per column: its XLSX width in characters */
  GPtrArray *rows;    /* of GStrv, as many cells as headings */
  DgProvenance *provenance; /* owned */
} DgOfficeSheet;

/* An empty sheet titled TITLE, naming MODEL's document, made for ORG. */
DgOfficeSheet *dg_office_sheet_new (const char *title, const char *sheet_name, const DgModel *model,
                                    const char *org);
void dg_office_sheet_free (DgOfficeSheet *sheet);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgOfficeSheet, dg_office_sheet_free)

/* Adds a column HEADING of WIDTH characters. */
void dg_office_sheet_column (DgOfficeSheet *sheet, const char *heading, double width);

/* Adds a row; CELLS (NULL-terminated, one per column) is taken. */
void dg_office_sheet_row (DgOfficeSheet *sheet, char **cells);

/* CSV (RFC 4180, UTF-8 with a BOM, CRLF): the title, the basis, the
 * provenance and the note each as a one-cell record, an empty record, the
 * header record and the rows.  Cells starting with = + - @ TAB CR or '
 * get a ' in front, so they are never formulas. */
GBytes *dg_office_sheet_csv (const DgOfficeSheet *sheet);

/* XLSX: the title, basis and provenance (and note) rows merged across the
 * columns, then the header row, frozen and repeated on every printed page,
 * then the rows, wrapped and top-aligned.  A4 landscape, one page wide,
 * centred, with the provenance and "page N of M" in the footer.  The
 * document's creation time is fixed, so the bytes depend only on the
 * sheet.  Fails when libxlsxwriter cannot write its file. */
GBytes *dg_office_sheet_xlsx (const DgOfficeSheet *sheet, GError **error);

G_END_DECLS
