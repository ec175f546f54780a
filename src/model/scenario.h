/*
 * scenario.h — restructuring scenarios: what a scenario file says.
 *
 * A scenario is an ordered list of operations on the bodies of a model
 * (rename, merge, split, transfer, dissolve, add-body, add-duty,
 * remove-duty), in the format of docs/scenario-format.md.  Loading checks
 * everything the file alone can tell (keys, types, a merge into itself, a
 * split assigning one item twice) and reports every problem as
 * FILE:LINE:COL: error: message, all at once.  Whether the ids name
 * anything is checked against a model when the scenario is applied
 * (analysis/restructure.h), with the same positions kept here.
 */
#pragma once

#include "model/model-load.h"

G_BEGIN_DECLS

typedef enum {
  DG_OP_RENAME,
  DG_OP_MERGE,
  DG_OP_SPLIT,
  DG_OP_TRANSFER,
  DG_OP_DISSOLVE,
  DG_OP_ADD_BODY,
  DG_OP_ADD_DUTY,
  DG_OP_REMOVE_DUTY,
  DG_OP_COUNT
} DgOpKind;

/* An id or a clause as written, with where it was written. */
typedef struct {
  char *value; /* NULL when absent */
  DgLoc loc;
} DgScenarioRef;

/* One successor of a split. */
typedef struct {
  DgScenarioRef id;
  char *name;
  gboolean has_kind;
  DgBodyKind kind;
  DgScenarioRef reports_to;
  GArray *areas;   /* of DgScenarioRef: the areas (duties on them, and manages) it takes */
  GArray *clauses; /* of DgScenarioRef: the duty items it takes, by clause */
  DgLoc loc;
} DgSplitPart;

typedef struct {
  DgOpKind kind;
  DgLoc loc;              /* the `op:` value */
  char *note;
  char *basis;
  DgScenarioRef body;     /* rename, split, dissolve, remove-duty: the body; transfer: from */
  DgScenarioRef target;   /* rename: new id; merge: into; transfer: to; dissolve: successor;
                           * add-body: the new id */
  GArray *bodies;         /* of DgScenarioRef: merge's merged bodies, add-duty's bodies */
  char *name;             /* rename, merge (new successor), add-body */
  gboolean has_kind;
  DgBodyKind body_kind;   /* merge (new successor), add-body */
  DgScenarioRef reports_to;
  GPtrArray *aliases;     /* of char*, never NULL */
  GArray *areas;          /* of DgScenarioRef: transfer, add-duty, add-body (manages) */
  GArray *clauses;        /* of DgScenarioRef: transfer (duties), remove-duty (clause) */
  GPtrArray *parts;       /* split: of DgSplitPart* */
  /* add-duty */
  DgRole role;
  DgScenarioRef with;
  gboolean procedural;
  char *clause;
  char *text;
} DgScenarioOp;

typedef struct {
  char *path;
  char *title;
  char *basis;
  char *model;            /* the model it was written for, resolved against PATH, or NULL */
  GPtrArray *ops;         /* of DgScenarioOp* */
  GPtrArray *files;       /* of char*: what DgLoc.file points into */
} DgScenario;

DgScenario *dg_scenario_load (const char *path, const DgLoadLimits *limits, GError **error);
void dg_scenario_free (DgScenario *scenario);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgScenario, dg_scenario_free)

const char *dg_op_name (DgOpKind kind);

G_END_DECLS
