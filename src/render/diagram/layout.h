/*
 * layout.h — a built graph to bytes (layout.c): written unlaid-out as DOT,
 * or laid out and rendered by Graphviz in the sandbox (util/sandbox.h),
 * with Graphviz's own error messages turned into a GError.
 */
#pragma once

#include <cgraph.h>

#include "util/sandbox.h"

G_BEGIN_DECLS

/* Graphviz's messages, for the length of one diagram: while a log is open
 * they are kept in Graphviz's own log instead of going to stderr, and the
 * log's level is put back when it closes.  Graphviz's error callback takes
 * no user data, so nothing of ours holds the messages: they are read back
 * from Graphviz (aglasterr) when a step failed. */
typedef struct {
  agerrlevel_t previous_level;
} DgGraphvizLog;

/* cgraph's I/O discipline writing into the GString passed as channel:
 * a graph must be opened with it to be written as DOT. */
extern Agiodisc_t dg_diagram_string_io;

void dg_graphviz_log_open (DgGraphvizLog *log);
void dg_graphviz_log_close (DgGraphvizLog *log);

/* Lays out G and renders it in FORMAT ("svg", "png", "pdf"), or writes it
 * unlaid-out for "dot".  Layout runs in a child process under LIMITS:
 * Graphviz may exit() on out-of-memory, overflow the stack or run for
 * minutes, and none of that may take the tool down.  Fails in
 * DG_RENDER_ERROR: _LIMIT past a limit, _GRAPHVIZ when Graphviz fails. */
GBytes *dg_diagram_layout (const DgGraphvizLog *log, Agraph_t *g, const char *format,
                           const DgSandboxLimits *limits, GError **error);

G_END_DECLS
