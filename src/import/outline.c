/*
 * outline.c — numbering markers and the tree of numbered items.
 */
#include <string.h>

#include "import/holder-heading.h"
#include "import/outline.h"
#include "util/regex-once.h"

static gboolean
is_space_char (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\f' || c == 0xFEFF
         || c == 0x2002 || c == 0x2003;
}

const char *
dg_outline_skip_space (const char *s)
{
  while (*s)
    {
      gunichar c = g_utf8_get_char (s);
      if (!is_space_char (c))
        break;
      s = g_utf8_next_char (s);
    }
  return s;
}

gsize
dg_outline_trimmed_length (const char *s, gsize length)
{
  while (length > 0)
    {
      const char *last = g_utf8_find_prev_char (s, s + length);
      if (last == NULL || !is_space_char (g_utf8_get_char (last)))
        break;
      length = (gsize) (last - s);
    }
  return length;
}

static int
cn_digit (gunichar c)
{
  static const gunichar digits[] = { 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                     0x516D, 0x4E03, 0x516B, 0x4E5D }; /* 零一二…九 */
  for (int i = 0; i < 10; i++)
    if (digits[i] == c)
      return i;
  return -1;
}

/* A Chinese numeral 1–99 (一 … 十 … 九十九); returns bytes read or 0. */
static gsize
cn_number (const char *s, int *value)
{
  const char *p = s;
  int v = 0, d;
  gunichar c = g_utf8_get_char (p);
  if (c == 0x5341) /* 十 */
    {
      v = 10;
      p = g_utf8_next_char (p);
      if ((d = cn_digit (g_utf8_get_char (p))) > 0)
        {
          v += d;
          p = g_utf8_next_char (p);
        }
    }
  else if ((d = cn_digit (c)) > 0)
    {
      v = d;
      p = g_utf8_next_char (p);
      if (g_utf8_get_char (p) == 0x5341)
        {
          v *= 10;
          p = g_utf8_next_char (p);
          if ((d = cn_digit (g_utf8_get_char (p))) > 0)
            {
              v += d;
              p = g_utf8_next_char (p);
            }
        }
    }
  else
    return 0;
  *value = v;
  return (gsize) (p - s);
}

/* A Chinese numeral 1–999 as articles are numbered (一百零二, 一百二十);
 * returns bytes read or 0. */
static gsize
cn_number_large (const char *s, int *value)
{
  const char *p = s;
  int hundreds = 0, rest = 0, d;
  if ((d = cn_digit (g_utf8_get_char (p))) > 0 && g_utf8_get_char (g_utf8_next_char (p)) == 0x767E)
    {
      hundreds = d;
      p = g_utf8_next_char (g_utf8_next_char (p)); /* 百 */
      if (g_utf8_get_char (p) == 0x96F6)            /* 零 */
        {
          p = g_utf8_next_char (p);
          if ((d = cn_digit (g_utf8_get_char (p))) <= 0)
            return 0;
          rest = d;
          p = g_utf8_next_char (p);
        }
      else if ((d = cn_digit (g_utf8_get_char (p))) > 0
               && g_utf8_get_char (g_utf8_next_char (p)) == 0x5341) /* 二十… */
        {
          gsize n = cn_number (p, &rest);
          p += n;
        }
      else if (g_utf8_get_char (p) == 0x5341) /* 一百一十 written 一百十 */
        {
          gsize n = cn_number (p, &rest);
          p += n;
        }
      *value = hundreds * 100 + rest;
      return (gsize) (p - s);
    }
  return cn_number (s, value);
}

/* Arabic digits, ASCII or full width, up to three; returns bytes read or 0. */
static gsize
ar_number (const char *s, int *value)
{
  const char *p = s;
  int v = 0, n = 0;
  for (;;)
    {
      gunichar c = g_utf8_get_char (p);
      int d = c >= '0' && c <= '9' ? (int) (c - '0') : c >= 0xFF10 && c <= 0xFF19 ? (int) (c - 0xFF10) : -1;
      if (d < 0)
        break;
      if (++n > 3)
        return 0;
      v = v * 10 + d;
      p = g_utf8_next_char (p);
    }
  if (n == 0 || v == 0)
    return 0;
  *value = v;
  return (gsize) (p - s);
}

/* 第五条 / 第二章 / 第一部分 / 第三节 (also 第5条); returns the style or NONE. */
static DgMarkStyle
ordinal_marker (const char *line, int *number, const char **after)
{
  if (!g_str_has_prefix (line, "第"))
    return DG_MARK_NONE;
  const char *p = line + strlen ("第");
  gsize n = cn_number_large (p, number);
  if (n == 0)
    n = ar_number (p, number);
  if (n == 0)
    return DG_MARK_NONE;
  p += n;
  DgMarkStyle style;
  const char *word;
  if (g_str_has_prefix (p, (word = "条")))
    style = DG_MARK_ARTICLE;
  else if (g_str_has_prefix (p, (word = "章")))
    style = DG_MARK_CHAPTER;
  else if (g_str_has_prefix (p, (word = "部分")))
    style = DG_MARK_PART;
  else if (g_str_has_prefix (p, (word = "节")))
    style = DG_MARK_SECTION;
  else
    return DG_MARK_NONE;
  p += strlen (word);
  gunichar c = g_utf8_get_char (p);
  if (c == 0x3001 || c == 0xFF1A || c == ':' || c == 0xFF0E || c == '.')
    p = g_utf8_next_char (p);
  *after = p;
  return style;
}

static gboolean
is_open_paren (gunichar c)
{
  return c == '(' || c == 0xFF08;
}

static gboolean
is_close_paren (gunichar c)
{
  return c == ')' || c == 0xFF09;
}

/* 、 . ． , ，: what may follow a bare number. */
static gboolean
is_number_separator (gunichar c)
{
  return c == 0x3001 || c == '.' || c == 0xFF0E || c == 0xFF0C;
}

static gboolean
is_bullet (gunichar c)
{
  /* ● ◆ ■ ▲ ★ ☆ ◇ □ △ ○ • · ▪ ◎ ➢ ▶ */
  return c == 0x25CF || c == 0x25C6 || c == 0x25A0 || c == 0x25B2 || c == 0x2605 || c == 0x2606
         || c == 0x25C7 || c == 0x25A1 || c == 0x25B3 || c == 0x25CB || c == 0x2022 || c == 0x00B7
         || c == 0x25AA || c == 0x25CE || c == 0x27A2 || c == 0x25B6;
}

static gboolean
is_dash (gunichar c)
{
  /* — ― ─ – and a hyphen, as drafters type a dash */
  return c == 0x2014 || c == 0x2015 || c == 0x2500 || c == 0x2013 || c == '-' || c == 0xFF0D;
}

const char *
dg_outline_skip_bullet (const char *s)
{
  gunichar c = g_utf8_get_char (s);
  if (is_bullet (c))
    return dg_outline_skip_space (g_utf8_next_char (s));
  if (!is_dash (c))
    return s;
  const char *p = s;
  while (is_dash (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return dg_outline_skip_space (p);
}

gboolean
dg_outline_style_divides (DgMarkStyle style)
{
  return style == DG_MARK_CHAPTER || style == DG_MARK_PART || style == DG_MARK_SECTION;
}

DgMarkStyle
dg_outline_marker (const char *line, int *number, gsize *length)
{
  const char *p = line;
  gunichar c = g_utf8_get_char (p);
  DgMarkStyle style = DG_MARK_NONE;
  gsize n;
  const char *text_after = NULL;
  if ((style = ordinal_marker (line, number, &text_after)) != DG_MARK_NONE)
    p = text_after;
  else if (c >= 0x2460 && c <= 0x2473) /* ① … ⑳ */
    {
      *number = (int) (c - 0x2460) + 1;
      p = g_utf8_next_char (p);
      style = DG_MARK_CIRCLED;
    }
  else if (c >= 0x2474 && c <= 0x2487) /* ⑴ … ⒇, what word processors make of (1) */
    {
      *number = (int) (c - 0x2474) + 1;
      p = g_utf8_next_char (p);
      style = DG_MARK_AR_PAREN;
    }
  else if (c >= 0x3220 && c <= 0x3229) /* ㈠ … ㈩ */
    {
      *number = (int) (c - 0x3220) + 1;
      p = g_utf8_next_char (p);
      style = DG_MARK_CN_PAREN;
    }
  else if (is_open_paren (c))
    {
      const char *q = g_utf8_next_char (p);
      q = dg_outline_skip_space (q);
      if ((n = cn_number (q, number)) > 0)
        style = DG_MARK_CN_PAREN;
      else if ((n = ar_number (q, number)) > 0)
        style = DG_MARK_AR_PAREN;
      else
        return DG_MARK_NONE;
      q = dg_outline_skip_space (q + n);
      if (!is_close_paren (g_utf8_get_char (q)))
        return DG_MARK_NONE;
      p = g_utf8_next_char (q);
      if (is_number_separator (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
    }
  else if ((n = cn_number (p, number)) > 0)
    {
      p += n;
      /* 一） with only its closing bracket is （一）. */
      style = is_close_paren (g_utf8_get_char (p)) ? DG_MARK_CN_PAREN : DG_MARK_CN;
      if (style == DG_MARK_CN && !is_number_separator (g_utf8_get_char (p)))
        return DG_MARK_NONE;
      p = g_utf8_next_char (p);
    }
  else if ((n = ar_number (p, number)) > 0)
    {
      p += n;
      gunichar sep = g_utf8_get_char (p);
      if (is_close_paren (sep))
        {
          /* 1） / 1): not （1）, which a document may number above it. */
          p = g_utf8_next_char (p);
          *length = (gsize) (dg_outline_skip_space (p) - line);
          return DG_MARK_AR_RPAREN;
        }
      if (!is_number_separator (sep))
        return DG_MARK_NONE;
      p = g_utf8_next_char (p);
      /* 1.5 or 3.2% is a number, not a marker. */
      gunichar after = g_utf8_get_char (p);
      if ((after >= '0' && after <= '9') || (after >= 0xFF10 && after <= 0xFF19))
        return DG_MARK_NONE;
      style = DG_MARK_AR;
    }
  else
    return DG_MARK_NONE;
  p = dg_outline_skip_space (p);
  *length = (gsize) (p - line);
  return style;
}

static DgNode *
node_new (DgNodeType type, DgMarkStyle style, int number, const char *text, gsize len, int line,
          int column)
{
  DgNode *n = g_new0 (DgNode, 1);
  n->type = type;
  n->style = style;
  n->number = number;
  n->text = g_string_new_len (text, (gssize) len);
  n->line = line;
  n->column = column;
  n->children = g_ptr_array_new ();
  return n;
}

static void
node_free (DgNode *n)
{
  for (guint i = 0; i < n->children->len; i++)
    node_free (g_ptr_array_index (n->children, i));
  g_ptr_array_unref (n->children);
  g_string_free (n->text, TRUE);
  g_free (n->label);
  g_free (n);
}

static void
add_child (DgNode *parent, DgNode *child)
{
  child->parent = parent;
  g_ptr_array_add (parent->children, child);
}

static gunichar
last_char (const GString *s)
{
  if (s->len == 0)
    return 0;
  const char *p = g_utf8_find_prev_char (s->str, s->str + s->len);
  return p ? g_utf8_get_char (p) : 0;
}

static gboolean
ends_sentence (gunichar c)
{
  return c == 0x3002 || c == 0xFF1B || c == ';' || c == 0xFF01 || c == '!' || c == 0xFF1F
         || c == '?' || c == 0xFF1A || c == ':' || c == '.';
}

static gboolean
is_colon (gunichar c)
{
  return c == 0xFF1A || c == ':';
}

/* 具体职责, 部门职责：— a short line that heads what follows. */
static gboolean
looks_like_heading (const char *text, gsize len)
{
  glong chars = g_utf8_strlen (text, (gssize) len);
  if (chars > 12 || chars < 2)
    return FALSE;
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0xFF0C || c == ',' || c == 0x3002 || c == 0xFF1B || c == ';')
        return FALSE;
    }
  g_autofree char *s = g_strndup (text, len);
  /* …履行下列职责： introduces the list under the open heading. */
  if (strstr (s, "下列") || strstr (s, "如下") || strstr (s, "以下"))
    return FALSE;
  return strstr (s, "职责") != NULL || strstr (s, "分工") != NULL || strstr (s, "任务") != NULL;
}

/* 县交通运输局：, 乡卫生院履行下列职责： — a short line ending in a colon
 * whose name part has no comma: a body's heading. */
static gboolean
looks_like_name_heading (const char *text, gsize len)
{
  glong chars = g_utf8_strlen (text, (gssize) len);
  /* NAME履行下列安全生产工作职责： is a name and a dozen characters of form. */
  glong form = g_strstr_len (text, (gssize) len, "履行") ? 16 : 0;
  if (chars < 3 || chars > 24 + form)
    return FALSE;
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0xFF0C || c == ',' || c == 0x3002 || c == 0xFF1B || c == ';' || c == 0x3001)
        return FALSE;
    }
  static const char *const ends[] = { "局：", "委：", "办：", "办公室：", "所：", "站：", "队：", "院：",
                                      "会：", "中心：", "公司：", "政府：", "职责：", "职责:", NULL };
  g_autofree char *s = g_strndup (text, len);
  for (int i = 0; ends[i]; i++)
    if (g_str_has_suffix (s, ends[i]))
      return TRUE;
  return FALSE;
}

/* A heading that is a body's name and nothing else (（一）县发展和改革局,
 * 街道应急管理办公室安全生产职责): what follows is its text, never its
 * continuation nor a sibling that lost its number. */
static gboolean
names_organ (const GString *text)
{
  glong chars = g_utf8_strlen (text->str, (gssize) text->len);
  if (chars < 3 || chars > 30)
    return FALSE;
  for (const char *p = text->str; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0x3001 || c == 0xFF1A)
        return FALSE;
    }
  static const char *const ends[] = { "局", "委", "办", "办公室", "所", "站", "队", "院", "会", "中心",
                                      "公司", "厅", "学校", "政府", "职责", NULL };
  for (int i = 0; ends[i]; i++)
    if (g_str_has_suffix (text->str, ends[i]))
      return TRUE;
  gboolean marked;
  g_autofree char *name = dg_holder_heading_name (text->str, text->len, &marked);
  return name != NULL;
}

/* A date or a bare organ name after the last item: the signature block. */
static gboolean
looks_like_trailer (const char *text, gsize len)
{
  g_autofree char *s = g_strndup (text, len);
  static GRegex *date = NULL;
  dg_regex_once (&date,
                 "^[0-9０-９〇零一二三四五六七八九十○]{2,4}年[0-9０-９一二三四五六七八九十]{1,2}月"
                 "([0-9０-９一二三四五六七八九十]{1,3}日)?$|^[（(][^）)]{1,12}[）)]$",
                 G_REGEX_DEFAULT);
  if (g_regex_match (date, s, 0, NULL))
    return TRUE;
  /* The issuing organs' names alone on a line, as signed at the end
   * (中共石河县委员会 石河县人民政府). */
  static GRegex *organ = NULL;
  dg_regex_once (&organ,
                 "^(?:\\p{Han}{2,20}?(?:委员会|人民政府|办公室|办事处)"
                 "[ \\x{3000}]*){1,4}$",
                 G_REGEX_DEFAULT);
  return g_regex_match (organ, s, 0, NULL);
}

/* One physical line: its text without the white space around it, the
 * column that text starts at, and where the next line starts. */
typedef struct {
  const char *start;
  gsize length;
  int column;
  const char *next;
} TextLine;

static void
read_line (const char *p, TextLine *line)
{
  const char *eol = p;
  while (*eol && *eol != '\n' && *eol != '\r')
    eol++;
  const char *start = dg_outline_skip_space (p);
  if (start > eol)
    start = eol;
  line->start = start;
  line->length = dg_outline_trimmed_length (start, (gsize) (eol - start));
  line->column = (int) g_utf8_strlen (p, start - p) + 1;
  if (*eol == '\r')
    eol++;
  if (*eol == '\n')
    eol++;
  line->next = eol;
}

static gboolean
ends_mid_sentence (const char *line)
{
  return g_str_has_suffix (line, "，") || g_str_has_suffix (line, "、") || g_str_has_suffix (line, ",");
}

/* （五）镇农业综合 / 服务中心: a holder's heading whose name the line broke
 * (text pasted from a PDF).  True when LINE is numbered and its text
 * becomes a holder's name with NEXT, a short unnumbered line that is no
 * heading of its own. */
static gboolean
name_goes_on (const char *line, const char *next)
{
  int number = 0;
  gsize mlen = 0;
  if (dg_outline_marker (line, &number, &mlen) == DG_MARK_NONE || *next == '\0'
      || g_utf8_strlen (next, -1) > 12)
    return FALSE;
  int next_number = 0;
  gsize next_len = 0;
  if (dg_outline_marker (next, &next_number, &next_len) != DG_MARK_NONE)
    return FALSE;
  for (const char *p = next; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0x3001 || c == ',' || c == ';')
        return FALSE;
    }
  const char *text = line + mlen;
  gboolean marked = FALSE;
  g_autofree char *alone = dg_holder_heading_name (text, strlen (text), &marked);
  /* 一、部门职责 over 县交通运输局：: two headings, each whole; the broken
   * name's tail (服务中心) neither opens with a level nor closes a heading. */
  static const char *const levels[] = { "县", "镇", "乡", "区", "市", "街道", "各", "省", NULL };
  gboolean own = g_str_has_suffix (next, "：") || g_str_has_suffix (next, ":");
  for (int i = 0; levels[i] && !own; i++)
    own = g_str_has_prefix (next, levels[i]);
  if (own || strstr (text, "职责") || strstr (text, "部门"))
    return FALSE;
  /* （二）芦埠镇中心 / 卫生院: the first half may read as a name too; only
   * a short tail is taken for the rest of it. */
  if (alone != NULL && g_utf8_strlen (next, -1) > 6)
    return FALSE;
  g_autofree char *joined = g_strconcat (text, next, NULL);
  g_autofree char *name = dg_holder_heading_name (joined, strlen (joined), &marked);
  return name != NULL;
}

/* The deepest open numbered item under PARENT's level, i.e. the stack top. */
typedef struct {
  GPtrArray *stack; /* of DgNode*: root first */
  /* Where on the stack a holder whose items follow its colon on its own
   * line (县教育局：1.…；2.…) sits, 0 when none is open: the next line
   * without a number of its own closes it. */
  guint inline_holder;
  /* 【主要职责】 / 【配合职责】 on a line of its own under a holder's heading:
   * the label the items numbered under LABEL_HOLDER now carry. */
  char *label;
  const DgNode *label_holder;
} Builder;

static DgNode *
top (Builder *b)
{
  return g_ptr_array_index (b->stack, b->stack->len - 1);
}

static void
pop_to (Builder *b, guint len)
{
  g_ptr_array_set_size (b->stack, len);
}

/* Number for an implied child of PARENT: one after its last item. */
static int
next_number (const DgNode *parent)
{
  for (guint i = parent->children->len; i > 0; i--)
    {
      const DgNode *c = g_ptr_array_index (parent->children, i - 1);
      if (c->type == DG_NODE_ITEM)
        return c->number + 1;
    }
  return 1;
}

static DgMarkStyle
last_item_style (const DgNode *parent, DgMarkStyle fallback)
{
  for (guint i = parent->children->len; i > 0; i--)
    {
      const DgNode *c = g_ptr_array_index (parent->children, i - 1);
      if (c->type == DG_NODE_ITEM)
        return c->style;
    }
  return fallback;
}

/* The numbering the first line with text at or after P opens with. */
static DgMarkStyle
next_text_marker (const char *p)
{
  while (*p)
    {
      TextLine next;
      read_line (p, &next);
      if (next.length > 0)
        {
          int number = 0;
          gsize length = 0;
          return dg_outline_marker (next.start, &number, &length);
        }
      p = next.next;
    }
  return DG_MARK_NONE;
}

/* 【镇卫生院】, ●镇派出所, 镇供电所职责, or a bare 街道应急管理办公室 with
 * numbered items below it (REST, the text after the line; *NEXT_STYLE gets
 * the numbering it opens with): a line that only names the holder of what
 * follows.  A bare name is a heading only when numbered items follow, as
 * a name alone is also how the document is signed; a signature is never
 * followed by numbered items. */
static gboolean
is_holder_heading (const char *text, gsize len, const char *rest, gboolean in_preamble, DgMarkStyle *next_style)
{
  gboolean marked = FALSE;
  g_autofree char *name = dg_holder_heading_name (text, len, &marked);
  if (name == NULL)
    return FALSE;
  DgMarkStyle next = *next_style = next_text_marker (rest);
  if (marked)
    return !looks_like_trailer (text, len);
  /* Before the first number, a name over 一、 or 第一条 is the issuer
   * under the title (中共西岭镇委员会 西岭镇人民政府), not a holder: a
   * holder's own items are numbered below the level of sections. */
  if (in_preamble && (next == DG_MARK_CN || next == DG_MARK_ARTICLE || dg_outline_style_divides (next)))
    return FALSE;
  return next != DG_MARK_NONE && !dg_outline_style_divides (next);
}

/* 县妇联：负责组织开展…。 — a paragraph that opens with its holder's
 * name and a colon, the holder's duties after it. */
static gboolean
is_holder_paragraph (const char *text, gsize len)
{
  const char *colon = g_strstr_len (text, (gssize) len, "：");
  if (colon == NULL || colon + strlen ("：") >= text + len)
    return FALSE;
  gboolean marked = FALSE;
  g_autofree char *name = dg_holder_heading_name (text, (gsize) (colon - text), &marked);
  return name != NULL;
}

/* NAME：1.…；2.… on a line of its own inside a section: the holder stands
 * beside the section's other holders' paragraphs, out of any item numbered
 * as its own items are (STYLE) and out of the unnumbered lines before it. */
static void
open_inline_holder (Builder *b, const char *text, gsize len, int line, int column, DgMarkStyle style)
{
  for (guint i = 1; i < b->stack->len; i++)
    if (((DgNode *) g_ptr_array_index (b->stack, i))->style == style)
      {
        pop_to (b, i);
        break;
      }
  while (b->stack->len > 1 && top (b)->implied)
    pop_to (b, b->stack->len - 1);
  DgNode *parent = top (b);
  DgNode *n = node_new (DG_NODE_ITEM, DG_MARK_NONE, next_number (parent), text, len, line, column);
  n->implied = TRUE;
  add_child (parent, n);
  g_ptr_array_add (b->stack, n);
  b->inline_holder = b->stack->len - 1;
}

/* A holder's heading without a number of its own: beside the last such
 * heading; else above the open items numbered as its own items will be
 * (NEXT), which belong to the holder before it; else under the open item,
 * the section that lists the holders. */
static void
open_holder_heading (Builder *b, const char *text, gsize len, int line, int column, DgMarkStyle next)
{
  guint at = b->stack->len;
  for (guint i = b->stack->len; i > 1; i--)
    {
      DgNode *s = g_ptr_array_index (b->stack, i - 1);
      if (s->implied && s->style == DG_MARK_NONE)
        {
          at = i - 1;
          break;
        }
    }
  if (at == b->stack->len && next != DG_MARK_NONE)
    for (guint i = 1; i < b->stack->len; i++)
      if (((DgNode *) g_ptr_array_index (b->stack, i))->style == next)
        {
          at = i;
          break;
        }
  pop_to (b, at);
  DgNode *parent = top (b);
  DgNode *n = node_new (DG_NODE_ITEM, DG_MARK_NONE, next_number (parent), text, len, line, column);
  n->implied = TRUE;
  add_child (parent, n);
  g_ptr_array_add (b->stack, n);
}

/* 【主要职责】, 配合职责：: a line that only says which of its holder's
 * duties follow.  The label without its wrapping, else NULL. */
static char *
label_line (const char *text, gsize len)
{
  gboolean marked = FALSE;
  g_autofree char *bare = dg_holder_heading_unwrap (text, len, &marked);
  if (g_str_has_suffix (bare, "：") || g_str_has_suffix (bare, ":"))
    bare[strlen (bare) - (g_str_has_suffix (bare, ":") ? 1 : strlen ("："))] = '\0';
  if (!g_str_has_suffix (bare, "职责") || g_utf8_strlen (bare, -1) > 6)
    return NULL;
  /* Not 具体职责, 共同职责: those head a section's parts, not a body's. */
  static const char *const kinds[] = { "主要", "配合", "协助", "参与", "牵头", "协同", "监管", "监督",
                                       "直接", NULL };
  for (int i = 0; kinds[i]; i++)
    if (g_str_has_prefix (bare, kinds[i]))
      return g_steal_pointer (&bare);
  return NULL;
}

static void
unnumbered_line (Builder *b, DgOutline *o, const char *text, gsize len, int line, int column,
                 DgMarkStyle *item_style_seen)
{
  DgNode *t = top (b);
  if (t == o->root)
    return; /* before the first numbered line: preamble, handled by the caller */
  if (looks_like_trailer (text, len))
    return;
  g_autofree char *label = label_line (text, len);
  for (guint i = b->stack->len; label && i > 1; i--)
    {
      DgNode *holder = g_ptr_array_index (b->stack, i - 1);
      if (holder->type == DG_NODE_ITEM && names_organ (holder->text))
        {
          pop_to (b, i);
          g_free (b->label);
          b->label = g_steal_pointer (&label);
          b->label_holder = holder;
          return;
        }
    }
  /* Last text written: the deepest node, or its last unnumbered child. */
  DgNode *last = t;
  if (t->children->len > 0)
    last = g_ptr_array_index (t->children, t->children->len - 1);
  gunichar end = last_char (last->text);
  gboolean heading = last == t && !t->implied && names_organ (t->text);
  if (!ends_sentence (end) && !heading
      && (last->text->len >= 16 * 3 || end == 0xFF0C || end == ',' || end == 0x3001))
    {
      g_string_append_len (last->text, text, (gssize) len);
      return;
    }
  if (looks_like_heading (text, len) && b->stack->len >= 2)
    {
      /* A heading without a number stands beside the section's own
       * subdivisions: 四、…（一）共同职责 … 具体职责 is 四(二). */
      DgNode *section = g_ptr_array_index (b->stack, 1);
      DgMarkStyle style = last_item_style (section, DG_MARK_CN_PAREN);
      if (style == DG_MARK_NONE)
        style = DG_MARK_CN_PAREN;
      DgNode *n = node_new (DG_NODE_ITEM, style, next_number (section), text, len, line, column);
      n->implied = TRUE;
      pop_to (b, 2);
      add_child (section, n);
      g_ptr_array_add (b->stack, n);
      return;
    }
  gboolean intro = is_colon (g_utf8_get_char (g_utf8_find_prev_char (text, text + len)));
  gboolean introduces_open = t->children->len == 0
                             && (g_strstr_len (text, (gssize) len, "下列")
                                 || g_strstr_len (text, (gssize) len, "如下"));
  /* …下列… after a heading introduces its list, unless it is the body
   * heading NAME履行下列…职责： itself (a class, 各部门…, introduces). */
  if (introduces_open && g_strstr_len (text, (gssize) len, "履行") && len >= strlen ("职责：")
      && !g_strstr_len (text, (gssize) len, "各")
      && memcmp (text + len - strlen ("职责："), "职责：", strlen ("职责：")) == 0)
    introduces_open = FALSE;
  if (intro && !introduces_open && looks_like_name_heading (text, len))
    {
      /* 县交通运输局： alone on a line heads a list without a number. */
      open_holder_heading (b, text, len, line, column, DG_MARK_NONE);
      return;
    }
  if (intro && t->children->len == 0)
    {
      add_child (t, node_new (DG_NODE_INTRO, DG_MARK_NONE, 0, text, len, line, column));
      return;
    }
  /* An item in a list that lost its number: beside the open item, or the
   * first item under a heading that announces a list. */
  DgNode *parent = t;
  DgMarkStyle style;
  if (t->parent != NULL && t->type == DG_NODE_ITEM && t->children->len == 0 && t->parent != o->root
      && !is_colon (last_char (t->text)) && !names_organ (t->text))
    {
      parent = t->parent;
      style = t->style;
      pop_to (b, b->stack->len - 1);
    }
  else
    style = last_item_style (t, *item_style_seen);
  DgNode *n = node_new (DG_NODE_ITEM, style, next_number (parent), text, len, line, column);
  n->implied = TRUE;
  add_child (parent, n);
  g_ptr_array_add (b->stack, n);
}

/* Unnumbered items after a list's last number, under a heading that does
 * not announce a list (no ：), are paragraphs: 一、…原则 (一)…(五) and then
 * the prose about the party committee.  A lone unnumbered text under a
 * heading is that heading's own text, not a list of one. */
static void
settle (DgNode *n)
{
  for (guint i = 0; i < n->children->len; i++)
    settle (g_ptr_array_index (n->children, i));
  if (n->children->len == 0)
    return;
  gboolean announces = is_colon (last_char (n->text)) || strstr (n->text->str, "下列") != NULL;
  guint last_numbered = 0;
  gboolean any_numbered = FALSE;
  guint items = 0;
  for (guint i = 0; i < n->children->len; i++)
    {
      DgNode *c = g_ptr_array_index (n->children, i);
      if (c->type == DG_NODE_ITEM)
        items++;
      if (c->type == DG_NODE_ITEM && !c->implied)
        {
          last_numbered = i;
          any_numbered = TRUE;
        }
    }
  for (guint i = 0; i < n->children->len; i++)
    {
      DgNode *c = g_ptr_array_index (n->children, i);
      if (c->type != DG_NODE_ITEM || !c->implied || c->children->len > 0)
        continue;
      if ((!announces && n->parent != NULL && (!any_numbered || i > last_numbered))
          || (items == 1 && !any_numbered))
        c->type = DG_NODE_PARAGRAPH;
    }
  n->paragraphs = n->items = 0;
  /* A holder's paragraph whose items follow its colon (县教育局：1.…) is
   * counted among the paragraphs beside it: 二 第3段1. */
  gboolean mixed = FALSE;
  for (guint i = 0; i < n->children->len; i++)
    mixed |= ((DgNode *) g_ptr_array_index (n->children, i))->type == DG_NODE_PARAGRAPH;
  for (guint i = 0; i < n->children->len; i++)
    {
      DgNode *c = g_ptr_array_index (n->children, i);
      if (c->type == DG_NODE_PARAGRAPH)
        c->number = ++n->paragraphs;
      else if (c->type == DG_NODE_ITEM)
        {
          n->items++;
          if (mixed && c->implied && c->style == DG_MARK_NONE)
            c->number = ++n->paragraphs;
        }
    }
}

/* The last character of the LEN bytes at TEXT, or 0. */
static gunichar
last_char_of (const char *text, gsize len)
{
  return len ? g_utf8_get_char (g_utf8_find_prev_char (text, text + len)) : 0;
}

/* Where the next unit of LINE starts after FROM: a number right after ：
 * opening a list (its first number), or after ；/。 going on with the
 * numbering of the unit before it (same style, next number).  LEN when
 * there is none.  *STYLE and *NUMBER hold the last unit's numbering. */
static gsize
inline_unit (const char *line, gsize len, gsize from, DgMarkStyle *style, int *number)
{
  int own = 0;
  gsize own_len = 0;
  DgMarkStyle s = dg_outline_marker (line + from, &own, &own_len);
  if (s != DG_MARK_NONE)
    {
      *style = s;
      *number = own;
    }
  for (const char *p = line + from + own_len; p < line + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean colon = c == 0xFF1A || c == ':';
      if (!colon && c != 0xFF1B && c != ';' && c != 0x3002)
        continue;
      const char *q = dg_outline_skip_space (g_utf8_next_char (p));
      if (q >= line + len)
        break;
      int n = 0;
      gsize mlen = 0;
      DgMarkStyle m = dg_outline_marker (q, &n, &mlen);
      if (m == DG_MARK_NONE || dg_outline_style_divides (m) || q + mlen >= line + len)
        continue;
      if ((colon && n == 1) || (!colon && m == *style && n == *number + 1))
        return (gsize) (q - line);
    }
  return len;
}

DgOutline *
dg_outline_parse (const char *text)
{
  DgOutline *o = g_new0 (DgOutline, 1);
  o->root = node_new (DG_NODE_ITEM, DG_MARK_NONE, 0, "", 0, 0, 0);
  o->preamble = g_ptr_array_new ();
  Builder b = { g_ptr_array_new () };
  g_ptr_array_add (b.stack, o->root);
  DgMarkStyle item_style_seen = DG_MARK_AR_PAREN;
  int line_no = 0;
  const char *p = text;
  while (*p)
    {
      TextLine here;
      read_line (p, &here);
      line_no++;
      gsize len = here.length;
      int column = here.column;
      const char *after = here.next;
      if (len > 0)
        {
          g_autofree char *line = g_strndup (here.start, len);
          int at_line = line_no;
          /* A line cut after a comma goes on in the next one when that one
           * has no number of its own (text pasted from a PDF): joined here,
           * before the line is judged as an intro, a heading or an item. */
          for (;;)
            {
              TextLine next;
              read_line (after, &next);
              g_autofree char *next_line = g_strndup (next.start, next.length);
              int ignored_number = 0;
              gsize ignored_length = 0;
              if (next.length == 0
                  || dg_outline_marker (next_line, &ignored_number, &ignored_length) != DG_MARK_NONE
                  || !(ends_mid_sentence (line) || name_goes_on (line, next_line)))
                break;
              char *joined = g_strconcat (line, next_line, NULL);
              g_free (line);
              line = joined;
              len = strlen (line);
              after = next.next;
              line_no++;
            }
          /* A line holds several units when numbering goes on inside it
           * (职责：（一）…；（二）…, 1.…。2.…): each is read as a line of
           * its own, at its own column. */
          DgMarkStyle prev_style = DG_MARK_NONE;
          int prev_number = 0;
          gsize from = 0;
          if (b.inline_holder > 0)
            {
              int own = 0;
              gsize own_len = 0;
              if (dg_outline_marker (line, &own, &own_len) == DG_MARK_NONE
                  && b.stack->len > b.inline_holder)
                pop_to (&b, b.inline_holder);
              b.inline_holder = 0;
            }
          while (from < len)
            {
              gsize unit_start = from;
              const char *unit = line + from;
              int ucol = column + (int) g_utf8_strlen (line, (gssize) from);
              gsize upto = inline_unit (line, len, from, &prev_style, &prev_number);
              g_autofree char *unit_text = g_strndup (unit, upto - from);
              gsize ulen = dg_outline_trimmed_length (unit_text, upto - from);
              unit = unit_text;
              gboolean whole_line = from == 0 && upto == len;
              from = upto;
              int number = 0;
              gsize mlen = 0;
              DgMarkStyle style = dg_outline_marker (unit, &number, &mlen);
              DgMarkStyle next_style = DG_MARK_NONE;
              if (style != DG_MARK_NONE && mlen < ulen)
                {
                  guint at = b.stack->len;
                  for (guint i = 1; i < b.stack->len; i++)
                    if (((DgNode *) g_ptr_array_index (b.stack, i))->style == style)
                      {
                        at = i;
                        break;
                      }
                  pop_to (&b, at);
                  int col = ucol + (int) g_utf8_strlen (unit, (gssize) mlen);
                  DgNode *n = node_new (DG_NODE_ITEM, style, number, unit + mlen, ulen - mlen, at_line, col);
                  add_child (top (&b), n);
                  g_ptr_array_add (b.stack, n);
                  if (b.label && n->parent == b.label_holder)
                    n->label = g_strdup (b.label);
                  else if (b.label && n->parent == b.label_holder->parent)
                    g_clear_pointer (&b.label, g_free); /* the next holder: its own labels */
                  /* The style of items under a heading that announces a list
                     * numbers the items a later list leaves unnumbered. */
                  if (n->parent != o->root && (is_colon (last_char (n->parent->text))
                                               || strstr (n->parent->text->str, "下列")))
                    item_style_seen = style;
                }
              else if (style == DG_MARK_NONE && whole_line
                       && (top (&b) == o->root
                           || (b.stack->len == 2 && top (&b)->implied && top (&b)->style == DG_MARK_NONE))
                       && is_holder_paragraph (unit, ulen))
                {
                  /* A document of such paragraphs and nothing numbered:
                   * each is a section of its own, as 派出所：1.… is. */
                  pop_to (&b, 1);
                  DgNode *n = node_new (DG_NODE_ITEM, DG_MARK_NONE, next_number (o->root), unit, ulen,
                                        at_line, ucol);
                  n->implied = TRUE;
                  add_child (o->root, n);
                  g_ptr_array_add (b.stack, n);
                }
              else if (style == DG_MARK_NONE && whole_line
                       && is_holder_heading (unit, ulen, after, top (&b) == o->root, &next_style))
                open_holder_heading (&b, unit, ulen, at_line, ucol, next_style);
              else if (top (&b) != o->root && unit_start == 0 && from < len
                       && is_colon (last_char_of (unit, ulen)) && looks_like_name_heading (unit, ulen))
                {
                  int first = 0;
                  gsize first_len = 0;
                  open_inline_holder (&b, unit, ulen, at_line, ucol,
                                      dg_outline_marker (line + from, &first, &first_len));
                }
              else if (top (&b) == o->root && from < len && is_colon (last_char_of (unit, ulen))
                       && looks_like_name_heading (unit, ulen))
                {
                  /* 派出所：1.负责…；2.负责…。 before any numbered line: the
                   * name heads the items numbered after its colon. */
                  DgNode *n = node_new (DG_NODE_ITEM, DG_MARK_NONE, next_number (o->root), unit, ulen,
                                        at_line, ucol);
                  n->implied = TRUE;
                  add_child (o->root, n);
                  g_ptr_array_add (b.stack, n);
                }
              else if (top (&b) == o->root)
                g_ptr_array_add (o->preamble,
                                 node_new (DG_NODE_PARAGRAPH, DG_MARK_NONE, 0, unit, ulen, at_line, ucol));
              else
                unnumbered_line (&b, o, unit, ulen, at_line, ucol, &item_style_seen);
            }
        }
      p = after;
    }
  g_ptr_array_unref (b.stack);
  g_free (b.label);
  settle (o->root);
  return o;
}

void
dg_outline_free (DgOutline *o)
{
  if (o == NULL)
    return;
  node_free (o->root);
  for (guint i = 0; i < o->preamble->len; i++)
    node_free (g_ptr_array_index (o->preamble, i));
  g_ptr_array_unref (o->preamble);
  g_free (o);
}

static const char *const cn_digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

static void
append_cn (GString *out, int v)
{
  if (v >= 1000 || v <= 0)
    {
      g_string_append_printf (out, "%d", v);
      return;
    }
  if (v >= 100)
    {
      g_string_append (out, cn_digits[v / 100]);
      g_string_append (out, "百");
      v %= 100;
      if (v == 0)
        return;
      if (v < 10)
        g_string_append (out, "零");
      else if (v < 20)
        g_string_append (out, "一"); /* 一百一十二, not 一百十二 */
    }
  if (v >= 10)
    {
      if (v >= 20)
        g_string_append (out, cn_digits[v / 10]);
      g_string_append (out, "十");
      if (v % 10)
        g_string_append (out, cn_digits[v % 10]);
    }
  else
    g_string_append (out, cn_digits[v]);
}

void
dg_outline_append_token (GString *out, const DgNode *node)
{
  switch (node->style)
    {
    case DG_MARK_CN:
      append_cn (out, node->number);
      break;
    case DG_MARK_CN_PAREN:
      g_string_append_c (out, '(');
      append_cn (out, node->number);
      g_string_append_c (out, ')');
      break;
    case DG_MARK_AR:
      g_string_append_printf (out, "%d", node->number);
      break;
    case DG_MARK_AR_PAREN:
      g_string_append_printf (out, "(%d)", node->number);
      break;
    case DG_MARK_AR_RPAREN:
      g_string_append_printf (out, "%d)", node->number);
      break;
    case DG_MARK_CIRCLED:
      g_string_append_unichar (out, 0x2460 + (gunichar) (node->number - 1));
      break;
    case DG_MARK_CHAPTER:
      g_string_append (out, "第");
      append_cn (out, node->number);
      g_string_append (out, "章");
      break;
    case DG_MARK_ARTICLE:
      g_string_append (out, "第");
      append_cn (out, node->number);
      g_string_append (out, "条");
      break;
    case DG_MARK_PART:
      g_string_append (out, "第");
      append_cn (out, node->number);
      g_string_append (out, "部分");
      break;
    case DG_MARK_SECTION:
      g_string_append (out, "第");
      append_cn (out, node->number);
      g_string_append (out, "节");
      break;
    case DG_MARK_NONE:
      break;
    }
}
