/*
 * graph.h — the responsibility graph, held in igraph.
 *
 * One directed igraph_t with a vertex per body, then per area, then per
 * principle.  Edges: HOLDS body -> area (one per duty, body and area; a
 * class-wide duty is expanded to every body of its kinds), PARENT
 * child area -> parent area, REPORTS body -> its accountability parent,
 * EMBODIES principle -> body (a duty of the body names the principle's
 * watchword, e.g. 一岗双责; the duty is in the edge's holding).
 * Per-edge attributes live in parallel arrays indexed by igraph edge id.
 * Every analysis and renderer reads holdings from here, not from the model.
 * The graph borrows the model, which must outlive it.
 */
#pragma once

#include <igraph.h>

#include "model/model.h"

G_BEGIN_DECLS

typedef enum {
  DG_EDGE_HOLDS,
  DG_EDGE_PARENT,
  DG_EDGE_REPORTS,
  DG_EDGE_EMBODIES,
} DgEdgeKind;

/* One body holding one area through one duty. */
typedef struct {
  int body;
  int area;
  int duty;
  DgRole role;
  gboolean class_wide; /* bound through applies-to: never an overlap */
  gboolean with_upper;
} DgHolding;

typedef struct {
  const DgModel *model;
  igraph_t graph;
  igraph_integer_t n_bodies;
  igraph_integer_t n_areas;
  igraph_integer_t n_principles;
  GArray *edge_kind;     /* DgEdgeKind per edge */
  GArray *edge_holding;  /* DgHolding per edge (meaningful for HOLDS only) */
  igraph_inclist_t in_edges;
  igraph_inclist_t out_edges;
  GArray **body_duties;  /* per body: int duty indexes that bind it, in model order */
} DgGraph;

#define DG_GRAPH_ERROR (dg_graph_error_quark ())
GQuark dg_graph_error_quark (void);

/* TRUE when an igraph call returned success; else sets ERROR
 * (DG_GRAPH_ERROR) naming the call WHAT and igraph's reason. */
gboolean dg_igraph_ok (igraph_error_t code, const char *what, GError **error);

/* Installs a non-aborting igraph error handler; call once at start-up. */
void dg_graph_init_library (void);

/* igraph as Debian packages it is built without thread safety
 * (IGRAPH_THREAD_SAFE 0): its error-cleanup stack and random generator are
 * globals.  Code that calls igraph while models are analysed in parallel
 * holds this (recursive) lock; dg_graph_build() and dg_graph_free() take
 * it themselves. */
void dg_graph_igraph_lock (void);
void dg_graph_igraph_unlock (void);

DgGraph *dg_graph_build (const DgModel *model, GError **error);
void dg_graph_free (DgGraph *graph);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgGraph, dg_graph_free)

static inline igraph_integer_t
dg_graph_body_vertex (const DgGraph *graph, int body)
{
  (void) graph;
  return body;
}

static inline igraph_integer_t
dg_graph_area_vertex (const DgGraph *graph, int area)
{
  return graph->n_bodies + area;
}

static inline igraph_integer_t
dg_graph_principle_vertex (const DgGraph *graph, int principle)
{
  return graph->n_bodies + graph->n_areas + principle;
}

/* The body BODY reports to (its REPORTS edge), or -1. */
int dg_graph_reports_to (const DgGraph *graph, int body);

/* Duties embodying a principle, as DgHoldings with area -1 (body and duty
 * set), in model duty order (new array). */
GArray *dg_graph_principle_duties (const DgGraph *graph, int principle);

/* Direct holdings of an area, in model duty order (new array of DgHolding). */
GArray *dg_graph_area_holdings (const DgGraph *graph, int area);

/* Holdings of a body, in model duty order (new array of DgHolding). */
GArray *dg_graph_body_holdings (const DgGraph *graph, int body);

/* Child areas of an area, in model order (new array of int). */
GArray *dg_graph_area_children (const DgGraph *graph, int area);

/* Distinct areas BODY leads, and those it holds only in support, through
 * its own duties (class-wide holdings left out). */
void dg_graph_body_area_counts (const DgGraph *graph, int body, guint *lead, guint *support);

/* Number of distinct bodies among HOLDINGS (class-wide ones skipped if asked). */
guint dg_holdings_distinct_bodies (const GArray *holdings, gboolean skip_class_wide);

G_END_DECLS
