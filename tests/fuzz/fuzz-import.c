/*
 * fuzz-import.c — libFuzzer harness for the importer: one input is one
 * document's bytes.  When it imports, the model is written as YAML by the
 * model writer, so a crash or leak anywhere from decoding to writing is
 * found; when it is refused, the message must say where and why.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "import/import.h"
#include "model/model-load.h"
#include "model/model-write.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static DgModel *taxonomy;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  g_autoptr (GError) error = NULL;
  taxonomy = dg_taxonomy_load (DG_SOURCE_ROOT "/model/taxonomy/safety-areas.yaml", NULL, &error);
  if (taxonomy == NULL)
    g_error ("fuzz-import: %s", error->message);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) model
      = dg_import_bytes ("doc.txt", (const char *) data, size, taxonomy, NULL, &error);
  if (model == NULL)
    {
      if (error == NULL || strstr (error->message, "doc.txt") == NULL
          || strstr (error->message, ": error: ") == NULL)
        abort ();
      return 0;
    }
  g_autofree char *yaml = dg_model_write_yaml (model, "-", &error);
  if (yaml == NULL)
    abort ();
  return 0;
}
