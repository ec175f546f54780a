/*
 * yaml-bound.c — the marks-per-byte bound on YAML text (see yaml-bound.h).
 *
 * One pass over the bytes, no state: the count is taken everywhere,
 * inside quoted scalars and comments too, so that no text can make the
 * scan see fewer tokens than libfyaml will (an overcount only brings a
 * file of unusual punctuation nearer the bound).
 */
#include "model/yaml-bound.h"

guint64
dg_yaml_marks_allowed (gsize len)
{
  return DG_YAML_MARKS_FLOOR + len / DG_YAML_BYTES_PER_MARK;
}

gssize
dg_yaml_bound_exceeded (const char *text, gsize len)
{
  guint64 allowed = dg_yaml_marks_allowed (len);
  if (len <= allowed)
    return -1;
  static const char marks[] = "[]{},:-?&*!%|>\n";
  gboolean is_mark[256] = { FALSE };
  for (const char *c = marks; *c; c++)
    is_mark[(guchar) *c] = TRUE;
  guint64 seen = 0;
  for (gsize i = 0; i < len; i++)
    if (is_mark[(guchar) text[i]] && ++seen > allowed)
      return (gssize) i;
  return -1;
}
