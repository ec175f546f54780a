/*
 * report-html.c — the self-contained HTML report (report-html.h).
 *
 * All markup is written here with every model text escaped (html.h); the
 * script (report/report.js, compiled in as a GResource with the style
 * sheet) only toggles classes and sets textContent.  The data it searches
 * sits in <script type="application/json"> with '<', '>' and '&' written
 * as \u escapes, so no model text can close that element.
 */
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "analysis/matrix.h"
#include "analysis/principles.h"
#include "analysis/suggest.h"
#include "render/render-error.h"
#include "render/diagram.h"
#include "render/html.h"
#include "render/matrix.h"
#include "render/provenance.h"
#include "render/rectification.h"
#include "render/report-html.h"
#include "report-resources.h"
#include "render/text.h"
#include "util/escape.h"

static GBytes *
resource (const char *name)
{
  g_autofree char *path = g_strdup_printf ("/org/dutygraph/report/%s", name);
  GBytes *bytes = g_resource_lookup_data (dg_report_get_resource (), path, 0, NULL);
  g_assert (bytes != NULL); /* compiled in */
  return bytes;
}

static void
append_resource (GString *out, const char *name)
{
  g_autoptr (GBytes) bytes = resource (name);
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  g_string_append_len (out, data, (gssize) length);
}

static void
append_area_link (GString *out, const DgModel *m, int area)
{
  g_string_append (out, "<a class=\"dg-link\" data-select-area=\"");
  dg_html_append (out, dg_model_area (m, area)->id);
  g_string_append (out, "\">");
  g_autofree char *path = dg_text_area_path (m, area);
  dg_html_append (out, path);
  g_string_append (out, "</a>");
}

static void
append_body_link (GString *out, const DgModel *m, int body)
{
  g_string_append (out, "<a class=\"dg-link\" data-select-body=\"");
  dg_html_append (out, dg_model_body (m, body)->id);
  g_string_append (out, "\">");
  dg_html_append (out, dg_model_body (m, body)->name);
  g_string_append (out, "</a>");
}

static void
append_note (GString *out, const char *label, const char *text)
{
  g_string_append (out, "<p class=\"dg-note\">");
  dg_html_append (out, label);
  if (text)
    dg_html_append (out, text);
  g_string_append (out, "</p>");
}

static void
append_holdings (GString *out, const DgModel *m, const GArray *holdings)
{
  if (holdings->len == 0)
    return;
  g_string_append (out, "<ul class=\"dg-holdings\">");
  for (guint i = 0; i < holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (holdings, DgHolding, i);
      const DgDuty *d = dg_model_duty (m, h->duty);
      g_string_append (out, "<li>");
      if (h->body >= 0)
        append_body_link (out, m, h->body);
      g_string_append (out, " ");
      dg_html_append (out, dg_matrix_role_words (h->role, h->with_upper));
      if (h->class_wide)
        {
          g_string_append (out, " ");
          dg_html_append (out, _("(common duty)"));
        }
      g_string_append (out, " <cite>");
      dg_html_append (out, d->clause);
      g_string_append (out, "</cite> ");
      dg_html_append (out, d->text);
      g_string_append (out, "</li>");
    }
  g_string_append (out, "</ul>");
}

/* The ids a finding is about, for the script: its area and the bodies
 * holding it, or its body. */
static void
append_finding_ids (GString *out, const DgModel *m, const DgFinding *f)
{
  g_string_append (out, " data-areas=\"");
  if (f->area >= 0)
    dg_html_append (out, dg_model_area (m, f->area)->id);
  g_string_append (out, "\" data-bodies=\"");
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  if (f->body >= 0)
    g_ptr_array_add (ids, dg_model_body (m, f->body)->id);
  for (guint i = 0; i < f->holdings->len; i++)
    {
      int body = g_array_index (f->holdings, DgHolding, i).body;
      if (body >= 0 && !g_ptr_array_find_with_equal_func (ids, dg_model_body (m, body)->id, g_str_equal, NULL))
        g_ptr_array_add (ids, dg_model_body (m, body)->id);
    }
  for (guint i = 0; i < ids->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      dg_html_append (out, g_ptr_array_index (ids, i));
    }
  g_string_append (out, "\"");
}

static const char *
severity_words (DgSeverity severity)
{
  switch (severity)
    {
    case DG_SEVERITY_ERROR: return _("error");
    case DG_SEVERITY_WARNING: return _("warning");
    case DG_SEVERITY_INFO: return _("info");
    }
  return "?";
}

static const char *
verdict_words (DgVerdict verdict)
{
  switch (verdict)
    {
    case DG_VERDICT_HOLDS: return _("holds");
    case DG_VERDICT_VIOLATED: return _("violated");
    case DG_VERDICT_NOT_CHECKABLE: return _("not machine-checkable");
    }
  return "?";
}

static const char *
kind_words (DgFindingKind kind)
{
  return dg_finding_kind_label (kind);
}

static void
append_defaults (GString *out, const DgModel *m, const GArray *defaults)
{
  for (guint i = 0; i < defaults->len; i++)
    {
      const DgDefaultHolder *d = &g_array_index (defaults, DgDefaultHolder, i);
      g_string_append (out, "<p class=\"dg-note\">");
      dg_html_append (out, _("held by default by: "));
      append_body_link (out, m, d->body);
      g_string_append (out, " — ");
      switch (d->basis)
        {
        case DG_DEFAULT_MANAGES:
          dg_html_append (out, _("its business includes "));
          dg_html_append (out, dg_model_area (m, d->via_area)->name);
          g_string_append (out, " (管行业必须管安全)");
          break;
        case DG_DEFAULT_RESIDUAL:
          dg_html_append (out, _("it leads "));
          dg_html_append (out, dg_model_area (m, d->via_area)->name);
          g_string_append (out, " (安全生产法 第十条)");
          break;
        case DG_DEFAULT_TERRITORIAL:
          dg_html_append (out, _("the territorial government"));
          g_string_append (out, " (属地管理)");
          break;
        }
      g_string_append (out, "</p>");
    }
}

/* A finding with what it rests on and, for one to fix, the body proposed
 * to lead the fix (LEAD, or NULL). */
static void
append_finding (GString *out, const DgModel *m, const DgFinding *f, const char *lead)
{
  g_string_append_printf (out, "<li class=\"dg-finding dg-severity-%s\" data-kind=\"%s\"",
                          dg_severity_name (f->severity), dg_finding_kind_name (f->kind));
  append_finding_ids (out, m, f);
  g_string_append (out, "><span class=\"dg-sev\">");
  dg_html_append (out, severity_words (f->severity));
  g_string_append (out, "</span><span class=\"dg-kind\">");
  dg_html_append (out, kind_words (f->kind));
  g_string_append (out, "</span>");
  switch (f->kind)
    {
    case DG_FINDING_UNCOVERED:
      {
        const DgArea *area = dg_model_area (m, f->area);
        append_area_link (out, m, f->area);
        if (area->source)
          append_note (out, _("expected by: "), area->source);
        append_note (out, _ (dg_finding_kind_info (f->kind)->explanation), NULL);
        append_defaults (out, m, f->default_holders);
        break;
      }
    case DG_FINDING_CONFLICT:
    case DG_FINDING_SHARED:
      {
        append_area_link (out, m, f->area);
        g_autofree char *count = g_strdup_printf (_("%u bodies hold it"),
                                                  dg_holdings_distinct_bodies (f->holdings, TRUE));
        append_note (out, count, NULL);
        append_note (out, f->kind == DG_FINDING_CONFLICT ? _ ("more than one leads it (多头管理)")
                          : f->n_aspects > 1             ? _ ("each leads its own aspect")
                                                         : _ ("one leads, the others support"),
                     NULL);
        if (f->statutory)
          append_note (out, _("shared by law: "), dg_model_area_shared_basis (m, f->area));
        append_holdings (out, m, f->holdings);
        break;
      }
    case DG_FINDING_NO_LEAD:
      append_area_link (out, m, f->area);
      append_note (out, f->upper_only ? _("held only by assisting an authority above the town")
                                      : _("held only in supporting roles; nobody leads it"),
                   NULL);
      append_holdings (out, m, f->holdings);
      break;
    case DG_FINDING_VAGUE:
      {
        const DgDuty *duty = dg_model_duty (m, f->duty);
        g_string_append (out, "<cite>");
        dg_html_append (out, duty->clause);
        g_string_append (out, "</cite> ");
        if (f->body >= 0)
          append_body_link (out, m, f->body);
        else
          dg_html_append (out, _("every body of its kinds"));
        append_note (out, "", duty->text);
        append_note (out, _("names no concrete area (and is not marked procedural)"), NULL);
        break;
      }
    case DG_FINDING_IDLE:
      append_body_link (out, m, f->body);
      append_note (out, _("no duty binds this body"), NULL);
      break;
    case DG_FINDING_PRINCIPLE:
      {
        const DgPrinciple *p = g_ptr_array_index (m->principles, f->principle);
        g_string_append (out, "<cite>");
        dg_html_append (out, p->clause);
        g_string_append (out, "</cite> ");
        dg_html_append (out, p->text);
        if (f->area >= 0)
          {
            g_string_append (out, " ");
            append_area_link (out, m, f->area);
          }
        append_note (out, "", f->message);
        if (f->duty >= 0)
          {
            g_autoptr (GArray) one = g_array_new (FALSE, FALSE, sizeof (DgHolding));
            const DgDuty *duty = dg_model_duty (m, f->duty);
            DgHolding h = { f->body, f->area, f->duty, duty->role, duty->kinds != 0, duty->with_upper };
            g_array_append_val (one, h);
            append_holdings (out, m, one);
          }
        break;
      }
    case DG_FINDING_KIND_COUNT:
      g_assert_not_reached ();
    }
  if (lead)
    {
      g_string_append (out, "<p class=\"dg-note dg-lead\">");
      dg_html_append (out, _("proposed lead: "));
      g_string_append (out, "<b>");
      dg_html_append (out, lead);
      g_string_append (out, "</b></p>");
    }
  g_string_append (out, "</li>\n");
}

static void
append_figure (GString *out, guint value, const char *label, gboolean bad)
{
  g_string_append_printf (out, "<li%s><b>%u</b>", bad && value > 0 ? " class=\"dg-bad\"" : "", value);
  dg_html_append (out, label);
  g_string_append (out, "</li>");
}

/* Up to KEY_NAMES names, then "…". */
#define KEY_NAMES 8

/* One key point: HEAD (how many of a kind, in words; taken) and the names
 * of the first of them; nothing when NAMES is empty. */
static void
append_key_point (GString *out, char *head, GPtrArray *names, const char *level)
{
  g_autofree char *taken = head;
  if (names->len == 0)
    return;
  g_string_append_printf (out, "<li class=\"dg-key-%s\"><b>", level);
  dg_html_append (out, taken);
  g_string_append (out, "</b>");
  for (guint i = 0; i < names->len && i < KEY_NAMES; i++)
    {
      g_string_append (out, i ? "、" : "：");
      dg_html_append (out, g_ptr_array_index (names, i));
    }
  if (names->len > KEY_NAMES)
    g_string_append (out, "……");
  g_string_append (out, "</li>");
}

/* What matters most first: the problems to fix, by kind, most severe first,
 * with what they are about; the details follow, then the annexes. */
static void
append_key_points (GString *out, const DgReport *report)
{
  const DgModel *m = report->graph->model;
  g_autoptr (GPtrArray) gaps = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) unled = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) vague = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) idle = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) principles = g_ptr_array_new_with_free_func (g_free);
  guint n_gap_errors = 0;
  for (guint i = 0; i < report->findings->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (report->findings, i);
      if (f->severity < DG_SEVERITY_WARNING)
        continue;
      switch (f->kind)
        {
        case DG_FINDING_UNCOVERED:
          n_gap_errors += f->severity == DG_SEVERITY_ERROR;
          g_ptr_array_add (gaps, g_strdup (dg_model_area (m, f->area)->name));
          break;
        case DG_FINDING_CONFLICT:
          g_ptr_array_add (conflicts, g_strdup (dg_model_area (m, f->area)->name));
          break;
        case DG_FINDING_NO_LEAD:
          g_ptr_array_add (unled, g_strdup (dg_model_area (m, f->area)->name));
          break;
        case DG_FINDING_VAGUE:
          g_ptr_array_add (vague, g_strdup (dg_model_duty (m, f->duty)->clause));
          break;
        case DG_FINDING_IDLE:
          g_ptr_array_add (idle, g_strdup (dg_model_body (m, f->body)->name));
          break;
        case DG_FINDING_PRINCIPLE:
          g_ptr_array_add (principles, g_strdup (((const DgPrinciple *) g_ptr_array_index (
                                                     m->principles, f->principle))->text));
          break;
        default:
          break;
        }
    }
  g_string_append (out, "<h3>");
  dg_html_append (out, _("What needs action"));
  g_string_append (out, "</h3><ul class=\"dg-key-points\">");
  guint before = (guint) out->len;
  append_key_point (out,
                    g_strdup_printf (ngettext ("%u area the law expects is held by nobody",
                                               "%u areas the law expects are held by nobody",
                                               gaps->len),
                                     gaps->len),
                    gaps, n_gap_errors ? "error" : "warning");
  append_key_point (out,
                    g_strdup_printf (ngettext ("%u area is led by several bodies at once",
                                               "%u areas are led by several bodies at once",
                                               conflicts->len),
                                     conflicts->len),
                    conflicts, "warning");
  append_key_point (out,
                    g_strdup_printf (ngettext ("%u area is held but led by nobody",
                                               "%u areas are held but led by nobody", unled->len),
                                     unled->len),
                    unled, "warning");
  append_key_point (out,
                    g_strdup_printf (ngettext ("%u duty names no concrete area",
                                               "%u duties name no concrete area", vague->len),
                                     vague->len),
                    vague, "warning");
  append_key_point (out,
                    g_strdup_printf (ngettext ("%u body holds no duty", "%u bodies hold no duty",
                                               idle->len),
                                     idle->len),
                    idle, "warning");
  append_key_point (out,
                    g_strdup_printf (ngettext ("%u principle is not upheld",
                                               "%u principles are not upheld", principles->len),
                                     principles->len),
                    principles, "warning");
  if (out->len == before)
    {
      g_string_append (out, "<li>");
      dg_html_append (out, _("nothing: every expected area is held and led by one body"));
      g_string_append (out, "</li>");
    }
  g_string_append (out, "</ul><p class=\"dg-note\">");
  dg_html_append (out, _("Each problem follows with its basis and the proposed lead; the annexes "
                         "hold the information findings, the principles, the diagram and the matrix."));
  g_string_append (out, "</p>");
}

static void
append_summary (GString *out, const DgReport *report)
{
  const DgModel *m = report->graph->model;
  guint violated = 0;
  for (guint i = 0; i < report->principles->len; i++)
    violated += ((const DgPrincipleVerdict *) g_ptr_array_index (report->principles, i))->verdict
                == DG_VERDICT_VIOLATED;
  g_string_append (out, "<section id=\"dg-summary\"><h2>");
  dg_html_append (out, _("Situation report"));
  g_string_append (out, "</h2><ul class=\"dg-figures\">");
  append_figure (out, m->bodies->len, _("bodies"), FALSE);
  append_figure (out, m->areas->len, _("duty areas"), FALSE);
  append_figure (out, m->duties->len, _("duties"), FALSE);
  append_figure (out, report->n_expected, _("expected areas"), FALSE);
  append_figure (out, report->n_covered, _("covered"), FALSE);
  append_figure (out, report->count[DG_FINDING_UNCOVERED], _("gaps"), TRUE);
  append_figure (out, report->count[DG_FINDING_CONFLICT], _("conflicts"), TRUE);
  append_figure (out, report->count[DG_FINDING_SHARED], _("overlaps"), FALSE);
  append_figure (out, report->count[DG_FINDING_NO_LEAD], _("without a lead"), TRUE);
  append_figure (out, report->count[DG_FINDING_VAGUE], _("vague duties"), TRUE);
  append_figure (out, report->count[DG_FINDING_IDLE], _("bodies without duties"), FALSE);
  if (report->principles->len > 0)
    append_figure (out, violated, _("principles not upheld"), TRUE);
  append_figure (out, report->exempt_areas->len, _("exempt"), FALSE);
  g_string_append (out, "</ul>");
  append_key_points (out, report);
  g_string_append (out, "</section>\n");
}

static void
append_toolbar (GString *out, const DgReport *report)
{
  g_string_append (out, "<nav id=\"dg-toolbar\"><input type=\"search\" id=\"dg-search\" placeholder=\"");
  dg_html_append (out, _("Search an area or body (校车, 教委)"));
  g_string_append (out, "\" aria-label=\"");
  dg_html_append (out, _("Search"));
  g_string_append (out, "\"><button type=\"button\" id=\"dg-clear\">");
  dg_html_append (out, _("Clear"));
  g_string_append (out, "</button><span id=\"dg-filters\">");
  for (int k = 0; k < DG_FINDING_KIND_COUNT; k++)
    {
      if (report->count[k] == 0)
        continue;
      g_string_append_printf (out, "<label><input type=\"checkbox\" checked data-kind=\"%s\"> ",
                              dg_finding_kind_name ((DgFindingKind) k));
      dg_html_append (out, kind_words ((DgFindingKind) k));
      g_string_append_printf (out, " (%u)</label>", report->count[k]);
    }
  g_string_append (out, "<label><input type=\"checkbox\" id=\"dg-only-findings\"> ");
  dg_html_append (out, _("matrix: only rows with these findings"));
  g_string_append (out, "</label></span><output id=\"dg-status\" aria-live=\"polite\"></output></nav>\n");
}

/* "Annex N: TITLE" (附件N：TITLE). */
static void
append_annex_title (GString *out, guint number, const char *title)
{
  /* TRANSLATORS: a report's annex: its number, then its title. */
  g_autofree char *text = g_strdup_printf (_("Annex %u: %s"), number, title);
  dg_html_append (out, text);
}

static void
append_principles (GString *out, const DgReport *report, guint *annex)
{
  const DgModel *m = report->graph->model;
  if (report->principles->len == 0)
    return;
  g_string_append (out, "<section id=\"dg-principles\" class=\"dg-annex\"><h2>");
  append_annex_title (out, ++*annex, _("Principles"));
  g_string_append (out, "</h2><table class=\"dg-principles\"><thead><tr><th>");
  dg_html_append (out, _("clause"));
  g_string_append (out, "</th><th>");
  dg_html_append (out, _("principle"));
  g_string_append (out, "</th><th>");
  dg_html_append (out, _("verdict"));
  g_string_append (out, "</th><th>");
  dg_html_append (out, _("why"));
  g_string_append (out, "</th></tr></thead><tbody>\n");
  for (guint i = 0; i < report->principles->len; i++)
    {
      const DgPrincipleVerdict *v = g_ptr_array_index (report->principles, i);
      const DgPrinciple *p = g_ptr_array_index (m->principles, v->principle);
      g_string_append_printf (out, "<tr class=\"dg-verdict-%s\"><td><cite>", dg_verdict_name (v->verdict));
      dg_html_append (out, p->clause);
      g_string_append (out, "</cite></td><td>");
      dg_html_append (out, p->text);
      g_string_append (out, "</td><td>");
      dg_html_append (out, verdict_words (v->verdict));
      g_string_append (out, "</td><td>");
      dg_html_append (out, v->reason);
      for (guint j = 0; j < v->evidence->len; j++)
        {
          g_string_append (out, "<br>– ");
          dg_html_append (out, g_array_index (v->evidence, DgEvidence, j).message);
        }
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody></table></section>\n");
}

static void
append_exemptions (GString *out, const DgModel *m, guint *annex)
{
  if (m->exemptions->len == 0)
    return;
  g_string_append (out, "<section id=\"dg-exempt\" class=\"dg-annex\"><h2>");
  append_annex_title (out, ++*annex, _("Exempt areas"));
  g_string_append (out, "</h2><ul>");
  for (guint i = 0; i < m->exemptions->len; i++)
    {
      const DgExemption *e = g_ptr_array_index (m->exemptions, i);
      g_string_append (out, "<li>");
      append_area_link (out, m, e->area);
      g_string_append (out, ": ");
      dg_html_append (out, e->reason);
      g_string_append (out, "</li>");
    }
  g_string_append (out, "</ul></section>\n");
}

/* Graphviz's SVG without the XML declaration, doctype and comments before
 * the <svg> element, which have no place inside HTML. */
static gboolean
append_diagram (GString *out, const DgReport *report, const DgDiagramOptions *diagram,
                guint *annex, GError **error)
{
  DgDiagramOptions options = *diagram;
  options.kind = DG_VIEW_OWNERSHIP;
  options.index = -1;
  options.diff = NULL;
  g_autoptr (GError) layout_error = NULL;
  g_autoptr (GBytes) svg = dg_render_diagram (report, &options, "svg", &layout_error);
  if (svg == NULL && g_error_matches (layout_error, DG_RENDER_ERROR, DG_RENDER_ERROR_LIMIT))
    {
      /* Too large to lay out within the limits: the findings and the
       * matrix still reach their readers. */
      g_string_append (out, "<section id=\"dg-diagram-section\" class=\"dg-annex\"><h2>");
      append_annex_title (out, ++*annex, _("Ownership diagram"));
      g_string_append (out, "</h2><p class=\"dg-note\">");
      dg_html_append (out, _("The diagram is left out: "));
      dg_html_append (out, layout_error->message);
      g_string_append (out, "</p></section>\n");
      return TRUE;
    }
  if (svg == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&layout_error));
      return FALSE;
    }
  gsize length = 0;
  const char *data = g_bytes_get_data (svg, &length);
  const char *start = g_strstr_len (data, (gssize) length, "<svg");
  if (start == NULL)
    {
      g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_GRAPHVIZ, "graphviz wrote no <svg> element");
      return FALSE;
    }
  g_string_append (out, "<section id=\"dg-diagram-section\" class=\"dg-annex\"><h2>");
  append_annex_title (out, ++*annex, _("Ownership diagram"));
  g_string_append (out, "</h2><p class=\"dg-note dg-screen-only\">");
  dg_html_append (out, _("Click an area or a body to highlight its owners in the diagram and the matrix."));
  g_string_append (out, "</p><div id=\"dg-diagram-box\">\n");
  g_string_append_len (out, start, (gssize) (length - (gsize) (start - data)));
  g_string_append (out, "</div></section>\n");
  return TRUE;
}

/* Bodies per printed column group: with the area and findings columns,
 * what A4 landscape holds at a readable size. */
#define PRINT_GROUP 8

/* The matrix for paper (shown only in print): the body columns in groups
 * of PRINT_GROUP, each group a table of its own that repeats the area
 * names and the findings, with the rows where one of its bodies holds
 * something; a body is headed by its name. */
static void
append_print_matrix (GString *out, const DgMatrix *matrix)
{
  const DgModel *m = matrix->report->graph->model;
  guint n = matrix->columns->len;
  g_string_append (out, "<div id=\"dg-matrix-print\">\n");
  for (guint first = 0; first < n; first += PRINT_GROUP)
    {
      guint last = MIN (n, first + PRINT_GROUP);
      g_string_append (out, "<div class=\"dg-print-group\"><h3>");
      /* TRANSLATORS: a printed part of the matrix: its first and last body column, and how many. */
      g_autofree char *title = g_strdup_printf (_("Bodies %u–%u of %u"), first + 1, last, n);
      dg_html_append (out, title);
      g_string_append (out, "</h3><table class=\"dg-matrix dg-print-table\"><colgroup>"
                            "<col class=\"dg-print-area\"><col class=\"dg-print-marks\">");
      for (guint c = first; c < last; c++)
        g_string_append (out, "<col>");
      g_string_append (out, "</colgroup><thead><tr><th scope=\"col\">");
      dg_html_append (out, _("area"));
      g_string_append (out, "</th><th scope=\"col\">");
      dg_html_append (out, _("findings"));
      g_string_append (out, "</th>");
      for (guint c = first; c < last; c++)
        {
          g_string_append (out, "<th scope=\"col\">");
          dg_html_append (out, dg_model_body (m, g_array_index (matrix->columns, int, c))->name);
          g_string_append (out, "</th>");
        }
      g_string_append (out, "</tr></thead><tbody>\n");
      for (guint r = 0; r < matrix->rows->len; r++)
        {
          gboolean any = FALSE;
          for (guint c = first; c < last && !any; c++)
            any = dg_matrix_cell (matrix, r, c)->len > 0;
          if (!any)
            continue;
          const DgMatrixRow *row = &g_array_index (matrix->rows, DgMatrixRow, r);
          g_autofree char *label = dg_matrix_area_label (m, row);
          g_autofree char *marks = dg_matrix_marks_text (row->marks);
          g_string_append (out, "<tr><th class=\"dg-area\" scope=\"row\">");
          dg_html_append (out, label);
          g_string_append (out, "</th><td class=\"dg-marks\">");
          dg_html_append (out, marks);
          g_string_append (out, "</td>");
          for (guint c = first; c < last; c++)
            {
              g_autofree char *text = dg_matrix_cell_text (matrix, r, c);
              g_string_append (out, "<td>");
              dg_html_append (out, text);
              g_string_append (out, "</td>");
            }
          g_string_append (out, "</tr>\n");
        }
      g_string_append (out, "</tbody></table></div>\n");
    }
  g_string_append (out, "</div>\n");
}

static void
add_strings (JsonBuilder *b, const char *name, GPtrArray *strings)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (strings, i));
  json_builder_end_array (b);
}

/* What the script searches: areas with their path, keywords and holders;
 * bodies with their aliases and areas; the labels it shows. */
static char *
script_data (const DgMatrix *matrix)
{
  const DgModel *m = matrix->report->graph->model;
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "areas");
  json_builder_begin_array (b);
  /* Per body, the areas it holds, in row order. */
  g_autoptr (GPtrArray) body_areas = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint c = 0; c < matrix->columns->len; c++)
    g_ptr_array_add (body_areas, g_ptr_array_new ());
  for (guint r = 0; r < matrix->rows->len; r++)
    {
      const DgArea *a = dg_model_area (m, g_array_index (matrix->rows, DgMatrixRow, r).area);
      g_autofree char *path = dg_text_area_path (m, g_array_index (matrix->rows, DgMatrixRow, r).area);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, a->id);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, a->name);
      json_builder_set_member_name (b, "path");
      json_builder_add_string_value (b, path);
      add_strings (b, "keywords", a->keywords);
      json_builder_set_member_name (b, "holders");
      json_builder_begin_array (b);
      for (guint c = 0; c < matrix->columns->len; c++)
        if (dg_matrix_cell (matrix, r, c)->len > 0)
          {
            json_builder_add_string_value (b, dg_model_body (m, g_array_index (matrix->columns, int, c))->id);
            g_ptr_array_add (g_ptr_array_index (body_areas, c), a->id);
          }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "bodies");
  json_builder_begin_array (b);
  for (guint c = 0; c < matrix->columns->len; c++)
    {
      const DgBody *body = dg_model_body (m, g_array_index (matrix->columns, int, c));
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, body->id);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, body->name);
      add_strings (b, "aliases", body->aliases);
      add_strings (b, "areas", g_ptr_array_index (body_areas, c));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "labels");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "area_selected");
  json_builder_add_string_value (b, _("{name}: bodies holding it: {n}"));
  json_builder_set_member_name (b, "body_selected");
  json_builder_add_string_value (b, _("{name}: areas it holds: {n}"));
  json_builder_set_member_name (b, "search_result");
  json_builder_add_string_value (b, _("{areas} areas and {bodies} bodies match; shown: {findings} "
                                      "findings, {rows} matrix rows"));
  json_builder_end_object (b);
  json_builder_end_object (b);

  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  g_autofree char *json = json_generator_to_data (gen, NULL);
  /* No model text can end the element, nor put into the page what XML
   * forbids or a bidi control (util/escape.h). */
  GString *safe = g_string_new (NULL);
  dg_escape_json_in_html (safe, json);
  return g_string_free (safe, FALSE);
}

GBytes *
dg_report_html (const DgReport *report, const DgDiagramOptions *diagram, const char *org,
                GError **error)
{
  const DgModel *m = report->graph->model;
  g_autoptr (DgMatrix) matrix = dg_matrix_build (report);
  g_autoptr (GString) out = g_string_new (
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n<title>");
  dg_matrix_html_title (out, m);
  g_string_append (out, " — ");
  dg_html_append (out, _("safety responsibility report"));
  g_string_append (out, "</title>\n<style>\n");
  append_resource (out, "report.css");
  g_string_append (out, dg_matrix_css);
  g_string_append (out, "</style>\n</head>\n<body>\n<header><h1>");
  dg_matrix_html_title (out, m);
  g_string_append (out, "</h1><p>");
  for (guint i = 0; i < m->issuers->len; i++)
    {
      if (i > 0)
        g_string_append (out, "、");
      dg_html_append (out, g_ptr_array_index (m->issuers, i));
    }
  if (m->year > 0)
    g_string_append_printf (out, " %d", m->year);
  /* Where the report came from, never a path of the machine that made it. */
  g_autoptr (DgProvenance) provenance = dg_provenance_new (m, org);
  g_autofree char *made = dg_provenance_line (provenance);
  g_autofree char *file = g_path_get_basename (m->path);
  g_string_append (out, "</p><p class=\"dg-provenance\">");
  dg_html_append (out, made);
  g_string_append (out, "　");
  dg_html_append (out, _("Model: "));
  dg_html_append (out, file);
  g_string_append (out, "</p></header>\n");
  append_toolbar (out, report);
  append_summary (out, report);

  /* The problems to fix, then the information findings as an annex. */
  g_autoptr (GPtrArray) proposals = dg_suggest_owners (report);
  guint n_problems = 0;
  for (guint i = 0; i < report->findings->len; i++)
    n_problems += ((const DgFinding *) g_ptr_array_index (report->findings, i))->severity >= DG_SEVERITY_WARNING;
  g_string_append (out, "<section id=\"dg-findings\"><h2>");
  dg_html_append (out, _("Problems to fix"));
  g_string_append_printf (out, " (%u)</h2>\n<ol id=\"dg-finding-list\">\n", n_problems);
  for (guint i = 0; i < report->findings->len; i++)
    {
      const DgFinding *f = g_ptr_array_index (report->findings, i);
      if (f->severity < DG_SEVERITY_WARNING)
        continue;
      g_autofree char *lead = dg_rectification_proposed_lead (report, f, proposals);
      append_finding (out, m, f, lead);
    }
  g_string_append (out, "</ol></section>\n");
  guint annex = 0;
  if (n_problems < report->findings->len)
    {
      g_string_append (out, "<section id=\"dg-annex-info\" class=\"dg-annex\"><h2>");
      append_annex_title (out, ++annex, _("Information findings"));
      g_string_append_printf (out, " (%u)</h2>\n<ol class=\"dg-finding-list\">\n",
                              report->findings->len - n_problems);
      for (guint i = 0; i < report->findings->len; i++)
        {
          const DgFinding *f = g_ptr_array_index (report->findings, i);
          if (f->severity < DG_SEVERITY_WARNING)
            append_finding (out, m, f, NULL);
        }
      g_string_append (out, "</ol></section>\n");
    }
  append_principles (out, report, &annex);
  append_exemptions (out, m, &annex);
  if (!append_diagram (out, report, diagram, &annex, error))
    return NULL;

  g_string_append (out, "<section id=\"dg-matrix-section\" class=\"dg-annex\"><h2>");
  append_annex_title (out, ++annex, _("Responsibility matrix"));
  g_string_append (out, "</h2><div id=\"dg-matrix-box\">\n");
  dg_matrix_html_table (out, matrix);
  g_string_append (out, "</div>\n");
  append_print_matrix (out, matrix);
  g_string_append (out, "</section>\n<footer>");
  dg_html_append (out, _("Written by dutygraph from the model above; every finding cites its clause."));
  g_string_append (out, "</footer>\n<script type=\"application/json\" id=\"dg-data\">");
  g_autofree char *json = script_data (matrix);
  g_string_append (out, json);
  g_string_append (out, "</script>\n<script>\n");
  append_resource (out, "report.js");
  g_string_append (out, "</script>\n</body>\n</html>\n");
  return g_string_free_to_bytes (g_steal_pointer (&out));
}
