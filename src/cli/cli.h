/*
 * cli.h — what every subcommand shares.
 *
 * Adding a subcommand: write cli/cmd-NAME.c with a DG_COMMAND_DECLARE'd
 * entry point, add its row to the table in main.c, its file to
 * src/meson.build, a page section in docs/cli.md, and a test directory
 * under tests/cli/.  A command parses its own options (GOption), does its
 * work through the layers below, writes data to stdout or -o, and returns
 * FALSE with ERROR set when it fails, in the domain of the layer that
 * failed; it never prints an error nor picks an exit status itself: main()
 * prints the error and maps its domain and code to the status
 * (docs/cli.md).  Its own errors are about the command line only.
 */
#pragma once

#include <glib.h>

#include "analysis/findings.h"
#include "cli/inputs.h"
#include "model/model-load.h"
#include "render/diagram.h"

G_BEGIN_DECLS

#define DG_CLI_ERROR (dg_cli_error_quark ())
GQuark dg_cli_error_quark (void);

typedef enum {
  DG_CLI_ERROR_USAGE, /* the arguments: an option, a missing operand, a query naming nothing */
} DgCliError;

/* What a command that succeeded tells main() besides success. */
typedef struct {
  gboolean findings; /* findings at or above --fail-on: exit status 1 */
} DgRun;

/* A subcommand: TRUE when done (RUN says whether it found anything), FALSE with ERROR set. */
typedef gboolean (*DgCommandFn) (int argc, char **argv, DgRun *run, GError **error);

#define DG_COMMAND_DECLARE(name) \
  gboolean dg_cmd_##name (int argc, char **argv, DgRun *run, GError **error)

DG_COMMAND_DECLARE (check);
DG_COMMAND_DECLARE (who);
DG_COMMAND_DECLARE (what);
DG_COMMAND_DECLARE (render);
DG_COMMAND_DECLARE (stats);
DG_COMMAND_DECLARE (calendar);
DG_COMMAND_DECLARE (restructure);
DG_COMMAND_DECLARE (diff);
DG_COMMAND_DECLARE (matrix);
DG_COMMAND_DECLARE (report);
DG_COMMAND_DECLARE (import);
DG_COMMAND_DECLARE (eval);
DG_COMMAND_DECLARE (list);
DG_COMMAND_DECLARE (division);
DG_COMMAND_DECLARE (rectification);

typedef enum {
  DG_FORMAT_TEXT,
  DG_FORMAT_JSON,
} DgReportFormat;

/* Parses --format text|json. */
gboolean dg_cli_parse_report_format (const char *name, DgReportFormat *format, GError **error);

/* The reference taxonomy `import` uses without --taxonomy (new string):
 * the bundled safety-areas of the data directory (util/data-dir.h: the
 * build directory's copy, or the installed one); NULL when it is not there. */
char *dg_cli_default_taxonomy (void);

/* Parses --fail-on: error, warning, info, or none (*NEVER set: never fail). */
gboolean dg_cli_parse_fail_on (const char *name, DgSeverity *threshold, gboolean *never,
                               GError **error);

/* Refuses a negative -j/--jobs (0 means the number of processors). */
gboolean dg_cli_parse_jobs (gint jobs, GError **error);

/* Options every model-reading command shares (resource limits). */
typedef struct {
  gint64 max_file_bytes;
  gint max_depth;
} DgCliLimits;

GOptionGroup *dg_cli_limits_group (DgCliLimits *limits);
void dg_cli_limits_apply (const DgCliLimits *limits, DgLoadLimits *out);

/* Limits on a diagram's layout, which runs in a child process. */
typedef struct {
  double seconds;
  gint64 mib;
} DgCliLayout;

GOptionGroup *dg_cli_layout_group (DgCliLayout *layout);
/* Checks the values and copies them into OPTIONS. */
gboolean dg_cli_layout_apply (const DgCliLayout *layout, DgDiagramOptions *options,
                              GError **error);

/* Loads a model and builds its graph; sets ERROR on bad input.
 * OUTPUT (NULL or "-" for none) is refused when it is one of the files the
 * model was read from — the model or its taxonomy — under any name. */
gboolean dg_cli_load (const char *path, const DgCliLimits *limits, const char *output,
                      DgModel **model, DgGraph **graph, GError **error);

/* dg_cli_load() for one of many inputs: a file found through a directory
 * or a pattern that is not a model (the taxonomy beside the towns) is
 * skipped — FALSE with no error set. */
gboolean dg_cli_load_input (const DgInput *input, const DgCliLimits *limits, const char *output,
                            DgModel **model, DgGraph **graph, GError **error);

/* Refuses OUTPUT when it is one of the files MODEL was read from or names
 * (the model, its taxonomy, its `source:` document, the models above it
 * and theirs), under any name. */
gboolean dg_cli_check_output_not_model (const char *output, const DgModel *model, GError **error);

/* Makes a GOptionContext with the command's summary and description,
 * given untranslated (N_): GOption translates them when it prints help. */
GOptionContext *dg_cli_context (const char *parameter, const char *summary, const char *description);

/* Parses argv; turns GOption errors into DG_CLI_ERROR_USAGE. */
gboolean dg_cli_parse (GOptionContext *context, int *argc, char ***argv, GError **error);

G_END_DECLS
