/*
 * workbook.h — an Excel workbook as bytes.  libxlsxwriter writes only to a
 * named file, so the workbook is written in a private temporary directory
 * and read back; the command then writes the bytes like any other output.
 * The creation time is fixed (the zip entries carry no clock time either),
 * so the same content gives the same bytes.  What goes into the workbook
 * is its caller's: the matrix, the office sheets.
 */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/* Adds the formats and worksheets to WB; returns the first libxlsxwriter
 * error met, or LXW_NO_ERROR. */
typedef lxw_error (*DgWorkbookFill) (lxw_workbook *wb, gconstpointer data);

/* The bytes of the workbook FILL writes from DATA, with TITLE and COMPANY
 * (or NULL) as its document properties, escaped for XML.  NULL with
 * DG_RENDER_ERROR_FILE when the temporary file cannot be written (a full
 * disk), DG_RENDER_ERROR_WORKBOOK when libxlsxwriter fails otherwise. */
GBytes *dg_workbook_bytes (const char *title, const char *company, DgWorkbookFill fill,
                           gconstpointer data, GError **error);

G_END_DECLS
