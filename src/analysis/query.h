/*
 * query.h — finding areas and bodies from what a user types.
 *
 * `who 校车` and `what 教委` match, in order of preference: the exact id,
 * the exact name, an exact alias or keyword, then a substring of a name,
 * alias or keyword.  The first tier that matches anything wins, so an
 * exact answer is never drowned by substring matches.
 */
#pragma once

#include "model/model.h"

G_BEGIN_DECLS

/* Area indexes matching QUERY, in model order; areas whose ancestor also
 * matched are dropped (the ancestor's answer includes them). */
GArray *dg_query_areas (const DgModel *model, const char *query);

/* Body indexes matching QUERY, in model order. */
GArray *dg_query_bodies (const DgModel *model, const char *query);

G_END_DECLS
