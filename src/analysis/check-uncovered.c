/*
 * check-uncovered.c — expected areas that no duty reaches.
 *
 * An area is reached when a duty names it, an ancestor or a descendant
 * (coverage.h).  A gap is an error when the law gives the town or its
 * departments the duty, a warning when the law binds the enterprise and the
 * town only supervises (duty-of: enterprise).  Exempt areas are skipped.
 * Every gap carries the
 * bodies that hold it by default, most specific basis first: a body whose
 * portfolio includes it (管行业必须管安全), the lead of comprehensive
 * supervision (安全生产法 第十条), the territorial government (属地管理).
 */
#include "analysis/checks.h"

static void
add_default (GArray *defaults, int body, DgDefaultBasis basis, int via)
{
  for (guint i = 0; i < defaults->len; i++)
    if (g_array_index (defaults, DgDefaultHolder, i).body == body)
      return;
  DgDefaultHolder holder = { body, basis, via };
  g_array_append_val (defaults, holder);
}

static void
find_defaults (DgCheckContext *ctx, int area, GArray *defaults)
{
  const DgModel *m = ctx->model;
  for (guint b = 0; b < m->bodies->len; b++)
    {
      const DgBody *body = dg_model_body (m, (int) b);
      for (guint i = 0; i < body->manages->len; i++)
        {
          int managed = g_array_index (body->manages, int, i);
          for (int a = area; a >= 0; a = dg_model_area (m, a)->parent)
            if (a == managed)
              {
                add_default (defaults, (int) b, DG_DEFAULT_MANAGES, managed);
                break;
              }
        }
    }
  for (guint a = 0; a < m->areas->len; a++)
    {
      if (!dg_model_area (m, (int) a)->residual)
        continue;
      GArray *holdings = ctx->area_holdings[a];
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          if (h->role == DG_ROLE_LEAD && !h->class_wide && dg_model_body_can_be_residual (m, h->body))
            add_default (defaults, h->body, DG_DEFAULT_RESIDUAL, (int) a);
        }
    }
  for (guint b = 0; b < m->bodies->len; b++)
    if (dg_model_body (m, (int) b)->kind == DG_KIND_GOVERNMENT)
      add_default (defaults, (int) b, DG_DEFAULT_TERRITORIAL, -1);
}

void
dg_check_uncovered (DgCheckContext *ctx)
{
  const DgModel *m = ctx->model;
  for (guint a = 0; a < m->areas->len; a++)
    {
      const DgArea *area = dg_model_area (m, (int) a);
      if (!area->expected || dg_model_area_exempt (m, (int) a, NULL))
        continue;
      gboolean leaf = ctx->area_children[a]->len == 0;
      if (leaf)
        ctx->report->n_expected++;
      if (dg_coverage_reached (ctx->report->coverage, (int) a))
        {
          if (leaf)
            ctx->report->n_covered++;
          continue;
        }
      DgFinding *f = dg_finding_new (DG_FINDING_UNCOVERED, area->enterprise_duty ? DG_SEVERITY_WARNING
                                                                                 : DG_SEVERITY_ERROR);
      f->area = (int) a;
      find_defaults (ctx, (int) a, f->default_holders);
      dg_report_add (ctx->report, f);
    }
}
