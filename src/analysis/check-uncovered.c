/*
 * check-uncovered.c — expected areas that no duty reaches.
 *
 * An area is reached when a duty names it or one of its descendants.  An
 * area reached only through a duty on an ancestor (a body "responsible
 * for 交通运输" in general) is covered weakly: reported as a warning that
 * says which ancestor.  Exempt areas are skipped.  Every gap carries the
 * bodies that hold it by default, most specific basis first: a body whose
 * portfolio includes it (管行业必须管安全), the lead of comprehensive
 * supervision (安全生产法 第十条), the territorial government (属地管理).
 */
#include "analysis/checks.h"

/* Whether A or a descendant is named by some duty; memoised in REACHED
 * (0 unknown, 1 no, 2 yes).  The loader refused parent cycles. */
static gboolean
reached (DgCheckContext *ctx, int area, guint8 *memo)
{
  if (memo[area] == 0)
    {
      gboolean yes = ctx->area_holdings[area]->len > 0;
      GArray *children = ctx->area_children[area];
      for (guint i = 0; !yes && i < children->len; i++)
        yes = reached (ctx, g_array_index (children, int, i), memo);
      memo[area] = yes ? 2 : 1;
    }
  return memo[area] == 2;
}

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
          if (h->role == DG_ROLE_LEAD && !h->class_wide)
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
  const guint n = m->areas->len;
  g_autofree guint8 *memo = g_new0 (guint8, n + 1);
  for (guint a = 0; a < n; a++)
    {
      const DgArea *area = dg_model_area (m, (int) a);
      if (!area->expected || dg_model_area_exempt (m, (int) a, NULL))
        continue;
      if (ctx->area_children[a]->len == 0)
        ctx->report->n_expected++;
      if (reached (ctx, (int) a, memo))
        {
          if (ctx->area_children[a]->len == 0)
            ctx->report->n_covered++;
          continue;
        }
      int via = -1;
      for (int p = area->parent; p >= 0 && via < 0; p = dg_model_area (m, p)->parent)
        if (ctx->area_holdings[p]->len > 0)
          via = p;
      DgFinding *f = dg_finding_new (DG_FINDING_UNCOVERED,
                                     via >= 0 ? DG_SEVERITY_WARNING : DG_SEVERITY_ERROR);
      f->area = (int) a;
      f->weak_via = via;
      if (via >= 0)
        g_array_append_vals (f->holdings, ctx->area_holdings[via]->data,
                             ctx->area_holdings[via]->len);
      find_defaults (ctx, (int) a, f->default_holders);
      dg_report_add (ctx->report, f);
    }
}
