/*
 * check-json.c — `check --format json`: the findings for programs, in the
 * order and with the members documented in docs/json.md.
 */
#include "analysis/principles.h"
#include "render/json.h"
#include "render/report.h"

static const char *const basis_names[] = { "manages", "residual", "territorial" };

static void
add_finding (JsonBuilder *b, const DgModel *m, const DgFinding *f)
{
  json_builder_begin_object (b);
  dg_json_finding_subject (b, m, f);
  json_builder_set_member_name (b, "statutory");
  json_builder_add_boolean_value (b, f->statutory);
  json_builder_set_member_name (b, "upper_only");
  json_builder_add_boolean_value (b, f->upper_only);
  json_builder_set_member_name (b, "lead_aspects");
  json_builder_add_int_value (b, f->n_aspects);
  json_builder_set_member_name (b, "bodies");
  json_builder_add_int_value (b, dg_holdings_distinct_bodies (f->holdings, TRUE));
  json_builder_set_member_name (b, "holdings");
  json_builder_begin_array (b);
  for (guint i = 0; i < f->holdings->len; i++)
    dg_json_holding (b, m, &g_array_index (f->holdings, DgHolding, i));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "default_holders");
  json_builder_begin_array (b);
  for (guint i = 0; i < f->default_holders->len; i++)
    {
      const DgDefaultHolder *d = &g_array_index (f->default_holders, DgDefaultHolder, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "body");
      dg_json_body (b, m, d->body);
      dg_json_string (b, "basis", basis_names[d->basis]);
      dg_json_string (b, "via_area", d->via_area >= 0 ? dg_model_area (m, d->via_area)->id : NULL);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  dg_json_string (b, "principle",
                  f->principle >= 0
                      ? ((const DgPrinciple *) g_ptr_array_index (m->principles, f->principle))->id
                      : NULL);
  dg_json_string (b, "message", f->message);
  json_builder_end_object (b);
}

static void
add_principle (JsonBuilder *b, const DgGraph *graph, const DgPrincipleVerdict *v)
{
  const DgModel *m = graph->model;
  const DgPrinciple *p = g_ptr_array_index (m->principles, v->principle);
  json_builder_begin_object (b);
  dg_json_string (b, "id", p->id);
  dg_json_string (b, "clause", p->clause);
  dg_json_string (b, "text", p->text);
  dg_json_string (b, "rule", p->rule);
  dg_json_string (b, "verdict", dg_verdict_name (v->verdict));
  dg_json_string (b, "reason", v->reason);
  json_builder_set_member_name (b, "evidence");
  json_builder_begin_array (b);
  for (guint i = 0; i < v->evidence->len; i++)
    {
      const DgEvidence *e = &g_array_index (v->evidence, DgEvidence, i);
      json_builder_begin_object (b);
      dg_json_string (b, "message", e->message);
      dg_json_string (b, "body", e->body >= 0 ? dg_model_body (m, e->body)->id : NULL);
      dg_json_string (b, "area", e->area >= 0 ? dg_model_area (m, e->area)->id : NULL);
      json_builder_set_member_name (b, "duty");
      if (e->duty >= 0)
        dg_json_duty (b, m, e->duty);
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "embodied_by");
  json_builder_begin_array (b);
  g_autoptr (GArray) duties = dg_graph_principle_duties (graph, v->principle);
  for (guint i = 0; i < duties->len; i++)
    {
      const DgHolding *h = &g_array_index (duties, DgHolding, i);
      json_builder_begin_object (b);
      dg_json_string (b, "body", dg_model_body (m, h->body)->id);
      dg_json_string (b, "clause", dg_model_duty (m, h->duty)->clause);
      dg_json_loc (b, &dg_model_duty (m, h->duty)->loc);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

char *
dg_report_check_json (const DgReport *report)
{
  const DgModel *m = report->graph->model;
  g_autoptr (JsonBuilder) b = dg_json_begin (m, "check");
  json_builder_set_member_name (b, "summary");
  json_builder_begin_object (b);
  const struct { const char *name; guint value; } counts[] = {
    { "bodies", m->bodies->len },       { "areas", m->areas->len },
    { "duties", m->duties->len },       { "expected", report->n_expected },
    { "covered", report->n_covered },   { "exempt", report->exempt_areas->len },
    { "errors", dg_report_count_at_least (report, DG_SEVERITY_ERROR) },
    { "warnings", dg_report_count_at_least (report, DG_SEVERITY_WARNING)
                      - dg_report_count_at_least (report, DG_SEVERITY_ERROR) },
    { "info", report->findings->len - dg_report_count_at_least (report, DG_SEVERITY_WARNING) },
  };
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      json_builder_set_member_name (b, counts[i].name);
      json_builder_add_int_value (b, counts[i].value);
    }
  json_builder_set_member_name (b, "by_kind");
  json_builder_begin_object (b);
  for (guint k = 0; k < DG_FINDING_KIND_COUNT; k++)
    {
      json_builder_set_member_name (b, dg_finding_kind_name ((DgFindingKind) k));
      json_builder_add_int_value (b, report->count[k]);
    }
  json_builder_end_object (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "findings");
  json_builder_begin_array (b);
  for (guint i = 0; i < report->findings->len; i++)
    add_finding (b, m, g_ptr_array_index (report->findings, i));
  json_builder_end_array (b);

  json_builder_set_member_name (b, "exemptions");
  json_builder_begin_array (b);
  for (guint i = 0; i < m->exemptions->len; i++)
    {
      const DgExemption *e = g_ptr_array_index (m->exemptions, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "area");
      dg_json_area (b, m, e->area);
      dg_json_string (b, "reason", e->reason);
      dg_json_loc (b, &e->loc);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "principles");
  json_builder_begin_array (b);
  for (guint i = 0; i < report->principles->len; i++)
    add_principle (b, report->graph, g_ptr_array_index (report->principles, i));
  json_builder_end_array (b);
  return dg_json_finish (b);
}
