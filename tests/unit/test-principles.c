/*
 * test-principles.c — the verdicts of the principle rules on small models
 * whose answers are worked out by hand in the comments.
 */
#include <string.h>

#include "analysis/principles.h"
#include "model/model-load.h"
#include "test-checked.h"

static const DgPrincipleVerdict *
verdict (const Checked *c, guint i)
{
  g_assert_cmpuint (i, <, c->report->principles->len);
  return g_ptr_array_index (c->report->principles, i);
}

/* "body/area" per piece of evidence, ids or "-", joined by spaces. */
static char *
evidence (const Checked *c, guint i)
{
  const DgPrincipleVerdict *v = verdict (c, i);
  GString *out = g_string_new (NULL);
  for (guint j = 0; j < v->evidence->len; j++)
    {
      const DgEvidence *e = &g_array_index (v->evidence, DgEvidence, j);
      g_string_append_printf (out, "%s%s/%s", j ? " " : "",
                              e->body >= 0 ? dg_model_body (c->model, e->body)->id : "-",
                              e->area >= 0 ? dg_model_area (c->model, e->area)->id : "-");
    }
  return g_string_free (out, FALSE);
}

static guint
principle_findings (const Checked *c)
{
  guint n = 0;
  for (guint i = 0; i < c->report->findings->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (c->report->findings, i);
      if (f->kind == DG_FINDING_PRINCIPLE)
        {
          g_assert_cmpint (f->severity, ==, DG_SEVERITY_WARNING);
          g_assert_nonnull (f->message);
          n++;
        }
    }
  return n;
}

/* 书记 reports to the party committee and holds nothing: 党政同责 is
 * violated by him alone (镇长 and both heads hold a duty; 专职副主任, a
 * leader outside the heads' chain, holds one too).  The village holds
 * nothing and 站 reports to nobody: 属地管理 is violated twice; the
 * external body reports to nobody but is left out. */
static void
test_leader_without_duties (void)
{
  g_autoptr (Checked) c = check (
      "principles:\n"
      "  - {id: p1, clause: 一(一), text: 党政同责、一岗双责, rule: party-and-government-both-hold}\n"
      "  - {id: p2, clause: 一(二), text: 分级负责、属地管理, rule: territorial-accountability}\n"
      "bodies:\n"
      "  - {id: party, name: 党委, kind: party}\n"
      "  - {id: gov, name: 政府, kind: government}\n"
      "  - {id: shuji, name: 书记, kind: leader, reports-to: party}\n"
      "  - {id: zhenzhang, name: 镇长, kind: leader, reports-to: gov}\n"
      "  - {id: fu, name: 专职副主任, kind: leader, reports-to: office}\n"
      "  - {id: office, name: 办公室, kind: office, reports-to: gov}\n"
      "  - {id: cun, name: 行政村, kind: village, reports-to: gov}\n"
      "  - {id: zhan, name: 站, kind: station}\n"
      "  - {id: ext, name: 外部, kind: external}\n"
      "areas:\n"
      "  - {id: x, name: 甲}\n"
      "duties:\n"
      "  - {bodies: [party, gov, zhenzhang], role: lead, procedural: true, clause: 一, text: 领导。}\n"
      "  - {body: fu, role: lead, areas: [x], clause: 二, text: 负责甲。}\n");
  g_assert_cmpint (verdict (c, 0)->verdict, ==, DG_VERDICT_VIOLATED);
  g_autofree char *e0 = evidence (c, 0);
  g_assert_cmpstr (e0, ==, "shuji/-");
  g_assert_cmpint (verdict (c, 1)->verdict, ==, DG_VERDICT_VIOLATED);
  g_autofree char *e1 = evidence (c, 1);
  g_assert_cmpstr (e1, ==, "cun/- zhan/-");
  g_assert_cmpuint (principle_findings (c), ==, 3);
  g_assert_cmpuint (c->report->count[DG_FINDING_PRINCIPLE], ==, 3);
}

/* Everyone holds a duty and every chain ends at the party committee or
 * the government, through 办公室 for 专职副主任: both rules hold. */
static void
test_heads_and_chains_hold (void)
{
  g_autoptr (Checked) c = check (
      "principles:\n"
      "  - {id: p1, clause: 一(一), text: 党政同责, rule: party-and-government-both-hold}\n"
      "  - {id: p2, clause: 一(二), text: 属地管理, rule: territorial-accountability}\n"
      "bodies:\n"
      "  - {id: party, name: 党委, kind: party}\n"
      "  - {id: gov, name: 政府, kind: government}\n"
      "  - {id: shuji, name: 书记, kind: leader, reports-to: party}\n"
      "  - {id: fu, name: 专职副主任, kind: leader, reports-to: office}\n"
      "  - {id: office, name: 办公室, kind: office, reports-to: gov}\n"
      "  - {id: cun, name: 行政村, kind: village, reports-to: gov}\n"
      "duties:\n"
      "  - {bodies: [party, gov, shuji, fu, cun], role: lead, procedural: true, clause: 一, text: 领导。}\n");
  g_assert_cmpint (verdict (c, 0)->verdict, ==, DG_VERDICT_HOLDS);
  g_assert_cmpint (verdict (c, 1)->verdict, ==, DG_VERDICT_HOLDS);
  g_assert_cmpuint (principle_findings (c), ==, 0);
}

/* a approves in x (审批) and holds nothing else on x: violated.  b
 * approves in y and inspects y: holds.  c licenses in z and its own duty
 * promises 事中事后监管: holds.  d only assists the upper authority that
 * approves in x: not an approver.  So the only evidence is a on x. */
static void
test_approver_supervises (void)
{
  g_autoptr (Checked) c = check (
      "principles:\n"
      "  - {id: p, clause: 一(三), text: 谁审批、谁负责, rule: approver-supervises}\n"
      "bodies:\n"
      "  - {id: a, name: 甲所, kind: station}\n"
      "  - {id: b, name: 乙所, kind: station}\n"
      "  - {id: c, name: 丙所, kind: station}\n"
      "  - {id: d, name: 丁所, kind: station}\n"
      "areas:\n"
      "  - {id: x, name: 甲}\n"
      "  - {id: y, name: 乙}\n"
      "  - {id: z, name: 丙}\n"
      "duties:\n"
      "  - {body: a, role: lead, areas: [x], clause: '1', text: 负责甲项目审批。}\n"
      "  - {body: b, role: lead, areas: [y], clause: '2', text: 负责乙的核准、备案。}\n"
      "  - {body: b, role: lead, areas: [y], clause: '3', text: 对乙开展监督检查。}\n"
      "  - {body: c, role: lead, areas: [z], clause: '4', text: 实施丙的许可，并进行事中事后监管。}\n"
      "  - {body: d, role: assist, with: upper, areas: [x], clause: '5', text: 协助上级部门将安全设施作为审批的前置条件。}\n");
  g_assert_cmpint (verdict (c, 0)->verdict, ==, DG_VERDICT_VIOLATED);
  g_autofree char *e = evidence (c, 0);
  g_assert_cmpstr (e, ==, "a/x");
  const DgEvidence *ev = &g_array_index (verdict (c, 0)->evidence, DgEvidence, 0);
  g_assert_cmpstr (dg_model_duty (c->model, ev->duty)->clause, ==, "1");
}

/* m manages x (holds x.1 under it: holds), y (holds nothing near it:
 * violated) and z.1 (holds z above it: holds). */
static void
test_manager_holds_safety (void)
{
  g_autoptr (Checked) c = check (
      "principles:\n"
      "  - {id: p, clause: 一(五), text: 管行业必须管安全, rule: manager-holds-safety}\n"
      "bodies:\n"
      "  - {id: m, name: 经委, kind: department, manages: [x, y, z.1]}\n"
      "areas:\n"
      "  - {id: x, name: 甲}\n"
      "  - {id: x.1, name: 甲一, parent: x}\n"
      "  - {id: y, name: 乙}\n"
      "  - {id: z, name: 丙}\n"
      "  - {id: z.1, name: 丙一, parent: z}\n"
      "duties:\n"
      "  - {body: m, role: lead, areas: [x.1, z], clause: '1', text: 负责甲一和丙。}\n");
  g_assert_cmpint (verdict (c, 0)->verdict, ==, DG_VERDICT_VIOLATED);
  g_autofree char *e = evidence (c, 0);
  g_assert_cmpstr (e, ==, "m/y");
}

/* No rule: not checkable, and the investor principle says why; an unknown
 * rule is not checkable either, named in the reason; neither makes a
 * finding. */
static void
test_not_checkable (void)
{
  g_autoptr (Checked) c = check (
      "principles:\n"
      "  - {id: p1, clause: 一(四), text: 谁投资、谁所有、谁受益、谁负责}\n"
      "  - {id: p2, clause: 一(六), text: 齐抓共管, rule: no-such-rule}\n"
      "bodies:\n"
      "  - {id: a, name: 甲, kind: office}\n"
      "duties:\n"
      "  - {body: a, role: lead, procedural: true, clause: '1', text: 做事。}\n");
  g_assert_cmpint (verdict (c, 0)->verdict, ==, DG_VERDICT_NOT_CHECKABLE);
  g_assert_nonnull (strstr (verdict (c, 0)->reason, "enterprises"));
  g_assert_cmpint (verdict (c, 1)->verdict, ==, DG_VERDICT_NOT_CHECKABLE);
  g_assert_cmpstr (verdict (c, 1)->reason, ==, "unknown rule 'no-such-rule'");
  g_assert_cmpuint (principle_findings (c), ==, 0);
  g_assert_false (dg_principle_rule_known ("no-such-rule"));
  g_assert_true (dg_principle_rule_known ("approver-supervises"));
}

/* A duty repeating a watchword of four characters (一岗双责) embodies the
 * principle; 党政 alone is too short to count. */
static void
test_embodied_duties (void)
{
  g_autoptr (Checked) c = check (
      "principles:\n"
      "  - {id: p, clause: 一(一), text: 党政同责、一岗双责}\n"
      "bodies:\n"
      "  - {id: a, name: 甲, kind: office}\n"
      "  - {id: b, name: 乙, kind: office}\n"
      "duties:\n"
      "  - {body: a, role: lead, procedural: true, clause: '1', text: 落实党政领导。}\n"
      "  - {body: b, role: lead, procedural: true, clause: '2', text: 落实“一岗双责”制度。}\n");
  g_autoptr (GArray) duties = dg_graph_principle_duties (c->graph, 0);
  g_assert_cmpuint (duties->len, ==, 1);
  g_assert_cmpint (g_array_index (duties, DgHolding, 0).body, ==, 1);
  g_assert_cmpint (g_array_index (duties, DgHolding, 0).duty, ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  dg_graph_init_library ();
  g_test_add_func ("/principles/leader-without-duties", test_leader_without_duties);
  g_test_add_func ("/principles/heads-and-chains-hold", test_heads_and_chains_hold);
  g_test_add_func ("/principles/approver-supervises", test_approver_supervises);
  g_test_add_func ("/principles/manager-holds-safety", test_manager_holds_safety);
  g_test_add_func ("/principles/not-checkable", test_not_checkable);
  g_test_add_func ("/principles/embodied-duties", test_embodied_duties);
  return g_test_run ();
}
