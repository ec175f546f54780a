/*
 * rollup-json.c — the roll-up of many models as JSON (docs/json.md).
 * Models are listed once, in input order; every other list names them by
 * their index in "models", which keeps a national roll-up compact.
 */
#include "render/json.h"
#include "render/rollup-report.h"

static void
add_indexes (JsonBuilder *b, const char *name, const GArray *models)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < models->len; i++)
    json_builder_add_int_value (b, g_array_index (models, guint, i));
  json_builder_end_array (b);
}

/* The ids, and beside them the names the models give those bodies: each
 * list of names once, in model order, each in the order of the ids. */
static void
add_leads (JsonBuilder *b, const DgAssignment *x)
{
  json_builder_set_member_name (b, "leads");
  json_builder_begin_array (b);
  g_auto (GStrv) ids = g_strsplit (x->leads, "+", -1);
  for (char **id = ids; *id; id++)
    if (**id)
      json_builder_add_string_value (b, *id);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "lead_names");
  json_builder_begin_array (b);
  g_autoptr (GPtrArray) lists = dg_assignment_names (x);
  for (guint i = 0; i < lists->len; i++)
    {
      json_builder_begin_array (b);
      for (char **name = g_ptr_array_index (lists, i); *name; name++)
        json_builder_add_string_value (b, *name);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
}

static void
add_uint (JsonBuilder *b, const char *name, guint value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

static void
add_severities (JsonBuilder *b, const guint *severity)
{
  add_uint (b, "errors", severity[DG_SEVERITY_ERROR]);
  add_uint (b, "warnings", severity[DG_SEVERITY_WARNING]);
  add_uint (b, "info", severity[DG_SEVERITY_INFO]);
}

static void
add_models (JsonBuilder *b, const DgRollup *r)
{
  json_builder_set_member_name (b, "models");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->models->len; i++)
    {
      const DgRollupModel *m = g_ptr_array_index (r->models, i);
      json_builder_begin_object (b);
      dg_json_string (b, "path", m->path);
      dg_json_string (b, "id", m->doc_id);
      dg_json_string (b, "title", m->title);
      dg_json_string (b, "town", m->town);
      dg_json_string (b, "upper", m->upper);
      add_uint (b, "bodies", m->n_bodies);
      add_uint (b, "areas", m->n_areas);
      add_uint (b, "duties", m->n_duties);
      add_severities (b, m->severity);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_area (JsonBuilder *b, const DgRollupArea *a)
{
  json_builder_begin_object (b);
  dg_json_string (b, "id", a->id);
  dg_json_string (b, "path", a->path);
  add_uint (b, "present", a->present);
  add_uint (b, "exempt", a->exempt);
  add_indexes (b, "uncovered", a->uncovered);
  add_indexes (b, "overlapped", a->overlapped);
  add_indexes (b, "conflict", a->conflict);
  json_builder_set_member_name (b, "norm");
  if (a->norm >= 0)
    {
      const DgAssignment *norm = g_ptr_array_index (a->assignments, a->norm);
      json_builder_begin_object (b);
      add_leads (b, norm);
      add_uint (b, "models", norm->models->len);
      json_builder_end_object (b);
    }
  else
    json_builder_add_null_value (b);
  /* The models of the majority are all the others: only the rest are listed. */
  json_builder_set_member_name (b, "other_leads");
  json_builder_begin_array (b);
  for (guint j = 0; j < a->assignments->len; j++)
    {
      const DgAssignment *x = g_ptr_array_index (a->assignments, j);
      if ((int) j == a->norm)
        continue;
      json_builder_begin_object (b);
      add_leads (b, x);
      add_indexes (b, "models", x->models);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_load (JsonBuilder *b, const DgRollup *r)
{
  json_builder_set_member_name (b, "load");
  json_builder_begin_array (b);
  for (guint k = 0; k < DG_KIND_COUNT; k++)
    {
      const DgRollupKind *kind = &r->kinds[k];
      if (kind->bodies == 0)
        continue;
      json_builder_begin_object (b);
      dg_json_string (b, "kind", dg_kind_name ((DgBodyKind) k));
      add_uint (b, "bodies", kind->bodies);
      add_uint (b, "models", kind->models);
      const struct {
        const char *name;
        const GArray *counts;
        guint max;
        int model;
        const char *body, *body_name;
      } sides[] = {
        { "lead", kind->lead_counts, kind->max_lead, kind->max_lead_model, kind->max_lead_body,
          kind->max_lead_name },
        { "support", kind->support_counts, kind->max_support, kind->max_support_model,
          kind->max_support_body, kind->max_support_name },
      };
      for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
        {
          json_builder_set_member_name (b, sides[s].name);
          json_builder_begin_object (b);
          add_uint (b, "median", dg_rollup_median (sides[s].counts, kind->bodies));
          add_uint (b, "max", sides[s].max);
          json_builder_set_member_name (b, "max_body");
          json_builder_begin_object (b);
          add_uint (b, "model", (guint) sides[s].model);
          dg_json_string (b, "id", sides[s].body);
          dg_json_string (b, "name", sides[s].body_name);
          json_builder_end_object (b);
          json_builder_set_member_name (b, "histogram");
          json_builder_begin_array (b);
          for (guint v = 0; v < sides[s].counts->len; v++)
            json_builder_add_int_value (b, g_array_index (sides[s].counts, guint, v));
          json_builder_end_array (b);
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_uppers (JsonBuilder *b, const DgRollup *r)
{
  json_builder_set_member_name (b, "upper_bodies");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->uppers->len; i++)
    {
      const DgRollupUpper *u = g_ptr_array_index (r->uppers, i);
      json_builder_begin_object (b);
      dg_json_string (b, "id", u->id);
      dg_json_string (b, "name", u->name);
      dg_json_string (b, "model", u->model);
      dg_json_string (b, "town", u->town);
      add_indexes (b, "assisted_by", u->assisted_by);
      add_indexes (b, "reported_by", u->reported_by);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

char *
dg_report_rollup_json (const DgRollup *r, const char *command)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  add_uint (b, "dutygraph", 1);
  dg_json_string (b, "command", command);
  json_builder_set_member_name (b, "summary");
  json_builder_begin_object (b);
  add_uint (b, "models", r->models->len);
  guint failing = 0;
  for (guint i = 0; i < r->models->len; i++)
    failing += ((const DgRollupModel *) g_ptr_array_index (r->models, i))->severity[DG_SEVERITY_ERROR] > 0;
  add_uint (b, "models_with_errors", failing);
  add_severities (b, r->severity);
  json_builder_set_member_name (b, "by_kind");
  json_builder_begin_object (b);
  for (guint k = 0; k < DG_FINDING_KIND_COUNT; k++)
    add_uint (b, dg_finding_kind_name ((DgFindingKind) k), r->count[k]);
  json_builder_end_object (b);
  add_uint (b, "outliers", r->n_outliers);
  json_builder_end_object (b);
  add_models (b, r);
  json_builder_set_member_name (b, "areas");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->areas->len; i++)
    add_area (b, g_ptr_array_index (r->areas, i));
  json_builder_end_array (b);
  add_load (b, r);
  add_uppers (b, r);
  return dg_json_finish (b);
}
