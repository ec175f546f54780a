/*
 * regex-once.c — see regex-once.h.
 */
#include "util/regex-once.h"

GRegex *
dg_regex_once (GRegex **slot, const char *pattern, GRegexCompileFlags flags)
{
  if (g_once_init_enter (slot))
    {
      g_autoptr (GError) error = NULL;
      GRegex *re = g_regex_new (pattern, flags, 0, &error);
      if (re == NULL)
        g_error ("pattern %s: %s", pattern, error->message);
      g_once_init_leave (slot, re);
    }
  return *slot;
}
