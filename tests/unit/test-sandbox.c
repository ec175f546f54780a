/* The child-process sandbox: results and errors come back intact, and a
 * child that hangs, exits or dies becomes an error, never the caller's end. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/sandbox.h"

static GQuark test_error_quark (void);
G_DEFINE_QUARK (test-sandbox-error-quark, test_error)

static GBytes *
return_bytes (gpointer data, GError **error)
{
  (void) error;
  gsize length = GPOINTER_TO_SIZE (data);
  guint8 *bytes = g_malloc (length);
  for (gsize i = 0; i < length; i++)
    bytes[i] = (guint8) (i * 7 + i / 251);
  return g_bytes_new_take (bytes, length);
}

static void
test_result_comes_back (void)
{
  /* Larger than a pipe's buffer, so reading must interleave with writing. */
  gsize sizes[] = { 0, 1, 65537, 10 * 1024 * 1024 + 3 };
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      DgSandboxLimits limits = { 30, 0 };
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) got
          = dg_sandbox_run (return_bytes, GSIZE_TO_POINTER (sizes[i]), &limits, NULL, &error);
      g_assert_no_error (error);
      g_autoptr (GBytes) want = return_bytes (GSIZE_TO_POINTER (sizes[i]), NULL);
      g_assert_true (g_bytes_equal (got, want));
    }
}

static GBytes *
fail_with_error (gpointer data, GError **error)
{
  (void) data;
  g_set_error (error, test_error_quark (), 42, "no layout for «%s»", "校车");
  return NULL;
}

static void
test_error_comes_back (void)
{
  DgSandboxLimits limits = { 30, 0 };
  const GQuark known[] = { g_file_error_quark (), test_error_quark (), 0 };
  g_autoptr (GError) error = NULL;
  g_assert_null (dg_sandbox_run (fail_with_error, NULL, &limits, known, &error));
  g_assert_error (error, test_error_quark (), 42);
  g_assert_cmpstr (error->message, ==, "no layout for «校车»");

  /* A domain the caller did not list cannot be named in the parent. */
  g_clear_error (&error);
  g_assert_null (dg_sandbox_run (fail_with_error, NULL, &limits, NULL, &error));
  g_assert_error (error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_ABORTED);
  g_assert_cmpstr (error->message, ==, "no layout for «校车»");
}

static GBytes *
sleep_forever (gpointer data, GError **error)
{
  (void) data;
  (void) error;
  for (;;)
    pause ();
  return NULL;
}

static void
test_timeout_kills_the_child (void)
{
  DgSandboxLimits limits = { 0.2, 0 };
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_assert_null (dg_sandbox_run (sleep_forever, NULL, &limits, NULL, &error));
  g_assert_error (error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_TIMEOUT);
  g_assert_nonnull (strstr (error->message, "0.2 s"));
  /* Generous: only "it came back at all, well before the child would". */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
}

static GBytes *
exit_inside (gpointer data, GError **error)
{
  (void) error;
  exit (GPOINTER_TO_INT (data));
}

static GBytes *
die_by_signal (gpointer data, GError **error)
{
  (void) data;
  (void) error;
  raise (SIGKILL);
  return NULL;
}

static void
test_abnormal_ends_are_errors (void)
{
  DgSandboxLimits limits = { 30, 0 };
  g_autoptr (GError) error = NULL;
  g_assert_null (dg_sandbox_run (exit_inside, GINT_TO_POINTER (1), &limits, NULL, &error));
  g_assert_error (error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_ABORTED);
  g_assert_cmpstr (error->message, ==, "exited with status 1");

  /* exit(0) from inside the library: a clean status, but no result. */
  g_clear_error (&error);
  g_assert_null (dg_sandbox_run (exit_inside, GINT_TO_POINTER (0), &limits, NULL, &error));
  g_assert_error (error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_ABORTED);
  g_assert_cmpstr (error->message, ==, "ended without a result");

  g_clear_error (&error);
  g_assert_null (dg_sandbox_run (die_by_signal, NULL, &limits, NULL, &error));
  g_assert_error (error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_ABORTED);
  g_assert_true (g_str_has_prefix (error->message, "was killed by signal 9"));
}

static GBytes *
allocate_a_lot (gpointer data, GError **error)
{
  gsize size = GPOINTER_TO_SIZE (data);
  char *block = malloc (size);
  if (block == NULL)
    {
      g_set_error (error, test_error_quark (), 1, "out of memory");
      return NULL;
    }
  memset (block, 1, size);
  free (block);
  return g_bytes_new_static ("fits", 4);
}

static void
test_memory_limit (void)
{
  if (!dg_sandbox_can_limit_memory ())
    {
      g_test_skip ("memory limits are not enforced under AddressSanitizer");
      return;
    }
  const GQuark known[] = { test_error_quark (), 0 };
  DgSandboxLimits limits = { 30, 64 << 20 };
  g_autoptr (GError) error = NULL;
  g_assert_null (dg_sandbox_run (allocate_a_lot, GSIZE_TO_POINTER ((gsize) 512 << 20), &limits,
                                 known, &error));
  g_assert_error (error, test_error_quark (), 1);

  g_clear_error (&error);
  g_autoptr (GBytes) fits = dg_sandbox_run (allocate_a_lot, GSIZE_TO_POINTER ((gsize) 8 << 20),
                                            &limits, known, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (fits), ==, 4);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sandbox/result-comes-back", test_result_comes_back);
  g_test_add_func ("/sandbox/error-comes-back", test_error_comes_back);
  g_test_add_func ("/sandbox/timeout-kills-the-child", test_timeout_kills_the_child);
  g_test_add_func ("/sandbox/abnormal-ends-are-errors", test_abnormal_ends_are_errors);
  g_test_add_func ("/sandbox/memory-limit", test_memory_limit);
  return g_test_run ();
}
