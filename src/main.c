/*
 * main.c — the dutygraph command: the table of subcommands, dispatch, and
 * the one place that prints errors and chooses the exit status.
 */
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cli/cli.h"
#include "cli/suggest-option.h"
#include "graph/graph.h"
#include "util/diag.h"
#include "util/i18n.h"
#include "import/import.h"

typedef struct {
  const char *name;
  DgCommandFn fn;
  const char *summary;
} DgCommand;

static const DgCommand commands[] = {
  { "check", dg_cmd_check, N_ ("validate models and report gaps, overlaps and vague duties") },
  { "who", dg_cmd_who, N_ ("who holds an area (e.g. 校车), with roles and clauses") },
  { "what", dg_cmd_what, N_ ("everything a body holds (e.g. 镇教委)") },
  { "render", dg_cmd_render, N_ ("draw ownership diagrams (svg, png, pdf, dot)") },
  { "stats", dg_cmd_stats, N_ ("coordination pairs, load, fragility, proposed owners, periodic duties") },
  { "calendar", dg_cmd_calendar, N_ ("export periodic obligations as an iCalendar (.ics) file") },
  { "diff", dg_cmd_diff, N_ ("what changed between two models; exit 1 when it opens findings") },
  { "restructure", dg_cmd_restructure, N_ ("apply a restructuring scenario, write the new model") },
  { "matrix", dg_cmd_matrix, N_ ("the responsibility matrix as csv, xlsx, md or html") },
  { "report", dg_cmd_report, N_ ("findings, diagram and matrix as one self-contained HTML file") },
  { "import", dg_cmd_import, N_ ("turn a document's text into a model, each duty with its confidence") },
  { "eval", dg_cmd_eval, N_ ("score a model against a hand-made one (precision, recall, F1)") },
  { "list", dg_cmd_list, N_ ("the ids, names and aliases of a model's bodies or areas") },
};

static void
print_usage (FILE *to)
{
  fputs (_ ("usage: dutygraph [--lang LANG] COMMAND [OPTION…] ARG…\n\n"
             "Turn a safety-responsibility document into a graph and report what its prose\n"
             "hides: areas nobody holds, areas several bodies hold, duties that name nothing.\n\n"
             "commands:\n"),
         to);
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (to, "  %-8s %s\n", commands[i].name, _ (commands[i].summary));
  fputs (_ ("\n'dutygraph COMMAND --help' describes a command; --lang zh_CN (or LANG) chooses\n"
             "the language of messages. Exit status: 0 clean, 1 findings at or above\n"
             "--fail-on, 2 bad input or usage, 3 internal error.\n"),
         to);
}

static int
print_error (const GError *error, int status)
{
  /* A model's problems already read FILE:LINE:COL: error: …, one per line
   * (an import's: one line); any other message is one line.  Either way
   * text from an input is escaped (util/diag.h), so nothing it holds
   * reaches the terminal or starts a line. */
  gboolean located = error->domain == DG_LOAD_ERROR || error->domain == DG_IMPORT_ERROR;
  g_autofree char *shown = dg_diag_for_terminal (error->message, error->domain == DG_LOAD_ERROR);
  if (located)
    fprintf (stderr, "%s\n", shown);
  else
    fprintf (stderr, _ ("dutygraph: error: %s\n"), shown);
  return status;
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) lang_error = NULL;
  if (!dg_i18n_init (&argc, argv, &lang_error))
    return print_error (lang_error, DG_EXIT_INPUT);
  dg_graph_init_library ();
  if (argc < 2)
    {
      print_usage (stderr);
      return DG_EXIT_INPUT;
    }
  const char *name = argv[1];
  if (g_str_equal (name, "--help") || g_str_equal (name, "-h") || g_str_equal (name, "help"))
    {
      print_usage (stdout);
      return DG_EXIT_OK;
    }
  if (g_str_equal (name, "--version"))
    {
      printf ("dutygraph %s\n", DG_VERSION);
      return DG_EXIT_OK;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (name, commands[i].name))
      {
        g_autoptr (GError) error = NULL;
        g_autofree char *prgname = g_strdup_printf ("dutygraph %s", name);
        g_set_prgname (prgname);
        int status = commands[i].fn (argc - 1, argv + 1, &error);
        if (error)
          return print_error (error, status == DG_EXIT_OK || status == DG_EXIT_FINDINGS
                                         ? DG_EXIT_INTERNAL
                                         : status);
        return status;
      }
  const char *names[G_N_ELEMENTS (commands)];
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    names[i] = commands[i].name;
  const char *near = dg_cli_nearest_word (name, names, G_N_ELEMENTS (commands));
  g_autofree char *raw = near ? g_strdup_printf (_ ("unknown command '%s'; did you mean '%s'?"), name, near)
                              : g_strdup_printf (_ ("unknown command '%s'"), name);
  g_autofree char *shown = dg_diag_for_terminal (raw, FALSE);
  fprintf (stderr, _ ("dutygraph: error: %s\n"), shown);
  fputc ('\n', stderr);
  print_usage (stderr);
  return DG_EXIT_INPUT;
}
