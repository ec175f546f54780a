/*
 * stats-text.c — `stats` as text for people: the coordination pairs and
 * groups, the load table, single points and the removal ranking, proposed
 * owners of the gaps, and the periodic obligations per position.
 */
#include <glib/gi18n.h>

#include "analysis/stats.h"
#include "render/report.h"
#include "render/text.h"

#define INDENT "      "

static void
append_body (GString *out, const DgModel *m, int body)
{
  dg_text_append (out, dg_model_body (m, body)->name);
}

static void
append_coordination (GString *out, const DgStats *s)
{
  const DgModel *m = s->graph->model;
  const DgCoordination *c = s->coordination;
  g_string_append_printf (out, _ ("\ncoordination (pairs of bodies sharing areas, heaviest first): %u\n"),
                          c->pairs->len);
  for (guint i = 0; i < c->pairs->len; i++)
    {
      const DgCoordPair *p = g_ptr_array_index (c->pairs, i);
      g_string_append_printf (out, "  %-3u ", p->weight);
      append_body (out, m, p->a);
      g_string_append (out, " + ");
      append_body (out, m, p->b);
      g_string_append (out, "\n" INDENT);
      for (guint j = 0; j < p->areas->len; j++)
        {
          int area = g_array_index (p->areas, int, j);
          if (j > 0)
            g_string_append (out, ", ");
          dg_text_append (out, dg_model_area (m, area)->name);
          g_string_append (out, " (");
          dg_text_append (out, dg_model_area (m, area)->id);
          g_string_append_c (out, ')');
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, _ ("\ncommunities (candidate joint working groups, modularity %.3f): %u\n"),
                          c->modularity, c->n_communities);
  for (guint k = 0; k < c->n_communities; k++)
    {
      g_string_append_printf (out, "  %-3u ", k + 1);
      gboolean first = TRUE;
      for (guint b = 0; b < c->community->len; b++)
        if (g_array_index (c->community, int, b) == (int) k)
          {
            if (!first)
              g_string_append (out, ", ");
            first = FALSE;
            append_body (out, m, (int) b);
          }
      g_string_append_c (out, '\n');
    }
}

static void
append_load (GString *out, const DgStats *s)
{
  const DgModel *m = s->graph->model;
  const DgFragility *f = s->fragility;
  guint name_w = 4;
  for (guint i = 0; i < f->loads->len; i++)
    name_w = MAX (name_w, dg_text_width (dg_model_body (m, (int) i)->name));
  /* Columns as wide as their heading or their widest number; share is
   * right-aligned, the others left-aligned, two spaces between. */
  const char *headings[] = { C_ ("load", "lead"),  C_ ("load", "support"),
                             C_ ("load", "lead-duties"), C_ ("load", "share"),
                             C_ ("load", "betweenness"), C_ ("load", "single-points") };
  guint widths[] = { 4, 7, 11, 6, 11, 0 };
  for (guint k = 0; k < G_N_ELEMENTS (widths); k++)
    widths[k] = MAX (widths[k], dg_text_width (headings[k]));
  const char *body_heading = C_ ("load", "body");
  name_w = MAX (name_w, dg_text_width (body_heading));
  g_string_append_printf (out, _ ("\nload (lead duties naming a body: %u)\n"), f->total_lead_duties);
  g_string_append (out, "  ");
  dg_text_append_padded (out, body_heading, name_w + 2);
  for (guint k = 0; k + 1 < G_N_ELEMENTS (widths); k++)
    dg_text_append_padded (out, headings[k], widths[k] + 2);
  g_string_append (out, headings[G_N_ELEMENTS (widths) - 1]);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < f->loads->len; i++)
    {
      const DgBodyLoad *l = &g_array_index (f->loads, DgBodyLoad, i);
      g_string_append (out, "  ");
      dg_text_append_padded (out, dg_model_body (m, l->body)->name, name_w + 2);
      g_string_append_printf (out, "%-*u  %-*u  %-*u  %*.1f%%  %-*.1f  %u\n",
                              (int) widths[0], l->lead_areas, (int) widths[1], l->support_areas,
                              (int) widths[2], l->lead_duties, (int) widths[3] - 1,
                              100.0 * l->lead_share, (int) widths[4], l->betweenness,
                              l->single_points);
    }
}

static void
append_fragility (GString *out, const DgStats *s)
{
  const DgModel *m = s->graph->model;
  const DgFragility *f = s->fragility;
  g_string_append_printf (out, _ ("\nsingle points (expected areas exactly one body holds): %u\n"),
                          f->single_points->len);
  for (guint i = 0; i < f->single_points->len; i++)
    {
      const DgSinglePoint *p = &g_array_index (f->single_points, DgSinglePoint, i);
      g_string_append (out, "  ");
      dg_text_append_area (out, m, p->area);
      g_autoptr (GString) body = g_string_new (NULL);
      append_body (body, m, p->body);
      g_string_append (out, "\n" INDENT);
      g_string_append_printf (out, _ ("only %s"), body->str);
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out,
                          _ ("\nremoval (bodies whose dissolution would uncover expected areas): %u\n"),
                          f->removal->len);
  for (guint i = 0; i < f->removal->len; i++)
    {
      int body = g_array_index (f->removal, int, i);
      g_string_append_printf (out, "  %-3u ",
                              g_array_index (f->loads, DgBodyLoad, body).single_points);
      append_body (out, m, body);
      g_string_append (out, "\n" INDENT);
      gboolean first = TRUE;
      for (guint j = 0; j < f->single_points->len; j++)
        {
          const DgSinglePoint *p = &g_array_index (f->single_points, DgSinglePoint, j);
          if (p->body != body)
            continue;
          if (!first)
            g_string_append (out, ", ");
          first = FALSE;
          dg_text_append (out, dg_model_area (m, p->area)->name);
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_reason (GString *out, const DgModel *m, const DgSuggestion *c)
{
  g_autoptr (GString) area = g_string_new (NULL);
  if (c->via_area >= 0)
    dg_text_append (area, dg_model_area (m, c->via_area)->name);
  switch (c->basis)
    {
    case DG_SUGGEST_LAW:
      {
        const DgArea *a = dg_model_area (m, c->via_area);
        g_autoptr (GString) quote = g_string_new (NULL);
        dg_text_append (quote, a->holder_text   ? a->holder_text
                               : a->source_text ? a->source_text
                               : a->source      ? a->source
                                                : "");
        g_string_append_printf (out, _ ("the law gives it to its kind of department: %s"), quote->str);
        break;
      }
    case DG_SUGGEST_MANAGES:
      g_string_append_printf (out, _ ("its business includes %s (管行业必须管安全)"), area->str);
      break;
    case DG_SUGGEST_SIBLING:
      g_string_append_printf (out,
                              ngettext ("holds %u area beside it, e.g. %s (nearest business, "
                                        "安全生产法 第十条)",
                                        "holds %u areas beside it, e.g. %s (nearest business, "
                                        "安全生产法 第十条)",
                                        c->count),
                              c->count, area->str);
      break;
    case DG_SUGGEST_ABOVE:
      g_string_append_printf (out, _ ("holds the wider area %s"), area->str);
      break;
    case DG_SUGGEST_NAME:
      g_string_append_printf (out,
                              ngettext ("its name shares %u word with the area's name or keywords",
                                        "its name shares %u words with the area's name or keywords",
                                        c->count),
                              c->count);
      break;
    case DG_SUGGEST_RESIDUAL:
      g_string_append_printf (out, _ ("leads %s, which takes what is unassigned (安全生产法 第十条)"),
                              area->str);
      break;
    case DG_SUGGEST_TERRITORIAL:
      g_string_append (out, _ ("the territorial government (属地管理)"));
      break;
    }
}

static void
append_proposals (GString *out, const DgStats *s)
{
  const DgModel *m = s->graph->model;
  g_string_append_printf (out, _ ("\nproposed owners (uncovered areas): %u\n"), s->proposals->len);
  for (guint i = 0; i < s->proposals->len; i++)
    {
      const DgGapProposal *p = g_ptr_array_index (s->proposals, i);
      g_string_append (out, "  ");
      dg_text_append_area (out, m, p->area);
      g_string_append_c (out, '\n');
      for (guint j = 0; j < p->candidates->len; j++)
        {
          const DgSuggestion *c = &g_array_index (p->candidates, DgSuggestion, j);
          g_string_append_printf (out, INDENT "%u. ", j + 1);
          append_body (out, m, c->body);
          g_string_append (out, ": ");
          append_reason (out, m, c);
          g_string_append_c (out, '\n');
        }
    }
}

static void
append_obligations (GString *out, const DgStats *s)
{
  const DgModel *m = s->graph->model;
  g_string_append_printf (out, _ ("\nperiodic obligations: %u\n"), s->obligations->len);
  int last = -1;
  for (guint i = 0; i < s->obligations->len; i++)
    {
      const DgObligation *o = &g_array_index (s->obligations, DgObligation, i);
      const DgDuty *d = dg_model_duty (m, o->duty);
      if (o->body != last)
        {
          g_string_append (out, "  ");
          append_body (out, m, o->body);
          g_string_append_c (out, '\n');
          last = o->body;
        }
      g_string_append (out, INDENT);
      dg_text_append_padded (out, dg_text_period (d->every), 10);
      g_string_append_printf (out, "x%-2d ", d->times);
      dg_text_append (out, d->clause);
      g_string_append (out, "  ");
      dg_text_append (out, d->text);
      g_string_append_c (out, '\n');
    }
}

char *
dg_report_stats_text (const DgStats *s)
{
  const DgModel *m = s->graph->model;
  GString *out = g_string_new (NULL);
  dg_text_append_header (out, m);
  append_coordination (out, s);
  append_load (out, s);
  append_fragility (out, s);
  append_proposals (out, s);
  append_obligations (out, s);
  return g_string_free (out, FALSE);
}
