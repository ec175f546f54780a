/*
 * diagram.c — the entry point of the responsibility diagrams (see
 * render/diagram.h): the format and font checked, the areas marked by the
 * report's findings, the cgraph graph opened with its id discipline, one
 * view drawn into it (views.h), then laid out (layout.h).  The pieces:
 * style.c (colours), ids.c (cgraph ids), draw.c and legend.c (primitives,
 * title, legend), view-*.c (one per view), layout.c (the sandboxed layout).
 */
#include <glib/gi18n.h>

#include "render/diagram.h"
#include "render/diagram/ids.h"
#include "render/diagram/layout.h"
#include "render/diagram/style.h"
#include "render/diagram/views.h"
#include "render/render-error.h"

static const char *const supported_formats[] = { "svg", "png", "pdf", "dot" };

static void
mark_areas (DgDiagram *d)
{
  const GPtrArray *findings = d->report->findings;
  for (guint i = 0; i < findings->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (findings, i);
      if (f->area < 0)
        continue;
      switch (f->kind)
        {
        case DG_FINDING_CONFLICT: d->marks[f->area] |= MARK_CONFLICT; break;
        case DG_FINDING_SHARED: d->marks[f->area] |= MARK_SHARED; break;
        case DG_FINDING_UNCOVERED: d->marks[f->area] |= MARK_UNCOVERED; break;
        default: break;
        }
    }
}

static gboolean
build_diagram (DgDiagram *d, const DgDiagramOptions *options, GError **error)
{
  const DgModel *m = d->model;
  switch (options->kind)
    {
    case DG_VIEW_OWNERSHIP:
      dg_diagram_view_ownership (d);
      break;
    case DG_VIEW_AREA:
      if (options->index < 0 || (guint) options->index >= m->areas->len)
        {
          g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_VIEW, _ ("no area %d in the model"), options->index);
          return FALSE;
        }
      dg_diagram_view_area (d, options->index);
      break;
    case DG_VIEW_BODY:
      if (options->index < 0 || (guint) options->index >= m->bodies->len)
        {
          g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_VIEW, _ ("no body %d in the model"), options->index);
          return FALSE;
        }
      dg_diagram_view_body (d, options->index);
      break;
    case DG_VIEW_COORDINATION:
      if (!dg_diagram_view_coordination (d, error))
        return FALSE;
      break;
    case DG_VIEW_DIFF:
      if (options->diff == NULL || !dg_diagram_view_diff (d, options->diff, error))
        return FALSE;
      break;
    default:
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_VIEW, _ ("unknown view kind %d"), (int) options->kind);
      return FALSE;
    }
  if (d->failed)
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_GRAPHVIZ, _ ("cannot build the graphviz graph"));
      return FALSE;
    }
  return TRUE;
}

GBytes *
dg_render_diagram (const DgReport *report, const DgDiagramOptions *options, const char *format,
                   GError **error)
{
  g_return_val_if_fail (report != NULL && options != NULL, NULL);
  gboolean known = FALSE;
  for (guint i = 0; format && i < G_N_ELEMENTS (supported_formats); i++)
    known = known || g_str_equal (format, supported_formats[i]);
  if (!known)
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_FORMAT,
                   _ ("unknown diagram format '%s' (expected svg, png, pdf or dot)"),
                   format ? format : "");
      return NULL;
    }

  const char *font = options->font && options->font[0] ? options->font : DG_DIAGRAM_DEFAULT_FONT;
  for (const char *p = font; *p; p++)
    if (*p == '\\' || (guchar) *p < 0x20 || *p == 0x7f)
      {
        /* Graphviz takes a font name verbatim, so it cannot be escaped. */
        g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_FORMAT,
                     _ ("font name contains a backslash or a control character"));
        return NULL;
      }
  if (!g_utf8_validate (font, -1, NULL))
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_FORMAT, _ ("font name is not valid UTF-8"));
      return NULL;
    }

  const DgModel *m = report->graph->model;
  g_autofree guint8 *marks = g_new0 (guint8, m->areas->len + 1);
  g_autofree Agnode_t **body_node = g_new0 (Agnode_t *, m->bodies->len + 1);
  g_autofree Agnode_t **area_node = g_new0 (Agnode_t *, m->areas->len + 1);
  DgDiagram d = {
    .report = report,
    .graph = report->graph,
    .model = m,
    .marks = marks,
    .body_node = body_node,
    .area_node = area_node,
    .hover = g_str_equal (format, "svg") || g_str_equal (format, "dot"),
  };

  DgGraphvizLog log;
  dg_graphviz_log_open (&log);

  Agdisc_t disc = { &AgMemDisc, &dg_diagram_ids, &dg_diagram_string_io };
  const char *name = m->doc_id && m->doc_id[0] ? m->doc_id : "dutygraph";
  g_autoptr (GString) graph_name = g_string_new (NULL);
  dg_escape_dot_plain (graph_name, name);
  d.root = agopen (graph_name->str, Agdirected, &disc);
  GBytes *bytes = NULL;
  if (d.root == NULL)
    g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_GRAPHVIZ, _ ("cannot create a graphviz graph"));
  else
    {
      if (!dg_diagram_set_defaults (d.root, font))
        d.failed = TRUE;
      mark_areas (&d);
      if (build_diagram (&d, options, error))
        {
          DgSandboxLimits limits = {
            options->layout_seconds > 0 ? options->layout_seconds : DG_DIAGRAM_DEFAULT_LAYOUT_SECONDS,
            (options->layout_mib > 0 ? options->layout_mib : DG_DIAGRAM_DEFAULT_LAYOUT_MIB) << 20,
          };
          bytes = dg_diagram_layout (&log, d.root, format, &limits, error);
        }
      agclose (d.root);
    }

  dg_graphviz_log_close (&log);
  return bytes;
}
