/*
 * baseline-report.c — a baseline's outcome as text or JSON (see
 * baseline-report.h).
 */
#include <glib/gi18n.h>

#include <json-glib/json-glib.h>

#include "render/baseline-report.h"
#include "render/text.h"

/* An entry of the baseline at PATH (the entry's own DgLoc.file belonged
 * to the baseline, which is gone). */
static void
append_entry (GString *out, const char *path, const DgBaselineEntry *e)
{
  g_string_append (out, "  ");
  dg_text_append (out, path);
  g_string_append_printf (out, ":%d:%d  ", e->loc.line, e->loc.column);
  dg_text_append (out, e->kind);
  if (e->area)
    {
      g_string_append (out, "  ");
      dg_text_append (out, e->area);
    }
  for (guint i = 0; e->bodies && i < e->bodies->len; i++)
    {
      g_string_append (out, i ? ", " : "  ");
      dg_text_append (out, g_ptr_array_index (e->bodies, i));
    }
  if (e->clause)
    {
      g_string_append (out, "  ");
      dg_text_append (out, e->clause);
    }
  if (e->principle)
    {
      g_string_append (out, "  ");
      dg_text_append (out, e->principle);
    }
  g_string_append_c (out, '\n');
}

void
dg_report_baseline_text (GString *out, const GPtrArray *outcomes)
{
  guint accepted = 0, stale = 0;
  for (guint i = 0; i < outcomes->len; i++)
    {
      const DgBaselineOutcome *o = g_ptr_array_index (outcomes, i);
      accepted += o->accepted;
      stale += o->stale->len;
    }
  g_string_append_c (out, '\n');
  if (outcomes->len == 1)
    {
      const DgBaselineOutcome *o = g_ptr_array_index (outcomes, 0);
      g_string_append_printf (out, _ ("baseline %s: "), o->path);
    }
  else
    g_string_append_printf (out, ngettext ("baselines of %u model: ", "baselines of %u models: ",
                                           outcomes->len),
                            outcomes->len);
  g_string_append_printf (out, ngettext ("%u finding accepted (not listed above)",
                                         "%u findings accepted (not listed above)", accepted),
                          accepted);
  g_string_append_printf (out, ngettext (", %u stale entry\n", ", %u stale entries\n", stale), stale);
  if (stale == 0)
    return;
  g_string_append (out, _ ("stale: no such finding now; review each entry and remove it\n"));
  for (guint i = 0; i < outcomes->len; i++)
    {
      const DgBaselineOutcome *o = g_ptr_array_index (outcomes, i);
      for (guint k = 0; k < o->stale->len; k++)
        append_entry (out, o->path, g_ptr_array_index (o->stale, k));
    }
}

static void
add_string (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

char *
dg_report_baseline_json (const char *json, const DgBaselineOutcome *o)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, NULL))
    return g_strdup (json);
  JsonNode *root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return g_strdup (json);
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  add_string (b, "file", o->path);
  json_builder_set_member_name (b, "accepted");
  json_builder_add_int_value (b, o->accepted);
  json_builder_set_member_name (b, "stale");
  json_builder_begin_array (b);
  for (guint i = 0; i < o->stale->len; i++)
    {
      const DgBaselineEntry *e = g_ptr_array_index (o->stale, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "line");
      json_builder_add_int_value (b, e->loc.line);
      add_string (b, "kind", e->kind);
      add_string (b, "area", e->area);
      json_builder_set_member_name (b, "bodies");
      if (e->bodies)
        {
          json_builder_begin_array (b);
          for (guint k = 0; k < e->bodies->len; k++)
            json_builder_add_string_value (b, g_ptr_array_index (e->bodies, k));
          json_builder_end_array (b);
        }
      else
        json_builder_add_null_value (b);
      add_string (b, "clause", e->clause);
      add_string (b, "principle", e->principle);
      add_string (b, "reason", e->reason);
      add_string (b, "reviewer", e->reviewer);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_object_set_member (json_node_get_object (root), "baseline", json_builder_get_root (b));
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  g_autofree char *text = json_generator_to_data (gen, NULL);
  return g_strconcat (text, "\n", NULL);
}
