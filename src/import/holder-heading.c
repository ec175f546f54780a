/*
 * holder-heading.c — a line that only names a holder: its wrappings.
 */
#include <string.h>

#include "import/bodies.h"
#include "import/holder-heading.h"
#include "import/outline.h"

/* The closing bracket of an opening one that encloses a heading, or 0. */
static gunichar
closing_of (gunichar open)
{
  switch (open)
    {
    case 0x3010: return 0x3011; /* 【】 */
    case 0x3014: return 0x3015; /* 〔〕, also [] and ［］ once folded */
    case 0x3016: return 0x3017; /* 〖〗 */
    case 0x3008: return 0x3009; /* 〈〉 */
    default: return 0;
    }
}

static gunichar
last_char (const char *s, gsize len)
{
  return len ? g_utf8_get_char (g_utf8_find_prev_char (s, s + len)) : 0;
}

/* A heading is a name and its wrapping: a longer line is never one, and
 * is not taken apart (nor recursed into, bracket by bracket). */
#define HEADING_CHARS 64

char *
dg_holder_heading_unwrap (const char *line, gsize len, gboolean *marked)
{
  *marked = FALSE;
  if (g_utf8_strlen (line, (gssize) len) > HEADING_CHARS)
    return g_strndup (line, len);
  const char *p = line;
  const char *end = line + len;
  const char *unmarked = dg_outline_skip_bullet (p);
  if (unmarked != p && unmarked <= end)
    {
      p = unmarked;
      *marked = TRUE;
    }
  gunichar close = p < end ? closing_of (g_utf8_get_char (p)) : 0;
  if (close)
    {
      const char *q = g_utf8_next_char (p);
      const char *shut = g_utf8_strchr (q, end - q, close);
      /* Only a bracket around the whole name, or the name and its 职责
       * (【派出所】职责：), wraps a heading. */
      if (shut)
        {
          g_autofree char *inner = g_strndup (q, (gsize) (shut - q));
          const char *after = g_utf8_next_char (shut);
          g_autofree char *tail = g_strndup (after, (gsize) (end - after));
          *marked = TRUE;
          g_autofree char *joined = g_strconcat (inner, tail, NULL);
          gboolean ignored;
          char *rest = dg_holder_heading_unwrap (joined, strlen (joined), &ignored);
          return rest;
        }
    }
  gsize n = (gsize) (end - p);
  gunichar c = last_char (p, n);
  if (c == 0xFF1A || c == 0x3002)
    {
      n = (gsize) (g_utf8_find_prev_char (p, p + n) - p);
      *marked = TRUE;
    }
  return g_strndup (p, dg_outline_trimmed_length (p, n));
}

char *
dg_holder_heading_name (const char *line, gsize len, gboolean *marked)
{
  g_autofree char *unwrapped = dg_holder_heading_unwrap (line, len, marked);
  if (*unwrapped == '\0')
    return NULL;
  g_autofree char *rest = NULL;
  char *name = dg_body_from_heading (unwrapped, &rest);
  if (name == NULL || rest != NULL || !dg_body_name_plausible (name))
    {
      g_free (name);
      return NULL;
    }
  if (strlen (name) < strlen (unwrapped))
    *marked = TRUE; /* 镇供电所职责 */
  return name;
}
