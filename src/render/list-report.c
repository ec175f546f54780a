/*
 * list-report.c — the bodies or areas of a model (see list-report.h).
 */
#include "render/json.h"
#include "render/list-report.h"

/* A field of a tab-separated line: a tab or a line break inside a name
 * would split the line, so control characters become spaces. */
static void
append_field (GString *out, const char *text)
{
  for (const char *p = text; *p; p++)
    g_string_append_c (out, (unsigned char) *p < 0x20 || *p == 0x7f ? ' ' : *p);
}

char *
dg_report_list_bodies_text (const DgModel *model)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < model->bodies->len; i++)
    {
      const DgBody *b = dg_model_body (model, (int) i);
      append_field (out, b->id);
      g_string_append_c (out, '\t');
      append_field (out, b->name);
      for (guint k = 0; k < b->aliases->len; k++)
        {
          g_string_append_c (out, '\t');
          append_field (out, g_ptr_array_index (b->aliases, k));
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

char *
dg_report_list_areas_text (const DgModel *model)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < model->areas->len; i++)
    {
      const DgArea *a = dg_model_area (model, (int) i);
      append_field (out, a->id);
      g_string_append_c (out, '\t');
      append_field (out, a->name);
      if (a->parent >= 0)
        {
          g_string_append_c (out, '\t');
          append_field (out, dg_model_area (model, a->parent)->id);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

char *
dg_report_list_bodies_json (const DgModel *model)
{
  JsonBuilder *b = dg_json_begin (model, "list");
  json_builder_set_member_name (b, "bodies");
  json_builder_begin_array (b);
  for (guint i = 0; i < model->bodies->len; i++)
    {
      const DgBody *x = dg_model_body (model, (int) i);
      json_builder_begin_object (b);
      dg_json_string (b, "id", x->id);
      dg_json_string (b, "name", x->name);
      dg_json_string (b, "kind", dg_kind_name (x->kind));
      json_builder_set_member_name (b, "aliases");
      json_builder_begin_array (b);
      for (guint k = 0; k < x->aliases->len; k++)
        json_builder_add_string_value (b, g_ptr_array_index (x->aliases, k));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return dg_json_finish (b);
}

char *
dg_report_list_areas_json (const DgModel *model)
{
  JsonBuilder *b = dg_json_begin (model, "list");
  json_builder_set_member_name (b, "areas");
  json_builder_begin_array (b);
  for (guint i = 0; i < model->areas->len; i++)
    {
      const DgArea *x = dg_model_area (model, (int) i);
      json_builder_begin_object (b);
      dg_json_string (b, "id", x->id);
      dg_json_string (b, "name", x->name);
      dg_json_string (b, "parent", x->parent >= 0 ? dg_model_area (model, x->parent)->id : NULL);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return dg_json_finish (b);
}
