/*
 * matrix.h — the responsibility matrix (the RACI view offices keep in a
 * spreadsheet): the areas as rows, in the order of the taxonomy tree
 * (pre-order, model order among siblings), every body as a column, in
 * model order (one holding nothing shows so), and in each cell the
 * holdings of that body on that area.  Each row carries what the findings say about its area.
 * One structure feeds every matrix format and the HTML report; it borrows
 * the report (and so the graph and model).
 */
#pragma once

#include "analysis/findings.h"

G_BEGIN_DECLS

/* What a row's area is marked with; several may hold at once. */
typedef enum {
  DG_MATRIX_CONFLICT = 1 << 0,  /* led by two or more bodies (多头管理) */
  DG_MATRIX_SHARED = 1 << 1,    /* led by one, supported by others */
  DG_MATRIX_STATUTORY = 1 << 2, /* the law shares it by design */
  DG_MATRIX_UNCOVERED = 1 << 3, /* expected, nobody holds it */
  DG_MATRIX_NO_LEAD = 1 << 4,   /* held only in supporting roles */
  DG_MATRIX_EXEMPT = 1 << 5,    /* exempt here (itself or an ancestor) */
} DgMatrixMark;

typedef struct {
  int area;
  guint depth;   /* 0 for a top-level area */
  guint marks;   /* DgMatrixMark bits */
} DgMatrixRow;

typedef struct {
  const DgReport *report;
  GArray *rows;    /* DgMatrixRow, tree pre-order */
  GArray *columns; /* int body indexes, model order */
  GArray **cells;  /* rows->len * columns->len arrays of DgHolding, model duty order */
} DgMatrix;

DgMatrix *dg_matrix_build (const DgReport *report);
void dg_matrix_free (DgMatrix *matrix);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgMatrix, dg_matrix_free)

static inline const GArray *
dg_matrix_cell (const DgMatrix *matrix, guint row, guint column)
{
  return matrix->cells[row * matrix->columns->len + column];
}


G_END_DECLS
