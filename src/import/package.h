/*
 * package.h — a zip package (.docx, .odt) opened from memory with libzip,
 * and its parts read within limits.
 *
 * Owns the zip-bomb bounds: a part is refused before it is inflated when
 * the size its directory declares is over DG_PACKAGE_MAX_PART or its ratio
 * to the compressed size is over DG_PACKAGE_MAX_RATIO, and while it is
 * inflated when it yields more than it declared.  Encrypted entries are
 * refused.  Errors name the file and the part.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Bounds of one part, uncompressed: its size, and its size per byte stored
 * (XML compresses 10 to 30 times; a zip bomb thousands of times). */
#define DG_PACKAGE_MAX_PART ((gsize) 64 * 1024 * 1024)
#define DG_PACKAGE_MAX_RATIO 200

typedef struct _DgPackage DgPackage;

/* Opens the zip in DATA (which must outlive the package), checking the
 * archive's consistency.  NULL and an error naming PATH when it is not a
 * readable zip. */
DgPackage *dg_package_open (const char *path, const char *data, gsize length, GError **error);
void dg_package_free (DgPackage *package);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgPackage, dg_package_free)

gboolean dg_package_has (DgPackage *package, const char *name);

/* The part NAME's bytes (NUL-terminated; *LENGTH without the NUL), or NULL
 * with an error naming the file and the part. */
char *dg_package_read (DgPackage *package, const char *name, gsize *length, GError **error);

G_END_DECLS
