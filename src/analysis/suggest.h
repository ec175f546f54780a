/*
 * suggest.h — proposed owners for the areas nobody holds, so that a gap
 * arrives with a proposal: up to three bodies per uncovered area, each
 * with the reason a reader can weigh.
 */
#pragma once

#include "analysis/findings.h"

G_BEGIN_DECLS

/* Why a body is proposed, strongest first. */
typedef enum {
  DG_SUGGEST_LAW,         /* the law names its kind of department for the area (law-holders) */
  DG_SUGGEST_MANAGES,     /* its business includes the area (管行业必须管安全) */
  DG_SUGGEST_SIBLING,     /* it holds areas beside it, in the same field */
  DG_SUGGEST_ABOVE,       /* it holds the wider area above it */
  DG_SUGGEST_NAME,        /* its name shares words with the area's name and keywords */
  DG_SUGGEST_RESIDUAL,    /* it leads comprehensive supervision (安全生产法 第十条) */
  DG_SUGGEST_TERRITORIAL, /* the territorial government (属地管理) */
} DgSuggestBasis;

typedef struct {
  int body;
  DgSuggestBasis basis;
  int via_area;   /* the area whose law names it, or the managed, neighbouring, wider or
                   * residual area behind it, or -1 */
  guint count;    /* sibling: areas beside it the body holds; name: shared words */
} DgSuggestion;

typedef struct {
  int area;
  GArray *candidates; /* DgSuggestion, best first, at most DG_SUGGEST_MAX */
} DgGapProposal;

#define DG_SUGGEST_MAX 3

/* One proposal per uncovered finding of REPORT, in report order. */
GPtrArray *dg_suggest_owners (const DgReport *report);

const char *dg_suggest_basis_name (DgSuggestBasis basis);

G_END_DECLS
