/*
 * test-escape.c — every policy of util/escape.h on hand-worked inputs.
 */
#include <string.h>

#include "util/escape.h"

typedef void (*AppendFn) (GString *out, const char *s);

static char *
apply (AppendFn fn, const char *s)
{
  GString *out = g_string_new (NULL);
  fn (out, s);
  return g_string_free (out, FALSE);
}

static void
terminal (GString *out, const char *s)
{
  dg_escape_terminal (out, s, -1);
}

static void
test_terminal (void)
{
  struct { const char *in, *want; } cases[] = {
    { "plain 校车", "plain 校车" },
    /* A forged diagnostic: CR and LF would start a new line. */
    { "a\r\nm.yaml:1:1: error: x", "a\\x0d\\nm.yaml:1:1: error: x" },
    /* OSC 0 retitles a terminal; BEL ends it. */
    { "\x1b]0;owned\x07", "\\x1b]0;owned\\x07" },
    { "tab\tdel\x7f", "tab\\x09del\\x7f" },
    /* C1 CSI (U+009B) in UTF-8 is C2 9B. */
    { "c1\xc2\x9b" "31m", "c1\\x9b31m" },
    { "r\u202eabc", "r\\u202eabc" },
    { "\u2066i\u2069\u200e\u200f", "\\u2066i\\u2069\\u200e\\u200f" },
    { "bom\ufeff", "bom\\ufeff" },
    /* Invalid UTF-8: a lone continuation byte, a truncated sequence. */
    { "x\x80y\xe6\xa0", "x\\x80y\\xe6\\xa0" },
    /* Already escaped text stays as it is: a backslash is not doubled. */
    { "\\x1b", "\\x1b" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = apply (terminal, cases[i].in);
      g_assert_cmpstr (got, ==, cases[i].want);
      g_autofree char *twice = apply (terminal, got);
      g_assert_cmpstr (twice, ==, got);
    }
  /* A length stops at it, NUL included. */
  GString *out = g_string_new (NULL);
  dg_escape_terminal (out, "a\0b", 3);
  g_assert_cmpstr (out->str, ==, "a\\x00b");
  g_string_free (out, TRUE);

  g_autofree char *quoted = dg_escape_quoted ("it's\x1b");
  g_assert_cmpstr (quoted, ==, "'it\\'s\\x1b'");
  g_assert_true (dg_escape_terminal_hides (0x1b));
  g_assert_true (dg_escape_terminal_hides (0x202e));
  g_assert_false (dg_escape_terminal_hides (0x6821)); /* 校 */
}

static void
test_dot (void)
{
  g_autofree char *m = apply (dg_escape_dot_markup, "<b>&\"'\\N\n\x1b\u202e\xef\xbf\xbe\xff");
  g_assert_cmpstr (m, ==, "&lt;b&gt;&amp;&quot;&#39;\\\\N  \ufffd\ufffd\ufffd");
  g_autofree char *p = apply (dg_escape_dot_plain, "a\\N\"<\t\u2067");
  g_assert_cmpstr (p, ==, "a\\\\\\\\N\"< \ufffd");

  /* A label text is cut after 256 characters. */
  GString *long_name = g_string_new (NULL);
  for (int i = 0; i < 300; i++)
    g_string_append (long_name, "名");
  g_autofree char *cut = apply (dg_escape_dot_markup, long_name->str);
  g_assert_cmpuint (g_utf8_strlen (cut, -1), ==, DG_ESCAPE_DOT_TEXT_CHARS + 1);
  g_assert_true (g_str_has_suffix (cut, "名…"));
  g_string_free (long_name, TRUE);

}

static void
test_xml (void)
{
  g_autofree char *x = apply (dg_escape_xml, "<a href='x'>&amp;\"</a>");
  g_assert_cmpstr (x, ==, "&lt;a href=&#39;x&#39;&gt;&amp;amp;&quot;&lt;/a&gt;");
  /* TAB and LF are kept; other C0, DEL, C1, U+FFFE, U+FFFF, bidi controls
   * and invalid UTF-8 (an encoded surrogate) are not shown. */
  g_autofree char *c = apply (dg_escape_xml, "\t\n\x01\x7f\xc2\x85\xef\xbf\xbe\xef\xbf\xbf\u202d\xed\xa0\x80z");
  g_assert_cmpstr (c, ==, "\t\n&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;"
                          "&#xFFFD;&#xFFFD;&#xFFFD;z");
  g_autofree char *cr = apply (dg_escape_xml, "a\rb");
  g_assert_cmpstr (cr, ==, "a&#xFFFD;b");
  /* XLSX: controls and bidi are left to libxlsxwriter's _xHHHH_ and to
   * the reader; what nothing can carry is replaced. */
  g_autofree char *chars = dg_escape_xlsx ("<\x0b\u202e\xef\xbf\xbf\xef\xbf\xbe\xff>");
  g_assert_cmpstr (chars, ==, "<\x0b\u202e\ufffd\ufffd\ufffd>");
  g_autofree char *empty = dg_escape_xlsx (NULL);
  g_assert_cmpstr (empty, ==, "");
}

static void
test_csv (void)
{
  struct { const char *in, *want; } cases[] = {
    { "校车", "\"校车\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "=1+2", "\"'=1+2\"" },
    { "+1", "\"'+1\"" },
    { "-1", "\"'-1\"" },
    { "@A1", "\"'@A1\"" },
    { "\tx", "\"'\tx\"" },
    { "'q", "\"''q\"" },
    { "a=1", "\"a=1\"" },
    { "two\r\nlines", "\"two\r\nlines\"" },
    { "", "\"\"" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = apply (dg_escape_csv, cases[i].in);
      g_assert_cmpstr (got, ==, cases[i].want);
    }
}

static void
test_ics (void)
{
  g_autofree char *got = apply (dg_escape_ics, "a;b,c\\d\ne\x1b\u202ef\x80");
  g_assert_cmpstr (got, ==, "a\\;b\\,c\\\\d\\ne \ufffdf\ufffd");
  /* The noncharacters have no place in a calendar either. */
  g_autofree char *non = apply (dg_escape_ics, "x\xef\xbf\xbey\xef\xbf\xbf");
  g_assert_cmpstr (non, ==, "x\ufffdy\ufffd");
}

static void
test_dot_split (void)
{
  /* Short strings, HTML strings and IDs are kept as they are. */
  const char *small = "digraph g { a [label=<<B>\"x\"</B>>, tooltip=\"q\\\"r\"]; }";
  g_autofree char *same = dg_escape_dot_split (small, strlen (small));
  g_assert_cmpstr (same, ==, small);
  /* A run of 20 000 plain bytes in a quoted string: split once, after the
   * first 15 998 bytes; escapes end a run, so 20 000 \" need no split. */
  GString *dot = g_string_new ("a [tooltip=\"");
  for (int i = 0; i < 20000; i++)
    g_string_append_c (dot, 'x');
  g_string_append (dot, "\"]");
  g_autofree char *split = dg_escape_dot_split (dot->str, dot->len);
  g_assert_cmpuint (strlen (split), ==, dot->len + 5);
  g_assert_cmpint (strstr (split, "\" + \"") - split, ==, 12 + 15998);
  g_string_assign (dot, "a [tooltip=\"");
  for (int i = 0; i < 20000; i++)
    g_string_append (dot, "\\\"");
  g_string_append (dot, "\"]");
  g_autofree char *escapes = dg_escape_dot_split (dot->str, dot->len);
  g_assert_cmpstr (escapes, ==, dot->str);
  /* A split never cuts a character: 6 000 三 are 18 000 bytes, an
   * unquoted ID, quoted to be split after 5 332 characters (15 996 bytes). */
  g_string_assign (dot, "a [tooltip=");
  for (int i = 0; i < 6000; i++)
    g_string_append (dot, "三");
  g_string_append (dot, "]");
  g_autofree char *cjk = dg_escape_dot_split (dot->str, dot->len);
  g_assert_cmpuint (strlen (cjk), ==, dot->len + 7);
  g_assert_cmpint (strstr (cjk, "\" + \"") - cjk, ==, 12 + 15996);
  g_assert_true (g_utf8_validate (cjk, -1, NULL));
  g_string_free (dot, TRUE);
}

static void
test_xml_text (void)
{
  /* Markup stays for the library; C0 (but TAB, LF), CR, DEL, C1, the
   * noncharacters, bidi controls and invalid UTF-8 become U+FFFD. */
  g_autofree char *got = dg_escape_xml_text ("<t>&\t\n\x01\r\x7f\xc2\x9b\xef\xbf\xbe\xef\xbf\xbf\u202e\xff校");
  g_assert_cmpstr (got, ==, "<t>&\t\n\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd校");
  g_autofree char *none = dg_escape_xml_text (NULL);
  g_assert_cmpstr (none, ==, "");
}

static void
test_json_in_html (void)
{
  /* What a generator writes for {"n":"</script>&\u2028 A\uFFFE\u202e\u0085"}:
   * the closing tag, the separators and what XML forbids become escapes,
   * the newline between tokens stays. */
  g_autofree char *got = apply (dg_escape_json_in_html,
                                "{\"n\":\"</script>&\u2028 A\xef\xbf\xbe\u202e\xc2\x85\"}\n");
  g_assert_cmpstr (got, ==, "{\"n\":\"\\u003c/script\\u003e\\u0026\\u2028 A\\ufffd\\ufffd\\ufffd\"}\n");
  /* The generator's escapes of controls: shown as the raw ones would be;
   * a quote, a backslash, a newline, a tab and other escapes stay. */
  g_autofree char *esc = apply (dg_escape_json_in_html,
                                "[\"\\r\\b\\f\\u001b\\u0000\\u007f\\u202E\\n\\t\\\"\\\\\\/\\u00e9\"]");
  g_assert_cmpstr (esc, ==, "[\"\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\ufffd\\n\\t\\\"\\\\\\/\\u00e9\"]");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/escape/terminal", test_terminal);
  g_test_add_func ("/escape/dot", test_dot);
  g_test_add_func ("/escape/xml", test_xml);
  g_test_add_func ("/escape/csv", test_csv);
  g_test_add_func ("/escape/ics", test_ics);
  g_test_add_func ("/escape/dot-split", test_dot_split);
  g_test_add_func ("/escape/xml-text", test_xml_text);
  g_test_add_func ("/escape/json-in-html", test_json_in_html);
  return g_test_run ();
}
