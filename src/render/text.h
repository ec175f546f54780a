/*
 * text.h — plain-text output helpers shared by the text reporters.
 *
 * Model text reaches a terminal, so control characters (an ESC could
 * rewrite the screen) are shown escaped, never emitted.  Widths count
 * display columns: a Chinese character takes two.
 */
#pragma once

#include <glib.h>

#include "analysis/principles.h"
#include "graph/graph.h"

G_BEGIN_DECLS

/* Appends S with control characters written as \xNN (newline as \n). */
void dg_text_append (GString *out, const char *s);

/* Display width of S in terminal columns, after dg_text_append's escaping. */
guint dg_text_width (const char *s);

/* Appends S, then spaces up to WIDTH columns (at least one space). */
void dg_text_append_padded (GString *out, const char *s, guint width);

/* "负责 lead": a role as the documents word it, then as the format spells it. */
const char *dg_text_role (DgRole role);

/* The role of a holding: dg_text_role(), or "协助上级 assist-upper" when it
 * assists an authority above the town. */
const char *dg_text_holding_role (DgRole role, gboolean with_upper);

/* Labels of the format's names for people: the English name (the format's
 * own word) in the C locale, translated otherwise. */
const char *dg_text_finding_kind (DgFindingKind kind);
const char *dg_text_verdict (DgVerdict verdict);
const char *dg_text_severity (DgSeverity severity);
const char *dg_text_kind (DgBodyKind kind);
const char *dg_text_period (DgPeriod period);

/* One line per holding, after INDENT: role, body, clause, text, columns
 * aligned over the lines; a holding through a common duty says so. */
void dg_text_append_holdings (GString *out, const DgModel *model, const GArray *holdings,
                              const char *indent);

/* The first lines of a report: "NUMBER 《TITLE》" and the model's path and size. */
void dg_text_append_header (GString *out, const DgModel *model);

/* "transport.school-bus  交通运输 › 校车安全": an area's id and ancestry. */
void dg_text_append_area (GString *out, const DgModel *model, int area);

/* "交通运输 › 校车安全": the area's ancestry, as a new string. */
char *dg_text_area_path (const DgModel *model, int area);

G_END_DECLS
