/*
 * test-stats.c — the analyses behind `stats` and `calendar` on a small
 * model whose answers are worked out by hand in the comments.
 */
#include <string.h>

#include "analysis/stats.h"
#include "model/model-load.h"
#include "render/calendar.h"
#include "test-util.h"

/* Areas: fw (fw.sec, fw.quality), hz (hz.sec, hz.quality), road, water
 * (expected, nobody holds it; its sibling road is held by police), gas
 * (expected, nobody; market manages it).  Bodies and what they reach:
 *   police  fw.sec, hz.sec, road   (and fw, hz above them)
 *   market  fw.quality, hz.quality  (and fw, hz)
 *   school  road (supporting)
 *   chief   a quarterly duty done twice, a yearly one
 * Pairs (docs/coverage.md: only where two bodies hold the same area):
 * police+school share road: weight 1; police and market hold different
 * leaves of the same fields and are no pair.  Betweenness: one edge, so 0
 * for everyone.  Expected leaves fw.sec, fw.quality, hz.sec (one holder
 * each) and road (two holders): single points police ×2, market ×1.
 * brig (expected, nobody) is given by its law to 人民政府 and 派出所. */
static const char model_text[] =
  "dutygraph: 1\n"
  "document: {id: t, title: 测试, year: 2021}\n"
  "bodies:\n"
  "  - {id: gov, name: 镇政府, kind: government}\n"
  "  - {id: police, name: 派出所, kind: station, reports-to: gov}\n"
  "  - {id: market, name: 市场监管所, kind: station, reports-to: gov, manages: [gas]}\n"
  "  - {id: school, name: 教委, kind: department, reports-to: gov}\n"
  "  - {id: chief, name: 镇长, kind: leader, reports-to: gov}\n"
  "areas:\n"
  "  - {id: fw, name: 烟花爆竹}\n"
  "  - {id: fw.sec, name: 烟花爆竹公共安全, parent: fw, expected: true}\n"
  "  - {id: fw.quality, name: 烟花爆竹质量, parent: fw, expected: true}\n"
  "  - {id: hz, name: 危险化学品}\n"
  "  - {id: hz.sec, name: 危化品公共安全, parent: hz, expected: true}\n"
  "  - {id: hz.quality, name: 危化品质量, parent: hz}\n"
  "  - {id: traffic, name: 交通}\n"
  "  - {id: road, name: 道路交通, parent: traffic, expected: true}\n"
  "  - {id: water, name: 水上交通, parent: traffic, expected: true}\n"
  "  - {id: gas, name: 燃气, expected: true}\n"
  "  - {id: brig, name: 专职消防队, expected: true, law-holders: [人民政府, 派出所]}\n"
  "duties:\n"
  "  - {body: police, role: lead, areas: [fw.sec, hz.sec, road], clause: '1', text: 公共安全。}\n"
  "  - {body: market, role: lead, areas: [fw.quality, hz.quality], clause: '2', text: 质量。}\n"
  "  - {body: school, role: assist, with: police, areas: [road], clause: '3', text: 协助。}\n"
  "  - {body: chief, role: lead, procedural: true, every: quarter, times: 2, clause: '4', text: 每季度检查2次。}\n"
  "  - {body: chief, role: lead, procedural: true, every: year, clause: '5', text: 每年述职。}\n";

typedef struct {
  DgModel *model;
  DgGraph *graph;
  DgStats *stats;
} Run;

static void
run_free (Run *r)
{
  dg_stats_free (r->stats);
  dg_graph_free (r->graph);
  dg_model_free (r->model);
  g_free (r);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

static Run *
run (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_util_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "m.yaml", NULL);
  g_file_set_contents (path, model_text, -1, &error);
  g_assert_no_error (error);
  Run *r = g_new0 (Run, 1);
  r->model = dg_model_load (path, NULL, &error);
  g_assert_no_error (error);
  r->graph = dg_graph_build (r->model, &error);
  g_assert_no_error (error);
  r->stats = dg_stats_run (r->graph, &error);
  g_assert_no_error (error);
  return r;
}

static int
body (const Run *r, const char *id)
{
  return dg_model_body_index (r->model, id);
}

static void
test_coordination (void)
{
  g_autoptr (Run) r = run ();
  const DgCoordination *c = r->stats->coordination;
  g_assert_cmpuint (c->pairs->len, ==, 1);
  const DgCoordPair *only = g_ptr_array_index (c->pairs, 0);
  g_assert_cmpint (only->a, ==, body (r, "police"));
  g_assert_cmpint (only->b, ==, body (r, "school"));
  g_assert_cmpuint (only->weight, ==, 1);
  g_assert_cmpstr (dg_model_area (r->model, g_array_index (only->areas, int, 0))->id, ==, "road");
  g_assert_cmpfloat (g_array_index (c->betweenness, double, body (r, "police")), ==, 0.0);
  /* police and school are one community; the others share nothing and are
   * in none. */
  g_assert_cmpint (g_array_index (c->community, int, body (r, "gov")), ==, -1);
  g_assert_cmpint (g_array_index (c->community, int, body (r, "market")), ==, -1);
  g_assert_cmpint (g_array_index (c->community, int, body (r, "police")), ==, 0);
  g_assert_cmpint (g_array_index (c->community, int, body (r, "school")), ==, 0);
}

/* Lead duties naming a body: police, market, chief ×2 = 4 (school only
 * assists).  police leads 3 areas; school supports 1. */
static void
test_fragility (void)
{
  g_autoptr (Run) r = run ();
  const DgFragility *f = r->stats->fragility;
  g_assert_cmpuint (f->total_lead_duties, ==, 4);
  const DgBodyLoad *police = &g_array_index (f->loads, DgBodyLoad, body (r, "police"));
  g_assert_cmpuint (police->lead_areas, ==, 3);
  g_assert_cmpuint (police->support_areas, ==, 0);
  g_assert_cmpfloat (police->lead_share, ==, 0.25);
  g_assert_cmpfloat (g_array_index (f->loads, DgBodyLoad, body (r, "chief")).lead_share, ==, 0.5);
  g_assert_cmpuint (g_array_index (f->loads, DgBodyLoad, body (r, "school")).support_areas, ==, 1);
  g_assert_cmpuint (f->single_points->len, ==, 3);
  g_assert_cmpuint (police->single_points, ==, 2);
  g_assert_cmpuint (f->removal->len, ==, 2);
  g_assert_cmpint (g_array_index (f->removal, int, 0), ==, body (r, "police"));
  g_assert_cmpint (g_array_index (f->removal, int, 1), ==, body (r, "market"));
}

/* water: police and school hold road beside it (police first: model
 * order breaks the tie of one area each), then the government.  gas:
 * market manages it, then the government; there is no residual area.
 * brig: its law names 人民政府 then 派出所, in that order. */
static void
test_suggestions (void)
{
  g_autoptr (Run) r = run ();
  GPtrArray *proposals = r->stats->proposals;
  g_assert_cmpuint (proposals->len, ==, 3);
  for (guint i = 0; i < proposals->len; i++)
    {
      const DgGapProposal *p = g_ptr_array_index (proposals, i);
      const char *area = dg_model_area (r->model, p->area)->id;
      const DgSuggestion *s = (const DgSuggestion *) (void *) p->candidates->data;
      if (g_str_equal (area, "water"))
        {
          g_assert_cmpuint (p->candidates->len, ==, 3);
          g_assert_cmpint (s[0].body, ==, body (r, "police"));
          g_assert_cmpint (s[0].basis, ==, DG_SUGGEST_SIBLING);
          g_assert_cmpint (s[1].body, ==, body (r, "school"));
          g_assert_cmpint (s[2].body, ==, body (r, "gov"));
          g_assert_cmpint (s[2].basis, ==, DG_SUGGEST_TERRITORIAL);
        }
      else if (g_str_equal (area, "brig"))
        {
          g_assert_cmpuint (p->candidates->len, ==, 2);
          g_assert_cmpint (s[0].body, ==, body (r, "gov"));
          g_assert_cmpint (s[0].basis, ==, DG_SUGGEST_LAW);
          g_assert_cmpint (s[1].body, ==, body (r, "police"));
          g_assert_cmpint (s[1].basis, ==, DG_SUGGEST_LAW);
        }
      else
        {
          g_assert_cmpstr (area, ==, "gas");
          g_assert_cmpuint (p->candidates->len, ==, 2);
          g_assert_cmpint (s[0].body, ==, body (r, "market"));
          g_assert_cmpint (s[0].basis, ==, DG_SUGGEST_MANAGES);
          g_assert_cmpint (s[1].body, ==, body (r, "gov"));
        }
    }
}

/* Two obligations of 镇长; the quarterly one done twice gives two events,
 * the second 45 days (half of the 90 days from 1 January to 1 April)
 * later; every line ends CRLF and none exceeds 75 octets. */
static void
test_calendar (void)
{
  g_autoptr (Run) r = run ();
  g_assert_cmpuint (r->stats->obligations->len, ==, 2);
  GDate start;
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_JANUARY, 2021);
  g_autofree char *ics = dg_render_calendar_ics (r->graph, &start);
  g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (ics, "END:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (ics, "DTSTART;VALUE=DATE:20210101\r\nRRULE:FREQ=MONTHLY;INTERVAL=3\r\n"));
  g_assert_nonnull (strstr (ics, "DTSTART;VALUE=DATE:20210215\r\nRRULE:FREQ=MONTHLY;INTERVAL=3\r\n"));
  g_assert_nonnull (strstr (ics, "RRULE:FREQ=YEARLY\r\n"));
  g_assert_nonnull (strstr (ics, "DTSTAMP:20210101T000000Z\r\n"));
  g_auto (GStrv) lines = g_strsplit (ics, "\r\n", -1);
  guint events = 0;
  for (char **l = lines; *l; l++)
    {
      g_assert_cmpuint (strlen (*l), <=, 75);
      g_assert_null (strchr (*l, '\n'));
      events += g_str_equal (*l, "BEGIN:VEVENT");
    }
  g_assert_cmpuint (events, ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  dg_graph_init_library ();
  g_test_add_func ("/stats/coordination", test_coordination);
  g_test_add_func ("/stats/fragility", test_fragility);
  g_test_add_func ("/stats/suggestions", test_suggestions);
  g_test_add_func ("/stats/calendar", test_calendar);
  return g_test_run ();
}
