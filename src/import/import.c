/*
 * import.c — the walk from outline to model: sections, bodies, items,
 * duties with their roles, areas, confidence and reasons; which bodies a
 * paragraph's sentences bind (their subjects, the leader positions they
 * name, bound once every heading is read) and the partners supporting
 * duties name.
 */
#include <glib/gi18n.h>
#include <string.h>

#include "import/areas.h"
#include "import/assignment.h"
#include "import/bodies.h"
#include "import/decode.h"
#include "import/header.h"
#include "import/holder-heading.h"
#include "import/import.h"
#include "import/outline.h"
#include "import/reader.h"
#include "import/roles.h"
#include "import/table.h"
#include "import/verbatim.h"
#include "util/normalize.h"
#include "util/regex-once.h"

G_DEFINE_QUARK (dg-import-error-quark, dg_import_error)

typedef struct {
  const char *path;
  DgModel *model;
  const DgModel *taxonomy;
  DgBodyNames *names;
  DgAreaTagger *tagger;
  const char *level; /* the document's administrative level, or NULL */
  GPtrArray *by_position; /* PositionDuty: duties whose holders are named by position */
  /* The role a label over the items being read gives those of them that
   * carry no verb of their own (2.配合职责 over （1）做好…), or -1. */
  int label_role;
} Import;

/* A duty whose subject names leader positions (党政主要负责人…), bound once
 * every heading has named its body: the positions are often described
 * before the sections that list them. */
typedef struct {
  guint duty;
  char *phrase;
} PositionDuty;

static void
position_duty_free (gpointer data)
{
  PositionDuty *p = data;
  g_free (p->phrase);
  g_free (p);
}

/* The classes bound by 共同职责 and by a section of general requirements. */
#define KINDS_DEPARTMENTS ((1u << DG_KIND_DEPARTMENT) | (1u << DG_KIND_OFFICE) | (1u << DG_KIND_STATION))
#define KINDS_ALL_UNITS (KINDS_DEPARTMENTS | (1u << DG_KIND_VILLAGE))

static char *
clause_of (const DgNode *node)
{
  g_autoptr (GPtrArray) chain = g_ptr_array_new ();
  for (const DgNode *n = node; n && n->parent; n = n->parent)
    if (n->type == DG_NODE_ITEM)
      g_ptr_array_insert (chain, 0, (gpointer) n);
  /* Articles are numbered through the whole document: 第五条, not
   * 第二章第五条, as it is cited. */
  gboolean articles = FALSE;
  for (guint i = 0; i < chain->len; i++)
    articles |= ((const DgNode *) g_ptr_array_index (chain, i))->style == DG_MARK_ARTICLE;
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < chain->len; i++)
    {
      const DgNode *n = g_ptr_array_index (chain, i);
      /* An unnumbered holder paragraph (派出所：1.…；2.…) is cited by its
       * place among its section's paragraphs (第二部分第2段1), so that no
       * two holders' items share a citation. */
      if (n->style == DG_MARK_NONE)
        g_string_append_printf (out, "第%d段", n->number);
      else if (!(articles && dg_outline_style_divides (n->style)))
        dg_outline_append_token (out, n);
    }
  if (node->type == DG_NODE_PARAGRAPH && node->parent)
    {
      const DgNode *parent = node->parent;
      /* A lone paragraph under an item is that item's own text. */
      gboolean under_section = parent->parent == NULL || parent->parent->parent == NULL;
      if (parent->paragraphs > 1 || parent->items > 0 || under_section)
        g_string_append_printf (out, " 第%d段", node->number);
    }
  return g_string_free (out, FALSE);
}

/* The role in a duty's reason: its name in the model format in English,
 * the role's label in Chinese (负责 …), through the catalogue. */
static const char *
role_word (DgRole role)
{
  /* TRANSLATORS: a role as the import reason names it. */
  static const char *const words[DG_ROLE_COUNT] = {
    NC_ ("import role", "lead"),        NC_ ("import role", "assist"),
    NC_ ("import role", "cooperate"),   NC_ ("import role", "participate"),
    NC_ ("import role", "supervise"),   NC_ ("import role", "guide"),
  };
  g_return_val_if_fail (role < DG_ROLE_COUNT, "?");
  return g_dpgettext2 (NULL, "import role", words[role]);
}

/* The administrative level a holder acts at, for telling an upper
 * authority from a peer: its name's prefix (县交通运输局 → 县), a
 * territorial unit's own (各乡镇 → 镇, 各村 → 村), else the document's. */
static const char *
holder_level (const Import *im, GArray *bodies)
{
  if (bodies == NULL || bodies->len == 0)
    return im->level;
  const DgBody *b = dg_model_body (im->model, g_array_index (bodies, int, 0));
  const char *name = g_str_has_prefix (b->name, "各") ? b->name + strlen ("各") : b->name;
  if (b->kind == DG_KIND_VILLAGE)
    return strstr (name, "乡镇") || strstr (name, "街道") ? "镇" : "村";
  static const char *const prefixes[] = { "县", "区", "市", "省", "镇", "乡", "街道", NULL };
  for (int i = 0; prefixes[i]; i++)
    if (g_str_has_prefix (name, prefixes[i]))
      return prefixes[i];
  return im->level;
}

/* TEXT with organs' names (县应急管理局, 镇安委会办公室) blanked out: a
 * body named as a partner does not make its field the duty's area. */
static char *
without_organs (const char *text)
{
  static GRegex *organ = NULL;
  dg_regex_once (&organ,
                 "(?:[省市县区镇乡]|街道)[^\\s，。；、和的及与]{1,12}?"
                 "(?:局|办公室)",
                 G_REGEX_DEFAULT);
  char *blanked = g_regex_replace_literal (organ, text, -1, 0, "〇", 0, NULL);
  return blanked ? blanked : g_strdup (text);
}

/* TEXT without organs' names (without_organs) and without the names of
 * its own holders and of the body it supports: 乡市场监督管理所负责特种设备…
 * is not about 市场监督管理 because its holder is named so, nor 配合镇中心
 * 学校做好河塘防溺水巡查 about schools. */
static char *
without_holders (Import *im, GArray *bodies, const char *text)
{
  char *out = without_organs (text);
  g_autoptr (GArray) named = g_array_new (FALSE, FALSE, sizeof (int));
  if (bodies)
    g_array_append_vals (named, bodies->data, bodies->len);
  int partner = dg_body_names_partner (im->names, text);
  if (partner >= 0)
    g_array_append_val (named, partner);
  for (guint b = 0; b < named->len; b++)
    {
      const DgBody *body = dg_model_body (im->model, g_array_index (named, int, b));
      for (guint a = 0; a <= body->aliases->len; a++)
        {
          const char *name = a == 0 ? body->name : g_ptr_array_index (body->aliases, a - 1);
          if (g_utf8_strlen (name, -1) < 3 || !strstr (out, name))
            continue;
          g_auto (GStrv) parts = g_strsplit (out, name, -1);
          g_free (out);
          out = g_strjoinv ("〇", parts);
        }
    }
  return out;
}

/* Whether TEXT assists or cooperates with a leader: 协助镇长…,
 * 配合党委书记…, 协助主要负责人…. */
static gboolean
assists_leader (const char *text)
{
  static GRegex *re = NULL;
  dg_regex_once (&re,
                 "^(?:[^，。；]{0,4})(?:协助|配合)[^，。；]{0,8}?"
                 "(?:书记|[镇乡县区市]长|主任|主要负责人|主要领导)",
                 G_REGEX_DEFAULT);
  return g_regex_match (re, text, 0, NULL);
}

/* One duty per role segment, bound to BODIES or to KINDS. */
static void
add_segments (Import *im, GArray *bodies, guint kinds, const char *clause, GPtrArray *segments,
              const DgNode *node, gboolean procedural_only)
{
  g_autoptr (GString) sentence = g_string_new (NULL); /* before this segment */
  for (guint s = 0; s < segments->len; s++)
    {
      const DgRoleSegment *seg = g_ptr_array_index (segments, s);
      if (s > 0)
        {
          const DgRoleSegment *prev = g_ptr_array_index (segments, s - 1);
          if (g_str_has_suffix (prev->text, "。"))
            g_string_truncate (sentence, 0);
          else
            g_string_append (sentence, prev->text);
        }
      DgDuty *d = dg_duty_new ();
      if (bodies)
        g_array_append_vals (d->bodies, bodies->data, bodies->len);
      d->kinds = kinds;
      /* Under 配合职责 a 负责/做好 is the label's cooperation; 协助 stays. */
      d->role = im->label_role >= 0 && seg->role == DG_ROLE_LEAD ? (DgRole) im->label_role : seg->role;
      d->with_upper = seg->with_upper;
      d->clause = g_strdup (clause);
      d->text = g_strdup (seg->text);
      d->loc.file = g_ptr_array_index (im->model->files, 0);
      d->loc.line = node->line;
      d->loc.column = node->column;
      g_autoptr (GString) reason = g_string_new (NULL);
      g_string_append_printf (reason, _ ("role %s: %s"), role_word (seg->role),
                              seg->cued ? seg->cue : _ ("no role verb, lead assumed"));
      int confidence = seg->cued ? 90 : 75;
      g_autoptr (GString) matched = g_string_new (NULL);
      int shortest = 0;
      gboolean steering = kinds != 0;
      for (guint b = 0; bodies && b < bodies->len && !steering; b++)
        {
          DgBodyKind k = dg_model_body (im->model, g_array_index (bodies, int, b))->kind;
          steering = (k == DG_KIND_PARTY || k == DG_KIND_GOVERNMENT || k == DG_KIND_LEADER
                      || k == DG_KIND_COMMITTEE)
                     && (seg->role == DG_ROLE_LEAD || seg->role == DG_ROLE_GUIDE
                         || seg->role == DG_ROLE_SUPERVISE);
          /* A leader assisting a leader (协助镇长落实属地监管责任) shares
           * in the steering; assisting a department's work (协助…开展
           * 应急救援) is work in that department's area. */
          if (k == DG_KIND_LEADER && (seg->role == DG_ROLE_ASSIST || seg->role == DG_ROLE_COOPERATE))
            steering = assists_leader (seg->text);
        }
      if (procedural_only || steering)
        {
          d->procedural = TRUE;
          g_string_append (reason, procedural_only
                                       ? _ ("; areas: none (a general requirement)")
                                       : kinds ? _ ("; areas: none (a duty common to every department: "
                                                    "each in its own field)")
                                               : _ ("; areas: none (leadership: steers every area, "
                                                    "holds none of its own)"));
        }
      else
        {
          g_autofree char *wording = without_holders (im, bodies, seg->text);
          g_array_unref (d->areas);
          d->areas = dg_area_tagger_tag (im->tagger, wording, sentence->str, matched, &shortest);
          if (d->areas->len == 0)
            {
              g_string_append (reason, _ ("; areas: no keyword of any area — review"));
              confidence = MIN (confidence, 40);
            }
          else
            {
              g_string_append_printf (reason, _ ("; areas: %s"), matched->str);
              if (shortest <= 2)
                confidence -= 15;
              if (d->areas->len > 2)
                confidence -= 5 * (int) (d->areas->len - 2);
            }
        }
      if (segments->len > 1)
        confidence -= 5;
      d->confidence = CLAMP (confidence, 0, 100);
      d->reason = g_strndup (reason->str, reason->len); /* not the builder's spare room */
      DgPeriod every;
      int times;
      if (dg_roles_period (seg->text, &every, &times))
        {
          d->every = every;
          d->times = times;
        }
      if (node->implied && node->type == DG_NODE_ITEM)
        d->note = g_strdup ("原文此项未编号");
      g_ptr_array_add (im->model->duties, d);
    }
}

/* How many bytes of TEXT its holders' names take at its start (镇党委、
 * 镇政府负责…), when a verb follows them; 0 when the text does not open
 * with them. */
static gsize
holders_prefix (Import *im, GArray *bodies, const char *text)
{
  const char *p = text;
  for (gboolean again = TRUE; again && bodies;)
    {
      again = FALSE;
      gsize longest = 0;
      for (guint b = 0; b < bodies->len; b++)
        {
          const DgBody *body = dg_model_body (im->model, g_array_index (bodies, int, b));
          for (guint a = 0; a <= body->aliases->len; a++)
            {
              const char *name = a == 0 ? body->name : g_ptr_array_index (body->aliases, a - 1);
              gsize len = strlen (name);
              if (len > longest && g_str_has_prefix (p, name))
                longest = len;
            }
        }
      if (longest > 0)
        {
          p += longest;
          for (const char *const *sep = (const char *const[]){ "、", "和", "及", "与", NULL }; *sep; sep++)
            if (g_str_has_prefix (p, *sep))
              {
                p += strlen (*sep);
                again = TRUE;
                break;
              }
        }
    }
  /* 其负责…: the holder named again by its pronoun. */
  if (p == text && bodies && bodies->len > 0 && g_str_has_prefix (p, "其"))
    p += strlen ("其");
  if (p == text || *p == '\0')
    return 0;
  g_autoptr (GPtrArray) parts = dg_roles_split (p, NULL);
  const DgRoleSegment *first = parts->len ? g_ptr_array_index (parts, 0) : NULL;
  return first && first->cued ? (gsize) (p - text) : 0;
}

static void add_part_duties (Import *im, GArray *bodies, guint kinds, const char *clause,
                             const char *text, const DgNode *node, gboolean procedural_only);

/* One duty per role segment of TEXT, bound to BODIES or to KINDS.  A
 * sentence that names its holders again (…。乡应急管理站组织编制…, …。其负责…)
 * starts its own segments: its role is read after the name. */
static void
add_duties (Import *im, GArray *bodies, guint kinds, const char *clause, const char *text,
            const DgNode *node, gboolean procedural_only)
{
  const char *start = text;
  for (const char *stop = strstr (text, "。"); stop; stop = strstr (stop, "。"))
    {
      stop += strlen ("。");
      if (*stop == '\0' || holders_prefix (im, bodies, stop) == 0)
        continue;
      g_autofree char *sentence = g_strndup (start, (gsize) (stop - start));
      add_part_duties (im, bodies, kinds, clause, sentence, node, procedural_only);
      start = stop;
    }
  add_part_duties (im, bodies, kinds, clause, start, node, procedural_only);
}

static void
add_part_duties (Import *im, GArray *bodies, guint kinds, const char *clause, const char *text,
                 const DgNode *node, gboolean procedural_only)
{
  /* 各村民委员会协助乡政府…: the role is read after the holders' names
   * that open the text, and the names stay in the first part's text. */
  gsize subject = holders_prefix (im, bodies, text);
  g_autoptr (GPtrArray) segments = dg_roles_split (text + subject, holder_level (im, bodies));
  if (subject > 0 && segments->len > 0)
    {
      DgRoleSegment *first = g_ptr_array_index (segments, 0);
      char *whole = g_strdup_printf ("%.*s%s", (int) subject, text, first->text);
      g_free (first->text);
      first->text = whole;
    }
  add_segments (im, bodies, kinds, clause, segments, node, procedural_only);
}

static void
add_body_duties (Import *im, int body, const char *clause, const char *text, const DgNode *node)
{
  g_autoptr (GArray) bodies = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (bodies, body);
  add_duties (im, bodies, 0, clause, text, node, FALSE);
}

static gboolean
mentions_common_duties (const char *s)
{
  return (strstr (s, "共同职责") || strstr (s, "共性职责") || strstr (s, "通用职责"))
         && g_utf8_strlen (s, -1) <= 16;
}

/* 主要职责, 配合职责: labels over a body's items, not bodies. */
static const char *const generic_names[] = { "具体", "共同", "主要", "基本", "工作", "部门", "各部门",
                                             "一般", "通用", "共性", "其他", "成员单位", "配合",
                                             "协助", "参与", "牵头", "协同", "监管", "监督", NULL };

static gboolean
is_generic_name (const char *name)
{
  for (int i = 0; generic_names[i]; i++)
    if (g_str_equal (name, generic_names[i]))
      return TRUE;
  return FALSE;
}

/* The body a heading names, or NULL (具体职责 names none). */
static char *
heading_body (const DgNode *n, char **rest)
{
  *rest = NULL;
  gboolean marked = FALSE;
  g_autofree char *wrapped = dg_holder_heading_name (n->text->str, n->text->len, &marked);
  /* 【镇农业服务中心】: the brackets are the heading's, not the name's. */
  if (wrapped && !g_str_has_prefix (n->text->str, wrapped))
    return g_steal_pointer (&wrapped);
  /* ——乡应急管理站：负责…: the dash or bullet opens the paragraph, not the name. */
  char *name = dg_body_from_heading (dg_outline_skip_bullet (n->text->str), rest);
  if (name == NULL)
    return NULL;
  if (is_generic_name (name))
    {
      g_free (name);
      g_free (*rest);
      *rest = NULL;
      return NULL;
    }
  return name;
}

static void
intern_all (Import *im, GPtrArray *subjects, const char *clause, GArray *bodies)
{
  g_array_set_size (bodies, 0);
  for (guint i = 0; i < subjects->len; i++)
    {
      int b = dg_body_names_intern (im->names, g_ptr_array_index (subjects, i), clause);
      gboolean seen = FALSE;
      for (guint k = 0; k < bodies->len; k++)
        seen |= g_array_index (bodies, int, k) == b;
      if (!seen)
        g_array_append_val (bodies, b);
    }
}

/* An unnumbered line closing N's list that names a subject of its own
 * (镇安委会下设办公室，负责安委会日常工作。) is a sentence of N, not its next
 * item: bound to that subject under N's clause.  False when C is not one. */
static gboolean
closing_sentence (Import *im, const DgNode *n, guint at, GArray *holders)
{
  const DgNode *c = g_ptr_array_index (n->children, at);
  if (c->type != DG_NODE_ITEM || !c->implied || c->children->len > 0)
    return FALSE;
  for (guint i = at + 1; i < n->children->len; i++)
    if (((const DgNode *) g_ptr_array_index (n->children, i))->type == DG_NODE_ITEM)
      return FALSE;
  g_autoptr (GPtrArray) subjects = dg_body_subjects (im->names, c->text->str);
  if (subjects == NULL)
    return FALSE;
  g_autofree char *clause = clause_of (n);
  g_autoptr (GArray) bodies = g_array_new (FALSE, FALSE, sizeof (int));
  intern_all (im, subjects, clause, bodies);
  if (bodies->len == holders->len
      && memcmp (bodies->data, holders->data, sizeof (int) * holders->len) == 0)
    return FALSE;
  add_duties (im, bodies, 0, clause, c->text->str, c, FALSE);
  return TRUE;
}

static void
append_body (GArray *bodies, int b)
{
  for (guint k = 0; k < bodies->len; k++)
    if (g_array_index (bodies, int, k) == b)
      return;
  g_array_append_val (bodies, b);
}

/* The bodies a heading's NAME stands for: each of 镇应急管理办公室、镇安全
 * 生产监督管理站 when every part is a body's name (they hold the items
 * together), else NAME as one body. */
static GArray *
heading_holders (Import *im, const char *name, const char *clause)
{
  GArray *holders = g_array_new (FALSE, FALSE, sizeof (int));
  g_auto (GStrv) parts = g_strsplit (name, "、", -1);
  gboolean each = g_strv_length (parts) > 1;
  for (guint i = 0; parts[i] && each; i++)
    each = dg_body_name_plausible (parts[i]);
  if (!each)
    {
      int body = dg_body_names_intern (im->names, name, clause);
      g_array_append_val (holders, body);
      return holders;
    }
  for (guint i = 0; parts[i]; i++)
    append_body (holders, dg_body_names_intern (im->names, parts[i], clause));
  return holders;
}

/* 主要职责, 配合职责, 具体职责：: a heading that only labels the kind of the
 * items under it. */
static gboolean
is_label (const char *text)
{
  /* 【配合职责】: the brackets are the label's wrapping. */
  gboolean marked = FALSE;
  g_autofree char *bare = dg_holder_heading_unwrap (text, strlen (text), &marked);
  g_autofree char *rest = NULL;
  g_autofree char *name = dg_body_from_heading (bare, &rest);
  return name != NULL && rest == NULL && is_generic_name (name);
}

/* The role a label gives the items under it that name none: 配合职责 →
 * cooperate; -1 when it gives none (主要职责, 具体职责). */
static int
label_role (const char *text)
{
  static const struct {
    const char *word;
    DgRole role;
  } words[] = { { "配合", DG_ROLE_COOPERATE }, { "协助", DG_ROLE_ASSIST }, { "协同", DG_ROLE_COOPERATE },
                { "参与", DG_ROLE_PARTICIPATE }, { "监督", DG_ROLE_SUPERVISE }, { "牵头", DG_ROLE_LEAD } };
  gboolean marked = FALSE;
  g_autofree char *bare = dg_holder_heading_unwrap (text, strlen (text), &marked);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (bare, words[i].word))
      return (int) words[i].role;
  return -1;
}

/* When C, with nothing under it, opens with its own holder and that
 * holder's duties (派出所：负责…, 各村负责：做好…), those duties are the
 * holder's: the (first) holder when C was such a line, else -1. */
static int
add_own_holder_duties (Import *im, const DgNode *c, const char *clause)
{
  if (c->children->len > 0)
    return -1;
  g_autofree char *rest = NULL;
  g_autofree char *name = heading_body (c, &rest);
  if (name == NULL || rest == NULL)
    return -1;
  g_autoptr (GArray) holders = heading_holders (im, name, clause);
  add_duties (im, holders, 0, clause, rest, c, FALSE);
  return g_array_index (holders, int, 0);
}

/* Every item under N (and its sub-items) is a duty of HOLDERS. */
static void
walk_owned (Import *im, const DgNode *n, GArray *holders)
{
  for (guint i = 0; i < n->children->len; i++)
    {
      const DgNode *c = g_ptr_array_index (n->children, i);
      if (c->type == DG_NODE_INTRO || closing_sentence (im, n, i, holders))
        continue;
      g_autofree char *clause = clause_of (c);
      const char *text = c->text->str;
      /* 3.各村负责：做好…: an item that opens with a holder of its own. */
      if (add_own_holder_duties (im, c, clause) >= 0)
        continue;
      gboolean announces = g_str_has_suffix (text, "：") || g_str_has_suffix (text, ":");
      gboolean label = c->children->len > 0 && is_label (text);
      int outer = im->label_role;
      if (c->label)
        im->label_role = label_role (c->label);
      if (!(announces && c->children->len > 0) && !label)
        add_duties (im, holders, 0, clause, text, c, FALSE);
      if (label)
        im->label_role = label_role (text);
      walk_owned (im, c, holders);
      im->label_role = outer;
    }
}

/* TEXT, whose holder nobody named: kept for every unit, with a low
 * confidence, for a reviewer to assign — never dropped. */
static void
add_unbound_duties (Import *im, const char *clause, const char *text, const DgNode *node)
{
  guint from = im->model->duties->len;
  add_duties (im, NULL, KINDS_ALL_UNITS, clause, text, node, FALSE);
  for (guint i = from; i < im->model->duties->len; i++)
    {
      DgDuty *d = g_ptr_array_index (im->model->duties, i);
      d->confidence = MIN (d->confidence, 30);
      char *reason = g_strconcat (d->reason, _ ("; holder: none named — review"), NULL);
      g_free (d->reason);
      d->reason = reason;
    }
}

static void walk_paragraph (Import *im, const DgNode *n, int fallback_body, gboolean item);
static char *position_subject (Import *im, const char *sentence);

/* True when TEXT starts with a body or leader positions as its subject. */
static gboolean
names_subject (Import *im, const char *text)
{
  g_autofree char *positions = position_subject (im, text);
  if (positions)
    return TRUE;
  g_autoptr (GPtrArray) subjects = dg_body_subjects (im->names, text);
  return subjects != NULL;
}

static void
walk_class (Import *im, const DgNode *n, guint kinds, gboolean procedural_only)
{
  for (guint i = 0; i < n->children->len; i++)
    {
      const DgNode *c = g_ptr_array_index (n->children, i);
      if (c->type == DG_NODE_INTRO)
        continue;
      /* 总体要求 may still say who: 县委、县政府对…负总责。党政主要负责人是… */
      if (c->type == DG_NODE_PARAGRAPH && names_subject (im, c->text->str))
        {
          walk_paragraph (im, c, -1, FALSE);
          continue;
        }
      g_autofree char *clause = clause_of (c);
      const char *text = c->text->str;
      gboolean announces = g_str_has_suffix (text, "：") || g_str_has_suffix (text, ":");
      if (!(announces && c->children->len > 0))
        add_duties (im, NULL, kinds, clause, text, c, procedural_only);
      walk_class (im, c, kinds, procedural_only);
    }
}

/* A sentence saying how a body is made up (主任由…担任，成员由…组成):
 * the paragraph's topic sets it, not the position it names. */
static gboolean
states_composition (const char *sentence)
{
  static GRegex *re = NULL;
  dg_regex_once (&re, "^[^，。]{2,30}?由[^。]*?(?:担任|组成|兼任)", G_REGEX_DEFAULT);
  return g_regex_match (re, sentence, 0, NULL);
}

/* The duties of TEXT, held by BODIES until the positions PHRASE names (if
 * any) are known. */
static void
add_sentence_duties (Import *im, GArray *bodies, const char *phrase, const char *clause,
                     const char *text, const DgNode *n)
{
  guint before = im->model->duties->len;
  add_duties (im, bodies, 0, clause, text, n, FALSE);
  for (guint d = before; phrase && d < im->model->duties->len; d++)
    {
      PositionDuty *pd = g_new0 (PositionDuty, 1);
      pd->duty = d;
      pd->phrase = g_strdup (phrase);
      g_ptr_array_add (im->by_position, pd);
    }
}

/* Duties whose subject named positions go to the leaders holding them;
 * when the document lists no such position they stay with the paragraph's
 * subject, marked for review. */
static void
bind_positions (Import *im)
{
  for (guint i = 0; i < im->by_position->len; i++)
    {
      const PositionDuty *pd = g_ptr_array_index (im->by_position, i);
      DgDuty *d = dg_model_duty (im->model, (int) pd->duty);
      g_autoptr (GArray) leaders = dg_body_names_positions (im->names, pd->phrase);
      GString *reason = g_string_new (d->reason);
      if (leaders->len > 0)
        {
          g_array_set_size (d->bodies, 0);
          g_array_append_vals (d->bodies, leaders->data, leaders->len);
          g_string_append_printf (reason, _ ("; holders: %s →"), pd->phrase);
          for (guint b = 0; b < leaders->len; b++)
            g_string_append_printf (reason, " %s",
                                    dg_model_body (im->model, g_array_index (leaders, int, b))->name);
        }
      else
        {
          g_string_append_printf (reason, _ ("; holders: %s names no position listed — review"),
                                  pd->phrase);
          d->confidence = MIN (d->confidence, 50);
          if (d->bodies->len == 0)
            {
              d->kinds = KINDS_ALL_UNITS;
              d->confidence = MIN (d->confidence, 30);
            }
        }
      g_free (d->reason);
      d->reason = g_string_free (reason, FALSE);
    }
}

/* The positions SENTENCE's subject names (班子其他成员对…), unless that is
 * the name of a body already known. */
static char *
position_subject (Import *im, const char *sentence)
{
  char *phrase = dg_body_position_subject (sentence);
  if (phrase && dg_body_names_find (im->names, phrase) >= 0)
    g_clear_pointer (&phrase, g_free);
  return phrase;
}

/* The end of the sentence at P: its full stop, or a comma after which a
 * new subject starts (党政主要负责人是…，班子其他成员对…负领导责任). */
static const char *
unit_end (Import *im, const char *p)
{
  for (const char *q = p; *q; q = g_utf8_next_char (q))
    {
      if (g_str_has_prefix (q, "。"))
        return q + strlen ("。");
      if (!g_str_has_prefix (q, "，"))
        continue;
      const char *next = q + strlen ("，");
      g_autofree char *positions = position_subject (im, next);
      if (positions)
        return next;
      g_autoptr (GPtrArray) subjects = dg_body_subjects (im->names, next);
      if (subjects)
        return next;
    }
  return p + strlen (p);
}

/* The partner an assisting or cooperating duty names (协助镇长…,
 * 协助党委主要负责人…), read once every body is known.  An authority above
 * the holder that the document itself lists (a 村's 协助镇应急管理办公室…) is
 * named as that body rather than as an unnamed upper one. */
static void
bind_partners (Import *im)
{
  for (guint i = 0; i < im->model->duties->len; i++)
    {
      DgDuty *d = dg_model_duty (im->model, (int) i);
      if ((d->role != DG_ROLE_ASSIST && d->role != DG_ROLE_COOPERATE) || d->with_body >= 0)
        continue;
      int partner = dg_body_names_partner (im->names, d->text);
      for (guint b = 0; partner >= 0 && b < d->bodies->len; b++)
        if (g_array_index (d->bodies, int, b) == partner)
          partner = -1; /* 协助本单位…: not a partner */
      if (partner >= 0)
        {
          d->with_body = partner;
          d->with_upper = FALSE;
        }
    }
}

/* Sentences of a paragraph, each starting with its subject or continuing
 * the previous one's: 镇党委要…。镇政府要…。党政主要负责人是…  An ITEM
 * standing alone names its own holder first (其他县级领导班子成员按照…): a
 * position of the document, not a reference to others. */
static void
walk_paragraph (Import *im, const DgNode *n, int fallback_body, gboolean item)
{
  g_autofree char *clause = clause_of (n);
  g_autoptr (GArray) bodies = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) topic = g_array_new (FALSE, FALSE, sizeof (int));
  if (fallback_body >= 0)
    g_array_append_val (topic, fallback_body);
  g_autofree char *phrase = NULL; /* the positions the current text's subject names */
  GString *text = g_string_new (NULL);
  const char *p = n->text->str;
  gboolean first = TRUE;
  while (*p)
    {
      const char *end = unit_end (im, p);
      g_autofree char *sentence = g_strndup (p, (gsize) (end - p));
      g_autoptr (GPtrArray) subjects = item && first ? dg_body_subjects (im->names, sentence) : NULL;
      g_autofree char *positions = subjects ? NULL : position_subject (im, sentence);
      if (!subjects && !positions)
        subjects = dg_body_subjects (im->names, sentence);
      gboolean composition = !subjects && !positions && states_composition (sentence);
      gboolean named = text->len == 0 || bodies->len > 0 || phrase;
      if ((subjects || positions || composition) && named)
        {
          if (text->len > 0)
            add_sentence_duties (im, bodies->len ? bodies : topic, phrase, clause, text->str, n);
          g_string_truncate (text, 0);
          g_clear_pointer (&phrase, g_free);
          if (subjects)
            {
              intern_all (im, subjects, clause, bodies);
              if (first)
                {
                  g_array_set_size (topic, 0);
                  g_array_append_vals (topic, bodies->data, bodies->len);
                }
            }
          else
            {
              g_array_set_size (bodies, 0);
              g_array_append_vals (bodies, topic->data, topic->len);
              phrase = g_steal_pointer (&positions);
            }
        }
      first = FALSE;
      g_string_append (text, sentence);
      p = end;
    }
  if (bodies->len == 0)
    g_array_append_vals (bodies, topic->data, topic->len);
  if (text->len > 0 && (bodies->len > 0 || phrase))
    add_sentence_duties (im, bodies, phrase, clause, text->str, n);
  else if (text->len > 0)
    add_unbound_duties (im, clause, text->str, n);
  g_string_free (text, TRUE);
}

static void walk_container (Import *im, const DgNode *n, int context_body);

/* True when some child heading names a body and has items of its own, or
 * when at least half of N's items open with a holder's name and its duties
 * (1.镇应急办负责：…): then N groups bodies rather than listing one body's
 * duties.  A single item of a body's list that names another holder
 * (3.各村负责：…) leaves the list its body's. */
static gboolean
groups_bodies (const DgNode *n)
{
  guint items = 0, named = 0;
  for (guint i = 0; i < n->children->len; i++)
    {
      const DgNode *c = g_ptr_array_index (n->children, i);
      if (c->type != DG_NODE_ITEM)
        continue;
      if (mentions_common_duties (c->text->str))
        return TRUE;
      items++;
      g_autofree char *rest = NULL;
      g_autofree char *name = heading_body (c, &rest);
      /* 1.主要职责 over （1）…: a label, the items still N's body's. */
      if (c->children->len > 0 && (name || !is_label (c->text->str)))
        return TRUE;
      if (name && rest)
        named++;
    }
  return named > 0 && 2 * named >= items;
}

/* 第二章 站所职责 over articles 第三条 乡应急管理站负责…, 第四条 乡经济发展办公室
 * 负责…: when every item of N (two at least, none with items of its own)
 * opens with a subject, and some subject is not the body NAME the heading
 * names, the heading names a class and the items name the holders. */
static gboolean
items_name_holders (Import *im, const DgNode *n, const char *name)
{
  guint items = 0;
  gboolean other = FALSE;
  g_autofree char *key = dg_normalize_name (name);
  for (guint i = 0; i < n->children->len; i++)
    {
      const DgNode *c = g_ptr_array_index (n->children, i);
      if (c->type == DG_NODE_INTRO)
        continue;
      if (c->type != DG_NODE_ITEM || c->children->len > 0)
        return FALSE;
      g_autoptr (GPtrArray) subjects = dg_body_subjects (im->names, c->text->str);
      if (subjects == NULL)
        return FALSE;
      items++;
      for (guint k = 0; k < subjects->len && !other; k++)
        {
          g_autofree char *subject = dg_normalize_name (g_ptr_array_index (subjects, k));
          other = strstr (subject, key) == NULL && strstr (key, subject) == NULL;
        }
    }
  /* One item is enough when the heading's words are no body's name (村级). */
  return other && (items >= 2 || (items == 1 && !dg_body_name_plausible (name)));
}

/* A task followed by the lists of its holders (牵头单位：…；配合单位：…):
 * one duty per list, the role from its label, the areas from the task.
 * False when TEXT has no such list. */
static gboolean
add_assigned_duties (Import *im, const char *clause, const char *text, const DgNode *node)
{
  gsize task_end = 0;
  g_autoptr (GPtrArray) groups = dg_assignment_read (text, &task_end);
  if (groups == NULL)
    return FALSE;
  g_autofree char *task = task_end > 0 ? g_strndup (text, task_end) : g_strdup (text);
  for (guint i = 0; i < groups->len; i++)
    {
      const DgAssignment *a = g_ptr_array_index (groups, i);
      g_autoptr (GArray) bodies = g_array_new (FALSE, FALSE, sizeof (int));
      intern_all (im, a->names, clause, bodies);
      DgRoleSegment seg = { task, a->role, FALSE, TRUE, a->label };
      g_autoptr (GPtrArray) one = g_ptr_array_new ();
      g_ptr_array_add (one, &seg);
      add_segments (im, bodies, 0, clause, one, node, FALSE);
    }
  return TRUE;
}

/* Walks C; the holder a paragraph named for itself (派出所：负责…), else -1. */
static int
walk_node (Import *im, const DgNode *c, int context_body)
{
  g_autofree char *clause = clause_of (c);
  if (c->type == DG_NODE_INTRO)
    return -1;
  if (c->children->len == 0 && add_assigned_duties (im, clause, c->text->str, c))
    return -1;
  if (c->type == DG_NODE_PARAGRAPH)
    {
      /* 派出所：负责…；负责…。 a paragraph that opens with its holder. */
      int own = add_own_holder_duties (im, c, clause);
      if (own >= 0)
        return own;
      walk_paragraph (im, c, context_body, FALSE);
      return -1;
    }
  if (mentions_common_duties (c->text->str))
    {
      walk_class (im, c, KINDS_DEPARTMENTS, FALSE);
      return -1;
    }
  g_autofree char *rest = NULL;
  g_autofree char *name = heading_body (c, &rest);
  if (name && (c->children->len > 0 || rest) && !groups_bodies (c) && !items_name_holders (im, c, name))
    {
      g_autoptr (GArray) holders = heading_holders (im, name, clause);
      if (rest)
        add_duties (im, holders, 0, clause, rest, c, FALSE);
      walk_owned (im, c, holders);
      return -1;
    }
  if (c->children->len > 0)
    {
      walk_container (im, c, context_body);
      return -1;
    }
  /* A lone item: its own subjects sentence by sentence (镇其他党政领导班子
   * 成员按照…; 第二条 镇党委、镇政府对…负总责。党政主要负责人是…), or the
   * body of the list it stands in. */
  if (names_subject (im, c->text->str))
    walk_paragraph (im, c, context_body, TRUE);
  else if (context_body >= 0)
    add_body_duties (im, context_body, clause, c->text->str, c);
  else
    add_unbound_duties (im, clause, c->text->str, c);
  return -1;
}

/* 街道应急管理办公室职责：负责…。 / 协助区应急管理局开展…。: a paragraph that
 * opens with a duty's verb after a holder's own paragraph goes on with that
 * holder's duties. */
static gboolean
opens_with_duty_verb (const char *text)
{
  static const char *const verbs[] = { "负责", "协助", "配合", "参与", "指导", "监督", "组织", "承担",
                                       "做好", "开展", "督促", "落实", "加强", NULL };
  for (int i = 0; verbs[i]; i++)
    if (g_str_has_prefix (text, verbs[i]))
      return TRUE;
  return FALSE;
}

static void
walk_container (Import *im, const DgNode *n, int context_body)
{
  int paragraph_holder = -1; /* the holder the last NAME：… paragraph named */
  for (guint i = 0; i < n->children->len; i++)
    {
      const DgNode *c = g_ptr_array_index (n->children, i);
      gboolean goes_on = c->type == DG_NODE_PARAGRAPH && paragraph_holder >= 0
                         && opens_with_duty_verb (c->text->str);
      int named = walk_node (im, c, goes_on ? paragraph_holder : context_body);
      if (named >= 0)
        paragraph_holder = named;
      else if (!goes_on)
        paragraph_holder = -1;
    }
}

static gboolean
is_principles (const DgNode *s)
{
  return strstr (s->text->str, "原则") != NULL && g_utf8_strlen (s->text->str, -1) <= 30;
}

static gboolean
is_requirements (const DgNode *s)
{
  static const char *const words[] = { "要求", "保障措施", "保障", "附则", "组织实施", "工作纪律", NULL };
  if (g_utf8_strlen (s->text->str, -1) > 16)
    return FALSE;
  /* 县人力资源和社会保障局： names a body, not 组织保障. */
  g_autofree char *rest = NULL;
  g_autofree char *name = heading_body (s, &rest);
  if (name && dg_body_name_plausible (name))
    return FALSE;
  for (int i = 0; words[i]; i++)
    if (strstr (s->text->str, words[i]))
      return TRUE;
  return FALSE;
}

static char *
strip_end_punctuation (const char *s)
{
  char *t = g_strdup (s);
  gsize len = strlen (t);
  while (len > 0)
    {
      const char *prev = g_utf8_find_prev_char (t, t + len);
      gunichar c = g_utf8_get_char (prev);
      if (c != 0xFF1B && c != ';' && c != 0x3002 && c != 0xFF0C)
        break;
      len = (gsize) (prev - t);
      t[len] = '\0';
    }
  return t;
}

static void
walk_section (Import *im, const DgNode *s)
{
  if (is_principles (s))
    {
      int k = 0;
      for (guint i = 0; i < s->children->len; i++)
        {
          const DgNode *c = g_ptr_array_index (s->children, i);
          if (c->type == DG_NODE_ITEM)
            {
              DgPrinciple *p = g_new0 (DgPrinciple, 1);
              p->id = g_strdup_printf ("principle-%d", ++k);
              p->clause = clause_of (c);
              p->text = strip_end_punctuation (c->text->str);
              p->loc.file = g_ptr_array_index (im->model->files, 0);
              p->loc.line = c->line;
              p->loc.column = c->column;
              g_ptr_array_add (im->model->principles, p);
            }
          else
            walk_node (im, c, -1);
        }
      return;
    }
  if (is_requirements (s))
    {
      walk_class (im, s, KINDS_ALL_UNITS, TRUE);
      return;
    }
  g_autofree char *rest = NULL;
  g_autofree char *name = heading_body (s, &rest);
  if (name && !groups_bodies (s) && s->children->len > 0 && !items_name_holders (im, s, name))
    {
      g_autofree char *clause = clause_of (s);
      g_autoptr (GArray) holders = heading_holders (im, name, clause);
      walk_owned (im, s, holders);
      return;
    }
  if (s->children->len == 0)
    {
      walk_node (im, s, -1);
      return;
    }
  walk_container (im, s, -1);
}

static char *
ascii_id (const DgModel *m, const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  GString *id = g_string_new (NULL);
  for (const char *p = base; *p && *p != '.'; p++)
    if (g_ascii_isalnum (*p) || *p == '-' || *p == '_')
      g_string_append_c (id, g_ascii_tolower (*p));
  if (id->len == 0 || !g_ascii_isalnum (id->str[0]))
    g_string_prepend (id, "doc");
  if (m->year && !strstr (id->str, "20"))
    g_string_append_printf (id, "-%d", m->year);
  return g_string_free (id, FALSE);
}

static void
copy_taxonomy (DgModel *model, const DgModel *taxonomy)
{
  model->taxonomy = g_strdup (taxonomy->taxonomy ? taxonomy->taxonomy : taxonomy->path);
  for (guint i = 0; i < taxonomy->areas->len; i++)
    {
      const DgArea *a = dg_model_area (taxonomy, (int) i);
      DgArea *c = dg_area_copy (a);
      c->loc = (DgLoc){ NULL, 0, 0 }; /* the taxonomy's file is not this model's */
      c->from_taxonomy = TRUE;
      g_ptr_array_add (model->areas, c);
      g_hash_table_insert (model->area_by_id, c->id, GINT_TO_POINTER ((int) i + 1));
    }
}

/* Class duties bind every body of their kinds, as the loader expands them. */
static void
expand_classes (DgModel *m)
{
  for (guint i = 0; i < m->duties->len; i++)
    {
      DgDuty *d = dg_model_duty (m, (int) i);
      if (d->kinds == 0)
        continue;
      g_array_set_size (d->bodies, 0);
      for (guint b = 0; b < m->bodies->len; b++)
        if (d->kinds & (1u << dg_model_body (m, (int) b)->kind))
          g_array_append_val (d->bodies, b);
    }
}

/* Replaces S by the document's own characters when S is read from it. */
static void
quote (DgVerbatim *v, char **s)
{
  if (*s == NULL)
    return;
  char *own = dg_verbatim_lookup (v, *s);
  if (own != NULL)
    {
      g_free (*s);
      *s = own;
    }
}

/* Texts in document order first, so that a repeated text maps to its own
 * place; then the names, which a document repeats at will. */
static void
quote_document (DgModel *model, DgVerbatim *v)
{
  for (guint i = 0; i < model->principles->len; i++)
    quote (v, &((DgPrinciple *) g_ptr_array_index (model->principles, i))->text);
  for (guint i = 0; i < model->duties->len; i++)
    quote (v, &dg_model_duty (model, (int) i)->text);
  dg_verbatim_rewind (v);
  quote (v, &model->title);
  quote (v, &model->number);
  for (guint i = 0; i < model->issuers->len; i++)
    quote (v, (char **) &g_ptr_array_index (model->issuers, i));
  for (guint i = 0; i < model->bodies->len; i++)
    {
      DgBody *b = dg_model_body (model, (int) i);
      quote (v, &b->name);
      for (guint a = 0; a < b->aliases->len; a++)
        quote (v, (char **) &g_ptr_array_index (b->aliases, a));
    }
}

/* Strips a lead's mark (镇规划建设办公室（牵头）) off NAME; whether it had one. */
static gboolean
strip_lead_mark (char *name)
{
  static const char *const marks[] = { "（牵头）", "(牵头)", "（牵头单位）", "(牵头单位)",
                                       "（主责）", "(主责)", "（牵头部门）", "(牵头部门)", NULL };
  for (int i = 0; marks[i]; i++)
    if (g_str_has_suffix (name, marks[i]) && strlen (name) > strlen (marks[i]))
      {
        name[strlen (name) - strlen (marks[i])] = '\0';
        return TRUE;
      }
  return FALSE;
}

/* The bodies a cell of units names, interned with CLAUSE.  When some are
 * marked （牵头）, only they go to BODIES and the others to OTHERS (who
 * cooperate), when OTHERS is given. */
static GArray *
table_bodies_split (Import *im, const char *cell, const char *clause, GArray *others)
{
  GArray *bodies = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GPtrArray) names = dg_table_unit_names (cell);
  gboolean marked = FALSE;
  g_autoptr (GArray) leads = g_array_new (FALSE, FALSE, sizeof (gboolean));
  for (guint n = 0; n < names->len; n++)
    {
      gboolean lead = strip_lead_mark (g_ptr_array_index (names, n));
      g_array_append_val (leads, lead);
      marked |= lead;
    }
  for (guint n = 0; n < names->len; n++)
    {
      int b = dg_body_names_intern (im->names, g_ptr_array_index (names, n), clause);
      append_body (others && marked && !g_array_index (leads, gboolean, n) ? others : bodies, b);
    }
  return bodies;
}

static GArray *
table_bodies (Import *im, const char *cell, const char *clause)
{
  return table_bodies_split (im, cell, clause, NULL);
}

/* A unit cell that says who does what in prose: 镇应急管理办公室牵头，柏溪
 * 派出所、镇市场监督管理所配合 / 镇规划建设办公室负责.  The units before
 * 牵头/负责/主责 go to LEADS, those before 配合/协助/参与/协办 to OTHERS;
 * FALSE (nothing added) when the cell is a plain list of units. */
static gboolean
cell_prose_roles (Import *im, const char *cell, const char *clause, GArray *leads, GArray *others)
{
  if (cell == NULL)
    return FALSE;
  static const char *const lead_words[] = { "牵头", "负责", "主责", NULL };
  static const char *const other_words[] = { "配合", "协助", "参与", "协办", NULL };
  g_auto (GStrv) parts = g_regex_split_simple ("[，,；;。]", cell, 0, 0);
  g_autofree GArray **roles = g_new0 (GArray *, g_strv_length (parts) + 1);
  gboolean any = FALSE;
  for (int i = 0; parts[i]; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));
      GArray *into = NULL;
      for (int w = 0; lead_words[w] && !into; w++)
        if (g_str_has_suffix (part, lead_words[w]) && strlen (part) > strlen (lead_words[w]))
          {
            part[strlen (part) - strlen (lead_words[w])] = '\0';
            into = leads;
          }
      for (int w = 0; other_words[w] && !into; w++)
        if (g_str_has_suffix (part, other_words[w]) && strlen (part) > strlen (other_words[w]))
          {
            part[strlen (part) - strlen (other_words[w])] = '\0';
            into = others;
          }
      if (into != NULL)
        any = TRUE;
      g_free (parts[i]);
      parts[i] = g_steal_pointer (&part);
      roles[i] = into;
    }
  if (!any)
    return FALSE;
  /* Units named with no word of their own (A、B，C配合) lead. */
  for (int i = 0; parts[i]; i++)
    {
      g_autoptr (GArray) named = table_bodies (im, parts[i], clause);
      for (guint k = 0; k < named->len; k++)
        append_body (roles[i] ? roles[i] : leads, g_array_index (named, int, k));
    }
  return TRUE;
}

/* N's text and its sub-items' after it, in order: a cell's item is one
 * duty with everything under it. */
static void
append_subtree (GString *out, const DgNode *n)
{
  g_string_append (out, n->text->str);
  for (guint k = 0; k < n->children->len; k++)
    append_subtree (out, g_ptr_array_index (n->children, k));
}

/* A row of a 单位 | 职责 table: the unit (UNITS, its cell) holds each
 * numbered item of its duty cell in the part the item's own verbs give it,
 * as a heading holds the items under it.  The items are numbered after the row (1.2: row 1,
 * item 2); a cell without numbers is one item. */
/* How many numbered items CELL lists at its top level. */
static guint
numbered_items (const char *cell)
{
  g_autoptr (DgOutline) items = dg_outline_parse (cell);
  guint n = 0;
  for (guint i = 0; i < items->root->children->len; i++)
    if (!((const DgNode *) g_ptr_array_index (items->root->children, i))->implied)
      n++;
  return n;
}

static void
walk_holder_row (Import *im, const DgTableRow *r, const char *units, const char *clause)
{
  g_autoptr (GArray) bodies = table_bodies (im, units, clause);
  const char *cell = r->cells[DG_TABLE_ITEM];
  if (bodies->len == 0 || cell == NULL)
    return;
  DgNode at = { .type = DG_NODE_ITEM, .line = (int) r->line, .column = (int) r->column };
  g_autoptr (DgOutline) items = dg_outline_parse (cell);
  /* Text before the first number is a duty too, unless it introduces
   * the list (主要职责：). */
  for (guint i = 0; i < items->preamble->len; i++)
    {
      const DgNode *p = g_ptr_array_index (items->preamble, i);
      if (!g_str_has_suffix (p->text->str, "：") || items->root->children->len == 0)
        add_duties (im, bodies, 0, clause, p->text->str, &at, FALSE);
    }
  for (guint i = 0; i < items->root->children->len; i++)
    {
      const DgNode *c = g_ptr_array_index (items->root->children, i);
      g_autofree char *sub = g_strdup_printf ("%s.%d", clause, c->number);
      g_autoptr (GString) text = g_string_new (NULL);
      append_subtree (text, c);
      add_duties (im, bodies, 0, sub, text->str, &at, FALSE);
    }
}

/* A table row's duties: its task led by the lead column's units and
 * cooperated in by the cooperating column's, tagged by the task's words
 * (or, when they name no area, its field's, then its group's).  The clause is the row's
 * 序号, else its place among the document's table rows. */
static void
walk_table_row (Import *im, const DgTableRow *r, guint ordinal)
{
  const char *task = r->cells[DG_TABLE_ITEM];
  if (!task && !r->group)
    return; /* units with nothing to do: no text a duty could carry */
  g_autofree char *clause = r->cells[DG_TABLE_SERIAL] ? g_strdup (r->cells[DG_TABLE_SERIAL])
                                                      : g_strdup_printf ("%u", ordinal);
  if (r->cells[DG_TABLE_HOLDER] && !r->cells[DG_TABLE_LEAD] && !r->cells[DG_TABLE_COOPERATE])
    {
      walk_holder_row (im, r, r->cells[DG_TABLE_HOLDER], clause);
      return;
    }
  /* 责任单位 | 职责 with a list of numbered duties in the cell: the unit's
   * duties, each in its own verb's role, as under a 单位 column. */
  if (r->cells[DG_TABLE_LEAD] && !r->cells[DG_TABLE_COOPERATE] && r->cells[DG_TABLE_ITEM]
      && numbered_items (r->cells[DG_TABLE_ITEM]) >= 2)
    {
      walk_holder_row (im, r, r->cells[DG_TABLE_LEAD], clause);
      return;
    }
  static const struct {
    DgTableColumn column;
    DgRole role;
  } roles[] = { { DG_TABLE_LEAD, DG_ROLE_LEAD }, { DG_TABLE_COOPERATE, DG_ROLE_COOPERATE } };
  /* 镇规划建设办公室（牵头）、镇市场监督管理所: in a mixed list the
   * unmarked units cooperate with the marked one. */
  g_autoptr (GArray) unmarked = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) leads = g_array_new (FALSE, FALSE, sizeof (int));
  if (!cell_prose_roles (im, r->cells[DG_TABLE_LEAD], clause, leads, unmarked))
    {
      g_array_unref (leads);
      leads = table_bodies_split (im, r->cells[DG_TABLE_LEAD], clause, unmarked);
    }
  g_autoptr (GArray) cooperating = table_bodies (im, r->cells[DG_TABLE_COOPERATE], clause);
  for (guint k = 0; k < unmarked->len; k++)
    append_body (cooperating, g_array_index (unmarked, int, k));
  for (guint k = 0; k < G_N_ELEMENTS (roles); k++)
    {
      GArray *bodies = roles[k].role == DG_ROLE_LEAD ? leads : cooperating;
      if (bodies->len == 0)
        continue;
      DgDuty *d = dg_duty_new ();
      g_array_append_vals (d->bodies, bodies->data, bodies->len);
      d->role = roles[k].role;
      d->clause = g_strdup (clause);
      d->text = g_strdup (task ? task : r->group);
      d->loc.file = g_ptr_array_index (im->model->files, 0);
      d->loc.line = (int) r->line;
      d->loc.column = (int) r->column;
      if (r->cells[DG_TABLE_BASIS])
        d->note = g_strconcat ("依据", r->cells[DG_TABLE_BASIS], NULL);
      g_autoptr (GString) reason = g_string_new (NULL);
      g_string_append_printf (reason, _ ("role %s: the table's column of %s units"),
                              role_word (roles[k].role),
                              roles[k].role == DG_ROLE_LEAD ? "牵头" : "配合");
      int confidence = 90;
      g_autoptr (GString) matched = g_string_new (NULL);
      int shortest = 0;
      g_array_unref (d->areas);
      d->areas = dg_area_tagger_tag (im->tagger, d->text, NULL, matched, &shortest);
      if (d->areas->len == 0 && r->cells[DG_TABLE_FIELD])
        {
          g_array_unref (d->areas);
          d->areas = dg_area_tagger_tag (im->tagger, r->cells[DG_TABLE_FIELD], NULL, matched, &shortest);
        }
      if (d->areas->len == 0 && r->group)
        {
          g_array_unref (d->areas);
          d->areas = dg_area_tagger_tag (im->tagger, r->group, NULL, matched, &shortest);
        }
      if (!task)
        {
          g_string_append (reason, _ ("; the row names no task"));
          confidence = MIN (confidence, 40);
        }
      if (d->areas->len == 0)
        {
          g_string_append (reason, _ ("; areas: no keyword of any area — review"));
          confidence = MIN (confidence, 40);
        }
      else
        {
          g_string_append_printf (reason, _ ("; areas: %s"), matched->str);
          if (shortest <= 2)
            confidence -= 15;
        }
      d->confidence = CLAMP (confidence, 0, 100);
      d->reason = g_strndup (reason->str, reason->len); /* not the builder's spare room */
      g_ptr_array_add (im->model->duties, d);
    }
}

static void
walk_tables (Import *im, GPtrArray *tables)
{
  guint ordinal = 0;
  for (guint t = 0; t < tables->len; t++)
    {
      const DgTable *table = g_ptr_array_index (tables, t);
      for (guint r = 0; r < table->rows->len; r++)
        walk_table_row (im, g_ptr_array_index (table->rows, r), ++ordinal);
    }
}

/* FOLDED with the lines of TABLES emptied: the outline reads the prose
 * around them, and a table row is never taken for a numbered item. */
static char *
without_tables (const char *folded, GPtrArray *tables)
{
  GString *out = g_string_new (NULL);
  guint line = 1, t = 0;
  for (const char *p = folded; *p; p++)
    {
      while (t < tables->len && ((DgTable *) g_ptr_array_index (tables, t))->last_line < line)
        t++;
      const DgTable *table = t < tables->len ? g_ptr_array_index (tables, t) : NULL;
      gboolean inside = table && line >= table->first_line && line <= table->last_line;
      if (*p == '\n')
        line++;
      if (*p == '\n' || !inside)
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

DgModel *
dg_import_bytes (const char *path, const char *data, gsize length, const DgModel *taxonomy,
                 const DgImportOptions *options, GError **error)
{
  gboolean blank = TRUE;
  for (gsize i = 0; i < length && blank; i++)
    blank = g_ascii_isspace (data[i]);
  if (blank)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_STRUCTURE,
                   _("%s: error: the file is empty; expected the text of a responsibility document"),
                   path);
      return NULL;
    }
  const char *used = NULL;
  g_autofree char *text = dg_import_decode (path, data, length, options ? options->encoding : NULL,
                                            &used, error);
  if (text == NULL)
    return NULL;
  /* Everything is read from the folded text; the model quotes the original. */
  g_autofree char *folded = dg_normalize_text (text);
  g_autoptr (GPtrArray) tables = dg_tables_find (text, folded);
  g_autofree char *prose = tables->len ? without_tables (folded, tables) : NULL;
  g_autoptr (DgOutline) outline = dg_outline_parse (prose ? prose : folded);
  if (outline->root->children->len == 0 && tables->len == 0)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_STRUCTURE,
                   _("%s: error: no numbered structure found; expected headings and items "
                   "numbered 第一条 一、 （一） 1、 （1） or ①, e.g. '1、镇教委履行下列安全生产工作职责：'"),
                   path);
      return NULL;
    }
  g_autoptr (DgModel) model = dg_model_new ();
  model->path = g_strdup (path);
  g_ptr_array_add (model->files, g_strdup (path));
  copy_taxonomy (model, taxonomy);
  g_autofree char *base = g_path_get_basename (path);
  DgPlace place;
  dg_header_read (outline->preamble, model, base, &place);
  model->doc_id = ascii_id (model, path);
  model->source = g_canonicalize_filename (path, NULL);
  g_autoptr (DgBodyNames) names = dg_body_names_new (model, place.place, place.level);
  g_autoptr (DgAreaTagger) tagger = dg_area_tagger_new (taxonomy);
  g_autoptr (GPtrArray) by_position = g_ptr_array_new_with_free_func (position_duty_free);
  Import im = { path, model, taxonomy, names, tagger, place.level, by_position, -1 };
  for (guint i = 0; i < outline->root->children->len; i++)
    walk_section (&im, g_ptr_array_index (outline->root->children, i));
  walk_tables (&im, tables);
  bind_positions (&im);
  bind_partners (&im);
  g_free (place.place);
  g_free (place.level);
  gboolean bound = FALSE;
  for (guint i = 0; i < model->duties->len && !bound; i++)
    bound = dg_model_duty (model, (int) i)->kinds == 0;
  if (model->bodies->len == 0 || !bound)
    {
      const DgNode *first = outline->root->children->len ? g_ptr_array_index (outline->root->children, 0) : NULL;
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_STRUCTURE,
                   _("%s:%d:%d: error: numbered text but no body with duties; expected headings "
                   "that name a body, e.g. '1、镇教委履行下列安全生产工作职责：' followed by its items"),
                   path, first ? first->line : 1, first ? first->column : 1);
      return NULL;
    }
  expand_classes (model);
  g_autoptr (DgVerbatim) verbatim = dg_verbatim_new (text, folded);
  quote_document (model, verbatim);
  return g_steal_pointer (&model);
}

DgModel *
dg_import_file (const char *path, const DgModel *taxonomy, const DgImportOptions *options,
                GError **error)
{
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_IO,
                   g_file_test (path, G_FILE_TEST_EXISTS) ? _("%s: error: not a regular file")
                                                          : _("%s: error: no such file"),
                   path);
      return NULL;
    }
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr (GError) local = NULL;
  if (!g_file_get_contents (path, &data, &length, &local))
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_IO, _("%s: error: cannot read: %s"), path,
                   local->message);
      return NULL;
    }
  if (options && options->max_file_bytes && length > options->max_file_bytes)
    {
      g_set_error (error, DG_IMPORT_ERROR, DG_IMPORT_ERROR_IO,
                   _("%s: error: file is %llu bytes, over the limit of %llu (see --max-file-size)"),
                   path, (unsigned long long) length, (unsigned long long) options->max_file_bytes);
      return NULL;
    }
  /* The file's format decides its reader; the walk reads their UTF-8 text. */
  gsize text_length = 0;
  g_autofree char *text = dg_reader_read (path, data, length, options ? options->encoding : NULL,
                                          &text_length, error);
  if (text == NULL)
    return NULL;
  DgImportOptions utf8 = { NULL, 0 };
  if (options)
    utf8 = *options;
  utf8.encoding = "UTF-8";
  return dg_import_bytes (path, text, text_length, taxonomy, &utf8, error);
}
