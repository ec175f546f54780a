/*
 * model-write.h — writing a DgModel back as a model file.
 *
 * The inverse of model-load.h: what it writes loads again into the same
 * model (comments and the original layout are not kept).  The taxonomy
 * stays a reference; only the model's own areas are written.  Paths inside
 * the model (taxonomy, document source) are rewritten relative to where
 * the file will be.
 */
#pragma once

#include "model/model.h"

G_BEGIN_DECLS

#define DG_WRITE_ERROR (dg_write_error_quark ())
GQuark dg_write_error_quark (void);

/* MODEL as YAML text, for a file at TARGET ("-" or NULL: paths relative to
 * the current directory).  Fails only when the YAML emitter fails. */
char *dg_model_write_yaml (const DgModel *model, const char *target, GError **error);

/* PATH relative to directory DIR (both made absolute first), with ".."
 * where needed; PATH itself when they share nothing but the root. */
char *dg_path_relative_to (const char *dir, const char *path);

G_END_DECLS
