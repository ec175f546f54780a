/*
 * test-write.c — writing a model: load → write → load gives the same
 * model, field by field, for the bundled model and for texts that YAML
 * would misread if written plainly; writing is deterministic.
 */
#include <string.h>

#include "model/model-load.h"
#include "model/model-write.h"
#include "test-util.h"

static void
same_strings (const GPtrArray *a, const GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
}

static void
same_ints (const GArray *a, const GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpint (g_array_index (a, int, i), ==, g_array_index (b, int, i));
}

/* Paths are compared as files: the written model names them relative to itself. */
static void
same_path (const char *a, const char *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;
  g_autofree char *x = g_canonicalize_filename (a, NULL);
  g_autofree char *y = g_canonicalize_filename (b, NULL);
  g_assert_cmpstr (x, ==, y);
}

static void
same_model (const DgModel *a, const DgModel *b)
{
  g_assert_cmpstr (a->doc_id, ==, b->doc_id);
  g_assert_cmpstr (a->number, ==, b->number);
  g_assert_cmpstr (a->title, ==, b->title);
  same_strings (a->issuers, b->issuers);
  g_assert_cmpint (a->year, ==, b->year);
  same_path (a->source, b->source);
  same_path (a->taxonomy, b->taxonomy);
  g_assert_cmpuint (a->principles->len, ==, b->principles->len);
  for (guint i = 0; i < a->principles->len; i++)
    {
      const DgPrinciple *p = g_ptr_array_index (a->principles, i);
      const DgPrinciple *q = g_ptr_array_index (b->principles, i);
      g_assert_cmpstr (p->id, ==, q->id);
      g_assert_cmpstr (p->clause, ==, q->clause);
      g_assert_cmpstr (p->text, ==, q->text);
      g_assert_cmpstr (p->rule, ==, q->rule);
    }
  g_assert_cmpuint (a->bodies->len, ==, b->bodies->len);
  for (guint i = 0; i < a->bodies->len; i++)
    {
      const DgBody *x = dg_model_body (a, (int) i), *y = dg_model_body (b, (int) i);
      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpstr (x->name, ==, y->name);
      same_strings (x->aliases, y->aliases);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpint (x->reports_to, ==, y->reports_to);
      same_ints (x->manages, y->manages);
      g_assert_cmpstr (x->clause, ==, y->clause);
      g_assert_cmpstr (x->note, ==, y->note);
    }
  g_assert_cmpuint (a->areas->len, ==, b->areas->len);
  for (guint i = 0; i < a->areas->len; i++)
    {
      const DgArea *x = dg_model_area (a, (int) i), *y = dg_model_area (b, (int) i);
      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpint (x->parent, ==, y->parent);
      same_strings (x->keywords, y->keywords);
      g_assert_cmpint (x->expected, ==, y->expected);
      g_assert_cmpstr (x->source, ==, y->source);
      g_assert_cmpstr (x->shared_basis, ==, y->shared_basis);
      g_assert_cmpint (x->residual, ==, y->residual);
      g_assert_cmpint (x->from_taxonomy, ==, y->from_taxonomy);
    }
  g_assert_cmpuint (a->exemptions->len, ==, b->exemptions->len);
  for (guint i = 0; i < a->exemptions->len; i++)
    {
      const DgExemption *x = g_ptr_array_index (a->exemptions, i);
      const DgExemption *y = g_ptr_array_index (b->exemptions, i);
      g_assert_cmpint (x->area, ==, y->area);
      g_assert_cmpstr (x->reason, ==, y->reason);
    }
  g_assert_cmpuint (a->duties->len, ==, b->duties->len);
  for (guint i = 0; i < a->duties->len; i++)
    {
      const DgDuty *x = dg_model_duty (a, (int) i), *y = dg_model_duty (b, (int) i);
      same_ints (x->bodies, y->bodies);
      g_assert_cmpuint (x->kinds, ==, y->kinds);
      g_assert_cmpint (x->role, ==, y->role);
      g_assert_cmpint (x->with_upper, ==, y->with_upper);
      g_assert_cmpint (x->with_body, ==, y->with_body);
      same_ints (x->areas, y->areas);
      g_assert_cmpint (x->procedural, ==, y->procedural);
      g_assert_cmpstr (x->clause, ==, y->clause);
      g_assert_cmpstr (x->text, ==, y->text);
      g_assert_cmpint (x->every, ==, y->every);
      g_assert_cmpint (x->times, ==, y->times);
      g_assert_cmpstr (x->note, ==, y->note);
      g_assert_cmpstr (x->provenance, ==, y->provenance);
    }
}

/* Writes MODEL to DIR/NAME and loads it back; the text written is returned in TEXT. */
static DgModel *
write_and_load (const DgModel *model, const char *dir, const char *name, char **text)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  *text = dg_model_write_yaml (model, path, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, *text, -1, &error);
  g_assert_no_error (error);
  DgModel *again = dg_model_load (path, NULL, &error);
  g_assert_no_error (error);
  return again;
}

static void
round_trip (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DgModel) model = dg_model_load (path, NULL, &error);
  g_assert_no_error (error);
  g_autofree char *dir = test_util_tmpdir ();
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr (DgModel) again = write_and_load (model, dir, "a.yaml", &first);
  same_model (model, again);
  /* Writing what was read back gives the same bytes. */
  g_autoptr (DgModel) third = write_and_load (again, dir, "b.yaml", &second);
  g_assert_cmpstr (first, ==, second);
  same_model (model, third);
}

static void
test_bundled (void)
{
  round_trip (DG_SOURCE_ROOT "/model/zhangshanzi-2020.yaml");
}

static void
test_town_a (void)
{
  round_trip (DG_SOURCE_ROOT "/tests/cli/data/town-a/model.yaml");
}

/* Texts that a plain YAML scalar would turn into a comment, a list, a
 * number, a boolean or null, and own areas, class duties and provenance. */
static void
test_hostile_texts (void)
{
  g_autofree char *dir = test_util_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "m.yaml", NULL);
  g_autoptr (GError) error = NULL;
  g_file_set_contents (path,
      "dutygraph: 1\n"
      "document: {id: '2020', title: '# 不是注释', number: '- 不是列表', issuers: ['null', 'true'], year: 2021}\n"
      "principles:\n"
      "  - {id: p, clause: '1', text: \"'引号' \\\"双引号\\\" \\\\ 反斜杠\"}\n"
      "bodies:\n"
      "  - {id: 'yes', name: '@甲', kind: government, aliases: ['~', 'a: b', '&x', '*y', '!t', '|', '>']}\n"
      "  - {id: b-1, name: \"多行\\n文本\\t制表\", kind: office, reports-to: 'yes', note: ''}\n"
      "areas:\n"
      "  - {id: x, name: 甲, expected: true, keywords: ['123', '1.5', '0x1f'], residual: true}\n"
      "  - {id: x.y, name: 乙, parent: x, shared-basis: '% 条例', source: '`源`'}\n"
      "exempt:\n"
      "  - {area: x.y, reason: '[无]'}\n"
      "duties:\n"
      "  - {body: b-1, role: assist, with: 'yes', areas: [x], clause: '{1}', text: '#a #b', every: quarter, times: 2, provenance: 'merge of a, b (s.yaml, op 1)'}\n"
      "  - {applies-to: {kind: [office, government]}, role: lead, procedural: true, clause: '2', text: 'on', note: off}\n"
      "  - {bodies: ['yes', b-1], role: lead, areas: [x.y], clause: '3', text: '- x', every: year}\n",
      -1, &error);
  g_assert_no_error (error);
  round_trip (path);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/write/round-trip/bundled", test_bundled);
  g_test_add_func ("/write/round-trip/town-a", test_town_a);
  g_test_add_func ("/write/round-trip/hostile-texts", test_hostile_texts);
  return g_test_run ();
}
