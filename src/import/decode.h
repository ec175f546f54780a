/*
 * decode.h — the document's bytes as UTF-8 lines.
 *
 * Owns encodings (UTF-8, with or without BOM; UTF-16 with a BOM; GB18030,
 * which includes GBK and GB2312, detected when the bytes are not UTF-8 or
 * named with --encoding), refusing binary data, and splitting into lines
 * (LF, CRLF or CR) with their numbers.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ENCODING NULL: detect.  Returns the text as UTF-8 (no BOM, no NUL) or
 * NULL with an error naming PATH, and LINE:COL where the bytes go wrong.
 * *USED gets the encoding read (static string). */
char *dg_import_decode (const char *path, const char *data, gsize length, const char *encoding,
                        const char **used, GError **error);

G_END_DECLS
