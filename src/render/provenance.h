/*
 * provenance.h — what every deliverable says about where it came from: the
 * document (title, 文号), the 编制单位 given with --org, the date it was
 * made and the dutygraph version that made it.
 *
 * The date is SOURCE_DATE_EPOCH's when that is set (reproducible builds:
 * the bundled outputs stay byte-identical), else today's, in UTC.
 */
#pragma once

#include <glib.h>

#include "model/model.h"

G_BEGIN_DECLS

typedef struct {
  char *title;   /* the document's title, or NULL */
  char *number;  /* its 文号, or NULL */
  char *org;     /* 编制单位 (--org), or NULL */
  char *date;    /* YYYY-MM-DD */
  char *version; /* dutygraph's version */
} DgProvenance;

/* The provenance of a deliverable made from MODEL (may be NULL) for ORG (may be NULL). */
DgProvenance *dg_provenance_new (const DgModel *model, const char *org);
void dg_provenance_free (DgProvenance *provenance);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgProvenance, dg_provenance_free)

/* One line for a page's foot, in the interface's language, unescaped:
 * "编制单位：X　生成日期：2026-12-03　dutygraph 0.9" (org left out when absent). */
char *dg_provenance_line (const DgProvenance *provenance);

G_END_DECLS
