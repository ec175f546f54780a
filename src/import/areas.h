/*
 * areas.h — which duty areas an item's wording names.
 *
 * Owns the lexicon built from the taxonomy's `keywords` (and area names):
 * the longest keyword at each place wins; a keyword under a negation
 * (不包括…, 不含…, 除…外, 非X) does not count; an area is dropped when one
 * of its sub-areas is named too (the more precise one says it); in
 * A、B等C the examples yield to C; a keyword written 事故…调查处理 names
 * its area in a clause that names no other when its head came earlier in
 * the sentence; in 指导/督促 X 开展 Y the party X names no area when Y
 * names one.  Each clause up to a ； is tagged on its own and the areas
 * united; X的Y reads as the keyword XY, and the head of A、B的Y or the
 * verb of 非法储存、销售X is shared along the list.
 */
#pragma once

#include "model/model.h"

G_BEGIN_DECLS

typedef struct DgAreaTagger DgAreaTagger;

DgAreaTagger *dg_area_tagger_new (const DgModel *taxonomy);
void dg_area_tagger_free (DgAreaTagger *tagger);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgAreaTagger, dg_area_tagger_free)

/* Area indexes (of TAXONOMY) named in TEXT, in the order first named.
 * BEFORE is the sentence's text before TEXT, or NULL.  REASON gets
 * "keyword→area-id" entries; *SHORTEST the length in characters of the
 * shortest keyword that decided an area (0 when none). */
GArray *dg_area_tagger_tag (const DgAreaTagger *tagger, const char *text, const char *before,
                            GString *reason, int *shortest);

G_END_DECLS
