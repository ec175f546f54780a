/*
 * matrix-read.c — a matrix CSV back into a DgModel (matrix-read.h).
 *
 * libcsv splits the records; it is fed one byte at a time so that every
 * field keeps the line and character column where it starts, for
 * FILE:LINE:COL messages.  The layout is read by position, not by the
 * headings, which are translated.
 */
#include <csv.h>
#include <glib/gi18n.h>
#include <string.h>

#include "import/matrix-read.h"
#include "model/yaml-walk.h"

/* ---- CSV records with positions ---------------------------------------- */

typedef struct {
  char *text;
  DgLoc loc;
} Field;

typedef struct {
  GArray *fields; /* of Field */
  DgLoc loc;      /* where the record starts */
} Record;

typedef struct {
  const char *file;
  GPtrArray *records; /* of Record* */
  Record *current;
  DgLoc here;         /* the byte being fed */
  DgLoc next;         /* the byte after it */
  DgLoc field_start;
  int last_end;       /* the character that ended the previous record */
} Splitter;

static void
field_clear (gpointer data)
{
  g_free (((Field *) data)->text);
}

static void
record_free (gpointer data)
{
  Record *r = data;
  g_array_unref (r->fields);
  g_free (r);
}

static Record *
record_new (DgLoc loc)
{
  Record *r = g_new0 (Record, 1);
  r->fields = g_array_new (FALSE, FALSE, sizeof (Field));
  g_array_set_clear_func (r->fields, field_clear);
  r->loc = loc;
  return r;
}

static void
on_field (void *data, size_t len, void *user)
{
  Splitter *s = user;
  if (s->current == NULL)
    s->current = record_new (s->field_start);
  Field f = { g_strndup (data ? data : "", len), s->field_start };
  g_array_append_val (s->current->fields, f);
  s->field_start = s->next;
}

static void
on_record (int c, void *user)
{
  Splitter *s = user;
  /* With CSV_REPALL_NL every CR and LF ends a record; the LF of a CRLF
   * after a record is not a record of its own. */
  gboolean crlf_tail = s->current == NULL && c == '\n' && s->last_end == '\r';
  if (!crlf_tail)
    g_ptr_array_add (s->records, s->current ? s->current : record_new (s->field_start));
  s->current = NULL;
  s->last_end = c;
  s->field_start = s->next;
}

static DgLoc
advance (DgLoc loc, guchar byte)
{
  if (byte == '\n')
    {
      loc.line++;
      loc.column = 1;
    }
  else if ((byte & 0xC0) != 0x80)
    loc.column++;
  return loc;
}

/* Splits TEXT into records; FALSE (recorded in DIAG) on bad quoting. */
static gboolean
split (const char *file, const char *text, gsize len, GPtrArray *records, DgYamlDiag *diag)
{
  struct csv_parser parser;
  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
    g_error ("csv_init failed");
  Splitter s = { file, records, NULL, { file, 1, 1 }, { file, 1, 1 }, { file, 1, 1 }, 0 };
  gboolean ok = TRUE;
  for (gsize i = 0; i < len && ok; i++)
    {
      s.next = advance (s.here, (guchar) text[i]);
      if (csv_parse (&parser, text + i, 1, on_field, on_record, &s) != 1)
        {
          dg_yaml_error (diag, s.here, "%s", csv_error (&parser) == CSV_EPARSE
                                                  ? _ ("malformed CSV: a quote inside an unquoted field, "
                                                       "or text after a closing quote")
                                                  : csv_strerror (csv_error (&parser)));
          ok = FALSE;
        }
      s.here = s.next;
    }
  if (ok && csv_fini (&parser, on_field, on_record, &s) != 0)
    {
      dg_yaml_error (diag, s.field_start, _ ("malformed CSV: a quoted field is not closed"));
      ok = FALSE;
    }
  if (s.current)
    record_free (s.current);
  csv_free (&parser);
  return ok;
}

/* ---- cells -------------------------------------------------------------- */

/* A field as written, without the ' the writer puts before text that a
 * spreadsheet would take for a formula, and without surrounding spaces. */
static char *
cell_text (const Field *f)
{
  const char *t = f->text;
  if (t[0] == '\'')
    t++;
  return g_strstrip (g_strdup (t));
}

static gboolean
record_blank (const Record *r)
{
  for (guint i = 0; i < r->fields->len; i++)
    {
      g_autofree char *t = g_strstrip (g_strdup (g_array_index (r->fields, Field, i).text));
      if (t[0] != '\0')
        return FALSE;
    }
  return TRUE;
}

static const Field *
field_at (const Record *r, guint i)
{
  return i < r->fields->len ? &g_array_index (r->fields, Field, i) : NULL;
}

/* Where text at byte OFFSET of field F is: lines inside a quoted cell count. */
static DgLoc
loc_in_field (const Field *f, gsize offset)
{
  DgLoc loc = f->loc;
  const char *p = f->text, *end = f->text + offset;
  gboolean first_line = TRUE;
  for (; p < end; p++)
    {
      if (*p == '\n')
        {
          loc.line++;
          loc.column = 1;
          first_line = FALSE;
        }
      else if ((*p & 0xC0) != 0x80)
        loc.column++;
    }
  /* On the field's first line the opening quote comes before the text. */
  if (first_line && f->text[0] != '\0')
    loc.column++;
  return loc;
}

static const struct {
  const char *words;
  DgRole role;
  gboolean upper;
} role_words[] = {
  { "负责", DG_ROLE_LEAD, FALSE },       { "牵头", DG_ROLE_LEAD, FALSE },
  { "协助", DG_ROLE_ASSIST, FALSE },     { "配合", DG_ROLE_COOPERATE, FALSE },
  { "参与", DG_ROLE_PARTICIPATE, FALSE },{ "监督", DG_ROLE_SUPERVISE, FALSE },
  { "指导", DG_ROLE_GUIDE, FALSE },      { "协助上级", DG_ROLE_ASSIST, TRUE },
  { "配合上级", DG_ROLE_COOPERATE, TRUE },
};

static gboolean
role_from_words (const char *words, DgRole *role, gboolean *upper)
{
  for (guint i = 0; i < G_N_ELEMENTS (role_words); i++)
    if (g_str_equal (words, role_words[i].words))
      {
        *role = role_words[i].role;
        *upper = role_words[i].upper;
        return TRUE;
      }
  *upper = FALSE;
  return dg_role_from_name (words, role);
}

static gboolean
kind_from_words (const char *words, DgBodyKind *kind)
{
  for (int k = 0; k < DG_KIND_COUNT; k++)
    if (g_str_equal (words, dg_kind_label ((DgBodyKind) k)))
      {
        *kind = (DgBodyKind) k;
        return TRUE;
      }
  return dg_kind_from_name (words, kind);
}

/* ---- the reader --------------------------------------------------------- */

/* One "ROLE CLAUSE" line of a cell. */
typedef struct {
  int body;
  int area;
  DgRole role;
  gboolean upper;
  char *clause;
  DgLoc loc;
  int source;   /* index of the duty-list row it matches, or -1 */
} Entry;

/* One row of the duty list. */
typedef struct {
  char *clause;
  DgRole role;
  gboolean upper;
  GArray *bodies;   /* int */
  guint kinds;
  int with_body;
  GArray *areas;    /* int */
  gboolean procedural;
  DgPeriod every;
  int times;
  char *text;
  char *aspect;     /* NULL when the cell is empty */
  DgLoc loc;
  gboolean used;
} ListRow;

typedef struct {
  DgYamlDiag *diag;
  DgModel *model;
  GArray *entries;   /* Entry */
  GPtrArray *list;   /* ListRow* */
  GArray *columns;   /* int body index per matrix column from 3 on; -1 when bad */
  GHashTable *rows_by_key; /* holding_key() -> GArray of guint duty-list rows, list order */
  guint bodies_of_kind[DG_KIND_COUNT];
} Reader;

/* Role, upper flag and clause in one string: what ties a cell's line to
 * its duty-list rows.  A hash on it keeps reading linear in the size of
 * the matrix. */
static char *
holding_key (DgRole role, gboolean upper, const char *clause)
{
  return g_strdup_printf ("%d%c%s", (int) role, upper ? 'u' : '-', clause);
}

static void
entry_clear (gpointer data)
{
  g_free (((Entry *) data)->clause);
}

static void
list_row_free (gpointer data)
{
  ListRow *r = data;
  g_free (r->clause);
  g_free (r->aspect);
  g_free (r->text);
  g_array_unref (r->bodies);
  g_array_unref (r->areas);
  g_free (r);
}

static void
read_heading (Reader *rd, const Record *heading, const Record *kinds)
{
  DgModel *m = rd->model;
  for (guint c = 3; c < heading->fields->len; c++)
    {
      const Field *f = field_at (heading, c);
      g_autofree char *text = cell_text (f);
      int index = -1;
      const char *open = g_strrstr (text, " [");
      gsize len = strlen (text);
      if (text[0] == '\0' && (kinds == NULL || field_at (kinds, c) == NULL
                              || field_at (kinds, c)->text[0] == '\0'))
        {
          /* A spreadsheet may pad records with empty fields. */
          g_array_append_val (rd->columns, index);
          continue;
        }
      if (open == NULL || len < 2 || text[len - 1] != ']')
        {
          dg_yaml_error (rd->diag, f->loc, _ ("body column '%s' is not \"NAME [ID]\""), text);
          g_array_append_val (rd->columns, index);
          continue;
        }
      g_autofree char *name = g_strstrip (g_strndup (text, (gsize) (open - text)));
      g_autofree char *id = g_strndup (open + 2, len - (gsize) (open - text) - 3);
      if (!dg_yaml_valid_id (id))
        dg_yaml_error (rd->diag, f->loc,
                       _ ("body id '%s' is not a valid id (ASCII letters, digits, '-', '_', '.')"), id);
      else if (name[0] == '\0')
        dg_yaml_error (rd->diag, f->loc, _ ("body '%s' has no name"), id);
      else if (dg_model_body_index (m, id) >= 0)
        dg_yaml_error (rd->diag, f->loc, _ ("body '%s' has two columns"), id);
      else
        {
          DgBody *b = dg_body_new ();
          b->id = g_steal_pointer (&id);
          b->name = g_steal_pointer (&name);
          b->loc = f->loc;
          const Field *k = kinds ? field_at (kinds, c) : NULL;
          g_autofree char *kind = k ? cell_text (k) : NULL;
          if (kind && kind[0] != '\0' && !kind_from_words (kind, &b->kind))
            dg_yaml_error (rd->diag, k->loc, _ ("unknown kind '%s' for body '%s'"), kind, b->id);
          index = (int) m->bodies->len;
          g_hash_table_insert (m->body_by_id, b->id, GINT_TO_POINTER (index + 1));
          g_ptr_array_add (m->bodies, b);
        }
      g_array_append_val (rd->columns, index);
    }
}

static int
add_area (DgModel *m, const char *id, const char *name, int parent, DgLoc loc)
{
  DgArea *a = dg_area_new ();
  a->id = g_strdup (id);
  a->name = g_strdup (name);
  a->parent = parent;
  a->loc = loc;
  int index = (int) m->areas->len;
  g_hash_table_insert (m->area_by_id, a->id, GINT_TO_POINTER (index + 1));
  g_ptr_array_add (m->areas, a);
  return index;
}

static void
read_cell (Reader *rd, const Field *f, int body, int area)
{
  const char *start = f->text;
  if (start[0] == '\'')
    start++;
  while (*start)
    {
      const char *end = strchr (start, '\n');
      if (end == NULL)
        end = start + strlen (start);
      g_autofree char *line = g_strstrip (g_strndup (start, (gsize) (end - start)));
      DgLoc loc = loc_in_field (f, (gsize) (start - f->text));
      start = *end ? end + 1 : end;
      if (line[0] == '\0')
        continue;
      /* The role ends at the first space, ASCII or ideographic. */
      char *space = strchr (line, ' ');
      char *wide = strstr (line, "\u3000");
      char *cut = space && (!wide || space < wide) ? space : wide;
      if (cut == NULL)
        {
          dg_yaml_error (rd->diag, loc, _ ("'%s' is not \"ROLE CLAUSE\" (e.g. 负责 四(二)5(8))"), line);
          continue;
        }
      g_autofree char *words = g_strndup (line, (gsize) (cut - line));
      Entry e = { body, area, DG_ROLE_LEAD, FALSE, NULL, loc, -1 };
      if (!role_from_words (words, &e.role, &e.upper))
        {
          dg_yaml_error (rd->diag, loc,
                         _ ("unknown role '%s' (expected 负责, 协助, 配合, 参与, 监督, 指导, 协助上级 or 配合上级)"),
                         words);
          continue;
        }
      e.clause = g_strstrip (g_strdup (cut + (*cut == ' ' ? 1 : 3)));
      if (e.clause[0] == '\0')
        {
          dg_yaml_error (rd->diag, loc, _ ("'%s' names no clause"), line);
          g_free (e.clause);
          continue;
        }
      g_array_append_val (rd->entries, e);
    }
}

/* The area rows, from record FIRST; returns the index after the last one. */
static guint
read_rows (Reader *rd, GPtrArray *records, guint first, gboolean have_taxonomy)
{
  DgModel *m = rd->model;
  g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (int)); /* area per depth */
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint r = first;
  for (; r < records->len; r++)
    {
      const Record *rec = g_ptr_array_index (records, r);
      if (record_blank (rec))
        break;
      const Field *idf = field_at (rec, 0);
      g_autofree char *id = cell_text (idf);
      const Field *namef = field_at (rec, 1);
      /* Depth: the ideographic spaces the writer indents names with. */
      guint depth = 0;
      const char *name = namef ? namef->text : "";
      if (name[0] == '\'')
        name++;
      while (g_str_has_prefix (name, "\u3000"))
        {
          name += 3;
          depth++;
        }
      g_autofree char *plain_name = g_strstrip (g_strdup (name));
      if (!dg_yaml_valid_id (id))
        {
          dg_yaml_error (rd->diag, idf->loc, _ ("'%s' is not an area id"), id);
          continue;
        }
      if (g_hash_table_contains (seen, id))
        {
          dg_yaml_error (rd->diag, idf->loc, _ ("area '%s' has two rows"), id);
          continue;
        }
      int area = dg_model_area_index (m, id);
      if (area < 0)
        {
          if (depth > stack->len)
            {
              dg_yaml_error (rd->diag, namef->loc,
                             _ ("area '%s' is indented %u levels under an area %u levels deep"), id, depth,
                             stack->len ? stack->len - 1 : 0);
              continue;
            }
          if (plain_name[0] == '\0')
            {
              dg_yaml_error (rd->diag, idf->loc, _ ("area '%s' is not in the %s and has no name"), id,
                             have_taxonomy ? _ ("taxonomy") : _ ("matrix"));
              continue;
            }
          area = add_area (m, id, plain_name, depth > 0 ? g_array_index (stack, int, depth - 1) : -1,
                           idf->loc);
        }
      g_hash_table_add (seen, dg_model_area (m, area)->id);
      if (depth <= stack->len)
        {
          g_array_set_size (stack, depth);
          g_array_append_val (stack, area);
        }
      for (guint c = 3; c < rec->fields->len; c++)
        {
          const Field *f = field_at (rec, c);
          int body = c - 3 < rd->columns->len ? g_array_index (rd->columns, int, c - 3) : -1;
          if (body < 0)
            {
              g_autofree char *t = cell_text (f);
              if (t[0] != '\0' && c - 3 >= rd->columns->len)
                dg_yaml_error (rd->diag, f->loc, _ ("a cell outside the body columns"));
              continue;
            }
          read_cell (rd, f, body, area);
        }
    }
  return r;
}

static GArray *
ids_of (Reader *rd, const Field *f, gboolean areas, guint *kinds, gboolean *procedural)
{
  DgModel *m = rd->model;
  GArray *out = g_array_new (FALSE, FALSE, sizeof (int));
  if (f == NULL)
    return out;
  g_autofree char *text = cell_text (f);
  g_auto (GStrv) words = g_strsplit_set (text, " \t\n", -1);
  for (guint i = 0; words[i]; i++)
    {
      const char *w = words[i];
      if (w[0] == '\0')
        continue;
      DgBodyKind kind;
      int index;
      if (procedural && g_str_equal (w, "(procedural)"))
        *procedural = TRUE;
      else if (kinds && g_str_has_prefix (w, "kind:") && dg_kind_from_name (w + 5, &kind))
        *kinds |= 1u << kind;
      else if ((index = areas ? dg_model_area_index (m, w) : dg_model_body_index (m, w)) >= 0)
        g_array_append_val (out, index);
      else
        dg_yaml_error (rd->diag, f->loc, _ ("%s '%s' is not in the matrix"), areas ? C_ ("model part", "area") : C_ ("model part", "body"), w);
    }
  return out;
}

/* The duty list: records FIRST to END, the first its heading. */
/* The aspect of a list row (its column 8, absent in older matrices): an id,
 * or NULL when empty. */
static char *
aspect_of (Reader *rd, const Field *field)
{
  g_autofree char *text = field ? g_strstrip (cell_text (field)) : NULL;
  if (text == NULL || text[0] == '\0')
    return NULL;
  for (const char *c = text; *c; c++)
    if (!g_ascii_isalnum (*c) && *c != '.' && *c != '_' && *c != '-')
      {
        dg_yaml_error (rd->diag, field->loc, _ ("aspect '%s' is not an id"), text);
        return NULL;
      }
  return g_steal_pointer (&text);
}

static void
read_list (Reader *rd, GPtrArray *records, guint first, guint end)
{
  DgModel *m = rd->model;
  for (guint r = first + 1; r < end; r++)
    {
      const Record *rec = g_ptr_array_index (records, r);
      const Field *clause = field_at (rec, 0), *role = field_at (rec, 1), *with = field_at (rec, 3),
                  *every = field_at (rec, 5), *times = field_at (rec, 6), *text = field_at (rec, 7);
      ListRow *row = g_new0 (ListRow, 1);
      row->loc = rec->loc;
      row->with_body = -1;
      row->clause = cell_text (clause);
      g_autofree char *role_text = role ? cell_text (role) : g_strdup ("");
      if (!role_from_words (role_text, &row->role, &row->upper))
        dg_yaml_error (rd->diag, role ? role->loc : rec->loc, _ ("unknown role '%s' in the duty list"),
                       role_text);
      row->bodies = ids_of (rd, field_at (rec, 2), FALSE, &row->kinds, NULL);
      row->areas = ids_of (rd, field_at (rec, 4), TRUE, NULL, &row->procedural);
      g_autofree char *with_text = with ? cell_text (with) : g_strdup ("");
      if (g_str_equal (with_text, "upper"))
        row->upper = row->role != DG_ROLE_LEAD;
      else if (with_text[0] != '\0' && (row->with_body = dg_model_body_index (m, with_text)) < 0)
        dg_yaml_error (rd->diag, with->loc, _ ("body '%s' is not in the matrix"), with_text);
      g_autofree char *every_text = every ? cell_text (every) : g_strdup ("");
      if (every_text[0] != '\0' && !dg_period_from_name (every_text, &row->every))
        dg_yaml_error (rd->diag, every->loc, _ ("unknown period '%s' (expected half-year, quarter or year)"),
                       every_text);
      g_autofree char *times_text = times ? cell_text (times) : g_strdup ("");
      if (row->every != DG_PERIOD_NONE)
        {
          gint64 n = 1;
          if (times_text[0] != '\0'
              && (!g_ascii_string_to_signed (times_text, 10, 1, 1000, &n, NULL)))
            dg_yaml_error (rd->diag, times->loc, _ ("times '%s' is not a number from 1 to 1000"), times_text);
          row->times = (int) n;
        }
      row->text = text ? cell_text (text) : g_strdup ("");
      row->aspect = aspect_of (rd, field_at (rec, 8));
      if (row->text[0] == '\0')
        dg_yaml_error (rd->diag, text ? text->loc : rec->loc, _ ("the duty of clause '%s' has no text"),
                       row->clause);
      if (row->clause[0] == '\0')
        dg_yaml_error (rd->diag, rec->loc, _ ("a duty without a clause"));
      g_ptr_array_add (rd->list, row);
    }
}

/* The body list: completes the bodies of the columns (reports-to, manages,
 * aliases, clause, note) and adds any body without a column. */
static void
read_bodies (Reader *rd, GPtrArray *records, guint first, guint end)
{
  DgModel *m = rd->model;
  g_autoptr (GPtrArray) parents = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) parent_locs = g_array_new (FALSE, FALSE, sizeof (DgLoc));
  g_autoptr (GArray) children = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint r = first + 1; r < end; r++)
    {
      const Record *rec = g_ptr_array_index (records, r);
      const Field *idf = field_at (rec, 0);
      g_autofree char *id = cell_text (idf);
      if (!dg_yaml_valid_id (id))
        {
          dg_yaml_error (rd->diag, idf->loc, _ ("'%s' is not a body id"), id);
          continue;
        }
      int index = dg_model_body_index (m, id);
      DgBody *b;
      if (index >= 0)
        b = dg_model_body (m, index);
      else
        {
          const Field *namef = field_at (rec, 1), *kindf = field_at (rec, 2);
          b = dg_body_new ();
          b->id = g_steal_pointer (&id);
          b->name = namef ? cell_text (namef) : g_strdup (b->id);
          b->loc = rec->loc;
          g_autofree char *kind = kindf ? cell_text (kindf) : g_strdup ("");
          if (!kind_from_words (kind, &b->kind))
            dg_yaml_error (rd->diag, kindf ? kindf->loc : rec->loc, _ ("unknown kind '%s' for body '%s'"),
                           kind, b->id);
          index = (int) m->bodies->len;
          g_hash_table_insert (m->body_by_id, b->id, GINT_TO_POINTER (index + 1));
          g_ptr_array_add (m->bodies, b);
        }
      const Field *parent = field_at (rec, 3), *aliases = field_at (rec, 5), *clause = field_at (rec, 6),
                  *note = field_at (rec, 7);
      g_autofree char *parent_id = parent ? cell_text (parent) : g_strdup ("");
      if (parent_id[0] != '\0')
        {
          g_ptr_array_add (parents, g_steal_pointer (&parent_id));
          g_array_append_val (parent_locs, parent->loc);
          g_array_append_val (children, index);
        }
      g_autoptr (GArray) manages = ids_of (rd, field_at (rec, 4), TRUE, NULL, NULL);
      g_array_set_size (b->manages, 0);
      g_array_append_vals (b->manages, manages->data, manages->len);
      if (aliases)
        {
          g_autofree char *text = cell_text (aliases);
          g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
          g_ptr_array_set_size (b->aliases, 0);
          for (guint i = 0; lines[i]; i++)
            {
              char *alias = g_strstrip (g_strdup (lines[i]));
              if (alias[0] == '\0')
                g_free (alias);
              else
                g_ptr_array_add (b->aliases, alias);
            }
        }
      g_autofree char *clause_text = clause ? cell_text (clause) : NULL;
      if (clause_text && clause_text[0] != '\0')
        {
          g_free (b->clause);
          b->clause = g_steal_pointer (&clause_text);
        }
      g_autofree char *note_text = note ? cell_text (note) : NULL;
      if (note_text && note_text[0] != '\0')
        {
          g_free (b->note);
          b->note = g_steal_pointer (&note_text);
        }
      char *aspect = aspect_of (rd, field_at (rec, 8));
      if (aspect)
        {
          g_free (b->aspect);
          b->aspect = aspect;
        }
    }
  for (guint i = 0; i < parents->len; i++)
    {
      int parent = dg_model_body_index (m, g_ptr_array_index (parents, i));
      DgBody *b = dg_model_body (m, g_array_index (children, int, i));
      if (parent < 0)
        dg_yaml_error (rd->diag, g_array_index (parent_locs, DgLoc, i), "reports-to '%s' is not in the matrix",
                       (const char *) g_ptr_array_index (parents, i));
      else
        b->reports_to = parent;
    }
  /* A loop of reports-to would never end a walk up the hierarchy.  Each
   * walk stops at a body already walked, so all of them take linear time. */
  guint n = m->bodies->len;
  g_autofree guint *walk = g_new0 (guint, n); /* 0 unvisited, else the walk that reached it */
  for (guint i = 0; i < n; i++)
    {
      int at = (int) i;
      while (at >= 0 && walk[at] == 0)
        {
          walk[at] = i + 1;
          at = dg_model_body (m, at)->reports_to;
        }
      if (at >= 0 && walk[at] == i + 1)
        dg_yaml_error (rd->diag, dg_model_body (m, at)->loc, "reports-to cycle through body '%s'",
                       dg_model_body (m, at)->id);
    }
}

static void
read_exemptions (Reader *rd, GPtrArray *records, guint first, guint end)
{
  DgModel *m = rd->model;
  for (guint r = first + 1; r < end; r++)
    {
      const Record *rec = g_ptr_array_index (records, r);
      const Field *areaf = field_at (rec, 0), *reasonf = field_at (rec, 1);
      g_autofree char *id = cell_text (areaf);
      int area = dg_model_area_index (m, id);
      if (area < 0)
        {
          dg_yaml_error (rd->diag, areaf->loc, _ ("exempt area '%s' is not in the matrix"), id);
          continue;
        }
      DgExemption *e = g_new0 (DgExemption, 1);
      e->area = area;
      e->reason = reasonf ? cell_text (reasonf) : g_strdup ("");
      e->loc = rec->loc;
      g_ptr_array_add (m->exemptions, e);
    }
}

static void
read_principles (Reader *rd, GPtrArray *records, guint first, guint end)
{
  DgModel *m = rd->model;
  for (guint r = first + 1; r < end; r++)
    {
      const Record *rec = g_ptr_array_index (records, r);
      const Field *idf = field_at (rec, 0), *clause = field_at (rec, 1), *text = field_at (rec, 2),
                  *rule = field_at (rec, 3);
      g_autofree char *id = cell_text (idf);
      if (!dg_yaml_valid_id (id))
        {
          dg_yaml_error (rd->diag, idf->loc, _ ("'%s' is not a principle id"), id);
          continue;
        }
      DgPrinciple *p = g_new0 (DgPrinciple, 1);
      p->id = g_steal_pointer (&id);
      p->clause = clause ? cell_text (clause) : g_strdup ("");
      p->text = text ? cell_text (text) : g_strdup ("");
      g_autofree char *rule_text = rule ? cell_text (rule) : g_strdup ("");
      p->rule = rule_text[0] != '\0' ? g_steal_pointer (&rule_text) : NULL;
      p->loc = rec->loc;
      g_ptr_array_add (m->principles, p);
    }
}

static gboolean
row_binds (const DgModel *m, const ListRow *row, int body)
{
  if (row->kinds)
    return (row->kinds & (1u << dg_model_body (m, body)->kind)) != 0;
  for (guint i = 0; i < row->bodies->len; i++)
    if (g_array_index (row->bodies, int, i) == body)
      return TRUE;
  return FALSE;
}

/* The duty-list row an entry states: same clause and role, binding its
 * body; else any row of that clause and role (the body was added in the
 * spreadsheet); else -1. */
static int
match_entry (const Reader *rd, const Entry *e)
{
  g_autofree char *key = holding_key (e->role, e->upper, e->clause);
  const GArray *rows = g_hash_table_lookup (rd->rows_by_key, key);
  if (rows == NULL)
    return -1;
  for (guint i = 0; i < rows->len; i++)
    {
      guint r = g_array_index (rows, guint, i);
      if (row_binds (rd->model, g_ptr_array_index (rd->list, r), e->body))
        return (int) r;
    }
  return (int) g_array_index (rows, guint, 0);
}

static void
index_list (Reader *rd)
{
  for (guint i = 0; i < rd->list->len; i++)
    {
      const ListRow *row = g_ptr_array_index (rd->list, i);
      char *key = holding_key (row->role, row->upper, row->clause);
      GArray *rows = g_hash_table_lookup (rd->rows_by_key, key);
      if (rows == NULL)
        {
          rows = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (rd->rows_by_key, key, rows);
        }
      else
        g_free (key);
      g_array_append_val (rows, i);
    }
}

static DgDuty *
new_duty (const ListRow *row, DgRole role, gboolean upper, const char *clause, const char *text,
          DgLoc loc)
{
  DgDuty *d = dg_duty_new ();
  d->role = role;
  d->with_upper = upper;
  d->with_body = row && !upper && role != DG_ROLE_LEAD ? row->with_body : -1;
  d->clause = g_strdup (clause);
  d->text = g_strdup (text);
  d->aspect = row && row->aspect ? g_strdup (row->aspect) : NULL;
  d->every = row ? row->every : DG_PERIOD_NONE;
  d->times = row ? row->times : 0;
  d->loc = loc;
  return d;
}

/* The areas one body holds in a group, in cell order, and the key of
 * that list: bodies with equal keys share a duty. */
typedef struct {
  int body;
  GArray *areas;  /* int */
  GString *key;
} BodyAreas;

static void
body_areas_clear (gpointer data)
{
  BodyAreas *b = data;
  g_array_unref (b->areas);
  g_string_free (b->key, TRUE);
}

static gint
compare_body (gconstpointer a, gconstpointer b)
{
  int x = ((const BodyAreas *) a)->body, y = ((const BodyAreas *) b)->body;
  return (x > y) - (x < y);
}

/* TRUE when LIST holds exactly the areas of ROW_AREAS (as sets; neither has
 * a repeat). */
static gboolean
same_area_set (const GArray *list, GHashTable *row_areas)
{
  if (list->len != g_hash_table_size (row_areas))
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    if (!g_hash_table_contains (row_areas, GINT_TO_POINTER (g_array_index (list, int, i) + 1)))
      return FALSE;
  return TRUE;
}

/* The duties of one group of entries (one duty-list row, or one clause
 * the list lacks): bodies holding the same areas share a duty; a row for
 * a class of bodies stays a class duty when exactly that class holds it.
 * Linear in the group's entries: the bodies are those the entries name,
 * not every body of the model. */
static void
emit_group (Reader *rd, const ListRow *row, GArray *members)
{
  DgModel *m = rd->model;
  const Entry *first = &g_array_index (rd->entries, Entry, g_array_index (members, guint, 0));
  g_autofree char *fallback = g_strdup_printf ("%s %s", dg_role_name (first->role), first->clause);
  const char *text = row ? row->text : fallback;
  /* Areas per body, in entry order, without repeats. */
  g_autoptr (GArray) holders = g_array_new (FALSE, FALSE, sizeof (BodyAreas));
  g_array_set_clear_func (holders, body_areas_clear);
  g_autoptr (GHashTable) slot_of_body = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GHashTable) held = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < members->len; i++)
    {
      const Entry *e = &g_array_index (rd->entries, Entry, g_array_index (members, guint, i));
      gint64 pair = ((gint64) e->body << 32) | (guint32) e->area;
      if (g_hash_table_contains (held, &pair))
        continue;
      g_hash_table_add (held, g_memdup2 (&pair, sizeof pair));
      gpointer slot;
      if (!g_hash_table_lookup_extended (slot_of_body, GINT_TO_POINTER (e->body + 1), NULL, &slot))
        {
          BodyAreas b = { e->body, g_array_new (FALSE, FALSE, sizeof (int)), g_string_new (NULL) };
          g_array_append_val (holders, b);
          slot = GUINT_TO_POINTER (holders->len - 1);
          g_hash_table_insert (slot_of_body, GINT_TO_POINTER (e->body + 1), slot);
        }
      BodyAreas *b = &g_array_index (holders, BodyAreas, GPOINTER_TO_UINT (slot));
      g_array_append_val (b->areas, e->area);
      g_string_append_printf (b->key, "%d,", e->area);
    }
  /* Duties in the order of their first body, as the model lists bodies. */
  g_array_sort (holders, compare_body);
  g_autoptr (GHashTable) row_areas = NULL;
  if (row)
    {
      row_areas = g_hash_table_new (g_direct_hash, g_direct_equal);
      for (guint i = 0; i < row->areas->len; i++)
        g_hash_table_add (row_areas, GINT_TO_POINTER (g_array_index (row->areas, int, i) + 1));
    }
  g_autoptr (GHashTable) duty_of_key = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *made = g_ptr_array_new ();
  for (guint h = 0; h < holders->len; h++)
    {
      BodyAreas *b = &g_array_index (holders, BodyAreas, h);
      DgDuty *d = g_hash_table_lookup (duty_of_key, b->key->str);
      if (d == NULL)
        {
          d = new_duty (row, first->role, first->upper, first->clause, text, first->loc);
          /* The duty list's order of the same areas is the document's. */
          const GArray *order = row && same_area_set (b->areas, row_areas) ? row->areas : b->areas;
          g_array_append_vals (d->areas, order->data, order->len);
          g_hash_table_insert (duty_of_key, b->key->str, d);
          g_ptr_array_add (made, d);
        }
      g_array_append_val (d->bodies, b->body);
      if (b->body == d->with_body)
        d->with_body = -1;
    }
  /* A class duty still held by exactly its class, with one set of areas. */
  if (row && row->kinds && made->len == 1)
    {
      DgDuty *d = g_ptr_array_index (made, 0);
      guint of_class = 0;
      for (int k = 0; k < DG_KIND_COUNT; k++)
        if (row->kinds & (1u << k))
          of_class += rd->bodies_of_kind[k];
      gboolean all_in_class = TRUE;
      for (guint i = 0; i < d->bodies->len; i++)
        all_in_class &= row_binds (m, row, g_array_index (d->bodies, int, i));
      if (all_in_class && of_class == d->bodies->len)
        d->kinds = row->kinds;
    }
  for (guint i = 0; i < made->len; i++)
    g_ptr_array_add (m->duties, g_ptr_array_index (made, i));
  g_ptr_array_free (made, TRUE);
}

/* Duties from the duty list that name no area: the matrix cannot show them. */
static void
emit_unplaced (Reader *rd, const ListRow *row)
{
  DgModel *m = rd->model;
  DgDuty *d = new_duty (row, row->role, row->upper, row->clause, row->text, row->loc);
  d->procedural = row->procedural;
  d->kinds = row->kinds;
  if (row->kinds)
    {
      for (guint b = 0; b < m->bodies->len; b++)
        if (row->kinds & (1u << dg_model_body (m, (int) b)->kind))
          {
            int index = (int) b;
            g_array_append_val (d->bodies, index);
          }
    }
  else
    g_array_append_vals (d->bodies, row->bodies->data, row->bodies->len);
  if (d->bodies->len == 0)
    {
      dg_yaml_error (rd->diag, row->loc, _ ("the duty of clause '%s' binds no body in the matrix"), row->clause);
      g_array_unref (d->bodies);
      g_array_unref (d->areas);
      g_free (d->clause);
      g_free (d->text);
      g_free (d);
      return;
    }
  g_ptr_array_add (m->duties, d);
}

static void
build_duties (Reader *rd)
{
  guint n_rows = rd->list->len;
  /* Members per duty-list row, then per clause the list lacks. */
  g_autoptr (GPtrArray) by_row = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n_rows; i++)
    g_ptr_array_add (by_row, g_array_new (FALSE, FALSE, sizeof (guint)));
  g_autoptr (GPtrArray) loose = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr (GHashTable) loose_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index_list (rd);
  for (guint b = 0; b < rd->model->bodies->len; b++)
    rd->bodies_of_kind[dg_model_body (rd->model, (int) b)->kind]++;
  for (guint i = 0; i < rd->entries->len; i++)
    {
      Entry *e = &g_array_index (rd->entries, Entry, i);
      e->source = match_entry (rd, e);
      if (e->source >= 0)
        {
          g_array_append_val (g_ptr_array_index (by_row, e->source), i);
          continue;
        }
      char *key = holding_key (e->role, e->upper, e->clause);
      GArray *group = g_hash_table_lookup (loose_by_key, key);
      if (group == NULL)
        {
          group = g_array_new (FALSE, FALSE, sizeof (guint));
          g_ptr_array_add (loose, group);
          g_hash_table_insert (loose_by_key, key, group);
        }
      else
        g_free (key);
      g_array_append_val (group, i);
    }
  for (guint i = 0; i < n_rows; i++)
    {
      const ListRow *row = g_ptr_array_index (rd->list, i);
      GArray *members = g_ptr_array_index (by_row, i);
      if (members->len > 0)
        emit_group (rd, row, members);
      else if (row->areas->len == 0)
        emit_unplaced (rd, row);
      /* A row naming areas that no cell holds any more was taken out of
       * the matrix: the matrix decides. */
    }
  for (guint g = 0; g < loose->len; g++)
    emit_group (rd, NULL, g_ptr_array_index (loose, g));
}

static void
read_document (DgModel *m, const char *csv_path)
{
  g_autofree char *base = g_path_get_basename (csv_path);
  char *dot = strrchr (base, '.');
  if (dot && dot != base)
    *dot = '\0';
  m->doc_id = g_strdup ("matrix");
  m->title = g_strdup (base);
}

DgModel *
dg_matrix_read (const char *csv_path, const char *taxonomy_path, const DgLoadLimits *limits,
                GError **error)
{
  g_return_val_if_fail (csv_path != NULL, NULL);
  DgLoadLimits default_limits;
  if (limits == NULL)
    {
      dg_load_limits_init (&default_limits);
      limits = &default_limits;
    }
  g_autoptr (DgModel) model = dg_model_new ();
  model->path = g_strdup (csv_path);
  if (taxonomy_path && !dg_model_load_taxonomy (model, taxonomy_path, limits, error))
    return NULL;
  char *file = g_strdup (csv_path);
  g_ptr_array_add (model->files, file);

  DgYamlDiag diag;
  dg_yaml_diag_init (&diag);
  g_autoptr (GError) io_error = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (record_free);
  Reader rd = { &diag, model, g_array_new (FALSE, FALSE, sizeof (Entry)),
                g_ptr_array_new_with_free_func (list_row_free), g_array_new (FALSE, FALSE, sizeof (int)),
                g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref),
                { 0 } };
  g_array_set_clear_func (rd.entries, entry_clear);

  if (dg_yaml_read_file (csv_path, limits, file, &text, &len, &diag, &io_error) && diag.total == 0)
    {
      /* A byte-order mark takes no column, as in an editor. */
      const char *start = text;
      if (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
        start += 3;
      if (split (file, start, len - (gsize) (start - text), records, &diag))
        {
          if (records->len < 1 || record_blank (g_ptr_array_index (records, 0)))
            dg_yaml_error (&diag, (DgLoc){ file, 1, 1 },
                           "not a matrix: the first row must head the body columns");
          else
            {
              const Record *heading = g_ptr_array_index (records, 0);
              const Record *kinds = NULL;
              guint first = 1;
              /* The kinds row has no area id. */
              if (records->len > 1 && !record_blank (g_ptr_array_index (records, 1))
                  && field_at (g_ptr_array_index (records, 1), 0)->text[0] == '\0')
                {
                  kinds = g_ptr_array_index (records, 1);
                  first = 2;
                }
              read_heading (&rd, heading, kinds);
              guint end = read_rows (&rd, records, first, taxonomy_path != NULL);
              /* The lists: duties, bodies, exemptions, principles, each after
               * empty records. */
              guint starts[4] = { 0 }, ends[4] = { 0 }, n_lists = 0;
              for (guint r = end; r < records->len; r++)
                {
                  if (record_blank (g_ptr_array_index (records, r)))
                    continue;
                  if (n_lists == 4)
                    {
                      dg_yaml_error (&diag, ((const Record *) g_ptr_array_index (records, r))->loc,
                                     "more than four lists after the matrix");
                      break;
                    }
                  starts[n_lists] = r;
                  while (r < records->len && !record_blank (g_ptr_array_index (records, r)))
                    r++;
                  ends[n_lists++] = r;
                }
              if (n_lists > 1)
                read_bodies (&rd, records, starts[1], ends[1]);
              if (n_lists > 0)
                read_list (&rd, records, starts[0], ends[0]);
              if (n_lists > 2)
                read_exemptions (&rd, records, starts[2], ends[2]);
              if (n_lists > 3)
                read_principles (&rd, records, starts[3], ends[3]);
              if (diag.total == 0)
                build_duties (&rd);
            }
        }
    }
  read_document (model, csv_path);
  g_array_unref (rd.entries);
  g_ptr_array_unref (rd.list);
  g_array_unref (rd.columns);
  g_hash_table_unref (rd.rows_by_key);
  if (!dg_yaml_diag_finish (&diag, csv_path, g_steal_pointer (&io_error), error))
    return NULL;
  return g_steal_pointer (&model);
}
