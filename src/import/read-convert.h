/*
 * read-convert.h — documents in the formats only an office suite reads
 * (.doc, .wps, .rtf, .odt), converted to .docx by LibreOffice (soffice
 * --headless) in a private temporary directory with a profile of its own
 * and a time limit, then read as a .docx.  The program is soffice (or
 * libreoffice) on PATH, or the one DUTYGRAPH_SOFFICE names (empty: none);
 * without it the message says how to proceed.  Also: an OLE2 compound file (.doc, .wps, or an
 * encrypted OOXML document) inspected with libgsf.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* LibreOffice's time limit, seconds. */
#define DG_CONVERT_TIMEOUT 120

/* DATA through soffice as a file named in.EXTENSION (doc, wps, rtf, odt:
 * the extension LibreOffice's filter detection starts from). */
char *dg_read_convert (const char *path, const char *data, gsize length, const char *extension,
                       GError **error);

/* An OLE2 compound file: refused when it is an encrypted document (an
 * OOXML package behind a password, or a .doc with its encryption flag),
 * else converted as .doc (a WordDocument stream) or .wps. */
char *dg_read_ole (const char *path, const char *data, gsize length, GError **error);

G_END_DECLS
