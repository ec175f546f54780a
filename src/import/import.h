/*
 * import.h — turning the text of a responsibility document into a model.
 *
 * The importer owns everything between the document's bytes and a DgModel:
 * decoding (decode.c), the numbered outline (outline.c), the header
 * (header.c), bodies, their names and the positions and partners a
 * sentence names (bodies.c), the roles of an item's clauses (roles.c),
 * task lists that name their holders (assignment.c), area tagging through
 * the taxonomy's keywords (areas.c), and the walk that assembles them
 * (import.c).  Every duty it
 * makes carries a confidence and the reason for its role and areas.
 */
#pragma once

#include "model/model.h"

G_BEGIN_DECLS

#define DG_IMPORT_ERROR (dg_import_error_quark ())
GQuark dg_import_error_quark (void);

typedef enum {
  DG_IMPORT_ERROR_IO,        /* cannot read the file */
  DG_IMPORT_ERROR_ENCODING,  /* not text, or not in the encoding given/detected */
  DG_IMPORT_ERROR_STRUCTURE, /* no numbered structure a duty list could be read from */
  DG_IMPORT_ERROR_FORMAT,    /* a document file that cannot be read: corrupt, encrypted, no text */
} DgImportError;

/* Duties below this confidence are listed by --review. */
#define DG_IMPORT_DOUBT 70

typedef struct {
  const char *encoding;   /* NULL: UTF-8, else GB18030 when the text is not UTF-8 */
  gsize max_file_bytes;   /* 0: no limit */
} DgImportOptions;

/* Imports the document at PATH.  TAXONOMY is a model holding the areas
 * (dg_taxonomy_load); the result refers to TAXONOMY->taxonomy and holds
 * copies of its areas.  Errors name PATH (and LINE:COL where there is one). */
DgModel *dg_import_file (const char *path, const DgModel *taxonomy, const DgImportOptions *options,
                         GError **error);

/* The same from bytes already read; PATH only names them in errors and
 * becomes the model's document source. */
DgModel *dg_import_bytes (const char *path, const char *data, gsize length,
                          const DgModel *taxonomy, const DgImportOptions *options, GError **error);

G_END_DECLS
