/*
 * fuzz-matrix.c — libFuzzer harness for reading a matrix CSV back
 * (import/matrix-read.h), the parser of files people edit in spreadsheets.
 * One input is one CSV, read with the town-a test taxonomy.  A refusal
 * must say FILE:LINE:COL: error:; a model read must check, and its matrix
 * (CSV, Markdown, HTML) must read back to the same CSV again.
 */
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/matrix.h"
#include "import/matrix-read.h"
#include "render/matrix.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *scratch_dir;
static char *csv_path;
static char *again_path;
static char *taxonomy;

static void
cleanup (void)
{
  if (csv_path)
    g_unlink (csv_path);
  if (again_path)
    g_unlink (again_path);
  if (scratch_dir)
    g_rmdir (scratch_dir);
  g_clear_pointer (&csv_path, g_free);
  g_clear_pointer (&again_path, g_free);
  g_clear_pointer (&scratch_dir, g_free);
  g_clear_pointer (&taxonomy, g_free);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  g_autoptr (GError) error = NULL;
  scratch_dir = g_dir_make_tmp ("dg-fuzz-matrix-XXXXXX", &error);
  if (scratch_dir == NULL)
    g_error ("fuzz-matrix: %s", error->message);
  csv_path = g_build_filename (scratch_dir, "matrix.csv", NULL);
  again_path = g_build_filename (scratch_dir, "again.csv", NULL);
  taxonomy = g_build_filename (DG_SOURCE_ROOT, "tests/cli/data/town-a/taxonomy.yaml", NULL);
  atexit (cleanup);
  dg_graph_init_library ();
  return 0;
}

static void
require_located (const GError *error)
{
  if (error == NULL || error->message == NULL || strstr (error->message, ": error: ") == NULL)
    abort ();
}

/* The matrix CSV of MODEL (new string), after rendering every text format. */
static char *
render (DgModel *model)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgGraph) graph = dg_graph_build (model, &error);
  if (graph == NULL)
    abort ();
  g_autoptr (DgReport) report = dg_check_run (graph);
  g_autoptr (DgMatrix) matrix = dg_matrix_build (report);
  g_autoptr (GBytes) md = dg_matrix_markdown (matrix);
  g_autoptr (GBytes) html = dg_matrix_html (matrix);
  g_autoptr (GBytes) csv = dg_matrix_csv (matrix);
  if (g_bytes_get_size (md) == 0 || g_bytes_get_size (html) == 0)
    abort ();
  gsize len = 0;
  const char *data = g_bytes_get_data (csv, &len);
  return g_strndup (data, len);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (!g_file_set_contents (csv_path, (const char *) data, (gssize) size, NULL))
    abort ();
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) model = dg_matrix_read (csv_path, taxonomy, NULL, NULL, &error);
  if (model == NULL)
    {
      require_located (error);
      return 0;
    }
  g_autofree char *first = render (model);
  if (!g_file_set_contents (again_path, first, -1, NULL))
    abort ();
  g_autoptr (DgModel) again = dg_matrix_read (again_path, taxonomy, NULL, NULL, &error);
  if (again == NULL)
    {
      fprintf (stderr, "the matrix written does not read back: %s\n", error->message);
      abort ();
    }
  g_autofree char *second = render (again);
  if (strcmp (first, second) != 0)
    {
      fprintf (stderr, "the matrix changes on a second round trip\n--- first\n%s\n--- second\n%s\n",
               first, second);
      abort ();
    }
  return 0;
}
