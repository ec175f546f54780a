/*
 * normalize.h — the form of a text that lexicons are matched against.
 *
 * Owns folding a text for matching only: width (NFKC of full-width
 * letters, digits and compatibility ideographs), punctuation classes
 * (ASCII , ; : ( ) ! ? and 「」 to the CJK forms every lexicon is written
 * in), and traditional characters to simplified through OpenCC, so that
 * each lexicon is written once in simplified.  Every character folds to
 * exactly one character and line ends stay where they are: a position in
 * the folded text is the same position in the original, which is how the
 * verbatim text is recovered.  Enclosed numerals (① ⑴ ㈠) are numbering
 * and are kept.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TEXT (UTF-8) folded as above; as many characters as TEXT. */
char *dg_normalize_text (const char *text);

/* A name folded for comparison: dg_normalize_text without white space. */
char *dg_normalize_name (const char *name);

/* Whether traditional-to-simplified folding is available (OpenCC's t2s
 * configuration was found). */
gboolean dg_normalize_has_script_folding (void);

G_END_DECLS
