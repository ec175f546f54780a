/*
 * calendar-ics.c — owns the iCalendar rendering of periodic obligations.
 *
 * An obligation done N times a period (every: quarter, times: 2) becomes N
 * events, each recurring once a period, their first dates spread evenly
 * over the first period (the k-th starts k/N of the way through it).  That
 * keeps every RRULE a plain FREQ=MONTHLY;INTERVAL=6|3 or FREQ=YEARLY,
 * which every calendar program understands, where BYMONTH lists would
 * have to be worked out per N and per start month.  Recurrences have no
 * COUNT or UNTIL: a document stays in force until it is replaced.  A
 * start day after the 28th is moved back to the 28th, because a monthly
 * rule skips the months that lack the day (RFC 5545 3.3.10).
 */
#include <string.h>

#include "analysis/periodic.h"
#include "render/calendar.h"
#include "util/escape.h"

#define SUMMARY_CHARS 40

/* RFC 5545 3.3.11 TEXT: the ICS policy of util/escape.h. */
static void
append_text (GString *out, const char *s)
{
  dg_escape_ics (out, s);
}

/* Writes LINE folded (RFC 5545 3.1): at most 75 octets per physical line,
 * continuation lines starting with a space, never inside a UTF-8 sequence. */
static void
append_folded (GString *out, const GString *line)
{
  gsize at = 0, room = 75;
  while (line->len - at > room)
    {
      gsize cut = at + room;
      while (cut > at && ((guchar) line->str[cut] & 0xc0) == 0x80)
        cut--;
      g_string_append_len (out, line->str + at, cut - at);
      g_string_append (out, "\r\n ");
      at = cut;
      room = 74;
    }
  g_string_append_len (out, line->str + at, line->len - at);
  g_string_append (out, "\r\n");
}

static void
property (GString *out, const char *name, const char *text)
{
  g_autoptr (GString) line = g_string_new (name);
  g_string_append_c (line, ':');
  append_text (line, text);
  append_folded (out, line);
}

static void
raw_property (GString *out, const char *name, const char *value)
{
  g_autoptr (GString) line = g_string_new (name);
  g_string_append_c (line, ':');
  g_string_append (line, value);
  append_folded (out, line);
}

static const char *
period_label (DgPeriod period)
{
  switch (period)
    {
    case DG_PERIOD_HALF_YEAR:
      return "每半年";
    case DG_PERIOD_QUARTER:
      return "每季度";
    case DG_PERIOD_YEAR:
    case DG_PERIOD_NONE:
    default:
      return "每年";
    }
}

static char *
rrule (DgPeriod period)
{
  if (period == DG_PERIOD_YEAR)
    return g_strdup ("FREQ=YEARLY");
  return g_strdup_printf ("FREQ=MONTHLY;INTERVAL=%u", dg_period_months (period));
}

static char *
date_string (const GDate *date)
{
  return g_strdup_printf ("%04u%02u%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Each duty's place among the duties sharing its clause, from 1: with the
 * clause, a name for the duty that survives edits elsewhere in the model. */
static guint *
clause_ordinals (const DgModel *m)
{
  guint *ordinals = g_new0 (guint, m->duties->len + 1);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint d = 0; d < m->duties->len; d++)
    {
      const char *clause = dg_model_duty (m, (int) d)->clause;
      ordinals[d] = GPOINTER_TO_UINT (g_hash_table_lookup (seen, clause)) + 1;
      g_hash_table_insert (seen, (gpointer) clause, GUINT_TO_POINTER (ordinals[d]));
    }
  return ordinals;
}

static void
append_event (GString *out, const DgModel *m, const DgObligation *o, guint k, guint ordinal,
              const GDate *start, const char *stamp)
{
  const DgDuty *d = dg_model_duty (m, o->duty);
  const DgBody *body = dg_model_body (m, o->body);
  guint times = d->times > 0 ? (guint) d->times : 1;

  GDate first = *start, end = *start;
  g_date_add_months (&end, dg_period_months (d->every));
  guint period_days = (guint) g_date_days_between (start, &end);
  g_date_add_days (&first, k * period_days / times);
  if (g_date_get_day (&first) > 28)
    g_date_set_day (&first, 28);

  g_autofree char *clause_sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, d->clause, -1);
  clause_sum[8] = '\0';
  g_autofree char *uid = g_strdup_printf ("%s-%s-%u-%s-%u@dutygraph", m->doc_id, clause_sum,
                                          ordinal, body->id, k + 1);
  g_autofree char *day = date_string (&first);
  g_autofree char *dtstart = g_strdup_printf ("DTSTART;VALUE=DATE:%s", day);
  g_autofree char *rule = rrule (d->every);

  g_autoptr (GString) summary = g_string_new (body->name);
  g_string_append (summary, "：");
  if (g_utf8_strlen (d->text, -1) > SUMMARY_CHARS)
    {
      g_string_append_len (summary, d->text, g_utf8_offset_to_pointer (d->text, SUMMARY_CHARS) - d->text);
      g_string_append (summary, "…");
    }
  else
    g_string_append (summary, d->text);
  if (times > 1)
    g_string_append_printf (summary, "（%u/%u）", k + 1, times);

  g_autoptr (GString) description = g_string_new (NULL);
  if (m->number)
    g_string_append_printf (description, "%s ", m->number);
  g_string_append_printf (description, "%s\n%s%d次\n%s", d->clause, period_label (d->every),
                          d->times, d->text);

  g_string_append (out, "BEGIN:VEVENT\r\n");
  property (out, "UID", uid);
  raw_property (out, "DTSTAMP", stamp);
  g_string_append (out, dtstart);
  g_string_append (out, "\r\n");
  raw_property (out, "RRULE", rule);
  property (out, "SUMMARY", summary->str);
  property (out, "DESCRIPTION", description->str);
  g_string_append (out, "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
}

char *
dg_render_calendar_ics (const DgGraph *graph, const GDate *start)
{
  const DgModel *m = graph->model;
  g_autoptr (GArray) obligations = dg_periodic_obligations (graph);
  g_autofree char *day = date_string (start);
  g_autofree char *stamp = g_strdup_printf ("%sT000000Z", day);
  GString *out = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                               "PRODID:-//dutygraph//periodic obligations//ZH\r\n"
                               "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n");
  g_autoptr (GString) name = g_string_new (m->number ? m->number : "");
  if (m->title)
    g_string_append_printf (name, "%s《%s》", m->number ? " " : "", m->title);
  property (out, "X-WR-CALNAME", name->str);
  g_autofree guint *ordinals = clause_ordinals (m);
  for (guint i = 0; i < obligations->len; i++)
    {
      const DgObligation *o = &g_array_index (obligations, DgObligation, i);
      guint ordinal = ordinals[o->duty];
      const DgDuty *d = dg_model_duty (m, o->duty);
      for (guint k = 0; k < (guint) MAX (d->times, 1); k++)
        append_event (out, m, o, k, ordinal, start, stamp);
    }
  g_string_append (out, "END:VCALENDAR\r\n");
  return g_string_free (out, FALSE);
}
