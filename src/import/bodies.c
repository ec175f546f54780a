/*
 * bodies.c — body names, kinds and ids.
 */
#include <string.h>

#include "import/bodies.h"
#include "util/regex-once.h"

struct DgBodyNames {
  DgModel *model;
  char *place;
  char *level;
  GHashTable *by_key;  /* normalised name -> GINT_TO_POINTER(index + 1) */
  GHashTable *same_as; /* normalised name -> the name it is another name of */
  guint per_kind[DG_KIND_COUNT];
};

static const char *const levels[] = { "街道", "镇", "乡", "县", "区", "市", NULL };

DgBodyNames *
dg_body_names_new (DgModel *model, const char *place, const char *level)
{
  DgBodyNames *n = g_new0 (DgBodyNames, 1);
  n->model = model;
  n->place = g_strdup (place);
  n->level = g_strdup (level);
  n->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n->same_as = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return n;
}

void
dg_body_names_free (DgBodyNames *n)
{
  if (n == NULL)
    return;
  g_free (n->place);
  g_free (n->level);
  g_hash_table_unref (n->by_key);
  g_hash_table_unref (n->same_as);
  g_free (n);
}

static gboolean
strip_prefix (char **s, const char *prefix)
{
  /* Never down to one character: 镇长 stays 镇长. */
  if (prefix == NULL || *prefix == '\0' || !g_str_has_prefix (*s, prefix)
      || g_utf8_strlen (*s + strlen (prefix), -1) < 2)
    return FALSE;
  char *rest = g_strdup (*s + strlen (prefix));
  g_free (*s);
  *s = rest;
  return TRUE;
}

static void
replace_all (char **s, const char *from, const char *to)
{
  if (strstr (*s, from) == NULL)
    return;
  g_auto (GStrv) parts = g_strsplit (*s, from, -1);
  g_free (*s);
  *s = g_strjoinv (to, parts);
}

/* The part of a name that stays when the document writes it shorter:
 * without the place and level (张山子镇教委 → 教委), with the usual
 * abbreviations (安全生产委员会 → 安委会, …办公室 → …办). */
static char *
name_key (const DgBodyNames *n, const char *name)
{
  char *k = g_strdup (name);
  replace_all (&k, "（", "(");
  replace_all (&k, "）", ")");
  replace_all (&k, " ", "");
  replace_all (&k, "安全生产委员会", "安委会");
  if (n->place)
    {
      g_autofree char *with_level = g_strconcat (n->place, n->level ? n->level : "", NULL);
      if (!strip_prefix (&k, with_level))
        strip_prefix (&k, n->place);
    }
  strip_prefix (&k, "中共");
  /* 市场监督管理所, 乡村振兴办: the level's character opens a word there. */
  static const char *const words[] = { "市场", "市政", "乡村", "区域", "县域", "镇村", NULL };
  gboolean opens_word = FALSE;
  for (int i = 0; words[i]; i++)
    opens_word |= g_str_has_prefix (k, words[i]);
  for (int i = 0; levels[i] && !opens_word; i++)
    if (strip_prefix (&k, levels[i]))
      break;
  if (g_str_has_suffix (k, "办公室") && strlen (k) > strlen ("办公室") + 3)
    {
      k[strlen (k) - strlen ("公室")] = '\0';
    }
  return k;
}

static gboolean
contains_any (const char *s, const char *const *words)
{
  for (int i = 0; words[i]; i++)
    if (strstr (s, words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
ends_with_any (const char *s, const char *const *words)
{
  for (int i = 0; words[i]; i++)
    if (g_str_has_suffix (s, words[i]))
      return TRUE;
  return FALSE;
}

DgBodyKind
dg_body_kind_guess (const char *name, const char *place, const char *level)
{
  static const char *const leader[] = { "书记", "镇长", "县长", "乡长", "区长", "主任", "负责人",
                                        "领导", "班子成员", "干部", "分管", NULL };
  static const char *const village[] = { "村", "社区", "工作点", "点村", "片区", "网格", "管区",
                                         NULL };
  static const char *const station_names[] = { "派出所", "中队", "大队", "支队", "支局", "供电",
                                               "消防救援", "公司", "邮政", NULL };
  static const char *const committee[] = { "安委会", "委员会", "领导小组", "指挥部", NULL };
  /* 生产经营单位主要负责人: the operator's own principal, outside the
   * town's organs; he holds his unit's safety, he does not steer. */
  const char *bare = g_str_has_prefix (name, "各") ? name + strlen ("各") : name;
  if (strstr (bare, "生产经营单位") || g_str_has_prefix (bare, "企业") || g_str_has_suffix (bare, "企业"))
    return DG_KIND_EXTERNAL;
  /* 网格员, 安全员: posts in the villages, which hold their ground. */
  if (ends_with_any (name, (const char *const[]){ "网格员", "安全员", "信息员", "协管员", "网格长",
                                                  "组长", "护林员", NULL }))
    return DG_KIND_VILLAGE;
  if (contains_any (name, leader))
    return DG_KIND_LEADER;
  if (g_str_has_prefix (name, "各") && (contains_any (name, village) || strstr (name, "乡镇")
                                        || strstr (name, "街道")))
    return DG_KIND_VILLAGE;
  if (ends_with_any (name, (const char *const[]){ "村", "社区", "村委会", "居委会", NULL }))
    return DG_KIND_VILLAGE;
  if (ends_with_any (name, (const char *const[]){ "党委", "党工委", "县委", "区委", "市委", NULL })
      || (g_str_has_prefix (name, "中共") && g_str_has_suffix (name, "委员会")))
    return DG_KIND_PARTY;
  if (ends_with_any (name, (const char *const[]){ "政府", "办事处", NULL }))
    return DG_KIND_GOVERNMENT;
  if (contains_any (name, committee) && !g_str_has_suffix (name, "办公室")
      && !g_str_has_suffix (name, "办"))
    return DG_KIND_COMMITTEE;
  if (contains_any (name, station_names) || g_str_has_suffix (name, "站"))
    return DG_KIND_STATION;
  /* A unit named after the place but not after its level (张山子国土所,
   * not 镇国土所) is a vertically managed one stationed in the town. */
  if (place && level && g_str_has_prefix (name, place))
    {
      g_autofree char *with_level = g_strconcat (place, level, NULL);
      if (!g_str_has_prefix (name, with_level))
        return DG_KIND_STATION;
    }
  if (g_str_has_suffix (name, "办") || g_str_has_suffix (name, "办公室"))
    return DG_KIND_OFFICE;
  return DG_KIND_DEPARTMENT;
}

static const char *
kind_prefix (DgBodyKind kind)
{
  return dg_kind_name (kind);
}

/* The name NAME stands for: itself, or the body the document said it is
 * another name of (镇应急管理办公室（安全生产委员会办公室）). */
static const char *
canonical_name (const DgBodyNames *n, const char *name, const char *key)
{
  const char *same = g_hash_table_lookup (n->same_as, key);
  return same ? same : name;
}

int
dg_body_names_find (DgBodyNames *n, const char *name)
{
  g_autofree char *written_key = name_key (n, name);
  g_autofree char *key = name_key (n, canonical_name (n, name, written_key));
  gpointer v = g_hash_table_lookup (n->by_key, key);
  return v ? GPOINTER_TO_INT (v) - 1 : -1;
}

static void
add_alias (DgBody *b, const char *alias)
{
  if (g_str_equal (b->name, alias))
    return;
  for (guint i = 0; i < b->aliases->len; i++)
    if (g_str_equal (g_ptr_array_index (b->aliases, i), alias))
      return;
  g_ptr_array_add (b->aliases, g_strdup (alias));
}

/* 镇党委主要负责人（书记） → 镇党委书记, 镇行政主要负责人（镇长） → 镇长:
 * the bracket names the position; the organ is kept unless the title
 * already starts with the level (镇长, 县长). */
static char *
position_name (const DgBodyNames *n, const char *name)
{
  static GRegex *re = NULL;
  dg_regex_once (&re, "^(.*?)(?:行政)?主要负责人[（(](.{1,8})[）)]$", G_REGEX_DEFAULT);
  g_autoptr (GMatchInfo) m = NULL;
  if (!g_regex_match (re, name, 0, &m))
    return NULL;
  g_autofree char *organ = g_match_info_fetch (m, 1);
  g_autofree char *title = g_match_info_fetch (m, 2);
  if ((n->level && g_str_has_prefix (title, n->level)) || g_str_has_suffix (organ, "行政"))
    return g_steal_pointer (&title);
  for (int i = 0; levels[i]; i++)
    if (g_str_has_prefix (title, levels[i]))
      return g_steal_pointer (&title);
  return g_strconcat (organ, title, NULL);
}

/* A leader's position ends a holder's name as an organ's word does
 * (镇党委书记, 分管安全生产工作的副镇长, 其他班子成员). */
static const char *const position_suffixes[] = { "书记", "镇长", "乡长", "县长", "区长", "市长", "旗长",
                                                 "主任", "负责人", "班子成员", "网格员", "安全员",
                                                 "信息员", "协管员", "网格长", "组长", "护林员",
                                                 NULL };

static const char *const body_suffixes[] = { "局", "委", "办", "办公室", "所", "站", "队", "院",
                                             "会", "部", "中心", "公司", "支局", "分局", "政府",
                                             "党委", "处", "社区", "村", "街道", "小组", "室",
                                             "厅", "学校", "总队", "联", "科协", "供销社",
                                             "集团", "林场", "农场", "中学", "小学", "幼儿园",
                                             "园区", "馆", "电视台", "气象台", "企业",
                                             "生产经营单位", "股", "科", NULL };

/* 镇应急管理办公室（安全生产委员会办公室）专职副主任: two names of one body,
 * the second in brackets; later text may use either.  Returns the first
 * name when WRITTEN is nothing but the two (县应急管理局（县安委会办公室）),
 * else NULL. */
static char *
learn_equivalent (DgBodyNames *n, const char *written)
{
  static GRegex *re = NULL;
  dg_regex_once (&re, "^(.{2,24}?)[（(]([^（()）]{2,24})[）)]", G_REGEX_DEFAULT);
  g_autoptr (GMatchInfo) m = NULL;
  if (!g_regex_match (re, written, 0, &m))
    return NULL;
  g_autofree char *outer = g_match_info_fetch (m, 1);
  g_autofree char *inner = g_match_info_fetch (m, 2);
  if (!ends_with_any (outer, body_suffixes) || !ends_with_any (inner, body_suffixes))
    return NULL;
  g_autofree char *outer_key = name_key (n, outer);
  char *inner_key = name_key (n, inner);
  if (g_str_equal (outer_key, inner_key) || g_hash_table_contains (n->by_key, inner_key))
    g_free (inner_key);
  else
    g_hash_table_replace (n->same_as, inner_key, g_strdup (outer));
  gint end = 0;
  g_match_info_fetch_pos (m, 0, NULL, &end);
  return written[end] == '\0' ? g_steal_pointer (&outer) : NULL;
}

/* 乡应急管理办公室（综合监管单位）, 乡农业综合服务站（牵头单位）: a label of
 * the body's part in brackets after its name, which names no body.  The
 * name without it, or NULL when WRITTEN has no such label. */
static char *
without_role_label (const char *written)
{
  const char *open = NULL;
  for (const char *p = written; *p; p = g_utf8_next_char (p))
    if (g_str_has_prefix (p, "（") || *p == '(')
      open = p;
  if (open == NULL || open == written
      || !(g_str_has_suffix (written, "）") || g_str_has_suffix (written, ")")))
    return NULL;
  const char *inner = open + (*open == '(' ? 1 : strlen ("（"));
  gsize inner_len = strlen (inner) - (g_str_has_suffix (written, ")") ? 1 : strlen ("）"));
  g_autofree char *label = g_strndup (inner, inner_len);
  static const char *const words[] = { "牵头", "主责", "配合", "协办", "协助", "负责", "责任", "主管", "监管",
                                       "驻", NULL };
  gboolean role = FALSE;
  for (int i = 0; words[i] && !role; i++)
    role = strstr (label, words[i]) != NULL;
  /* （牵头单位）, （驻乡单位）, or the bare mark （牵头）, （配合）. */
  static const char *const marks[] = { "牵头", "主责", "配合", "协办", "协助", "负责", NULL };
  gboolean kind = g_str_has_suffix (label, "单位") || g_str_has_suffix (label, "部门")
                  || g_str_has_suffix (label, "机构");
  for (int i = 0; marks[i] && !kind; i++)
    kind = g_str_equal (label, marks[i]);
  if (!role || !kind || dg_body_name_plausible (label))
    return NULL;
  g_autofree char *name = g_strndup (written, (gsize) (open - written));
  return dg_body_name_plausible (name) ? g_steal_pointer (&name) : NULL;
}

int
dg_body_names_intern (DgBodyNames *n, const char *written, const char *clause)
{
  g_autofree char *unlabelled = without_role_label (written);
  if (unlabelled)
    written = unlabelled;
  g_autofree char *outer = learn_equivalent (n, written);
  if (outer)
    {
      int index = dg_body_names_intern (n, outer, clause);
      add_alias (dg_model_body (n->model, index), written);
      return index;
    }
  g_autofree char *position = position_name (n, written);
  g_autofree char *written_key = name_key (n, position ? position : written);
  const char *name = canonical_name (n, position ? position : written, written_key);
  g_autofree char *key = name_key (n, name);
  gpointer v = g_hash_table_lookup (n->by_key, key);
  if (v)
    {
      DgBody *b = dg_model_body (n->model, GPOINTER_TO_INT (v) - 1);
      add_alias (b, name);
      if (name != written && position == NULL)
        add_alias (b, written);
      return GPOINTER_TO_INT (v) - 1;
    }
  DgBody *b = dg_body_new ();
  b->name = g_strdup (name);
  b->kind = dg_body_kind_guess (name, n->place, n->level);
  /* Ids: the kind and its count in document order — stable while the
   * document keeps its order, readable in every report. */
  b->id = g_strdup_printf ("%s-%u", kind_prefix (b->kind), ++n->per_kind[b->kind]);
  b->clause = clause ? g_strdup (clause) : NULL;
  if (!g_str_equal (key, name))
    add_alias (b, key);
  add_alias (b, written);
  int index = (int) n->model->bodies->len;
  g_ptr_array_add (n->model->bodies, b);
  g_hash_table_insert (n->model->body_by_id, b->id, GINT_TO_POINTER (index + 1));
  g_hash_table_insert (n->by_key, g_steal_pointer (&key), GINT_TO_POINTER (index + 1));
  return index;
}

static GRegex *
heading_regex (void)
{
  static GRegex *re = NULL;
  dg_regex_once (&re,
                 "^(.{2,60}?)(?:(?:主要)?(?:要|应当)?(?:履行|承担|负有)?(?:在安全生产(?:工作)?方面)?(?:下列|以下|如下)?(?:的)?"
                 "(?:安全生产|安全)?"
                 "(?:工作|监管|监督管理)?(?:工作)?(?:主要)?职责(?:主要)?(?:具体)?(?:包括|如下|是|为)?"
                 /* 镇应急管理办公室负责以下工作： */
                 "|(?:主要)?(?:负责|承担)(?:以下|下列|如下)(?:安全生产)?(?:工作|事项|任务)?(?:职责)?)[：:]?$",
                 G_REGEX_DEFAULT);
  return re;
}


static char *
tidy_name (char *name)
{
  /* 县应急管理局。主要承担以下职责: the name closed by its full stop. */
  const char *stop = strstr (name, "。");
  if (stop && stop > name)
    {
      char *head = g_strndup (name, (gsize) (stop - name));
      g_free (name);
      name = head;
    }
  /* 关于县水利局的安全生产职责: the name after 关于. */
  if (g_str_has_prefix (name, "关于") && g_utf8_strlen (name, -1) > 4)
    {
      char *rest = g_strdup (name + strlen ("关于"));
      g_free (name);
      name = rest;
    }
  /* 镇政府原则上由…分管安全生产工作，其 — a position described, not named. */
  if (strstr (name, "分管安全生产") && (strstr (name, "由") || strstr (name, "，")))
    {
      g_free (name);
      return g_strdup ("分管安全生产工作的负责人");
    }
  gsize len = strlen (name);
  while (len > 0 && (g_str_has_suffix (name, "的") || g_str_has_suffix (name, "，")
                     || g_str_has_suffix (name, "其")))
    {
      const char *prev = g_utf8_find_prev_char (name, name + len);
      len = (gsize) (prev - name);
      name[len] = '\0';
    }
  return name;
}

static GRegex *
bracket_tail (void)
{
  static GRegex *re = NULL;
  dg_regex_once (&re, "[（(][^（()）]*[）)]$", G_REGEX_DEFAULT);
  return re;
}

gboolean
dg_body_name_plausible (const char *name)
{
  glong chars = g_utf8_strlen (name, -1);
  if (chars < 2 || chars > 24)
    return FALSE;
  /* A space parts two names (中共西岭镇委员会 西岭镇人民政府). */
  static const char *const stops[] = { "，", "。", "；", "：", "！", "？", "、", " ", "\t", "　", NULL };
  if (contains_any (name, stops))
    return FALSE;
  /* 负责督促各站所, 组织开展…中心: a duty, not a name. */
  static const char *const verbs[] = { "负责", "组织", "督促", "开展", "做好", "加强", "落实", "协助",
                                       "配合", "参与", "指导", "监督", "按照", "依法", "对", "在",
                                       NULL };
  for (int i = 0; verbs[i]; i++)
    if (g_str_has_prefix (name, verbs[i]))
      return FALSE;
  if (strstr (name, "负责"))
    return FALSE;
  g_autofree char *bare = g_regex_replace_literal (bracket_tail (), name, -1, 0, "", 0, NULL);
  return bare && (ends_with_any (bare, body_suffixes) || ends_with_any (bare, position_suffixes)
                  || g_str_has_suffix (bare, "乡镇"));
}

/* The holder's name in HEAD when HEAD is NAME负责 or NAME主要负责, else NULL. */
static char *
name_before_verb (const char *head)
{
  if (!g_str_has_suffix (head, "负责"))
    return NULL;
  gsize len = strlen (head) - strlen ("负责");
  g_autofree char *name = g_strndup (head, len);
  if (g_str_has_suffix (name, "主要"))
    name[len - strlen ("主要")] = '\0';
  /* 由镇应急办负责: the holder of a task named before, not a heading. */
  if (g_str_has_prefix (name, "由") || !dg_body_name_plausible (name))
    return NULL;
  return g_steal_pointer (&name);
}

char *
dg_body_from_heading (const char *heading, char **rest)
{
  *rest = NULL;
  g_autoptr (GMatchInfo) m = NULL;
  /* The heading's words the pattern needs, looked for first: most lines
   * are items that have none, and the pattern is dear on long ones. */
  gboolean may_head = strstr (heading, "职责") || strstr (heading, "以下") || strstr (heading, "下列")
                      || strstr (heading, "如下");
  if (may_head && g_regex_match (heading_regex (), heading, 0, &m))
    {
      char *name = g_match_info_fetch (m, 1);
      name = tidy_name (name);
      if (*name == '\0' || g_utf8_strlen (name, -1) > 40)
        {
          g_free (name);
          return NULL;
        }
      return name;
    }
  /* 镇应急管理办公室职责：（一）… / …履行下列安全生产职责：负责…: a heading
   * whose items go on after its colon. */
  const char *colon = strstr (heading, "：");
  if (colon && colon[strlen ("：")] != '\0')
    {
      g_autofree char *head = g_strndup (heading, (gsize) (colon - heading) + strlen ("："));
      g_autoptr (GMatchInfo) hm = NULL;
      if (may_head && g_regex_match (heading_regex (), head, 0, &hm))
        {
          char *name = tidy_name (g_match_info_fetch (hm, 1));
          if (*name != '\0' && g_utf8_strlen (name, -1) <= 40 && ends_with_any (name, body_suffixes))
            {
              *rest = g_strdup (colon + strlen ("："));
              return name;
            }
          g_free (name);
        }
    }
  /* 1.街道应急管理办公室负责：统筹协调…；组织开展…。 the holder heads its
   * clauses with its verb, which governs those that carry none. */
  if (colon)
    {
      g_autofree char *head = g_strndup (heading, (gsize) (colon - heading));
      char *name = name_before_verb (head);
      if (name)
        {
          if (colon[strlen ("：")] != '\0')
            *rest = g_strdup (colon + strlen ("："));
          return name;
        }
    }
  /* （一）乡应急管理办公室。一是负责…；二是…: a name closed by a full
   * stop, its duties going on in the same paragraph. */
  const char *stop = strstr (heading, "。");
  if (!colon && stop && stop[strlen ("。")] != '\0')
    {
      g_autofree char *head = g_strndup (heading, (gsize) (stop - heading));
      if (dg_body_name_plausible (head))
        {
          *rest = g_strdup (stop + strlen ("。"));
          return g_steal_pointer (&head);
        }
    }
  /* 县应急管理局：负责… / 县应急管理局 / 县应急管理局。 (a name closed by a
   * full stop heads its items like a colon) */
  gsize name_len = colon ? (gsize) (colon - heading) : strlen (heading);
  if (!colon && g_str_has_suffix (heading, "。"))
    name_len -= strlen ("。");
  g_autofree char *name = g_strndup (heading, name_len);
  glong chars = g_utf8_strlen (name, -1);
  if (chars < 2 || chars > 24 || strstr (name, "，") || strstr (name, "。"))
    return NULL;
  /* 各乡镇（街道）: the suffix is before the bracket. */
  g_autofree char *bare = g_regex_replace_literal (bracket_tail (), name, -1, 0, "", 0, NULL);
  if (bare == NULL
      || !(ends_with_any (bare, body_suffixes) || ends_with_any (bare, position_suffixes)
           || g_str_has_suffix (bare, "乡镇")))
    return NULL;
  if (colon && colon[strlen ("：")] != '\0')
    *rest = g_strdup (colon + strlen ("："));
  return g_steal_pointer (&name);
}

GPtrArray *
dg_body_subjects (DgBodyNames *n, const char *sentence)
{
  /* 镇安委会下设办公室，负责…: the office of that body. */
  static GRegex *sets_up = NULL;
  dg_regex_once (&sets_up,
                 "^(.{2,20}?)下设(?:的)?(?:办公室|办)(?:[，,](?:办公室)?设在([^，。；]{2,24}?)(?=[，,。；]|$))?",
                 G_REGEX_DEFAULT);
  g_autoptr (GMatchInfo) office = NULL;
  if (g_regex_match (sets_up, sentence, 0, &office))
    {
      /* …办公室设在县应急管理局: the host body is the office. */
      g_autofree char *parent = g_match_info_fetch (office, 1);
      g_autofree char *host = g_match_info_fetch (office, 2);
      GPtrArray *one = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (one, host && *host ? g_strdup (host) : g_strconcat (parent, "办公室", NULL));
      return one;
    }
  /* The subject ends where a verb begins: the first such place whose
   * words before it are names (镇市场监督管理所负责…: not 镇市场 before
   * 监督). */
  static GRegex *verb = NULL;
  dg_regex_once (&verb, "^(?:要|应当|应|必须|对|负责(?!人)|是|按照|协助|配合|参与|指导|监督)", G_REGEX_DEFAULT);
  /* A subject is named, never done: 协助镇长负责… opens with a verb. */
  static const char *const verbs[] = { "协助", "配合", "参与", "指导", "监督", "督促", "组织", "负责",
                                       "做好", "落实", "加强", "开展", NULL };
  for (int v = 0; verbs[v]; v++)
    if (g_str_has_prefix (sentence, verbs[v]))
      return NULL;
  const char *const *titles = position_suffixes;
  const char *p = sentence;
  for (int chars = 0; *p && chars <= 30; chars++, p = g_utf8_next_char (p))
    {
      if (chars < 2 || !g_regex_match (verb, p, 0, NULL))
        continue;
      g_autofree char *subject = g_strndup (sentence, (gsize) (p - sentence));
      if (strstr (subject, "，") || strstr (subject, "。") || strstr (subject, "；"))
        return NULL;
      /* 各成员单位要…, 各部门要…: every department, a class, not a body. */
      static const char *const classes[] = { "各成员单位", "各部门", "各有关部门", "各单位", "各有关单位",
                                             "各站所", "各科室", "县直各部门", "镇直各部门", "乡直各单位",
                                             NULL };
      for (int c = 0; classes[c]; c++)
        if (g_str_equal (subject, classes[c]))
          return NULL;
      /* 其他成员单位：按照…: the colon closes the name, it is not in it. */
      if (g_str_has_suffix (subject, "：") && strlen (subject) > strlen ("："))
        subject[strlen (subject) - strlen ("：")] = '\0';
      /* 县教育和体育局负责…: one name with 和 in it, before names parted by
       * 和、及与 (镇党委和镇政府要…). */
      if (!strstr (subject, "、") && (dg_body_names_find (n, subject) >= 0 || dg_body_name_plausible (subject))
          && (strstr (subject, "和") || strstr (subject, "与") || strstr (subject, "及")))
        {
          g_auto (GStrv) halves = g_regex_split_simple ("和|及|与", subject, 0, 0);
          gboolean each = TRUE;
          for (int i = 0; halves[i] && each; i++)
            each = dg_body_names_find (n, halves[i]) >= 0 || dg_body_name_plausible (halves[i]);
          if (!each)
            {
              GPtrArray *one = g_ptr_array_new_with_free_func (g_free);
              g_ptr_array_add (one, g_strdup (subject));
              return one;
            }
        }
      g_auto (GStrv) parts = g_regex_split_simple ("和|、|及|与", subject, 0, 0);
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      gboolean all = TRUE;
      for (int i = 0; parts[i] && all; i++)
        {
          if (*parts[i] == '\0')
            continue;
          all = dg_body_names_find (n, parts[i]) >= 0 || ends_with_any (parts[i], body_suffixes)
                || ends_with_any (parts[i], titles) || strstr (parts[i], "成员")
                || dg_body_name_plausible (parts[i]);
          g_ptr_array_add (names, g_strdup (parts[i]));
        }
      if (all && names->len > 0)
        return g_steal_pointer (&names);
    }
  return NULL;
}

char *
dg_body_position_subject (const char *sentence)
{
  static GRegex *re = NULL;
  dg_regex_once (&re,
                 "^([^，。；：]{0,12}?(?:负责人|成员|领导|书记|干部|一把手))"
                 "(?:是|对|要|应当|应|必须|按照|负|在)",
                 G_REGEX_DEFAULT);
  g_autoptr (GMatchInfo) m = NULL;
  if (!g_regex_match (re, sentence, 0, &m))
    return NULL;
  char *subject = g_match_info_fetch (m, 1);
  if (strstr (subject, "由"))
    {
      g_free (subject);
      return NULL;
    }
  return subject;
}

static gboolean
body_says (const DgBody *b, const char *word)
{
  if (strstr (b->name, word))
    return TRUE;
  for (guint i = 0; i < b->aliases->len; i++)
    if (strstr (g_ptr_array_index (b->aliases, i), word))
      return TRUE;
  return FALSE;
}

/* The party's or the government's first leader: 书记, 镇长, or a position
 * the document wrote as …主要负责人（…）. */
static gboolean
is_principal (const DgBody *b)
{
  if (strstr (b->name, "副") || strstr (b->name, "办公室"))
    return FALSE;
  if (body_says (b, "主要负责人") || g_str_has_suffix (b->name, "书记"))
    return TRUE;
  for (const char *const *t = (const char *const[]){ "镇长", "乡长", "县长", "区长", "市长", NULL }; *t;
       t++)
    if (g_str_has_suffix (b->name, *t))
      return TRUE;
  return FALSE;
}

GArray *
dg_body_names_positions (DgBodyNames *n, const char *phrase)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean principal = strstr (phrase, "主要负责人") || strstr (phrase, "主要领导")
                       || strstr (phrase, "一把手");
  gboolean others = strstr (phrase, "其他") || strstr (phrase, "班子成员") || strstr (phrase, "副职");
  gboolean in_charge = strstr (phrase, "分管") != NULL;
  gboolean party = strstr (phrase, "党") != NULL;
  gboolean government = strstr (phrase, "政") != NULL || strstr (phrase, "行政") != NULL;
  if (strstr (phrase, "党政"))
    party = government = FALSE; /* both: as if neither were named */
  for (guint i = 0; i < n->model->bodies->len; i++)
    {
      const DgBody *b = dg_model_body (n->model, (int) i);
      if (b->kind != DG_KIND_LEADER)
        continue;
      gboolean take = FALSE;
      if (principal)
        {
          gboolean of_party = body_says (b, "党") || strstr (b->name, "书记");
          take = is_principal (b) && (party == government || (party && of_party)
                                      || (government && !of_party));
        }
      else if (others)
        /* The rest of the leadership: its members and those in charge of a
         * field, not an office's own staff. */
        take = !is_principal (b) && !strstr (b->name, "办公室")
               && (strstr (b->name, "班子") || strstr (b->name, "分管") || strstr (b->name, "副"));
      else if (in_charge)
        take = strstr (b->name, "分管") != NULL;
      if (take)
        g_array_append_val (out, i);
    }
  return out;
}

int
dg_body_names_partner (DgBodyNames *n, const char *text)
{
  const char *verb = NULL;
  for (const char *const *v = (const char *const[]){ "协助", "配合", NULL }; *v; v++)
    {
      const char *at = strstr (text, *v);
      if (at && g_utf8_strlen (text, at - text) <= 8 && (verb == NULL || at < verb))
        verb = at;
    }
  if (verb == NULL)
    return -1;
  /* The longest start of the words after the verb that names one body
   * or one position. */
  const char *object = verb + strlen ("协助");
  int partner = -1;
  const char *p = object;
  for (int chars = 1; *p && chars <= 20; chars++)
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0x3001)
        break;
      p = g_utf8_next_char (p);
      if (chars < 2)
        continue;
      g_autofree char *prefix = g_strndup (object, (gsize) (p - object));
      int found = dg_body_names_find (n, prefix);
      if (found < 0 && g_str_has_suffix (prefix, "负责人"))
        {
          g_autoptr (GArray) leaders = dg_body_names_positions (n, prefix);
          if (leaders->len == 1)
            found = g_array_index (leaders, int, 0);
        }
      if (found >= 0)
        partner = found;
    }
  return partner;
}
