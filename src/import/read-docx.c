/*
 * read-docx.c — word/document.xml walked with libxml2's tree API, Word's
 * automatic numbering rendered from word/numbering.xml (and the numbering
 * a paragraph style carries, word/styles.xml).  The XML is parsed without
 * network access, DTDs or entity substitution.
 */
#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "import/import.h"
#include "import/read-docx.h"

#define NS_MAIN "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define LEVELS 9
/* Depth of nested elements, style inheritance and nested tables beyond
 * which a document is not followed further (Word's own are a few deep). */
#define MAX_DEPTH 64

/* ---- number formats ---------------------------------------------------- */

/* N in a counting system of ten DIGITS and the units 十 百 千 (UNITS),
 * with 万 above; ONE_TEN drops the 一 of 一十 (十一, not 一十一). */
static void
append_counting (GString *out, int n, const char *const *digits, const char *const *units,
                 const char *wan, gboolean one_ten)
{
  if (n >= 10000)
    {
      append_counting (out, n / 10000, digits, units, wan, one_ten);
      g_string_append (out, wan);
      n %= 10000;
      if (n == 0)
        return;
      if (n < 1000)
        g_string_append (out, digits[0]);
      one_ten = FALSE;
    }
  if (n == 0)
    {
      g_string_append (out, digits[0]);
      return;
    }
  int parts[4] = { n / 1000, (n / 100) % 10, (n / 10) % 10, n % 10 };
  gboolean started = FALSE, zero = FALSE;
  for (int i = 0; i < 4; i++)
    {
      if (parts[i] == 0)
        {
          zero = started;
          continue;
        }
      if (zero)
        g_string_append (out, digits[0]);
      zero = FALSE;
      if (!(i == 2 && parts[i] == 1 && !started && one_ten))
        g_string_append (out, digits[parts[i]]);
      if (i < 3)
        g_string_append (out, units[i]);
      started = TRUE;
    }
}

static void
append_letters (GString *out, int n, char first)
{
  /* Word repeats the letter: 27 is AA, 28 BB. */
  int times = (n - 1) / 26 + 1;
  for (int i = 0; i < times && i < 100; i++)
    g_string_append_c (out, (char) (first + (n - 1) % 26));
}

static void
append_roman (GString *out, int n, gboolean upper)
{
  static const int values[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
  static const char *const upper_s[] = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX",
                                         "V", "IV", "I" };
  static const char *const lower_s[] = { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix",
                                         "v", "iv", "i" };
  for (int i = 0; i < 13; i++)
    while (n >= values[i])
      {
        g_string_append (out, upper ? upper_s[i] : lower_s[i]);
        n -= values[i];
      }
}

static void
append_char_range (GString *out, gunichar first, int index)
{
  g_string_append_unichar (out, first + (gunichar) index);
}

char *
dg_docx_format_number (const char *format, int n)
{
  static const char *const cn_digits[]
      = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
  static const char *const cn_units[] = { "千", "百", "十" };
  static const char *const legal_digits[]
      = { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };
  static const char *const legal_units[] = { "仟", "佰", "拾" };
  static const char *const stems[] = { "甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸" };
  static const char *const branches[]
      = { "子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥" };
  static const char *const zero_digits[]
      = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
  GString *out = g_string_new (NULL);
  const char *f = format ? format : "decimal";
  if (n < 0)
    n = 0;
  if (g_str_equal (f, "none") || g_str_equal (f, "bullet"))
    ;
  else if (n > 0 && n < 100000
           && (g_str_equal (f, "chineseCounting") || g_str_equal (f, "chineseCountingThousand")
               || g_str_equal (f, "taiwaneseCounting")
               || g_str_equal (f, "taiwaneseCountingThousand")
               || g_str_equal (f, "japaneseCounting")))
    /* 〇 is a digit of the place-value forms; the counting forms write 零
     * for a gap (一百零一). */
    append_counting (out, n, zero_digits, cn_units, "万", TRUE);
  else if (n > 0 && n < 100000 && g_str_equal (f, "chineseLegalSimplified"))
    append_counting (out, n, legal_digits, legal_units, "万", FALSE);
  else if (g_str_equal (f, "ideographDigital") || g_str_equal (f, "taiwaneseDigital"))
    {
      g_autofree char *digits = g_strdup_printf ("%d", n);
      for (const char *p = digits; *p; p++)
        g_string_append (out, cn_digits[*p - '0']);
    }
  else if (n > 0 && g_str_equal (f, "ideographTraditional"))
    g_string_append (out, stems[(n - 1) % 10]);
  else if (n > 0 && g_str_equal (f, "ideographZodiac"))
    g_string_append (out, branches[(n - 1) % 12]);
  else if (n >= 1 && n <= 50
           && (g_str_equal (f, "decimalEnclosedCircle")
               || g_str_equal (f, "decimalEnclosedCircleChinese")))
    {
      if (n <= 20)
        append_char_range (out, 0x2460, n - 1); /* ① */
      else if (n <= 35)
        append_char_range (out, 0x3251, n - 21); /* ㉑ */
      else
        append_char_range (out, 0x32B1, n - 36); /* ㊱ */
    }
  else if (n >= 1 && n <= 20 && g_str_equal (f, "decimalEnclosedParen"))
    append_char_range (out, 0x2474, n - 1); /* ⑴ */
  else if (g_str_equal (f, "decimalEnclosedParen"))
    g_string_append_printf (out, "(%d)", n);
  else if (n >= 1 && n <= 20 && g_str_equal (f, "decimalEnclosedFullstop"))
    append_char_range (out, 0x2488, n - 1); /* ⒈ */
  else if (g_str_equal (f, "decimalEnclosedFullstop"))
    g_string_append_printf (out, "%d.", n);
  else if (n >= 1 && n <= 10
           && (g_str_equal (f, "ideographEnclosedCircle")
               || g_str_equal (f, "ideographLegalTraditional")))
    append_char_range (out, 0x3280, n - 1); /* ㊀ */
  else if (g_str_equal (f, "decimalFullWidth") || g_str_equal (f, "decimalFullWidth2"))
    {
      g_autofree char *digits = g_strdup_printf ("%d", n);
      for (const char *p = digits; *p; p++)
        append_char_range (out, 0xFF10, *p - '0'); /* ０ */
    }
  else if (n > 0 && g_str_equal (f, "upperLetter"))
    append_letters (out, n, 'A');
  else if (n > 0 && g_str_equal (f, "lowerLetter"))
    append_letters (out, n, 'a');
  else if (n > 0 && n < 4000 && g_str_equal (f, "upperRoman"))
    append_roman (out, n, TRUE);
  else if (n > 0 && n < 4000 && g_str_equal (f, "lowerRoman"))
    append_roman (out, n, FALSE);
  else if (g_str_equal (f, "decimalZero"))
    g_string_append_printf (out, "%02d", n);
  else
    g_string_append_printf (out, "%d", n);
  return g_string_free (out, FALSE);
}

/* ---- XML helpers -------------------------------------------------------- */

static gboolean
is_w (const xmlNode *node, const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL && node->ns->href != NULL
         && (strcmp ((const char *) node->ns->href, NS_MAIN) == 0
             || strcmp ((const char *) node->ns->href, NS_STRICT) == 0)
         && strcmp ((const char *) node->name, name) == 0;
}

static xmlNode *
child_w (const xmlNode *node, const char *name)
{
  for (xmlNode *c = node->children; c; c = c->next)
    if (is_w (c, name))
      return c;
  return NULL;
}

/* The w:val (or another w: attribute) of NODE, NULL when absent. */
static char *
attr_w (const xmlNode *node, const char *name)
{
  if (node == NULL)
    return NULL;
  for (xmlAttr *a = node->properties; a; a = a->next)
    if (strcmp ((const char *) a->name, name) == 0)
      return (char *) xmlNodeGetContent ((xmlNode *) a);
  return NULL;
}

static int
attr_int (const xmlNode *node, const char *name, int fallback)
{
  char *value = attr_w (node, name);
  if (value == NULL)
    return fallback;
  char *end = NULL;
  gint64 n = g_ascii_strtoll (value, &end, 10);
  int result = (end == value || n < -1000000 || n > 1000000) ? fallback : (int) n;
  xmlFree (value);
  return result;
}

/* "true" unless w:val says otherwise (w:isLgl, w:vMerge's on/off sense). */
static gboolean
on_off (const xmlNode *node)
{
  if (node == NULL)
    return FALSE;
  char *value = attr_w (node, "val");
  gboolean on = value == NULL
                || !(g_str_equal (value, "0") || g_str_equal (value, "false")
                     || g_str_equal (value, "off"));
  xmlFree (value);
  return on;
}

/* Printable ASCII of libxml2's message: a message can quote the document's
 * names, which reach the terminal only escaped. */
static char *
plain_message (const char *message)
{
  GString *out = g_string_new (NULL);
  for (const char *p = message ? message : ""; *p && out->len < 200; p++)
    g_string_append_c (out, (*p >= 0x20 && *p < 0x7F) ? *p : ' ');
  return g_strstrip (g_string_free (out, FALSE));
}

static xmlDoc *
parse_part (const char *path, const char *name, const char *data, gsize length, GError **error)
{
  if (length > G_MAXINT)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT, _("%s: %s: error: part too large"),
                   path, name);
      return NULL;
    }
  xmlParserCtxt *ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("out of memory");
  xmlDoc *doc = xmlCtxtReadMemory (ctxt, data, (int) length, name, NULL,
                                   XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || doc->intSubset != NULL || xmlDocGetRootElement (doc) == NULL)
    {
      const xmlError *e = xmlCtxtGetLastError (ctxt);
      if (doc != NULL)
        g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                     _("%s: %s: error: a document type declaration, which an Office document "
                       "never has"),
                     path, name);
      else if (e != NULL)
        {
          g_autofree char *message = plain_message (e->message);
          g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                       _("%s: %s:%d:%d: error: not well-formed XML (%s)"), path, name, e->line,
                       e->int2, message);
        }
      else
        g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                     _("%s: %s: error: not well-formed XML"), path, name);
      xmlFreeDoc (doc);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);
  return doc;
}

/* ---- numbering ---------------------------------------------------------- */

typedef struct
{
  int start;
  int restart; /* w:lvlRestart: -1 after any level above, 0 never, N after level N (1-based) */
  gboolean legal;
  char *format;
  char *text;   /* w:lvlText, NULL when absent */
  char *suffix; /* w:suff: tab (default), space or nothing */
  char *style;  /* w:pStyle: the paragraph style this level belongs to */
} Level;

typedef struct
{
  Level levels[LEVELS];
  int count[LEVELS];
  gboolean used[LEVELS];
} Abstract;

typedef struct
{
  Abstract *abstract;
  Level *levels[LEVELS];  /* a w:lvlOverride's own w:lvl, else NULL */
  int start_over[LEVELS]; /* w:startOverride, -1 when none */
  gboolean seen;
} Num;

typedef struct
{
  char *num_id; /* NULL: none here */
  int level;    /* -1: none here */
  char *based_on;
} Style;

typedef struct
{
  const char *path;
  GHashTable *abstracts; /* w:abstractNumId -> Abstract */
  GHashTable *nums;      /* w:numId -> Num */
  GHashTable *styles;    /* w:styleId -> Style */
} Reader;

static void
level_clear (Level *level)
{
  g_free (level->format);
  g_free (level->text);
  g_free (level->suffix);
  g_free (level->style);
}

static void
level_read (Level *level, const xmlNode *lvl)
{
  level_clear (level);
  level->start = attr_int (child_w (lvl, "start"), "val", 0);
  xmlNode *restart = child_w (lvl, "lvlRestart");
  level->restart = restart ? attr_int (restart, "val", -1) : -1;
  level->legal = on_off (child_w (lvl, "isLgl"));
  char *v;
  level->format = (v = attr_w (child_w (lvl, "numFmt"), "val")) ? g_strdup (v) : g_strdup ("decimal");
  xmlFree (v);
  level->text = (v = attr_w (child_w (lvl, "lvlText"), "val")) ? g_strdup (v) : NULL;
  xmlFree (v);
  level->suffix = (v = attr_w (child_w (lvl, "suff"), "val")) ? g_strdup (v) : g_strdup ("tab");
  xmlFree (v);
  level->style = (v = attr_w (child_w (lvl, "pStyle"), "val")) ? g_strdup (v) : NULL;
  xmlFree (v);
}

static void
abstract_free (gpointer data)
{
  Abstract *a = data;
  for (int i = 0; i < LEVELS; i++)
    level_clear (&a->levels[i]);
  g_free (a);
}

static void
num_free (gpointer data)
{
  Num *n = data;
  for (int i = 0; i < LEVELS; i++)
    if (n->levels[i])
      {
        level_clear (n->levels[i]);
        g_free (n->levels[i]);
      }
  g_free (n);
}

static void
style_free (gpointer data)
{
  Style *s = data;
  g_free (s->num_id);
  g_free (s->based_on);
  g_free (s);
}

static void
read_numbering (Reader *r, const xmlNode *root)
{
  for (const xmlNode *c = root->children; c; c = c->next)
    if (is_w (c, "abstractNum"))
      {
        char *id = attr_w (c, "abstractNumId");
        if (id == NULL)
          continue;
        Abstract *a = g_new0 (Abstract, 1);
        for (int i = 0; i < LEVELS; i++)
          a->levels[i].format = g_strdup ("decimal");
        for (const xmlNode *l = c->children; l; l = l->next)
          {
            int ilvl = is_w (l, "lvl") ? attr_int (l, "ilvl", -1) : -1;
            if (ilvl >= 0 && ilvl < LEVELS)
              level_read (&a->levels[ilvl], l);
          }
        g_hash_table_replace (r->abstracts, g_strdup (id), a);
        xmlFree (id);
      }
  for (const xmlNode *c = root->children; c; c = c->next)
    if (is_w (c, "num"))
      {
        char *id = attr_w (c, "numId");
        char *abstract_id = attr_w (child_w (c, "abstractNumId"), "val");
        Abstract *a = abstract_id ? g_hash_table_lookup (r->abstracts, abstract_id) : NULL;
        if (id != NULL && a != NULL)
          {
            Num *n = g_new0 (Num, 1);
            n->abstract = a;
            for (int i = 0; i < LEVELS; i++)
              n->start_over[i] = -1;
            for (const xmlNode *o = c->children; o; o = o->next)
              {
                int ilvl = is_w (o, "lvlOverride") ? attr_int (o, "ilvl", -1) : -1;
                if (ilvl < 0 || ilvl >= LEVELS)
                  continue;
                xmlNode *start = child_w (o, "startOverride");
                if (start != NULL)
                  n->start_over[ilvl] = attr_int (start, "val", 0);
                xmlNode *lvl = child_w (o, "lvl");
                if (lvl != NULL && n->levels[ilvl] == NULL)
                  {
                    n->levels[ilvl] = g_new0 (Level, 1);
                    level_read (n->levels[ilvl], lvl);
                  }
              }
            g_hash_table_replace (r->nums, g_strdup (id), n);
          }
        xmlFree (id);
        xmlFree (abstract_id);
      }
}

static void
read_styles (Reader *r, const xmlNode *root)
{
  for (const xmlNode *c = root->children; c; c = c->next)
    if (is_w (c, "style"))
      {
        char *id = attr_w (c, "styleId");
        if (id == NULL)
          continue;
        Style *s = g_new0 (Style, 1);
        s->level = -1;
        xmlNode *ppr = child_w (c, "pPr");
        xmlNode *numpr = ppr ? child_w (ppr, "numPr") : NULL;
        char *v;
        if (numpr && (v = attr_w (child_w (numpr, "numId"), "val")))
          {
            s->num_id = g_strdup (v);
            xmlFree (v);
          }
        if (numpr && child_w (numpr, "ilvl"))
          s->level = attr_int (child_w (numpr, "ilvl"), "val", -1);
        if ((v = attr_w (child_w (c, "basedOn"), "val")))
          {
            s->based_on = g_strdup (v);
            xmlFree (v);
          }
        g_hash_table_replace (r->styles, g_strdup (id), s);
        xmlFree (id);
      }
}

static Level *
num_level (Num *n, int ilvl)
{
  return n->levels[ilvl] ? n->levels[ilvl] : &n->abstract->levels[ilvl];
}

/* The number text of a paragraph numbered (NUM_ID, ILVL), counting it:
 * counters belong to the abstract numbering, so lists that share one go on
 * from each other; a w:startOverride restarts its level where its list is
 * first used.  NULL when the paragraph shows no number. */
static char *
number_text (Reader *r, const char *num_id, int ilvl)
{
  Num *n = g_hash_table_lookup (r->nums, num_id);
  if (n == NULL || ilvl < 0 || ilvl >= LEVELS)
    return NULL;
  Abstract *a = n->abstract;
  if (!n->seen)
    {
      n->seen = TRUE;
      for (int i = 0; i < LEVELS; i++)
        if (n->start_over[i] >= 0)
          {
            a->count[i] = n->start_over[i];
            a->used[i] = TRUE;
            a->count[i]--; /* the paragraph itself counts one */
          }
    }
  Level *level = num_level (n, ilvl);
  if (!a->used[ilvl])
    a->count[ilvl] = level->start;
  else if (a->count[ilvl] < 1000000)
    a->count[ilvl]++;
  a->used[ilvl] = TRUE;
  for (int i = ilvl + 1; i < LEVELS; i++)
    {
      int restart = num_level (n, i)->restart;
      if (restart < 0 || ilvl < restart)
        a->used[i] = FALSE;
    }
  if (level->text == NULL || g_str_equal (level->format, "bullet"))
    return NULL;
  GString *out = g_string_new (NULL);
  for (const char *p = level->text; *p; p++)
    {
      if (p[0] == '%' && p[1] >= '1' && p[1] <= '9')
        {
          int which = p[1] - '1';
          Level *shown = num_level (n, which);
          int value = a->used[which] ? a->count[which] : shown->start;
          g_autofree char *digits
              = dg_docx_format_number (level->legal && which != ilvl ? "decimal" : shown->format, value);
          g_string_append (out, digits);
          p++;
        }
      else
        g_string_append_c (out, *p);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  /* A space after a number that ends in a word or digit (第一条 为…),
   * none after one that ends in its own punctuation (一、 （一） 1.). */
  gunichar last = g_utf8_get_char (g_utf8_find_prev_char (out->str, out->str + out->len));
  if (!g_str_equal (level->suffix, "nothing") && (g_unichar_isalnum (last)))
    g_string_append_c (out, ' ');
  else if (g_str_equal (level->suffix, "space"))
    g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}

/* The numbering of paragraph P: its own w:numPr, else its style's (and the
 * styles that one is based on). */
static char *
paragraph_number (Reader *r, const xmlNode *p)
{
  xmlNode *ppr = child_w (p, "pPr");
  xmlNode *numpr = ppr ? child_w (ppr, "numPr") : NULL;
  g_autofree char *num_id = NULL;
  int ilvl = -1;
  if (numpr != NULL)
    {
      char *v = attr_w (child_w (numpr, "numId"), "val");
      if (v)
        num_id = g_strdup (v);
      xmlFree (v);
      ilvl = attr_int (child_w (numpr, "ilvl"), "val", -1);
    }
  char *style_id = ppr ? attr_w (child_w (ppr, "pStyle"), "val") : NULL;
  g_autofree char *style_copy = style_id ? g_strdup (style_id) : NULL;
  xmlFree (style_id);
  const char *sid = style_copy;
  for (int depth = 0; sid && depth < MAX_DEPTH && (num_id == NULL || ilvl < 0); depth++)
    {
      Style *s = g_hash_table_lookup (r->styles, sid);
      if (s == NULL)
        break;
      if (num_id == NULL && s->num_id)
        num_id = g_strdup (s->num_id);
      if (ilvl < 0 && s->level >= 0)
        ilvl = s->level;
      sid = s->based_on;
    }
  if (num_id == NULL || g_str_equal (num_id, "0"))
    return NULL;
  if (ilvl < 0 && style_copy != NULL)
    {
      /* A level tied to the paragraph's style (w:lvl/w:pStyle). */
      Num *n = g_hash_table_lookup (r->nums, num_id);
      for (int i = 0; n && i < LEVELS && ilvl < 0; i++)
        if (num_level (n, i)->style && g_str_equal (num_level (n, i)->style, style_copy))
          ilvl = i;
    }
  return number_text (r, num_id, ilvl < 0 ? 0 : ilvl);
}

/* ---- text --------------------------------------------------------------- */

static void
append_node_text (GString *out, const xmlNode *node)
{
  for (const xmlNode *c = node->children; c; c = c->next)
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
      g_string_append (out, (const char *) c->content);
}

static void
append_run (GString *out, const xmlNode *run)
{
  for (const xmlNode *c = run->children; c; c = c->next)
    {
      if (is_w (c, "t"))
        append_node_text (out, c);
      /* A tab: TAB, as in a text file, so that a table typed with tab
       * stops (序号→事项→牵头单位) is read as one; inside a table's cell
       * it is spacing (walk_blocks), since TAB parts the cells there. */
      else if (is_w (c, "tab") || is_w (c, "ptab"))
        g_string_append_c (out, '\t');
      else if (is_w (c, "br"))
        {
          char *type = attr_w (c, "type");
          if (type == NULL || g_str_equal (type, "textWrapping"))
            g_string_append_c (out, '\n');
          xmlFree (type);
        }
      else if (is_w (c, "cr"))
        g_string_append_c (out, '\n');
      else if (is_w (c, "noBreakHyphen"))
        g_string_append_c (out, '-');
    }
}

/* The runs of a paragraph and of the elements that wrap runs (links,
 * insertions, content controls, simple fields); deletions, field codes and
 * drawings are not text. */
static void
append_inline (GString *out, const xmlNode *node, int depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (const xmlNode *c = node->children; c; c = c->next)
    {
      if (is_w (c, "r"))
        append_run (out, c);
      else if (is_w (c, "hyperlink") || is_w (c, "ins") || is_w (c, "smartTag")
               || is_w (c, "fldSimple") || is_w (c, "customXml") || is_w (c, "moveTo")
               || is_w (c, "sdtContent") || is_w (c, "dir") || is_w (c, "bdo"))
        append_inline (out, c, depth + 1);
      else if (is_w (c, "sdt"))
        {
          xmlNode *content = child_w (c, "sdtContent");
          if (content)
            append_inline (out, content, depth + 1);
        }
    }
}

static char *
paragraph_text (Reader *r, const xmlNode *p)
{
  GString *out = g_string_new (NULL);
  g_autofree char *number = paragraph_number (r, p);
  if (number)
    g_string_append (out, number);
  append_inline (out, p, 0);
  return g_string_free (out, FALSE);
}

static void
end_line (GString *out)
{
  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
}

static void
blank_line (GString *out)
{
  end_line (out);
  if (out->len > 0 && !(out->len >= 2 && out->str[out->len - 2] == '\n'))
    g_string_append_c (out, '\n');
}

static void walk_blocks (Reader *r, const xmlNode *parent, GString *out, gboolean in_cell, int depth);

/* A table: each row one line of TAB-separated cells; a cell's paragraphs
 * (and any table nested in it) joined by spaces; a cell spanning N grid
 * columns followed by N-1 empty ones; a cell merged with the one above
 * repeats its text, so that each row reads whole. */
static void
walk_table (Reader *r, const xmlNode *tbl, GString *out, int depth)
{
  g_autoptr (GPtrArray) above = g_ptr_array_new_with_free_func (g_free);
  blank_line (out);
  for (const xmlNode *tr = tbl->children; tr; tr = tr->next)
    {
      if (!is_w (tr, "tr"))
        continue;
      g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      for (const xmlNode *tc = tr->children; tc; tc = tc->next)
        {
          const xmlNode *cell = tc;
          if (is_w (tc, "sdt") && child_w (tc, "sdtContent"))
            cell = child_w (child_w (tc, "sdtContent"), "tc");
          if (cell == NULL || !is_w (cell, "tc"))
            continue;
          xmlNode *tcpr = child_w (cell, "tcPr");
          int span = tcpr ? attr_int (child_w (tcpr, "gridSpan"), "val", 1) : 1;
          span = CLAMP (span, 1, 64);
          xmlNode *vmerge = tcpr ? child_w (tcpr, "vMerge") : NULL;
          char *vval = vmerge ? attr_w (vmerge, "val") : NULL;
          gboolean continued = vmerge != NULL && (vval == NULL || g_str_equal (vval, "continue"));
          xmlFree (vval);
          GString *text = g_string_new (NULL);
          if (continued && cells->len < above->len)
            g_string_append (text, g_ptr_array_index (above, cells->len));
          else
            walk_blocks (r, cell, text, TRUE, depth + 1);
          g_strstrip (text->str);
          text->len = strlen (text->str);
          g_ptr_array_add (cells, g_string_free (text, FALSE));
          for (int i = 1; i < span; i++)
            g_ptr_array_add (cells, g_strdup (""));
        }
      gboolean empty = TRUE;
      for (guint i = 0; i < cells->len && empty; i++)
        empty = *(const char *) g_ptr_array_index (cells, i) == '\0';
      if (!empty)
        {
          for (guint i = 0; i < cells->len; i++)
            {
              if (i)
                g_string_append_c (out, '\t');
              g_string_append (out, g_ptr_array_index (cells, i));
            }
          g_string_append_c (out, '\n');
        }
      g_ptr_array_set_size (above, 0);
      for (guint i = 0; i < cells->len; i++)
        g_ptr_array_add (above, g_strdup (g_ptr_array_index (cells, i)));
    }
  blank_line (out);
}

/* Block content: paragraphs and tables, and the content controls and
 * custom XML that wrap them.  IN_CELL: a table cell's text, one line. */
static void
walk_blocks (Reader *r, const xmlNode *parent, GString *out, gboolean in_cell, int depth)
{
  if (depth > MAX_DEPTH)
    return;
  for (const xmlNode *c = parent->children; c; c = c->next)
    {
      if (is_w (c, "p"))
        {
          g_autofree char *text = paragraph_text (r, c);
          if (in_cell)
            {
              for (char *q = text; *q; q++)
                if (*q == '\t' || *q == '\n' || *q == '\r')
                  *q = ' ';
              if (out->len > 0 && *text)
                g_string_append_c (out, ' ');
              g_string_append (out, text);
            }
          else
            {
              end_line (out);
              g_string_append (out, text);
              g_string_append_c (out, '\n');
            }
        }
      else if (is_w (c, "tbl"))
        {
          if (in_cell)
            {
              /* A table inside a cell: its text, spaced, in the cell. */
              GString *inner = g_string_new (NULL);
              walk_table (r, c, inner, depth + 1);
              for (gsize i = 0; i < inner->len; i++)
                if (inner->str[i] == '\t' || inner->str[i] == '\n')
                  inner->str[i] = ' ';
              g_strstrip (inner->str);
              if (out->len > 0 && *inner->str)
                g_string_append_c (out, ' ');
              g_string_append (out, inner->str);
              g_string_free (inner, TRUE);
            }
          else
            walk_table (r, c, out, depth + 1);
        }
      else if (is_w (c, "sdt"))
        {
          xmlNode *content = child_w (c, "sdtContent");
          if (content)
            walk_blocks (r, content, out, in_cell, depth + 1);
        }
      else if (is_w (c, "customXml") || is_w (c, "ins") || is_w (c, "moveTo"))
        walk_blocks (r, c, out, in_cell, depth + 1);
    }
}

/* Runs of blank lines to one; no blank line first or last; a line of
 * TABs alone (an empty row) is blank. */
static char *
tidy (GString *raw)
{
  GString *out = g_string_new (NULL);
  gchar **lines = g_strsplit (raw->str, "\n", -1);
  gboolean blank = TRUE;
  for (gchar **l = lines; *l; l++)
    {
      /* Trailing spaces go; trailing TABs are a row's empty last cells. */
      gsize n = strlen (*l);
      while (n > 0 && ((*l)[n - 1] == ' ' || (*l)[n - 1] == '\r'))
        (*l)[--n] = '\0';
      gboolean now_blank = strspn (*l, "\t") == n;
      if (now_blank && blank)
        continue;
      g_string_append (out, *l);
      g_string_append_c (out, '\n');
      blank = now_blank;
    }
  g_strfreev (lines);
  while (out->len >= 2 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static xmlDoc *
read_part (const char *path, DgPackage *package, const char *name, gboolean required,
           GError **error)
{
  if (!required && !dg_package_has (package, name))
    return NULL;
  gsize length = 0;
  g_autofree char *data = dg_package_read (package, name, &length, error);
  if (data == NULL)
    return NULL;
  return parse_part (path, name, data, length, error);
}

char *
dg_read_docx (const char *path, DgPackage *package, GError **error)
{
  xmlDoc *document = read_part (path, package, "word/document.xml", TRUE, error);
  if (document == NULL)
    return NULL;
  Reader r = { path,
               g_hash_table_new_full (g_str_hash, g_str_equal, g_free, abstract_free),
               g_hash_table_new_full (g_str_hash, g_str_equal, g_free, num_free),
               g_hash_table_new_full (g_str_hash, g_str_equal, g_free, style_free) };
  char *result = NULL;
  xmlDoc *numbering = NULL, *styles = NULL;
  GError *local = NULL;
  numbering = read_part (path, package, "word/numbering.xml", FALSE, &local);
  if (local == NULL)
    styles = read_part (path, package, "word/styles.xml", FALSE, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      goto out;
    }
  if (numbering)
    read_numbering (&r, xmlDocGetRootElement (numbering));
  if (styles)
    read_styles (&r, xmlDocGetRootElement (styles));
  xmlNode *root = xmlDocGetRootElement (document);
  xmlNode *body = is_w (root, "document") ? child_w (root, "body") : NULL;
  if (body == NULL)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                   _("%s: word/document.xml: error: no w:document/w:body; not a Word document"),
                   path);
      goto out;
    }
  GString *raw = g_string_new (NULL);
  walk_blocks (&r, body, raw, FALSE, 0);
  result = tidy (raw);
  g_string_free (raw, TRUE);
  if (*result == '\0')
    {
      g_clear_pointer (&result, g_free);
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                   _("%s: error: the document has no text"), path);
    }
out:
  xmlFreeDoc (document);
  xmlFreeDoc (numbering);
  xmlFreeDoc (styles);
  g_hash_table_destroy (r.nums);
  g_hash_table_destroy (r.abstracts);
  g_hash_table_destroy (r.styles);
  return result;
}
