/*
 * check-duties.c — problems of single duties and bodies: a duty that
 * names no concrete area without being marked procedural (承担职责范围内
 * 行业领域安全生产监管职责 — a promise nobody can check), and a body that
 * no duty binds at all.
 */
#include "analysis/checks.h"

void
dg_check_vague (DgCheckContext *ctx)
{
  const DgModel *m = ctx->model;
  for (guint d = 0; d < m->duties->len; d++)
    {
      const DgDuty *duty = dg_model_duty (m, (int) d);
      if (duty->areas->len > 0 || duty->procedural)
        continue;
      DgFinding *f = dg_finding_new (DG_FINDING_VAGUE, DG_SEVERITY_WARNING);
      f->duty = (int) d;
      /* A class duty binds many bodies; the finding is about the duty itself. */
      if (duty->kinds == 0 && duty->bodies->len > 0)
        f->body = g_array_index (duty->bodies, int, 0);
      dg_report_add (ctx->report, f);
    }
}

void
dg_check_idle (DgCheckContext *ctx)
{
  const DgGraph *g = ctx->graph;
  for (igraph_integer_t b = 0; b < g->n_bodies; b++)
    {
      if (g->body_duties[b]->len > 0)
        continue;
      DgFinding *f = dg_finding_new (DG_FINDING_IDLE, DG_SEVERITY_WARNING);
      f->body = (int) b;
      dg_report_add (ctx->report, f);
    }
}
