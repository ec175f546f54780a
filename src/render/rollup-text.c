/*
 * rollup-text.c — the roll-up of many models as text: the models, the
 * areas uncovered, overlapped or in conflict and where, the outliers, the
 * load per body kind, the bodies of upper models the models name.  Towns
 * go by their place names, bodies by their names, kinds by their labels
 * (ids are for the JSON).  Lists of models stop after DG_TEXT_LIST_MAX
 * names (the JSON has them all).
 */
#include <glib/gi18n.h>

#include "render/rollup-report.h"
#include "render/text.h"

#define DG_TEXT_LIST_MAX 20

static const DgRollupModel *
model_at (const DgRollup *r, guint index)
{
  return g_ptr_array_index (r->models, index);
}

static void
append_models (GString *out, const DgRollup *r, const GArray *models)
{
  for (guint i = 0; i < models->len && i < DG_TEXT_LIST_MAX; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      dg_text_append (out, model_at (r, g_array_index (models, guint, i))->town);
    }
  if (models->len > DG_TEXT_LIST_MAX)
    g_string_append_printf (out, _(" … and %u more"), models->len - DG_TEXT_LIST_MAX);
}

/* An assignment by the names its models give its bodies. */
static void
append_leads (GString *out, const DgAssignment *x)
{
  if (*x->leads == '\0')
    {
      g_string_append (out, _("(no lead)"));
      return;
    }
  g_autofree char *names = dg_assignment_names_text (x);
  dg_text_append (out, names);
}

static void
append_models_section (GString *out, const DgRollup *r)
{
  g_string_append (out, _("models\n"));
  for (guint i = 0; i < r->models->len; i++)
    {
      const DgRollupModel *m = model_at (r, i);
      g_autofree char *file = g_path_get_basename (m->path);
      g_string_append_printf (out, "  %u  ", i + 1);
      dg_text_append (out, m->town);
      g_string_append (out, "  ");
      dg_text_append (out, file);
      g_string_append_printf (out, _("  bodies %u, duties %u; %u error, %u warning, %u info"),
                              m->n_bodies, m->n_duties, m->severity[DG_SEVERITY_ERROR],
                              m->severity[DG_SEVERITY_WARNING], m->severity[DG_SEVERITY_INFO]);
      if (m->upper)
        {
          g_string_append (out, _("; upper "));
          dg_text_append (out, m->upper_town);
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_area_line (GString *out, const char *label, const GArray *models, guint present,
                  const DgRollup *r)
{
  if (models->len == 0)
    return;
  g_string_append (out, "    ");
  dg_text_append_padded (out, label, 12);
  g_string_append_printf (out, "%u/%u  ", models->len, present);
  append_models (out, r, models);
  g_string_append_c (out, '\n');
}

static void
append_areas_section (GString *out, const DgRollup *r)
{
  g_string_append (out, _("\nareas uncovered, overlapped or in conflict (count of the models that have the area)\n"));
  guint listed = 0;
  for (guint i = 0; i < r->areas->len; i++)
    {
      const DgRollupArea *a = g_ptr_array_index (r->areas, i);
      if (a->uncovered->len + a->overlapped->len + a->conflict->len == 0)
        continue;
      listed++;
      g_string_append (out, "  ");
      dg_text_append (out, a->id);
      g_string_append (out, "  ");
      dg_text_append (out, a->path);
      g_string_append_printf (out, _("  (in %u models"), a->present);
      if (a->exempt)
        g_string_append_printf (out, _(", exempt in %u"), a->exempt);
      g_string_append (out, ")\n");
      append_area_line (out, _("uncovered"), a->uncovered, a->present, r);
      append_area_line (out, _("overlapped"), a->overlapped, a->present, r);
      append_area_line (out, _("conflict"), a->conflict, a->present, r);
    }
  if (listed == 0)
    g_string_append (out, _("  none\n"));
}

static void
append_outliers_section (GString *out, const DgRollup *r)
{
  g_string_append_printf (out, _("\noutliers: %u (a model whose leads of an area differ from those of more than half the models)\n"),
                          r->n_outliers);
  for (guint i = 0; i < r->areas->len; i++)
    {
      const DgRollupArea *a = g_ptr_array_index (r->areas, i);
      if (a->norm < 0 || a->assignments->len < 2)
        continue;
      const DgAssignment *norm = g_ptr_array_index (a->assignments, a->norm);
      g_string_append (out, "  ");
      dg_text_append (out, a->id);
      g_string_append (out, "  ");
      dg_text_append (out, a->path);
      g_string_append_c (out, '\n');
      g_string_append_printf (out, _("    most (%u/%u)  "), norm->models->len, a->present);
      append_leads (out, norm);
      g_string_append_c (out, '\n');
      for (guint j = 0; j < a->assignments->len; j++)
        {
          const DgAssignment *x = g_ptr_array_index (a->assignments, j);
          if ((int) j == a->norm)
            continue;
          g_string_append (out, "    ");
          append_leads (out, x);
          g_string_append_printf (out, "  (%u)  ", x->models->len);
          append_models (out, r, x->models);
          g_string_append_c (out, '\n');
        }
    }
  gboolean header = FALSE;
  for (guint i = 0; i < r->areas->len; i++)
    {
      const DgRollupArea *a = g_ptr_array_index (r->areas, i);
      if (a->norm >= 0 || a->present == 0)
        continue;
      if (!header)
        g_string_append (out, _("  no leads shared by more than half the models:\n"));
      header = TRUE;
      g_string_append (out, "    ");
      dg_text_append (out, a->id);
      g_string_append (out, "  ");
      for (guint j = 0; j < a->assignments->len; j++)
        {
          const DgAssignment *x = g_ptr_array_index (a->assignments, j);
          if (j > 0)
            g_string_append (out, ", ");
          append_leads (out, x);
          g_string_append_printf (out, " (%u)", x->models->len);
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_load_section (GString *out, const DgRollup *r)
{
  g_string_append (out, _("\nload by body kind (distinct areas per body: led / only supported)\n"));
  g_string_append (out, _("  kind        bodies  models  led median  led max  supported median  supported max\n"));
  for (guint k = 0; k < DG_KIND_COUNT; k++)
    {
      const DgRollupKind *kind = &r->kinds[k];
      if (kind->bodies == 0)
        continue;
      g_string_append (out, "  ");
      dg_text_append_padded (out, dg_kind_label ((DgBodyKind) k), 12);
      g_string_append_printf (out, "%-8u%-8u%-12u%-9u%-18u%u\n", kind->bodies,
                              kind->models, dg_rollup_median (kind->lead_counts, kind->bodies),
                              kind->max_lead, dg_rollup_median (kind->support_counts, kind->bodies),
                              kind->max_support);
    }
  for (guint k = 0; k < DG_KIND_COUNT; k++)
    {
      const DgRollupKind *kind = &r->kinds[k];
      if (kind->bodies == 0 || kind->max_lead == 0)
        continue;
      g_string_append_printf (out, _("  most led, %s: %u  "), dg_kind_label ((DgBodyKind) k),
                              kind->max_lead);
      dg_text_append (out, kind->max_lead_name);
      g_string_append (out, _(" in "));
      dg_text_append (out, model_at (r, (guint) kind->max_lead_model)->town);
      g_string_append_c (out, '\n');
    }
}

static void
append_upper_section (GString *out, const DgRollup *r)
{
  if (r->uppers->len == 0)
    return;
  g_string_append (out, _("\nbodies of upper models\n"));
  for (guint i = 0; i < r->uppers->len; i++)
    {
      const DgRollupUpper *u = g_ptr_array_index (r->uppers, i);
      g_string_append (out, "  ");
      dg_text_append (out, u->name);
      g_string_append (out, "  (");
      dg_text_append (out, u->town);
      g_string_append (out, ")\n");
      if (u->assisted_by->len)
        {
          g_string_append_printf (out, _("    assisted in %u models: "), u->assisted_by->len);
          append_models (out, r, u->assisted_by);
          g_string_append_c (out, '\n');
        }
      if (u->reported_by->len)
        {
          g_string_append_printf (out, _("    reported to in %u models: "), u->reported_by->len);
          append_models (out, r, u->reported_by);
          g_string_append_c (out, '\n');
        }
    }
}

char *
dg_report_rollup_text (const DgRollup *r)
{
  GString *out = g_string_new (NULL);
  guint failing = 0;
  for (guint i = 0; i < r->models->len; i++)
    failing += model_at (r, i)->severity[DG_SEVERITY_ERROR] > 0;
  g_string_append_printf (out, _("summary of %u models: %u with errors; %u error, %u warning, %u info\n"),
                          r->models->len, failing, r->severity[DG_SEVERITY_ERROR],
                          r->severity[DG_SEVERITY_WARNING], r->severity[DG_SEVERITY_INFO]);
  g_string_append (out, " ");
  for (guint k = 0; k < DG_FINDING_KIND_COUNT; k++)
    g_string_append_printf (out, " %s %u", dg_text_finding_kind ((DgFindingKind) k), r->count[k]);
  g_string_append (out, "\n\n");
  append_models_section (out, r);
  append_areas_section (out, r);
  append_outliers_section (out, r);
  append_load_section (out, r);
  append_upper_section (out, r);
  return g_string_free (out, FALSE);
}
