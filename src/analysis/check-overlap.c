/*
 * check-overlap.c — leaf areas held by two or more bodies.
 *
 * Two or more leads is a conflict (多头管理): nobody can say who answers
 * for the area.  One lead with supporters is a shared area, the normal
 * shape of co-operation, reported as information.  Duties bound through
 * applies-to (the common duties of every department) never make an
 * overlap.  Where the law shares the area by design (shared-basis), the
 * finding says so and a conflict drops from error to warning: the sharing
 * is lawful, but the town still has to say who leads.
 */
#include "analysis/checks.h"

static gboolean
body_seen (GArray *bodies, int body)
{
  for (guint i = 0; i < bodies->len; i++)
    if (g_array_index (bodies, int, i) == body)
      return TRUE;
  g_array_append_val (bodies, body);
  return FALSE;
}

void
dg_check_overlap (DgCheckContext *ctx)
{
  const DgModel *m = ctx->model;
  for (guint a = 0; a < m->areas->len; a++)
    {
      if (ctx->area_children[a]->len > 0)
        continue;
      GArray *holdings = ctx->area_holdings[a];
      g_autoptr (GArray) holders = g_array_new (FALSE, FALSE, sizeof (int));
      g_autoptr (GArray) leads = g_array_new (FALSE, FALSE, sizeof (int));
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          if (h->class_wide)
            continue;
          body_seen (holders, h->body);
          if (h->role == DG_ROLE_LEAD)
            body_seen (leads, h->body);
        }
      if (holders->len < 2)
        continue;
      gboolean statutory = dg_model_area (m, (int) a)->shared_basis != NULL;
      DgFinding *f;
      if (leads->len >= 2)
        f = dg_finding_new (DG_FINDING_CONFLICT, statutory ? DG_SEVERITY_WARNING : DG_SEVERITY_ERROR);
      else
        f = dg_finding_new (DG_FINDING_SHARED, DG_SEVERITY_INFO);
      f->area = (int) a;
      f->statutory = statutory;
      for (guint i = 0; i < holdings->len; i++)
        if (!g_array_index (holdings, DgHolding, i).class_wide)
          g_array_append_vals (f->holdings, &g_array_index (holdings, DgHolding, i), 1);
      dg_report_add (ctx->report, f);
    }
}
