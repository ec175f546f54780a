/*
 * principles.c — owns the rule set behind the principles of 一、: what
 * each rule reads from the graph, when it holds, and the evidence when it
 * does not.  `check` turns every piece of evidence into a `principle`
 * finding (a warning: the document contradicts what it declares, which is
 * worth fixing but does not leave an area without an owner).  The rules
 * are documented, with their limits, in docs/principles.md.
 */
#include <glib/gi18n.h>

#include <string.h>

#include "analysis/checks.h"
#include "analysis/principles.h"

typedef struct {
  const DgGraph *graph;
  const DgModel *model;
  DgPrincipleVerdict *verdict;
} Rule;

static const char *const verdict_names[] = { "holds", "violated", "not-checkable" };

const char *
dg_verdict_name (DgVerdict verdict)
{
  g_return_val_if_fail (verdict <= DG_VERDICT_NOT_CHECKABLE, "?");
  return verdict_names[verdict];
}

void
dg_principle_verdict_free (DgPrincipleVerdict *verdict)
{
  if (verdict == NULL)
    return;
  for (guint i = 0; i < verdict->evidence->len; i++)
    g_free (g_array_index (verdict->evidence, DgEvidence, i).message);
  g_array_unref (verdict->evidence);
  g_free (verdict->reason);
  g_free (verdict);
}

G_GNUC_PRINTF (5, 6)
static void
add_evidence (Rule *r, int body, int area, int duty, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  DgEvidence e = { body, area, duty, g_strdup_vprintf (format, args) };
  va_end (args);
  g_array_append_val (r->verdict->evidence, e);
}

static const char *
body_name (const Rule *r, int body)
{
  return dg_model_body (r->model, body)->name;
}

static gboolean
is_head_kind (DgBodyKind kind)
{
  return kind == DG_KIND_PARTY || kind == DG_KIND_GOVERNMENT;
}

/* 党政同责、一岗双责: the party committee and the government, and every
 * leading position, answer for safety — so each must hold some duty.
 * Holding is read from the duty lists of the graph, which include the
 * duties a body is bound to as one of its kind. */
static void
rule_party_and_government (Rule *r)
{
  const DgGraph *g = r->graph;
  guint n_party = 0, n_government = 0, n_leaders = 0;
  for (igraph_integer_t b = 0; b < g->n_bodies; b++)
    {
      const DgBody *body = dg_model_body (r->model, (int) b);
      n_party += body->kind == DG_KIND_PARTY;
      n_government += body->kind == DG_KIND_GOVERNMENT;
      if (!is_head_kind (body->kind) && body->kind != DG_KIND_LEADER)
        continue;
      n_leaders += body->kind == DG_KIND_LEADER;
      if (g->body_duties[b]->len > 0)
        continue;
      if (body->kind == DG_KIND_LEADER)
        {
          int up = dg_graph_reports_to (g, (int) b);
          if (up >= 0 && is_head_kind (dg_model_body (r->model, up)->kind))
            add_evidence (r, (int) b, -1, -1, _ ("%s, a leading position under %s, holds no duty"),
                          body->name, body_name (r, up));
          else
            add_evidence (r, (int) b, -1, -1, _ ("%s, a leading position, holds no duty"), body->name);
        }
      else
        add_evidence (r, (int) b, -1, -1, _ ("%s (%s) holds no duty"), body->name,
                      body->kind == DG_KIND_PARTY ? _ ("the party committee") : _ ("the government"));
    }
  if (n_party == 0)
    add_evidence (r, -1, -1, -1, _ ("the model has no party committee (a body of kind party)"));
  if (n_government == 0)
    add_evidence (r, -1, -1, -1, _ ("the model has no government (a body of kind government)"));
  r->verdict->reason = g_strdup_printf (
      _ ("the party committee and the government (%u) and every leading position (%u) each hold "
      "at least one duty"), n_party + n_government, n_leaders);
}

/* 分级负责、属地管理: every territorial unit is bound by duties, and every
 * body answers, through its reports-to chain, to the party committee or
 * the government.  The loader refuses a reports-to cycle (exit 2), so a
 * chain ends; the step bound only guards a graph built by other means.
 * External bodies answer to someone outside the town and are left out. */
static void
rule_territorial (Rule *r)
{
  const DgGraph *g = r->graph;
  guint n_villages = 0;
  for (igraph_integer_t b = 0; b < g->n_bodies; b++)
    {
      const DgBody *body = dg_model_body (r->model, (int) b);
      if (body->kind == DG_KIND_VILLAGE)
        {
          n_villages++;
          if (g->body_duties[b]->len == 0)
            add_evidence (r, (int) b, -1, -1, _ ("%s, a territorial unit, is bound by no duty"),
                          body->name);
        }
      if (is_head_kind (body->kind) || body->kind == DG_KIND_EXTERNAL)
        continue;
      int at = (int) b, last = (int) b;
      for (igraph_integer_t steps = 0; at >= 0 && steps <= g->n_bodies; steps++)
        {
          if (is_head_kind (dg_model_body (r->model, at)->kind))
            break;
          last = at;
          at = dg_graph_reports_to (g, at);
        }
      if (at >= 0 && is_head_kind (dg_model_body (r->model, at)->kind))
        continue;
      if (last == (int) b)
        add_evidence (r, (int) b, -1, -1,
                      _ ("%s reports to nobody: no path to the party committee or the government"),
                      body->name);
      else
        add_evidence (r, (int) b, -1, -1,
                      _ ("%s has no path to the party committee or the government: its reports-to "
                      "chain ends at %s"), body->name, body_name (r, last));
    }
  r->verdict->reason = g_strdup_printf (
      _ ("every territorial unit (%u) is bound by a duty, and every body but the external ones "
      "reaches the party committee or the government through reports-to (no cycle: the "
      "loader refuses one)"), n_villages);
}

static const char *const approval_words[] = { "审批", "许可", "核准", "备案", "前置条件" };

static gboolean
is_approval (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (approval_words); i++)
    if (strstr (text, approval_words[i]))
      return TRUE;
  return FALSE;
}

/* 谁审批、谁负责: whoever approves or licenses in an area must supervise
 * it afterwards (事中事后监管): hold another, non-approval duty on the
 * same area.  A duty whose own text promises 事中事后 supervision
 * supervises itself.  Assisting an authority above the town is not
 * approving: the approval, and the supervision, are that authority's. */
static void
rule_approver_supervises (Rule *r)
{
  const DgGraph *g = r->graph;
  guint n_approvals = 0;
  for (igraph_integer_t b = 0; b < g->n_bodies; b++)
    {
      g_autoptr (GArray) holdings = dg_graph_body_holdings (g, (int) b);
      g_autoptr (GHashTable) reported = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          const DgDuty *duty = dg_model_duty (r->model, h->duty);
          if (!is_approval (duty->text) || h->with_upper)
            continue;
          n_approvals++;
          if (strstr (duty->text, "事中事后"))
            continue;
          gboolean supervised = FALSE;
          for (guint j = 0; j < holdings->len && !supervised; j++)
            {
              const DgHolding *o = &g_array_index (holdings, DgHolding, j);
              supervised = o->area == h->area
                           && !is_approval (dg_model_duty (r->model, o->duty)->text);
            }
          if (supervised || !g_hash_table_add (reported, GINT_TO_POINTER (h->area + 1)))
            continue;
          add_evidence (r, (int) b, h->area, h->duty,
                        _ ("%s approves in %s (%s) but holds no other duty on that area to "
                        "supervise it"), body_name (r, (int) b),
                        dg_model_area (r->model, h->area)->name, duty->clause);
        }
    }
  r->verdict->reason = g_strdup_printf (
      _ ("every body that approves, licenses or sets preconditions in an area (%u such duties) "
      "also holds a duty that supervises the area"), n_approvals);
}

/* 管行业必须管安全: an area in a body's portfolio (manages) is one it holds a
 * safety duty for — the area itself, an area above it, or areas under it
 * (a body managing all of 应急管理 that holds duties on rescue and accident
 * investigation does manage its safety, if not every part of it). */
static void
rule_manager_holds (Rule *r)
{
  const DgGraph *g = r->graph;
  guint n_managed = 0;
  for (igraph_integer_t b = 0; b < g->n_bodies; b++)
    {
      const DgBody *body = dg_model_body (r->model, (int) b);
      if (body->manages->len == 0)
        continue;
      g_autoptr (GArray) holdings = dg_graph_body_holdings (g, (int) b);
      g_autoptr (GHashTable) held = g_hash_table_new (NULL, NULL);
      g_autoptr (GHashTable) below = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < holdings->len; i++)
        {
          int area = g_array_index (holdings, DgHolding, i).area;
          g_hash_table_add (held, GINT_TO_POINTER (area + 1));
          for (int a = area; a >= 0 && g_hash_table_add (below, GINT_TO_POINTER (a + 1));)
            a = dg_model_area (r->model, a)->parent;
        }
      for (guint i = 0; i < body->manages->len; i++)
        {
          int managed = g_array_index (body->manages, int, i);
          n_managed++;
          gboolean found = g_hash_table_contains (below, GINT_TO_POINTER (managed + 1));
          for (int a = managed; a >= 0 && !found; a = dg_model_area (r->model, a)->parent)
            found = g_hash_table_contains (held, GINT_TO_POINTER (a + 1));
          if (!found)
            add_evidence (r, (int) b, managed, -1,
                          _ ("%s manages %s but holds no duty on it, above it or under it"),
                          body->name, dg_model_area (r->model, managed)->name);
        }
    }
  r->verdict->reason = g_strdup_printf (
      _ ("every area a body manages (%u) is one it holds a duty for: the area, an area above it "
      "or areas under it"), n_managed);
}

static const struct {
  const char *name;
  void (*run) (Rule *r);
} rules[] = {
  { "party-and-government-both-hold", rule_party_and_government },
  { "territorial-accountability", rule_territorial },
  { "approver-supervises", rule_approver_supervises },
  { "manager-holds-safety", rule_manager_holds },
};

const char *
dg_principle_rule_label (const char *rule)
{
  /* TRANSLATORS: the names of the principle rules; English shows the id a
   * model writes, other languages a label in their words. */
  static const char *const labels[][2] = {
    { "party-and-government-both-hold", NC_ ("principle rule", "party-and-government-both-hold") },
    { "territorial-accountability", NC_ ("principle rule", "territorial-accountability") },
    { "approver-supervises", NC_ ("principle rule", "approver-supervises") },
    { "manager-holds-safety", NC_ ("principle rule", "manager-holds-safety") },
  };
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (rule, labels[i][0]) == 0)
      return g_dpgettext2 (NULL, "principle rule", labels[i][1]);
  return rule;
}

gboolean
dg_principle_rule_known (const char *rule)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_strcmp0 (rule, rules[i].name) == 0)
      return TRUE;
  return FALSE;
}

/* Why a principle without a rule cannot be checked.  The investor-owner
 * principle binds enterprises, which a model of a government document
 * does not hold; say so rather than only that no rule was given. */
static char *
unchecked_reason (const DgPrinciple *p)
{
  if (strstr (p->text, "谁投资") || strstr (p->text, "谁所有") || strstr (p->text, "谁受益"))
    return g_strdup (_ ("it binds investors, owners and beneficiaries — enterprises, which the "
                     "model does not hold (it holds the government bodies that supervise them)"));
  return g_strdup (_ ("the model gives it no rule: (docs/principles.md lists the rules)"));
}

GPtrArray *
dg_principles_evaluate (const DgGraph *graph)
{
  const DgModel *m = graph->model;
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) dg_principle_verdict_free);
  for (guint p = 0; p < m->principles->len; p++)
    {
      const DgPrinciple *principle = g_ptr_array_index (m->principles, p);
      DgPrincipleVerdict *v = g_new0 (DgPrincipleVerdict, 1);
      v->principle = (int) p;
      v->evidence = g_array_new (FALSE, FALSE, sizeof (DgEvidence));
      g_ptr_array_add (out, v);
      if (principle->rule == NULL)
        {
          v->verdict = DG_VERDICT_NOT_CHECKABLE;
          v->reason = unchecked_reason (principle);
          continue;
        }
      guint i = 0;
      while (i < G_N_ELEMENTS (rules) && !g_str_equal (rules[i].name, principle->rule))
        i++;
      if (i == G_N_ELEMENTS (rules))
        {
          v->verdict = DG_VERDICT_NOT_CHECKABLE;
          v->reason = g_strdup_printf (_ ("unknown rule '%s'"), principle->rule);
          continue;
        }
      Rule r = { graph, m, v };
      rules[i].run (&r);
      v->verdict = v->evidence->len > 0 ? DG_VERDICT_VIOLATED : DG_VERDICT_HOLDS;
    }
  return out;
}

void
dg_check_principles (DgCheckContext *ctx)
{
  DgReport *report = ctx->report;
  g_ptr_array_unref (report->principles);
  report->principles = dg_principles_evaluate (ctx->graph);
  for (guint p = 0; p < report->principles->len; p++)
    {
      const DgPrincipleVerdict *v = g_ptr_array_index (report->principles, p);
      for (guint i = 0; i < v->evidence->len; i++)
        {
          const DgEvidence *e = &g_array_index (v->evidence, DgEvidence, i);
          DgFinding *f = dg_finding_new (DG_FINDING_PRINCIPLE, DG_SEVERITY_WARNING);
          f->principle = v->principle;
          f->body = e->body;
          f->area = e->area;
          f->duty = e->duty;
          f->message = g_strdup (e->message);
          dg_report_add (report, f);
        }
    }
}
