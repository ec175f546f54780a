/*
 * rollup-matrix.c — the roll-up of many models as matrix lists
 * (`matrix --summary`): one row per model and one column per area, each
 * cell the bodies that lead the area there (by their names in that model), so a county office reads down
 * a column to see how its towns assign 校车 or 燃气; then one row per area
 * with its counts and the assignment most models share.
 *
 * Models are rows, not columns, because a province has more towns than a
 * spreadsheet has columns (16 384), never more than it has rows.
 */
#include <glib/gi18n.h>
#include <string.h>

#include "render/matrix.h"
#include "render/rollup-report.h"

/* What a cell says about its area in its model, after the leads. */
static void
append_marks (GString *cell, guint state, gboolean outlier)
{
  if (state & DG_AREA_UNCOVERED)
    g_string_append_printf (cell, " [%s]", _("uncovered"));
  if (state & DG_AREA_CONFLICT)
    g_string_append_printf (cell, " [%s]", _("conflict"));
  else if (state & DG_AREA_OVERLAPPED)
    g_string_append_printf (cell, " [%s]", _("overlapped"));
  if (outlier)
    g_string_append_printf (cell, " [%s]", _("differs from most"));
}

static void
mark_models (guint *states, const GArray *models, guint bit)
{
  for (guint i = 0; i < models->len; i++)
    states[g_array_index (models, guint, i)] |= bit;
}

static char *
model_heading (const DgRollupModel *model, guint index)
{
  return g_strdup_printf ("%u %s", index + 1, model->town);
}

static char *
join_models (const DgRollup *r, const GArray *models)
{
  g_autoptr (GString) out = g_string_new (NULL);
  for (guint i = 0; i < models->len; i++)
    {
      const DgRollupModel *m = g_ptr_array_index (r->models, g_array_index (models, guint, i));
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, m->town);
    }
  return g_strdup (out->str);
}

/* Rows: models; columns: areas.  Per area, the cell of every model is
 * filled at once from its assignments, so the whole costs one pass over
 * what the roll-up holds. */
static DgMatrixList *
models_by_area (const DgRollup *r)
{
  guint n_models = r->models->len, n_areas = r->areas->len;
  char **headings = g_new0 (char *, n_areas + 3);
  headings[0] = g_strdup (_("model"));
  headings[1] = g_strdup (_("file"));
  for (guint a = 0; a < n_areas; a++)
    {
      const DgRollupArea *area = g_ptr_array_index (r->areas, a);
      headings[2 + a] = g_strdup_printf ("%s [%s]", area->path, area->id);
    }
  DgMatrixList *list = dg_matrix_list_new (_("Areas by model"), headings);

  g_autofree char ***cells = g_new0 (char **, n_models);
  for (guint m = 0; m < n_models; m++)
    {
      const DgRollupModel *model = g_ptr_array_index (r->models, m);
      cells[m] = g_new0 (char *, n_areas + 3);
      cells[m][0] = model_heading (model, m);
      cells[m][1] = g_path_get_basename (model->path);
    }
  g_autofree guint *states = g_new0 (guint, n_models);
  for (guint a = 0; a < n_areas; a++)
    {
      const DgRollupArea *area = g_ptr_array_index (r->areas, a);
      memset (states, 0, n_models * sizeof *states);
      mark_models (states, area->uncovered, DG_AREA_UNCOVERED);
      mark_models (states, area->overlapped, DG_AREA_OVERLAPPED);
      mark_models (states, area->conflict, DG_AREA_CONFLICT);
      for (guint x = 0; x < area->assignments->len; x++)
        {
          const DgAssignment *as = g_ptr_array_index (area->assignments, x);
          gboolean outlier = area->norm >= 0 && (guint) area->norm != x;
          for (guint i = 0; i < as->models->len; i++)
            {
              guint m = g_array_index (as->models, guint, i);
              g_autofree char *names = g_strjoinv ("、", g_ptr_array_index (as->names, i));
              GString *cell = g_string_new (names[0] ? names : "—");
              append_marks (cell, states[m], outlier);
              cells[m][2 + a] = g_string_free (cell, FALSE);
            }
        }
      /* Models without the area (or exempt from it): an empty cell. */
      for (guint m = 0; m < n_models; m++)
        if (cells[m][2 + a] == NULL)
          cells[m][2 + a] = g_strdup ("");
    }
  for (guint m = 0; m < n_models; m++)
    g_ptr_array_add (list->rows, cells[m]);
  return list;
}

static DgMatrixList *
area_counts (const DgRollup *r)
{
  char **headings = g_new0 (char *, 11);
  const char *words[] = {
    _("area id"), _("area"), _("models with it"), _("exempt in"), _("uncovered in"),
    _("overlapped in"), _("in conflict in"), _("most common leads"), _("models with them"),
    _("models where uncovered"),
  };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    headings[i] = g_strdup (words[i]);
  DgMatrixList *list = dg_matrix_list_new (_("Areas across models"), headings);
  for (guint a = 0; a < r->areas->len; a++)
    {
      const DgRollupArea *area = g_ptr_array_index (r->areas, a);
      const DgAssignment *norm
          = area->norm >= 0 ? g_ptr_array_index (area->assignments, area->norm) : NULL;
      char **row = g_new0 (char *, 11);
      row[0] = g_strdup (area->id);
      row[1] = g_strdup (area->path);
      row[2] = g_strdup_printf ("%u", area->present);
      row[3] = g_strdup_printf ("%u", area->exempt);
      row[4] = g_strdup_printf ("%u", area->uncovered->len);
      row[5] = g_strdup_printf ("%u", area->overlapped->len);
      row[6] = g_strdup_printf ("%u", area->conflict->len);
      g_autofree char *names = norm ? dg_assignment_names_text (norm) : NULL;
      row[7] = g_strdup (norm ? (names[0] ? names : "—") : _("(no majority)"));
      row[8] = g_strdup_printf ("%u", norm ? norm->models->len : 0);
      row[9] = join_models (r, area->uncovered);
      g_ptr_array_add (list->rows, row);
    }
  return list;
}

GPtrArray *
dg_rollup_matrix_lists (const DgRollup *rollup)
{
  GPtrArray *lists = g_ptr_array_new_with_free_func ((GDestroyNotify) dg_matrix_list_free);
  g_ptr_array_add (lists, models_by_area (rollup));
  g_ptr_array_add (lists, area_counts (rollup));
  return lists;
}
