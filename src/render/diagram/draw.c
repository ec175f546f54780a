/*
 * draw.c — the drawing primitives every view shares: attributes set with
 * their text fitted and escaped (util/escape.h's DOT policies), bodies,
 * areas, classes of bodies and the lines between them, each with its
 * tooltip; and the links that gather holdings into one line.
 */
#include <string.h>

#include "render/diagram/draw.h"
#include "render/diagram/style.h"

GPtrArray *
dg_links_new (void)
{
  return g_ptr_array_new_with_free_func (dg_link_free);
}

void
dg_link_free (gpointer data)
{
  DgLink *link = data;
  g_array_unref (link->duties);
  g_free (link);
}

/* Adds H to LINKS; with AS_CLASS a class-wide holding joins its class's
 * link instead of its body's, so one common duty draws one line. */
void
dg_links_add (GPtrArray *links, const DgModel *model, const DgHolding *h, gboolean as_class)
{
  int body = h->body;
  guint kinds = 0;
  if (as_class && h->class_wide)
    {
      body = -1;
      kinds = dg_model_duty (model, h->duty)->kinds;
    }
  DgLink *link = NULL;
  for (guint i = 0; i < links->len && link == NULL; i++)
    {
      DgLink *l = g_ptr_array_index (links, i);
      if (l->body == body && l->kinds == kinds && l->area == h->area && l->role == h->role
          && l->with_upper == h->with_upper && l->class_wide == h->class_wide)
        link = l;
    }
  if (link == NULL)
    {
      link = g_new0 (DgLink, 1);
      link->body = body;
      link->kinds = kinds;
      link->area = h->area;
      link->role = h->role;
      link->with_upper = h->with_upper;
      link->class_wide = h->class_wide;
      link->duties = g_array_new (FALSE, FALSE, sizeof (int));
      g_ptr_array_add (links, link);
    }
  for (guint i = 0; i < link->duties->len; i++)
    if (g_array_index (link->duties, int, i) == h->duty)
      return;
  g_array_append_val (link->duties, h->duty);
}

/* VALUE is kept whole: the DOT written splits a string longer than one
 * token of `dot` ("…" + "…", dg_escape_dot_split), so `dot` reads it back. */
void
dg_draw_set_plain (DgDiagram *d, void *object, const char *name, const char *value)
{
  if (agsafeset (object, (char *) name, (char *) value, (char *) "") != 0)
    d->failed = TRUE;
}

/* MARKUP must already be escaped: it is parsed as an HTML-like label.
 * cgraph interns strings by content, so a plain value spelt exactly like
 * some markup shares its HTML mark; both render the same text either way. */
void
dg_draw_set_html (DgDiagram *d, void *object, const char *name, const char *markup)
{
  /* Each text is capped already; a label of very many of them is shown
   * as a mark only (the tooltip keeps every text). */
  if (strlen (markup) > DG_ESCAPE_DOT_MAX_BYTES)
    markup = "…";
  char *html = agstrdup_html (d->root, (char *) markup);
  if (html == NULL)
    {
      d->failed = TRUE;
      return;
    }
  dg_draw_set_plain (d, object, name, html);
  agstrfree (d->root, html);
}

Agnode_t *
dg_draw_node (DgDiagram *d, Agraph_t *parent, const char *name)
{
  Agnode_t *node = agnode (parent, (char *) name, TRUE);
  if (node == NULL)
    d->failed = TRUE;
  return node;
}

Agedge_t *
dg_draw_edge (DgDiagram *d, Agnode_t *tail, Agnode_t *head)
{
  if (tail == NULL || head == NULL)
    {
      d->failed = TRUE;
      return NULL;
    }
  Agedge_t *edge = agedge (d->root, tail, head, NULL, TRUE);
  if (edge == NULL)
    d->failed = TRUE;
  return edge;
}

/* "交通运输 › 道路交通 › ": the ancestors of AREA from the top, skipping
 * the first SKIP of them (a cluster already names the top). */
void
dg_draw_append_ancestry (GString *out, const DgModel *model, int area, guint skip)
{
  g_autoptr (GArray) chain = g_array_new (FALSE, FALSE, sizeof (int));
  for (int a = dg_model_area (model, area)->parent; a >= 0; a = dg_model_area (model, a)->parent)
    g_array_prepend_val (chain, a);
  for (guint i = skip; i < chain->len; i++)
    {
      dg_escape_dot_markup (out, dg_model_area (model, g_array_index (chain, int, i))->name);
      g_string_append (out, ANCESTRY_SEPARATOR);
    }
}

/* The label of the node a view is about: NAME large, with small lines of
 * markup above and below.  A table, not <BR/>: Graphviz spaces lines of
 * mixed sizes by the smaller size, and the large line would overlap. */
void
dg_draw_append_focus_label (GString *out, const char *above_markup, const char *name,
                    const char *below_markup)
{
  g_string_append (out, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">");
  if (above_markup[0])
    g_string_append_printf (out, "<TR><TD><FONT POINT-SIZE=\"10\" COLOR=\"%s\">%s</FONT></TD></TR>",
                            COLOR_NOTE, above_markup);
  g_string_append (out, "<TR><TD><FONT POINT-SIZE=\"18\"><B>");
  dg_escape_dot_markup (out, name);
  g_string_append (out, "</B></FONT></TD></TR>");
  if (below_markup[0])
    g_string_append_printf (out, "<TR><TD><FONT POINT-SIZE=\"10\" COLOR=\"%s\">%s</FONT></TD></TR>",
                            COLOR_NOTE, below_markup);
  g_string_append (out, "</TABLE>");
}

int
dg_draw_area_root (const DgModel *model, int area)
{
  while (dg_model_area (model, area)->parent >= 0)
    area = dg_model_area (model, area)->parent;
  return area;
}

/* The class of a common duty in words: "办公室、部门". */
void
dg_draw_append_kinds (GString *out, guint kinds)
{
  gboolean first = TRUE;
  for (int k = 0; k < DG_KIND_COUNT; k++)
    if (kinds & (1u << k))
      {
        if (!first)
          g_string_append (out, "、");
        g_string_append (out, dg_kind_label (k));
        first = FALSE;
      }
}

Agnode_t *
dg_draw_body (DgDiagram *d, Agraph_t *parent, int body, DgBodyLook look)
{
  const DgBody *b = dg_model_body (d->model, body);
  g_autofree char *name = g_strdup_printf ("b:%d", body);
  Agnode_t *node = dg_draw_node (d, parent, name);
  if (node == NULL)
    return NULL;
  d->body_node[body] = node;

  g_autoptr (GString) label = g_string_new (NULL);
  if (look == BODY_FOCUS)
    {
      g_autoptr (GString) below = g_string_new (dg_kind_label (b->kind));
      g_string_append (below, " · ");
      dg_escape_dot_markup (below, b->id);
      dg_draw_append_focus_label (label, "", b->name, below->str);
    }
  else
    dg_escape_dot_markup (label, b->name);
  dg_draw_set_html (d, node, "label", label->str);

  dg_draw_set_plain (d, node, "shape", "box");
  dg_draw_set_plain (d, node, "style", "filled");
  if (look == BODY_DIMMED)
    {
      dg_draw_set_plain (d, node, "fillcolor", COLOR_DIM_FILL);
      dg_draw_set_plain (d, node, "color", COLOR_DIM);
      dg_draw_set_plain (d, node, "fontcolor", "#6a6a6a");
    }
  else
    {
      dg_draw_set_plain (d, node, "fillcolor", dg_diagram_kind_fill[b->kind]);
      d->kinds_drawn |= 1u << b->kind;
    }
  if (look == BODY_PLAIN && d->line_color && d->line_color[body])
    {
      dg_draw_set_plain (d, node, "color", d->line_color[body]);
      dg_draw_set_plain (d, node, "penwidth", "2");
    }
  if (look == BODY_FOCUS)
    dg_draw_set_plain (d, node, "penwidth", "2");

  g_autoptr (GString) id = g_string_new ("body-");
  dg_escape_dot_plain (id, b->id);
  dg_draw_set_plain (d, node, "id", id->str);

  g_autoptr (GString) tip = g_string_new (NULL);
  dg_escape_dot_plain (tip, b->name);
  g_string_append_printf (tip, "（%s，", dg_kind_label (b->kind));
  dg_escape_dot_plain (tip, b->id);
  g_string_append (tip, "）");
  if (b->clause)
    {
      g_string_append (tip, PLAIN_NEWLINE "职责条款：");
      dg_escape_dot_plain (tip, b->clause);
    }
  if (b->note)
    {
      g_string_append (tip, PLAIN_NEWLINE);
      dg_escape_dot_plain (tip, b->note);
    }
  dg_draw_set_plain (d, node, "tooltip", tip->str);
  return node;
}

Agnode_t *
dg_draw_area (DgDiagram *d, Agraph_t *parent, int area, DgAreaLook look)
{
  const DgModel *m = d->model;
  const DgArea *a = dg_model_area (m, area);
  g_autofree char *name = g_strdup_printf ("a:%d", area);
  Agnode_t *node = dg_draw_node (d, parent, name);
  if (node == NULL)
    return NULL;
  d->area_node[area] = node;
  guint8 mark = d->marks[area];

  g_autoptr (GString) label = g_string_new (NULL);
  g_autoptr (GString) ancestry = g_string_new (NULL);
  if (look != AREA_BARE)
    dg_draw_append_ancestry (ancestry, m, area, look == AREA_IN_CLUSTER ? 1 : 0);
  if (look == AREA_FOCUS)
    {
      if (ancestry->len > 0)
        g_string_truncate (ancestry, ancestry->len - strlen (ANCESTRY_SEPARATOR));
      g_autoptr (GString) id = g_string_new (NULL);
      dg_escape_dot_markup (id, a->id);
      dg_draw_append_focus_label (label, ancestry->str, a->name, id->str);
    }
  else
    {
      if (ancestry->len > 0)
        g_string_append_printf (label, "<FONT POINT-SIZE=\"9\" COLOR=\"%s\">%s</FONT>",
                                mark & MARK_UNCOVERED ? COLOR_UNCOVERED : COLOR_NOTE,
                                ancestry->str);
      dg_escape_dot_markup (label, a->name);
    }
  dg_draw_set_html (d, node, "label", label->str);

  dg_draw_set_plain (d, node, "shape", "box");
  if (mark & MARK_UNCOVERED)
    {
      dg_draw_set_plain (d, node, "style", "rounded,dashed");
      dg_draw_set_plain (d, node, "color", COLOR_UNCOVERED);
      dg_draw_set_plain (d, node, "fontcolor", COLOR_UNCOVERED);
    }
  else if (mark & MARK_CONFLICT)
    {
      dg_draw_set_plain (d, node, "style", "rounded,filled");
      dg_draw_set_plain (d, node, "fillcolor", COLOR_CONFLICT_FILL);
      dg_draw_set_plain (d, node, "color", COLOR_CONFLICT_LINE);
      dg_draw_set_plain (d, node, "penwidth", "2");
    }
  else if (mark & MARK_SHARED)
    {
      dg_draw_set_plain (d, node, "style", "rounded,filled");
      dg_draw_set_plain (d, node, "fillcolor", COLOR_SHARED_FILL);
      dg_draw_set_plain (d, node, "color", COLOR_SHARED_LINE);
    }
  else
    {
      dg_draw_set_plain (d, node, "style", "rounded,filled");
      dg_draw_set_plain (d, node, "fillcolor", "white");
    }
  if (look == AREA_FOCUS && !(mark & MARK_CONFLICT))
    dg_draw_set_plain (d, node, "penwidth", "2");

  g_autoptr (GString) id = g_string_new ("area-");
  dg_escape_dot_plain (id, a->id);
  dg_draw_set_plain (d, node, "id", id->str);

  g_autoptr (GString) tip = g_string_new (NULL);
  for (int p = a->parent; p >= 0; p = dg_model_area (m, p)->parent)
    {
      g_autoptr (GString) step = g_string_new (NULL);
      dg_escape_dot_plain (step, dg_model_area (m, p)->name);
      g_string_append (step, ANCESTRY_SEPARATOR);
      g_string_prepend (tip, step->str);
    }
  dg_escape_dot_plain (tip, a->name);
  g_string_append (tip, "（");
  dg_escape_dot_plain (tip, a->id);
  g_string_append (tip, "）");
  if (mark & MARK_CONFLICT)
    g_string_append (tip, PLAIN_NEWLINE "多头负责：两个以上单位牵头");
  else if (mark & MARK_SHARED)
    g_string_append (tip, PLAIN_NEWLINE "共管：有人牵头，多方共同持有");
  if (mark & MARK_UNCOVERED)
    g_string_append (tip, PLAIN_NEWLINE "应有领域，文件未明确负责单位");
  if (a->shared_basis)
    {
      g_string_append (tip, PLAIN_NEWLINE "法定共管：");
      dg_escape_dot_plain (tip, a->shared_basis);
    }
  if (a->source)
    {
      g_string_append (tip, PLAIN_NEWLINE "依据：");
      dg_escape_dot_plain (tip, a->source);
    }
  dg_draw_set_plain (d, node, "tooltip", tip->str);
  return node;
}

/* One node standing for every body a common duty binds. */
Agnode_t *
dg_draw_class (DgDiagram *d, guint kinds)
{
  g_autofree char *name = g_strdup_printf ("k:%u", kinds);
  Agnode_t *node = agnode (d->root, name, FALSE);
  if (node != NULL)
    return node;
  node = dg_draw_node (d, d->root, name);
  if (node == NULL)
    return NULL;
  g_autoptr (GString) label = g_string_new ("共同职责<BR/><FONT POINT-SIZE=\"10\">全体");
  dg_draw_append_kinds (label, kinds);
  g_string_append (label, "</FONT>");
  dg_draw_set_html (d, node, "label", label->str);
  dg_draw_set_plain (d, node, "shape", "box");
  dg_draw_set_plain (d, node, "style", "filled,dashed");
  dg_draw_set_plain (d, node, "fillcolor", "white");
  g_autoptr (GString) tip = g_string_new ("适用于全体");
  dg_draw_append_kinds (tip, kinds);
  g_string_append (tip, "的职责");
  dg_draw_set_plain (d, node, "tooltip", tip->str);
  return node;
}

void
dg_draw_link (DgDiagram *d, const DgLink *link, Agnode_t *holder, Agnode_t *area, guint flags)
{
  const DgModel *m = d->model;
  Agedge_t *edge = flags & LINE_REVERSED ? dg_draw_edge (d, area, holder) : dg_draw_edge (d, holder, area);
  if (edge == NULL)
    return;
  if (flags & LINE_REVERSED)
    dg_draw_set_plain (d, edge, "dir", "back");

  if (link->with_upper)
    dg_draw_set_plain (d, edge, "style", "dotted");
  else if (link->role != DG_ROLE_LEAD)
    dg_draw_set_plain (d, edge, "style", "dashed");
  if (link->role == DG_ROLE_LEAD && !link->with_upper)
    dg_draw_set_plain (d, edge, "penwidth", "1.6");
  if (flags & LINE_DIMMED)
    {
      dg_draw_set_plain (d, edge, "color", COLOR_DIM);
      dg_draw_set_plain (d, edge, "fontcolor", "#808080");
    }
  else if (d->line_color && link->body >= 0 && d->line_color[link->body])
    dg_draw_set_plain (d, edge, "color", d->line_color[link->body]);

  const char *role = dg_role_words (link->role, link->with_upper);
  if (flags & LINE_LABELLED)
    {
      g_autoptr (GString) label = g_string_new (role);
      if (link->class_wide && link->body >= 0)
        g_string_append (label, "（共同职责）");
      g_string_append (label, "<BR/><FONT POINT-SIZE=\"9\">");
      for (guint i = 0; i < link->duties->len; i++)
        {
          if (i > 0)
            g_string_append (label, "；");
          dg_escape_dot_markup (label, dg_model_duty (m, g_array_index (link->duties, int, i))->clause);
        }
      g_string_append (label, "</FONT>");
      dg_draw_set_html (d, edge, "label", label->str);
    }

  g_autoptr (GString) tip = g_string_new (NULL);
  if (link->body >= 0)
    dg_escape_dot_plain (tip, dg_model_body (m, link->body)->name);
  else
    {
      g_string_append (tip, "全体");
      dg_draw_append_kinds (tip, link->kinds);
    }
  g_string_append (tip, " → ");
  dg_escape_dot_plain (tip, dg_model_area (m, link->area)->name);
  g_string_append_printf (tip, "：%s", role);
  for (guint i = 0; i < link->duties->len; i++)
    {
      const DgDuty *duty = dg_model_duty (m, g_array_index (link->duties, int, i));
      g_string_append (tip, PLAIN_NEWLINE);
      dg_escape_dot_plain (tip, duty->clause);
      g_string_append (tip, " ");
      dg_escape_dot_plain (tip, duty->text);
    }
  dg_draw_set_plain (d, edge, "tooltip", tip->str);
}

void
dg_draw_tree_edge (DgDiagram *d, int parent, int child)
{
  Agedge_t *edge = dg_draw_edge (d, d->area_node[parent], d->area_node[child]);
  if (edge == NULL)
    return;
  dg_draw_set_plain (d, edge, "color", COLOR_TREE);
  dg_draw_set_plain (d, edge, "penwidth", "3");
  dg_draw_set_plain (d, edge, "arrowhead", "none");
  dg_draw_set_plain (d, edge, "tooltip", "下级领域");
}
