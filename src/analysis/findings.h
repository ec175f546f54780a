/*
 * findings.h — what `check` finds in a responsibility graph.
 *
 * A DgFinding names one problem: its kind, severity, and the areas, bodies
 * and duties (hence clauses) involved.  A DgReport is the ordered list of
 * findings of one model plus its exemptions and summary counts; it borrows
 * the graph and model it was computed from.
 */
#pragma once

#include "graph/graph.h"

G_BEGIN_DECLS

typedef enum {
  DG_SEVERITY_INFO,
  DG_SEVERITY_WARNING,
  DG_SEVERITY_ERROR,
} DgSeverity;

typedef enum {
  DG_FINDING_UNCOVERED, /* an expected area no duty reaches */
  DG_FINDING_CONFLICT,  /* a leaf area led by two or more bodies (多头管理) */
  DG_FINDING_NO_LEAD,   /* an area held only in supporting roles */
  DG_FINDING_VAGUE,     /* a duty that names no concrete area */
  DG_FINDING_IDLE,      /* a body with no duties */
  DG_FINDING_SHARED,    /* a leaf area led by one body and supported by others */
  DG_FINDING_PRINCIPLE, /* a principle's rule does not hold (principles.h) */
  DG_FINDING_KIND_COUNT
} DgFindingKind;

/* Why a body holds an uncovered area by default. */
typedef enum {
  DG_DEFAULT_MANAGES,     /* its business portfolio includes the area (管行业必须管安全) */
  DG_DEFAULT_RESIDUAL,    /* it leads comprehensive supervision (安全生产法 第十条) */
  DG_DEFAULT_TERRITORIAL, /* the territorial government (属地管理) */
} DgDefaultBasis;

typedef struct {
  int body;
  DgDefaultBasis basis;
  int via_area;           /* the managed or residual area behind the basis, or -1 */
} DgDefaultHolder;

typedef struct {
  DgFindingKind kind;
  DgSeverity severity;
  int area;               /* area index or -1 */
  int body;               /* body index or -1 */
  int duty;               /* duty index or -1 */
  GArray *holdings;       /* DgHolding involved (never NULL; may be empty) */
  int weak_via;           /* uncovered: ancestor area whose duty reaches it weakly, or -1 */
  gboolean statutory;     /* overlap on an area the law shares by design */
  gboolean upper_only;    /* no-lead: every holder assists an upper authority */
  GArray *default_holders;/* uncovered: DgDefaultHolder, most specific basis first (never NULL) */
  int principle;          /* principle: the principle's index, else -1 */
  char *message;          /* principle: what violates it, naming the model's bodies; else NULL */
} DgFinding;

typedef struct {
  const DgGraph *graph;
  GPtrArray *findings;    /* of DgFinding*, most severe first, then kind, area, body, duty */
  GArray *exempt_areas;   /* int area indexes named in exempt:, in model order */
  guint n_expected;       /* expected leaf areas considered (not exempt) */
  guint n_covered;        /* of which reached by a duty on the area itself */
  guint count[DG_FINDING_KIND_COUNT];
  GPtrArray *principles;  /* of DgPrincipleVerdict* (principles.h), one per principle, model order */
} DgReport;

DgReport *dg_check_run (const DgGraph *graph);
void dg_report_free (DgReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgReport, dg_report_free)

/* The findings of the report at or above SEVERITY. */
guint dg_report_count_at_least (const DgReport *report, DgSeverity severity);

const char *dg_finding_kind_name (DgFindingKind kind);
const char *dg_severity_name (DgSeverity severity);
gboolean dg_severity_from_name (const char *name, DgSeverity *severity);

G_END_DECLS
