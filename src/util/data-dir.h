/*
 * data-dir.h — where dutygraph's own data is (the bundled taxonomies):
 * DUTYGRAPH_DATADIR when set; else, when the program runs from a build
 * directory, that build's copy (BUILD/model/, made at build time, so any build
 * directory, inside the source tree or not, finds it); else the installed
 * DG_DATADIR.  A model names a bundled taxonomy as `builtin:NAME`, which
 * resolves on any machine to TAXONOMY_DIR/NAME.yaml.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DG_BUILTIN_PREFIX "builtin:"

/* The data directory in use (new string). */
char *dg_data_dir (void);

/* DATA_DIR/taxonomy/NAME.yaml for a `builtin:NAME` reference (new
 * string), or NULL when NAME is not a plain name (letters, digits, '-',
 * '_', '.', not starting with '.'). */
char *dg_builtin_taxonomy_path (const char *name);

/* The `builtin:NAME` that PATH is, when PATH is (under any name) one of
 * the bundled taxonomies of the data directory; else NULL. */
char *dg_builtin_taxonomy_name (const char *path);

G_END_DECLS
