/*
 * check-overlap.c — leaf areas held by two or more bodies.
 *
 * Under the rule of coverage.h: two or more bodies leading the same aspect
 * is a conflict (多头管理): nobody can say who answers for the area.  Held by
 * several bodies and led — by one, or by one per aspect (a regulator and an
 * operator, the territory and the sector) — is a shared area, the normal
 * shape of co-operation, reported as information.  Common duties (applies-to)
 * never make an overlap.  Where the law shares the area by design
 * (shared-basis), the finding says so and a conflict drops from error to
 * warning: the sharing is lawful, but the town still has to say who leads.
 */
#include "analysis/checks.h"

void
dg_check_overlap (DgCheckContext *ctx)
{
  const DgModel *m = ctx->model;
  for (guint a = 0; a < m->areas->len; a++)
    {
      if (ctx->area_children[a]->len > 0)
        continue;
      const DgAreaCover *cover = dg_coverage_area (ctx->report->coverage, (int) a);
      gboolean conflict = cover->state == DG_COVER_CONFLICT;
      if (!conflict && (cover->state != DG_COVER_LED || cover->n_bodies < 2))
        continue;
      gboolean statutory = dg_model_area_shared_basis (m, (int) a) != NULL;
      DgFinding *f;
      if (conflict)
        f = dg_finding_new (DG_FINDING_CONFLICT, statutory ? DG_SEVERITY_WARNING : DG_SEVERITY_ERROR);
      else
        f = dg_finding_new (DG_FINDING_SHARED, DG_SEVERITY_INFO);
      f->area = (int) a;
      f->statutory = statutory;
      f->n_aspects = cover->n_aspects;
      for (guint i = 0; i < cover->holdings->len; i++)
        if (!g_array_index (cover->holdings, DgHolding, i).class_wide)
          g_array_append_vals (f->holdings, &g_array_index (cover->holdings, DgHolding, i), 1);
      dg_report_add (ctx->report, f);
    }
}
