/*
 * style.c — how every diagram looks: the colours of body kinds, the line
 * palette of the wall chart, and the graph's default fonts and sizes.
 * The colour names themselves are in style.h.
 */
#include "render/diagram/style.h"

/* Blues, greens and neutrals only: red and yellow belong to findings. */
const char *const dg_diagram_kind_fill[DG_KIND_COUNT] = {
  [DG_KIND_PARTY] = "#e4d4f0",      [DG_KIND_GOVERNMENT] = "#c9dcf2",
  [DG_KIND_LEADER] = "#d9d4f5",     [DG_KIND_COMMITTEE] = "#c4e6e0",
  [DG_KIND_OFFICE] = "#d3ebd0",     [DG_KIND_DEPARTMENT] = "#dbe8f5",
  [DG_KIND_STATION] = "#e3edc9",    [DG_KIND_VILLAGE] = "#efe4d2",
  [DG_KIND_EXTERNAL] = "#e4e4e4",
};

/* Line colours of the wall chart, one per body in turn, so a line can be
 * followed across the page; no red or yellow, which mark findings. */
const char *const dg_diagram_line_palette[DG_DIAGRAM_LINE_COLORS] = {
  "#1f5fa8", "#2e8b3a", "#7b4fa8", "#8c5a2b", "#138a8a",
  "#d9730d", "#2b3f8c", "#6b7a1e", "#b0368a", "#4d6470",
};

gboolean
dg_diagram_set_defaults (Agraph_t *g, const char *font)
{
  struct { int kind; const char *name, *value; } defaults[] = {
    { AGRAPH, "rankdir", "LR" },
    { AGRAPH, "fontname", font },
    { AGRAPH, "fontsize", "14" },
    { AGRAPH, "fontcolor", COLOR_TEXT },
    { AGRAPH, "outputorder", "edgesfirst" },
    { AGRAPH, "remincross", "true" },
    { AGRAPH, "pad", "0.4" },
    { AGNODE, "fontname", font },
    { AGNODE, "fontsize", "13" },
    { AGNODE, "fontcolor", COLOR_TEXT },
    { AGNODE, "color", COLOR_LINE },
    { AGNODE, "margin", "0.12,0.04" },
    { AGNODE, "height", "0.36" },
    { AGEDGE, "fontname", font },
    { AGEDGE, "fontsize", "10" },
    { AGEDGE, "fontcolor", COLOR_TEXT },
    { AGEDGE, "color", COLOR_LINE },
    { AGEDGE, "arrowsize", "0.6" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    if (agattr (g, defaults[i].kind, (char *) defaults[i].name, (char *) defaults[i].value) == NULL)
      return FALSE;
  return TRUE;
}
