/*
 * diff.h — what changed between two models: bodies added, removed and
 * renamed (matched by id, then by name or alias, which is how a merged or
 * renamed body keeps its old names), duties moved between bodies (matched
 * by clause and text), and above all the change in findings — gaps,
 * overlaps and conflicts opened and closed — and in each body's load.
 * A DgDiff borrows both reports (and so their graphs and models).
 */
#pragma once

#include "analysis/findings.h"

G_BEGIN_DECLS

typedef enum {
  DG_MATCH_ID,    /* same id */
  DG_MATCH_NAME,  /* another id, the same name */
  DG_MATCH_ALIAS, /* one's name is an alias of the other: renamed, or merged into it */
} DgBodyMatchKind;

typedef struct {
  int old_body;
  int new_body;
  DgBodyMatchKind how;
} DgBodyMatch;

/* A duty (clause + text) whose holders changed. */
typedef struct {
  int old_duty;
  int new_duty;
} DgDutyMove;

/* A finding present on one side only, or on both with other holders. */
typedef struct {
  const DgFinding *old_finding; /* NULL when opened */
  const DgFinding *new_finding; /* NULL when closed */
} DgFindingChange;

typedef struct {
  int old_body;   /* -1 for a body added */
  int new_body;   /* -1 for a body removed */
  guint old_lead, old_support, new_lead, new_support; /* areas held */
} DgLoadChange;

/* What happened to one line of holding: a holder, an area (matched by id)
 * and a role, with the duties that state it on either side. */
typedef enum {
  DG_HOLDING_KEPT,        /* on both sides, the same body under the same id */
  DG_HOLDING_CARRIED,     /* on both sides, the body matched under another id (renamed, merged) */
  DG_HOLDING_TRANSFERRED, /* its duties moved here from another body (DgDiff.moved) */
  DG_HOLDING_ADDED,       /* only in NEW */
  DG_HOLDING_REMOVED,     /* only in OLD */
} DgHoldingChangeKind;

typedef struct {
  DgHoldingChangeKind kind;
  int new_body;       /* the NEW holder, or -1: an OLD body with no match lost it */
  int old_body;       /* the OLD holder (for TRANSFERRED the body it came from), or -1 when added */
  int old_area, new_area; /* the area in each model, -1 where that model lacks it */
  DgRole role;
  GArray *old_duties; /* int OLD duty indexes stating it (for TRANSFERRED: the ones moved) */
  GArray *new_duties; /* int NEW duty indexes stating it */
} DgHoldingChange;

typedef struct {
  const DgReport *old_report;
  const DgReport *new_report;
  GArray *matches;       /* DgBodyMatch where id, name or alias links them, old model order */
  GArray *removed;       /* int old bodies with no match */
  GArray *added;         /* int new bodies with no match */
  GArray *moved;         /* DgDutyMove */
  GArray *duties_removed;/* int old duties with no (clause, text) in NEW */
  GArray *duties_added;  /* int new duties with no (clause, text) in OLD */
  GArray *opened;        /* DgFindingChange with old_finding NULL, new report order */
  GArray *closed;        /* DgFindingChange with new_finding NULL, old report order */
  GArray *changed;       /* DgFindingChange on both sides, holders differ, new report order */
  GArray *load;          /* DgLoadChange for every body whose load changed */
  GArray *areas_lost;    /* int OLD areas some body held that no body holds in NEW */
  GPtrArray *holdings;   /* DgHoldingChange of every body's own holdings (not class-wide ones),
                          * OLD body order, then the ones only NEW has in NEW body order */
} DgDiff;

DgDiff *dg_diff_compute (const DgReport *old_report, const DgReport *new_report);
void dg_diff_free (DgDiff *diff);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgDiff, dg_diff_free)

/* What makes a change worse, at or above SEVERITY: findings opened, and
 * (at warning and below) areas that lost every holder, expected or not. */
guint dg_diff_opened_at_least (const DgDiff *diff, DgSeverity severity);

/* Body names of a finding's holdings, distinct, comma-separated (new string). */
char *dg_diff_holder_names (const DgReport *report, const DgFinding *finding);

G_END_DECLS
