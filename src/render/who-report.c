/*
 * who-report.c — the answer to `who QUERY`: for each matched area, who
 * holds it (role, body, clause, text), who holds the areas under it, and
 * who holds the wider areas above it (a weaker, general responsibility).
 */
#include <glib/gi18n.h>

#include "render/json.h"
#include "render/report.h"
#include "render/text.h"

static void
area_heading (GString *out, const DgModel *m, int area, const char *indent)
{
  g_string_append (out, indent);
  dg_text_append_area (out, m, area);
  g_string_append_c (out, '\n');
}

/* The areas under AREA, depth first in model order. */
static void
collect_descendants (const DgGraph *g, int area, GArray *out)
{
  g_autoptr (GArray) children = dg_graph_area_children (g, area);
  for (guint i = 0; i < children->len; i++)
    {
      int child = g_array_index (children, int, i);
      g_array_append_val (out, child);
      collect_descendants (g, child, out);
    }
}

char *
dg_report_who_text (const DgGraph *g, const char *query, const GArray *areas)
{
  const DgModel *m = g->model;
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < areas->len; i++)
    {
      int area = g_array_index (areas, int, i);
      const DgArea *a = dg_model_area (m, area);
      if (i > 0)
        g_string_append_c (out, '\n');
      area_heading (out, m, area, "");
      if (a->shared_basis)
        {
          g_string_append (out, "  ");
          g_string_append (out, _ ("shared by law: "));
          dg_text_append (out, a->shared_basis);
          g_string_append_c (out, '\n');
        }
      g_autoptr (GArray) holdings = dg_graph_area_holdings (g, area);
      if (holdings->len > 0)
        dg_text_append_holdings (out, m, holdings, "  ");
      g_autoptr (GArray) below = g_array_new (FALSE, FALSE, sizeof (int));
      collect_descendants (g, area, below);
      guint held_below = 0;
      for (guint j = 0; j < below->len; j++)
        {
          int child = g_array_index (below, int, j);
          g_autoptr (GArray) ch = dg_graph_area_holdings (g, child);
          if (ch->len == 0 && !dg_model_area (m, child)->expected)
            continue;
          area_heading (out, m, child, "  ");
          if (ch->len == 0)
            {
              g_string_append (out, "    ");
              g_string_append (out, _ ("nobody holds it\n"));
            }
          else
            dg_text_append_holdings (out, m, ch, "    ");
          held_below += ch->len > 0;
        }
      if (holdings->len == 0 && held_below == 0)
        {
          g_string_append (out, "  ");
          g_string_append (out, _ ("nobody holds it\n"));
        }
      for (int p = a->parent; p >= 0; p = dg_model_area (m, p)->parent)
        {
          g_autoptr (GArray) ph = dg_graph_area_holdings (g, p);
          if (ph->len == 0)
            continue;
          g_autoptr (GString) wider = g_string_new (NULL);
          dg_text_append (wider, dg_model_area (m, p)->name);
          g_string_append (out, "  ");
          g_string_append_printf (out, _ ("through the wider area %s:\n"), wider->str);
          dg_text_append_holdings (out, m, ph, "    ");
        }
    }
  (void) query;
  return g_string_free (out, FALSE);
}

static void
json_holdings (JsonBuilder *b, const DgModel *m, const char *name, const GArray *holdings)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < holdings->len; i++)
    dg_json_holding (b, m, &g_array_index (holdings, DgHolding, i));
  json_builder_end_array (b);
}

static void
json_area_block (JsonBuilder *b, const DgGraph *g, int area, const char *holdings_name)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "area");
  dg_json_area (b, g->model, area);
  g_autoptr (GArray) holdings = dg_graph_area_holdings (g, area);
  json_holdings (b, g->model, holdings_name, holdings);
  json_builder_end_object (b);
}

char *
dg_report_who_json (const DgGraph *g, const char *query, const GArray *areas)
{
  const DgModel *m = g->model;
  g_autoptr (JsonBuilder) b = dg_json_begin (m, "who");
  dg_json_string (b, "query", query);
  json_builder_set_member_name (b, "matches");
  json_builder_begin_array (b);
  for (guint i = 0; i < areas->len; i++)
    {
      int area = g_array_index (areas, int, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "area");
      dg_json_area (b, m, area);
      g_autoptr (GArray) holdings = dg_graph_area_holdings (g, area);
      json_holdings (b, m, "holdings", holdings);
      g_autoptr (GArray) below = g_array_new (FALSE, FALSE, sizeof (int));
      collect_descendants (g, area, below);
      json_builder_set_member_name (b, "below");
      json_builder_begin_array (b);
      for (guint j = 0; j < below->len; j++)
        json_area_block (b, g, g_array_index (below, int, j), "holdings");
      json_builder_end_array (b);
      json_builder_set_member_name (b, "above");
      json_builder_begin_array (b);
      for (int p = dg_model_area (m, area)->parent; p >= 0; p = dg_model_area (m, p)->parent)
        json_area_block (b, g, p, "holdings");
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return dg_json_finish (b);
}
