/*
 * style.h — the colours of the diagrams (style.c): text and lines, the
 * findings' marks (red and yellow belong to findings and nothing else),
 * the kinds of body, the wall chart's line palette, the graph's defaults.
 */
#pragma once

#include <cgraph.h>

#include "model/model.h"

G_BEGIN_DECLS

#define COLOR_TEXT "#222222"
#define COLOR_LINE "#444444"
#define COLOR_NOTE "#666666"
#define COLOR_DIM "#a0a0a0"
#define COLOR_DIM_FILL "#f3f3f3"
#define COLOR_TREE "#c8c8c8"
#define COLOR_CLUSTER_LINE "#b8c4d0"
#define COLOR_CLUSTER_FILL "#f7f9fb"
#define COLOR_CONFLICT_FILL "#f9d0d0"
#define COLOR_CONFLICT_LINE "#c62828"
#define COLOR_SHARED_FILL "#fff1a8"
#define COLOR_SHARED_LINE "#b89b00"
#define COLOR_UNCOVERED "#8c8c8c"

/* The diff view's: a holding added, removed, or carried to another body. */
#define COLOR_DIFF_ADDED "#2e7d32"
#define COLOR_DIFF_REMOVED "#c62828"
#define COLOR_DIFF_MOVED "#1565c0"

extern const char *const dg_diagram_kind_fill[DG_KIND_COUNT];

#define DG_DIAGRAM_LINE_COLORS 10
extern const char *const dg_diagram_line_palette[DG_DIAGRAM_LINE_COLORS];

/* Fonts, sizes and colours of G's graph, nodes and edges; FALSE when
 * cgraph refuses one. */
gboolean dg_diagram_set_defaults (Agraph_t *g, const char *font);

G_END_DECLS
