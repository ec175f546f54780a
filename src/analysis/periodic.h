/*
 * periodic.h — periodic obligations: duties with `every:` (每半年主持召开1次
 * 党委会, 每季度至少带队检查1次), per position that carries them.
 */
#pragma once

#include "graph/graph.h"

G_BEGIN_DECLS

typedef struct {
  int body;
  int duty;
} DgObligation;

/* Every (body, periodic duty) pair: bodies in model order, then duties in
 * model order; a duty binding several bodies is an obligation of each. */
GArray *dg_periodic_obligations (const DgGraph *graph);

/* Months in a period: 6, 3 or 12 (0 for DG_PERIOD_NONE). */
guint dg_period_months (DgPeriod period);

G_END_DECLS
