/*
 * diff.c — comparing two checked models (see diff.h).
 *
 * Everything is matched by what a reader would recognise across two
 * editions: bodies by id, name or alias; duties by their clause and text;
 * findings by their kind, severity and subject (the area's id, the body's id, the
 * duty's clause and text, the principle's id).  A finding on both sides
 * whose holders differ is "changed": the school-bus conflict that survives
 * a merger, now between other bodies.
 */
#include <string.h>

#include "analysis/diff.h"

static char *
finding_key (const DgReport *report, const DgFinding *f)
{
  const DgModel *m = report->graph->model;
  /* The severity is part of the key: a weakly covered area that becomes
   * uncovered outright has got worse, and must count as opened. */
  g_autofree char *kind = g_strconcat (dg_finding_kind_name (f->kind), "/",
                                       dg_severity_name (f->severity), NULL);
  /* A principle's message names bodies, which a merger renames; its
   * principle, area and clause say what is broken. */
  if (f->kind == DG_FINDING_PRINCIPLE && f->principle >= 0)
    return g_strdup_printf ("%s|%s|%s|%s", kind,
                            ((const DgPrinciple *) g_ptr_array_index (m->principles, f->principle))->id,
                            f->area >= 0 ? dg_model_area (m, f->area)->id : "",
                            f->duty >= 0 ? dg_model_duty (m, f->duty)->clause : "");
  if (f->area >= 0)
    return g_strdup_printf ("%s|%s", kind, dg_model_area (m, f->area)->id);
  if (f->duty >= 0)
    {
      const DgDuty *d = dg_model_duty (m, f->duty);
      return g_strdup_printf ("%s|%s|%s", kind, d->clause, d->text);
    }
  if (f->body >= 0)
    return g_strdup_printf ("%s|%s", kind, dg_model_body (m, f->body)->name);
  return g_strdup (kind);
}

char *
dg_diff_holder_names (const DgReport *report, const DgFinding *f)
{
  const DgModel *m = report->graph->model;
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  for (guint i = 0; i < f->holdings->len; i++)
    {
      const char *name = dg_model_body (m, g_array_index (f->holdings, DgHolding, i).body)->name;
      gboolean seen = FALSE;
      for (guint j = 0; j < names->len && !seen; j++)
        seen = g_str_equal (g_ptr_array_index (names, j), name);
      if (!seen)
        g_ptr_array_add (names, (gpointer) name);
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("、", (char **) names->pdata);
}

/* Findings by key, for the other side to look up. */
static GHashTable *
index_findings (const DgReport *report)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < report->findings->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (report->findings, i);
      g_hash_table_insert (table, finding_key (report, f), (gpointer) f);
    }
  return table;
}

static void
diff_findings (DgDiff *diff)
{
  g_autoptr (GHashTable) old_index = index_findings (diff->old_report);
  g_autoptr (GHashTable) new_index = index_findings (diff->new_report);
  const GPtrArray *nf = diff->new_report->findings, *of = diff->old_report->findings;
  for (guint i = 0; i < nf->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (nf, i);
      g_autofree char *key = finding_key (diff->new_report, f);
      const DgFinding *before = g_hash_table_lookup (old_index, key);
      DgFindingChange change = { before, f };
      if (before == NULL)
        g_array_append_val (diff->opened, change);
      else
        {
          g_autofree char *a = dg_diff_holder_names (diff->old_report, before);
          g_autofree char *b = dg_diff_holder_names (diff->new_report, f);
          if (!g_str_equal (a, b))
            g_array_append_val (diff->changed, change);
        }
    }
  for (guint i = 0; i < of->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (of, i);
      g_autofree char *key = finding_key (diff->old_report, f);
      if (!g_hash_table_contains (new_index, key))
        {
          DgFindingChange change = { f, NULL };
          g_array_append_val (diff->closed, change);
        }
    }
}

static gboolean
has_alias (const DgBody *body, const char *name)
{
  for (guint i = 0; i < body->aliases->len; i++)
    if (g_str_equal (g_ptr_array_index (body->aliases, i), name))
      return TRUE;
  return FALSE;
}

static void
match_bodies (DgDiff *diff, int *new_of_old)
{
  const DgModel *om = diff->old_report->graph->model, *nm = diff->new_report->graph->model;
  g_autofree gboolean *new_matched = g_new0 (gboolean, nm->bodies->len + 1);
  for (guint o = 0; o < om->bodies->len; o++)
    {
      const DgBody *ob = dg_model_body (om, (int) o);
      int n = dg_model_body_index (nm, ob->id);
      DgBodyMatchKind how = DG_MATCH_ID;
      for (guint k = 0; n < 0 && k < nm->bodies->len; k++)
        if (g_str_equal (dg_model_body (nm, (int) k)->name, ob->name))
          n = (int) k, how = DG_MATCH_NAME;
      for (guint k = 0; n < 0 && k < nm->bodies->len; k++)
        {
          const DgBody *nb = dg_model_body (nm, (int) k);
          if (has_alias (nb, ob->name) || has_alias (ob, nb->name))
            n = (int) k, how = DG_MATCH_ALIAS;
        }
      new_of_old[o] = n;
      if (n < 0)
        {
          int index = (int) o;
          g_array_append_val (diff->removed, index);
          continue;
        }
      new_matched[n] = TRUE;
      DgBodyMatch match = { (int) o, n, how };
      g_array_append_val (diff->matches, match);
    }
  for (guint k = 0; k < nm->bodies->len; k++)
    if (!new_matched[k])
      {
        int index = (int) k;
        g_array_append_val (diff->added, index);
      }
}

static char *
duty_key (const DgDuty *d)
{
  /* White space differs between editions without changing the item. */
  GString *key = g_string_new (d->clause);
  g_string_append_c (key, '|');
  for (const char *p = d->text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_len (key, p, g_utf8_next_char (p) - p);
  return g_string_free (key, FALSE);
}

/* Whether NEW binds exactly the bodies OLD binds, mapped through NEW_OF_OLD. */
static gboolean
same_holders (const DgDuty *old_duty, const DgDuty *new_duty, const int *new_of_old)
{
  if (old_duty->kinds != 0 || new_duty->kinds != 0)
    return old_duty->kinds == new_duty->kinds;
  if (old_duty->bodies->len != new_duty->bodies->len)
    return FALSE;
  for (guint i = 0; i < old_duty->bodies->len; i++)
    {
      int mapped = new_of_old[g_array_index (old_duty->bodies, int, i)];
      gboolean found = FALSE;
      for (guint j = 0; j < new_duty->bodies->len && !found; j++)
        found = g_array_index (new_duty->bodies, int, j) == mapped;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static void
diff_duties (DgDiff *diff, const int *new_of_old)
{
  const DgModel *om = diff->old_report->graph->model, *nm = diff->new_report->graph->model;
  /* An item split by role gives several duties with one key: pair them in order. */
  g_autoptr (GHashTable) new_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             (GDestroyNotify) g_array_unref);
  for (guint d = 0; d < nm->duties->len; d++)
    {
      char *key = duty_key (dg_model_duty (nm, (int) d));
      GArray *list = g_hash_table_lookup (new_by_key, key);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (int));
          g_hash_table_insert (new_by_key, key, list);
        }
      else
        g_free (key);
      int index = (int) d;
      g_array_append_val (list, index);
    }
  g_autofree gboolean *new_used = g_new0 (gboolean, nm->duties->len + 1);
  for (guint d = 0; d < om->duties->len; d++)
    {
      const DgDuty *od = dg_model_duty (om, (int) d);
      g_autofree char *key = duty_key (od);
      GArray *list = g_hash_table_lookup (new_by_key, key);
      int match = -1;
      /* Prefer the duty with the same holders, so an unchanged item is not
       * reported as moved just because its twin moved. */
      for (guint i = 0; list && i < list->len && match < 0; i++)
        {
          int n = g_array_index (list, int, i);
          if (!new_used[n] && same_holders (od, dg_model_duty (nm, n), new_of_old))
            match = n;
        }
      for (guint i = 0; list && i < list->len && match < 0; i++)
        if (!new_used[g_array_index (list, int, i)])
          match = g_array_index (list, int, i);
      if (match < 0)
        {
          int index = (int) d;
          g_array_append_val (diff->duties_removed, index);
          continue;
        }
      new_used[match] = TRUE;
      if (!same_holders (od, dg_model_duty (nm, match), new_of_old))
        {
          DgDutyMove move = { (int) d, match };
          g_array_append_val (diff->moved, move);
        }
    }
  for (guint d = 0; d < nm->duties->len; d++)
    if (!new_used[d])
      {
        int index = (int) d;
        g_array_append_val (diff->duties_added, index);
      }
}

static void
diff_load (DgDiff *diff)
{
  const DgGraph *og = diff->old_report->graph, *ng = diff->new_report->graph;
  for (guint i = 0; i < diff->matches->len; i++)
    {
      const DgBodyMatch *match = &g_array_index (diff->matches, DgBodyMatch, i);
      DgLoadChange change = { match->old_body, match->new_body, 0, 0, 0, 0 };
      dg_graph_body_area_counts (og, match->old_body, &change.old_lead, &change.old_support);
      dg_graph_body_area_counts (ng, match->new_body, &change.new_lead, &change.new_support);
      if (change.old_lead != change.new_lead || change.old_support != change.new_support)
        g_array_append_val (diff->load, change);
    }
  for (guint i = 0; i < diff->removed->len; i++)
    {
      DgLoadChange change = { g_array_index (diff->removed, int, i), -1, 0, 0, 0, 0 };
      dg_graph_body_area_counts (og, change.old_body, &change.old_lead, &change.old_support);
      g_array_append_val (diff->load, change);
    }
  for (guint i = 0; i < diff->added->len; i++)
    {
      DgLoadChange change = { -1, g_array_index (diff->added, int, i), 0, 0, 0, 0 };
      dg_graph_body_area_counts (ng, change.new_body, &change.new_lead, &change.new_support);
      g_array_append_val (diff->load, change);
    }
}

/* An area held before and by nobody after is a loss even when the
 * taxonomy does not expect it: a dissolution without successor leaves its
 * projects unsupervised (张发〔2020〕47号 五(三)). */
static void
diff_areas (DgDiff *diff)
{
  const DgGraph *og = diff->old_report->graph, *ng = diff->new_report->graph;
  const DgModel *om = og->model, *nm = ng->model;
  for (guint a = 0; a < om->areas->len; a++)
    {
      g_autoptr (GArray) before = dg_graph_area_holdings (og, (int) a);
      if (dg_holdings_distinct_bodies (before, TRUE) == 0)
        continue;
      int n = dg_model_area_index (nm, dg_model_area (om, (int) a)->id);
      guint after = 0;
      if (n >= 0)
        {
          g_autoptr (GArray) holdings = dg_graph_area_holdings (ng, n);
          after = dg_holdings_distinct_bodies (holdings, TRUE);
        }
      if (after == 0)
        {
          int index = (int) a;
          g_array_append_val (diff->areas_lost, index);
        }
    }
}

static void
holding_change_free (gpointer data)
{
  DgHoldingChange *c = data;
  g_array_unref (c->old_duties);
  g_array_unref (c->new_duties);
  g_free (c);
}

/* The line of HOLDINGS for (NEW_BODY, OLD_BODY for a body with no match,
 * area AREA_ID, ROLE), made when missing. */
static DgHoldingChange *
holding_line (GPtrArray *holdings, int new_body, int old_body, const char *area_id,
              const DgModel *om, const DgModel *nm, DgRole role)
{
  for (guint i = 0; i < holdings->len; i++)
    {
      DgHoldingChange *c = g_ptr_array_index (holdings, i);
      if (c->new_body == new_body && (new_body >= 0 || c->old_body == old_body) && c->role == role
          && g_str_equal (dg_model_area (c->new_area >= 0 ? nm : om,
                                         c->new_area >= 0 ? c->new_area : c->old_area)->id,
                          area_id))
        return c;
    }
  DgHoldingChange *c = g_new0 (DgHoldingChange, 1);
  c->new_body = new_body;
  c->old_body = -1;
  c->old_area = dg_model_area_index (om, area_id);
  c->new_area = dg_model_area_index (nm, area_id);
  c->role = role;
  c->old_duties = g_array_new (FALSE, FALSE, sizeof (int));
  c->new_duties = g_array_new (FALSE, FALSE, sizeof (int));
  g_ptr_array_add (holdings, c);
  return c;
}

static gboolean
has_duty (const GArray *duties, int duty)
{
  for (guint i = 0; i < duties->len; i++)
    if (g_array_index (duties, int, i) == duty)
      return TRUE;
  return FALSE;
}

/* Every body's own holdings, lined up across the two models, and what
 * happened to each line.  A duty DgDiff.moved carried from one body to
 * another is one transfer, not a removal and an addition: the removed
 * line gives the moved duty to the added line with the same area and
 * role that states it in NEW. */
static void
diff_holdings (DgDiff *diff, const int *new_of_old)
{
  const DgGraph *og = diff->old_report->graph, *ng = diff->new_report->graph;
  const DgModel *om = og->model, *nm = ng->model;
  for (guint b = 0; b < om->bodies->len; b++)
    {
      g_autoptr (GArray) held = dg_graph_body_holdings (og, (int) b);
      for (guint i = 0; i < held->len; i++)
        {
          const DgHolding *h = &g_array_index (held, DgHolding, i);
          if (h->class_wide)
            continue;
          DgHoldingChange *c = holding_line (diff->holdings, new_of_old[b], (int) b,
                                             dg_model_area (om, h->area)->id, om, nm, h->role);
          /* Of several OLD bodies merged into one, the one under another id is named. */
          if (c->old_body < 0 || new_of_old[b] < 0
              || !g_str_equal (dg_model_body (om, (int) b)->id, dg_model_body (nm, new_of_old[b])->id))
            c->old_body = (int) b;
          g_array_append_val (c->old_duties, h->duty);
        }
    }
  for (guint b = 0; b < nm->bodies->len; b++)
    {
      g_autoptr (GArray) held = dg_graph_body_holdings (ng, (int) b);
      for (guint i = 0; i < held->len; i++)
        {
          const DgHolding *h = &g_array_index (held, DgHolding, i);
          if (h->class_wide)
            continue;
          DgHoldingChange *c = holding_line (diff->holdings, (int) b, -1,
                                             dg_model_area (nm, h->area)->id, om, nm, h->role);
          g_array_append_val (c->new_duties, h->duty);
        }
    }
  for (guint i = 0; i < diff->holdings->len; i++)
    {
      DgHoldingChange *c = g_ptr_array_index (diff->holdings, i);
      if (c->old_duties->len == 0)
        c->kind = DG_HOLDING_ADDED;
      else if (c->new_duties->len == 0)
        c->kind = DG_HOLDING_REMOVED;
      else if (g_str_equal (dg_model_body (om, c->old_body)->id, dg_model_body (nm, c->new_body)->id))
        c->kind = DG_HOLDING_KEPT;
      else
        c->kind = DG_HOLDING_CARRIED;
    }

  g_autofree int *moved_to = g_new (int, om->duties->len + 1);
  for (guint d = 0; d < om->duties->len; d++)
    moved_to[d] = -1;
  for (guint i = 0; i < diff->moved->len; i++)
    {
      const DgDutyMove *move = &g_array_index (diff->moved, DgDutyMove, i);
      moved_to[move->old_duty] = move->new_duty;
    }
  for (guint i = 0; i < diff->holdings->len; i++)
    {
      DgHoldingChange *gone = g_ptr_array_index (diff->holdings, i);
      if (gone->kind != DG_HOLDING_REMOVED)
        continue;
      for (guint k = 0; k < gone->old_duties->len;)
        {
          int duty = g_array_index (gone->old_duties, int, k);
          gboolean given = FALSE;
          for (guint j = 0; moved_to[duty] >= 0 && j < diff->holdings->len; j++)
            {
              DgHoldingChange *to = g_ptr_array_index (diff->holdings, j);
              gboolean open = to->kind == DG_HOLDING_ADDED
                              || (to->kind == DG_HOLDING_TRANSFERRED && to->old_body == gone->old_body);
              if (open && to->role == gone->role && to->new_area >= 0 && gone->old_area >= 0
                  && g_str_equal (dg_model_area (nm, to->new_area)->id,
                                  dg_model_area (om, gone->old_area)->id)
                  && has_duty (to->new_duties, moved_to[duty]))
                {
                  to->kind = DG_HOLDING_TRANSFERRED;
                  to->old_body = gone->old_body;
                  g_array_append_val (to->old_duties, duty);
                  given = TRUE;
                }
            }
          if (given)
            g_array_remove_index (gone->old_duties, k);
          else
            k++;
        }
    }
  for (guint i = diff->holdings->len; i-- > 0;)
    {
      DgHoldingChange *c = g_ptr_array_index (diff->holdings, i);
      if (c->kind == DG_HOLDING_REMOVED && c->old_duties->len == 0)
        g_ptr_array_remove_index (diff->holdings, i);
    }
}

DgDiff *
dg_diff_compute (const DgReport *old_report, const DgReport *new_report)
{
  DgDiff *diff = g_new0 (DgDiff, 1);
  diff->old_report = old_report;
  diff->new_report = new_report;
  diff->matches = g_array_new (FALSE, FALSE, sizeof (DgBodyMatch));
  diff->removed = g_array_new (FALSE, FALSE, sizeof (int));
  diff->added = g_array_new (FALSE, FALSE, sizeof (int));
  diff->moved = g_array_new (FALSE, FALSE, sizeof (DgDutyMove));
  diff->duties_removed = g_array_new (FALSE, FALSE, sizeof (int));
  diff->duties_added = g_array_new (FALSE, FALSE, sizeof (int));
  diff->opened = g_array_new (FALSE, FALSE, sizeof (DgFindingChange));
  diff->closed = g_array_new (FALSE, FALSE, sizeof (DgFindingChange));
  diff->changed = g_array_new (FALSE, FALSE, sizeof (DgFindingChange));
  diff->load = g_array_new (FALSE, FALSE, sizeof (DgLoadChange));
  diff->areas_lost = g_array_new (FALSE, FALSE, sizeof (int));
  diff->holdings = g_ptr_array_new_with_free_func (holding_change_free);
  const DgModel *om = old_report->graph->model;
  g_autofree int *new_of_old = g_new0 (int, om->bodies->len + 1);
  match_bodies (diff, new_of_old);
  diff_duties (diff, new_of_old);
  diff_findings (diff);
  diff_load (diff);
  diff_areas (diff);
  diff_holdings (diff, new_of_old);
  return diff;
}

void
dg_diff_free (DgDiff *diff)
{
  if (diff == NULL)
    return;
  g_array_unref (diff->matches);
  g_array_unref (diff->removed);
  g_array_unref (diff->added);
  g_array_unref (diff->moved);
  g_array_unref (diff->duties_removed);
  g_array_unref (diff->duties_added);
  g_array_unref (diff->opened);
  g_array_unref (diff->closed);
  g_array_unref (diff->changed);
  g_array_unref (diff->load);
  g_array_unref (diff->areas_lost);
  g_ptr_array_unref (diff->holdings);
  g_free (diff);
}

guint
dg_diff_opened_at_least (const DgDiff *diff, DgSeverity severity)
{
  guint n = 0;
  for (guint i = 0; i < diff->opened->len; i++)
    if (g_array_index (diff->opened, DgFindingChange, i).new_finding->severity >= severity)
      n++;
  if (severity <= DG_SEVERITY_WARNING)
    n += diff->areas_lost->len;
  return n;
}
