/*
 * restructure.c — a scenario's operations applied to a copy of a model
 * (see restructure.h and docs/scenario-format.md).
 *
 * Bodies removed by an operation stay in the arrays, marked dead, until
 * the end, so indexes stay valid while operations run; the model is then
 * compacted and every body reference renumbered.  A duty that binds
 * several bodies is first given a separate copy for the body being moved
 * when only part of it moves, so the other holders keep exactly what they
 * had.
 */
#include <glib/gi18n.h>

#include <string.h>

#include "analysis/restructure.h"
#include "util/diag.h"
#include "model/model-names.h"

typedef struct {
  DgModel *m;
  const DgScenario *s;
  GArray *body_dead;    /* gboolean per body */
  GArray *duty_dead;    /* gboolean per duty */
  GPtrArray *history;   /* per body: GPtrArray of the ids it had, for rename cycles */
  GHashTable *removed;  /* id, name or alias -> GUINT_TO_POINTER (op number) of the operation that removed it */
  GHashTable *unknown;  /* names already reported as not defined */
  GString *errors;
  guint n_errors;
  DgRestructureLog *log;
  guint op_number;
  char *provenance;     /* what the current operation writes on the duties it moves */
  char *scenario_name;
} Work;

static void G_GNUC_PRINTF (3, 4)
fail (Work *wk, DgLoc loc, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  if (wk->n_errors++ > 0)
    g_string_append_c (wk->errors, '\n');
  g_autofree char *line = dg_diag_line (loc.file, loc.line, loc.column, message);
  g_string_append (wk->errors, line);
}

/* ---- the copy ---------------------------------------------------------- */

static GArray *
copy_ints (const GArray *from)
{
  GArray *to = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_vals (to, from->data, from->len);
  return to;
}

/* ---- the log ----------------------------------------------------------- */

static void
event_clear (gpointer data)
{
  DgEvent *e = data;
  g_free (e->from);
  g_free (e->from_name);
  g_free (e->to);
  g_free (e->to_name);
  g_free (e->clause);
  g_free (e->text);
  g_free (e->areas);
}

void
dg_restructure_log_free (DgRestructureLog *log)
{
  if (log == NULL)
    return;
  g_array_unref (log->events);
  g_free (log);
}

static char *
join_areas (const DgModel *m, const GArray *areas)
{
  if (areas == NULL || areas->len == 0)
    return NULL;
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < areas->len; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "",
                            dg_model_area (m, g_array_index (areas, int, i))->id);
  return g_string_free (s, FALSE);
}

static void
record (Work *wk, DgEventKind kind, int from, int to, const DgDuty *d, const GArray *areas)
{
  DgEvent e = { wk->op_number, kind };
  if (from >= 0)
    {
      e.from = g_strdup (dg_model_body (wk->m, from)->id);
      e.from_name = g_strdup (dg_model_body (wk->m, from)->name);
    }
  if (to >= 0)
    {
      e.to = g_strdup (dg_model_body (wk->m, to)->id);
      e.to_name = g_strdup (dg_model_body (wk->m, to)->name);
    }
  if (d)
    {
      e.clause = g_strdup (d->clause);
      e.text = g_strdup (d->text);
    }
  e.areas = join_areas (wk->m, areas);
  g_array_append_val (wk->log->events, e);
  if (kind == DG_EVENT_DUTY_MOVED)
    wk->log->n_moved++;
  else if (kind == DG_EVENT_DUTY_ORPHANED)
    wk->log->n_orphaned++;
  else if (kind == DG_EVENT_MANAGES_ORPHANED)
    wk->log->n_manages_orphaned++;
}

/* ---- lookups ----------------------------------------------------------- */

static gboolean
dead_body (Work *wk, int b)
{
  return g_array_index (wk->body_dead, gboolean, b);
}

static gboolean
dead_duty (Work *wk, guint d)
{
  return g_array_index (wk->duty_dead, gboolean, d);
}

/* Fails at REF with the reason a body or an area of that name is not
 * there, once per name: a later mention of the same unknown name would
 * only repeat the first error. */
static void
fail_unknown (Work *wk, const DgScenarioRef *ref, char *message)
{
  g_autofree char *owned = message;
  if (!g_hash_table_add (wk->unknown, g_strdup (ref->value)))
    return;
  fail (wk, ref->loc, "%s", owned);
}

/* The live body REF names by id, name or alias, or -1 (with an error). */
static int
find_body (Work *wk, const DgScenarioRef *ref)
{
  if (ref->value == NULL)
    return -1;
  int b = dg_model_find_body (wk->m, ref->value);
  if (b >= 0)
    return b;
  if (b == -2)
    {
      fail (wk, ref->loc, _ ("'%s' is the name of several bodies; give the id"), ref->value);
      return -1;
    }
  gpointer by = g_hash_table_lookup (wk->removed, ref->value);
  if (by)
    {
      guint n = GPOINTER_TO_UINT (by);
      const DgScenarioOp *op = g_ptr_array_index (wk->s->ops, n - 1);
      fail (wk, ref->loc, _ ("body '%s' was removed by operation %u (%s at line %d)"), ref->value, n,
            dg_op_name (op->kind), op->loc.line);
    }
  else
    fail_unknown (wk, ref, dg_model_unknown_body (wk->m, ref->value));
  return -1;
}

/* find_body() for a successor (merge into, split into): never a new body. */
static int
find_successor (Work *wk, const DgScenarioRef *ref)
{
  if (ref->value && dg_model_find_body (wk->m, ref->value) == -1
      && !g_hash_table_contains (wk->removed, ref->value))
    {
      g_autofree char *why = dg_model_unknown_body (wk->m, ref->value);
      fail_unknown (wk, ref,
                    g_strdup_printf (_ ("%s (a new body is made only by add-body, before this "
                                        "operation)"),
                                     why));
      return -1;
    }
  return find_body (wk, ref);
}

static int
find_area (Work *wk, const DgScenarioRef *ref)
{
  int a = dg_model_find_area (wk->m, ref->value);
  if (a == -2)
    fail (wk, ref->loc, _ ("'%s' is the name of several areas; give the id"), ref->value);
  else if (a < 0)
    fail_unknown (wk, ref, dg_model_unknown_area (wk->m, ref->value));
  return a < 0 ? -1 : a;
}

/* FALSE (with an error) when ID already names a live body. */
static gboolean
id_free (Work *wk, const DgScenarioRef *ref)
{
  if (dg_model_body_index (wk->m, ref->value) < 0)
    return TRUE;
  fail (wk, ref->loc, _ ("body id '%s' is already in use"), ref->value);
  return FALSE;
}

static gboolean
int_in (const GArray *a, int v)
{
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, int, i) == v)
      return TRUE;
  return FALSE;
}

static void
int_add (GArray *a, int v)
{
  if (!int_in (a, v))
    g_array_append_val (a, v);
}

static void
int_remove (GArray *a, int v)
{
  for (guint i = a->len; i-- > 0;)
    if (g_array_index (a, int, i) == v)
      g_array_remove_index (a, i);
}

static void
string_add (GPtrArray *a, const char *s, const char *except)
{
  if (g_strcmp0 (s, except) == 0)
    return;
  for (guint i = 0; i < a->len; i++)
    if (g_str_equal (g_ptr_array_index (a, i), s))
      return;
  g_ptr_array_add (a, g_strdup (s));
}

/* ---- bodies ------------------------------------------------------------ */

static int
add_body (Work *wk, const char *id, const char *name, DgBodyKind kind, int reports_to)
{
  DgBody *b = dg_body_new ();
  b->id = g_strdup (id);
  b->name = g_strdup (name);
  b->kind = kind;
  b->reports_to = reports_to;
  b->loc = (DgLoc){ g_ptr_array_index (wk->m->files, 0), 0, 0 };
  int index = (int) wk->m->bodies->len;
  g_ptr_array_add (wk->m->bodies, b);
  g_hash_table_insert (wk->m->body_by_id, b->id, GINT_TO_POINTER (index + 1));
  gboolean no = FALSE;
  g_array_append_val (wk->body_dead, no);
  GPtrArray *h = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (h, g_strdup (id));
  g_ptr_array_add (wk->history, h);
  record (wk, DG_EVENT_BODY_ADDED, -1, index, NULL, NULL);
  return index;
}

static void
kill_body (Work *wk, int b)
{
  DgBody *body = dg_model_body (wk->m, b);
  g_hash_table_remove (wk->m->body_by_id, body->id);
  g_array_index (wk->body_dead, gboolean, b) = TRUE;
  g_hash_table_replace (wk->removed, g_strdup (body->id), GUINT_TO_POINTER (wk->op_number));
  g_hash_table_replace (wk->removed, g_strdup (body->name), GUINT_TO_POINTER (wk->op_number));
  for (guint i = 0; i < body->aliases->len; i++)
    g_hash_table_replace (wk->removed, g_strdup (g_ptr_array_index (body->aliases, i)),
                          GUINT_TO_POINTER (wk->op_number));
}

/* Bodies that reported to FROM report to TO now (or to FROM's parent). */
static void
move_reports (Work *wk, int from, int to)
{
  int parent = dg_model_body (wk->m, from)->reports_to;
  for (guint i = 0; i < wk->m->bodies->len; i++)
    {
      DgBody *b = dg_model_body (wk->m, (int) i);
      if (dead_body (wk, (int) i) || (int) i == from || b->reports_to != from)
        continue;
      int target = to >= 0 ? to : parent;
      b->reports_to = target == (int) i ? parent : target;
      if (b->reports_to == (int) i)
        b->reports_to = -1;
    }
}

/* ---- duties ------------------------------------------------------------ */

static void
note_provenance (Work *wk, DgDuty *d)
{
  g_autofree char *now = g_strdup_printf ("%s (%s, op %u)", wk->provenance, wk->scenario_name,
                                          wk->op_number);
  char *joined = d->provenance ? g_strdup_printf ("%s; %s", d->provenance, now) : g_strdup (now);
  g_free (d->provenance);
  d->provenance = joined;
}

/* A duty supporting its own holder would be refused by the loader. */
static void
check_with (Work *wk, DgDuty *d)
{
  if (d->with_body >= 0 && int_in (d->bodies, d->with_body))
    {
      record (wk, DG_EVENT_WITH_DROPPED, d->with_body, g_array_index (d->bodies, int, 0), d, NULL);
      d->with_body = -1;
    }
}

static void
insert_duty (Work *wk, guint at, DgDuty *d)
{
  gboolean no = FALSE;
  g_ptr_array_insert (wk->m->duties, (gint) at, d);
  g_array_insert_val (wk->duty_dead, at, no);
}

/* Gives body B a duty of its own when duty I binds others too; returns
 * the index of B's duty (I itself when B holds it alone). */
static guint
isolate (Work *wk, guint i, int b)
{
  DgDuty *d = dg_model_duty (wk->m, (int) i);
  if (d->bodies->len == 1)
    return i;
  DgDuty *c = dg_duty_copy (d);
  g_array_set_size (c->bodies, 0);
  g_array_append_val (c->bodies, b);
  int_remove (d->bodies, b);
  insert_duty (wk, i + 1, c);
  return i + 1;
}

/* Moves duty I (or, with AREAS, only those of its areas) from FROM to TO.
 * TO -1 takes FROM's share of the duty away (AREAS then only say which
 * areas that leaves without a holder), which is recorded.  Returns the
 * index of FROM's duty afterwards: it moves when a partial move gives FROM
 * a copy of its own. */
static guint
move_duty (Work *wk, guint i, int from, int to, const GArray *areas)
{
  DgDuty *d = dg_model_duty (wk->m, (int) i);
  gboolean whole = to < 0 || areas == NULL || areas->len == d->areas->len;
  if (whole && to >= 0)
    {
      for (guint k = 0; k < d->bodies->len; k++)
        if (g_array_index (d->bodies, int, k) == from)
          g_array_index (d->bodies, int, k) = to;
      /* Merging two holders of one duty leaves one. */
      for (guint k = d->bodies->len; k-- > 0;)
        for (guint j = 0; j < k; j++)
          if (g_array_index (d->bodies, int, j) == g_array_index (d->bodies, int, k))
            {
              g_array_remove_index (d->bodies, k);
              break;
            }
      note_provenance (wk, d);
      record (wk, DG_EVENT_DUTY_MOVED, from, to, d, NULL);
      check_with (wk, d);
      return i;
    }
  if (whole)
    {
      if (d->bodies->len > 1)
        {
          int_remove (d->bodies, from);
          record (wk, DG_EVENT_SHARE_DROPPED, from, -1, d, areas);
        }
      else
        {
          g_array_index (wk->duty_dead, gboolean, i) = TRUE;
          record (wk, DG_EVENT_DUTY_ORPHANED, from, -1, d, areas);
        }
      return i;
    }
  i = isolate (wk, i, from);
  d = dg_model_duty (wk->m, (int) i);
  for (guint k = 0; k < areas->len; k++)
    int_remove (d->areas, g_array_index (areas, int, k));
  DgDuty *c = dg_duty_copy (d);
  g_array_set_size (c->bodies, 0);
  g_array_append_val (c->bodies, to);
  g_array_set_size (c->areas, 0);
  g_array_append_vals (c->areas, areas->data, areas->len);
  note_provenance (wk, c);
  insert_duty (wk, i + 1, c);
  record (wk, DG_EVENT_DUTY_MOVED, from, to, c, areas);
  check_with (wk, c);
  return i;
}

/* Indexes of the live, body-specific duties binding B, in model order. */
static GArray *
duties_of (Work *wk, int b)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < wk->m->duties->len; i++)
    {
      const DgDuty *d = dg_model_duty (wk->m, (int) i);
      if (!dead_duty (wk, i) && d->kinds == 0 && int_in (d->bodies, b))
        g_array_append_val (out, i);
    }
  return out;
}

/* Everything FROM holds goes to TO; FROM is removed. */
static void
absorb (Work *wk, int from, int to)
{
  g_autoptr (GArray) mine = duties_of (wk, from);
  for (guint k = 0; k < mine->len; k++)
    move_duty (wk, g_array_index (mine, guint, k), from, to, NULL);
  for (guint i = 0; i < wk->m->duties->len; i++)
    {
      DgDuty *d = dg_model_duty (wk->m, (int) i);
      if (!dead_duty (wk, i) && d->with_body == from)
        {
          d->with_body = to;
          check_with (wk, d);
        }
    }
  DgBody *source = dg_model_body (wk->m, from), *target = dg_model_body (wk->m, to);
  for (guint k = 0; k < source->manages->len; k++)
    int_add (target->manages, g_array_index (source->manages, int, k));
  /* The old names keep finding the body that now does the work. */
  string_add (target->aliases, source->name, target->name);
  for (guint k = 0; k < source->aliases->len; k++)
    string_add (target->aliases, g_ptr_array_index (source->aliases, k), target->name);
  move_reports (wk, from, to);
  if (target->reports_to == from)
    target->reports_to = source->reports_to == to ? -1 : source->reports_to;
  kill_body (wk, from);
}

/* ---- operations -------------------------------------------------------- */

static void
op_rename (Work *wk, const DgScenarioOp *op)
{
  int b = find_body (wk, &op->body);
  if (b < 0)
    {
      if (op->target.value)
        g_hash_table_add (wk->unknown, g_strdup (op->target.value));
      return;
    }
  DgBody *body = dg_model_body (wk->m, b);
  g_autofree char *old_id = g_strdup (body->id);
  if (op->target.value)
    {
      GPtrArray *h = g_ptr_array_index (wk->history, b);
      for (guint i = 0; i < h->len; i++)
        if (g_str_equal (g_ptr_array_index (h, i), op->target.value))
          {
            GString *chain = g_string_new (NULL);
            for (guint j = i; j < h->len; j++)
              g_string_append_printf (chain, "%s -> ", (char *) g_ptr_array_index (h, j));
            g_string_append (chain, op->target.value);
            fail (wk, op->target.loc, _ ("rename cycle: %s"), chain->str);
            g_string_free (chain, TRUE);
            return;
          }
      if (!id_free (wk, &op->target))
        return;
      g_hash_table_remove (wk->m->body_by_id, body->id);
      g_free (body->id);
      body->id = g_strdup (op->target.value);
      g_hash_table_insert (wk->m->body_by_id, body->id, GINT_TO_POINTER (b + 1));
      g_ptr_array_add (h, g_strdup (body->id));
    }
  if (op->name && !g_str_equal (op->name, body->name))
    {
      string_add (body->aliases, body->name, op->name);
      for (guint i = body->aliases->len; i-- > 0;)
        if (g_str_equal (g_ptr_array_index (body->aliases, i), op->name))
          g_ptr_array_remove_index (body->aliases, i);
      g_free (body->name);
      body->name = g_strdup (op->name);
    }
  for (guint i = 0; i < op->aliases->len; i++)
    string_add (body->aliases, g_ptr_array_index (op->aliases, i), body->name);
  DgEvent e = { wk->op_number, DG_EVENT_BODY_RENAMED, g_strdup (old_id), NULL,
                g_strdup (body->id), g_strdup (body->name) };
  g_array_append_val (wk->log->events, e);
}

static void
op_merge (Work *wk, const DgScenarioOp *op)
{
  g_autoptr (GArray) from = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < op->bodies->len; i++)
    {
      int b = find_body (wk, &g_array_index (op->bodies, DgScenarioRef, i));
      if (b >= 0)
        g_array_append_val (from, b);
    }
  int to = find_successor (wk, &op->target);
  if (to < 0 || from->len != op->bodies->len)
    return;
  /* The file alone catches `into` spelled as in `bodies`; a name and an id
   * of one body only meet here. */
  if (int_in (from, to))
    {
      fail (wk, op->target.loc, _ ("merge of body '%s' into itself"), dg_model_body (wk->m, to)->id);
      return;
    }
  GString *p = g_string_new ("merge of ");
  for (guint i = 0; i < from->len; i++)
    g_string_append_printf (p, "%s%s", i ? ", " : "",
                            dg_model_body (wk->m, g_array_index (from, int, i))->id);
  g_string_append_printf (p, " into %s", dg_model_body (wk->m, to)->id);
  wk->provenance = g_string_free (p, FALSE);
  for (guint i = 0; i < from->len; i++)
    {
      int b = g_array_index (from, int, i);
      record (wk, DG_EVENT_BODY_MERGED, b, to, NULL, NULL);
      absorb (wk, b, to);
    }
}

static void
op_dissolve (Work *wk, const DgScenarioOp *op)
{
  int b = find_body (wk, &op->body);
  int to = -1;
  if (op->target.value && (to = find_body (wk, &op->target)) < 0)
    return;
  if (b < 0)
    return;
  if (b == to)
    {
      fail (wk, op->target.loc, _ ("body '%s' cannot succeed itself"), dg_model_body (wk->m, b)->id);
      return;
    }
  record (wk, DG_EVENT_BODY_DISSOLVED, b, to, NULL, NULL);
  if (to >= 0)
    {
      wk->provenance = g_strdup_printf ("dissolution of %s, successor %s",
                                        dg_model_body (wk->m, b)->id, dg_model_body (wk->m, to)->id);
      absorb (wk, b, to);
      return;
    }
  g_autoptr (GArray) mine = duties_of (wk, b);
  for (guint k = 0; k < mine->len; k++)
    move_duty (wk, g_array_index (mine, guint, k), b, -1, NULL);
  for (guint i = 0; i < wk->m->duties->len; i++)
    {
      DgDuty *d = dg_model_duty (wk->m, (int) i);
      if (!dead_duty (wk, i) && d->with_body == b)
        {
          record (wk, DG_EVENT_WITH_DROPPED, b, g_array_index (d->bodies, int, 0), d, NULL);
          d->with_body = -1;
        }
    }
  DgBody *body = dg_model_body (wk->m, b);
  if (body->manages->len > 0)
    record (wk, DG_EVENT_MANAGES_ORPHANED, b, -1, NULL, body->manages);
  move_reports (wk, b, -1);
  kill_body (wk, b);
}

/* The areas of duty D that are in SET (a new array, possibly empty). */
static GArray *
areas_in (const DgDuty *d, const GArray *set)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < d->areas->len; i++)
    if (int_in (set, g_array_index (d->areas, int, i)))
      g_array_append_val (out, g_array_index (d->areas, int, i));
  return out;
}

/* Resolves REFS to area indexes; FALSE when one is unknown or B neither
 * holds nor manages it. */
static gboolean
held_areas (Work *wk, int b, const GArray *refs, GArray *out)
{
  gboolean ok = TRUE;
  g_autoptr (GArray) mine = duties_of (wk, b);
  for (guint i = 0; i < refs->len; i++)
    {
      const DgScenarioRef *ref = &g_array_index (refs, DgScenarioRef, i);
      int a = find_area (wk, ref);
      if (a < 0)
        {
          ok = FALSE;
          continue;
        }
      gboolean held = int_in (dg_model_body (wk->m, b)->manages, a);
      for (guint k = 0; !held && k < mine->len; k++)
        held = int_in (dg_model_duty (wk->m, (int) g_array_index (mine, guint, k))->areas, a);
      if (!held)
        {
          fail (wk, ref->loc, _ ("body '%s' neither holds nor manages area '%s'"),
                dg_model_body (wk->m, b)->id, ref->value);
          ok = FALSE;
        }
      g_array_append_val (out, a);
    }
  return ok;
}

/* FALSE when a clause of REFS names no duty of B. */
static gboolean
held_clauses (Work *wk, int b, const GArray *refs)
{
  gboolean ok = TRUE;
  g_autoptr (GArray) mine = duties_of (wk, b);
  for (guint i = 0; i < refs->len; i++)
    {
      const DgScenarioRef *ref = &g_array_index (refs, DgScenarioRef, i);
      gboolean found = FALSE;
      for (guint k = 0; !found && k < mine->len; k++)
        found = g_str_equal (dg_model_duty (wk->m, (int) g_array_index (mine, guint, k))->clause,
                             ref->value);
      if (!found)
        {
          fail (wk, ref->loc, _ ("body '%s' holds no duty with clause '%s'"),
                dg_model_body (wk->m, b)->id, ref->value);
          ok = FALSE;
        }
    }
  return ok;
}

static gboolean
clause_in (const GArray *refs, const char *clause)
{
  for (guint i = 0; i < refs->len; i++)
    if (g_str_equal (g_array_index (refs, DgScenarioRef, i).value, clause))
      return TRUE;
  return FALSE;
}

static void
op_transfer (Work *wk, const DgScenarioOp *op)
{
  int from = find_body (wk, &op->body);
  int to = find_body (wk, &op->target);
  if (from < 0 || to < 0)
    {
      /* Still report unknown areas: one run shows every problem. */
      for (guint i = 0; i < op->areas->len; i++)
        find_area (wk, &g_array_index (op->areas, DgScenarioRef, i));
      return;
    }
  if (from == to)
    {
      fail (wk, op->target.loc, _ ("transfer from body '%s' to itself"),
            dg_model_body (wk->m, from)->id);
      return;
    }
  g_autoptr (GArray) areas = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean ok = held_areas (wk, from, op->areas, areas);
  if (!held_clauses (wk, from, op->clauses) || !ok)
    return;
  wk->provenance = g_strdup_printf ("transfer from %s to %s", dg_model_body (wk->m, from)->id,
                                    dg_model_body (wk->m, to)->id);
  g_autoptr (GArray) mine = duties_of (wk, from);
  /* A partial move inserts a copy after its duty: later indexes shift. */
  guint shift = 0;
  for (guint k = 0; k < mine->len; k++)
    {
      guint i = g_array_index (mine, guint, k) + shift;
      guint before = wk->m->duties->len;
      const DgDuty *d = dg_model_duty (wk->m, (int) i);
      if (clause_in (op->clauses, d->clause))
        move_duty (wk, i, from, to, NULL);
      else
        {
          g_autoptr (GArray) some = areas_in (d, areas);
          if (some->len > 0)
            move_duty (wk, i, from, to, some);
        }
      shift += wk->m->duties->len - before;
    }
  DgBody *f = dg_model_body (wk->m, from), *t = dg_model_body (wk->m, to);
  for (guint k = 0; k < areas->len; k++)
    if (int_in (f->manages, g_array_index (areas, int, k)))
      {
        int_remove (f->manages, g_array_index (areas, int, k));
        int_add (t->manages, g_array_index (areas, int, k));
      }
}

static void
op_split (Work *wk, const DgScenarioOp *op)
{
  int b = find_body (wk, &op->body);
  if (b < 0)
    return;
  const DgBody *body = dg_model_body (wk->m, b);
  guint n = op->parts->len;
  g_autofree int *part_body = g_new (int, n);
  g_autoptr (GPtrArray) part_areas = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  gboolean ok = TRUE;
  for (guint p = 0; p < n; p++)
    {
      const DgSplitPart *part = g_ptr_array_index (op->parts, p);
      GArray *areas = g_array_new (FALSE, FALSE, sizeof (int));
      g_ptr_array_add (part_areas, areas);
      ok &= held_areas (wk, b, part->areas, areas);
      ok &= held_clauses (wk, b, part->clauses);
      part_body[p] = find_successor (wk, &part->id);
      if (part_body[p] < 0)
        ok = FALSE;
      else if (part_body[p] == b)
        {
          fail (wk, part->id.loc, _ ("split of body '%s' into itself"), body->id);
          ok = FALSE;
        }
    }
  if (!ok)
    return;
  for (guint p = 0; p < n; p++)
    record (wk, DG_EVENT_BODY_SPLIT, b, part_body[p], NULL, NULL);
  guint before_all = wk->m->duties->len;
  GString *prov = g_string_new (NULL);
  g_string_printf (prov, "split of %s into ", dg_model_body (wk->m, b)->id);
  for (guint p = 0; p < n; p++)
    g_string_append_printf (prov, "%s%s", p ? ", " : "", dg_model_body (wk->m, part_body[p])->id);
  wk->provenance = g_string_free (prov, FALSE);

  g_autoptr (GArray) mine = duties_of (wk, b);
  /* A partial move inserts a copy after its duty: later indexes shift. */
  guint shift = 0;
  for (guint k = 0; k < mine->len; k++, shift = wk->m->duties->len - before_all)
    {
      guint i = g_array_index (mine, guint, k) + shift;
      const DgDuty *d = dg_model_duty (wk->m, (int) i);
      int by_clause = -1;
      for (guint p = 0; p < n && by_clause < 0; p++)
        if (clause_in (((DgSplitPart *) g_ptr_array_index (op->parts, p))->clauses, d->clause))
          by_clause = (int) p;
      if (by_clause >= 0)
        {
          move_duty (wk, i, b, part_body[by_clause], NULL);
          continue;
        }
      /* Each successor takes the duty's areas it was given; the last one
       * with a share takes the duty itself, and what no successor takes
       * is left without a holder. */
      g_autoptr (GArray) rest = copy_ints (d->areas);
      guint taken = 0;
      for (guint p = n; p-- > 0 && rest->len > 0;)
        {
          d = dg_model_duty (wk->m, (int) i);
          g_autoptr (GArray) some = areas_in (d, g_ptr_array_index (part_areas, p));
          if (some->len == 0)
            continue;
          for (guint x = 0; x < some->len; x++)
            int_remove (rest, g_array_index (some, int, x));
          taken++;
          i = move_duty (wk, i, b, part_body[p], rest->len == 0 ? NULL : some);
        }
      if (taken == 0 || rest->len > 0)
        move_duty (wk, i, b, -1, taken == 0 ? NULL : rest);
    }
  for (guint i = 0; i < wk->m->duties->len; i++)
    {
      DgDuty *d = dg_model_duty (wk->m, (int) i);
      if (!dead_duty (wk, i) && d->with_body == b)
        {
          d->with_body = part_body[0];
          check_with (wk, d);
        }
    }
  DgBody *source = dg_model_body (wk->m, b);
  g_autoptr (GArray) lost = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint k = 0; k < source->manages->len; k++)
    {
      int a = g_array_index (source->manages, int, k);
      gboolean given = FALSE;
      for (guint p = 0; p < n; p++)
        if (int_in (g_ptr_array_index (part_areas, p), a))
          {
            int_add (dg_model_body (wk->m, part_body[p])->manages, a);
            given = TRUE;
          }
      if (!given)
        g_array_append_val (lost, a);
    }
  if (lost->len > 0)
    record (wk, DG_EVENT_MANAGES_ORPHANED, b, -1, NULL, lost);
  move_reports (wk, b, part_body[0]);
  kill_body (wk, b);
}

static void
op_add_body (Work *wk, const DgScenarioOp *op)
{
  gboolean ok = id_free (wk, &op->target);
  int r = -1;
  if (op->reports_to.value && (r = find_body (wk, &op->reports_to)) < 0)
    ok = FALSE;
  g_autoptr (GArray) manages = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < op->areas->len; i++)
    {
      int a = find_area (wk, &g_array_index (op->areas, DgScenarioRef, i));
      if (a < 0)
        ok = FALSE;
      else
        int_add (manages, a);
    }
  if (!ok)
    {
      /* Later operations on the body that could not be added would only
       * report it missing. */
      if (op->target.value)
        g_hash_table_add (wk->unknown, g_strdup (op->target.value));
      return;
    }
  int b = add_body (wk, op->target.value, op->name, op->body_kind, r);
  DgBody *body = dg_model_body (wk->m, b);
  g_array_append_vals (body->manages, manages->data, manages->len);
  for (guint i = 0; i < op->aliases->len; i++)
    string_add (body->aliases, g_ptr_array_index (op->aliases, i), body->name);
}

static void
op_add_duty (Work *wk, const DgScenarioOp *op)
{
  gboolean ok = TRUE;
  DgDuty *d = dg_duty_new ();
  for (guint i = 0; i < op->bodies->len; i++)
    {
      int b = find_body (wk, &g_array_index (op->bodies, DgScenarioRef, i));
      if (b < 0)
        ok = FALSE;
      else
        int_add (d->bodies, b);
    }
  for (guint i = 0; i < op->areas->len; i++)
    {
      int a = find_area (wk, &g_array_index (op->areas, DgScenarioRef, i));
      if (a < 0)
        ok = FALSE;
      else
        int_add (d->areas, a);
    }
  if (op->with.value && g_str_equal (op->with.value, "upper"))
    d->with_upper = TRUE;
  else if (op->with.value && (d->with_body = find_body (wk, &op->with)) < 0)
    ok = FALSE;
  if (ok && d->with_body >= 0 && int_in (d->bodies, d->with_body))
    {
      fail (wk, op->with.loc, _ ("body '%s' cannot assist itself"), op->with.value);
      ok = FALSE;
    }
  d->role = op->role;
  d->procedural = op->procedural;
  d->clause = g_strdup (op->clause);
  d->text = g_strdup (op->text);
  d->note = g_strdup (op->note);
  d->loc = (DgLoc){ g_ptr_array_index (wk->m->files, 0), 0, 0 };
  if (!ok)
    {
      g_array_unref (d->bodies);
      g_array_unref (d->areas);
      g_free (d->clause);
      g_free (d->text);
      g_free (d->note);
      g_free (d);
      return;
    }
  wk->provenance = g_strdup ("added");
  note_provenance (wk, d);
  insert_duty (wk, wk->m->duties->len, d);
  record (wk, DG_EVENT_DUTY_ADDED, -1, g_array_index (d->bodies, int, 0), d, NULL);
}

static void
op_remove_duty (Work *wk, const DgScenarioOp *op)
{
  int b = find_body (wk, &op->body);
  if (b < 0 || !held_clauses (wk, b, op->clauses))
    return;
  const char *clause = g_array_index (op->clauses, DgScenarioRef, 0).value;
  g_autoptr (GArray) mine = duties_of (wk, b);
  for (guint k = 0; k < mine->len; k++)
    {
      guint i = g_array_index (mine, guint, k);
      DgDuty *d = dg_model_duty (wk->m, (int) i);
      if (!g_str_equal (d->clause, clause))
        continue;
      record (wk, DG_EVENT_DUTY_REMOVED, b, -1, d, NULL);
      if (d->bodies->len > 1)
        int_remove (d->bodies, b);
      else
        g_array_index (wk->duty_dead, gboolean, i) = TRUE;
    }
}

/* ---- compaction -------------------------------------------------------- */

static void
compact (Work *wk)
{
  DgModel *m = wk->m;
  guint n = m->bodies->len;
  g_autofree int *map = g_new (int, n);
  int next = 0;
  for (guint i = 0; i < n; i++)
    map[i] = dead_body (wk, (int) i) ? -1 : next++;
  /* The table's keys are the ids about to be freed with the dead bodies. */
  g_hash_table_remove_all (m->body_by_id);
  for (guint i = n; i-- > 0;)
    if (map[i] < 0)
      g_ptr_array_remove_index (m->bodies, i);
  for (guint i = 0; i < m->bodies->len; i++)
    {
      DgBody *b = dg_model_body (m, (int) i);
      g_hash_table_insert (m->body_by_id, b->id, GINT_TO_POINTER (i + 1));
      b->reports_to = b->reports_to >= 0 ? map[b->reports_to] : -1;
    }
  for (guint i = m->duties->len; i-- > 0;)
    if (dead_duty (wk, i))
      g_ptr_array_remove_index (m->duties, i);
  for (guint i = 0; i < m->duties->len; i++)
    {
      DgDuty *d = dg_model_duty (m, (int) i);
      GArray *now = g_array_new (FALSE, FALSE, sizeof (int));
      for (guint b = 0; d->kinds && b < m->bodies->len; b++)
        if (d->kinds & (1u << dg_model_body (m, (int) b)->kind))
          {
            int index = (int) b;
            g_array_append_val (now, index);
          }
      for (guint k = 0; !d->kinds && k < d->bodies->len; k++)
        {
          int b = map[g_array_index (d->bodies, int, k)];
          if (b >= 0)
            g_array_append_val (now, b);
        }
      g_array_unref (d->bodies);
      d->bodies = now;
      d->with_body = d->with_body >= 0 ? map[d->with_body] : -1;
    }
}

/* The new model describes the restructuring, not the document it started
 * from: the scenario's title and basis, no 文号 or year of its own (it has
 * not been issued), and what it was derived from. */
static void
retitle (DgModel *m, const DgScenario *scenario)
{
  g_autofree char *from = NULL;
  if (m->derived_from)
    from = g_strdup (m->derived_from);
  else if (m->number && m->title)
    from = g_strdup_printf ("%s《%s》", m->number, m->title);
  else
    from = g_strdup (m->number ? m->number : m->title);
  g_free (m->derived_from);
  m->derived_from = g_steal_pointer (&from);
  g_free (m->title);
  m->title = g_strdup (scenario->title ? scenario->title : m->derived_from);
  g_free (m->basis);
  m->basis = g_strdup (scenario->basis);
  g_clear_pointer (&m->number, g_free);
  m->year = 0;
}

DgModel *
dg_restructure_apply (const DgModel *model, const DgScenario *scenario, DgRestructureLog **log,
                      GError **error)
{
  g_return_val_if_fail (model != NULL && scenario != NULL, NULL);
  g_autoptr (DgModel) m = dg_model_copy (model);
  g_autoptr (DgRestructureLog) own_log = g_new0 (DgRestructureLog, 1);
  own_log->events = g_array_new (FALSE, TRUE, sizeof (DgEvent));
  g_array_set_clear_func (own_log->events, event_clear);
  Work wk = { m, scenario };
  wk.body_dead = g_array_new (FALSE, TRUE, sizeof (gboolean));
  wk.duty_dead = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_array_set_size (wk.body_dead, m->bodies->len);
  g_array_set_size (wk.duty_dead, m->duties->len);
  wk.history = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < m->bodies->len; i++)
    {
      GPtrArray *h = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (h, g_strdup (dg_model_body (m, (int) i)->id));
      g_ptr_array_add (wk.history, h);
    }
  wk.removed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  wk.unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  wk.errors = g_string_new (NULL);
  wk.log = own_log;
  wk.scenario_name = g_path_get_basename (scenario->path);
  for (guint i = 0; i < scenario->ops->len; i++)
    {
      const DgScenarioOp *op = g_ptr_array_index (scenario->ops, i);
      wk.op_number = i + 1;
      switch (op->kind)
        {
        case DG_OP_RENAME: op_rename (&wk, op); break;
        case DG_OP_MERGE: op_merge (&wk, op); break;
        case DG_OP_SPLIT: op_split (&wk, op); break;
        case DG_OP_TRANSFER: op_transfer (&wk, op); break;
        case DG_OP_DISSOLVE: op_dissolve (&wk, op); break;
        case DG_OP_ADD_BODY: op_add_body (&wk, op); break;
        case DG_OP_ADD_DUTY: op_add_duty (&wk, op); break;
        case DG_OP_REMOVE_DUTY: op_remove_duty (&wk, op); break;
        default: g_assert_not_reached ();
        }
      g_clear_pointer (&wk.provenance, g_free);
    }
  gboolean ok = wk.n_errors == 0;
  if (ok)
    {
      compact (&wk);
      retitle (m, scenario);
    }
  else
    g_set_error_literal (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID, wk.errors->str);
  g_array_unref (wk.body_dead);
  g_array_unref (wk.duty_dead);
  g_ptr_array_unref (wk.history);
  g_hash_table_unref (wk.removed);
  g_hash_table_unref (wk.unknown);
  g_string_free (wk.errors, TRUE);
  g_free (wk.scenario_name);
  if (!ok)
    return NULL;
  if (log)
    *log = g_steal_pointer (&own_log);
  return g_steal_pointer (&m);
}
