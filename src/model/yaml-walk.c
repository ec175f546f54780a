/*
 * yaml-walk.c — YAML to typed values with positions (see yaml-walk.h).
 */
#include <glib/gi18n.h>

#include <errno.h>
#include <inttypes.h>
#include <string.h>
#include <sys/stat.h>

#include "model/yaml-bound.h"
#include "model/yaml-walk.h"
#include "util/diag.h"
#include "util/escape.h"

/* ---- diagnostics ------------------------------------------------------ */



static void
diag_line_clear (gpointer data)
{
  g_free (((DgYamlDiagLine *) data)->line);
  g_free (((DgYamlDiagLine *) data)->message);
}

void G_GNUC_PRINTF (3, 4)
dg_yaml_error (DgYamlDiag *diag, DgLoc loc, const char *format, ...)
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
  DgYamlDiagLine line = { loc, order, dg_diag_line (loc.file, loc.line, loc.column, message),
                          dg_escape_terminal_dup (message) };
  g_array_append_val (diag->lines, line);
}

void
dg_yaml_diag_init (DgYamlDiag *diag)
{
  diag->lines = g_array_new (FALSE, FALSE, sizeof (DgYamlDiagLine));
  g_array_set_clear_func (diag->lines, diag_line_clear);
  diag->files = g_ptr_array_new ();
  diag->total = 0;
}

void
dg_yaml_diag_clear (DgYamlDiag *diag)
{
  g_clear_pointer (&diag->lines, g_array_unref);
  g_clear_pointer (&diag->files, g_ptr_array_unref);
}

static gint
compare_diag_lines (gconstpointer a, gconstpointer b)
{
  const DgYamlDiagLine *x = a, *y = b;
  if (x->order != y->order)
    return x->order < y->order ? -1 : 1;
  if (x->loc.line != y->loc.line)
    return x->loc.line < y->loc.line ? -1 : 1;
  return x->loc.column < y->loc.column ? -1 : x->loc.column > y->loc.column;
}

char *
dg_yaml_diag_message (DgYamlDiag *diag, const char *path)
{
  if (diag->total == 0)
    return NULL;
  /* Walk order is section order; people read a file top to bottom. */
  g_array_sort (diag->lines, compare_diag_lines);
  GString *message = g_string_new (NULL);
  for (guint i = 0; i < diag->lines->len; i++)
    g_string_append_printf (message, "%s%s", i ? "\n" : "",
                            g_array_index (diag->lines, DgYamlDiagLine, i).line);
  if (diag->total > diag->lines->len)
    {
      guint more = diag->total - diag->lines->len;
      g_string_append_printf (message, "\n");
      g_string_append_printf (message, ngettext ("%s: %u more error not shown",
                                                 "%s: %u more errors not shown", more),
                              path, more);
    }
  return g_string_free (message, FALSE);
}

gboolean
dg_yaml_diag_finish (DgYamlDiag *diag, const char *path, GError *io_error, GError **error)
{
  g_autofree char *problems = io_error ? NULL : dg_yaml_diag_message (diag, path);
  dg_yaml_diag_clear (diag);
  if (io_error)
    {
      g_propagate_error (error, io_error);
      return FALSE;
    }
  if (problems)
    {
      g_set_error_literal (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID, problems);
      return FALSE;
    }
  return TRUE;
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
           gsize *length, DgYamlDiag *diag, GError **error)
{
  struct stat st;
  if (stat (path, &st) != 0)
    {
      int saved = errno;
      g_autofree char *line = dg_diag_printf (file, 1, 1, _ ("cannot read: %s"), g_strerror (saved));
      g_set_error_literal (error, DG_LOAD_ERROR, DG_LOAD_ERROR_IO, line);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_autofree char *line = dg_diag_line (file, 1, 1, _ ("not a regular file"));
      g_set_error_literal (error, DG_LOAD_ERROR, DG_LOAD_ERROR_IO, line);
      return FALSE;
    }
  if ((guint64) st.st_size > limits->max_file_bytes)
    {
      g_autofree char *line = dg_diag_printf (
          file, 1, 1, _ ("file is %" PRIu64 " bytes, over the limit of %zu (see --max-file-size)"),
          (uint64_t) st.st_size, (size_t) limits->max_file_bytes);
      g_set_error_literal (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID, line);
      return FALSE;
    }
  g_autoptr (GError) local = NULL;
  if (!g_file_get_contents (path, contents, length, &local))
    {
      g_autofree char *line = dg_diag_printf (file, 1, 1, _ ("cannot read: %s"), local->message);
      g_set_error_literal (error, DG_LOAD_ERROR, DG_LOAD_ERROR_IO, line);
      return FALSE;
    }
  const char *bad = NULL;
  if (!g_utf8_validate_len (*contents, *length, &bad))
    {
      DgLoc loc = loc_of_offset (file, *contents, (gsize) (bad - *contents));
      if (*bad == '\0')
        dg_yaml_error (diag, loc, _ ("NUL byte in the file"));
      else
        dg_yaml_error (diag, loc, _ ("invalid UTF-8 (byte 0x%02x); save the file as UTF-8"),
                    (guint) (guchar) *bad);
    }
  return TRUE;
}

/* ---- walking the YAML -------------------------------------------------- */


static DgLoc
mark_loc (DgYamlWalk *w, const struct fy_mark *mark)
{
  DgLoc loc = { w->file, mark->line + 1, mark->column + 1 };
  if (mark->input_pos > w->text_len)
    return loc;
  /* libfyaml counts columns in its own units; recount characters from the
   * start of the line so columns match what an editor shows for Chinese
   * text.  Only the line is scanned, so locating stays cheap on big files. */
  const char *end = w->text + mark->input_pos;
  const char *start = end;
  int base = 1;
  const char *cm = w->column_mark;
  if (cm != NULL && cm <= end && memchr (cm, '\n', (gsize) (end - cm)) == NULL
      && memchr (cm, '\r', (gsize) (end - cm)) == NULL)
    {
      /* Still on the line of the last position located: count on from it. */
      start = cm;
      base = w->column_at_mark;
    }
  else
    while (start > w->text && start[-1] != '\n' && start[-1] != '\r')
      start--;
  /* A byte-order mark is invisible in an editor: it takes no column. */
  if (start == w->text && end - start >= 3 && memcmp (start, "\xEF\xBB\xBF", 3) == 0)
    start += 3;
  /* The text is valid UTF-8 (checked when read): a character is a byte
   * that does not continue another, a loop the compiler vectorises. */
  int chars = 0;
  for (const char *p = start; p < end; p++)
    chars += ((guchar) *p & 0xC0) != 0x80;
  loc.column = base + chars;
  w->column_mark = end;
  w->column_at_mark = loc.column;
  return loc;
}

/* Where NODE starts; PARENT is used when the node has no token of its own
 * (an empty flow collection). */
DgLoc
dg_yaml_loc (DgYamlWalk *w, struct fy_node *node, DgLoc parent)
{
  for (int depth = 0; node != NULL && depth < 256; depth++)
    {
      struct fy_token *token = fy_node_get_scalar_token (node);
      if (token)
        {
          const struct fy_mark *mark = fy_token_start_mark (token);
          if (mark)
            {
              DgLoc loc = mark_loc (w, mark);
              /* libfyaml marks a quoted scalar after its opening quote and
               * an alias at its name; the value starts one column earlier. */
              enum fy_node_style style = fy_node_get_style (node);
              if (loc.column > 1 && (fy_node_is_alias (node) || style == FYNS_SINGLE_QUOTED
                                     || style == FYNS_DOUBLE_QUOTED))
                loc.column--;
              return loc;
            }
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
refuse_alias (DgYamlWalk *w, struct fy_node *node, DgLoc loc)
{
  if (node && fy_node_is_alias (node))
    {
      dg_yaml_error (w->diag, loc, _ ("YAML aliases are not allowed in a model; write the value out"));
      return TRUE;
    }
  return FALSE;
}

/* A string value; NULL (with an error) unless NODE is a non-empty scalar. */
/* TRUE when the scalar's text in the file holds a backslash (or when its
 * place in the file is unknown). */
static gboolean
has_escape (const DgYamlWalk *w, struct fy_node *node)
{
  struct fy_token *token = fy_node_get_scalar_token (node);
  const struct fy_mark *start = token ? fy_token_start_mark (token) : NULL;
  const struct fy_mark *end = token ? fy_token_end_mark (token) : NULL;
  if (start == NULL || end == NULL || start->input_pos > end->input_pos
      || end->input_pos > w->text_len)
    return TRUE;
  return memchr (w->text + start->input_pos, '\\', end->input_pos - start->input_pos) != NULL;
}

char *
dg_yaml_string (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what, gboolean allow_empty)
{
  if (refuse_alias (w, node, loc))
    return NULL;
  if (node == NULL || !fy_node_is_scalar (node))
    {
      dg_yaml_error (w->diag, loc, _ ("%s must be a string"), DG_YAML_WHAT (what));
      return NULL;
    }
  size_t len = 0;
  const char *s = fy_node_get_scalar (node, &len);
  if (s == NULL)
    s = "";
  if (fy_node_get_style (node) == FYNS_PLAIN && (len == 0 || (len == 1 && s[0] == '~')
                                                  || (len == 4 && memcmp (s, "null", 4) == 0)))
    {
      dg_yaml_error (w->diag, loc, _ ("%s must be a string, not null"), DG_YAML_WHAT (what));
      return NULL;
    }
  /* Only a double-quoted scalar's escapes (\0, \xff) can make text the
   * file's own UTF-8 check has not seen; other styles are the file's bytes. */
  gboolean escaped = fy_node_get_style (node) == FYNS_DOUBLE_QUOTED && has_escape (w, node);
  if (escaped && memchr (s, '\0', len) != NULL)
    {
      dg_yaml_error (w->diag, loc, _ ("%s contains a NUL character"), DG_YAML_WHAT (what));
      return NULL;
    }
  if (escaped && !g_utf8_validate_len (s, len, NULL))
    {
      dg_yaml_error (w->diag, loc, _ ("%s is not valid UTF-8"), DG_YAML_WHAT (what));
      return NULL;
    }
  g_autofree char *value = g_strndup (s, len);
  g_strstrip (value);
  if (!allow_empty && value[0] == '\0')
    {
      dg_yaml_error (w->diag, loc, _ ("%s must not be empty"), DG_YAML_WHAT (what));
      return NULL;
    }
  return g_steal_pointer (&value);
}

gboolean
dg_yaml_int (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what, gint64 min, gint64 max,
         gint64 *out)
{
  if (refuse_alias (w, node, loc))
    return FALSE;
  if (node == NULL || !fy_node_is_scalar (node) || fy_node_get_style (node) != FYNS_PLAIN)
    {
      dg_yaml_error (w->diag, loc, _ ("%s must be an integer"), DG_YAML_WHAT (what));
      return FALSE;
    }
  size_t len = 0;
  const char *s = fy_node_get_scalar (node, &len);
  g_autofree char *text = g_strndup (s ? s : "", len);
  g_autoptr (GError) local = NULL;
  if (!g_ascii_string_to_signed (text, 10, min, max, out, &local))
    {
      dg_yaml_error (w->diag, loc, _ ("%s must be an integer from %" PRId64 " to %" PRId64 ", not '%s'"),
                  DG_YAML_WHAT (what), (int64_t) min, (int64_t) max, text);
      return FALSE;
    }
  return TRUE;
}

gboolean
dg_yaml_bool (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what, gboolean *out)
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
  dg_yaml_error (w->diag, loc, _ ("%s must be true or false"), DG_YAML_WHAT (what));
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

char *
dg_yaml_id (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what)
{
  g_autofree char *id = dg_yaml_string (w, node, loc, what, FALSE);
  if (id == NULL)
    return NULL;
  if (!valid_id (id))
    {
      dg_yaml_error (w->diag, loc,
                  _ ("%s '%s' is not a valid id (ASCII letters, digits, '-', '_', '.'; "
                  "starting with a letter or digit)"),
                  DG_YAML_WHAT (what), id);
      return NULL;
    }
  return g_steal_pointer (&id);
}


gboolean
dg_yaml_each (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what, DgYamlItemFn item, gpointer user)
{
  if (refuse_alias (w, node, loc))
    return FALSE;
  if (node == NULL || !fy_node_is_sequence (node))
    {
      dg_yaml_error (w->diag, loc, _ ("%s must be a list"), DG_YAML_WHAT (what));
      return FALSE;
    }
  void *iter = NULL;
  struct fy_node *child;
  while ((child = fy_node_sequence_iterate (node, &iter)) != NULL)
    item (w, child, dg_yaml_loc (w, child, loc), user);
  return TRUE;
}

static void
string_item (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user)
{
  GPtrArray *out = user;
  char *s = dg_yaml_string (w, item, loc, NC_ ("model part", "a list entry"), FALSE);
  if (s)
    g_ptr_array_add (out, s);
}

GPtrArray *
dg_yaml_strings (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  dg_yaml_each (w, node, loc, what, string_item, out);
  return out;
}


/* Reads the pairs of a mapping into PAIRS; FALSE (with an error) if not one.
 * Keys outside ALLOWED (NULL-terminated) are reported and skipped. */
gboolean
dg_yaml_pairs (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what,
           const char *const *allowed, GArray *pairs)
{
  if (refuse_alias (w, node, loc))
    return FALSE;
  if (node == NULL || !fy_node_is_mapping (node))
    {
      dg_yaml_error (w->diag, loc, _ ("%s must be a mapping (key: value)"), DG_YAML_WHAT (what));
      return FALSE;
    }
  void *iter = NULL;
  struct fy_node_pair *fy_pair;
  while ((fy_pair = fy_node_mapping_iterate (node, &iter)) != NULL)
    {
      struct fy_node *key = fy_node_pair_key (fy_pair);
      DgLoc key_loc = dg_yaml_loc (w, key, loc);
      if (key == NULL || !fy_node_is_scalar (key) || fy_node_is_alias (key))
        {
          dg_yaml_error (w->diag, key_loc, _ ("keys of %s must be plain strings"), DG_YAML_WHAT (what));
          continue;
        }
      /* The key is matched in place (fy_node_get_scalar0 would copy every
       * key to terminate it); the pair then names the allowed spelling. */
      size_t len = 0;
      const char *raw = fy_node_get_scalar (key, &len);
      if (raw == NULL)
        continue;
      const char *text = NULL;
      for (const char *const *k = allowed; *k && text == NULL; k++)
        if (strlen (*k) == len && memcmp (*k, raw, len) == 0)
          text = *k;
      if (text == NULL)
        {
          g_autofree char *expected = g_strjoinv (", ", (char **) allowed);
          g_autofree char *shown = g_strndup (raw, len);
          dg_yaml_error (w->diag, key_loc, _ ("unknown key '%s' in %s (expected one of: %s)"), shown,
                         DG_YAML_WHAT (what), expected);
          continue;
        }
      struct fy_node *value = fy_node_pair_value (fy_pair);
      DgYamlPair pair = { text, key_loc, value, dg_yaml_loc (w, value, key_loc) };
      g_array_append_val (pairs, pair);
    }
  return TRUE;
}

const DgYamlPair *
dg_yaml_find (GArray *pairs, const char *key)
{
  for (guint i = 0; i < pairs->len; i++)
    {
      const DgYamlPair *p = &g_array_index (pairs, DgYamlPair, i);
      if (g_str_equal (p->key, key))
        return p;
    }
  return NULL;
}

gboolean
dg_yaml_require (DgYamlWalk *w, GArray *pairs, DgLoc loc, const char *what, const char *const *required)
{
  gboolean ok = TRUE;
  for (const char *const *k = required; *k; k++)
    if (dg_yaml_find (pairs, *k) == NULL)
      {
        dg_yaml_error (w->diag, loc, _ ("%s has no '%s'"), DG_YAML_WHAT (what), *k);
        ok = FALSE;
      }
  return ok;
}

/* ---- parsing ---------------------------------------------------------- */


void
dg_yaml_close (DgYaml *yaml)
{
  if (yaml->doc)
    fy_parse_document_destroy (yaml->parser, yaml->doc);
  if (yaml->parser)
    fy_parser_destroy (yaml->parser);
  yaml->doc = NULL;
  yaml->parser = NULL;
}

static gboolean
parse_yaml (DgYamlWalk *w, const char *text, gsize len, DgYaml *yaml)
{
  struct fy_diag_cfg dcfg;
  fy_diag_cfg_default (&dcfg);
  dcfg.fp = NULL;
  struct fy_diag *fydiag = fy_diag_create (&dcfg);
  if (fydiag == NULL)
    {
      dg_yaml_error (w->diag, (DgLoc){ w->file, 1, 1 }, _ ("cannot create a YAML parser"));
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
      dg_yaml_error (w->diag, (DgLoc){ w->file, 1, 1 }, _ ("cannot create a YAML parser"));
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
              /* An empty second document has no root: point at its '---'. */
              DgLoc loc = { w->file, 1, 1 };
              struct fy_document_state *state = fy_document_get_document_state (second);
              const struct fy_mark *start = state ? fy_document_state_start_mark (state) : NULL;
              if (start)
                loc = mark_loc (w, start);
              loc = dg_yaml_loc (w, fy_document_root (second), loc);
              dg_yaml_error (w->diag, loc,
                          _ ("more than one YAML document in the file (a model is one document)"));
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
      dg_yaml_error (w->diag, loc, _ ("YAML: %s"), err->msg ? err->msg : _ ("syntax error"));
    }
  fy_diag_unref (fydiag);
  if (yaml->doc == NULL && !any)
    dg_yaml_error (w->diag, (DgLoc){ w->file, 1, 1 },
                _ ("the file holds no YAML document; a model starts with 'dutygraph: 1'"));
  if (any || yaml->doc == NULL)
    {
      dg_yaml_close (yaml);
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

static void
report_tag (DgYamlWalk *w, struct fy_node *node)
{
  struct fy_token *tag = fy_node_get_tag_token (node);
  const struct fy_mark *mark = fy_token_start_mark (tag);
  DgLoc loc = mark ? mark_loc (w, mark) : dg_yaml_loc (w, node, (DgLoc){ w->file, 1, 1 });
  /* The tag as written (!!binary), not as resolved (tag:yaml.org,…). */
  const struct fy_mark *end = fy_token_end_mark (tag);
  g_autofree char *shown = NULL;
  if (mark && end && end->input_pos > mark->input_pos && end->input_pos <= w->text_len)
    shown = g_strndup (w->text + mark->input_pos, end->input_pos - mark->input_pos);
  else
    {
      size_t len = 0;
      const char *text = fy_token_get_text (tag, &len);
      shown = g_strndup (text ? text : "", text ? len : 0);
    }
  dg_yaml_error (w->diag, loc,
                 _ ("YAML tag '%s' is not allowed in a model (the format has no tags; "
                    "write the value plain or quoted)"),
                 shown);
}

/* Reports every node (key or value) under NODE that carries a tag;
 * returns how many.  Runs after too_deep(), so the recursion is bounded. */
static guint
report_tags (DgYamlWalk *w, struct fy_node *node)
{
  if (node == NULL)
    return 0;
  guint found = 0;
  if (fy_node_get_tag_token (node) != NULL)
    {
      report_tag (w, node);
      found++;
    }
  void *iter = NULL;
  if (fy_node_is_mapping (node))
    {
      struct fy_node_pair *pair;
      while ((pair = fy_node_mapping_iterate (node, &iter)) != NULL)
        {
          found += report_tags (w, fy_node_pair_key (pair));
          found += report_tags (w, fy_node_pair_value (pair));
        }
    }
  else if (fy_node_is_sequence (node))
    {
      struct fy_node *child;
      while ((child = fy_node_sequence_iterate (node, &iter)) != NULL)
        found += report_tags (w, child);
    }
  return found;
}

/* The format has no tags: a %TAG directive or a tag (!!binary, !!str,
 * !custom) would make a value mean something its text does not say, so
 * each is refused where it stands rather than ignored. */
static gboolean
refuse_tags (DgYamlWalk *w, DgYaml *yaml)
{
  gboolean ok = TRUE;
  struct fy_document_state *state = fy_document_get_document_state (yaml->doc);
  if (state && fy_document_state_tags_explicit (state))
    {
      DgLoc loc = { w->file, 1, 1 };
      void *iter = NULL;
      struct fy_token *directive;
      while ((directive = fy_document_tag_directive_iterate (yaml->doc, &iter)) != NULL)
        {
          size_t len = 0;
          const char *handle = fy_tag_directive_token_handle (directive, &len);
          const struct fy_mark *mark = fy_token_start_mark (directive);
          /* The two default handles are there without a directive. */
          if (handle && mark && !(len == 1 && handle[0] == '!')
              && !(len == 2 && handle[0] == '!' && handle[1] == '!'))
            {
              loc = mark_loc (w, mark);
              break;
            }
        }
      dg_yaml_error (w->diag, loc, _ ("%%TAG directives are not allowed in a model (the format has no tags)"));
      ok = FALSE;
    }
  return report_tags (w, fy_document_root (yaml->doc)) == 0 && ok;
}

/* The text's syntax within yaml-bound.h's bound, else an error at the
 * mark that passes it. */
static gboolean
within_bound (DgYamlWalk *w, const char *text, gsize len)
{
  gssize over = dg_yaml_bound_exceeded (text, len);
  if (over < 0)
    return TRUE;
  dg_yaml_error (w->diag, loc_of_offset (w->file, text, (gsize) over),
                 _ ("too much YAML syntax for the size of the file: a file of %llu bytes may "
                    "hold %llu of the characters []{},:-?&*!%%|> and line ends (%d, and one "
                    "more per %d bytes), and this is the next; parsing it would take memory "
                    "out of proportion to its size"),
                 (unsigned long long) len, (unsigned long long) dg_yaml_marks_allowed (len),
                 DG_YAML_MARKS_FLOOR, DG_YAML_BYTES_PER_MARK);
  return FALSE;
}

gboolean
dg_yaml_open (DgYamlWalk *w, const char *path, DgYaml *yaml, GError **error)
{
  w->text = NULL;
  w->text_len = 0;
  w->column_mark = NULL;
  char *text = NULL;
  gsize len = 0;
  guint before = w->diag->total;
  if (!read_text (path, w->limits, w->file, &text, &len, w->diag, error))
    return FALSE;
  w->text = text;
  w->text_len = len;
  if (w->diag->total > before || !within_bound (w, text, len) || !parse_yaml (w, text, len, yaml))
    return FALSE;
  struct fy_node *deep = too_deep (fy_document_root (yaml->doc), w->limits->max_depth);
  if (deep)
    {
      dg_yaml_error (w->diag, dg_yaml_loc (w, deep, (DgLoc){ w->file, 1, 1 }),
                  _ ("nesting deeper than %u levels (see --max-depth)"), w->limits->max_depth);
      dg_yaml_close (yaml);
      return FALSE;
    }
  if (!refuse_tags (w, yaml))
    {
      dg_yaml_close (yaml);
      return FALSE;
    }
  return TRUE;
}

/* ---- for the other readers of src/model -------------------------------- */

gboolean
dg_yaml_read_file (const char *path, const DgLoadLimits *limits, const char *file, char **contents,
                   gsize *length, DgYamlDiag *diag, GError **error)
{
  return read_text (path, limits, file, contents, length, diag, error);
}

gboolean
dg_yaml_valid_id (const char *id)
{
  return valid_id (id);
}
