/*
 * yaml-bound.h — refusing YAML whose parse would take memory out of
 * proportion to its size, before libfyaml sees it.
 *
 * libfyaml keeps some 500 bytes per token, and holds every token of a
 * flow collection that might still turn out to be a key (`[[a, b, …]]`,
 * `[[[[…`) before it reports a single event, so neither its depth limit
 * nor an event-by-event count can stop a file made of little but
 * brackets and commas.  What bounds the tokens is the text: every YAML
 * token needs an indicator character (one of []{},:-?&*!%|>) or a line
 * end beside it.  A file may hold DG_YAML_MARKS_FLOOR of these marks, and
 * beyond that one per DG_YAML_BYTES_PER_MARK bytes on average: the
 * bundled model has one per 15 bytes, a generated model of 100 towns one
 * per 12, the bombs one per 1 to 4.  docs/model-format.md
 * (Limits) gives the memory this leaves.  Internal to src/model.
 */
#pragma once

#include "model/yaml-walk.h"

G_BEGIN_DECLS

#define DG_YAML_MARKS_FLOOR 65536
#define DG_YAML_BYTES_PER_MARK 8

/* TRUE when TEXT (LEN bytes of valid UTF-8, W's current file) is within
 * the bound; else records an error at the mark that crosses it. */
gboolean dg_yaml_bounded (DgYamlWalk *w, const char *text, gsize len);

G_END_DECLS
