/*
 * coverage.h — the one rule of who holds an area (docs/coverage.md).
 *
 * Every check, query, statistic, proposal and diagram asks this module who
 * holds an area and whether someone leads it, so that they cannot disagree.
 * The rule:
 *   - a duty on an area holds the area and every area under it; a duty on an
 *     area under A reaches A (A is not wholly unheld) but holds none of A's
 *     other children;
 *   - each holding has an aspect: the duty's `aspect:`, else its body's, else
 *     `territorial` for a government, party or village (属地), a leader's
 *     body's aspect, else `sector` (行业监管).  Two leads overlap only on one aspect,
 *     never when one body answers to the other (reports-to), and never
 *     between territorial holders (the town and its villages: 分级负责);
 *   - a common duty (applies-to) holds and leads, but never overlaps;
 *   - a holding that assists an authority above the town means that
 *     authority leads the area.
 */
#pragma once

#include "graph/graph.h"

G_BEGIN_DECLS

typedef enum {
  DG_COVER_UNHELD,   /* no duty on the area, above it or under it */
  DG_COVER_BELOW,    /* only duties on areas under it (a parent area) */
  DG_COVER_UNLED,    /* held, only in supporting roles, no authority above */
  DG_COVER_UPPER,    /* held in the town only in support of an authority above */
  DG_COVER_LED,      /* one body leads per aspect */
  DG_COVER_CONFLICT, /* two or more bodies lead on one aspect (多头) */
} DgCoverState;

typedef struct {
  DgCoverState state;
  GArray *holdings;    /* DgHolding on the area or an ancestor (holding.area says
                        * which), nearest first, then model duty order; never NULL */
  GArray *lead_bodies; /* distinct bodies leading through their own duties */
  guint n_bodies;      /* distinct bodies holding through their own duties */
  guint n_aspects;     /* distinct aspects among the leads */
  gboolean common_lead;/* a common duty (applies-to) leads it */
  gboolean via_upper;  /* some holder assists an authority above the town */
} DgAreaCover;

typedef struct DgCoverage DgCoverage;

DgCoverage *dg_coverage_new (const DgGraph *graph);
void dg_coverage_free (DgCoverage *coverage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgCoverage, dg_coverage_free)

const DgAreaCover *dg_coverage_area (const DgCoverage *coverage, int area);
/* TRUE when a duty on the area, an ancestor or a descendant reaches it. */
gboolean dg_coverage_reached (const DgCoverage *coverage, int area);
/* The aspect of a holding under the rule above (never NULL). */
const char *dg_coverage_aspect (const DgCoverage *coverage, const DgHolding *holding);
/* TRUE when two holdings of different bodies would both answer for the same
 * thing: both lead, neither is a common duty, their aspects are equal and
 * neither body reports to the other. */
gboolean dg_coverage_overlap (const DgCoverage *coverage, const DgHolding *a, const DgHolding *b);
/* TRUE when one of the two bodies answers to the other (reports-to, at any
 * distance): one line of command, never two holders or a coordinating pair. */
gboolean dg_coverage_in_line (const DgModel *model, int a, int b);
/* Whether BODY holds AREA (directly or through an ancestor) in its own duties;
 * LEADS is set when one of them leads. */
gboolean dg_coverage_body_holds (const DgCoverage *coverage, int area, int body, gboolean *leads);

G_END_DECLS
