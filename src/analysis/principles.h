/*
 * principles.h — the document's principles (一、) read as rules over the
 * graph.  Each principle names a rule (docs/principles.md); evaluating it
 * gives a verdict and the evidence a reader can check against the clauses.
 * A principle without a rule, or with a rule this version does not know,
 * is reported as not machine-checkable, with the reason.
 */
#pragma once

#include "analysis/findings.h"

G_BEGIN_DECLS

typedef enum {
  DG_VERDICT_HOLDS,
  DG_VERDICT_VIOLATED,
  DG_VERDICT_NOT_CHECKABLE,
} DgVerdict;

/* One thing that breaks a rule: the body, area and duty involved (each may
 * be -1) and a sentence naming them. */
typedef struct {
  int body;
  int area;
  int duty;
  char *message;
} DgEvidence;

typedef struct {
  int principle;    /* index in model->principles */
  DgVerdict verdict;
  char *reason;     /* holds: what was checked; not-checkable: why not; violated: the rule */
  GArray *evidence; /* of DgEvidence, in model order; empty unless violated */
} DgPrincipleVerdict;

/* One verdict per principle of the graph's model, in model order. */
GPtrArray *dg_principles_evaluate (const DgGraph *graph);
void dg_principle_verdict_free (DgPrincipleVerdict *verdict);

const char *dg_verdict_name (DgVerdict verdict);

/* How RULE reads in the message language (the id itself in English and
 * for a rule this version does not know). */
const char *dg_principle_rule_label (const char *rule);

/* TRUE when RULE is a rule this version can check. */
gboolean dg_principle_rule_known (const char *rule);

G_END_DECLS
