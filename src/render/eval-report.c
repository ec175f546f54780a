/*
 * eval-report.c — the scores, then what was missed and what was extra.
 */
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "render/eval-report.h"
#include "render/json.h"
#include "render/text.h"

static void
line (GString *out, const char *label, const DgEvalCount *c)
{
  g_string_append_printf (out, "%-22s gold %4u  predicted %4u  matched %4u  P %.3f  R %.3f  F1 %.3f\n",
                          label, c->gold, c->predicted, c->matched, dg_eval_precision (c),
                          dg_eval_recall (c), dg_eval_f1 (c));
}

static void
list (GString *out, const char *title, const GPtrArray *items)
{
  if (items->len == 0)
    return;
  g_string_append_printf (out, "\n%s (%u):\n", title, items->len);
  for (guint i = 0; i < items->len; i++)
    {
      g_string_append (out, "  ");
      dg_text_append (out, g_ptr_array_index (items, i));
      g_string_append_c (out, '\n');
    }
}

char *
dg_report_eval_text (const DgEval *e, const char *gold_path, const char *predicted_path)
{
  GString *out = g_string_new (NULL);
  g_string_append (out, _("gold "));
  dg_text_append (out, gold_path);
  g_string_append (out, _(", predicted "));
  dg_text_append (out, predicted_path);
  g_string_append (out, "\n\n");
  line (out, _("bodies"), &e->bodies);
  g_string_append_printf (out, "%-22s %u of %u (%.3f)\n", _("body names exact"), e->body_names_exact,
                          e->bodies.gold,
                          e->bodies.gold ? (double) e->body_names_exact / e->bodies.gold : 1.0);
  line (out, _("clauses"), &e->clauses);
  line (out, _("items (body, clause)"), &e->items);
  line (out, _("triples (body, area, role)"), &e->triples);
  list (out, _("gold bodies not found"), e->unmatched_bodies);
  list (out, _("gold items not found"), e->missed_items);
  list (out, _("gold triples not found"), e->missed_triples);
  list (out, _("predicted triples not in gold"), e->extra_triples);
  if (e->holders->len)
    g_string_append_printf (out, "\n%s (%u):\n", _("errors by holder"), e->holders->len);
  for (guint i = 0; i < e->holders->len; i++)
    {
      const DgEvalHolder *h = g_ptr_array_index (e->holders, i);
      g_string_append (out, "  ");
      dg_text_append (out, h->name);
      g_string_append_printf (out, _(": %u items missed, %u triples missed, %u triples extra\n"),
                              h->missed_items, h->missed_triples, h->extra_triples);
    }
  return g_string_free (out, FALSE);
}

static void
count_member (JsonBuilder *b, const char *name, const DgEvalCount *c)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "gold");
  json_builder_add_int_value (b, c->gold);
  json_builder_set_member_name (b, "predicted");
  json_builder_add_int_value (b, c->predicted);
  json_builder_set_member_name (b, "matched");
  json_builder_add_int_value (b, c->matched);
  json_builder_set_member_name (b, "precision");
  json_builder_add_double_value (b, dg_eval_precision (c));
  json_builder_set_member_name (b, "recall");
  json_builder_add_double_value (b, dg_eval_recall (c));
  json_builder_set_member_name (b, "f1");
  json_builder_add_double_value (b, dg_eval_f1 (c));
  json_builder_end_object (b);
}

static void
strings_member (JsonBuilder *b, const char *name, const GPtrArray *items)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < items->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (items, i));
  json_builder_end_array (b);
}

char *
dg_report_eval_json (const DgEval *e, const DgModel *gold, const char *gold_path,
                     const char *predicted_path)
{
  JsonBuilder *b = dg_json_begin (gold, "eval");
  json_builder_set_member_name (b, "gold");
  json_builder_add_string_value (b, gold_path);
  json_builder_set_member_name (b, "predicted");
  json_builder_add_string_value (b, predicted_path);
  count_member (b, "bodies", &e->bodies);
  json_builder_set_member_name (b, "body_names_exact");
  json_builder_add_int_value (b, e->body_names_exact);
  count_member (b, "clauses", &e->clauses);
  count_member (b, "items", &e->items);
  count_member (b, "triples", &e->triples);
  strings_member (b, "unmatched_bodies", e->unmatched_bodies);
  strings_member (b, "missed_items", e->missed_items);
  strings_member (b, "missed_triples", e->missed_triples);
  strings_member (b, "extra_triples", e->extra_triples);
  json_builder_set_member_name (b, "holders");
  json_builder_begin_array (b);
  for (guint i = 0; i < e->holders->len; i++)
    {
      const DgEvalHolder *h = g_ptr_array_index (e->holders, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, h->name);
      json_builder_set_member_name (b, "missed_items");
      json_builder_add_int_value (b, h->missed_items);
      json_builder_set_member_name (b, "missed_triples");
      json_builder_add_int_value (b, h->missed_triples);
      json_builder_set_member_name (b, "extra_triples");
      json_builder_add_int_value (b, h->extra_triples);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return dg_json_finish (b);
}
