/*
 * report-html.h — the whole analysis of one model as one HTML file that
 * needs nothing else: summary figures, findings with the clauses to cite,
 * principle verdicts, the ownership diagram (inline SVG), the matrix, and
 * a script for search, click-to-highlight and filters that reads its data
 * from an embedded JSON block.  Nothing is fetched: a Content-Security-
 * Policy forbids it, so the file works from a USB stick or a chat
 * attachment.
 */
#pragma once

#include "analysis/findings.h"
#include "render/diagram.h"

G_BEGIN_DECLS

/* DIAGRAM gives the font and layout limits of the ownership diagram (its
 * kind is ignored).  A diagram too large for the limits is left out with a
 * note saying why, and the rest of the report is written; fails
 * (DG_RENDER_ERROR) only when Graphviz itself fails or a font is refused. */
/* ORG (may be NULL) is the 编制单位 the header names with the date and
 * version (render/provenance.h). */
GBytes *dg_report_html (const DgReport *report, const DgDiagramOptions *diagram, const char *org,
                        GError **error);

G_END_DECLS
