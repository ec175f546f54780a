/*
 * matrix-read.c — a matrix sheet back into a DgModel (matrix-read.h).
 *
 * import/sheet.h gives the cells, from a CSV or a workbook, each with its
 * name for messages.  The layout is read by position, not by the
 * headings, which are translated.  The cells are read after the lists, so
 * that a line of a cell is matched against the duty list as a whole: a
 * clause written over several lines, a role changed, a role written alone.
 */
#include <glib/gi18n.h>
#include <string.h>

#include "import/matrix-read.h"
#include "import/sheet.h"
#include "model/yaml-walk.h"
#include "util/normalize.h"

/* ---- cells -------------------------------------------------------------- */

/* A field as written, without the ' the writer puts before text that a
 * spreadsheet would take for a formula, and without surrounding spaces. */
static char *
cell_text (const DgSheetCell *f)
{
  const char *t = f->text;
  if (t[0] == '\'')
    t++;
  return g_strstrip (g_strdup (t));
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

/* The words a cell uses for ROLE (the first of the table's). */
static const char *
words_of_role (DgRole role, gboolean upper)
{
  for (guint i = 0; i < G_N_ELEMENTS (role_words); i++)
    if (role_words[i].role == role && role_words[i].upper == upper)
      return role_words[i].words;
  return dg_role_name (role);
}

/* ---- the reader --------------------------------------------------------- */

/* One holding of a cell. */
typedef struct {
  int body;
  int area;
  DgRole role;
  gboolean upper;
  char *clause;
  gboolean added;            /* the role written alone: a holding made in the matrix */
  const DgSheetCell *cell;
} Entry;

/* A cell of a body column, read once the lists are known. */
typedef struct {
  const DgSheetCell *cell;
  int body;
  int area;
} CellRef;

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
  const DgSheetCell *cell; /* its first cell, for messages */
} ListRow;

/* The holdings that become duties together: those of one duty-list row
 * stated with its own role (EXACT), or those of one role and clause that
 * take their text from ROW (a role changed in a cell), or a clause the
 * list lacks (ROW -1). */
typedef struct {
  int row;
  gboolean exact;
  GArray *members;  /* guint entry indexes */
} Group;

typedef struct {
  DgYamlDiag *diag;
  const DgSheet *sheet;
  DgModel *model;
  GArray *cells;     /* CellRef */
  GArray *entries;   /* Entry */
  GPtrArray *list;   /* ListRow* */
  GArray *columns;   /* int body index per matrix column from 3 on; -1 when bad, -2 bare until resolved */
  GArray *bare;      /* guint columns headed by a bare name, resolved after the body list */
  GHashTable *rows_by_key;    /* holding_key() -> GArray of guint duty-list rows, list order */
  GHashTable *rows_by_clause; /* clause -> GArray of guint duty-list rows, list order */
  GHashTable *row_body;       /* pair_key (row, body) of every body a row names */
  GHashTable *row_area;       /* pair_key (row, area) of every area a row names */
  GHashTable *listed;         /* body index + 1 of the bodies the body list has */
  GPtrArray *body_cells;      /* const DgSheetCell* per body: where it is defined */
  guint bodies_of_kind[DG_KIND_COUNT]; /* listed bodies per kind */
} Reader;

/* Role, upper flag and clause in one string: what ties a cell's line to
 * its duty-list rows.  A hash on it keeps reading linear in the size of
 * the matrix. */
static char *
holding_key (DgRole role, gboolean upper, const char *clause)
{
  return g_strdup_printf ("%d%c%s", (int) role, upper ? 'u' : '-', clause);
}

/* Two indexes in one hash key. */
static gint64 *
pair_key (guint row, int index)
{
  gint64 *key = g_new (gint64, 1);
  *key = ((gint64) row << 32) | (guint32) index;
  return key;
}

/* Both halves of a pair key mixed: g_int64_hash() keeps only the low 32
 * bits (the index), so all pairs of one body would share a bucket and a
 * 100 000-row matrix would take quadratic time. */
static guint
pair_hash (gconstpointer v)
{
  guint64 x = (guint64) *(const gint64 *) v;
  x ^= x >> 33;
  x *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  x ^= x >> 33;
  return (guint) x;
}

static gboolean
has_pair (GHashTable *set, guint row, int index)
{
  gint64 key = ((gint64) row << 32) | (guint32) index;
  return g_hash_table_contains (set, &key);
}

static void
entry_clear (gpointer data)
{
  g_free (((Entry *) data)->clause);
}

static void
group_clear (gpointer data)
{
  g_array_unref (((Group *) data)->members);
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

/* The first cell of a row, for a message about the row as a whole; a row
 * of a CSV always has one. */
static const DgSheetCell *
row_cell (const DgSheetRow *row)
{
  return dg_sheet_cell (row, 0);
}

static int
add_body (Reader *rd, DgBody *b, const DgSheetCell *where)
{
  DgModel *m = rd->model;
  int index = (int) m->bodies->len;
  g_hash_table_insert (m->body_by_id, b->id, GINT_TO_POINTER (index + 1));
  g_ptr_array_add (m->bodies, b);
  g_ptr_array_add (rd->body_cells, (gpointer) where);
  return index;
}

/* An id for a body whose column heading is a bare name: the column's
 * letters, so that it stays the same when the matrix is written again. */
static char *
generated_id (const DgModel *m, guint col)
{
  g_autofree char *letters = dg_sheet_column_name (col);
  char *id = g_ascii_strdown (letters, -1);
  char *base = g_strconcat ("new-", id, NULL);
  g_free (id);
  id = g_strdup (base);
  for (int n = 2; dg_model_body_index (m, id) >= 0; n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%d", base, n);
    }
  g_free (base);
  return id;
}

static void
read_kind (Reader *rd, DgBody *b, const DgSheetRow *kinds, guint c)
{
  const DgSheetCell *k = kinds ? dg_sheet_cell (kinds, c) : NULL;
  g_autofree char *kind = k ? cell_text (k) : NULL;
  if (kind && kind[0] != '\0' && !kind_from_words (kind, &b->kind))
    dg_sheet_error (rd->diag, rd->sheet, k, _ ("unknown kind '%s' for body '%s'"), kind, b->id);
}

/* The body columns: "NAME [ID]", or a bare NAME, which is resolved by
 * resolve_bare() once the body list has given every name and alias. */
static void
read_heading (Reader *rd, const DgSheetRow *heading, const DgSheetRow *kinds)
{
  DgModel *m = rd->model;
  for (guint c = 3; c < heading->cells->len; c++)
    {
      const DgSheetCell *f = dg_sheet_cell (heading, c);
      g_autofree char *text = cell_text (f);
      int index = -1;
      const char *open = g_strrstr (text, " [");
      gsize len = strlen (text);
      if (text[0] == '\0' && (kinds == NULL || dg_sheet_cell (kinds, c) == NULL
                              || dg_sheet_cell (kinds, c)->text[0] == '\0'))
        {
          /* A spreadsheet may pad records with empty fields. */
          g_array_append_val (rd->columns, index);
          continue;
        }
      if (text[0] == '\0')
        {
          dg_sheet_error (rd->diag, rd->sheet, f, _ ("a body column without a heading"));
          g_array_append_val (rd->columns, index);
          continue;
        }
      if (open == NULL || len < 2 || text[len - 1] != ']')
        {
          index = -2;
          g_array_append_val (rd->bare, c);
          g_array_append_val (rd->columns, index);
          continue;
        }
      g_autofree char *name = g_strstrip (g_strndup (text, (gsize) (open - text)));
      g_autofree char *id = g_strndup (open + 2, len - (gsize) (open - text) - 3);
      if (!dg_yaml_valid_id (id))
        dg_sheet_error (rd->diag, rd->sheet, f,
                        _ ("body id '%s' is not a valid id (ASCII letters, digits, '-', '_', '.')"), id);
      else if (name[0] == '\0')
        dg_sheet_error (rd->diag, rd->sheet, f, _ ("body '%s' has no name"), id);
      else if (dg_model_body_index (m, id) >= 0)
        dg_sheet_error (rd->diag, rd->sheet, f, _ ("body '%s' has two columns"), id);
      else
        {
          DgBody *b = dg_body_new ();
          b->id = g_steal_pointer (&id);
          b->name = g_steal_pointer (&name);
          b->loc = f->loc;
          read_kind (rd, b, kinds, c);
          index = add_body (rd, b, f);
        }
      g_array_append_val (rd->columns, index);
    }
}

/* Adds body index I under the folded form of NAME, once per body. */
static void
index_name (GHashTable *by_name, const char *name, int i)
{
  char *key = dg_normalize_name (name);
  GArray *list = g_hash_table_lookup (by_name, key);
  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (int));
      g_hash_table_insert (by_name, key, list);
    }
  else
    g_free (key);
  if (list->len == 0 || g_array_index (list, int, list->len - 1) != i)
    g_array_append_val (list, i);
}

/* A bare-name column is the body whose name or alias it is, folded as
 * lexicons are (width, script), so that an office retyping a heading
 * does not make a second body; a name of two bodies is refused; a name of
 * none is a body added in the spreadsheet, with an id made from its
 * column.  Then the cells of those columns get their body. */
static void
resolve_bare (Reader *rd, const DgSheetRow *heading, const DgSheetRow *kinds)
{
  DgModel *m = rd->model;
  if (rd->bare->len == 0)
    return;
  g_autoptr (GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_array_unref);
  g_autoptr (GHashTable) has_column = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < m->bodies->len; i++)
    {
      const DgBody *b = dg_model_body (m, (int) i);
      index_name (by_name, b->name, (int) i);
      for (guint a = 0; a < b->aliases->len; a++)
        index_name (by_name, g_ptr_array_index (b->aliases, a), (int) i);
    }
  for (guint c = 0; c < rd->columns->len; c++)
    if (g_array_index (rd->columns, int, c) >= 0)
      g_hash_table_add (has_column, GINT_TO_POINTER (g_array_index (rd->columns, int, c) + 1));
  for (guint i = 0; i < rd->bare->len; i++)
    {
      guint c = g_array_index (rd->bare, guint, i);
      const DgSheetCell *f = dg_sheet_cell (heading, c);
      g_autofree char *name = cell_text (f);
      g_autofree char *key = dg_normalize_name (name);
      GArray *found = g_hash_table_lookup (by_name, key);
      int index = -1;
      if (found && found->len > 1)
        dg_sheet_error (rd->diag, rd->sheet, f,
                        _ ("column heading '%s' names two bodies, '%s' and '%s'; write it as NAME [ID]"), name,
                        dg_model_body (m, g_array_index (found, int, 0))->id,
                        dg_model_body (m, g_array_index (found, int, 1))->id);
      else if (found && g_hash_table_contains (has_column, GINT_TO_POINTER (g_array_index (found, int, 0) + 1)))
        dg_sheet_error (rd->diag, rd->sheet, f, _ ("body '%s' has two columns"),
                        dg_model_body (m, g_array_index (found, int, 0))->id);
      else if (found)
        index = g_array_index (found, int, 0);
      else
        {
          DgBody *b = dg_body_new ();
          b->id = generated_id (m, c);
          b->name = g_steal_pointer (&name);
          b->loc = f->loc;
          g_autofree char *letters = dg_sheet_column_name (c);
          b->note = g_strdup_printf (_ ("added in the matrix (column %s); its id was made from the column"),
                                     letters);
          read_kind (rd, b, kinds, c);
          index = add_body (rd, b, f);
          /* A later bare column of the same name is the same body twice. */
          index_name (by_name, b->name, index);
        }
      if (index >= 0)
        g_hash_table_add (has_column, GINT_TO_POINTER (index + 1));
      g_array_index (rd->columns, int, c - 3) = index;
    }
  /* Cells of a bare column were kept with -2 - column. */
  guint kept = 0;
  for (guint i = 0; i < rd->cells->len; i++)
    {
      CellRef ref = g_array_index (rd->cells, CellRef, i);
      if (ref.body <= -2)
        ref.body = g_array_index (rd->columns, int, (guint) (-2 - ref.body) - 3);
      if (ref.body >= 0)
        g_array_index (rd->cells, CellRef, kept++) = ref;
    }
  g_array_set_size (rd->cells, kept);
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

/* The area rows, from row FIRST; returns the index after the last one.
 * The body cells are kept for read_cells(). */
static guint
read_rows (Reader *rd, guint first, gboolean have_taxonomy)
{
  DgModel *m = rd->model;
  GPtrArray *records = rd->sheet->rows;
  g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (int)); /* area per depth */
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint r = first;
  for (; r < records->len; r++)
    {
      const DgSheetRow *rec = g_ptr_array_index (records, r);
      if (dg_sheet_row_blank (rec))
        break;
      const DgSheetCell *idf = dg_sheet_cell (rec, 0);
      g_autofree char *id = cell_text (idf);
      const DgSheetCell *namef = dg_sheet_cell (rec, 1);
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
          dg_sheet_error (rd->diag, rd->sheet, idf, _ ("'%s' is not an area id"), id);
          continue;
        }
      if (g_hash_table_contains (seen, id))
        {
          dg_sheet_error (rd->diag, rd->sheet, idf, _ ("area '%s' has two rows"), id);
          continue;
        }
      int area = dg_model_area_index (m, id);
      if (area < 0)
        {
          if (depth > stack->len)
            {
              dg_sheet_error (rd->diag, rd->sheet, namef,
                              _ ("area '%s' is indented %u levels under an area %u levels deep"), id, depth,
                              stack->len ? stack->len - 1 : 0);
              continue;
            }
          if (plain_name[0] == '\0')
            {
              dg_sheet_error (rd->diag, rd->sheet, idf, _ ("area '%s' is not in the %s and has no name"), id,
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
      for (guint c = 3; c < rec->cells->len; c++)
        {
          const DgSheetCell *f = dg_sheet_cell (rec, c);
          int body = c - 3 < rd->columns->len ? g_array_index (rd->columns, int, c - 3) : -1;
          if (body == -2)
            body = -2 - (int) c; /* resolved by resolve_bare() */
          if (body == -1)
            {
              g_autofree char *t = cell_text (f);
              if (t[0] != '\0' && c - 3 >= rd->columns->len)
                dg_sheet_error (rd->diag, rd->sheet, f, _ ("a cell outside the body columns"));
              continue;
            }
          CellRef ref = { f, body, area };
          g_array_append_val (rd->cells, ref);
        }
    }
  return r;
}

static GArray *
ids_of (Reader *rd, const DgSheetCell *f, gboolean areas, guint *kinds, gboolean *procedural)
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
        dg_sheet_error (rd->diag, rd->sheet, f, _ ("%s '%s' is not in the matrix"),
                        areas ? C_ ("model part", "area") : C_ ("model part", "body"), w);
    }
  return out;
}

/* The aspect of a list row (its column 8, absent in older matrices): an id,
 * or NULL when empty. */
static char *
aspect_of (Reader *rd, const DgSheetCell *field)
{
  g_autofree char *text = field ? g_strstrip (cell_text (field)) : NULL;
  if (text == NULL || text[0] == '\0')
    return NULL;
  for (const char *c = text; *c; c++)
    if (!g_ascii_isalnum (*c) && *c != '.' && *c != '_' && *c != '-')
      {
        dg_sheet_error (rd->diag, rd->sheet, field, _ ("aspect '%s' is not an id"), text);
        return NULL;
      }
  return g_steal_pointer (&text);
}

/* The duty list: rows FIRST to END, the first its heading. */
static void
read_list (Reader *rd, guint first, guint end)
{
  DgModel *m = rd->model;
  for (guint r = first + 1; r < end; r++)
    {
      const DgSheetRow *rec = g_ptr_array_index (rd->sheet->rows, r);
      const DgSheetCell *clause = dg_sheet_cell (rec, 0), *role = dg_sheet_cell (rec, 1),
                        *with = dg_sheet_cell (rec, 3), *every = dg_sheet_cell (rec, 5),
                        *times = dg_sheet_cell (rec, 6), *text = dg_sheet_cell (rec, 7);
      ListRow *row = g_new0 (ListRow, 1);
      row->loc = rec->loc;
      row->cell = clause;
      row->with_body = -1;
      row->clause = cell_text (clause);
      g_autofree char *role_text = role ? cell_text (role) : g_strdup ("");
      if (!role_from_words (role_text, &row->role, &row->upper))
        dg_sheet_error (rd->diag, rd->sheet, role ? role : clause, _ ("unknown role '%s' in the duty list"),
                        role_text);
      row->bodies = ids_of (rd, dg_sheet_cell (rec, 2), FALSE, &row->kinds, NULL);
      row->areas = ids_of (rd, dg_sheet_cell (rec, 4), TRUE, NULL, &row->procedural);
      g_autofree char *with_text = with ? cell_text (with) : g_strdup ("");
      if (g_str_equal (with_text, "upper"))
        row->upper = row->role != DG_ROLE_LEAD;
      else if (with_text[0] != '\0' && (row->with_body = dg_model_body_index (m, with_text)) < 0)
        dg_sheet_error (rd->diag, rd->sheet, with, _ ("body '%s' is not in the matrix"), with_text);
      g_autofree char *every_text = every ? cell_text (every) : g_strdup ("");
      if (every_text[0] != '\0' && !dg_period_from_name (every_text, &row->every))
        dg_sheet_error (rd->diag, rd->sheet, every,
                        _ ("unknown period '%s' (expected half-year, quarter or year)"), every_text);
      g_autofree char *times_text = times ? cell_text (times) : g_strdup ("");
      if (row->every != DG_PERIOD_NONE)
        {
          gint64 n = 1;
          if (times_text[0] != '\0'
              && (!g_ascii_string_to_signed (times_text, 10, 1, 1000, &n, NULL)))
            dg_sheet_error (rd->diag, rd->sheet, times, _ ("times '%s' is not a number from 1 to 1000"),
                            times_text);
          row->times = (int) n;
        }
      row->text = text ? cell_text (text) : g_strdup ("");
      row->aspect = aspect_of (rd, dg_sheet_cell (rec, 8));
      if (row->text[0] == '\0')
        dg_sheet_error (rd->diag, rd->sheet, text ? text : clause, _ ("the duty of clause '%s' has no text"),
                        row->clause);
      if (row->clause[0] == '\0')
        dg_sheet_error (rd->diag, rd->sheet, clause, _ ("a duty without a clause"));
      g_ptr_array_add (rd->list, row);
    }
}

/* The body list: completes the bodies of the columns (reports-to, manages,
 * aliases, clause, note) and adds any body without a column. */
static void
read_bodies (Reader *rd, guint first, guint end)
{
  DgModel *m = rd->model;
  g_autoptr (GPtrArray) parents = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) parent_cells = g_ptr_array_new ();
  g_autoptr (GArray) children = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint r = first + 1; r < end; r++)
    {
      const DgSheetRow *rec = g_ptr_array_index (rd->sheet->rows, r);
      const DgSheetCell *idf = dg_sheet_cell (rec, 0);
      g_autofree char *id = cell_text (idf);
      if (!dg_yaml_valid_id (id))
        {
          dg_sheet_error (rd->diag, rd->sheet, idf, _ ("'%s' is not a body id"), id);
          continue;
        }
      int index = dg_model_body_index (m, id);
      DgBody *b;
      if (index >= 0)
        b = dg_model_body (m, index);
      else
        {
          const DgSheetCell *namef = dg_sheet_cell (rec, 1), *kindf = dg_sheet_cell (rec, 2);
          b = dg_body_new ();
          b->id = g_steal_pointer (&id);
          b->name = namef ? cell_text (namef) : g_strdup (b->id);
          b->loc = rec->loc;
          g_autofree char *kind = kindf ? cell_text (kindf) : g_strdup ("");
          if (!kind_from_words (kind, &b->kind))
            dg_sheet_error (rd->diag, rd->sheet, kindf ? kindf : idf, _ ("unknown kind '%s' for body '%s'"),
                            kind, b->id);
          index = add_body (rd, b, idf);
        }
      g_hash_table_add (rd->listed, GINT_TO_POINTER (index + 1));
      const DgSheetCell *parent = dg_sheet_cell (rec, 3), *aliases = dg_sheet_cell (rec, 5),
                        *clause = dg_sheet_cell (rec, 6), *note = dg_sheet_cell (rec, 7);
      g_autofree char *parent_id = parent ? cell_text (parent) : g_strdup ("");
      if (parent_id[0] != '\0')
        {
          g_ptr_array_add (parents, g_steal_pointer (&parent_id));
          g_ptr_array_add (parent_cells, (gpointer) parent);
          g_array_append_val (children, index);
        }
      g_autoptr (GArray) manages = ids_of (rd, dg_sheet_cell (rec, 4), TRUE, NULL, NULL);
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
      char *aspect = aspect_of (rd, dg_sheet_cell (rec, 8));
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
        dg_sheet_error (rd->diag, rd->sheet, g_ptr_array_index (parent_cells, i),
                        _ ("reports-to '%s' is not in the matrix"), (const char *) g_ptr_array_index (parents, i));
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
        dg_sheet_error (rd->diag, rd->sheet, g_ptr_array_index (rd->body_cells, at),
                        _ ("reports-to cycle through body '%s'"), dg_model_body (m, at)->id);
    }
}

static void
read_exemptions (Reader *rd, guint first, guint end)
{
  DgModel *m = rd->model;
  for (guint r = first + 1; r < end; r++)
    {
      const DgSheetRow *rec = g_ptr_array_index (rd->sheet->rows, r);
      const DgSheetCell *areaf = dg_sheet_cell (rec, 0), *reasonf = dg_sheet_cell (rec, 1);
      g_autofree char *id = cell_text (areaf);
      int area = dg_model_area_index (m, id);
      if (area < 0)
        {
          dg_sheet_error (rd->diag, rd->sheet, areaf, _ ("exempt area '%s' is not in the matrix"), id);
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
read_principles (Reader *rd, guint first, guint end)
{
  DgModel *m = rd->model;
  for (guint r = first + 1; r < end; r++)
    {
      const DgSheetRow *rec = g_ptr_array_index (rd->sheet->rows, r);
      const DgSheetCell *idf = dg_sheet_cell (rec, 0), *clause = dg_sheet_cell (rec, 1),
                        *text = dg_sheet_cell (rec, 2), *rule = dg_sheet_cell (rec, 3);
      g_autofree char *id = cell_text (idf);
      if (!dg_yaml_valid_id (id))
        {
          dg_sheet_error (rd->diag, rd->sheet, idf, _ ("'%s' is not a principle id"), id);
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

static void
add_to_index (GHashTable *index, char *key, guint row)
{
  GArray *rows = g_hash_table_lookup (index, key);
  if (rows == NULL)
    {
      rows = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (index, key, rows);
    }
  else
    g_free (key);
  g_array_append_val (rows, row);
}

/* The duty list indexed by role and clause, by clause, and by the bodies
 * and areas each row names: matching a cell's line is then a few lookups. */
static void
index_list (Reader *rd)
{
  for (guint i = 0; i < rd->list->len; i++)
    {
      const ListRow *row = g_ptr_array_index (rd->list, i);
      add_to_index (rd->rows_by_key, holding_key (row->role, row->upper, row->clause), i);
      add_to_index (rd->rows_by_clause, g_strdup (row->clause), i);
      for (guint b = 0; b < row->bodies->len; b++)
        g_hash_table_add (rd->row_body, pair_key (i, g_array_index (row->bodies, int, b)));
      for (guint a = 0; a < row->areas->len; a++)
        g_hash_table_add (rd->row_area, pair_key (i, g_array_index (row->areas, int, a)));
    }
}

static gboolean
row_binds (const Reader *rd, guint r, int body)
{
  const ListRow *row = g_ptr_array_index (rd->list, r);
  if (row->kinds)
    return (row->kinds & (1u << dg_model_body (rd->model, body)->kind)) != 0;
  return has_pair (rd->row_body, r, body);
}

/* Of ROWS (duty-list rows of one clause), the first that binds BODY, else
 * the first that names AREA (BODY joins that duty there), else -1. */
static int
pick_row (const Reader *rd, const GArray *rows, int body, int area)
{
  if (rows == NULL)
    return -1;
  for (guint i = 0; i < rows->len; i++)
    if (row_binds (rd, g_array_index (rows, guint, i), body))
      return (int) g_array_index (rows, guint, i);
  for (guint i = 0; i < rows->len; i++)
    if (has_pair (rd->row_area, g_array_index (rows, guint, i), area))
      return (int) g_array_index (rows, guint, i);
  return -1;
}

/* ---- the cells ---------------------------------------------------------- */

/* A line of a cell that is no holding: the role is unknown, or there is
 * none. */
static void
bad_line (Reader *rd, const DgSheetCell *cell, const char *line)
{
  const char *space = strchr (line, ' ');
  const char *wide = strstr (line, "\u3000");
  if (space || wide)
    {
      const char *cut = space && (!wide || space < wide) ? space : wide;
      g_autofree char *words = g_strndup (line, (gsize) (cut - line));
      dg_sheet_error (rd->diag, rd->sheet, cell,
                      _ ("unknown role '%s' (expected 负责, 协助, 配合, 参与, 监督, 指导, 协助上级 or 配合上级)"),
                      words);
    }
  else
    dg_sheet_error (rd->diag, rd->sheet, cell, _ ("'%s' is not \"ROLE CLAUSE\" (e.g. 负责 四(二)5(8))"), line);
}

/* Lines after a holding's that start with no role: the rest of a clause
 * written over several lines, when the duty list has that clause;
 * otherwise each is reported. */
static void
finish_clause (Reader *rd, const DgSheetCell *cell, int last, GPtrArray *more)
{
  if (more->len == 0)
    return;
  Entry *e = &g_array_index (rd->entries, Entry, last);
  GString *whole = g_string_new (e->clause);
  for (guint i = 0; i < more->len; i++)
    g_string_append_printf (whole, "\n%s", (const char *) g_ptr_array_index (more, i));
  while (whole->len > 0 && g_ascii_isspace (whole->str[whole->len - 1]))
    g_string_truncate (whole, whole->len - 1);
  if (g_hash_table_contains (rd->rows_by_clause, whole->str))
    {
      g_free (e->clause);
      e->clause = g_string_free (whole, FALSE);
    }
  else
    {
      g_string_free (whole, TRUE);
      for (guint i = 0; i < more->len; i++)
        {
          g_autofree char *line = g_strstrip (g_strdup (g_ptr_array_index (more, i)));
          if (line[0] != '\0')
            bad_line (rd, cell, line);
        }
    }
  g_ptr_array_set_size (more, 0);
}

/* The holdings of one cell: a line "ROLE CLAUSE" each, or the role alone
 * for a holding the document has no clause for. */
static void
read_cell (Reader *rd, const CellRef *ref)
{
  const DgSheetCell *f = ref->cell;
  const char *start = f->text;
  if (start[0] == '\'')
    start++;
  int last = -1;
  g_autoptr (GPtrArray) more = g_ptr_array_new_with_free_func (g_free);
  while (*start)
    {
      const char *end = strchr (start, '\n');
      if (end == NULL)
        end = start + strlen (start);
      g_autofree char *raw = g_strndup (start, (gsize) (end - start));
      start = *end ? end + 1 : end;
      if (raw[0] != '\0' && raw[strlen (raw) - 1] == '\r')
        raw[strlen (raw) - 1] = '\0';
      g_autofree char *line = g_strstrip (g_strdup (raw));
      /* The role ends at the first space, ASCII or ideographic. */
      char *space = strchr (line, ' ');
      char *wide = strstr (line, "\u3000");
      char *cut = space && (!wide || space < wide) ? space : wide;
      g_autofree char *words = cut ? g_strndup (line, (gsize) (cut - line)) : g_strdup (line);
      Entry e = { ref->body, ref->area, DG_ROLE_LEAD, FALSE, NULL, FALSE, f };
      if (line[0] == '\0' || !role_from_words (words, &e.role, &e.upper))
        {
          if (last >= 0 && !g_array_index (rd->entries, Entry, last).added)
            g_ptr_array_add (more, g_steal_pointer (&raw));
          else if (line[0] != '\0')
            bad_line (rd, f, line);
          continue;
        }
      if (last >= 0)
        finish_clause (rd, f, last, more);
      e.clause = g_strstrip (g_strdup (cut ? cut + (*cut == ' ' ? 1 : 3) : ""));
      if (e.clause[0] == '\0')
        {
          /* A holding made in the spreadsheet: the cell is its clause. */
          g_free (e.clause);
          g_autofree char *name = dg_sheet_cell_name (rd->sheet, f);
          e.clause = g_strconcat ("matrix:", name, NULL);
          e.added = TRUE;
        }
      g_array_append_val (rd->entries, e);
      last = (int) rd->entries->len - 1;
    }
  if (last >= 0)
    finish_clause (rd, f, last, more);
}

/* ---- duties ------------------------------------------------------------- */

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

/* A class duty stays a class duty when all its holders are of the class
 * and every body of the class the body list has holds it: a body added in
 * the spreadsheet (a new column) does not make "every department" a list
 * of departments. */
static gboolean
still_class_wide (const Reader *rd, const ListRow *row, const DgDuty *d)
{
  guint listed_of_class = 0, listed_holders = 0;
  for (int k = 0; k < DG_KIND_COUNT; k++)
    if (row->kinds & (1u << k))
      listed_of_class += rd->bodies_of_kind[k];
  for (guint i = 0; i < d->bodies->len; i++)
    {
      int body = g_array_index (d->bodies, int, i);
      if (!(row->kinds & (1u << dg_model_body (rd->model, body)->kind)))
        return FALSE;
      if (g_hash_table_size (rd->listed) == 0 || g_hash_table_contains (rd->listed, GINT_TO_POINTER (body + 1)))
        listed_holders++;
    }
  return listed_holders == listed_of_class;
}

/* The text of a duty made in the matrix: the role and the area, as the
 * cell says it. */
static char *
added_text (const Reader *rd, const Entry *e)
{
  return g_strdup_printf ("%s %s", words_of_role (e->role, e->upper),
                          dg_model_area (rd->model, e->area)->name);
}

/* The duties of one group: bodies holding the same areas share a duty; a
 * row for a class of bodies stays a class duty when its class holds it.
 * Linear in the group's entries: the bodies are those the entries name,
 * not every body of the model. */
static void
emit_group (Reader *rd, const Group *group)
{
  DgModel *m = rd->model;
  const ListRow *row = group->row >= 0 ? g_ptr_array_index (rd->list, group->row) : NULL;
  GArray *members = group->members;
  const Entry *first = &g_array_index (rd->entries, Entry, g_array_index (members, guint, 0));
  g_autofree char *fallback = first->added ? added_text (rd, first)
                                           : g_strdup_printf ("%s %s", dg_role_name (first->role), first->clause);
  const char *text = row ? row->text : fallback;
  /* Areas per body, in entry order, without repeats. */
  g_autoptr (GArray) holders = g_array_new (FALSE, FALSE, sizeof (BodyAreas));
  g_array_set_clear_func (holders, body_areas_clear);
  g_autoptr (GHashTable) slot_of_body = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GHashTable) held = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL);
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
          d = new_duty (row, first->role, first->upper, first->clause, text, first->cell->loc);
          if (first->added)
            {
              g_autofree char *name = dg_sheet_cell_name (rd->sheet, first->cell);
              d->note = g_strdup_printf (_ ("added in the matrix (cell %s), with no clause of the document"),
                                         name);
            }
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
  if (row && group->exact && row->kinds && made->len == 1
      && still_class_wide (rd, row, g_ptr_array_index (made, 0)))
    {
      /* The expansion is the whole class, new columns of it included. */
      DgDuty *d = g_ptr_array_index (made, 0);
      d->kinds = row->kinds;
      g_array_set_size (d->bodies, 0);
      for (guint b = 0; b < m->bodies->len; b++)
        if (row->kinds & (1u << dg_model_body (m, (int) b)->kind))
          {
            int index = (int) b;
            g_array_append_val (d->bodies, index);
          }
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
      dg_sheet_error (rd->diag, rd->sheet, row->cell, _ ("the duty of clause '%s' binds no body in the matrix"),
                      row->clause);
      g_array_unref (d->bodies);
      g_array_unref (d->areas);
      g_free (d->clause);
      g_free (d->text);
      g_free (d);
      return;
    }
  g_ptr_array_add (m->duties, d);
}

/* The group of an entry: its row's own when it states the row's role,
 * else one per (row, role) or per clause the list lacks. */
static Group *
group_of (GArray *groups, GHashTable *by_key, int row, gboolean exact, const Entry *e)
{
  g_autofree char *role_key = holding_key (e->role, e->upper, e->clause);
  char *key = g_strdup_printf ("%d\x1f%d\x1f%s", row, exact, role_key);
  gpointer slot;
  if (g_hash_table_lookup_extended (by_key, key, NULL, &slot))
    {
      g_free (key);
      return &g_array_index (groups, Group, GPOINTER_TO_UINT (slot));
    }
  Group g = { row, exact, g_array_new (FALSE, FALSE, sizeof (guint)) };
  g_array_append_val (groups, g);
  g_hash_table_insert (by_key, key, GUINT_TO_POINTER (groups->len - 1));
  return &g_array_index (groups, Group, groups->len - 1);
}

static void
build_duties (Reader *rd)
{
  guint n_rows = rd->list->len;
  index_list (rd);
  for (guint b = 0; b < rd->model->bodies->len; b++)
    if (g_hash_table_size (rd->listed) == 0 || g_hash_table_contains (rd->listed, GINT_TO_POINTER (b + 1)))
      rd->bodies_of_kind[dg_model_body (rd->model, (int) b)->kind]++;
  for (guint i = 0; i < rd->cells->len; i++)
    read_cell (rd, &g_array_index (rd->cells, CellRef, i));
  if (rd->diag->total > 0)
    return;
  /* Exact groups are emitted in the list's order, the others after. */
  g_autoptr (GArray) exact = g_array_new (FALSE, FALSE, sizeof (GArray *));
  for (guint i = 0; i < n_rows; i++)
    {
      GArray *members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (exact, members);
    }
  g_autoptr (GArray) groups = g_array_new (FALSE, FALSE, sizeof (Group));
  g_array_set_clear_func (groups, group_clear);
  g_autoptr (GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < rd->entries->len; i++)
    {
      const Entry *e = &g_array_index (rd->entries, Entry, i);
      if (e->added)
        {
          g_array_append_val (group_of (groups, by_key, -1, FALSE, e)->members, i);
          continue;
        }
      g_autofree char *key = holding_key (e->role, e->upper, e->clause);
      const GArray *same_role = g_hash_table_lookup (rd->rows_by_key, key);
      int row = pick_row (rd, same_role, e->body, e->area);
      if (row >= 0)
        {
          g_array_append_val (g_array_index (exact, GArray *, row), i);
          continue;
        }
      /* A role changed in the cell: the text stays the duty's. */
      const GArray *same_clause = g_hash_table_lookup (rd->rows_by_clause, e->clause);
      row = pick_row (rd, same_clause, e->body, e->area);
      if (row >= 0)
        {
          g_array_append_val (group_of (groups, by_key, row, FALSE, e)->members, i);
          continue;
        }
      if (same_clause != NULL)
        {
          /* The clause is another duty, of other bodies on other areas:
           * taking it would give this area to that duty. */
          dg_sheet_error (rd->diag, rd->sheet, e->cell,
                          _ ("clause '%s' is the duty of other bodies on other areas, so this holding "
                             "is ambiguous; write the role alone (e.g. 负责) for a holding made here, or "
                             "the clause of this body's duty"),
                          e->clause);
          continue;
        }
      g_array_append_val (group_of (groups, by_key, -1, FALSE, e)->members, i);
    }
  if (rd->diag->total == 0)
    for (guint i = 0; i < n_rows; i++)
      {
        const ListRow *row = g_ptr_array_index (rd->list, i);
        GArray *members = g_array_index (exact, GArray *, i);
        Group g = { (int) i, TRUE, members };
        if (members->len > 0)
          emit_group (rd, &g);
        else if (row->areas->len == 0)
          emit_unplaced (rd, row);
        /* A row naming areas that no cell holds any more was taken out of
         * the matrix: the matrix decides. */
      }
  for (guint i = 0; i < n_rows; i++)
    g_array_unref (g_array_index (exact, GArray *, i));
  if (rd->diag->total == 0)
    for (guint g = 0; g < groups->len; g++)
      emit_group (rd, &g_array_index (groups, Group, g));
}

static void
read_document (DgModel *m, const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');
  if (dot && dot != base)
    *dot = '\0';
  m->doc_id = g_strdup ("matrix");
  m->title = g_strdup (base);
}

/* The layout on the sheet: the heading, the kinds, the area rows, then
 * the lists, each after blank rows (a CSV) or on a worksheet of its own. */
static void
read_layout (Reader *rd, gboolean have_taxonomy)
{
  GPtrArray *records = rd->sheet->rows;
  const char *file = rd->sheet->file;
  if (records->len < 1 || dg_sheet_row_blank (g_ptr_array_index (records, 0)))
    {
      dg_yaml_error (rd->diag, (DgLoc){ file, 1, 1 }, _ ("not a matrix: the first row must head the body columns"));
      return;
    }
  const DgSheetRow *heading = g_ptr_array_index (records, 0);
  const DgSheetRow *kinds = NULL;
  guint first = 1;
  /* The kinds row has no area id. */
  if (records->len > 1 && !dg_sheet_row_blank (g_ptr_array_index (records, 1))
      && dg_sheet_cell (g_ptr_array_index (records, 1), 0)->text[0] == '\0')
    {
      kinds = g_ptr_array_index (records, 1);
      first = 2;
    }
  read_heading (rd, heading, kinds);
  guint end = read_rows (rd, first, have_taxonomy);
  /* The lists: duties, bodies, exemptions, principles. */
  guint starts[4] = { 0 }, ends[4] = { 0 }, n_lists = 0;
  for (guint r = end; r < records->len; r++)
    {
      if (dg_sheet_row_blank (g_ptr_array_index (records, r)))
        continue;
      if (n_lists == 4)
        {
          dg_sheet_error (rd->diag, rd->sheet, row_cell (g_ptr_array_index (records, r)),
                          _ ("more than four lists after the matrix"));
          break;
        }
      starts[n_lists] = r;
      while (r < records->len && !dg_sheet_row_blank (g_ptr_array_index (records, r)))
        r++;
      ends[n_lists++] = r;
    }
  if (n_lists > 1)
    read_bodies (rd, starts[1], ends[1]);
  resolve_bare (rd, heading, kinds);
  if (n_lists > 0)
    read_list (rd, starts[0], ends[0]);
  if (n_lists > 2)
    read_exemptions (rd, starts[2], ends[2]);
  if (n_lists > 3)
    read_principles (rd, starts[3], ends[3]);
  if (rd->diag->total == 0)
    build_duties (rd);
}

DgModel *
dg_matrix_read (const char *path, const char *taxonomy_path, const char *encoding,
                const DgLoadLimits *limits, GError **error)
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
  if (taxonomy_path && !dg_model_load_taxonomy (model, taxonomy_path, limits, error))
    return NULL;
  char *file = g_strdup (path);
  g_ptr_array_add (model->files, file);

  DgYamlDiag diag;
  dg_yaml_diag_init (&diag);
  g_autoptr (DgSheet) sheet = dg_sheet_read (path, file, encoding, limits, &diag, error);
  if (sheet == NULL && diag.total == 0)
    {
      dg_yaml_diag_clear (&diag);
      return NULL;
    }
  if (sheet != NULL)
    {
      Reader rd = { &diag, sheet, model, g_array_new (FALSE, FALSE, sizeof (CellRef)),
                    g_array_new (FALSE, FALSE, sizeof (Entry)),
                    g_ptr_array_new_with_free_func (list_row_free), g_array_new (FALSE, FALSE, sizeof (int)),
                    g_array_new (FALSE, FALSE, sizeof (guint)),
                    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref),
                    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref),
                    g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL),
                    g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL),
                    g_hash_table_new (g_direct_hash, g_direct_equal), g_ptr_array_new (), { 0 } };
      g_array_set_clear_func (rd.entries, entry_clear);
      read_layout (&rd, taxonomy_path != NULL);
      g_array_unref (rd.cells);
      g_array_unref (rd.entries);
      g_ptr_array_unref (rd.list);
      g_array_unref (rd.columns);
      g_array_unref (rd.bare);
      g_hash_table_unref (rd.rows_by_key);
      g_hash_table_unref (rd.rows_by_clause);
      g_hash_table_unref (rd.row_body);
      g_hash_table_unref (rd.row_area);
      g_hash_table_unref (rd.listed);
      g_ptr_array_unref (rd.body_cells);
    }
  read_document (model, path);
  if (!dg_yaml_diag_finish (&diag, path, NULL, error))
    return NULL;
  return g_steal_pointer (&model);
}
