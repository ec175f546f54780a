/*
 * matrix-cells.c — the words in the matrix's cells, shared by every
 * matrix format (matrix.h describes the layout).
 */
#include <glib/gi18n.h>

#include "render/matrix.h"

const char *
dg_matrix_role_words (DgRole role, gboolean with_upper)
{
  if (with_upper)
    return role == DG_ROLE_COOPERATE ? "配合上级" : "协助上级";
  return dg_role_label (role);
}

char *
dg_matrix_entry (const DgModel *model, const DgHolding *holding)
{
  const DgDuty *duty = dg_model_duty (model, holding->duty);
  return g_strdup_printf ("%s %s", dg_matrix_role_words (holding->role, holding->with_upper),
                          duty->clause);
}

char *
dg_matrix_cell_text (const DgMatrix *matrix, guint row, guint column)
{
  const DgModel *m = matrix->report->graph->model;
  const GArray *cell = dg_matrix_cell (matrix, row, column);
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < cell->len; i++)
    {
      g_autofree char *entry = dg_matrix_entry (m, &g_array_index (cell, DgHolding, i));
      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, entry);
    }
  return g_string_free (out, FALSE);
}

char *
dg_matrix_body_heading (const DgModel *model, int body)
{
  const DgBody *b = dg_model_body (model, body);
  return g_strdup_printf ("%s [%s]", b->name, b->id);
}

char *
dg_matrix_area_label (const DgModel *model, const DgMatrixRow *row)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < row->depth; i++)
    g_string_append (out, "\u3000");
  g_string_append (out, dg_model_area (model, row->area)->name);
  return g_string_free (out, FALSE);
}

char *
dg_matrix_marks_text (guint marks)
{
  const struct { guint mark; const char *words; } names[] = {
    { DG_MATRIX_CONFLICT, N_("conflict: several lead") },
    { DG_MATRIX_SHARED, N_("shared: one leads, others support") },
    { DG_MATRIX_STATUTORY, N_("shared by law") },
    { DG_MATRIX_UNCOVERED, N_("uncovered") },
    { DG_MATRIX_NO_LEAD, N_("no lead") },
    { DG_MATRIX_EXEMPT, N_("exempt") },
  };
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (marks & names[i].mark)
      {
        if (out->len > 0)
          g_string_append (out, "; ");
        g_string_append (out, _(names[i].words));
      }
  return g_string_free (out, FALSE);
}

const char *const *
dg_matrix_duty_headings (void)
{
  static const char *headings[9];
  headings[0] = _("clause");
  headings[1] = _("role");
  headings[2] = _("bodies");
  headings[3] = _("with");
  headings[4] = _("areas");
  headings[5] = _("every");
  headings[6] = _("times");
  headings[7] = _("text");
  headings[8] = NULL;
  return headings;
}

char **
dg_matrix_duty_cells (const DgModel *model, int duty)
{
  const DgDuty *d = dg_model_duty (model, duty);
  GPtrArray *cells = g_ptr_array_new ();
  g_ptr_array_add (cells, g_strdup (d->clause));
  g_ptr_array_add (cells, g_strdup (dg_matrix_role_words (d->role, d->with_upper)));

  GString *bodies = g_string_new (NULL);
  if (d->kinds != 0)
    {
      for (int k = 0; k < DG_KIND_COUNT; k++)
        if (d->kinds & (1u << k))
          g_string_append_printf (bodies, "%skind:%s", bodies->len ? " " : "",
                                  dg_kind_name ((DgBodyKind) k));
    }
  else
    for (guint i = 0; i < d->bodies->len; i++)
      g_string_append_printf (bodies, "%s%s", i ? " " : "",
                              dg_model_body (model, g_array_index (d->bodies, int, i))->id);
  g_ptr_array_add (cells, g_string_free (bodies, FALSE));

  g_ptr_array_add (cells, g_strdup (d->with_upper ? "upper"
                                    : d->with_body >= 0 ? dg_model_body (model, d->with_body)->id
                                                        : ""));
  /* "(procedural)" cannot be an area id, and keeps a procedural duty apart
   * from a vague one, which names no area either. */
  GString *areas = g_string_new (d->procedural ? "(procedural)" : NULL);
  for (guint i = 0; i < d->areas->len; i++)
    g_string_append_printf (areas, "%s%s", i ? " " : "",
                            dg_model_area (model, g_array_index (d->areas, int, i))->id);
  g_ptr_array_add (cells, g_string_free (areas, FALSE));
  g_ptr_array_add (cells, g_strdup (d->every != DG_PERIOD_NONE ? dg_period_name (d->every) : ""));
  g_ptr_array_add (cells, d->every != DG_PERIOD_NONE ? g_strdup_printf ("%d", d->times) : g_strdup (""));
  g_ptr_array_add (cells, g_strdup (d->text));
  g_ptr_array_add (cells, NULL);
  return (char **) g_ptr_array_free (cells, FALSE);
}
