/*
 * model-write.c — DgModel -> YAML text, through libfyaml.
 *
 * The tree is built with libfyaml's document builder and emitted in block
 * style, a top-level list item at a time (see write_list).  A scalar created by the builder is emitted exactly as given, so
 * a text starting with '#' or '- ' would come back as a comment or a list:
 * every free text is therefore first emitted alone as a double-quoted
 * scalar by libfyaml's event emitter (which does the escaping) and parsed
 * back into a node that keeps that style.  Only ids and enum names that
 * cannot be misread are plain.  Keys follow the order of
 * docs/model-format.md and absent values are left out, so the output is
 * deterministic and diffs well.
 */
#include <glib/gi18n.h>

#include <libfyaml.h>
#include <stdlib.h>
#include <string.h>

#include "model/model-write.h"
#include "util/data-dir.h"

G_DEFINE_QUARK (dg-write-error-quark, dg_write_error)

typedef struct {
  struct fy_document *doc;
  GPtrArray *buffers; /* the quoted scalars' text: their nodes point into it */
  gboolean failed;
} Writer;

/* A plain scalar is safe when YAML 1.1 and 1.2 readers (PyYAML, editors)
 * both see a string: an id-like word that is not a boolean, null or number. */
static gboolean
plain_safe (const char *s)
{
  static const char *const reserved[] = { "true", "false", "yes", "no", "on", "off", "y", "n",
                                          "null", NULL };
  if (!g_ascii_isalpha (s[0]))
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  for (guint i = 0; reserved[i]; i++)
    if (g_ascii_strcasecmp (s, reserved[i]) == 0)
      return FALSE;
  return TRUE;
}

/* A document to build into.  Every key the writer puts is its own, once,
 * so libfyaml's duplicate-key search on each append (a comparison with
 * every key before it) is left out. */
static struct fy_document *
new_document (void)
{
  static const struct fy_parse_cfg cfg = { .flags = FYPCF_ALLOW_DUPLICATE_KEYS };
  return fy_document_create (&cfg);
}

static struct fy_node *
checked (Writer *w, struct fy_node *node)
{
  if (node == NULL)
    w->failed = TRUE;
  return node;
}

/* Whether libfyaml's emitter writes VALUE double-quoted as it is, between
 * the quotes, with nothing escaped: printable characters only, no quote,
 * no backslash, no line or paragraph separator. */
static gboolean
quotes_as_is (const char *value)
{
  for (const char *p = value; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '"' || c == '\\' || c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028
          || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE || !g_unichar_isprint (c))
        return FALSE;
    }
  return g_utf8_validate (value, -1, NULL);
}

/* Free text, double-quoted and escaped by libfyaml's emitter. */
static struct fy_node *
text (Writer *w, const char *value)
{
  /* Most texts need no escaping: their quoted form is known without an
   * emitter of their own (the same bytes, which the tests compare). */
  if (quotes_as_is (value))
    {
      size_t len = strlen (value);
      char *quoted = malloc (len + 3); /* freed with the emitter's buffers, by free() */
      if (quoted == NULL)
        return checked (w, NULL);
      quoted[0] = '"';
      memcpy (quoted + 1, value, len);
      quoted[len + 1] = '"';
      quoted[len + 2] = '\0';
      g_ptr_array_add (w->buffers, quoted);
      return checked (w, fy_node_build_from_string (w->doc, quoted, len + 2));
    }
  struct fy_emitter *e = fy_emit_to_string (FYECF_MODE_ORIGINAL | FYECF_WIDTH_INF
                                            | FYECF_DOC_START_MARK_OFF | FYECF_DOC_END_MARK_OFF
                                            | FYECF_NO_ENDING_NEWLINE);
  if (e == NULL)
    return checked (w, NULL);
  int bad = 0;
  bad |= fy_emit_event (e, fy_emit_event_create (e, FYET_STREAM_START));
  bad |= fy_emit_event (e, fy_emit_event_create (e, FYET_DOCUMENT_START, 1, NULL, NULL));
  bad |= fy_emit_event (e, fy_emit_event_create (e, FYET_SCALAR, FYSS_DOUBLE_QUOTED, value, FY_NT,
                                                 NULL, NULL));
  bad |= fy_emit_event (e, fy_emit_event_create (e, FYET_DOCUMENT_END, 1));
  bad |= fy_emit_event (e, fy_emit_event_create (e, FYET_STREAM_END));
  size_t size = 0;
  char *quoted = bad ? NULL : fy_emit_to_string_collect (e, &size);
  fy_emitter_destroy (e);
  if (quoted == NULL)
    return checked (w, NULL);
  g_ptr_array_add (w->buffers, quoted);
  return checked (w, fy_node_build_from_string (w->doc, quoted, strlen (quoted)));
}

/* An id or an enum name. */
static struct fy_node *
word (Writer *w, const char *value)
{
  if (!plain_safe (value))
    return text (w, value);
  return checked (w, fy_node_create_scalar_copy (w->doc, value, FY_NT));
}

static struct fy_node *
integer (Writer *w, int value)
{
  return checked (w, fy_node_create_scalarf (w->doc, "%d", value));
}

static void
put (Writer *w, struct fy_node *map, const char *name, struct fy_node *value)
{
  struct fy_node *key = fy_node_create_scalar_copy (w->doc, name, FY_NT);
  if (key == NULL || value == NULL || fy_node_mapping_append (map, key, value) != 0)
    w->failed = TRUE;
}

static void
append (Writer *w, struct fy_node *seq, struct fy_node *value)
{
  if (value == NULL || fy_node_sequence_append (seq, value) != 0)
    w->failed = TRUE;
}

static void
pair_text (Writer *w, struct fy_node *map, const char *name, const char *value)
{
  if (value)
    put (w, map, name, text (w, value));
}

static void
pair_word (Writer *w, struct fy_node *map, const char *name, const char *value)
{
  if (value)
    put (w, map, name, word (w, value));
}

static void
pair_true (Writer *w, struct fy_node *map, const char *name, gboolean value)
{
  if (value)
    put (w, map, name, checked (w, fy_node_create_scalar (w->doc, "true", FY_NT)));
}

static void
pair_texts (Writer *w, struct fy_node *map, const char *name, const GPtrArray *values)
{
  if (values == NULL || values->len == 0)
    return;
  struct fy_node *seq = checked (w, fy_node_create_sequence (w->doc));
  for (guint i = 0; seq && i < values->len; i++)
    append (w, seq, text (w, g_ptr_array_index (values, i)));
  put (w, map, name, seq);
}

static void
pair_areas (Writer *w, const DgModel *m, struct fy_node *map, const char *name,
            const GArray *areas)
{
  if (areas->len == 0)
    return;
  struct fy_node *seq = checked (w, fy_node_create_sequence (w->doc));
  for (guint i = 0; seq && i < areas->len; i++)
    append (w, seq, word (w, dg_model_area (m, g_array_index (areas, int, i))->id));
  put (w, map, name, seq);
}

char *
dg_path_relative_to (const char *dir, const char *path)
{
  g_autofree char *abs_dir = g_canonicalize_filename (dir, NULL);
  g_autofree char *abs_path = g_canonicalize_filename (path, NULL);
  g_auto (GStrv) d = g_strsplit (abs_dir, G_DIR_SEPARATOR_S, -1);
  g_auto (GStrv) p = g_strsplit (abs_path, G_DIR_SEPARATOR_S, -1);
  guint common = 0;
  while (d[common] && p[common] && g_str_equal (d[common], p[common]))
    common++;
  /* Only the empty component before the leading '/' is shared. */
  if (common <= 1)
    return g_steal_pointer (&abs_path);
  GString *rel = g_string_new (NULL);
  for (guint i = common; d[i]; i++)
    if (d[i][0] != '\0')
      g_string_append (rel, ".." G_DIR_SEPARATOR_S);
  for (guint i = common; p[i]; i++)
    g_string_append_printf (rel, "%s%s", p[i], p[i + 1] ? G_DIR_SEPARATOR_S : "");
  return g_string_free (rel, FALSE);
}

static struct fy_node *
new_map (Writer *w)
{
  return checked (w, fy_node_create_mapping (w->doc));
}

static struct fy_node *
new_seq (Writer *w)
{
  return checked (w, fy_node_create_sequence (w->doc));
}

static struct fy_node *
write_document (Writer *w, const DgModel *m, const char *dir)
{
  struct fy_node *map = new_map (w);
  if (map == NULL)
    return NULL;
  pair_word (w, map, "id", m->doc_id);
  pair_text (w, map, "number", m->number);
  pair_text (w, map, "title", m->title);
  pair_text (w, map, "basis", m->basis);
  pair_text (w, map, "derived-from", m->derived_from);
  pair_texts (w, map, "issuers", m->issuers);
  if (m->year)
    put (w, map, "year", integer (w, m->year));
  if (m->source)
    {
      g_autofree char *rel = dg_path_relative_to (dir, m->source);
      pair_text (w, map, "source", rel);
    }
  return map;
}

static struct fy_node *
write_principle (Writer *w, const DgPrinciple *p)
{
  struct fy_node *map = new_map (w);
  if (map == NULL)
    return NULL;
  pair_word (w, map, "id", p->id);
  pair_text (w, map, "clause", p->clause);
  pair_text (w, map, "text", p->text);
  pair_word (w, map, "rule", p->rule);
  return map;
}

static struct fy_node *
write_body (Writer *w, const DgModel *m, const DgBody *b)
{
  struct fy_node *map = new_map (w);
  if (map == NULL)
    return NULL;
  pair_word (w, map, "id", b->id);
  pair_text (w, map, "name", b->name);
  pair_texts (w, map, "aliases", b->aliases);
  pair_word (w, map, "kind", dg_kind_name (b->kind));
  if (b->reports_to >= 0)
    pair_word (w, map, "reports-to", dg_model_body (m, b->reports_to)->id);
  else if (b->reports_to_upper >= 0)
    pair_word (w, map, "reports-to", dg_model_upper_body (m, b->reports_to_upper)->id);
  pair_areas (w, m, map, "manages", b->manages);
  pair_text (w, map, "clause", b->clause);
  pair_text (w, map, "note", b->note);
  pair_word (w, map, "aspect", b->aspect);
  return map;
}

static struct fy_node *
write_area (Writer *w, const DgModel *m, const DgArea *a)
{
  struct fy_node *map = new_map (w);
  if (map == NULL)
    return NULL;
  pair_word (w, map, "id", a->id);
  pair_text (w, map, "name", a->name);
  if (a->parent >= 0)
    pair_word (w, map, "parent", dg_model_area (m, a->parent)->id);
  pair_texts (w, map, "keywords", a->keywords);
  pair_true (w, map, "expected", a->expected);
  pair_text (w, map, "source", a->source);
  pair_text (w, map, "shared-basis", a->shared_basis);
  pair_true (w, map, "residual", a->residual);
  pair_text (w, map, "source-text", a->source_text);
  if (a->law_holders && a->law_holders->len > 0)
    pair_texts (w, map, "law-holders", a->law_holders);
  pair_text (w, map, "holder-text", a->holder_text);
  if (a->enterprise_duty)
    pair_word (w, map, "duty-of", "enterprise");
  return map;
}

static struct fy_node *
write_duty (Writer *w, const DgModel *m, const DgDuty *d)
{
  struct fy_node *map = new_map (w);
  if (map == NULL)
    return NULL;
  if (d->kinds)
    {
      struct fy_node *applies = new_map (w), *kinds = new_seq (w);
      for (guint k = 0; kinds && k < DG_KIND_COUNT; k++)
        if (d->kinds & (1u << k))
          append (w, kinds, word (w, dg_kind_name ((DgBodyKind) k)));
      if (applies)
        put (w, applies, "kind", kinds);
      put (w, map, "applies-to", applies);
    }
  else if (d->bodies->len == 1)
    pair_word (w, map, "body", dg_model_body (m, g_array_index (d->bodies, int, 0))->id);
  else
    {
      struct fy_node *bodies = new_seq (w);
      for (guint i = 0; bodies && i < d->bodies->len; i++)
        append (w, bodies, word (w, dg_model_body (m, g_array_index (d->bodies, int, i))->id));
      put (w, map, "bodies", bodies);
    }
  pair_word (w, map, "role", dg_role_name (d->role));
  if (d->with_upper && d->with_upper_body >= 0)
    pair_word (w, map, "with", dg_model_upper_body (m, d->with_upper_body)->id);
  else if (d->with_upper)
    pair_word (w, map, "with", "upper");
  else if (d->with_body >= 0)
    pair_word (w, map, "with", dg_model_body (m, d->with_body)->id);
  pair_areas (w, m, map, "areas", d->areas);
  pair_true (w, map, "procedural", d->procedural);
  pair_word (w, map, "aspect", d->aspect);
  pair_text (w, map, "clause", d->clause);
  pair_text (w, map, "text", d->text);
  if (d->every != DG_PERIOD_NONE)
    {
      pair_word (w, map, "every", dg_period_name (d->every));
      if (d->times != 1)
        put (w, map, "times", integer (w, d->times));
    }
  pair_text (w, map, "note", d->note);
  pair_text (w, map, "provenance", d->provenance);
  if (d->confidence >= 0)
    put (w, map, "confidence", integer (w, d->confidence));
  pair_text (w, map, "reason", d->reason);
  return map;
}

typedef struct fy_node *(*ItemWriter) (Writer *w, const DgModel *m, gconstpointer item);

static char *
emit_document (struct fy_document *doc)
{
  return fy_emit_document_to_string (doc, FYECF_MODE_BLOCK | FYECF_WIDTH_INF | FYECF_INDENT_2
                                              | FYECF_DOC_START_MARK_OFF | FYECF_DOC_END_MARK_OFF);
}

/* Appends the YAML of the document W has built, then starts a new one. */
static void
flush (Writer *w, GString *out)
{
  char *yaml = w->failed ? NULL : emit_document (w->doc);
  if (yaml == NULL)
    w->failed = TRUE;
  else
    g_string_append (out, yaml);
  free (yaml);
  fy_document_destroy (w->doc);
  g_ptr_array_set_size (w->buffers, 0);
  w->doc = new_document ();
  if (w->doc == NULL)
    w->failed = TRUE;
}

/* A top-level list, one item at a time: each item is emitted as a
 * document of its own whose root is a one-item sequence, which is
 * exactly its text under KEY in the whole file.  A model imported from
 * tens of megabytes of text is written in the memory of one item, not of a
 * tree of the whole model. */
static void
write_list (Writer *w, GString *out, const DgModel *m, const char *key, const GPtrArray *items,
            ItemWriter write_item, gboolean always)
{
  if (items->len == 0)
    {
      if (always)
        g_string_append_printf (out, "%s: []\n", key);
      return;
    }
  g_string_append_printf (out, "%s:\n", key);
  for (guint i = 0; i < items->len && !w->failed; i++)
    {
      struct fy_node *seq = new_seq (w);
      if (seq == NULL)
        return;
      fy_document_set_root (w->doc, seq);
      append (w, seq, write_item (w, m, g_ptr_array_index (items, i)));
      flush (w, out);
    }
}

static struct fy_node *
principle_item (Writer *w, const DgModel *m, gconstpointer item)
{
  (void) m;
  return write_principle (w, item);
}

static struct fy_node *
body_item (Writer *w, const DgModel *m, gconstpointer item)
{
  return write_body (w, m, item);
}

static struct fy_node *
area_item (Writer *w, const DgModel *m, gconstpointer item)
{
  return write_area (w, m, item);
}

static struct fy_node *
exemption_item (Writer *w, const DgModel *m, gconstpointer item)
{
  const DgExemption *e = item;
  struct fy_node *map = new_map (w);
  if (map == NULL)
    return NULL;
  pair_word (w, map, "area", dg_model_area (m, e->area)->id);
  pair_text (w, map, "reason", e->reason);
  return map;
}

static struct fy_node *
duty_item (Writer *w, const DgModel *m, gconstpointer item)
{
  return write_duty (w, m, item);
}

static void
build (Writer *w, GString *out, const DgModel *model, const char *dir)
{
  struct fy_node *root = new_map (w);
  if (root == NULL)
    return;
  fy_document_set_root (w->doc, root);
  put (w, root, "dutygraph", integer (w, 1));
  put (w, root, "document", write_document (w, model, dir));
  /* A bundled taxonomy is named, so the model loads on any machine. */
  g_autofree char *builtin = dg_builtin_taxonomy_name (model->taxonomy);
  if (builtin)
    pair_text (w, root, "taxonomy", builtin);
  else if (model->taxonomy)
    {
      g_autofree char *rel = dg_path_relative_to (dir, model->taxonomy);
      pair_text (w, root, "taxonomy", rel);
    }
  if (model->upper)
    {
      g_autofree char *rel = dg_path_relative_to (dir, model->upper);
      pair_text (w, root, "upper", rel);
    }
  flush (w, out);
  write_list (w, out, model, "principles", model->principles, principle_item, FALSE);
  write_list (w, out, model, "bodies", model->bodies, body_item, TRUE);
  /* The taxonomy stays a reference: only the model's own areas are written. */
  g_autoptr (GPtrArray) own_areas = g_ptr_array_new ();
  for (guint i = 0; i < model->areas->len; i++)
    if (!dg_model_area (model, (int) i)->from_taxonomy)
      g_ptr_array_add (own_areas, (gpointer) dg_model_area (model, (int) i));
  write_list (w, out, model, "areas", own_areas, area_item, FALSE);
  write_list (w, out, model, "exempt", model->exemptions, exemption_item, FALSE);
  write_list (w, out, model, "duties", model->duties, duty_item, TRUE);
}

char *
dg_model_write_yaml (const DgModel *model, const char *target, GError **error)
{
  g_return_val_if_fail (model != NULL, NULL);
  g_autofree char *dir = target && !g_str_equal (target, "-") ? g_path_get_dirname (target)
                                                              : g_strdup (".");
  Writer w = { new_document (), g_ptr_array_new_with_free_func (free), FALSE };
  GString *out = g_string_new (NULL);
  if (w.doc == NULL)
    w.failed = TRUE;
  else
    build (&w, out, model, dir);
  if (w.doc)
    fy_document_destroy (w.doc);
  g_ptr_array_unref (w.buffers);
  if (w.failed)
    {
      g_string_free (out, TRUE);
      g_set_error (error, DG_WRITE_ERROR, 0, _ ("the YAML emitter failed"));
      return NULL;
    }
  return g_string_free (out, FALSE);
}
