/*
 * roles.c — clauses, their governing verbs and the roles they give.
 */
#include <stdlib.h>
#include <string.h>

#include "import/outline.h"
#include "import/roles.h"
#include "util/regex-once.h"

static void
segment_free (gpointer data)
{
  DgRoleSegment *s = data;
  g_free (s->text);
  g_free (s->cue);
  g_free (s);
}

typedef enum {
  CUE_NONE,    /* no verb of its own: takes the role around it */
  CUE_ROLE,    /* a verb that gives a role */
  CUE_FORWARD, /* 对…, without its verb yet: the role comes later */
} CueKind;

typedef struct {
  CueKind kind;
  DgRole role;
  gboolean with_upper;
  const char *cue;
} Cue;

/* Adverbs and linking words before the verb. */
static const char *const lead_ins[] = { "并且", "并", "同时", "另外", "依法依规", "依法", "依规",
                                        "按规定", "按照规定", "积极", "认真", "及时", "主动",
                                        "切实", "准确", "还要", "、", NULL };

/* 一是/二是…: an enumeration inside an item, before the verb. */
static const char *
skip_enumeration (const char *s)
{
  const char *p = s;
  int digits = 0;
  while (*p && digits < 3)
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_utf8_strchr ("一二三四五六七八九十", -1, c))
        break;
      p = g_utf8_next_char (p);
      digits++;
    }
  if (digits > 0 && g_str_has_prefix (p, "是"))
    return p + strlen ("是");
  if (g_str_has_prefix (s, "其") && digits == 0)
    {
      const char *q = g_utf8_next_char (s);
      /* g_utf8_strchr finds the terminating NUL too: 其 at the end is no 其一. */
      if (*q != '\0' && g_utf8_strchr ("一二三四五六七八九十", -1, g_utf8_get_char (q)))
        {
          q = g_utf8_next_char (q);
          if (g_str_has_prefix (q, "，") || g_str_has_prefix (q, "是"))
            return g_utf8_next_char (q);
        }
    }
  return s;
}

static const char *
skip_lead_ins (const char *s)
{
  s = skip_enumeration (dg_outline_skip_bullet (s));
  gboolean again = TRUE;
  while (again)
    {
      again = FALSE;
      for (int i = 0; lead_ins[i]; i++)
        if (g_str_has_prefix (s, lead_ins[i]))
          {
            s += strlen (lead_ins[i]);
            again = TRUE;
            break;
          }
    }
  return s;
}

/* Administrative levels from the bottom; a body of a level above the
 * document's is an upper authority (县… in a town's document, not in a
 * county's). */
static const char *const levels[] = { "村", "乡", "镇", "街道", "区", "县", "市", "省", NULL };
static const int rank[] = { 0, 1, 1, 1, 2, 2, 3, 4 };

static int
rank_of (const char *level)
{
  for (int i = 0; level && levels[i]; i++)
    if (g_str_equal (level, levels[i]))
      return rank[i];
  return 1; /* a town's document unless the header says otherwise */
}

static gboolean
names_upper (const char *s, const char *level)
{
  if (g_str_has_prefix (s, "上级"))
    return TRUE;
  for (int i = 0; levels[i]; i++)
    if (g_str_has_prefix (s, levels[i]))
      return rank[i] > rank_of (level);
  return FALSE;
}

static const char *const lead_verbs[] = {
  "负责", "履行", "承担", "组织", "开展", "落实", "建立", "健全", "制定", "制订", "实施", "完成",
  "做好", "加强", "推动", "推进", "严格", "查处", "打击", "将", "把", "拟定", "研究", "贯彻",
  "宣传", "了解", "掌握", "受理", "承办", "规范", "确保", "保障", "报告", "统计", "管理", "审查",
  "明确", "配置", "督办", "依据", "行使", "完善", "强化", "编制", "调查", "牵头", "会同",
  "协调", "监测", "核查", "审批", NULL
};

static Cue
cue_of (const char *clause, gboolean strong, const char *level)
{
  const char *s = skip_lead_ins (clause);
  Cue c = { CUE_NONE, DG_ROLE_LEAD, FALSE, NULL };
  /* 代表职工监督…: acting for someone names the verb that follows as the
   * clause's own, after a comma as after a full stop. */
  if (g_str_has_prefix (s, "代表"))
    {
      const char *v = s + strlen ("代表");
      for (int chars = 0; *v && chars < 8; chars++, v = g_utf8_next_char (v))
        if (g_str_has_prefix (v, "监督") || g_str_has_prefix (v, "参与")
            || g_str_has_prefix (v, "协助") || g_str_has_prefix (v, "配合"))
          {
            s = v;
            strong = TRUE;
            break;
          }
    }
  if (g_str_has_prefix (s, "协助"))
    {
      c = (Cue){ CUE_ROLE, DG_ROLE_ASSIST, names_upper (s + strlen ("协助"), level), "协助" };
      if (c.with_upper)
        c.cue = "协助上级";
    }
  else if (g_str_has_prefix (s, "配合"))
    {
      c = (Cue){ CUE_ROLE, DG_ROLE_COOPERATE, names_upper (s + strlen ("配合"), level), "配合" };
      if (c.with_upper)
        c.cue = "配合上级";
    }
  else if (g_str_has_prefix (s, "与") && strstr (s, "共同"))
    c = (Cue){ CUE_ROLE, DG_ROLE_COOPERATE, FALSE, "与…共同" };
  else if (g_str_has_prefix (s, "参与"))
    c = (Cue){ CUE_ROLE, DG_ROLE_PARTICIPATE, FALSE, "参与" };
  /* 指导、监督…单位的安全生产工作: a sector body supervising the units of
   * its sector holds that sector; guiding alone does not. */
  else if ((g_str_has_prefix (s, "指导、监督") || g_str_has_prefix (s, "指导监督"))
           && (strstr (s, "单位") || strstr (s, "学校") || strstr (s, "企业") || strstr (s, "机构")))
    c = (Cue){ CUE_ROLE, DG_ROLE_LEAD, FALSE, "指导、监督…单位" };
  else if (g_str_has_prefix (s, "指导") || g_str_has_prefix (s, "鼓励") || g_str_has_prefix (s, "引导"))
    c = (Cue){ CUE_ROLE, DG_ROLE_GUIDE, FALSE, "指导" };
  else if (strong && (g_str_has_prefix (s, "监督") || g_str_has_prefix (s, "督促检查")
                      || g_str_has_prefix (s, "监察")))
    c = (Cue){ CUE_ROLE, DG_ROLE_SUPERVISE, FALSE, "监督" };
  else if (g_str_has_prefix (s, "对"))
    {
      /* 对X进行监督 / 实施监察: the verb closes the clause. */
      /* The last 进行/实施/予以: an earlier one may sit inside the object
       * (对未进行环境影响评价的企业…进行监督). */
      const char *verb = NULL;
      for (const char *const *v = (const char *const[]){ "进行", "实施", "予以", NULL }; *v; v++)
        for (const char *at = strstr (s, *v); at; at = strstr (at + 1, *v))
          if (verb == NULL || at + strlen (*v) > verb)
            verb = at + strlen (*v);
      g_autofree char *object = verb ? g_strndup (s, (gsize) (verb - s)) : NULL;
      /* 依法对…进行监督 / 实施监察: a power the law gives the holder over
       * the parties it names (企业, 监察对象) is its own enforcement, not
       * oversight of another body's work. */
      g_autofree char *before = g_strndup (clause, (gsize) (s - clause));
      gboolean statutory = strstr (before, "依法") != NULL;
      if (verb == NULL)
        c.kind = CUE_FORWARD;
      /* 对…违纪行为进行调查处理: a breach of discipline is an official's,
       * and dealing with it is oversight, not running a sector. */
      else if (strstr (object, "违纪"))
        c = (Cue){ CUE_ROLE, DG_ROLE_SUPERVISE, FALSE, "对…违纪…" };
      /* …but 依法对…工作进行监督 oversees work that others do. */
      else if (statutory && !g_str_has_suffix (object, "工作进行") && !g_str_has_suffix (object, "工作实施")
               && (g_str_has_prefix (verb, "监察") || g_str_has_prefix (verb, "监督")))
        c = (Cue){ CUE_ROLE, DG_ROLE_LEAD, FALSE, "依法对…监督" };
      else if (g_str_has_prefix (verb, "监察"))
        c = (Cue){ CUE_ROLE, DG_ROLE_SUPERVISE, FALSE, "对…实施监察" };
      else if (g_str_has_prefix (verb, "监督") && !g_str_has_prefix (verb, "监督管理")
               && !g_str_has_prefix (verb, "监督检查") && !g_str_has_prefix (verb, "监督抽查"))
        c = (Cue){ CUE_ROLE, DG_ROLE_SUPERVISE, FALSE, "对…进行监督" };
      else
        c = (Cue){ CUE_ROLE, DG_ROLE_LEAD, FALSE, "对…进行" };
    }
  else
    for (int i = 0; lead_verbs[i]; i++)
      if (g_str_has_prefix (s, lead_verbs[i]))
        {
          c = (Cue){ CUE_ROLE, DG_ROLE_LEAD, FALSE, lead_verbs[i] };
          break;
        }
  return c;
}

/* Splits after ，；。 (and their ASCII forms) outside brackets and quotes. */
static GPtrArray *
clauses_of (const char *text, GArray *strong_after)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  int depth = 0;
  const char *start = text;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0xFF08 || c == '(' || c == 0x201C || c == 0x300A || c == 0x3010)
        depth++;
      else if ((c == 0xFF09 || c == ')' || c == 0x201D || c == 0x300B || c == 0x3011) && depth > 0)
        depth--;
      else if (depth == 0
               && (c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002))
        {
          const char *end = g_utf8_next_char (p);
          g_ptr_array_add (out, g_strndup (start, (gsize) (end - start)));
          gboolean strong = c != 0xFF0C && c != ',';
          g_array_append_val (strong_after, strong);
          start = end;
        }
    }
  if (*start)
    {
      g_ptr_array_add (out, g_strdup (start));
      gboolean strong = TRUE;
      g_array_append_val (strong_after, strong);
    }
  return out;
}

static DgRoleSegment *
segment_new (const Cue *cue)
{
  DgRoleSegment *s = g_new0 (DgRoleSegment, 1);
  s->role = cue->kind == CUE_ROLE ? cue->role : DG_ROLE_LEAD;
  s->with_upper = cue->kind == CUE_ROLE && cue->with_upper;
  s->cued = cue->kind == CUE_ROLE;
  s->cue = cue->cue ? g_strdup (cue->cue) : NULL;
  s->text = NULL;
  return s;
}

/* Segments grow clause by clause: a GString each, so a line of a million
 * commas stays linear; turned into plain strings at the end. */
static void
append_text (GHashTable *builders, DgRoleSegment *s, const char *t)
{
  GString *b = g_hash_table_lookup (builders, s);
  if (b == NULL)
    {
      b = g_string_new (NULL);
      g_hash_table_insert (builders, s, b);
    }
  g_string_append (b, t);
}

static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

static void
finish_texts (GPtrArray *segments, GHashTable *builders)
{
  for (guint i = 0; i < segments->len; i++)
    {
      DgRoleSegment *s = g_ptr_array_index (segments, i);
      GString *b = g_hash_table_lookup (builders, s);
      if (b && s->text == NULL)
        s->text = g_strdup (b->str);
    }
}

GPtrArray *
dg_roles_split (const char *text, const char *level)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (segment_free);
  g_autoptr (GArray) strong_after = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr (GPtrArray) clauses = clauses_of (text, strong_after);
  DgRoleSegment *current = NULL;
  GString *pending = NULL; /* 对… clauses waiting for their verb */
  g_autoptr (GHashTable) builders
      = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, string_free);
  gboolean strong = TRUE;  /* the boundary before this clause */
  for (guint i = 0; i < clauses->len; i++)
    {
      const char *clause = g_ptr_array_index (clauses, i);
      Cue cue = cue_of (clause, strong, level);
      if (pending == NULL && cue.kind == CUE_FORWARD)
        {
          pending = g_string_new (clause);
        }
      else if (cue.kind == CUE_ROLE
               && (current == NULL || cue.role != current->role
                   || cue.with_upper != current->with_upper)
               /* 对…实施监察，查处…: after a comma, an ordinary verb goes on
                * with the supervision rather than starting a duty of its own. */
               && !(current != NULL && !strong && current->role == DG_ROLE_SUPERVISE
                    && cue.role == DG_ROLE_LEAD))
        {
          current = segment_new (&cue);
          g_ptr_array_add (out, current);
          if (pending)
            {
              append_text (builders, current, pending->str);
              g_string_free (pending, TRUE);
              pending = NULL;
            }
          append_text (builders, current, clause);
        }
      else if (pending)
        g_string_append (pending, clause);
      else
        {
          if (current == NULL)
            {
              current = segment_new (&cue);
              g_ptr_array_add (out, current);
            }
          else if (!current->cued && cue.kind == CUE_ROLE)
            {
              current->cued = TRUE;
              current->cue = g_strdup (cue.cue);
            }
          append_text (builders, current, clause);
        }
      strong = g_array_index (strong_after, gboolean, i);
      if (pending && strong)
        {
          /* 对… never found its verb in this sentence: it belongs where it is. */
          if (current == NULL)
            {
              Cue none = { CUE_NONE, DG_ROLE_LEAD, FALSE, NULL };
              current = segment_new (&none);
              g_ptr_array_add (out, current);
            }
          append_text (builders, current, pending->str);
          g_string_free (pending, TRUE);
          pending = NULL;
        }
    }
  if (pending)
    g_string_free (pending, TRUE);
  finish_texts (out, builders);
  if (out->len == 0)
    {
      Cue none = { CUE_NONE, DG_ROLE_LEAD, FALSE, NULL };
      current = segment_new (&none);
      current->text = g_strdup (text);
      g_ptr_array_add (out, current);
    }
  return out;
}

gboolean
dg_roles_period (const char *text, DgPeriod *every, int *times)
{
  static GRegex *re = NULL;
  dg_regex_once (&re,
                 "每(半年|季度|年)(?:[^，。；]{0,24}?([0-9]+|一|两|二|三|四) *次|向[^，。；]{0,16}报告)",
                 G_REGEX_DEFAULT);
  g_autoptr (GMatchInfo) m = NULL;
  if (!g_regex_match (re, text, 0, &m))
    return FALSE;
  g_autofree char *period = g_match_info_fetch (m, 1);
  g_autofree char *count = g_match_info_fetch (m, 2);
  *every = g_str_equal (period, "半年") ? DG_PERIOD_HALF_YEAR
           : g_str_equal (period, "季度") ? DG_PERIOD_QUARTER
                                           : DG_PERIOD_YEAR;
  *times = 1;
  if (count && *count)
    {
      if (g_ascii_isdigit (*count))
        *times = CLAMP (atoi (count), 1, 1000);
      else
        *times = g_str_equal (count, "两") || g_str_equal (count, "二") ? 2
                 : g_str_equal (count, "三")                            ? 3
                 : g_str_equal (count, "四")                            ? 4
                                                                        : 1;
    }
  return TRUE;
}
