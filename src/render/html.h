/*
 * html.h — model text into HTML: element content and attribute values
 * escaped; control characters, bidi controls and what XML forbids shown as
 * U+FFFD (the XML policy of util/escape.h).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends S escaped for element content and for a double-quoted attribute. */
void dg_html_append (GString *out, const char *s);

G_END_DECLS
