/*
 * graph.c — building the igraph responsibility graph from a model, and the
 * few queries every analysis needs (holdings of an area or a body, child
 * areas).  Incidence lists are built once, so each query is proportional
 * to the answer, not to the graph.
 */
#include <glib/gi18n.h>

#include <string.h>

#include "graph/graph.h"

G_DEFINE_QUARK (dg-graph-error-quark, dg_graph_error)

/* igraph's default handler aborts the process; errors must reach the user
 * as GError instead, so the handler only records and lets the call fail. */
static void
quiet_igraph_error (const char *reason, const char *file, int line, igraph_error_t code)
{
  (void) reason;
  (void) file;
  (void) line;
  (void) code;
  IGRAPH_FINALLY_FREE ();
}

void
dg_graph_init_library (void)
{
  igraph_set_error_handler (quiet_igraph_error);
  igraph_set_warning_handler (igraph_warning_handler_ignore);
}

gboolean
dg_igraph_ok (igraph_error_t code, const char *what, GError **error)
{
  if (code == IGRAPH_SUCCESS)
    return TRUE;
  g_set_error (error, DG_GRAPH_ERROR, 0, _ ("igraph: %s failed: %s"), what, igraph_strerror (code));
  return FALSE;
}

static GRecMutex igraph_mutex;

void
dg_graph_igraph_lock (void)
{
  g_rec_mutex_lock (&igraph_mutex);
}

void
dg_graph_igraph_unlock (void)
{
  g_rec_mutex_unlock (&igraph_mutex);
}

void
dg_graph_free (DgGraph *graph)
{
  if (graph == NULL)
    return;
  dg_graph_igraph_lock ();
  igraph_inclist_destroy (&graph->in_edges);
  igraph_inclist_destroy (&graph->out_edges);
  igraph_destroy (&graph->graph);
  g_array_unref (graph->edge_kind);
  g_array_unref (graph->edge_holding);
  for (igraph_integer_t b = 0; b < graph->n_bodies; b++)
    g_array_unref (graph->body_duties[b]);
  g_free (graph->body_duties);
  g_free (graph);
  dg_graph_igraph_unlock ();
}

static void
add_edge (igraph_vector_int_t *ends, GArray *kinds, GArray *holdings, igraph_integer_t from,
          igraph_integer_t to, DgEdgeKind kind, const DgHolding *holding)
{
  static const DgHolding none = { -1, -1, -1, DG_ROLE_LEAD, FALSE, FALSE };
  igraph_vector_int_push_back (ends, from);
  igraph_vector_int_push_back (ends, to);
  g_array_append_val (kinds, kind);
  g_array_append_vals (holdings, holding ? holding : &none, 1);
}

/* A principle is a run of watchwords (党政同责、一岗双责、齐抓共管); a duty
 * that repeats one of four characters or more is where the document says
 * how the principle is carried out.  Shorter pieces (谁负责) are too
 * common to mean anything. */
static gboolean
duty_names_principle (char **words, const char *text)
{
  for (char **w = words; *w; w++)
    if (g_utf8_strlen (*w, -1) >= 4 && strstr (text, *w) != NULL)
      return TRUE;
  return FALSE;
}

static DgGraph *build (const DgModel *model, GError **error);

DgGraph *
dg_graph_build (const DgModel *model, GError **error)
{
  dg_graph_igraph_lock ();
  DgGraph *graph = build (model, error);
  dg_graph_igraph_unlock ();
  return graph;
}

static DgGraph *
build (const DgModel *model, GError **error)
{
  const igraph_integer_t nb = model->bodies->len, na = model->areas->len;
  const igraph_integer_t np = model->principles->len;
  g_autoptr (GArray) kinds = g_array_new (FALSE, FALSE, sizeof (DgEdgeKind));
  g_autoptr (GArray) holdings = g_array_new (FALSE, FALSE, sizeof (DgHolding));
  igraph_vector_int_t ends;
  if (!dg_igraph_ok (igraph_vector_int_init (&ends, 0), "vector_init", error))
    return NULL;

  GArray **body_duties = g_new0 (GArray *, nb > 0 ? nb : 1);
  for (igraph_integer_t b = 0; b < nb; b++)
    body_duties[b] = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint d = 0; d < model->duties->len; d++)
    {
      const DgDuty *duty = dg_model_duty (model, (int) d);
      for (guint i = 0; i < duty->bodies->len; i++)
        {
          int body = g_array_index (duty->bodies, int, i);
          int duty_index = (int) d;
          g_array_append_val (body_duties[body], duty_index);
          for (guint j = 0; j < duty->areas->len; j++)
            {
              DgHolding h = { body, g_array_index (duty->areas, int, j), (int) d, duty->role,
                              duty->kinds != 0, duty->with_upper };
              add_edge (&ends, kinds, holdings, body, nb + h.area, DG_EDGE_HOLDS, &h);
            }
        }
    }
  for (igraph_integer_t a = 0; a < na; a++)
    {
      int parent = dg_model_area (model, (int) a)->parent;
      if (parent >= 0)
        add_edge (&ends, kinds, holdings, nb + a, nb + parent, DG_EDGE_PARENT, NULL);
    }
  for (igraph_integer_t b = 0; b < nb; b++)
    {
      int parent = dg_model_body (model, (int) b)->reports_to;
      if (parent >= 0)
        add_edge (&ends, kinds, holdings, b, parent, DG_EDGE_REPORTS, NULL);
    }
  for (igraph_integer_t p = 0; p < np; p++)
    {
      const DgPrinciple *principle = g_ptr_array_index (model->principles, p);
      g_auto (GStrv) words = g_regex_split_simple ("[、，,；;。\\s]+", principle->text, 0, 0);
      for (guint d = 0; d < model->duties->len; d++)
        {
          const DgDuty *duty = dg_model_duty (model, (int) d);
          if (!duty_names_principle (words, duty->text))
            continue;
          for (guint i = 0; i < duty->bodies->len; i++)
            {
              DgHolding h = { g_array_index (duty->bodies, int, i), -1, (int) d, duty->role,
                              duty->kinds != 0, duty->with_upper };
              add_edge (&ends, kinds, holdings, nb + na + p, h.body, DG_EDGE_EMBODIES, &h);
            }
        }
    }

  DgGraph *graph = g_new0 (DgGraph, 1);
  graph->model = model;
  graph->n_bodies = nb;
  graph->n_areas = na;
  graph->n_principles = np;
  graph->body_duties = body_duties;
  graph->edge_kind = g_steal_pointer (&kinds);
  graph->edge_holding = g_steal_pointer (&holdings);
  igraph_error_t rc = igraph_create (&graph->graph, &ends, nb + na + np, IGRAPH_DIRECTED);
  igraph_vector_int_destroy (&ends);
  if (!dg_igraph_ok (rc, "create", error))
    {
      igraph_empty (&graph->graph, 0, IGRAPH_DIRECTED);
      igraph_inclist_init_empty (&graph->in_edges, 0);
      igraph_inclist_init_empty (&graph->out_edges, 0);
      dg_graph_free (graph);
      return NULL;
    }
  if (!dg_igraph_ok (igraph_inclist_init (&graph->graph, &graph->in_edges, IGRAPH_IN, IGRAPH_LOOPS_ONCE),
                  "inclist_init", error))
    {
      igraph_inclist_init_empty (&graph->in_edges, 0);
      igraph_inclist_init_empty (&graph->out_edges, 0);
      dg_graph_free (graph);
      return NULL;
    }
  if (!dg_igraph_ok (igraph_inclist_init (&graph->graph, &graph->out_edges, IGRAPH_OUT, IGRAPH_LOOPS_ONCE),
                  "inclist_init", error))
    {
      igraph_inclist_init_empty (&graph->out_edges, 0);
      dg_graph_free (graph);
      return NULL;
    }
  return graph;
}

static gint
compare_holding (gconstpointer a, gconstpointer b)
{
  const DgHolding *x = a, *y = b;
  if (x->duty != y->duty)
    return x->duty < y->duty ? -1 : 1;
  if (x->body != y->body)
    return x->body < y->body ? -1 : 1;
  return x->area < y->area ? -1 : x->area > y->area;
}

/* HOLDS edges of VERTEX in LIST, sorted into model duty order: igraph keeps
 * edge ids in insertion order, but do not rely on an incidence list's order. */
static GArray *
holdings_of (const DgGraph *graph, const igraph_inclist_t *list, igraph_integer_t vertex)
{
  igraph_vector_int_t *edges = igraph_inclist_get ((igraph_inclist_t *) list, vertex);
  igraph_integer_t n = igraph_vector_int_size (edges);
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (DgHolding), (guint) n);
  for (igraph_integer_t i = 0; i < n; i++)
    {
      igraph_integer_t e = VECTOR (*edges)[i];
      if (g_array_index (graph->edge_kind, DgEdgeKind, e) == DG_EDGE_HOLDS)
        g_array_append_vals (out, &g_array_index (graph->edge_holding, DgHolding, e), 1);
    }
  g_array_sort (out, compare_holding);
  return out;
}

GArray *
dg_graph_area_holdings (const DgGraph *graph, int area)
{
  return holdings_of (graph, &graph->in_edges, dg_graph_area_vertex (graph, area));
}

GArray *
dg_graph_body_holdings (const DgGraph *graph, int body)
{
  return holdings_of (graph, &graph->out_edges, dg_graph_body_vertex (graph, body));
}

int
dg_graph_reports_to (const DgGraph *graph, int body)
{
  igraph_vector_int_t *edges = igraph_inclist_get ((igraph_inclist_t *) &graph->out_edges,
                                                   dg_graph_body_vertex (graph, body));
  for (igraph_integer_t i = 0; i < igraph_vector_int_size (edges); i++)
    {
      igraph_integer_t e = VECTOR (*edges)[i];
      if (g_array_index (graph->edge_kind, DgEdgeKind, e) == DG_EDGE_REPORTS)
        return (int) IGRAPH_TO (&graph->graph, e);
    }
  return -1;
}

GArray *
dg_graph_principle_duties (const DgGraph *graph, int principle)
{
  igraph_vector_int_t *edges = igraph_inclist_get ((igraph_inclist_t *) &graph->out_edges,
                                                   dg_graph_principle_vertex (graph, principle));
  GArray *out = g_array_new (FALSE, FALSE, sizeof (DgHolding));
  for (igraph_integer_t i = 0; i < igraph_vector_int_size (edges); i++)
    {
      igraph_integer_t e = VECTOR (*edges)[i];
      if (g_array_index (graph->edge_kind, DgEdgeKind, e) == DG_EDGE_EMBODIES)
        g_array_append_vals (out, &g_array_index (graph->edge_holding, DgHolding, e), 1);
    }
  g_array_sort (out, compare_holding);
  return out;
}

static gint
compare_int (gconstpointer a, gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;
  return x < y ? -1 : x > y;
}

GArray *
dg_graph_area_children (const DgGraph *graph, int area)
{
  igraph_vector_int_t *edges
      = igraph_inclist_get ((igraph_inclist_t *) &graph->in_edges, dg_graph_area_vertex (graph, area));
  GArray *out = g_array_new (FALSE, FALSE, sizeof (int));
  for (igraph_integer_t i = 0; i < igraph_vector_int_size (edges); i++)
    {
      igraph_integer_t e = VECTOR (*edges)[i];
      if (g_array_index (graph->edge_kind, DgEdgeKind, e) != DG_EDGE_PARENT)
        continue;
      int child = (int) (IGRAPH_FROM (&graph->graph, e) - graph->n_bodies);
      g_array_append_val (out, child);
    }
  g_array_sort (out, compare_int);
  return out;
}

void
dg_graph_body_area_counts (const DgGraph *graph, int body, guint *lead, guint *support)
{
  g_autoptr (GArray) holdings = dg_graph_body_holdings (graph, body);
  g_autoptr (GHashTable) held = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) led = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (holdings, DgHolding, i);
      if (h->class_wide)
        continue;
      g_hash_table_add (held, GINT_TO_POINTER (h->area + 1));
      if (h->role == DG_ROLE_LEAD)
        g_hash_table_add (led, GINT_TO_POINTER (h->area + 1));
    }
  *lead = g_hash_table_size (led);
  *support = g_hash_table_size (held) - *lead;
}

guint
dg_holdings_distinct_bodies (const GArray *holdings, gboolean skip_class_wide)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (holdings, DgHolding, i);
      if (skip_class_wide && h->class_wide)
        continue;
      g_hash_table_add (seen, GINT_TO_POINTER (h->body + 1));
    }
  return g_hash_table_size (seen);
}
