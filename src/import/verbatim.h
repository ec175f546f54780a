/*
 * verbatim.h — the document's own text for a string read from its folded
 * form.
 *
 * The importer reads the folded text (util/normalize.h); a name or text it
 * writes into the model is looked up there and replaced by the same
 * characters of the original, so the model quotes the document as written
 * (traditional characters, full-width digits, its own punctuation).  White
 * space is ignored in the lookup and line breaks inside the original span
 * are dropped, as the outline joins wrapped lines.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct DgVerbatim DgVerbatim;

/* ORIGINAL and FOLDED must have the same characters one for one. */
DgVerbatim *dg_verbatim_new (const char *original, const char *folded);
void dg_verbatim_free (DgVerbatim *v);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgVerbatim, dg_verbatim_free)

/* The original of FOLDED_PART (a string read from the folded text), or
 * NULL when it is not a part of the document (a name the importer
 * composed).  Searches from where the previous hit ended first, so that
 * repeated texts map in document order. */
char *dg_verbatim_lookup (DgVerbatim *v, const char *folded_part);

/* The next lookup searches from the document's start again: for a second
 * series in document order (the names, after the texts), so that each
 * lookup goes on from the one before rather than from the start. */
void dg_verbatim_rewind (DgVerbatim *v);

G_END_DECLS
