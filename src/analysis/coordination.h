/*
 * coordination.h — the coordination network: the responsibility graph
 * projected onto bodies.  Two bodies must coordinate where their duties
 * meet: both hold an area, or areas in the same field (派出所 holds the
 * public security of fireworks, 市场监管所 their quality: both work in
 * 烟花爆竹).  Communities of the network are candidate joint working groups;
 * betweenness says who sits between groups.
 */
#pragma once

#include "graph/graph.h"

G_BEGIN_DECLS

typedef struct {
  int a, b;       /* body indexes, a < b */
  guint weight;   /* number of shared areas (below) */
  GArray *areas;  /* int area indexes both bodies reach, the most specific only, model order */
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
