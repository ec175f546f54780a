/*
 * yaml-bound.h — the bound on YAML text that keeps the memory of a parse
 * in proportion to the size of the file, checked before libfyaml sees it.
 *
 * libfyaml keeps some 500 bytes per token, and holds every token of a
 * flow collection that might still turn out to be a key (`[[a, b, …]]`,
 * `[[[[…`) before it reports a single event, so neither its depth limit
 * nor an event-by-event count can stop a file made of little but
 * brackets and commas.  What bounds the tokens is the text: every YAML
 * token needs an indicator character (one of []{},:-?&*!%|>) or a line
 * end beside it.  A file may hold DG_YAML_MARKS_FLOOR of these marks, and
 * beyond that one per DG_YAML_BYTES_PER_MARK bytes on average: the
 * bundled model has one per 15 bytes, an imported one one per 17, a
 * generated model of 100 towns one per 12, the bombs one per 1 to 4.
 * docs/hostile.md gives the memory this leaves.  The loader checks every
 * file it parses; import checks the model it is about to write.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DG_YAML_MARKS_FLOOR 65536
#define DG_YAML_BYTES_PER_MARK 8

/* How many marks a text of LEN bytes may hold. */
guint64 dg_yaml_marks_allowed (gsize len);

/* The byte offset in TEXT (LEN bytes) of the first mark past the bound,
 * or -1 when the text is within it. */
gssize dg_yaml_bound_exceeded (const char *text, gsize len);

G_END_DECLS
