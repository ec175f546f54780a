/*
 * read-xlsx.h — a workbook as the importer's input text.
 *
 * A 责任清单 or 权责清单 kept in Excel or WPS is a table and nothing else:
 * each worksheet's rows become lines, TAB between cells, a blank line
 * between worksheets, which is how every reader gives a table (table.h
 * then finds its header).  The workbook itself is read by sheet.h.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *dg_read_xlsx (const char *path, const char *data, gsize length, GError **error);

G_END_DECLS
