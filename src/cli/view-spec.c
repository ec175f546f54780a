/*
 * view-spec.c — reading --view (see view-spec.h).
 */
#include <glib/gi18n.h>

#include <string.h>

#include "analysis/query.h"
#include "cli/cli.h"
#include "cli/view-spec.h"

gboolean
dg_view_parse (const DgModel *model, const char *spec, DgDiagramOptions *options, GError **error)
{
  if (spec == NULL || g_str_equal (spec, "ownership"))
    {
      options->kind = DG_VIEW_OWNERSHIP;
      options->index = -1;
      return TRUE;
    }
  if (g_str_equal (spec, "coordination"))
    {
      options->kind = DG_VIEW_COORDINATION;
      options->index = -1;
      return TRUE;
    }
  gboolean is_area = g_str_has_prefix (spec, "area:");
  gboolean is_body = g_str_has_prefix (spec, "body:");
  if (!is_area && !is_body)
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                   _ ("unknown view '%s' (expected ownership, coordination, area:ID or body:ID)"), spec);
      return FALSE;
    }
  const char *what = is_area ? _ ("area") : _ ("body");
  const char *query = strchr (spec, ':') + 1;
  if (query[0] == '\0')
    {
      g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _ ("view '%s' names no %s"), spec, what);
      return FALSE;
    }

  int index = is_area ? dg_model_area_index (model, query) : dg_model_body_index (model, query);
  if (index < 0)
    {
      g_autoptr (GArray) found = is_area ? dg_query_areas (model, query) : dg_query_bodies (model, query);
      if (found->len == 0)
        {
          g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE, _ ("no %s '%s' in the model"), what, query);
          return FALSE;
        }
      if (found->len > 1)
        {
          g_autoptr (GString) ids = g_string_new (NULL);
          for (guint i = 0; i < found->len && i < 8; i++)
            {
              int k = g_array_index (found, int, i);
              g_string_append_printf (ids, "%s%s", i ? ", " : "",
                                      is_area ? dg_model_area (model, k)->id : dg_model_body (model, k)->id);
            }
          if (found->len > 8)
            g_string_append (ids, ", …");
          g_set_error (error, DG_CLI_ERROR, DG_CLI_ERROR_USAGE,
                       is_area ? ngettext ("'%s' matches %u area (%s); give an id",
                                           "'%s' matches %u areas (%s); give an id", found->len)
                               : ngettext ("'%s' matches %u body (%s); give an id",
                                           "'%s' matches %u bodies (%s); give an id", found->len),
                       query, found->len, ids->str);
          return FALSE;
        }
      index = g_array_index (found, int, 0);
    }
  options->kind = is_area ? DG_VIEW_AREA : DG_VIEW_BODY;
  options->index = index;
  return TRUE;
}
