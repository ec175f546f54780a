/*
 * suggest-name.c — nearest candidates to a mistyped word (see suggest-name.h).
 */
#include <string.h>

#include "util/suggest-name.h"

/* The characters of S, ASCII letters folded to lower case. */
static gunichar *
chars_of (const char *s, glong *len)
{
  gunichar *u = g_utf8_to_ucs4_fast (s, -1, len);
  for (glong i = 0; i < *len; i++)
    if (u[i] < 0x80)
      u[i] = (gunichar) g_ascii_tolower ((gchar) u[i]);
  return u;
}

guint
dg_edit_distance (const char *a, const char *b)
{
  glong n = 0, m = 0;
  g_autofree gunichar *x = chars_of (a, &n);
  g_autofree gunichar *y = chars_of (b, &m);
  /* Three rows of the optimal-string-alignment table. */
  g_autofree guint *prev2 = g_new0 (guint, m + 1);
  g_autofree guint *prev = g_new0 (guint, m + 1);
  g_autofree guint *cur = g_new0 (guint, m + 1);
  for (glong j = 0; j <= m; j++)
    prev[j] = (guint) j;
  for (glong i = 1; i <= n; i++)
    {
      cur[0] = (guint) i;
      for (glong j = 1; j <= m; j++)
        {
          guint cost = x[i - 1] == y[j - 1] ? 0 : 1;
          guint best = MIN (prev[j] + 1, cur[j - 1] + 1);
          best = MIN (best, prev[j - 1] + cost);
          if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
            best = MIN (best, prev2[j - 2] + 1);
          cur[j] = best;
        }
      guint *t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
  return prev[m];
}

/* How far a candidate may be from a word of LEN characters and still be a
 * slip of it: one edit in three characters, at least one. */
static guint
allowed_distance (glong len)
{
  return (guint) MAX (1, (len + 1) / 3);
}

static gboolean
contains_folded (const char *haystack, const char *needle)
{
  g_autofree char *h = g_utf8_casefold (haystack, -1);
  g_autofree char *n = g_utf8_casefold (needle, -1);
  return n[0] != '\0' && strstr (h, n) != NULL;
}

typedef struct {
  guint index;
  guint distance;
} Near;

static gint
by_distance (gconstpointer a, gconstpointer b)
{
  const Near *x = a, *y = b;
  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

GArray *
dg_suggest_nearest (const char *word, const char *const *candidates, guint n, guint max)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  glong len = g_utf8_strlen (word, -1);
  if (len == 0)
    return out;
  g_autoptr (GArray) near = g_array_new (FALSE, FALSE, sizeof (Near));
  for (guint i = 0; i < n; i++)
    {
      const char *c = candidates[i];
      if (c == NULL || c[0] == '\0')
        continue;
      guint d = dg_edit_distance (word, c);
      glong clen = g_utf8_strlen (c, -1);
      gboolean within = d <= allowed_distance (MAX (len, clen));
      if (!within && (contains_folded (c, word) || contains_folded (word, c))
          && MIN (len, clen) >= 2)
        within = TRUE;
      if (within)
        {
          Near x = { i, d };
          g_array_append_val (near, x);
        }
    }
  g_array_sort (near, by_distance);
  for (guint i = 0; i < near->len && out->len < max; i++)
    g_array_append_val (out, g_array_index (near, Near, i).index);
  return out;
}
