/*
 * header.c — reading the lines before the first numbered heading.
 */
#include <stdlib.h>
#include <string.h>

#include "import/header.h"

static GRegex *
regex (GRegex **slot, const char *pattern)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, g_regex_new (pattern, G_REGEX_DEFAULT, 0, NULL));
  return *slot;
}

static gboolean
is_title (const char *s)
{
  static const char *const words[] = { "意见", "通知", "办法", "规定", "方案", "清单", "职责", "决定", NULL };
  if (g_str_has_suffix (s, "：") || g_str_has_suffix (s, ":") || strstr (s, "。"))
    return FALSE;
  if (g_str_has_prefix (s, "关于"))
    return TRUE;
  for (int i = 0; words[i]; i++)
    if (g_str_has_suffix (s, words[i]))
      return TRUE;
  return FALSE;
}

void
dg_header_read (const GPtrArray *preamble, DgModel *model, const char *fallback_title,
                DgPlace *place)
{
  static GRegex *number_re, *issuer_re, *place_re, *date_re, *title_year_re, *title_place_re;
  place->place = NULL;
  place->level = NULL;
  for (guint i = 0; i < preamble->len; i++)
    {
      const DgNode *n = g_ptr_array_index (preamble, i);
      const char *s = n->text->str;
      g_autoptr (GMatchInfo) m = NULL;
      if (model->number == NULL
          && g_regex_match (regex (&number_re, "^\\S{1,12}[〔\\[［（(]([0-9]{4})[〕\\]］）)]\\s*[0-9]+\\s*号$"), s,
                            0, &m))
        {
          model->number = g_strdup (s);
          g_autofree char *year = g_match_info_fetch (m, 1);
          model->year = atoi (year);
          continue;
        }
      if (model->title == NULL && is_title (s) && g_utf8_strlen (s, -1) <= 80)
        {
          model->title = g_strdup (s);
          continue;
        }
      /* The issuing organs, before the title or after it: every name on
       * the line an organ's (中共石河县委员会 石河县人民政府). */
      if (model->issuers->len == 0 && g_utf8_strlen (s, -1) <= 80 && !g_str_has_prefix (s, "各"))
        {
          g_auto (GStrv) parts = g_regex_split_simple ("[\\s　]+", s, 0, 0);
          gboolean organs = parts[0] != NULL;
          for (int k = 0; parts[k] && organs; k++)
            organs = *parts[k] == '\0'
                     || g_regex_match (regex (&issuer_re, "^\\p{Han}{2,30}(委员会|人民政府|政府|办公室|党委|委|局|办事处)$"),
                                       parts[k], 0, NULL);
          for (int k = 0; parts[k] && organs; k++)
            if (*parts[k])
              g_ptr_array_add (model->issuers, g_strdup (parts[k]));
          if (organs)
            continue;
        }
      /* No 文号: the year of a date line (2024年5月6日). */
      g_autoptr (GMatchInfo) date = NULL;
      if (model->year == 0
          && g_regex_match (regex (&date_re, "^((?:19|20)[0-9]{2})年[0-9]{1,2}月([0-9]{1,2}日)?$"), s, 0, &date))
        {
          g_autofree char *year = g_match_info_fetch (date, 1);
          model->year = atoi (year);
        }
    }
  if (model->title == NULL)
    model->title = g_strdup (fallback_title);
  /* …or the year the title names (西岭镇2024年安全生产重点工作任务分工方案). */
  g_autoptr (GMatchInfo) in_title = NULL;
  if (model->year == 0
      && g_regex_match (regex (&title_year_re, "((?:19|20)[0-9]{2})年"), model->title, 0, &in_title))
    {
      g_autofree char *year = g_match_info_fetch (in_title, 1);
      model->year = atoi (year);
    }
  /* 中共张山子镇委员会 / 张山子镇人民政府 / XX县安全生产委员会 → 张山子, 镇 */
  for (guint i = 0; i <= model->issuers->len && place->place == NULL; i++)
    {
      const char *s = i < model->issuers->len ? g_ptr_array_index (model->issuers, i) : model->title;
      g_autoptr (GMatchInfo) m = NULL;
      if (g_regex_match (regex (&place_re, "^(?:中共|关于)?(\\p{Han}{2,8}?)(街道|镇|乡|县|区|市)"
                                           "(?:人民政府|委员会|党委|办事处|安全生产委员会|政府|安委会|各)"),
                         s, 0, &m))
        {
          place->place = g_match_info_fetch (m, 1);
          place->level = g_match_info_fetch (m, 2);
        }
    }
  /* A title that starts with its place (河口镇安全生产工作责任规定, 西岭镇2024年…). */
  g_autoptr (GMatchInfo) titled = NULL;
  if (place->place == NULL
      && g_regex_match (regex (&title_place_re, "^(?:中共|关于)?(\\p{Han}{2,6}?)(街道|镇|乡|县|区)"
                                                "(?=(?:19|20)[0-9]{2}|安全|人民|党委|政府|关于|应急|“)"),
                        model->title, 0, &titled))
    {
      place->place = g_match_info_fetch (titled, 1);
      place->level = g_match_info_fetch (titled, 2);
    }
}
