/*
 * text.c — escaping and column arithmetic for the text reporters.
 */
#include <glib/gi18n.h>

#include "render/text.h"
#include "util/escape.h"

void
dg_text_append (GString *out, const char *s)
{
  dg_escape_terminal (out, s, -1);
}

guint
dg_text_width (const char *s)
{
  g_autofree char *shown = dg_escape_terminal_dup (s);
  guint width = 0;
  for (const char *p = shown; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_iszerowidth (c))
        width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

void
dg_text_append_padded (GString *out, const char *s, guint width)
{
  dg_text_append (out, s);
  guint w = dg_text_width (s);
  do
    g_string_append_c (out, ' ');
  while (++w < width);
}

char *
dg_text_area_path (const DgModel *model, int area)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  for (int a = area; a >= 0; a = dg_model_area (model, a)->parent)
    g_ptr_array_insert (names, 0, dg_model_area (model, a)->name);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" › ", (char **) names->pdata);
}

const char *
dg_text_role (DgRole role)
{
  static const char *const texts[DG_ROLE_COUNT] = {
    N_ ("负责 lead"), N_ ("协助 assist"), N_ ("配合 cooperate"), N_ ("参与 participate"),
    N_ ("监督 supervise"), N_ ("指导 guide"),
  };
  g_return_val_if_fail (role < DG_ROLE_COUNT, "?");
  return _ (texts[role]);
}

const char *
dg_text_holding_role (DgRole role, gboolean with_upper)
{
  if (!with_upper)
    return dg_text_role (role);
  return role == DG_ROLE_COOPERATE ? _ ("配合上级 cooperate-upper") : _ ("协助上级 assist-upper");
}

const char *
dg_text_finding_kind (DgFindingKind kind)
{
  return g_dpgettext2 (NULL, "finding", dg_finding_kind_info (kind)->name);
}

const char *
dg_text_verdict (DgVerdict verdict)
{
  static const char *const texts[] = {
    NC_ ("verdict", "holds"), NC_ ("verdict", "violated"), NC_ ("verdict", "not-checkable"),
  };
  g_return_val_if_fail (verdict <= DG_VERDICT_NOT_CHECKABLE, "?");
  return g_dpgettext2 (NULL, "verdict", texts[verdict]);
}

const char *
dg_text_severity (DgSeverity severity)
{
  static const char *const texts[] = {
    NC_ ("severity", "info"), NC_ ("severity", "warning"), NC_ ("severity", "error"),
  };
  g_return_val_if_fail (severity <= DG_SEVERITY_ERROR, "?");
  return g_dpgettext2 (NULL, "severity", texts[severity]);
}

const char *
dg_text_kind (DgBodyKind kind)
{
  static const char *const texts[DG_KIND_COUNT] = {
    NC_ ("body kind", "party"),      NC_ ("body kind", "government"), NC_ ("body kind", "leader"),
    NC_ ("body kind", "committee"),  NC_ ("body kind", "office"),     NC_ ("body kind", "department"),
    NC_ ("body kind", "station"),    NC_ ("body kind", "village"),    NC_ ("body kind", "external"),
  };
  g_return_val_if_fail (kind < DG_KIND_COUNT, "?");
  return g_dpgettext2 (NULL, "body kind", texts[kind]);
}

const char *
dg_text_period (DgPeriod period)
{
  static const char *const texts[] = {
    "", NC_ ("period", "half-year"), NC_ ("period", "quarter"), NC_ ("period", "year"),
  };
  g_return_val_if_fail (period <= DG_PERIOD_YEAR, "?");
  return period == DG_PERIOD_NONE ? "" : g_dpgettext2 (NULL, "period", texts[period]);
}

void
dg_text_append_holdings (GString *out, const DgModel *m, const GArray *holdings, const char *indent)
{
  guint role_w = 0, body_w = 0, clause_w = 0;
  for (guint i = 0; i < holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (holdings, DgHolding, i);
      role_w = MAX (role_w, dg_text_width (dg_text_holding_role (h->role, h->with_upper)));
      body_w = MAX (body_w, dg_text_width (dg_model_body (m, h->body)->name));
      clause_w = MAX (clause_w, dg_text_width (dg_model_duty (m, h->duty)->clause));
    }
  for (guint i = 0; i < holdings->len; i++)
    {
      const DgHolding *h = &g_array_index (holdings, DgHolding, i);
      const DgDuty *duty = dg_model_duty (m, h->duty);
      g_string_append (out, indent);
      dg_text_append_padded (out, dg_text_holding_role (h->role, h->with_upper), role_w + 2);
      dg_text_append_padded (out, dg_model_body (m, h->body)->name, body_w + 2);
      dg_text_append_padded (out, duty->clause, clause_w + 2);
      dg_text_append (out, duty->text);
      if (h->class_wide)
        g_string_append (out, _ ("  (common duty)"));
      g_string_append_c (out, '\n');
    }
}

void
dg_text_append_header (GString *out, const DgModel *m)
{
  if (m->number)
    {
      dg_text_append (out, m->number);
      g_string_append_c (out, ' ');
    }
  g_string_append (out, "《");
  dg_text_append (out, m->title ? m->title : "");
  g_string_append (out, "》\n");
  g_autoptr (GString) path = g_string_new (NULL);
  dg_text_append (path, m->path);
  g_autofree char *bodies = g_strdup_printf (
      ngettext ("%u body", "%u bodies", m->bodies->len), m->bodies->len);
  g_autofree char *areas = g_strdup_printf (
      ngettext ("%u area", "%u areas", m->areas->len), m->areas->len);
  g_autofree char *duties = g_strdup_printf (
      ngettext ("%u duty", "%u duties", m->duties->len), m->duties->len);
  /* TRANSLATORS: model PATH: N bodies, N areas, N duties */
  g_string_append_printf (out, _ ("model %s: %s, %s, %s\n"), path->str, bodies, areas, duties);
}

void
dg_text_append_area (GString *out, const DgModel *m, int area)
{
  g_autofree char *path = dg_text_area_path (m, area);
  dg_text_append (out, dg_model_area (m, area)->id);
  g_string_append (out, "  ");
  dg_text_append (out, path);
}
