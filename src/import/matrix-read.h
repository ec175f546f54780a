/*
 * matrix-read.h — reading a responsibility matrix back into a model: the
 * importer of what the render layer wrote (render/matrix.h).
 *
 * Offices keep the matrix (render/matrix.h) in a spreadsheet and edit it
 * there; saved as CSV (with or without a byte-order mark, CRLF or LF), it
 * reads back into a DgModel that `diff` can compare with the original.
 * The matrix decides who holds what: every "ROLE CLAUSE" line of a cell is
 * a holding.  The duty list below it gives each clause its text, its
 * `with`, period and class (applies-to), and the duties that name no area;
 * the body list, exemptions and principles complete the model.  The
 * document's number, title and issuers are not in a matrix: the model's
 * title is the file's name.
 * Areas come from the taxonomy; a row whose id it lacks becomes a model
 * area under the row above it at the next lower indentation.  Problems
 * are reported as FILE:LINE:COL: error: …, all of them, with no model.
 */
#pragma once

#include "model/model-load.h"

G_BEGIN_DECLS

/* Reads CSV_PATH; TAXONOMY_PATH (or NULL: the rows define the areas)
 * supplies the areas.  Errors are in DG_LOAD_ERROR. */
DgModel *dg_matrix_read (const char *csv_path, const char *taxonomy_path, const DgLoadLimits *limits,
                         GError **error);

G_END_DECLS
