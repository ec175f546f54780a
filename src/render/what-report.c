/*
 * what-report.c — the answer to `what BODY`: the body, its place in the
 * accountability chain, and every duty that binds it in document order,
 * each with its role, clause, text and areas.  Duties that bind it only as
 * one of a class (the common duties) are listed after its own.
 */
#include <glib/gi18n.h>

#include "render/json.h"
#include "render/report.h"
#include "render/text.h"

static void
append_duty (GString *out, const DgModel *m, const DgDuty *d)
{
  g_string_append (out, "  ");
  dg_text_append_padded (out, d->clause, 14);
  dg_text_append (out, dg_text_holding_role (d->role, d->with_upper));
  if (d->with_upper && d->with_upper_body >= 0)
    {
      g_string_append (out, " (");
      dg_text_append (out, dg_model_upper_body (m, d->with_upper_body)->name);
      g_string_append (out, ")");
    }
  if (!d->with_upper && d->with_body >= 0)
    {
      g_string_append (out, " (");
      dg_text_append (out, dg_model_body (m, d->with_body)->name);
      g_string_append (out, ")");
    }
  if (d->every != DG_PERIOD_NONE)
    /* TRANSLATORS: ", 2× per half-year": how often a periodic duty is done */
    g_string_append_printf (out, _ (", %d× per %s"), d->times, dg_text_period (d->every));
  g_string_append (out, "\n                ");
  dg_text_append (out, d->text);
  g_string_append_c (out, '\n');
  if (d->areas->len > 0)
    {
      g_string_append (out, "                ");
      g_string_append (out, _ ("areas: "));
      for (guint i = 0; i < d->areas->len; i++)
        {
          const DgArea *a = dg_model_area (m, g_array_index (d->areas, int, i));
          if (i > 0)
            g_string_append (out, ", ");
          dg_text_append (out, a->name);
          g_string_append (out, " (");
          dg_text_append (out, a->id);
          g_string_append (out, ")");
        }
      g_string_append_c (out, '\n');
    }
  else if (!d->procedural)
    {
      g_string_append (out, "                ");
      g_string_append (out, _ ("areas: none named (vague)\n"));
    }
}

char *
dg_report_what_text (const DgGraph *g, const char *query, const GArray *bodies)
{
  const DgModel *m = g->model;
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < bodies->len; i++)
    {
      int body = g_array_index (bodies, int, i);
      const DgBody *b = dg_model_body (m, body);
      if (i > 0)
        g_string_append_c (out, '\n');
      dg_text_append (out, b->id);
      g_string_append (out, "  ");
      dg_text_append (out, b->name);
      g_string_append_printf (out, "  (%s", dg_text_kind (b->kind));
      if (b->clause)
        {
          g_string_append (out, ", ");
          dg_text_append (out, b->clause);
        }
      g_string_append (out, ")\n");
      if (b->aliases->len > 0)
        {
          g_string_append (out, "  ");
          g_string_append (out, _ ("also called: "));
          for (guint j = 0; j < b->aliases->len; j++)
            {
              if (j > 0)
                g_string_append (out, ", ");
              dg_text_append (out, g_ptr_array_index (b->aliases, j));
            }
          g_string_append_c (out, '\n');
        }
      if (b->reports_to >= 0 || b->reports_to_upper >= 0)
        {
          g_string_append (out, "  ");
          g_string_append (out, _ ("reports to: "));
          int last = body;
          for (int p = b->reports_to; p >= 0; p = dg_model_body (m, p)->reports_to)
            {
              dg_text_append (out, dg_model_body (m, p)->name);
              if (dg_model_body (m, p)->reports_to >= 0)
                g_string_append (out, " → ");
              last = p;
            }
          /* The chain may go on in the model above (upper:). */
          int upper = dg_model_body (m, last)->reports_to_upper;
          if (upper >= 0)
            {
              const DgUpperBody *u = dg_model_upper_body (m, upper);
              if (last != body)
                g_string_append (out, " → ");
              dg_text_append (out, u->name);
              g_string_append (out, " (");
              dg_text_append (out, u->model_path);
              g_string_append (out, ")");
            }
          g_string_append_c (out, '\n');
        }
      GArray *duties = g->body_duties[body];
      guint own = 0, common = 0;
      for (guint j = 0; j < duties->len; j++)
        {
          if (dg_model_duty (m, g_array_index (duties, int, j))->kinds == 0)
            own++;
          else
            common++;
        }
      g_string_append (out, "  ");
      g_string_append_printf (out,
                              ngettext ("%u duty of its own, %u shared with its kind\n",
                                        "%u duties of its own, %u shared with its kind\n", own),
                              own, common);
      for (int pass = 0; pass < 2; pass++)
        {
          if (pass == 1 && common > 0)
            {
              g_string_append (out, "  ");
              g_string_append (out, _ ("as one of its kind (common duties):\n"));
            }
          for (guint j = 0; j < duties->len; j++)
            {
              const DgDuty *d = dg_model_duty (m, g_array_index (duties, int, j));
              if ((d->kinds == 0) == (pass == 0))
                append_duty (out, m, d);
            }
        }
      if (duties->len == 0)
        {
          g_string_append (out, "  ");
          g_string_append (out, _ ("no duty binds it\n"));
        }
    }
  (void) query;
  return g_string_free (out, FALSE);
}

char *
dg_report_what_json (const DgGraph *g, const char *query, const GArray *bodies)
{
  const DgModel *m = g->model;
  g_autoptr (JsonBuilder) b = dg_json_begin (m, "what");
  dg_json_string (b, "query", query);
  json_builder_set_member_name (b, "matches");
  json_builder_begin_array (b);
  for (guint i = 0; i < bodies->len; i++)
    {
      int body = g_array_index (bodies, int, i);
      const DgBody *x = dg_model_body (m, body);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "body");
      dg_json_body (b, m, body);
      json_builder_set_member_name (b, "aliases");
      json_builder_begin_array (b);
      for (guint j = 0; j < x->aliases->len; j++)
        json_builder_add_string_value (b, g_ptr_array_index (x->aliases, j));
      json_builder_end_array (b);
      dg_json_string (b, "reports_to", x->reports_to >= 0 ? dg_model_body (m, x->reports_to)->id : NULL);
      dg_json_string (b, "clause", x->clause);
      json_builder_set_member_name (b, "duties");
      json_builder_begin_array (b);
      GArray *duties = g->body_duties[body];
      for (guint j = 0; j < duties->len; j++)
        dg_json_duty (b, m, g_array_index (duties, int, j));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return dg_json_finish (b);
}
