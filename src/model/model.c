/*
 * model.c — construction, lookup and teardown of a DgModel, and the names
 * of its enums.  The names here are the ones the model format spells; the
 * loader, the renderers and the JSON writer all go through them so a
 * spelling lives in one place.
 */
#include "model/model.h"

static const char *const kind_names[DG_KIND_COUNT] = {
  "party", "government", "leader", "committee", "office",
  "department", "station", "village", "external",
};

static const char *const role_names[DG_ROLE_COUNT] = {
  "lead", "assist", "cooperate", "participate", "supervise", "guide",
};

/* How the documents word each role: 负责 for lead, and so on. */
static const char *const role_labels[DG_ROLE_COUNT] = {
  "负责", "协助", "配合", "参与", "监督", "指导",
};

/* How the documents name each kind of body: 部门 for department, and so on. */
static const char *const kind_labels[DG_KIND_COUNT] = {
  "党委", "政府", "领导职务", "议事协调机构", "办公室", "部门", "站所", "村、工作点", "外部单位",
};

static const char *const period_names[] = {
  NULL, "half-year", "quarter", "year",
};

const char *
dg_kind_name (DgBodyKind kind)
{
  g_return_val_if_fail (kind < DG_KIND_COUNT, "?");
  return kind_names[kind];
}

const char *
dg_role_name (DgRole role)
{
  g_return_val_if_fail (role < DG_ROLE_COUNT, "?");
  return role_names[role];
}

const char *
dg_role_label (DgRole role)
{
  g_return_val_if_fail (role < DG_ROLE_COUNT, "?");
  return role_labels[role];
}

const char *
dg_role_words (DgRole role, gboolean with_upper)
{
  if (with_upper)
    return role == DG_ROLE_COOPERATE ? "配合上级" : "协助上级";
  return dg_role_label (role);
}

const char *
dg_kind_label (DgBodyKind kind)
{
  g_return_val_if_fail (kind < DG_KIND_COUNT, "?");
  return kind_labels[kind];
}

const char *
dg_period_name (DgPeriod period)
{
  g_return_val_if_fail (period <= DG_PERIOD_YEAR, NULL);
  return period_names[period];
}

static gboolean
lookup_name (const char *const *names, guint n, const char *name, guint *out)
{
  for (guint i = 0; i < n; i++)
    if (names[i] && g_strcmp0 (names[i], name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
dg_kind_from_name (const char *name, DgBodyKind *kind)
{
  guint i;
  if (!lookup_name (kind_names, DG_KIND_COUNT, name, &i))
    return FALSE;
  *kind = (DgBodyKind) i;
  return TRUE;
}

gboolean
dg_role_from_name (const char *name, DgRole *role)
{
  guint i;
  if (!lookup_name (role_names, DG_ROLE_COUNT, name, &i))
    return FALSE;
  *role = (DgRole) i;
  return TRUE;
}

gboolean
dg_period_from_name (const char *name, DgPeriod *period)
{
  guint i;
  if (!lookup_name (period_names, G_N_ELEMENTS (period_names), name, &i))
    return FALSE;
  *period = (DgPeriod) i;
  return TRUE;
}

static void
principle_free (gpointer data)
{
  DgPrinciple *p = data;
  g_free (p->id);
  g_free (p->clause);
  g_free (p->text);
  g_free (p->rule);
  g_free (p);
}

static void
body_free (gpointer data)
{
  DgBody *b = data;
  g_free (b->id);
  g_free (b->name);
  g_ptr_array_unref (b->aliases);
  g_array_unref (b->manages);
  g_free (b->clause);
  g_free (b->note);
  g_free (b->aspect);
  g_free (b);
}

static void
area_free (gpointer data)
{
  DgArea *a = data;
  g_free (a->id);
  g_free (a->name);
  g_ptr_array_unref (a->keywords);
  g_free (a->source);
  g_free (a->shared_basis);
  g_free (a->source_text);
  g_free (a->holder_text);
  if (a->law_holders)
    g_ptr_array_unref (a->law_holders);
  g_free (a);
}

static void
exemption_free (gpointer data)
{
  DgExemption *e = data;
  g_free (e->reason);
  g_free (e);
}

static void
duty_free (gpointer data)
{
  DgDuty *d = data;
  g_array_unref (d->bodies);
  g_array_unref (d->areas);
  g_free (d->clause);
  g_free (d->text);
  g_free (d->note);
  g_free (d->provenance);
  g_free (d->reason);
  g_free (d->aspect);
  g_free (d);
}

void
dg_upper_body_free (gpointer data)
{
  DgUpperBody *u = data;
  g_free (u->id);
  g_free (u->name);
  g_free (u->doc_id);
  g_free (u->model_path);
  g_free (u);
}

DgModel *
dg_model_new (void)
{
  DgModel *model = g_new0 (DgModel, 1);
  model->issuers = g_ptr_array_new_with_free_func (g_free);
  model->principles = g_ptr_array_new_with_free_func (principle_free);
  model->bodies = g_ptr_array_new_with_free_func (body_free);
  model->areas = g_ptr_array_new_with_free_func (area_free);
  model->exemptions = g_ptr_array_new_with_free_func (exemption_free);
  model->duties = g_ptr_array_new_with_free_func (duty_free);
  model->body_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  model->area_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  model->files = g_ptr_array_new_with_free_func (g_free);
  model->upper_bodies = g_ptr_array_new_with_free_func (dg_upper_body_free);
  return model;
}

DgBody *
dg_body_new (void)
{
  DgBody *b = g_new0 (DgBody, 1);
  b->aliases = g_ptr_array_new_with_free_func (g_free);
  b->kind = DG_KIND_DEPARTMENT;
  b->reports_to = -1;
  b->reports_to_upper = -1;
  b->manages = g_array_new (FALSE, FALSE, sizeof (int));
  return b;
}

DgArea *
dg_area_new (void)
{
  DgArea *a = g_new0 (DgArea, 1);
  a->parent = -1;
  a->keywords = g_ptr_array_new_with_free_func (g_free);
  a->law_holders = g_ptr_array_new_with_free_func (g_free);
  return a;
}

DgDuty *
dg_duty_new (void)
{
  DgDuty *d = g_new0 (DgDuty, 1);
  d->bodies = g_array_new (FALSE, FALSE, sizeof (int));
  d->role = DG_ROLE_LEAD;
  d->with_body = -1;
  d->with_upper_body = -1;
  d->areas = g_array_new (FALSE, FALSE, sizeof (int));
  d->every = DG_PERIOD_NONE;
  d->confidence = -1;
  return d;
}

static GPtrArray *
copy_strings (const GPtrArray *from)
{
  GPtrArray *to = g_ptr_array_new_full (from->len, g_free);
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_strdup (g_ptr_array_index (from, i)));
  return to;
}

static GArray *
copy_ints (const GArray *from)
{
  GArray *to = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_vals (to, from->data, from->len);
  return to;
}

DgBody *
dg_body_copy (const DgBody *b)
{
  DgBody *c = g_new0 (DgBody, 1);
  *c = *b;
  c->id = g_strdup (b->id);
  c->name = g_strdup (b->name);
  c->aliases = copy_strings (b->aliases);
  c->manages = copy_ints (b->manages);
  c->clause = g_strdup (b->clause);
  c->note = g_strdup (b->note);
  c->aspect = g_strdup (b->aspect);
  return c;
}

DgArea *
dg_area_copy (const DgArea *a)
{
  DgArea *c = g_new0 (DgArea, 1);
  *c = *a;
  c->id = g_strdup (a->id);
  c->name = g_strdup (a->name);
  c->keywords = copy_strings (a->keywords);
  c->source = g_strdup (a->source);
  c->shared_basis = g_strdup (a->shared_basis);
  c->source_text = g_strdup (a->source_text);
  c->holder_text = g_strdup (a->holder_text);
  c->law_holders = a->law_holders ? copy_strings (a->law_holders)
                                  : g_ptr_array_new_with_free_func (g_free);
  return c;
}

DgDuty *
dg_duty_copy (const DgDuty *d)
{
  DgDuty *c = g_new0 (DgDuty, 1);
  *c = *d;
  c->bodies = copy_ints (d->bodies);
  c->areas = copy_ints (d->areas);
  c->clause = g_strdup (d->clause);
  c->text = g_strdup (d->text);
  c->note = g_strdup (d->note);
  c->provenance = g_strdup (d->provenance);
  c->reason = g_strdup (d->reason);
  c->aspect = g_strdup (d->aspect);
  return c;
}

/* LOC of FROM, its file pointing into TO's copy of FROM's file list. */
static DgLoc
copy_loc (DgModel *to, const DgModel *from, DgLoc loc)
{
  for (guint i = 0; i < from->files->len; i++)
    if (g_ptr_array_index (from->files, i) == loc.file)
      loc.file = g_ptr_array_index (to->files, i);
  return loc;
}

DgModel *
dg_model_copy (const DgModel *m)
{
  DgModel *c = dg_model_new ();
  c->path = g_strdup (m->path);
  c->doc_id = g_strdup (m->doc_id);
  c->number = g_strdup (m->number);
  c->title = g_strdup (m->title);
  c->basis = g_strdup (m->basis);
  c->derived_from = g_strdup (m->derived_from);
  g_ptr_array_unref (c->issuers);
  c->issuers = copy_strings (m->issuers);
  c->year = m->year;
  c->source = g_strdup (m->source);
  c->taxonomy = g_strdup (m->taxonomy);
  c->upper = g_strdup (m->upper);
  c->upper_doc_id = g_strdup (m->upper_doc_id);
  c->upper_model = m->upper_model;
  g_ptr_array_unref (c->files);
  c->files = copy_strings (m->files);
  for (guint i = 0; i < m->upper_bodies->len; i++)
    {
      const DgUpperBody *u = dg_model_upper_body (m, (int) i);
      DgUpperBody *v = g_new0 (DgUpperBody, 1);
      v->id = g_strdup (u->id);
      v->name = g_strdup (u->name);
      v->kind = u->kind;
      v->doc_id = g_strdup (u->doc_id);
      v->model_path = g_strdup (u->model_path);
      v->loc = copy_loc (c, m, u->loc);
      g_ptr_array_add (c->upper_bodies, v);
    }
  for (guint i = 0; i < m->principles->len; i++)
    {
      const DgPrinciple *p = g_ptr_array_index (m->principles, i);
      DgPrinciple *q = g_new0 (DgPrinciple, 1);
      q->id = g_strdup (p->id);
      q->clause = g_strdup (p->clause);
      q->text = g_strdup (p->text);
      q->rule = g_strdup (p->rule);
      q->loc = copy_loc (c, m, p->loc);
      g_ptr_array_add (c->principles, q);
    }
  for (guint i = 0; i < m->bodies->len; i++)
    {
      DgBody *b = dg_body_copy (dg_model_body (m, (int) i));
      b->loc = copy_loc (c, m, b->loc);
      g_ptr_array_add (c->bodies, b);
      g_hash_table_insert (c->body_by_id, b->id, GINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < m->areas->len; i++)
    {
      DgArea *b = dg_area_copy (dg_model_area (m, (int) i));
      b->loc = copy_loc (c, m, b->loc);
      g_ptr_array_add (c->areas, b);
      g_hash_table_insert (c->area_by_id, b->id, GINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < m->exemptions->len; i++)
    {
      const DgExemption *e = g_ptr_array_index (m->exemptions, i);
      DgExemption *f = g_new0 (DgExemption, 1);
      f->area = e->area;
      f->reason = g_strdup (e->reason);
      f->loc = copy_loc (c, m, e->loc);
      g_ptr_array_add (c->exemptions, f);
    }
  for (guint i = 0; i < m->duties->len; i++)
    {
      DgDuty *d = dg_duty_copy (dg_model_duty (m, (int) i));
      d->loc = copy_loc (c, m, d->loc);
      g_ptr_array_add (c->duties, d);
    }
  return c;
}

void
dg_model_free (DgModel *model)
{
  if (model == NULL)
    return;
  g_free (model->path);
  g_free (model->doc_id);
  g_free (model->number);
  g_free (model->basis);
  g_free (model->derived_from);
  g_free (model->title);
  g_free (model->source);
  g_free (model->taxonomy);
  g_free (model->upper);
  g_free (model->upper_doc_id);
  g_ptr_array_unref (model->upper_bodies);
  g_ptr_array_unref (model->issuers);
  g_ptr_array_unref (model->principles);
  g_ptr_array_unref (model->bodies);
  g_ptr_array_unref (model->areas);
  g_ptr_array_unref (model->exemptions);
  g_ptr_array_unref (model->duties);
  /* The tables' keys are the ids owned by the bodies and areas. */
  g_hash_table_unref (model->body_by_id);
  g_hash_table_unref (model->area_by_id);
  g_ptr_array_unref (model->files);
  g_free (model);
}

static int
index_lookup (GHashTable *table, const char *id)
{
  gpointer value = g_hash_table_lookup (table, id);
  return value ? GPOINTER_TO_INT (value) - 1 : -1;
}

int
dg_model_body_index (const DgModel *model, const char *id)
{
  return index_lookup (model->body_by_id, id);
}

int
dg_model_area_index (const DgModel *model, const char *id)
{
  return index_lookup (model->area_by_id, id);
}

gboolean
dg_model_area_exempt (const DgModel *model, int area, const DgExemption **why)
{
  /* The loader refuses parent cycles, so this walk ends at a root. */
  for (int a = area; a >= 0; a = dg_model_area (model, a)->parent)
    for (guint i = 0; i < model->exemptions->len; i++)
      {
        const DgExemption *e = g_ptr_array_index (model->exemptions, i);
        if (e->area == a)
          {
            if (why)
              *why = e;
            return TRUE;
          }
      }
  return FALSE;
}

gboolean
dg_model_area_is_leaf (const DgModel *model, int area)
{
  for (guint i = 0; i < model->areas->len; i++)
    if (dg_model_area (model, (int) i)->parent == area)
      return FALSE;
  return TRUE;
}

const char *
dg_model_area_shared_basis (const DgModel *model, int area)
{
  for (guint depth = 0; area >= 0 && depth <= model->areas->len; depth++)
    {
      const DgArea *a = dg_model_area (model, area);
      if (a->shared_basis)
        return a->shared_basis;
      area = a->parent;
    }
  return NULL;
}

gboolean
dg_model_body_can_be_residual (const DgModel *model, int body)
{
  switch (dg_model_body (model, body)->kind)
    {
    case DG_KIND_OFFICE:
    case DG_KIND_DEPARTMENT:
    case DG_KIND_STATION:
      return TRUE;
    default:
      return FALSE;
    }
}
