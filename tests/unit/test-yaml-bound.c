/*
 * test-yaml-bound.c — the syntax bound of model/yaml-bound.h on texts
 * whose counts are worked out by hand.
 */
#include <string.h>

#include "model/yaml-bound.h"

static void
test_allowed (void)
{
  g_assert_cmpuint (dg_yaml_marks_allowed (0), ==, 65536);
  g_assert_cmpuint (dg_yaml_marks_allowed (80000), ==, 65536 + 10000);
  g_assert_cmpuint (dg_yaml_marks_allowed (7), ==, 65536);
}

static void
test_exceeded (void)
{
  g_autofree char *text = g_malloc (1000000);
  /* 70 000 brackets: 65 536 + 8 750 allowed. */
  memset (text, '[', 70000);
  g_assert_cmpint (dg_yaml_bound_exceeded (text, 70000), ==, -1);
  /* 80 000: 75 536 allowed, the next (index 75 536) passes. */
  memset (text, '[', 80000);
  g_assert_cmpint (dg_yaml_bound_exceeded (text, 80000), ==, 75536);
  /* Plain text holds no mark at all. */
  memset (text, 'x', 1000000);
  g_assert_cmpint (dg_yaml_bound_exceeded (text, 1000000), ==, -1);
  /* Every mark counts, inside quotes and comments too: "a,a,…" of
   * 1 000 000 bytes has 500 000 commas, 190 536 allowed (65 536 +
   * 125 000): the 190 537th comma is at index 2 × 190 537 − 1. */
  for (gsize i = 0; i < 1000000; i++)
    text[i] = i % 2 ? ',' : 'a';
  text[0] = '"';
  g_assert_cmpint (dg_yaml_bound_exceeded (text, 1000000), ==, 2 * 190537 - 1);
  /* One mark per 8 bytes is within the bound whatever the size. */
  for (gsize i = 0; i < 1000000; i++)
    text[i] = i % 8 == 7 ? '\n' : 'k';
  g_assert_cmpint (dg_yaml_bound_exceeded (text, 1000000), ==, -1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/yaml-bound/allowed", test_allowed);
  g_test_add_func ("/yaml-bound/exceeded", test_exceeded);
  return g_test_run ();
}
