/*
 * normalize.c — width, punctuation and script folding, one character to one.
 */
#include <string.h>

#include <opencc/opencc.h>

#include "util/normalize.h"

/* OpenCC's converter is opened once: loading its dictionaries is the
 * expensive part, converting is cheap. */
static opencc_t
t2s (void)
{
  static gsize once = 0;
  static opencc_t converter = (opencc_t) -1;
  if (g_once_init_enter (&once))
    {
      converter = opencc_open ("t2s.json");
      g_once_init_leave (&once, 1);
    }
  return converter;
}

gboolean
dg_normalize_has_script_folding (void)
{
  return t2s () != (opencc_t) -1;
}

/* Numbering the outline reads: NFKC would turn ① into 1. */
static gboolean
enclosed_numeral (gunichar c)
{
  return (c >= 0x2460 && c <= 0x24FF) || (c >= 0x2776 && c <= 0x2793)
         || (c >= 0x3200 && c <= 0x32FF);
}

static gunichar
punctuation_class (gunichar c)
{
  switch (c)
    {
    case ',': return 0xFF0C;            /* ， */
    case ';': return 0xFF1B;            /* ； */
    case ':': return 0xFF1A;            /* ： */
    case '(': return 0xFF08;            /* （ */
    case ')': return 0xFF09;            /* ） */
    case '!': return 0xFF01;            /* ！ */
    case '?': return 0xFF1F;            /* ？ */
    case 0xFE50: return 0xFF0C;         /* small ， */
    case 0xFE51: case 0xFF64: return 0x3001; /* small and half-width 、 */
    case 0xFF61: return 0x3002;         /* half-width 。 */
    case 0x300C: return 0x201C;         /* 「 */
    case 0x300D: return 0x201D;         /* 」 */
    case 0x300E: return 0x2018;         /* 『 */
    case 0x300F: return 0x2019;         /* 』 */
    case '[': case 0xFE5D: return 0x3014; /* 〔 */
    case ']': case 0xFE5E: return 0x3015; /* 〕 */
    default: return c;
    }
}

/* Width folding: a character whose NFKC form is one other character. */
static gunichar
width_fold (gunichar c)
{
  if (c < 0x80 || enclosed_numeral (c) || (c >= 0x3400 && c <= 0x9FFF)
      || (c >= 0x3001 && c <= 0x303F))
    return c;
  char buf[8];
  int n = g_unichar_to_utf8 (c, buf);
  g_autofree char *nf = g_utf8_normalize (buf, n, G_NORMALIZE_NFKC);
  if (nf == NULL || g_utf8_strlen (nf, -1) != 1)
    return c;
  return g_utf8_get_char (nf);
}

/* LINE (no line end) to simplified, character for character: the whole
 * line when OpenCC keeps its length (phrases converted in context), else
 * each character on its own. */
static void
append_simplified (GString *out, const char *line, gsize length)
{
  opencc_t cc = t2s ();
  if (cc == (opencc_t) -1 || length == 0)
    {
      g_string_append_len (out, line, (gssize) length);
      return;
    }
  char *conv = opencc_convert_utf8 (cc, line, length);
  if (conv != NULL && g_utf8_validate (conv, -1, NULL)
      && g_utf8_strlen (conv, -1) == g_utf8_strlen (line, (gssize) length))
    {
      g_string_append (out, conv);
      opencc_convert_utf8_free (conv);
      return;
    }
  if (conv != NULL)
    opencc_convert_utf8_free (conv);
  for (const char *p = line; p < line + length; p = g_utf8_next_char (p))
    {
      gsize n = (gsize) (g_utf8_next_char (p) - p);
      char *one = opencc_convert_utf8 (cc, p, n);
      if (one != NULL && g_utf8_validate (one, -1, NULL) && g_utf8_strlen (one, -1) == 1)
        g_string_append (out, one);
      else
        g_string_append_len (out, p, (gssize) n);
      if (one != NULL)
        opencc_convert_utf8_free (one);
    }
}

char *
dg_normalize_text (const char *text)
{
  GString *folded = g_string_sized_new (strlen (text) + 1);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    g_string_append_unichar (folded, punctuation_class (width_fold (g_utf8_get_char (p))));
  GString *out = g_string_sized_new (folded->len + 1);
  const char *s = folded->str;
  while (*s)
    {
      const char *end = strchr (s, '\n');
      gsize len = end ? (gsize) (end - s) : strlen (s);
      append_simplified (out, s, len);
      if (end == NULL)
        break;
      g_string_append_c (out, '\n');
      s = end + 1;
    }
  g_string_free (folded, TRUE);
  return g_string_free (out, FALSE);
}

char *
dg_normalize_name (const char *name)
{
  g_autofree char *folded = dg_normalize_text (name);
  GString *out = g_string_new (NULL);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
