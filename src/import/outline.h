/*
 * outline.h — the numbered outline of a document.
 *
 * Owns reading numbering (第二章 第五条 一、 （一）(一) 1、1.1． （1）(1) 1) ①,
 * full or half width) and turning lines into a tree: a numbering style already open
 * above closes back to it, a new style opens a level below.  Unnumbered
 * lines become continuations (a wrapped line), implied headings (具体职责),
 * implied items (a list that forgets its numbers), intros (…：) or
 * paragraphs, each with its line and column.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  DG_MARK_NONE,
  DG_MARK_CN,        /* 一、 */
  DG_MARK_CN_PAREN,  /* （一） */
  DG_MARK_AR,        /* 1、 1. 1． */
  DG_MARK_AR_PAREN,  /* （1） (1) ⑴ */
  DG_MARK_AR_RPAREN, /* 1） 1): a style of its own, often under (1) */
  DG_MARK_CIRCLED,   /* ① */
  DG_MARK_CHAPTER,   /* 第二章 */
  DG_MARK_ARTICLE,   /* 第五条 */
  DG_MARK_PART,      /* 第一部分 */
  DG_MARK_SECTION,   /* 第一节 */
} DgMarkStyle;

typedef enum {
  DG_NODE_ITEM,      /* numbered, or implied within a list */
  DG_NODE_INTRO,     /* an unnumbered line ending in ：before a list */
  DG_NODE_PARAGRAPH, /* an unnumbered paragraph that is not a list item */
} DgNodeType;

typedef struct DgNode DgNode;
struct DgNode {
  DgNodeType type;
  DgMarkStyle style;
  int number;          /* the marker's value (implied ones counted); a
                        * paragraph's ordinal among its parent's paragraphs */
  int paragraphs;      /* how many children are paragraphs */
  int items;           /* how many children are items */
  gboolean implied;    /* no number written */
  GString *text;       /* after the marker, trimmed; continuations joined */
  int line, column;    /* where the text starts */
  DgNode *parent;
  GPtrArray *children; /* of DgNode*, owned */
  char *label;         /* the label over this item in its holder's list
                        * (【配合职责】, 配合职责：), without its brackets, or NULL */
};

typedef struct {
  DgNode *root;         /* style NONE; its children are the sections */
  GPtrArray *preamble;  /* of DgNode*: lines before the first numbered line */
} DgOutline;

/* Parses TEXT (UTF-8).  Never fails; an outline with no sections means
 * no structure was found. */
DgOutline *dg_outline_parse (const char *text);
void dg_outline_free (DgOutline *outline);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DgOutline, dg_outline_free)

/* The token of a node in a clause path: 四 (二) 5 (8) ①. */
void dg_outline_append_token (GString *out, const DgNode *node);

/* Reads a numbering marker at the start of LINE (already trimmed):
 * returns its style (NONE when there is none), its value and the length
 * in bytes of the marker with the space after it. */
DgMarkStyle dg_outline_marker (const char *line, int *number, gsize *length);

/* S after a leading bullet or dash that marks a list item without a
 * number (● ◆ ■ ▲ ★ · ——) and the space after it; S itself when there is
 * none. */
const char *dg_outline_skip_bullet (const char *s);

/* Whether STYLE divides a document into parts (第二章, 第一部分, 第三节)
 * rather than numbering its items: never found inside a line, and left
 * out of an article's citation. */
gboolean dg_outline_style_divides (DgMarkStyle style);

/* Leading and trailing white space of a line, ASCII and full width. */
const char *dg_outline_skip_space (const char *s);
gsize dg_outline_trimmed_length (const char *s, gsize length);

G_END_DECLS
