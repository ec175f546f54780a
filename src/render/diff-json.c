/*
 * diff-json.c — `diff --format json`, members as documented in docs/json.md.
 */
#include "render/diff-report.h"
#include "render/json.h"

static const char *const match_names[] = { "id", "name", "alias" };

static void
add_finding (JsonBuilder *b, const DgReport *report, const DgFinding *f)
{
  const DgModel *m = report->graph->model;
  json_builder_begin_object (b);
  dg_json_finding_subject (b, m, f);
  dg_json_string (b, "message", f->message);
  g_autofree char *names = dg_diff_holder_names (report, f);
  dg_json_string (b, "holders", names);
  json_builder_end_object (b);
}

static void
add_changes (JsonBuilder *b, const DgDiff *diff, const char *name, const GArray *changes)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < changes->len; i++)
    {
      const DgFindingChange *c = &g_array_index (changes, DgFindingChange, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "before");
      if (c->old_finding)
        add_finding (b, diff->old_report, c->old_finding);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "after");
      if (c->new_finding)
        add_finding (b, diff->new_report, c->new_finding);
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_bodies (JsonBuilder *b, const DgModel *m, const char *name, const GArray *bodies)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < bodies->len; i++)
    dg_json_body (b, m, g_array_index (bodies, int, i));
  json_builder_end_array (b);
}

static void
add_duties (JsonBuilder *b, const DgModel *m, const char *name, const GArray *duties)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < duties->len; i++)
    dg_json_duty (b, m, g_array_index (duties, int, i));
  json_builder_end_array (b);
}

static void
add_holder_ids (JsonBuilder *b, const DgModel *m, const char *name, const DgDuty *d)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < d->bodies->len; i++)
    json_builder_add_string_value (b, dg_model_body (m, g_array_index (d->bodies, int, i))->id);
  json_builder_end_array (b);
}

char *
dg_report_diff_json (const DgDiff *diff, DgSeverity fail_on)
{
  const DgModel *om = diff->old_report->graph->model, *nm = diff->new_report->graph->model;
  g_autoptr (JsonBuilder) b = dg_json_begin (nm, "diff");
  dg_json_string (b, "old", om->path);
  dg_json_string (b, "fail_on", dg_severity_name (fail_on));
  json_builder_set_member_name (b, "worse");
  json_builder_add_int_value (b, dg_diff_opened_at_least (diff, fail_on));

  json_builder_set_member_name (b, "bodies");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "matched");
  json_builder_begin_array (b);
  for (guint i = 0; i < diff->matches->len; i++)
    {
      const DgBodyMatch *match = &g_array_index (diff->matches, DgBodyMatch, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "before");
      dg_json_body (b, om, match->old_body);
      json_builder_set_member_name (b, "after");
      dg_json_body (b, nm, match->new_body);
      dg_json_string (b, "by", match_names[match->how]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_bodies (b, om, "removed", diff->removed);
  add_bodies (b, nm, "added", diff->added);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "duties");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "moved");
  json_builder_begin_array (b);
  for (guint i = 0; i < diff->moved->len; i++)
    {
      const DgDutyMove *move = &g_array_index (diff->moved, DgDutyMove, i);
      const DgDuty *od = dg_model_duty (om, move->old_duty), *nd = dg_model_duty (nm, move->new_duty);
      json_builder_begin_object (b);
      dg_json_string (b, "clause", nd->clause);
      dg_json_string (b, "text", nd->text);
      add_holder_ids (b, om, "from", od);
      add_holder_ids (b, nm, "to", nd);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_duties (b, om, "removed", diff->duties_removed);
  add_duties (b, nm, "added", diff->duties_added);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "areas_lost");
  json_builder_begin_array (b);
  for (guint i = 0; i < diff->areas_lost->len; i++)
    dg_json_area (b, om, g_array_index (diff->areas_lost, int, i));
  json_builder_end_array (b);

  json_builder_set_member_name (b, "findings");
  json_builder_begin_object (b);
  add_changes (b, diff, "opened", diff->opened);
  add_changes (b, diff, "closed", diff->closed);
  add_changes (b, diff, "changed", diff->changed);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "load");
  json_builder_begin_array (b);
  for (guint i = 0; i < diff->load->len; i++)
    {
      const DgLoadChange *c = &g_array_index (diff->load, DgLoadChange, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "before");
      if (c->old_body >= 0)
        dg_json_body (b, om, c->old_body);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "after");
      if (c->new_body >= 0)
        dg_json_body (b, nm, c->new_body);
      else
        json_builder_add_null_value (b);
      const struct { const char *name; guint value; } counts[] = {
        { "lead_before", c->old_lead }, { "support_before", c->old_support },
        { "lead_after", c->new_lead },  { "support_after", c->new_support },
      };
      for (guint k = 0; k < G_N_ELEMENTS (counts); k++)
        {
          json_builder_set_member_name (b, counts[k].name);
          json_builder_add_int_value (b, counts[k].value);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return dg_json_finish (b);
}
