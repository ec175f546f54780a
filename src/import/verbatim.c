/*
 * verbatim.c — folded positions back to the original text.
 */
#include <string.h>

#include "import/verbatim.h"

struct DgVerbatim {
  const char *original;
  GString *flat;     /* the folded text without white space */
  GArray *start;     /* guint32 per byte of FLAT: where its character starts in ORIGINAL */
  GArray *end;       /* guint32 per byte of FLAT: where its character ends in ORIGINAL */
  gsize hint;        /* byte offset in FLAT after the last hit */
  gsize last;        /* byte offset in FLAT of the last hit */
  gboolean same;     /* ORIGINAL is its own folded form: nothing to look up */
};

static gboolean
blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x3000 || c == 0x00A0;
}

DgVerbatim *
dg_verbatim_new (const char *original, const char *folded)
{
  DgVerbatim *v = g_new0 (DgVerbatim, 1);
  v->original = original;
  v->same = strcmp (original, folded) == 0;
  v->flat = g_string_sized_new (v->same ? 1 : strlen (folded) + 1);
  v->start = g_array_new (FALSE, FALSE, sizeof (guint32));
  v->end = g_array_new (FALSE, FALSE, sizeof (guint32));
  const char *o = original, *f = folded;
  while (!v->same && *o && *f)
    {
      gunichar fc = g_utf8_get_char (f);
      const char *onext = g_utf8_next_char (o), *fnext = g_utf8_next_char (f);
      if (!blank (fc))
        {
          guint32 s = (guint32) (o - original), e = (guint32) (onext - original);
          for (const char *b = f; b < fnext; b++)
            {
              g_array_append_val (v->start, s);
              g_array_append_val (v->end, e);
            }
          g_string_append_len (v->flat, f, fnext - f);
        }
      o = onext;
      f = fnext;
    }
  return v;
}

void
dg_verbatim_free (DgVerbatim *v)
{
  if (v == NULL)
    return;
  g_string_free (v->flat, TRUE);
  g_array_unref (v->start);
  g_array_unref (v->end);
  g_free (v);
}

/* The original span without its line breaks and the white space around them. */
static char *
unwrapped (const char *s, gsize len)
{
  GString *out = g_string_sized_new (len + 1);
  const char *p = s, *stop = s + len;
  while (p < stop)
    {
      const char *nl = memchr (p, '\n', (gsize) (stop - p));
      const char *line_end = nl ? nl : stop;
      const char *a = p, *b = line_end;
      if (p != s)
        while (a < b && blank (g_utf8_get_char (a)))
          a = g_utf8_next_char (a);
      if (nl)
        while (b > a && blank (g_utf8_get_char (g_utf8_prev_char (b))))
          b = g_utf8_prev_char (b);
      g_string_append_len (out, a, b - a);
      p = nl ? nl + 1 : stop;
    }
  return g_string_free (out, FALSE);
}

char *
dg_verbatim_lookup (DgVerbatim *v, const char *folded_part)
{
  /* A document that folding left alone is quoted by what was read of it. */
  if (v->same)
    return NULL;
  GString *key = g_string_new (NULL);
  for (const char *p = folded_part; *p; p = g_utf8_next_char (p))
    if (!blank (g_utf8_get_char (p)))
      g_string_append_unichar (key, g_utf8_get_char (p));
  if (key->len == 0)
    {
      g_string_free (key, TRUE);
      return NULL;
    }
  /* Inside the last hit first: an alias is most often part of the name
   * just looked up (镇农机站, 农机站). */
  const char *hit = g_strstr_len (v->flat->str + v->last, (gssize) (v->hint - v->last), key->str);
  if (hit == NULL)
    hit = strstr (v->flat->str + v->hint, key->str);
  /* Before the hint only: the text after it was just searched. */
  if (hit == NULL && v->hint > 0)
    hit = g_strstr_len (v->flat->str, (gssize) MIN (v->flat->len, v->hint + key->len - 1), key->str);
  char *result = NULL;
  if (hit != NULL)
    {
      gsize at = (gsize) (hit - v->flat->str), last = at + key->len - 1;
      guint32 s = g_array_index (v->start, guint32, at), e = g_array_index (v->end, guint32, last);
      result = unwrapped (v->original + s, e - s);
      v->last = at;
      v->hint = at + key->len;
    }
  g_string_free (key, TRUE);
  return result;
}

void
dg_verbatim_rewind (DgVerbatim *v)
{
  v->hint = v->last = 0;
}
