/*
 * periodic.c — owns the list of periodic obligations, read from the
 * duties the graph binds to each body, so a class-wide periodic duty
 * becomes an obligation of every body of its kinds.
 */
#include "analysis/periodic.h"

guint
dg_period_months (DgPeriod period)
{
  switch (period)
    {
    case DG_PERIOD_HALF_YEAR:
      return 6;
    case DG_PERIOD_QUARTER:
      return 3;
    case DG_PERIOD_YEAR:
      return 12;
    case DG_PERIOD_NONE:
    default:
      return 0;
    }
}

GArray *
dg_periodic_obligations (const DgGraph *graph)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (DgObligation));
  for (igraph_integer_t b = 0; b < graph->n_bodies; b++)
    {
      const GArray *duties = graph->body_duties[b];
      for (guint i = 0; i < duties->len; i++)
        {
          int d = g_array_index (duties, int, i);
          if (dg_model_duty (graph->model, d)->every == DG_PERIOD_NONE)
            continue;
          DgObligation o = { (int) b, d };
          g_array_append_val (out, o);
        }
    }
  return out;
}
