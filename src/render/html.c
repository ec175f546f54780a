/*
 * html.c — escaping model text for HTML.
 */
#include "render/html.h"

/* C0 controls other than tab and newline, DEL and C1 are not allowed in
 * HTML text; bidirectional overrides could make a name display as another. */
static gboolean
is_dropped (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c < 0xa0)
         || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

void
dg_html_append (GString *out, const char *s)
{
  if (s == NULL)
    return;
  g_autofree char *valid = g_utf8_make_valid (s, -1);
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default:
          if (is_dropped (c))
            g_string_append_printf (out, "&#xFFFD;");
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
        }
    }
}
