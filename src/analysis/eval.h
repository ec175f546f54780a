/*
 * eval.h — scoring a model against a hand-made one of the same document.
 *
 * Owns the measures `dutygraph eval` reports: bodies matched by name or
 * alias (and how many carry the gold name exactly); precision, recall and
 * F1 of (holder, clause) items, of clauses alone, and of (holder, area,
 * role) triples.  A holder is the gold body's id, or "class" for a duty
 * bound with applies-to; a predicted body that matches no gold body keeps
 * its own name and so never matches.  Names are compared exactly first,
 * then folded (width, traditional script) without the document's place
 * or a bare level word in front (東湖鎮農機站 = 镇农机站); a predicted duty
 * whose clause the gold holder lacks is scored under the clause of that
 * holder's gold duty with the same text, so that another clause
 * notation is not an error.
 */
#pragma once

#include "model/model.h"

G_BEGIN_DECLS

typedef struct {
  guint gold, predicted, matched; /* matched counts pairs in both */
} DgEvalCount;

/* One holder's errors: what the gold gives it that was not found, and
 * what was predicted for it that the gold does not give it. */
typedef struct {
  char *name;             /* the gold body's name, "class", or a predicted name */
  guint missed_items, missed_triples, extra_triples;
} DgEvalHolder;

typedef struct {
  DgEvalCount bodies;
  guint body_names_exact;  /* gold bodies whose match carries the gold name */
  DgEvalCount items;       /* (holder, clause) */
  DgEvalCount clauses;     /* clause alone */
  DgEvalCount triples;     /* (holder, area, role) */
  GPtrArray *missed_triples;   /* of char*: in gold only, "holder area role" */
  GPtrArray *extra_triples;    /* in predicted only */
  GPtrArray *missed_items;
  GPtrArray *unmatched_bodies; /* gold names with no predicted body */
  GPtrArray *holders;          /* of DgEvalHolder, holders with an error, first named first */
} DgEval;

DgEval *dg_eval_compute (const DgModel *gold, const DgModel *predicted);
void dg_eval_free (DgEval *eval);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgEval, dg_eval_free)

double dg_eval_precision (const DgEvalCount *c);
double dg_eval_recall (const DgEvalCount *c);
double dg_eval_f1 (const DgEvalCount *c);

G_END_DECLS
