/*
 * query.c — matching a user's words to areas and bodies (see query.h).
 */
#include <string.h>

#include "analysis/query.h"

typedef enum { TIER_ID, TIER_NAME, TIER_ALIAS, TIER_SUBSTRING, TIER_NONE } Tier;

static Tier
match_tier (const char *query, const char *id, const char *name, const GPtrArray *aliases)
{
  if (g_str_equal (query, id))
    return TIER_ID;
  if (g_str_equal (query, name))
    return TIER_NAME;
  for (guint i = 0; i < aliases->len; i++)
    if (g_str_equal (query, g_ptr_array_index (aliases, i)))
      return TIER_ALIAS;
  if (strstr (name, query))
    return TIER_SUBSTRING;
  for (guint i = 0; i < aliases->len; i++)
    if (strstr (g_ptr_array_index (aliases, i), query))
      return TIER_SUBSTRING;
  return TIER_NONE;
}

/* Keeps the indexes of the best tier only. */
static void
keep_best (GArray *out, GArray *tiers)
{
  Tier best = TIER_NONE;
  for (guint i = 0; i < tiers->len; i++)
    best = MIN (best, g_array_index (tiers, Tier, i));
  for (guint i = tiers->len; i-- > 0;)
    if (g_array_index (tiers, Tier, i) != best)
      {
        g_array_remove_index (out, i);
        g_array_remove_index (tiers, i);
      }
}

GArray *
dg_query_areas (const DgModel *model, const char *query)
{
  g_autofree char *q = g_strstrip (g_strdup (query));
  GArray *out = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) tiers = g_array_new (FALSE, FALSE, sizeof (Tier));
  if (q[0] == '\0')
    return out;
  for (guint a = 0; a < model->areas->len; a++)
    {
      const DgArea *area = dg_model_area (model, (int) a);
      Tier tier = match_tier (q, area->id, area->name, area->keywords);
      if (tier == TIER_NONE)
        continue;
      int index = (int) a;
      g_array_append_val (out, index);
      g_array_append_val (tiers, tier);
    }
  keep_best (out, tiers);
  /* Drop areas under another match: the ancestor's answer covers them. */
  g_autoptr (GHashTable) matched = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < out->len; i++)
    g_hash_table_add (matched, GINT_TO_POINTER (g_array_index (out, int, i) + 1));
  for (guint i = out->len; i-- > 0;)
    for (int p = dg_model_area (model, g_array_index (out, int, i))->parent; p >= 0;
         p = dg_model_area (model, p)->parent)
      if (g_hash_table_contains (matched, GINT_TO_POINTER (p + 1)))
        {
          g_array_remove_index (out, i);
          break;
        }
  return out;
}

GArray *
dg_query_bodies (const DgModel *model, const char *query)
{
  g_autofree char *q = g_strstrip (g_strdup (query));
  GArray *out = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) tiers = g_array_new (FALSE, FALSE, sizeof (Tier));
  if (q[0] == '\0')
    return out;
  for (guint b = 0; b < model->bodies->len; b++)
    {
      const DgBody *body = dg_model_body (model, (int) b);
      Tier tier = match_tier (q, body->id, body->name, body->aliases);
      if (tier == TIER_NONE)
        continue;
      int index = (int) b;
      g_array_append_val (out, index);
      g_array_append_val (tiers, tier);
    }
  keep_best (out, tiers);
  return out;
}
