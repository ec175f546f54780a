/*
 * diagram.c — responsibility diagrams (see diagram.h).
 *
 * Owns the translation of a checked graph into a Graphviz graph: which
 * bodies and areas each view draws, how roles and findings look, the
 * Chinese legend, and the escaping that keeps model text from being read
 * as Graphviz syntax or markup.  Layout and rendering are Graphviz's, run
 * in-process through gvc; Graphviz's own messages are collected so that a
 * failure becomes a GError rather than text on stderr.
 */
#include <glib/gi18n.h>

#include <cgraph.h>
#include <gvc.h>
#include <string.h>

#include "analysis/coordination.h"
#include "render/diagram.h"
#include "util/escape.h"
#include "render/render-error.h"
#include "util/sandbox.h"

/* ---------------------------------------------------------------------- */
/* Object ids                                                              */

/* cgraph's default id discipline uses the address of an object's interned
 * name as its id, and keeps subgraphs ordered by id: the order of clusters
 * in the DOT, and so the layout, would follow heap addresses and change
 * with the environment.  These ids count up in creation order instead. */
typedef struct {
  Agraph_t *root;
  GHashTable *by_name; /* name -> GSIZE_TO_POINTER (id) */
  GPtrArray *names;    /* id / 2 - 1 -> name, in cgraph's string pool */
  IDTYPE anonymous;    /* next odd id for unnamed objects */
} SeqIds;

static void *
seq_open (Agraph_t *g, Agdisc_t *disc)
{
  (void) disc;
  SeqIds *ids = g_new0 (SeqIds, 1);
  ids->root = g;
  ids->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  /* cgraph reads flags stored in front of a name (is it an HTML string?),
   * so names must live in its string pool, which agclose() frees. */
  ids->names = g_ptr_array_new ();
  ids->anonymous = 1;
  return ids;
}

static long
seq_map (void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
  (void) objtype;
  SeqIds *ids = state;
  if (str == NULL)
    {
      *id = ids->anonymous;
      ids->anonymous += 2;
      return TRUE;
    }
  gpointer found = g_hash_table_lookup (ids->by_name, str);
  if (found)
    {
      *id = (IDTYPE) GPOINTER_TO_SIZE (found);
      return TRUE;
    }
  if (!createflag)
    return FALSE;
  char *name = agstrdup (ids->root, str);
  g_ptr_array_add (ids->names, name);
  *id = (IDTYPE) ids->names->len * 2;
  g_hash_table_insert (ids->by_name, name, GSIZE_TO_POINTER ((gsize) *id));
  return TRUE;
}

static long
seq_alloc (void *state, int objtype, IDTYPE id)
{
  (void) state;
  (void) objtype;
  (void) id;
  return FALSE; /* ids are only handed out by seq_map */
}

static void
seq_free (void *state, int objtype, IDTYPE id)
{
  (void) state;
  (void) objtype;
  (void) id; /* names live until the graph is closed */
}

static char *
seq_print (void *state, int objtype, IDTYPE id)
{
  (void) objtype;
  SeqIds *ids = state;
  if (id % 2 != 0 || id / 2 == 0 || id / 2 > ids->names->len)
    return NULL;
  return g_ptr_array_index (ids->names, id / 2 - 1);
}

static void
seq_close (void *state)
{
  SeqIds *ids = state;
  g_hash_table_unref (ids->by_name);
  g_ptr_array_unref (ids->names);
  g_free (ids);
}

static void
seq_register (void *state, int objtype, void *obj)
{
  (void) state;
  (void) objtype;
  (void) obj;
}

static Agiddisc_t seq_ids = {
  seq_open, seq_map, seq_alloc, seq_free, seq_print, seq_close, seq_register,
};

/* ---------------------------------------------------------------------- */
/* Looks                                                                   */

#define COLOR_TEXT "#222222"
#define COLOR_LINE "#444444"
#define COLOR_NOTE "#666666"
#define COLOR_DIM "#a0a0a0"
#define COLOR_DIM_FILL "#f3f3f3"
#define COLOR_TREE "#c8c8c8"
#define COLOR_CLUSTER_LINE "#b8c4d0"
#define COLOR_CLUSTER_FILL "#f7f9fb"
#define COLOR_CONFLICT_FILL "#f9d0d0"
#define COLOR_CONFLICT_LINE "#c62828"
#define COLOR_SHARED_FILL "#fff1a8"
#define COLOR_SHARED_LINE "#b89b00"
#define COLOR_UNCOVERED "#8c8c8c"

/* Blues, greens and neutrals only: red and yellow belong to findings. */
static const char *const kind_fill[DG_KIND_COUNT] = {
  [DG_KIND_PARTY] = "#e4d4f0",      [DG_KIND_GOVERNMENT] = "#c9dcf2",
  [DG_KIND_LEADER] = "#d9d4f5",     [DG_KIND_COMMITTEE] = "#c4e6e0",
  [DG_KIND_OFFICE] = "#d3ebd0",     [DG_KIND_DEPARTMENT] = "#dbe8f5",
  [DG_KIND_STATION] = "#e3edc9",    [DG_KIND_VILLAGE] = "#efe4d2",
  [DG_KIND_EXTERNAL] = "#e4e4e4",
};

static const char *const kind_label[DG_KIND_COUNT] = {
  [DG_KIND_PARTY] = "党委",         [DG_KIND_GOVERNMENT] = "政府",
  [DG_KIND_LEADER] = "领导职务",    [DG_KIND_COMMITTEE] = "议事协调机构",
  [DG_KIND_OFFICE] = "办公室",      [DG_KIND_DEPARTMENT] = "部门",
  [DG_KIND_STATION] = "站所",       [DG_KIND_VILLAGE] = "村、工作点",
  [DG_KIND_EXTERNAL] = "外部单位",
};

/* Line colours of the wall chart, one per body in turn, so a line can be
 * followed across the page; no red or yellow, which mark findings. */
static const char *const line_palette[] = {
  "#1f5fa8", "#2e8b3a", "#7b4fa8", "#8c5a2b", "#138a8a",
  "#d9730d", "#2b3f8c", "#6b7a1e", "#b0368a", "#4d6470",
};

static const char *const supported_formats[] = { "svg", "png", "pdf", "dot" };

/* ---------------------------------------------------------------------- */
/* Escaping                                                                */

/* Model text as content of an HTML-like label, and in a plain attribute
 * (tooltip, id): the DOT policies of util/escape.h. */
static void
append_markup (GString *out, const char *text)
{
  dg_escape_dot_markup (out, text);
}

static void
append_plain (GString *out, const char *text)
{
  dg_escape_dot_plain (out, text);
}

/* Line break inside a plain attribute, in Graphviz's escape syntax. */
#define PLAIN_NEWLINE "\\n"

/* ---------------------------------------------------------------------- */
/* Building the Graphviz graph                                             */

typedef enum {
  MARK_CONFLICT = 1 << 0,
  MARK_SHARED = 1 << 1,
  MARK_UNCOVERED = 1 << 2,
} AreaMark;

typedef struct {
  const DgReport *report;
  const DgGraph *graph;
  const DgModel *model;
  Agraph_t *root;
  guint8 *marks;          /* AreaMark per area */
  Agnode_t **body_node;   /* per body; NULL when not drawn */
  Agnode_t **area_node;   /* per area; NULL when not drawn */
  guint kinds_drawn;      /* bit per DgBodyKind, for the legend */
  const char **line_color;/* per body, or NULL: lines in the default colour */
  gboolean failed;        /* a cgraph call failed; the graph is incomplete */
} Diagram;

/* One drawn line: every holding of the same body, area, role and kind of
 * binding, however many clauses state it. */
typedef struct {
  int body;               /* -1 for a class-wide duty drawn as its class */
  guint kinds;            /* the class, when body is -1 */
  int area;
  DgRole role;
  gboolean with_upper;
  gboolean class_wide;
  GArray *duties;         /* int duty indexes, first-seen order, no repeats */
} Link;

static void
link_free (gpointer data)
{
  Link *link = data;
  g_array_unref (link->duties);
  g_free (link);
}

/* Adds H to LINKS; with AS_CLASS a class-wide holding joins its class's
 * link instead of its body's, so one common duty draws one line. */
static void
links_add (GPtrArray *links, const DgModel *model, const DgHolding *h, gboolean as_class)
{
  int body = h->body;
  guint kinds = 0;
  if (as_class && h->class_wide)
    {
      body = -1;
      kinds = dg_model_duty (model, h->duty)->kinds;
    }
  Link *link = NULL;
  for (guint i = 0; i < links->len && link == NULL; i++)
    {
      Link *l = g_ptr_array_index (links, i);
      if (l->body == body && l->kinds == kinds && l->area == h->area && l->role == h->role
          && l->with_upper == h->with_upper && l->class_wide == h->class_wide)
        link = l;
    }
  if (link == NULL)
    {
      link = g_new0 (Link, 1);
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
static void
set_plain (Diagram *d, void *object, const char *name, const char *value)
{
  if (agsafeset (object, (char *) name, (char *) value, (char *) "") != 0)
    d->failed = TRUE;
}

/* MARKUP must already be escaped: it is parsed as an HTML-like label.
 * cgraph interns strings by content, so a plain value spelt exactly like
 * some markup shares its HTML mark; both render the same text either way. */
static void
set_html (Diagram *d, void *object, const char *name, const char *markup)
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
  set_plain (d, object, name, html);
  agstrfree (d->root, html);
}

static Agnode_t *
new_node (Diagram *d, Agraph_t *parent, const char *name)
{
  Agnode_t *node = agnode (parent, (char *) name, TRUE);
  if (node == NULL)
    d->failed = TRUE;
  return node;
}

static Agedge_t *
new_edge (Diagram *d, Agnode_t *tail, Agnode_t *head)
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

#define ANCESTRY_SEPARATOR " › "

/* "交通运输 › 道路交通 › ": the ancestors of AREA from the top, skipping
 * the first SKIP of them (a cluster already names the top). */
static void
append_ancestry (GString *out, const DgModel *model, int area, guint skip)
{
  g_autoptr (GArray) chain = g_array_new (FALSE, FALSE, sizeof (int));
  for (int a = dg_model_area (model, area)->parent; a >= 0; a = dg_model_area (model, a)->parent)
    g_array_prepend_val (chain, a);
  for (guint i = skip; i < chain->len; i++)
    {
      append_markup (out, dg_model_area (model, g_array_index (chain, int, i))->name);
      g_string_append (out, ANCESTRY_SEPARATOR);
    }
}

/* The label of the node a view is about: NAME large, with small lines of
 * markup above and below.  A table, not <BR/>: Graphviz spaces lines of
 * mixed sizes by the smaller size, and the large line would overlap. */
static void
append_focus_label (GString *out, const char *above_markup, const char *name,
                    const char *below_markup)
{
  g_string_append (out, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">");
  if (above_markup[0])
    g_string_append_printf (out, "<TR><TD><FONT POINT-SIZE=\"10\" COLOR=\"%s\">%s</FONT></TD></TR>",
                            COLOR_NOTE, above_markup);
  g_string_append (out, "<TR><TD><FONT POINT-SIZE=\"18\"><B>");
  append_markup (out, name);
  g_string_append (out, "</B></FONT></TD></TR>");
  if (below_markup[0])
    g_string_append_printf (out, "<TR><TD><FONT POINT-SIZE=\"10\" COLOR=\"%s\">%s</FONT></TD></TR>",
                            COLOR_NOTE, below_markup);
  g_string_append (out, "</TABLE>");
}

static int
area_root (const DgModel *model, int area)
{
  while (dg_model_area (model, area)->parent >= 0)
    area = dg_model_area (model, area)->parent;
  return area;
}

/* The class of a common duty in words: "办公室、部门". */
static void
append_kinds (GString *out, guint kinds)
{
  gboolean first = TRUE;
  for (int k = 0; k < DG_KIND_COUNT; k++)
    if (kinds & (1u << k))
      {
        if (!first)
          g_string_append (out, "、");
        g_string_append (out, kind_label[k]);
        first = FALSE;
      }
}

static const char *
role_words (DgRole role, gboolean with_upper)
{
  if (with_upper)
    return role == DG_ROLE_COOPERATE ? "配合上级" : "协助上级";
  return dg_role_label (role);
}

typedef enum {
  BODY_PLAIN,
  BODY_FOCUS,  /* the body a body view is about */
  BODY_DIMMED, /* another holder, drawn for context */
} BodyLook;

static Agnode_t *
draw_body (Diagram *d, Agraph_t *parent, int body, BodyLook look)
{
  const DgBody *b = dg_model_body (d->model, body);
  g_autofree char *name = g_strdup_printf ("b:%d", body);
  Agnode_t *node = new_node (d, parent, name);
  if (node == NULL)
    return NULL;
  d->body_node[body] = node;

  g_autoptr (GString) label = g_string_new (NULL);
  if (look == BODY_FOCUS)
    {
      g_autoptr (GString) below = g_string_new (kind_label[b->kind]);
      g_string_append (below, " · ");
      append_markup (below, b->id);
      append_focus_label (label, "", b->name, below->str);
    }
  else
    append_markup (label, b->name);
  set_html (d, node, "label", label->str);

  set_plain (d, node, "shape", "box");
  set_plain (d, node, "style", "filled");
  if (look == BODY_DIMMED)
    {
      set_plain (d, node, "fillcolor", COLOR_DIM_FILL);
      set_plain (d, node, "color", COLOR_DIM);
      set_plain (d, node, "fontcolor", "#6a6a6a");
    }
  else
    {
      set_plain (d, node, "fillcolor", kind_fill[b->kind]);
      d->kinds_drawn |= 1u << b->kind;
    }
  if (look == BODY_PLAIN && d->line_color && d->line_color[body])
    {
      set_plain (d, node, "color", d->line_color[body]);
      set_plain (d, node, "penwidth", "2");
    }
  if (look == BODY_FOCUS)
    set_plain (d, node, "penwidth", "2");

  g_autoptr (GString) id = g_string_new ("body-");
  append_plain (id, b->id);
  set_plain (d, node, "id", id->str);

  g_autoptr (GString) tip = g_string_new (NULL);
  append_plain (tip, b->name);
  g_string_append_printf (tip, "（%s，", kind_label[b->kind]);
  append_plain (tip, b->id);
  g_string_append (tip, "）");
  if (b->clause)
    {
      g_string_append (tip, PLAIN_NEWLINE "职责条款：");
      append_plain (tip, b->clause);
    }
  if (b->note)
    {
      g_string_append (tip, PLAIN_NEWLINE);
      append_plain (tip, b->note);
    }
  set_plain (d, node, "tooltip", tip->str);
  return node;
}

typedef enum {
  AREA_BARE,       /* name only: tree lines show where it sits */
  AREA_IN_CLUSTER, /* ancestry below the category its cluster names */
  AREA_WITH_PATH,  /* full ancestry: nothing else on the page shows it */
  AREA_FOCUS,      /* the area an area view is about */
} AreaLook;

static Agnode_t *
draw_area (Diagram *d, Agraph_t *parent, int area, AreaLook look)
{
  const DgModel *m = d->model;
  const DgArea *a = dg_model_area (m, area);
  g_autofree char *name = g_strdup_printf ("a:%d", area);
  Agnode_t *node = new_node (d, parent, name);
  if (node == NULL)
    return NULL;
  d->area_node[area] = node;
  guint8 mark = d->marks[area];

  g_autoptr (GString) label = g_string_new (NULL);
  g_autoptr (GString) ancestry = g_string_new (NULL);
  if (look != AREA_BARE)
    append_ancestry (ancestry, m, area, look == AREA_IN_CLUSTER ? 1 : 0);
  if (look == AREA_FOCUS)
    {
      if (ancestry->len > 0)
        g_string_truncate (ancestry, ancestry->len - strlen (ANCESTRY_SEPARATOR));
      g_autoptr (GString) id = g_string_new (NULL);
      append_markup (id, a->id);
      append_focus_label (label, ancestry->str, a->name, id->str);
    }
  else
    {
      if (ancestry->len > 0)
        g_string_append_printf (label, "<FONT POINT-SIZE=\"9\" COLOR=\"%s\">%s</FONT>",
                                mark & MARK_UNCOVERED ? COLOR_UNCOVERED : COLOR_NOTE,
                                ancestry->str);
      append_markup (label, a->name);
    }
  set_html (d, node, "label", label->str);

  set_plain (d, node, "shape", "box");
  if (mark & MARK_UNCOVERED)
    {
      set_plain (d, node, "style", "rounded,dashed");
      set_plain (d, node, "color", COLOR_UNCOVERED);
      set_plain (d, node, "fontcolor", COLOR_UNCOVERED);
    }
  else if (mark & MARK_CONFLICT)
    {
      set_plain (d, node, "style", "rounded,filled");
      set_plain (d, node, "fillcolor", COLOR_CONFLICT_FILL);
      set_plain (d, node, "color", COLOR_CONFLICT_LINE);
      set_plain (d, node, "penwidth", "2");
    }
  else if (mark & MARK_SHARED)
    {
      set_plain (d, node, "style", "rounded,filled");
      set_plain (d, node, "fillcolor", COLOR_SHARED_FILL);
      set_plain (d, node, "color", COLOR_SHARED_LINE);
    }
  else
    {
      set_plain (d, node, "style", "rounded,filled");
      set_plain (d, node, "fillcolor", "white");
    }
  if (look == AREA_FOCUS && !(mark & MARK_CONFLICT))
    set_plain (d, node, "penwidth", "2");

  g_autoptr (GString) id = g_string_new ("area-");
  append_plain (id, a->id);
  set_plain (d, node, "id", id->str);

  g_autoptr (GString) tip = g_string_new (NULL);
  for (int p = a->parent; p >= 0; p = dg_model_area (m, p)->parent)
    {
      g_autoptr (GString) step = g_string_new (NULL);
      append_plain (step, dg_model_area (m, p)->name);
      g_string_append (step, ANCESTRY_SEPARATOR);
      g_string_prepend (tip, step->str);
    }
  append_plain (tip, a->name);
  g_string_append (tip, "（");
  append_plain (tip, a->id);
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
      append_plain (tip, a->shared_basis);
    }
  if (a->source)
    {
      g_string_append (tip, PLAIN_NEWLINE "依据：");
      append_plain (tip, a->source);
    }
  set_plain (d, node, "tooltip", tip->str);
  return node;
}

/* One node standing for every body a common duty binds. */
static Agnode_t *
draw_class (Diagram *d, guint kinds)
{
  g_autofree char *name = g_strdup_printf ("k:%u", kinds);
  Agnode_t *node = agnode (d->root, name, FALSE);
  if (node != NULL)
    return node;
  node = new_node (d, d->root, name);
  if (node == NULL)
    return NULL;
  g_autoptr (GString) label = g_string_new ("共同职责<BR/><FONT POINT-SIZE=\"10\">全体");
  append_kinds (label, kinds);
  g_string_append (label, "</FONT>");
  set_html (d, node, "label", label->str);
  set_plain (d, node, "shape", "box");
  set_plain (d, node, "style", "filled,dashed");
  set_plain (d, node, "fillcolor", "white");
  g_autoptr (GString) tip = g_string_new ("适用于全体");
  append_kinds (tip, kinds);
  g_string_append (tip, "的职责");
  set_plain (d, node, "tooltip", tip->str);
  return node;
}

typedef enum {
  LINE_LABELLED = 1 << 0, /* role and clauses written on the line */
  LINE_DIMMED = 1 << 1,   /* context, not the subject of the view */
  LINE_REVERSED = 1 << 2, /* laid out area -> body, so the body lands right */
} LineFlags;

static void
draw_link (Diagram *d, const Link *link, Agnode_t *holder, Agnode_t *area, guint flags)
{
  const DgModel *m = d->model;
  Agedge_t *edge = flags & LINE_REVERSED ? new_edge (d, area, holder) : new_edge (d, holder, area);
  if (edge == NULL)
    return;
  if (flags & LINE_REVERSED)
    set_plain (d, edge, "dir", "back");

  if (link->with_upper)
    set_plain (d, edge, "style", "dotted");
  else if (link->role != DG_ROLE_LEAD)
    set_plain (d, edge, "style", "dashed");
  if (link->role == DG_ROLE_LEAD && !link->with_upper)
    set_plain (d, edge, "penwidth", "1.6");
  if (flags & LINE_DIMMED)
    {
      set_plain (d, edge, "color", COLOR_DIM);
      set_plain (d, edge, "fontcolor", "#808080");
    }
  else if (d->line_color && link->body >= 0 && d->line_color[link->body])
    set_plain (d, edge, "color", d->line_color[link->body]);

  const char *role = role_words (link->role, link->with_upper);
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
          append_markup (label, dg_model_duty (m, g_array_index (link->duties, int, i))->clause);
        }
      g_string_append (label, "</FONT>");
      set_html (d, edge, "label", label->str);
    }

  g_autoptr (GString) tip = g_string_new (NULL);
  if (link->body >= 0)
    append_plain (tip, dg_model_body (m, link->body)->name);
  else
    {
      g_string_append (tip, "全体");
      append_kinds (tip, link->kinds);
    }
  g_string_append (tip, " → ");
  append_plain (tip, dg_model_area (m, link->area)->name);
  g_string_append_printf (tip, "：%s", role);
  for (guint i = 0; i < link->duties->len; i++)
    {
      const DgDuty *duty = dg_model_duty (m, g_array_index (link->duties, int, i));
      g_string_append (tip, PLAIN_NEWLINE);
      append_plain (tip, duty->clause);
      g_string_append (tip, " ");
      append_plain (tip, duty->text);
    }
  set_plain (d, edge, "tooltip", tip->str);
}

static void
draw_tree_edge (Diagram *d, int parent, int child)
{
  Agedge_t *edge = new_edge (d, d->area_node[parent], d->area_node[child]);
  if (edge == NULL)
    return;
  set_plain (d, edge, "color", COLOR_TREE);
  set_plain (d, edge, "penwidth", "3");
  set_plain (d, edge, "arrowhead", "none");
  set_plain (d, edge, "tooltip", "下级领域");
}

/* ---------------------------------------------------------------------- */
/* Title and legend                                                        */

static void
legend_row (GString *out, const char *sample_cell, const char *text)
{
  g_string_append_printf (out, "<TR>%s<TD ALIGN=\"LEFT\">%s</TD></TR>", sample_cell, text);
}

/* The graph label: document, view, and what the lines and colours mean.
 * Line samples are drawn with box-drawing glyphs: a table cell cannot
 * hold a real edge. */
static void
set_title_and_legend (Diagram *d, const char *subtitle_markup, gboolean common_omitted,
                      gboolean dimmed_drawn, gboolean classes_drawn)
{
  const DgModel *m = d->model;
  g_autoptr (GString) t = g_string_new (NULL);
  g_string_append (t, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">");
  g_string_append (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><FONT POINT-SIZE=\"24\"><B>");
  if (m->number && m->number[0])
    {
      append_markup (t, m->number);
      g_string_append (t, "　");
    }
  append_markup (t, m->title);
  g_string_append (t, "</B></FONT></TD></TR>");
  g_string_append_printf (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><FONT POINT-SIZE=\"16\">%s</FONT></TD></TR>",
                          subtitle_markup);

  g_autoptr (GString) rows = g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\">");
  legend_row (rows, "<TD>━━━━</TD>", "负责（牵头）");
  legend_row (rows, "<TD>╍╍╍╍</TD>", "协助 / 配合 / 参与 / 监督 / 指导");
  legend_row (rows, "<TD>┈┈┈┈</TD>", "协助 / 配合上级部门");
  if (classes_drawn)
    legend_row (rows, "<TD BORDER=\"1\" STYLE=\"dashed\">共同职责</TD>",
                "适用于一类单位全体的职责");
  if (dimmed_drawn)
    legend_row (rows, "<TD BORDER=\"1\" COLOR=\"" COLOR_DIM "\" BGCOLOR=\"" COLOR_DIM_FILL "\">　　</TD>",
                "同一领域的其他单位（需协调）");
  g_string_append (rows, "</TABLE>");

  g_autoptr (GString) marks = g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\">");
  g_autoptr (GString) uncovered_label = g_string_new ("<FONT COLOR=\"" COLOR_UNCOVERED "\">");
  g_string_append (uncovered_label, dg_finding_kind_info (DG_FINDING_UNCOVERED)->diagram);
  g_string_append (uncovered_label, "</FONT>");
  legend_row (marks,
              "<TD BORDER=\"2\" COLOR=\"" COLOR_CONFLICT_LINE "\" BGCOLOR=\"" COLOR_CONFLICT_FILL
              "\" STYLE=\"rounded\">　　</TD>",
              dg_finding_kind_info (DG_FINDING_CONFLICT)->diagram);
  legend_row (marks,
              "<TD BORDER=\"1\" COLOR=\"" COLOR_SHARED_LINE "\" BGCOLOR=\"" COLOR_SHARED_FILL
              "\" STYLE=\"rounded\">　　</TD>",
              dg_finding_kind_info (DG_FINDING_SHARED)->diagram);
  legend_row (marks,
              "<TD BORDER=\"1\" COLOR=\"" COLOR_UNCOVERED "\" STYLE=\"dashed\">　　</TD>",
              uncovered_label->str);
  g_string_append (marks, "</TABLE>");

  /* Kinds in a grid three rows high, column by column, so no column of
   * the legend stretches the others' rows. */
  guint n_kinds = 0;
  int drawn[DG_KIND_COUNT];
  for (int k = 0; k < DG_KIND_COUNT; k++)
    if (d->kinds_drawn & (1u << k))
      drawn[n_kinds++] = k;
  /* Always three rows: Graphviz stretches a nested table to fill its cell,
   * and a single row would become one tall swatch. */
  const guint n_rows = 3;
  guint n_columns = (n_kinds + n_rows - 1) / n_rows;
  g_autoptr (GString) kinds = g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\">");
  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append (kinds, "<TR>");
      for (guint c = 0; c < n_columns; c++)
        {
          guint i = c * n_rows + r;
          if (i < n_kinds)
            g_string_append_printf (kinds, "<TD BGCOLOR=\"%s\" COLOR=\"%s\">%s</TD>",
                                    kind_fill[drawn[i]], COLOR_LINE, kind_label[drawn[i]]);
          else
            g_string_append (kinds, "<TD BORDER=\"0\"> </TD>");
        }
      g_string_append (kinds, "</TR>");
    }
  g_string_append (kinds, "</TABLE>");

  g_string_append_printf (t, "<TR><TD ALIGN=\"LEFT\" VALIGN=\"TOP\">%s</TD>"
                          "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\">%s</TD>"
                          "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\">%s</TD></TR>",
                          rows->str, marks->str, n_kinds > 0 ? kinds->str : "");
  g_autoptr (GString) notes = g_string_new (NULL);
  if (d->line_color)
    g_string_append (notes, "单位边框与其连线同色。");
  if (common_omitted)
    g_string_append (notes, "适用于全体部门的共同职责未画出。");
  g_string_append (notes, "SVG 中鼠标悬停可见条款原文。");
  g_string_append_printf (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><FONT COLOR=\"%s\">注：%s</FONT></TD></TR>",
                          COLOR_NOTE, notes->str);
  g_string_append (t, "</TABLE>");
  set_html (d, d->root, "label", t->str);
  set_plain (d, d->root, "labelloc", "t");
  set_plain (d, d->root, "labeljust", "l");
}

/* ---------------------------------------------------------------------- */
/* Views                                                                   */

static GPtrArray *
new_links (void)
{
  return g_ptr_array_new_with_free_func (link_free);
}

/* The wall chart: bodies in the middle column, the areas someone holds or
 * should hold grouped by category on either side.  One column of areas
 * would be several times taller than wide; two halve that, and keep every
 * line between a body and an area one rank long.  Areas nobody touches
 * are left out: a full taxonomy would bury the document's assignments. */
static void
view_ownership (Diagram *d)
{
  const DgModel *m = d->model;
  const guint nb = m->bodies->len, na = m->areas->len;
  g_autoptr (GPtrArray) body_links = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autofree gboolean *area_drawn = g_new0 (gboolean, na + 1);
  gboolean common_omitted = FALSE;

  for (guint b = 0; b < nb; b++)
    {
      g_autoptr (GArray) holdings = dg_graph_body_holdings (d->graph, (int) b);
      GPtrArray *links = new_links ();
      g_ptr_array_add (body_links, links);
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          if (h->class_wide)
            {
              common_omitted = TRUE;
              continue;
            }
          links_add (links, m, h, FALSE);
          area_drawn[h->area] = TRUE;
        }
    }
  for (guint a = 0; a < na; a++)
    if (d->marks[a] & MARK_UNCOVERED)
      area_drawn[a] = TRUE;

  /* Categories in order of their first drawn area; the first ones, up to
   * half of the areas, go on the left. */
  g_autofree guint *category_size = g_new0 (guint, na + 1);
  g_autoptr (GArray) categories = g_array_new (FALSE, FALSE, sizeof (int));
  guint n_drawn = 0;
  for (guint a = 0; a < na; a++)
    if (area_drawn[a])
      {
        int root = area_root (m, (int) a);
        if (category_size[root]++ == 0)
          g_array_append_val (categories, root);
        n_drawn++;
      }
  g_autofree gboolean *on_left = g_new0 (gboolean, na + 1);
  guint n_left = 0;
  for (guint i = 0; i + 1 < categories->len; i++)
    {
      int root = g_array_index (categories, int, i);
      if (2 * (n_left + category_size[root]) > n_drawn + category_size[root])
        break;
      on_left[root] = TRUE;
      n_left += category_size[root];
    }

  g_autofree const char **line_color = g_new0 (const char *, nb + 1);
  guint n_bodies = 0;
  for (guint b = 0; b < nb; b++)
    if (((GPtrArray *) g_ptr_array_index (body_links, b))->len > 0)
      line_color[b] = line_palette[n_bodies++ % G_N_ELEMENTS (line_palette)];
  d->line_color = n_bodies > 0 ? line_color : NULL;
  /* One rank for every body, whichever side its areas are on. */
  Agraph_t *middle = agsubg (d->root, "bodies", TRUE);
  if (middle == NULL)
    {
      d->failed = TRUE;
      return;
    }
  set_plain (d, middle, "rank", "same");
  for (guint b = 0; b < nb; b++)
    if (line_color[b])
      draw_body (d, middle, (int) b, BODY_PLAIN);

  g_autofree Agraph_t **cluster = g_new0 (Agraph_t *, na + 1);
  for (guint i = 0; i < categories->len; i++)
    {
      int root = g_array_index (categories, int, i);
      g_autofree char *name = g_strdup_printf ("cluster_a%d", root);
      cluster[root] = agsubg (d->root, name, TRUE);
      if (cluster[root] == NULL)
        {
          d->failed = TRUE;
          return;
        }
      g_autoptr (GString) label = g_string_new ("<B>");
      append_markup (label, dg_model_area (m, root)->name);
      g_string_append (label, "</B>");
      set_html (d, cluster[root], "label", label->str);
      set_plain (d, cluster[root], "style", "rounded,filled");
      set_plain (d, cluster[root], "color", COLOR_CLUSTER_LINE);
      set_plain (d, cluster[root], "fillcolor", COLOR_CLUSTER_FILL);
      set_plain (d, cluster[root], "fontsize", "18");
      set_plain (d, cluster[root], "labeljust", on_left[root] ? "r" : "l");
    }
  for (guint a = 0; a < na; a++)
    if (area_drawn[a])
      draw_area (d, cluster[area_root (m, (int) a)], (int) a, AREA_IN_CLUSTER);

  /* Areas nobody holds have no line to place them: pin each side's rank. */
  Agraph_t *left = agsubg (d->root, "left", TRUE);
  Agraph_t *right = agsubg (d->root, "right", TRUE);
  if (left == NULL || right == NULL)
    {
      d->failed = TRUE;
      return;
    }
  set_plain (d, left, "rank", "min");
  set_plain (d, right, "rank", "max");
  for (guint a = 0; a < na; a++)
    if (area_drawn[a] && agsubnode (on_left[area_root (m, (int) a)] ? left : right,
                                    d->area_node[a], TRUE) == NULL)
      d->failed = TRUE;

  for (guint b = 0; b < nb; b++)
    {
      const GPtrArray *links = g_ptr_array_index (body_links, b);
      for (guint i = 0; i < links->len; i++)
        {
          const Link *link = g_ptr_array_index (links, i);
          gboolean reversed = on_left[area_root (m, link->area)];
          draw_link (d, link, d->body_node[b], d->area_node[link->area],
                     reversed ? LINE_REVERSED : 0);
        }
    }

  set_plain (d, d->root, "newrank", "true");
  set_plain (d, d->root, "ranksep", "4.5");
  set_plain (d, d->root, "nodesep", "0.12");
  set_title_and_legend (d, "职责归属总图", common_omitted, FALSE, FALSE);
  d->line_color = NULL;
}

/* Marks AREA and its descendants; a loop, not recursion, because nothing
 * bounds how deep a model's area tree goes. */
static void
collect_subtree (const DgGraph *graph, int area, gboolean *in_view)
{
  g_autoptr (GArray) pending = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (pending, area);
  while (pending->len > 0)
    {
      int a = g_array_index (pending, int, pending->len - 1);
      g_array_set_size (pending, pending->len - 1);
      in_view[a] = TRUE;
      g_autoptr (GArray) children = dg_graph_area_children (graph, a);
      g_array_append_vals (pending, children->data, children->len);
    }
}

/* One area, its sub-areas and everyone holding any of them. */
static void
view_area (Diagram *d, int focus)
{
  const DgModel *m = d->model;
  const guint nb = m->bodies->len, na = m->areas->len;
  g_autofree gboolean *in_view = g_new0 (gboolean, na + 1);
  g_autofree gboolean *holder = g_new0 (gboolean, nb + 1);
  g_autoptr (GPtrArray) links = new_links ();
  collect_subtree (d->graph, focus, in_view);

  gboolean classes_drawn = FALSE;
  for (guint a = 0; a < na; a++)
    {
      if (!in_view[a])
        continue;
      g_autoptr (GArray) holdings = dg_graph_area_holdings (d->graph, (int) a);
      for (guint i = 0; i < holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (holdings, DgHolding, i);
          links_add (links, m, h, TRUE);
          if (h->class_wide)
            classes_drawn = TRUE;
          else
            holder[h->body] = TRUE;
        }
    }

  /* Holders in one column: one holding only a sub-area would otherwise
   * sit beside the focus area, among the areas. */
  Agraph_t *holders = agsubg (d->root, "holders", TRUE);
  if (holders == NULL)
    {
      d->failed = TRUE;
      return;
    }
  set_plain (d, holders, "rank", "min");
  for (guint b = 0; b < nb; b++)
    if (holder[b])
      draw_body (d, holders, (int) b, BODY_PLAIN);
  for (guint i = 0; i < links->len; i++)
    {
      const Link *link = g_ptr_array_index (links, i);
      Agnode_t *class_node = link->body < 0 ? draw_class (d, link->kinds) : NULL;
      if (class_node && agsubnode (holders, class_node, TRUE) == NULL)
        d->failed = TRUE;
    }
  for (guint a = 0; a < na; a++)
    if (in_view[a])
      draw_area (d, d->root, (int) a, (int) a == focus ? AREA_FOCUS : AREA_BARE);
  for (guint a = 0; a < na; a++)
    if (in_view[a] && (int) a != focus)
      draw_tree_edge (d, dg_model_area (m, (int) a)->parent, (int) a);

  for (guint i = 0; i < links->len; i++)
    {
      const Link *link = g_ptr_array_index (links, i);
      Agnode_t *from = link->body >= 0 ? d->body_node[link->body] : draw_class (d, link->kinds);
      draw_link (d, link, from, d->area_node[link->area], LINE_LABELLED);
    }

  g_autoptr (GString) subtitle = g_string_new ("领域：");
  append_ancestry (subtitle, m, focus, 0);
  append_markup (subtitle, dg_model_area (m, focus)->name);
  set_plain (d, d->root, "ranksep", "1.2");
  set_plain (d, d->root, "nodesep", "0.25");
  set_title_and_legend (d, subtitle->str, FALSE, FALSE, classes_drawn);
}

/* One body, the areas it holds, and the others holding those areas. */
static void
view_body (Diagram *d, int focus)
{
  const DgModel *m = d->model;
  const guint nb = m->bodies->len, na = m->areas->len;
  g_autoptr (GArray) holdings = dg_graph_body_holdings (d->graph, focus);
  g_autoptr (GPtrArray) own = new_links ();
  g_autoptr (GPtrArray) others = new_links ();
  g_autofree gboolean *held = g_new0 (gboolean, na + 1);
  g_autofree gboolean *other = g_new0 (gboolean, nb + 1);

  for (guint i = 0; i < holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (holdings, DgHolding, i);
      links_add (own, m, h, FALSE);
      held[h->area] = TRUE;
    }
  /* Everyone shares a common duty, so it names no one to coordinate with. */
  for (guint a = 0; a < na; a++)
    {
      if (!held[a])
        continue;
      g_autoptr (GArray) area_holdings = dg_graph_area_holdings (d->graph, (int) a);
      for (guint i = 0; i < area_holdings->len; i++)
        {
          const DgHolding *h = &g_array_index (area_holdings, DgHolding, i);
          if (h->body == focus || h->class_wide)
            continue;
          links_add (others, m, h, FALSE);
          other[h->body] = TRUE;
        }
    }

  draw_body (d, d->root, focus, BODY_FOCUS);
  for (guint a = 0; a < na; a++)
    if (held[a])
      draw_area (d, d->root, (int) a, AREA_WITH_PATH);
  for (guint b = 0; b < nb; b++)
    if (other[b])
      draw_body (d, d->root, (int) b, BODY_DIMMED);

  for (guint i = 0; i < own->len; i++)
    {
      const Link *link = g_ptr_array_index (own, i);
      draw_link (d, link, d->body_node[focus], d->area_node[link->area], LINE_LABELLED);
    }
  for (guint i = 0; i < others->len; i++)
    {
      const Link *link = g_ptr_array_index (others, i);
      draw_link (d, link, d->body_node[link->body], d->area_node[link->area],
                 LINE_LABELLED | LINE_DIMMED | LINE_REVERSED);
    }

  g_autoptr (GString) subtitle = g_string_new ("单位：");
  append_markup (subtitle, dg_model_body (m, focus)->name);
  set_plain (d, d->root, "ranksep", "1.5");
  set_plain (d, d->root, "nodesep", "0.25");
  set_title_and_legend (d, subtitle->str, FALSE, others->len > 0, FALSE);
}

/* The coordination network: every body that shares an area with another,
 * one undirected line per pair, thicker and labelled with the number of
 * shared areas (the areas in its tooltip), the bodies of one community
 * boxed together as a candidate joint working group. */
static gboolean
view_coordination (Diagram *d, GError **error)
{
  const DgModel *m = d->model;
  g_autoptr (DgCoordination) c = dg_coordination_build (d->graph, error);
  if (c == NULL)
    return FALSE;
  g_autofree gboolean *paired = g_new0 (gboolean, m->bodies->len + 1);
  guint heaviest = 1;
  for (guint i = 0; i < c->pairs->len; i++)
    {
      const DgCoordPair *p = g_ptr_array_index (c->pairs, i);
      paired[p->a] = paired[p->b] = TRUE;
      heaviest = MAX (heaviest, p->weight);
    }
  g_autofree Agraph_t **group = g_new0 (Agraph_t *, c->n_communities + 1);
  for (guint k = 0; k < c->n_communities; k++)
    {
      g_autofree char *name = g_strdup_printf ("cluster_c%u", k + 1);
      group[k] = agsubg (d->root, name, TRUE);
      if (group[k] == NULL)
        {
          d->failed = TRUE;
          return TRUE;
        }
      g_autofree char *label = g_strdup_printf ("协调组 %u", k + 1);
      set_plain (d, group[k], "label", label);
      set_plain (d, group[k], "style", "rounded,filled");
      set_plain (d, group[k], "color", COLOR_CLUSTER_LINE);
      set_plain (d, group[k], "fillcolor", COLOR_CLUSTER_FILL);
      set_plain (d, group[k], "fontsize", "16");
    }
  for (guint b = 0; b < m->bodies->len; b++)
    {
      if (!paired[b])
        continue;
      int k = g_array_index (c->community, int, b);
      draw_body (d, k >= 0 ? group[k] : d->root, (int) b, BODY_PLAIN);
    }
  for (guint i = 0; i < c->pairs->len; i++)
    {
      const DgCoordPair *p = g_ptr_array_index (c->pairs, i);
      Agedge_t *edge = new_edge (d, d->body_node[p->a], d->body_node[p->b]);
      if (edge == NULL)
        continue;
      g_autofree char *weight = g_strdup_printf ("%u", p->weight);
      g_autofree char *width = g_strdup_printf ("%.1f", 0.8 + 3.2 * (p->weight - 1) / MAX (heaviest - 1, 1));
      set_plain (d, edge, "dir", "none");
      /* xlabel, not label: dot 2.43 frees a labelled edge between two
       * nodes of one rank twice (flat_edges), and a network has many. */
      set_plain (d, edge, "xlabel", weight);
      set_plain (d, edge, "penwidth", width);
      set_plain (d, edge, "weight", weight);
      g_autoptr (GString) tip = g_string_new (NULL);
      append_plain (tip, dg_model_body (m, p->a)->name);
      g_string_append (tip, " — ");
      append_plain (tip, dg_model_body (m, p->b)->name);
      g_string_append (tip, "：");
      for (guint j = 0; j < p->areas->len; j++)
        {
          if (j > 0)
            g_string_append (tip, "、");
          append_plain (tip, dg_model_area (m, g_array_index (p->areas, int, j))->name);
        }
      set_plain (d, edge, "tooltip", tip->str);
    }

  g_autoptr (GString) t = g_string_new (NULL);
  g_string_append (t, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">");
  g_string_append (t, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"24\"><B>");
  if (m->number && m->number[0])
    {
      append_markup (t, m->number);
      g_string_append (t, "　");
    }
  append_markup (t, m->title);
  g_string_append (t, "</B></FONT></TD></TR>");
  g_string_append (t, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\">协调网络</FONT></TD></TR>");
  g_string_append_printf (t, "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\">注：两单位负责同一领域（或同一大类下的领域）即相连；"
                          "线宽与数字为共享领域数；方框为候选联合工作组（Louvain 社区）。"
                          "适用于全体部门的共同职责不计。SVG 中鼠标悬停可见共享领域。</FONT></TD></TR>",
                          COLOR_NOTE);
  g_string_append (t, "</TABLE>");
  set_html (d, d->root, "label", t->str);
  set_plain (d, d->root, "labelloc", "t");
  set_plain (d, d->root, "labeljust", "l");
  set_plain (d, d->root, "rankdir", "TB");
  return TRUE;
}

/* The change between two models (render --diff): only the areas whose
 * holdings changed, or whose findings opened or closed, with every holder
 * on either side.  A holding on both sides is grey; one carried to a body
 * matched under another id (renamed, merged) is blue; one only in NEW is
 * green; one only in OLD is red and dashed, from the old body, drawn red
 * and dashed itself when it is gone. */
#define COLOR_DIFF_ADDED "#2e7d32"
#define COLOR_DIFF_REMOVED "#c62828"
#define COLOR_DIFF_MOVED "#1565c0"

typedef struct {
  int holder;      /* NEW body, or -1 - OLD body for a body that is gone */
  int old_body;    /* the OLD body it came from, or -1 */
  char *area;      /* area id: the two models index areas differently */
  DgRole role;
  gboolean in_old, in_new;
  GArray *old_duties, *new_duties;
} DiffLine;

static void
diff_line_free (gpointer data)
{
  DiffLine *l = data;
  g_free (l->area);
  g_array_unref (l->old_duties);
  g_array_unref (l->new_duties);
  g_free (l);
}

static DiffLine *
diff_line (GPtrArray *lines, int holder, const char *area, DgRole role)
{
  for (guint i = 0; i < lines->len; i++)
    {
      DiffLine *l = g_ptr_array_index (lines, i);
      if (l->holder == holder && l->role == role && g_str_equal (l->area, area))
        return l;
    }
  DiffLine *l = g_new0 (DiffLine, 1);
  l->holder = holder;
  l->old_body = -1;
  l->area = g_strdup (area);
  l->role = role;
  l->old_duties = g_array_new (FALSE, FALSE, sizeof (int));
  l->new_duties = g_array_new (FALSE, FALSE, sizeof (int));
  g_ptr_array_add (lines, l);
  return l;
}

static void
append_duty_clauses (GString *out, const DgModel *m, const GArray *duties)
{
  for (guint i = 0; i < duties->len; i++)
    {
      const DgDuty *duty = dg_model_duty (m, g_array_index (duties, int, i));
      g_string_append (out, PLAIN_NEWLINE);
      append_plain (out, duty->clause);
      g_string_append_c (out, ' ');
      append_plain (out, duty->text);
    }
}

static gboolean
view_diff (Diagram *d, const DgDiff *diff, GError **error)
{
  const DgModel *om = diff->old_report->graph->model, *nm = d->model;
  const DgGraph *og = diff->old_report->graph;
  g_autofree int *new_of_old = g_new (int, om->bodies->len + 1);
  g_autofree gboolean *renamed = g_new0 (gboolean, om->bodies->len + 1);
  for (guint b = 0; b < om->bodies->len; b++)
    new_of_old[b] = -1;
  for (guint i = 0; i < diff->matches->len; i++)
    {
      const DgBodyMatch *match = &g_array_index (diff->matches, DgBodyMatch, i);
      new_of_old[match->old_body] = match->new_body;
      renamed[match->old_body] = !g_str_equal (dg_model_body (om, match->old_body)->id,
                                               dg_model_body (nm, match->new_body)->id);
    }

  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (diff_line_free);
  for (guint b = 0; b < om->bodies->len; b++)
    {
      g_autoptr (GArray) held = dg_graph_body_holdings (og, (int) b);
      for (guint i = 0; i < held->len; i++)
        {
          const DgHolding *h = &g_array_index (held, DgHolding, i);
          if (h->class_wide)
            continue;
          int holder = new_of_old[b] >= 0 ? new_of_old[b] : -1 - (int) b;
          DiffLine *l = diff_line (lines, holder, dg_model_area (om, h->area)->id, h->role);
          l->in_old = TRUE;
          if (renamed[b])
            l->old_body = (int) b;
          g_array_append_val (l->old_duties, h->duty);
        }
    }
  for (guint b = 0; b < nm->bodies->len; b++)
    {
      g_autoptr (GArray) held = dg_graph_body_holdings (d->graph, (int) b);
      for (guint i = 0; i < held->len; i++)
        {
          const DgHolding *h = &g_array_index (held, DgHolding, i);
          if (h->class_wide)
            continue;
          DiffLine *l = diff_line (lines, (int) b, dg_model_area (nm, h->area)->id, h->role);
          l->in_new = TRUE;
          g_array_append_val (l->new_duties, h->duty);
        }
    }

  /* The areas that changed, by id. */
  g_autoptr (GHashTable) changed = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < lines->len; i++)
    {
      DiffLine *l = g_ptr_array_index (lines, i);
      if (!l->in_old || !l->in_new || l->old_body >= 0)
        g_hash_table_add (changed, l->area);
    }
  const GArray *finding_sets[] = { diff->opened, diff->closed };
  for (guint k = 0; k < G_N_ELEMENTS (finding_sets); k++)
    for (guint i = 0; i < finding_sets[k]->len; i++)
      {
        const DgFindingChange *c = &g_array_index (finding_sets[k], DgFindingChange, i);
        const DgFinding *f = c->new_finding ? c->new_finding : c->old_finding;
        const DgModel *fm = c->new_finding ? nm : om;
        if (f->area >= 0 && f->kind != DG_FINDING_PRINCIPLE)
          g_hash_table_add (changed, dg_model_area (fm, f->area)->id);
      }
  for (guint i = 0; i < diff->areas_lost->len; i++)
    g_hash_table_add (changed, dg_model_area (om, g_array_index (diff->areas_lost, int, i))->id);

  /* Areas in NEW model order, then those only OLD has, in its order. */
  g_autoptr (GHashTable) area_nodes = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint a = 0; a < nm->areas->len; a++)
    if (g_hash_table_contains (changed, dg_model_area (nm, (int) a)->id))
      g_hash_table_insert (area_nodes, dg_model_area (nm, (int) a)->id,
                           draw_area (d, d->root, (int) a, AREA_WITH_PATH));
  for (guint a = 0; a < om->areas->len; a++)
    {
      const DgArea *area = dg_model_area (om, (int) a);
      if (!g_hash_table_contains (changed, area->id) || g_hash_table_contains (area_nodes, area->id))
        continue;
      g_autofree char *name = g_strdup_printf ("oa:%u", a);
      Agnode_t *node = new_node (d, d->root, name);
      if (node == NULL)
        continue;
      g_autoptr (GString) label = g_string_new (NULL);
      append_markup (label, area->name);
      set_html (d, node, "label", label->str);
      set_plain (d, node, "shape", "box");
      set_plain (d, node, "style", "rounded,dashed");
      set_plain (d, node, "color", COLOR_DIFF_REMOVED);
      g_hash_table_insert (area_nodes, area->id, node);
    }
  for (guint i = 0; i < diff->areas_lost->len; i++)
    {
      Agnode_t *node = g_hash_table_lookup (
          area_nodes, dg_model_area (om, g_array_index (diff->areas_lost, int, i))->id);
      if (node)
        {
          set_plain (d, node, "color", COLOR_DIFF_REMOVED);
          set_plain (d, node, "penwidth", "2");
          set_plain (d, node, "style", "rounded,dashed");
        }
    }

  g_autofree Agnode_t **gone = g_new0 (Agnode_t *, om->bodies->len + 1);
  g_autofree gboolean *is_added = g_new0 (gboolean, nm->bodies->len + 1);
  for (guint i = 0; i < diff->added->len; i++)
    is_added[g_array_index (diff->added, int, i)] = TRUE;
  guint drawn = 0;
  for (guint i = 0; i < lines->len; i++)
    {
      DiffLine *l = g_ptr_array_index (lines, i);
      Agnode_t *area = g_hash_table_lookup (area_nodes, l->area);
      if (area == NULL)
        continue;
      Agnode_t *holder;
      if (l->holder >= 0)
        {
          holder = d->body_node[l->holder];
          if (holder == NULL)
            {
              holder = draw_body (d, d->root, l->holder, BODY_PLAIN);
              if (holder && is_added[l->holder])
                {
                  set_plain (d, holder, "color", COLOR_DIFF_ADDED);
                  set_plain (d, holder, "penwidth", "2");
                }
            }
        }
      else
        {
          int ob = -1 - l->holder;
          holder = gone[ob];
          if (holder == NULL)
            {
              g_autofree char *name = g_strdup_printf ("ob:%d", ob);
              holder = gone[ob] = new_node (d, d->root, name);
              if (holder == NULL)
                continue;
              g_autoptr (GString) label = g_string_new (NULL);
              append_markup (label, dg_model_body (om, ob)->name);
              g_string_append (label, "（撤销）");
              set_html (d, holder, "label", label->str);
              set_plain (d, holder, "shape", "box");
              set_plain (d, holder, "style", "dashed");
              set_plain (d, holder, "color", COLOR_DIFF_REMOVED);
              set_plain (d, holder, "fontcolor", COLOR_DIFF_REMOVED);
            }
        }
      Agedge_t *edge = new_edge (d, holder, area);
      if (edge == NULL)
        continue;
      drawn++;
      const char *color = COLOR_DIM, *what = "不变";
      if (!l->in_new)
        color = COLOR_DIFF_REMOVED, what = "删除";
      else if (!l->in_old)
        color = COLOR_DIFF_ADDED, what = "新增";
      else if (l->old_body >= 0)
        color = COLOR_DIFF_MOVED, what = "转移";
      set_plain (d, edge, "color", color);
      set_plain (d, edge, "fontcolor", color);
      set_plain (d, edge, "penwidth", l->in_old && l->in_new && l->old_body < 0 ? "1" : "2");
      if (!l->in_new || l->role != DG_ROLE_LEAD)
        set_plain (d, edge, "style", "dashed");
      g_autoptr (GString) label = g_string_new (what);
      g_string_append (label, " · ");
      g_string_append (label, role_words (l->role, FALSE));
      if (l->old_body >= 0)
        {
          g_string_append (label, "<BR/><FONT POINT-SIZE=\"9\">原");
          append_markup (label, dg_model_body (om, l->old_body)->name);
          g_string_append (label, "</FONT>");
        }
      set_html (d, edge, "label", label->str);
      g_autoptr (GString) tip = g_string_new (what);
      append_duty_clauses (tip, l->in_new ? nm : om, l->in_new ? l->new_duties : l->old_duties);
      set_plain (d, edge, "tooltip", tip->str);
    }
  if (drawn == 0 && g_hash_table_size (changed) == 0)
    {
      Agnode_t *node = new_node (d, d->root, "same");
      if (node)
        {
          set_html (d, node, "label", "两个模型的职责归属相同");
          set_plain (d, node, "shape", "plaintext");
        }
    }

  g_autoptr (GString) t = g_string_new (NULL);
  g_string_append (t, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\">");
  g_string_append (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"24\"><B>变更对比</B></FONT></TD></TR>");
  g_string_append (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"14\">");
  append_markup (t, om->number ? om->number : om->title);
  g_string_append (t, "（");
  append_markup (t, om->path);
  g_string_append (t, "）→ ");
  append_markup (t, nm->number ? nm->number : nm->title);
  g_string_append (t, "（");
  append_markup (t, nm->path);
  g_string_append (t, "）</FONT></TD></TR>");
  const struct { const char *color, *sample, *text; } rows[] = {
    { COLOR_DIFF_ADDED, "━━━━", "新增的职责归属" },
    { COLOR_DIFF_REMOVED, "╍╍╍╍", "删除的职责归属（单位撤销则单位框为红色虚线）" },
    { COLOR_DIFF_MOVED, "━━━━", "随单位更名、合并转移的职责归属（注明原单位）" },
    { COLOR_DIM, "━━━━", "未变的职责归属" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_string_append_printf (t, "<TR><TD><FONT COLOR=\"%s\">%s</FONT></TD><TD ALIGN=\"LEFT\">%s</TD></TR>",
                            rows[i].color, rows[i].sample, rows[i].text);
  g_string_append_printf (t, "<TR><TD BORDER=\"1\" COLOR=\"%s\" STYLE=\"dashed\" FIXEDSIZE=\"TRUE\""
                          " WIDTH=\"48\" HEIGHT=\"18\"> </TD>"
                          "<TD ALIGN=\"LEFT\">失去全部负责单位的领域</TD></TR>", COLOR_DIFF_REMOVED);
  g_string_append_printf (t, "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT COLOR=\"%s\">注：只画出归属或问题有变化的领域；红、黄底色为新模型中的冲突、共管。SVG 中鼠标悬停可见条款原文。</FONT></TD></TR>",
                          COLOR_NOTE);
  g_string_append (t, "</TABLE>");
  set_html (d, d->root, "label", t->str);
  set_plain (d, d->root, "labelloc", "t");
  set_plain (d, d->root, "labeljust", "l");
  (void) error;
  return TRUE;
}

static void
mark_areas (Diagram *d)
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

static Agiodisc_t string_io = { NULL, put_string, flush_nothing };

static void
set_defaults (Diagram *d, const char *font)
{
  Agraph_t *g = d->root;
  struct { int kind; const char *name, *value; } defaults[] = {
    { AGRAPH, "rankdir", "LR" },
    { AGRAPH, "fontname", font },
    { AGRAPH, "fontsize", "14" },
    { AGRAPH, "fontcolor", COLOR_TEXT },
    { AGRAPH, "outputorder", "edgesfirst" },
    { AGRAPH, "remincross", "true" },
    { AGRAPH, "pad", "0.4" },
    { AGNODE, "fontname", font },
    { AGNODE, "fontsize", "13" },
    { AGNODE, "fontcolor", COLOR_TEXT },
    { AGNODE, "color", COLOR_LINE },
    { AGNODE, "margin", "0.12,0.04" },
    { AGNODE, "height", "0.36" },
    { AGEDGE, "fontname", font },
    { AGEDGE, "fontsize", "10" },
    { AGEDGE, "fontcolor", COLOR_TEXT },
    { AGEDGE, "color", COLOR_LINE },
    { AGEDGE, "arrowsize", "0.6" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    if (agattr (g, defaults[i].kind, (char *) defaults[i].name, (char *) defaults[i].value) == NULL)
      d->failed = TRUE;
}

/* ---------------------------------------------------------------------- */
/* Graphviz messages                                                       */

/* Graphviz reports through one process-wide callback, in pieces: "Error"
 * or "Warning", then ": ", then the text (continuations come bare). */
static GString *graphviz_errors;
static gboolean graphviz_in_error;

static int
collect_graphviz_message (char *piece)
{
  if (g_str_equal (piece, "Error"))
    graphviz_in_error = TRUE;
  else if (g_str_equal (piece, "Warning"))
    graphviz_in_error = FALSE;
  else if (graphviz_in_error && !g_str_equal (piece, ": "))
    g_string_append (graphviz_errors, piece);
  return 0;
}

static gboolean
graphviz_failed (const char *what, int rc, GError **error)
{
  if (rc == 0 && graphviz_errors->len == 0)
    return FALSE;
  g_autofree char *detail = g_strdup (graphviz_errors->str);
  g_strstrip (g_strdelimit (detail, "\n\r\t", ' '));
  g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_GRAPHVIZ, _ ("graphviz %s failed%s%s"), what,
               detail[0] ? ": " : "", detail);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Entry points                                                            */

static gboolean
build_diagram (Diagram *d, const DgDiagramOptions *options, GError **error)
{
  const DgModel *m = d->model;
  switch (options->kind)
    {
    case DG_VIEW_OWNERSHIP:
      view_ownership (d);
      break;
    case DG_VIEW_AREA:
      if (options->index < 0 || (guint) options->index >= m->areas->len)
        {
          g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_VIEW, _ ("no area %d in the model"), options->index);
          return FALSE;
        }
      view_area (d, options->index);
      break;
    case DG_VIEW_BODY:
      if (options->index < 0 || (guint) options->index >= m->bodies->len)
        {
          g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_VIEW, _ ("no body %d in the model"), options->index);
          return FALSE;
        }
      view_body (d, options->index);
      break;
    case DG_VIEW_COORDINATION:
      if (!view_coordination (d, error))
        return FALSE;
      break;
    case DG_VIEW_DIFF:
      if (options->diff == NULL || !view_diff (d, options->diff, error))
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

typedef struct {
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
  if (!graphviz_failed ("layout", gvLayout (gvc, job->graph, "dot"), error))
    {
      char *rendered = NULL;
      unsigned int length = 0;
      int rc = gvRenderData (gvc, job->graph, job->device, &rendered, &length);
      if (rc == 0 && rendered == NULL)
        rc = -1;
      if (!graphviz_failed (job->format, rc, error))
        bytes = g_bytes_new (rendered, length);
      if (rendered)
        gvFreeRenderData (rendered);
      gvFreeLayout (gvc, job->graph);
    }
  gvFreeContext (gvc);
  return bytes;
}

/* Lays out G and renders it in FORMAT, or writes it unlaid-out for "dot".
 * Layout runs in a child process under LIMITS: Graphviz may exit() on
 * out-of-memory, overflow the stack or run for minutes, and none of that
 * may take the tool down. */
static GBytes *
render_graph (Agraph_t *g, const char *format, const DgSandboxLimits *limits, GError **error)
{
  if (g_str_equal (format, "dot"))
    {
      g_autoptr (GString) out = g_string_new (NULL);
      if (graphviz_failed ("write", agwrite (g, out), error))
        return NULL;
      char *split = dg_escape_dot_split (out->str, out->len);
      return g_bytes_new_take (split, strlen (split));
    }

  /* Cairo for raster and PDF: the core renderers cannot shape CJK text. */
  LayoutJob job = {
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
  Diagram d = {
    .report = report,
    .graph = report->graph,
    .model = m,
    .marks = marks,
    .body_node = body_node,
    .area_node = area_node,
  };

  g_autoptr (GString) errors = g_string_new (NULL);
  graphviz_errors = errors;
  graphviz_in_error = FALSE;
  agusererrf previous_handler = agseterrf (collect_graphviz_message);
  agreseterrors ();

  Agdisc_t disc = { &AgMemDisc, &seq_ids, &string_io };
  const char *name = m->doc_id && m->doc_id[0] ? m->doc_id : "dutygraph";
  g_autoptr (GString) graph_name = g_string_new (NULL);
  append_plain (graph_name, name);
  d.root = agopen (graph_name->str, Agdirected, &disc);
  GBytes *bytes = NULL;
  if (d.root == NULL)
    g_set_error (error, DG_RENDER_ERROR, DG_RENDER_ERROR_GRAPHVIZ, _ ("cannot create a graphviz graph"));
  else
    {
      set_defaults (&d, font);
      mark_areas (&d);
      if (build_diagram (&d, options, error))
        {
          DgSandboxLimits limits = {
            options->layout_seconds > 0 ? options->layout_seconds : DG_DIAGRAM_DEFAULT_LAYOUT_SECONDS,
            (options->layout_mib > 0 ? options->layout_mib : DG_DIAGRAM_DEFAULT_LAYOUT_MIB) << 20,
          };
          bytes = render_graph (d.root, format, &limits, error);
        }
      agclose (d.root);
    }

  agseterrf (previous_handler);
  graphviz_errors = NULL;
  return bytes;
}
