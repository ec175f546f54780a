/*
 * i18n.h — the language of messages: the locale from the environment,
 * the --lang option, and where the translation catalogue is found.
 *
 * Messages are English in the source and translated through gettext
 * (domain GETTEXT_PACKAGE, see po/).  The catalogue is looked up in
 * $DUTYGRAPH_LOCALEDIR when set, else in ../po next to the executable
 * (the build tree, where meson lays out LANG/LC_MESSAGES/dutygraph.mo),
 * else in the installed localedir.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DG_I18N_ERROR (dg_i18n_error_quark ())
GQuark dg_i18n_error_quark (void);

typedef enum {
  DG_I18N_ERROR_LANG, /* --lang without a language */
} DgI18nError;

/* Sets the locale from the environment and binds the catalogue; removes
 * every `--lang LANG` / `--lang=LANG` from ARGV (before a `--`), the last
 * one choosing the language.  A requested language whose locale is not
 * installed still gets its messages: the locale falls back to C.UTF-8 and
 * the language is passed to gettext through LANGUAGE.  A locale that names
 * no language (unset, C, POSIX, C.UTF-8) with LANGUAGE unset gives Chinese,
 * the language of the documents and of their readers.  Fails (with the
 * messages already set up) on a --lang without a language. */
gboolean dg_i18n_init (int *argc, char **argv, GError **error);

G_END_DECLS
