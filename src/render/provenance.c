/*
 * provenance.c — the date, version and 编制单位 a deliverable carries.
 */
#include "render/provenance.h"

#include <errno.h>
#include <stdlib.h>

#include <glib/gi18n.h>

/* SOURCE_DATE_EPOCH when it is a whole number of seconds, else now. */
static GDateTime *
made_at (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  if (epoch && *epoch)
    {
      char *end = NULL;
      errno = 0;
      gint64 seconds = g_ascii_strtoll (epoch, &end, 10);
      if (errno == 0 && end && *end == '\0' && seconds >= 0)
        {
          GDateTime *at = g_date_time_new_from_unix_utc (seconds);
          if (at)
            return at;
        }
    }
  return g_date_time_new_now_utc ();
}

DgProvenance *
dg_provenance_new (const DgModel *model, const char *org)
{
  DgProvenance *provenance = g_new0 (DgProvenance, 1);
  if (model)
    {
      provenance->title = g_strdup (model->title);
      provenance->number = g_strdup (model->number);
    }
  provenance->org = org && *org ? g_strdup (org) : NULL;
  g_autoptr (GDateTime) at = made_at ();
  provenance->date = g_date_time_format (at, "%Y-%m-%d");
  provenance->version = g_strdup (DG_VERSION);
  return provenance;
}

void
dg_provenance_free (DgProvenance *provenance)
{
  if (!provenance)
    return;
  g_free (provenance->title);
  g_free (provenance->number);
  g_free (provenance->org);
  g_free (provenance->date);
  g_free (provenance->version);
  g_free (provenance);
}

char *
dg_provenance_line (const DgProvenance *provenance)
{
  GString *line = g_string_new (NULL);
  if (provenance->org)
    {
      /* TRANSLATORS: the body that compiled a deliverable (编制单位). */
      g_string_append_printf (line, _("Compiled by: %s"), provenance->org);
      g_string_append (line, "　");
    }
  /* TRANSLATORS: the date a deliverable was made. */
  g_string_append_printf (line, _("Date: %s"), provenance->date);
  g_string_append (line, "　");
  g_string_append_printf (line, "dutygraph %s", provenance->version);
  return g_string_free (line, FALSE);
}
