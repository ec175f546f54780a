/*
 * sheet.c — CSV records and XLSX worksheets as one grid of named cells
 * (sheet.h).
 *
 * libcsv is fed one byte at a time so that every field keeps the line and
 * column where it starts.  A workbook is read with libxml2's xmlReader,
 * one node at a time, never as a tree: the shared strings become one
 * array, the cells one string each, so a 100 000-row worksheet costs its
 * cells and no more.  The XML is parsed without network access, DTDs or
 * entity substitution; a document type declaration is refused.
 */
#include <csv.h>
#include <glib/gi18n.h>
#include <libxml/xmlreader.h>
#include <string.h>

#include "import/decode.h"
#include "import/import.h"
#include "import/package.h"
#include "import/sheet.h"
#include "util/diag.h"
#include "util/escape.h"

/* Cells a workbook may make per byte of its worksheets (empty cells
 * before one with a value included), beyond a floor: a sheet that names
 * cell XFD1048576 alone is refused rather than padded. */
#define CELLS_PER_BYTE 4
#define CELLS_FLOOR ((gsize) 1 << 20)

static void
cell_clear (gpointer data)
{
  g_free (((DgSheetCell *) data)->text);
}

static void
row_free (gpointer data)
{
  DgSheetRow *r = data;
  g_array_unref (r->cells);
  g_free (r);
}

static DgSheetRow *
row_new (DgLoc loc, const char *sheet, guint number)
{
  DgSheetRow *r = g_new0 (DgSheetRow, 1);
  r->cells = g_array_new (FALSE, FALSE, sizeof (DgSheetCell));
  g_array_set_clear_func (r->cells, cell_clear);
  r->loc = loc;
  r->sheet = sheet;
  r->number = number;
  return r;
}

static DgSheet *
sheet_new (const char *file, const char *format)
{
  DgSheet *s = g_new0 (DgSheet, 1);
  s->file = file;
  s->rows = g_ptr_array_new_with_free_func (row_free);
  s->names = g_ptr_array_new_with_free_func (g_free);
  s->format = format;
  return s;
}

void
dg_sheet_free (DgSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_ptr_array_unref (sheet->rows);
  g_ptr_array_unref (sheet->names);
  g_free (sheet);
}

const DgSheetCell *
dg_sheet_cell (const DgSheetRow *row, guint col)
{
  return col < row->cells->len ? &g_array_index (row->cells, DgSheetCell, col) : NULL;
}

gboolean
dg_sheet_row_blank (const DgSheetRow *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    for (const char *p = g_array_index (row->cells, DgSheetCell, i).text; *p; p++)
      if (!g_ascii_isspace (*p))
        return FALSE;
  return TRUE;
}

char *
dg_sheet_column_name (guint col)
{
  char letters[8];
  int n = 0;
  for (guint c = col + 1; c > 0 && n < 7; c = (c - 1) / 26)
    letters[n++] = (char) ('A' + (c - 1) % 26);
  GString *out = g_string_sized_new ((gsize) n);
  while (n > 0)
    g_string_append_c (out, letters[--n]);
  return g_string_free (out, FALSE);
}

char *
dg_sheet_cell_name (const DgSheet *sheet, const DgSheetCell *cell)
{
  const DgSheetRow *row = g_ptr_array_index (sheet->rows, cell->row);
  g_autofree char *letters = dg_sheet_column_name (cell->col);
  if (row->sheet)
    return g_strdup_printf ("%s!%s%u", row->sheet, letters, row->number);
  return g_strdup_printf ("%s%u", letters, row->number);
}

void
dg_sheet_error (DgYamlDiag *diag, const DgSheet *sheet, const DgSheetCell *cell, const char *format, ...)
{
  diag->total++;
  if (diag->lines->len >= DG_LOAD_MAX_ERRORS)
    return;
  va_list args;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  guint order = 0;
  while (order < diag->files->len && g_ptr_array_index (diag->files, order) != sheet->file)
    order++;
  if (order == diag->files->len)
    g_ptr_array_add (diag->files, (gpointer) sheet->file);
  g_autofree char *name = dg_sheet_cell_name (sheet, cell);
  /* Sorted by row, then column: the order a spreadsheet is read in. */
  DgLoc at = { sheet->file, (int) cell->row + 1, (int) cell->col + 1 };
  DgYamlDiagLine line = { at, order, dg_diag_place_line (sheet->file, name, message),
                          dg_escape_terminal_dup (message) };
  g_array_append_val (diag->lines, line);
}

/* Appends a cell of TEXT (taken) at the end of ROW. */
static void
append_cell (DgSheet *sheet, DgSheetRow *row, char *text, DgLoc loc)
{
  DgSheetCell cell = { text, loc, sheet->rows->len, row->cells->len };
  g_array_append_val (row->cells, cell);
}

/* ---- CSV ---------------------------------------------------------------- */

typedef struct {
  DgSheet *sheet;
  DgSheetRow *current;
  DgLoc here;         /* the byte being fed */
  DgLoc next;         /* the byte after it */
  DgLoc field_start;
  int last_end;       /* the character that ended the previous record */
} Splitter;

static void
on_field (void *data, size_t len, void *user)
{
  Splitter *s = user;
  if (s->current == NULL)
    s->current = row_new (s->field_start, NULL, s->sheet->rows->len + 1);
  append_cell (s->sheet, s->current, g_strndup (data ? data : "", len), s->field_start);
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
    g_ptr_array_add (s->sheet->rows,
                     s->current ? s->current : row_new (s->field_start, NULL, s->sheet->rows->len + 1));
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

DgSheet *
dg_sheet_from_csv (const char *file, const char *text, gsize len, DgYamlDiag *diag)
{
  struct csv_parser parser;
  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
    g_error ("csv_init failed");
  g_autoptr (DgSheet) sheet = sheet_new (file, "CSV");
  Splitter s = { sheet, NULL, { file, 1, 1 }, { file, 1, 1 }, { file, 1, 1 }, 0 };
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
    row_free (s.current);
  csv_free (&parser);
  return ok ? g_steal_pointer (&sheet) : NULL;
}

/* ---- XLSX --------------------------------------------------------------- */

#define NS_REL_DOC "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

static void
xlsx_fail (GError **error, const char *file, const char *part, const char *why)
{
  g_autofree char *line = dg_diag_place_line (file, part, why);
  g_set_error_literal (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT, line);
}

static xmlTextReader *
open_part (const char *data, gsize length, const char *part)
{
  /* libxml2 would print its errors, input quoted, to stderr: next_node()
   * reports them, named and escaped, instead. */
  return xmlReaderForMemory (data, (int) length, part, NULL,
                             XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

/* Advances READER one node; FALSE at the end, and with an error (naming
 * FILE and PART) when the XML is broken or declares a document type. */
static gboolean
next_node (xmlTextReader *reader, const char *file, const char *part, gboolean *failed, GError **error)
{
  int status = xmlTextReaderRead (reader);
  if (status == 1 && xmlTextReaderNodeType (reader) == XML_READER_TYPE_DOCUMENT_TYPE)
    {
      xlsx_fail (error, file, part, _ ("a document type declaration, which a workbook has no use for"));
      *failed = TRUE;
      return FALSE;
    }
  if (status < 0)
    {
      const xmlError *e = xmlGetLastError ();
      g_autofree char *why = g_strdup_printf (_ ("broken XML (%s)"),
                                              e && e->message ? g_strstrip (e->message) : "?");
      xlsx_fail (error, file, part, why);
      *failed = TRUE;
      return FALSE;
    }
  return status == 1;
}

static gboolean
is_element (xmlTextReader *reader, const char *name)
{
  const xmlChar *local = xmlTextReaderConstLocalName (reader);
  return local && strcmp ((const char *) local, name) == 0;
}

static char *
attribute (xmlTextReader *reader, const char *name)
{
  xmlChar *v = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *out = v ? g_strdup ((const char *) v) : NULL;
  xmlFree (v);
  return out;
}

/* OOXML writes characters XML cannot hold as _xHHHH_, and a literal
 * "_xHHHH_" as "_x005F_xHHHH_" (render/matrix-xlsx.c does both). */
static char *
unescape_ooxml (GString *text)
{
  if (strstr (text->str, "_x") == NULL)
    return g_string_free (text, FALSE);
  GString *out = g_string_sized_new (text->len);
  const char *p = text->str;
  while (*p)
    {
      if (p[0] == '_' && p[1] == 'x' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3])
          && g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]) && p[6] == '_')
        {
          gunichar c = (gunichar) g_ascii_strtoull (p + 2, NULL, 16);
          if (c != 0 && g_unichar_validate (c))
            g_string_append_unichar (out, c);
          else
            g_string_append (out, "\uFFFD");
          p += 7;
        }
      else
        g_string_append_c (out, *p++);
    }
  g_string_free (text, TRUE);
  return g_string_free (out, FALSE);
}

/* The text of the element READER is on (<si>, <is>): its <t> elements,
 * those of phonetic runs (<rPh>) left out.  Leaves READER on its end. */
static char *
read_rich_text (xmlTextReader *reader, const char *file, const char *part, gboolean *failed,
                GError **error)
{
  GString *text = g_string_new (NULL);
  if (xmlTextReaderIsEmptyElement (reader))
    return g_string_free (text, FALSE);
  int depth = xmlTextReaderDepth (reader);
  gboolean in_t = FALSE, in_phonetic = FALSE;
  while (next_node (reader, file, part, failed, error))
    {
      int type = xmlTextReaderNodeType (reader);
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (reader) == depth)
        break;
      if (type == XML_READER_TYPE_ELEMENT)
        {
          if (is_element (reader, "rPh"))
            in_phonetic = !xmlTextReaderIsEmptyElement (reader);
          else if (is_element (reader, "t"))
            in_t = !xmlTextReaderIsEmptyElement (reader);
        }
      else if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (is_element (reader, "rPh"))
            in_phonetic = FALSE;
          else if (is_element (reader, "t"))
            in_t = FALSE;
        }
      else if (in_t && !in_phonetic
               && (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE
                   || type == XML_READER_TYPE_WHITESPACE))
        g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
    }
  return unescape_ooxml (text);
}

/* The text of the element READER is on (<v>), leaving READER on its end. */
static char *
read_plain_text (xmlTextReader *reader, const char *file, const char *part, gboolean *failed,
                 GError **error)
{
  GString *text = g_string_new (NULL);
  if (xmlTextReaderIsEmptyElement (reader))
    return g_string_free (text, FALSE);
  int depth = xmlTextReaderDepth (reader);
  while (next_node (reader, file, part, failed, error))
    {
      int type = xmlTextReaderNodeType (reader);
      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (reader) == depth)
        break;
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE
          || type == XML_READER_TYPE_WHITESPACE)
        g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
    }
  return unescape_ooxml (text);
}

/* xl/sharedStrings.xml: every <si> in order. */
static GPtrArray *
read_shared_strings (const char *file, const char *part, const char *data, gsize length, GError **error)
{
  g_autoptr (GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  xmlTextReader *reader = open_part (data, length, part);
  if (reader == NULL)
    {
      xlsx_fail (error, file, part, _ ("broken XML"));
      return NULL;
    }
  gboolean failed = FALSE;
  while (next_node (reader, file, part, &failed, error))
    if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT && is_element (reader, "si"))
      {
        char *text = read_rich_text (reader, file, part, &failed, error);
        if (failed)
          {
            g_free (text);
            break;
          }
        g_ptr_array_add (strings, text);
      }
  xmlFreeTextReader (reader);
  return failed ? NULL : g_steal_pointer (&strings);
}

/* "AP12" → column 41, row 12; FALSE when REF is not a cell reference
 * within the bounds.  Either part may be missing (*ROW or *COL 0). */
static gboolean
parse_ref (const char *ref, guint *col, guint *row)
{
  guint64 c = 0, r = 0;
  const char *p = ref;
  for (; g_ascii_isalpha (*p); p++)
    {
      c = c * 26 + (guint64) (g_ascii_toupper (*p) - 'A' + 1);
      if (c > DG_SHEET_MAX_COLUMNS)
        return FALSE;
    }
  for (; g_ascii_isdigit (*p); p++)
    {
      r = r * 10 + (guint64) (*p - '0');
      if (r > DG_SHEET_MAX_ROWS)
        return FALSE;
    }
  *col = (guint) c;
  *row = (guint) r;
  return *p == '\0';
}

typedef struct {
  DgSheet *sheet;
  const char *file, *part, *name;
  const GPtrArray *shared;
  gsize cells_left;   /* the bound on cells, padding included */
  gboolean failed;
  GError **error;
} SheetReader;

/* One <c>: its value as text, by its type. */
static char *
read_cell_value (SheetReader *sr, xmlTextReader *reader, const char *type)
{
  char *value = NULL;
  if (xmlTextReaderIsEmptyElement (reader))
    return g_strdup ("");
  int depth = xmlTextReaderDepth (reader);
  while (next_node (reader, sr->file, sr->part, &sr->failed, sr->error))
    {
      int node = xmlTextReaderNodeType (reader);
      if (node == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (reader) == depth)
        break;
      if (node != XML_READER_TYPE_ELEMENT)
        continue;
      if (is_element (reader, "is"))
        {
          g_free (value);
          value = read_rich_text (reader, sr->file, sr->part, &sr->failed, sr->error);
        }
      else if (is_element (reader, "v"))
        {
          g_free (value);
          value = read_plain_text (reader, sr->file, sr->part, &sr->failed, sr->error);
        }
      if (sr->failed)
        break;
    }
  if (value == NULL || sr->failed)
    {
      g_free (value);
      return g_strdup ("");
    }
  if (type && g_str_equal (type, "s"))
    {
      guint64 index;
      if (!g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &index, NULL) || sr->shared == NULL
          || index >= sr->shared->len)
        {
          g_autofree char *why = g_strdup_printf (_ ("a cell refers to shared string %s, which is not there"),
                                                  value);
          g_free (value);
          xlsx_fail (sr->error, sr->file, sr->part, why);
          sr->failed = TRUE;
          return g_strdup ("");
        }
      g_free (value);
      return g_strdup (g_ptr_array_index (sr->shared, (guint) index));
    }
  if (type && g_str_equal (type, "b"))
    {
      char *word = g_strdup (g_str_equal (value, "1") ? "TRUE" : "FALSE");
      g_free (value);
      return word;
    }
  return value;
}

/* One worksheet's <row> and <c> elements appended to the sheet: rows in
 * order (a row with no cell of text is left out: the worksheets, not blank
 * rows, part the lists), cells padded with empty ones up to their column. */
static void
read_worksheet (SheetReader *sr, const char *data, gsize length)
{
  xmlTextReader *reader = open_part (data, length, sr->part);
  if (reader == NULL)
    {
      xlsx_fail (sr->error, sr->file, sr->part, _ ("broken XML"));
      sr->failed = TRUE;
      return;
    }
  DgSheetRow *row = NULL;
  guint last_row = 0, last_col = 0;
  while (next_node (reader, sr->file, sr->part, &sr->failed, sr->error))
    {
      int node = xmlTextReaderNodeType (reader);
      if (node == XML_READER_TYPE_END_ELEMENT && is_element (reader, "row") && row)
        {
          if (dg_sheet_row_blank (row))
            row_free (row);
          else
            g_ptr_array_add (sr->sheet->rows, row);
          row = NULL;
          continue;
        }
      if (node != XML_READER_TYPE_ELEMENT)
        continue;
      if (is_element (reader, "row"))
        {
          g_autofree char *r = attribute (reader, "r");
          guint number = last_row + 1, unused;
          if (r && (!parse_ref (r, &unused, &number) || number <= last_row))
            {
              g_autofree char *why = g_strdup_printf (_ ("row number '%s' out of order or out of bounds"), r);
              xlsx_fail (sr->error, sr->file, sr->part, why);
              sr->failed = TRUE;
              break;
            }
          last_row = number;
          last_col = 0;
          if (row)
            row_free (row);
          row = row_new ((DgLoc){ sr->file, (int) sr->sheet->rows->len + 1, 1 }, sr->name, number);
          if (xmlTextReaderIsEmptyElement (reader))
            {
              row_free (row);
              row = NULL;
            }
        }
      else if (is_element (reader, "c") && row)
        {
          g_autofree char *r = attribute (reader, "r");
          g_autofree char *type = attribute (reader, "t");
          guint col = last_col + 1, number = 0;
          if (r && (!parse_ref (r, &col, &number) || col == 0 || col <= last_col
                    || (number != 0 && number != row->number)))
            {
              g_autofree char *why = g_strdup_printf (_ ("cell reference '%s' out of order or out of bounds"), r);
              xlsx_fail (sr->error, sr->file, sr->part, why);
              sr->failed = TRUE;
              break;
            }
          if (col > DG_SHEET_MAX_COLUMNS || col - last_col > sr->cells_left)
            {
              xlsx_fail (sr->error, sr->file, sr->part,
                         _ ("the worksheet is too sparse: far more cells than its size holds"));
              sr->failed = TRUE;
              break;
            }
          sr->cells_left -= col - last_col;
          last_col = col;
          char *value = read_cell_value (sr, reader, type);
          if (sr->failed)
            {
              g_free (value);
              break;
            }
          guint row_index = sr->sheet->rows->len;
          while (row->cells->len + 1 < col)
            {
              DgSheetCell empty = { g_strdup (""), { sr->file, (int) row_index + 1, (int) row->cells->len + 1 },
                                    row_index, row->cells->len };
              g_array_append_val (row->cells, empty);
            }
          DgSheetCell cell = { value, { sr->file, (int) row_index + 1, (int) col }, row_index, col - 1 };
          g_array_append_val (row->cells, cell);
        }
    }
  if (row)
    row_free (row);
  xmlFreeTextReader (reader);
}

/* The relationships of xl/workbook.xml: Id → part name. */
static GHashTable *
read_relationships (const char *file, const char *part, const char *data, gsize length,
                    char **shared_part, GError **error)
{
  g_autoptr (GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  xmlTextReader *reader = open_part (data, length, part);
  if (reader == NULL)
    {
      xlsx_fail (error, file, part, _ ("broken XML"));
      return NULL;
    }
  gboolean failed = FALSE;
  while (next_node (reader, file, part, &failed, error))
    if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT && is_element (reader, "Relationship"))
      {
        g_autofree char *id = attribute (reader, "Id");
        g_autofree char *target = attribute (reader, "Target");
        g_autofree char *type = attribute (reader, "Type");
        if (id == NULL || target == NULL)
          continue;
        /* Targets are relative to xl/, or absolute in the package. */
        char *name = target[0] == '/' ? g_strdup (target + 1) : g_strconcat ("xl/", target, NULL);
        if (type && g_str_has_suffix (type, "/sharedStrings") && *shared_part == NULL)
          *shared_part = g_strdup (name);
        g_hash_table_insert (targets, g_steal_pointer (&id), name);
      }
  xmlFreeTextReader (reader);
  return failed ? NULL : g_steal_pointer (&targets);
}

/* xl/workbook.xml: the worksheets' names and relationship ids, in order. */
static gboolean
read_workbook (const char *file, const char *part, const char *data, gsize length, GPtrArray *names,
               GPtrArray *ids, GError **error)
{
  xmlTextReader *reader = open_part (data, length, part);
  if (reader == NULL)
    {
      xlsx_fail (error, file, part, _ ("broken XML"));
      return FALSE;
    }
  gboolean failed = FALSE;
  while (next_node (reader, file, part, &failed, error))
    if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT && is_element (reader, "sheet"))
      {
        char *name = attribute (reader, "name");
        xmlChar *id = xmlTextReaderGetAttributeNs (reader, (const xmlChar *) "id", (const xmlChar *) NS_REL_DOC);
        if (id == NULL)
          id = xmlTextReaderGetAttribute (reader, (const xmlChar *) "r:id");
        g_ptr_array_add (names, name ? name : g_strdup (""));
        g_ptr_array_add (ids, g_strdup (id ? (const char *) id : ""));
        xmlFree (id);
      }
  xmlFreeTextReader (reader);
  return !failed;
}

DgSheet *
dg_sheet_from_xlsx (const char *file, const char *data, gsize length, GError **error)
{
  g_autoptr (DgPackage) package = dg_package_open (file, data, length, error);
  if (package == NULL)
    return NULL;
  static const char workbook_part[] = "xl/workbook.xml", rels_part[] = "xl/_rels/workbook.xml.rels";
  if (!dg_package_has (package, workbook_part) || !dg_package_has (package, rels_part))
    {
      xlsx_fail (error, file, workbook_part,
                 _ ("not an Excel workbook (a zip without xl/workbook.xml); save the matrix as .xlsx or .csv"));
      return NULL;
    }
  gsize len = 0;
  g_autofree char *workbook = dg_package_read (package, workbook_part, &len, error);
  if (workbook == NULL)
    return NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  if (!read_workbook (file, workbook_part, workbook, len, names, ids, error))
    return NULL;
  g_autofree char *rels = dg_package_read (package, rels_part, &len, error);
  if (rels == NULL)
    return NULL;
  g_autofree char *shared_part = NULL;
  g_autoptr (GHashTable) targets = read_relationships (file, rels_part, rels, len, &shared_part, error);
  if (targets == NULL)
    return NULL;
  if (shared_part == NULL)
    shared_part = g_strdup ("xl/sharedStrings.xml");
  g_autoptr (GPtrArray) shared = NULL;
  if (dg_package_has (package, shared_part))
    {
      g_autofree char *strings = dg_package_read (package, shared_part, &len, error);
      if (strings == NULL
          || (shared = read_shared_strings (file, shared_part, strings, len, error)) == NULL)
        return NULL;
    }
  if (names->len == 0)
    {
      xlsx_fail (error, file, workbook_part, _ ("the workbook has no worksheet"));
      return NULL;
    }
  g_autoptr (DgSheet) sheet = sheet_new (file, "XLSX");
  g_ptr_array_extend_and_steal (sheet->names, g_steal_pointer (&names));
  SheetReader sr = { sheet, file, NULL, NULL, shared, CELLS_FLOOR, FALSE, error };
  for (guint i = 0; i < sheet->names->len && !sr.failed; i++)
    {
      const char *part = g_hash_table_lookup (targets, g_ptr_array_index (ids, i));
      if (part == NULL || !dg_package_has (package, part))
        {
          g_autofree char *why = g_strdup_printf (_ ("the part of worksheet '%s' is missing"),
                                                  (const char *) g_ptr_array_index (sheet->names, i));
          xlsx_fail (error, file, workbook_part, why);
          return NULL;
        }
      g_autofree char *xml = dg_package_read (package, part, &len, error);
      if (xml == NULL)
        return NULL;
      /* The worksheets part as the CSV's lists are: one blank row apart. */
      if (i > 0)
        g_ptr_array_add (sheet->rows, row_new ((DgLoc){ file, (int) sheet->rows->len + 1, 1 },
                                               g_ptr_array_index (sheet->names, i), 0));
      sr.part = part;
      sr.name = i > 0 ? g_ptr_array_index (sheet->names, i) : NULL;
      sr.cells_left += (gsize) CELLS_PER_BYTE * len;
      read_worksheet (&sr, xml, len);
    }
  if (sr.failed)
    return NULL;
  return g_steal_pointer (&sheet);
}

/* ---- either ------------------------------------------------------------- */

DgSheet *
dg_sheet_read (const char *path, const char *file, const char *encoding, const DgLoadLimits *limits,
               DgYamlDiag *diag, GError **error)
{
  /* The file's size and kind are checked as for a model; its bytes are
   * decoded here, not required to be UTF-8. */
  DgYamlDiag bytes_diag;
  dg_yaml_diag_init (&bytes_diag);
  g_autofree char *data = NULL;
  gsize length = 0;
  gboolean read = dg_yaml_read_file (path, limits, file, &data, &length, &bytes_diag, error);
  dg_yaml_diag_clear (&bytes_diag);
  if (!read)
    return NULL;
  if (length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      if (encoding != NULL)
        {
          g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_ENCODING,
                       _ ("%s: error: --encoding is for a CSV; a workbook's text is always Unicode"), file);
          return NULL;
        }
      return dg_sheet_from_xlsx (file, data, length, error);
    }
  const char *used = NULL;
  g_autofree char *text = dg_import_decode (file, data, length, encoding, &used, error);
  if (text == NULL)
    return NULL;
  DgSheet *sheet = dg_sheet_from_csv (file, text, strlen (text), diag);
  if (sheet)
    sheet->encoding = used;
  return sheet;
}
