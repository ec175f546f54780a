/*
 * scenario.c — scenario file -> DgScenario (see scenario.h).
 *
 * Uses the model loader's YAML walk, so a scenario's errors look and sort
 * like a model's.  Only what the file alone can tell is checked here; ids
 * are resolved against a model when the scenario is applied.
 */
#include <inttypes.h>

#include <glib/gi18n.h>

#include <string.h>

#include "model/scenario.h"
#include "model/yaml-walk.h"

static const char *const op_names[DG_OP_COUNT] = {
  "rename", "merge", "split", "transfer", "dissolve", "add-body", "add-duty", "remove-duty",
};

/* The keys each operation takes besides op, note and basis, and those it needs. */
static const char *const op_keys[DG_OP_COUNT][12] = {
  { "op", "note", "basis", "body", "to", "name", "aliases", NULL },
  { "op", "note", "basis", "bodies", "into", "name", "kind", "reports-to", NULL },
  { "op", "note", "basis", "body", "into", NULL },
  { "op", "note", "basis", "from", "to", "areas", "duties", NULL },
  { "op", "note", "basis", "body", "successor", NULL },
  { "op", "note", "basis", "id", "name", "kind", "reports-to", "aliases", "manages", NULL },
  { "op", "note", "basis", "body", "bodies", "role", "with", "areas", "procedural", "clause",
    "text", NULL },
  { "op", "note", "basis", "body", "clause", NULL },
};

static const char *const op_required[DG_OP_COUNT][4] = {
  { "body", NULL },         { "bodies", "into", NULL },         { "body", "into", NULL },
  { "from", "to", NULL },   { "body", NULL },                   { "id", "name", "kind", NULL },
  { "role", "clause", "text", NULL },                           { "body", "clause", NULL },
};

const char *
dg_op_name (DgOpKind kind)
{
  g_return_val_if_fail (kind < DG_OP_COUNT, "?");
  return op_names[kind];
}

static void
ref_clear (gpointer data)
{
  g_free (((DgScenarioRef *) data)->value);
}

static GArray *
ref_array (void)
{
  GArray *a = g_array_new (FALSE, TRUE, sizeof (DgScenarioRef));
  g_array_set_clear_func (a, ref_clear);
  return a;
}

static void
part_free (gpointer data)
{
  DgSplitPart *p = data;
  g_free (p->id.value);
  g_free (p->name);
  g_free (p->reports_to.value);
  g_array_unref (p->areas);
  g_array_unref (p->clauses);
  g_free (p);
}

static void
op_free (gpointer data)
{
  DgScenarioOp *op = data;
  g_free (op->note);
  g_free (op->basis);
  g_free (op->body.value);
  g_free (op->target.value);
  g_array_unref (op->bodies);
  g_free (op->name);
  g_free (op->reports_to.value);
  g_ptr_array_unref (op->aliases);
  g_array_unref (op->areas);
  g_array_unref (op->clauses);
  g_ptr_array_unref (op->parts);
  g_free (op->with.value);
  g_free (op->clause);
  g_free (op->text);
  g_free (op);
}

void
dg_scenario_free (DgScenario *s)
{
  if (s == NULL)
    return;
  g_free (s->path);
  g_free (s->title);
  g_free (s->basis);
  g_free (s->model);
  g_ptr_array_unref (s->ops);
  g_ptr_array_unref (s->files);
  g_free (s);
}

/* ---- values ------------------------------------------------------------ */

static void
read_id (DgYamlWalk *w, const DgYamlPair *p, const char *what, DgScenarioRef *out)
{
  out->loc = p->value_loc;
  out->value = dg_yaml_id (w, p->value, p->value_loc, what);
}

/* A body or an area named by its id, name or alias: any non-empty text;
 * whether it names something is checked against the model. */
static void
read_ref (DgYamlWalk *w, const DgYamlPair *p, const char *what, DgScenarioRef *out)
{
  out->loc = p->value_loc;
  out->value = dg_yaml_string (w, p->value, p->value_loc, what, FALSE);
}

static void
ref_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  DgScenarioRef ref = { dg_yaml_string (w, item, loc, NC_ ("model part", "a body or area"), FALSE),
                        loc };
  if (ref.value)
    g_array_append_val ((GArray *) user, ref);
}

static void
clause_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  DgScenarioRef ref = { dg_yaml_string (w, item, loc, NC_ ("model part", "a clause"), FALSE), loc };
  if (ref.value)
    g_array_append_val ((GArray *) user, ref);
}

static gboolean
read_kind (DgYamlWalk *w, const DgYamlPair *p, DgBodyKind *kind)
{
  g_autofree char *name = dg_yaml_string (w, p->value, p->value_loc, "kind", FALSE);
  if (name && dg_kind_from_name (name, kind))
    return TRUE;
  if (name)
    dg_yaml_error (w->diag, p->value_loc,
                   _ ("unknown kind '%s' (expected party, government, leader, committee, office, "
                   "department, station, village or external)"),
                   name);
  return FALSE;
}

/* Reports the second of two equal values in REFS, naming where the first is:
 * "WHAT 'value' twice (first at line N)". */
static void
refuse_repeats (DgYamlWalk *w, GArray *refs, const char *what)
{
  for (guint i = 0; i < refs->len; i++)
    for (guint j = 0; j < i; j++)
      {
        const DgScenarioRef *a = &g_array_index (refs, DgScenarioRef, j);
        const DgScenarioRef *b = &g_array_index (refs, DgScenarioRef, i);
        if (g_str_equal (a->value, b->value))
          {
            dg_yaml_error (w->diag, b->loc, _ ("%s '%s' twice (first at line %d)"), what, b->value,
                           a->loc.line);
            break;
          }
      }
}

/* ---- split ------------------------------------------------------------- */

static const char *const part_keys[] = { "id", "name", "kind", "reports-to", "areas", "duties",
                                         NULL };

static void
part_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  DgScenarioOp *op = user;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (DgYamlPair));
  if (!dg_yaml_pairs (w, item, loc, NC_ ("model part", "a successor of a split"), part_keys, pairs))
    return;
  if (!dg_yaml_require (w, pairs, loc, NC_ ("model part", "successor of a split"), (const char *const[]){ "id", NULL }))
    return;
  DgSplitPart *part = g_new0 (DgSplitPart, 1);
  part->loc = loc;
  part->areas = ref_array ();
  part->clauses = ref_array ();
  for (guint i = 0; i < pairs->len; i++)
    {
      const DgYamlPair *p = &g_array_index (pairs, DgYamlPair, i);
      if (g_str_equal (p->key, "id"))
        read_ref (w, p, NC_ ("model part", "successor"), &part->id);
      else if (g_str_equal (p->key, "name") || g_str_equal (p->key, "kind")
               || g_str_equal (p->key, "reports-to"))
        dg_yaml_error (w->diag, p->key_loc,
                       _ ("'%s' is for add-body: a split goes into existing bodies (add a new "
                          "one with add-body before the split)"),
                       p->key);
      else if (g_str_equal (p->key, "areas"))
        dg_yaml_each (w, p->value, p->value_loc, "areas", ref_item, part->areas);
      else if (g_str_equal (p->key, "duties"))
        dg_yaml_each (w, p->value, p->value_loc, "duties", clause_item, part->clauses);
    }
  g_ptr_array_add (op->parts, part);
}

/* One item or area given to two successors would be held twice. */
static void
check_split (DgYamlWalk *w, DgScenarioOp *op)
{
  g_autoptr (GArray) ids = g_array_new (FALSE, TRUE, sizeof (DgScenarioRef));
  g_autoptr (GArray) areas = g_array_new (FALSE, TRUE, sizeof (DgScenarioRef));
  g_autoptr (GArray) clauses = g_array_new (FALSE, TRUE, sizeof (DgScenarioRef));
  for (guint i = 0; i < op->parts->len; i++)
    {
      DgSplitPart *part = g_ptr_array_index (op->parts, i);
      if (part->id.value)
        g_array_append_val (ids, part->id);
      g_array_append_vals (areas, part->areas->data, part->areas->len);
      g_array_append_vals (clauses, part->clauses->data, part->clauses->len);
    }
  refuse_repeats (w, ids, NC_ ("model part", "split names successor"));
  refuse_repeats (w, areas, NC_ ("model part", "split assigns area"));
  refuse_repeats (w, clauses, NC_ ("model part", "split assigns duty"));
  if (op->parts->len == 0)
    dg_yaml_error (w->diag, op->loc, _ ("split names no successor in 'into'"));
}

/* ---- operations -------------------------------------------------------- */

static const char *const op_common_keys[] = { "op", "note", "basis", NULL };

static void
op_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  DgScenario *s = user;
  /* The op decides which keys are allowed, so read it first. */
  g_autoptr (GArray) all = g_array_new (FALSE, FALSE, sizeof (DgYamlPair));
  static const char *const any_key[] = { "op", "note", "basis", "body", "bodies", "to", "name",
                                         "aliases", "into", "kind", "reports-to", "from", "areas",
                                         "duties", "successor", "id", "manages", "role", "with",
                                         "procedural", "clause", "text", NULL };
  (void) op_common_keys;
  DgYamlDiag quiet;
  dg_yaml_diag_init (&quiet);
  DgYamlDiag *saved = w->diag;
  w->diag = &quiet;
  gboolean is_map = dg_yaml_pairs (w, item, loc, NC_ ("model part", "an operation"), any_key, all);
  w->diag = saved;
  dg_yaml_diag_clear (&quiet);
  if (!is_map)
    {
      dg_yaml_error (w->diag, loc, _ ("an operation must be a mapping (op: …)"));
      return;
    }
  const DgYamlPair *op_pair = dg_yaml_find (all, "op");
  if (op_pair == NULL)
    {
      dg_yaml_error (w->diag, loc, _ ("operation has no 'op' (expected one of: rename, merge, split, "
                                   "transfer, dissolve, add-body, add-duty, remove-duty)"));
      return;
    }
  g_autofree char *name = dg_yaml_string (w, op_pair->value, op_pair->value_loc, "op", FALSE);
  if (name == NULL)
    return;
  guint kind = 0;
  while (kind < DG_OP_COUNT && !g_str_equal (op_names[kind], name))
    kind++;
  if (kind == DG_OP_COUNT)
    {
      dg_yaml_error (w->diag, op_pair->value_loc,
                     _ ("unknown operation '%s' (expected rename, merge, split, transfer, dissolve, "
                     "add-body, add-duty or remove-duty)"),
                     name);
      return;
    }
  g_autofree char *what = g_strdup_printf (_ ("a %s operation"), name);
  g_autofree char *what_bare = g_strdup_printf (_ ("%s operation"), name);
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (DgYamlPair));
  dg_yaml_pairs (w, item, loc, what, op_keys[kind], pairs);
  if (!dg_yaml_require (w, pairs, op_pair->value_loc, what_bare, op_required[kind]))
    return;

  DgScenarioOp *op = g_new0 (DgScenarioOp, 1);
  op->kind = (DgOpKind) kind;
  op->loc = op_pair->value_loc;
  op->bodies = ref_array ();
  op->areas = ref_array ();
  op->clauses = ref_array ();
  op->aliases = g_ptr_array_new_with_free_func (g_free);
  op->parts = g_ptr_array_new_with_free_func (part_free);
  const DgYamlPair *role = NULL;
  for (guint i = 0; i < pairs->len; i++)
    {
      const DgYamlPair *p = &g_array_index (pairs, DgYamlPair, i);
      const char *k = p->key;
      if (g_str_equal (k, "note"))
        op->note = dg_yaml_string (w, p->value, p->value_loc, "note", FALSE);
      else if (g_str_equal (k, "basis"))
        op->basis = dg_yaml_string (w, p->value, p->value_loc, "basis", FALSE);
      else if (g_str_equal (k, "body") && kind == DG_OP_ADD_DUTY)
        {
          DgScenarioRef ref = { NULL, p->value_loc };
          read_ref (w, p, "body", &ref);
          if (ref.value)
            g_array_append_val (op->bodies, ref);
        }
      else if (g_str_equal (k, "body") || g_str_equal (k, "from"))
        read_ref (w, p, k, &op->body);
      else if ((g_str_equal (k, "to") && kind == DG_OP_RENAME) || g_str_equal (k, "id"))
        read_id (w, p, k, &op->target);
      else if (g_str_equal (k, "to") || g_str_equal (k, "successor") || g_str_equal (k, "into"))
        {
          if (kind == DG_OP_SPLIT)
            dg_yaml_each (w, p->value, p->value_loc, "into", part_item, op);
          else
            read_ref (w, p, k, &op->target);
        }
      else if (kind == DG_OP_MERGE
               && (g_str_equal (k, "name") || g_str_equal (k, "kind") || g_str_equal (k, "reports-to")))
        dg_yaml_error (w->diag, p->key_loc,
                       _ ("'%s' is for add-body: a merge goes into an existing body (add a new "
                          "one with add-body before the merge)"),
                       k);
      else if (g_str_equal (k, "bodies"))
        {
          dg_yaml_each (w, p->value, p->value_loc, "bodies", ref_item, op->bodies);
          if (op->bodies->len == 0)
            dg_yaml_error (w->diag, p->value_loc, _ ("bodies is empty"));
        }
      else if (g_str_equal (k, "name"))
        op->name = dg_yaml_string (w, p->value, p->value_loc, "name", FALSE);
      else if (g_str_equal (k, "kind"))
        op->has_kind = read_kind (w, p, &op->body_kind);
      else if (g_str_equal (k, "reports-to"))
        read_ref (w, p, "reports-to", &op->reports_to);
      else if (g_str_equal (k, "aliases"))
        {
          g_ptr_array_unref (op->aliases);
          op->aliases = dg_yaml_strings (w, p->value, p->value_loc, "aliases");
        }
      else if (g_str_equal (k, "areas") || g_str_equal (k, "manages"))
        dg_yaml_each (w, p->value, p->value_loc, k, ref_item, op->areas);
      else if (g_str_equal (k, "duties"))
        dg_yaml_each (w, p->value, p->value_loc, "duties", clause_item, op->clauses);
      else if (g_str_equal (k, "clause") && kind == DG_OP_REMOVE_DUTY)
        clause_item (w, p->value, p->value_loc, op->clauses);
      else if (g_str_equal (k, "clause"))
        op->clause = dg_yaml_string (w, p->value, p->value_loc, "clause", FALSE);
      else if (g_str_equal (k, "text"))
        op->text = dg_yaml_string (w, p->value, p->value_loc, "text", FALSE);
      else if (g_str_equal (k, "role"))
        role = p;
      else if (g_str_equal (k, "with"))
        read_ref (w, p, "with", &op->with);
      else if (g_str_equal (k, "procedural"))
        dg_yaml_bool (w, p->value, p->value_loc, "procedural", &op->procedural);
    }
  if (role)
    {
      g_autofree char *r = dg_yaml_string (w, role->value, role->value_loc, "role", FALSE);
      if (r && !dg_role_from_name (r, &op->role))
        dg_yaml_error (w->diag, role->value_loc,
                       _ ("unknown role '%s' (expected lead, assist, cooperate, participate, "
                       "supervise or guide)"),
                       r);
      else if (r && op->role == DG_ROLE_LEAD && op->with.value)
        dg_yaml_error (w->diag, op->with.loc, _ ("'with' does not go with role lead"));
    }

  /* What the file alone shows to be wrong. */
  switch (op->kind)
    {
    case DG_OP_RENAME:
      if (op->target.value == NULL && op->name == NULL)
        dg_yaml_error (w->diag, op->loc, _ ("rename needs 'to' (a new id) or 'name' (a new name)"));
      else if (op->target.value && op->body.value && g_str_equal (op->target.value, op->body.value))
        dg_yaml_error (w->diag, op->target.loc, _ ("rename of '%s' to itself"), op->body.value);
      break;
    case DG_OP_MERGE:
      refuse_repeats (w, op->bodies, NC_ ("model part", "merge names body"));
      for (guint i = 0; op->target.value && i < op->bodies->len; i++)
        {
          const DgScenarioRef *b = &g_array_index (op->bodies, DgScenarioRef, i);
          if (g_str_equal (b->value, op->target.value))
            dg_yaml_error (w->diag, b->loc, _ ("merge of body '%s' into itself"), b->value);
        }
      break;
    case DG_OP_SPLIT:
      check_split (w, op);
      break;
    case DG_OP_TRANSFER:
      if (op->areas->len == 0 && op->clauses->len == 0)
        dg_yaml_error (w->diag, op->loc, _ ("transfer names nothing to move: give 'areas' or 'duties'"));
      if (op->body.value && op->target.value && g_str_equal (op->body.value, op->target.value))
        dg_yaml_error (w->diag, op->target.loc, _ ("transfer from body '%s' to itself"),
                       op->body.value);
      break;
    case DG_OP_DISSOLVE:
      if (op->body.value && op->target.value && g_str_equal (op->body.value, op->target.value))
        dg_yaml_error (w->diag, op->target.loc, _ ("body '%s' cannot succeed itself"), op->body.value);
      break;
    case DG_OP_ADD_DUTY:
      if ((dg_yaml_find (pairs, "body") != NULL) == (dg_yaml_find (pairs, "bodies") != NULL))
        dg_yaml_error (w->diag, op->loc, _ ("add-duty needs exactly one of 'body' and 'bodies'"));
      if (op->procedural && op->areas->len > 0)
        dg_yaml_error (w->diag, op->loc,
                       _ ("a procedural duty names no areas; drop 'procedural' or 'areas'"));
      break;
    default:
      break;
    }
  g_ptr_array_add (s->ops, op);
}

static const char *const scenario_keys[] = { "dutygraph-scenario", "model", "title", "basis",
                                             "operations", NULL };

DgScenario *
dg_scenario_load (const char *path, const DgLoadLimits *limits, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  DgLoadLimits default_limits;
  if (limits == NULL)
    {
      dg_load_limits_init (&default_limits);
      limits = &default_limits;
    }
  g_autoptr (DgScenario) s = g_new0 (DgScenario, 1);
  s->path = g_strdup (path);
  s->ops = g_ptr_array_new_with_free_func (op_free);
  s->files = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (s->files, g_strdup (path));
  DgYamlDiag diag;
  dg_yaml_diag_init (&diag);
  DgYamlWalk w = { .file = g_ptr_array_index (s->files, 0), .diag = &diag, .limits = limits };
  g_autoptr (GError) io_error = NULL;
  DgYaml yaml = { NULL, NULL };
  if (dg_yaml_open (&w, path, &yaml, &io_error))
    {
      DgLoc top = { w.file, 1, 1 };
      struct fy_node *root = fy_document_root (yaml.doc);
      g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (DgYamlPair));
      if (root == NULL)
        dg_yaml_error (&diag, top, _ ("the file is empty; a scenario starts with 'dutygraph-scenario: 1'"));
      else if (dg_yaml_pairs (&w, root, dg_yaml_loc (&w, root, top), NC_ ("model part", "the scenario"), scenario_keys,
                              pairs))
        {
          const DgYamlPair *version = dg_yaml_find (pairs, "dutygraph-scenario");
          gint64 v = 0;
          if (version == NULL)
            dg_yaml_error (&diag, dg_yaml_loc (&w, root, top),
                           _ ("not a dutygraph scenario: no 'dutygraph-scenario: 1' at the top"));
          else if (dg_yaml_int (&w, version->value, version->value_loc,
                                NC_ ("model part", "dutygraph-scenario (the format version)"), 0, G_MAXINT32, &v)
                   && v != 1)
            dg_yaml_error (&diag, version->value_loc,
                           _ ("unsupported scenario version %" PRId64
                              " (this dutygraph reads version 1)"),
                           (int64_t) v);
          if (version != NULL && v == 1)
            {
              dg_yaml_require (&w, pairs, dg_yaml_loc (&w, root, top), NC_ ("model part", "the scenario"),
                               (const char *const[]){ "title", "operations", NULL });
              g_autofree char *dir = g_path_get_dirname (path);
              for (guint i = 0; i < pairs->len; i++)
                {
                  const DgYamlPair *p = &g_array_index (pairs, DgYamlPair, i);
                  if (g_str_equal (p->key, "title"))
                    s->title = dg_yaml_string (&w, p->value, p->value_loc, "title", FALSE);
                  else if (g_str_equal (p->key, "basis"))
                    s->basis = dg_yaml_string (&w, p->value, p->value_loc, "basis", FALSE);
                  else if (g_str_equal (p->key, "model"))
                    {
                      g_autofree char *rel = dg_yaml_string (&w, p->value, p->value_loc, "model", FALSE);
                      if (rel)
                        s->model = g_path_is_absolute (rel) || g_str_equal (dir, ".")
                                       ? g_strdup (rel)
                                       : g_build_filename (dir, rel, NULL);
                    }
                  else if (g_str_equal (p->key, "operations"))
                    dg_yaml_each (&w, p->value, p->value_loc, "operations", op_item, s);
                }
            }
        }
      dg_yaml_close (&yaml);
    }
  g_free ((char *) w.text);
  if (!dg_yaml_diag_finish (&diag, path, g_steal_pointer (&io_error), error))
    return NULL;
  return g_steal_pointer (&s);
}
