/*
 * diagram.h — responsibility diagrams: who holds which duty area, drawn
 * with Graphviz (laid out in-process through cgraph and gvc).
 *
 * Four views of one checked model: the ownership wall chart (every body
 * that holds an area, areas grouped by top-level category), one area with
 * its sub-areas and holders, one body with its areas and the other
 * holders it must coordinate with, and the coordination network of all
 * bodies (coordination.h) with its communities; and the change between two
 * models (diff.h): holdings added, removed and carried to another body.
 * Findings of the report colour the areas.  The same model always gives byte-identical DOT and SVG.
 */
#pragma once

#include "analysis/diff.h"

G_BEGIN_DECLS

typedef enum {
  DG_VIEW_OWNERSHIP,
  DG_VIEW_AREA,
  DG_VIEW_BODY,
  DG_VIEW_COORDINATION,
  DG_VIEW_DIFF,
} DgViewKind;

#define DG_DIAGRAM_DEFAULT_FONT "Noto Sans CJK SC"

typedef struct {
  DgViewKind kind;
  int index;        /* area index for DG_VIEW_AREA, body index for DG_VIEW_BODY */
  const char *font; /* NULL for DG_DIAGRAM_DEFAULT_FONT */
  const DgDiff *diff; /* DG_VIEW_DIFF: the change to draw; the report passed is its new one */
  /* Layout runs in a child process with these limits; 0 means the default. */
  double layout_seconds;
  guint64 layout_mib;
} DgDiagramOptions;

#define DG_DIAGRAM_DEFAULT_LAYOUT_SECONDS 120.0
#define DG_DIAGRAM_DEFAULT_LAYOUT_MIB G_GUINT64_CONSTANT (4096)

/* Renders REPORT's graph in FORMAT: "svg", "png", "pdf", or "dot" (the
 * graph before layout, for people who edit it and run dot themselves).
 * Fails in DG_RENDER_ERROR (render-error.h): an unknown format or a font
 * Graphviz cannot take is _FORMAT, a view that does not fit the model
 * _VIEW, a layout that passes the time or memory limit (OPTIONS->layout_*)
 * _LIMIT, a Graphviz failure _GRAPHVIZ.  Not thread-safe: Graphviz error reporting is
 * process-wide. */
GBytes *dg_render_diagram (const DgReport *report, const DgDiagramOptions *options,
                           const char *format, GError **error);

G_END_DECLS
