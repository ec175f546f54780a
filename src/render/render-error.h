/*
 * render-error.h — how a writer of results fails: the render layer's
 * error domain.  main.c maps each code to an exit status (docs/cli.md).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DG_RENDER_ERROR (dg_render_error_quark ())
GQuark dg_render_error_quark (void);

typedef enum {
  DG_RENDER_ERROR_FORMAT,   /* an output format (or its font) the writer does not know */
  DG_RENDER_ERROR_VIEW,     /* a diagram view that does not fit the model */
  DG_RENDER_ERROR_LIMIT,    /* the layout passed its time or memory limit */
  DG_RENDER_ERROR_FILE,     /* a temporary file a library needs cannot be made or read */
  DG_RENDER_ERROR_GRAPHVIZ, /* Graphviz failed */
  DG_RENDER_ERROR_WORKBOOK, /* libxlsxwriter failed */
  DG_RENDER_ERROR_CAPACITY, /* the model is larger than the format holds (XLSX's columns or rows) */
  DG_RENDER_ERROR_PRINTER,  /* no Chromium to print a PDF with, or it failed or ran too long */
} DgRenderError;

G_END_DECLS
