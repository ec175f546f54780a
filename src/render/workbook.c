/*
 * workbook.c — an Excel workbook written through a private temporary
 * directory and read back as bytes (workbook.h).
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "render/render-error.h"
#include "render/workbook.h"
#include "util/escape.h"

/* 2000-01-01T00:00:00Z: any fixed instant will do. */
#define FIXED_CREATION_TIME ((time_t) 946684800)

/* A failure to write a file in the temporary directory (a full disk) is
 * the environment's; any other is the library's. */
static DgRenderError
workbook_error_code (lxw_error status)
{
  switch (status)
    {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      return DG_RENDER_ERROR_FILE;
    default:
      return DG_RENDER_ERROR_WORKBOOK;
    }
}

GBytes *
dg_workbook_bytes (const char *title, const char *company, DgWorkbookFill fill,
                   gconstpointer data, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dutygraph-xlsx-XXXXXX", &local);
  if (dir == NULL)
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_FILE, "%s", local->message);
      return NULL;
    }
  g_autofree char *path = g_build_filename (dir, "workbook.xlsx", NULL);
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = dir, .use_zip64 = LXW_FALSE };
  lxw_workbook *wb = workbook_new_opt (path, &options);
  lxw_error status = LXW_NO_ERROR;
  if (wb == NULL)
    status = LXW_ERROR_CREATING_XLSX_FILE;
  else
    {
      /* libxlsxwriter escapes the markup of a property, not what XML forbids. */
      g_autofree char *safe_title = title ? dg_escape_xml_text (title) : NULL;
      g_autofree char *safe_company = company ? dg_escape_xml_text (company) : NULL;
      lxw_doc_properties properties = {
        .title = safe_title, .company = safe_company, .created = FIXED_CREATION_TIME,
      };
      workbook_set_properties (wb, &properties);
      status = fill (wb, data);
      lxw_error closed = workbook_close (wb);
      if (status == LXW_NO_ERROR)
        status = closed;
    }
  GBytes *bytes = NULL;
  if (status == LXW_NO_ERROR)
    {
      char *contents = NULL;
      gsize length = 0;
      if (g_file_get_contents (path, &contents, &length, &local))
        bytes = g_bytes_new_take (contents, length);
      else
        g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_FILE, "%s", local->message);
    }
  else
    g_set_error (error, DG_RENDER_ERROR, workbook_error_code (status),
                 _("cannot write the workbook: %s"), lxw_strerror (status));
  g_unlink (path);
  g_rmdir (dir);
  return bytes;
}
