/*
 * inputs.c — expanding the command line's directories and patterns into
 * model files, in a fixed order (see inputs.h).
 */
#include <glob.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cli/cli.h"
#include "cli/inputs.h"
#include "util/output.h"

static void
input_free (gpointer data)
{
  DgInput *in = data;
  g_free (in->path);
  g_free (in);
}

static void
add_input (GPtrArray *inputs, const char *path, gboolean found)
{
  DgInput *in = g_new0 (DgInput, 1);
  in->path = g_strdup (path);
  in->found = found;
  g_ptr_array_add (inputs, in);
}

static gint
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static gboolean
is_yaml_name (const char *name)
{
  return g_str_has_suffix (name, ".yaml") || g_str_has_suffix (name, ".yml");
}

/* Every YAML file under DIR, hidden entries skipped, sorted per directory. */
static void
walk_directory (GPtrArray *inputs, const char *dir, guint depth)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  if (handle == NULL || depth > 32)
    return;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (handle)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    {
      const char *entry = g_ptr_array_index (names, i);
      /* "." walked gives "town.yaml", not "./town.yaml". */
      g_autofree char *path = g_str_equal (dir, ".") ? g_strdup (entry)
                                                     : g_build_filename (dir, entry, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        walk_directory (inputs, path, depth + 1);
      else if (is_yaml_name (path) && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        add_input (inputs, path, TRUE);
    }
}

static gboolean
expand_pattern (GPtrArray *inputs, const char *pattern, GError **error)
{
  glob_t matches = { 0 };
  int rc = glob (pattern, GLOB_NOSORT, NULL, &matches);
  if (rc != 0 || matches.gl_pathc == 0)
    {
      globfree (&matches);
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _("'%s' matches no file"), pattern);
      return FALSE;
    }
  /* glob's own sort follows the locale's collation: sort by bytes instead. */
  g_autoptr (GPtrArray) paths = g_ptr_array_new ();
  for (size_t i = 0; i < matches.gl_pathc; i++)
    g_ptr_array_add (paths, matches.gl_pathv[i]);
  g_ptr_array_sort (paths, compare_paths);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        walk_directory (inputs, path, 0);
      else
        add_input (inputs, path, TRUE);
    }
  globfree (&matches);
  return TRUE;
}

GPtrArray *
dg_inputs_expand (char **args, int n, GError **error)
{
  g_autoptr (GPtrArray) inputs = g_ptr_array_new_with_free_func (input_free);
  for (int i = 0; i < n; i++)
    {
      const char *arg = args[i];
      if (g_file_test (arg, G_FILE_TEST_IS_DIR))
        {
          guint before = inputs->len;
          walk_directory (inputs, arg, 0);
          if (inputs->len == before)
            {
              g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                           _("directory '%s' holds no .yaml or .yml file"), arg);
              return NULL;
            }
        }
      else if (!g_file_test (arg, G_FILE_TEST_EXISTS) && strpbrk (arg, "*?[") != NULL)
        {
          if (!expand_pattern (inputs, arg, error))
            return NULL;
        }
      else
        add_input (inputs, arg, FALSE);
    }
  return g_steal_pointer (&inputs);
}

GPtrArray *
dg_inputs_expand_for_output (char **args, int n, const char *output, GError **error)
{
  g_autoptr (GPtrArray) inputs = dg_inputs_expand (args, n, error);
  if (inputs == NULL)
    return NULL;
  g_autoptr (GPtrArray) paths = g_ptr_array_sized_new (inputs->len + 1);
  for (guint i = 0; i < inputs->len; i++)
    g_ptr_array_add (paths, ((const DgInput *) g_ptr_array_index (inputs, i))->path);
  g_ptr_array_add (paths, NULL);
  if (!dg_output_check_not_input (output, (const char *const *) paths->pdata, error))
    return NULL;
  return g_steal_pointer (&inputs);
}

gboolean
dg_input_looks_like_model (const char *path)
{
  g_autofree char *text = NULL;
  gsize len = 0;
  if (!g_file_get_contents (path, &text, &len, NULL))
    return FALSE;
  const char *p = text, *end = text + len;
  if (len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end)
    {
      if ((gsize) (end - p) >= 10 && memcmp (p, "dutygraph:", 10) == 0)
        return TRUE;
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      if (nl == NULL)
        break;
      p = nl + 1;
    }
  return FALSE;
}
