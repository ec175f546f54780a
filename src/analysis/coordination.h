/*
 * coordination.h — the coordination network: the responsibility graph
 * projected onto bodies.  Two bodies must coordinate where their duties
 * meet: both hold the same leaf area under the coverage rule (coverage.h),
 * the areas named in the pair.  Communities of the network are candidate
 * joint working groups;
 * betweenness says who sits between groups.
 */
#pragma once

#include "graph/graph.h"

G_BEGIN_DECLS

typedef struct {
  int a, b;       /* body indexes, a < b */
  guint weight;   /* number of shared areas (below) */
  GArray *areas;  /* int leaf area indexes both bodies hold (coverage.h), model order */
} DgCoordPair;

typedef struct {
  const DgGraph *graph;
  GPtrArray *pairs;      /* of DgCoordPair*, heaviest first, then by a, then b */
  GArray *community;     /* int per body: community from 0, or -1 when the body is in none */
  guint n_communities;   /* communities of two or more bodies, numbered by their first body */
  double modularity;     /* of the partition, on the weighted network */
  GArray *betweenness;   /* double per body, unweighted, undirected */
} DgCoordination;

/* Fixed seed of the community search, so a model always gives the same groups. */
#define DG_COMMUNITY_SEED 47

DgCoordination *dg_coordination_build (const DgGraph *graph, GError **error);
void dg_coordination_free (DgCoordination *coordination);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgCoordination, dg_coordination_free)

G_END_DECLS
