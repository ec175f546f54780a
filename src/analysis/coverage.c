/*
 * coverage.c — who holds each area, computed once per graph under the rule
 * of coverage.h and docs/coverage.md.
 */
#include "analysis/coverage.h"

struct DgCoverage {
  const DgGraph *graph;
  guint n_areas;
  DgAreaCover *areas;
  guint8 *reached;        /* 0 unknown, 1 no, 2 yes */
  const char **body_aspect;
};

static const char *
body_aspect (const DgModel *m, int body, int depth)
{
  const DgBody *b = dg_model_body (m, body);
  if (b->aspect)
    return b->aspect;
  switch (b->kind)
    {
    case DG_KIND_GOVERNMENT:
    case DG_KIND_PARTY:
    case DG_KIND_VILLAGE:
      return "territorial";
    case DG_KIND_LEADER:
      /* A leader answers from the body it belongs to. */
      if (b->reports_to >= 0 && depth < 8)
        return body_aspect (m, b->reports_to, depth + 1);
      return "territorial";
    default:
      return "sector";
    }
}

static void
resolve_body_aspects (DgCoverage *c)
{
  const DgModel *m = c->graph->model;
  c->body_aspect = g_new0 (const char *, m->bodies->len + 1);
  for (guint b = 0; b < m->bodies->len; b++)
    c->body_aspect[b] = body_aspect (m, (int) b, 0);
}

const char *
dg_coverage_aspect (const DgCoverage *c, const DgHolding *h)
{
  const DgDuty *duty = dg_model_duty (c->graph->model, h->duty);
  return duty->aspect ? duty->aspect : c->body_aspect[h->body];
}

/* Whether one body answers to the other (reports-to, at any distance): a
 * leader and the office it heads, an office and its committee, are one line
 * of command, not two holders. */
static gboolean
in_line (const DgModel *m, int from, int to)
{
  if (from < 0 || to < 0)
    return FALSE;
  for (guint depth = 0; from >= 0 && depth <= m->bodies->len; depth++)
    {
      if (from == to)
        return TRUE;
      from = dg_model_body (m, from)->reports_to;
    }
  return FALSE;
}

gboolean
dg_coverage_in_line (const DgModel *model, int a, int b)
{
  return in_line (model, a, b) || in_line (model, b, a);
}

gboolean
dg_coverage_overlap (const DgCoverage *c, const DgHolding *a, const DgHolding *b)
{
  const DgModel *m = c->graph->model;
  if (a->body == b->body || a->role != DG_ROLE_LEAD || b->role != DG_ROLE_LEAD || a->class_wide
      || b->class_wide)
    return FALSE;
  const char *aspect = dg_coverage_aspect (c, a);
  /* The town, its leaders and its villages hold the territory at different
   * levels (分级负责、属地管理): one hierarchy, not several holders. */
  if (!g_str_equal (aspect, dg_coverage_aspect (c, b)) || g_str_equal (aspect, "territorial"))
    return FALSE;
  return !dg_coverage_in_line (m, a->body, b->body);
}

static gboolean
int_seen (GArray *ints, int value)
{
  for (guint i = 0; i < ints->len; i++)
    if (g_array_index (ints, int, i) == value)
      return TRUE;
  g_array_append_val (ints, value);
  return FALSE;
}

static void
fill_area (DgCoverage *c, int area)
{
  const DgModel *m = c->graph->model;
  DgAreaCover *cover = &c->areas[area];
  cover->holdings = g_array_new (FALSE, FALSE, sizeof (DgHolding));
  cover->lead_bodies = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) bodies = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GPtrArray) aspects = g_ptr_array_new ();
  int depth = 0;
  for (int a = area; a >= 0 && depth <= (int) c->n_areas; a = dg_model_area (m, a)->parent, depth++)
    {
      g_autoptr (GArray) direct = dg_graph_area_holdings (c->graph, a);
      g_array_append_vals (cover->holdings, direct->data, direct->len);
    }
  gboolean conflict = FALSE, lead = FALSE;
  for (guint i = 0; i < cover->holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (cover->holdings, DgHolding, i);
      cover->via_upper |= h->with_upper;
      if (h->class_wide)
        {
          cover->common_lead |= h->role == DG_ROLE_LEAD;
          lead |= h->role == DG_ROLE_LEAD;
          continue;
        }
      int_seen (bodies, h->body);
      if (h->role != DG_ROLE_LEAD)
        continue;
      lead = TRUE;
      int_seen (cover->lead_bodies, h->body);
      const char *aspect = dg_coverage_aspect (c, h);
      gboolean new_aspect = TRUE;
      for (guint k = 0; k < aspects->len; k++)
        new_aspect &= !g_str_equal (g_ptr_array_index (aspects, k), aspect);
      if (new_aspect)
        g_ptr_array_add (aspects, (gpointer) aspect);
      for (guint j = 0; j < i; j++)
        conflict |= dg_coverage_overlap (c, &g_array_index (cover->holdings, DgHolding, j), h);
    }
  cover->n_bodies = bodies->len;
  cover->n_aspects = aspects->len;
  if (cover->holdings->len == 0)
    cover->state = DG_COVER_UNHELD;
  else if (conflict)
    cover->state = DG_COVER_CONFLICT;
  else if (lead)
    cover->state = DG_COVER_LED;
  else if (cover->via_upper)
    cover->state = DG_COVER_UPPER;
  else
    cover->state = DG_COVER_UNLED;
}

DgCoverage *
dg_coverage_new (const DgGraph *graph)
{
  DgCoverage *c = g_new0 (DgCoverage, 1);
  c->graph = graph;
  c->n_areas = graph->model->areas->len;
  c->areas = g_new0 (DgAreaCover, c->n_areas + 1);
  c->reached = g_new0 (guint8, c->n_areas + 1);
  resolve_body_aspects (c);
  for (guint a = 0; a < c->n_areas; a++)
    fill_area (c, (int) a);
  for (guint a = 0; a < c->n_areas; a++)
    if (c->areas[a].state == DG_COVER_UNHELD && dg_coverage_reached (c, (int) a))
      c->areas[a].state = DG_COVER_BELOW;
  return c;
}

void
dg_coverage_free (DgCoverage *c)
{
  if (c == NULL)
    return;
  for (guint a = 0; a < c->n_areas; a++)
    {
      g_array_unref (c->areas[a].holdings);
      g_array_unref (c->areas[a].lead_bodies);
    }
  g_free (c->areas);
  g_free (c->reached);
  g_free (c->body_aspect);
  g_free (c);
}

const DgAreaCover *
dg_coverage_area (const DgCoverage *c, int area)
{
  g_return_val_if_fail (area >= 0 && (guint) area < c->n_areas, NULL);
  return &c->areas[area];
}

/* Reached downwards: the area itself (with its ancestors) or any descendant.
 * Memoised; the loader refused parent cycles. */
static gboolean
reached_below (DgCoverage *c, int area)
{
  if (c->reached[area] == 0)
    {
      gboolean yes = c->areas[area].holdings->len > 0;
      c->reached[area] = 1;
      g_autoptr (GArray) children = dg_graph_area_children (c->graph, area);
      for (guint i = 0; !yes && i < children->len; i++)
        yes = reached_below (c, g_array_index (children, int, i));
      c->reached[area] = yes ? 2 : 1;
    }
  return c->reached[area] == 2;
}

gboolean
dg_coverage_reached (const DgCoverage *coverage, int area)
{
  return reached_below ((DgCoverage *) coverage, area);
}

gboolean
dg_coverage_body_holds (const DgCoverage *c, int area, int body, gboolean *leads)
{
  gboolean holds = FALSE, lead = FALSE;
  const GArray *holdings = c->areas[area].holdings;
  for (guint i = 0; i < holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (holdings, DgHolding, i);
      if (h->body != body || h->class_wide)
        continue;
      holds = TRUE;
      lead |= h->role == DG_ROLE_LEAD;
    }
  if (leads)
    *leads = lead;
  return holds;
}
