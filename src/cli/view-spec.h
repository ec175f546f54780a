/*
 * view-spec.h — the command line's name of a diagram view ("ownership",
 * "coordination", "area:ID", "body:ID") read into the diagram's options.
 */
#pragma once

#include "render/diagram.h"

G_BEGIN_DECLS

/* Parses "ownership", "coordination", "area:ID" or "body:ID" (a name, alias or keyword
 * works in place of the id when it names one thing) into OPTIONS->kind and
 * OPTIONS->index, leaving OPTIONS->font alone.  NULL means ownership.
 * Sets DG_CLI_ERROR_USAGE on failure. */
gboolean dg_view_parse (const DgModel *model, const char *spec, DgDiagramOptions *options,
                        GError **error);

G_END_DECLS
