/*
 * findings.c — DgFinding and DgReport: allocation, names, severity
 * arithmetic.  The order of findings is fixed here so text, JSON and
 * diagrams list them identically.
 */
#include "analysis/checks.h"
#include "analysis/principles.h"

static const DgFindingKindInfo kind_info[DG_FINDING_KIND_COUNT] = {
#define DG_FINDING_INFO(id, json, label, diagram, explanation, rule) \
  [DG_FINDING_##id] = { json, label, diagram, explanation, rule },
  DG_FINDING_KINDS (DG_FINDING_INFO)
#undef DG_FINDING_INFO
};

const DgFindingKindInfo *
dg_finding_kind_info (DgFindingKind kind)
{
  g_return_val_if_fail (kind < DG_FINDING_KIND_COUNT, &kind_info[0]);
  return &kind_info[kind];
}

const char *
dg_finding_kind_label (DgFindingKind kind)
{
  return _ (dg_finding_kind_info (kind)->label);
}

static const char *const severity_names[] = { "info", "warning", "error" };

const char *
dg_finding_kind_name (DgFindingKind kind)
{
  g_return_val_if_fail (kind < DG_FINDING_KIND_COUNT, "?");
  return kind_info[kind].name;
}

const char *
dg_severity_name (DgSeverity severity)
{
  g_return_val_if_fail (severity <= DG_SEVERITY_ERROR, "?");
  return severity_names[severity];
}

gboolean
dg_severity_from_name (const char *name, DgSeverity *severity)
{
  for (guint i = 0; i < G_N_ELEMENTS (severity_names); i++)
    if (g_strcmp0 (name, severity_names[i]) == 0)
      {
        *severity = (DgSeverity) i;
        return TRUE;
      }
  return FALSE;
}

DgFinding *
dg_finding_new (DgFindingKind kind, DgSeverity severity)
{
  DgFinding *f = g_new0 (DgFinding, 1);
  f->kind = kind;
  f->severity = severity;
  f->area = f->body = f->duty = f->principle = -1;
  f->holdings = g_array_new (FALSE, FALSE, sizeof (DgHolding));
  f->default_holders = g_array_new (FALSE, FALSE, sizeof (DgDefaultHolder));
  return f;
}

static void
finding_free (gpointer data)
{
  DgFinding *f = data;
  g_array_unref (f->holdings);
  g_array_unref (f->default_holders);
  g_free (f->message);
  g_free (f);
}

void
dg_report_add (DgReport *report, DgFinding *finding)
{
  g_ptr_array_add (report->findings, finding);
  report->count[finding->kind]++;
}

DgReport *
dg_report_new (const DgGraph *graph)
{
  DgReport *report = g_new0 (DgReport, 1);
  report->graph = graph;
  report->findings = g_ptr_array_new_with_free_func (finding_free);
  report->exempt_areas = g_array_new (FALSE, FALSE, sizeof (int));
  report->principles = g_ptr_array_new_with_free_func ((GDestroyNotify) dg_principle_verdict_free);
  return report;
}

void
dg_report_free (DgReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->findings);
  g_array_unref (report->exempt_areas);
  g_ptr_array_unref (report->principles);
  dg_coverage_free (report->coverage);
  g_free (report);
}

guint
dg_report_count_at_least (const DgReport *report, DgSeverity severity)
{
  guint n = 0;
  for (guint i = 0; i < report->findings->len; i++)
    if (((const DgFinding *) g_ptr_array_index (report->findings, i))->severity >= severity)
      n++;
  return n;
}
