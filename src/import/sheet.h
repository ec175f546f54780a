/*
 * sheet.h — a spreadsheet as rows of cells, whatever file it came in.
 *
 * Owns the two files a matrix comes back as: CSV (libcsv; UTF-8 with or
 * without a byte-order mark, or GB18030/GBK as Chinese Excel and WPS save
 * it, through import/decode.h) and XLSX (the OOXML package opened with
 * import/package.h, its worksheets and shared strings streamed with
 * libxml2's xmlReader, so memory stays a small multiple of the parts).
 * The worksheets of a workbook follow each other with one blank row
 * between, as the lists of a matrix CSV do.  Every cell knows its name in
 * the spreadsheet (B12, or 职责清单!B12 on a later worksheet), which is
 * what an error about it names: FILE:B12: error: ….
 */
#pragma once

#include "model/model-load.h"
#include "model/yaml-walk.h"

G_BEGIN_DECLS

typedef struct {
  char *text;  /* UTF-8, "" when empty */
  DgLoc loc;   /* CSV: the line and column the field starts at; XLSX: row and column */
  guint row;   /* index of its row in the sheet's rows */
  guint col;   /* its column, from 0 (A) */
} DgSheetCell;

typedef struct {
  GArray *cells;       /* of DgSheetCell, one per column from A on */
  const char *sheet;   /* the worksheet's name, NULL on the first (and in a CSV) */
  guint number;        /* the row's number in its worksheet, from 1 */
  DgLoc loc;           /* where the row starts */
} DgSheetRow;

typedef struct {
  const char *file;    /* as messages name it (not owned) */
  GPtrArray *rows;     /* of DgSheetRow* */
  GPtrArray *names;    /* the worksheets' names (owned strings) */
  const char *format;  /* "CSV" or "XLSX" */
  const char *encoding;/* a CSV's encoding as read (static), NULL for XLSX */
} DgSheet;

/* Bounds of a workbook (Excel's own): cells beyond them are refused. */
#define DG_SHEET_MAX_ROWS 1048576u
#define DG_SHEET_MAX_COLUMNS 16384u

/* Reads PATH (named FILE in messages, interned by the caller) within
 * LIMITS' file size; an XLSX by its content (a zip), else CSV in ENCODING
 * (NULL: UTF-8, else GB18030).  Errors about the cells' contents are
 * recorded in DIAG; a file that cannot be read at all fails with ERROR
 * (DG_LOAD_ERROR or DG_IMPORT_ERROR). */
DgSheet *dg_sheet_read (const char *path, const char *file, const char *encoding,
                        const DgLoadLimits *limits, DgYamlDiag *diag, GError **error);

/* A CSV already decoded to UTF-8 (TEXT, LENGTH bytes, no BOM): FALSE, with
 * the place recorded in DIAG, when its quoting is broken. */
DgSheet *dg_sheet_from_csv (const char *file, const char *text, gsize length, DgYamlDiag *diag);

/* A workbook's bytes: NULL and an error naming the file and the part when
 * it is not a workbook this reader can follow. */
DgSheet *dg_sheet_from_xlsx (const char *file, const char *data, gsize length, GError **error);

void dg_sheet_free (DgSheet *sheet);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgSheet, dg_sheet_free)

/* The cell at COL of ROW, or NULL past its end. */
const DgSheetCell *dg_sheet_cell (const DgSheetRow *row, guint col);

/* TRUE when every cell of ROW is empty or spaces. */
gboolean dg_sheet_row_blank (const DgSheetRow *row);

/* A column's letters: 0 → A, 25 → Z, 26 → AA, 41 → AP (new string). */
char *dg_sheet_column_name (guint col);

/* A cell's name as a spreadsheet shows it: "AP1", or "职责清单!B12" on a
 * later worksheet (new string). */
char *dg_sheet_cell_name (const DgSheet *sheet, const DgSheetCell *cell);

/* Records "FILE:CELL: error: MESSAGE" in DIAG (through util/diag.h). */
void dg_sheet_error (DgYamlDiag *diag, const DgSheet *sheet, const DgSheetCell *cell, const char *format,
                     ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
