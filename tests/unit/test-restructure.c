/*
 * test-restructure.c — each scenario operation on a tiny town, with the
 * expected result worked out by hand in the comments, and the problems a
 * scenario can have against a model.
 */
#include <string.h>

#include "analysis/restructure.h"
#include "test-util.h"

/* The town: 派出所 and 交警中队 are two stations; 交警中队 and 教委 both
 * lead 校车 (a conflict); 国土所 leads 土地 and 矿山 in one item and shares
 * a procedural item with 教委; every station holds the common item 4(1).
 *   duty 0 pol lead fire 6(1)          duty 4 pol assist(with traffic) road 6(2)
 *   duty 1 traffic lead road 7(1)      duty 5 land lead land+mine 10(1)
 *   duty 2 traffic lead bus 7(2)       duty 6 land+edu procedural 10(2)
 *   duty 3 edu lead bus 5(8)           duty 7 applies-to station 4(1) */
static const char town[] =
  "dutygraph: 1\n"
  "document: {id: t, title: 测试}\n"
  "bodies:\n"
  "  - {id: gov, name: 镇政府, kind: government}\n"
  "  - {id: pol, name: 派出所, kind: station, reports-to: gov, manages: [fire]}\n"
  "  - {id: traffic, name: 交警中队, kind: station, reports-to: gov, manages: [road]}\n"
  "  - {id: edu, name: 教委, kind: department, reports-to: gov}\n"
  "  - {id: land, name: 国土所, kind: station, reports-to: gov, manages: [land, mine]}\n"
  "areas:\n"
  "  - {id: fire, name: 消防, expected: true}\n"
  "  - {id: road, name: 道路, expected: true}\n"
  "  - {id: bus, name: 校车, expected: true}\n"
  "  - {id: land, name: 土地, expected: true}\n"
  "  - {id: mine, name: 矿山, expected: true}\n"
  "duties:\n"
  "  - {body: pol, role: lead, areas: [fire], clause: '6(1)', text: 消防。}\n"
  "  - {body: traffic, role: lead, areas: [road], clause: '7(1)', text: 道路。}\n"
  "  - {body: traffic, role: lead, areas: [bus], clause: '7(2)', text: 校车。}\n"
  "  - {body: edu, role: lead, areas: [bus], clause: '5(8)', text: 校车。}\n"
  "  - {body: pol, role: assist, with: traffic, areas: [road], clause: '6(2)', text: 协助道路。}\n"
  "  - {body: land, role: lead, areas: [land, mine], clause: '10(1)', text: 土地矿山。}\n"
  "  - {bodies: [land, edu], role: lead, procedural: true, clause: '10(2)', text: 会议。}\n"
  "  - {applies-to: {kind: station}, role: lead, procedural: true, clause: '4(1)', text: 共同。}\n";

typedef struct {
  DgModel *model;
  DgModel *result;
  DgRestructureLog *log;
  char *error;
} Run;

static void
run_clear (Run *r)
{
  dg_model_free (r->model);
  dg_model_free (r->result);
  dg_restructure_log_free (r->log);
  g_free (r->error);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Applies SCENARIO (its operations' YAML) to the town; on failure the
 * error text has the directory cut off. */
static void
run (Run *r, const char *operations)
{
  memset (r, 0, sizeof *r);
  g_autofree char *dir = test_util_tmpdir ();
  g_autofree char *model_path = g_build_filename (dir, "town.yaml", NULL);
  g_autofree char *scenario_path = g_build_filename (dir, "s.yaml", NULL);
  g_autofree char *scenario = g_strconcat ("dutygraph-scenario: 1\ntitle: 测试\noperations:\n",
                                           operations, NULL);
  g_assert_true (g_file_set_contents (model_path, town, -1, NULL));
  g_assert_true (g_file_set_contents (scenario_path, scenario, -1, NULL));
  g_autoptr (GError) error = NULL;
  r->model = dg_model_load (model_path, NULL, &error);
  g_assert_no_error (error);
  g_autoptr (DgScenario) s = dg_scenario_load (scenario_path, NULL, &error);
  if (s)
    r->result = dg_restructure_apply (r->model, s, &r->log, &error);
  if (error)
    {
      g_autofree char *prefix = g_strconcat (dir, "/", NULL);
      g_auto (GStrv) parts = g_strsplit (error->message, prefix, -1);
      r->error = g_strjoinv ("", parts);
    }
}

static int
body (const DgModel *m, const char *id)
{
  return dg_model_body_index (m, id);
}

static const DgDuty *
duty (const DgModel *m, const char *clause, guint nth)
{
  for (guint i = 0; i < m->duties->len; i++)
    if (g_str_equal (dg_model_duty (m, (int) i)->clause, clause) && nth-- == 0)
      return dg_model_duty (m, (int) i);
  return NULL;
}

static int
only_body (const DgDuty *d)
{
  g_assert_nonnull (d);
  g_assert_cmpuint (d->bodies->len, ==, 1);
  return g_array_index (d->bodies, int, 0);
}

/* Merging 派出所 and 交警中队 into a new 公安: bodies gov, edu, land stay in
 * order and gongan is appended (4 bodies).  All of their items (6(1),
 * 6(2), 7(1), 7(2)) are gongan's; 6(2) assisted 交警中队, which is now
 * gongan itself, so its 'with' is dropped.  校车 is still led twice, by
 * 教委 and gongan.  The common item 4(1) now reaches the two stations
 * gongan and land. */
static void
test_merge_new (void)
{
  g_auto (Run) r;
  run (&r, "  - {op: add-body, id: gongan, name: 公安, kind: station, reports-to: gov}\n"
           "  - {op: merge, bodies: [pol, traffic], into: gongan}\n");
  g_assert_null (r.error);
  const DgModel *m = r.result;
  g_assert_cmpuint (m->bodies->len, ==, 4);
  int gongan = body (m, "gongan");
  g_assert_cmpint (gongan, ==, 3);
  g_assert_cmpint (body (m, "pol"), ==, -1);
  const DgBody *g = dg_model_body (m, gongan);
  g_assert_cmpint (g->kind, ==, DG_KIND_STATION);
  g_assert_cmpint (g->reports_to, ==, body (m, "gov"));
  g_assert_cmpuint (g->aliases->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (g->aliases, 0), ==, "派出所");
  g_assert_cmpstr (g_ptr_array_index (g->aliases, 1), ==, "交警中队");
  g_assert_cmpuint (g->manages->len, ==, 2);
  for (const char *const *c = (const char *const[]){ "6(1)", "6(2)", "7(1)", "7(2)", NULL }; *c; c++)
    g_assert_cmpint (only_body (duty (m, *c, 0)), ==, gongan);
  g_assert_cmpint (duty (m, "6(2)", 0)->with_body, ==, -1);
  g_assert_cmpstr (duty (m, "7(2)", 0)->provenance, ==, "merge of pol, traffic into gongan (s.yaml, op 2)");
  g_assert_null (duty (m, "5(8)", 0)->provenance);
  g_assert_cmpint (only_body (duty (m, "5(8)", 0)), ==, body (m, "edu"));
  const DgDuty *common = duty (m, "4(1)", 0);
  g_assert_cmpuint (common->bodies->len, ==, 2);
  g_assert_cmpint (g_array_index (common->bodies, int, 0), ==, body (m, "land"));
  g_assert_cmpint (g_array_index (common->bodies, int, 1), ==, gongan);
  g_assert_cmpuint (m->duties->len, ==, 8);
  g_assert_cmpuint (r.log->n_moved, ==, 4);
  g_assert_cmpuint (r.log->n_orphaned, ==, 0);
}

/* Merging 交警中队 into the existing 教委: 7(2) and 5(8) are then both
 * 教委's, so 校车 has one lead; 教委 now also manages road. */
static void
test_merge_existing (void)
{
  g_auto (Run) r;
  run (&r, "  - {op: merge, bodies: [traffic], into: edu}\n");
  g_assert_null (r.error);
  const DgModel *m = r.result;
  int edu = body (m, "edu");
  g_assert_cmpint (only_body (duty (m, "7(2)", 0)), ==, edu);
  g_assert_cmpint (only_body (duty (m, "5(8)", 0)), ==, edu);
  g_assert_cmpint (duty (m, "6(2)", 0)->with_body, ==, edu);
  g_assert_cmpuint (dg_model_body (m, edu)->manages->len, ==, 1);
}

/* Splitting 国土所 into 自然资源所 (土地, and item 10(2) by clause) and 矿管所
 * (矿山): item 10(1) on 土地+矿山 becomes two duties with the same clause
 * and text, zr on land then kc on mine; 10(2) binds zr and edu; manages
 * follow the areas; nothing is left over. */
static void
test_split (void)
{
  g_auto (Run) r;
  run (&r, "  - {op: add-body, id: zr, name: 自然资源所, kind: station, reports-to: gov}\n"
           "  - {op: add-body, id: kc, name: 矿管所, kind: station, reports-to: gov}\n"
           "  - op: split\n"
           "    body: land\n"
           "    into:\n"
           "      - {id: zr, areas: [land], duties: ['10(2)']}\n"
           "      - {id: kc, areas: [mine]}\n");
  g_assert_null (r.error);
  const DgModel *m = r.result;
  int zr = body (m, "zr"), kc = body (m, "kc");
  g_assert_cmpint (body (m, "land"), ==, -1);
  const DgDuty *first = duty (m, "10(1)", 0), *second = duty (m, "10(1)", 1);
  g_assert_cmpint (only_body (first), ==, zr);
  g_assert_cmpuint (first->areas->len, ==, 1);
  g_assert_cmpint (g_array_index (first->areas, int, 0), ==, dg_model_area_index (m, "land"));
  g_assert_cmpint (only_body (second), ==, kc);
  g_assert_cmpint (g_array_index (second->areas, int, 0), ==, dg_model_area_index (m, "mine"));
  g_assert_cmpstr (second->text, ==, "土地矿山。");
  const DgDuty *shared = duty (m, "10(2)", 0);
  g_assert_cmpuint (shared->bodies->len, ==, 2);
  g_assert_cmpint (g_array_index (shared->bodies, int, 0), ==, zr);
  g_assert_cmpuint (m->duties->len, ==, 9);
  g_assert_cmpuint (dg_model_body (m, zr)->manages->len, ==, 1);
  g_assert_cmpuint (dg_model_body (m, kc)->manages->len, ==, 1);
  g_assert_cmpuint (r.log->n_orphaned, ==, 0);
}

/* A split that gives only 土地 to zr: 矿山 of item 10(1) is left without a
 * holder (recorded, dropped), 国土所's share of 10(2) goes nowhere (教委
 * keeps it), and the managed 矿山 is recorded as orphaned. */
static void
test_split_leftover (void)
{
  g_auto (Run) r;
  run (&r, "  - {op: add-body, id: zr, name: 自然资源所, kind: station, reports-to: gov}\n"
           "  - {op: split, body: land, into: [{id: zr, areas: [land]}]}\n");
  g_assert_null (r.error);
  const DgModel *m = r.result;
  const DgDuty *d = duty (m, "10(1)", 0);
  g_assert_cmpint (only_body (d), ==, body (m, "zr"));
  g_assert_cmpuint (d->areas->len, ==, 1);
  g_assert_null (duty (m, "10(1)", 1));
  g_assert_cmpint (only_body (duty (m, "10(2)", 0)), ==, body (m, "edu"));
  g_assert_cmpuint (r.log->n_orphaned, ==, 1);
  g_assert_cmpuint (r.log->n_manages_orphaned, ==, 1);
}

/* Dissolving 教委 without successor: 5(8) is dropped (so 校车 is led only
 * by 交警中队), 10(2) stays with 国土所 alone: 7 duties. */
static void
test_dissolve (void)
{
  g_auto (Run) r;
  run (&r, "  - {op: dissolve, body: edu}\n");
  g_assert_null (r.error);
  const DgModel *m = r.result;
  g_assert_cmpuint (m->duties->len, ==, 7);
  g_assert_null (duty (m, "5(8)", 0));
  g_assert_cmpint (only_body (duty (m, "10(2)", 0)), ==, body (m, "land"));
  g_assert_cmpuint (r.log->n_orphaned, ==, 1);
}

/* Dissolving 教委 into 国土所: 5(8) is 国土所's, 10(2) binds 国土所 once. */
static void
test_dissolve_successor (void)
{
  g_auto (Run) r;
  run (&r, "  - {op: dissolve, body: edu, successor: land}\n");
  g_assert_null (r.error);
  const DgModel *m = r.result;
  g_assert_cmpint (only_body (duty (m, "5(8)", 0)), ==, body (m, "land"));
  g_assert_cmpint (only_body (duty (m, "10(2)", 0)), ==, body (m, "land"));
}

/* Transferring 校车 from 交警中队 to 教委: 7(2) is 教委's; road stays. */
static void
test_transfer (void)
{
  g_auto (Run) r;
  run (&r, "  - {op: transfer, from: traffic, to: edu, areas: [bus]}\n");
  g_assert_null (r.error);
  const DgModel *m = r.result;
  g_assert_cmpint (only_body (duty (m, "7(2)", 0)), ==, body (m, "edu"));
  g_assert_cmpint (only_body (duty (m, "7(1)", 0)), ==, body (m, "traffic"));
  g_assert_cmpstr (duty (m, "7(2)", 0)->provenance, ==, "transfer from traffic to edu (s.yaml, op 1)");
}

/* Renaming, adding and removing: 国土所 becomes zr (its old name an alias);
 * a new body gets a new duty; 6(2) is removed. */
static void
test_rename_add_remove (void)
{
  g_auto (Run) r;
  run (&r, "  - {op: rename, body: land, to: zr, name: 自然资源所}\n"
           "  - {op: add-body, id: new, name: 新办, kind: office, reports-to: gov}\n"
           "  - {op: add-duty, body: new, role: lead, areas: [mine], clause: '9', text: 新。}\n"
           "  - {op: remove-duty, body: pol, clause: '6(2)'}\n");
  g_assert_null (r.error);
  const DgModel *m = r.result;
  const DgBody *zr = dg_model_body (m, body (m, "zr"));
  g_assert_cmpstr (zr->name, ==, "自然资源所");
  g_assert_cmpstr (g_ptr_array_index (zr->aliases, 0), ==, "国土所");
  g_assert_cmpint (only_body (duty (m, "9", 0)), ==, body (m, "new"));
  g_assert_null (duty (m, "6(2)", 0));
  g_assert_cmpuint (m->duties->len, ==, 8);
}

/* Bodies and areas by name or alias: 交警中队 (a name) merged into 教委 (an
 * alias-free name), 校车 (an area's name) transferred: the same result as
 * with the ids. */
static void
test_by_name (void)
{
  g_auto (Run) r;
  run (&r, "  - {op: transfer, from: 交警中队, to: 教委, areas: [校车]}\n"
           "  - {op: merge, bodies: [派出所], into: 交警中队}\n");
  g_assert_null (r.error);
  const DgModel *m = r.result;
  g_assert_cmpint (only_body (duty (m, "7(2)", 0)), ==, body (m, "edu"));
  g_assert_cmpint (only_body (duty (m, "6(1)", 0)), ==, body (m, "traffic"));
  g_assert_cmpint (body (m, "pol"), ==, -1);
}

/* A typo'd successor is never a new body: `into: trafic` is refused with
 * the nearest body (traffic, one letter off); the name of a removed body
 * says which operation removed it; an unknown name is reported once, at
 * its first mention, not again in the operations after it. */
static void
test_unknown_names (void)
{
  g_auto (Run) r;
  run (&r, "  - {op: merge, bodies: [pol], into: trafic}\n"
           "  - {op: dissolve, body: 教委}\n"
           "  - {op: transfer, from: 教委, to: traffic, areas: [bus]}\n"
           "  - {op: add-duty, body: 镇文旅办, role: lead, areas: [mine], clause: '9', text: 新。}\n"
           "  - {op: remove-duty, body: 镇文旅办, clause: '9'}\n");
  g_assert_null (r.result);
  g_assert_cmpstr (r.error, ==,
      "s.yaml:4:38: error: body 'trafic' is not defined in the model; did you mean traffic "
      "(交警中队)? (a new body is made only by add-body, before this operation)\n"
      "s.yaml:6:26: error: body '教委' was removed by operation 2 (dissolve at line 5)\n"
      "s.yaml:7:26: error: body '镇文旅办' is not defined in the model");
}

/* What the model shows to be wrong, all at once, each where it is written. */
static void
test_errors (void)
{
  g_auto (Run) r;
  run (&r, "  - {op: merge, bodies: [pol], into: traffic}\n"
           "  - {op: rename, body: pol, to: p2}\n"
           "  - {op: transfer, from: nobody, to: edu, areas: [nowhere]}\n"
           "  - {op: rename, body: land, to: a}\n"
           "  - {op: rename, body: a, to: land}\n"
           "  - {op: remove-duty, body: edu, clause: '99'}\n");
  g_assert_null (r.result);
  g_assert_cmpstr (r.error, ==,
      "s.yaml:5:24: error: body 'pol' was removed by operation 1 (merge at line 4)\n"
      "s.yaml:6:26: error: body 'nobody' is not defined in the model\n"
      "s.yaml:6:51: error: area 'nowhere' is not defined in the model\n"
      "s.yaml:8:31: error: rename cycle: land -> a -> land\n"
      "s.yaml:9:42: error: body 'edu' holds no duty with clause '99'");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/restructure/merge-new", test_merge_new);
  g_test_add_func ("/restructure/merge-existing", test_merge_existing);
  g_test_add_func ("/restructure/split", test_split);
  g_test_add_func ("/restructure/by-name", test_by_name);
  g_test_add_func ("/restructure/unknown-names", test_unknown_names);
  g_test_add_func ("/restructure/split-leftover", test_split_leftover);
  g_test_add_func ("/restructure/dissolve", test_dissolve);
  g_test_add_func ("/restructure/dissolve-successor", test_dissolve_successor);
  g_test_add_func ("/restructure/transfer", test_transfer);
  g_test_add_func ("/restructure/rename-add-remove", test_rename_add_remove);
  g_test_add_func ("/restructure/errors", test_errors);
  return g_test_run ();
}
