/*
 * division-rows.c — the rows of the 职责分工表 (division.h): for each area
 * the document assigns, who leads it, who works with them, what each duty
 * says and where.
 */
#include <glib/gi18n.h>

#include "analysis/matrix.h"
#include "render/division.h"
#include "render/text.h"

char *
dg_division_duty_holders (const DgModel *model, const DgDuty *duty)
{
  GString *out = g_string_new (NULL);
  if (duty->kinds != 0)
    {
      for (int k = 0; k < DG_KIND_COUNT; k++)
        if (duty->kinds & (1u << k))
          {
            if (out->len)
              g_string_append (out, "、");
            /* TRANSLATORS: a duty binding every body of a kind: 各部门, 各站所. */
            g_string_append_printf (out, _("every %s"), dg_kind_label ((DgBodyKind) k));
          }
      return g_string_free (out, FALSE);
    }
  for (guint i = 0; i < duty->bodies->len; i++)
    g_string_append_printf (out, "%s%s", i ? "、" : "",
                            dg_model_body (model, g_array_index (duty->bodies, int, i))->name);
  return g_string_free (out, FALSE);
}

/* Appends NAME to LIST unless it is there. */
static void
add_name (GPtrArray *list, const char *name)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (g_ptr_array_index (list, i), name))
      return;
  g_ptr_array_add (list, g_strdup (name));
}

static char *
join (GPtrArray *list, const char *separator)
{
  g_ptr_array_add (list, NULL);
  char *joined = g_strjoinv (separator, (char **) list->pdata);
  g_ptr_array_remove_index (list, list->len - 1);
  return joined;
}

/* The cells of AREA's row, or NULL when no duty names it. */
static char **
area_row (const DgModel *m, const DgGraph *graph, int area, guint number)
{
  g_autoptr (GArray) holdings = dg_graph_area_holdings (graph, area);
  if (holdings->len == 0)
    return NULL;
  g_autoptr (GPtrArray) leads = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) clauses = g_ptr_array_new_with_free_func (g_free);
  int last_duty = -1;
  /* Holdings come in duty order, one per bound body: a duty is one line. */
  for (guint i = 0; i < holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (holdings, DgHolding, i);
      if (h->duty == last_duty)
        continue;
      last_duty = h->duty;
      const DgDuty *duty = dg_model_duty (m, h->duty);
      g_autofree char *holders = dg_division_duty_holders (m, duty);
      gboolean leads_it = duty->role == DG_ROLE_LEAD && !duty->with_upper;
      if (duty->kinds != 0)
        add_name (leads_it ? leads : others, holders);
      else
        for (guint b = 0; b < duty->bodies->len; b++)
          add_name (leads_it ? leads : others,
                    dg_model_body (m, g_array_index (duty->bodies, int, b))->name);
      g_ptr_array_add (texts, g_strdup_printf ("%s：%s", holders, duty->text));
      add_name (clauses, duty->clause);
    }
  /* A body that leads through one duty and supports through another leads. */
  for (guint i = others->len; i-- > 0;)
    for (guint j = 0; j < leads->len; j++)
      if (g_str_equal (g_ptr_array_index (others, i), g_ptr_array_index (leads, j)))
        {
          g_ptr_array_remove_index (others, i);
          break;
        }
  char **cells = g_new0 (char *, 7);
  cells[0] = g_strdup_printf ("%u", number);
  cells[1] = dg_text_area_path (m, area);
  cells[2] = join (leads, "、");
  cells[3] = join (others, "、");
  cells[4] = join (texts, "\n");
  cells[5] = join (clauses, "\n");
  return cells;
}

DgOfficeSheet *
dg_division_sheet (const DgReport *report, const char *org)
{
  const DgModel *m = report->graph->model;
  DgOfficeSheet *sheet = dg_office_sheet_new (_("Division of safety supervision duties"),
                                              _("Division of duties"), m, org);
  dg_office_sheet_column (sheet, _("No."), 6);
  dg_office_sheet_column (sheet, _("Task or area"), 20);
  dg_office_sheet_column (sheet, _("Lead"), 18);
  dg_office_sheet_column (sheet, _("Cooperating"), 24);
  dg_office_sheet_column (sheet, _("Duty texts"), 64);
  dg_office_sheet_column (sheet, _("Basis"), 14);
  g_autoptr (DgMatrix) matrix = dg_matrix_build (report);
  guint number = 0;
  for (guint r = 0; r < matrix->rows->len; r++)
    {
      const DgMatrixRow *row = &g_array_index (matrix->rows, DgMatrixRow, r);
      char **cells = area_row (m, report->graph, row->area, number + 1);
      if (cells)
        {
          number++;
          dg_office_sheet_row (sheet, cells);
        }
    }
  return sheet;
}
