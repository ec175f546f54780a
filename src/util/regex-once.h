/*
 * regex-once.h — a pattern compiled on first use and kept for the process.
 *
 * Owns the one way the lexicons' patterns are built: compiled once, safely
 * under threads, into a slot the caller keeps static.  The patterns are
 * the program's own, so one that does not compile is a bug, not an input
 * error: it aborts with the pattern and glib's message.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The regex of PATTERN (compiled with FLAGS), from *SLOT when an earlier
 * call compiled it. */
GRegex *dg_regex_once (GRegex **slot, const char *pattern, GRegexCompileFlags flags);

G_END_DECLS
