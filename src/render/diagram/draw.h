/*
 * draw.h — what the diagram's files share, internal to them: the diagram
 * being built (DgDiagram), the links that gather holdings into one line,
 * the drawing primitives (draw.c) and the per-model title and legend
 * (legend.c).  Every text from the model reaches Graphviz through
 * util/escape.h's DOT policies: markup for HTML-like labels, plain for
 * every other attribute.
 */
#pragma once

#include <cgraph.h>

#include "analysis/findings.h"
#include "util/escape.h"

G_BEGIN_DECLS

/* Line break inside a plain attribute, in Graphviz's escape syntax. */
#define PLAIN_NEWLINE "\\n"

#define ANCESTRY_SEPARATOR " › "

typedef enum {
  MARK_CONFLICT = 1 << 0,
  MARK_SHARED = 1 << 1,
  MARK_UNCOVERED = 1 << 2,
} DgAreaMark;

typedef struct {
  const DgReport *report;
  const DgGraph *graph;
  const DgModel *model;
  Agraph_t *root;
  guint8 *marks;          /* DgAreaMark per area */
  Agnode_t **body_node;   /* per body; NULL when not drawn */
  Agnode_t **area_node;   /* per area; NULL when not drawn */
  guint kinds_drawn;      /* bit per DgBodyKind, for the legend */
  const char **line_color;/* per body, or NULL: lines in the default colour */
  gboolean failed;        /* a cgraph call failed; the graph is incomplete */
  gboolean hover;         /* tooltips can be seen (SVG, and DOT, which its reader turns into SVG) */
} DgDiagram;

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
} DgLink;

GPtrArray *dg_links_new (void);
void dg_link_free (gpointer link);
void dg_links_add (GPtrArray *links, const DgModel *model, const DgHolding *h, gboolean as_class);

/* Attributes; a failure marks D failed rather than returning. */
void dg_draw_set_plain (DgDiagram *d, void *object, const char *name, const char *value);
void dg_draw_set_html (DgDiagram *d, void *object, const char *name, const char *markup);
Agnode_t *dg_draw_node (DgDiagram *d, Agraph_t *parent, const char *name);
Agedge_t *dg_draw_edge (DgDiagram *d, Agnode_t *tail, Agnode_t *head);

/* Texts of labels, escaped as markup. */
void dg_draw_append_ancestry (GString *out, const DgModel *model, int area, guint skip);
void dg_draw_append_focus_label (GString *out, const char *above_markup, const char *name,
                                 const char *below_markup);
void dg_draw_append_kinds (GString *out, guint kinds);
int dg_draw_area_root (const DgModel *model, int area);

typedef enum {
  BODY_PLAIN,
  BODY_FOCUS,  /* the body a body view is about */
  BODY_DIMMED, /* another holder, drawn for context */
} DgBodyLook;

typedef enum {
  AREA_BARE,       /* name only: tree lines show where it sits */
  AREA_IN_CLUSTER, /* ancestry below the category its cluster names */
  AREA_WITH_PATH,  /* full ancestry: nothing else on the page shows it */
  AREA_FOCUS,      /* the area an area view is about */
} DgAreaLook;

typedef enum {
  LINE_LABELLED = 1 << 0, /* role and clauses written on the line */
  LINE_DIMMED = 1 << 1,   /* context, not the subject of the view */
  LINE_REVERSED = 1 << 2, /* laid out area -> body, so the body lands right */
} DgLineFlags;

Agnode_t *dg_draw_body (DgDiagram *d, Agraph_t *parent, int body, DgBodyLook look);
Agnode_t *dg_draw_area (DgDiagram *d, Agraph_t *parent, int area, DgAreaLook look);
Agnode_t *dg_draw_class (DgDiagram *d, guint kinds);
void dg_draw_link (DgDiagram *d, const DgLink *link, Agnode_t *holder, Agnode_t *area, guint flags);
void dg_draw_tree_edge (DgDiagram *d, int parent, int child);

/* Opens the table of a graph label with its first row: MODEL's 文号 and
 * title, large, across COLSPAN columns (0: one). */
void dg_draw_append_title (GString *out, const DgModel *model, guint colspan);

/* The graph label of a per-model view: document, SUBTITLE_MARKUP, and
 * the legend of what this view drew. */
void dg_draw_title_and_legend (DgDiagram *d, const char *subtitle_markup, gboolean common_omitted,
                               gboolean dimmed_drawn, gboolean classes_drawn);

G_END_DECLS
