/*
 * text.c — escaping and column arithmetic for the text reporters.
 */
#include "render/text.h"

static gboolean
is_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029;
}

void
dg_text_append (GString *out, const char *s)
{
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '\n')
        g_string_append (out, "\\n");
      else if (is_control (c))
        g_string_append_printf (out, "\\x%02x", (guint) c & 0xff);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}

guint
dg_text_width (const char *s)
{
  guint width = 0;
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '\n')
        width += 2;
      else if (is_control (c))
        width += 4;
      else if (g_unichar_iszerowidth (c))
        continue;
      else
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
    "负责 lead", "协助 assist", "配合 cooperate", "参与 participate", "监督 supervise", "指导 guide",
  };
  g_return_val_if_fail (role < DG_ROLE_COUNT, "?");
  return texts[role];
}

const char *
dg_text_holding_role (DgRole role, gboolean with_upper)
{
  if (!with_upper)
    return dg_text_role (role);
  return role == DG_ROLE_COOPERATE ? "配合上级 cooperate-upper" : "协助上级 assist-upper";
}
