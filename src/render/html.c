/*
 * html.c — escaping model text for HTML: the XML policy of util/escape.h.
 */
#include "render/html.h"
#include "util/escape.h"

void
dg_html_append (GString *out, const char *s)
{
  dg_escape_xml (out, s);
}
