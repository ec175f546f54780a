/*
 * coordination.c — owns the projection of the responsibility graph onto
 * bodies, its weights and shared-area lists, its communities (igraph's
 * multilevel/Louvain, modularity, fixed seed) and betweenness.
 *
 * Two bodies must coordinate where both hold the same leaf area under the
 * coverage rule (coverage.h, docs/coverage.md): a duty on an area holds the
 * areas under it, so 派出所 on 消防安全监督管理 and 文旅办 on 公众聚集场所 meet
 * there; merely working in the same top-level field (教委 on school
 * laboratories' chemicals, 邮政支局 on 寄递) is not a shared area.  Duties bound
 * through applies-to are left out (they would tie every department to every
 * other), and so are a body and one it answers to (reports-to: a leader
 * and its office, a department and the government).  A pair's list names
 * the shared leaf areas; its weight is their
 * number.  igraph
 * projects the bipartite body–area graph to find the pairs, so the cost
 * is that of the pairs that exist, not of all pairs of bodies.
 */
#include <glib/gi18n.h>

#include "analysis/coordination.h"
#include "analysis/coverage.h"

static void
pair_free (DgCoordPair *pair)
{
  g_array_unref (pair->areas);
  g_free (pair);
}

void
dg_coordination_free (DgCoordination *c)
{
  if (c == NULL)
    return;
  g_ptr_array_unref (c->pairs);
  g_array_unref (c->community);
  g_array_unref (c->betweenness);
  g_free (c);
}

/* Per body, the sorted leaf areas it holds through its own duties. */
static GArray **
holdings_by_body (const DgGraph *graph)
{
  const DgModel *m = graph->model;
  g_autoptr (DgCoverage) coverage = dg_coverage_new (graph);
  GArray **reach = g_new0 (GArray *, graph->n_bodies + 1);
  for (igraph_integer_t b = 0; b < graph->n_bodies; b++)
    reach[b] = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint a = 0; a < m->areas->len; a++)
    {
      if (!dg_model_area_is_leaf (m, (int) a))
        continue;
      const GArray *holdings = dg_coverage_area (coverage, (int) a)->holdings;
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          GArray *r = reach[h->body];
          if (!h->class_wide && (r->len == 0 || g_array_index (r, int, r->len - 1) != (int) a))
            {
              int area = (int) a;
              g_array_append_val (r, area);
            }
        }
    }
  return reach;
}

/* The areas in both sorted lists. */
static GArray *
shared_areas (const GArray *x, const GArray *y)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0, j = 0; i < x->len && j < y->len;)
    {
      int a = g_array_index (x, int, i), b = g_array_index (y, int, j);
      if (a == b)
        g_array_append_val (out, a);
      i += a <= b;
      j += b <= a;
    }
  return out;
}

static gint
compare_pairs (gconstpointer a, gconstpointer b)
{
  const DgCoordPair *x = *(const DgCoordPair *const *) a, *y = *(const DgCoordPair *const *) b;
  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  return x->b < y->b ? -1 : x->b > y->b;
}

/* The pairs of bodies that share an area, through igraph's projection of
 * the bipartite body–area graph. */
static gboolean
find_pairs (DgCoordination *c, GArray **reach, GError **error)
{
  const DgGraph *g = c->graph;
  const igraph_integer_t nb = g->n_bodies, na = g->n_areas;
  igraph_vector_int_t ends;
  igraph_vector_bool_t types;
  if (!dg_igraph_ok (igraph_vector_int_init (&ends, 0), "vector_init", error))
    return FALSE;
  gboolean ok = FALSE;
  if (igraph_vector_bool_init (&types, nb + na) != IGRAPH_SUCCESS)
    goto out_ends;
  for (igraph_integer_t b = 0; b < nb; b++)
    for (guint i = 0; i < reach[b]->len; i++)
      {
        igraph_vector_int_push_back (&ends, b);
        igraph_vector_int_push_back (&ends, nb + g_array_index (reach[b], int, i));
      }
  for (igraph_integer_t a = 0; a < na; a++)
    VECTOR (types)[nb + a] = TRUE;
  igraph_t bipartite, projection;
  if (!dg_igraph_ok (igraph_create (&bipartite, &ends, nb + na, IGRAPH_UNDIRECTED), "create", error))
    goto out_types;
  igraph_error_t rc = igraph_bipartite_projection (&bipartite, &types, &projection, NULL, NULL,
                                                   NULL, -1);
  igraph_destroy (&bipartite);
  if (!dg_igraph_ok (rc, "bipartite_projection", error))
    goto out_types;
  /* The first projection keeps the FALSE-typed vertices in order: body i
   * is vertex i. */
  for (igraph_integer_t e = 0; e < igraph_ecount (&projection); e++)
    {
      int u = (int) IGRAPH_FROM (&projection, e), v = (int) IGRAPH_TO (&projection, e);
      /* A body and one it answers to are one line of command, not peers. */
      if (dg_coverage_in_line (g->model, u, v))
        continue;
      DgCoordPair *pair = g_new0 (DgCoordPair, 1);
      pair->a = MIN (u, v);
      pair->b = MAX (u, v);
      pair->areas = shared_areas (reach[pair->a], reach[pair->b]);
      pair->weight = pair->areas->len;
      g_ptr_array_add (c->pairs, pair);
    }
  igraph_destroy (&projection);
  g_ptr_array_sort (c->pairs, compare_pairs);
  ok = TRUE;
out_types:
  igraph_vector_bool_destroy (&types);
out_ends:
  igraph_vector_int_destroy (&ends);
  if (!ok && error && *error == NULL)
    g_set_error (error, DG_GRAPH_ERROR, 0, _ ("igraph: out of memory"));
  return ok;
}

/* Louvain on the weighted network, then communities renumbered by their
 * first body so the numbers do not depend on igraph's internal order;
 * a body alone in its community is in none. */
static gboolean
find_communities (DgCoordination *c, const igraph_t *network, const igraph_vector_t *weights,
                  GError **error)
{
  const igraph_integer_t nb = c->graph->n_bodies;
  igraph_vector_int_t membership;
  igraph_vector_t modularity;
  if (!dg_igraph_ok (igraph_vector_int_init (&membership, 0), "vector_init", error))
    return FALSE;
  if (igraph_vector_init (&modularity, 0) != IGRAPH_SUCCESS)
    {
      igraph_vector_int_destroy (&membership);
      return dg_igraph_ok (IGRAPH_ENOMEM, "vector_init", error);
    }
  igraph_rng_seed (igraph_rng_default (), DG_COMMUNITY_SEED);
  igraph_error_t rc = igraph_community_multilevel (network, weights, 1.0, &membership, NULL,
                                                   &modularity);
  gboolean ok = dg_igraph_ok (rc, "community_multilevel", error);
  if (ok)
    {
      igraph_integer_t n = igraph_vector_size (&modularity);
      c->modularity = n > 0 ? VECTOR (modularity)[n - 1] : 0.0;
      g_autofree guint *size = g_new0 (guint, nb + 1);
      g_autofree int *number = g_new (int, nb + 1);
      for (igraph_integer_t b = 0; b < nb; b++)
        {
          size[VECTOR (membership)[b]]++;
          number[b] = -1;
        }
      for (igraph_integer_t b = 0; b < nb; b++)
        {
          igraph_integer_t raw = VECTOR (membership)[b];
          if (size[raw] >= 2 && number[raw] < 0)
            number[raw] = (int) c->n_communities++;
          g_array_index (c->community, int, b) = size[raw] >= 2 ? number[raw] : -1;
        }
    }
  igraph_vector_destroy (&modularity);
  igraph_vector_int_destroy (&membership);
  return ok;
}

static gboolean
analyse_network (DgCoordination *c, GError **error)
{
  const igraph_integer_t nb = c->graph->n_bodies;
  igraph_vector_int_t ends;
  igraph_vector_t weights, betweenness;
  if (!dg_igraph_ok (igraph_vector_int_init (&ends, 2 * c->pairs->len), "vector_init", error))
    return FALSE;
  if (igraph_vector_init (&weights, c->pairs->len) != IGRAPH_SUCCESS)
    {
      igraph_vector_int_destroy (&ends);
      return dg_igraph_ok (IGRAPH_ENOMEM, "vector_init", error);
    }
  for (guint i = 0; i < c->pairs->len; i++)
    {
      const DgCoordPair *pair = g_ptr_array_index (c->pairs, i);
      VECTOR (ends)[2 * i] = pair->a;
      VECTOR (ends)[2 * i + 1] = pair->b;
      VECTOR (weights)[i] = pair->weight;
    }
  igraph_t network;
  gboolean ok = dg_igraph_ok (igraph_create (&network, &ends, nb, IGRAPH_UNDIRECTED), "create", error);
  igraph_vector_int_destroy (&ends);
  if (!ok)
    {
      igraph_vector_destroy (&weights);
      return FALSE;
    }
  ok = find_communities (c, &network, &weights, error);
  if (ok && igraph_vector_init (&betweenness, 0) == IGRAPH_SUCCESS)
    {
      /* Unweighted: a weight says how much two bodies share, not how far
       * apart they are, and shortest paths need a distance. */
      ok = dg_igraph_ok (igraph_betweenness (&network, &betweenness, igraph_vss_all (), FALSE, NULL),
                      "betweenness", error);
      for (igraph_integer_t b = 0; ok && b < nb; b++)
        g_array_index (c->betweenness, double, b) = VECTOR (betweenness)[b];
      igraph_vector_destroy (&betweenness);
    }
  else if (ok)
    ok = dg_igraph_ok (IGRAPH_ENOMEM, "vector_init", error);
  igraph_destroy (&network);
  igraph_vector_destroy (&weights);
  return ok;
}

DgCoordination *
dg_coordination_build (const DgGraph *graph, GError **error)
{
  const igraph_integer_t nb = graph->n_bodies;
  g_autoptr (DgCoordination) c = g_new0 (DgCoordination, 1);
  c->graph = graph;
  c->pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) pair_free);
  c->community = g_array_sized_new (FALSE, TRUE, sizeof (int), (guint) nb);
  g_array_set_size (c->community, (guint) nb);
  c->betweenness = g_array_sized_new (FALSE, TRUE, sizeof (double), (guint) nb);
  g_array_set_size (c->betweenness, (guint) nb);
  GArray **reach = holdings_by_body (graph);
  gboolean ok = find_pairs (c, reach, error) && analyse_network (c, error);
  for (igraph_integer_t b = 0; b < nb; b++)
    g_array_unref (reach[b]);
  g_free (reach);
  return ok ? g_steal_pointer (&c) : NULL;
}
