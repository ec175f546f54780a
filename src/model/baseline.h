/*
 * baseline.h — accepted findings: what a baseline file says, and writing one.
 *
 * A baseline (docs/baseline.md) lists findings a reviewer has accepted,
 * each named by what identifies it — its kind, its area, the bodies
 * involved, the clause of its duty, its principle — with the reason and
 * the reviewer.  Loading checks the file alone (keys, types, a reason and
 * a reviewer on every entry) and reports every problem as
 * FILE:LINE:COL: error: message; which findings an entry matches is
 * decided against a checked model (analysis/baseline-apply.h).
 */
#pragma once

#include "model/model-load.h"

G_BEGIN_DECLS

typedef struct {
  char *kind;
  char *area;         /* id or name; NULL: any */
  GPtrArray *bodies;  /* of char* (ids, names or aliases); NULL: any */
  char *clause;       /* NULL: any */
  char *principle;    /* NULL: any */
  char *reason;
  char *reviewer;
  char *date;         /* NULL when absent */
  DgLoc loc;          /* the entry */
} DgBaselineEntry;

typedef struct {
  char *path;
  char *model;        /* the document id it was written for, or NULL */
  GPtrArray *entries; /* of DgBaselineEntry* */
  GPtrArray *files;   /* of char*: what DgLoc.file points into */
} DgBaseline;

DgBaseline *dg_baseline_new (const char *path, const char *model);
DgBaseline *dg_baseline_load (const char *path, const DgLoadLimits *limits, GError **error);
void dg_baseline_free (DgBaseline *baseline);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgBaseline, dg_baseline_free)

DgBaselineEntry *dg_baseline_entry_new (void);
void dg_baseline_entry_free (gpointer entry);

/* The baseline as YAML text (free texts double-quoted by libfyaml's
 * emitter), in entry order; NULL with ERROR when emitting fails. */
char *dg_baseline_to_yaml (const DgBaseline *baseline, GError **error);

G_END_DECLS
