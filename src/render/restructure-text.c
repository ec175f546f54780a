/*
 * restructure-text.c — the text summary of a restructuring: per operation
 * what moved, then everything left without a holder, which the written
 * model no longer contains and so must be read here.
 */
#include <glib/gi18n.h>

#include "render/restructure-report.h"
#include "render/text.h"

static void
body_ref (GString *out, const char *id, const char *name)
{
  dg_text_append (out, id);
  if (name)
    {
      g_string_append_c (out, ' ');
      dg_text_append (out, name);
    }
}

static void
duty_ref (GString *out, const DgEvent *e)
{
  dg_text_append (out, e->clause);
  g_string_append (out, "  ");
  dg_text_append (out, e->text);
  if (e->areas)
    {
      g_string_append (out, "  [");
      dg_text_append (out, e->areas);
      g_string_append_c (out, ']');
    }
}

/* "  merged     ": the event's word in a column of its own. */
static void
event_label (GString *out, const char *label)
{
  g_string_append (out, "  ");
  dg_text_append_padded (out, label, 11);
}

static void
append_event (GString *out, const DgEvent *e)
{
  switch (e->kind)
    {
    case DG_EVENT_BODY_ADDED:
      event_label (out, C_ ("restructure", "added"));
      body_ref (out, e->to, e->to_name);
      break;
    case DG_EVENT_BODY_RENAMED:
      event_label (out, C_ ("restructure", "renamed"));
      dg_text_append (out, e->from);
      g_string_append (out, " → ");
      body_ref (out, e->to, e->to_name);
      break;
    case DG_EVENT_BODY_MERGED:
      event_label (out, C_ ("restructure", "merged"));
      body_ref (out, e->from, e->from_name);
      g_string_append (out, " → ");
      body_ref (out, e->to, e->to_name);
      break;
    case DG_EVENT_BODY_SPLIT:
      event_label (out, C_ ("restructure", "split"));
      body_ref (out, e->from, e->from_name);
      g_string_append (out, " → ");
      body_ref (out, e->to, e->to_name);
      break;
    case DG_EVENT_BODY_DISSOLVED:
      event_label (out, C_ ("restructure", "dissolved"));
      body_ref (out, e->from, e->from_name);
      if (e->to)
        {
          g_string_append (out, _ (", successor "));
          body_ref (out, e->to, e->to_name);
        }
      else
        g_string_append (out, _ (", no successor"));
      break;
    case DG_EVENT_DUTY_MOVED:
      event_label (out, C_ ("restructure", "moved"));
      dg_text_append (out, e->from);
      g_string_append (out, " → ");
      dg_text_append (out, e->to);
      g_string_append (out, "  ");
      duty_ref (out, e);
      break;
    case DG_EVENT_DUTY_ADDED:
      event_label (out, C_ ("restructure", "duty added"));
      dg_text_append (out, e->to);
      g_string_append (out, "  ");
      duty_ref (out, e);
      break;
    case DG_EVENT_DUTY_REMOVED:
      event_label (out, C_ ("restructure", "removed"));
      dg_text_append (out, e->from);
      g_string_append (out, "  ");
      duty_ref (out, e);
      break;
    case DG_EVENT_DUTY_ORPHANED:
      event_label (out, C_ ("restructure", "orphaned"));
      dg_text_append (out, e->from);
      g_string_append (out, "  ");
      duty_ref (out, e);
      break;
    case DG_EVENT_SHARE_DROPPED:
      event_label (out, C_ ("restructure", "left"));
      dg_text_append (out, e->from);
      g_string_append (out, _ (" leaves a shared duty  "));
      duty_ref (out, e);
      break;
    case DG_EVENT_MANAGES_ORPHANED:
      event_label (out, C_ ("restructure", "unmanaged"));
      dg_text_append (out, e->from);
      g_string_append (out, _ (" managed "));
      dg_text_append (out, e->areas);
      break;
    case DG_EVENT_WITH_DROPPED:
      event_label (out, C_ ("restructure", "unlinked"));
      dg_text_append (out, e->to);
      g_string_append (out, _ (" no longer supports "));
      dg_text_append (out, e->from);
      g_string_append (out, "  ");
      duty_ref (out, e);
      break;
    }
  g_string_append_c (out, '\n');
}

char *
dg_report_restructure_text (const DgScenario *scenario, const DgRestructureLog *log,
                            const DgModel *before, const DgModel *after)
{
  GString *out = g_string_new (NULL);
  g_string_append (out, _ ("scenario "));
  dg_text_append (out, scenario->path);
  g_string_append (out, ": ");
  dg_text_append (out, scenario->title);
  g_string_append_c (out, '\n');
  if (scenario->basis)
    {
      g_string_append (out, _ ("basis: "));
      dg_text_append (out, scenario->basis);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < scenario->ops->len; i++)
    {
      const DgScenarioOp *op = g_ptr_array_index (scenario->ops, i);
      g_string_append_printf (out, _ ("\nop %u  %s  (line %d)\n"), i + 1, dg_op_name (op->kind),
                              op->loc.line);
      if (op->basis)
        {
          g_string_append (out, "  ");
          g_string_append (out, _ ("basis: "));
          dg_text_append (out, op->basis);
          g_string_append_c (out, '\n');
        }
      if (op->note)
        {
          g_string_append (out, "  ");
          g_string_append (out, _ ("note: "));
          dg_text_append (out, op->note);
          g_string_append_c (out, '\n');
        }
      for (guint k = 0; k < log->events->len; k++)
        {
          const DgEvent *e = &g_array_index (log->events, DgEvent, k);
          if (e->op == i + 1)
            append_event (out, e);
        }
    }
  /* What the new model no longer holds is listed once more, together. */
  guint lost = 0;
  for (guint k = 0; k < log->events->len; k++)
    {
      const DgEvent *e = &g_array_index (log->events, DgEvent, k);
      if (e->kind == DG_EVENT_DUTY_ORPHANED || e->kind == DG_EVENT_MANAGES_ORPHANED)
        lost++;
    }
  if (lost > 0)
    {
      g_string_append_printf (out, _ ("\nleft without a holder (%u), not in the new model:\n"), lost);
      for (guint k = 0; k < log->events->len; k++)
        {
          const DgEvent *e = &g_array_index (log->events, DgEvent, k);
          if (e->kind == DG_EVENT_DUTY_ORPHANED || e->kind == DG_EVENT_MANAGES_ORPHANED)
            {
              g_string_append_printf (out, _ ("  op %u"), e->op);
              append_event (out, e);
            }
        }
    }
  g_string_append_printf (out,
                          _ ("\n%u duties moved, %u left without a holder, %u managed-area lists "
                             "orphaned; bodies %u → %u, duties %u → %u\n"),
                          log->n_moved, log->n_orphaned, log->n_manages_orphaned,
                          before->bodies->len, after->bodies->len, before->duties->len,
                          after->duties->len);
  return g_string_free (out, FALSE);
}
