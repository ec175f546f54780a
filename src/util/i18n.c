/*
 * i18n.c — setting the message language at start-up.
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "util/i18n.h"

G_DEFINE_QUARK (dg-i18n-error-quark, dg_i18n_error)

/* The first non-empty of the variables setlocale() reads for messages:
 * empty ones count as unset, as POSIX says. */
static const char *
requested_locale (void)
{
  static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  for (gsize i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      const char *value = g_getenv (vars[i]);
      if (value && *value)
        return value;
    }
  return NULL;
}

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX");
}

/* The locales that name no language: unset, C, POSIX and C.UTF-8 (what a
 * fresh system, a container or a cron job runs in).  The tool's users read
 * Chinese, so these get Chinese messages; an explicit locale of another
 * language, LANGUAGE or --lang choose otherwise. */
static gboolean
names_no_language (const char *name)
{
  return is_c_locale (name) || g_ascii_strncasecmp (name, "C.", 2) == 0;
}

#define DG_DEFAULT_LANGUAGE "zh_CN"

/* Removes --lang options from ARGV; returns the last value (owned by ARGV).
 * *MISSING is set when the last argument is a --lang without a value. */
static const char *
take_lang_option (int *argc, char **argv, gboolean *missing)
{
  *missing = FALSE;
  const char *lang = NULL;
  int out = 1;
  gboolean done = FALSE;
  for (int i = 1; i < *argc; i++)
    {
      if (!done && g_str_equal (argv[i], "--"))
        done = TRUE;
      if (!done && g_str_equal (argv[i], "--lang"))
        {
          if (i + 1 < *argc)
            lang = argv[++i];
          else
            *missing = TRUE;
          continue;
        }
      if (!done && g_str_has_prefix (argv[i], "--lang="))
        {
          lang = argv[i] + strlen ("--lang=");
          continue;
        }
      argv[out++] = argv[i];
    }
  argv[out] = NULL;
  *argc = out;
  return lang;
}

/* The catalogue directory: see i18n.h. */
static char *
locale_dir (void)
{
  const char *env = g_getenv ("DUTYGRAPH_LOCALEDIR");
  if (env && *env)
    return g_strdup (env);
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  if (exe)
    {
      g_autofree char *dir = g_path_get_dirname (exe);
      char *build_po = g_build_filename (dir, "..", "po", NULL);
      if (g_file_test (build_po, G_FILE_TEST_IS_DIR))
        return build_po;
      g_free (build_po);
    }
  return g_strdup (DG_LOCALEDIR);
}

gboolean
dg_i18n_init (int *argc, char **argv, GError **error)
{
  gboolean missing;
  const char *lang = take_lang_option (argc, argv, &missing);
  if (lang)
    /* LANGUAGE outranks every LC_* variable for messages (a GNU
     * extension), so --lang does not disturb how text is encoded. */
    g_setenv ("LANGUAGE", lang, TRUE);

  const char *language_env = g_getenv ("LANGUAGE");
  gboolean by_default = lang == NULL && (language_env == NULL || *language_env == '\0')
                        && names_no_language (requested_locale ());
  if (by_default)
    g_setenv ("LANGUAGE", DG_DEFAULT_LANGUAGE, TRUE);

  if (setlocale (LC_ALL, "") == NULL)
    {
      /* The requested locale is not installed (a fresh system has only C
       * and C.UTF-8): keep UTF-8 and ask gettext for the language. */
      const char *wanted = requested_locale ();
      const char *language = g_getenv ("LANGUAGE");
      if (!is_c_locale (wanted) && (language == NULL || *language == '\0'))
        g_setenv ("LANGUAGE", wanted, TRUE);
      if (setlocale (LC_ALL, "C.UTF-8") == NULL)
        setlocale (LC_ALL, "C");
    }
  /* gettext ignores LANGUAGE in the plain C locale; C.UTF-8 is not C. */
  gboolean forced = lang != NULL || by_default;
  if (forced && is_c_locale (setlocale (LC_MESSAGES, NULL)))
    setlocale (LC_MESSAGES, "C.UTF-8");
  if (forced && is_c_locale (setlocale (LC_CTYPE, NULL)))
    setlocale (LC_CTYPE, "C.UTF-8");

  g_autofree char *dir = locale_dir ();
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (missing || (lang && *lang == '\0'))
    {
      g_set_error (error, DG_I18N_ERROR, DG_I18N_ERROR_LANG,
                   _ ("--lang needs a language, e.g. --lang zh_CN or --lang C"));
      return FALSE;
    }
  return TRUE;
}
