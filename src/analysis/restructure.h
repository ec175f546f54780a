/*
 * restructure.h — applying a scenario's operations to a model.
 *
 * dg_restructure_apply() works on a copy of the model and never changes
 * the one it is given.  Every id of the scenario is checked against the
 * model as the operations change it (a body an earlier operation removed
 * is gone; a renamed body answers to its new id), and every problem is
 * reported as SCENARIO:LINE:COL: error: message, all at once; on any
 * problem no model is returned.  What each operation did — every duty
 * moved, every duty or area left without a holder — is recorded in the
 * log, so nothing is dropped silently.
 */
#pragma once

#include "model/scenario.h"

G_BEGIN_DECLS

typedef enum {
  DG_EVENT_BODY_ADDED,      /* TO was added */
  DG_EVENT_BODY_RENAMED,    /* FROM became TO */
  DG_EVENT_BODY_MERGED,     /* FROM was merged into TO */
  DG_EVENT_BODY_SPLIT,      /* FROM was split; TO is one successor */
  DG_EVENT_BODY_DISSOLVED,  /* FROM was dissolved (TO: its successor, or NULL) */
  DG_EVENT_DUTY_MOVED,      /* duty CLAUSE/TEXT went from FROM to TO (AREAS: only those) */
  DG_EVENT_DUTY_ADDED,      /* to TO */
  DG_EVENT_DUTY_REMOVED,    /* from FROM */
  DG_EVENT_DUTY_ORPHANED,   /* FROM's duty has no holder left and was dropped (AREAS: only those) */
  DG_EVENT_SHARE_DROPPED,   /* FROM left a duty it shared; the others keep it */
  DG_EVENT_MANAGES_ORPHANED,/* FROM managed AREAS; nobody does now */
  DG_EVENT_WITH_DROPPED,    /* TO's duty supported FROM, which is gone or is TO itself now */
} DgEventKind;

typedef struct {
  guint op;          /* 1-based number of the operation */
  DgEventKind kind;
  char *from;        /* body id at the time, or NULL */
  char *from_name;
  char *to;
  char *to_name;
  char *clause;      /* duty events */
  char *text;
  char *areas;       /* comma-separated area ids, or NULL */
} DgEvent;

typedef struct {
  GArray *events;    /* of DgEvent, in the order they happened */
  guint n_moved;
  guint n_orphaned;  /* duties dropped, and duties that lost some areas */
  guint n_manages_orphaned;
} DgRestructureLog;

void dg_restructure_log_free (DgRestructureLog *log);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgRestructureLog, dg_restructure_log_free)

/* A new model: MODEL with SCENARIO's operations applied in order.  LOG
 * (optional) receives what happened. */
DgModel *dg_restructure_apply (const DgModel *model, const DgScenario *scenario,
                               DgRestructureLog **log, GError **error);

G_END_DECLS
