/*
 * list-report.h — `dutygraph list`: every body (id, name, aliases) or
 * every area (id, name, parent) of a model, as text or JSON — the ids a
 * user types into a scenario, a query or a baseline.
 */
#pragma once

#include "model/model.h"

G_BEGIN_DECLS

/* One line per body: id, name, then each alias, separated by tabs. */
char *dg_report_list_bodies_text (const DgModel *model);
char *dg_report_list_bodies_json (const DgModel *model);

/* One line per area: id, name, then the parent's id when it has one. */
char *dg_report_list_areas_text (const DgModel *model);
char *dg_report_list_areas_json (const DgModel *model);

G_END_DECLS
