/*
 * views.h — the views of a diagram, one file each: what each draws into
 * the DgDiagram it is given (draw.h); diagram.c picks one.
 */
#pragma once

#include "analysis/diff.h"
#include "render/diagram/draw.h"

G_BEGIN_DECLS

void dg_diagram_view_ownership (DgDiagram *d);
void dg_diagram_view_area (DgDiagram *d, int focus);
void dg_diagram_view_body (DgDiagram *d, int focus);
gboolean dg_diagram_view_coordination (DgDiagram *d, GError **error);
gboolean dg_diagram_view_diff (DgDiagram *d, const DgDiff *diff, GError **error);

G_END_DECLS
