/*
 * cmd-import.c — `dutygraph import DOC -o MODEL.yaml`: a first model
 * of a document from its own text, for a reviewer to correct rather than
 * a day of typing; and `import --from matrix FILE.csv`: a responsibility
 * matrix edited in a spreadsheet read back into a model.
 */
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "import/import.h"
#include "import/matrix-read.h"
#include "model/model-write.h"
#include "model/yaml-bound.h"
#include "render/text.h"
#include "util/output.h"

static const char description[] =
  N_("Reads a safety-responsibility document and writes a model.  DOC is a\n"
     ".docx, a .pdf with a text layer, an .xlsx, a text file (UTF-8, or\n"
     "GB18030/GBK, detected or given with --encoding), or through LibreOffice a\n"
     ".doc, .wps, .rtf, .odt, .xls, .et or .ods; the content decides, not the\n"
     "name.  The model holds the header, the\n"
     "principles, every body with its items (clause and verbatim text), each\n"
     "item's role read from its verbs and its areas from the taxonomy's keywords.\n"
     "Every duty carries a confidence (0-100) and the reason for its role and\n"
     "areas; --review lists those below 70 on stderr, most doubtful first.\n"
     "\n"
     "--from matrix reads a responsibility matrix saved as CSV (UTF-8, or GBK as\n"
     "Chinese Excel and WPS save it) or XLSX (the layout dutygraph matrix writes,\n"
     "edited in WPS or Excel) back into a model; give --taxonomy the original\n"
     "model's taxonomy so that its areas come back whole (without it the rows\n"
     "define the areas).  dutygraph diff then shows what the edit changed.\n"
     "\n"
     "Exit status: 0 written, 2 bad input (nothing written).");

static int
by_confidence (gconstpointer a, gconstpointer b)
{
  const DgDuty *x = *(DgDuty *const *) a, *y = *(DgDuty *const *) b;
  if (x->confidence != y->confidence)
    return x->confidence - y->confidence;
  return x->loc.line - y->loc.line;
}

static char *
review_text (const DgModel *model)
{
  g_autoptr (GPtrArray) doubtful = g_ptr_array_new ();
  for (guint i = 0; i < model->duties->len; i++)
    {
      DgDuty *d = dg_model_duty (model, (int) i);
      if (d->confidence < DG_IMPORT_DOUBT)
        g_ptr_array_add (doubtful, d);
    }
  g_ptr_array_sort (doubtful, by_confidence);
  GString *out = g_string_new (NULL);
  g_string_append_printf (out, _("%u of %u duties to review (confidence below %d):\n"),
                          doubtful->len, model->duties->len, DG_IMPORT_DOUBT);
  for (guint i = 0; i < doubtful->len; i++)
    {
      const DgDuty *d = g_ptr_array_index (doubtful, i);
      const char *holder = d->kinds ? _("(class)")
                           : d->bodies->len ? dg_model_body (model, g_array_index (d->bodies, int, 0))->name
                                            : "";
      /* Document text reaches a terminal: control characters escaped. */
      dg_text_append (out, d->loc.file);
      g_string_append_printf (out, ":%d:%d: %3d ", d->loc.line, d->loc.column, d->confidence);
      dg_text_append (out, d->clause);
      g_string_append_c (out, ' ');
      dg_text_append (out, holder);
      g_string_append_printf (out, " %s: ", dg_role_name (d->role));
      dg_text_append (out, d->text);
      g_string_append (out, "\n    ");
      dg_text_append (out, d->reason);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* The model written must load again under the limits it was made with:
 * its size within --max-file-size (check's default is import's) and its
 * syntax within the loader's bound (model/yaml-bound.h).  Else nothing is
 * written, and the message names the limit to raise. */
static gboolean
within_load_limits (const char *yaml, gsize len, gint64 max_bytes, GError **error)
{
  if ((guint64) len > (guint64) max_bytes)
    {
      g_set_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_LIMIT,
                   _ ("the model would be larger than --max-file-size %lld, so check would "
                      "refuse it; give import and check a larger --max-file-size (at most "
                      "4294967296)"),
                   (long long) max_bytes);
      return FALSE;
    }
  if (dg_yaml_bound_exceeded (yaml, len) >= 0)
    {
      g_set_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_LIMIT,
                   _ ("the model would hold more YAML syntax than a file of %llu bytes may "
                      "(%llu of the characters []{},:-?&*!%%|> and line ends), so check would "
                      "refuse it; no option raises this bound: import a part of the document"),
                   (unsigned long long) len, (unsigned long long) dg_yaml_marks_allowed (len));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_model (const DgModel *model, const char *output, gint64 max_bytes, GError **error)
{
  g_autofree char *yaml = dg_model_write_yaml (model, output, error);
  if (yaml == NULL)
    return FALSE;
  gsize len = strlen (yaml);
  if (!within_load_limits (yaml, len, max_bytes, error))
    return FALSE;
  if (!dg_output_write (output, yaml, len, error))
    return FALSE;
  return TRUE;
}

/* import --from matrix: the cells of the CSV or workbook decide who holds
 * what. */
static gboolean
import_matrix (const char *csv_path, const char *taxonomy_path, const char *encoding,
               gboolean review, gint64 max_bytes, const char *output, GError **error)
{
  if (review)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("--review is for documents, not --from matrix"));
      return FALSE;
    }
  const char *inputs[] = { csv_path, taxonomy_path, NULL };
  if (!dg_output_check_not_input (output, inputs, error))
    return FALSE;
  DgLoadLimits limits;
  dg_load_limits_init (&limits);
  limits.max_file_bytes = (gsize) max_bytes;
  g_autoptr (DgModel) model = dg_matrix_read (csv_path, taxonomy_path, encoding, &limits, error);
  if (model == NULL)
    return FALSE;
  return write_model (model, output, max_bytes, error);
}

gboolean
dg_cmd_import (int argc, char **argv, DgRun *run G_GNUC_UNUSED, GError **error)
{
  g_autofree char *taxonomy_path = NULL, *encoding = NULL, *output = NULL, *from = NULL;
  gboolean review = FALSE;
  gint64 max_bytes = 64 * 1024 * 1024;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("What the input is: text (a document, default) or matrix (a matrix CSV)"), N_("KIND") },
    { "taxonomy", 't', 0, G_OPTION_ARG_FILENAME, &taxonomy_path,
      N_("Taxonomy whose areas' keywords tag the items (default: the bundled one)"), N_("FILE") },
    { "encoding", 'e', 0, G_OPTION_ARG_STRING, &encoding,
      N_("Encoding of the document (default: UTF-8, else GB18030)"), N_("ENC") },
    { "review", 'r', 0, G_OPTION_ARG_NONE, &review,
      N_("List the doubtful duties (confidence below 70) on stderr"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the model to FILE (- for stdout)"),
      N_("FILE") },
    { "max-file-size", 0, 0, G_OPTION_ARG_INT64, &max_bytes,
      N_("Refuse documents, and models to write, larger than BYTES (1 to 4294967296; default 67108864)"),
      N_("BYTES") },
    G_OPTION_ENTRY_NULL,
  };
  g_autoptr (GOptionContext) context = dg_cli_context (
      _("DOC"), _("Turn a document into a model, each duty with its confidence."),
      _(description));
  g_option_context_add_main_entries (context, entries, NULL);
  if (!dg_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (argc != 2)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("import needs one document"));
      return FALSE;
    }
  if (output == NULL)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("import needs -o MODEL.yaml (or -o - for stdout)"));
      return FALSE;
    }
  if (max_bytes < 1 || max_bytes > G_GINT64_CONSTANT (4294967296))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("--max-file-size must be from 1 to 4294967296 bytes, not %lld"),
                   (long long) max_bytes);
      return FALSE;
    }
  if (from != NULL && !g_str_equal (from, "text") && !g_str_equal (from, "matrix"))
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("unknown --from '%s' (expected text or matrix)"), from);
      return FALSE;
    }
  if (from != NULL && g_str_equal (from, "matrix"))
    return import_matrix (argv[1], taxonomy_path, encoding, review, max_bytes, output, error);
  if (taxonomy_path == NULL && (taxonomy_path = dg_cli_default_taxonomy ()) == NULL)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _("no reference taxonomy found beside the program or installed; "
                     "give one with --taxonomy FILE"));
      return FALSE;
    }
  const char *inputs[] = { argv[1], taxonomy_path, NULL };
  if (!dg_output_check_not_input (output, inputs, error))
    return FALSE;

  DgLoadLimits limits;
  dg_load_limits_init (&limits);
  g_autoptr (DgModel) taxonomy = dg_taxonomy_load (taxonomy_path, &limits, error);
  if (taxonomy == NULL)
    return FALSE;
  DgImportOptions options = { encoding, (gsize) max_bytes };
  g_autoptr (DgModel) model = dg_import_file (argv[1], taxonomy, &options, error);
  if (model == NULL)
    return FALSE;
  if (!write_model (model, output, max_bytes, error))
    return FALSE;
  if (review)
    {
      g_autofree char *text = review_text (model);
      fputs (text, stderr);
    }
  return TRUE;
}
