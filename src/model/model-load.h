/*
 * model-load.h — reading a model file (and its taxonomy) into a DgModel.
 *
 * Owns the YAML side: it parses with libfyaml, checks every key, type and
 * reference, and reports every problem as FILE:LINE:COL: error: message.
 * All problems found (up to DG_LOAD_MAX_ERRORS) are joined, one per line,
 * into the GError's message; on error nothing is returned.
 */
#pragma once

#include "model/model.h"

G_BEGIN_DECLS

#define DG_LOAD_ERROR (dg_load_error_quark ())
GQuark dg_load_error_quark (void);

typedef enum {
  DG_LOAD_ERROR_IO,      /* cannot read the file */
  DG_LOAD_ERROR_INVALID, /* the file is not a valid model */
} DgLoadError;

#define DG_LOAD_MAX_ERRORS 50

/* Upper bounds on what a model may hold; exceeding one is an error. */
typedef struct {
  gsize max_file_bytes; /* default 64 MiB */
  guint max_depth;      /* YAML nesting depth, default 64 */
} DgLoadLimits;

void dg_load_limits_init (DgLoadLimits *limits);

/* Loads PATH; returns NULL and sets ERROR on any problem.  Safe to call
 * from several threads at once.  A taxonomy and an upper model (`upper:`)
 * named by many models are read once per process (per limits) while their
 * files keep the same bytes; the model's upper_model is borrowed from that
 * cache. */
DgModel *dg_model_load (const char *path, const DgLoadLimits *limits, GError **error);

/* Frees the taxonomies and upper models kept by dg_model_load(); models
 * loaded before then must not look at their upper_model any more. */
void dg_model_load_cache_clear (void);
/* Reads the areas of the taxonomy at PATH into MODEL, which has none yet,
 * as a model's `taxonomy:` key does (model->taxonomy set to PATH); for
 * readers of other formats that take their areas from a taxonomy. */
gboolean dg_model_load_taxonomy (DgModel *model, const char *path, const DgLoadLimits *limits,
                                 GError **error);
/* Loads a taxonomy file alone: a model with its areas and nothing else
 * (model->taxonomy is PATH, every area from_taxonomy). */
DgModel *dg_taxonomy_load (const char *path, const DgLoadLimits *limits, GError **error);

G_END_DECLS
