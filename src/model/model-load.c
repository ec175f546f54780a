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
#include <errno.h>
#include <libfyaml.h>
#include <string.h>
#include <sys/stat.h>

#include "model/model-load.h"

G_DEFINE_QUARK (dg-load-error-quark, dg_load_error)

void
dg_load_limits_init (DgLoadLimits *limits)
{
  limits->max_file_bytes = 64 * 1024 * 1024;
  limits->max_depth = 64;
}

/* ---- diagnostics ------------------------------------------------------ */

typedef struct {
  DgLoc loc;
  guint order;   /* the file's rank in FILES, then the line, then the column */
  char *line;    /* "FILE:LINE:COL: error: message" */
} DiagLine;

typedef struct {
  GArray *lines; /* of DiagLine, at most DG_LOAD_MAX_ERRORS */
  GPtrArray *files;
  guint total;
} Diag;

static void
diag_line_clear (gpointer data)
{
  g_free (((DiagLine *) data)->line);
}

static void G_GNUC_PRINTF (3, 4)
diag_error (Diag *diag, DgLoc loc, const char *format, ...)
{
  diag->total++;
  if (diag->lines->len >= DG_LOAD_MAX_ERRORS)
    return;
  va_list args;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  guint order = 0;
  while (order < diag->files->len && g_ptr_array_index (diag->files, order) != loc.file)
    order++;
  if (order == diag->files->len)
    g_ptr_array_add (diag->files, (gpointer) loc.file);
  DiagLine line = { loc, order, g_strdup_printf ("%s:%d:%d: error: %s", loc.file, loc.line,
                                                 loc.column, message) };
  g_array_append_val (diag->lines, line);
}

static gint
compare_diag_lines (gconstpointer a, gconstpointer b)
{
  const DiagLine *x = a, *y = b;
  if (x->order != y->order)
    return x->order < y->order ? -1 : 1;
  if (x->loc.line != y->loc.line)
    return x->loc.line < y->loc.line ? -1 : 1;
  return x->loc.column < y->loc.column ? -1 : x->loc.column > y->loc.column;
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

/* ---- reading the file ------------------------------------------------- */

/* Line and character column of byte OFFSET in DATA. */
static DgLoc
loc_of_offset (const char *file, const char *data, gsize offset)
{
  DgLoc loc = { file, 1, 1 };
  const char *p = data, *end = data + offset;
  while (p < end)
    {
      if (*p == '\n')
        {
          loc.line++;
          loc.column = 1;
          p++;
          continue;
        }
      /* The prefix before OFFSET is valid UTF-8, so stepping is safe. */
      p = g_utf8_next_char (p);
      loc.column++;
    }
  return loc;
}

static gboolean
read_text (const char *path, const DgLoadLimits *limits, const char *file, char **contents,
           gsize *length, Diag *diag, GError **error)
{
  struct stat st;
  if (stat (path, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, DG_LOAD_ERROR, DG_LOAD_ERROR_IO, "%s:1:1: error: cannot read: %s", file,
                   g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, DG_LOAD_ERROR, DG_LOAD_ERROR_IO, "%s:1:1: error: not a regular file", file);
      return FALSE;
    }
  if ((guint64) st.st_size > limits->max_file_bytes)
    {
      g_set_error (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID,
                   "%s:1:1: error: file is %" G_GUINT64_FORMAT
                   " bytes, over the limit of %" G_GSIZE_FORMAT " (see --max-file-size)",
                   file, (guint64) st.st_size, limits->max_file_bytes);
      return FALSE;
    }
  g_autoptr (GError) local = NULL;
  if (!g_file_get_contents (path, contents, length, &local))
    {
      g_set_error (error, DG_LOAD_ERROR, DG_LOAD_ERROR_IO, "%s:1:1: error: cannot read: %s", file,
                   local->message);
      return FALSE;
    }
  const char *bad = NULL;
  if (!g_utf8_validate_len (*contents, *length, &bad))
    {
      DgLoc loc = loc_of_offset (file, *contents, (gsize) (bad - *contents));
      if (*bad == '\0')
        diag_error (diag, loc, "NUL byte in the file");
      else
        diag_error (diag, loc, "invalid UTF-8 (byte 0x%02x); save the file as UTF-8",
                    (guint) (guchar) *bad);
    }
  return TRUE;
}

/* ---- walking the YAML -------------------------------------------------- */

typedef struct {
  const char *file;   /* interned in model->files */
  const char *text;   /* the file's bytes, for mark -> character column */
  gsize text_len;
  Diag *diag;
  DgModel *model;
  const DgLoadLimits *limits;
  gboolean in_taxonomy;
} Walk;

static DgLoc
mark_loc (const Walk *w, const struct fy_mark *mark)
{
  /* libfyaml counts columns in its own units; recount characters from the
   * byte position so columns match what an editor shows for Chinese text. */
  if (mark->input_pos <= w->text_len)
    return loc_of_offset (w->file, w->text, mark->input_pos);
  return (DgLoc){ w->file, mark->line + 1, mark->column + 1 };
}

/* Where NODE starts; PARENT is used when the node has no token of its own
 * (an empty flow collection). */
static DgLoc
node_loc (const Walk *w, struct fy_node *node, DgLoc parent)
{
  for (int depth = 0; node != NULL && depth < 256; depth++)
    {
      struct fy_token *token = fy_node_get_scalar_token (node);
      if (token)
        {
          const struct fy_mark *mark = fy_token_start_mark (token);
          if (mark)
            return mark_loc (w, mark);
        }
      void *iter = NULL;
      if (fy_node_is_mapping (node))
        {
          struct fy_node_pair *pair = fy_node_mapping_iterate (node, &iter);
          node = pair ? fy_node_pair_key (pair) : NULL;
        }
      else if (fy_node_is_sequence (node))
        node = fy_node_sequence_iterate (node, &iter);
      else
        break;
    }
  return parent;
}

static gboolean
refuse_alias (Walk *w, struct fy_node *node, DgLoc loc)
{
  if (node && fy_node_is_alias (node))
    {
      /* libfyaml marks an alias at its name; point at the '*' before it. */
      if (loc.column > 1)
        loc.column--;
      diag_error (w->diag, loc, "YAML aliases are not allowed in a model; write the value out");
      return TRUE;
    }
  return FALSE;
}

/* A string value; NULL (with an error) unless NODE is a non-empty scalar. */
static char *
get_string (Walk *w, struct fy_node *node, DgLoc loc, const char *what, gboolean allow_empty)
{
  if (refuse_alias (w, node, loc))
    return NULL;
  if (node == NULL || !fy_node_is_scalar (node))
    {
      diag_error (w->diag, loc, "%s must be a string", what);
      return NULL;
    }
  size_t len = 0;
  const char *s = fy_node_get_scalar (node, &len);
  if (s == NULL)
    s = "";
  if (fy_node_get_style (node) == FYNS_PLAIN && (len == 0 || (len == 1 && s[0] == '~')
                                                  || (len == 4 && memcmp (s, "null", 4) == 0)))
    {
      diag_error (w->diag, loc, "%s must be a string, not null", what);
      return NULL;
    }
  if (memchr (s, '\0', len) != NULL)
    {
      diag_error (w->diag, loc, "%s contains a NUL character", what);
      return NULL;
    }
  if (!g_utf8_validate_len (s, len, NULL))
    {
      diag_error (w->diag, loc, "%s is not valid UTF-8", what);
      return NULL;
    }
  g_autofree char *value = g_strndup (s, len);
  g_strstrip (value);
  if (!allow_empty && value[0] == '\0')
    {
      diag_error (w->diag, loc, "%s must not be empty", what);
      return NULL;
    }
  return g_steal_pointer (&value);
}

static gboolean
get_int (Walk *w, struct fy_node *node, DgLoc loc, const char *what, gint64 min, gint64 max,
         gint64 *out)
{
  if (refuse_alias (w, node, loc))
    return FALSE;
  if (node == NULL || !fy_node_is_scalar (node) || fy_node_get_style (node) != FYNS_PLAIN)
    {
      diag_error (w->diag, loc, "%s must be an integer", what);
      return FALSE;
    }
  size_t len = 0;
  const char *s = fy_node_get_scalar (node, &len);
  g_autofree char *text = g_strndup (s ? s : "", len);
  g_autoptr (GError) local = NULL;
  if (!g_ascii_string_to_signed (text, 10, min, max, out, &local))
    {
      diag_error (w->diag, loc, "%s must be an integer from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT ", not '%s'",
                  what, min, max, text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
get_bool (Walk *w, struct fy_node *node, DgLoc loc, const char *what, gboolean *out)
{
  if (refuse_alias (w, node, loc))
    return FALSE;
  if (node != NULL && fy_node_is_scalar (node) && fy_node_get_style (node) == FYNS_PLAIN)
    {
      size_t len = 0;
      const char *s = fy_node_get_scalar (node, &len);
      g_autofree char *text = g_strndup (s ? s : "", len);
      if (g_str_equal (text, "true") || g_str_equal (text, "True") || g_str_equal (text, "TRUE"))
        {
          *out = TRUE;
          return TRUE;
        }
      if (g_str_equal (text, "false") || g_str_equal (text, "False") || g_str_equal (text, "FALSE"))
        {
          *out = FALSE;
          return TRUE;
        }
    }
  diag_error (w->diag, loc, "%s must be true or false", what);
  return FALSE;
}

static gboolean
valid_id (const char *id)
{
  if (!g_ascii_isalnum (id[0]))
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return strlen (id) <= 200;
}

static char *
get_id (Walk *w, struct fy_node *node, DgLoc loc, const char *what)
{
  g_autofree char *id = get_string (w, node, loc, what, FALSE);
  if (id == NULL)
    return NULL;
  if (!valid_id (id))
    {
      diag_error (w->diag, loc,
                  "%s '%s' is not a valid id (ASCII letters, digits, '-', '_', '.'; "
                  "starting with a letter or digit)",
                  what, id);
      return NULL;
    }
  return g_steal_pointer (&id);
}

/* Calls ITEM for each element of a sequence; FALSE (with an error) if NODE is not one. */
typedef void (*ItemFn) (Walk *w, struct fy_node *item, DgLoc loc, gpointer user);

static gboolean
each_item (Walk *w, struct fy_node *node, DgLoc loc, const char *what, ItemFn item, gpointer user)
{
  if (refuse_alias (w, node, loc))
    return FALSE;
  if (node == NULL || !fy_node_is_sequence (node))
    {
      diag_error (w->diag, loc, "%s must be a list", what);
      return FALSE;
    }
  void *iter = NULL;
  struct fy_node *child;
  while ((child = fy_node_sequence_iterate (node, &iter)) != NULL)
    item (w, child, node_loc (w, child, loc), user);
  return TRUE;
}

static void
string_item (Walk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  GPtrArray *out = user;
  char *s = get_string (w, item, loc, "a list entry", FALSE);
  if (s)
    g_ptr_array_add (out, s);
}

static GPtrArray *
get_string_list (Walk *w, struct fy_node *node, DgLoc loc, const char *what)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  each_item (w, node, loc, what, string_item, out);
  return out;
}

/* A mapping's pairs: key text, key location, value node. */
typedef struct {
  const char *key;
  DgLoc key_loc;
  struct fy_node *value;
  DgLoc value_loc;
} Pair;

/* Reads the pairs of a mapping into PAIRS; FALSE (with an error) if not one.
 * Keys outside ALLOWED (NULL-terminated) are reported and skipped. */
static gboolean
get_pairs (Walk *w, struct fy_node *node, DgLoc loc, const char *what,
           const char *const *allowed, GArray *pairs)
{
  if (refuse_alias (w, node, loc))
    return FALSE;
  if (node == NULL || !fy_node_is_mapping (node))
    {
      diag_error (w->diag, loc, "%s must be a mapping (key: value)", what);
      return FALSE;
    }
  void *iter = NULL;
  struct fy_node_pair *fy_pair;
  while ((fy_pair = fy_node_mapping_iterate (node, &iter)) != NULL)
    {
      struct fy_node *key = fy_node_pair_key (fy_pair);
      DgLoc key_loc = node_loc (w, key, loc);
      if (key == NULL || !fy_node_is_scalar (key) || fy_node_is_alias (key))
        {
          diag_error (w->diag, key_loc, "keys of %s must be plain strings", what);
          continue;
        }
      const char *text = fy_node_get_scalar0 (key);
      if (text == NULL)
        continue;
      if (!g_strv_contains (allowed, text))
        {
          g_autofree char *expected = g_strjoinv (", ", (char **) allowed);
          diag_error (w->diag, key_loc, "unknown key '%s' in %s (expected one of: %s)", text, what,
                      expected);
          continue;
        }
      struct fy_node *value = fy_node_pair_value (fy_pair);
      Pair pair = { text, key_loc, value, node_loc (w, value, key_loc) };
      g_array_append_val (pairs, pair);
    }
  return TRUE;
}

static const Pair *
find_pair (GArray *pairs, const char *key)
{
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *p = &g_array_index (pairs, Pair, i);
      if (g_str_equal (p->key, key))
        return p;
    }
  return NULL;
}

static gboolean
require_keys (Walk *w, GArray *pairs, DgLoc loc, const char *what, const char *const *required)
{
  gboolean ok = TRUE;
  for (const char *const *k = required; *k; k++)
    if (find_pair (pairs, *k) == NULL)
      {
        diag_error (w->diag, loc, "%s has no '%s'", what, *k);
        ok = FALSE;
      }
  return ok;
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
} Ref;

typedef struct {
  Walk walk;
  GArray *refs; /* of Ref */
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
  Ref ref = { kind, id, loc, array, array->len - 1, NULL, what };
  g_array_append_val (refs, ref);
}

static void
add_ref (GArray *refs, RefKind kind, char *id, DgLoc loc, int *target, const char *what)
{
  *target = -1;
  Ref ref = { kind, id, loc, NULL, 0, target, what };
  g_array_append_val (refs, ref);
}

/* ---- sections ---------------------------------------------------------- */

static const char *const document_keys[] = { "id", "number", "title", "issuers", "year", "source", NULL };

static void
read_document (Loader *ld, struct fy_node *node, DgLoc loc, const char *model_dir)
{
  Walk *w = &ld->walk;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  if (!get_pairs (w, node, loc, "document", document_keys, pairs))
    return;
  require_keys (w, pairs, loc, "document", (const char *const[]){ "id", "title", NULL });
  DgModel *m = w->model;
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *p = &g_array_index (pairs, Pair, i);
      if (g_str_equal (p->key, "id"))
        m->doc_id = get_id (w, p->value, p->value_loc, "document id");
      else if (g_str_equal (p->key, "number"))
        m->number = get_string (w, p->value, p->value_loc, "document number", FALSE);
      else if (g_str_equal (p->key, "title"))
        m->title = get_string (w, p->value, p->value_loc, "document title", FALSE);
      else if (g_str_equal (p->key, "issuers"))
        {
          g_ptr_array_unref (m->issuers);
          m->issuers = get_string_list (w, p->value, p->value_loc, "issuers");
        }
      else if (g_str_equal (p->key, "year"))
        {
          gint64 year;
          if (get_int (w, p->value, p->value_loc, "year", 1949, 2200, &year))
            m->year = (int) year;
        }
      else if (g_str_equal (p->key, "source"))
        {
          g_autofree char *source = get_string (w, p->value, p->value_loc, "source", FALSE);
          if (source)
            {
              m->source = relative_to (model_dir, source);
              if (!g_file_test (m->source, G_FILE_TEST_IS_REGULAR))
                diag_error (w->diag, p->value_loc, "source '%s' not found (looked for '%s')",
                            source, m->source);
            }
        }
    }
}

static const char *const principle_keys[] = { "id", "clause", "text", "rule", NULL };

static void
principle_item (Walk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  (void) user;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  if (!get_pairs (w, item, loc, "a principle", principle_keys, pairs))
    return;
  if (!require_keys (w, pairs, loc, "principle", (const char *const[]){ "id", "clause", "text", NULL }))
    return;
  DgPrinciple *p = g_new0 (DgPrinciple, 1);
  p->loc = loc;
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *kv = &g_array_index (pairs, Pair, i);
      if (g_str_equal (kv->key, "id"))
        p->id = get_id (w, kv->value, kv->value_loc, "principle id");
      else if (g_str_equal (kv->key, "clause"))
        p->clause = get_string (w, kv->value, kv->value_loc, "clause", FALSE);
      else if (g_str_equal (kv->key, "text"))
        p->text = get_string (w, kv->value, kv->value_loc, "text", FALSE);
      else if (g_str_equal (kv->key, "rule"))
        p->rule = get_id (w, kv->value, kv->value_loc, "rule");
    }
  for (guint i = 0; p->id && i < w->model->principles->len; i++)
    {
      const DgPrinciple *other = g_ptr_array_index (w->model->principles, i);
      if (g_strcmp0 (other->id, p->id) == 0)
        diag_error (w->diag, loc, "duplicate principle id '%s' (first at line %d)", p->id,
                    other->loc.line);
    }
  g_ptr_array_add (w->model->principles, p);
}

static const char *const body_keys[] = { "id", "name", "aliases", "kind", "reports-to",
                                         "manages", "clause", "note", NULL };

static void
manages_item (Walk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  DgBody *body = user;
  char *id = get_id (w, item, loc, "an area id in manages");
  if (id)
    add_ref_into_array (ld->refs, REF_AREA, id, loc, body->manages, "managed area");
}

static void
body_item (Walk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  (void) user;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  if (!get_pairs (w, item, loc, "a body", body_keys, pairs))
    return;
  if (!require_keys (w, pairs, loc, "body", (const char *const[]){ "id", "name", "kind", NULL }))
    return;
  DgBody *b = g_new0 (DgBody, 1);
  b->loc = loc;
  b->reports_to = -1;
  b->aliases = g_ptr_array_new_with_free_func (g_free);
  b->manages = g_array_new (FALSE, FALSE, sizeof (int));
  b->kind = DG_KIND_DEPARTMENT;
  gboolean ok = TRUE;
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *kv = &g_array_index (pairs, Pair, i);
      if (g_str_equal (kv->key, "id"))
        ok &= (b->id = get_id (w, kv->value, kv->value_loc, "body id")) != NULL;
      else if (g_str_equal (kv->key, "name"))
        ok &= (b->name = get_string (w, kv->value, kv->value_loc, "body name", FALSE)) != NULL;
      else if (g_str_equal (kv->key, "aliases"))
        {
          g_ptr_array_unref (b->aliases);
          b->aliases = get_string_list (w, kv->value, kv->value_loc, "aliases");
        }
      else if (g_str_equal (kv->key, "kind"))
        {
          g_autofree char *kind = get_string (w, kv->value, kv->value_loc, "kind", FALSE);
          if (kind && !dg_kind_from_name (kind, &b->kind))
            diag_error (w->diag, kv->value_loc,
                        "unknown kind '%s' (expected party, government, leader, committee, "
                        "office, department, station, village or external)",
                        kind);
        }
      else if (g_str_equal (kv->key, "reports-to"))
        {
          char *parent = get_id (w, kv->value, kv->value_loc, "reports-to");
          if (parent)
            add_ref (ld->refs, REF_BODY, parent, kv->value_loc, &b->reports_to, "reports-to");
        }
      else if (g_str_equal (kv->key, "manages"))
        each_item (w, kv->value, kv->value_loc, "manages", manages_item, b);
      else if (g_str_equal (kv->key, "clause"))
        b->clause = get_string (w, kv->value, kv->value_loc, "clause", FALSE);
      else if (g_str_equal (kv->key, "note"))
        b->note = get_string (w, kv->value, kv->value_loc, "note", TRUE);
    }
  DgModel *m = w->model;
  if (ok && g_hash_table_contains (m->body_by_id, b->id))
    {
      const DgBody *first = dg_model_body (m, dg_model_body_index (m, b->id));
      diag_error (w->diag, loc, "duplicate body id '%s' (first defined at line %d)", b->id,
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
                                         "source", "shared-basis", "residual", NULL };

static void
area_item (Walk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  (void) user;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  if (!get_pairs (w, item, loc, "an area", area_keys, pairs))
    return;
  if (!require_keys (w, pairs, loc, "area", (const char *const[]){ "id", "name", NULL }))
    return;
  DgArea *a = g_new0 (DgArea, 1);
  a->loc = loc;
  a->parent = -1;
  a->from_taxonomy = w->in_taxonomy;
  a->keywords = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = TRUE;
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *kv = &g_array_index (pairs, Pair, i);
      if (g_str_equal (kv->key, "id"))
        ok &= (a->id = get_id (w, kv->value, kv->value_loc, "area id")) != NULL;
      else if (g_str_equal (kv->key, "name"))
        ok &= (a->name = get_string (w, kv->value, kv->value_loc, "area name", FALSE)) != NULL;
      else if (g_str_equal (kv->key, "parent"))
        {
          char *parent = get_id (w, kv->value, kv->value_loc, "parent");
          if (parent)
            add_ref (ld->refs, REF_AREA, parent, kv->value_loc, &a->parent, "parent area");
        }
      else if (g_str_equal (kv->key, "keywords"))
        {
          g_ptr_array_unref (a->keywords);
          a->keywords = get_string_list (w, kv->value, kv->value_loc, "keywords");
        }
      else if (g_str_equal (kv->key, "expected"))
        get_bool (w, kv->value, kv->value_loc, "expected", &a->expected);
      else if (g_str_equal (kv->key, "source"))
        a->source = get_string (w, kv->value, kv->value_loc, "source", FALSE);
      else if (g_str_equal (kv->key, "shared-basis"))
        a->shared_basis = get_string (w, kv->value, kv->value_loc, "shared-basis", FALSE);
      else if (g_str_equal (kv->key, "residual"))
        get_bool (w, kv->value, kv->value_loc, "residual", &a->residual);
    }
  DgModel *m = w->model;
  if (ok && g_hash_table_contains (m->area_by_id, a->id))
    {
      const DgArea *first = dg_model_area (m, dg_model_area_index (m, a->id));
      diag_error (w->diag, loc, "duplicate area id '%s' (first defined at %s:%d)", a->id,
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
exempt_item (Walk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  (void) user;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  if (!get_pairs (w, item, loc, "an exemption", exempt_keys, pairs))
    return;
  if (!require_keys (w, pairs, loc, "exemption", (const char *const[]){ "area", "reason", NULL }))
    return;
  DgExemption *e = g_new0 (DgExemption, 1);
  e->loc = loc;
  e->area = -1;
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *kv = &g_array_index (pairs, Pair, i);
      if (g_str_equal (kv->key, "area"))
        {
          char *id = get_id (w, kv->value, kv->value_loc, "exempt area");
          if (id)
            add_ref (ld->refs, REF_AREA, id, kv->value_loc, &e->area, "exempt area");
        }
      else if (g_str_equal (kv->key, "reason"))
        e->reason = get_string (w, kv->value, kv->value_loc, "reason", FALSE);
    }
  if (e->reason == NULL)
    e->reason = g_strdup ("");
  g_ptr_array_add (w->model->exemptions, e);
}

static const char *const duty_keys[] = { "body", "bodies", "applies-to", "role", "with",
                                         "areas", "procedural", "clause", "text", "every",
                                         "times", "note", NULL };

static void
duty_body_item (Walk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  DgDuty *d = user;
  char *id = get_id (w, item, loc, "a body id");
  if (id)
    add_ref_into_array (ld->refs, REF_BODY, id, loc, d->bodies, "body");
}

static void
duty_area_item (Walk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  DgDuty *d = user;
  char *id = get_id (w, item, loc, "an area id");
  if (id)
    add_ref_into_array (ld->refs, REF_AREA, id, loc, d->areas, "area");
}

static void
kind_item (Walk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  DgDuty *d = user;
  g_autofree char *name = get_string (w, item, loc, "kind", FALSE);
  DgBodyKind kind;
  if (name == NULL)
    return;
  if (!dg_kind_from_name (name, &kind))
    diag_error (w->diag, loc, "unknown kind '%s' in applies-to", name);
  else
    d->kinds |= 1u << kind;
}

static void
read_applies_to (Walk *w, DgDuty *d, struct fy_node *node, DgLoc loc)
{
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  if (!get_pairs (w, node, loc, "applies-to", (const char *const[]){ "kind", NULL }, pairs))
    return;
  const Pair *kind = find_pair (pairs, "kind");
  if (kind == NULL)
    {
      diag_error (w->diag, loc, "applies-to has no 'kind'");
      return;
    }
  if (kind->value && fy_node_is_sequence (kind->value))
    each_item (w, kind->value, kind->value_loc, "kind", kind_item, d);
  else
    kind_item (w, kind->value, kind->value_loc, d);
  if (d->kinds == 0)
    diag_error (w->diag, kind->value_loc, "applies-to names no kind");
}

static void
duty_item (Walk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  Loader *ld = (Loader *) w;
  (void) user;
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  if (!get_pairs (w, item, loc, "a duty", duty_keys, pairs))
    return;
  if (!require_keys (w, pairs, loc, "duty", (const char *const[]){ "role", "clause", "text", NULL }))
    return;
  int binders = (find_pair (pairs, "body") != NULL) + (find_pair (pairs, "bodies") != NULL)
                + (find_pair (pairs, "applies-to") != NULL);
  if (binders != 1)
    {
      diag_error (w->diag, loc,
                  binders == 0 ? "duty names nobody: give 'body', 'bodies' or 'applies-to'"
                               : "duty has more than one of 'body', 'bodies', 'applies-to'");
      return;
    }
  DgDuty *d = g_new0 (DgDuty, 1);
  d->loc = loc;
  d->with_body = -1;
  d->bodies = g_array_new (FALSE, FALSE, sizeof (int));
  d->areas = g_array_new (FALSE, FALSE, sizeof (int));
  const Pair *with = NULL, *times = NULL;
  gboolean role_ok = FALSE;
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *kv = &g_array_index (pairs, Pair, i);
      if (g_str_equal (kv->key, "body"))
        duty_body_item (w, kv->value, kv->value_loc, d);
      else if (g_str_equal (kv->key, "bodies"))
        {
          each_item (w, kv->value, kv->value_loc, "bodies", duty_body_item, d);
          if (d->bodies->len == 0)
            diag_error (w->diag, kv->value_loc, "bodies is empty");
        }
      else if (g_str_equal (kv->key, "applies-to"))
        read_applies_to (w, d, kv->value, kv->value_loc);
      else if (g_str_equal (kv->key, "role"))
        {
          g_autofree char *role = get_string (w, kv->value, kv->value_loc, "role", FALSE);
          role_ok = role && dg_role_from_name (role, &d->role);
          if (role && !role_ok)
            diag_error (w->diag, kv->value_loc,
                        "unknown role '%s' (expected lead, assist, cooperate, participate, "
                        "supervise or guide)",
                        role);
        }
      else if (g_str_equal (kv->key, "with"))
        with = kv;
      else if (g_str_equal (kv->key, "areas"))
        each_item (w, kv->value, kv->value_loc, "areas", duty_area_item, d);
      else if (g_str_equal (kv->key, "procedural"))
        get_bool (w, kv->value, kv->value_loc, "procedural", &d->procedural);
      else if (g_str_equal (kv->key, "clause"))
        d->clause = get_string (w, kv->value, kv->value_loc, "clause", FALSE);
      else if (g_str_equal (kv->key, "text"))
        d->text = get_string (w, kv->value, kv->value_loc, "text", FALSE);
      else if (g_str_equal (kv->key, "every"))
        {
          g_autofree char *every = get_string (w, kv->value, kv->value_loc, "every", FALSE);
          if (every && !dg_period_from_name (every, &d->every))
            diag_error (w->diag, kv->value_loc,
                        "unknown period '%s' (expected half-year, quarter or year)", every);
        }
      else if (g_str_equal (kv->key, "times"))
        times = kv;
      else if (g_str_equal (kv->key, "note"))
        d->note = get_string (w, kv->value, kv->value_loc, "note", TRUE);
    }
  if (with)
    {
      g_autofree char *target = get_id (w, with->value, with->value_loc, "with");
      if (role_ok && d->role == DG_ROLE_LEAD)
        diag_error (w->diag, with->key_loc, "'with' does not go with role lead");
      else if (target && g_str_equal (target, "upper"))
        d->with_upper = TRUE;
      else if (target)
        add_ref (ld->refs, REF_BODY, g_steal_pointer (&target), with->value_loc, &d->with_body,
                 "with");
    }
  if (times)
    {
      gint64 n;
      if (d->every == DG_PERIOD_NONE)
        diag_error (w->diag, times->key_loc, "'times' needs 'every'");
      else if (get_int (w, times->value, times->value_loc, "times", 1, 1000, &n))
        d->times = (int) n;
    }
  else if (d->every != DG_PERIOD_NONE)
    d->times = 1;
  if (d->procedural && find_pair (pairs, "areas") && d->areas->len > 0)
    diag_error (w->diag, find_pair (pairs, "procedural")->key_loc,
                "a procedural duty names no areas; drop 'procedural' or 'areas'");
  if (d->clause == NULL)
    d->clause = g_strdup ("");
  if (d->text == NULL)
    d->text = g_strdup ("");
  g_ptr_array_add (w->model->duties, d);
}

/* ---- resolution and structural checks ---------------------------------- */

static void
resolve_refs (Loader *ld)
{
  DgModel *m = ld->walk.model;
  for (guint i = 0; i < ld->refs->len; i++)
    {
      Ref *ref = &g_array_index (ld->refs, Ref, i);
      int index = ref->kind == REF_BODY ? dg_model_body_index (m, ref->id)
                                        : dg_model_area_index (m, ref->id);
      if (index < 0)
        {
          diag_error (ld->walk.diag, ref->loc, "%s '%s' is not defined", ref->what, ref->id);
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
check_cycles (Walk *w, guint n, int (*parent_of) (const DgModel *, int),
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
          diag_error (w->diag, loc_of (m, x), "%s cycle: %s", relation, chain->str);
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
expand_classes (Walk *w)
{
  DgModel *m = w->model;
  for (guint i = 0; i < m->duties->len; i++)
    {
      DgDuty *d = dg_model_duty (m, (int) i);
      if (d->kinds == 0)
        continue;
      for (guint b = 0; b < m->bodies->len; b++)
        if (d->kinds & (1u << dg_model_body (m, (int) b)->kind))
          {
            int index = (int) b;
            g_array_append_val (d->bodies, index);
          }
    }
}

static void
check_duties (Walk *w)
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
            diag_error (w->diag, d->loc, "body '%s' is named twice in one duty",
                        dg_model_body (m, g_array_index (d->bodies, int, x))->id);
      if (d->with_body >= 0)
        for (guint x = 0; x < d->bodies->len; x++)
          if (g_array_index (d->bodies, int, x) == d->with_body)
            diag_error (w->diag, d->loc, "body '%s' cannot assist itself",
                        dg_model_body (m, d->with_body)->id);
    }
}

/* ---- the document ------------------------------------------------------ */

/* A parsed file: the parser must outlive the document it produced. */
typedef struct {
  struct fy_parser *parser;
  struct fy_document *doc;
} Yaml;

static void
yaml_close (Yaml *yaml)
{
  if (yaml->doc)
    fy_parse_document_destroy (yaml->parser, yaml->doc);
  if (yaml->parser)
    fy_parser_destroy (yaml->parser);
  yaml->doc = NULL;
  yaml->parser = NULL;
}

static gboolean
parse_yaml (Walk *w, const char *text, gsize len, Yaml *yaml)
{
  struct fy_diag_cfg dcfg;
  fy_diag_cfg_default (&dcfg);
  dcfg.fp = NULL;
  struct fy_diag *fydiag = fy_diag_create (&dcfg);
  if (fydiag == NULL)
    {
      diag_error (w->diag, (DgLoc){ w->file, 1, 1 }, "cannot create a YAML parser");
      return FALSE;
    }
  fy_diag_set_collect_errors (fydiag, true);

  struct fy_parse_cfg cfg = { 0 };
  cfg.flags = FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE;
  cfg.diag = fydiag;
  yaml->parser = fy_parser_create (&cfg);
  if (yaml->parser == NULL)
    {
      fy_diag_unref (fydiag);
      diag_error (w->diag, (DgLoc){ w->file, 1, 1 }, "cannot create a YAML parser");
      return FALSE;
    }
  if (fy_parser_set_string (yaml->parser, text, len) == 0)
    {
      yaml->doc = fy_parse_load_document (yaml->parser);
      if (yaml->doc != NULL)
        {
          struct fy_document *second = fy_parse_load_document (yaml->parser);
          if (second != NULL)
            {
              DgLoc loc = node_loc (w, fy_document_root (second), (DgLoc){ w->file, 1, 1 });
              diag_error (w->diag, loc,
                          "more than one YAML document in the file (a model is one document)");
              fy_parse_document_destroy (yaml->parser, second);
            }
        }
    }
  void *iter = NULL;
  struct fy_diag_error *err;
  gboolean any = FALSE;
  while ((err = fy_diag_errors_iterate (fydiag, &iter)) != NULL)
    {
      any = TRUE;
      DgLoc loc = { w->file, err->line > 0 ? err->line : 1, err->column > 0 ? err->column : 1 };
      if (err->fyt)
        {
          const struct fy_mark *mark = fy_token_start_mark (err->fyt);
          if (mark)
            loc = mark_loc (w, mark);
        }
      diag_error (w->diag, loc, "YAML: %s", err->msg ? err->msg : "syntax error");
    }
  fy_diag_unref (fydiag);
  if (yaml->doc == NULL && !any)
    diag_error (w->diag, (DgLoc){ w->file, 1, 1 },
                "the file holds no YAML document; a model starts with 'dutygraph: 1'");
  if (any || yaml->doc == NULL)
    {
      yaml_close (yaml);
      return FALSE;
    }
  return TRUE;
}

/* A node nested deeper than LEFT more levels, or NULL.  The recursion is
 * bounded by LEFT, so deep input cannot exhaust the stack. */
static struct fy_node *
too_deep (struct fy_node *node, guint left)
{
  if (node == NULL || !(fy_node_is_mapping (node) || fy_node_is_sequence (node)))
    return NULL;
  if (left == 0)
    return node;
  void *iter = NULL;
  struct fy_node *deep = NULL;
  if (fy_node_is_mapping (node))
    {
      struct fy_node_pair *pair;
      while (deep == NULL && (pair = fy_node_mapping_iterate (node, &iter)) != NULL)
        deep = too_deep (fy_node_pair_value (pair), left - 1);
    }
  else
    {
      struct fy_node *child;
      while (deep == NULL && (child = fy_node_sequence_iterate (node, &iter)) != NULL)
        deep = too_deep (child, left - 1);
    }
  return deep;
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

/* Reads and parses PATH into YAML, and makes it the walk's current file
 * (W->text, which locations are computed from, then belongs to the caller).
 * FALSE when it cannot be read or parsed (errors recorded or, for I/O, in ERROR). */
static gboolean
open_yaml (Loader *ld, const char *path, Yaml *yaml, GError **error)
{
  Walk *w = &ld->walk;
  w->file = intern_file (w->model, path);
  w->text = NULL;
  w->text_len = 0;
  char *text = NULL;
  gsize len = 0;
  guint before = w->diag->total;
  if (!read_text (path, w->limits, w->file, &text, &len, w->diag, error))
    return FALSE;
  w->text = text;
  w->text_len = len;
  if (w->diag->total > before || !parse_yaml (w, text, len, yaml))
    return FALSE;
  struct fy_node *deep = too_deep (fy_document_root (yaml->doc), w->limits->max_depth);
  if (deep)
    {
      diag_error (w->diag, node_loc (w, deep, (DgLoc){ w->file, 1, 1 }),
                  "nesting deeper than %u levels (see --max-depth)", w->limits->max_depth);
      yaml_close (yaml);
      return FALSE;
    }
  return TRUE;
}

static const char *const taxonomy_keys[] = { "title", "version", "sources", "areas", NULL };

static void
read_taxonomy (Loader *ld, const char *path, DgLoc ref_loc, GError **error)
{
  Walk *w = &ld->walk;
  const char *saved_file = w->file;
  const char *saved_text = w->text;
  gsize saved_len = w->text_len;
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      diag_error (w->diag, ref_loc, "taxonomy '%s' not found", path);
      return;
    }
  Yaml yaml = { NULL, NULL };
  if (open_yaml (ld, path, &yaml, error))
    {
      w->in_taxonomy = TRUE;
      DgLoc top = { w->file, 1, 1 };
      g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
      struct fy_node *root = fy_document_root (yaml.doc);
      if (get_pairs (w, root, node_loc (w, root, top), "the taxonomy", taxonomy_keys, pairs))
        {
          const Pair *areas = find_pair (pairs, "areas");
          if (areas == NULL)
            diag_error (w->diag, top, "taxonomy has no 'areas'");
          else
            each_item (w, areas->value, areas->value_loc, "areas", area_item, NULL);
          const Pair *version = find_pair (pairs, "version");
          gint64 v;
          if (version)
            get_int (w, version->value, version->value_loc, "version", 0, G_MAXINT32, &v);
        }
      w->in_taxonomy = FALSE;
      yaml_close (&yaml);
    }
  g_free ((char *) w->text);
  w->file = saved_file;
  w->text = saved_text;
  w->text_len = saved_len;
}

static const char *const model_keys[] = { "dutygraph", "document", "taxonomy", "principles",
                                          "bodies", "areas", "exempt", "duties", NULL };

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
  g_autoptr (DgModel) model = dg_model_new ();
  model->path = g_strdup (path);
  Diag diag = { g_array_new (FALSE, FALSE, sizeof (DiagLine)), g_ptr_array_new (), 0 };
  g_array_set_clear_func (diag.lines, diag_line_clear);
  Loader ld = { { NULL, NULL, 0, &diag, model, limits, FALSE }, g_array_new (FALSE, FALSE, sizeof (Ref)) };
  g_array_set_clear_func (ld.refs, ref_clear);
  Walk *w = &ld.walk;
  g_autoptr (GError) io_error = NULL;
  g_autofree char *model_dir = g_path_get_dirname (path);

  Yaml yaml = { NULL, NULL };
  if (open_yaml (&ld, path, &yaml, &io_error))
    {
      DgLoc top = { w->file, 1, 1 };
      struct fy_node *root = fy_document_root (yaml.doc);
      g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
      if (root == NULL)
        diag_error (&diag, top, "the file is empty; a model starts with 'dutygraph: 1'");
      else if (get_pairs (w, root, node_loc (w, root, top), "the model", model_keys, pairs))
        {
          const Pair *version = find_pair (pairs, "dutygraph");
          gint64 v = 0;
          if (version == NULL)
            diag_error (&diag, node_loc (w, root, top),
                        "not a dutygraph model: no 'dutygraph: 1' at the top");
          else if (get_int (w, version->value, version->value_loc, "dutygraph (the format version)", 0,
                            G_MAXINT32, &v)
                   && v != 1)
            diag_error (&diag, version->value_loc,
                        "unsupported format version %" G_GINT64_FORMAT " (this dutygraph reads version 1)",
                        v);
          if (version == NULL || v != 1)
            goto done; /* another format's keys would only add noise */
          /* The taxonomy's areas come first so model areas can refine them. */
          const Pair *taxonomy = find_pair (pairs, "taxonomy");
          if (taxonomy)
            {
              g_autofree char *rel = get_string (w, taxonomy->value, taxonomy->value_loc, "taxonomy", FALSE);
              if (rel)
                {
                  model->taxonomy = relative_to (model_dir, rel);
                  read_taxonomy (&ld, model->taxonomy, taxonomy->value_loc, &io_error);
                }
            }
          for (guint i = 0; i < pairs->len && io_error == NULL; i++)
            {
              const Pair *p = &g_array_index (pairs, Pair, i);
              if (g_str_equal (p->key, "document"))
                read_document (&ld, p->value, p->value_loc, model_dir);
              else if (g_str_equal (p->key, "principles"))
                each_item (w, p->value, p->value_loc, "principles", principle_item, NULL);
              else if (g_str_equal (p->key, "bodies"))
                each_item (w, p->value, p->value_loc, "bodies", body_item, NULL);
              else if (g_str_equal (p->key, "areas"))
                each_item (w, p->value, p->value_loc, "areas", area_item, NULL);
              else if (g_str_equal (p->key, "exempt"))
                each_item (w, p->value, p->value_loc, "exempt", exempt_item, NULL);
              else if (g_str_equal (p->key, "duties"))
                each_item (w, p->value, p->value_loc, "duties", duty_item, NULL);
            }
          for (const char *const *k = (const char *const[]){ "document", "bodies", "duties", NULL }; *k; k++)
            if (find_pair (pairs, *k) == NULL)
              diag_error (&diag, node_loc (w, root, top), "the model has no '%s'", *k);
          resolve_refs (&ld);
          check_cycles (w, model->areas->len, area_parent, area_id, area_loc, "parent");
          check_cycles (w, model->bodies->len, body_parent, body_id, body_loc, "reports-to");
          expand_classes (w);
          check_duties (w);
        }
    done:
      yaml_close (&yaml);
    }
  g_free ((char *) w->text);
  g_array_unref (ld.refs);

  if (io_error)
    {
      g_array_unref (diag.lines);
      g_ptr_array_unref (diag.files);
      g_propagate_error (error, g_steal_pointer (&io_error));
      return NULL;
    }
  if (diag.total > 0)
    {
      /* Walk order is section order; people read a file top to bottom. */
      g_array_sort (diag.lines, compare_diag_lines);
      GString *message = g_string_new (NULL);
      for (guint i = 0; i < diag.lines->len; i++)
        g_string_append_printf (message, "%s%s", i ? "\n" : "",
                                g_array_index (diag.lines, DiagLine, i).line);
      if (diag.total > diag.lines->len)
        g_string_append_printf (message, "\n%s: %u more errors not shown", path,
                                diag.total - diag.lines->len);
      g_set_error_literal (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID, message->str);
      g_string_free (message, TRUE);
      g_array_unref (diag.lines);
      g_ptr_array_unref (diag.files);
      return NULL;
    }
  g_array_unref (diag.lines);
  g_ptr_array_unref (diag.files);
  return g_steal_pointer (&model);
}
