/*
 * output.h — writing results without ever leaving a partial file.
 *
 * "-" means stdout.  Any other path is written to a temporary file in the
 * same directory, flushed and renamed over the target, so an error leaves
 * the old target intact and no temporary file behind.  A target that is
 * one of the inputs (same file, under any name) is refused, and so is one
 * that exists and is not a regular file (a directory, a FIFO, a device, a
 * symbolic link that resolves to nothing): the rename would replace it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DG_OUTPUT_ERROR (dg_output_error_quark ())
GQuark dg_output_error_quark (void);

typedef enum {
  DG_OUTPUT_ERROR_REFUSED, /* the target is one of the inputs, or not a regular file */
  DG_OUTPUT_ERROR_WRITE,   /* the target cannot be written: no directory, a full disk, stdout closed */
  DG_OUTPUT_ERROR_LIMIT,   /* what would be written is more than the tool reads back under its limits */
} DgOutputError;

/* Refuses OUTPUT when it names the same file as any of INPUTS (NULL-terminated)
 * or exists and is not a regular file. */
gboolean dg_output_check_not_input (const char *output, const char *const *inputs, GError **error);

/* Writes DATA (LEN bytes) to PATH ("-" for stdout) atomically; refuses a
 * PATH that exists and is not a regular file. */
gboolean dg_output_write (const char *path, const void *data, gsize len, GError **error);

G_END_DECLS
