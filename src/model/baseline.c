/*
 * baseline.c — baseline file <-> DgBaseline (see baseline.h).
 *
 * Read with the model loader's YAML walk, so its errors look like a
 * model's; written with libfyaml's event emitter, which does the quoting.
 */
#include <inttypes.h>
#include <string.h>

#include <glib/gi18n.h>

#include "model/baseline.h"
#include "model/model-write.h"
#include "model/yaml-walk.h"

DgBaselineEntry *
dg_baseline_entry_new (void)
{
  return g_new0 (DgBaselineEntry, 1);
}

void
dg_baseline_entry_free (gpointer data)
{
  DgBaselineEntry *e = data;
  if (e == NULL)
    return;
  g_free (e->kind);
  g_free (e->area);
  if (e->bodies)
    g_ptr_array_unref (e->bodies);
  g_free (e->clause);
  g_free (e->principle);
  g_free (e->reason);
  g_free (e->reviewer);
  g_free (e->date);
  g_free (e);
}

DgBaseline *
dg_baseline_new (const char *path, const char *model)
{
  DgBaseline *b = g_new0 (DgBaseline, 1);
  b->path = g_strdup (path);
  b->model = g_strdup (model);
  b->entries = g_ptr_array_new_with_free_func (dg_baseline_entry_free);
  b->files = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (b->files, g_strdup (path ? path : "-"));
  return b;
}

void
dg_baseline_free (DgBaseline *b)
{
  if (b == NULL)
    return;
  g_free (b->path);
  g_free (b->model);
  g_ptr_array_unref (b->entries);
  g_ptr_array_unref (b->files);
  g_free (b);
}

/* ---- reading ----------------------------------------------------------- */

static const char *const entry_keys[] = { "kind", "area", "bodies", "clause", "principle", "reason",
                                          "reviewer", "date", NULL };

static void
entry_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  DgBaseline *b = user;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (DgYamlPair));
  if (!dg_yaml_pairs (w, item, loc, NC_ ("model part", "an accepted finding"), entry_keys, pairs))
    return;
  if (!dg_yaml_require (w, pairs, loc, NC_ ("model part", "accepted finding"),
                        (const char *const[]){ "kind", "reason", "reviewer", NULL }))
    return;
  DgBaselineEntry *e = dg_baseline_entry_new ();
  e->loc = loc;
  for (guint i = 0; i < pairs->len; i++)
    {
      const DgYamlPair *p = &g_array_index (pairs, DgYamlPair, i);
      const char *k = p->key;
      if (g_str_equal (k, "kind"))
        e->kind = dg_yaml_string (w, p->value, p->value_loc, k, FALSE);
      else if (g_str_equal (k, "area"))
        e->area = dg_yaml_string (w, p->value, p->value_loc, k, FALSE);
      else if (g_str_equal (k, "bodies"))
        e->bodies = dg_yaml_strings (w, p->value, p->value_loc, k);
      else if (g_str_equal (k, "clause"))
        e->clause = dg_yaml_string (w, p->value, p->value_loc, k, FALSE);
      else if (g_str_equal (k, "principle"))
        e->principle = dg_yaml_string (w, p->value, p->value_loc, k, FALSE);
      else if (g_str_equal (k, "reason"))
        e->reason = dg_yaml_string (w, p->value, p->value_loc, k, FALSE);
      else if (g_str_equal (k, "reviewer"))
        e->reviewer = dg_yaml_string (w, p->value, p->value_loc, k, FALSE);
      else if (g_str_equal (k, "date"))
        e->date = dg_yaml_string (w, p->value, p->value_loc, k, FALSE);
    }
  g_ptr_array_add (b->entries, e);
}

static const char *const baseline_keys[] = { "dutygraph-baseline", "model", "accepted", NULL };

DgBaseline *
dg_baseline_load (const char *path, const DgLoadLimits *limits, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  DgLoadLimits default_limits;
  if (limits == NULL)
    {
      dg_load_limits_init (&default_limits);
      limits = &default_limits;
    }
  g_autoptr (DgBaseline) b = dg_baseline_new (path, NULL);
  DgYamlDiag diag;
  dg_yaml_diag_init (&diag);
  DgYamlWalk w = { .file = g_ptr_array_index (b->files, 0), .diag = &diag, .limits = limits };
  g_autoptr (GError) io_error = NULL;
  DgYaml yaml = { NULL, NULL };
  if (dg_yaml_open (&w, path, &yaml, &io_error))
    {
      DgLoc top = { w.file, 1, 1 };
      struct fy_node *root = fy_document_root (yaml.doc);
      g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (DgYamlPair));
      if (root == NULL)
        dg_yaml_error (&diag, top,
                       _ ("the file is empty; a baseline starts with 'dutygraph-baseline: 1'"));
      else if (dg_yaml_pairs (&w, root, dg_yaml_loc (&w, root, top),
                              NC_ ("model part", "the baseline"), baseline_keys, pairs))
        {
          const DgYamlPair *version = dg_yaml_find (pairs, "dutygraph-baseline");
          gint64 v = 0;
          if (version == NULL)
            dg_yaml_error (&diag, dg_yaml_loc (&w, root, top),
                           _ ("not a dutygraph baseline: no 'dutygraph-baseline: 1' at the top"));
          else if (dg_yaml_int (&w, version->value, version->value_loc,
                                NC_ ("model part", "dutygraph-baseline (the format version)"), 0,
                                G_MAXINT32, &v)
                   && v != 1)
            dg_yaml_error (&diag, version->value_loc,
                           _ ("unsupported baseline version %" PRId64
                              " (this dutygraph reads version 1)"),
                           (int64_t) v);
          for (guint i = 0; v == 1 && i < pairs->len; i++)
            {
              const DgYamlPair *p = &g_array_index (pairs, DgYamlPair, i);
              if (g_str_equal (p->key, "model"))
                b->model = dg_yaml_string (&w, p->value, p->value_loc, "model", FALSE);
              else if (g_str_equal (p->key, "accepted"))
                dg_yaml_each (&w, p->value, p->value_loc, "accepted", entry_item, b);
            }
        }
      dg_yaml_close (&yaml);
    }
  g_free ((char *) w.text);
  if (!dg_yaml_diag_finish (&diag, path, g_steal_pointer (&io_error), error))
    return NULL;
  return g_steal_pointer (&b);
}

/* ---- writing ----------------------------------------------------------- */

/* VALUE as a double-quoted YAML scalar, quoted and escaped by libfyaml's
 * emitter; NULL when the emitter fails.  The block structure around the
 * scalars is fixed, so it is written as it is. */
static char *
quoted (const char *value)
{
  struct fy_emitter *e = fy_emit_to_string (FYECF_MODE_ORIGINAL | FYECF_WIDTH_INF
                                            | FYECF_DOC_START_MARK_OFF | FYECF_DOC_END_MARK_OFF
                                            | FYECF_NO_ENDING_NEWLINE);
  if (e == NULL)
    return NULL;
  int bad = 0;
  bad |= fy_emit_event (e, fy_emit_event_create (e, FYET_STREAM_START));
  bad |= fy_emit_event (e, fy_emit_event_create (e, FYET_DOCUMENT_START, 1, NULL, NULL));
  bad |= fy_emit_event (e, fy_emit_event_create (e, FYET_SCALAR, FYSS_DOUBLE_QUOTED, value, FY_NT,
                                                 NULL, NULL));
  bad |= fy_emit_event (e, fy_emit_event_create (e, FYET_DOCUMENT_END, 1));
  bad |= fy_emit_event (e, fy_emit_event_create (e, FYET_STREAM_END));
  size_t size = 0;
  char *text = bad ? NULL : fy_emit_to_string_collect (e, &size);
  fy_emitter_destroy (e);
  if (text == NULL)
    return NULL;
  char *out = g_strndup (text, size);
  free (text);
  return out;
}

static gboolean
append_pair (GString *out, const char *indent, const char *key, const char *value)
{
  if (value == NULL)
    return TRUE;
  g_autofree char *q = quoted (value);
  if (q == NULL)
    return FALSE;
  g_string_append_printf (out, "%s%s: %s\n", indent, key, q);
  return TRUE;
}

char *
dg_baseline_to_yaml (const DgBaseline *b, GError **error)
{
  GString *out = g_string_new ("dutygraph-baseline: 1\n");
  gboolean ok = append_pair (out, "", "model", b->model);
  g_string_append (out, b->entries->len ? "accepted:\n" : "accepted: []\n");
  for (guint i = 0; ok && i < b->entries->len; i++)
    {
      const DgBaselineEntry *e = g_ptr_array_index (b->entries, i);
      ok &= append_pair (out, "- ", "kind", e->kind);
      ok &= append_pair (out, "  ", "area", e->area);
      if (e->bodies)
        {
          g_string_append (out, "  bodies: [");
          for (guint k = 0; ok && k < e->bodies->len; k++)
            {
              g_autofree char *q = quoted (g_ptr_array_index (e->bodies, k));
              ok &= q != NULL;
              g_string_append_printf (out, "%s%s", k ? ", " : "", q ? q : "");
            }
          g_string_append (out, "]\n");
        }
      ok &= append_pair (out, "  ", "clause", e->clause);
      ok &= append_pair (out, "  ", "principle", e->principle);
      ok &= append_pair (out, "  ", "reason", e->reason ? e->reason : "");
      ok &= append_pair (out, "  ", "reviewer", e->reviewer ? e->reviewer : "");
      ok &= append_pair (out, "  ", "date", e->date);
    }
  if (!ok)
    {
      g_string_free (out, TRUE);
      g_set_error (error, DG_WRITE_ERROR, 0, _ ("cannot write the baseline"));
      return NULL;
    }
  return g_string_free (out, FALSE);
}
