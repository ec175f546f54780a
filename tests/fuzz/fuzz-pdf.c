/*
 * fuzz-pdf.c — libFuzzer harness for the PDF reader: one input is one
 * file's bytes (poppler parses it; the reader orders, joins and strips its
 * lines).  A refusal must name the file and say error; a text must be
 * UTF-8 without NUL.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "import/reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  gsize length = 0;
  g_autofree char *text
      = dg_reader_read ("doc.pdf", (const char *) data, size, NULL, &length, &error);
  if (text == NULL)
    {
      if (error == NULL || strstr (error->message, "doc.pdf") == NULL
          || strstr (error->message, "error: ") == NULL)
        abort ();
      return 0;
    }
  if (!g_utf8_validate (text, (gssize) length, NULL) || strlen (text) != length)
    abort ();
  return 0;
}
