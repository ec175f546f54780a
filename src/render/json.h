/*
 * json.h — building blocks of the JSON reports (json-glib), so that a body,
 * an area or a holding has one shape in every command's output.  The
 * shapes are documented in docs/json.md.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "analysis/findings.h"

G_BEGIN_DECLS

/* Starts the top-level object: {"dutygraph": 1, "command": COMMAND, "model": {...}, */
JsonBuilder *dg_json_begin (const DgModel *model, const char *command);

/* Ends the top-level object and returns pretty-printed text ending in a newline. */
char *dg_json_finish (JsonBuilder *builder);

void dg_json_body (JsonBuilder *b, const DgModel *m, int body);
void dg_json_area (JsonBuilder *b, const DgModel *m, int area);
void dg_json_duty (JsonBuilder *b, const DgModel *m, int duty);
void dg_json_holding (JsonBuilder *b, const DgModel *m, const DgHolding *h);
void dg_json_loc (JsonBuilder *b, const DgLoc *loc);

/* The members that say what a finding is about, inside an open object:
 * kind, severity, area, body and duty (null when not set). */
void dg_json_finding_subject (JsonBuilder *b, const DgModel *m, const DgFinding *f);

/* Sets member NAME to a string, or to null when VALUE is NULL. */
void dg_json_string (JsonBuilder *b, const char *name, const char *value);

G_END_DECLS
