/*
 * fragility.h — load and fragility: how much each body carries, which
 * expected areas hang on a single body, and which bodies a restructuring
 * cannot dissolve without leaving areas uncovered.
 */
#pragma once

#include "analysis/coordination.h"

G_BEGIN_DECLS

typedef struct {
  int body;
  guint lead_areas;     /* distinct areas it holds in a lead role */
  guint support_areas;  /* distinct areas it holds, but never leads */
  guint lead_duties;    /* lead duties that name it (not as one of a class) */
  double lead_share;    /* lead_duties over all such lead duties of the model, 0..1 */
  double betweenness;   /* in the coordination network */
  guint single_points;  /* expected areas it alone holds: uncovered if it goes */
} DgBodyLoad;

/* An expected leaf area (not exempt) that exactly one body holds. */
typedef struct {
  int area;
  int body;
} DgSinglePoint;

typedef struct {
  GArray *loads;          /* DgBodyLoad per body, model order */
  guint total_lead_duties;
  GArray *single_points;  /* DgSinglePoint, model order of areas */
  GArray *removal;        /* int body indexes with single points, most first, then model order */
} DgFragility;

DgFragility *dg_fragility_build (const DgGraph *graph, const DgCoordination *coordination);
void dg_fragility_free (DgFragility *fragility);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgFragility, dg_fragility_free)

G_END_DECLS
