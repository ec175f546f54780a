/*
 * cmd-who.c — `dutygraph who MODEL QUERY`: who holds an area, matched by
 * id, name or keyword, with roles and clauses.
 */
#include <glib/gi18n.h>

#include "analysis/query.h"
#include "cli/lookup.h"
#include "model/model-names.h"
#include "render/report.h"

static const DgLookup who = {
  "who", "QUERY", N_ ("area"), N_ ("try an area id, name or keyword"),
  N_ ("Who holds an area: matched by id, name or keyword (e.g. 校车, 燃气)."),
  N_ ("An exact id, name or keyword wins over a partial match. A wider area's answer\n"
      "includes the areas under it; the holders of wider areas above it are listed too.\n"
      "\n"
      "Exit status: 0 answered, 2 bad input or no area matches."),
  dg_query_areas, dg_report_who_text, dg_report_who_json, dg_model_area_suggestions,
};

gboolean
dg_cmd_who (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  return dg_cli_lookup (&who, argc, argv, error);
}
