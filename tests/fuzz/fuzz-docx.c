/*
 * fuzz-docx.c — libFuzzer harness for the .docx reader.  An input that
 * starts as a zip is read as a file; any other is the XML of
 * word/document.xml, optionally followed by a line "--numbering--" and the
 * XML of word/numbering.xml, packed here into a .docx with libzip, so that
 * the fuzzer mutates the XML the reader walks rather than the deflate
 * stream.  A refusal must name the file and say error; a text must be
 * UTF-8 without NUL.  LibreOffice is turned off (DUTYGRAPH_SOFFICE empty):
 * an ODF input is refused, not converted.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "import/reader.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  g_setenv ("DUTYGRAPH_SOFFICE", "", TRUE);
  return 0;
}

static void
add_part (zip_t *zip, const char *name, const char *data, size_t size)
{
  zip_source_t *part = zip_source_buffer (zip, data, size, 0);
  if (part == NULL || zip_file_add (zip, name, part, ZIP_FL_OVERWRITE) < 0)
    abort ();
}

/* A .docx holding DOCUMENT (and NUMBERING), in memory. */
static char *
package (const char *document, size_t document_size, const char *numbering,
         size_t numbering_size, size_t *size)
{
  zip_error_t error;
  zip_error_init (&error);
  zip_source_t *source = zip_source_buffer_create (NULL, 0, 0, &error);
  zip_source_keep (source);
  zip_t *zip = zip_open_from_source (source, ZIP_TRUNCATE, &error);
  if (zip == NULL)
    abort ();
  add_part (zip, "word/document.xml", document, document_size);
  if (numbering != NULL)
    add_part (zip, "word/numbering.xml", numbering, numbering_size);
  if (zip_close (zip) < 0)
    abort ();
  zip_stat_t st;
  if (zip_source_stat (source, &st) < 0 || zip_source_open (source) < 0)
    abort ();
  char *out = g_malloc (st.size + 1);
  zip_int64_t n = zip_source_read (source, out, st.size);
  if (n < 0 || (zip_uint64_t) n != st.size)
    abort ();
  zip_source_close (source);
  zip_source_free (source);
  zip_error_fini (&error);
  *size = st.size;
  return out;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *bytes = (const char *) data;
  g_autofree char *docx = NULL;
  if (!(size >= 2 && bytes[0] == 'P' && bytes[1] == 'K'))
    {
      static const char mark[] = "\n--numbering--\n";
      const char *split = memmem (bytes, size, mark, sizeof mark - 1);
      size_t document_size = split ? (size_t) (split - bytes) : size;
      const char *numbering = split ? split + sizeof mark - 1 : NULL;
      size_t numbering_size = split ? size - document_size - (sizeof mark - 1) : 0;
      docx = package (bytes, document_size, numbering, numbering_size, &size);
      bytes = docx;
    }
  g_autoptr (GError) error = NULL;
  gsize length = 0;
  g_autofree char *text = dg_reader_read ("doc.docx", bytes, size, NULL, &length, &error);
  if (text == NULL)
    {
      if (error == NULL || strstr (error->message, "doc.docx") == NULL
          || strstr (error->message, "error: ") == NULL)
        abort ();
      return 0;
    }
  if (!g_utf8_validate (text, (gssize) length, NULL) || strlen (text) != length)
    abort ();
  return 0;
}
