/*
 * model-load.c — YAML model file -> DgModel.
 *
 * libfyaml parses; this file walks the document against the format of
 * docs/model-format.md.  It never stops at the first problem: every
 * problem is recorded with its FILE:LINE:COL and the walk goes on, so a
 * user fixes a file in one round.  References (parent, reports-to, body
 * and area ids of duties) are recorded while walking and resolved once
 * every section is read, because YAML order must not matter.  Anchors and
 * aliases are refused rather than expanded, which also makes
 * "billion laughs" inputs harmless.
 */
#include <inttypes.h>

#include <glib/gi18n.h>

#include <string.h>
#include <sys/stat.h>

#include "model/file-cache.h"
#include "util/data-dir.h"
#include "model/yaml-walk.h"

G_DEFINE_QUARK (dg-load-error-quark, dg_load_error)

void
dg_load_limits_init (DgLoadLimits *limits)
{
  limits->max_file_bytes = 64 * 1024 * 1024;
  limits->max_depth = 64;
}

/* PATH relative to the directory DIR of the model; "." is left out so
 * messages show the path as the user would write it. */
static char *
relative_to (const char *dir, const char *path)
{
  if (g_path_is_absolute (path) || g_str_equal (dir, "."))
    return g_strdup (path);
  return g_build_filename (dir, path, NULL);
}

/* ---- references, resolved after the walk ------------------------------- */

typedef enum { REF_BODY, REF_AREA } RefKind;

typedef struct {
  RefKind kind;
  char *id;
  DgLoc loc;
  GArray *array; /* the int array holding the reference (owned by the model) */
  guint pos;     /* or -1 with TARGET */
  int *target;
  const char *what;
  int *upper_target;   /* may name a body of an upper model: its index there */
  gboolean *upper_flag;/* set when it does */
} Ref;

/* A model being loaded above the one that names it in `upper:`. */
typedef struct {
  char *identity; /* "device:inode" */
  char *path;
} ChainLink;

typedef struct {
  DgYamlWalk walk;
  GArray *refs;            /* of Ref */
  const GPtrArray *chain;  /* of ChainLink*: the models below, this one last */
  GString *upper_problems; /* the upper model's own errors, or NULL */
  gboolean no_taxonomy;    /* the taxonomy named could not be found: its areas'
                            * absence is no news */
} Loader;

static void
ref_clear (gpointer data)
{
  g_free (((Ref *) data)->id);
}

static void
add_ref_into_array (GArray *refs, RefKind kind, char *id, DgLoc loc, GArray *array,
                    const char *what)
{
  int placeholder = -1;
  g_array_append_val (array, placeholder);
  Ref ref = { kind, id, loc, array, array->len - 1, NULL, what, NULL, NULL };
  g_array_append_val (refs, ref);
}

static void
add_ref (GArray *refs, RefKind kind, char *id, DgLoc loc, int *target, const char *what)
{
  *target = -1;
  Ref ref = { kind, id, loc, NULL, 0, target, what, NULL, NULL };
  g_array_append_val (refs, ref);
}

/* A body reference that may also name a body of the upper models. */
static void
add_body_ref_or_upper (GArray *refs, char *id, DgLoc loc, int *target, int *upper_target,
                       gboolean *upper_flag, const char *what)
{
  *target = -1;
  *upper_target = -1;
  Ref ref = { REF_BODY, id, loc, NULL, 0, target, what, upper_target, upper_flag };
  g_array_append_val (refs, ref);
}

/* ---- sections ---------------------------------------------------------- */

static const char *const document_keys[] = { "id", "number", "title", "issuers", "year", "source",
                                               "basis", "derived-from", NULL };

static void
read_document (Loader *ld, struct fy_node *node, DgLoc loc, const char *model_dir)
{
  DgYamlWalk *w = &ld->walk;
  g_autoptr (GArray) pairs = g_array_sized_new (FALSE, FALSE, sizeof (DgYamlPair), 16);
  if (!dg_yaml_pairs (w, node, loc, "document", document_keys, pairs))
    return;
  dg_yaml_require (w, pairs, loc, "document", (const char *const[]){ "id", "title", NULL });
  DgModel *m = w->model;
  for (guint i = 0; i < pairs->len; i++)
    {
      const DgYamlPair *p = &g_array_index (pairs, DgYamlPair, i);
      if (g_str_equal (p->key, "id"))
        m->doc_id = dg_yaml_id (w, p->value, p->value_loc, NC_ ("model part", "document id"));
      else if (g_str_equal (p->key, "number"))
        m->number = dg_yaml_string (w, p->value, p->value_loc, NC_ ("model part", "document number"), FALSE);
      else if (g_str_equal (p->key, "basis"))
        m->basis = dg_yaml_string (w, p->value, p->value_loc, "basis", FALSE);
      else if (g_str_equal (p->key, "derived-from"))
        m->derived_from = dg_yaml_string (w, p->value, p->value_loc, "derived-from", FALSE);
      else if (g_str_equal (p->key, "title"))
        m->title = dg_yaml_string (w, p->value, p->value_loc, NC_ ("model part", "document title"), FALSE);
      else if (g_str_equal (p->key, "issuers"))
        {
          g_ptr_array_unref (m->issuers);
          m->issuers = dg_yaml_strings (w, p->value, p->value_loc, "issuers");
        }
      else if (g_str_equal (p->key, "year"))
        {
          gint64 year;
          if (dg_yaml_int (w, p->value, p->value_loc, "year", 1949, 2200, &year))
            m->year = (int) year;
        }
      else if (g_str_equal (p->key, "source"))
        {
          g_autofree char *source = dg_yaml_string (w, p->value, p->value_loc, "source", FALSE);
          if (source)
            {
              m->source = relative_to (model_dir, source);
              if (!g_file_test (m->source, G_FILE_TEST_IS_REGULAR))
                dg_yaml_error (w->diag, p->value_loc, _ ("source '%s' not found (looked for '%s')"),
                            source, m->source);
            }
        }
    }
}

static const char *const principle_keys[] = { "id", "clause", "text", "rule", NULL };

static void
principle_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  (void) user;
  g_autoptr (GArray) pairs = g_array_sized_new (FALSE, FALSE, sizeof (DgYamlPair), 16);
  if (!dg_yaml_pairs (w, item, loc, NC_ ("model part", "a principle"), principle_keys, pairs))
    return;
  if (!dg_yaml_require (w, pairs, loc, NC_ ("model part", "principle"), (const char *const[]){ "id", "clause", "text", NULL }))
    return;
  DgPrinciple *p = g_new0 (DgPrinciple, 1);
  p->loc = loc;
  for (guint i = 0; i < pairs->len; i++)
    {
      const DgYamlPair *kv = &g_array_index (pairs, DgYamlPair, i);
      if (g_str_equal (kv->key, "id"))
        p->id = dg_yaml_id (w, kv->value, kv->value_loc, NC_ ("model part", "principle id"));
      else if (g_str_equal (kv->key, "clause"))
        p->clause = dg_yaml_string (w, kv->value, kv->value_loc, "clause", FALSE);
      else if (g_str_equal (kv->key, "text"))
        p->text = dg_yaml_string (w, kv->value, kv->value_loc, "text", FALSE);
      else if (g_str_equal (kv->key, "rule"))
        p->rule = dg_yaml_id (w, kv->value, kv->value_loc, "rule");
    }
  for (guint i = 0; p->id && i < w->model->principles->len; i++)
    {
      const DgPrinciple *other = g_ptr_array_index (w->model->principles, i);
      if (g_strcmp0 (other->id, p->id) == 0)
        dg_yaml_error (w->diag, loc, _ ("duplicate principle id '%s' (first at line %d)"), p->id,
                    other->loc.line);
    }
  g_ptr_array_add (w->model->principles, p);
}

static const char *const body_keys[] = { "id", "name", "aliases", "kind", "reports-to",
                                         "manages", "clause", "note", "aspect", NULL };

static void
manages_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  DgBody *body = user;
  char *id = dg_yaml_id (w, item, loc, NC_ ("model part", "an area id in manages"));
  if (id)
    add_ref_into_array (ld->refs, REF_AREA, id, loc, body->manages, NC_ ("model part", "managed area"));
}

static void
body_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  (void) user;
  g_autoptr (GArray) pairs = g_array_sized_new (FALSE, FALSE, sizeof (DgYamlPair), 16);
  if (!dg_yaml_pairs (w, item, loc, NC_ ("model part", "a body"), body_keys, pairs))
    return;
  if (!dg_yaml_require (w, pairs, loc, NC_ ("model part", "body"), (const char *const[]){ "id", "name", "kind", NULL }))
    return;
  DgBody *b = dg_body_new ();
  b->loc = loc;
  gboolean ok = TRUE;
  for (guint i = 0; i < pairs->len; i++)
    {
      const DgYamlPair *kv = &g_array_index (pairs, DgYamlPair, i);
      if (g_str_equal (kv->key, "id"))
        ok &= (b->id = dg_yaml_id (w, kv->value, kv->value_loc, NC_ ("model part", "body id"))) != NULL;
      else if (g_str_equal (kv->key, "name"))
        ok &= (b->name = dg_yaml_string (w, kv->value, kv->value_loc, NC_ ("model part", "body name"), FALSE)) != NULL;
      else if (g_str_equal (kv->key, "aliases"))
        {
          g_ptr_array_unref (b->aliases);
          b->aliases = dg_yaml_strings (w, kv->value, kv->value_loc, "aliases");
        }
      else if (g_str_equal (kv->key, "kind"))
        {
          g_autofree char *kind = dg_yaml_string (w, kv->value, kv->value_loc, "kind", FALSE);
          if (kind && !dg_kind_from_name (kind, &b->kind))
            dg_yaml_error (w->diag, kv->value_loc,
                        _ ("unknown kind '%s' (expected party, government, leader, committee, "
                        "office, department, station, village or external)"),
                        kind);
        }
      else if (g_str_equal (kv->key, "reports-to"))
        {
          char *parent = dg_yaml_id (w, kv->value, kv->value_loc, "reports-to");
          if (parent)
            add_body_ref_or_upper (ld->refs, parent, kv->value_loc, &b->reports_to,
                                   &b->reports_to_upper, NULL, "reports-to");
        }
      else if (g_str_equal (kv->key, "manages"))
        dg_yaml_each (w, kv->value, kv->value_loc, "manages", manages_item, b);
      else if (g_str_equal (kv->key, "clause"))
        b->clause = dg_yaml_string (w, kv->value, kv->value_loc, "clause", FALSE);
      else if (g_str_equal (kv->key, "note"))
        b->note = dg_yaml_string (w, kv->value, kv->value_loc, "note", TRUE);
      else if (g_str_equal (kv->key, "aspect"))
        b->aspect = dg_yaml_id (w, kv->value, kv->value_loc, "aspect");
    }
  DgModel *m = w->model;
  if (ok && g_hash_table_contains (m->body_by_id, b->id))
    {
      const DgBody *first = dg_model_body (m, dg_model_body_index (m, b->id));
      dg_yaml_error (w->diag, loc, _ ("duplicate body id '%s' (first defined at line %d)"), b->id,
                  first->loc.line);
    }
  else if (ok)
    g_hash_table_insert (m->body_by_id, b->id, GINT_TO_POINTER (m->bodies->len + 1));
  if (b->id == NULL)
    b->id = g_strdup ("");
  if (b->name == NULL)
    b->name = g_strdup (b->id);
  g_ptr_array_add (m->bodies, b);
}

static const char *const area_keys[] = { "id", "name", "parent", "keywords", "expected",
                                         "source", "shared-basis", "residual", "source-text",
                                         "duty-of", "law-holders", "holder-text", NULL };

static void
area_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  (void) user;
  g_autoptr (GArray) pairs = g_array_sized_new (FALSE, FALSE, sizeof (DgYamlPair), 16);
  if (!dg_yaml_pairs (w, item, loc, NC_ ("model part", "an area"), area_keys, pairs))
    return;
  if (!dg_yaml_require (w, pairs, loc, NC_ ("model part", "area"), (const char *const[]){ "id", "name", NULL }))
    return;
  DgArea *a = dg_area_new ();
  a->loc = loc;
  a->from_taxonomy = w->in_taxonomy;
  gboolean ok = TRUE;
  for (guint i = 0; i < pairs->len; i++)
    {
      const DgYamlPair *kv = &g_array_index (pairs, DgYamlPair, i);
      if (g_str_equal (kv->key, "id"))
        ok &= (a->id = dg_yaml_id (w, kv->value, kv->value_loc, NC_ ("model part", "area id"))) != NULL;
      else if (g_str_equal (kv->key, "name"))
        ok &= (a->name = dg_yaml_string (w, kv->value, kv->value_loc, NC_ ("model part", "area name"), FALSE)) != NULL;
      else if (g_str_equal (kv->key, "parent"))
        {
          char *parent = dg_yaml_id (w, kv->value, kv->value_loc, "parent");
          if (parent)
            add_ref (ld->refs, REF_AREA, parent, kv->value_loc, &a->parent, NC_ ("model part", "parent area"));
        }
      else if (g_str_equal (kv->key, "keywords"))
        {
          g_ptr_array_unref (a->keywords);
          a->keywords = dg_yaml_strings (w, kv->value, kv->value_loc, "keywords");
        }
      else if (g_str_equal (kv->key, "expected"))
        dg_yaml_bool (w, kv->value, kv->value_loc, "expected", &a->expected);
      else if (g_str_equal (kv->key, "source"))
        a->source = dg_yaml_string (w, kv->value, kv->value_loc, "source", FALSE);
      else if (g_str_equal (kv->key, "shared-basis"))
        a->shared_basis = dg_yaml_string (w, kv->value, kv->value_loc, "shared-basis", FALSE);
      else if (g_str_equal (kv->key, "residual"))
        dg_yaml_bool (w, kv->value, kv->value_loc, "residual", &a->residual);
      else if (g_str_equal (kv->key, "law-holders"))
        {
          g_ptr_array_unref (a->law_holders);
          a->law_holders = dg_yaml_strings (w, kv->value, kv->value_loc, "law-holders");
        }
      else if (g_str_equal (kv->key, "holder-text"))
        a->holder_text = dg_yaml_string (w, kv->value, kv->value_loc, "holder-text", FALSE);
      else if (g_str_equal (kv->key, "source-text"))
        a->source_text = dg_yaml_string (w, kv->value, kv->value_loc, "source-text", FALSE);
      else if (g_str_equal (kv->key, "duty-of"))
        {
          g_autofree char *of = dg_yaml_string (w, kv->value, kv->value_loc, "duty-of", FALSE);
          if (g_strcmp0 (of, "enterprise") == 0)
            a->enterprise_duty = TRUE;
          else if (of && !g_str_equal (of, "town"))
            dg_yaml_error (w->diag, kv->value_loc,
                           _ ("unknown duty-of '%s' (expected town or enterprise)"), of);
        }
    }
  DgModel *m = w->model;
  if (ok && g_hash_table_contains (m->area_by_id, a->id))
    {
      const DgArea *first = dg_model_area (m, dg_model_area_index (m, a->id));
      dg_yaml_error (w->diag, loc, _ ("duplicate area id '%s' (first defined at %s:%d)"), a->id,
                  first->loc.file, first->loc.line);
    }
  else if (ok)
    g_hash_table_insert (m->area_by_id, a->id, GINT_TO_POINTER (m->areas->len + 1));
  if (a->id == NULL)
    a->id = g_strdup ("");
  if (a->name == NULL)
    a->name = g_strdup (a->id);
  g_ptr_array_add (m->areas, a);
}

static const char *const exempt_keys[] = { "area", "reason", NULL };

static void
exempt_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  (void) user;
  g_autoptr (GArray) pairs = g_array_sized_new (FALSE, FALSE, sizeof (DgYamlPair), 16);
  if (!dg_yaml_pairs (w, item, loc, NC_ ("model part", "an exemption"), exempt_keys, pairs))
    return;
  if (!dg_yaml_require (w, pairs, loc, NC_ ("model part", "exemption"), (const char *const[]){ "area", "reason", NULL }))
    return;
  DgExemption *e = g_new0 (DgExemption, 1);
  e->loc = loc;
  e->area = -1;
  for (guint i = 0; i < pairs->len; i++)
    {
      const DgYamlPair *kv = &g_array_index (pairs, DgYamlPair, i);
      if (g_str_equal (kv->key, "area"))
        {
          char *id = dg_yaml_id (w, kv->value, kv->value_loc, NC_ ("model part", "exempt area"));
          if (id)
            add_ref (ld->refs, REF_AREA, id, kv->value_loc, &e->area, NC_ ("model part", "exempt area"));
        }
      else if (g_str_equal (kv->key, "reason"))
        e->reason = dg_yaml_string (w, kv->value, kv->value_loc, "reason", FALSE);
    }
  if (e->reason == NULL)
    e->reason = g_strdup ("");
  g_ptr_array_add (w->model->exemptions, e);
}

static const char *const duty_keys[] = { "body", "bodies", "applies-to", "role", "with",
                                         "areas", "procedural", "clause", "text", "every",
                                         "times", "note", "provenance", "confidence",
                                         "reason", "aspect", NULL };

static void
duty_body_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  DgDuty *d = user;
  char *id = dg_yaml_id (w, item, loc, NC_ ("model part", "a body id"));
  if (id)
    add_ref_into_array (ld->refs, REF_BODY, id, loc, d->bodies, NC_ ("model part", "body"));
}

static void
duty_area_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  DgDuty *d = user;
  char *id = dg_yaml_id (w, item, loc, NC_ ("model part", "an area id"));
  if (id)
    add_ref_into_array (ld->refs, REF_AREA, id, loc, d->areas, NC_ ("model part", "area"));
}

static void
kind_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  DgDuty *d = user;
  g_autofree char *name = dg_yaml_string (w, item, loc, "kind", FALSE);
  DgBodyKind kind;
  if (name == NULL)
    return;
  if (!dg_kind_from_name (name, &kind))
    dg_yaml_error (w->diag, loc, _ ("unknown kind '%s' in applies-to"), name);
  else
    d->kinds |= 1u << kind;
}

static void
read_applies_to (DgYamlWalk *w, DgDuty *d, struct fy_node *node, DgLoc loc)
{
  g_autoptr (GArray) pairs = g_array_sized_new (FALSE, FALSE, sizeof (DgYamlPair), 16);
  if (!dg_yaml_pairs (w, node, loc, "applies-to", (const char *const[]){ "kind", NULL }, pairs))
    return;
  const DgYamlPair *kind = dg_yaml_find (pairs, "kind");
  if (kind == NULL)
    {
      dg_yaml_error (w->diag, loc, _ ("applies-to has no 'kind'"));
      return;
    }
  if (kind->value && fy_node_is_sequence (kind->value))
    dg_yaml_each (w, kind->value, kind->value_loc, "kind", kind_item, d);
  else
    kind_item (w, kind->value, kind->value_loc, d);
  if (d->kinds == 0)
    dg_yaml_error (w->diag, kind->value_loc, _ ("applies-to names no kind"));
}

static void
duty_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  (void) user;
  g_autoptr (GArray) pairs = g_array_sized_new (FALSE, FALSE, sizeof (DgYamlPair), 16);
  if (!dg_yaml_pairs (w, item, loc, NC_ ("model part", "a duty"), duty_keys, pairs))
    return;
  if (!dg_yaml_require (w, pairs, loc, NC_ ("model part", "duty"), (const char *const[]){ "role", "clause", "text", NULL }))
    return;
  int binders = (dg_yaml_find (pairs, "body") != NULL) + (dg_yaml_find (pairs, "bodies") != NULL)
                + (dg_yaml_find (pairs, "applies-to") != NULL);
  if (binders != 1)
    {
      dg_yaml_error (w->diag, loc,
                  binders == 0 ? _ ("duty names nobody: give 'body', 'bodies' or 'applies-to'")
                               : _ ("duty has more than one of 'body', 'bodies', 'applies-to'"));
      return;
    }
  DgDuty *d = dg_duty_new ();
  d->loc = loc;
  const DgYamlPair *with = NULL, *times = NULL;
  gboolean role_ok = FALSE;
  for (guint i = 0; i < pairs->len; i++)
    {
      const DgYamlPair *kv = &g_array_index (pairs, DgYamlPair, i);
      if (g_str_equal (kv->key, "body"))
        duty_body_item (w, kv->value, kv->value_loc, d);
      else if (g_str_equal (kv->key, "bodies"))
        {
          dg_yaml_each (w, kv->value, kv->value_loc, "bodies", duty_body_item, d);
          if (d->bodies->len == 0)
            dg_yaml_error (w->diag, kv->value_loc, _ ("bodies is empty"));
        }
      else if (g_str_equal (kv->key, "applies-to"))
        read_applies_to (w, d, kv->value, kv->value_loc);
      else if (g_str_equal (kv->key, "role"))
        {
          g_autofree char *role = dg_yaml_string (w, kv->value, kv->value_loc, "role", FALSE);
          role_ok = role && dg_role_from_name (role, &d->role);
          if (role && !role_ok)
            dg_yaml_error (w->diag, kv->value_loc,
                        _ ("unknown role '%s' (expected lead, assist, cooperate, participate, "
                        "supervise or guide)"),
                        role);
        }
      else if (g_str_equal (kv->key, "with"))
        with = kv;
      else if (g_str_equal (kv->key, "areas"))
        dg_yaml_each (w, kv->value, kv->value_loc, "areas", duty_area_item, d);
      else if (g_str_equal (kv->key, "procedural"))
        dg_yaml_bool (w, kv->value, kv->value_loc, "procedural", &d->procedural);
      else if (g_str_equal (kv->key, "clause"))
        d->clause = dg_yaml_string (w, kv->value, kv->value_loc, "clause", FALSE);
      else if (g_str_equal (kv->key, "text"))
        d->text = dg_yaml_string (w, kv->value, kv->value_loc, "text", FALSE);
      else if (g_str_equal (kv->key, "every"))
        {
          g_autofree char *every = dg_yaml_string (w, kv->value, kv->value_loc, "every", FALSE);
          if (every && !dg_period_from_name (every, &d->every))
            dg_yaml_error (w->diag, kv->value_loc,
                        _ ("unknown period '%s' (expected half-year, quarter or year)"), every);
        }
      else if (g_str_equal (kv->key, "times"))
        times = kv;
      else if (g_str_equal (kv->key, "note"))
        d->note = dg_yaml_string (w, kv->value, kv->value_loc, "note", TRUE);
      else if (g_str_equal (kv->key, "provenance"))
        d->provenance = dg_yaml_string (w, kv->value, kv->value_loc, "provenance", FALSE);
      else if (g_str_equal (kv->key, "confidence"))
        {
          gint64 percent;
          if (dg_yaml_int (w, kv->value, kv->value_loc, "confidence", 0, 100, &percent))
            d->confidence = (int) percent;
        }
      else if (g_str_equal (kv->key, "reason"))
        d->reason = dg_yaml_string (w, kv->value, kv->value_loc, "reason", FALSE);
      else if (g_str_equal (kv->key, "aspect"))
        d->aspect = dg_yaml_id (w, kv->value, kv->value_loc, "aspect");
    }
  if (with)
    {
      g_autofree char *target = dg_yaml_id (w, with->value, with->value_loc, "with");
      if (role_ok && d->role == DG_ROLE_LEAD)
        dg_yaml_error (w->diag, with->key_loc, _ ("'with' does not go with role lead"));
      else if (target && g_str_equal (target, "upper"))
        d->with_upper = TRUE;
      else if (target)
        add_body_ref_or_upper (ld->refs, g_steal_pointer (&target), with->value_loc,
                               &d->with_body, &d->with_upper_body, &d->with_upper, "with");
    }
  if (times)
    {
      gint64 n;
      if (d->every == DG_PERIOD_NONE)
        dg_yaml_error (w->diag, times->key_loc, _ ("'times' needs 'every'"));
      else if (dg_yaml_int (w, times->value, times->value_loc, "times", 1, 1000, &n))
        d->times = (int) n;
    }
  else if (d->every != DG_PERIOD_NONE)
    d->times = 1;
  if (d->procedural && dg_yaml_find (pairs, "areas") && d->areas->len > 0)
    dg_yaml_error (w->diag, dg_yaml_find (pairs, "procedural")->key_loc,
                _ ("a procedural duty names no areas; drop 'procedural' or 'areas'"));
  if (d->clause == NULL)
    d->clause = g_strdup ("");
  if (d->text == NULL)
    d->text = g_strdup ("");
  g_ptr_array_add (w->model->duties, d);
}

/* ---- resolution and structural checks ---------------------------------- */

static const char *
intern_file (DgModel *model, const char *file);

/* The index in M's upper_bodies of body INDEX of the upper model OWNER,
 * copied in on first mention. */
static int
upper_body_index (DgModel *m, const DgModel *owner, int index)
{
  const DgBody *b = dg_model_body (owner, index);
  for (guint i = 0; i < m->upper_bodies->len; i++)
    {
      const DgUpperBody *u = dg_model_upper_body (m, (int) i);
      if (g_str_equal (u->id, b->id) && g_str_equal (u->model_path, owner->path))
        return (int) i;
    }
  DgUpperBody *u = g_new0 (DgUpperBody, 1);
  u->id = g_strdup (b->id);
  u->name = g_strdup (b->name);
  u->kind = b->kind;
  u->doc_id = g_strdup (owner->doc_id);
  u->model_path = g_strdup (owner->path);
  u->loc = b->loc;
  u->loc.file = intern_file (m, b->loc.file);
  g_ptr_array_add (m->upper_bodies, u);
  return (int) m->upper_bodies->len - 1;
}

/* Looks ID up in the upper models, nearest first. */
static gboolean
resolve_upper (DgModel *m, const Ref *ref)
{
  for (const DgModel *u = m->upper_model; u != NULL; u = u->upper_model)
    {
      int index = dg_model_body_index (u, ref->id);
      if (index >= 0)
        {
          *ref->upper_target = upper_body_index (m, u, index);
          if (ref->upper_flag)
            *ref->upper_flag = TRUE;
          return TRUE;
        }
    }
  return FALSE;
}

static void
resolve_refs (Loader *ld)
{
  DgModel *m = ld->walk.model;
  for (guint i = 0; i < ld->refs->len; i++)
    {
      Ref *ref = &g_array_index (ld->refs, Ref, i);
      int index = ref->kind == REF_BODY ? dg_model_body_index (m, ref->id)
                                        : dg_model_area_index (m, ref->id);
      if (index < 0 && ref->upper_target && m->upper)
        {
          /* An upper model that failed to load has been reported already. */
          if (m->upper_model == NULL || resolve_upper (m, ref))
            continue;
          dg_yaml_error (ld->walk.diag, ref->loc,
                         _ ("%s '%s' is not defined, here or in the upper model '%s'"),
                         DG_YAML_WHAT (ref->what), ref->id, m->upper);
          continue;
        }
      if (index < 0 && ref->kind == REF_AREA && ld->no_taxonomy)
        continue;
      if (index < 0)
        {
          dg_yaml_error (ld->walk.diag, ref->loc, _ ("%s '%s' is not defined"), DG_YAML_WHAT (ref->what), ref->id);
          continue;
        }
      if (ref->array)
        g_array_index (ref->array, int, ref->pos) = index;
      else
        *ref->target = index;
    }
}

/* Reports each loop of a parent-like relation once, at the element that closes it. */
static void
check_cycles (DgYamlWalk *w, guint n, int (*parent_of) (const DgModel *, int),
              const char *(*id_of) (const DgModel *, int), DgLoc (*loc_of) (const DgModel *, int),
              const char *relation)
{
  const DgModel *m = w->model;
  /* 0 unvisited, 1 on the current path, 2 done */
  g_autofree guint8 *state = g_new0 (guint8, n);
  for (guint start = 0; start < n; start++)
    {
      int x = (int) start;
      while (x >= 0 && state[x] == 0)
        {
          state[x] = 1;
          x = parent_of (m, x);
        }
      if (x >= 0 && state[x] == 1)
        {
          GString *chain = g_string_new (id_of (m, x));
          for (int y = parent_of (m, x); y != x; y = parent_of (m, y))
            g_string_append_printf (chain, " -> %s", id_of (m, y));
          g_string_append_printf (chain, " -> %s", id_of (m, x));
          dg_yaml_error (w->diag, loc_of (m, x), _ ("%s cycle: %s"), relation, chain->str);
          g_string_free (chain, TRUE);
        }
      for (int y = (int) start; y >= 0 && state[y] == 1; y = parent_of (m, y))
        state[y] = 2;
    }
}

static int area_parent (const DgModel *m, int i) { return dg_model_area (m, i)->parent; }
static const char *area_id (const DgModel *m, int i) { return dg_model_area (m, i)->id; }
static DgLoc area_loc (const DgModel *m, int i) { return dg_model_area (m, i)->loc; }
static int body_parent (const DgModel *m, int i) { return dg_model_body (m, i)->reports_to; }
static const char *body_id (const DgModel *m, int i) { return dg_model_body (m, i)->id; }
static DgLoc body_loc (const DgModel *m, int i) { return dg_model_body (m, i)->loc; }

static void
expand_classes (DgYamlWalk *w)
{
  DgModel *m = w->model;
  for (guint i = 0; i < m->duties->len; i++)
    {
      DgDuty *d = dg_model_duty (m, (int) i);
      if (d->kinds == 0)
        continue;
      /* 各部门配合县公安局…: the body a class supports is not one of it. */
      for (guint b = 0; b < m->bodies->len; b++)
        if (d->kinds & (1u << dg_model_body (m, (int) b)->kind) && (int) b != d->with_body)
          {
            int index = (int) b;
            g_array_append_val (d->bodies, index);
          }
    }
}

static void
check_duties (DgYamlWalk *w)
{
  DgModel *m = w->model;
  for (guint i = 0; i < m->duties->len; i++)
    {
      DgDuty *d = dg_model_duty (m, (int) i);
      /* A body named twice in one duty would count twice as a holder. */
      for (guint x = 0; x < d->bodies->len; x++)
        for (guint y = x + 1; d->kinds == 0 && y < d->bodies->len; y++)
          if (g_array_index (d->bodies, int, x) >= 0
              && g_array_index (d->bodies, int, x) == g_array_index (d->bodies, int, y))
            dg_yaml_error (w->diag, d->loc, _ ("body '%s' is named twice in one duty"),
                        dg_model_body (m, g_array_index (d->bodies, int, x))->id);
      if (d->with_body >= 0)
        for (guint x = 0; x < d->bodies->len; x++)
          if (g_array_index (d->bodies, int, x) == d->with_body)
            dg_yaml_error (w->diag, d->loc, _ ("body '%s' cannot assist itself"),
                        dg_model_body (m, d->with_body)->id);
    }
}

static const char *
intern_file (DgModel *model, const char *file)
{
  for (guint i = 0; i < model->files->len; i++)
    if (g_str_equal (g_ptr_array_index (model->files, i), file))
      return g_ptr_array_index (model->files, i);
  char *copy = g_strdup (file);
  g_ptr_array_add (model->files, copy);
  return copy;
}

static const char *const taxonomy_keys[] = { "title", "version", "sources", "areas", NULL };

static void
walk_taxonomy (Loader *ld, const char *path, GError **error)
{
  DgYamlWalk *w = &ld->walk;
  const char *saved_file = w->file;
  const char *saved_text = w->text;
  gsize saved_len = w->text_len;
  DgYaml yaml = { NULL, NULL };
  w->file = intern_file (w->model, path);
  w->text = NULL;
  if (dg_yaml_open (w, path, &yaml, error))
    {
      w->in_taxonomy = TRUE;
      DgLoc top = { w->file, 1, 1 };
      g_autoptr (GArray) pairs = g_array_sized_new (FALSE, FALSE, sizeof (DgYamlPair), 16);
      struct fy_node *root = fy_document_root (yaml.doc);
      if (dg_yaml_pairs (w, root, dg_yaml_loc (w, root, top), NC_ ("model part", "the taxonomy"), taxonomy_keys, pairs))
        {
          const DgYamlPair *areas = dg_yaml_find (pairs, "areas");
          if (areas == NULL)
            dg_yaml_error (w->diag, top, _ ("taxonomy has no 'areas'"));
          else
            dg_yaml_each (w, areas->value, areas->value_loc, "areas", area_item, NULL);
          const DgYamlPair *version = dg_yaml_find (pairs, "version");
          gint64 v;
          if (version)
            dg_yaml_int (w, version->value, version->value_loc, "version", 0, G_MAXINT32, &v);
        }
      w->in_taxonomy = FALSE;
      dg_yaml_close (&yaml);
    }
  g_free ((char *) w->text);
  w->file = saved_file;
  w->text = saved_text;
  w->text_len = saved_len;
  w->column_mark = NULL;
}

/* ---- the taxonomy, parsed once per process ------------------------------ */

/* What a taxonomy file gives every model that names it: its areas with
 * their parents still as ids (resolved with the model's own references),
 * and its problems without their file name. */
typedef struct {
  GPtrArray *areas;     /* of DgArea*, loc.file unset */
  GPtrArray *parents;   /* of char*: parent id per area, or NULL */
  GArray *parent_locs;  /* DgLoc per area */
  GArray *indexed;      /* gboolean per area: its id went into the index */
  GPtrArray *messages;  /* of char*: problems, without FILE:LINE:COL */
  GArray *message_locs; /* DgLoc per message */
  guint untold;         /* problems beyond those listed */
  GError *io_error;
} Taxonomy;

static void
taxonomy_free (gpointer data)
{
  Taxonomy *t = data;
  g_ptr_array_unref (t->areas);
  g_ptr_array_unref (t->parents);
  g_array_unref (t->parent_locs);
  g_array_unref (t->indexed);
  g_ptr_array_unref (t->messages);
  g_array_unref (t->message_locs);
  g_clear_error (&t->io_error);
  g_free (t);
}

static gpointer
parse_taxonomy (const char *path, gpointer user, gboolean *keep)
{
  const DgLoadLimits *limits = user;
  g_autoptr (DgModel) scratch = dg_model_new ();
  DgYamlDiag diag;
  dg_yaml_diag_init (&diag);
  Loader ld = { .walk = { .diag = &diag, .model = scratch, .limits = limits },
                .refs = g_array_new (FALSE, FALSE, sizeof (Ref)) };
  g_array_set_clear_func (ld.refs, ref_clear);
  Taxonomy *t = g_new0 (Taxonomy, 1);
  walk_taxonomy (&ld, path, &t->io_error);

  g_autoptr (GHashTable) parent_ref = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < ld.refs->len; i++)
    g_hash_table_insert (parent_ref, g_array_index (ld.refs, Ref, i).target,
                         &g_array_index (ld.refs, Ref, i));
  t->areas = g_ptr_array_ref (scratch->areas);
  t->parents = g_ptr_array_new_with_free_func (g_free);
  t->parent_locs = g_array_new (FALSE, TRUE, sizeof (DgLoc));
  t->indexed = g_array_new (FALSE, TRUE, sizeof (gboolean));
  for (guint i = 0; i < t->areas->len; i++)
    {
      DgArea *a = g_ptr_array_index (t->areas, i);
      Ref *ref = g_hash_table_lookup (parent_ref, &a->parent);
      g_ptr_array_add (t->parents, ref ? g_steal_pointer (&ref->id) : NULL);
      DgLoc loc = ref ? ref->loc : a->loc;
      loc.file = NULL;
      g_array_append_val (t->parent_locs, loc);
      gboolean indexed = g_hash_table_lookup (scratch->area_by_id, a->id) == GINT_TO_POINTER (i + 1);
      g_array_append_val (t->indexed, indexed);
      a->loc.file = NULL;
    }
  t->messages = g_ptr_array_new_with_free_func (g_free);
  t->message_locs = g_array_new (FALSE, FALSE, sizeof (DgLoc));
  for (guint i = 0; i < diag.lines->len; i++)
    {
      const DgYamlDiagLine *line = &g_array_index (diag.lines, DgYamlDiagLine, i);
      g_ptr_array_add (t->messages, g_strdup (line->message));
      g_array_append_val (t->message_locs, line->loc);
    }
  t->untold = diag.total - diag.lines->len;
  dg_yaml_diag_clear (&diag);
  g_array_unref (ld.refs);
  /* A taxonomy with problems is parsed again by every model naming it, so
   * its messages carry each model's spelling of the path. */
  *keep = t->messages->len == 0 && t->untold == 0 && t->io_error == NULL;
  return t;
}

static DgArea *
copy_area (const DgArea *a, const char *file)
{
  DgArea *c = dg_area_copy (a);
  c->parent = -1;
  c->loc.file = file;
  return c;
}

static void
apply_taxonomy (Loader *ld, const Taxonomy *t, const char *path, GError **error)
{
  DgModel *m = ld->walk.model;
  const char *file = intern_file (m, path);
  for (guint i = 0; i < t->areas->len; i++)
    {
      DgArea *a = copy_area (g_ptr_array_index (t->areas, i), file);
      const char *parent = g_ptr_array_index (t->parents, i);
      if (parent)
        {
          DgLoc loc = g_array_index (t->parent_locs, DgLoc, i);
          loc.file = file;
          add_ref (ld->refs, REF_AREA, g_strdup (parent), loc, &a->parent, "parent area");
        }
      if (g_array_index (t->indexed, gboolean, i) && !g_hash_table_contains (m->area_by_id, a->id))
        g_hash_table_insert (m->area_by_id, a->id, GINT_TO_POINTER (m->areas->len + 1));
      g_ptr_array_add (m->areas, a);
    }
  for (guint i = 0; i < t->messages->len; i++)
    {
      DgLoc loc = g_array_index (t->message_locs, DgLoc, i);
      loc.file = file;
      dg_yaml_error (ld->walk.diag, loc, "%s", (const char *) g_ptr_array_index (t->messages, i));
    }
  ld->walk.diag->total += t->untold;
  if (t->io_error)
    g_propagate_error (error, g_error_copy (t->io_error));
}

static DgFileCache *
cache_of (DgFileCache **cache, GDestroyNotify free_value)
{
  static GMutex lock;
  g_mutex_lock (&lock);
  if (*cache == NULL)
    *cache = dg_file_cache_new (free_value);
  g_mutex_unlock (&lock);
  return *cache;
}

static DgFileCache *taxonomy_cache, *upper_cache;
static GPtrArray *upper_orphans;

static char *
limits_key (const DgLoadLimits *limits)
{
  return g_strdup_printf ("%" G_GSIZE_FORMAT ":%u", limits->max_file_bytes, limits->max_depth);
}

static void
read_taxonomy (Loader *ld, const char *path, DgLoc ref_loc, GError **error)
{
  DgYamlWalk *w = &ld->walk;
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      dg_yaml_error (w->diag, ref_loc, _ ("taxonomy '%s' not found"), path);
      ld->no_taxonomy = TRUE;
      return;
    }
  g_autofree char *key = limits_key (w->limits);
  gboolean owned = FALSE;
  Taxonomy *t = dg_file_cache_get (cache_of (&taxonomy_cache, taxonomy_free), path,
                                   w->limits->max_file_bytes, key, TRUE, parse_taxonomy,
                                   (gpointer) w->limits, &owned);
  if (t == NULL)
    {
      /* Unreadable or too big: the walk reports it in this model's terms. */
      walk_taxonomy (ld, path, error);
      return;
    }
  apply_taxonomy (ld, t, path, error);
  if (owned)
    taxonomy_free (t);
}

/* ---- the model above (`upper:`) ---------------------------------------- */

static DgModel *load_chain (const char *path, const DgLoadLimits *limits,
                            const GPtrArray *below, GError **error);

typedef struct {
  DgModel *model;  /* NULL when it has errors */
  char *problems;
} Upper;

static void
upper_free (gpointer data)
{
  Upper *u = data;
  dg_model_free (u->model);
  g_free (u->problems);
  g_free (u);
}

typedef struct {
  const DgLoadLimits *limits;
  const GPtrArray *chain;
} UpperRequest;

static gpointer
load_upper (const char *path, gpointer user, gboolean *keep)
{
  const UpperRequest *req = user;
  Upper *u = g_new0 (Upper, 1);
  g_autoptr (GError) error = NULL;
  u->model = load_chain (path, req->limits, req->chain, &error);
  if (u->model == NULL)
    u->problems = g_strdup (error->message);
  /* Problems (a cycle above all) depend on where the loading started. */
  *keep = u->model != NULL;
  return u;
}

static char *
file_identity (const char *path)
{
  struct stat st;
  if (stat (path, &st) != 0)
    return NULL;
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT, (guint64) st.st_dev,
                          (guint64) st.st_ino);
}

static void
chain_link_free (gpointer data)
{
  ChainLink *link = data;
  g_free (link->identity);
  g_free (link->path);
  g_free (link);
}

static void
read_upper (Loader *ld, const DgYamlPair *pair, const char *model_dir)
{
  DgYamlWalk *w = &ld->walk;
  DgModel *m = w->model;
  g_autofree char *rel = dg_yaml_string (w, pair->value, pair->value_loc, "upper", FALSE);
  if (rel == NULL)
    return;
  m->upper = relative_to (model_dir, rel);
  g_autofree char *identity = file_identity (m->upper);
  if (identity == NULL || !g_file_test (m->upper, G_FILE_TEST_IS_REGULAR))
    {
      dg_yaml_error (w->diag, pair->value_loc, _ ("upper model '%s' not found"), m->upper);
      return;
    }
  for (guint i = 0; i < ld->chain->len; i++)
    {
      const ChainLink *link = g_ptr_array_index (ld->chain, i);
      if (!g_str_equal (link->identity, identity))
        continue;
      GString *cycle = g_string_new (NULL);
      for (guint j = i; j < ld->chain->len; j++)
        g_string_append_printf (cycle, "%s -> ",
                                ((const ChainLink *) g_ptr_array_index (ld->chain, j))->path);
      g_string_append (cycle, m->upper);
      dg_yaml_error (w->diag, pair->value_loc, _ ("upper models form a cycle: %s"), cycle->str);
      g_string_free (cycle, TRUE);
      return;
    }
  g_autofree char *key = limits_key (w->limits);
  UpperRequest req = { w->limits, ld->chain };
  gboolean owned = FALSE;
  /* No waiting on another thread's load: two models above each other
   * loaded at once would wait for each other. */
  Upper *u = dg_file_cache_get (cache_of (&upper_cache, upper_free), m->upper,
                                w->limits->max_file_bytes, key, FALSE, load_upper, &req, &owned);
  if (u == NULL)
    {
      owned = TRUE;
      gboolean keep;
      u = load_upper (m->upper, &req, &keep);
    }
  if (u->model && owned)
    {
      /* Loaded outside the cache (its file changed between two looks):
       * kept for the rest of the run, as the cache's models are. */
      static GMutex lock;
      g_mutex_lock (&lock);
      if (upper_orphans == NULL)
        upper_orphans = g_ptr_array_new_with_free_func (upper_free);
      g_ptr_array_add (upper_orphans, u);
      g_mutex_unlock (&lock);
      owned = FALSE;
    }
  if (u->model)
    {
      m->upper_model = u->model;
      m->upper_doc_id = g_strdup (u->model->doc_id);
      for (guint i = 0; i < u->model->files->len; i++)
        intern_file (m, g_ptr_array_index (u->model->files, i));
    }
  else
    {
      dg_yaml_error (w->diag, pair->value_loc, _ ("upper model '%s' has errors (below)"), m->upper);
      if (ld->upper_problems == NULL)
        ld->upper_problems = g_string_new (NULL);
      g_string_append_printf (ld->upper_problems, "\n%s", u->problems);
    }
  if (owned)
    upper_free (u);
}

void
dg_model_load_cache_clear (void)
{
  if (taxonomy_cache)
    dg_file_cache_clear (taxonomy_cache);
  if (upper_cache)
    dg_file_cache_clear (upper_cache);
  g_clear_pointer (&upper_orphans, g_ptr_array_unref);
}

static const char *const model_keys[] = { "dutygraph", "document", "taxonomy", "upper",
                                          "principles", "bodies", "areas", "exempt", "duties",
                                          NULL };

DgModel *
dg_model_load (const char *path, const DgLoadLimits *limits, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  DgLoadLimits default_limits;
  if (limits == NULL)
    {
      dg_load_limits_init (&default_limits);
      limits = &default_limits;
    }
  return load_chain (path, limits, NULL, error);
}

static DgModel *
load_chain (const char *path, const DgLoadLimits *limits, const GPtrArray *below, GError **error)
{
  g_autoptr (DgModel) model = dg_model_new ();
  model->path = g_strdup (path);
  DgYamlDiag diag;
  dg_yaml_diag_init (&diag);
  g_autoptr (GPtrArray) chain = g_ptr_array_new_with_free_func (chain_link_free);
  for (guint i = 0; below && i < below->len; i++)
    {
      const ChainLink *link = g_ptr_array_index (below, i);
      ChainLink *copy = g_new0 (ChainLink, 1);
      copy->identity = g_strdup (link->identity);
      copy->path = g_strdup (link->path);
      g_ptr_array_add (chain, copy);
    }
  ChainLink *self = g_new0 (ChainLink, 1);
  self->identity = file_identity (path);
  self->path = g_strdup (path);
  if (self->identity == NULL)
    self->identity = g_strdup (path);
  g_ptr_array_add (chain, self);
  Loader ld = { .walk = { .diag = &diag, .model = model, .limits = limits },
                .refs = g_array_new (FALSE, FALSE, sizeof (Ref)), .chain = chain };
  g_array_set_clear_func (ld.refs, ref_clear);
  DgYamlWalk *w = &ld.walk;
  g_autoptr (GError) io_error = NULL;
  g_autofree char *model_dir = g_path_get_dirname (path);

  DgYaml yaml = { NULL, NULL };
  w->file = intern_file (model, path);
  if (dg_yaml_open (w, path, &yaml, &io_error))
    {
      DgLoc top = { w->file, 1, 1 };
      struct fy_node *root = fy_document_root (yaml.doc);
      g_autoptr (GArray) pairs = g_array_sized_new (FALSE, FALSE, sizeof (DgYamlPair), 16);
      if (root == NULL)
        dg_yaml_error (&diag, top, _ ("the file is empty; a model starts with 'dutygraph: 1'"));
      else if (dg_yaml_pairs (w, root, dg_yaml_loc (w, root, top), NC_ ("model part", "the model"), model_keys, pairs))
        {
          const DgYamlPair *version = dg_yaml_find (pairs, "dutygraph");
          gint64 v = 0;
          if (version == NULL)
            dg_yaml_error (&diag, dg_yaml_loc (w, root, top),
                        _ ("not a dutygraph model: no 'dutygraph: 1' at the top"));
          else if (dg_yaml_int (w, version->value, version->value_loc, NC_ ("model part", "dutygraph (the format version)"), 0,
                            G_MAXINT32, &v)
                   && v != 1)
            dg_yaml_error (&diag, version->value_loc,
                        _ ("unsupported format version %" PRId64 " (this dutygraph reads version 1)"),
                        (int64_t) v);
          if (version == NULL || v != 1)
            goto done; /* another format's keys would only add noise */
          /* The taxonomy's areas come first so model areas can refine them. */
          const DgYamlPair *taxonomy = dg_yaml_find (pairs, "taxonomy");
          if (taxonomy)
            {
              g_autofree char *rel = dg_yaml_string (w, taxonomy->value, taxonomy->value_loc, "taxonomy", FALSE);
              if (rel && g_str_has_prefix (rel, DG_BUILTIN_PREFIX))
                {
                  const char *name = rel + strlen (DG_BUILTIN_PREFIX);
                  model->taxonomy = dg_builtin_taxonomy_path (name);
                  ld.no_taxonomy = model->taxonomy == NULL
                                   || !g_file_test (model->taxonomy, G_FILE_TEST_IS_REGULAR);
                  if (model->taxonomy == NULL)
                    dg_yaml_error (w->diag, taxonomy->value_loc,
                                   _ ("'%s' is not the name of a bundled taxonomy (expected "
                                      "builtin:NAME, e.g. builtin:safety-areas)"),
                                   rel);
                  else if (!g_file_test (model->taxonomy, G_FILE_TEST_IS_REGULAR))
                    dg_yaml_error (w->diag, taxonomy->value_loc,
                                   _ ("no bundled taxonomy '%s' (looked for '%s')"), name,
                                   model->taxonomy);
                  else
                    read_taxonomy (&ld, model->taxonomy, taxonomy->value_loc, &io_error);
                }
              else if (rel)
                {
                  model->taxonomy = relative_to (model_dir, rel);
                  read_taxonomy (&ld, model->taxonomy, taxonomy->value_loc, &io_error);
                }
            }
          const DgYamlPair *upper = dg_yaml_find (pairs, "upper");
          if (upper && io_error == NULL)
            read_upper (&ld, upper, model_dir);
          for (guint i = 0; i < pairs->len && io_error == NULL; i++)
            {
              const DgYamlPair *p = &g_array_index (pairs, DgYamlPair, i);
              if (g_str_equal (p->key, "document"))
                read_document (&ld, p->value, p->value_loc, model_dir);
              else if (g_str_equal (p->key, "principles"))
                dg_yaml_each (w, p->value, p->value_loc, "principles", principle_item, NULL);
              else if (g_str_equal (p->key, "bodies"))
                dg_yaml_each (w, p->value, p->value_loc, "bodies", body_item, NULL);
              else if (g_str_equal (p->key, "areas"))
                dg_yaml_each (w, p->value, p->value_loc, "areas", area_item, NULL);
              else if (g_str_equal (p->key, "exempt"))
                dg_yaml_each (w, p->value, p->value_loc, "exempt", exempt_item, NULL);
              else if (g_str_equal (p->key, "duties"))
                dg_yaml_each (w, p->value, p->value_loc, "duties", duty_item, NULL);
            }
          for (const char *const *k = (const char *const[]){ "document", "bodies", "duties", NULL }; *k; k++)
            if (dg_yaml_find (pairs, *k) == NULL)
              dg_yaml_error (&diag, dg_yaml_loc (w, root, top), _ ("the model has no '%s'"), *k);
          resolve_refs (&ld);
          check_cycles (w, model->areas->len, area_parent, area_id, area_loc, "parent");
          check_cycles (w, model->bodies->len, body_parent, body_id, body_loc, "reports-to");
          expand_classes (w);
          check_duties (w);
        }
    done:
      dg_yaml_close (&yaml);
    }
  g_free ((char *) w->text);
  g_array_unref (ld.refs);

  g_autoptr (GString) upper_problems = ld.upper_problems;
  if (!dg_yaml_diag_finish (&diag, path, g_steal_pointer (&io_error), error))
    {
      if (upper_problems && error && *error)
        {
          char *message = g_strconcat ((*error)->message, upper_problems->str, NULL);
          g_free ((*error)->message);
          (*error)->message = message;
        }
      return NULL;
    }
  return g_steal_pointer (&model);
}

gboolean
dg_model_load_taxonomy (DgModel *model, const char *path, const DgLoadLimits *limits, GError **error)
{
  g_return_val_if_fail (model->areas->len == 0, FALSE);
  DgLoadLimits default_limits;
  if (limits == NULL)
    {
      dg_load_limits_init (&default_limits);
      limits = &default_limits;
    }
  DgYamlDiag diag;
  dg_yaml_diag_init (&diag);
  Loader ld = { .walk = { .diag = &diag, .model = model, .limits = limits },
                .refs = g_array_new (FALSE, FALSE, sizeof (Ref)) };
  g_array_set_clear_func (ld.refs, ref_clear);
  g_autoptr (GError) io_error = NULL;
  g_free (model->taxonomy);
  model->taxonomy = g_strdup (path);
  DgLoc top = { intern_file (model, path), 1, 1 };
  read_taxonomy (&ld, model->taxonomy, top, &io_error);
  if (io_error == NULL)
    {
      resolve_refs (&ld);
      check_cycles (&ld.walk, model->areas->len, area_parent, area_id, area_loc, "parent");
    }
  g_array_unref (ld.refs);
  return dg_yaml_diag_finish (&diag, path, g_steal_pointer (&io_error), error);
}

DgModel *
dg_taxonomy_load (const char *path, const DgLoadLimits *limits, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_autoptr (DgModel) model = dg_model_new ();
  model->path = g_strdup (path);
  if (!dg_model_load_taxonomy (model, path, limits, error))
    return NULL;
  return g_steal_pointer (&model);
}
