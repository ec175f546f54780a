/*
 * holder-heading.h — a line that is nothing but the name of the body whose
 * duties follow it.
 *
 * Owns the wrappings such a heading comes in besides its numbering:
 * brackets (【镇农业服务中心】, 〔…〕, 〖…〗), a leading bullet, a closing
 * ：or 。, and the words 职责 / 安全生产监管职责 after the name.  Whether
 * what is left is a body's name is the body-name grammar of bodies.h.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* LINE (folded text, LEN bytes) without its brackets, bullet and final
 * ：/。: a new string, and *MARKED set when a wrapping was there (a
 * bracket, a bullet or a colon says "heading" by itself; a bare line
 * does not). */
char *dg_holder_heading_unwrap (const char *line, gsize len, gboolean *marked);

/* The body LINE heads when it is nothing but a holder's name in one of
 * the forms above, else NULL.  *MARKED as for dg_holder_heading_unwrap,
 * and also set when the name is followed by 职责. */
char *dg_holder_heading_name (const char *line, gsize len, gboolean *marked);

G_END_DECLS
