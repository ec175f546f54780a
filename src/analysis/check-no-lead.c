/*
 * check-no-lead.c — areas that someone holds, but nobody leads.
 *
 * Held only in supporting roles (assist, cooperate, participate,
 * supervise, guide) is a warning: the document names helpers but no one
 * who answers.  Held only by assisting an authority above the town is
 * information: the area is covered from outside, as the law intends for
 * e.g. pipelines or power.
 */
#include "analysis/checks.h"

void
dg_check_no_lead (DgCheckContext *ctx)
{
  const DgModel *m = ctx->model;
  for (guint a = 0; a < m->areas->len; a++)
    {
      GArray *holdings = ctx->area_holdings[a];
      if (holdings->len == 0)
        continue;
      gboolean has_lead = FALSE, all_upper = TRUE;
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          has_lead |= h->role == DG_ROLE_LEAD;
          all_upper &= h->with_upper;
        }
      if (has_lead)
        continue;
      DgFinding *f = dg_finding_new (DG_FINDING_NO_LEAD,
                                     all_upper ? DG_SEVERITY_INFO : DG_SEVERITY_WARNING);
      f->area = (int) a;
      f->upper_only = all_upper;
      g_array_append_vals (f->holdings, holdings->data, holdings->len);
      dg_report_add (ctx->report, f);
    }
}
