/*
 * layout.c — a built graph to bytes (see layout.h): DOT written through
 * cgraph's I/O discipline into memory; every other format laid out and
 * rendered by gvc in a forked child under a time and memory limit, its
 * failure (a limit passed, Graphviz's own error) a DG_RENDER_ERROR.
 */
#include <glib/gi18n.h>

#include <gvc.h>
#include <stdlib.h>
#include <string.h>

#include "render/diagram/layout.h"
#include "render/render-error.h"
#include "util/escape.h"

void
dg_graphviz_log_open (DgGraphvizLog *log)
{
  log->previous_level = agseterr (AGMAX);
  agreseterrors ();
}

void
dg_graphviz_log_close (DgGraphvizLog *log)
{
  agseterr (log->previous_level);
}

/* Whether a Graphviz step failed: a non-zero RC, or an error message
 * (not a warning) since LOG was opened, the last of which is quoted. */
static gboolean
graphviz_failed (const DgGraphvizLog *log, const char *what, int rc, GError **error)
{
  g_return_val_if_fail (log != NULL, TRUE);
  gboolean complained = agerrors () >= AGERR;
  if (rc == 0 && !complained)
    return FALSE;
  char *last = complained ? aglasterr () : NULL;
  g_autofree char *detail = g_strdup (last ? last : "");
  free (last);
  g_strstrip (g_strdelimit (detail, "\n\r\t", ' '));
  g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_GRAPHVIZ, _ ("graphviz %s failed%s%s"), what,
               detail[0] ? ": " : "", detail);
  return TRUE;
}

/* Writes an unlaid-out graph through cgraph's I/O discipline. */
static int
put_string (void *channel, const char *text)
{
  g_string_append (channel, text);
  return 0;
}

static int
flush_nothing (void *channel)
{
  (void) channel;
  return 0;
}

Agiodisc_t dg_diagram_string_io = { NULL, put_string, flush_nothing };

typedef struct {
  const DgGraphvizLog *log;
  Agraph_t *graph;
  const char *device;
  const char *format;
} LayoutJob;

/* Runs in the sandbox's child: lays out and renders with Graphviz. */
static GBytes *
lay_out_and_render (gpointer data, GError **error)
{
  LayoutJob *job = data;
  GVC_t *gvc = gvContext ();
  if (gvc == NULL)
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_GRAPHVIZ, _ ("cannot create a graphviz context"));
      return NULL;
    }
  GBytes *bytes = NULL;
  if (!graphviz_failed (job->log, "layout", gvLayout (gvc, job->graph, "dot"), error))
    {
      char *rendered = NULL;
      unsigned int length = 0;
      int rc = gvRenderData (gvc, job->graph, job->device, &rendered, &length);
      if (rc == 0 && rendered == NULL)
        rc = -1;
      if (!graphviz_failed (job->log, job->format, rc, error))
        bytes = g_bytes_new (rendered, length);
      if (rendered)
        gvFreeRenderData (rendered);
      gvFreeLayout (gvc, job->graph);
    }
  gvFreeContext (gvc);
  return bytes;
}

GBytes *
dg_diagram_layout (const DgGraphvizLog *log, Agraph_t *g, const char *format,
                   const DgSandboxLimits *limits, GError **error)
{
  if (g_str_equal (format, "dot"))
    {
      g_autoptr (GString) out = g_string_new (NULL);
      if (graphviz_failed (log, "write", agwrite (g, out), error))
        return NULL;
      char *split = dg_escape_dot_split (out->str, out->len);
      return g_bytes_new_take (split, strlen (split));
    }

  /* Cairo for raster and PDF: the core renderers cannot shape CJK text. */
  LayoutJob job = {
    .log = log,
    .graph = g,
    .format = format,
    .device = g_str_equal (format, "svg")   ? "svg:svg:core"
              : g_str_equal (format, "png") ? "png:cairo:cairo"
                                            : "pdf:cairo:cairo",
  };
  const GQuark known_domains[] = { DG_RENDER_ERROR, 0 };
  g_autoptr (GError) sandbox_error = NULL;
  GBytes *bytes = dg_sandbox_run (lay_out_and_render, &job, limits, known_domains, &sandbox_error);
  if (bytes)
    return bytes;
  if (sandbox_error->domain == DG_RENDER_ERROR)
    g_propagate_error (error, g_steal_pointer (&sandbox_error));
  else if (g_error_matches (sandbox_error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_TIMEOUT))
    g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_LIMIT,
                 _ ("graphviz layout of this view %s (limit: --layout-timeout %g); "
                    "draw a smaller view, e.g. --view area:ID or --view body:ID"),
                 sandbox_error->message, limits->wall_seconds);
  else if (g_error_matches (sandbox_error, DG_SANDBOX_ERROR, DG_SANDBOX_ERROR_ABORTED))
    g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_LIMIT,
                 _ ("graphviz could not lay out this view: it %s (memory limit: --layout-memory "
                    "%llu MiB); draw a smaller view, e.g. --view area:ID or --view body:ID"),
                 sandbox_error->message, (unsigned long long) (limits->memory_bytes >> 20));
  else
    g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_GRAPHVIZ, _ ("graphviz layout: %s"),
                 sandbox_error->message);
  return NULL;
}
