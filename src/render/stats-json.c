/*
 * stats-json.c — `stats --format json`: the same analyses as stats-text.c
 * for programs, in the shape documented in docs/json.md.
 */
#include "analysis/stats.h"
#include "render/json.h"
#include "render/report.h"

/* Four decimals: enough to rank, and the same bytes on every machine. */
static void
add_fraction (JsonBuilder *b, const char *name, double value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_double_value (b, (double) (gint64) (value * 10000.0 + 0.5) / 10000.0);
}

static void
add_uint (JsonBuilder *b, const char *name, guint value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

static void
add_area_ref (JsonBuilder *b, const DgModel *m, int area)
{
  json_builder_begin_object (b);
  dg_json_string (b, "id", dg_model_area (m, area)->id);
  dg_json_string (b, "name", dg_model_area (m, area)->name);
  json_builder_end_object (b);
}

static void
add_coordination (JsonBuilder *b, const DgStats *s)
{
  const DgModel *m = s->graph->model;
  const DgCoordination *c = s->coordination;
  json_builder_set_member_name (b, "coordination");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "pairs");
  json_builder_begin_array (b);
  for (guint i = 0; i < c->pairs->len; i++)
    {
      const DgCoordPair *p = g_ptr_array_index (c->pairs, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "bodies");
      json_builder_begin_array (b);
      dg_json_body (b, m, p->a);
      dg_json_body (b, m, p->b);
      json_builder_end_array (b);
      add_uint (b, "weight", p->weight);
      json_builder_set_member_name (b, "areas");
      json_builder_begin_array (b);
      for (guint j = 0; j < p->areas->len; j++)
        add_area_ref (b, m, g_array_index (p->areas, int, j));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_fraction (b, "modularity", c->modularity);
  json_builder_set_member_name (b, "communities");
  json_builder_begin_array (b);
  for (guint k = 0; k < c->n_communities; k++)
    {
      json_builder_begin_object (b);
      add_uint (b, "number", k + 1);
      json_builder_set_member_name (b, "bodies");
      json_builder_begin_array (b);
      for (guint i = 0; i < c->community->len; i++)
        if (g_array_index (c->community, int, i) == (int) k)
          dg_json_body (b, m, (int) i);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_load (JsonBuilder *b, const DgStats *s)
{
  const DgModel *m = s->graph->model;
  const DgFragility *f = s->fragility;
  json_builder_set_member_name (b, "load");
  json_builder_begin_object (b);
  add_uint (b, "lead_duties", f->total_lead_duties);
  json_builder_set_member_name (b, "bodies");
  json_builder_begin_array (b);
  for (guint i = 0; i < f->loads->len; i++)
    {
      const DgBodyLoad *l = &g_array_index (f->loads, DgBodyLoad, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "body");
      dg_json_body (b, m, l->body);
      add_uint (b, "lead_areas", l->lead_areas);
      add_uint (b, "support_areas", l->support_areas);
      add_uint (b, "lead_duties", l->lead_duties);
      add_fraction (b, "lead_share", l->lead_share);
      add_fraction (b, "betweenness", l->betweenness);
      add_uint (b, "single_points", l->single_points);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "single_points");
  json_builder_begin_array (b);
  for (guint i = 0; i < f->single_points->len; i++)
    {
      const DgSinglePoint *p = &g_array_index (f->single_points, DgSinglePoint, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "area");
      dg_json_area (b, m, p->area);
      json_builder_set_member_name (b, "body");
      dg_json_body (b, m, p->body);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "removal");
  json_builder_begin_array (b);
  for (guint i = 0; i < f->removal->len; i++)
    {
      int body = g_array_index (f->removal, int, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "body");
      dg_json_body (b, m, body);
      json_builder_set_member_name (b, "uncovers");
      json_builder_begin_array (b);
      for (guint j = 0; j < f->single_points->len; j++)
        if (g_array_index (f->single_points, DgSinglePoint, j).body == body)
          json_builder_add_string_value (
              b, dg_model_area (m, g_array_index (f->single_points, DgSinglePoint, j).area)->id);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_proposals (JsonBuilder *b, const DgStats *s)
{
  const DgModel *m = s->graph->model;
  json_builder_set_member_name (b, "proposals");
  json_builder_begin_array (b);
  for (guint i = 0; i < s->proposals->len; i++)
    {
      const DgGapProposal *p = g_ptr_array_index (s->proposals, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "area");
      dg_json_area (b, m, p->area);
      json_builder_set_member_name (b, "candidates");
      json_builder_begin_array (b);
      for (guint j = 0; j < p->candidates->len; j++)
        {
          const DgSuggestion *c = &g_array_index (p->candidates, DgSuggestion, j);
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "body");
          dg_json_body (b, m, c->body);
          dg_json_string (b, "basis", dg_suggest_basis_name (c->basis));
          dg_json_string (b, "via_area", c->via_area >= 0 ? dg_model_area (m, c->via_area)->id : NULL);
          const DgArea *law = c->basis == DG_SUGGEST_LAW ? dg_model_area (m, c->via_area) : NULL;
          dg_json_string (b, "law", law ? (law->holder_text ? law->holder_text : law->source_text) : NULL);
          add_uint (b, "count", c->count);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_obligations (JsonBuilder *b, const DgStats *s)
{
  const DgModel *m = s->graph->model;
  json_builder_set_member_name (b, "periodic");
  json_builder_begin_array (b);
  for (guint i = 0; i < s->obligations->len; i++)
    {
      const DgObligation *o = &g_array_index (s->obligations, DgObligation, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "body");
      dg_json_body (b, m, o->body);
      json_builder_set_member_name (b, "duty");
      dg_json_duty (b, m, o->duty);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

char *
dg_report_stats_json (const DgStats *s)
{
  g_autoptr (JsonBuilder) b = dg_json_begin (s->graph->model, "stats");
  add_coordination (b, s);
  add_load (b, s);
  add_proposals (b, s);
  add_obligations (b, s);
  return dg_json_finish (b);
}
