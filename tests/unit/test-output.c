/*
 * test-output.c — results are written whole or not at all, and never over
 * an input, whatever name the input goes by.
 */
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <string.h>
#include <unistd.h>

#include "util/output.h"
#include "test-util.h"

static char *
tmpdir (void)
{
  return test_util_tmpdir ();
}

static guint
count_entries (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;
  while (g_dir_read_name (d))
    n++;
  return n;
}

static void
test_write_replaces_whole (void)
{
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_autoptr (GError) error = NULL;
  g_assert_true (dg_output_write (path, "old", 3, &error));
  g_assert_true (dg_output_write (path, "新内容", strlen ("新内容"), &error));
  g_assert_no_error (error);
  g_autofree char *content = NULL;
  g_file_get_contents (path, &content, NULL, NULL);
  g_assert_cmpstr (content, ==, "新内容");
  g_assert_cmpuint (count_entries (dir), ==, 1); /* no temporary left behind */
}

static void
test_failed_write_leaves_nothing (void)
{
  if (geteuid () == 0)
    {
      /* root writes into read-only directories; use a missing one instead. */
      g_autofree char *dir = tmpdir ();
      g_autofree char *path = g_build_filename (dir, "missing", "out.txt", NULL);
      g_autoptr (GError) error = NULL;
      g_assert_false (dg_output_write (path, "x", 1, &error));
      g_assert_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_WRITE);
      g_assert_cmpuint (count_entries (dir), ==, 0);
      return;
    }
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_assert_true (dg_output_write (path, "old", 3, NULL));
  g_chmod (dir, 0555);
  g_autoptr (GError) error = NULL;
  g_assert_false (dg_output_write (path, "new", 3, &error));
  g_chmod (dir, 0755);
  g_autofree char *content = NULL;
  g_file_get_contents (path, &content, NULL, NULL);
  g_assert_cmpstr (content, ==, "old");
  g_assert_cmpuint (count_entries (dir), ==, 1);
}

/* A full disk, simulated with a file-size limit (EFBIG at the limit, as
 * ENOSPC would come): the old target stays whole, no temporary is left. */
static void
test_full_disk_keeps_old_target (void)
{
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_assert_true (dg_output_write (path, "old", 3, NULL));

  gsize big = 1 << 20;
  g_autofree char *data = g_malloc (big);
  memset (data, 'x', big);
  struct rlimit saved;
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  struct rlimit small = { 4096, saved.rlim_max };
  void (*previous) (int) = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  g_autoptr (GError) error = NULL;
  gboolean written = dg_output_write (path, data, big, &error);
  setrlimit (RLIMIT_FSIZE, &saved);
  signal (SIGXFSZ, previous);

  g_assert_false (written);
  g_assert_nonnull (error);
  g_autofree char *content = NULL;
  g_file_get_contents (path, &content, NULL, NULL);
  g_assert_cmpstr (content, ==, "old");
  g_assert_cmpuint (count_entries (dir), ==, 1);
}

static void
test_refuses_input_under_any_name (void)
{
  g_autofree char *dir = tmpdir ();
  g_autofree char *input = g_build_filename (dir, "model.yaml", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.yaml", NULL);
  g_autofree char *soft = g_build_filename (dir, "soft.yaml", NULL);
  g_autofree char *other = g_build_filename (dir, "other.yaml", NULL);
  g_file_set_contents (input, "dutygraph: 1\n", -1, NULL);
  g_assert_cmpint (link (input, hard), ==, 0);
  g_assert_cmpint (symlink (input, soft), ==, 0);
  const char *inputs[] = { input, NULL };
  const char *targets[] = { input, hard, soft };
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr (GError) error = NULL;
      g_assert_false (dg_output_check_not_input (targets[i], inputs, &error));
      g_assert_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_REFUSED);
    }
  g_assert_true (dg_output_check_not_input (other, inputs, NULL));
  g_assert_true (dg_output_check_not_input ("-", inputs, NULL));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/output/write-replaces-whole", test_write_replaces_whole);
  g_test_add_func ("/output/failed-write-leaves-nothing", test_failed_write_leaves_nothing);
  g_test_add_func ("/output/full-disk-keeps-old-target", test_full_disk_keeps_old_target);
  g_test_add_func ("/output/refuses-input-under-any-name", test_refuses_input_under_any_name);
  return g_test_run ();
}
