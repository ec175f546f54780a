/*
 * inputs.h — the models a command is given on its command line: files,
 * directories (every *.yaml and *.yml file under them, recursively) and
 * glob patterns (for shells that pass them through, and for Windows-style
 * quoting).  The order is fixed: arguments as given, the files of a
 * directory or a pattern sorted by byte order of their paths.  A file
 * found through a directory or a pattern that is not a model (no top-level
 * `dutygraph:` line, e.g. the taxonomy beside the towns) is skipped; a file
 * named directly is always a model.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *path;
  gboolean found; /* through a directory or a pattern */
} DgInput;

/* The inputs of ARGS (N of them), as DgInput*; an error (usage) for a
 * pattern matching nothing or a directory holding no YAML file. */
GPtrArray *dg_inputs_expand (char **args, int n, GError **error);

/* dg_inputs_expand(), then refuses OUTPUT (NULL or "-" for none) when it
 * names one of the inputs under any name (a usage error). */
GPtrArray *dg_inputs_expand_for_output (char **args, int n, const char *output, GError **error);

/* TRUE when the file has a line starting with `dutygraph:` (a model's
 * first key at the top level), read without parsing.  FALSE too when it
 * cannot be read. */
gboolean dg_input_looks_like_model (const char *path);

G_END_DECLS
