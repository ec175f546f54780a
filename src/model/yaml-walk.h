/*
 * yaml-walk.h — reading YAML with positions, for the model loader.
 *
 * Owns everything between the file's bytes and typed values: reading the
 * file within the size limit, checking UTF-8, parsing with libfyaml (one
 * document, no aliases, bounded depth), and accessors that return a typed
 * value or record "FILE:LINE:COL: error: …" at the value's position and go
 * on.  Columns count characters.  Internal to src/model.
 */
#pragma once

#include <libfyaml.h>

#include "model/model-load.h"

G_BEGIN_DECLS

/* WHAT in messages: the callers mark a prose name NC_ ("model part", …);
 * a key of the format is not marked and stays as it is. */
#define DG_YAML_WHAT(what) g_dpgettext2 (NULL, "model part", what)

typedef struct {
  DgLoc loc;
  guint order;   /* the file's rank in FILES, then the line, then the column */
  char *line;    /* "FILE:LINE:COL: error: message", escaped (util/diag.h) */
  char *message; /* the message alone, escaped */
} DgYamlDiagLine;

typedef struct {
  GArray *lines; /* of DgYamlDiagLine, at most DG_LOAD_MAX_ERRORS */
  GPtrArray *files;
  guint total;
} DgYamlDiag;

typedef struct {
  const char *file;   /* interned in model->files */
  const char *text;   /* the file's bytes, for mark -> character column */
  gsize text_len;
  const char *column_mark; /* the last position located, and its column: */
  int column_at_mark;      /* later marks on the same line count on from it */
  DgYamlDiag *diag;
  DgModel *model;
  const DgLoadLimits *limits;
  gboolean in_taxonomy;
} DgYamlWalk;

/* Calls ITEM for each element of a sequence; FALSE (with an error) if NODE is not one. */
typedef void (*DgYamlItemFn) (DgYamlWalk *w, struct fy_node *item, DgLoc loc, gpointer user);

/* A mapping's pairs: key text, key location, value node. */
typedef struct {
  const char *key;
  DgLoc key_loc;
  struct fy_node *value;
  DgLoc value_loc;
} DgYamlPair;

/* A parsed file: the parser must outlive the document it produced. */
typedef struct {
  struct fy_parser *parser;
  struct fy_document *doc;
} DgYaml;

void dg_yaml_diag_init (DgYamlDiag *diag);
void dg_yaml_diag_clear (DgYamlDiag *diag);
/* All recorded problems sorted by position, one per line; NULL when none. */
char *dg_yaml_diag_message (DgYamlDiag *diag, const char *path);
/* Ends a load: clears DIAG and returns TRUE when nothing went wrong;
 * otherwise sets ERROR to IO_ERROR (taken) or to all recorded problems. */
gboolean dg_yaml_diag_finish (DgYamlDiag *diag, const char *path, GError *io_error, GError **error);
void dg_yaml_error (DgYamlDiag *diag, DgLoc loc, const char *format, ...) G_GNUC_PRINTF (3, 4);

/* Reads and parses PATH (W->file must name it) and makes it the walk's
 * current text: W->text then belongs to the caller.  FALSE when it cannot
 * be read (ERROR set) or parsed (problems recorded). */
gboolean dg_yaml_open (DgYamlWalk *w, const char *path, DgYaml *yaml, GError **error);
void dg_yaml_close (DgYaml *yaml);

/* Where NODE starts; PARENT when it has no token of its own (an empty flow
 * collection).  A collection is located at its first entry. */
DgLoc dg_yaml_loc (DgYamlWalk *w, struct fy_node *node, DgLoc parent);

/* Typed values: NULL/FALSE with a recorded problem when NODE is not one. */
char *dg_yaml_string (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what,
                      gboolean allow_empty);
char *dg_yaml_id (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what);
gboolean dg_yaml_int (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what,
                      gint64 min, gint64 max, gint64 *out);
gboolean dg_yaml_bool (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what,
                       gboolean *out);
GPtrArray *dg_yaml_strings (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what);
gboolean dg_yaml_each (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what,
                       DgYamlItemFn item, gpointer user);

/* The pairs of a mapping (DgYamlPair), keys outside ALLOWED (NULL-terminated)
 * reported and skipped. */
gboolean dg_yaml_pairs (DgYamlWalk *w, struct fy_node *node, DgLoc loc, const char *what,
                        const char *const *allowed, GArray *pairs);
const DgYamlPair *dg_yaml_find (GArray *pairs, const char *key);
gboolean dg_yaml_require (DgYamlWalk *w, GArray *pairs, DgLoc loc, const char *what,
                          const char *const *required);

/* Reads PATH (named FILE in messages) within LIMITS: I/O errors and the
 * size limit set ERROR; invalid UTF-8 or a NUL byte is recorded in DIAG
 * with its position and the contents are still returned. */
gboolean dg_yaml_read_file (const char *path, const DgLoadLimits *limits, const char *file,
                            char **contents, gsize *length, DgYamlDiag *diag, GError **error);

/* TRUE when ID is a valid id: ASCII letters, digits, '-', '_', '.'. */
gboolean dg_yaml_valid_id (const char *id);

G_END_DECLS
