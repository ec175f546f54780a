/*
 * escape.c — one policy per output target for text from an input (see
 * escape.h).
 */
#include <string.h>

#include "util/escape.h"

/* A byte that does not start a valid UTF-8 sequence. */
#define NOT_UTF8 ((gunichar) -1)

#define REPLACEMENT "\xef\xbf\xbd" /* U+FFFD */

/* The character at P (before END) in *C, NOT_UTF8 for an invalid byte;
 * returns where the next one starts. */
static const char *
next_char (const char *p, const char *end, gunichar *c)
{
  gunichar u = g_utf8_get_char_validated (p, end - p);
  if (u == (gunichar) -1 || u == (gunichar) -2)
    {
      *c = NOT_UTF8;
      return p + 1;
    }
  *c = u;
  return g_utf8_next_char (p);
}

static const char *
end_of (const char *s, gssize len)
{
  return s + (len < 0 ? strlen (s) : (gsize) len);
}

static gboolean
is_bidi_control (gunichar c)
{
  return c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

static gboolean
is_c0_c1_del (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c < 0xa0);
}

/* What XML 1.0 forbids (its Char production): invalid UTF-8 (which
 * covers encoded surrogates), C0 but TAB, LF and CR, U+FFFE and U+FFFF. */
static gboolean
xml_forbids (gunichar c)
{
  return c == NOT_UTF8 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe
         || c == 0xffff || (c >= 0xd800 && c <= 0xdfff);
}

/* What a page or a drawing shows as U+FFFD: what XML forbids; CR, which
 * a parser turns into LF; DEL and C1, which no page should carry; and
 * the bidi controls, which could make a name display as another. */
static gboolean
xml_replaces (gunichar c)
{
  return xml_forbids (c) || c == '\r' || (c >= 0x7f && c < 0xa0) || is_bidi_control (c);
}

/* ---- terminal ---------------------------------------------------------- */

gboolean
dg_escape_terminal_hides (gunichar c)
{
  return is_c0_c1_del (c) || is_bidi_control (c) || c == 0x2028 || c == 0x2029 || c == 0xfeff;
}

void
dg_escape_terminal (GString *out, const char *s, gssize len)
{
  if (s == NULL)
    return;
  const char *end = end_of (s, len);
  for (const char *p = s; p < end;)
    {
      gunichar c;
      const char *q = next_char (p, end, &c);
      if (c == NOT_UTF8)
        g_string_append_printf (out, "\\x%02x", (guchar) *p);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (dg_escape_terminal_hides (c))
        g_string_append_printf (out, c < 0x100 ? "\\x%02x" : "\\u%04x", (guint) c);
      else
        g_string_append_len (out, p, q - p);
      p = q;
    }
}

char *
dg_escape_terminal_dup (const char *s)
{
  GString *out = g_string_new (NULL);
  dg_escape_terminal (out, s, -1);
  return g_string_free (out, FALSE);
}

char *
dg_escape_quoted (const char *s)
{
  GString *out = g_string_new ("'");
  g_autofree char *escaped = dg_escape_terminal_dup (s ? s : "");
  for (const char *p = escaped; *p; p++)
    {
      if (*p == '\'')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '\'');
  return g_string_free (out, FALSE);
}

/* ---- DOT ------------------------------------------------------------- */

void
dg_escape_dot_markup (GString *out, const char *s)
{
  if (s == NULL)
    return;
  const char *end = end_of (s, -1);
  guint count = 0;
  for (const char *p = s; p < end; count++)
    {
      gunichar c;
      const char *q = next_char (p, end, &c);
      if (count == DG_ESCAPE_DOT_TEXT_CHARS)
        {
          g_string_append (out, "…");
          return;
        }
      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        case '\\': g_string_append (out, "\\\\"); break;
        default:
          if (c != NOT_UTF8 && is_c0_c1_del (c))
            g_string_append_c (out, ' ');
          else if (xml_replaces (c))
            g_string_append (out, REPLACEMENT);
          else
            g_string_append_len (out, p, q - p);
        }
      p = q;
    }
}

void
dg_escape_dot_plain (GString *out, const char *s)
{
  if (s == NULL)
    return;
  const char *end = end_of (s, -1);
  for (const char *p = s; p < end;)
    {
      gunichar c;
      const char *q = next_char (p, end, &c);
      if (c == '\\')
        g_string_append (out, "\\\\\\\\");
      else if (c != NOT_UTF8 && is_c0_c1_del (c))
        g_string_append_c (out, ' ');
      else if (xml_replaces (c))
        g_string_append (out, REPLACEMENT);
      else
        g_string_append_len (out, p, q - p);
      p = q;
    }
}

/* Appends the body of a quoted string (BODY, LEN bytes, as written
 * between its quotes) so that `dot` scans it.  Its scanner reads a quoted
 * string as runs of characters other than '"' and '\\' (each run one
 * token of at most 16 384 bytes) and the escapes between them, so only a
 * run that long is split, as "…" + "…" (which the parser joins again),
 * at a character boundary: inside a run, never next to a backslash. */
static void
append_split_string (GString *out, const char *body, gsize len)
{
  const gsize room = DG_ESCAPE_DOT_MAX_BYTES - 2;
  g_string_append_c (out, '"');
  gsize run = 0;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) body[i];
      if (c == '\\' || c == '"')
        run = 0;
      else
        {
          /* Split before a character that would not fit whole. */
          if ((c & 0xc0) != 0x80 && run > 0 && run + (gsize) g_utf8_skip[c] > room)
            {
              g_string_append (out, "\" + \"");
              run = 0;
            }
          run++;
        }
      g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

char *
dg_escape_dot_split (const char *dot, gsize len)
{
  GString *out = g_string_sized_new (len + 64);
  gsize i = 0;
  while (i < len)
    {
      if (dot[i] == '<')
        {
          /* An HTML string (its markup escaped, so its brackets nest): kept
           * as it is, quotes inside it included. */
          gsize j = i;
          int depth = 0;
          for (; j < len; j++)
            if (dot[j] == '<')
              depth++;
            else if (dot[j] == '>' && --depth == 0)
              break;
          j = MIN (j + 1, len);
          g_string_append_len (out, dot + i, (gssize) (j - i));
          i = j;
        }
      else if (dot[i] == '"')
        {
          gsize j = i + 1;
          while (j < len && dot[j] != '"')
            j += dot[j] == '\\' && j + 1 < len ? 2 : 1;
          if (j >= len)
            {
              g_string_append_len (out, dot + i, (gssize) (len - i));
              break;
            }
          append_split_string (out, dot + i + 1, j - i - 1);
          i = j + 1;
        }
      else if (g_ascii_isalnum (dot[i]) || dot[i] == '_' || dot[i] == '.' || (guchar) dot[i] >= 0x80)
        {
          /* An unquoted ID (cgraph leaves a value of letters unquoted,
           * CJK included) means what it means quoted: too long, it is
           * quoted to be split. */
          gsize j = i;
          while (j < len && (g_ascii_isalnum (dot[j]) || dot[j] == '_' || dot[j] == '.'
                             || (guchar) dot[j] >= 0x80))
            j++;
          if (j - i > DG_ESCAPE_DOT_MAX_BYTES - 2)
            append_split_string (out, dot + i, j - i); /* an ID holds no '"' or '\\' */
          else
            g_string_append_len (out, dot + i, (gssize) (j - i));
          i = j;
        }
      else
        g_string_append_c (out, dot[i++]);
    }
  return g_string_free (out, FALSE);
}

/* ---- XML ------------------------------------------------------------- */

void
dg_escape_xml (GString *out, const char *s)
{
  if (s == NULL)
    return;
  const char *end = end_of (s, -1);
  for (const char *p = s; p < end;)
    {
      gunichar c;
      const char *q = next_char (p, end, &c);
      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default:
          if (xml_replaces (c))
            g_string_append (out, "&#xFFFD;");
          else
            g_string_append_len (out, p, q - p);
        }
      p = q;
    }
}

char *
dg_escape_xlsx (const char *s)
{
  GString *out = g_string_new (NULL);
  const char *end = end_of (s ? s : "", -1);
  for (const char *p = s ? s : ""; p < end;)
    {
      gunichar c;
      const char *q = next_char (p, end, &c);
      if (c != NOT_UTF8 && c < 0x20 ? FALSE : xml_forbids (c))
        g_string_append (out, REPLACEMENT);
      else
        g_string_append_len (out, p, q - p);
      p = q;
    }
  return g_string_free (out, FALSE);
}

char *
dg_escape_xml_text (const char *s)
{
  GString *out = g_string_new (NULL);
  const char *end = end_of (s ? s : "", -1);
  for (const char *p = s ? s : ""; p < end;)
    {
      gunichar c;
      const char *q = next_char (p, end, &c);
      if (xml_replaces (c))
        g_string_append (out, REPLACEMENT);
      else
        g_string_append_len (out, p, q - p);
      p = q;
    }
  return g_string_free (out, FALSE);
}

/* ---- JSON inside HTML ------------------------------------------------ */

void
dg_escape_json_in_html (GString *out, const char *json)
{
  const char *end = end_of (json ? json : "", -1);
  for (const char *p = json ? json : ""; p < end;)
    {
      /* An escape the generator wrote for a control character (\r,
       * \u001b) would reach the page's text once parsed: it is shown as
       * the XML policy shows the raw character. */
      if (*p == '\\' && p + 1 < end)
        {
          gunichar e = 0;
          gsize n = 2;
          if (p[1] == 'u' && end - p >= 6 && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3])
              && g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]))
            {
              for (int i = 2; i < 6; i++)
                e = e * 16 + (gunichar) g_ascii_xdigit_value (p[i]);
              n = 6;
            }
          else if (p[1] == 'r' || p[1] == 'b' || p[1] == 'f')
            e = p[1] == 'r' ? '\r' : p[1] == 'b' ? '\b' : '\f';
          /* \u0000 too: XML has no NUL. */
          if ((n == 6 && e == 0) || (e != 0 && e != '\n' && e != '\t' && xml_replaces (e)))
            g_string_append (out, "\\ufffd");
          else
            g_string_append_len (out, p, (gssize) n);
          p += n;
          continue;
        }
      gunichar c;
      const char *q = next_char (p, end, &c);
      /* Outside strings JSON holds only ASCII with none of these, so each
       * is inside a string, where the \u escape means the same. */
      if (c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029)
        g_string_append_printf (out, "\\u%04x", c);
      else if (c != '\n' && c != '\t' && xml_replaces (c))
        g_string_append (out, "\\ufffd");
      else
        g_string_append_len (out, p, q - p);
      p = q;
    }
}

/* ---- CSV ------------------------------------------------------------- */

void
dg_escape_csv (GString *out, const char *s)
{
  const char *text = s ? s : "";
  g_string_append_c (out, '"');
  if (text[0] != '\0' && strchr ("=+-@\t\r'", text[0]))
    g_string_append_c (out, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* ---- ICS ------------------------------------------------------------- */

void
dg_escape_ics (GString *out, const char *s)
{
  if (s == NULL)
    return;
  const char *end = end_of (s, -1);
  for (const char *p = s; p < end;)
    {
      gunichar c;
      const char *q = next_char (p, end, &c);
      if (c == '\\' || c == ';' || c == ',')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c != NOT_UTF8 && is_c0_c1_del (c))
        g_string_append_c (out, ' ');
      else if (c == NOT_UTF8 || is_bidi_control (c) || c == 0xfffe || c == 0xffff)
        g_string_append (out, REPLACEMENT);
      else
        g_string_append_len (out, p, q - p);
      p = q;
    }
}
