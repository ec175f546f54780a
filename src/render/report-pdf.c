/*
 * report-pdf.c — printing the HTML report through headless Chromium
 * (report-pdf.h).
 */
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "render/render-error.h"
#include "render/report-pdf.h"

static char *
find_chromium (void)
{
  const char *chosen = g_getenv ("DUTYGRAPH_CHROMIUM");
  if (chosen && *chosen)
    return g_find_program_in_path (chosen);
  static const char *const names[] = { "chromium", "chromium-browser", "google-chrome", NULL };
  for (guint i = 0; names[i]; i++)
    {
      char *path = g_find_program_in_path (names[i]);
      if (path)
        return path;
    }
  return NULL;
}

/* Removes DIR and everything under it (Chromium's profile has many files). */
static void
remove_tree (GFile *dir)
{
  g_autoptr (GFileEnumerator) children = g_file_enumerate_children (
      dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
      G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;
      while (g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info)
        if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
          remove_tree (child);
        else
          g_file_delete (child, NULL, NULL);
    }
  g_file_delete (dir, NULL, NULL);
}

typedef struct {
  gboolean done, timed_out;
  char *errors; /* Chromium's stderr */
} Run;

static void
finished (GObject *source, GAsyncResult *result, gpointer data)
{
  Run *run = data;
  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, NULL, &run->errors, NULL);
  run->done = TRUE;
}

static gboolean
too_long (gpointer data)
{
  GSubprocess *child = data;
  Run *run = g_object_get_data (G_OBJECT (child), "dg-run");
  run->timed_out = TRUE;
  g_subprocess_force_exit (child);
  return G_SOURCE_REMOVE;
}

/* The last line Chromium wrote to stderr, for the error message. */
static const char *
last_line (char *errors)
{
  if (errors == NULL)
    return "";
  g_strchomp (errors);
  const char *nl = strrchr (errors, '\n');
  return nl ? nl + 1 : errors;
}

/* Runs ARGV in DIR until it ends or SECONDS pass. */
static gboolean
run_chromium (const char *const *argv, const char *dir, double seconds, GError **error)
{
  g_autoptr (GSubprocessLauncher) launcher
      = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                                   | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, dir);
  /* Its profile and caches stay in the private directory. */
  g_subprocess_launcher_setenv (launcher, "HOME", dir, TRUE);
  g_autoptr (GError) local = NULL;
  g_autoptr (GSubprocess) child = g_subprocess_launcher_spawnv (launcher, argv, &local);
  if (child == NULL)
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_PRINTER, _("cannot run %s: %s"), argv[0],
                   local->message);
      return FALSE;
    }
  g_autoptr (GMainContext) context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  Run run = { FALSE, FALSE, NULL };
  g_object_set_data (G_OBJECT (child), "dg-run", &run);
  g_subprocess_communicate_utf8_async (child, NULL, NULL, finished, &run);
  GSource *timer = g_timeout_source_new ((guint) (seconds * 1000));
  g_source_set_callback (timer, too_long, child, NULL);
  g_source_attach (timer, context);
  while (!run.done)
    g_main_context_iteration (context, TRUE);
  g_source_destroy (timer);
  g_source_unref (timer);
  /* Reap it, so nothing is left running. */
  g_subprocess_wait (child, NULL, NULL);
  g_main_context_pop_thread_default (context);
  g_autofree char *errors = run.errors;
  if (run.timed_out)
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_PRINTER,
                   _("Chromium did not print the report within %g seconds (--print-timeout)"), seconds);
      return FALSE;
    }
  if (!g_subprocess_get_successful (child))
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_PRINTER, _("Chromium failed to print the report: %s"),
                   last_line (errors));
      return FALSE;
    }
  return TRUE;
}

GBytes *
dg_report_pdf (GBytes *html, double seconds, GError **error)
{
  g_autofree char *chromium = find_chromium ();
  if (chromium == NULL)
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_PRINTER,
                   _("no Chromium to print the PDF with (install chromium, or name it in "
                     "DUTYGRAPH_CHROMIUM); -o report.html and a browser's Print give the same pages"));
      return NULL;
    }
  g_autoptr (GError) local = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dutygraph-pdf-XXXXXX", &local);
  if (dir == NULL)
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_FILE, "%s", local->message);
      return NULL;
    }
  g_autoptr (GFile) top = g_file_new_for_path (dir);
  g_autofree char *page = g_build_filename (dir, "report.html", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *profile = g_build_filename (dir, "profile", NULL);
  gsize length = 0;
  const char *data = g_bytes_get_data (html, &length);
  GBytes *bytes = NULL;
  if (!g_file_set_contents (page, data, (gssize) length, &local))
    g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_FILE, "%s", local->message);
  else
    {
      g_autofree char *uri = g_filename_to_uri (page, NULL, NULL);
      g_autofree char *print_to = g_strdup_printf ("--print-to-pdf=%s", pdf);
      g_autofree char *user_data = g_strdup_printf ("--user-data-dir=%s", profile);
      GPtrArray *argv = g_ptr_array_new ();
      g_ptr_array_add (argv, chromium);
      g_ptr_array_add (argv, "--headless");
      /* Chromium refuses to start as root with its sandbox on. */
      if (geteuid () == 0)
        g_ptr_array_add (argv, "--no-sandbox");
      g_ptr_array_add (argv, "--disable-gpu");
      g_ptr_array_add (argv, "--disable-extensions");
      g_ptr_array_add (argv, "--no-first-run");
      g_ptr_array_add (argv, "--no-pdf-header-footer");
      g_ptr_array_add (argv, user_data);
      g_ptr_array_add (argv, print_to);
      g_ptr_array_add (argv, uri);
      g_ptr_array_add (argv, NULL);
      gboolean ran = run_chromium ((const char *const *) argv->pdata, dir, seconds, error);
      g_ptr_array_free (argv, TRUE);
      if (ran)
        {
          char *contents = NULL;
          gsize size = 0;
          if (g_file_get_contents (pdf, &contents, &size, NULL) && size > 4
              && memcmp (contents, "%PDF", 4) == 0)
            bytes = g_bytes_new_take (contents, size);
          else
            {
              g_free (contents);
              g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_PRINTER,
                           _("Chromium wrote no PDF"));
            }
        }
    }
  remove_tree (top);
  return bytes;
}
