/*
 * test-reader.c — the readers beneath the importer, each answer read off
 * by hand: Word's number formats; the text of the .docx fixtures, which
 * must be the text document each was made from (tests/import/make-docx.py)
 * or the expected text written beside it; the PDF without its running head
 * and page numbers, its wrapped lines joined; formats recognised by content
 * whatever the file's name.
 */
#include <string.h>

#include "import/import.h"
#include "import/read-docx.h"
#include "import/reader.h"

static char *
fixture (const char *name, gsize *length)
{
  g_autofree char *path = g_build_filename (DG_SOURCE_ROOT, name, NULL);
  char *data = NULL;
  g_autoptr (GError) error = NULL;
  if (!g_file_get_contents (path, &data, length, &error))
    g_error ("%s", error->message);
  return data;
}

static char *
read_fixture (const char *name, const char *as, GError **error)
{
  gsize length = 0, text_length = 0;
  g_autofree char *data = fixture (name, &length);
  return dg_reader_read (as ? as : name, data, length, NULL, &text_length, error);
}

/* The text document as a reader gives it: no leading white space (Word
 * keeps indentation out of the text), one blank line for a run of them. */
static char *
as_paragraphs (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);
  gboolean blank = TRUE;
  for (char **l = lines; *l; l++)
    {
      g_strstrip (*l);
      if (**l == '\0' && blank)
        continue;
      blank = **l == '\0';
      g_string_append_printf (out, "%s\n", *l);
    }
  while (out->len >= 2 && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static void
test_number_formats (void)
{
  static const struct {
    const char *format;
    int n;
    const char *text;
  } cases[] = {
    { "decimal", 7, "7" },
    { "decimalZero", 7, "07" },
    { "chineseCounting", 1, "一" },
    { "chineseCounting", 10, "十" },
    { "chineseCounting", 11, "十一" },
    { "chineseCounting", 20, "二十" },
    { "chineseCounting", 35, "三十五" },
    { "chineseCountingThousand", 101, "一百零一" },
    { "chineseCountingThousand", 110, "一百一十" },
    { "chineseCountingThousand", 1010, "一千零一十" },
    { "chineseCountingThousand", 10001, "一万零一" },
    { "chineseLegalSimplified", 12, "壹拾贰" },
    { "ideographDigital", 105, "一〇五" },
    { "ideographTraditional", 1, "甲" },
    { "ideographTraditional", 11, "甲" },
    { "ideographZodiac", 12, "亥" },
    { "decimalEnclosedCircle", 1, "①" },
    { "decimalEnclosedCircle", 20, "⑳" },
    { "decimalEnclosedCircle", 21, "㉑" },
    { "decimalEnclosedCircle", 50, "㊿" },
    { "decimalEnclosedCircle", 51, "51" },
    { "decimalEnclosedParen", 3, "⑶" },
    { "decimalEnclosedParen", 21, "(21)" },
    { "decimalEnclosedFullstop", 2, "⒉" },
    { "ideographEnclosedCircle", 1, "㊀" },
    { "decimalFullWidth", 12, "１２" },
    { "upperLetter", 28, "BB" },
    { "lowerRoman", 14, "xiv" },
    { "upperRoman", 1999, "MCMXCIX" },
    { "none", 3, "" },
    { "bullet", 3, "" },
    { "somethingNew", 4, "4" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = dg_docx_format_number (cases[i].format, cases[i].n);
      g_assert_cmpstr (got, ==, cases[i].text);
    }
}

/* Each .docx made from a text document reads back as that text. */
static void
test_docx_numbering (void)
{
  static const char *const names[] = { "county-members", "circled-numbering", "article-numbering" };
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *docx = g_strdup_printf ("tests/import/%s.docx", names[i]);
      g_autofree char *txt = g_strdup_printf ("tests/import/%s.txt", names[i]);
      gsize length;
      g_autofree char *raw = fixture (txt, &length);
      g_autofree char *want = as_paragraphs (raw);
      g_autoptr (GError) error = NULL;
      g_autofree char *got = read_fixture (docx, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (got, ==, want);
    }
}

/* Shared counters, a restart, style numbering, other formats; a duty table
 * with a merged header row, a vertical merge and a cell of two paragraphs. */
static void
test_docx_expected (void)
{
  static const char *const names[] = { "numbering-kinds", "duty-table" };
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *docx = g_strdup_printf ("tests/import/%s.docx", names[i]);
      g_autofree char *txt = g_strdup_printf ("tests/import/%s.expected.txt", names[i]);
      gsize length;
      g_autofree char *want = fixture (txt, &length);
      g_autoptr (GError) error = NULL;
      g_autofree char *got = read_fixture (docx, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (got, ==, want);
    }
}

/* Twelve pages with a running head and a 「— N —」 foot: neither left, the
 * lines the page wrapped joined, one line per paragraph as in the text. */
static void
test_pdf (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *got = read_fixture ("tests/import/zhangshanzi-2020.pdf", NULL, &error);
  g_assert_no_error (error);
  g_auto (GStrv) lines = g_strsplit (got, "\n", -1);
  gsize length;
  g_autofree char *raw = fixture ("model/sources/zhangshanzi-2020.txt", &length);
  g_autofree char *text = as_paragraphs (raw);
  g_auto (GStrv) want = g_strsplit (text, "\n", -1);
  guint paragraphs = 0, wanted = 0;
  g_autoptr (GRegex) page_number = g_regex_new ("^— \\d+ —$", 0, 0, NULL);
  for (char **l = lines; *l; l++)
    {
      g_assert_cmpstr (*l, !=, "张山子镇安全生产监管职责");
      g_assert_false (g_regex_match (page_number, *l, 0, NULL));
      paragraphs += **l != '\0';
    }
  for (char **l = want; *l; l++)
    wanted += **l != '\0';
  g_assert_cmpuint (paragraphs, ==, wanted);
  /* A paragraph LibreOffice wrapped before an opening quote. */
  g_assert_nonnull (strstr (got, "\n(8)负责督促、指导本行业（领域）、系统内企事业单位依法开展新、改、扩建"
                                 "项目安全设施“三同时”工作。\n"));
  g_assert_true (g_str_has_prefix (got, "张发〔2020〕47号\n"));

  g_clear_pointer (&got, g_free);
  g_autofree char *members = read_fixture ("tests/import/county-members.pdf", NULL, &error);
  g_assert_no_error (error);
  g_autofree char *members_raw = fixture ("tests/import/county-members.txt", &length);
  g_autofree char *members_text = as_paragraphs (members_raw);
  g_assert_cmpstr (members, ==, members_text);
}

/* The content decides, not the name: a .docx named .txt is read as a
 * .docx, a text named .pdf as text, random bytes named .docx refused. */
static void
test_by_content (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *docx = read_fixture ("tests/import/circled-numbering.docx", "doc.txt", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (docx, "关于明确红山乡安全生产工作职责的通知\n"));
  g_autofree char *text = read_fixture ("tests/import/gbk-town.txt", "doc.pdf", &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  gsize length = 0;
  char noise[256];
  for (gsize i = 0; i < sizeof noise; i++)
    noise[i] = (char) (i * 37 + 11);
  g_autofree char *none = dg_reader_read ("doc.docx", noise, sizeof noise, NULL, &length, &error);
  g_assert_null (none);
  g_assert_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "doc.docx:"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/number-formats", test_number_formats);
  g_test_add_func ("/reader/docx-numbering", test_docx_numbering);
  g_test_add_func ("/reader/docx-expected", test_docx_expected);
  g_test_add_func ("/reader/pdf", test_pdf);
  g_test_add_func ("/reader/by-content", test_by_content);
  return g_test_run ();
}
