/*
 * diff-text.c — `diff` for people: what happened to the bodies and the
 * duties, then what the change does to the findings — opened first, the
 * ones that matter for review — then each body's load before and after.
 */
#include <glib/gi18n.h>

#include "render/diff-report.h"
#include "render/text.h"

static const char *const match_words[] = { NC_ ("match", "same id"), NC_ ("match", "same name"),
                                           NC_ ("match", "by alias") };

/* "  removed  ": a change's word in a column of its own. */
static void
change_label (GString *out, const char *label, guint width)
{
  g_string_append (out, "  ");
  dg_text_append_padded (out, label, width);
}

static void
append_body (GString *out, const DgModel *m, int body)
{
  dg_text_append (out, dg_model_body (m, body)->name);
  g_string_append (out, " (");
  dg_text_append (out, dg_model_body (m, body)->id);
  g_string_append_c (out, ')');
}

static void
append_finding (GString *out, const DgReport *report, const DgFinding *f)
{
  const DgModel *m = report->graph->model;
  dg_text_append_padded (out, dg_text_severity (f->severity), 9);
  dg_text_append_padded (out, dg_text_finding_kind (f->kind), 11);
  if (f->area >= 0)
    {
      dg_text_append_area (out, m, f->area);
    }
  else if (f->duty >= 0)
    {
      dg_text_append (out, dg_model_duty (m, f->duty)->clause);
      g_string_append (out, "  ");
      dg_text_append (out, dg_model_duty (m, f->duty)->text);
    }
  else if (f->kind == DG_FINDING_PRINCIPLE && f->message)
    dg_text_append (out, f->message);
  else if (f->body >= 0)
    append_body (out, m, f->body);
  if (f->holdings->len > 0 && f->kind != DG_FINDING_UNCOVERED)
    {
      g_autofree char *names = dg_diff_holder_names (report, f);
      g_string_append (out, "  [");
      dg_text_append (out, names);
      g_string_append_c (out, ']');
    }
  g_string_append_c (out, '\n');
}

static void
append_changes (GString *out, const DgDiff *diff, const GArray *changes, const char *word)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const DgFindingChange *c = &g_array_index (changes, DgFindingChange, i);
      change_label (out, word, 8);
      if (c->new_finding)
        append_finding (out, diff->new_report, c->new_finding);
      else
        append_finding (out, diff->old_report, c->old_finding);
      if (c->old_finding && c->new_finding)
        {
          g_autofree char *before = dg_diff_holder_names (diff->old_report, c->old_finding);
          g_string_append (out, "            ");
          g_string_append (out, _ ("was held by "));
          dg_text_append (out, before);
          g_string_append_c (out, '\n');
        }
    }
}

char *
dg_report_diff_text (const DgDiff *diff, DgSeverity fail_on)
{
  const DgModel *om = diff->old_report->graph->model, *nm = diff->new_report->graph->model;
  GString *out = g_string_new (NULL);
  g_autoptr (GString) old_path = g_string_new (NULL), new_path = g_string_new (NULL);
  dg_text_append (old_path, om->path);
  dg_text_append (new_path, nm->path);
  g_string_append_printf (out, _ ("diff %s → %s\n"), old_path->str, new_path->str);

  guint renamed = 0;
  for (guint i = 0; i < diff->matches->len; i++)
    renamed += g_array_index (diff->matches, DgBodyMatch, i).how != DG_MATCH_ID;
  g_string_append_printf (out, _ ("\nbodies: %u removed, %u added, %u matched under another id\n"),
                          diff->removed->len, diff->added->len, renamed);
  for (guint i = 0; i < diff->matches->len; i++)
    {
      const DgBodyMatch *match = &g_array_index (diff->matches, DgBodyMatch, i);
      if (match->how == DG_MATCH_ID
          && g_str_equal (dg_model_body (om, match->old_body)->name,
                          dg_model_body (nm, match->new_body)->name))
        continue;
      change_label (out, C_ ("diff", "became"), 9);
      append_body (out, om, match->old_body);
      g_string_append (out, " → ");
      append_body (out, nm, match->new_body);
      g_string_append_printf (out, "  (%s)\n", g_dpgettext2 (NULL, "match", match_words[match->how]));
    }
  for (guint i = 0; i < diff->removed->len; i++)
    {
      change_label (out, C_ ("diff", "removed"), 9);
      append_body (out, om, g_array_index (diff->removed, int, i));
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < diff->added->len; i++)
    {
      change_label (out, C_ ("diff", "added"), 9);
      append_body (out, nm, g_array_index (diff->added, int, i));
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, _ ("\nduties: %u moved, %u removed, %u added\n"), diff->moved->len,
                          diff->duties_removed->len, diff->duties_added->len);
  for (guint i = 0; i < diff->moved->len; i++)
    {
      const DgDutyMove *move = &g_array_index (diff->moved, DgDutyMove, i);
      const DgDuty *od = dg_model_duty (om, move->old_duty), *nd = dg_model_duty (nm, move->new_duty);
      change_label (out, C_ ("diff", "moved"), 9);
      dg_text_append (out, od->clause);
      g_string_append (out, "  ");
      for (guint b = 0; b < od->bodies->len; b++)
        {
          if (b)
            g_string_append (out, "、");
          dg_text_append (out, dg_model_body (om, g_array_index (od->bodies, int, b))->name);
        }
      g_string_append (out, " → ");
      for (guint b = 0; b < nd->bodies->len; b++)
        {
          if (b)
            g_string_append (out, "、");
          dg_text_append (out, dg_model_body (nm, g_array_index (nd->bodies, int, b))->name);
        }
      g_string_append (out, "\n           ");
      dg_text_append (out, nd->text);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < diff->duties_removed->len; i++)
    {
      const DgDuty *d = dg_model_duty (om, g_array_index (diff->duties_removed, int, i));
      change_label (out, C_ ("diff", "removed"), 9);
      dg_text_append (out, d->clause);
      g_string_append (out, "  ");
      dg_text_append (out, d->text);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < diff->duties_added->len; i++)
    {
      const DgDuty *d = dg_model_duty (nm, g_array_index (diff->duties_added, int, i));
      change_label (out, C_ ("diff", "added"), 9);
      dg_text_append (out, d->clause);
      g_string_append (out, "  ");
      dg_text_append (out, d->text);
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out,
                          _ ("\nfindings: %u areas lost every holder, %u opened, %u closed, %u with "
                             "other holders; %u at or above %s\n"),
                          diff->areas_lost->len, diff->opened->len, diff->closed->len,
                          diff->changed->len, dg_diff_opened_at_least (diff, fail_on),
                          dg_text_severity (fail_on));
  for (guint i = 0; i < diff->areas_lost->len; i++)
    {
      int area = g_array_index (diff->areas_lost, int, i);
      change_label (out, C_ ("diff", "lost"), 8);
      dg_text_append_padded (out, dg_text_severity (DG_SEVERITY_WARNING), 9);
      dg_text_append_padded (out, _ ("no holder"), 11);
      dg_text_append_area (out, om, area);
      g_string_append_c (out, '\n');
    }
  append_changes (out, diff, diff->opened, C_ ("diff", "opened"));
  append_changes (out, diff, diff->closed, C_ ("diff", "closed"));
  append_changes (out, diff, diff->changed, C_ ("diff", "changed"));

  g_string_append_printf (out, _ ("\nload (areas led + areas only supported), %u bodies changed\n"),
                          diff->load->len);
  for (guint i = 0; i < diff->load->len; i++)
    {
      const DgLoadChange *c = &g_array_index (diff->load, DgLoadChange, i);
      g_string_append (out, "  ");
      if (c->old_body >= 0)
        append_body (out, om, c->old_body);
      if (c->old_body >= 0 && c->new_body >= 0
          && !g_str_equal (dg_model_body (om, c->old_body)->id, dg_model_body (nm, c->new_body)->id))
        g_string_append (out, " → ");
      if (c->new_body >= 0
          && (c->old_body < 0
              || !g_str_equal (dg_model_body (om, c->old_body)->id, dg_model_body (nm, c->new_body)->id)))
        append_body (out, nm, c->new_body);
      if (c->old_body >= 0)
        g_string_append_printf (out, "  %u+%u", c->old_lead, c->old_support);
      else
        g_string_append (out, "  -");
      if (c->new_body >= 0)
        g_string_append_printf (out, " → %u+%u\n", c->new_lead, c->new_support);
      else
        g_string_append (out, " → -\n");
    }
  return g_string_free (out, FALSE);
}
