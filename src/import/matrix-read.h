/*
 * matrix-read.h — reading a responsibility matrix back into a model: the
 * importer of what the render layer wrote (render/matrix.h).
 *
 * Offices keep the matrix (render/matrix.h) in a spreadsheet and edit it
 * there; saved as CSV (UTF-8 with or without a byte-order mark, or GBK as
 * Chinese Excel and WPS save it; CRLF or LF) or kept as the XLSX dutygraph
 * wrote, it reads back into a DgModel that `diff` can compare with the
 * original.  The matrix decides who holds what: every "ROLE CLAUSE" line
 * of a cell is a holding.  The duty list gives each clause its text, its
 * `with`, period and class (applies-to), and the duties that name no area;
 * the body list, exemptions and principles complete the model.  Edits
 * made as offices make them read as meant:
 *   - a role changed in a cell keeps the duty's text;
 *   - a class duty stays a class duty when a new column of its class is
 *     added;
 *   - the role alone (负责) is a holding made in the matrix: its clause is
 *     the cell (matrix:E5), with a note;
 *   - a clause of another duty, of other bodies on other areas, is refused
 *     as ambiguous;
 *   - a column headed by a bare name is a new body, its id made from the
 *     column (new-ap);
 *   - a clause of several lines is read whole.
 * The document's number, title and issuers are not in a matrix: the
 * model's title is the file's name.  Areas come from the taxonomy; a row
 * whose id it lacks becomes a model area under the row above it at the
 * next lower indentation.  Problems are reported naming the cell,
 * FILE:AP1: error: …, all of them, with no model.
 */
#pragma once

#include "model/model-load.h"

G_BEGIN_DECLS

/* Reads PATH, a CSV (in ENCODING, NULL: UTF-8 or else GB18030) or an XLSX
 * workbook (import/sheet.h); TAXONOMY_PATH (or NULL: the rows define the
 * areas) supplies the areas.  Errors name the cell (FILE:B12: error: …)
 * and are in DG_LOAD_ERROR, or DG_IMPORT_ERROR for a file that is not a
 * readable sheet at all. */
DgModel *dg_matrix_read (const char *path, const char *taxonomy_path, const char *encoding,
                         const DgLoadLimits *limits, GError **error);

G_END_DECLS
