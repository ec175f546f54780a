/*
 * package.c — a zip package opened from memory, its parts read within
 * the bounds that stop a zip bomb before it is inflated.
 */
#include <glib/gi18n.h>
#include <zip.h>

#include "import/import.h"
#include "import/package.h"

struct _DgPackage
{
  const char *path;
  zip_t *zip;
};

DgPackage *
dg_package_open (const char *path, const char *data, gsize length, GError **error)
{
  zip_error_t zerror;
  zip_error_init (&zerror);
  zip_source_t *source = zip_source_buffer_create (data, length, 0, &zerror);
  zip_t *zip = source ? zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &zerror) : NULL;
  if (zip == NULL)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                   _("%s: error: not a readable zip package (%s); the .docx or .odt file is "
                     "damaged or incomplete"),
                   path, zip_error_strerror (&zerror));
      if (source != NULL)
        zip_source_free (source);
      zip_error_fini (&zerror);
      return NULL;
    }
  zip_error_fini (&zerror);
  DgPackage *package = g_new0 (DgPackage, 1);
  package->path = path;
  package->zip = zip;
  return package;
}

void
dg_package_free (DgPackage *package)
{
  if (package == NULL)
    return;
  zip_discard (package->zip);
  g_free (package);
}

gboolean
dg_package_has (DgPackage *package, const char *name)
{
  return zip_name_locate (package->zip, name, 0) >= 0;
}

static char *
fail (DgPackage *package, const char *name, const char *why, GError **error)
{
  g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT, _("%s: %s: error: %s"), package->path,
               name, why);
  return NULL;
}

char *
dg_package_read (DgPackage *package, const char *name, gsize *length, GError **error)
{
  *length = 0;
  zip_stat_t st;
  zip_stat_init (&st);
  if (zip_stat (package->zip, name, 0, &st) != 0)
    return fail (package, name, _("the part is missing"), error);
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    return fail (package, name,
                 _("the part is encrypted; remove the password (save an unprotected copy) first"),
                 error);
  if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
    return fail (package, name, _("the package does not say the part's size"), error);
  if (st.size > DG_PACKAGE_MAX_PART)
    {
      g_autofree char *why = g_strdup_printf (
          _("the part would inflate to %llu bytes, over the limit of %llu (a zip bomb?)"),
          (unsigned long long) st.size, (unsigned long long) DG_PACKAGE_MAX_PART);
      return fail (package, name, why, error);
    }
  /* Small parts compress however they like; a large one far beyond what
   * text does is a bomb. */
  if (st.size > 1024 * 1024 && st.size / MAX (st.comp_size, (zip_uint64_t) 1) > DG_PACKAGE_MAX_RATIO)
    {
      g_autofree char *why = g_strdup_printf (
          _("the part would inflate %llu times (%llu bytes from %llu), over the limit of %d times "
            "(a zip bomb?)"),
          (unsigned long long) (st.size / MAX (st.comp_size, (zip_uint64_t) 1)),
          (unsigned long long) st.size, (unsigned long long) st.comp_size, DG_PACKAGE_MAX_RATIO);
      return fail (package, name, why, error);
    }
  zip_file_t *file = zip_fopen_index (package->zip, st.index, 0);
  if (file == NULL)
    return fail (package, name, zip_strerror (package->zip), error);
  /* One byte more than declared: a part that yields more is refused rather
   * than read on. */
  gsize want = (gsize) st.size;
  char *buffer = g_malloc (want + 2);
  gsize got = 0;
  for (;;)
    {
      zip_int64_t n = zip_fread (file, buffer + got, want + 1 - got);
      if (n < 0)
        {
          g_autofree char *why = g_strdup_printf (_("cannot inflate the part: %s"),
                                                  zip_file_strerror (file));
          zip_fclose (file);
          g_free (buffer);
          return fail (package, name, why, error);
        }
      if (n == 0)
        break;
      got += (gsize) n;
      if (got > want)
        break;
    }
  zip_fclose (file);
  if (got != want)
    {
      g_free (buffer);
      return fail (package, name, _("the part's data does not match the size its directory declares"),
                   error);
    }
  buffer[got] = '\0';
  *length = got;
  return buffer;
}
