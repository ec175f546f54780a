/*
 * escape.h — text from an input made safe for each place it is written.
 *
 * Owns the one policy per target; every writer and every diagnostic goes
 * through it, so that a name, a key or a file name read from an input can
 * never act as syntax or as a terminal command.  Every function accepts
 * invalid UTF-8 (each target says what it shows for it) and NULL (nothing).
 *
 * terminal (text reports, diagnostics on stderr): C0 and C1 controls, DEL,
 *   the bidirectional controls (U+200E/F, U+202A–U+202E, U+2066–U+2069),
 *   the line and paragraph separators and U+FEFF are shown as escapes —
 *   \n for a newline, \xNN below U+0100, \uNNNN above — and a byte that
 *   is not UTF-8 as \xNN.  A backslash stays as it is, so escaping twice
 *   changes nothing.  In diagnostics input text is also quoted ('…') by
 *   the message; dg_escape_quoted() gives the quoted form where it is not.
 * DOT: in an HTML-like label the XML specials become entities and a
 *   backslash is doubled (Graphviz expands \N, \G… even there); in a plain
 *   attribute a backslash takes four (Graphviz unescapes twice).  Control
 *   characters become spaces (the layout breaks lines), bidi controls and
 *   XML-forbidden characters U+FFFD.  A label text is capped at
 *   DG_ESCAPE_DOT_TEXT_CHARS characters ("…" last); a plain value is kept
 *   whole, and the DOT written is split ("…" + "…") where a string's run of
 *   plain characters passes DG_ESCAPE_DOT_MAX_BYTES, under the scanner's
 *   limit on one token of `dot` (16 384 bytes), so Graphviz reads it back.
 * XML (HTML, SVG): & < > " ' become entities; what XML 1.0 forbids (C0
 *   except TAB, LF and CR; U+FFFE, U+FFFF; lone surrogates, i.e. invalid
 *   UTF-8), CR (a parser would read it as LF), DEL, C1 and the bidi
 *   controls become U+FFFD.
 * XLSX: libxlsxwriter escapes markup and writes C0 controls as OOXML's
 *   _xHHHH_, which Excel reads back; what no escape can carry (U+FFFE,
 *   U+FFFF, invalid UTF-8) becomes U+FFFD, so the workbook stays valid.
 * XML text for a library that escapes markup itself (the workbook's
 *   document properties, which libxlsxwriter writes without the _xHHHH_
 *   of its cells): what the XML policy makes U+FFFD, the rest as it is.
 * JSON inside HTML (<script type="application/json">): the text of a JSON
 *   generator with '<', '>', '&', U+2028 and U+2029 as \u escapes, so no
 *   string can end the element, and what the XML policy makes U+FFFD as
 *   \ufffd, so the page holds no character XML forbids and the script
 *   shows no bidi control; the generator's own escapes of such characters
 *   (\r, \u001b) become \ufffd as well, so that the parsed text is what
 *   the page's markup shows.
 * CSV (RFC 4180): every field quoted, quotes doubled; a field starting
 *   with = + - @ TAB CR or ' gets a ' in front so that no spreadsheet takes
 *   it for a formula (a reader takes exactly one off again).
 * ICS (RFC 5545 3.3.11 TEXT): backslash, ';' and ',' escaped, a newline
 *   as \n; other controls become spaces, bidi controls and the
 *   noncharacters U+FFFE, U+FFFF U+FFFD.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE for a character the terminal policy shows as an escape. */
gboolean dg_escape_terminal_hides (gunichar c);

/* Appends S (LEN bytes, or -1 for NUL-terminated) under the terminal policy. */
void dg_escape_terminal (GString *out, const char *s, gssize len);

/* S under the terminal policy, as a new string. */
char *dg_escape_terminal_dup (const char *s);

/* 'S' under the terminal policy, a ' inside shown as \', as a new string. */
char *dg_escape_quoted (const char *s);

/* Label texts are cut at this many characters in a diagram; the tooltip
 * (a plain attribute) carries the whole text. */
#define DG_ESCAPE_DOT_TEXT_CHARS 256
/* The longest value written into one DOT token, below Graphviz's 16 384. */
#define DG_ESCAPE_DOT_MAX_BYTES 16000

/* Appends S as content of an HTML-like DOT label, capped as above. */
void dg_escape_dot_markup (GString *out, const char *s);

/* Appends S as the value of a plain DOT attribute (tooltip, id). */
void dg_escape_dot_plain (GString *out, const char *s);

/* DOT text (LEN bytes, as cgraph writes it) with every run of a quoted
 * string's characters between escapes, and every unquoted ID, longer than
 * DG_ESCAPE_DOT_MAX_BYTES written as pieces joined by '+' ("…" + "…"),
 * which Graphviz joins again on reading, so that no token passes its
 * scanner's limit.  HTML strings (<…>) are left as they are. */
char *dg_escape_dot_split (const char *dot, gsize len);

/* Appends S for XML element content or a quoted attribute. */
void dg_escape_xml (GString *out, const char *s);

/* S under the XLSX policy, as a new string for libxlsxwriter. */
char *dg_escape_xlsx (const char *s);

/* S under the policy for XML text written by a library, as a new string. */
char *dg_escape_xml_text (const char *s);

/* Appends JSON (a generator's output, UTF-8) for a <script> element of a page. */
void dg_escape_json_in_html (GString *out, const char *json);

/* Appends S as one quoted CSV field. */
void dg_escape_csv (GString *out, const char *s);

/* Appends S as an iCalendar TEXT value (before folding). */
void dg_escape_ics (GString *out, const char *s);

G_END_DECLS
