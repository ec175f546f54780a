/*
 * calendar.h — periodic obligations as an iCalendar file (RFC 5545) that
 * a calendar program imports: one all-day recurring event per obligation
 * and occurrence within its period.
 */
#pragma once

#include "graph/graph.h"

G_BEGIN_DECLS

/* The VCALENDAR of GRAPH's periodic obligations, recurrences starting on
 * START (a valid date), which is also every DTSTAMP, so the same model
 * and start give the same bytes.  CRLF line ends, lines folded at 75
 * octets. */
char *dg_render_calendar_ics (const DgGraph *graph, const GDate *start);

G_END_DECLS
