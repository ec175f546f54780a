/*
 * rollup.c — reducing a checked model to its summary and folding the
 * summaries of many models together (see rollup.h).
 */
#include <string.h>

#include "analysis/rollup.h"
#include "util/regex-once.h"

/* ---- one model ---------------------------------------------------------- */

static void
area_summary_clear (gpointer data)
{
  DgAreaSummary *a = data;
  g_free (a->id);
  g_free (a->path);
  g_free (a->leads);
  g_strfreev (a->lead_names);
}

static void
body_load_clear (gpointer data)
{
  DgBodySummary *l = data;
  g_free (l->id);
  g_free (l->name);
}

static void
upper_use_clear (gpointer data)
{
  DgUpperUse *u = data;
  g_free (u->id);
  g_free (u->name);
  g_free (u->model);
  g_free (u->town);
}

static char *
area_path (const DgModel *model, int area)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  for (int a = area; a >= 0; a = dg_model_area (model, a)->parent)
    g_ptr_array_insert (names, 0, dg_model_area (model, a)->name);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" › ", (char **) names->pdata);
}

static gint
compare_bodies (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(const DgBody *const *) a)->id, (*(const DgBody *const *) b)->id);
}

/* Per area, the bodies leading it directly through their own duties, as
 * "a+b" (ids sorted) in LEADS and their names in the same order, joined
 * by "、", in NAMES; read from the duties in one pass rather than from
 * each area's holdings. */
static void
leads_by_area (const DgModel *model, char ***leads, char ****names)
{
  const guint n = model->areas->len;
  g_autofree GPtrArray **bodies = g_new0 (GPtrArray *, n + 1);
  for (guint d = 0; d < model->duties->len; d++)
    {
      const DgDuty *duty = dg_model_duty (model, (int) d);
      if (duty->role != DG_ROLE_LEAD || duty->kinds != 0)
        continue;
      for (guint i = 0; i < duty->areas->len; i++)
        {
          int area = g_array_index (duty->areas, int, i);
          if (bodies[area] == NULL)
            bodies[area] = g_ptr_array_new ();
          for (guint j = 0; j < duty->bodies->len; j++)
            {
              const DgBody *body = dg_model_body (model, g_array_index (duty->bodies, int, j));
              if (!g_ptr_array_find (bodies[area], body, NULL))
                g_ptr_array_add (bodies[area], (gpointer) body);
            }
        }
    }
  *leads = g_new0 (char *, n + 1);
  *names = g_new0 (char **, n + 1);
  for (guint a = 0; a < n; a++)
    {
      GString *ids = g_string_new (NULL);
      GStrvBuilder *words = g_strv_builder_new ();
      if (bodies[a] != NULL)
        {
          g_ptr_array_sort (bodies[a], compare_bodies);
          for (guint j = 0; j < bodies[a]->len; j++)
            {
              const DgBody *body = g_ptr_array_index (bodies[a], j);
              if (j > 0)
                g_string_append_c (ids, '+');
              g_string_append (ids, body->id);
              g_strv_builder_add (words, body->name ? body->name : body->id);
            }
          g_ptr_array_unref (bodies[a]);
        }
      (*leads)[a] = g_string_free (ids, FALSE);
      (*names)[a] = g_strv_builder_end (words);
      g_strv_builder_unref (words);
    }
}

/* The file's base name without its extension: town-1 for a/b/town-1.yaml. */
static char *
file_stem (const char *path)
{
  if (path == NULL)
    return NULL;
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_strdup (base);
}

/* The place a text opens with: 中共张山子镇委员会 or 张山子镇人民政府 → 张山子镇
 * (ISSUER), 东山镇安全生产监管职责 → 东山镇 (a title); NULL when none. */
static char *
place_in (const char *text, gboolean issuer)
{
  static GRegex *issuer_re, *title_re;
  if (text == NULL)
    return NULL;
  dg_regex_once (&issuer_re,
                 "^(?:中共)?(\\p{Han}{2,8}?(?:街道|镇|乡|县|区|市))"
                 "(?:人民政府|委员会|党委|办事处|安全生产委员会|政府|安委会)",
                 G_REGEX_OPTIMIZE);
  dg_regex_once (&title_re,
                 "^(?:中共|关于)?(\\p{Han}{2,6}?(?:街道|镇|乡|县|区))"
                 "(?=(?:19|20)[0-9]{2}|安全|人民|党委|政府|关于|应急)",
                 G_REGEX_OPTIMIZE);
  g_autoptr (GMatchInfo) match = NULL;
  if (!g_regex_match (issuer ? issuer_re : title_re, text, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

char *
dg_rollup_town_name (const DgModel *model)
{
  for (guint i = 0; i < model->issuers->len; i++)
    {
      char *place = place_in (g_ptr_array_index (model->issuers, i), TRUE);
      if (place != NULL)
        return place;
    }
  char *place = place_in (model->title, TRUE);
  if (place == NULL)
    place = place_in (model->title, FALSE);
  return place != NULL ? place : file_stem (model->path);
}

DgModelSummary *
dg_model_summary_new (const DgReport *report)
{
  const DgGraph *graph = report->graph;
  const DgModel *m = graph->model;
  DgModelSummary *s = g_new0 (DgModelSummary, 1);
  s->path = g_strdup (m->path);
  s->doc_id = g_strdup (m->doc_id);
  s->title = g_strdup (m->title);
  s->town = dg_rollup_town_name (m);
  s->upper = g_strdup (m->upper);
  s->upper_town = m->upper_model ? dg_rollup_town_name (m->upper_model) : file_stem (m->upper);
  s->n_bodies = m->bodies->len;
  s->n_areas = m->areas->len;
  s->n_duties = m->duties->len;
  memcpy (s->count, report->count, sizeof s->count);

  g_autofree guint *state = g_new0 (guint, m->areas->len + 1);
  for (guint i = 0; i < report->findings->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (report->findings, i);
      s->severity[f->severity]++;
      if (f->area < 0)
        continue;
      if (f->kind == DG_FINDING_UNCOVERED)
        state[f->area] |= DG_AREA_UNCOVERED;
      if (f->kind == DG_FINDING_CONFLICT || f->kind == DG_FINDING_SHARED)
        state[f->area] |= DG_AREA_OVERLAPPED;
      if (f->kind == DG_FINDING_CONFLICT && f->severity == DG_SEVERITY_ERROR)
        state[f->area] |= DG_AREA_CONFLICT;
    }

  s->areas = g_array_sized_new (FALSE, FALSE, sizeof (DgAreaSummary), m->areas->len);
  g_array_set_clear_func (s->areas, area_summary_clear);
  g_autofree char **leads = NULL;
  g_autofree char ***names = NULL;
  leads_by_area (m, &leads, &names);
  for (guint a = 0; a < m->areas->len; a++)
    {
      DgAreaSummary as = { g_strdup (dg_model_area (m, (int) a)->id), area_path (m, (int) a),
                           state[a], leads[a], names[a] };
      as.state |= dg_model_area_exempt (m, (int) a, NULL) ? DG_AREA_EXEMPT : DG_AREA_PRESENT;
      g_array_append_val (s->areas, as);
    }

  s->loads = g_array_sized_new (FALSE, FALSE, sizeof (DgBodySummary), m->bodies->len);
  g_array_set_clear_func (s->loads, body_load_clear);
  for (guint b = 0; b < m->bodies->len; b++)
    {
      const DgBody *body = dg_model_body (m, (int) b);
      DgBodySummary load = { body->kind, g_strdup (body->id), g_strdup (body->name), 0, 0 };
      dg_graph_body_area_counts (graph, (int) b, &load.lead, &load.support);
      g_array_append_val (s->loads, load);
    }

  s->uppers = g_array_new (FALSE, TRUE, sizeof (DgUpperUse));
  g_array_set_clear_func (s->uppers, upper_use_clear);
  for (guint u = 0; u < m->upper_bodies->len; u++)
    {
      const DgUpperBody *ub = dg_model_upper_body (m, (int) u);
      /* The model above is at hand; a body further up is named by its file. */
      char *town = m->upper_model && g_strcmp0 (ub->model_path, m->upper_model->path) == 0
                       ? dg_rollup_town_name (m->upper_model)
                       : file_stem (ub->model_path);
      DgUpperUse use = { g_strdup (ub->id), g_strdup (ub->name), g_strdup (ub->model_path), town,
                         0, 0 };
      for (guint d = 0; d < m->duties->len; d++)
        use.assists += dg_model_duty (m, (int) d)->with_upper_body == (int) u;
      for (guint b = 0; b < m->bodies->len; b++)
        use.reports += dg_model_body (m, (int) b)->reports_to_upper == (int) u;
      g_array_append_val (s->uppers, use);
    }
  return s;
}

void
dg_model_summary_free (DgModelSummary *s)
{
  if (s == NULL)
    return;
  g_free (s->path);
  g_free (s->doc_id);
  g_free (s->title);
  g_free (s->town);
  g_free (s->upper);
  g_free (s->upper_town);
  g_array_unref (s->areas);
  g_array_unref (s->loads);
  g_array_unref (s->uppers);
  g_free (s);
}

/* ---- many models -------------------------------------------------------- */

static void
rollup_model_free (gpointer data)
{
  DgRollupModel *m = data;
  g_free (m->path);
  g_free (m->doc_id);
  g_free (m->title);
  g_free (m->town);
  g_free (m->upper);
  g_free (m->upper_town);
  g_free (m);
}

static void
assignment_free (gpointer data)
{
  DgAssignment *a = data;
  g_free (a->leads);
  g_ptr_array_unref (a->names);
  g_array_unref (a->models);
  g_free (a);
}

static void
rollup_area_free (gpointer data)
{
  DgRollupArea *a = data;
  g_free (a->id);
  g_free (a->path);
  g_array_unref (a->uncovered);
  g_array_unref (a->overlapped);
  g_array_unref (a->conflict);
  g_hash_table_unref (a->by_leads);
  g_ptr_array_unref (a->assignments);
  g_free (a);
}

static void
rollup_upper_free (gpointer data)
{
  DgRollupUpper *u = data;
  g_free (u->id);
  g_free (u->name);
  g_free (u->model);
  g_free (u->town);
  g_array_unref (u->assisted_by);
  g_array_unref (u->reported_by);
  g_free (u);
}

DgRollup *
dg_rollup_new (void)
{
  DgRollup *r = g_new0 (DgRollup, 1);
  r->models = g_ptr_array_new_with_free_func (rollup_model_free);
  r->areas = g_ptr_array_new_with_free_func (rollup_area_free);
  r->area_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  r->uppers = g_ptr_array_new_with_free_func (rollup_upper_free);
  r->upper_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint k = 0; k < DG_KIND_COUNT; k++)
    {
      r->kinds[k].lead_counts = g_array_new (FALSE, TRUE, sizeof (guint));
      r->kinds[k].support_counts = g_array_new (FALSE, TRUE, sizeof (guint));
      r->kinds[k].max_lead_model = r->kinds[k].max_support_model = -1;
    }
  return r;
}

void
dg_rollup_free (DgRollup *r)
{
  if (r == NULL)
    return;
  g_hash_table_unref (r->area_by_id);
  g_ptr_array_unref (r->areas);
  g_ptr_array_unref (r->models);
  g_hash_table_unref (r->upper_by_key);
  g_ptr_array_unref (r->uppers);
  for (guint k = 0; k < DG_KIND_COUNT; k++)
    {
      g_array_unref (r->kinds[k].lead_counts);
      g_array_unref (r->kinds[k].support_counts);
      g_free (r->kinds[k].max_lead_body);
      g_free (r->kinds[k].max_lead_name);
      g_free (r->kinds[k].max_support_body);
      g_free (r->kinds[k].max_support_name);
    }
  g_free (r);
}

static void
count_value (GArray *counts, guint value)
{
  if (counts->len <= value)
    g_array_set_size (counts, value + 1);
  g_array_index (counts, guint, value)++;
}

static DgRollupArea *
area_of (DgRollup *r, const DgAreaSummary *as)
{
  DgRollupArea *a = g_hash_table_lookup (r->area_by_id, as->id);
  if (a)
    return a;
  a = g_new0 (DgRollupArea, 1);
  a->id = g_strdup (as->id);
  a->path = g_strdup (as->path);
  a->uncovered = g_array_new (FALSE, FALSE, sizeof (guint));
  a->overlapped = g_array_new (FALSE, FALSE, sizeof (guint));
  a->conflict = g_array_new (FALSE, FALSE, sizeof (guint));
  a->assignments = g_ptr_array_new_with_free_func (assignment_free);
  a->by_leads = g_hash_table_new (g_str_hash, g_str_equal);
  a->norm = -1;
  g_ptr_array_add (r->areas, a);
  g_hash_table_insert (r->area_by_id, a->id, a);
  return a;
}

static void
add_area (DgRollupArea *a, const DgAreaSummary *as, guint model)
{
  if (as->state & DG_AREA_EXEMPT)
    {
      a->exempt++;
      return;
    }
  a->present++;
  if (as->state & DG_AREA_UNCOVERED)
    g_array_append_val (a->uncovered, model);
  if (as->state & DG_AREA_OVERLAPPED)
    g_array_append_val (a->overlapped, model);
  if (as->state & DG_AREA_CONFLICT)
    g_array_append_val (a->conflict, model);
  DgAssignment *x = g_hash_table_lookup (a->by_leads, as->leads);
  if (x == NULL)
    {
      x = g_new0 (DgAssignment, 1);
      x->leads = g_strdup (as->leads);
      x->names = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      x->models = g_array_new (FALSE, FALSE, sizeof (guint));
      g_ptr_array_add (a->assignments, x);
      g_hash_table_insert (a->by_leads, x->leads, x);
    }
  g_ptr_array_add (x->names, as->lead_names ? g_strdupv (as->lead_names) : g_new0 (char *, 1));
  g_array_append_val (x->models, model);
}

static void
add_load (DgRollupKind *k, const DgBodySummary *l, guint model)
{
  k->bodies++;
  count_value (k->lead_counts, l->lead);
  count_value (k->support_counts, l->support);
  /* The first body to reach a maximum keeps it: model order, then body order. */
  if (k->max_lead_model < 0 || l->lead > k->max_lead)
    {
      k->max_lead = l->lead;
      k->max_lead_model = (int) model;
      g_free (k->max_lead_body);
      g_free (k->max_lead_name);
      k->max_lead_body = g_strdup (l->id);
      k->max_lead_name = g_strdup (l->name);
    }
  if (k->max_support_model < 0 || l->support > k->max_support)
    {
      k->max_support = l->support;
      k->max_support_model = (int) model;
      g_free (k->max_support_body);
      g_free (k->max_support_name);
      k->max_support_body = g_strdup (l->id);
      k->max_support_name = g_strdup (l->name);
    }
}

static void
add_upper (DgRollup *r, const DgUpperUse *use, guint model)
{
  g_autofree char *key = g_strdup_printf ("%s\n%s", use->model, use->id);
  DgRollupUpper *u = g_hash_table_lookup (r->upper_by_key, key);
  if (u == NULL)
    {
      u = g_new0 (DgRollupUpper, 1);
      u->id = g_strdup (use->id);
      u->name = g_strdup (use->name);
      u->model = g_strdup (use->model);
      u->town = g_strdup (use->town);
      u->assisted_by = g_array_new (FALSE, FALSE, sizeof (guint));
      u->reported_by = g_array_new (FALSE, FALSE, sizeof (guint));
      g_ptr_array_add (r->uppers, u);
      g_hash_table_insert (r->upper_by_key, g_steal_pointer (&key), u);
    }
  if (use->assists > 0)
    g_array_append_val (u->assisted_by, model);
  if (use->reports > 0)
    g_array_append_val (u->reported_by, model);
}

void
dg_rollup_add (DgRollup *r, const DgModelSummary *s)
{
  guint model = r->models->len;
  DgRollupModel *rm = g_new0 (DgRollupModel, 1);
  rm->path = g_strdup (s->path);
  rm->doc_id = g_strdup (s->doc_id);
  rm->title = g_strdup (s->title);
  rm->town = g_strdup (s->town);
  rm->upper = g_strdup (s->upper);
  rm->upper_town = g_strdup (s->upper_town);
  rm->n_bodies = s->n_bodies;
  rm->n_areas = s->n_areas;
  rm->n_duties = s->n_duties;
  memcpy (rm->severity, s->severity, sizeof rm->severity);
  g_ptr_array_add (r->models, rm);
  for (guint i = 0; i < DG_FINDING_KIND_COUNT; i++)
    r->count[i] += s->count[i];
  for (guint i = 0; i <= DG_SEVERITY_ERROR; i++)
    r->severity[i] += s->severity[i];

  for (guint i = 0; i < s->areas->len; i++)
    {
      const DgAreaSummary *as = &g_array_index (s->areas, DgAreaSummary, i);
      add_area (area_of (r, as), as, model);
    }
  gboolean seen[DG_KIND_COUNT] = { FALSE };
  for (guint i = 0; i < s->loads->len; i++)
    {
      const DgBodySummary *l = &g_array_index (s->loads, DgBodySummary, i);
      add_load (&r->kinds[l->kind], l, model);
      if (!seen[l->kind])
        r->kinds[l->kind].models++;
      seen[l->kind] = TRUE;
    }
  for (guint i = 0; i < s->uppers->len; i++)
    add_upper (r, &g_array_index (s->uppers, DgUpperUse, i), model);
}

GPtrArray *
dg_assignment_names (const DgAssignment *x)
{
  GPtrArray *lists = g_ptr_array_new ();
  for (guint i = 0; i < x->names->len; i++)
    {
      char **names = g_ptr_array_index (x->names, i);
      gboolean seen = FALSE;
      for (guint j = 0; j < lists->len && !seen; j++)
        seen = g_strv_equal (g_ptr_array_index (lists, j), (const char *const *) names);
      if (!seen)
        g_ptr_array_add (lists, names);
    }
  return lists;
}

char *
dg_assignment_names_text (const DgAssignment *x)
{
  g_autoptr (GPtrArray) lists = dg_assignment_names (x);
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < lists->len; i++)
    {
      g_autofree char *names = g_strjoinv ("、", g_ptr_array_index (lists, i));
      if (i > 0)
        g_string_append (out, " / ");
      g_string_append (out, names);
    }
  return g_string_free (out, FALSE);
}

void
dg_rollup_finish (DgRollup *r)
{
  r->n_outliers = 0;
  for (guint i = 0; i < r->areas->len; i++)
    {
      DgRollupArea *a = g_ptr_array_index (r->areas, i);
      a->norm = -1;
      for (guint j = 0; j < a->assignments->len; j++)
        {
          const DgAssignment *x = g_ptr_array_index (a->assignments, j);
          if (2 * x->models->len > a->present)
            a->norm = (int) j;
        }
      if (a->norm >= 0)
        r->n_outliers += a->present
                         - ((const DgAssignment *) g_ptr_array_index (a->assignments, a->norm))
                               ->models->len;
    }
}

guint
dg_rollup_median (const GArray *counts, guint n)
{
  guint rank = (n + 1) / 2, seen = 0;
  for (guint v = 0; n > 0 && v < counts->len; v++)
    {
      seen += g_array_index (counts, guint, v);
      if (seen >= rank)
        return v;
    }
  return 0;
}
