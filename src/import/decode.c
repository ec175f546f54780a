/*
 * decode.c — bytes to UTF-8 text, or a refusal saying where and why.
 */
#include <glib/gi18n.h>
#include <string.h>

#include "import/decode.h"
#include "import/import.h"

/* Line and column (in characters, 1-based) of byte OFFSET, for messages. */
static void
position_of (const char *data, gsize offset, int *line, int *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      guchar c = (guchar) data[i];
      if (c == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if ((c & 0xC0) != 0x80)
        (*column)++;
    }
}

/* Text has few control characters besides tab and newlines; binary data
 * (images, archives, .doc files) has NUL bytes or many of them. */
static gboolean
looks_binary (const char *data, gsize length, gsize *where)
{
  gsize controls = 0, sample = MIN (length, (gsize) 65536);
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];
      if (c == 0)
        {
          *where = i;
          return TRUE;
        }
      if (i < sample && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        controls++;
    }
  *where = 0;
  return sample > 0 && controls * 20 > sample;
}

static char *
convert_from (const char *path, const char *data, gsize length, const char *encoding,
              GError **error)
{
  gsize read = 0, written = 0;
  g_autoptr (GError) local = NULL;
  char *out = g_convert (data, (gssize) length, "UTF-8", encoding, &read, &written, &local);
  if (out != NULL)
    return out;
  if (g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_ENCODING,
                   _("%s: error: unknown encoding '%s' (try UTF-8, GB18030, GBK or UTF-16)"), path,
                   encoding);
      return NULL;
    }
  int line, column;
  position_of (data, read, &line, &column);
  g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_ENCODING,
               _("%s:%d:%d: error: the text is not valid %s (byte 0x%02x); give the file's "
               "encoding with --encoding"),
               path, line, column, encoding, read < length ? (guint) (guchar) data[read] : 0u);
  return NULL;
}

char *
dg_import_decode (const char *path, const char *data, gsize length, const char *encoding,
                  const char **used, GError **error)
{
  *used = NULL;
  if (length >= 2 && ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE))
    {
      *used = "UTF-16LE";
      return convert_from (path, data + 2, length - 2, "UTF-16LE", error);
    }
  if (length >= 2 && ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF))
    {
      *used = "UTF-16BE";
      return convert_from (path, data + 2, length - 2, "UTF-16BE", error);
    }
  gsize where;
  if (looks_binary (data, length, &where))
    {
      int line, column;
      position_of (data, where, &line, &column);
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_ENCODING,
                   _("%s:%d:%d: error: binary data: neither text nor a document format read "
                   "here (.docx .pdf .xlsx .doc .wps .rtf .odt); save it from WPS/Word as .docx or .txt"),
                   path, line, column);
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
      if (encoding == NULL)
        encoding = "UTF-8";
    }
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0
      && g_ascii_strcasecmp (encoding, "UTF8") != 0)
    {
      *used = encoding;
      return convert_from (path, data, length, encoding, error);
    }
  const char *bad = NULL;
  if (g_utf8_validate_len (data, length, &bad))
    {
      *used = "UTF-8";
      return g_strndup (data, length);
    }
  if (encoding != NULL)
    {
      *used = "UTF-8";
      return convert_from (path, data, length, "UTF-8", error);
    }
  /* Not UTF-8: documents saved by older Chinese Windows are GBK, which
   * GB18030 includes. */
  g_autoptr (GError) ignored = NULL;
  char *out = g_convert (data, (gssize) length, "UTF-8", "GB18030", NULL, NULL, &ignored);
  if (out != NULL)
    {
      *used = "GB18030";
      return out;
    }
  int line, column;
  position_of (data, (gsize) (bad - data), &line, &column);
  g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_ENCODING,
               _("%s:%d:%d: error: neither UTF-8 nor GB18030/GBK (byte 0x%02x); give the "
               "encoding with --encoding"),
               path, line, column, (guint) (guchar) *bad);
  return NULL;
}
