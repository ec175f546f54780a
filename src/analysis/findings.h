/*
 * findings.h — what `check` finds in a responsibility graph.
 *
 * A DgFinding names one problem: its kind, severity, and the areas, bodies
 * and duties (hence clauses) involved.  A DgReport is the ordered list of
 * findings of one model plus its exemptions and summary counts; it borrows
 * the graph and model it was computed from.
 */
#pragma once

#include <glib/gi18n.h>

#include "analysis/coverage.h"

G_BEGIN_DECLS

typedef enum {
  DG_SEVERITY_INFO,
  DG_SEVERITY_WARNING,
  DG_SEVERITY_ERROR,
} DgSeverity;

/*
 * The table of finding kinds: every kind once, with its JSON name, the label
 * text, HTML and matrix print (English msgid, translated), the label the
 * diagram legend prints (Chinese), what it means and its severity rule.  The
 * enum below is generated from it, so a kind without an entry cannot exist.
 *   X (ENUM, json-name (also the text's kind, translated in context "finding"), label, diagram-label, explanation, severity-rule)
 */
#define DG_FINDING_KINDS(X)                                                                   \
  X (UNCOVERED, NC_ ("finding", "uncovered"), N_ ("gap: nobody holds it"), "无人负责的应有领域",                 \
     N_ ("no duty names this area, an area above it or an area under it"),                    \
     N_ ("error when the law gives the town or its departments the duty; warning when it "    \
         "binds the enterprise (duty-of: enterprise)"))                                       \
  X (CONFLICT, NC_ ("finding", "conflict"), N_ ("conflict: several lead"), "多头负责（冲突）",                    \
     N_ ("two or more bodies lead the same aspect of the area (多头管理)"),                      \
     N_ ("error; warning where the law shares the area by design (shared-basis)"))           \
  X (NO_LEAD, NC_ ("finding", "no-lead"), N_ ("no lead"), "无人牵头",                                           \
     N_ ("held only in supporting roles; nobody leads it"),                                   \
     N_ ("warning; information when a holder assists an authority above the town, "          \
         "which then leads"))                                                                 \
  X (VAGUE, NC_ ("finding", "vague"), N_ ("vague duty"), "职责不具体",                                          \
     N_ ("names no concrete area (and is not marked procedural)"), N_ ("warning"))            \
  X (IDLE, NC_ ("finding", "idle"), N_ ("body without duties"), "无职责单位", N_ ("no duty binds this body"),       \
     N_ ("warning"))                                                                          \
  X (SHARED, NC_ ("finding", "shared"), N_ ("shared: led, with other holders"), "共管（有人牵头）",                 \
     N_ ("held by two or more bodies and led, by one body or by one body per aspect"),        \
     N_ ("information"))                                                                      \
  X (PRINCIPLE, NC_ ("finding", "principle"), N_ ("principle not upheld"), "原则未落实",                          \
     N_ ("a principle's rule does not hold (docs/principles.md)"), N_ ("warning"))

typedef enum {
#define DG_FINDING_ENUM(id, json, label, diagram, explanation, rule) DG_FINDING_##id,
  DG_FINDING_KINDS (DG_FINDING_ENUM)
#undef DG_FINDING_ENUM
  DG_FINDING_KIND_COUNT
} DgFindingKind;

typedef struct {
  const char *name;        /* the JSON name */
  const char *label;       /* msgid: translate with gettext */
  const char *diagram;     /* the diagram legend's Chinese label */
  const char *explanation; /* msgid */
  const char *severity_rule; /* msgid */
} DgFindingKindInfo;

const DgFindingKindInfo *dg_finding_kind_info (DgFindingKind kind);
/* The kind's label, translated. */
const char *dg_finding_kind_label (DgFindingKind kind);

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
  gboolean statutory;     /* overlap on an area the law shares by design */
  gboolean upper_only;    /* no-lead: a holder assists an authority above the town, which leads */
  guint n_aspects;        /* conflict, shared: distinct aspects among the leads */
  GArray *default_holders;/* uncovered: DgDefaultHolder, most specific basis first (never NULL) */
  int principle;          /* principle: the principle's index, else -1 */
  char *message;          /* principle: what violates it, naming the model's bodies; else NULL */
} DgFinding;

typedef struct {
  const DgGraph *graph;
  GPtrArray *findings;    /* of DgFinding*, most severe first, then kind, area, body, duty */
  GArray *exempt_areas;   /* int area indexes named in exempt:, in model order */
  guint n_expected;       /* expected leaf areas considered (not exempt) */
  guint n_covered;        /* of which reached by a duty (coverage.h) */
  guint count[DG_FINDING_KIND_COUNT];
  GPtrArray *principles;  /* of DgPrincipleVerdict* (principles.h), one per principle, model order */
  DgCoverage *coverage;   /* who holds each area (coverage.h), owned */
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
