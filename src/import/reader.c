/*
 * reader.c — which reader a file goes to, from its first bytes.
 */
#include <glib/gi18n.h>
#include <string.h>

#include "import/decode.h"
#include "import/import.h"
#include "import/package.h"
#include "import/read-convert.h"
#include "import/read-docx.h"
#include "import/read-pdf.h"
#include "import/read-xlsx.h"
#include "import/reader.h"

static gboolean
starts_with (const char *data, gsize length, const char *magic, gsize n)
{
  return length >= n && memcmp (data, magic, n) == 0;
}

/* %PDF may follow a few bytes of junk, which PDF readers accept in the
 * first kilobyte; a text that mentions %PDF- on a later line stays text. */
static gboolean
is_pdf (const char *data, gsize length)
{
  gsize window = MIN (length, (gsize) 1024);
  for (gsize i = 0; i + 5 <= window && data[i] != '\n'; i++)
    if (memcmp (data + i, "%PDF-", 5) == 0)
      return TRUE;
  return FALSE;
}

/* The mimetype part an ODF package starts with. */
static gboolean
is_odf (DgPackage *package, const char *kind)
{
  if (!dg_package_has (package, "mimetype"))
    return FALSE;
  gsize length = 0;
  g_autofree char *type = dg_package_read (package, "mimetype", &length, NULL);
  g_autofree char *wanted = g_strconcat ("application/vnd.oasis.opendocument.", kind, NULL);
  return type != NULL && g_str_has_prefix (type, wanted);
}

static char *
read_zip (const char *path, const char *data, gsize length, GError **error)
{
  g_autoptr (DgPackage) package = dg_package_open (path, data, length, error);
  if (package == NULL)
    return NULL;
  if (dg_package_has (package, "word/document.xml"))
    return dg_read_docx (path, package, error);
  if (is_odf (package, "text"))
    return dg_read_convert (path, data, length, "odt", error);
  if (is_odf (package, "spreadsheet"))
    return dg_read_convert (path, data, length, "ods", error);
  if (dg_package_has (package, "xl/workbook.xml"))
    return dg_read_xlsx (path, data, length, error);
  if (dg_package_has (package, "ppt/presentation.xml"))
    g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                 _("%s: error: a spreadsheet or presentation, not a document; save the "
                   "document itself as .docx (a matrix CSV is read with --from matrix)"),
                 path);
  else
    g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                 _("%s: error: a zip archive that is neither a .docx (no word/document.xml) nor "
                   "an .odt document"),
                 path);
  return NULL;
}

static char *
read_text (const char *path, const char *data, gsize length, const char *encoding, GError **error)
{
  const char *used = NULL;
  return dg_import_decode (path, data, length, encoding, &used, error);
}

char *
dg_reader_read (const char *path, const char *data, gsize length, const char *encoding,
                gsize *text_length, GError **error)
{
  char *text;
  if (starts_with (data, length, "PK\x03\x04", 4) || starts_with (data, length, "PK\x05\x06", 4))
    text = read_zip (path, data, length, error);
  else if (is_pdf (data, length))
    text = dg_read_pdf (path, data, length, error);
  else if (starts_with (data, length, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
    text = dg_read_ole (path, data, length, error);
  else if (starts_with (data, length, "{\\rtf", 5))
    text = dg_read_convert (path, data, length, "rtf", error);
  else
    text = read_text (path, data, length, encoding, error);
  *text_length = text ? strlen (text) : 0;
  return text;
}
