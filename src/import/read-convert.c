/*
 * read-convert.c — LibreOffice as the reader of the formats it alone
 * reads well (a document through .docx, a workbook through .xlsx), and libgsf for the one look inside an OLE2 file that decides
 * whether it can be read at all (encrypted or not).
 */
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>
#include <signal.h>
#include <unistd.h>

#include "import/import.h"
#include "import/package.h"
#include "import/read-convert.h"
#include "import/read-docx.h"
#include "import/read-xlsx.h"

/* libgsf 1.14 declares no g_autoptr cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

/* Removes DIR and what it holds; links are removed, never followed. */
static void
remove_tree (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  if (d != NULL)
    {
      const char *name;
      while ((name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (dir, name, NULL);
          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (d);
    }
  g_rmdir (dir);
}

static void
own_group (gpointer data)
{
  (void) data;
  setpgid (0, 0);
}

static void
on_exit_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *(gboolean *) data = TRUE;
}

static gboolean
on_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs ARGV in a process group of its own (soffice starts soffice.bin),
 * killed whole after TIMEOUT seconds.  FALSE when it ran out of time. */
static gboolean
run_with_limit (const char *const *argv, int timeout, GSubprocess **out, GError **error)
{
  g_autoptr (GSubprocessLauncher) launcher
      = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_set_child_setup (launcher, own_group, NULL, NULL);
  GSubprocess *proc = g_subprocess_launcher_spawnv (launcher, argv, error);
  if (proc == NULL)
    return TRUE;
  GMainContext *context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  gboolean done = FALSE, expired = FALSE;
  g_subprocess_wait_async (proc, NULL, on_exit_cb, &done);
  GSource *timer = g_timeout_source_new_seconds ((guint) timeout);
  g_source_set_callback (timer, on_timeout_cb, &expired, NULL);
  g_source_attach (timer, context);
  while (!done && !expired)
    g_main_context_iteration (context, TRUE);
  g_source_destroy (timer);
  g_source_unref (timer);
  const char *id = g_subprocess_get_identifier (proc);
  if (!done && id != NULL)
    kill (-(pid_t) g_ascii_strtoll (id, NULL, 10), SIGKILL);
  while (!done)
    g_main_context_iteration (context, TRUE);
  g_main_context_pop_thread_default (context);
  g_main_context_unref (context);
  *out = proc;
  return !expired;
}

/* A workbook LibreOffice reads (.xls, .et, .ods) comes back as .xlsx, for
 * read-xlsx.c; every other document as .docx, for read-docx.c. */
static gboolean
is_workbook (const char *extension)
{
  return g_str_equal (extension, "xls") || g_str_equal (extension, "et")
         || g_str_equal (extension, "ods");
}

static char *
convert_in (const char *path, const char *data, gsize length, const char *extension,
            const char *soffice, const char *dir, GError **error)
{
  const char *target = is_workbook (extension) ? "xlsx" : "docx";
  g_autofree char *name = g_strconcat ("in.", extension, NULL);
  g_autofree char *input = g_build_filename (dir, name, NULL);
  g_autofree char *outdir = g_build_filename (dir, "out", NULL);
  g_autofree char *profile = g_build_filename (dir, "profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autoptr (GError) local = NULL;
  if (!g_file_set_contents (input, data, (gssize) length, &local) || profile_uri == NULL)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_IO,
                   _("%s: error: cannot write a temporary copy for LibreOffice: %s"), path,
                   local ? local->message : "");
      return NULL;
    }
  g_autofree char *env = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  const char *argv[] = { soffice, "--headless", "--invisible", "--norestore", "--nologo",
                         "--nodefault", "--nolockcheck", env, "--convert-to", target, "--outdir",
                         outdir, input, NULL };
  g_autoptr (GSubprocess) proc = NULL;
  if (!run_with_limit (argv, DG_CONVERT_TIMEOUT, &proc, &local))
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                   _("%s: error: LibreOffice did not convert the document within %d seconds; "
                     "open it in WPS or Word and save it as .docx"),
                   path, DG_CONVERT_TIMEOUT);
      return NULL;
    }
  if (proc == NULL)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_IO,
                   _("%s: error: cannot run LibreOffice (%s): %s"), path, soffice,
                   local ? local->message : "");
      return NULL;
    }
  g_autofree char *result_name = g_strconcat ("in.", target, NULL);
  g_autofree char *result = g_build_filename (outdir, result_name, NULL);
  g_autofree char *docx = NULL;
  gsize docx_length = 0;
  if (!g_subprocess_get_if_exited (proc) || g_subprocess_get_exit_status (proc) != 0
      || !g_file_get_contents (result, &docx, &docx_length, NULL))
    {
      if (is_workbook (extension))
        g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                     _("%s: error: LibreOffice could not convert the workbook (damaged, or "
                       "password-protected?); open it in WPS or Excel and save it as .xlsx"),
                     path);
      else
        g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                     _("%s: error: LibreOffice could not convert the document (damaged, or "
                       "password-protected?); open it in WPS or Word and save it as .docx"),
                     path);
      return NULL;
    }
  if (is_workbook (extension))
    return dg_read_xlsx (path, docx, docx_length, error);
  g_autoptr (DgPackage) package = dg_package_open (path, docx, docx_length, error);
  if (package == NULL)
    return NULL;
  return dg_read_docx (path, package, error);
}

char *
dg_read_convert (const char *path, const char *data, gsize length, const char *extension,
                 GError **error)
{
  /* DUTYGRAPH_SOFFICE names a LibreOffice that is not on PATH (or none). */
  const char *chosen = g_getenv ("DUTYGRAPH_SOFFICE");
  g_autofree char *soffice = NULL;
  if (chosen != NULL)
    soffice = *chosen ? g_find_program_in_path (chosen) : NULL;
  else if ((soffice = g_find_program_in_path ("soffice")) == NULL)
    soffice = g_find_program_in_path ("libreoffice");
  if (soffice == NULL && is_workbook (extension))
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                   _("%s: error: a .%s workbook is read through LibreOffice, which was not found "
                     "(soffice on PATH, or DUTYGRAPH_SOFFICE); install LibreOffice (Debian: apt "
                     "install libreoffice-calc-nogui), or open it in WPS or Excel and save it as "
                     ".xlsx"),
                   path, extension);
      return NULL;
    }
  if (soffice == NULL)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                   _("%s: error: a .%s document is read through LibreOffice, which was not found "
                     "(soffice on PATH, or DUTYGRAPH_SOFFICE); install LibreOffice (Debian: apt "
                     "install libreoffice-writer-nogui), or open it in WPS or Word and save it as "
                     ".docx"),
                   path, extension);
      return NULL;
    }
  g_autoptr (GError) local = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dutygraph-convert-XXXXXX", &local);
  if (dir == NULL)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_IO,
                   _("%s: error: cannot make a temporary directory for LibreOffice: %s"), path,
                   local->message);
      return NULL;
    }
  char *text = convert_in (path, data, length, extension, soffice, dir, error);
  remove_tree (dir);
  return text;
}

/* Word's File Information Block: its magic, and the flag fEncrypted of the
 * 16-bit field at offset 10. */
#define FIB_IDENT 0xA5EC
#define FIB_ENCRYPTED 0x0100

static gboolean
doc_encrypted (GsfInput *stream)
{
  guint8 fib[12];
  if (gsf_input_size (stream) < 12 || gsf_input_read (stream, sizeof fib, fib) == NULL)
    return FALSE;
  guint ident = (guint) fib[0] | (guint) fib[1] << 8;
  guint flags = (guint) fib[10] | (guint) fib[11] << 8;
  return ident == FIB_IDENT && (flags & FIB_ENCRYPTED) != 0;
}

char *
dg_read_ole (const char *path, const char *data, gsize length, GError **error)
{
  g_autoptr (GsfInput) input = gsf_input_memory_new ((const guint8 *) data, (gsf_off_t) length, FALSE);
  g_autoptr (GError) local = NULL;
  g_autoptr (GsfInfile) ole = gsf_infile_msole_new (input, &local);
  if (ole == NULL)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                   _("%s: error: not a readable .doc/.wps file (a damaged OLE2 compound file)"),
                   path);
      return NULL;
    }
  g_autoptr (GsfInput) info = gsf_infile_child_by_name (ole, "EncryptionInfo");
  g_autoptr (GsfInput) package = gsf_infile_child_by_name (ole, "EncryptedPackage");
  if (info != NULL || package != NULL)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                   _("%s: error: the document is password-protected (encrypted); open it in WPS "
                     "or Word, remove the password and save it as .docx"),
                   path);
      return NULL;
    }
  g_autoptr (GsfInput) word = gsf_infile_child_by_name (ole, "WordDocument");
  if (word != NULL && doc_encrypted (word))
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                   _("%s: error: the document is password-protected (encrypted); open it in WPS "
                     "or Word, remove the password and save it as .docx"),
                   path);
      return NULL;
    }
  g_autoptr (GsfInput) workbook = gsf_infile_child_by_name (ole, "Workbook");
  g_autoptr (GsfInput) book = gsf_infile_child_by_name (ole, "Book");
  g_autoptr (GsfInput) slides = gsf_infile_child_by_name (ole, "PowerPoint Document");
  /* An Excel or WPS workbook (.xls, .et): a duty table, read as .xlsx. */
  if (word == NULL && (workbook != NULL || book != NULL))
    return dg_read_convert (path, data, length, "xls", error);
  if (word == NULL && slides != NULL)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_FORMAT,
                   _("%s: error: a presentation, not a document; save the document itself as "
                     ".docx"),
                   path);
      return NULL;
    }
  /* WPS Office writes its .wps with a WordDocument stream too; a stream
   * of another name is left to LibreOffice's Works filter. */
  return dg_read_convert (path, data, length, word != NULL ? "doc" : "wps", error);
}
