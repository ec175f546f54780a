/*
 * baseline-apply.c — a baseline's entries matched to a report's findings
 * (see baseline-apply.h).
 */
#include <glib/gi18n.h>

#include "analysis/baseline-apply.h"
#include "model/model-names.h"
#include "util/diag.h"

void
dg_baseline_outcome_free (DgBaselineOutcome *o)
{
  if (o == NULL)
    return;
  g_free (o->path);
  g_ptr_array_unref (o->stale);
  g_free (o);
}

static gint
by_text (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* The ids of the bodies a finding involves, sorted, each once. */
static GPtrArray *
finding_bodies (const DgModel *m, const DgFinding *f)
{
  GPtrArray *ids = g_ptr_array_new ();
  if (f->body >= 0)
    g_ptr_array_add (ids, dg_model_body (m, f->body)->id);
  for (guint i = 0; i < f->holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (f->holdings, DgHolding, i);
      if (h->body >= 0)
        g_ptr_array_add (ids, dg_model_body (m, h->body)->id);
    }
  g_ptr_array_sort (ids, by_text);
  for (guint i = ids->len; i-- > 1;)
    if (g_str_equal (g_ptr_array_index (ids, i), g_ptr_array_index (ids, i - 1)))
      g_ptr_array_remove_index (ids, i);
  return ids;
}

static const char *
finding_clause (const DgModel *m, const DgFinding *f)
{
  return f->duty >= 0 ? dg_model_duty (m, f->duty)->clause : NULL;
}

static const char *
finding_principle (const DgModel *m, const DgFinding *f)
{
  return f->kind == DG_FINDING_PRINCIPLE && f->principle >= 0
             ? ((const DgPrinciple *) g_ptr_array_index (m->principles, f->principle))->id
             : NULL;
}

/* The ids an entry's bodies stand for, sorted, each once; a name that
 * names no body stays as written (and so matches no finding). */
static GPtrArray *
entry_bodies (const DgModel *m, const DgBaselineEntry *e)
{
  GPtrArray *ids = g_ptr_array_new ();
  for (guint i = 0; i < e->bodies->len; i++)
    {
      const char *text = g_ptr_array_index (e->bodies, i);
      int b = dg_model_find_body (m, text);
      g_ptr_array_add (ids, b >= 0 ? dg_model_body (m, b)->id : (char *) text);
    }
  g_ptr_array_sort (ids, by_text);
  for (guint i = ids->len; i-- > 1;)
    if (g_str_equal (g_ptr_array_index (ids, i), g_ptr_array_index (ids, i - 1)))
      g_ptr_array_remove_index (ids, i);
  return ids;
}

static gboolean
same_ids (const GPtrArray *a, const GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

static gboolean
entry_matches (const DgModel *m, const DgBaselineEntry *e, const DgFinding *f)
{
  if (!g_str_equal (e->kind, dg_finding_kind_name (f->kind)))
    return FALSE;
  if (e->area && (f->area < 0 || dg_model_find_area (m, e->area) != f->area))
    return FALSE;
  if (e->clause && g_strcmp0 (e->clause, finding_clause (m, f)) != 0)
    return FALSE;
  if (e->principle && g_strcmp0 (e->principle, finding_principle (m, f)) != 0)
    return FALSE;
  if (e->bodies)
    {
      g_autoptr (GPtrArray) want = entry_bodies (m, e);
      g_autoptr (GPtrArray) have = finding_bodies (m, f);
      if (!same_ids (want, have))
        return FALSE;
    }
  return TRUE;
}

static gboolean
known_kind (const char *name)
{
  for (int k = 0; k < DG_FINDING_KIND_COUNT; k++)
    if (g_str_equal (name, dg_finding_kind_name ((DgFindingKind) k)))
      return TRUE;
  return FALSE;
}

static DgBaselineEntry *
entry_copy (const DgBaselineEntry *e)
{
  DgBaselineEntry *c = dg_baseline_entry_new ();
  c->kind = g_strdup (e->kind);
  c->area = g_strdup (e->area);
  if (e->bodies)
    {
      c->bodies = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < e->bodies->len; i++)
        g_ptr_array_add (c->bodies, g_strdup (g_ptr_array_index (e->bodies, i)));
    }
  c->clause = g_strdup (e->clause);
  c->principle = g_strdup (e->principle);
  c->reason = g_strdup (e->reason);
  c->reviewer = g_strdup (e->reviewer);
  c->date = g_strdup (e->date);
  c->loc = e->loc;
  c->loc.file = NULL;
  return c;
}

DgBaselineOutcome *
dg_baseline_apply (const DgBaseline *baseline, DgReport *report, GError **error)
{
  const DgModel *m = report->graph->model;
  if (baseline->model && m->doc_id && !g_str_equal (baseline->model, m->doc_id))
    {
      g_autofree char *line
          = dg_diag_printf (baseline->path, 1, 1, _ ("this baseline is for the document '%s', not '%s' (%s)"),
                            baseline->model, m->doc_id, m->path);
      g_set_error_literal (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID, line);
      return NULL;
    }
  GString *problems = g_string_new (NULL);
  for (guint i = 0; i < baseline->entries->len; i++)
    {
      const DgBaselineEntry *e = g_ptr_array_index (baseline->entries, i);
      if (e->kind && !known_kind (e->kind))
        {
          g_autofree char *line = dg_diag_printf (e->loc.file, e->loc.line, e->loc.column,
                                                  _ ("unknown finding kind '%s'"), e->kind);
          g_string_append_printf (problems, "%s%s", problems->len ? "\n" : "", line);
        }
    }
  if (problems->len)
    {
      g_set_error_literal (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID, problems->str);
      g_string_free (problems, TRUE);
      return NULL;
    }
  g_string_free (problems, TRUE);
  DgBaselineOutcome *o = g_new0 (DgBaselineOutcome, 1);
  o->path = g_strdup (baseline->path);
  o->stale = g_ptr_array_new_with_free_func (dg_baseline_entry_free);
  g_autofree gboolean *used = g_new0 (gboolean, baseline->entries->len + 1);
  for (guint i = report->findings->len; i-- > 0;)
    {
      const DgFinding *f = g_ptr_array_index (report->findings, i);
      gboolean accepted = FALSE;
      for (guint k = 0; k < baseline->entries->len; k++)
        if (entry_matches (m, g_ptr_array_index (baseline->entries, k), f))
          used[k] = accepted = TRUE;
      if (!accepted)
        continue;
      report->count[f->kind]--;
      o->accepted++;
      g_ptr_array_remove_index (report->findings, i);
    }
  for (guint k = 0; k < baseline->entries->len; k++)
    if (!used[k])
      g_ptr_array_add (o->stale, entry_copy (g_ptr_array_index (baseline->entries, k)));
  return o;
}

DgBaseline *
dg_baseline_from_report (const DgReport *report, const char *path)
{
  const DgModel *m = report->graph->model;
  DgBaseline *b = dg_baseline_new (path, m->doc_id);
  for (guint i = 0; i < report->findings->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (report->findings, i);
      DgBaselineEntry *e = dg_baseline_entry_new ();
      e->kind = g_strdup (dg_finding_kind_name (f->kind));
      e->area = f->area >= 0 ? g_strdup (dg_model_area (m, f->area)->id) : NULL;
      g_autoptr (GPtrArray) ids = finding_bodies (m, f);
      if (ids->len > 0)
        {
          e->bodies = g_ptr_array_new_with_free_func (g_free);
          for (guint k = 0; k < ids->len; k++)
            g_ptr_array_add (e->bodies, g_strdup (g_ptr_array_index (ids, k)));
        }
      e->clause = g_strdup (finding_clause (m, f));
      e->principle = g_strdup (finding_principle (m, f));
      g_ptr_array_add (b->entries, e);
    }
  return b;
}
