/*
 * read-pdf.h — the text layer of a PDF, read with poppler-glib, as the
 * importer's input text: in reading order, lines that a page wrapped
 * joined into their paragraphs, running heads, feet and page numbers
 * removed.  A PDF without text (a scan) is refused.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *dg_read_pdf (const char *path, const char *data, gsize length, GError **error);

G_END_DECLS
