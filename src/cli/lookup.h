/*
 * lookup.h — the common runner of the lookup commands (`who`, `what`):
 * each describes its query and reporters in a DgLookup.
 */
#pragma once

#include "cli/cli.h"

G_BEGIN_DECLS

typedef struct {
  const char *command;     /* "who" */
  const char *what;        /* the parameter's name: "QUERY" */
  const char *noun;        /* "area" */
  const char *hint;        /* what to try when nothing matches */
  const char *summary;
  const char *description;
  GArray *(*query) (const DgModel *model, const char *query);
  char *(*text) (const DgGraph *graph, const char *query, const GArray *matches);
  char *(*json) (const DgGraph *graph, const char *query, const GArray *matches);
  /* The nearest ids and names when nothing matches, or NULL. */
  char *(*suggest) (const DgModel *model, const char *query);
} DgLookup;

gboolean dg_cli_lookup (const DgLookup *lookup, int argc, char **argv, GError **error);

G_END_DECLS
