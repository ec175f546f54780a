/*
 * read-docx.h — a .docx (Office Open XML) document as the importer's
 * input text: paragraphs with Word's automatic numbering rendered from
 * numbering.xml, tables as TAB-separated rows (reader.h says the format).
 */
#pragma once

#include "import/package.h"

G_BEGIN_DECLS

/* The text of the open PACKAGE (PATH names it in errors), or NULL with an
 * error naming the file and part. */
char *dg_read_docx (const char *path, DgPackage *package, GError **error);

/* The number N written in the Word number format FORMAT (w:numFmt's value:
 * decimal, chineseCounting, decimalEnclosedCircle, ...); an unknown format
 * is decimal, none and bullet are empty.  Exposed for the unit test. */
char *dg_docx_format_number (const char *format, int n);

G_END_DECLS
