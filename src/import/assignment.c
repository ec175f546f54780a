/*
 * assignment.c — 牵头单位：…；配合单位：… lists.
 */
#include <string.h>

#include "import/assignment.h"
#include "import/bodies.h"
#include "util/regex-once.h"

void
dg_assignment_free (DgAssignment *a)
{
  if (a == NULL)
    return;
  g_free (a->label);
  g_ptr_array_unref (a->names);
  g_free (a);
}

static GRegex *
label_regex (void)
{
  static GRegex *re = NULL;
  dg_regex_once (&re,
                 "((牵头|主责|责任|负责|配合|协办|协助|参与)(?:单位|部门))"
                 "(?:为)?[：:]",
                 G_REGEX_DEFAULT);
  return re;
}

static DgRole
role_of (const char *word)
{
  if (g_str_equal (word, "配合") || g_str_equal (word, "协办"))
    return DG_ROLE_COOPERATE;
  if (g_str_equal (word, "协助"))
    return DG_ROLE_ASSIST;
  if (g_str_equal (word, "参与"))
    return DG_ROLE_PARTICIPATE;
  return DG_ROLE_LEAD;
}

static DgAssignment *
group_new (DgRole role, const char *label)
{
  DgAssignment *a = g_new0 (DgAssignment, 1);
  a->role = role;
  a->label = g_strdup (label);
  a->names = g_ptr_array_new_with_free_func (g_free);
  return a;
}

/* Names of LIST (镇教委（牵头）、镇派出所和交警中队等): split at 、，,和及
 * with the trailing 等 and end punctuation dropped; a name marked （牵头）
 * goes to *LEAD, and beside it the others of a 责任单位 list cooperate. */
static void
read_names (const char *list, DgAssignment *group, DgAssignment **lead)
{
  g_auto (GStrv) parts = g_regex_split_simple ("[、，,；;。]|和|及", list, 0, 0);
  if (group->role == DG_ROLE_LEAD && (strstr (list, "（牵头）") || strstr (list, "(牵头)")))
    {
      group->role = DG_ROLE_COOPERATE;
      g_autofree char *label = g_strconcat (group->label, "（非牵头）", NULL);
      g_free (group->label);
      group->label = g_steal_pointer (&label);
    }
  for (int i = 0; parts[i]; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (parts[i]));
      /* （牵头单位：镇应急办，配合单位：各村）: the brackets around the lists. */
      while ((g_str_has_suffix (name, "）") && !strstr (name, "（"))
             || (g_str_has_suffix (name, ")") && !strchr (name, '(')))
        name[strlen (name) - (g_str_has_suffix (name, ")") ? 1 : strlen ("）"))] = '\0';
      if (g_str_has_suffix (name, "等") && g_utf8_strlen (name, -1) > 3)
        name[strlen (name) - strlen ("等")] = '\0';
      gboolean leads = FALSE;
      for (const char *const *mark = (const char *const[]){ "（牵头）", "(牵头)", NULL }; *mark; mark++)
        if (g_str_has_suffix (name, *mark))
          {
            name[strlen (name) - strlen (*mark)] = '\0';
            leads = TRUE;
          }
      if (g_utf8_strlen (name, -1) < 2)
        continue;
      if (leads && group->role != DG_ROLE_LEAD)
        {
          if (*lead == NULL)
            *lead = group_new (DG_ROLE_LEAD, "（牵头）");
          g_ptr_array_add ((*lead)->names, g_steal_pointer (&name));
        }
      else
        g_ptr_array_add (group->names, g_steal_pointer (&name));
    }
}

/* Whether every name of GROUP reads as a body's (指定部门, 相关领导 do
 * not: they say who in general, not who). */
static gboolean
names_bodies (const DgAssignment *group)
{
  static const char *const vague[] = { "指定", "相关", "有关", "其他", "其它", "所在", "上述", "属地", NULL };
  for (guint i = 0; i < group->names->len; i++)
    {
      const char *name = g_ptr_array_index (group->names, i);
      for (int v = 0; vague[v]; v++)
        if (g_str_has_prefix (name, vague[v]))
          return FALSE;
      if (!dg_body_name_plausible (name))
        return FALSE;
    }
  return group->names->len > 0;
}

/* 开展燃气安全专项整治。由镇规划建设办公室牵头，镇市场监督管理所、河口
 * 派出所配合。: the holders named in prose after the task, the lead with
 * 牵头/负责/主责 and the others with 配合/协助/参与/协办 after it. */
static GPtrArray *
read_prose (const char *text, gsize *task_end)
{
  static GRegex *re = NULL;
  dg_regex_once (&re,
                 "(?:^|(?<=[。；，]))(由)?([^。；，由]{2,60}?)(?:牵头|负责(?!人)|主责)"
                 "(?:[，、]([^。；]{2,80}?)(配合|协助|参与|协办))?[。；]?$",
                 G_REGEX_DEFAULT);
  g_autoptr (GMatchInfo) m = NULL;
  if (!g_regex_match (re, text, 0, &m))
    return NULL;
  gint start = 0;
  g_match_info_fetch_pos (m, 0, &start, NULL);
  g_autofree char *by = g_match_info_fetch (m, 1);
  /* Without 由 the names must follow a finished task: 开展…。镇应急办牵头. */
  if (start == 0 || (!*by && strncmp (text + start - strlen ("，"), "，", strlen ("，")) == 0))
    return NULL;
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) dg_assignment_free);
  DgAssignment *lead = NULL;
  g_autofree char *leads = g_match_info_fetch (m, 2);
  DgAssignment *first = group_new (DG_ROLE_LEAD, "牵头");
  read_names (leads, first, &lead);
  g_ptr_array_add (groups, first);
  g_autofree char *others = g_match_info_fetch (m, 3);
  g_autofree char *word = g_match_info_fetch (m, 4);
  if (others && *others)
    {
      DgAssignment *group = group_new (role_of (word), word);
      read_names (others, group, &lead);
      g_ptr_array_add (groups, group);
    }
  if (lead)
    g_ptr_array_insert (groups, 0, lead);
  for (guint i = 0; i < groups->len; i++)
    if (!names_bodies (g_ptr_array_index (groups, i)))
      {
        g_ptr_array_unref (groups);
        return NULL;
      }
  *task_end = (gsize) start;
  return groups;
}

GPtrArray *
dg_assignment_read (const char *text, gsize *task_end)
{
  g_autoptr (GMatchInfo) m = NULL;
  if (!g_regex_match (label_regex (), text, 0, &m))
    return read_prose (text, task_end);
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) dg_assignment_free);
  DgAssignment *lead = NULL;
  gboolean first = TRUE;
  while (g_match_info_matches (m))
    {
      gint start = 0, end = 0;
      g_match_info_fetch_pos (m, 0, &start, &end);
      if (first)
        {
          /* 开展…专项整治。（牵头单位：…）: the task ends before the bracket. */
          gsize at = (gsize) start;
          if (at >= strlen ("（") && strncmp (text + at - strlen ("（"), "（", strlen ("（")) == 0)
            at -= strlen ("（");
          else if (at >= 1 && text[at - 1] == '(')
            at -= 1;
          *task_end = at;
        }
      first = FALSE;
      g_autofree char *label = g_match_info_fetch (m, 1);
      g_autofree char *word = g_match_info_fetch (m, 2);
      /* The list runs to the next label, or to the end of its sentence. */
      g_autoptr (GError) ignored = NULL;
      gint next = (gint) strlen (text);
      if (g_match_info_next (m, &ignored))
        g_match_info_fetch_pos (m, 0, &next, NULL);
      const char *stop = g_strstr_len (text + end, next - end, "。");
      g_autofree char *list = g_strndup (text + end, (gsize) ((stop ? stop - text : next) - end));
      DgAssignment *group = group_new (role_of (word), label);
      read_names (list, group, &lead);
      if (group->names->len > 0)
        g_ptr_array_add (groups, group);
      else
        dg_assignment_free (group);
    }
  if (lead)
    g_ptr_array_insert (groups, 0, lead);
  if (groups->len == 0)
    {
      g_ptr_array_unref (groups);
      return NULL;
    }
  return groups;
}
