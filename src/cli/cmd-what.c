/*
 * cmd-what.c — `dutygraph what MODEL BODY`: everything a body holds,
 * matched by id, name or alias, with roles, clauses and areas.
 */
#include <glib/gi18n.h>

#include "analysis/query.h"
#include "cli/lookup.h"
#include "model/model-names.h"
#include "render/report.h"

static const DgLookup what = {
  "what", "BODY", N_ ("body"), N_ ("try a body id, name or alias"),
  N_ ("Everything a body holds: matched by id, name or alias (e.g. 教委, 派出所)."),
  N_ ("An exact id, name or alias wins over a partial match; every body that matches\n"
      "as well is listed, its own duties first, then those it shares with its kind.\n"
      "\n"
      "Exit status: 0 answered, 2 bad input or no body matches."),
  dg_query_bodies, dg_report_what_text, dg_report_what_json, dg_model_body_suggestions,
};

gboolean
dg_cmd_what (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  return dg_cli_lookup (&what, argc, argv, error);
}
