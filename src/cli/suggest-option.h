/*
 * suggest-option.h — "did you mean" for a mistyped command or option.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one of WORDS (N of them) nearest to WORD, if near enough; else NULL. */
const char *dg_cli_nearest_word (const char *word, const char *const *words, guint n);

/* For an unknown long option among ARGV (as given, before parsing): "did
 * you mean --format?" naming the nearest option CONTEXT knows, or NULL. */
char *dg_cli_option_hint (GOptionContext *context, int argc, char **argv);

G_END_DECLS
