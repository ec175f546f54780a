/*
 * output.c — atomic writes of results (see output.h).
 */
#include <glib/gi18n.h>

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/output.h"

G_DEFINE_QUARK (dg-output-error-quark, dg_output_error)

/* A target that exists must be a regular file: renaming over a FIFO, a
 * device or a socket would replace the node with a file, and a symbolic
 * link that resolves to nothing (dangling, a loop) would be replaced by
 * one.  "-" is how stdout is asked for. */
static gboolean
check_target_kind (const char *output, GError **error)
{
  struct stat st;
  if (stat (output, &st) == 0)
    {
      if (S_ISREG (st.st_mode))
        return TRUE;
      const char *kind = S_ISDIR (st.st_mode)    ? _ ("a directory")
                         : S_ISFIFO (st.st_mode) ? _ ("a FIFO")
                         : S_ISCHR (st.st_mode) || S_ISBLK (st.st_mode) ? _ ("a device")
                                                                         : _ ("a special file");
      g_set_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_REFUSED,
                   _ ("refusing to write '%s': it is %s (name a new or regular file, or - for stdout)"),
                   output, kind);
      return FALSE;
    }
  int saved = errno;
  if (lstat (output, &st) == 0 && S_ISLNK (st.st_mode))
    {
      g_set_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_REFUSED,
                   _ ("refusing to write '%s': it is a symbolic link that cannot be followed (%s)"),
                   output, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

gboolean
dg_output_check_not_input (const char *output, const char *const *inputs, GError **error)
{
  if (output == NULL || g_str_equal (output, "-"))
    return TRUE;
  if (!check_target_kind (output, error))
    return FALSE;
  struct stat out_st;
  gboolean out_exists = stat (output, &out_st) == 0;
  for (const char *const *in = inputs; *in; in++)
    {
      struct stat in_st;
      gboolean same_path = g_str_equal (*in, output);
      gboolean same_file = out_exists && stat (*in, &in_st) == 0 && in_st.st_dev == out_st.st_dev
                           && in_st.st_ino == out_st.st_ino;
      if (same_path || same_file)
        {
          g_set_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_REFUSED,
                       _ ("refusing to write '%s': it is the input '%s'"), output, *in);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_all (int fd, const char *data, gsize len)
{
  while (len > 0)
    {
      ssize_t n = write (fd, data, len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      len -= (gsize) n;
    }
  return TRUE;
}

gboolean
dg_output_write (const char *path, const void *data, gsize len, GError **error)
{
  if (path == NULL || g_str_equal (path, "-"))
    {
      if (!write_all (STDOUT_FILENO, data, len))
        {
          int saved = errno;
          g_set_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_WRITE, _ ("cannot write to stdout: %s"),
                       g_strerror (saved));
          return FALSE;
        }
      return TRUE;
    }
  if (!check_target_kind (path, error))
    return FALSE;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmpl = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  int fd = g_mkstemp_full (tmpl, O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_WRITE, _ ("cannot write '%s': %s"), path,
                   g_strerror (saved));
      return FALSE;
    }
  /* mkstemp makes the file private; give it the mode a new file would get. */
  mode_t mask = umask (0);
  umask (mask);
  gboolean ok = fchmod (fd, 0666 & ~mask) == 0 && write_all (fd, data, len) && fsync (fd) == 0;
  int saved = errno;
  if (close (fd) != 0 && ok)
    {
      ok = FALSE;
      saved = errno;
    }
  if (ok && g_rename (tmpl, path) != 0)
    {
      ok = FALSE;
      saved = errno;
    }
  if (!ok)
    {
      g_unlink (tmpl);
      g_set_error (error, DG_OUTPUT_ERROR, DG_OUTPUT_ERROR_WRITE, _ ("cannot write '%s': %s"), path,
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
