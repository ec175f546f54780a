/*
 * report.h — the reporters: check findings, `who` and `what` answers, as
 * text for people and as JSON for programs (schema in docs/json.md).
 * Each returns a new NUL-terminated UTF-8 string; none can fail.
 */
#pragma once

#include "analysis/findings.h"
#include "analysis/stats.h"

G_BEGIN_DECLS

char *dg_report_check_text (const DgReport *report);
char *dg_report_check_json (const DgReport *report);

/* QUERY as typed; AREAS from dg_query_areas(). */
char *dg_report_who_text (const DgGraph *graph, const char *query, const GArray *areas);
char *dg_report_who_json (const DgGraph *graph, const char *query, const GArray *areas);

/* BODIES from dg_query_bodies(). */
char *dg_report_what_text (const DgGraph *graph, const char *query, const GArray *bodies);
char *dg_report_what_json (const DgGraph *graph, const char *query, const GArray *bodies);

/* `stats`: the coordination network, load and fragility, proposed owners,
 * periodic obligations (docs/cli.md). */
char *dg_report_stats_text (const DgStats *stats);
char *dg_report_stats_json (const DgStats *stats);

G_END_DECLS
