/*
 * sandbox.c — see sandbox.h.
 *
 * The child writes one message on the pipe: a fixed header (status,
 * error domain index, error code, payload length) then the payload — the
 * result's bytes, or the error's message.  Anything short of a whole
 * message (the child killed, crashed or exit()ed inside the library) is
 * an abnormal end.
 */
#include "util/sandbox.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

G_DEFINE_QUARK (dg-sandbox-error-quark, dg_sandbox_error)

enum { MESSAGE_OK = 0, MESSAGE_ERROR = 1 };
#define NO_DOMAIN G_MAXUINT32

typedef struct {
  guint32 status;
  guint32 domain_index;
  gint32 code;
  guint32 reserved;
  guint64 length;
} MessageHeader;

gboolean
dg_sandbox_can_limit_memory (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return FALSE;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return FALSE;
#else
  return TRUE;
#endif
#else
  return TRUE;
#endif
}

static gboolean
write_all (int fd, const void *data, gsize length)
{
  const guint8 *p = data;
  while (length > 0)
    {
      ssize_t n = write (fd, p, length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* The address space already mapped, so that the limit counts only what
 * the work adds: a child inherits the parent's libraries and heap. */
static guint64
current_address_space (void)
{
  FILE *statm = fopen ("/proc/self/statm", "r");
  unsigned long pages = 0;
  if (statm)
    {
      if (fscanf (statm, "%lu", &pages) != 1)
        pages = 0;
      fclose (statm);
    }
  return (guint64) pages * (guint64) sysconf (_SC_PAGESIZE);
}

static void G_GNUC_NORETURN
run_child (int fd, DgSandboxFn fn, gpointer data, const DgSandboxLimits *limits,
           const GQuark *known_domains)
{
  if (limits->memory_bytes > 0 && dg_sandbox_can_limit_memory ())
    {
      guint64 ceiling = current_address_space () + limits->memory_bytes;
      struct rlimit rl = { (rlim_t) ceiling, (rlim_t) ceiling };
      setrlimit (RLIMIT_AS, &rl);
    }

  GError *error = NULL;
  GBytes *result = fn (data, &error);
  MessageHeader header = { 0 };
  const void *payload = NULL;
  gsize length = 0;
  if (result)
    {
      header.status = MESSAGE_OK;
      payload = g_bytes_get_data (result, &length);
    }
  else
    {
      header.status = MESSAGE_ERROR;
      header.domain_index = NO_DOMAIN;
      header.code = error ? error->code : 0;
      for (guint32 i = 0; error && known_domains && known_domains[i]; i++)
        if (known_domains[i] == error->domain)
          header.domain_index = i;
      payload = error ? error->message : "failed without a message";
      length = strlen (payload);
    }
  header.length = length;
  gboolean sent = write_all (fd, &header, sizeof header) && write_all (fd, payload, length);
  /* Freed only so that a leak checker following the child sees no leak. */
  g_clear_pointer (&result, g_bytes_unref);
  g_clear_error (&error);
  /* _exit: the parent's atexit handlers and stdio buffers are not ours. */
  _exit (sent ? 0 : 1);
}

/* Reads the child's whole message, or stops when the deadline (monotonic
 * microseconds, 0 for none) passes.  Returns FALSE on a timeout. */
static gboolean
read_until_eof (int fd, gint64 deadline, GByteArray *into, int *read_errno)
{
  guint8 chunk[65536];
  for (;;)
    {
      int timeout_ms = -1;
      if (deadline > 0)
        {
          gint64 left = deadline - g_get_monotonic_time ();
          if (left <= 0)
            return FALSE;
          timeout_ms = (int) MIN (left / 1000 + 1, G_MAXINT);
        }
      struct pollfd pfd = { fd, POLLIN, 0 };
      int ready = poll (&pfd, 1, timeout_ms);
      if (ready < 0 && errno == EINTR)
        continue;
      if (ready < 0)
        {
          *read_errno = errno;
          return TRUE;
        }
      if (ready == 0)
        continue; /* the deadline is checked at the top */
      ssize_t n = read (fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          *read_errno = errno;
          return TRUE;
        }
      if (n == 0)
        return TRUE;
      g_byte_array_append (into, chunk, (guint) n);
    }
}

static int
wait_for (pid_t pid)
{
  int status = 0;
  while (waitpid (pid, &status, 0) < 0)
    if (errno != EINTR)
      return -1;
  return status;
}

GBytes *
dg_sandbox_run (DgSandboxFn fn, gpointer data, const DgSandboxLimits *limits,
                const GQuark *known_domains, GError **error)
{
  g_return_val_if_fail (fn != NULL && limits != NULL, NULL);
  int fds[2];
  if (pipe (fds) < 0)
    {
      g_set_error (error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_SYSTEM, _ ("cannot create a pipe: %s"),
                   g_strerror (errno));
      return NULL;
    }
  /* What the child inherits in stdio buffers must not be written twice. */
  fflush (stdout);
  fflush (stderr);
  pid_t pid = fork ();
  if (pid < 0)
    {
      int saved = errno;
      close (fds[0]);
      close (fds[1]);
      g_set_error (error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_SYSTEM,
                   _ ("cannot start a child process: %s"), g_strerror (saved));
      return NULL;
    }
  if (pid == 0)
    {
      close (fds[0]);
      run_child (fds[1], fn, data, limits, known_domains);
    }
  close (fds[1]);

  gint64 deadline = limits->wall_seconds > 0
                        ? g_get_monotonic_time () + (gint64) (limits->wall_seconds * G_USEC_PER_SEC)
                        : 0;
  g_autoptr (GByteArray) message = g_byte_array_new ();
  int read_errno = 0;
  gboolean in_time = read_until_eof (fds[0], deadline, message, &read_errno);
  close (fds[0]);
  if (!in_time)
    kill (pid, SIGKILL);
  int status = wait_for (pid);

  if (!in_time)
    {
      g_set_error (error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_TIMEOUT,
                   _ ("took longer than %g s and was stopped"), limits->wall_seconds);
      return NULL;
    }
  if (read_errno != 0)
    {
      g_set_error (error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_SYSTEM,
                   _ ("cannot read the child's result: %s"), g_strerror (read_errno));
      return NULL;
    }

  MessageHeader header;
  gboolean whole = message->len >= sizeof header;
  if (whole)
    {
      memcpy (&header, message->data, sizeof header);
      whole = header.length == message->len - sizeof header;
    }
  if (status < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0 || !whole)
    {
      g_autofree char *how
          = status >= 0 && WIFSIGNALED (status)
                ? g_strdup_printf (_ ("was killed by signal %d (%s)"), WTERMSIG (status),
                                   g_strsignal (WTERMSIG (status)))
            : status >= 0 && WIFEXITED (status) && WEXITSTATUS (status) != 0
                ? g_strdup_printf (_ ("exited with status %d"), WEXITSTATUS (status))
                : g_strdup (_ ("ended without a result"));
      g_set_error (error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_ABORTED, "%s", how);
      return NULL;
    }

  const char *payload = (const char *) message->data + sizeof header;
  if (header.status == MESSAGE_OK)
    return g_bytes_new (payload, header.length);

  GQuark domain = DG_SANDBOX_ERROR;
  int code = DG_SANDBOX_ERROR_ABORTED;
  if (header.domain_index != NO_DOMAIN && known_domains)
    for (guint32 i = 0; known_domains[i]; i++)
      if (i == header.domain_index)
        {
          domain = known_domains[i];
          code = header.code;
        }
  g_set_error (error, domain, code, "%.*s", (int) header.length, payload);
  return NULL;
}
