/*
 * test-text.c — terminal escaping and column widths of the text reporters.
 */
#include "render/text.h"

static void
test_width (void)
{
  g_assert_cmpuint (dg_text_width ("abc"), ==, 3);
  g_assert_cmpuint (dg_text_width ("校车"), ==, 4);
  g_assert_cmpuint (dg_text_width ("四(二)5(8)"), ==, 10);
  g_assert_cmpuint (dg_text_width ("〔2020〕"), ==, 8);
  g_assert_cmpuint (dg_text_width ("a\nb"), ==, 4);
}

static void
test_escaping (void)
{
  GString *out = g_string_new (NULL);
  dg_text_append (out, "甲\x1b[2J乙\n丙\t");
  g_assert_cmpstr (out->str, ==, "甲\\x1b[2J乙\\n丙\\x09");
  /* A right-to-left override would show "甲txt.exe" reversed. */
  g_string_truncate (out, 0);
  dg_text_append (out, "甲\u202etxt.exe");
  g_assert_cmpstr (out->str, ==, "甲\\u202etxt.exe");
  g_assert_cmpuint (dg_text_width ("\u202e"), ==, 6);
  g_string_truncate (out, 0);
  dg_text_append_padded (out, "校车", 6);
  dg_text_append_padded (out, "abcdefgh", 3);
  g_assert_cmpstr (out->str, ==, "校车  abcdefgh ");
  g_string_free (out, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/width", test_width);
  g_test_add_func ("/text/escaping", test_escaping);
  return g_test_run ();
}
