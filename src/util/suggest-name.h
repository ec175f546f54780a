/*
 * suggest-name.h — "did you mean": the candidates nearest to a mistyped
 * word, by edit distance on characters (not bytes), so that a slip in a
 * Chinese name counts as one edit like a slip in a pinyin id.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Edits (insert, delete, substitute, swap two neighbours) between A and B,
 * counted in Unicode characters, ASCII case ignored.  Both valid UTF-8. */
guint dg_edit_distance (const char *a, const char *b);

/* Indexes into CANDIDATES (N strings; a NULL entry is skipped) of at most
 * MAX candidates close enough to WORD to be a slip of it, nearest first,
 * ties in the order given.  A candidate that contains WORD, or that WORD
 * contains, counts as near (镇教委 for 教委). */
GArray *dg_suggest_nearest (const char *word, const char *const *candidates, guint n, guint max);

G_END_DECLS
