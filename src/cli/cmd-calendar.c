/*
 * cmd-calendar.c — `dutygraph calendar MODEL -o duties.ics`: the periodic
 * obligations (every:/times:) as an iCalendar file for calendar programs.
 */
#include <glib/gi18n.h>

#include <string.h>

#include "cli/cli.h"
#include "render/calendar.h"
#include "util/output.h"

static const char *const description = N_ (
  "One all-day event per obligation, recurring every half-year\n"
  "(RRULE:FREQ=MONTHLY;INTERVAL=6), quarter (INTERVAL=3) or year (FREQ=YEARLY),\n"
  "from --start (default: 1 January of the document's year). An obligation done\n"
  "N times a period gives N events spread evenly over the period. The summary\n"
  "names the position and the duty; the description gives the clause and the\n"
  "duty verbatim. The same model and start give the same bytes.\n"
  "\n"
  "Exit status: 0 written, 2 bad input or usage.");

static gboolean
parse_start (const char *text, const DgModel *model, GDate *date, GError **error)
{
  if (text == NULL)
    {
      if (model->year < 1 || model->year > 9999)
        {
          g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                       _ ("the model gives no document year: give --start YYYY-MM-DD"));
          return FALSE;
        }
      g_date_set_dmy (date, 1, G_DATE_JANUARY, (GDateYear) model->year);
      return TRUE;
    }
  unsigned year, month, day;
  char end;
  if (strlen (text) == 10 && sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3
      && text[4] == '-' && text[7] == '-' && year >= 1 && year <= 9999
      && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
      return TRUE;
    }
  g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
               _ ("invalid --start '%s' (expected a date YYYY-MM-DD)"), text);
  return FALSE;
}

gboolean
dg_cmd_calendar (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  g_autofree char *output = NULL, *start_text = NULL;
  DgCliLimits limits;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_ ("Write the calendar to FILE (- for stdout)"), "FILE" },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_text,
      N_ ("First day of the recurrences (default: 1 January of the document's year)"), "YYYY-MM-DD" },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      "MODEL", N_ ("Export the periodic obligations as an iCalendar (RFC 5545) file."), description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_group (context, dg_cli_limits_group (&limits));
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (argc != 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _ ("calendar needs exactly one MODEL"));
      return FALSE;
    }
  if (!dg_output_check_not_input (output, (const char *const[]){ argv[1], NULL }, error))
    return FALSE;

  g_autoptr (DgModel) model = NULL;
  g_autoptr (DgGraph) graph = NULL;
  if (!dg_cli_load (argv[1], &limits, output, &model, &graph, error))
    return FALSE;
  GDate start;
  g_date_clear (&start, 1);
  if (!parse_start (start_text, model, &start, error))
    return FALSE;

  g_autofree char *ics = dg_render_calendar_ics (graph, &start);
  if (!dg_output_write (output, ics, strlen (ics), error))
    return FALSE;
  return TRUE;
}
