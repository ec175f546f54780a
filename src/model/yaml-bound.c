/*
 * yaml-bound.c — the marks-per-byte bound on YAML text (see yaml-bound.h).
 *
 * One pass over the bytes, no state but the line: the count is taken
 * everywhere, inside quoted scalars and comments too, so that no text can
 * make the scan see less than libfyaml will (an overcount only brings a
 * file of unusual punctuation nearer the bound).
 */
#include <glib/gi18n.h>

#include <string.h>

#include "model/yaml-bound.h"

gboolean
dg_yaml_bounded (DgYamlWalk *w, const char *text, gsize len)
{
  guint64 allowed = DG_YAML_MARKS_FLOOR + len / DG_YAML_BYTES_PER_MARK;
  if (len <= allowed)
    return TRUE;
  static gboolean is_mark[256];
  if (!is_mark['\n'])
    for (const char *c = "[]{},:-?&*!%|>\n"; *c; c++)
      is_mark[(guchar) *c] = TRUE;
  guint64 marks = 0;
  int line = 1;
  gsize line_start = 0;
  for (gsize i = 0; i < len; i++)
    {
      if (!is_mark[(guchar) text[i]])
        continue;
      if (++marks > allowed)
        {
          glong column = g_utf8_strlen (text + line_start, (gssize) (i - line_start)) + 1;
          dg_yaml_error (w->diag, (DgLoc){ w->file, line, (int) MIN (column, G_MAXINT) },
                         _ ("too much YAML syntax for the size of the file: a file of %llu "
                            "bytes may hold %llu of the "
                            "characters []{},:-?&*!%%|> and line ends (%d, and one more per %d "
                            "bytes), and this is the next; parsing it would take memory out of "
                            "proportion to its size"),
                         (unsigned long long) len, (unsigned long long) allowed, DG_YAML_MARKS_FLOOR, DG_YAML_BYTES_PER_MARK);
          return FALSE;
        }
      if (text[i] == '\n')
        {
          line++;
          line_start = i + 1;
        }
    }
  return TRUE;
}
