/*
 * reader.h — a document file as the importer's input text.
 *
 * Owns recognising a file's format by its content, not its name (a zip
 * holding word/document.xml, an ODF zip, %PDF, an OLE2 compound file, {\rtf,
 * else text), refusing what cannot be read, and handing the rest to the
 * reader of its format: text (decode.c), .docx (read-docx.c), .pdf
 * (read-pdf.c), .doc/.wps/.rtf/.odt through LibreOffice (read-convert.c).
 *
 * Every reader gives the same text: UTF-8, one paragraph a line; Word's
 * automatic numbering as its number text at the start of its paragraph; a
 * table as one line per row, its cells separated by TAB, with a blank line
 * before and after the table.  The importer's line numbers are lines of
 * this text.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The text of the document in DATA (LENGTH bytes; PATH names it in
 * errors).  ENCODING is for text documents only (NULL: detect, as
 * decode.h says).  Returns UTF-8 text, *TEXT_LENGTH its length, or NULL
 * with an error in DG_IMPORT_ERROR naming PATH, and the part or position
 * where there is one. */
char *dg_reader_read (const char *path, const char *data, gsize length, const char *encoding,
                      gsize *text_length, GError **error);

G_END_DECLS
