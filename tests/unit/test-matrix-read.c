/*
 * test-matrix-read.c — the matrix read back: model → matrix CSV → model
 * gives the same holdings (and diff finds nothing), whatever a spreadsheet
 * does to the file on saving (byte-order mark dropped, LF, padded records);
 * an edit in a cell shows up in diff; bad files fail with FILE:LINE:COL.
 */
#include <string.h>

#include "analysis/diff.h"
#include "analysis/matrix.h"
#include "import/import.h"
#include "import/matrix-read.h"
#include "render/matrix.h"
#include "test-util.h"

#define TOWN_A DG_SOURCE_ROOT "/tests/cli/data/town-a/model.yaml"
#define TOWN_A_TAXONOMY DG_SOURCE_ROOT "/tests/cli/data/town-a/taxonomy.yaml"
#define BUNDLED DG_SOURCE_ROOT "/model/zhangshanzi-2020.yaml"

typedef struct {
  DgModel *model;
  DgGraph *graph;
  DgReport *report;
} Checked;

static void
checked_clear (Checked *c)
{
  g_clear_pointer (&c->report, dg_report_free);
  g_clear_pointer (&c->graph, dg_graph_free);
  g_clear_pointer (&c->model, dg_model_free);
}

static void
check_model (Checked *c, DgModel *model)
{
  g_autoptr (GError) error = NULL;
  c->model = model;
  c->graph = dg_graph_build (model, &error);
  g_assert_no_error (error);
  c->report = dg_check_run (c->graph);
}

static void
load (Checked *c, const char *path)
{
  g_autoptr (GError) error = NULL;
  DgModel *model = dg_model_load (path, NULL, &error);
  g_assert_no_error (error);
  check_model (c, model);
}

static char *
matrix_csv (const Checked *c)
{
  g_autoptr (DgMatrix) matrix = dg_matrix_build (c->report);
  g_autoptr (GBytes) bytes = dg_matrix_csv (matrix);
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  return g_strndup (data, len);
}

static char *
write_temp (const char *text)
{
  g_autofree char *dir = test_util_tmpdir ();
  char *path = g_build_filename (dir, "matrix.csv", NULL);
  g_autoptr (GError) error = NULL;
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

static DgModel *
read_text (const char *text, const char *taxonomy, GError **error)
{
  g_autofree char *path = write_temp (text);
  return dg_matrix_read (path, taxonomy, NULL, NULL, error);
}

/* Every holding as "body|area|role|upper|class|clause|text", sorted. */
static GPtrArray *
holdings (const Checked *c)
{
  const DgModel *m = c->model;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  for (guint a = 0; a < m->areas->len; a++)
    {
      g_autoptr (GArray) hs = dg_graph_area_holdings (c->graph, (int) a);
      for (guint i = 0; i < hs->len; i++)
        {
          const DgHolding *h = &g_array_index (hs, DgHolding, i);
          const DgDuty *d = dg_model_duty (m, h->duty);
          g_ptr_array_add (out, g_strdup_printf ("%s|%s|%s|%d|%d|%s|%s", dg_model_body (m, h->body)->id,
                                                 dg_model_area (m, h->area)->id, dg_role_name (h->role),
                                                 h->with_upper, h->class_wide, d->clause, d->text));
        }
    }
  return out;
}

static gint
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
assert_same_holdings (const Checked *a, const Checked *b)
{
  g_autoptr (GPtrArray) x = holdings (a);
  g_autoptr (GPtrArray) y = holdings (b);
  g_ptr_array_sort (x, compare_strings);
  g_ptr_array_sort (y, compare_strings);
  g_assert_cmpuint (x->len, >, 0);
  g_assert_cmpuint (x->len, ==, y->len);
  for (guint i = 0; i < x->len; i++)
    g_assert_cmpstr (g_ptr_array_index (x, i), ==, g_ptr_array_index (y, i));
}

/* Nothing changed between A and B as diff sees it. */
static void
assert_no_diff (const Checked *a, const Checked *b)
{
  g_autoptr (DgDiff) diff = dg_diff_compute (a->report, b->report);
  for (guint i = 0; i < diff->opened->len; i++)
    {
      const DgFinding *f = g_array_index (diff->opened, DgFindingChange, i).new_finding;
      g_test_message ("opened: %s area %s", dg_finding_kind_name (f->kind),
                      f->area >= 0 ? dg_model_area (b->model, f->area)->id : "-");
    }
  for (guint i = 0; i < diff->closed->len; i++)
    {
      const DgFinding *f = g_array_index (diff->closed, DgFindingChange, i).old_finding;
      g_test_message ("closed: %s area %s", dg_finding_kind_name (f->kind),
                      f->area >= 0 ? dg_model_area (a->model, f->area)->id : "-");
    }
  g_assert_cmpuint (diff->removed->len, ==, 0);
  g_assert_cmpuint (diff->added->len, ==, 0);
  g_assert_cmpuint (diff->moved->len, ==, 0);
  g_assert_cmpuint (diff->duties_removed->len, ==, 0);
  g_assert_cmpuint (diff->duties_added->len, ==, 0);
  g_assert_cmpuint (diff->opened->len, ==, 0);
  g_assert_cmpuint (diff->closed->len, ==, 0);
  g_assert_cmpuint (diff->changed->len, ==, 0);
  g_assert_cmpuint (diff->areas_lost->len, ==, 0);
}

static void
round_trip (const char *path)
{
  Checked original = { 0 }, back = { 0 };
  load (&original, path);
  g_autofree char *csv = matrix_csv (&original);
  g_autoptr (GError) error = NULL;
  DgModel *model = read_text (csv, original.model->taxonomy, &error);
  g_assert_no_error (error);
  check_model (&back, model);
  g_assert_cmpuint (back.model->bodies->len, ==, original.model->bodies->len);
  for (guint b = 0; b < original.model->bodies->len; b++)
    {
      g_assert_cmpstr (dg_model_body (back.model, (int) b)->id, ==, dg_model_body (original.model, (int) b)->id);
      g_assert_cmpstr (dg_model_body (back.model, (int) b)->name, ==, dg_model_body (original.model, (int) b)->name);
      g_assert_cmpint (dg_model_body (back.model, (int) b)->kind, ==, dg_model_body (original.model, (int) b)->kind);
    }
  assert_same_holdings (&original, &back);
  assert_no_diff (&original, &back);
  /* And the matrix of the model read back is the same file. */
  g_autofree char *again = matrix_csv (&back);
  g_assert_cmpstr (again, ==, csv);
  checked_clear (&original);
  checked_clear (&back);
}

static void
test_round_trip_town (void)
{
  round_trip (TOWN_A);
}

static void
test_round_trip_bundled (void)
{
  round_trip (BUNDLED);
}

/* What Excel or WPS may do on saving: no byte-order mark, LF only, every
 * record padded to the same number of fields, quotes only where needed. */
static char *
as_spreadsheet_saves (const char *csv)
{
  GString *out = g_string_new (NULL);
  const char *p = csv + 3; /* the byte-order mark */
  guint width = 0, fields = 1;
  for (const char *q = p; *q && *q != '\r'; q++)
    width += *q == ',';
  width++;
  gboolean quoted = FALSE;
  for (; *p; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      if (!quoted && *p == ',')
        fields++;
      if (!quoted && *p == '\r')
        continue;
      if (!quoted && *p == '\n')
        {
          for (; fields < width; fields++)
            g_string_append_c (out, ',');
          fields = 1;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
test_spreadsheet_variants (void)
{
  Checked original = { 0 }, back = { 0 };
  load (&original, TOWN_A);
  g_autofree char *csv = matrix_csv (&original);
  g_autofree char *saved = as_spreadsheet_saves (csv);
  g_assert_false (g_str_has_prefix (saved, "\xEF\xBB\xBF"));
  g_assert_null (strchr (saved, '\r'));
  g_autoptr (GError) error = NULL;
  DgModel *model = read_text (saved, TOWN_A_TAXONOMY, &error);
  g_assert_no_error (error);
  check_model (&back, model);
  assert_same_holdings (&original, &back);
  assert_no_diff (&original, &back);
  checked_clear (&original);
  checked_clear (&back);
}

static char *
replace_once (const char *text, const char *old, const char *new)
{
  const char *at = strstr (text, old);
  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

/* The office takes 交警中队 off 校车 and gives 水上交通 to it: diff shows
 * the conflict on 校车 closed, the no-lead finding on 水上交通 (held only by
 * 建设管理办公室 assisting the authority above, through 交通运输) closed, and
 * the duties. */
static void
test_edit_shows_in_diff (void)
{
  Checked original = { 0 }, edited = { 0 };
  load (&original, TOWN_A);
  g_autofree char *csv = matrix_csv (&original);
  /* Row transport.school-bus: the 交警中队 cell; row transport.waterway: its cell. */
  g_autofree char *step1 = replace_once (csv, "\"负责 四(二)5(8)\",\"负责 四(二)7(2)\"", "\"负责 四(二)5(8)\",\"\"");
  g_autofree char *step2 = replace_once (step1, "\"transport.waterway\",\"　水上交通\",\"no lead\",\"\",\"\",\"\",\"\",\"\"",
                                         "\"transport.waterway\",\"　水上交通\",\"no lead\",\"\",\"\",\"\",\"\",\"负责 四(二)7(1)\"");
  g_autoptr (GError) error = NULL;
  DgModel *model = read_text (step2, TOWN_A_TAXONOMY, &error);
  g_assert_no_error (error);
  check_model (&edited, model);
  g_autoptr (DgDiff) diff = dg_diff_compute (original.report, edited.report);

  gboolean conflict_closed = FALSE, no_lead_closed = FALSE;
  for (guint i = 0; i < diff->closed->len; i++)
    {
      const DgFinding *f = g_array_index (diff->closed, DgFindingChange, i).old_finding;
      const char *area = f->area >= 0 ? dg_model_area (original.model, f->area)->id : "";
      conflict_closed |= f->kind == DG_FINDING_CONFLICT && g_str_equal (area, "transport.school-bus");
      no_lead_closed |= f->kind == DG_FINDING_NO_LEAD && g_str_equal (area, "transport.waterway");
    }
  g_assert_true (conflict_closed);
  g_assert_true (no_lead_closed);
  /* 四(二)7(2) is gone; 四(二)7(1) now names two areas: removed and added. */
  gboolean removed_72 = FALSE;
  for (guint i = 0; i < diff->duties_removed->len; i++)
    removed_72 |= g_str_equal (dg_model_duty (original.model, g_array_index (diff->duties_removed, int, i))->clause,
                               "四(二)7(2)");
  g_assert_true (removed_72);
  /* The school bus is now led by 镇教委 alone, with 镇建设管理办公室 taking part. */
  int bus = dg_model_area_index (edited.model, "transport.school-bus");
  g_autoptr (GArray) hs = dg_graph_area_holdings (edited.graph, bus);
  g_assert_cmpuint (hs->len, ==, 2);
  g_assert_cmpstr (dg_model_body (edited.model, g_array_index (hs, DgHolding, 0).body)->id, ==, "jiaowei");
  g_assert_cmpstr (dg_model_body (edited.model, g_array_index (hs, DgHolding, 1).body)->id, ==, "jianshe");
  int waterway = dg_model_area_index (edited.model, "transport.waterway");
  g_autoptr (GArray) ws = dg_graph_area_holdings (edited.graph, waterway);
  g_assert_cmpuint (ws->len, ==, 1);
  const DgDuty *d = dg_model_duty (edited.model, g_array_index (ws, DgHolding, 0).duty);
  g_assert_cmpstr (d->text, ==, "负责道路交通安全管理。");
  g_assert_cmpuint (d->areas->len, ==, 2);
  checked_clear (&original);
  checked_clear (&edited);
}

/* A clause the duty list lacks still reads, its entry standing as the text. */
static void
test_new_clause (void)
{
  const char *csv = "\"area id\",\"area\",\"findings\",\"镇消防站 [xiaofang]\"\r\n"
                    "\"\",\"\",\"kind\",\"站所\"\r\n"
                    "\"fire\",\"消防\",\"\",\"牵头 五(1)\"\r\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) m = read_text (csv, TOWN_A_TAXONOMY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (m->bodies->len, ==, 1);
  g_assert_cmpint (dg_model_body (m, 0)->kind, ==, DG_KIND_STATION);
  g_assert_cmpuint (m->duties->len, ==, 1);
  const DgDuty *d = dg_model_duty (m, 0);
  g_assert_cmpint (d->role, ==, DG_ROLE_LEAD);
  g_assert_cmpstr (d->clause, ==, "五(1)");
  g_assert_cmpstr (d->text, ==, "lead 五(1)");
  g_assert_cmpstr (dg_model_area (m, g_array_index (d->areas, int, 0))->id, ==, "fire");
}

/* Without a taxonomy the rows are the areas; indentation gives parents. */
static void
test_rows_define_areas (void)
{
  const char *csv = "\xEF\xBB\xBF\"area id\",\"area\",\"findings\",\"甲 [a]\"\n"
                    "\"\",\"\",\"kind\",\"office\"\n"
                    "\"top\",\"顶\",\"\",\"\"\n"
                    "\"top.x\",\"\u3000下\",\"\",\"'-协助 1\"\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) m = read_text (csv, NULL, &error);
  g_assert_nonnull (error); /* "-协助" is no role: the ' only escapes */
  g_assert_null (m);
  g_clear_error (&error);
  g_autofree char *fixed = replace_once (csv, "'-协助 1", "协助 1");
  g_autoptr (DgModel) ok = read_text (fixed, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ok->areas->len, ==, 2);
  g_assert_cmpint (dg_model_area (ok, 1)->parent, ==, 0);
  g_assert_cmpstr (dg_model_area (ok, 1)->name, ==, "下");
  g_assert_cmpint (dg_model_body (ok, 0)->kind, ==, DG_KIND_OFFICE);
}

static void
expect_error (const char *csv, const char *message_suffix)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = write_temp (csv);
  g_autoptr (DgModel) m = dg_matrix_read (path, TOWN_A_TAXONOMY, NULL, NULL, &error);
  g_assert_null (m);
  g_assert_error (error, DG_LOAD_ERROR, DG_LOAD_ERROR_INVALID);
  g_autofree char *want = g_strconcat (path, message_suffix, NULL);
  g_assert_cmpstr (error->message, ==, want);
}

static void
test_errors (void)
{
  const char *head = "\"area id\",\"area\",\"findings\",\"派出所 [paichusuo]\"\r\n\"\",\"\",\"kind\",\"站所\"\r\n";
  g_autofree char *role = g_strconcat (head, "\"fire\",\"消防\",\"\",\"负者 四(1)\"\r\n", NULL);
  expect_error (role, ":D3: error: unknown role '负者' (expected 负责, 协助, 配合, 参与, 监督, 指导, "
                      "协助上级 or 配合上级)");
  /* A line with no role after a holding is the rest of its clause only
   * when the duty list has that clause. */
  g_autofree char *second = g_strconcat (head, "\"fire\",\"消防\",\"\",\"负责 四(1)\n负则\"\r\n", NULL);
  expect_error (second, ":D3: error: '负则' is not \"ROLE CLAUSE\" (e.g. 负责 四(二)5(8))");
  expect_error ("\"area id\",\"area\",\"findings\",\"派出所 [派出所]\"\r\n",
                ":D1: error: body id '派出所' is not a valid id (ASCII letters, digits, '-', '_', '.')");
  g_autofree char *area = g_strconcat (head, "\"nowhere\",\"\",\"\",\"\"\r\n", NULL);
  expect_error (area, ":A3: error: area 'nowhere' is not in the taxonomy and has no name");
  /* Broken quoting has no cell yet: the line and column. */
  g_autofree char *quote = g_strconcat (head, "\"fire\",\"消防\",\"\",\"负责 四(1)\r\n", NULL);
  expect_error (quote, ":3:16: error: malformed CSV: a quoted field is not closed");
  g_autofree char *list = g_strconcat (head, "\"fire\",\"消防\",\"\",\"负责 四(1)\"\r\n\r\n"
                                             "\"clause\",\"role\",\"bodies\",\"with\",\"areas\",\"every\",\"times\",\"text\"\r\n"
                                             "\"四(1)\",\"负责\",\"jiaojing\",\"\",\"fire\",\"\",\"\",\"x\"\r\n", NULL);
  expect_error (list, ":C6: error: body 'jiaojing' is not in the matrix");
  /* Bytes that are neither UTF-8 nor GBK: the decoder's refusal. */
  g_autoptr (GError) error = NULL;
  g_autofree char *path = write_temp ("\"area id\",\"\xff\"\r\n");
  g_autoptr (DgModel) m = dg_matrix_read (path, TOWN_A_TAXONOMY, NULL, NULL, &error);
  g_assert_null (m);
  g_assert_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_ENCODING);
  g_autofree char *want = g_strconcat (path, ":1:12: error: neither UTF-8 nor GB18030/GBK (byte 0xff); give the "
                                       "encoding with --encoding", NULL);
  g_assert_cmpstr (error->message, ==, want);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/matrix-read/round-trip/town-a", test_round_trip_town);
  g_test_add_func ("/matrix-read/round-trip/bundled", test_round_trip_bundled);
  g_test_add_func ("/matrix-read/spreadsheet-variants", test_spreadsheet_variants);
  g_test_add_func ("/matrix-read/edit-shows-in-diff", test_edit_shows_in_diff);
  g_test_add_func ("/matrix-read/new-clause", test_new_clause);
  g_test_add_func ("/matrix-read/rows-define-areas", test_rows_define_areas);
  g_test_add_func ("/matrix-read/errors", test_errors);
  return g_test_run ();
}
