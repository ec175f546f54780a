/*
 * json.c — the shared JSON shapes.  json-glib writes and escapes; member
 * order is insertion order, which keeps the output byte-identical run to run.
 */
#include "render/json.h"

void
dg_json_string (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

void
dg_json_loc (JsonBuilder *b, const DgLoc *loc)
{
  json_builder_set_member_name (b, "location");
  json_builder_begin_object (b);
  dg_json_string (b, "file", loc->file);
  json_builder_set_member_name (b, "line");
  json_builder_add_int_value (b, loc->line);
  json_builder_set_member_name (b, "column");
  json_builder_add_int_value (b, loc->column);
  json_builder_end_object (b);
}

JsonBuilder *
dg_json_begin (const DgModel *m, const char *command)
{
  JsonBuilder *b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "dutygraph");
  json_builder_add_int_value (b, 1);
  dg_json_string (b, "command", command);
  json_builder_set_member_name (b, "model");
  json_builder_begin_object (b);
  dg_json_string (b, "path", m->path);
  dg_json_string (b, "id", m->doc_id);
  dg_json_string (b, "number", m->number);
  dg_json_string (b, "title", m->title);
  json_builder_set_member_name (b, "year");
  if (m->year)
    json_builder_add_int_value (b, m->year);
  else
    json_builder_add_null_value (b);
  json_builder_end_object (b);
  return b;
}

char *
dg_json_finish (JsonBuilder *b)
{
  json_builder_end_object (b);
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  g_autofree char *text = json_generator_to_data (gen, NULL);
  return g_strconcat (text, "\n", NULL);
}

void
dg_json_body (JsonBuilder *b, const DgModel *m, int body)
{
  const DgBody *x = dg_model_body (m, body);
  json_builder_begin_object (b);
  dg_json_string (b, "id", x->id);
  dg_json_string (b, "name", x->name);
  dg_json_string (b, "kind", dg_kind_name (x->kind));
  json_builder_end_object (b);
}

void
dg_json_area (JsonBuilder *b, const DgModel *m, int area)
{
  const DgArea *x = dg_model_area (m, area);
  json_builder_begin_object (b);
  dg_json_string (b, "id", x->id);
  dg_json_string (b, "name", x->name);
  json_builder_set_member_name (b, "path");
  json_builder_begin_array (b);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  for (int a = area; a >= 0; a = dg_model_area (m, a)->parent)
    g_ptr_array_insert (names, 0, dg_model_area (m, a)->name);
  for (guint i = 0; i < names->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (names, i));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "expected");
  json_builder_add_boolean_value (b, x->expected);
  dg_json_string (b, "source", x->source);
  dg_json_string (b, "shared_basis", x->shared_basis);
  json_builder_end_object (b);
}

void
dg_json_duty (JsonBuilder *b, const DgModel *m, int duty)
{
  const DgDuty *d = dg_model_duty (m, duty);
  json_builder_begin_object (b);
  dg_json_string (b, "clause", d->clause);
  dg_json_string (b, "text", d->text);
  dg_json_string (b, "role", dg_role_name (d->role));
  dg_json_string (b, "role_label", dg_role_label (d->role));
  json_builder_set_member_name (b, "with_upper");
  json_builder_add_boolean_value (b, d->with_upper);
  dg_json_string (b, "with", d->with_body >= 0 ? dg_model_body (m, d->with_body)->id : NULL);
  json_builder_set_member_name (b, "class_wide");
  json_builder_add_boolean_value (b, d->kinds != 0);
  json_builder_set_member_name (b, "procedural");
  json_builder_add_boolean_value (b, d->procedural);
  json_builder_set_member_name (b, "areas");
  json_builder_begin_array (b);
  for (guint i = 0; i < d->areas->len; i++)
    json_builder_add_string_value (b, dg_model_area (m, g_array_index (d->areas, int, i))->id);
  json_builder_end_array (b);
  dg_json_string (b, "every", dg_period_name (d->every));
  json_builder_set_member_name (b, "times");
  json_builder_add_int_value (b, d->times);
  dg_json_loc (b, &d->loc);
  json_builder_end_object (b);
}

void
dg_json_holding (JsonBuilder *b, const DgModel *m, const DgHolding *h)
{
  const DgDuty *d = dg_model_duty (m, h->duty);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "body");
  dg_json_body (b, m, h->body);
  dg_json_string (b, "area", dg_model_area (m, h->area)->id);
  dg_json_string (b, "role", dg_role_name (h->role));
  dg_json_string (b, "role_label", dg_role_label (h->role));
  json_builder_set_member_name (b, "with_upper");
  json_builder_add_boolean_value (b, h->with_upper);
  json_builder_set_member_name (b, "class_wide");
  json_builder_add_boolean_value (b, h->class_wide);
  dg_json_string (b, "clause", d->clause);
  dg_json_string (b, "text", d->text);
  dg_json_loc (b, &d->loc);
  json_builder_end_object (b);
}

void
dg_json_finding_subject (JsonBuilder *b, const DgModel *m, const DgFinding *f)
{
  dg_json_string (b, "kind", dg_finding_kind_name (f->kind));
  dg_json_string (b, "severity", dg_severity_name (f->severity));
  json_builder_set_member_name (b, "area");
  if (f->area >= 0)
    dg_json_area (b, m, f->area);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "body");
  if (f->body >= 0)
    dg_json_body (b, m, f->body);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "duty");
  if (f->duty >= 0)
    dg_json_duty (b, m, f->duty);
  else
    json_builder_add_null_value (b);
}
