/*
 * suggest-option.c — nearest command or option (see suggest-option.h).
 *
 * GOption keeps its entries to itself; the long options it knows are
 * those its full help text lists, so they are read from there.
 */
#include <glib/gi18n.h>

#include <string.h>

#include "cli/suggest-option.h"
#include "util/suggest-name.h"

const char *
dg_cli_nearest_word (const char *word, const char *const *words, guint n)
{
  g_autoptr (GArray) near = dg_suggest_nearest (word, words, n, 1);
  return near->len ? words[g_array_index (near, guint, 0)] : NULL;
}

/* The long options named in CONTEXT's help, without their dashes. */
static GPtrArray *
known_options (GOptionContext *context)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *help = g_option_context_get_help (context, FALSE, NULL);
  g_auto (GStrv) lines = g_strsplit (help, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *p = lines[i];
      while (*p == ' ')
        p++;
      if (p[0] == '-' && p[1] != '-' && p[1] && p[2] == ',')
        p += 3;
      while (*p == ' ')
        p++;
      if (!g_str_has_prefix (p, "--"))
        continue;
      p += 2;
      gsize len = strspn (p, "abcdefghijklmnopqrstuvwxyz0123456789-");
      if (len > 0)
        g_ptr_array_add (names, g_strndup (p, len));
    }
  return names;
}

char *
dg_cli_option_hint (GOptionContext *context, int argc, char **argv)
{
  g_autoptr (GPtrArray) known = known_options (context);
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (!g_str_has_prefix (argv[i], "--") || argv[i][2] == '\0')
        continue;
      g_autofree char *name = g_strndup (argv[i] + 2, strcspn (argv[i] + 2, "="));
      gboolean is_known = FALSE;
      for (guint k = 0; k < known->len && !is_known; k++)
        is_known = g_str_equal (name, g_ptr_array_index (known, k));
      if (is_known)
        continue;
      const char *near = dg_cli_nearest_word (name, (const char *const *) known->pdata, known->len);
      if (near)
        return g_strdup_printf (_ ("did you mean --%s?"), near);
    }
  return NULL;
}
