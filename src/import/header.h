/*
 * header.h — the document's header: 文号, issuers, title, year, and the
 * place and level (张山子, 镇) that body names are shortened by.
 */
#pragma once

#include "import/outline.h"
#include "model/model.h"

G_BEGIN_DECLS

typedef struct {
  char *place; /* NULL when the issuers name none */
  char *level;
} DgPlace;

/* Fills MODEL's document from the preamble; FALLBACK_TITLE when none is found. */
void dg_header_read (const GPtrArray *preamble, DgModel *model, const char *fallback_title,
                     DgPlace *place);

G_END_DECLS
