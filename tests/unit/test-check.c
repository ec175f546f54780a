/*
 * test-check.c — the findings of `check` on small models whose answers are
 * worked out by hand in the comments.
 */
#include <glib/gstdio.h>

#include "analysis/findings.h"
#include "model/model-load.h"
#include "test-checked.h"

/* "kind:area-or-body:severity" per finding, joined by spaces, in report order. */
static char *
summary (const Checked *c)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < c->report->findings->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (c->report->findings, i);
      const char *subject = f->duty >= 0   ? dg_model_duty (c->model, f->duty)->clause
                            : f->area >= 0 ? dg_model_area (c->model, f->area)->id
                                           : dg_model_body (c->model, f->body)->id;
      g_string_append_printf (out, "%s%s:%s:%s", i ? " " : "", dg_finding_kind_name (f->kind),
                              subject, dg_severity_name (f->severity));
    }
  return g_string_free (out, FALSE);
}

static const char bodies[] =
  "bodies:\n"
  "  - {id: gov, name: 镇政府, kind: government}\n"
  "  - {id: a, name: 甲所, kind: department, reports-to: gov}\n"
  "  - {id: b, name: 乙站, kind: station, reports-to: gov}\n"
  "  - {id: c, name: 丙办, kind: office, reports-to: gov}\n";

static void
test_conflict_and_shared (void)
{
  /* x: a and b lead -> conflict, error.  y: same, but shared by law -> warning.
   * z: a leads, c assists -> shared, info.  gov holds a procedural duty. */
  g_autofree char *text = g_strconcat (bodies,
      "areas:\n"
      "  - {id: x, name: X}\n"
      "  - {id: y, name: Y, shared-basis: 某条例 第四条}\n"
      "  - {id: z, name: Z}\n"
      "duties:\n"
      "  - {body: gov, role: lead, procedural: true, clause: '0', text: 领导。}\n"
      "  - {body: a, role: lead, areas: [x, y, z], clause: '1', text: 甲。}\n"
      "  - {body: b, role: lead, areas: [x, y], clause: '2', text: 乙。}\n"
      "  - {body: c, role: assist, with: a, areas: [z], clause: '3', text: 丙。}\n",
      NULL);
  g_autoptr (Checked) c = check (text);
  g_autofree char *s = summary (c);
  g_assert_cmpstr (s, ==, "conflict:x:error conflict:y:warning shared:z:info");
  const DgFinding *y = g_ptr_array_index (c->report->findings, 1);
  g_assert_true (y->statutory);
  g_assert_cmpuint (y->holdings->len, ==, 2);
}

static void
test_class_duties_make_no_overlap (void)
{
  /* Every department and station holds x through applies-to, a leads it alone:
   * no overlap; x is covered. */
  g_autofree char *text = g_strconcat (bodies,
      "areas:\n  - {id: x, name: X, expected: true}\n"
      "duties:\n"
      "  - {body: gov, role: lead, procedural: true, clause: '0', text: 领导。}\n"
      "  - {applies-to: {kind: [department, station, office]}, role: lead, areas: [x], clause: '1', text: 共同。}\n"
      "  - {body: a, role: lead, areas: [x], clause: '2', text: 甲。}\n",
      NULL);
  g_autoptr (Checked) c = check (text);
  g_autofree char *s = summary (c);
  g_assert_cmpstr (s, ==, "");
  g_assert_cmpuint (c->report->n_expected, ==, 1);
  g_assert_cmpuint (c->report->n_covered, ==, 1);
}

static void
test_uncovered_inherited_and_exempt (void)
{
  /* p has children p.1 (expected, nobody), p.2 (expected, a leads): the duty
   * on p.2 does not hold its sibling -> p.1 error;
   * q.1 is expected, its parent q is led by a -> held through q, no finding;
   * r and its child r.1 are exempt -> nothing; s expected, nobody -> error,
   * default holders: b manages s, c leads the residual area, gov territorial;
   * t expected, nobody, but the law binds the enterprise -> warning. */
  g_autofree char *text = g_strconcat (
      "bodies:\n"
      "  - {id: gov, name: 镇政府, kind: government}\n"
      "  - {id: a, name: 甲所, kind: department, reports-to: gov}\n"
      "  - {id: b, name: 乙站, kind: station, reports-to: gov, manages: [s]}\n"
      "  - {id: c, name: 丙办, kind: office, reports-to: gov}\n"
      "areas:\n"
      "  - {id: all, name: 综合, residual: true}\n"
      "  - {id: p, name: P}\n"
      "  - {id: p.1, name: P1, parent: p, expected: true}\n"
      "  - {id: p.2, name: P2, parent: p, expected: true}\n"
      "  - {id: q, name: Q}\n"
      "  - {id: q.1, name: Q1, parent: q, expected: true}\n"
      "  - {id: r, name: R}\n"
      "  - {id: r.1, name: R1, parent: r, expected: true}\n"
      "  - {id: s, name: S, expected: true}\n"
      "  - {id: t, name: T, expected: true, duty-of: enterprise}\n"
      "exempt:\n  - {area: r, reason: 无}\n"
      "duties:\n"
      "  - {body: gov, role: lead, procedural: true, clause: '0', text: 领导。}\n"
      "  - {body: a, role: lead, areas: [p.2, q], clause: '1', text: 甲。}\n"
      "  - {body: b, role: lead, procedural: true, clause: '2', text: 乙。}\n"
      "  - {body: c, role: lead, areas: [all], clause: '3', text: 丙。}\n",
      NULL);
  g_autoptr (Checked) c = check (text);
  g_autofree char *s = summary (c);
  g_assert_cmpstr (s, ==, "uncovered:p.1:error uncovered:s:error uncovered:t:warning");
  g_assert_cmpuint (c->report->n_expected, ==, 5);
  g_assert_cmpuint (c->report->n_covered, ==, 2);
  const DgFinding *gap = g_ptr_array_index (c->report->findings, 1);
  g_assert_cmpuint (gap->default_holders->len, ==, 3);
  const DgDefaultHolder *first = &g_array_index (gap->default_holders, DgDefaultHolder, 0);
  g_assert_cmpstr (dg_model_body (c->model, first->body)->id, ==, "b");
  g_assert_cmpint (first->basis, ==, DG_DEFAULT_MANAGES);
  g_assert_cmpint (g_array_index (gap->default_holders, DgDefaultHolder, 1).basis, ==,
                   DG_DEFAULT_RESIDUAL);
  g_assert_cmpint (g_array_index (gap->default_holders, DgDefaultHolder, 2).basis, ==,
                   DG_DEFAULT_TERRITORIAL);
}

static void
test_inheritance_aspects_upper (void)
{
  /* f.1 and f.2 are under f, which a leads: f.1 is led by a (through f) and
   * assisted by b -> shared, one lead; f.2 held by a alone -> nothing.
   * g: a leads, b leads as operator -> two aspects, shared.  h: gov
   * (territorial) and a (sector) lead -> shared.  k: a and b both lead as
   * sector bodies -> conflict, error.  m: b assists upper, c participates ->
   * the upper authority leads: no-lead, info. */
  g_autofree char *text = g_strconcat (bodies,
      "areas:\n"
      "  - {id: f, name: F}\n"
      "  - {id: f.1, name: F1, parent: f}\n"
      "  - {id: f.2, name: F2, parent: f}\n"
      "  - {id: g, name: G}\n  - {id: h, name: H}\n  - {id: k, name: K}\n  - {id: m, name: M}\n"
      "duties:\n"
      "  - {body: a, role: lead, areas: [f, g, h, k], clause: '1', text: 甲。}\n"
      "  - {body: b, role: assist, with: a, areas: [f.1], clause: '2', text: 乙协助。}\n"
      "  - {body: b, role: lead, aspect: operator, areas: [g], clause: '3', text: 乙运行。}\n"
      "  - {body: gov, role: lead, areas: [h], clause: '4', text: 属地。}\n"
      "  - {body: b, role: lead, areas: [k], clause: '5', text: 乙。}\n"
      "  - {body: b, role: assist, with: upper, areas: [m], clause: '6', text: 协助上级。}\n"
      "  - {body: c, role: participate, areas: [m], clause: '7', text: 参与。}\n",
      NULL);
  g_autoptr (Checked) c = check (text);
  g_autofree char *s = summary (c);
  g_assert_cmpstr (s, ==, "conflict:k:error no-lead:m:info shared:f.1:info shared:g:info shared:h:info");
  const DgFinding *g = g_ptr_array_index (c->report->findings, 3);
  g_assert_cmpuint (g->n_aspects, ==, 2);
  const DgFinding *f1 = g_ptr_array_index (c->report->findings, 2);
  g_assert_cmpuint (f1->n_aspects, ==, 1);
  /* The inherited lead is listed with the area its duty names. */
  g_assert_cmpstr (dg_model_area (c->model, g_array_index (f1->holdings, DgHolding, 1).area)->id, ==, "f");
}

static void
test_no_lead_vague_idle (void)
{
  /* x: only assisted, within the town -> no-lead warning; y: only assisting
   * upper -> info; duty 2 names no area, not procedural -> vague;
   * c has no duty -> idle. */
  g_autofree char *text = g_strconcat (bodies,
      "areas:\n  - {id: x, name: X}\n  - {id: y, name: Y}\n"
      "duties:\n"
      "  - {body: gov, role: lead, procedural: true, clause: '0', text: 领导。}\n"
      "  - {body: a, role: cooperate, areas: [x], clause: '1', text: 配合。}\n"
      "  - {body: a, role: lead, clause: '2', text: 承担职责范围内监管职责。}\n"
      "  - {body: b, role: assist, with: upper, areas: [y], clause: '3', text: 协助上级。}\n",
      NULL);
  g_autoptr (Checked) c = check (text);
  g_autofree char *s = summary (c);
  g_assert_cmpstr (s, ==, "no-lead:x:warning vague:2:warning idle:c:warning no-lead:y:info");
  g_assert_cmpuint (dg_report_count_at_least (c->report, DG_SEVERITY_WARNING), ==, 3);
  g_assert_cmpuint (dg_report_count_at_least (c->report, DG_SEVERITY_ERROR), ==, 0);
}

static void
test_graph_holdings (void)
{
  g_autofree char *text = g_strconcat (bodies,
      "areas:\n  - {id: x, name: X}\n  - {id: x.1, name: X1, parent: x}\n"
      "duties:\n"
      "  - {bodies: [b, a], role: lead, areas: [x.1], clause: '1', text: 甲乙。}\n"
      "  - {body: a, role: guide, areas: [x, x.1], clause: '2', text: 指导。}\n",
      NULL);
  g_autoptr (Checked) c = check (text);
  int x1 = dg_model_area_index (c->model, "x.1");
  g_autoptr (GArray) h = dg_graph_area_holdings (c->graph, x1);
  /* Duty order, then body order within a duty. */
  g_assert_cmpuint (h->len, ==, 3);
  g_assert_cmpint (g_array_index (h, DgHolding, 0).body, ==, dg_model_body_index (c->model, "a"));
  g_assert_cmpint (g_array_index (h, DgHolding, 1).body, ==, dg_model_body_index (c->model, "b"));
  g_assert_cmpint (g_array_index (h, DgHolding, 2).role, ==, DG_ROLE_GUIDE);
  g_autoptr (GArray) children = dg_graph_area_children (c->graph, dg_model_area_index (c->model, "x"));
  g_assert_cmpuint (children->len, ==, 1);
  g_assert_cmpint (g_array_index (children, int, 0), ==, x1);
  g_autoptr (GArray) of_a = dg_graph_body_holdings (c->graph, dg_model_body_index (c->model, "a"));
  g_assert_cmpuint (of_a->len, ==, 3);
  g_assert_cmpuint (dg_holdings_distinct_bodies (h, TRUE), ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  dg_graph_init_library ();
  g_test_add_func ("/check/conflict-and-shared", test_conflict_and_shared);
  g_test_add_func ("/check/class-duties-make-no-overlap", test_class_duties_make_no_overlap);
  g_test_add_func ("/check/uncovered-inherited-and-exempt", test_uncovered_inherited_and_exempt);
  g_test_add_func ("/check/inheritance-aspects-upper", test_inheritance_aspects_upper);
  g_test_add_func ("/check/no-lead-vague-idle", test_no_lead_vague_idle);
  g_test_add_func ("/graph/holdings", test_graph_holdings);
  return g_test_run ();
}
