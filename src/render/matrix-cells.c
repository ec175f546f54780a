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
  /* The finding kinds' labels come from their table (analysis/findings.h). */
  const struct { guint mark; const char *words; } names[] = {
    { DG_MATRIX_CONFLICT, dg_finding_kind_info (DG_FINDING_CONFLICT)->label },
    { DG_MATRIX_SHARED, dg_finding_kind_info (DG_FINDING_SHARED)->label },
    { DG_MATRIX_STATUTORY, N_("shared by law") },
    { DG_MATRIX_UNCOVERED, dg_finding_kind_info (DG_FINDING_UNCOVERED)->label },
    { DG_MATRIX_NO_LEAD, dg_finding_kind_info (DG_FINDING_NO_LEAD)->label },
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

static void
list_free (gpointer data)
{
  DgMatrixList *list = data;
  g_ptr_array_unref (list->rows);
  g_free (list->owned_title);
  g_strfreev (list->owned_headings);
  g_free (list);
}

void
dg_matrix_list_free (DgMatrixList *list)
{
  if (list)
    list_free (list);
}

DgMatrixList *
dg_matrix_list_new (const char *title, char **headings)
{
  DgMatrixList *list = g_new0 (DgMatrixList, 1);
  list->owned_title = g_strdup (title);
  list->owned_headings = headings;
  list->title = list->owned_title;
  list->headings = (const char *const *) headings;
  list->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return list;
}

static DgMatrixList *
list_new (const char *title, const char *const *headings)
{
  DgMatrixList *list = g_new0 (DgMatrixList, 1);
  list->title = title;
  list->headings = headings;
  list->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return list;
}

static char *
join_ids (const DgModel *m, const GArray *indexes, gboolean areas)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < indexes->len; i++)
    {
      int x = g_array_index (indexes, int, i);
      g_string_append_printf (out, "%s%s", i ? " " : "",
                              areas ? dg_model_area (m, x)->id : dg_model_body (m, x)->id);
    }
  return g_string_free (out, FALSE);
}

static char **
duty_cells (const DgModel *model, const DgDuty *d)
{
  GPtrArray *cells = g_ptr_array_new ();
  g_ptr_array_add (cells, g_strdup (d->clause));
  g_ptr_array_add (cells, g_strdup (dg_matrix_role_words (d->role, d->with_upper)));
  if (d->kinds != 0)
    {
      GString *kinds = g_string_new (NULL);
      for (int k = 0; k < DG_KIND_COUNT; k++)
        if (d->kinds & (1u << k))
          g_string_append_printf (kinds, "%skind:%s", kinds->len ? " " : "",
                                  dg_kind_name ((DgBodyKind) k));
      g_ptr_array_add (cells, g_string_free (kinds, FALSE));
    }
  else
    g_ptr_array_add (cells, join_ids (model, d->bodies, FALSE));
  g_ptr_array_add (cells, g_strdup (d->with_upper ? "upper"
                                    : d->with_body >= 0 ? dg_model_body (model, d->with_body)->id
                                                        : ""));
  /* "(procedural)" cannot be an area id, and keeps a procedural duty apart
   * from a vague one, which names no area either. */
  g_ptr_array_add (cells, d->procedural ? g_strdup ("(procedural)") : join_ids (model, d->areas, TRUE));
  g_ptr_array_add (cells, g_strdup (d->every != DG_PERIOD_NONE ? dg_period_name (d->every) : ""));
  g_ptr_array_add (cells, d->every != DG_PERIOD_NONE ? g_strdup_printf ("%d", d->times) : g_strdup (""));
  g_ptr_array_add (cells, g_strdup (d->text));
  g_ptr_array_add (cells, g_strdup (d->aspect ? d->aspect : ""));
  g_ptr_array_add (cells, NULL);
  return (char **) g_ptr_array_free (cells, FALSE);
}

static char **
body_cells (const DgModel *model, const DgBody *b)
{
  GPtrArray *cells = g_ptr_array_new ();
  g_ptr_array_add (cells, g_strdup (b->id));
  g_ptr_array_add (cells, g_strdup (b->name));
  g_ptr_array_add (cells, g_strdup (dg_kind_name (b->kind)));
  g_ptr_array_add (cells, g_strdup (b->reports_to >= 0 ? dg_model_body (model, b->reports_to)->id : ""));
  g_ptr_array_add (cells, join_ids (model, b->manages, TRUE));
  GString *aliases = g_string_new (NULL);
  for (guint i = 0; i < b->aliases->len; i++)
    g_string_append_printf (aliases, "%s%s", i ? "\n" : "", (const char *) g_ptr_array_index (b->aliases, i));
  g_ptr_array_add (cells, g_string_free (aliases, FALSE));
  g_ptr_array_add (cells, g_strdup (b->clause ? b->clause : ""));
  g_ptr_array_add (cells, g_strdup (b->note ? b->note : ""));
  g_ptr_array_add (cells, g_strdup (b->aspect ? b->aspect : ""));
  g_ptr_array_add (cells, NULL);
  return (char **) g_ptr_array_free (cells, FALSE);
}

GPtrArray *
dg_matrix_lists (const DgModel *model)
{
  static const char *duty_headings[10], *body_headings[10], *exempt_headings[3], *principle_headings[5];
  duty_headings[0] = _("clause");
  duty_headings[1] = _("role");
  duty_headings[2] = _("bodies");
  duty_headings[3] = _("with");
  duty_headings[4] = _("areas");
  duty_headings[5] = _("every");
  duty_headings[6] = _("times");
  duty_headings[7] = _("text");
  duty_headings[8] = _("aspect");
  body_headings[0] = _("body id");
  body_headings[1] = _("name");
  body_headings[2] = _("kind");
  body_headings[3] = _("reports to");
  body_headings[4] = _("manages");
  body_headings[5] = _("aliases");
  body_headings[6] = _("clause");
  body_headings[7] = _("note");
  body_headings[8] = _("aspect");
  exempt_headings[0] = _("area id");
  exempt_headings[1] = _("reason");
  principle_headings[0] = _("principle id");
  principle_headings[1] = _("clause");
  principle_headings[2] = _("text");
  principle_headings[3] = _("rule");

  GPtrArray *lists = g_ptr_array_new_with_free_func (list_free);
  DgMatrixList *duties = list_new (_("Duties"), duty_headings);
  for (guint i = 0; i < model->duties->len; i++)
    g_ptr_array_add (duties->rows, duty_cells (model, dg_model_duty (model, (int) i)));
  g_ptr_array_add (lists, duties);
  DgMatrixList *bodies = list_new (_("Bodies"), body_headings);
  for (guint i = 0; i < model->bodies->len; i++)
    g_ptr_array_add (bodies->rows, body_cells (model, dg_model_body (model, (int) i)));
  g_ptr_array_add (lists, bodies);
  DgMatrixList *exempt = list_new (_("Exempt areas"), exempt_headings);
  for (guint i = 0; i < model->exemptions->len; i++)
    {
      const DgExemption *e = g_ptr_array_index (model->exemptions, i);
      char **row = g_new0 (char *, 3);
      row[0] = g_strdup (dg_model_area (model, e->area)->id);
      row[1] = g_strdup (e->reason);
      g_ptr_array_add (exempt->rows, row);
    }
  g_ptr_array_add (lists, exempt);
  DgMatrixList *principles = list_new (_("Principles"), principle_headings);
  for (guint i = 0; i < model->principles->len; i++)
    {
      const DgPrinciple *p = g_ptr_array_index (model->principles, i);
      char **row = g_new0 (char *, 5);
      row[0] = g_strdup (p->id);
      row[1] = g_strdup (p->clause);
      row[2] = g_strdup (p->text);
      row[3] = g_strdup (p->rule ? p->rule : "");
      g_ptr_array_add (principles->rows, row);
    }
  g_ptr_array_add (lists, principles);
  return lists;
}
