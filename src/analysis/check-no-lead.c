/*
 * check-no-lead.c — areas that someone holds, but nobody leads.
 *
 * Under the rule of coverage.h, on leaf areas: held only in supporting roles
 * (assist, cooperate, participate, supervise, guide) is a warning: the
 * document names helpers but no one who answers.  Where a holder assists an
 * authority above the town, that authority leads: information, as the law
 * intends for e.g. pipelines, power or the investigation of accidents.
 */
#include "analysis/checks.h"

void
dg_check_no_lead (DgCheckContext *ctx)
{
  const DgModel *m = ctx->model;
  for (guint a = 0; a < m->areas->len; a++)
    {
      if (ctx->area_children[a]->len > 0)
        continue;
      const DgAreaCover *cover = dg_coverage_area (ctx->report->coverage, (int) a);
      if (cover->state != DG_COVER_UNLED && cover->state != DG_COVER_UPPER)
        continue;
      gboolean upper = cover->state == DG_COVER_UPPER;
      DgFinding *f = dg_finding_new (DG_FINDING_NO_LEAD, upper ? DG_SEVERITY_INFO : DG_SEVERITY_WARNING);
      f->area = (int) a;
      f->upper_only = upper;
      g_array_append_vals (f->holdings, cover->holdings->data, cover->holdings->len);
      dg_report_add (ctx->report, f);
    }
}
