/*
 * check-text.c — `check` findings as text for people: a header with the
 * document and the figures, then the findings grouped by severity, each
 * with the areas, bodies, roles and clauses to cite, then the exemptions.
 */
#include <glib/gi18n.h>

#include "analysis/principles.h"
#include "render/report.h"
#include "render/text.h"

#define INDENT "              "

static void
append_defaults (GString *out, const DgModel *m, const GArray *defaults)
{
  for (guint i = 0; i < defaults->len; i++)
    {
      const DgDefaultHolder *d = &g_array_index (defaults, DgDefaultHolder, i);
      g_string_append (out, INDENT);
      /* The continuation lines align under the first body's name. */
      const char *label = _ ("held by default by: ");
      if (i == 0)
        g_string_append (out, label);
      else
        for (guint w = dg_text_width (label); w > 0; w--)
          g_string_append_c (out, ' ');
      g_autoptr (GString) body = g_string_new (NULL), area = g_string_new (NULL);
      dg_text_append (body, dg_model_body (m, d->body)->name);
      if (d->via_area >= 0)
        dg_text_append (area, dg_model_area (m, d->via_area)->name);
      switch (d->basis)
        {
        case DG_DEFAULT_MANAGES:
          g_string_append_printf (out, _ ("%s, whose business includes %s (管行业必须管安全)"),
                                  body->str, area->str);
          break;
        case DG_DEFAULT_RESIDUAL:
          g_string_append_printf (out, _ ("%s, which leads %s (安全生产法 第十条)"), body->str,
                                  area->str);
          break;
        case DG_DEFAULT_TERRITORIAL:
          g_string_append_printf (out, _ ("%s, the territorial government (属地管理)"), body->str);
          break;
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_finding (GString *out, const DgModel *m, const DgFinding *f)
{
  g_string_append (out, "  ");
  dg_text_append_padded (out, dg_text_finding_kind (f->kind), 12);
  switch (f->kind)
    {
    case DG_FINDING_UNCOVERED:
      {
        const DgArea *area = dg_model_area (m, f->area);
        dg_text_append_area (out, m, f->area);
        g_string_append_c (out, '\n');
        if (area->source)
          {
            g_string_append (out, INDENT);
            g_string_append (out, _ ("expected by: "));
            dg_text_append (out, area->source);
            g_string_append_c (out, '\n');
          }
        g_string_append (out, INDENT);
        g_string_append (out, _ (dg_finding_kind_info (f->kind)->explanation));
        g_string_append_c (out, '\n');
        append_defaults (out, m, f->default_holders);
        break;
      }
    case DG_FINDING_CONFLICT:
    case DG_FINDING_SHARED:
      {
        guint bodies = dg_holdings_distinct_bodies (f->holdings, TRUE);
        dg_text_append_area (out, m, f->area);
        g_string_append_c (out, '\n');
        g_string_append (out, INDENT);
        /* TRANSLATORS: N bodies hold it; (more than one leads it | one leads, the others support
           | each leads its own aspect) */
        g_string_append_printf (out, ngettext ("%u body holds it; %s\n", "%u bodies hold it; %s\n",
                                               bodies),
                                bodies,
                                f->kind == DG_FINDING_CONFLICT ? _ ("more than one leads it (多头管理)")
                                : f->n_aspects > 1 ? _ ("each leads its own aspect")
                                                   : _ ("one leads, the others support"));
        if (f->statutory)
          {
            g_string_append (out, INDENT);
            g_string_append (out, _ ("shared by law: "));
            dg_text_append (out, dg_model_area_shared_basis (m, f->area));
            g_string_append_c (out, '\n');
          }
        dg_text_append_holdings (out, m, f->holdings, INDENT);
        break;
      }
    case DG_FINDING_NO_LEAD:
      dg_text_append_area (out, m, f->area);
      g_string_append_c (out, '\n');
      g_string_append (out, INDENT);
      g_string_append (out, f->upper_only
                                ? _ ("held only by assisting an authority above the town "
                                     "(covered from outside)\n")
                                : _ ("held only in supporting roles; nobody leads it\n"));
      dg_text_append_holdings (out, m, f->holdings, INDENT);
      break;
    case DG_FINDING_VAGUE:
      {
        const DgDuty *duty = dg_model_duty (m, f->duty);
        dg_text_append (out, duty->clause);
        g_string_append (out, "  ");
        if (f->body >= 0)
          dg_text_append (out, dg_model_body (m, f->body)->name);
        else
          g_string_append (out, _ ("(every body of its kinds)"));
        g_string_append_c (out, '\n');
        g_string_append (out, INDENT);
        dg_text_append (out, duty->text);
        g_string_append (out, "\n" INDENT);
        g_string_append (out, _ ("names no concrete area (and is not marked procedural)\n"));
        break;
      }
    case DG_FINDING_IDLE:
      {
        const DgBody *body = dg_model_body (m, f->body);
        dg_text_append (out, body->id);
        g_string_append (out, "  ");
        dg_text_append (out, body->name);
        g_string_append (out, "\n" INDENT);
        g_string_append (out, _ ("no duty binds this body\n"));
        break;
      }
    case DG_FINDING_PRINCIPLE:
      {
        const DgPrinciple *p = g_ptr_array_index (m->principles, f->principle);
        dg_text_append (out, p->clause);
        g_string_append (out, "  ");
        dg_text_append (out, p->text);
        g_string_append (out, "\n" INDENT);
        dg_text_append (out, f->message);
        g_string_append_c (out, '\n');
        if (f->duty >= 0)
          {
            g_autoptr (GArray) one = g_array_new (FALSE, FALSE, sizeof (DgHolding));
            const DgDuty *duty = dg_model_duty (m, f->duty);
            DgHolding h = { f->body, f->area, f->duty, duty->role, duty->kinds != 0,
                            duty->with_upper };
            g_array_append_val (one, h);
            dg_text_append_holdings (out, m, one, INDENT);
          }
        break;
      }
    case DG_FINDING_KIND_COUNT:
      g_assert_not_reached ();
    }
}

/* The clauses of the duties that repeat a principle's watchwords, once each. */
static void
append_embodied (GString *out, const DgGraph *graph, int principle)
{
  const DgModel *m = graph->model;
  g_autoptr (GArray) duties = dg_graph_principle_duties (graph, principle);
  if (duties->len == 0)
    return;
  g_string_append (out, INDENT);
  g_string_append (out, _ ("embodied in:"));
  int last = -1;
  for (guint i = 0; i < duties->len; i++)
    {
      int duty = g_array_index (duties, DgHolding, i).duty;
      if (duty == last)
        continue;
      last = duty;
      g_string_append_c (out, ' ');
      dg_text_append (out, dg_model_duty (m, duty)->clause);
    }
  g_string_append_c (out, '\n');
}

static void
append_principles (GString *out, const DgReport *report)
{
  const DgModel *m = report->graph->model;
  g_string_append_printf (out, _ ("\nprinciples (%u)\n"), report->principles->len);
  for (guint i = 0; i < report->principles->len; i++)
    {
      const DgPrincipleVerdict *v = g_ptr_array_index (report->principles, i);
      const DgPrinciple *p = g_ptr_array_index (m->principles, v->principle);
      g_string_append (out, "  ");
      dg_text_append_padded (out, dg_text_verdict (v->verdict), 15);
      dg_text_append (out, p->clause);
      g_string_append (out, "  ");
      dg_text_append (out, p->text);
      g_string_append (out, "\n" INDENT);
      if (p->rule)
        {
          g_autoptr (GString) rule = g_string_new (NULL);
          dg_text_append (rule, dg_principle_rule_label (p->rule));
          g_string_append_printf (out, _ ("rule %s: "), rule->str);
        }
      if (v->verdict == DG_VERDICT_VIOLATED)
        g_string_append (out, _ ("it does not hold that "));
      dg_text_append (out, v->reason);
      g_string_append_c (out, '\n');
      for (guint j = 0; j < v->evidence->len; j++)
        {
          g_string_append (out, INDENT "- ");
          dg_text_append (out, g_array_index (v->evidence, DgEvidence, j).message);
          g_string_append_c (out, '\n');
        }
      append_embodied (out, report->graph, v->principle);
    }
}

char *
dg_report_check_text (const DgReport *report)
{
  const DgModel *m = report->graph->model;
  GString *out = g_string_new (NULL);
  dg_text_append_header (out, m);
  g_string_append_printf (out, _ ("expected areas: %u, covered %u, uncovered %u; %u exempt\n"),
                          report->n_expected, report->n_covered,
                          report->n_expected - report->n_covered, report->exempt_areas->len);

  guint per_severity[3] = { 0 };
  for (guint i = 0; i < report->findings->len; i++)
    per_severity[((const DgFinding *) g_ptr_array_index (report->findings, i))->severity]++;
  for (int s = DG_SEVERITY_ERROR; s >= DG_SEVERITY_INFO; s--)
    {
      if (per_severity[s] == 0)
        continue;
      g_string_append_c (out, '\n');
      g_string_append_printf (out,
                              s == DG_SEVERITY_ERROR     ? _ ("errors (%u)")
                              : s == DG_SEVERITY_WARNING ? _ ("warnings (%u)")
                                                         : _ ("info (%u)"),
                              per_severity[s]);
      g_string_append_c (out, '\n');
      for (guint i = 0; i < report->findings->len; i++)
        {
          const DgFinding *f = g_ptr_array_index (report->findings, i);
          if ((int) f->severity == s)
            append_finding (out, m, f);
        }
    }
  if (report->principles->len > 0)
    append_principles (out, report);
  if (report->exempt_areas->len > 0)
    {
      g_string_append_printf (out, _ ("\nexempt (%u)\n"), report->exempt_areas->len);
      for (guint i = 0; i < m->exemptions->len; i++)
        {
          const DgExemption *e = g_ptr_array_index (m->exemptions, i);
          g_string_append (out, "  ");
          dg_text_append_area (out, m, e->area);
          g_string_append (out, "\n" INDENT);
          g_string_append (out, _ ("reason: "));
          dg_text_append (out, e->reason);
          g_string_append_c (out, '\n');
        }
    }
  g_autofree char *errors = g_strdup_printf (
      ngettext ("%u error", "%u errors", per_severity[2]), per_severity[2]);
  g_autofree char *warnings = g_strdup_printf (
      ngettext ("%u warning", "%u warnings", per_severity[1]), per_severity[1]);
  g_autofree char *infos = g_strdup_printf (ngettext ("%u info", "%u info", per_severity[0]),
                                            per_severity[0]);
  /* TRANSLATORS: N errors, N warnings, N info */
  g_string_append_printf (out, _ ("\n%s, %s, %s\n"), errors, warnings, infos);
  return g_string_free (out, FALSE);
}
