/*
 * matrix.c — laying a checked model out as the responsibility matrix.
 */
#include "analysis/matrix.h"

static void
add_rows (DgMatrix *matrix, const DgGraph *graph, int area, guint depth)
{
  DgMatrixRow row = { area, depth, 0 };
  g_array_append_val (matrix->rows, row);
  g_autoptr (GArray) children = dg_graph_area_children (graph, area);
  for (guint i = 0; i < children->len; i++)
    add_rows (matrix, graph, g_array_index (children, int, i), depth + 1);
}

static guint
finding_mark (const DgFinding *f)
{
  switch (f->kind)
    {
    case DG_FINDING_CONFLICT:
      return DG_MATRIX_CONFLICT | (f->statutory ? DG_MATRIX_STATUTORY : 0);
    case DG_FINDING_SHARED:
      return DG_MATRIX_SHARED | (f->statutory ? DG_MATRIX_STATUTORY : 0);
    case DG_FINDING_UNCOVERED:
      return DG_MATRIX_UNCOVERED;
    case DG_FINDING_NO_LEAD:
      return DG_MATRIX_NO_LEAD;
    default:
      return 0;
    }
}

DgMatrix *
dg_matrix_build (const DgReport *report)
{
  const DgGraph *graph = report->graph;
  const DgModel *m = graph->model;
  DgMatrix *matrix = g_new0 (DgMatrix, 1);
  matrix->report = report;
  matrix->rows = g_array_new (FALSE, FALSE, sizeof (DgMatrixRow));
  matrix->columns = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint a = 0; a < m->areas->len; a++)
    if (dg_model_area (m, (int) a)->parent < 0)
      add_rows (matrix, graph, (int) a, 0);
  for (guint b = 0; b < m->bodies->len; b++)
    {
      int body = (int) b;
      g_array_append_val (matrix->columns, body);
    }

  /* Row of each area, to place findings and holdings. */
  g_autofree int *row_of = g_new (int, m->areas->len);
  for (guint r = 0; r < matrix->rows->len; r++)
    row_of[g_array_index (matrix->rows, DgMatrixRow, r).area] = (int) r;

  guint n_columns = matrix->columns->len;
  matrix->cells = g_new0 (GArray *, (gsize) matrix->rows->len * n_columns + 1);
  for (guint r = 0; r < matrix->rows->len; r++)
    {
      DgMatrixRow *row = &g_array_index (matrix->rows, DgMatrixRow, r);
      if (dg_model_area_exempt (m, row->area, NULL))
        row->marks |= DG_MATRIX_EXEMPT;
      for (guint c = 0; c < n_columns; c++)
        matrix->cells[r * n_columns + c] = g_array_new (FALSE, FALSE, sizeof (DgHolding));
      g_autoptr (GArray) holdings = dg_graph_area_holdings (graph, row->area);
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          g_array_append_val (matrix->cells[r * n_columns + (guint) h->body], *h);
        }
    }
  for (guint i = 0; i < report->findings->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (report->findings, i);
      if (f->area >= 0)
        g_array_index (matrix->rows, DgMatrixRow, row_of[f->area]).marks |= finding_mark (f);
    }
  return matrix;
}

void
dg_matrix_free (DgMatrix *matrix)
{
  if (matrix == NULL)
    return;
  for (guint i = 0; i < matrix->rows->len * matrix->columns->len; i++)
    g_array_unref (matrix->cells[i]);
  g_free (matrix->cells);
  g_array_unref (matrix->rows);
  g_array_unref (matrix->columns);
  g_free (matrix);
}
